// chimera load: serving load benchmark (closed loop at fixed concurrency, open loop at fixed
// rates, or a concurrency sweep to the knee), with SLO goodput, resource telemetry, records
// streamed to JSON Lines and the results store, and Markdown / JSON / HTML reports.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <charconv>
#include <csignal>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>

#include "chimera/backend/backend.hpp"
#include "chimera/cli/cli.hpp"
#include "chimera/cli/output_file.hpp"
#include "chimera/cli/progress.hpp"
#include "chimera/core/clock.hpp"
#include "chimera/core/json_reader.hpp"
#include "chimera/core/json_writer.hpp"
#include "chimera/core/numeric.hpp"
#include "chimera/core/text.hpp"
#include "chimera/measure/load.hpp"
#include "chimera/measure/load_summary.hpp"
#include "chimera/measure/runner.hpp"
#include "chimera/report/load_writers.hpp"
#include "chimera/report/probe_writers.hpp"
#include "chimera/store/results_store.hpp"
#include "chimera/telemetry/sampler.hpp"

namespace chimera::cli {
namespace {

struct LoadArgs {
  std::string backend = "ollama", url, model, options, api_key_env, endpoint = "chat";
  std::vector<double> concurrency, rate;
  bool sweep = false, constant = false, quiet = false, verbose = false, resume = false;
  std::size_t max_concurrency = 256, requests = 0, input_tokens = 128, output_tokens = 64,
              max_in_flight = 10000;
  std::optional<std::size_t> warmup_requests;  // by count: default one per slot (concurrency)
  double duration = 10, warmup_s = 2, cooldown_s = 2, knee_gain = 5;
  std::uint64_t seed = 1;
  std::string prompts_file, slo, jsonl, store = "chimera-results.db", format = "md", output;
  std::size_t server_parallel = 0;
  int first_token_ms = 300'000;
  transport::Timeouts timeouts;
};

struct PromptItem {
  std::string prompt, system;
};

// {"prompt": "...", "system": "..."} per line (a bare JSON string is a prompt too).
class PromptLine final : public json::JsonVisitor {
 public:
  PromptItem item;
  void begin_object() override { ++depth_; }
  void end_object() override { --depth_; }
  void begin_array() override { ++depth_; }
  void end_array() override { --depth_; }
  void key(std::string_view k) override { key_ = k; }
  void scalar(json::JsonScalar kind, std::string_view text, double, std::size_t) override {
    if (kind != json::JsonScalar::string) return;
    if (depth_ == 0) item.prompt = text;
    if (depth_ == 1 && key_ == "prompt") item.prompt = text;
    if (depth_ == 1 && key_ == "system") item.system = text;
  }

 private:
  int depth_ = 0;
  std::string key_;
};

Result<std::vector<PromptItem>> read_prompts(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return Error{ErrorCode::usage, "cannot read --prompts '" + path + "'",
                 "give a JSON Lines file: {\"prompt\": \"...\"} per line"};
  std::vector<PromptItem> out;
  std::size_t n = 0;
  for (std::string line; std::getline(in, line);) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    PromptLine v;
    if (auto e = json::read_json(line, v))
      return Error{ErrorCode::usage, path + ": line " + std::to_string(n) + ": " + e->describe(),
                   "each line must be a JSON object with a \"prompt\" string"};
    if (v.item.prompt.empty())
      return Error{ErrorCode::usage, path + ": line " + std::to_string(n) + " has no \"prompt\"",
                   "each line must be a JSON object with a \"prompt\" string"};
    out.push_back(std::move(v.item));
  }
  if (out.empty()) return Error{ErrorCode::usage, "--prompts '" + path + "' holds no prompt", ""};
  return out;
}

// A prompt of about `tokens` tokens: common English words (about one token each with llama-style
// tokenizers), different for every request so no server-side prefix cache makes it free.
std::string synthetic_prompt(std::size_t tokens, std::size_t index) {
  static const char* const kWords[] = {
      "time",  "person",  "year",  "way",   "day",   "thing", "man",   "world", "life",  "hand",
      "part",  "child",   "eye",   "woman", "place", "work",  "week",  "case",  "point", "number",
      "group", "problem", "fact",  "house", "water", "money", "month", "night", "river", "story",
      "light", "table",   "music", "field", "paper", "power", "space", "stone", "voice", "window"};
  std::string s = "Request " + std::to_string(index) + ". Summarise these words:";
  std::uint64_t x = 0x9e3779b97f4a7c15ULL * (index + 1);
  for (std::size_t i = 0; i < tokens; ++i) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    s += ' ';
    s += kWords[x % (sizeof kWords / sizeof kWords[0])];
  }
  return s;
}

