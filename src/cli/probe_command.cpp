#include <unistd.h>

#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include "chimera/backend/backend.hpp"
#include "chimera/cli/cli.hpp"
#include "chimera/cli/support.hpp"
#include "chimera/core/json_writer.hpp"
#include "chimera/measure/runner.hpp"
#include "chimera/report/probe_writers.hpp"
#include "chimera/telemetry/sampler.hpp"

namespace chimera::cli {
namespace {

struct ProbeArgs {
  std::string backend = "ollama", url, model, options, prompt, prompt_file, system, keep_alive;
  std::string endpoint = "chat", output, api_key_env;
  Format format = Format::text;
  std::size_t requests = 5, warmup = 1;
  int retries = 2;
  transport::Timeouts timeouts;
  int first_token_ms = 300'000;
  bool quiet = false, strict_options = false;
};

void on_sigint(int) {
  transport::HttpClient::interrupt();
}

int usage(const std::string& msg) {
  std::cerr << "chimera probe: " << msg << "\nRun 'chimera probe --help' for the options.\n";
  return kExitUsage;
}

// Reads the prompt from --prompt or --prompt-file; a default prompt otherwise.
Result<std::string> prompt_of(const ProbeArgs& a) {
  if (!a.prompt_file.empty()) {
    std::ifstream in(a.prompt_file, std::ios::binary);
    if (!in)
      return Error{ErrorCode::usage, "cannot read --prompt-file '" + a.prompt_file + "'",
                   "check the path"};
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  if (!a.prompt.empty()) return a.prompt;
  return std::string(
      "Explain in three sentences why time to first token matters for interactive agents.");
}

int run_probe_command(ProbeArgs a) {
  if (auto st = check_output_path(a.output, "-o"); !st) return report_error(st.error());
  if (a.url.empty()) a.url = backend::default_url(a.backend);
  backend::BackendConfig cfg{a.url, {}, a.timeouts};
  auto key = key_from_env(a.api_key_env);
  if (!key) return report_error(key.error());
  cfg.api_key = key.value();
  auto be = backend::make_backend(a.backend, cfg);
  if (!be) return report_error(be.error());
  if (auto st =
          check_option_names(backend::option_names_in(a.options), "--options", a.strict_options);
      !st)
    return report_error(st.error());
  auto options = backend::options_to_json(a.options);
  if (!options) return report_error(options.error());
  auto prompt = prompt_of(a);
  if (!prompt) return report_error(prompt.error());
  if (a.model.empty())
    return usage("--model is required (for Ollama, list models with: curl " + a.url + "/api/tags)");
  if (a.format == Format::sqlite)
    return usage("--format sqlite is not available for probe; use json or jsonl");

  transport::HttpClient http;
  if (auto st = measure::preflight(*be.value(), http, a.model, a.retries); !st)
    return report_error(st.error());
  backend::GenerateRequest q{a.model,         prompt.value(), a.system, a.endpoint == "chat",
                             options.value(), a.keep_alive};
  measure::ProbeOptions po;
  po.requests = a.requests;
  po.warmup = a.warmup;
  po.retries = a.retries;
  po.first_token_timeout_ms = a.first_token_ms;

  OutputFile out(a.output, a.format != Format::jsonl);
  std::ostream* stream = &std::cout;
  if (!a.output.empty()) {
    if (auto st = out.open_stream(); !st) return report_error(st.error());
    stream = &out.stream();
  }
  std::signal(SIGINT, on_sigint);
  report::ProbeHeader h{a.backend,      a.url,      a.model,  options.value(),
                        prompt.value(), a.requests, a.warmup, {}};
  for (auto& f : be.value()->environment(http, a.model))
    h.environment.push_back({f.key, f.value, f.note});
  for (auto& [k, v] : telemetry::run_context()) h.environment.push_back({k, v, ""});
  if (a.format == Format::jsonl) report::write_probe_jsonl_header(*stream, h);
  const bool progress = !a.quiet && ::isatty(STDERR_FILENO) != 0;
  const auto on_record = [&](const measure::RequestRecord& r) {
    if (a.format == Format::jsonl) {
      JsonWriter w(*stream, false);
      report::write_record(w, r);
      w.flush();
      *stream << "\n" << std::flush;  // each record is on disk as soon as it completes
    }
    if (!r.ok && a.format != Format::text)
      std::cerr << "chimera probe: request failed: " << r.error << "\n";
    if (progress) {  // long runs show each request as it completes (terminal only)
      const std::string what =
          r.warmup ? "warm-up"
                   : "request " + std::to_string(r.index + 1) + "/" + std::to_string(a.requests);
      std::cerr << "\rchimera probe: " << what << (r.ok ? " ok" : " FAILED") << "\033[K"
                << std::flush;
    }
  };
  const auto records = measure::run_probe(*be.value(), http, q, po, on_record);
  if (progress) std::cerr << "\r\033[K" << std::flush;
  if (records.size() == 1 && measure::is_fatal(records.front()) && po.warmup + po.requests > 1)
    return report_error(measure::fatal_error(records.front()));
  if (a.format == Format::text) report::write_probe_text(*stream, h, records);
  if (a.format == Format::json) report::write_probe_json(*stream, h, records);
  if (a.format == Format::html) *stream << report::probe_html(h, records);
  if (a.format == Format::jsonl) {
    JsonWriter w(*stream, false);
    w.begin_object();
    w.key("type").value("summary");
    w.key("summary");
    report::write_summary(w, report::summarize_probe(records));
    w.end_object();
    w.flush();
    *stream << "\n";
  }
  if (auto st = out.commit(); !st) return report_error(st.error());
  if (transport::HttpClient::interrupted()) {
    std::cerr << "chimera probe: interrupted; " << records.size() << " record(s) kept\n";
    return kExitFailure;
  }
  for (const auto& r : records) {
    if (!r.warmup && !r.ok) return kExitFailure;
  }
  return kExitOk;
}

}  // namespace

void add_probe_command(CLI::App& app, int& exit_code) {
  auto a = std::make_shared<ProbeArgs>();
  CLI::App* cmd = app.add_subcommand("probe",
                                     "Send W warm-up and N measured streaming requests to an LLM "
                                     "server and measure each precisely:\n"
                                     "TTFT, inter-token gaps, TPOT, end-to-end, decode rate, "
                                     "prompt eval and load, with the server's own\n"
                                     "figures beside the client's. Prints one row per request, a "
                                     "summary and the serving environment.");
  cmd->add_option("--backend", a->backend,
                  "Server protocol: ollama (native /api) or openai (/v1, SSE)")
      ->check(CLI::IsMember(backend::backend_kinds()))
      ->capture_default_str();
  cmd->add_option("--url", a->url,
                  "Server base URL (default http://127.0.0.1:11434 for ollama, :8000 for openai)");
  cmd->add_option("--model", a->model, "Model name or tag as the server knows it")->required();
  cmd->add_option(
      "--options", a->options,
      "Options passed through untouched: k=v,k2=v2 or a JSON object. Ollama: num_ctx, num_gpu,\n"
      "temperature, top_p, top_k, repeat_penalty, num_thread, num_batch, ...; openai: sampling "
      "fields\n"
      "(temperature, top_p, max_tokens, seed, ...). Omitted: the server's defaults apply");
  cmd->add_option("--prompt", a->prompt, "Prompt text");
  cmd->add_option("--prompt-file", a->prompt_file, "Read the prompt from a file");
  cmd->add_option("--system", a->system, "System prompt (persona)");
  cmd->add_option("--keep-alive", a->keep_alive, "Ollama keep_alive as JSON: 300, \"10m\", -1, 0");
  cmd->add_option(
         "--endpoint", a->endpoint,
         "chat (/api/chat, /v1/chat/completions) or generate (/api/generate, /v1/completions)")
      ->check(CLI::IsMember({"chat", "generate"}))
      ->capture_default_str();
  cmd->add_option("-n,--requests", a->requests, "Measured requests")->capture_default_str();
  cmd->add_option("--warmup", a->warmup, "Unmeasured requests first (model load, caches)")
      ->capture_default_str();
  cmd->add_option("--retries", a->retries,
                  "Retries with exponential backoff, only where safe: refused/reset before any "
                  "byte, 429, 503")
      ->check(CLI::Range(0, 10))
      ->capture_default_str();
  cmd->add_option("--connect-timeout", a->timeouts.connect_ms, "ms to establish the connection")
      ->capture_default_str();
  cmd->add_option("--first-token-timeout", a->first_token_ms,
                  "ms from send to the first generated token")
      ->capture_default_str();
  cmd->add_option("--gap-timeout", a->timeouts.idle_ms, "ms allowed between two chunks of a stream")
      ->capture_default_str();
  cmd->add_option("--total-timeout", a->timeouts.total_ms, "ms for a whole request")
      ->capture_default_str();
  cmd->add_option(
      "--api-key-env", a->api_key_env,
      "Name of the environment variable holding the bearer key (openai); the key itself is never\n"
      "accepted on the command line nor written anywhere");
  add_format_option(cmd, a->format, {Format::text, Format::json, Format::jsonl, Format::html},
                    "json: one document; jsonl: a line per request as it completes;\n"
                    "html: a self-contained page with charts");
  add_output_option(cmd, a->output, "Write to FILE instead of stdout");
  cmd->add_flag("-q,--quiet", a->quiet, "No progress line (failures are still reported)");
  add_strict_options_flag(cmd, a->strict_options);
  cmd->callback([a, &exit_code] {
    a->timeouts.first_byte_ms = a->first_token_ms;
    exit_code = run_probe_command(*a);
  });
}

}  // namespace chimera::cli
