// chimera load: serving load benchmark (closed loop at fixed concurrency, open loop at fixed
// rates, or a concurrency sweep to the knee), with SLO goodput, resource telemetry, records
// streamed to JSON Lines and the results store, and Markdown / JSON / HTML reports.
#include <CLI/CLI.hpp>
#include <csignal>
#include <iostream>
#include <memory>
#include <sstream>

#include "chimera/backend/backend.hpp"
#include "chimera/cli/cli.hpp"
#include "chimera/cli/progress.hpp"
#include "chimera/cli/support.hpp"
#include "chimera/orchestrate/load_run.hpp"
#include "chimera/report/load_writers.hpp"

namespace chimera::cli {
namespace {

struct LoadArgs {
  orchestrate::LoadRunOptions run;
  std::string api_key_env, output;
  Format format = Format::text;  // md when -o is given without --format
  bool quiet = false, verbose = false, strict_options = false;
  LoadArgs() { run.store = "chimera-results.db"; }
};

int run_load_command(const LoadArgs& a) {
  const auto fail = [](const Error& e) { return report_error(e); };
  if (auto st = check_output_path(a.output, "-o"); !st) return fail(st.error());
  if (auto st = check_output_path(a.run.jsonl, "--jsonl"); !st) return fail(st.error());
  if (auto st = check_option_names(backend::option_names_in(a.run.options), "--options",
                                   a.strict_options);
      !st)
    return fail(st.error());
  orchestrate::LoadRunOptions o = a.run;
  auto key = key_from_env(a.api_key_env);
  if (!key) return fail(key.error());
  o.api_key = key.value();
  Progress progress("chimera load", a.quiet, a.verbose);
  auto res = orchestrate::run_load(o, observer(progress));
  progress.done();
  if (!res) return fail(res.error());
  const auto& rep = res.value().report;
  const std::string text = report::render_load(rep, a.format);
  if (auto st = write_output(a.output, text); !st) return fail(st.error());
  if (!a.output.empty() && !a.quiet)
    std::cerr << "chimera load: report written to " << a.output << "\n";
  if (res.value().interrupted) {
    std::cerr << "chimera load: interrupted; the levels completed so far are reported\n";
    return kExitFailure;
  }
  return res.value().any_dead_level ? kExitFailure : kExitOk;
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
  cmd->add_option("--backend", a->run.backend,
                  "ollama or openai (the embedded engine through chimera serve)")
      ->check(CLI::IsMember(backend::backend_kinds()))
      ->capture_default_str();
  cmd->add_option("--url", a->run.url, "Server base URL");
  cmd->add_option("--model", a->run.model, "Model name or tag")->required();
  cmd->add_option("--concurrency", a->run.concurrency,
                  "Closed loop: requests in flight per level, e.g. 1,2,4,8,16")
      ->delimiter(',');
  cmd->add_option("--rate", a->run.rate, "Open loop: arrivals per second per level, e.g. 0.5,1,2")
      ->delimiter(',');
  cmd->add_flag("--constant", a->run.constant,
                "Open loop: evenly spaced arrivals (default Poisson)");
  cmd->add_option("--seed", a->run.seed, "Seed of the Poisson arrivals")->capture_default_str();
  cmd->add_flag("--sweep", a->run.sweep,
                "Double the concurrency from 1 until throughput stops rising or an SLO breaks");
  cmd->add_option("--max-concurrency", a->run.max_concurrency, "Upper bound of --sweep")
      ->capture_default_str();
  cmd->add_option("--knee-gain", a->run.knee_gain,
                  "--sweep stops when output tok/s rises less than this %")
      ->capture_default_str();
  cmd->add_option("--duration", a->run.duration, "Measurement window per level, seconds")
      ->capture_default_str();
  cmd->add_option("--warmup-s", a->run.warmup_s, "Warm-up per level, seconds (excluded)")
      ->capture_default_str();
  cmd->add_option("--cooldown-s", a->run.cooldown_s,
                  "Cool-down per level, seconds (load held, excluded)")
      ->capture_default_str();
  cmd->add_option("--requests", a->run.requests,
                  "Measure this many requests per level instead of a duration");
  cmd->add_option("--warmup-requests", a->run.warmup_requests,
                  "With --requests: warm-up requests per level, 0 for none (default: as many as "
                  "the level's concurrency, one per slot)");
  cmd->add_option("--input-tokens", a->run.input_tokens, "Synthetic prompt length, tokens (about)")
      ->capture_default_str();
  cmd->add_option("--output-tokens", a->run.output_tokens,
                  "Output length (num_predict / max_tokens)")
      ->capture_default_str();
  cmd->add_option("--prompts", a->run.prompts_file,
                  "JSON Lines prompts: {\"prompt\": \"...\", \"system\": \"...\"}");
  cmd->add_option("--options", a->run.options, "Extra options, k=v,... or JSON");
  add_strict_options_flag(cmd, a->strict_options);
  cmd->add_option("--endpoint", a->run.endpoint, "chat or generate")
      ->check(CLI::IsMember({"chat", "generate"}))
      ->capture_default_str();
  cmd->add_option("--slo", a->run.slo,
                  "SLOs for goodput, e.g. ttft_p95=500ms,tpot_p95=50ms (ttft, tpot, itl, e2e)");
  cmd->add_option("--server-parallel", a->run.server_parallel,
                  "The server's parallel slots (OLLAMA_NUM_PARALLEL), to explain queueing in TTFT "
                  "(discovered from llama-server's /props when not given)");
  cmd->add_option("--max-in-flight", a->run.max_in_flight,
                  "Open loop: client cap; arrivals beyond it are dropped and counted")
      ->capture_default_str();
  cmd->add_option("--first-token-timeout", a->run.first_token_ms, "ms to wait for the first token")
      ->capture_default_str();
  cmd->add_option("--gap-timeout", a->run.timeouts.idle_ms,
                  "ms allowed between two chunks of a stream (a stalled stream fails after it)")
      ->capture_default_str();
  cmd->add_option("--total-timeout", a->run.timeouts.total_ms, "ms for a whole request")
      ->capture_default_str();
  cmd->add_option("--api-key-env", a->api_key_env, "Environment variable holding a bearer key");
  cmd->add_flag("--resume", a->run.resume,
                "Keep the levels this same configuration completed before (from --store), run the "
                "rest");
  cmd->add_option("--jsonl", a->run.jsonl,
                  "Stream every request record to this JSON Lines file as it completes");
  cmd->add_option("--store", a->run.store,
                  "Results store: an SQLite file or a postgresql:// URL (\"\" for none)")
      ->capture_default_str();
  auto* format = add_format_option(
      cmd, a->format, {Format::text, Format::md, Format::json, Format::html},
      "text: an 80-column summary (the default on stdout); md: the full report (the default\n"
      "with -o)");
  add_output_option(cmd, a->output, "Write the report to FILE instead of stdout");
  cmd->add_flag("-q,--quiet", a->quiet, "No progress");
  cmd->add_flag("-v,--verbose", a->verbose,
                "A progress line for every update when not on a terminal");
  cmd->callback([a, format, &exit_code] {
    if (format->count() == 0 && !a->output.empty()) a->format = Format::md;
    std::signal(SIGINT, on_sigint);
    exit_code = run_load_command(*a);
  });
}

}  // namespace chimera::cli
