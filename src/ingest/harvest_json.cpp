#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "chimera/core/json_reader.hpp"
#include "chimera/core/numeric.hpp"
#include "chimera/core/text.hpp"
#include "chimera/ingest/harvest.hpp"
#include "gpu_names.hpp"
#include "json_formats.hpp"
#include "markdown_context.hpp"
#include "row_builder.hpp"
#include "table_row.hpp"
#include "yaml_reader.hpp"

namespace chimera::ingest {
namespace {

using json::JsonScalar;
using json::JsonVisitor;

// Walks the events of one document, keeping the current path ("a.b[2].c") and a frame per open
// container so that context labels, units, test names and failures found anywhere in an object
// reach the rows below it.
class JsonHarvester final : public JsonVisitor {
 public:
  // `prefix` starts every locator (a JSON document inside a log: "line[12]").
  JsonHarvester(FileResult& r, bool legacy, std::string prefix = {})
      : r_(r), legacy_enabled_(legacy), path_(std::move(prefix)) {}

  void begin_object() override { open(false); }
  void begin_array() override { open(true); }
  void end_object() override { close(); }
  void end_array() override { close(); }
  void key(std::string_view k) override { key_.assign(k); }

  void scalar(JsonScalar kind, std::string_view text, double number, std::size_t line) override {
    const std::size_t len = enter();
    const std::string& name = element_name();
    if (kind == JsonScalar::number && !frames_.empty() && name.size() >= 7 && name.size() <= 10 &&
        detail::names_successes(name))
      frames_.back().successes = true;  // (successes_beside_failures)
    if (!frames_.empty() && !frames_.back().is_array && object_field(kind, text, name)) {
      leave(len);
      return;
    }
    // "server_flags": ["--ctx-size", "8192", "-ngl", "99"]: words of a command line, the settings
    // of the object holding them (close), no figures.
    if (!frames_.empty() && frames_.back().is_array && kind != JsonScalar::null &&
        names_server_flags(frames_.back().name)) {
      std::string& flags = frames_.back().flags;
      flags.append(flags.empty() ? "" : " ").append(text);
      leave(len);
      return;
    }
    if (!frames_.empty() && frames_.back().is_array && kind == JsonScalar::string) {
      array_string(text);
      array_label(text);
    }
    if (kind == JsonScalar::string) run_text(text);
    if (kind == JsonScalar::string && holds_console_output(text))
      embedded_.push_back({path_, line + line_offset_, std::string(text)});
    // {"256": {"generated_tokens": 256, ...}, "512": {...}}: runs keyed by the figure one of their
    // fields gives; the field labels the run's figures ("generated_tokens=256").
    // (Only a setting or a length: not a run's "failed_requests" 2 that its index "2" equals.)
    if (kind == JsonScalar::number && frames_.size() >= 2 && !frames_.back().is_array &&
        !frames_[frames_.size() - 2].is_array && text == frames_.back().name &&
        frames_.back().key_label.empty() && !names_an_entry(name)) {
      const auto& c = detail::classify_cached(name, {});
      if (c.role == metrics::Role::parameter || (c.metric && c.metric->kind == units::Kind::tokens))
        frames_.back().key_label = name + "=" + std::string(text);
    }
    MetricRow* row = nullptr;
    // "throughput_tokens_per_sec": {"batch_1": 39.22, "batch_16": 436.03}: figures of their
    // container's quantity, each at the level of a setting its key names ("batch=1").
    std::string level = kind == JsonScalar::number && !frames_.empty() &&
                                !frames_.back().is_array && !frames_.back().indexed_keys
                            ? level_in_key(name, frames_.back().name)
                            : std::string();
    // ("batch_0", "batch_1", ...: indexes from 0, no levels, the first and the rest.)
    if (!level.empty() && level.ends_with("=0")) {
      frames_.back().indexed_keys = true;
      level.clear();
    }
    if (!level.empty()) {
      row = &detail::add_number_row(r_.rows, frames_.back().name, text, number);
      row->name = name;
      row->context.config += (row->context.config.empty() ? "" : " ") + level;
    } else if (kind == JsonScalar::number || kind == JsonScalar::non_finite) {
      row = &detail::add_number_row(r_.rows, figure_name(name), text, number);
    } else if (kind == JsonScalar::string && !in_command_line() && !names_an_answer(name)) {
      row = detail::add_text_row(r_.rows, name, text);
    }
    if (row) {
      if (row->role == metrics::Role::metric) ++metric_rows_;
      row->locator = path_.empty() ? "$" : path_;
      row->line = line + line_offset_;
      // A value keyed by what it was measured on ("throughput.lookup.phi-2|transformers-gpu|FP16",
      // "quality.fp16_baselines.gpt2"): the key is its context, the metric is its container's.
      if (row->role == metrics::Role::metric && !row->metric && !frames_.empty() &&
          !frames_.back().is_array)
        detail::model_in_key(name, row->context);
      detail::refine_from_path(*row, path_,
                               !frames_.empty() && !frames_.back().is_array ? name.size() : 0);
      // "concurrencies": [1, 2, 4]: the levels a sweep ran, settings (that label the objects
      // keyed by them, keyed_by_concurrency).
      if (!frames_.empty() && frames_.back().is_array && row->role == metrics::Role::metric &&
          !row->metric && kind == JsonScalar::number) {
        if (const auto* p = metrics::swept_parameter(name)) {
          detail::as_setting(*row, p->id, false);
          --metric_rows_;
        }
      }
      if (planned_requests(*row) || configured_limit(*row) || configured_figure(*row) ||
          described_figure(*row))
        --metric_rows_;
      machine_memory(*row);
      statistic_container(*row);
      detail::default_statistic(*row,
                                frames_.empty() || !frames_.back().is_array ? "value" : "sample");
      // A run's "total_output_tokens" 620: the sum over its requests (not in a request's record).
      if (frames_.empty() || !frames_.back().per_request) detail::total_over_requests(*row);
      if (row->role == metrics::Role::parameter && !frames_.empty()) note_parameter(*row);
      // "prefill / decode": "1532.4 / 88.1 tok/s": the other figures of the string.
      if (row->note.starts_with(detail::kNamedFigureNote)) {
        const std::size_t before = r_.rows.size();
        detail::emit_named_figures(r_.rows, *row, name);
        metric_rows_ += r_.rows.size() - before;
      }
    }
    if (legacy_enabled_ && (kind == JsonScalar::number || kind == JsonScalar::string) &&
        path_has_keyword()) {
      legacy(kind, text, number);
    }
    leave(len);
  }

  static bool is_machine(std::string_view name) {
    static constexpr std::string_view kMachine[] = {
        "gpu_info", "gpu",     "gpus",        "device_info", "device", "hardware",
        "system",   "machine", "system_info", "host",        "node",   "platform"};
    for (const auto m : kMachine) {
      if (text::iequals(name, m)) return true;
    }
    return false;
  }

  // A placeholder where a label would be: "None", "null", "N/A", "Unknown GPU".
  static bool names_nothing(std::string_view value) {
    const std::string_view t = text::trim(value);
    if (t.size() > 16) return false;  // (no copy: a placeholder is short)
    for (const std::string_view p : {"none", "null", "nil", "n/a", "na", "-", "unknown"}) {
      if (text::iequals(t, p)) return true;
    }
    return t.empty() || (t.size() > 8 && text::iequals(t.substr(0, 8), "unknown "));
  }

  // A harness's "median": {"output_throughput": 63.5, "mean_ttft_ms": 81.5}: the container names
  // the statistic of the figures in it that name none of their own (over its runs).
  void statistic_container(MetricRow& row) const {
    if (row.role != metrics::Role::metric || !row.statistic.empty() || frames_.empty() ||
        frames_.back().is_array)
      return;
    const std::string& name = frames_.back().name;
    if (name.empty() || name.size() > 8) return;
    if (const auto statistic = metrics::parse_statistic(text::to_lower(name)))
      row.statistic = *statistic;
  }

  // The memory a machine or device description states ("gpu_info": {"memory": "143771MB"},
  // "system": {"ram_gb": 64}): what it has, no memory in use.
  void machine_memory(MetricRow& row) const {
    if (!row.metric || row.metric->id != "memory" || frames_.empty() || frames_.back().is_array)
      return;
    if (!is_machine(frames_.back().name)) return;
    // (A sample of a monitor under "gpu" says what was in use: "memory_used_mb", "peak_memory".)
    const std::string key = text::to_lower(row.name);
    for (const std::string_view w : {"used", "usage", "peak", "alloc", "reserved", "rss", "util",
                                     "current", "avg", "mean", "max", "min", "free"}) {
      if (key.find(w) != std::string::npos) return;
    }
    detail::unname_metric(row, false);
  }

  // "expected": "98201", "response": "12": a quiz's answer and the model's, written as text;
  // what was said, no measurement.
  static bool names_an_answer(std::string_view name) {
    if (name.size() < 6 || name.size() > 15) return false;  // (runs for every string)
    static constexpr std::array<std::string_view, 8> kAnswers = {
        "expected",   "response",  "answer",       "expected_answer",
        "prediction", "predicted", "ground_truth", "generated_text"};
    const char first = static_cast<char>(std::tolower(static_cast<unsigned char>(name[0])));
    return std::any_of(kAnswers.begin(), kAnswers.end(), [&](std::string_view k) {
      return k.size() == name.size() && k[0] == first && text::iequals(name, k);
    });
  }

  // A short string at the top level of a run's record (the document's own object, or an element
  // of its top-level list or of JSON Lines): kept for the format adapters (vLLM's --metadata).
  void run_text(std::string_view text) {
    const bool single = frames_.size() == 1 && !frames_[0].is_array;
    const bool element = frames_.size() == 2 && frames_[0].is_array && !frames_[1].is_array;
    // (... and a nested run's label, "runs[1].method": what tells that list's runs apart.)
    const auto nested_label = [&] {
      const std::size_t n = frames_.size();
      if (n < 3 || frames_[n - 1].is_array || !frames_[n - 2].is_array) return false;
      const std::string_view key = std::string_view(path_).substr(path_.rfind('.') + 1);
      return key == "method" || key == "mode" || key == "variant" || key == "strategy" ||
             key == "arm";
    };
    if ((!single && !element && !nested_label()) || text.empty() || text.size() > 64 ||
        r_.run_texts.size() >= 4096)
      return;
    r_.run_texts.push_back({path_, std::string(text), r_.rows.size()});
  }

  // Failed requests whose records hold no figure ({"error": "..."} alone): said in a warning.
  void warn_bare_failures() {
    if (bare_failures_ == 0) return;
    detail::add_warning(r_.warnings,
                        std::to_string(bare_failures_) +
                            (bare_failures_ == 1 ? " failed request's record holds no figure, only "
                                                   "its error ('"
                                                 : " failed requests' records hold no figure, only "
                                                   "their errors (the first: '") +
                            bare_failure_ + "')");
  }

  // A tool's console output kept in a string ("raw_output", "stdout" of a harness's wrapper):
  // read as the text file it would have been, its rows located under the string's path.
  void read_embedded() {
    for (const auto& e : embedded_) {
      FileResult inner;
      inner.entry = r_.entry;
      const auto first = e.text.find_first_not_of(" \t\r\n");
      if (first != std::string::npos && (e.text[first] == '[' || e.text[first] == '{'))
        harvest_json(e.text, inner);  // a tool's JSON output kept as a string
      else
        harvest_text(e.text, inner);
      if (r_.format.empty()) r_.format = inner.format;
      detail::take_rows(r_.rows, inner.rows, e.path + ">", "",
                        [&](std::size_t) { return e.line; });  // (the string's own line)
      for (const auto& w : inner.warnings)
        detail::add_warning(r_.warnings, e.path + " (console text in a string): " + w);
    }
    embedded_.clear();
  }

