#pragma once
// The load a result tree names only in its paths. Benchmark clients and sweep scripts write each
// level's results under a name that carries it, and the file itself often does not say it:
//   vLLM's --save-result   openai-10.0qps-concurrency16-Llama-3-8B-20250318-120453.json
//   genai-perf / AIPerf    artifacts/Qwen_Qwen3-0.6B-openai-chat-concurrency4/profile_export.csv
//   sweep scripts          results/concurrency_512/profile_export_aiperf.csv, run_c16__x.csv,
//                          bench-short-rate16.log, qps_4/..., infqps
// an accelerator named by a folder or the file ("results_h100_80GB/", "rtx4090_rpc.json"), a
// weights' precision ("…_IQ3_M_d32768.json", "qwen-3.6-27b/fp8/"; not a KV cache's "kv-cache-fp8"),
// and genai-perf's and AIPerf's default artifact folder, "<model>-<service kind>[-<endpoint>]-
// concurrency<N>" (or "-request_rate<R>"), also names the model ('/' written as '_'); a folder
// named by a serving engine alone ("agentic_8x/vllm/c128/") names the run's backend.
// A file's own figures win: the path's concurrency, rate or model is given to the file's rows
// only when no row of the file names one, and each row so labelled says where it came from.
#include <optional>
#include <string>
#include <string_view>

#include "chimera/ingest/model.hpp"

namespace chimera::ingest::detail {

struct PathLoad {
  std::string concurrency, concurrency_part;  // "16", and the path part that says so
  std::string rate, rate_part;                // "10.0" or "inf"
  std::string model, model_part;        // a genai-perf / AIPerf artifact folder's model, as written
  std::string gpu, gpu_part;            // "h100_80GB" of "result_outputs_h100_80GB_cc_on"
  std::string quant, quant_part;        // "IQ3_M" of "27B_Heretic_IQ3_M_d32768.json", "fp8/"
  std::string backend, backend_part;    // a folder named by its engine: "vllm/", "sglang/"
  std::string settings, settings_part;  // "tp=4 dp=2 ctx=4096" of "run_1_TP4_DP2_CTX4096"
};

// What the parts of a relative path ("a/concurrency_16/x.json") say about the load; the file's
// own name first, then its folders from the nearest.
PathLoad load_in_path(std::string_view rel_path);

// The load a run's label names, as a path part would ("concurrent16", "rate_2.0"), and
// GuideLLM's "synchronous" (concurrency 1): for a label cell of a profile or strategy column.
PathLoad load_in_label(std::string_view label);

// Labels the file's metric rows with the load its path names (see above).
void label_load_from_path(FileResult& r);

// "environment.txt", "meta.json" beside the results ("gpu: NVIDIA H100 80GB HBM3", "hardware":
// "DGX Spark NVIDIA GB10 128GB unified"): the accelerator it names labels the file's metric rows
// that name none, when no row of the file names one. The file is read once per folder and thread.
void label_from_context_file(FileResult& r);

// A run named with its hardware ("QwQ-32B on 4xA10G on llama.cpp"): the accelerator and the
// engine its model label names become the GPU and backend of its metric rows that name none.
void label_from_model_names(FileResult& r);

}  // namespace chimera::ingest::detail