std::string fmt_num(double v) {
  return numeric::format_double(v);
}

// "2026-12-02T12:34:56.789Z" from nanoseconds since the Unix epoch.
std::string utc_ms(std::int64_t unix_ns) {
  const std::time_t secs = static_cast<std::time_t>(unix_ns / 1'000'000'000);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
  return fmt::format("{}.{:03d}Z", buf, static_cast<int>((unix_ns / 1'000'000) % 1000));
}

int run_load_command(const LoadArgs& a) {
  const auto fail = [](const Error& e) { return report_error(e); };
  if (auto st = check_output_path(a.output, "-o"); !st) return fail(st.error());
  if (auto st = check_output_path(a.jsonl, "--jsonl"); !st) return fail(st.error());
  if (a.backend == "embedded")
    return fail(Error{ErrorCode::usage, "--backend embedded cannot take concurrent load in-process",
                      "start `chimera serve --model NAME=FILE.gguf --parallel N` and load it with "
                      "--backend ollama --url http://127.0.0.1:PORT"});
  const int modes = (!a.concurrency.empty()) + (!a.rate.empty()) + a.sweep;
  if (modes > 1)
    return fail(Error{ErrorCode::usage, "--concurrency, --rate and --sweep exclude each other",
                      "pick one load profile"});
  for (const double c : a.concurrency) {
    if (c < 1 || c != static_cast<double>(static_cast<long long>(c)))
      return fail(Error{ErrorCode::usage, "--concurrency takes whole numbers >= 1",
                        "e.g. --concurrency 1,2,4,8"});
  }
  for (const double r : a.rate) {
    if (!(r > 0))
      return fail(Error{ErrorCode::usage, "--rate takes rates > 0 (req/s)", "e.g. --rate 0.5,1,2"});
  }
  auto slos = measure::parse_slos(a.slo);
  if (!slos) return fail(slos.error());
  std::vector<PromptItem> prompts;
  if (!a.prompts_file.empty()) {
    auto p = read_prompts(a.prompts_file);
    if (!p) return fail(p.error());
    prompts = std::move(p.value());
  }
  auto extra = backend::options_to_json(a.options);
  if (!extra) return fail(extra.error());
  // The output length: num_predict (Ollama) or max_tokens (OpenAI), unless --options sets it.
  std::string options = extra.value().empty() ? "{}" : extra.value();
  const std::string len_key = a.backend == "openai" ? "max_tokens" : "num_predict";
  if (options.find("\"" + len_key + "\"") == std::string::npos) {
    options.pop_back();
    options += (options.size() > 1 ? "," : "") + std::string("\"") + len_key +
               "\":" + std::to_string(a.output_tokens) + "}";
  }
  const std::string url = !a.url.empty() ? a.url : backend::default_url(a.backend);
  backend::BackendConfig cfg{url, {}, a.timeouts};
  auto key = key_from_env(a.api_key_env);
  if (!key) return fail(key.error());
  cfg.api_key = key.value();
  auto be = backend::make_backend(a.backend, cfg);
  if (!be) return fail(be.error());
  {
    transport::HttpClient probe_http;
    if (auto st = measure::preflight(*be.value(), probe_http, a.model); !st)
      return fail(st.error());
  }

  Progress progress("chimera load", a.quiet, a.verbose);
  std::unique_ptr<store::ResultsStore> db;
  if (!a.store.empty()) {
    auto s = store::ResultsStore::open(a.store);
    if (!s) return fail(s.error());
    db = std::move(s.value());
  }
  const std::string invocation = "load-" + std::to_string(mono_ns());
  OutputFile jsonl_file(a.jsonl, false);
  if (!a.jsonl.empty()) {
    if (auto st = jsonl_file.open_stream(); !st) return fail(st.error());
  }

  transport::HttpClient http;
  report::LoadReport rep;
  rep.backend = a.backend;
  rep.url = url;
  rep.model = a.model;
  rep.mode = a.rate.empty() ? "closed" : "open";
  rep.slos = slos.value();
  if (a.server_parallel > 0) rep.server_parallel = a.server_parallel;
  rep.workload =
      prompts.empty()
          ? fmt_num(static_cast<double>(a.input_tokens)) + "-token synthetic prompts (about), " +
                len_key + " " + std::to_string(a.output_tokens)
          : std::to_string(prompts.size()) + " prompt(s) from " + a.prompts_file + ", cycled";
  const std::string warmup_text =
      !a.warmup_requests        ? "as many warm-up requests as the level's concurrency"
      : *a.warmup_requests == 0 ? "no warm-up"
                                : std::to_string(*a.warmup_requests) + " warm-up request(s)";
  rep.phases = a.requests > 0
                   ? "per level " + warmup_text + ", " + std::to_string(a.requests) +
                         " measured, then cool-down"
                   : "per level " + fmt_num(a.warmup_s) + " s warm-up, " + fmt_num(a.duration) +
                         " s measured, " + fmt_num(a.cooldown_s) + " s cool-down";
  rep.environment = telemetry::run_context();  // stored with the results, rendered from there
  for (const auto& f : be.value()->environment(http, a.model)) {
    rep.environment.emplace_back(f.key, f.value + (f.note.empty() ? "" : " (" + f.note + ")"));
    // Slots the server exposes (llama-server /props, /slots) explain queueing without a flag.
    if (f.key == "server_parallel" && !f.value.empty() && a.server_parallel == 0) {
      std::size_t n = 0;
      const auto [end, ec] = std::from_chars(f.value.data(), f.value.data() + f.value.size(), n);
      if (ec == std::errc() && end == f.value.data() + f.value.size() && n >= 1)
        rep.server_parallel = n;
    }
  }
  telemetry::Sampler sampler(500);
  rep.gpu = sampler.gpu_description();
  sampler.start();

  const auto make = [&](std::size_t i) {
    backend::GenerateRequest q;
    q.model = a.model;
    q.chat = a.endpoint == "chat";
    q.options_json = options;
    if (prompts.empty()) {
      q.prompt = synthetic_prompt(a.input_tokens, i);
    } else {
      q.prompt = prompts[i % prompts.size()].prompt;
      q.system = prompts[i % prompts.size()].system;
    }
    return q;
  };
  // The levels to run (a sweep decides as it goes).
  std::vector<double> levels = a.rate.empty() ? a.concurrency : a.rate;
  if (a.sweep) {
    for (std::size_t c = 1; c <= a.max_concurrency; c *= 2)
      levels.push_back(static_cast<double>(c));
  } else if (levels.empty()) {
    levels = {1, 2, 4, 8};
  }
  const double per_level_s = a.requests > 0 ? 0 : a.warmup_s + a.duration + a.cooldown_s;
  // The configuration's identity: a resumed run keeps the levels this exact configuration
  // completed before (their load.level records in the store).
  {
    std::string id = a.backend + "|" + url + "|" + a.model + "|" + rep.mode + "|" + options + "|" +
                     a.endpoint + "|" + a.slo + "|" + rep.workload + "|" + rep.phases + "|" +
                     std::to_string(a.seed) + (a.constant ? "|constant" : "|poisson") +
                     (a.sweep ? "|sweep" : "") + "|" + std::to_string(a.max_concurrency) + "|" +
                     fmt_num(a.knee_gain);
    for (const double l : levels) id += "|" + fmt_num(l);
    rep.load_id = text::fnv1a_hex(id);
  }
  std::map<double, report::LoadLevelReport> kept;
  if (a.resume) {
    if (!db)
      return fail(Error{ErrorCode::usage, "--resume needs the results store",
                        "drop --store \"\" or give --store FILE"});
    auto found = db->find("load.level", "$.load_id", rep.load_id);
    if (!found) return fail(found.error());
    for (const auto& j : found.value()) {
      // An interrupted level is not a result: the resume runs it again.
      if (auto l = report::level_from_json(j); l && !l->summary.interrupted)
        kept.insert_or_assign(l->level, std::move(*l));
    }
    progress.line(std::to_string(kept.size()) + " level(s) of this configuration kept from " +
                  a.store);
  }
  bool any_dead_level = false;
  for (std::size_t li = 0; li < levels.size() && !transport::HttpClient::interrupted(); ++li) {
    const double x = levels[li];
    measure::LoadLevel lv;
    lv.mode =
        rep.mode == "open" ? measure::LoadLevel::Mode::open : measure::LoadLevel::Mode::closed;
    lv.concurrency = static_cast<std::size_t>(x);
    lv.rate = x;
    lv.poisson = !a.constant;
    lv.seed = a.seed + li;
    lv.warmup_s = a.warmup_s;
    lv.duration_s = a.duration;
    lv.cooldown_s = a.cooldown_s;
    lv.requests = a.requests;
    lv.warmup_requests = a.requests > 0 ? a.warmup_requests.value_or(lv.concurrency) : 0;
    lv.max_in_flight = a.max_in_flight;
    lv.first_token_timeout_ms = a.first_token_ms;
    const std::string label =
        rep.mode == "open" ? fmt_num(x) + " req/s" : "concurrency " + fmt_num(x);
    if (const auto k = kept.find(x); k != kept.end()) {
      progress.line("level " + std::to_string(li + 1) + "/" + std::to_string(levels.size()) + ": " +
                    label + " kept (completed before the resume)");
      rep.levels.push_back(k->second);
      if (rep.levels.back().summary.ok == 0) any_dead_level = true;
    } else {
      progress.line("level " + std::to_string(li + 1) + "/" + std::to_string(levels.size()) + ": " +
                    label);
      const auto level_start = std::chrono::steady_clock::now();
      std::size_t done = 0;
      const auto on_record = [&](const measure::LoadRecord& r) {
        ++done;
        std::ostringstream ss;
        {
          JsonWriter w(ss, false);
          w.begin_object();
          w.key("type").value("load_request");
          w.key(rep.mode == "open" ? "rate" : "concurrency").value(x);
          w.key("measured").value(r.measured);
          w.key("phase").value(r.phase);
          w.key("in_flight_at_send").value(static_cast<std::uint64_t>(r.in_flight_at_send));
          // Offsets from the level's start (ms) and the wall-clock send time, so send lag can
          // be checked and records lined up with server logs.
          const auto ms = [&](std::int64_t t) {
            return static_cast<double>(t - r.level_start_ns) / 1e6;
          };
          w.key("scheduled_ms").value(ms(r.scheduled_ns));
          w.key("sent_ms").value(ms(r.sent_ns));
          w.key("send_lag_ms").value(static_cast<double>(r.sent_ns - r.scheduled_ns) / 1e6);
          w.key("sent_at").value(utc_ms(r.sent_unix_ns));
          w.key("request");
          report::write_record(w, r.record);
          w.end_object();
          w.flush();
        }
        if (!a.jsonl.empty()) jsonl_file.stream() << ss.str() << "\n" << std::flush;
        if (db) {
          if (auto st = db->append("load.request", invocation, ss.str()); !st)
            progress.line("results store: " + st.error().message + " (the run goes on)");
        }
        const double el =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - level_start).count();
        const double frac_level =
            per_level_s > 0
                ? std::min(el / per_level_s, 1.0)
                : std::min(static_cast<double>(done) /
                               static_cast<double>(lv.warmup_requests + lv.requests + 1),
                           1.0);
        progress.update((static_cast<double>(li) + frac_level) / static_cast<double>(levels.size()),
                        label + ": " + std::to_string(done) + " request(s) done");
      };
      const auto result = measure::run_load(*be.value(), http, make, lv, on_record);
      if (result.fatal) {
        sampler.stop();
        progress.done();
        (void)jsonl_file.commit();  // the records sent so far stay
        return fail(measure::fatal_error(result.records[result.fatal_index].record));
      }
      report::LoadLevelReport lr;
      lr.level = x;
      lr.summary = measure::summarize_level(label, result, rep.slos);
      lr.telemetry =
          telemetry::summarize(sampler.samples(), result.window_start_ns, result.window_end_ns);
      if (lr.summary.ok == 0) any_dead_level = true;
      if (db) {  // the level's raw telemetry samples, beside its requests
        std::ostringstream ts;
        JsonWriter w(ts, false);
        w.begin_object();
        w.key(rep.mode == "open" ? "rate" : "concurrency").value(x);
        w.key("gpu").value(rep.gpu);
        w.key("samples").begin_array();
        for (const auto& smp : sampler.samples()) {
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
        if (auto st = db->append("telemetry", invocation, ts.str()); !st)
          progress.line("results store: " + st.error().message + " (the run goes on)");
      }
      progress.line(
          fmt::format("{}: {} measured, {} failed, {:.2f} req/s, {:.1f} tok/s, TTFT p50 {}{}",
                      label, lr.summary.measured, lr.summary.failed, lr.summary.requests_per_s,
                      lr.summary.output_tok_s,
                      lr.summary.ttft.p50 ? fmt::format("{:.1f} ms", *lr.summary.ttft.p50)
                                          : "n/a (no successful request)",
                      lr.summary.interrupted ? " (interrupted: partial window)" : ""));
      rep.levels.push_back(std::move(lr));
      if (db || !a.jsonl.empty()) {
        report::LoadReport one = rep;
        one.levels = {rep.levels.back()};
        std::ostringstream js;
        report::load_json(js, one);
        std::string line = js.str();
        std::string compact;
        for (const char c : line) {
          if (c != '\n') compact += c;
        }
        if (!a.jsonl.empty())
          jsonl_file.stream() << "{\"type\":\"load_level\",\"report\":" << compact << "}\n"
                              << std::flush;
        if (db) (void)db->append("load.level", invocation, compact);
      }
    }  // a level measured now
    if (a.sweep && rep.levels.size() >= 2) {
      const auto& cur = rep.levels.back().summary;
      const auto& prev = rep.levels[rep.levels.size() - 2].summary;
      bool slo_broken = false;
      for (const auto& [_, met] : cur.slo_met) slo_broken = slo_broken || !met;
      const double gain =
          prev.output_tok_s > 0 ? (cur.output_tok_s / prev.output_tok_s - 1) * 100 : 100;
      if (slo_broken || gain < a.knee_gain) {
        rep.sweep_note = fmt::format(
            "The concurrency sweep stopped at {:g}: {}. The knee is at concurrency {:g} ({:.1f} "
            "output tok/s).",
            x,
            slo_broken
                ? "an SLO broke"
                : fmt::format("output throughput rose only {:.1f} % (< {:g} %)", gain, a.knee_gain),
            rep.levels[rep.levels.size() - 2].level, prev.output_tok_s);
        break;
      }
    }
  }
  sampler.stop();
  progress.done();
  if (auto st = jsonl_file.commit(); !st) return fail(st.error());
  std::string text;
  if (a.format == "json") {
    std::ostringstream ss;
    report::load_json(ss, rep);
    text = ss.str();
  } else if (a.format == "html") {
    text = report::load_html(rep);
  } else {
    text = report::load_markdown(rep);
  }
  if (a.output.empty()) {
    std::cout << text;
  } else {
    OutputFile out(a.output);
    if (auto st = out.open_stream(); !st) return fail(st.error());
    out.stream() << text;
    if (auto st = out.commit(); !st) return fail(st.error());
    std::cerr << "chimera load: report written to " << a.output << "\n";
  }
  if (transport::HttpClient::interrupted()) {
    std::cerr << "chimera load: interrupted; the levels completed so far are reported\n";
    return kExitFailure;
  }
  return any_dead_level ? kExitFailure : kExitOk;
}

void on_sigint(int) {
  transport::HttpClient::interrupt();
}

}  // namespace

