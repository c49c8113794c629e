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
#include <utility>
#include <vector>

#include "chimera/ingest/model.hpp"

namespace chimera::ingest::detail {

struct VllmConsoleState {
  std::size_t block = 0;             // result blocks seen so far
  bool in_block = false;             // between the banner and the closing rule
  std::string model;                 // from the run's printed arguments ("model='...'")
  std::string rate;                  // "Traffic request rate: inf"
  std::string concurrency;           // "Maximum request concurrency: 64"
  bool concurrency_printed = false;  // ... printed in the open block (its own, not the next's)
  bool rate_printed = false;         // "Request rate configured (RPS)" printed in the open block
  std::string command_rate, command_concurrency;  // what the client's command line asked for
  std::size_t first_row = 0;                      // the first row of the open block
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
  // The run's printed arguments ("Namespace(num_prompts=1, ...)", or a command line's
  // "--num-prompts 1"), key and value in order, the last seen; and each result block's rows with
  // the arguments it ran with (a script that sweeps a setting prints a block per value).
  using Arguments = std::vector<std::pair<std::string, std::string>>;
  Arguments args;
  struct Block {
    std::size_t first_row = 0, end_row = 0;  // end_row: npos while the block is open
    Arguments args;
  };
  std::vector<Block> blocks;
};

// The value of a command line's option ("--concurrency 24", "--concurrency=24"), "" when absent.
std::string option_value(std::string_view l, std::string_view option);

// Appends a row for a figure of a result block, and reads the run's model, rate and concurrency
// from the lines before it. Returns true when the line belongs to a result block.
bool vllm_console_line(std::string_view line, std::size_t number, VllmConsoleState& state,
                       MetricRows& rows);

// At the end of a file: the arguments whose values differ between its result blocks (a sweep of
// num_prompts, input length, ...) join the configuration of each block's figures
// ("num_prompts=4"); those kept elsewhere (model, rate, concurrency) and paths are left out.
void label_swept_arguments(const VllmConsoleState& state, MetricRows& rows);

// A result block whose requests each produced at most one token ("Total generated tokens: 37" of
// 37 requests, a prefill benchmark): its 0.00 ITL and TPOT time no gap between tokens, so they
// lose their values (with why). Returns the blocks affected.
std::size_t one_token_blocks(const VllmConsoleState& state, MetricRows& rows);

}  // namespace chimera::ingest::detail
