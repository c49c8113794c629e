#pragma once
// LLMPerf's `token_benchmark_ray.py` results as printed to the console, where logs keep them:
//   Results for token benchmark for llama2-7b-chat queried with the openai api.
//
//   ttft_s
//       p25 = 3.6959370889962884
//       mean = 5.805881602374029
//       stddev = 2.8382009776887887
//   Number Of Errored Requests: 0
//   Overall Output Throughput: 168.8591728722722
//   Completed Requests Per Minute: 67.55774367884197
#include <string>
#include <string_view>

#include "chimera/ingest/model.hpp"

namespace chimera::ingest::detail {

struct LlmperfConsoleState {
  std::size_t block = 0;  // result blocks seen so far
  bool in_block = false;  // after the "Results for token benchmark" line
  std::string model;      // the model that line names
  std::string metric;     // the name of the statistics being listed ("ttft_s")
};

// Appends a row for a figure of a result block. Returns true when the line belongs to one.
bool llmperf_console_line(std::string_view line, std::size_t number, LlmperfConsoleState& state,
                          MetricRows& rows);

}  // namespace chimera::ingest::detail