void add_load_command(CLI::App& app, int& exit_code) {
  auto a = std::make_shared<LoadArgs>();
  CLI::App* cmd = app.add_subcommand(
      "load",
      "Serving load benchmark: how TTFT and throughput behave as concurrency or request rate "
      "grow,\n"
      "where the knee is, and whether SLOs hold. Closed loop at fixed concurrency levels, open "
      "loop\n"
      "at fixed rates (Poisson or constant arrivals, seeded), or a sweep that doubles concurrency\n"
      "until throughput stops rising or an SLO breaks. Each level: warm-up and cool-down "
      "excluded.\n"
      "One thread drives every stream (libcurl multi). Records stream to --jsonl and the store.");
  cmd->add_option("--backend", a->backend,
                  "ollama or openai (the embedded engine through chimera serve)")
      ->check(CLI::IsMember(backend::backend_kinds()))
      ->capture_default_str();
  cmd->add_option("--url", a->url, "Server base URL");
  cmd->add_option("--model", a->model, "Model name or tag")->required();
  cmd->add_option("--concurrency", a->concurrency,
                  "Closed loop: requests in flight per level, e.g. 1,2,4,8,16")
      ->delimiter(',');
  cmd->add_option("--rate", a->rate, "Open loop: arrivals per second per level, e.g. 0.5,1,2")
      ->delimiter(',');
  cmd->add_flag("--constant", a->constant, "Open loop: evenly spaced arrivals (default Poisson)");
  cmd->add_option("--seed", a->seed, "Seed of the Poisson arrivals")->capture_default_str();
  cmd->add_flag("--sweep", a->sweep,
                "Double the concurrency from 1 until throughput stops rising or an SLO breaks");
  cmd->add_option("--max-concurrency", a->max_concurrency, "Upper bound of --sweep")
      ->capture_default_str();
  cmd->add_option("--knee-gain", a->knee_gain,
                  "--sweep stops when output tok/s rises less than this %")
      ->capture_default_str();
  cmd->add_option("--duration", a->duration, "Measurement window per level, seconds")
      ->capture_default_str();
  cmd->add_option("--warmup-s", a->warmup_s, "Warm-up per level, seconds (excluded)")
      ->capture_default_str();
  cmd->add_option("--cooldown-s", a->cooldown_s,
                  "Cool-down per level, seconds (load held, excluded)")
      ->capture_default_str();
  cmd->add_option("--requests", a->requests,
                  "Measure this many requests per level instead of a duration");
  cmd->add_option("--warmup-requests", a->warmup_requests,
                  "With --requests: warm-up requests per level, 0 for none (default: as many as "
                  "the level's concurrency, one per slot)");
  cmd->add_option("--input-tokens", a->input_tokens, "Synthetic prompt length, tokens (about)")
      ->capture_default_str();
  cmd->add_option("--output-tokens", a->output_tokens, "Output length (num_predict / max_tokens)")
      ->capture_default_str();
  cmd->add_option("--prompts", a->prompts_file,
                  "JSON Lines prompts: {\"prompt\": \"...\", \"system\": \"...\"}");
  cmd->add_option("--options", a->options, "Extra options, k=v,... or JSON");
  cmd->add_option("--endpoint", a->endpoint, "chat or generate")
      ->check(CLI::IsMember({"chat", "generate"}))
      ->capture_default_str();
  cmd->add_option("--slo", a->slo,
                  "SLOs for goodput, e.g. ttft_p95=500ms,tpot_p95=50ms (ttft, tpot, itl, e2e)");
  cmd->add_option("--server-parallel", a->server_parallel,
                  "The server's parallel slots (OLLAMA_NUM_PARALLEL), to explain queueing in TTFT "
                  "(discovered from llama-server's /props when not given)");
  cmd->add_option("--max-in-flight", a->max_in_flight,
                  "Open loop: client cap; arrivals beyond it are dropped and counted")
      ->capture_default_str();
  cmd->add_option("--first-token-timeout", a->first_token_ms, "ms to wait for the first token")
      ->capture_default_str();
  cmd->add_option("--gap-timeout", a->timeouts.idle_ms,
                  "ms allowed between two chunks of a stream (a stalled stream fails after it)")
      ->capture_default_str();
  cmd->add_option("--total-timeout", a->timeouts.total_ms, "ms for a whole request")
      ->capture_default_str();
  cmd->add_option("--api-key-env", a->api_key_env, "Environment variable holding a bearer key");
  cmd->add_flag("--resume", a->resume,
                "Keep the levels this same configuration completed before (from --store), run the "
                "rest");
  cmd->add_option("--jsonl", a->jsonl,
                  "Stream every request record to this JSON Lines file as it completes");
  cmd->add_option("--store", a->store, "SQLite results store (\"\" for none)")
      ->capture_default_str();
  cmd->add_option("--format", a->format, "md, json or html")
      ->check(CLI::IsMember({"md", "json", "html"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", a->output, "Write the report to FILE instead of stdout");
  cmd->add_flag("-q,--quiet", a->quiet, "No progress");
  cmd->add_flag("-v,--verbose", a->verbose,
                "A progress line for every update when not on a terminal");
  cmd->callback([a, &exit_code] {
    std::signal(SIGINT, on_sigint);
    exit_code = run_load_command(*a);
  });
}

}  // namespace chimera::cli