  // JSON Lines: each line is one element of an implicit top-level array.
  void set_line_offset(std::size_t n) { line_offset_ = n; }
  std::size_t depth() const { return frames_.size(); }
  // Drops the frames and rows of a line that failed to parse.
  void rollback(std::size_t depth, std::size_t rows) {
    while (frames_.size() > depth) {
      leave(frames_.back().path_len);
      frames_.pop_back();
    }
    while (r_.rows.size() > rows) r_.rows.pop_back();
    while (!benchmarks_.empty() && benchmarks_.back().last > rows) benchmarks_.pop_back();
  }

  // GuideLLM's `args.max_errors`, `config.constraints.max_seconds.max_duration`: under a run's
  // configuration a maximum, minimum, limit or timeout is a bound set, not a figure measured.
  bool configured_limit(MetricRow& row) const {
    if (row.role != metrics::Role::metric || row.name.size() < 4) return false;
    const std::string_view name = row.name;
    // Cheap tests first: this runs for every JSON figure.
    const bool bound = text::iequals(name.substr(0, 3), "max") ||
                       text::iequals(name.substr(0, 4), "min_") ||
                       name.find("imit") != std::string_view::npos ||
                       name.find("imeout") != std::string_view::npos;
    if (!bound) return false;
    const bool configured = std::any_of(frames_.begin(), frames_.end(), [](const Frame& f) {
      return !f.is_array && (is_settings_object(f.name) || text::iequals(f.name, "constraints"));
    });
    if (!configured) return false;
    detail::as_setting(row, "limit", true);
    return true;
  }

  // AIPerf's `input_config.slos.time_to_first_token` 1500 (a goodput threshold),
  // `input_config.phases[0].duration` 300 (the time asked for), `ping_interval`: under a run's
  // configuration a figure is a setting, whatever it names; `run_info.variation_values` holds
  // the value of the swept setting.
  bool configured_figure(MetricRow& row) const {
    if (row.role != metrics::Role::metric || row.statistic == "expected") return false;
    bool configured = false, threshold = false, snapshot = false;
    for (const Frame& f : frames_) {
      if (f.is_array) continue;
      configured =
          configured || is_settings_object(f.name) || text::iequals(f.name, "variation_values");
      threshold = threshold || text::iequals(f.name, "slos") || text::iequals(f.name, "goodput");
      // "server_config": {"metrics": {"running_requests": 0}}: what the server measured, kept in
      // its configuration's record, no setting.
      if (configured && !threshold && holds_measurements(f.name)) {
        configured = false;
        snapshot = true;
      }
    }
    // ... and its requests in flight then are the server's when the record was taken (idle, after
    // the run), no concurrency of the run's figures.
    if (snapshot && row.metric && row.metric->id == "concurrency") {
      detail::unname_metric(row, false);
      row.note =
          "the server's requests in flight when its configuration was recorded, not the "
          "run's load";
      return false;
    }
    if (!configured) return false;
    const std::string_view id = row.metric ? row.metric->id : std::string_view();
    const std::string_view setting = threshold             ? "limit"
                                     : id == "duration"    ? "duration_limit"
                                     : id == "concurrency" ? "concurrency"
                                                           : "";
    detail::as_setting(row, setting, true);  // (its concurrency is noted as a setting's is)
    return true;
  }

  // A number of a run's "metadata" object that names no measurement of ours ("num_tokens" 128
  // beside its model and backend): what the run was set to, not a figure it measured.
  bool described_figure(MetricRow& row) const {
    if (row.role != metrics::Role::metric || row.metric || frames_.empty() ||
        frames_.back().is_array || !text::iequals(frames_.back().name, "metadata"))
      return false;
    detail::as_setting(row, {}, true);
    return true;
  }

  // AIPerf's `input_config.phases[1].requests`, GuideLLM's `config.spec.data[0].prompt_tokens`:
  // under a run's configuration a count of requests or tokens is the number asked for (a
  // setting), not a count of requests served or tokens seen.
  bool planned_requests(MetricRow& row) const {
    if (row.role != metrics::Role::metric || !row.metric) return false;
    const std::string_view id = row.metric->id;
    const std::string_view setting = id == "requests"        ? "num_prompts"
                                     : id == "input_tokens"  ? "input_len"
                                     : id == "output_tokens" ? "output_len"
                                                             : "";
    if (setting.empty()) return false;
    const bool configured = std::any_of(frames_.begin(), frames_.end(), [](const Frame& f) {
      return !f.is_array && is_settings_object(f.name);
    });
    if (!configured) return false;
    detail::as_setting(row, setting, false);
    return true;
  }

  // Names the benchmark of each stats block whose rows have no test once the whole document is
  // read (a test named by an outer object's own field wins).
  // ... and labels the runs keyed by a field of theirs ("scheduler=scx_flash"), after what the
  // outer objects give them.
  // {"units": {"ttft": "ms", "decode": "ms/token"}} beside the figures: each key's unit, for the
  // figures of that name that write none, in the object holding the units and its descendants
  // (a "hardware" object's units are its own); a name given two units there names none. A
  // statistic's key ("ttft": {"mean": ...}) takes its quantity's.
  void apply_named_units() {
    if (named_units_.empty()) return;
    for (auto& row : r_.rows) {
      if (row.role != metrics::Role::metric || !row.unit.empty() || !row.value) continue;
      std::string key = text::to_lower(row.name);
      std::string_view held = row.locator;  // the path of the object holding the figure
      if (const auto dot = held.rfind('.'); dot != std::string_view::npos)
        held = held.substr(0, dot);
      if (metrics::parse_statistic(key)) {
        const auto dot = held.find_last_of(".]");
        if (dot == std::string_view::npos || held[dot] != '.') continue;
        key = text::to_lower(held.substr(dot + 1));
        held = held.substr(0, dot);
      }
      const std::string* unit = nullptr;
      std::size_t scope_len = 0;
      for (const auto& [scoped, u] : named_units_) {
        if (scoped.second != key) continue;
        const std::string& scope = scoped.first;
        const bool within =
            scope.empty() ||
            (row.locator.starts_with(scope) && row.locator.size() > scope.size() &&
             (row.locator[scope.size()] == '.' || row.locator[scope.size()] == '['));
        if (within && (!unit || scope.size() >= scope_len)) {
          unit = &u;
          scope_len = scope.size();
        }
      }
      if (!unit || unit->empty()) continue;
      detail::set_unit(row, *unit);
      detail::add_note(row, "its unit from the file's units object ('" + *unit + "')");
    }
  }

  void apply_benchmark_names() {
    for (const auto& b : benchmarks_) {
      for (std::size_t i = b.first; i < b.last && i < r_.rows.size(); ++i) {
        std::string& slot = b.run_label ? r_.rows[i].context.config : r_.rows[i].context.test;
        if (!b.run_label && slot.empty()) slot = b.name;
        if (b.run_label && slot.find(b.name) == std::string::npos)
          slot += (slot.empty() ? "" : " ") + b.name;
      }
    }
    benchmarks_.clear();
  }

  // Short strings of lists named by a plural ("profiles": ["LL", "LS"]), by the list's name.
  const std::map<std::string, std::set<std::string, std::less<>>>& listed() const {
    return listed_;
  }
  const std::map<std::string, std::map<std::size_t, std::string>>& errors_by_index() const {
    return errors_;
  }
  // The length of each of those lists of errors (its successes' empty strings counted).
  const std::map<std::string, std::size_t>& errors_length() const { return errors_length_; }

 private:
  struct Frame {
    bool is_array;
    std::size_t index = 0;            // next element index (arrays)
    std::size_t path_len = 0;         // path_ length of the container itself
    std::size_t first_row = 0;        // first row emitted inside it
    std::string name;                 // key of the container, or its parent's for array elements
    Context ctx;                      // labels named by its own fields
    Context from_children;            // labels its child objects agree on
    std::set<std::size_t> conflicts;  // context fields its child objects disagree on
    bool keyword = false;             // its path contains a legacy keyword
    std::string unit;                 // a sibling "unit" field
    // {"timestamps_ns": {"first_byte": 88535349, ...}}: the unit its key ends with, for its own
    // figures that name none (a key that names no metric itself: not "ttft_ms": {"mean": ...}).
    std::string key_unit;
    std::string error;  // why the request it describes failed
    bool failed = false;
    bool successes = false;  // a number named "successful", "succeeded" or "success" in it
    std::size_t metric_rows_at_open = 0;  // metric rows read before it opened
    bool per_request = false;   // a request's record (it has an error field or a request id)
    bool indexed_keys = false;  // its keys count from 0 ("batch_0"): indexes, no levels
    std::size_t providers = 0;  // ONNX Runtime execution providers listed (an array's)
    bool cpu_providers = true;  // ... all of them the CPU's
    bool ran_on_cpu = false;    // an object whose execution providers are only the CPU's
    std::string config;         // its configuration parameters, "n_batch=2048 n_threads=8"
    std::string flags;  // a flags array's words, joined ("server_flags": ["--ctx-size", "8192"])
    std::string key_label;  // "scheduler=scx_flash": the field its key repeats (its own only)
    double n_prompt = -1, n_gen = -1, n_depth = 0;
    bool labels_holder = false;  // an array whose first string labels the object holding it
    bool change = false;         // {"q4_change_relative_to_q8": {...}}: its figures are differences
    // genai-perf's "service_kind" other than "triton": its "backend" names no server of the run.
    bool foreign_backend = false;
    bool backend_field = false;  // ctx.backend came from its own "backend" field
    std::string name_text;       // its own "name" string, when that named no label itself
  };

