#include "vllm_engine_stats.hpp"

#include <array>

#include "chimera/core/numeric.hpp"
#include "chimera/core/text.hpp"
#include "row_builder.hpp"
#include "vllm_console.hpp"

namespace chimera::ingest::detail {
namespace {

// A figure of a statistics line: its label as printed, the registry metric it is ("" = none of
// ours: it keeps its own name), and its statistic ("" = a setting of the server).
struct Field {
  std::string_view label;
  std::string_view metric;
  std::string_view statistic;
};

// vLLM's stat loggers (vllm/v1/metrics/loggers.py, vllm/v1/spec_decode/metrics.py, and the V0
// engine's metrics.py): the throughputs are averages over the interval, the request counts and
// cache use the state at its end (a value each), the speculative counts the interval's (V1) or the
// run's (V0).
constexpr std::array<Field, 23> kFields = {{
    {"Avg prompt throughput", "input_throughput", "mean"},
    {"Avg generation throughput", "output_throughput", "mean"},
    {"Running", "concurrency", "value"},
    {"Waiting", "", "value"},
    {"Swapped", "", "value"},
    {"Pending", "", "value"},
    {"GPU KV cache usage", "utilization", "value"},
    {"CPU KV cache usage", "utilization", "value"},
    {"Prefix cache hit rate", "", "value"},
    {"MM cache hit rate", "", "value"},
    {"Mean acceptance length", "acceptance_length", "mean"},
    {"Accepted throughput", "", "mean"},
    {"Drafted throughput", "", "mean"},
    {"Accepted", "", "sum"},
    {"Drafted", "", "sum"},
    {"Per-position acceptance rate", "acceptance_rate", "value"},
    {"Avg Draft acceptance rate", "acceptance_rate", "mean"},
    {"Draft acceptance rate", "acceptance_rate", "value"},
    {"System efficiency", "", "value"},  // accepted over the most a step could emit: no speedup
    {"Number of speculative tokens", "", ""},
    {"Number of accepted tokens", "", "sum"},
    {"Number of draft tokens", "", "sum"},
    {"Number of emitted tokens", "", "sum"},
}};

// Where the line's figures begin, or npos when it is no statistics line.
std::size_t body_start(std::string_view l) {
  // (A cheap look first: a line of a log names neither.)
  if (l.find("Avg ") != std::string_view::npos) {
    for (const std::string_view a : {"Avg prompt throughput:", "Avg generation throughput:"}) {
      if (const auto at = l.find(a); at != std::string_view::npos) return at;
    }
  }
  if (l.find("metrics:") != std::string_view::npos) {
    for (const std::string_view a : {"SpecDecoding metrics:", "Speculative metrics:"}) {
      if (const auto at = l.find(a); at != std::string_view::npos) return at + a.size();
    }
  }
  return std::string_view::npos;
}

// The quoted text after `key` ("with config: model='Qwen/Qwen3-8B', ..."), "" when absent.
std::string quoted_after(std::string_view l, std::string_view key) {
  const auto at = l.find(key);
  if (at == std::string_view::npos) return {};
  const std::string_view rest = l.substr(at + key.size());
  const auto end = rest.find('\'');
  return end == std::string_view::npos ? std::string() : std::string(rest.substr(0, end));
}

// What the server's start-up said of the run: its model, quantization and speculative decoding;
// vLLM, whose lines these are.
void engine_context(MetricRow& row, const VllmEngineStatsState& state) {
  if (!state.model.empty()) row.context.model = state.model;
  if (!state.quantization.empty()) row.context.quantization = state.quantization;
  if (!state.config.empty()) row.context.config = state.config;
  row.context.backend = "vLLM";
}

// The engine's config line ("Initializing a V1 LLM engine (v0.21.0) with config: model='...',
// speculative_config=SpeculativeConfig(method='eagle3', ..., num_spec_tokens=6), ...,
// quantization=gpt_oss_mxfp4, ..."): the weights' quantization and the speculative decoding its
// figures ran with.
void note_engine_config(std::string_view l, VllmEngineStatsState& state) {
  // (Each engine start says its own: a second start's "quantization=None" is none.)
  state.quantization.clear();
  state.config.clear();
  if (const auto at = l.find(", quantization="); at != std::string_view::npos) {
    std::string_view q = l.substr(at + 15);
    q = q.substr(0, q.find(','));
    // ("gpt_oss_mxfp4": the format its last part names, MXFP4. A method that names no precision,
    // "compressed-tensors", "awq_marlin", "bitsandbytes", "gguf", leaves the model's name to say.)
    std::string named = quantization_in(q);
    if (named.empty()) named = quantization_in(q.substr(q.rfind('_') + 1));
    if (!q.empty() && q != "None" && quantization_in(state.model).empty())
      state.quantization = named;
  }
  if (const auto at = l.find("speculative_config=SpeculativeConfig(");
      at != std::string_view::npos) {
    const std::string_view spec = l.substr(at, l.find(')', at) - at);
    std::string method = quoted_after(spec, "method='");
    // (Older builds name the draft model, and no method: "SpeculativeConfig(draft_model='meta-
    // llama/Llama-3.2-1B-Instruct', num_spec_tokens=5)", a draft model's decoding.)
    if (std::string draft = quoted_after(spec, "draft_model='"); method.empty() && !draft.empty())
      method = "draft_model draft=" + draft.substr(draft.rfind('/') + 1);
    std::string_view tokens;
    if (const auto n = spec.find("num_spec_tokens="); n != std::string_view::npos) {
      tokens = spec.substr(n + 16);
      tokens = tokens.substr(0, tokens.find_first_not_of("0123456789"));
    }
    if (!method.empty())
      state.config = "speculative=" + method +
                     (tokens.empty() ? "" : " num_spec_tokens=" + std::string(tokens));
  }
}

// The server's model, from the lines it logs at start-up or the command that started it.
void note_model(std::string_view l, VllmEngineStatsState& state) {
  std::string m = quoted_after(l, "with config: model='");  // "Initializing a V1 LLM engine"
  if (!m.empty()) note_engine_config(l, state);
  if (m.empty()) m = quoted_after(l, "'model': '");  // "non-default args: {...}"
  if (m.empty()) {
    if (const auto at = l.find("vllm serve "); at != std::string_view::npos) {
      std::string_view rest = text::trim(l.substr(at + 11));
      rest = rest.substr(0, rest.find_first_of(" \t\\"));
      if (rest.size() >= 2 && (rest.front() == '"' || rest.front() == '\'') &&
          rest.back() == rest.front())
        rest = rest.substr(1, rest.size() - 2);
      if (!rest.empty() && rest.front() != '-' && rest.front() != '$') m = std::string(rest);
    }
  }
  if (m.empty() && l.find("vllm serve") != std::string_view::npos) m = option_value(l, "--model");
  if (!m.empty()) state.model = std::move(m);
}

// "3539.1 tokens/s" -> {"3539.1", "tok/s"}; "126 reqs" -> count; "36.4%" -> %; "451 tokens".
std::pair<std::string_view, std::string_view> figure(std::string_view v) {
  v = text::trim(v);
  const auto end = v.find_first_not_of("0123456789.-+eE");
  const std::string_view number = v.substr(0, end);
  const std::string_view unit = end == std::string_view::npos ? "" : text::trim(v.substr(end));
  if (unit.empty()) return {number, ""};
  if (unit == "tokens/s") return {number, "tok/s"};
  if (unit == "reqs") return {number, "count"};
  if (unit == "%") return {number, "%"};
  if (unit == "tokens") return {number, "tokens"};
  return {{}, {}};  // a figure of a form not printed by these loggers
}

std::string slug(std::string_view label) {
  std::string s = text::to_lower(label);
  for (char& c : s) {
    if (c == ' ' || c == '-') c = '_';
  }
  return s;
}

void add(MetricRows& rows, const Field& f, std::string_view name, std::string_view value,
         std::string_view locator, std::size_t number, const VllmEngineStatsState& state) {
  const auto [num, unit] = figure(value);
  if (num.empty() || !numeric::parse_cell(num)) return;
  MetricRow* row = add_text_row(rows, name, num);
  if (!row) return;
  row->locator = std::string(locator);
  row->line = number;
  row->unit = std::string(unit);
  // The V0 engine's "Number of accepted tokens: 2048": a count of tokens.
  if (unit.empty() && name.ends_with(" tokens") && !f.statistic.empty()) row->unit = "tokens";
  if (f.statistic.empty()) {
    as_setting(*row, "", true);
  } else {
    row->role = metrics::Role::metric;
    row->metric = nullptr;
    row->parameter = {};
    row->kind = units::Kind::other;
    if (!f.metric.empty()) set_metric(*row, f.metric);
    row->statistic = std::string(f.statistic);
    // The acceptance rates printed bare are fractions (per position, and the V0 engine's), the
    // acceptance length tokens per step.
    if (row->unit.empty() && f.metric == "acceptance_rate") row->unit = "fraction";
    if (row->unit.empty() && f.metric == "acceptance_length") row->unit = "tokens";
  }
  engine_context(*row, state);
  renormalize(*row);
}

const Field* field_of(std::string_view label) {
  for (const Field& f : kFields) {
    if (f.label == label) return &f;
  }
  return nullptr;
}

// One figure of a start-up line, with its unit as printed ("14.2488 GiB", "2.99 seconds").
void add_startup(MetricRows& rows, std::string_view metric, std::string_view name,
                 std::string_view figure_text, std::string_view note, std::size_t number,
                 const VllmEngineStatsState& state) {
  MetricRow* row = add_text_row(rows, name, figure_text);
  // (A figure of the metric's kind only: no memory in seconds.)
  const auto* def = metrics::find_metric(metric);
  const auto normal = row && row->value && !row->unit.empty()
                          ? units::normalize(*row->value, row->unit)
                          : std::nullopt;
  const bool fits = normal && def &&
                    ((def->kind == units::Kind::memory && normal->unit == "bytes") ||
                     (def->kind != units::Kind::memory && normal->unit == "ms"));
  if (!fits) {
    if (row) rows.pop_back();
    return;
  }
  row->locator = "line[" + std::to_string(number) + "]." + std::string(name);
  row->line = number;
  row->role = metrics::Role::metric;
  row->parameter = {};
  set_metric(*row, metric);
  row->statistic = "value";
  add_note(*row, note);
  engine_context(*row, state);
  renormalize(*row);
}

// The figure after `key` up to the next comma or " and " ("took 14.2488 GiB and 2.99 seconds").
std::string_view figure_after(std::string_view l, std::string_view key) {
  const auto at = l.find(key);
  if (at == std::string_view::npos) return {};
  std::string_view rest = text::trim(l.substr(at + key.size()));
  rest = rest.substr(0, std::min(rest.find(','), rest.find(" and ")));
  rest = rest.substr(0, rest.find(" in total"));
  while (!rest.empty() && rest.back() == '.') rest.remove_suffix(1);
  if (rest.ends_with(" memory")) rest.remove_suffix(7);  // "15.27 GiB memory and 5.41 seconds"
  return text::trim(rest);
}

// vLLM's start-up lines (gpu_model_runner.py, gpu_worker.py, core.py, backends.py): the weights'
// memory and load time, the memory left for the KV cache, the CUDA graphs' capture and the
// engine's whole start-up.
bool startup_line(std::string_view l, std::size_t number, const VllmEngineStatsState& state,
                  MetricRows& rows) {
  // (vLLM's own loggers only: not a script's "[INFO] bench.py: Model loading took 12.4 s".)
  bool vllm = false;
  for (const std::string_view f :
       {"[gpu_model_runner.py", "[model_runner.py", "[gpu_worker.py", "[core.py", "[backends.py",
        "[monitor.py", "[default_loader.py", "[worker.py",
        " model_runner.py:", " gpu_worker.py:", " gpu_executor.py:", " default_loader.py:"})
    vllm = vllm || l.find(f) != std::string_view::npos;
  if (!vllm) return false;
  // Each line's cue, its figures (the metric, the row's name, the words right before the
  // figure, the note) and, for "init engine", a second word the line must hold.
  struct Figure {
    std::string_view metric, name, after, note;
  };
  struct StartupLine {
    std::string_view cue, also;
    Figure first, second;  // (second.metric empty: one figure)
  };
  static constexpr StartupLine kLines[] = {
      {"Model loading took ",
       "",
       {"memory", "Model loading took", "Model loading took ",
        "the model's weights in GPU memory, at start-up"},
       {"load_time", "Model loading time", " and ", "the model's loading, at start-up"}},
      // (vLLM 0.4's "Loading model weights took 14.9595 GB": the weights' memory.)
      {"Loading model weights took ",
       "",
       {"memory", "Loading model weights took", "Loading model weights took ",
        "the model's weights in GPU memory, at start-up"},
       {}},
      {"Loading weights took ",
       "",
       {"load_time", "Loading weights took", "Loading weights took ",
        "the weights' loading, at start-up"},
       {}},
      {"Available KV cache memory: ",
       "",
       {"memory", "Available KV cache memory",
        "Available KV cache memory: ", "the GPU memory left for the KV cache, at start-up"},
       {}},
      {"Graph capturing finished in ",
       "",
       {"duration", "Graph capturing finished in", "Graph capturing finished in ",
        "the CUDA graphs' capture, at start-up"},
       {"memory", "Graph capturing took", ", took ", "the CUDA graphs' memory, at start-up"}},
      {"init engine",
       " took ",
       {"duration", "init engine took", ") took ",
        "the engine's whole start-up (profiling, KV cache, warm-up)"},
       {}},
      {"torch.compile takes ",
       "",
       {"duration", "torch.compile takes", "torch.compile takes ",
        "torch.compile's time, at start-up"},
       {}},
  };
  const std::size_t before = rows.size();
  for (const StartupLine& s : kLines) {
    if (l.find(s.cue) == std::string_view::npos ||
        (!s.also.empty() && l.find(s.also) == std::string_view::npos))
      continue;
    for (const Figure* f : {&s.first, &s.second})
      if (!f->metric.empty())
        add_startup(rows, f->metric, f->name, figure_after(l, f->after), f->note, number, state);
    break;
  }
  return rows.size() > before;
}

}  // namespace

bool vllm_engine_stats_line(std::string_view line, std::size_t number, VllmEngineStatsState& state,
                            MetricRows& rows) {
  // (A cheap look first: most lines name none of these.)
  if (line.find("model") != std::string_view::npos ||
      line.find("vllm serve") != std::string_view::npos)
    note_model(line, state);
  const auto start = body_start(line);
  if (start == std::string_view::npos) {
    // (A cheap look first: a start-up line names what took how long.)
    return (line.find(" took ") != std::string_view::npos ||
            line.find(" takes ") != std::string_view::npos ||
            line.find("finished in") != std::string_view::npos ||
            line.find("KV cache memory") != std::string_view::npos) &&
           line.find("] ") != std::string_view::npos && startup_line(line, number, state, rows);
  }
  std::string_view body = text::trim(line.substr(start));
  if (!body.empty() && body.back() == '.') body.remove_suffix(1);  // the V0 engine's full stop
  const std::size_t before = rows.size();
  const std::string prefix = "vllm_stats[" + std::to_string(state.lines) + "].";
  const Field* list = nullptr;  // the per-position rates go on after their label
  std::size_t position = 0;
  while (!body.empty()) {
    const auto comma = body.find(", ");
    const std::string_view seg = text::trim(body.substr(0, comma));
    body = comma == std::string_view::npos ? std::string_view() : body.substr(comma + 2);
    const auto colon = seg.find(": ");
    if (colon == std::string_view::npos) {
      if (list) {
        const std::string name =
            std::string(list->label) + " (position " + std::to_string(position + 1) + ")";
        add(rows, *list, name, seg,
            prefix + slug(list->label) + "[" + std::to_string(position) + "]", number, state);
        ++position;
      }
      continue;
    }
    const std::string_view label = text::trim(seg.substr(0, colon));
    const std::string_view value = seg.substr(colon + 2);
    const Field* f = field_of(label);
    list = nullptr;
    if (!f) {
      // A figure of a later version's line: read under its own name, no metric of ours.
      static constexpr Field kOther{"", "", "value"};
      add(rows, kOther, label, value, prefix + slug(label), number, state);
      continue;
    }
    if (f->label == "Per-position acceptance rate") {
      list = f;
      add(rows, *f, std::string(label) + " (position 1)", value, prefix + slug(label) + "[0]",
          number, state);
      position = 1;
      continue;
    }
    add(rows, *f, label, value, prefix + slug(label), number, state);
  }
  if (rows.size() == before) return false;  // prose that names a label ("**Avg prompt ...:**")
  ++state.lines;
  return true;
}

}  // namespace chimera::ingest::detail
