#pragma once
// llama.cpp's own timings, as llama-cli (main) and llama-server print them at the end of a
// generation, and people paste them into notes and logs:
//   llama_print_timings:        load time =    1645.56 ms
//   llama_print_timings: prompt eval time =      81.13 ms /     5 tokens (   16.23 ms per
//   token,    61.63 tokens per second) llama_print_timings:        eval time =    8049.44 ms / 224
//   runs   (   35.94 ms per token,    27.83 tokens per second) llama_print_timings:       total
//   time =    8224.06 ms /   229 tokens
// (newer builds: "llama_perf_context_print:", "common_perf_print:"; the server: "print_timings:",
// or the lines alone under "slot print_timing: id  0 | task 0 |"; behind a log's timestamp and
// level, "0.03.158.483 I "), and the "encoded 15718 tokens in 87.373 seconds, speed: 179.895 t/s"
// and "decoded ..." lines of its examples. The model is that of the command line above
// ("llama-server -m models/Qwen3-0.6B-f16.gguf").
#include <string>
#include <string_view>

#include "chimera/ingest/model.hpp"

namespace chimera::ingest::detail {

struct LlamaTimingsState {
  std::size_t block = 0;         // timing blocks seen so far
  unsigned seen = 0;             // the labels of the current block (a repeated one starts the next)
  std::string model;             // the GGUF of the last command line ("llama-server -m X.gguf")
  std::size_t speeds = 0;        // "encoded/decoded N tokens in T seconds, speed: S t/s" lines seen
  std::size_t perplexities = 0;  // llama-perplexity's "Final estimate: PPL = ..." lines seen
  std::size_t undrafted = 0;  // the speed line (from 1) whose run drafted nothing ("n_draft = 0")
  std::string draft;  // the server's draft model ("loading draft model '…mtp-X.gguf'"), or ""
  std::string breakdown_unit;  // "MiB" of "| memory breakdown [MiB] |", "" before its header
  std::size_t breakdowns = 0;  // memory breakdown headers seen
  // The run's settings as its log printed them ("generate: n_ctx = 4096, n_batch = 2048,
  // n_predict = 200", "system_info: n_threads = 4 / 4"), by name; a model loaded anew clears them.
  std::string n_ctx, n_batch, n_predict, n_threads;
  std::string settings() const;  // "n_ctx=4096 n_batch=2048 n_predict=200 n_threads=4"
};

// Appends the rows of one timing line: its time, its token count and its rate. Returns true when
// the line was one.
bool llama_timings_line(std::string_view line, std::size_t number, LlamaTimingsState& state,
                        MetricRows& rows);

}  // namespace chimera::ingest::detail