  // Fields of an object that describe the other values: labels, a unit, a request's failure.
  // Returns true when the field is consumed (no metric row).
  bool object_field(JsonScalar kind, std::string_view text, const std::string& name) {
    using text::iequals;
    Frame& f = frames_.back();
    if (iequals(name, "request_id") || iequals(name, "req_id")) f.per_request = true;
    // A record that holds its prompt or the model's answer as text is one request's.
    if (kind == JsonScalar::string && text.size() > 1 && name.size() >= 6 && name.size() <= 10 &&
        (iequals(name, "prompt") || iequals(name, "response") || iequals(name, "completion")))
      f.per_request = true;
    // "gpu": 120 (layers), "model": 3: a label, not a slot. (Not a count under such a key,
    // "cached_tokens_by_source": {"device": 116246336}: no label of anything.)
    if (kind == JsonScalar::number && text.size() <= 6) {
      Context probe;
      if (context_slot(probe, name, f.name) != nullptr) {
        f.config += (f.config.empty() ? "" : " ") + name + "=" + std::string(text);
        return true;
      }
    }
    if (kind == JsonScalar::string && !f.is_array &&
        (iequals(f.name, "units") || iequals(f.name, "unit")) && metrics::parse_unit(text)) {
      const std::string scope = path_.substr(0, f.path_len);  // (the object holding the units)
      auto [it, fresh] = named_units_.try_emplace({scope, text::to_lower(name)}, std::string(text));
      if (!fresh && it->second != text) it->second.clear();
      return true;
    }
    if (kind == JsonScalar::string) {
      if (iequals(name, "unit") || iequals(name, "units")) {
        f.unit = std::string(text);
        return true;
      }
      // "error": {"code": 499, "type": "RequestCancellationError", "message": "..."} (AIPerf's
      // per-request record): an error described in words, the record's request failed.
      if (!f.is_array && names_an_error_object(f.name) && describes_an_error(name) &&
          detail::says_failed("error", text)) {
        f.failed = true;
        if (f.error.empty() || iequals(name, "message") || iequals(name, "msg"))
          f.error = std::string(text);
        return true;
      }
      // "models": {"items": [{"name": "mock"}]}: the name of an item of a models list is a model.
      std::string parent = f.name;
      if (frames_.size() >= 3 && iequals(name, "name"))
        parent = frames_[frames_.size() - 3].name + "." + f.name;
      // "context_label": "1k", "run_label": "cold": a record's label, its configuration (records
      // told apart by it stay apart).
      if (text.size() <= 40 && !text.empty() && labels_the_run(name)) {
        f.config += (f.config.empty() ? "" : " ") + name + "=" + std::string(text);
        return true;
      }
      // genai-perf writes its "backend" (tensorrtllm, the default) whatever the service: it is a
      // Triton server's backend, and names nothing a run against an OpenAI-compatible one used.
      if (iequals(name, "service_kind")) {
        f.foreign_backend = !iequals(text, "triton");
        if (f.foreign_backend && f.backend_field) f.ctx.backend.clear();
      }
      const bool backend = iequals(name, "backend");
      std::string* slot = context_slot(f.ctx, name, parent);
      // A machine's "model" or "name" ("gpu_info": {"model": "H200"}, "machine": {"name":
      // "NVIDIA GeForce RTX 4070 Ti"}) names its accelerator, not the LLM.
      if ((iequals(name, "model") || iequals(name, "name")) && is_machine(f.name) &&
          !detail::gpu_named_in(text).empty())
        slot = &f.ctx.gpu;
      if (!slot && iequals(name, "name")) f.name_text = std::string(text);
      // "meta": {"target": "Qwen2.5-Coder-7B-Instruct-Q4_K_S.gguf", "draft": "…0.5B…gguf"}: a
      // speculative decoder's target, the model its figures are of (a GGUF file's name).
      if (!slot && f.ctx.model.empty() &&
          (iequals(name, "target") || iequals(name, "target_model")) && text.size() > 5 &&
          text::iequals(text.substr(text.size() - 5), ".gguf")) {
        f.ctx.model = detail::model_of_path(text);
        if (f.ctx.quantization.empty()) f.ctx.quantization = detail::quantization_in(f.ctx.model);
        return true;
      }
      // "method": "ollama", "provider": "vllm", "runtime": "llama.cpp": a harness's choice among
      // engines, where the value names one (not "method": "eagle3", "POST").
      // (The engine's name, not the field's text; not a benchmark's client, "vllm_benchmark_
      // serving"; a record of another provider names its own, so none spreads to it.)
      if (!slot && f.ctx.backend.empty() &&
          (iequals(name, "method") || iequals(name, "provider") || iequals(name, "runtime")) &&
          text.size() <= 40) {
        const std::string low = text::to_lower(text);
        const std::string engine = detail::serving_engine_in(text);
        const bool client = low.find("bench") != std::string::npos ||
                            low.find("client") != std::string::npos ||
                            low.find("serving") != std::string::npos;
        if (!engine.empty() && !client) {
          f.ctx.backend = engine;
          return true;
        }
        if (iequals(name, "provider") && !client && !numeric::parse_cell(text)) {
          f.ctx.backend = std::string(text);  // ("openai", "groq": the provider served it)
          return true;
        }
      }
      // (A "gpus" of "all", "0,1,2,3": Docker's or CUDA's selection of devices, no GPU's name.)
      if (slot == &f.ctx.gpu && iequals(name, "gpus") && detail::gpu_named_in(text).empty())
        slot = nullptr;
      // {"workload": "chat", "prompt_type": "short"}: the first the record's test, the other a
      // label of its configuration (records of two workloads stay apart).
      if (slot == &f.ctx.test && !slot->empty() && !iequals(*slot, text) &&
          (iequals(name, "prompt_type") || iequals(name, "workload") ||
           iequals(name, "workload_name"))) {
        f.config += (f.config.empty() ? "" : " ") + std::string(name) + "=" + std::string(text);
        slot = nullptr;
      }
      if (slot && !(backend && f.foreign_backend)) {
        // ("model_path": "None", "model": "Unknown GPU": no label.)
        // ("model_id": "/home/llm_model/Qwen/Qwen2.5-VL-72B-Instruct" beside "model_name": a
        // path to the weights names the model by its last part, and only where nothing else
        // names it.)
        // ("models/x.gguf", "x.gguf": a GGUF's file, whatever folders before it.)
        const bool gguf = text.size() > 5 && text::iequals(text.substr(text.size() - 5), ".gguf");
        const bool path =
            slot == &f.ctx.model && (text.find('\\') != std::string_view::npos ||
                                     std::count(text.begin(), text.end(), '/') >= 2 || gguf);
        // (llama-bench's "model_type": "llama ?B Q3_K - Large", a size llama.cpp could not tell:
        // its "model_filename" names the model better.)
        const auto unsized = [](std::string_view t) {
          return t.find(" ?B ") != std::string_view::npos;
        };
        if (path && (slot->empty() || unsized(*slot))) {
          *slot = detail::model_of_path(text);
        } else if (!path && slot == &f.ctx.model && unsized(text) && !slot->empty()) {
          // (keeps the file's name)
        } else if (!path && !numeric::parse_cell(text) && !names_nothing(text) &&
                   !(slot == &f.ctx.quantization &&
                     (iequals(text, "no") || iequals(text, "false")))) {
          *slot = std::string(text);  // ("quant-type": "no": weights as trained, no precision)
        }
        f.backend_field = f.backend_field || backend;
      }
      // A setting whose values are words ("type_k": "q8_0", llama-bench's KV cache type;
      // "flash_attn": "auto") is part of the configuration, as a numeric one is (not "context":
      // "player_died", no context length).
      if (is_text_setting(name, text)) {
        const std::string value =
            names_server_flags(name) ? flags_that_set(text) : std::string(text);
        if (names_server_flags(name) && f.ctx.model.empty()) f.ctx.model = model_in_flags(text);
        if (!value.empty()) f.config += (f.config.empty() ? "" : " ") + name + "=" + value;
      }
      // {"scx_flash": {"scheduler": "scx_flash", "pp_tps": ...}}: runs keyed by the name one of
      // their fields gives; the field labels the run's figures.
      const bool keyed = frames_.size() >= 2 && !frames_[frames_.size() - 2].is_array;
      if (keyed && text == f.name && !context_slot(f.ctx, name, parent) &&
          !is_text_setting(name, text) && !names_an_entry(name))
        f.key_label = name + "=" + std::string(text);
      // GuideLLM names a benchmark's load strategy in "strategy": {"type_": "synchronous"}.
      if (iequals(name, "type_") && iequals(f.name, "strategy") && f.ctx.config.empty()) {
        f.ctx.config = std::string(text);
        // (Synchronous: one request at a time, by definition.)
        if (text == "synchronous" && f.ctx.concurrency.empty()) f.ctx.concurrency = "1";
      }
    }
    if (!detail::is_error_field(name)) return false;
    const bool success_flag = iequals(name, "success") || iequals(name, "successful") ||
                              iequals(name, "succeeded") || iequals(name, "is_success");
    if (success_flag && kind == JsonScalar::number) return false;  // a count of successes
    f.per_request = true;
    if (kind == JsonScalar::null) return true;
    if (detail::says_failed(name, text)) {
      f.failed = true;
      if (f.error.empty() || kind == JsonScalar::string) f.error = std::string(text);
    }
    return true;
  }

  // "id", "tag", "name", "type_": a field that names the entry itself, whatever its key is (an
  // AIPerf record's "tag": "ttft", an agent's "id": "insight"), no label of a run.
  static bool names_an_entry(std::string_view field) {
    for (const std::string_view w : {"id", "tag", "name", "type", "type_", "key", "kind", "label",
                                     "title", "metric", "metric_name"}) {
      if (text::iequals(field, w)) return true;
    }
    return false;
  }

  // The string of an array of labels ("model_names": ["openai/gpt-oss-20b"]) labels the object
  // holding the array; an array of several ("backends": ["eager", "jit", ...]) is a list of
  // what was run, no label of its holder.
  void array_label(std::string_view text) {
    if (frames_.size() < 2 || frames_[frames_.size() - 2].is_array) return;
    Frame& holder = frames_[frames_.size() - 2];
    Frame& list = frames_.back();
    std::string* slot = context_slot(holder.ctx, list.name);
    if (!slot) return;
    if (list.index <= 1) {
      if (slot->empty() && !numeric::parse_cell(text)) {
        *slot = std::string(text);
        list.labels_holder = true;
      }
    } else if (list.labels_holder && *slot != text) {
      slot->clear();
      list.labels_holder = false;
    }
  }

  // A string element of an array named "errors" (vLLM's per-request errors, by index).
  void array_string(std::string_view text) {
    Frame& f = frames_.back();
    // "profiles": ["LL", "LS"]: names the document may key its results by (keyed_by_listed).
    if (f.name.size() > 3 && f.name.back() == 's' && text.size() <= 32 && listed_.size() < 64)
      listed_[f.name].emplace(text);
    const std::string low = text::to_lower(f.name);
    if (low == "providers" || low == "execution_providers") {  // ONNX Runtime's
      ++f.providers;
      f.cpu_providers = f.cpu_providers && text == "CPUExecutionProvider";
    }
    if (low != "errors" && low != "error") return;
    const std::string parent = path_.substr(0, parent_path_len());
    std::size_t& length = errors_length_[parent];
    length = std::max(length, f.index);
    if (text::trim(text).empty()) return;
    errors_[parent][f.index - 1] = std::string(text);
  }

  // "providers": ["CPUExecutionProvider"] of an ONNX Runtime session: the object it describes
  // (the one holding it, or above a "metadata" object) ran on the CPU.
  void cpu_only_providers() {
    if (frames_.size() < 2) return;
    std::size_t target = frames_.size() - 2;
    const std::string holder = text::to_lower(frames_[target].name);
    if (target > 0 && (holder == "metadata" || holder == "meta" || holder == "info" ||
                       holder == "session" || holder == "config"))
      --target;
    if (!frames_[target].is_array) frames_[target].ran_on_cpu = true;
  }

  // Length of the path of the container holding the current array.
  std::size_t parent_path_len() const { return frames_.empty() ? 0 : frames_.back().path_len; }

  void note_parameter(MetricRow& row) {
    Frame& f = frames_.back();
    if (f.is_array) return;
    // (llama-bench writes n_cpu_moe 0 in every record: none of the model's experts on the CPU,
    // its default, which tells no run apart.)
    if (detail::is_config_parameter(row.parameter) && !row.raw.empty() &&
        !detail::is_default_setting(row.parameter, row.raw))
      f.config += (f.config.empty() ? "" : " ") + row.name + "=" + row.raw;
    // GuideLLM's `strategy.max_concurrency` (10240 by default, in every strategy): a cap, not the
    // requests in flight, which a concurrent strategy names in `streams`.
    if (row.parameter == "concurrency" && text::iequals(f.name, "strategy") &&
        text::iequals(row.name, "max_concurrency"))
      detail::as_setting(row, "limit", true);
    if (row.parameter == "concurrency") f.ctx.concurrency = row.raw;
    if (row.parameter == "rate") f.ctx.rate = row.raw;
    if (!row.value) return;
    if (row.parameter == "n_prompt") f.n_prompt = *row.value;
    if (row.parameter == "n_gen") f.n_gen = *row.value;
    if (row.parameter == "n_depth") f.n_depth = *row.value;
  }

  // Whether path_ (the value being read) contains a legacy keyword. Keywords are letters only,
  // so a match never spans a '.' or an index: checking the frames' flags and the last key is
  // the same as scanning the whole path, without the quadratic cost on deep documents.
  bool path_has_keyword() const {
    if (frames_.empty()) return false;
    const Frame& f = frames_.back();
    return f.keyword || (!f.is_array && legacy_keyword(key_));
  }

  // Extends path_ for the value about to be read; returns the length to restore afterwards.
  std::size_t enter() {
    const std::size_t len = path_.size();
    if (frames_.empty()) return len;
    Frame& f = frames_.back();
    if (f.is_array) {
      char num[24];
      const auto end = std::to_chars(num, num + sizeof num, f.index++).ptr;
      path_ += '[';
      path_.append(num, end);
      path_ += ']';
    } else {
      if (!path_.empty()) path_ += '.';
      path_ += key_;
    }
    return len;
  }
  void leave(std::size_t len) { path_.resize(len); }

