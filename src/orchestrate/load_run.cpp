#include "chimera/orchestrate/load_run.hpp"
#include "chimera/store/location.hpp"

#include <fmt/format.h>

#include <charconv>
#include <chrono>
#include <ctime>
#include <map>
#include <memory>
#include <sstream>

#include "chimera/backend/backend.hpp"
#include "chimera/core/clock.hpp"
#include "chimera/core/json_writer.hpp"
#include "chimera/core/numeric.hpp"
#include "chimera/core/output_file.hpp"
#include "chimera/core/text.hpp"
#include "chimera/measure/load.hpp"
#include "chimera/measure/load_summary.hpp"
#include "chimera/measure/runner.hpp"
#include "chimera/report/probe_writers.hpp"
#include "chimera/store/results_store.hpp"
#include "chimera/telemetry/sampler.hpp"

namespace chimera::orchestrate {
namespace {

std::string fmt_num(double v) {
  return numeric::format_double(v);
}

// "2026-12-02T12:34:56.789Z" from nanoseconds since the Unix epoch.
std::string utc_ms(std::int64_t unix_ns) {
  const auto secs = static_cast<std::time_t>(unix_ns / 1'000'000'000);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
  return fmt::format("{}.{:03d}Z", buf, static_cast<int>((unix_ns / 1'000'000) % 1000));
}

Status validate(const LoadRunOptions& o) {
  if (o.backend == "embedded")
    return Error{ErrorCode::usage, "--backend embedded cannot take concurrent load in-process",
                 "start `chimera serve --model NAME=FILE.gguf --parallel N` and load it with "
                 "--backend ollama --url http://127.0.0.1:PORT"};
  if ((!o.concurrency.empty()) + (!o.rate.empty()) + o.sweep > 1)
    return Error{ErrorCode::usage, "--concurrency, --rate and --sweep exclude each other",
                 "pick one load profile"};
  for (const double c : o.concurrency) {
    if (c < 1 || c != static_cast<double>(static_cast<long long>(c)))
      return Error{ErrorCode::usage, "--concurrency takes whole numbers >= 1",
                   "e.g. --concurrency 1,2,4,8"};
  }
  for (const double r : o.rate) {
    if (!(r > 0))
      return Error{ErrorCode::usage, "--rate takes rates > 0 (req/s)", "e.g. --rate 0.5,1,2"};
  }
  if (o.resume && o.store.empty())
    return Error{ErrorCode::usage, "--resume needs the results store",
                 "drop --store \"\" or give --store FILE"};
  return ok_status();
}

// The output length key of the backend's API.
std::string length_key(const LoadRunOptions& o) {
  return o.backend == "openai" ? "max_tokens" : "num_predict";
}

// --options as JSON, with the output length (num_predict / max_tokens) unless it sets it.
Result<std::string> request_options(const LoadRunOptions& o) {
  auto extra = backend::options_to_json(o.options);
  if (!extra) return extra.error();
  std::string options = extra.value().empty() ? "{}" : extra.value();
  const std::string key = length_key(o);
  if (options.find("\"" + key + "\"") == std::string::npos) {
    options.pop_back();
    options += (options.size() > 1 ? "," : "") + std::string("\"") + key +
               "\":" + std::to_string(o.output_tokens) + "}";
  }
  return options;
}

// "num_predict 64": the output length the requests really carry (--options may set it).
std::string output_length_text(const LoadRunOptions& o) {
  const std::string key = length_key(o);
  const auto opts = request_options(o);
  const auto at = opts ? opts.value().find("\"" + key + "\":") : std::string::npos;
  if (at == std::string::npos) return key + " " + std::to_string(o.output_tokens);
  const auto start = at + key.size() + 3;
  const auto end = opts.value().find_first_of(",}", start);
  return key + " " + opts.value().substr(start, end - start);
}

std::string phases_text(const LoadRunOptions& o) {
  if (o.requests == 0)
    return "per level " + fmt_num(o.warmup_s) + " s warm-up, " + fmt_num(o.duration) +
           " s measured, " + fmt_num(o.cooldown_s) + " s cool-down";
  const std::string warmup =
      !o.warmup_requests        ? "as many warm-up requests as the level's concurrency"
      : *o.warmup_requests == 0 ? "no warm-up"
                                : std::to_string(*o.warmup_requests) + " warm-up request(s)";
  return "per level " + warmup + ", " + std::to_string(o.requests) + " measured, then cool-down";
}

// The levels to run (a sweep decides as it goes how many of them).
std::vector<double> plan_levels(const LoadRunOptions& o) {
  std::vector<double> levels = o.rate.empty() ? o.concurrency : o.rate;
  if (o.sweep) {
    for (std::size_t c = 1; c <= o.max_concurrency; c *= 2)
      levels.push_back(static_cast<double>(c));
  } else if (levels.empty()) {
    levels = {1, 2, 4, 8};
  }
  return levels;
}

// The configuration's identity: a resumed run keeps the levels this exact configuration
// completed before (their load.level records in the store).
std::string load_identity(const LoadRunOptions& o, const report::LoadReport& rep,
                          const std::string& options, const std::vector<double>& levels) {
  std::string id = o.backend + "|" + rep.url + "|" + o.model + "|" + rep.mode + "|" + options +
                   "|" + o.endpoint + "|" + o.slo + "|" + rep.workload + "|" + rep.phases + "|" +
                   std::to_string(o.seed) + (o.constant ? "|constant" : "|poisson") +
                   (o.sweep ? "|sweep" : "") + "|" + std::to_string(o.max_concurrency) + "|" +
                   fmt_num(o.knee_gain);
  for (const double l : levels) id += "|" + fmt_num(l);
  return text::fnv1a_hex(id);
}

// The server's facts beside the host's; slots the server exposes (llama-server /props, /slots)
// explain queueing without a flag.
void add_server_facts(report::LoadReport& rep, const backend::Backend& be,
                      transport::HttpClient& http, const LoadRunOptions& o) {
  for (const auto& f : be.environment(http, o.model)) {
    rep.environment.emplace_back(f.key, f.value + (f.note.empty() ? "" : " (" + f.note + ")"));
    if (f.key != "server_parallel" || f.value.empty() || o.server_parallel != 0) continue;
    std::size_t n = 0;
    const auto [end, ec] = std::from_chars(f.value.data(), f.value.data() + f.value.size(), n);
    if (ec == std::errc() && end == f.value.data() + f.value.size() && n >= 1)
      rep.server_parallel = n;
  }
}

std::string request_json(const measure::LoadRecord& r, bool open, double level) {
  std::ostringstream ss;
  JsonWriter w(ss, false);
  w.begin_object();
  w.key("type").value("load_request");
  w.key(open ? "rate" : "concurrency").value(level);
  w.key("measured").value(r.measured);
  w.key("phase").value(r.phase);
  w.key("in_flight_at_send").value(static_cast<std::uint64_t>(r.in_flight_at_send));
  // Offsets from the level's start (ms) and the wall-clock send time, so send lag can be checked
  // and records lined up with server logs.
  const auto ms = [&](std::int64_t t) { return static_cast<double>(t - r.level_start_ns) / 1e6; };
  w.key("scheduled_ms").value(ms(r.scheduled_ns));
  w.key("sent_ms").value(ms(r.sent_ns));
  w.key("send_lag_ms").value(static_cast<double>(r.sent_ns - r.scheduled_ns) / 1e6);
  w.key("sent_at").value(utc_ms(r.sent_unix_ns));
  w.key("request");
  report::write_record(w, r.record);
  w.end_object();
  w.flush();
  return ss.str();
}

// The level's raw telemetry samples inside its window, stored beside its requests.
std::string telemetry_json(const std::vector<telemetry::Sample>& samples,
                           const measure::LoadResult& result, bool open, double level,
                           const std::string& gpu) {
  std::ostringstream ts;
  JsonWriter w(ts, false);
  w.begin_object();
  w.key(open ? "rate" : "concurrency").value(level);
  w.key("gpu").value(gpu);
  w.key("samples").begin_array();
  for (const auto& smp : samples) {
    if (smp.t_ns < result.window_start_ns || smp.t_ns > result.window_end_ns) continue;
    w.begin_object();
    w.key("t_s").value(static_cast<double>(smp.t_ns - result.start_ns) / 1e9);
    w.key("cpu_pct").value(smp.cpu_pct);
    w.key("mem_used_mib").value(smp.mem_used_mib);
    w.key("gpu_util_pct").value(smp.gpu_util_pct);
    w.key("gpu_mem_used_mib").value(smp.gpu_mem_used_mib);
    w.key("gpu_power_w").value(smp.gpu_power_w);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  w.flush();
  return ts.str();
}

// The report with only its last level, on one line (the store's load.level record).
std::string last_level_json(const report::LoadReport& rep) {
  report::LoadReport one = rep;
  one.levels = {rep.levels.back()};
  std::ostringstream js;
  report::load_json(js, one);
  std::string compact;
  for (const char c : js.str()) {
    if (c != '\n') compact += c;
  }
  return compact;
}

// Why a concurrency sweep stops after its last level; empty while it should go on.
std::string knee_note(const report::LoadReport& rep, double knee_gain) {
  if (rep.levels.size() < 2) return {};
  const auto& cur = rep.levels.back().summary;
  const auto& prev = rep.levels[rep.levels.size() - 2].summary;
  bool slo_broken = false;
  for (const auto& [_, met] : cur.slo_met) slo_broken = slo_broken || !met;
  const double gain =
      prev.output_tok_s > 0 ? (cur.output_tok_s / prev.output_tok_s - 1) * 100 : 100;
  if (!slo_broken && gain >= knee_gain) return {};
  return fmt::format(
      "The concurrency sweep stopped at {:g}: {}. The knee is at concurrency {:g} ({:.1f} output "
      "tok/s).",
      rep.levels.back().level,
      slo_broken ? "an SLO broke"
                 : fmt::format("output throughput rose only {:.1f} % (< {:g} %)", gain, knee_gain),
      rep.levels[rep.levels.size() - 2].level, prev.output_tok_s);
}

// One run's state: what it streams to, and the report it builds level by level.
class LoadRun {
 public:
  LoadRun(const LoadRunOptions& o, const RunObserver& obs) : o_(o), obs_(obs) {}

  Result<LoadRunResult> run();

 private:
  Status prepare();
  Status keep_completed_levels();
  Status run_level(std::size_t li, double x);
  measure::LoadLevel level_plan(std::size_t li, double x) const;
  backend::GenerateRequest make_request(std::size_t i) const;
  void append(const std::string& kind, const std::string& json) {
    if (!db_) return;
    if (auto st = db_->append(kind, invocation_, json); !st)
      obs_.line("results store: " + st.error().message + " (the run goes on)");
  }
  bool open() const { return rep_.mode == "open"; }

  const LoadRunOptions& o_;
  const RunObserver& obs_;
  std::unique_ptr<backend::Backend> be_;
  std::unique_ptr<store::ResultsStore> db_;
  std::unique_ptr<OutputFile> jsonl_;
  std::unique_ptr<telemetry::Sampler> sampler_;
  transport::HttpClient http_;
  std::vector<PromptItem> prompts_;
  std::vector<double> levels_;
  std::map<double, report::LoadLevelReport> kept_;
  std::string options_, invocation_;
  LoadRunResult out_;
  report::LoadReport& rep_ = out_.report;
};

Status LoadRun::prepare() {
  if (auto st = validate(o_); !st) return st;
  auto slos = measure::parse_slos(o_.slo);
  if (!slos) return slos.error();
  if (!o_.prompts_file.empty()) {
    auto p = read_prompts(o_.prompts_file);
    if (!p) return p.error();
    prompts_ = std::move(p.value());
  }
  auto options = request_options(o_);
  if (!options) return options.error();
  options_ = options.value();
  const std::string url = !o_.url.empty() ? o_.url : backend::default_url(o_.backend);
  auto be = backend::make_backend(o_.backend, backend::BackendConfig{url, o_.api_key, o_.timeouts});
  if (!be) return be.error();
  be_ = std::move(be.value());
  {
    transport::HttpClient probe_http;
    if (auto st = measure::preflight(*be_, probe_http, o_.model); !st) return st;
  }
  if (!o_.store.empty()) {
    auto s = store::ResultsStore::open(o_.store);
    if (!s) return s.error();
    db_ = std::move(s.value());
  }
  invocation_ = "load-" + std::to_string(mono_ns());
  jsonl_ = std::make_unique<OutputFile>(o_.jsonl, false);
  if (!o_.jsonl.empty()) {
    if (auto st = jsonl_->open_stream(); !st) return st;
  }
  rep_.backend = o_.backend;
  rep_.url = url;
  rep_.model = o_.model;
  rep_.mode = o_.rate.empty() ? "closed" : "open";
  rep_.slos = slos.value();
  if (o_.server_parallel > 0) rep_.server_parallel = o_.server_parallel;
  rep_.workload = (prompts_.empty() ? fmt_num(static_cast<double>(o_.input_tokens)) +
                                          "-token synthetic prompts (about), "
                                    : std::to_string(prompts_.size()) + " prompt(s) from " +
                                          o_.prompts_file + ", cycled, ") +
                  output_length_text(o_);
  if (prompts_.empty())
    rep_.workload_parameters.emplace_back("prompt_tokens", static_cast<double>(o_.input_tokens));
  {
    const std::string length = output_length_text(o_);  // "num_predict 64"
    const auto space = length.rfind(' ');
    char* end = nullptr;
    const double n = std::strtod(length.c_str() + space + 1, &end);
    if (end && *end == '\0') rep_.workload_parameters.emplace_back(length.substr(0, space), n);
  }
  rep_.phases = phases_text(o_);
  rep_.environment = telemetry::run_context();  // stored with the results, rendered from there
  add_server_facts(rep_, *be_, http_, o_);
  levels_ = plan_levels(o_);
  rep_.load_id = load_identity(o_, rep_, options_, levels_);
  return keep_completed_levels();
}

Status LoadRun::keep_completed_levels() {
  if (!o_.resume) return ok_status();
  auto found = db_->find("load.level", "$.load_id", rep_.load_id);
  if (!found) return found.error();
  for (const auto& j : found.value()) {
    // An interrupted level is not a result: the resume runs it again.
    if (auto l = report::level_from_json(j); l && !l->summary.interrupted)
      kept_.insert_or_assign(l->level, std::move(*l));
  }
  obs_.line(std::to_string(kept_.size()) + " level(s) of this configuration kept from " +
            store::display_location(o_.store));
  return ok_status();
}

backend::GenerateRequest LoadRun::make_request(std::size_t i) const {
  backend::GenerateRequest q;
  q.model = o_.model;
  q.chat = o_.endpoint == "chat";
  q.options_json = options_;
  if (prompts_.empty()) {
    q.prompt = synthetic_prompt(o_.input_tokens, i);
  } else {
    q.prompt = prompts_[i % prompts_.size()].prompt;
    q.system = prompts_[i % prompts_.size()].system;
  }
  return q;
}

measure::LoadLevel LoadRun::level_plan(std::size_t li, double x) const {
  measure::LoadLevel lv;
  lv.mode = open() ? measure::LoadLevel::Mode::open : measure::LoadLevel::Mode::closed;
  lv.concurrency = static_cast<std::size_t>(x);
  lv.rate = x;
  lv.poisson = !o_.constant;
  lv.seed = o_.seed + li;
  lv.warmup_s = o_.warmup_s;
  lv.duration_s = o_.duration;
  lv.cooldown_s = o_.cooldown_s;
  lv.requests = o_.requests;
  lv.warmup_requests = o_.requests > 0 ? o_.warmup_requests.value_or(lv.concurrency) : 0;
  lv.max_in_flight = o_.max_in_flight;
  lv.first_token_timeout_ms = o_.first_token_ms;
  return lv;
}

Status LoadRun::run_level(std::size_t li, double x) {
  const std::string label = open() ? fmt_num(x) + " req/s" : "concurrency " + fmt_num(x);
  const std::string step =
      "level " + std::to_string(li + 1) + "/" + std::to_string(levels_.size()) + ": " + label;
  if (const auto k = kept_.find(x); k != kept_.end()) {
    obs_.line(step + " kept (completed before the resume)");
    rep_.levels.push_back(k->second);
    if (rep_.levels.back().summary.ok == 0) out_.any_dead_level = true;
    return ok_status();
  }
  obs_.line(step);
  const measure::LoadLevel lv = level_plan(li, x);
  const double per_level_s = o_.requests > 0 ? 0 : o_.warmup_s + o_.duration + o_.cooldown_s;
  const auto level_start = std::chrono::steady_clock::now();
  std::size_t done = 0;
  const auto on_record = [&](const measure::LoadRecord& r) {
    ++done;
    const std::string line = request_json(r, open(), x);
    if (!o_.jsonl.empty()) jsonl_->stream() << line << "\n" << std::flush;
    append("load.request", line);
    const double el =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - level_start).count();
    const double planned = static_cast<double>(lv.warmup_requests + lv.requests + 1);
    const double frac = per_level_s > 0 ? std::min(el / per_level_s, 1.0)
                                        : std::min(static_cast<double>(done) / planned, 1.0);
    obs_.update((static_cast<double>(li) + frac) / static_cast<double>(levels_.size()),
                label + ": " + std::to_string(done) + " request(s) done");
  };
  const auto make = [this](std::size_t i) { return make_request(i); };
  const auto result = measure::run_load(*be_, http_, make, lv, on_record);
  if (result.fatal) return measure::fatal_error(result.records[result.fatal_index].record);
  report::LoadLevelReport lr;
  lr.level = x;
  lr.summary = measure::summarize_level(label, result, rep_.slos);
  lr.telemetry =
      telemetry::summarize(sampler_->samples(), result.window_start_ns, result.window_end_ns);
  if (lr.summary.ok == 0) out_.any_dead_level = true;
  if (db_) append("telemetry", telemetry_json(sampler_->samples(), result, open(), x, rep_.gpu));
  obs_.line(fmt::format("{}: {} measured, {} failed, {:.2f} req/s, {:.1f} tok/s, TTFT p50 {}{}",
                        label, lr.summary.measured, lr.summary.failed, lr.summary.requests_per_s,
                        lr.summary.output_tok_s,
                        lr.summary.ttft.p50 ? fmt::format("{:.1f} ms", *lr.summary.ttft.p50)
                                            : "n/a (no successful request)",
                        lr.summary.interrupted ? " (interrupted: partial window)" : ""));
  rep_.levels.push_back(std::move(lr));
  if (db_ || !o_.jsonl.empty()) {
    const std::string compact = last_level_json(rep_);
    if (!o_.jsonl.empty())
      jsonl_->stream() << "{\"type\":\"load_level\",\"report\":" << compact << "}\n" << std::flush;
    append("load.level", compact);
  }
  return ok_status();
}

Result<LoadRunResult> LoadRun::run() {
  if (auto st = prepare(); !st) return st.error();
  sampler_ = std::make_unique<telemetry::Sampler>(500);
  rep_.gpu = sampler_->gpu_description();
  sampler_->start();
  for (std::size_t li = 0; li < levels_.size() && !transport::HttpClient::interrupted(); ++li) {
    if (auto st = run_level(li, levels_[li]); !st) {
      sampler_->stop();
      (void)jsonl_->commit();  // the records sent so far stay
      return st.error();
    }
    if (o_.sweep) {
      rep_.sweep_note = knee_note(rep_, o_.knee_gain);
      if (!rep_.sweep_note.empty()) {
        rep_.knee = rep_.levels[rep_.levels.size() - 2].level;
        break;
      }
    }
  }
  sampler_->stop();
  if (auto st = jsonl_->commit(); !st) return st.error();
  out_.interrupted = transport::HttpClient::interrupted();
  return std::move(out_);
}

}  // namespace

Result<LoadRunResult> run_load(const LoadRunOptions& o, const RunObserver& observer) {
  LoadRun run(o, observer);
  return run.run();
}

}  // namespace chimera::orchestrate
