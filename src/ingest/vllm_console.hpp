#pragma once
// `vllm bench serve` (and benchmarks/benchmark_serving.py) results as printed to the console,
// where logs and notes keep them:
//   ============ Serving Benchmark Result ============
//   Successful requests:                     1000
//   Request throughput (req/s):              6.70
//   ---------------Time to First Token----------------
//   Mean TTFT (ms):                          391.26
//   ==================================================
#include <string>
#include <string_view>
#include <vector>

#include "chimera/ingest/model.hpp"

namespace chimera::ingest::detail {

struct VllmConsoleState {
  std::size_t block = 0;            // result blocks seen so far
  bool in_block = false;            // between the banner and the closing rule
  std::string model;                // from the run's printed arguments ("model='...'")
  std::string rate;                 // "Traffic request rate: inf"
  std::string concurrency;          // "Maximum request concurrency: 64"
  std::size_t first_row = 0;        // the first row of the open block
  std::string group;                // a heading line of the block ("Per-position acceptance (%):")
  std::string num_prompts;          // the run's "--num-prompts 100" (or "num_prompts=100")
  std::size_t throughput_runs = 0;  // `vllm bench throughput` summaries seen
  // Blocks that completed fewer requests than their run sent: "line 15: 57 of 100".
  std::vector<std::string> short_runs;
  std::string backend;  // the printed arguments' "backend='openai'"
  // A block of SGLang's bench_serving (it prints "Backend:" and "Total generated tokens
  // (retokenized)" in its block, vLLM's client neither).
  bool sglang = false;
  // "--concurrency 24" of a genai-perf or AIPerf command line, for the table it prints.
  std::string client_concurrency;
  // The run's `--metadata KEY=VALUE ...` pairs (a "gpu=" pair names the GPU; the others join the
  // configuration), from the command line or the printed arguments.
  std::string metadata, gpu;
};

// The value of a command line's option ("--concurrency 24", "--concurrency=24"), "" when absent.
std::string option_value(std::string_view l, std::string_view option);

// Appends a row for a figure of a result block, and reads the run's model, rate and concurrency
// from the lines before it. Returns true when the line belongs to a result block.
bool vllm_console_line(std::string_view line, std::size_t number, VllmConsoleState& state,
                       MetricRows& rows);

}  // namespace chimera::ingest::detail