  const std::string& element_name() const {
    static const std::string kRoot = "value";
    if (frames_.empty()) return kRoot;
    return frames_.back().is_array ? frames_.back().name : key_;
  }

  void open(bool is_array) {
    const std::string name = element_name();
    const bool keyword = path_has_keyword();
    const std::size_t len = enter();
    Frame f;
    f.is_array = is_array;
    f.path_len = len;
    f.first_row = r_.rows.size();
    f.metric_rows_at_open = metric_rows_;
    f.name = name;
    f.keyword = keyword;
    // {"llama3.1:8b": {...}}, {"mistral-7b|Q6_K": {...}}: the key names the model measured.
    if (!frames_.empty() && !frames_.back().is_array) detail::model_in_key(name, f.ctx);
    // {"fp16_baselines": {"phi-2": 0.5864}}: the key names the precision its figures ran at.
    // (Every precision's name has a digit or a 'q': "AWQ", "GPTQ". Runs for every object.)
    // {"q4_change_relative_to_q8": {...}}: differences between two runs, of no one precision.
    f.change = !frames_.empty() && !frames_.back().is_array && names_change(name);
    if (!frames_.empty() && !frames_.back().is_array && f.ctx.quantization.empty() && !f.change &&
        name.find_first_of("0123456789qQ") != std::string::npos) {
      f.ctx.quantization = detail::quantization_in(name);
      // {"int8": ..., "qat": ...}: a quantization report's variant made by quantization-aware
      // training, beside those named by their precision.
      if (text::iequals(name, "qat")) f.ctx.quantization = "QAT";
      if (f.ctx.quantization.empty()) {  // a word of a snake_case key: "fp16_baselines"
        std::string words = name;
        std::replace(words.begin(), words.end(), '_', ' ');
        f.ctx.quantization = detail::quantization_in(words);
      }
    }
    // {"512x512x512": {...}}: a matrix or tensor shape the figures were measured at.
    if (!frames_.empty() && !frames_.back().is_array && is_shape_key(name))
      f.ctx.config = "shape=" + name;
    // {"models": {"claude-haiku-4-5": {...}}}: the key names the model, known family or not.
    // (Not "options" in an element of a "models" list: the element's fields name it.)
    const bool element = frames_.size() >= 2 && frames_[frames_.size() - 2].is_array;
    if (!frames_.empty() && !frames_.back().is_array && !element && !is_array &&
        f.ctx.model.empty() && text::iequals(frames_.back().name, "models"))
      f.ctx.model = name;
    // {"providers": {"together": {...}}}: the key names the service that served the figures.
    if (!frames_.empty() && !frames_.back().is_array && !is_array &&
        (text::iequals(frames_.back().name, "providers") ||
         text::iequals(frames_.back().name, "vendors")))
      f.ctx.backend = name;
    if (!is_array && !frames_.empty()) f.key_unit = unit_of_key(name);
    frames_.push_back(std::move(f));
  }

  // "timestamps_ns", "latencies_ms", "timings_s": a key of several figures, its time unit last.
  // "" for a key that names a metric itself ("ttft_ms", "e2e_s"): its unit is the metric's.
  static std::string unit_of_key(std::string_view key) {
    const auto us = key.rfind('_');
    if (us == std::string_view::npos || us == 0 || key.size() - us > 3) return {};
    const std::string_view suffix = key.substr(us + 1);
    if (suffix != "ns" && suffix != "us" && suffix != "ms" && suffix != "s") return {};
    // A plural ("timestamps", "latencies"), not a setting, and no metric of another unit
    // ("tokens_s" is a rate).
    const std::string_view stem = key.substr(0, us);
    if (stem.size() < 5 || stem.back() != 's') return {};
    const auto& c = detail::classify_cached(stem);
    if (c.role == metrics::Role::parameter || (c.metric && c.metric->unit != "ms")) return {};
    return std::string(suffix);
  }

  // Whether a row is a field of the object being closed itself, not of one inside it.
  // {"successful": 3, "failed": 1}: beside a count of the failed requests, the successes are
  // counted too (alone, "successful" may be one request's flag).
  void successes_beside_failures(std::size_t first) {
    MetricRow* successes = nullptr;
    bool failures = false;
    for (std::size_t i = first; i < r_.rows.size(); ++i) {
      MetricRow& row = r_.rows[i];
      if (!is_own_field(row)) continue;
      if (row.metric && row.metric->id == "failed_requests") failures = true;
      if (!row.metric && row.value && detail::names_successes(row.name)) successes = &row;
    }
    if (successes && failures) detail::as_successes(*successes);
  }

  bool is_own_field(const MetricRow& row) const {
    return row.locator.size() > path_.size() + 1 && row.locator.starts_with(path_) &&
           row.locator.find_first_of(".[", path_.size() + 1) == std::string::npos;
  }

  // "q4_change_relative_to_q8", "changes", "difference_vs_baseline": a key of differences
  // between two runs (not "delta" alone: the reference's "performance_delta" holds a run's own
  // figures).
  static bool names_change(std::string_view key) {
    // (Runs for every object's key: three case-insensitive looks before any copy.)
    if (key.size() < 4 ||
        (key.find("hang") == std::string_view::npos && key.find("iff") == std::string_view::npos &&
         key.find("elativ") == std::string_view::npos))
      return false;
    std::string words = text::to_lower(key);
    for (char& ch : words)
      if (!std::isalnum(static_cast<unsigned char>(ch))) ch = ' ';
    words = " " + words + " ";
    for (const std::string_view w : {" change ", " changes ", " difference ", " differences ",
                                     " diff ", " diffs ", " relative to "})
      if (words.find(w) != std::string::npos) return true;
    return false;
  }

  // "ttft_ms": {"mean": 31.9, "runs": [31.6, 31.6, 32.4]}: a list of runs (trials, samples)
  // inside a metric's object holds that metric's samples, named by it (not a count of runs).
  // "batch_1", "concurrency16", "bs-8" under a container naming a measured quantity
  // ("throughput_tokens_per_sec"): the setting and its level ("batch=1"); "" otherwise.
  static std::string level_in_key(std::string_view key, std::string_view container) {
    if (key.size() < 2 || key.size() > 24 || !std::isdigit(static_cast<unsigned char>(key.back())))
      return {};
    std::size_t digits = key.size();
    while (digits > 0 && std::isdigit(static_cast<unsigned char>(key[digits - 1]))) --digits;
    std::string_view stem = key.substr(0, digits);
    if (!stem.empty() && (stem.back() == '_' || stem.back() == '-')) stem.remove_suffix(1);
    if (stem.empty() || !std::all_of(stem.begin(), stem.end(), [](char c) {
          return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '_';
        }))
      return {};
    const auto& setting = detail::classify_cached(stem);
    if (setting.role != metrics::Role::parameter || !setting.parameter) return {};
    // (A setting of the run's shape, not "replica_1", an index; "batch_0" is told apart by its
    // caller.)
    const std::string_view id = setting.parameter->id;
    if (!(id == "num_batch" || id == "concurrency" || id == "num_thread" || id == "num_ctx" ||
          id == "input_len" || id == "output_len" || id == "tensor_parallel"))
      return {};
    const auto& quantity = detail::classify_cached(container);
    if (quantity.role != metrics::Role::metric || !quantity.metric || quantity.stat_only ||
        quantity.unit.empty())
      return {};
    return std::string(stem) + "=" + std::string(key.substr(digits));
  }

  const std::string& figure_name(const std::string& name) const {
    if (frames_.size() < 2 || !frames_.back().is_array || name.size() < 4 || name.size() > 11)
      return name;
    bool runs = false;
    for (const std::string_view w :
         {"runs", "trials", "iterations", "samples", "values", "repetitions"})
      runs = runs || text::iequals(name, w);
    if (!runs) return name;
    const Frame& holder = frames_[frames_.size() - 2];
    if (holder.is_array) return name;
    const auto& c = detail::classify_cached(holder.name);
    return c.role == metrics::Role::metric && c.metric && !c.stat_only ? holder.name : name;
  }

  // "512x512x512", "4096x4096": two to four whole numbers joined by 'x'.
  static bool is_shape_key(std::string_view key) {
    int parts = 0;
    std::size_t i = 0;
    while (i < key.size()) {
      const std::size_t from = i;
      while (i < key.size() && key[i] >= '0' && key[i] <= '9') ++i;
      if (i == from) return false;
      ++parts;
      if (i < key.size() && key[i++] != 'x') return false;
      if (i == key.size() && key.back() == 'x') return false;
    }
    return parts >= 2 && parts <= 4;
  }

  // Fills a row's empty labels from its container's; settings of both levels hold ("batch_size=4"
  // of the model, "workspace_size=268435456" of the backend's build).
  static void merge_context(Context& row, const Context& outer) {
    if (!row.config.empty() && !outer.config.empty() && is_settings(row.config) &&
        is_settings(outer.config) && row.config.find(outer.config) == std::string::npos)
      row.config = outer.config + " " + row.config;
    // {"quant": "f16", "raw": [{"model_type": "llama 3B Q6_K", ...}]}: a record whose own model
    // names its weights' type keeps it (the outer "quant" is another thing's, a cache's).
    if (row.quantization.empty() && !outer.quantization.empty() && !row.model.empty() &&
        row.model != outer.model) {
      if (auto own = detail::quantization_in(row.model);
          !own.empty() && !text::iequals(own, outer.quantization))
        row.quantization = std::move(own);
    }
    row.fill_from(outer);
  }

  // "batch_size=4 n_threads=8": name=value settings only (not a configuration's name).
  static bool is_settings(const std::string& config) {
    std::size_t at = 0;
    while (at < config.size()) {
      const auto end = std::min(config.find(' ', at), config.size());
      const auto eq = config.find('=', at);
      if (eq == std::string::npos || eq >= end || eq == at) return false;
      at = end + 1;
    }
    return true;
  }

  // Objects whose whole purpose is to describe a run (configuration, arguments, environment):
  // their labels hold for their parent even when they also hold numbers.
  static bool is_label_object(std::string_view name) {
    static constexpr std::string_view kNames[] = {
        "strategy", "worker",         "metadata",  "profile", "endpoint",    "system", "hardware",
        "backend",  "request_loader", "scheduler", "model",   "models",      "gpu",    "gpus",
        "device",   "server",         "host",      "machine", "environment", "env"};
    if (is_settings_object(name)) return true;
    for (const auto n : kNames) {
      if (text::iequals(name, n)) return true;
    }
    return false;
  }

  static bool is_text_setting(std::string_view name, std::string_view value) {
    if (value.empty() || name.size() > 16) return false;  // cheap tests first
    // "spec_flags": "--spec-type draft-mtp --spec-draft-n-max 2": the server's flags of the run.
    if (value.size() <= 200 && value.size() > 2 && names_server_flags(name)) {
      const std::string_view flag = value.substr(value.starts_with("--") ? 2 : 1);
      return value.front() == '-' && std::isalpha(static_cast<unsigned char>(flag.front()));
    }
    if (value.size() > 16) return false;
    // "toolbox": "vulkan-radv-mtp": the container the run's server came from, in one word. (Not a
    // "mode": tools write "summary", "auto", "default" there of no set-up.)
    if (text::iequals(name, "toolbox") && value.find(' ') == std::string_view::npos)
      return !text::iequals(value, "none") && !text::iequals(value, "default");
    // llama-bench's "devices": "ROCm0", "CUDA0/CUDA1": the GPUs the run was given (of those its
    // gpu_info lists); not "auto" or "none".
    if (name == "devices")
      return std::isdigit(static_cast<unsigned char>(value.back())) &&
             std::isalpha(static_cast<unsigned char>(value.front()));
    const auto& c = detail::classify_cached(name);
    return c.parameter && (c.parameter->id == "kv_cache_type" || c.parameter->id == "flash_attn");
  }

