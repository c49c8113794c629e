#pragma once
// The statistics a vLLM server logs while it serves, once per logging interval, which people keep
// in server logs and paste into notes as evidence of a run:
//   INFO 07-24 14:10:08 [loggers.py:273] Engine 000: Avg prompt throughput: 3539.1 tokens/s, Avg
//   generation throughput: 3562.1 tokens/s, Running: 126 reqs, Waiting: 0 reqs, GPU KV cache
//   usage: 36.4%, Prefix cache hit rate: 0.0%
//   INFO 04-02 18:03:41 [metrics.py:53] SpecDecoding metrics: Mean acceptance length: 2.43,
//   Accepted throughput: 45.10 tokens/s, Drafted throughput: 87.20 tokens/s, Accepted: 451
//   tokens, Drafted: 872 tokens, Per-position acceptance rate: 0.713, 0.452, 0.253
// (the V0 engine's "Avg prompt throughput: ... Running: 1 reqs, Swapped: 0 reqs, Pending: 0 reqs,
// GPU KV cache usage: 0.2%, CPU KV cache usage: 0.0%." and "Speculative metrics: Draft
// acceptance rate: 0.643, System efficiency: 0.528, Number of speculative tokens: 5, ..." too).
#include <string>
#include <string_view>

#include "chimera/ingest/model.hpp"

namespace chimera::ingest::detail {

struct VllmEngineStatsState {
  std::size_t lines = 0;     // statistics lines read so far (each is one interval's)
  std::string model;         // "with config: model='...'", "'model': '...'", "vllm serve MODEL"
  std::string quantization;  // "with config: ..., quantization=fp8, ..." (not None)
  std::string config;        // its speculative decoding: "speculative=eagle3 num_spec_tokens=6"
};

// Notes the server's model from its start-up lines, and appends the rows of one statistics line:
// the interval's average prompt (input) and generation (output) throughputs, the requests
// running (a measured concurrency) and waiting, the KV cache's use, and the speculative decoder's
// figures (no metric of ours, each under its own name). Returns true when the line was one.
bool vllm_engine_stats_line(std::string_view line, std::size_t number, VllmEngineStatsState& state,
                            MetricRows& rows);

}  // namespace chimera::ingest::detail
