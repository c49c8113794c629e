#pragma once
// TensorRT-LLM's `trtllm-bench` report as printed to the console, where logs and notes keep it
// (tensorrt_llm/bench/dataclasses/reporting.py):
//   ===========================================================
//   = ENGINE DETAILS                       (or "= PYTORCH BACKEND")
//   ===========================================================
//   Model:                  meta-llama/Llama-3.1-70B-Instruct
//   Quantization:           FP8
//   = WORLD + RUNTIME INFORMATION
//   TP Size:                8
//   = PERFORMANCE OVERVIEW
//   Request Throughput (req/sec):                     43.2089
//   Total Output Throughput (tokens/sec):             5530.7382
//   -- Per-Request Time-to-First-Token [TTFT] Breakdown (ms)
//   [TTFT] P50    : 3914.7621
// Its figures are read with the definitions of that source; the engine, machine and world
// sections give their model, quantization, GPU and parallel configuration.
#include <cstddef>
#include <string>
#include <string_view>

#include "chimera/ingest/model.hpp"

namespace chimera::ingest::detail {

struct TrtllmBenchState {
  enum class Section { none, engine, machine, world, request, performance, decoding };
  Section section = Section::none;
  std::size_t reports = 0;  // reports whose figures were read
  bool figures = false;     // the open report gave a figure
  std::string model, quantization, dtype, gpu, config;
};

// One line of a log or fence: reads a section header, a label of the engine, machine or world
// sections, or a figure ("trtllm_bench[0].Request Throughput (req/sec)"). Returns true when the
// line belongs to a report.
bool trtllm_bench_line(std::string_view line, std::size_t number, TrtllmBenchState& state,
                       MetricRows& rows);

}  // namespace chimera::ingest::detail