  // "spec_flags", "server_args", "extra_args": the flags a run's server was started with (not a
  // build's "cflags" or "cmake_args").
  static bool names_server_flags(std::string_view name) {
    if (name.size() < 4) return false;
    const bool flags = name.size() >= 5 && text::iequals(name.substr(name.size() - 5), "flags");
    const bool args = text::iequals(name.substr(name.size() - 4), "args");
    if (!flags && !args) return false;
    for (const std::string_view build :
         {"cflags", "cxxflags", "cxx_flags", "ldflags", "c_flags", "compile_flags", "build_flags",
          "build_args", "cmake_args", "cmake_flags", "nvcc_flags"})
      if (text::iequals(name, build)) return false;
    return true;
  }

  // The flags that set what was measured, without where the server listened, its secrets, or its
  // files: "--host 0.0.0.0 --port 8081 -ngl 99 --api-key sk-..." -> "-ngl 99".
  static std::string flags_that_set(std::string_view flags) {
    std::vector<std::string_view> words;
    for (std::size_t at = 0; at < flags.size();) {
      const auto end = std::min(flags.find(' ', at), flags.size());
      if (end > at) words.push_back(flags.substr(at, end - at));
      at = end + 1;
    }
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
      const std::string_view w = words[i];
      const bool option =
          w.size() > 1 && w[0] == '-' && !std::isdigit(static_cast<unsigned char>(w[1]));
      std::string name = text::to_lower(w.substr(0, w.find('=')));
      while (!name.empty() && name.front() == '-') name.erase(0, 1);
      std::replace(name.begin(), name.end(), '_', '-');
      // (By the option's own name: "--api-key", "--hf-token", "--log-file", "--port"; not
      // "--max-num-batched-tokens".)
      const auto ends = [&](std::string_view tail) {
        return name == tail.substr(1) || name.ends_with(tail);
      };
      // (The model served is no setting: model_in_flags names it.)
      const bool dropped =
          option && (ends("-key") || ends("-token") || ends("-secret") || ends("-password") ||
                     ends("-host") || ends("-port") || ends("-seed") || ends("-file") ||
                     ends("-dir") || ends("-path") || ends("-output") || name.starts_with("log") ||
                     (names_model_option(name) &&
                      !(name == "m" && i > 0 && words[i - 1].starts_with("python"))));
      // (Its value too, when written apart: "--port 8081", "--seed -1".)
      if (dropped) {
        const bool value_apart = w.find('=') == std::string_view::npos && i + 1 < words.size() &&
                                 !(words[i + 1].size() > 1 && words[i + 1][0] == '-' &&
                                   !std::isdigit(static_cast<unsigned char>(words[i + 1][1])));
        if (value_apart) ++i;
        continue;
      }
      if (w.find('/') != std::string_view::npos || w.find('\\') != std::string_view::npos)
        continue;  // a path: a model's file, a cache, a log
      out += (out.empty() ? "" : " ") + std::string(w);
    }
    return out;
  }

  // "-m", "--model", "--hf-repo", "--served-model-name": the option naming the model served.
  static bool names_model_option(std::string_view name) {
    return name == "m" || name == "model" || name == "hf-repo" || name == "hfr" ||
           name == "served-model-name" || name == "model-path";
  }

  // The model a command line's flags serve ("-m /models/qwen2.5-7b-instruct-q4_k_m.gguf",
  // "--model meta-llama/Llama-3.1-8B-Instruct"), or "".
  static std::string model_in_flags(std::string_view flags) {
    std::vector<std::string_view> words;
    for (std::size_t at = 0; at < flags.size();) {
      const auto end = std::min(flags.find(' ', at), flags.size());
      if (end > at) words.push_back(flags.substr(at, end - at));
      at = end + 1;
    }
    // The long options first ("--model", "--model-path"); "-m" last, and not Python's "-m
    // vllm.entrypoints.openai.api_server" (a module, after "python").
    for (const bool long_only : {true, false})
      for (std::size_t i = 0; i < words.size(); ++i) {
        std::string_view w = words[i];
        if (w.size() < 2 || w[0] != '-' || (long_only && !w.starts_with("--"))) continue;
        std::string_view value;
        if (const auto eq = w.find('='); eq != std::string_view::npos) {
          value = w.substr(eq + 1);
          w = w.substr(0, eq);
        } else if (i + 1 < words.size()) {
          value = words[i + 1];
        }
        while (!w.empty() && w.front() == '-') w.remove_prefix(1);
        if (!names_model_option(text::to_lower(w)) || value.empty() || value.front() == '-')
          continue;
        const bool module =
            w == "m" &&
            ((i > 0 && words[i - 1].starts_with("python")) ||
             (value.find('.') != std::string_view::npos &&
              value.find('/') == std::string_view::npos &&
              !text::iequals(value.substr(value.size() - std::min<std::size_t>(5, value.size())),
                             ".gguf")));
        if (module) continue;
        // (A Hugging Face repository keeps its owner; a file's path its file's name.)
        const bool file =
            value.find('\\') != std::string_view::npos ||
            (value.size() > 5 && text::iequals(value.substr(value.size() - 5), ".gguf")) ||
            value.starts_with("/") || value.starts_with(".");
        return file ? detail::model_of_path(value) : std::string(value);
      }
    return {};
  }

  // The run's requested configuration: what its numbers ask for, not what was measured.
  // An object of measurements: "metrics", "stats", "status".
  static bool holds_measurements(std::string_view name) {
    for (const std::string_view n : {"metrics", "stats", "statistics", "status", "state"}) {
      if (text::iequals(name, n)) return true;
    }
    return false;
  }

  static bool is_settings_object(std::string_view name) {
    static constexpr std::string_view kNames[] = {
        "config",   "configuration", "input_config", "args",   "arguments",
        "settings", "options",       "parameters",   "params", "loadgen"};
    for (const auto n : kNames) {
      if (text::iequals(name, n)) return true;
    }
    // ... and one named as such: "test_config", "run_config", "sampling_params", "server_args".
    // (No copy: this runs for every object's every scalar. Cheap rejects first.)
    if (name.size() < 6 || name.find_first_of("_-") == std::string_view::npos) return false;
    const char last = static_cast<char>(std::tolower(static_cast<unsigned char>(name.back())));
    if (last != 'g' && last != 'n' && last != 's') return false;
    for (const std::string_view suffix :
         {"_config", "-config", "_configuration", "_args", "_arguments", "_settings", "_options",
          "_params", "_parameters"}) {
      if (name.size() > suffix.size() &&
          text::iequals(name.substr(name.size() - suffix.size()), suffix))
        return true;
    }
    return false;
  }

  // "results", "tests", "cases": an array of the cases a run measured, each named.
  // "context_label", "run_label", "config_label": a label of what the record ran (not a chart's
  // "x_label", a status's "error_label").
  static bool labels_the_run(std::string_view key) {
    // (Runs for every string field: most end in no "_label".)
    if (key.size() < 8 || key.size() > 24 || !text::iequals(key.substr(key.size() - 6), "_label"))
      return false;
    const std::string low = text::to_lower(key);
    if (!low.ends_with("_label")) return false;
    const std::string_view what = std::string_view(low).substr(0, low.size() - 6);
    for (const std::string_view w :
         {"context", "run", "config", "case", "test", "variant", "setting", "settings", "scenario",
          "prompt", "size", "length", "input", "load", "workload", "mode", "profile"}) {
      if (what == w) return true;
    }
    return false;
  }

  // "case", "scenario", "test_case", "workload": an object describing the case its record ran.
  static bool names_a_descriptor(std::string_view key) {
    for (const std::string_view w : {"case", "scenario", "test_case", "testcase", "workload"}) {
      if (text::iequals(key, w)) return true;
    }
    return false;
  }

  static bool names_cases(std::string_view array) {
    for (const std::string_view w :
         {"results", "tests", "cases", "tasks", "prompts", "scenarios"}) {
      if (text::iequals(array, w)) return true;
    }
    return false;
  }

  // An object's key that may name a case: a short word or two of letters ("apache",
  // "code_python"), none of which names a quantity, a setting, a statistic, a grouping
  // ("summary"), a model, an engine, a GPU or a variant compared ("baseline", "tuned").
  static bool names_a_case(std::string_view key) {
    if (key.size() < 3 || key.size() > 40 || !std::isalpha(static_cast<unsigned char>(key[0])) ||
        key.find_first_of(" :/.") != std::string_view::npos || numeric::parse_cell(key))
      return false;
    if (metrics::is_filler_segment(key) || metrics::parse_statistic(key)) return false;
    const auto& c = detail::classify_cached(key);
    if (c.metric || c.role != metrics::Role::metric || !c.statistic.empty() || !c.unit.empty())
      return false;
    for (const std::string_view w :
         {"baseline", "candidate", "tuned", "optimized", "optimised", "default", "control",
          "treatment", "before", "after", "old", "new", "chimera", "reference", "base", "run",
          "config", "settings", "params", "meta", "info", "details", "raw", "requests", "errors",
          "total", "system", "hardware", "environment", "server", "client", "model", "models",
          // (the set-ups compared: providers and brands, machines, modes, formats)
          "openai", "anthropic", "claude", "gemini", "gpt", "groq", "together", "fireworks",
          "mistral", "azure", "bedrock", "laptop", "desktop", "local", "remote", "cloud", "mac",
          "pc", "workstation", "eager", "compiled", "compile", "cuda_graph", "cudagraph", "warm",
          "cold", "cached", "uncached", "gguf", "safetensors", "onnx", "awq", "gptq", "fp16",
          "bf16", "fp8", "int8", "int4", "cpu", "gpu", "cuda", "metal", "vulkan", "rocm", "mps",
          "sync", "async", "streaming", "non_streaming"})
      if (text::iequals(key, w) || (key.size() > w.size() && key[w.size()] == '_' &&
                                    text::iequals(key.substr(0, w.size()), w)))
        return false;
    Context probe;
    return !detail::model_in_key(key, probe) && detail::serving_engine_in(key).empty() &&
           detail::gpu_named_in(key).empty();
  }

