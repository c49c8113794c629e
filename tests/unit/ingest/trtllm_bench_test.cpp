// TensorRT-LLM's trtllm-bench report, as its console prints it into logs and notes, and as its
// --report_json writes it.
#include <gtest/gtest.h>

#include "ingest_helpers.hpp"

namespace chimera::ingest {
namespace {

using testing::at;
using testing::has_row;
using testing::run;

// The 1.x report of the PyTorch backend, streaming (tensorrt_llm/bench/dataclasses/reporting.py).
constexpr std::string_view kReport = R"([05/06/2025-10:01:12] [TRT-LLM] [I] Benchmark done.

===========================================================
= PYTORCH BACKEND
===========================================================
Model:			deepseek-ai/DeepSeek-R1
Model Path:		None
TensorRT LLM Version:	1.0.0
Dtype:			bfloat16
KV Cache Dtype:		FP8
Quantization:		FP4

===========================================================
= MACHINE DETAILS 
===========================================================
NVIDIA B200, memory 179.06 GB, 4.00 GHz

===========================================================
= WORLD + RUNTIME INFORMATION 
===========================================================
TP Size:                8
PP Size:                1
EP Size:                8
Max Runtime Batch Size: 384
Max Runtime Tokens:     1536
Scheduling Policy:      GUARANTEED_NO_EVICT
KV Memory Percentage:   95.00%
Issue Rate (req/sec):   1.4151E+14

===========================================================
= PERFORMANCE OVERVIEW 
===========================================================
Request Throughput (req/sec):                     43.2089
Total Output Throughput (tokens/sec):             5530.7382
Total Token Throughput (tokens/sec):              94022.5497
Total Latency (ms):                               115716.9214
Average request latency (ms):                     75903.4456
Per User Output Throughput [w/ ctx] (tps/user):   2.0563
Per GPU Output Throughput (tps/gpu):              691.3423
Average time-to-first-token [TTFT] (ms):          52667.0339
Average time-per-output-token [TPOT] (ms):        182.9639
Per User Output Speed (tps/user):                 5.4656

-- Per-Request Time-per-Output-Token [TPOT] Breakdown (ms)

[TPOT] MINIMUM: 32.8005
[TPOT] P99    : 206.5821

-- Request Latency Breakdown (ms) -----------------------

[Latency] P50    : 77441.3402

===========================================================
)";

TEST(TrtllmBench, TheReportsFiguresWithItsEngineMachineAndWorld) {
  const auto r = run(FileType::text, std::string(kReport));
  EXPECT_EQ(r.format, "trtllm-bench");
  const auto& out = at(r, "trtllm_bench[0].Total Output Throughput (tokens/sec)");
  EXPECT_EQ(out.metric_id(), "output_throughput");
  EXPECT_EQ(out.statistic, "value");
  EXPECT_DOUBLE_EQ(*out.normalized, 5530.7382);
  EXPECT_EQ(out.normalized_unit, "tok/s");
  EXPECT_EQ(out.context.model, "deepseek-ai/DeepSeek-R1");
  EXPECT_EQ(out.context.quantization, "FP4");
  EXPECT_EQ(out.context.gpu, "NVIDIA B200");
  EXPECT_EQ(out.context.backend, "TensorRT-LLM");
  EXPECT_EQ(out.context.config,
            "kv_cache_dtype=FP8 tp=8 pp=1 ep=8 max_batch_size=384 max_num_tokens=1536");
  EXPECT_EQ(at(r, "trtllm_bench[0].Request Throughput (req/sec)").normalized_unit, "req/s");
  EXPECT_EQ(at(r, "trtllm_bench[0].Total Latency (ms)").metric_id(), "duration");
  EXPECT_EQ(at(r, "trtllm_bench[0].Average request latency (ms)").metric_id(), "e2e_latency");
  EXPECT_EQ(at(r, "trtllm_bench[0].Average request latency (ms)").statistic, "mean");
  const auto& ttft = at(r, "trtllm_bench[0].Average time-to-first-token [TTFT] (ms)");
  EXPECT_EQ(ttft.metric_id(), "ttft");
  EXPECT_EQ(ttft.statistic, "mean");
  EXPECT_EQ(at(r, "trtllm_bench[0].Per User Output Speed (tps/user)").metric_id(), "decode_rate");
  const auto& per_gpu = at(r, "trtllm_bench[0].Per GPU Output Throughput (tps/gpu)");
  EXPECT_EQ(per_gpu.metric_id(), "unknown");  // a share of the throughput, no throughput
  EXPECT_EQ(per_gpu.unit, "tok/s");
  const auto& p99 = at(r, "trtllm_bench[0].[TPOT] P99");
  EXPECT_EQ(p99.metric_id(), "tpot");
  EXPECT_EQ(p99.statistic, "p99");
  EXPECT_DOUBLE_EQ(*p99.normalized, 206.5821);
  EXPECT_EQ(at(r, "trtllm_bench[0].[TPOT] MINIMUM").statistic, "min");
  EXPECT_EQ(at(r, "trtllm_bench[0].[Latency] P50").metric_id(), "e2e_latency");
  EXPECT_EQ(at(r, "trtllm_bench[0].[Latency] P50").statistic, "median");
  // The settings are configuration, no figures; the issue rate of an unpaced run is none.
  EXPECT_FALSE(has_row(r, "trtllm_bench[0].TP Size"));
  EXPECT_FALSE(has_row(r, "trtllm_bench[0].Issue Rate (req/sec)"));
}

TEST(TrtllmBench, TheFirstReportsOfOneEngineAndAQuantizationOfNone) {
  // 0.16's report: its "Token Throughput" is output tokens over the wall time; an engine of no
  // quantization ran at its dtype. Pasted into a note, outside a fence.
  const auto r = run(FileType::markdown, R"(# Llama 8B on one H100

===========================================================
= ENGINE DETAILS
===========================================================
Model:			meta-llama/Llama-3.1-8B
Dtype:			bfloat16
KV Cache Dtype:		None
Quantization:		None

===========================================================
= PERFORMANCE OVERVIEW 
===========================================================
Number of requests:		3000
Average Output Length (tokens):	1024.0000
Token Throughput (tokens/sec):	10893.8728

===========================================================

Our notes: 12 ms of overhead.
)");
  const auto& out = at(r, "trtllm_bench[0].Token Throughput (tokens/sec)");
  EXPECT_EQ(out.metric_id(), "output_throughput");
  EXPECT_EQ(out.context.quantization, "bfloat16");
  EXPECT_EQ(out.context.config, "");
  EXPECT_EQ(at(r, "trtllm_bench[0].Number of requests").metric_id(), "requests");
  EXPECT_EQ(at(r, "trtllm_bench[0].Average Output Length (tokens)").statistic, "mean");
  std::size_t figures = 0;
  for (const auto& row : r.rows) figures += row.role == metrics::Role::metric ? 1 : 0;
  EXPECT_EQ(figures, 3u);
}

TEST(TrtllmBench, TheReportJson) {
  const auto r = run(FileType::json, R"({
  "engine": {"model": "Qwen/Qwen2.5-0.5B-Instruct", "model_path": "None", "backend": "TRT",
             "dtype": "bfloat16", "quantization": "FP8", "kv_cache_dtype": "FP8",
             "max_input_length": 127},
  "machine": {"name": "NVIDIA GeForce RTX 4070 Ti", "memory": {"total": 11.59},
              "clocks": {"mem": 10.501}},
  "world_info": {"tp_size": 1, "pp_size": 1, "ep_size": 1, "max_batch_size": 1},
  "request_info": {"num_requests": 20, "avg_num_concurrent_requests": 0.9999},
  "performance": {"total_latency_ms": 3631.998, "request_throughput_req_s": 5.5066,
                  "system_output_throughput_tok_s": 220.26},
  "streaming_metrics": {"token_output_speed_tok_s": 13960.28, "avg_ttft_ms": 22.574,
                        "ttft_percentiles": {"p50": 5.581, "p99": 138.15}},
  "dataset": {"isl_stats": {"average": 87.0}, "num_requests": 20}
})");
  EXPECT_EQ(r.format, "trtllm-bench report json");
  const auto& ttft = at(r, "streaming_metrics.ttft_percentiles.p99");
  EXPECT_EQ(ttft.metric_id(), "ttft");
  EXPECT_EQ(ttft.unit, "ms");
  EXPECT_EQ(ttft.context.model, "Qwen/Qwen2.5-0.5B-Instruct");  // not model_path's "None"
  EXPECT_EQ(ttft.context.gpu, "NVIDIA GeForce RTX 4070 Ti");    // the machine's name
  EXPECT_EQ(ttft.context.backend, "TensorRT-LLM");
  EXPECT_NE(ttft.context.config.find("tp=1 pp=1 ep=1"), std::string::npos) << ttft.context.config;
  // Held-out set 43: the engine's precision and its KV cache's are every figure's.
  EXPECT_EQ(ttft.context.quantization, "FP8");
  EXPECT_NE(ttft.context.config.find("kv_cache_dtype=FP8"), std::string::npos);
  EXPECT_EQ(at(r, "performance.total_latency_ms").metric_id(), "duration");
  const auto& speed = at(r, "streaming_metrics.token_output_speed_tok_s");
  EXPECT_EQ(speed.metric_id(), "decode_rate");
  EXPECT_EQ(speed.statistic, "mean");
  EXPECT_EQ(at(r, "world_info.max_batch_size").role, metrics::Role::parameter);
  EXPECT_EQ(at(r, "dataset.isl_stats.average").role, metrics::Role::parameter);
  EXPECT_EQ(at(r, "machine.clocks.mem").metric_id(), "unknown");
  EXPECT_EQ(at(r, "request_info.avg_num_concurrent_requests").metric_id(), "concurrency");
}

}  // namespace
}  // namespace chimera::ingest
