#pragma once
// A whole `chimera load` run as a library call: validate the load profile, reach the server,
// run every level (closed loop, open loop, or a concurrency sweep to the knee) with resource
// telemetry, stream each request record to JSON Lines and the results store as it completes,
// keep the levels a resumed configuration completed before, and return the report. The CLI only
// parses flags into LoadRunOptions and prints the report.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "chimera/core/error.hpp"
#include "chimera/orchestrate/observer.hpp"
#include "chimera/report/load_writers.hpp"
#include "chimera/transport/http_client.hpp"

namespace chimera::orchestrate {

struct LoadRunOptions {
  std::string backend = "ollama", url, model, options, api_key, endpoint = "chat";
  std::vector<double> concurrency, rate;  // closed-loop levels, or open-loop rates (req/s)
  bool sweep = false, constant = false, resume = false;
  std::size_t max_concurrency = 256, requests = 0, input_tokens = 128, output_tokens = 64,
              max_in_flight = 10000;
  std::optional<std::size_t> warmup_requests;  // by count: default one per slot (concurrency)
  double duration = 10, warmup_s = 2, cooldown_s = 2, knee_gain = 5;
  std::uint64_t seed = 1;
  std::string prompts_file, slo, jsonl, store;  // store "" = none
  std::size_t server_parallel = 0;              // 0 = discover from the server when it says
  int first_token_ms = 300'000;
  transport::Timeouts timeouts;
};

struct LoadRunResult {
  report::LoadReport report;
  bool any_dead_level = false;  // a level where no request succeeded
  bool interrupted = false;     // Ctrl-C: the levels completed so far are in the report
};

// Errors: a usage error for a bad profile (naming the flag), the server's preflight error, or
// the first request's error when every request would fail the same way (the records sent so far
// stay in --jsonl and the store).
Result<LoadRunResult> run_load(const LoadRunOptions& o, const RunObserver& observer = {});

// {"prompt": "...", "system": "..."} per line of a JSON Lines file (a bare JSON string is a
// prompt too).
struct PromptItem {
  std::string prompt, system;
};
Result<std::vector<PromptItem>> read_prompts(const std::string& path);

// A prompt of about `tokens` tokens: common English words (about one token each with llama-style
// tokenizers), different for every index so no server-side prefix cache makes it free.
std::string synthetic_prompt(std::size_t tokens, std::size_t index);

}  // namespace chimera::orchestrate