  void close() {
    Frame& f = frames_.back();
    if (f.is_array && !f.flags.empty() && frames_.size() >= 2) {
      Frame& holder = frames_[frames_.size() - 2];
      if (const std::string set = flags_that_set(f.flags); !set.empty())
        holder.config += (holder.config.empty() ? "" : " ") + f.name + "=" + set;
      if (holder.ctx.model.empty()) holder.ctx.model = model_in_flags(f.flags);
    }
    if (f.is_array && f.providers > 0 && f.cpu_providers) cpu_only_providers();
    if (f.ran_on_cpu) {
      // Its figures ran on the CPU ("cpu", as PyTorch names the device), whatever device the
      // document's model block names.
      for (std::size_t i = f.first_row; i < r_.rows.size(); ++i) {
        std::string& gpu = r_.rows[i].context.gpu;
        if (!text::iequals(gpu, "cpu")) gpu = "cpu";
      }
    }
    // {"name": "gemma-4-e4b", "quant": "Q4_K_M", "pp_tok_s": 796.4}: where a record names a
    // quantization, its "name" is the model quantized (as a table's "name" column is).
    // (Not a run's name that names no model, "iq3-fit-mtp": the run's label.)
    if (f.ctx.model.empty() && !f.ctx.quantization.empty() && !f.name_text.empty() &&
        !numeric::parse_cell(f.name_text) && f.name_text.size() <= 80) {
      Context probe;
      // (A size or a tag names a model too: "hermes-3-8b", "exaone3.5:7.8b".)
      bool sized = f.name_text.find(':') != std::string::npos;
      for (const auto& w : detail::words_of(text::to_lower(f.name_text)))
        sized = sized || detail::names_model_size(w);
      if (sized || detail::model_in_key(f.name_text, probe))
        f.ctx.model = f.name_text;
      else if (f.config.find(f.name_text) == std::string::npos)
        f.config = "name=" + f.name_text + (f.config.empty() ? "" : " ") + f.config;
    }
    // {"results": [{"name": "code_python", "wall_s": 2.89, …}]}: a case's name, its test.
    if (!f.is_array && f.ctx.test.empty() && !f.name_text.empty() && f.name_text.size() <= 60 &&
        frames_.size() >= 2 && frames_[frames_.size() - 2].is_array &&
        names_cases(frames_[frames_.size() - 2].name) && !numeric::parse_cell(f.name_text)) {
      Context probe;
      if (!detail::model_in_key(f.name_text, probe)) f.ctx.test = f.name_text;
    }
    // {"case": {"name": "short_prompt", "concurrency": 4}}: the descriptor of the record's case,
    // its name the test (the key "case" names none).
    const bool descriptor = !f.is_array && names_a_descriptor(f.name);
    if (descriptor && f.ctx.test.empty() && !f.name_text.empty() && f.name_text.size() <= 60 &&
        !numeric::parse_cell(f.name_text)) {
      Context probe;
      // (Not a machine's name: {"scenario": {"name": "RTX 4090 24GB"}}.)
      if (!detail::model_in_key(f.name_text, probe) && detail::gpu_named_in(f.name_text).empty())
        f.ctx.test = f.name_text;
    }
    // {"results": {"apache": {"elapsed_seconds": 1254.8, …}, "compression": {…}}}: a case keyed
    // by its name under the cases' object, its test.
    // (Not a key naming the variant's precision or model: "fp16", "awq_4bit".)
    if (!f.is_array && f.ctx.test.empty() && f.key_label.empty() && f.first_row < r_.rows.size() &&
        f.ctx.quantization.empty() && f.ctx.model.empty() && f.ctx.config.empty() &&
        frames_.size() >= 2 && !frames_[frames_.size() - 2].is_array &&
        names_cases(frames_[frames_.size() - 2].name) && names_a_case(f.name) && !descriptor)
      f.ctx.test = f.name;
    if (!f.is_array && f.successes) successes_beside_failures(f.first_row);
    Context ctx = f.ctx;
    ctx.fill_from(f.from_children);
    if (ctx.test.empty()) {
      if (auto name = benchmark_of_stats_block(f); !name.empty())
        benchmarks_.push_back({f.first_row, r_.rows.size(), std::move(name)});
    }
    if (ctx.test.empty() && f.n_prompt >= 0 && f.n_gen >= 0)
      ctx.test = detail::llama_bench_test(f.n_prompt, f.n_gen, f.n_depth);
    if (ctx.config.empty()) ctx.config = f.config;
    detail::host_of_cpu_run(ctx);
    const bool request_record =
        !f.is_array && f.per_request && frames_.size() >= 2 && frames_[frames_.size() - 2].is_array;
    const bool cut_off =
        request_record && text::iequals(frames_[frames_.size() - 2].name, "incomplete");
    // {"error": "HTTP 400: ..."} alone: a failed request whose record holds no figure; counted,
    // so the summary can say it (else nothing would show the request was made).
    if (request_record && f.failed && !cut_off && f.first_row == r_.rows.size()) {
      if (bare_failures_++ == 0) bare_failure_ = f.error.substr(0, 80);
    }
    const bool touch = !f.unit.empty() || !f.key_unit.empty() || f.failed || !ctx.empty() ||
                       request_record || f.change;
    for (std::size_t i = touch ? f.first_row : r_.rows.size(); i < r_.rows.size(); ++i) {
      MetricRow& row = r_.rows[i];
      if (!f.unit.empty() && (row.unit.empty() || row.unit == "tokens" || row.unit == "count"))
        detail::set_unit(row, f.unit);
      else if (!f.key_unit.empty() && row.unit.empty() && row.role == metrics::Role::metric &&
               is_own_field(row))
        detail::set_unit(row, f.key_unit);
      if (f.failed && cut_off) {
        detail::mark_incomplete(row, f.error);
      } else if (f.failed) {
        detail::mark_failed(row, f.error);
      }
      // (Not a statistic's own key: AIPerf's "osl_mismatch_diff_pct": {"avg": ...} is a mean
      // over requests.)
      if (f.change && row.role == metrics::Role::metric && row.value &&
          !metrics::parse_statistic(row.name))
        row.statistic = "delta";
      if (request_record && row.statistic == "value") {
        row.statistic = "sample";
        detail::request_total(row);
      }
      if (!ctx.empty()) merge_context(row.context, ctx);
    }
    if (!f.key_label.empty() && f.first_row < r_.rows.size())
      benchmarks_.push_back({f.first_row, r_.rows.size(), std::move(f.key_label), true});
    // An object's labels reach its parent object (a benchmark's "strategy" or "config" names
    // the load level of its "metrics"), unless sibling objects disagree; an array's reach its
    // parent only when it held one element ("items": [{"name": "mock"}]).
    // An object that holds measurements of its own ("baseline": {...}) keeps its labels: its
    // sibling ("chimera": {...}) may have been measured under others.
    // Its identity labels (model, GPU, backend) still do: siblings that disagree on them cancel
    // out below. Not its precision: one backend's "enabled_precisions" is not its siblings'.
    // A list of several elements passes on only the load they agree on ("phases": warm-up and
    // profiling at concurrency 16), not the identity of its items (the models of a list).
    const bool to_parent = frames_.size() >= 2;
    const bool load_only = f.is_array && f.index > 1;
    const bool all_labels = metric_rows_ == f.metric_rows_at_open || is_label_object(f.name);
    if (to_parent) {
      Frame& parent = frames_[frames_.size() - 2];
      for (std::size_t k = 0; k < Context::kFields; ++k) {
        const std::string& v = ctx.field(k);
        if (v.empty() || parent.conflicts.count(k)) continue;
        const std::string_view field = Context::field_name(k);
        if (!all_labels && field != "model" && field != "gpu" && field != "backend") continue;
        if (load_only && field != "concurrency" && field != "rate") continue;
        std::string& slot = parent.from_children.field(k);
        if (slot.empty()) {
          slot = v;
        } else if (slot != v) {
          slot.clear();
          parent.conflicts.insert(k);
        }
      }
    }
    // {"mean_time_ms": 0.0, "metadata": {"error": "Cannot find triton"}}: a failure recorded in
    // the object's own metadata is the object's (its zeros are placeholders, not figures).
    if (f.failed && frames_.size() >= 2 && !f.is_array &&
        (is_metadata_object(f.name) || names_an_error_object(f.name))) {
      Frame& parent = frames_[frames_.size() - 2];
      parent.failed = true;
      if (parent.error.empty()) parent.error = f.error;
    }
    leave(f.path_len);
    frames_.pop_back();
  }

  // {"attention": {"torch": {"mean_time_ms": 24.6, "std_time_ms": 73.2, ...}}}: statistics of
  // one metric and nothing else, keyed by what was measured: the keys above name the benchmark
  // ("attention/torch"). Keys that name a metric, a statistic, a setting, a model, a shape, a
  // baseline/tuned side or a grouping ("results", "metrics") name no benchmark.
  std::string benchmark_of_stats_block(const Frame& f) const {
    if (f.is_array || r_.rows.size() < f.first_row + 2) return {};
    const metrics::MetricDef* metric = nullptr;
    std::set<std::string_view> statistics;
    for (std::size_t i = f.first_row; i < r_.rows.size(); ++i) {
      const MetricRow& row = r_.rows[i];
      if (row.role != metrics::Role::metric || !row.metric || (metric && row.metric != metric) ||
          row.locator.find_first_of(".[", path_.size() + 1) != std::string::npos)
        return {};
      metric = row.metric;
      statistics.insert(row.statistic);
    }
    if (statistics.size() < 2) return {};
    std::string name;
    for (std::size_t k = 1; k < frames_.size(); ++k) {
      const Frame& up = frames_[k];
      if (frames_[k - 1].is_array) return {};  // a list's element: its fields name it
      if (groups_figures(up.name)) return {};  // "backends", "timing_stats": named elsewhere
      if (!up.ctx.model.empty() || is_shape_key(up.name) || !names_a_benchmark(up.name)) continue;
      name += (name.empty() ? "" : "/") + up.name;
    }
    return name;
  }

  // "backends", "benchmarks", "timing_stats", "benchmark": a key that groups figures whose
  // identity is given by the keys or fields below it, or names none.
  static bool groups_figures(const std::string& key) {
    const std::string low = text::to_lower(key);
    if (metrics::is_filler_segment(key) || is_label_object(key) || is_metadata_object(key))
      return false;  // skipped as a name, no grouping
    for (const std::string_view w : {"stats", "statistics", "timing", "benchmark", "bench"}) {
      if (low.find(w) != std::string::npos) return true;
    }
    return low.size() > 3 && low.back() == 's' && low[low.size() - 2] != 's';  // a plural
  }

  static bool names_a_benchmark(const std::string& key) {
    if (key.empty() || key.size() > 40 || metrics::is_filler_segment(key) || is_label_object(key) ||
        is_metadata_object(key) || text::iequals(detail::variant_word(key), key))
      return false;
    const auto& c = detail::classify_cached(key, {});
    return c.role == metrics::Role::metric && !c.metric && !c.stat_only && c.unit.empty() &&
           c.statistic.empty();
  }

  // An object that describes a failure: "error": {...}, "exception": {...}.
  static bool names_an_error_object(std::string_view name) {
    for (const std::string_view n : {"error", "exception", "failure", "err"}) {
      if (text::iequals(name, n)) return true;
    }
    return false;
  }

  // A field of such an object that says in words what went wrong.
  static bool describes_an_error(std::string_view field) {
    for (const std::string_view n :
         {"message", "msg", "detail", "details", "type", "reason", "description", "error"}) {
      if (text::iequals(field, n)) return true;
    }
    return false;
  }

  static bool is_metadata_object(std::string_view name) {
    for (const std::string_view n : {"metadata", "meta", "info", "details", "status"}) {
      if (text::iequals(name, n)) return true;
    }
    return false;
  }

  void legacy(JsonScalar kind, std::string_view text, double number) {
    if (path_.empty()) return;
    std::optional<double> v;
    if (kind == JsonScalar::number) {
      if (std::isfinite(number)) v = number;
    } else {
      v = numeric::parse_legacy(text);
    }
    if (!v) return;
    std::string key = "json_" + path_;
    if (!seen_.insert(key).second) return;
    r_.legacy.push_back(LegacyValue{std::move(key), *v, path_});
  }

  FileResult& r_;
  std::size_t bare_failures_ = 0;  // failed requests' records with no figure
  std::string bare_failure_;       // the first one's error
  bool legacy_enabled_;
  std::vector<Frame> frames_;
  std::string path_;
  std::string key_;
  std::set<std::string> seen_;
  std::size_t line_offset_ = 0;
  struct Embedded {
    std::string path;
    std::size_t line;
    std::string text;
  };
  std::vector<Embedded> embedded_;  // console output found in strings, read at the end

  // Cheap tests first: most strings are short labels.
  // {"cmd": ["llama-bench", "-ngl", "99", ...]}: the words of a command line, no figures.
  bool in_command_line() const {
    if (frames_.empty() || !frames_.back().is_array) return false;
    const std::string& n = frames_.back().name;
    return text::iequals(n, "cmd") || text::iequals(n, "argv") || text::iequals(n, "command") ||
           text::iequals(n, "args");
  }

  static bool holds_console_output(std::string_view text) {
    if (text.size() < 200 || text.find('\n') == std::string_view::npos) return false;
    // llama-bench's `-o json` captured by a harness ("stdout": "[\n  {\"build_commit\": ...").
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && (text[first] == '[' || text[first] == '{') &&
        text.find("\"avg_ts\"") != std::string_view::npos)
      return true;
    return text.find("Serving Benchmark Result") != std::string_view::npos ||
           text.find("eval rate:") != std::string_view::npos ||
           (text.find("| t/s") != std::string_view::npos &&
            text.find("| test") != std::string_view::npos);
  }
  std::size_t metric_rows_ = 0;  // metric rows read so far
  std::map<std::string, std::map<std::size_t, std::string>> errors_;
  std::map<std::string, std::size_t> errors_length_;  // parent path -> its errors list's length
  struct BenchmarkName {
    std::size_t first, last;  // its rows
    std::string name;
    bool run_label = false;  // a run's label for their configuration, not a benchmark's name
  };
  std::vector<BenchmarkName> benchmarks_;  // stats blocks and the benchmark their keys name
  std::map<std::string, std::set<std::string, std::less<>>> listed_;  // see listed()
  std::map<std::pair<std::string, std::string>, std::string>
      named_units_;  // (scope, key)                    // see apply_named_units()
};

// {"performance_summary": {"1": {...}, "4": {...}, "8": {...}}} where the document ran those
// concurrency levels ("results": [{"concurrency": 4, ...}], "concurrency_levels_tested"): the
// objects keyed by a level hold its figures.
void keyed_by_concurrency(MetricRows& rows) {
  // {"concurrency": {"1": {...}, "4": {...}}}: the objects keyed by a level under the setting's
  // own name hold that level's figures, whether or not the document lists the levels.
  for (auto& row : rows) {
    if (!row.context.concurrency.empty() || row.role != metrics::Role::metric) continue;
    const std::string_view loc = row.locator;
    if (loc.find("oncurren") == std::string_view::npos) continue;  // (one look for most rows)
    for (const std::string_view key : {"concurrency.", "concurrencies.", "concurrency_levels."}) {
      const auto at = loc.find(key);
      if (at == std::string_view::npos || (at > 0 && loc[at - 1] != '.')) continue;
      const std::size_t from = at + key.size();
      const auto end = loc.find('.', from);
      if (end == std::string_view::npos || end == from) continue;
      const std::string_view level = loc.substr(from, end - from);
      if (level.size() <= 5 && level.find_first_not_of("0123456789") == std::string_view::npos)
        row.context.concurrency = std::string(level);
    }
  }
  std::set<std::string, std::less<>> levels;
  for (const auto& row : rows) {
    if (row.role == metrics::Role::parameter && row.parameter == "concurrency" &&
        !row.raw.empty() && row.raw.find_first_not_of("0123456789") == std::string::npos)
      levels.insert(row.raw);
  }
  if (levels.size() < 2) return;
  for (auto& row : rows) {
    if (!row.context.concurrency.empty() || row.role == metrics::Role::parameter) continue;
    // A path part of digits alone: "performance_summary.16.p95_latency_ms" (not "[16]").
    const std::string_view loc = row.locator;
    for (std::size_t at = 0; at < loc.size();) {
      const auto end = std::min(loc.find('.', at), loc.size());
      const std::string_view part = loc.substr(at, end - at);
      if (at > 0 && end < loc.size() && !part.empty() &&
          part.find_first_not_of("0123456789") == std::string_view::npos &&
          levels.count(part) != 0) {
        row.context.concurrency = std::string(part);
        break;
      }
      at = end + 1;
    }
  }
}

// {"profiles": ["LL", "LS", "SL"], "by_profile": {"LL": {...}, "LS": {...}}}: the objects keyed
// by a name the document lists under a plural hold that one's figures ("profile=LL" in their
// configuration).
void keyed_by_listed(MetricRows& rows,
                     const std::map<std::string, std::set<std::string, std::less<>>>& listed) {
  // One look-up per path part: each listed name (of lists of two or more) to its label.
  std::map<std::string_view, std::string, std::less<>> label_of;
  for (const auto& [list, names] : listed) {
    if (names.size() < 2) continue;
    const std::string label = text::singular(list) + "=";
    for (const auto& name : names) label_of.emplace(name, label + name);
  }
  if (label_of.empty()) return;
  for (auto& row : rows) {
    if (row.role != metrics::Role::metric) continue;
    const std::string_view loc = row.locator;
    const auto first_dot = loc.find('.');
    if (first_dot == std::string_view::npos) continue;  // (a list's own element: "profiles[0]")
    for (std::size_t at = first_dot + 1; at < loc.size();) {
      const auto end = loc.find('.', at);
      if (end == std::string_view::npos) break;  // (the figure's own key)
      const auto it = label_of.find(loc.substr(at, end - at));
      if (it != label_of.end()) {
        std::string& c = row.context.config;
        if (c.find(it->second) == std::string::npos) c = it->second + (c.empty() ? "" : " " + c);
        break;
      }
      at = end + 1;
    }
  }
}

// vLLM's benchmark_serving writes the percentiles it was asked for as pairs of the level and the
// figure ("percentiles_ttft_ms": [[99.0, 128.8], [90.0, 128.7]]): the second is the figure at
// that percentile, the first no figure at all (a row of it is dropped).
void percentile_pairs(MetricRows& rows) {
  const auto pair_at = [&](std::size_t i) {
    if (i + 1 >= rows.size()) return false;
    const MetricRow& level = rows[i];
    const MetricRow& figure = rows[i + 1];
    const std::string_view a = level.locator, b = figure.locator;
    return a.ends_with("][0]") && b.ends_with("][1]") && a.size() == b.size() &&
           a.substr(0, a.size() - 2) == b.substr(0, b.size() - 2) &&
           text::icontains(level.name, "percentile") && level.value && figure.value &&
           *level.value > 0 && *level.value <= 100;
  };
  bool any = false;
  for (std::size_t i = 0; i + 1 < rows.size() && !any; ++i) any = pair_at(i);
  if (!any) return;
  MetricRows kept;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (pair_at(i)) {
      MetricRow figure = std::move(rows[i + 1]);
      const double level = *rows[i].value;
      char buf[32];
      const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, level);
      figure.statistic = ec == std::errc() ? "p" + std::string(buf, end) : std::string("value");
      if (figure.statistic == "p50") figure.statistic = "median";
      detail::add_note(figure, "the figure at the percentile the pair names first");
      kept.push_back(std::move(figure));
      ++i;
      continue;
    }
    kept.push_back(std::move(rows[i]));
  }
  rows.swap(kept);
}

// "steady_state": {"request_throughput": ..., "mean_ttft_ms": ...} beside the whole run's own
// figures: the same metrics over a phase of the run, told apart by the phase in their
// configuration ("steady_state", "warmup", "cooldown", "ramp_up").
void phase_subtrees(MetricRows& rows) {
  static constexpr std::array<std::string_view, 7> kPhases = {
      "steady_state", "steady", "warmup", "warm_up", "cooldown", "ramp_up", "rampup"};
  for (auto& row : rows) {
    const std::string_view loc = row.locator;
    if (loc.find('.') == std::string_view::npos) continue;  // (most rows: a top-level key)
    for (std::size_t at = 0; at < loc.size();) {
      auto end = loc.find('.', at);
      if (end == std::string_view::npos) break;  // (the leaf is the figure's own key)
      std::string_view part = loc.substr(at, end - at);
      part = part.substr(0, part.find('['));
      at = end + 1;
      if (std::find(kPhases.begin(), kPhases.end(), part) == kPhases.end()) continue;
      std::string& config = row.context.config;
      if (config.find(part) == std::string::npos)
        config = config.empty() ? std::string(part) : std::string(part) + " " + config;
      break;
    }
  }
}

// A machine's description ({"cpu_model": "...", "cpu_count": 12, "ram_kb": 15582304, "ram_gb":
// 14.9}): beside its CPU cores, its RAM is the memory installed, no memory in use.
void machine_description(MetricRows& rows) {
  std::vector<std::string_view> machines;
  for (const auto& row : rows) {
    if (row.parameter == "cpu_cores") machines.push_back(detail::record_of(row));
  }
  if (machines.empty()) return;
  for (auto& row : rows) {
    if ((row.metric && row.metric->id != "memory") || row.normalized_unit != "bytes" ||
        row.name.size() < 3 || !text::iequals(std::string_view(row.name).substr(0, 3), "ram") ||
        std::find(machines.begin(), machines.end(), detail::record_of(row)) == machines.end())
      continue;
    detail::as_setting(row, "system_memory", true);
  }
}

// "total_s": {"n": 21, "mean": 0.43, "p50": 0.41, "p99": 0.6}: percentiles of the requests'
// total (or elapsed) times, their end-to-end latency, not a run's duration.
void request_totals(MetricRows& rows) {
  static const metrics::MetricDef* const kDuration = metrics::find_metric("duration");
  const auto percentile = [](const std::string& st) {
    return st.size() >= 2 && st[0] == 'p' && std::isdigit(static_cast<unsigned char>(st[1]));
  };
  // (Most documents have no percentile of a duration: one cheap look first.)
  if (std::none_of(rows.begin(), rows.end(), [&](const MetricRow& r) {
        return r.metric == kDuration && percentile(r.statistic);
      }))
    return;
  static constexpr std::string_view kTotals[] = {"total",      "total_s",      "total_ms",
                                                 "elapsed",    "elapsed_s",    "elapsed_ms",
                                                 "total_time", "total_time_s", "total_time_ms"};
  const auto parent_of = [](std::string_view loc) {
    const auto dot = loc.rfind('.');
    return dot == std::string_view::npos ? std::string_view() : loc.substr(0, dot);
  };
  const auto key_of = [](std::string_view parent) {
    const auto dot = parent.rfind('.');
    return dot == std::string_view::npos ? parent : parent.substr(dot + 1);
  };
  for (std::size_t i = 0; i < rows.size();) {
    const std::string_view parent = parent_of(rows[i].locator);
    std::size_t j = i;
    bool any_percentile = false, total = false;
    for (const auto k : kTotals) total = total || key_of(parent) == k;
    while (j < rows.size() && parent_of(rows[j].locator) == parent) {
      any_percentile = any_percentile || percentile(rows[j].statistic);
      ++j;
    }
    if (total && any_percentile && !parent.empty()) {
      for (std::size_t k = i; k < j; ++k) {
        if (rows[k].metric && rows[k].metric->id == "duration")
          detail::set_metric(rows[k], "e2e_latency");
      }
    }
    i = j > i ? j : i + 1;
  }
}

// Rows of per-request arrays beside an "errors" array (vLLM's detailed results) whose request
// failed: "ttfts[3]" fails when "errors[3]" is not empty.
// A figure inside an element of a list of repetitions ("runs": [{"eval_count": 1016, ...}, ...],
// "iterations", "trials") is one repetition's: a sample, not a figure of the whole run.
void repetitions_are_samples(MetricRows& rows) {
  static constexpr std::array<std::string_view, 7> kLists = {
      "runs", "iterations", "repetitions", "reps", "trials", "samples", "requests"};
  for (auto& row : rows) {
    if (row.role != metrics::Role::metric || row.statistic != "value") continue;
    const std::string_view loc = row.locator;
    const auto open = loc.rfind('[');
    if (open == std::string_view::npos || open == 0) continue;
    const auto start = loc.find_last_of(".]", open - 1);
    const std::string_view list =
        loc.substr(start == std::string_view::npos ? 0 : start + 1,
                   open - (start == std::string_view::npos ? 0 : start + 1));
    // ... and GuideLLM's "requests": {"successful": [...], "errored": [...]} (and a script's
    // files shaped so): each element one request.
    const bool requests_by_outcome =
        (list == "successful" || list == "errored" || list == "incomplete") && start > 0 &&
        loc.substr(0, start).ends_with("requests");
    if (requests_by_outcome || std::find(kLists.begin(), kLists.end(), list) != kLists.end())
      row.statistic = "sample";
  }
}

// (Only a list as long as the errors: one entry per request. "gpus": [...] beside a run's one
// error is no list of requests.)
void mark_indexed_failures(FileResult& r,
                           const std::map<std::string, std::map<std::size_t, std::string>>& errors,
                           const std::map<std::string, std::size_t>& lengths) {
  if (errors.empty()) return;
  // Where a row sits: its list under the parent ("ttfts") and its index there.
  const auto place =
      [](std::string_view loc,
         const std::string& parent) -> std::optional<std::pair<std::string_view, std::size_t>> {
    if (!parent.empty()) {
      if (loc.substr(0, parent.size()) != parent || loc.size() <= parent.size() ||
          loc[parent.size()] != '.')
        return std::nullopt;
      loc.remove_prefix(parent.size() + 1);
    }
    const auto open = loc.find('[');
    if (open == std::string_view::npos || loc.find('.') < open) return std::nullopt;
    std::size_t index = 0;
    const auto close = loc.find(']', open);
    if (close == std::string_view::npos) return std::nullopt;
    const auto digits = loc.substr(open + 1, close - open - 1);
    if (std::from_chars(digits.data(), digits.data() + digits.size(), index).ec != std::errc())
      return std::nullopt;
    return std::make_pair(loc.substr(0, open), index);
  };
  for (const auto& [parent, by_index] : errors) {
    const auto length = lengths.find(parent);
    std::map<std::string_view, std::size_t> sizes;  // each list's length, by its rows
    for (const auto& row : r.rows) {
      if (const auto at = place(row.locator, parent)) {
        std::size_t& n = sizes[at->first];
        n = std::max(n, at->second + 1);
      }
    }
    bool per_request = false;
    for (auto& row : r.rows) {
      const auto at = place(row.locator, parent);
      if (!at || (length != lengths.end() && sizes[at->first] != length->second)) continue;
      per_request = true;
      const auto it = by_index.find(at->second);
      if (it != by_index.end()) detail::mark_failed(row, it->second);
    }
    // No list of requests beside them: the errors are the record's own ("errors": ["Unable to
    // connect"] of one run), and so are its figures' failures (not those of its lists: a GPU's
    // readings were read all the same).
    if (per_request || by_index.empty()) continue;
    for (auto& row : r.rows) {
      if (row.role == metrics::Role::metric && row.statistic == "sample" &&
          detail::record_of(row) == parent)
        detail::mark_failed(row, by_index.begin()->second);
    }
  }
}

}  // namespace

namespace {

// JSON Lines under a .json name: a first document that ends its line, and another document
// starting a later line (what `vllm bench serve --append-result` writes, one run per line).
bool json_lines_in_json_file(std::string_view text, const json::JsonError& err) {
  if (err.column != 1 || err.offset >= text.size()) return false;
  const char next = text[err.offset];
  if (next != '{' && next != '[') return false;
  const auto first = text.find_first_not_of(" \t\r\n");
  const auto newline = text.find('\n', first);
  return newline != std::string_view::npos && newline < err.offset;
}

// A document cut short (a run killed while writing it): the text up to the end of the last
// complete element of its outermost open list of records, with that list and what holds it
// closed; nullopt when no such element is complete. Records before the cut are whole; the one
// being written is left out, not read in part.
std::optional<std::string> complete_prefix(std::string_view text) {
  struct Open {
    char kind;
    std::size_t last_done = std::string_view::npos;  // the end of its last complete element
  };
  std::vector<Open> open;
  bool in_string = false, escaped = false;
  const auto element_done = [&](std::size_t end) {
    if (!open.empty() && open.back().kind == '[') open.back().last_done = end;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (escaped)
        escaped = false;
      else if (c == '\\')
        escaped = true;
      else if (c == '"')
        in_string = false;
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      open.push_back({c});
    } else if (c == '}' || c == ']') {
      if (open.empty()) return std::nullopt;
      open.pop_back();
      element_done(i + 1);
    } else if (c == ',') {
      element_done(i);
    }
  }
  for (std::size_t k = 0; k < open.size(); ++k) {
    if (open[k].kind != '[' || open[k].last_done == std::string_view::npos) continue;
    std::string out(text.substr(0, open[k].last_done));
    for (std::size_t j = k + 1; j-- > 0;) out += open[j].kind == '[' ? ']' : '}';
    return out;
  }
  return std::nullopt;
}

// Whether the reader's error is the text ending inside the document.
bool ends_early(std::string_view text, const json::JsonError& err) {
  const auto last = text.find_last_not_of(" \t\r\n");
  return last != std::string_view::npos && err.offset > last;
}

}  // namespace

void harvest_json(std::string_view text, FileResult& r) {
  JsonHarvester h(r, true);
  if (const auto err = json::read_json(text, h)) {
    if (json_lines_in_json_file(text, *err)) {
      r.rows.clear();
      r.legacy.clear();
      detail::add_warning(r.warnings,
                          "line " + std::to_string(err->line) +
                              ": a second JSON document; the file is JSON Lines (one document "
                              "per line, as `vllm bench serve --append-result` writes) and was "
                              "read as such");
      harvest_jsonl(text, r);
      return;
    }
    if (auto prefix = ends_early(text, *err) ? complete_prefix(text) : std::nullopt) {
      r.rows.clear();
      r.legacy.clear();
      // (The closing brackets added to the prefix hold no line break.)
      const auto line = std::count(prefix->begin(), prefix->end(), '\n') + 1;
      detail::add_warning(r.warnings,
                          "the JSON ends before its document does (" + err->describe() +
                              "), as a run killed while writing leaves it; the complete "
                              "elements up to line " +
                              std::to_string(line) + " were read, the one cut short was not");
      harvest_json(*prefix, r);
      return;
    }
    r.status = FileStatus::skipped;
    r.reason = "invalid JSON at " + err->describe();
    return;
  }
  r.json_document = true;
  h.apply_benchmark_names();
  h.apply_named_units();
  percentile_pairs(r.rows);
  phase_subtrees(r.rows);
  machine_description(r.rows);
  keyed_by_concurrency(r.rows);
  keyed_by_listed(r.rows, h.listed());
  request_totals(r.rows);
  mark_indexed_failures(r, h.errors_by_index(), h.errors_length());
  detail::recognise_json(r);
  repetitions_are_samples(r.rows);
  detail::refine_by_test(r.rows);
  detail::finalize_rows(r.rows);
  h.warn_bare_failures();
  h.read_embedded();
}

void harvest_yaml(std::string_view text, FileResult& r) {
  JsonHarvester h(r, true);
  if (const auto err = detail::read_yaml(text, h)) {
    r.status = FileStatus::skipped;
    r.reason = "invalid YAML at " + err->describe();
    return;
  }
  h.apply_benchmark_names();
  h.apply_named_units();
  mark_indexed_failures(r, h.errors_by_index(), h.errors_length());
  detail::recognise_json(r);
  if (r.format.empty()) {
    r.status = FileStatus::not_results;
    r.reason =
        "YAML that is no result report read here (a configuration?): GuideLLM's YAML reports "
        "are read; save other results as JSON or CSV to ingest them";
    return;
  }
  r.format += " (yaml)";
  detail::refine_by_test(r.rows);
  detail::finalize_rows(r.rows);
  h.read_embedded();
}

bool harvest_json_line(std::string_view line, std::size_t number, FileResult& r) {
  const std::size_t rows = r.rows.size();
  JsonHarvester h(r, false, "line[" + std::to_string(number) + "]");
  h.set_line_offset(number - 1);
  if (json::read_json(line, h)) {
    h.rollback(0, rows);
    return false;
  }
  return true;
}

std::optional<std::string> elisions_as_null(std::string_view json) {
  const auto bare = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '+' ||
           c == '-' || static_cast<unsigned char>(c) >= 0x80;  // "…"
  };
  std::string out;
  out.reserve(json.size());
  bool changed = false;
  for (std::size_t i = 0; i < json.size();) {
    const char c = json[i];
    if (c == '"') {  // a string, as written
      std::size_t end = i + 1;
      while (end < json.size() && json[end] != '"') end += json[end] == '\\' ? 2 : 1;
      end = std::min(end + 1, json.size());
      out.append(json.substr(i, end - i));
      i = end;
      continue;
    }
    if (!bare(c)) {
      out += c;
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < json.size() && bare(json[end])) ++end;
    const std::string_view word = json.substr(i, end - i);
    double number = 0;
    const auto [ptr, ec] = std::from_chars(word.data(), word.data() + word.size(), number);
    const bool literal = word == "true" || word == "false" || word == "null" ||
                         (ec == std::errc() && ptr == word.data() + word.size());
    out.append(literal ? word : std::string_view("null"));
    changed = changed || !literal;
    i = end;
  }
  if (!changed) return std::nullopt;
  return out;
}

std::size_t json_document_end(std::string_view text, std::size_t first) {
  std::size_t depth = 0;
  bool in_string = false, escaped = false;
  for (std::size_t i = first; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      escaped = !escaped && c == '\\';
      if (!escaped && c == '"') in_string = false;
      if (c != '\\') escaped = false;
      continue;
    }
    if (c == '"') in_string = true;
    if (c == '{' || c == '[') ++depth;
    if ((c == '}' || c == ']') && depth > 0 && --depth == 0) return i + 1;
  }
  return std::string_view::npos;
}

// JSON Lines whose records were written pretty-printed, each over many lines (a harness's
// `json.dumps(record, indent=2)` appended per run): the documents one after another, each an
// element. Whether the text is that (its first line no whole document, the documents all whole).
bool documents_over_lines(std::string_view text, JsonHarvester& h, const FileResult& r,
                          std::size_t& good) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || (text[first] != '{' && text[first] != '[')) return false;
  const auto end = json_document_end(text, first);
  const auto newline = text.find('\n', first);
  if (end == std::string_view::npos || newline == std::string_view::npos || end <= newline)
    return false;  // (one document per line: read line by line)
  for (std::size_t at = first; at != std::string_view::npos;
       at = text.find_first_not_of(" \t\r\n", at)) {
    const auto stop = json_document_end(text, at);
    if ((text[at] != '{' && text[at] != '[') || stop == std::string_view::npos) return good > 0;
    const auto line = static_cast<std::size_t>(
        std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
    h.set_line_offset(line);
    const std::size_t depth = h.depth(), rows = r.rows.size();
    if (json::read_json(text.substr(at, stop - at), h)) {
      h.rollback(depth, rows);
      return good > 0;
    }
    ++good;
    at = stop;
  }
  return good > 0;
}

void harvest_jsonl(std::string_view text, FileResult& r) {
  JsonHarvester h(r, false);
  h.begin_array();  // the lines are the elements of one implicit array
  text::LineCursor lines(text);
  std::size_t bad = 0, good = 0;
  const bool over_lines = documents_over_lines(text, h, r, good);
  if (over_lines)
    detail::add_warning(r.warnings, "its " + std::to_string(good) +
                                        " records are written over several lines each, not one "
                                        "per line as JSON Lines has them: read one by one");
  while (!over_lines) {
    const auto l = lines.next();
    if (!l) break;
    if (text::trim(*l).empty()) continue;
    const std::size_t depth = h.depth(), rows = r.rows.size();
    h.set_line_offset(lines.line_number() - 1);
    if (const auto err = json::read_json(*l, h)) {
      h.rollback(depth, rows);
      ++bad;
      detail::add_warning(r.warnings, "line " + std::to_string(lines.line_number()) +
                                          ": invalid JSON (" + err->describe() +
                                          "); line not ingested");
      continue;
    }
    ++good;
  }
  h.end_array();
  h.apply_benchmark_names();
  if (good == 0 && bad > 0) {
    r.status = FileStatus::skipped;
    r.reason = "no line of the JSON Lines file is valid JSON (" + std::to_string(bad) + " lines)";
    return;
  }
  percentile_pairs(r.rows);  // ("vllm bench serve --append-result" writes JSON Lines)
  phase_subtrees(r.rows);
  machine_description(r.rows);
  mark_indexed_failures(r, h.errors_by_index(), h.errors_length());
  detail::recognise_json(r);
  detail::refine_by_test(r.rows);
  detail::finalize_rows(r.rows);
  h.read_embedded();
}

}  // namespace chimera::ingest
