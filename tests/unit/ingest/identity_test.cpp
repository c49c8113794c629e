// Ingest rows say what each number is: the cases of the metric-identity issue, one test each,
// on small inputs written here (the real files of the tools are in tests/fixtures/peers).
#include <gtest/gtest.h>

#include "chimera/core/text.hpp"
#include "chimera/ingest/harvest.hpp"
#include "ingest_helpers.hpp"

namespace chimera::ingest {
namespace {

using testing::at;
using testing::run;

TEST(Identity, GuideLlmStatsBlockKeepsItsMetricAndUnit) {
  const auto r = run(FileType::json, R"({"benchmarks": [{"args": {"strategy": {"type_": "constant",
    "rate": 5.0}}, "worker": {"backend_model": "llama3"}, "metrics": {"time_to_first_token_ms":
    {"successful": {"min": 53.7, "median": 60.1, "count": 46, "percentiles": {"p999": 90.5}},
     "errored": {"mean": 12.0}}}}]})");
  const auto& min = at(r, "benchmarks[0].metrics.time_to_first_token_ms.successful.min");
  EXPECT_EQ(min.metric_id(), "ttft");
  EXPECT_EQ(min.statistic, "min");
  EXPECT_DOUBLE_EQ(*min.normalized, 53.7);  // not 3,222,000 ms of "minutes"
  EXPECT_EQ(min.normalized_unit, "ms");
  EXPECT_EQ(min.context.model, "llama3");
  EXPECT_EQ(min.context.rate, "5.0");
  EXPECT_EQ(min.context.config, "constant");
  const auto& count = at(r, "benchmarks[0].metrics.time_to_first_token_ms.successful.count");
  EXPECT_EQ(count.statistic, "count");
  EXPECT_EQ(count.normalized_unit, "count");
  EXPECT_EQ(
      at(r, "benchmarks[0].metrics.time_to_first_token_ms.successful.percentiles.p999").statistic,
      "p99.9");
  EXPECT_EQ(at(r, "benchmarks[0].metrics.time_to_first_token_ms.errored.mean").status,
            RowStatus::failed);
}

TEST(Identity, SiblingUnitFieldIsRead) {
  const auto r = run(FileType::json, R"({"ttft": {"unit": "ms", "avg": 12.5, "p99": 40},
    "request_throughput": {"avg": 3.0, "unit": "requests/sec"}})");
  EXPECT_EQ(at(r, "ttft.avg").unit, "ms");
  EXPECT_EQ(at(r, "ttft.avg").metric_id(), "ttft");
  EXPECT_EQ(at(r, "ttft.p99").statistic, "p99");
  EXPECT_EQ(at(r, "request_throughput.avg").normalized_unit, "req/s");  // unit after the value
}

TEST(Identity, AiperfCsvKeepsRowLabelsAndItsSecondSection) {
  const auto r = run(FileType::csv,
                     "Metric,avg,min,p99\n"
                     "Time To First Token (ms),2343.22,464.66,3833.39\n"
                     "Inter Token Latency (ms),27.76,22.13,33.73\n"
                     "\n"
                     "Metric,Value\n"
                     "Output Token Throughput (tokens/sec),2320.72\n"
                     "Request Throughput (requests/sec),9.55\n");
  EXPECT_TRUE(r.warnings.empty()) << r.warnings.front();
  const auto& ttft = at(r, "[0].min");
  EXPECT_EQ(ttft.metric_id(), "ttft");
  EXPECT_EQ(ttft.statistic, "min");
  EXPECT_DOUBLE_EQ(*ttft.normalized, 464.66);
  EXPECT_EQ(at(r, "[1].p99").metric_id(), "itl");
  const auto& out = at(r, "[3].Value");  // the section's header row is row 2
  EXPECT_EQ(out.metric_id(), "output_throughput");
  EXPECT_EQ(out.normalized_unit, "tok/s");
  EXPECT_EQ(at(r, "[4].Value").metric_id(), "request_throughput");
  EXPECT_EQ(at(r, "[4].Value").normalized_unit, "req/s");
}

TEST(Identity, FailedRequestsKeepTheirTextAndGetNoValue) {
  const auto r = run(FileType::csv,
                     "model,tokens_per_second,error\n"
                     "llama3,78.0,\n"
                     "llama3,0,timeout after 30 s\n");
  EXPECT_EQ(at(r, "[0].tokens_per_second").status, RowStatus::ok);
  const auto& bad = at(r, "[1].tokens_per_second");
  EXPECT_EQ(bad.status, RowStatus::failed);
  EXPECT_FALSE(bad.value);  // never a real zero
  EXPECT_EQ(bad.raw, "0");
  EXPECT_NE(bad.note.find("timeout"), std::string::npos);
  const auto j = run(FileType::json,
                     R"([{"ttft_s": 0.1, "error_code": null, "error_msg": ""},
                         {"ttft_s": 0, "error_code": -1, "error_msg": ""}])");
  EXPECT_EQ(at(j, "[0].ttft_s").status, RowStatus::ok);
  EXPECT_EQ(at(j, "[0].ttft_s").statistic, "sample");
  EXPECT_EQ(at(j, "[1].ttft_s").status, RowStatus::failed);
  EXPECT_FALSE(at(j, "[1].ttft_s").value);
}

TEST(Identity, VllmPerRequestArraysFailByIndex) {
  const auto r = run(FileType::json,
                     R"({"request_throughput": 1.5, "mean_ttft_ms": 20, "model_id": "m",
                         "ttfts": [0.02, 0.0], "errors": ["", "Connection reset"]})");
  EXPECT_EQ(r.format, "vllm bench serve");
  EXPECT_EQ(at(r, "request_throughput").normalized_unit, "req/s");
  EXPECT_DOUBLE_EQ(*at(r, "ttfts[0]").normalized, 20);  // seconds, as vLLM writes them
  EXPECT_EQ(at(r, "ttfts[1]").status, RowStatus::failed);
  EXPECT_FALSE(at(r, "ttfts[1]").value);
}

TEST(Identity, LlamaBenchRowsCarryTheirTest) {
  const auto r = run(FileType::json,
                     R"([{"model_type": "llama 7B Q4_0", "gpu_info": "RTX 4090",
                          "n_prompt": 512, "n_gen": 0, "avg_ts": 5213.1, "stddev_ts": 59.4},
                         {"model_type": "llama 7B Q4_0", "gpu_info": "RTX 4090",
                          "n_prompt": 0, "n_gen": 128, "n_depth": 4096, "avg_ts": 150.2}])");
  const auto& pp = at(r, "[0].avg_ts");
  EXPECT_EQ(pp.context.test, "pp512");
  EXPECT_EQ(pp.metric_id(), "prompt_eval_rate");
  EXPECT_EQ(pp.statistic, "mean");
  EXPECT_EQ(pp.context.gpu, "RTX 4090");
  EXPECT_EQ(pp.context.quantization, "Q4_0");
  EXPECT_EQ(at(r, "[0].stddev_ts").statistic, "std");
  const auto& tg = at(r, "[1].avg_ts");
  EXPECT_EQ(tg.context.test, "tg128 @ d4096");
  EXPECT_EQ(tg.metric_id(), "decode_rate");
}

TEST(Identity, MarkdownHeaderAndDelimiterMustHaveTheSameCellCount) {
  const auto r = run(FileType::markdown,
                     "Results below | model | ttft_s |\n"
                     "|---|---|\n"
                     "| llama | 0.097 |\n");
  EXPECT_TRUE(r.rows.empty());
  ASSERT_FALSE(r.warnings.empty());
  EXPECT_NE(r.warnings[0].find("line 1"), std::string::npos) << r.warnings[0];
  EXPECT_NE(r.warnings[0].find("not a table"), std::string::npos);
}

TEST(Identity, LlamaBenchMarkdownInALogWithItsGpuAndSpread) {
  const auto r = run(FileType::text,
                     "ggml_cuda_init: found 1 CUDA devices:\n"
                     "  Device 0: Tesla V100-SXM2-16GB, compute capability 7.0, VMM: yes\n"
                     "| model | size | backend | ngl | test | t/s |\n"
                     "| --- | ---: | --- | --: | ---: | ---: |\n"
                     "| llama 7B Q4_0 | 3.56 GiB | CUDA | 99 | pp512 | 4512.07 \xC2\xB1 12.30 |\n"
                     "| llama 7B Q4_0 | 3.56 GiB | CUDA | 99 | tg128 | 120.50 \xC2\xB1 0.41 |\n"
                     "build: 1234abcd (5000)\n");
  ASSERT_GE(r.rows.size(), 4u);
  const MetricRow* mean = nullptr;
  const MetricRow* sd = nullptr;
  for (const auto& row : r.rows) {
    if (row.locator == "table[0][0].t/s" && row.statistic == "mean") mean = &row;
    if (row.locator == "table[0][0].t/s" && row.statistic == "std") sd = &row;
  }
  ASSERT_TRUE(mean && sd);
  EXPECT_EQ(mean->metric_id(), "prompt_eval_rate");
  EXPECT_DOUBLE_EQ(*mean->normalized, 4512.07);
  EXPECT_DOUBLE_EQ(*sd->normalized, 12.30);
  EXPECT_EQ(mean->context.gpu, "Tesla V100-SXM2-16GB");
  EXPECT_EQ(mean->context.backend, "CUDA");
  EXPECT_EQ(mean->context.config, "ngl=99");
  EXPECT_EQ(at(r, "table[0][0].size").role, metrics::Role::parameter);  // model size, not memory
  EXPECT_EQ(r.heading_count, 0u);
}

TEST(Identity, OllamaVerboseStatisticsInANoteAndALog) {
  const std::string block =
      "$ ollama run llama3.2:3b --verbose\n"
      "total duration:       1m2.5s\n"
      "load duration:        5.1ms\n"
      "prompt eval count:    26 token(s)\n"
      "prompt eval rate:     216.67 tokens/s\n"
      "eval count:           290 token(s)\n"
      "eval rate:            59.18 tokens/s\n";
  for (const auto& r :
       {run(FileType::text, block), run(FileType::markdown, "# Notes\n```\n" + block + "```\n")}) {
    const auto& total = at(r, "ollama[0].total_duration");
    EXPECT_EQ(total.metric_id(), "total_duration");
    EXPECT_DOUBLE_EQ(*total.normalized, 62500);
    EXPECT_EQ(total.context.model, "llama3.2:3b");
    EXPECT_EQ(at(r, "ollama[0].eval_rate").metric_id(), "decode_rate");
    EXPECT_DOUBLE_EQ(*at(r, "ollama[0].eval_rate").normalized, 59.18);
    EXPECT_EQ(at(r, "ollama[0].prompt_eval_count").normalized_unit, "tokens");
    EXPECT_EQ(at(r, "ollama[0].eval_count").metric_id(), "output_tokens");
  }
}

TEST(Identity, JsonLinesAreRead) {
  const auto r = run(FileType::jsonl,
                     "{\"ttft_ms\": 12.5, \"model\": \"a\"}\n"
                     "not json\n"
                     "{\"ttft_ms\": 14.0, \"model\": \"b\"}\n");
  EXPECT_EQ(at(r, "[0].ttft_ms").context.model, "a");
  EXPECT_EQ(at(r, "[1].ttft_ms").line, 3u);
  EXPECT_EQ(at(r, "[1].ttft_ms").context.model, "b");
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find("line 2"), std::string::npos);
}

TEST(Identity, IdentifiersAndEpochTimestampsAreNotMetrics) {
  const auto r = run(FileType::json,
                     R"({"request_id": 17, "port": 8080, "start_time": 1749157168.05,
                         "runs": [{"tokens_per_second": 40}], "duration_s": 12})");
  EXPECT_EQ(at(r, "request_id").role, metrics::Role::identifier);
  EXPECT_EQ(at(r, "port").role, metrics::Role::identifier);
  EXPECT_EQ(at(r, "start_time").role, metrics::Role::timestamp);
  EXPECT_FALSE(at(r, "start_time").normalized);
  const auto& in_runs = at(r, "runs[0].tokens_per_second");  // not a count for being in "runs"
  EXPECT_EQ(in_runs.metric_id(), "token_rate");
  EXPECT_EQ(in_runs.normalized_unit, "tok/s");
  EXPECT_EQ(at(r, "duration_s").metric_id(), "duration");
}

TEST(Identity, NulTailIsReportedAndTheTextBeforeItRead) {
  std::string bytes = "ttft_ms\n12\n";
  bytes.append(4096, '\0');
  const auto d = text::decode(bytes);
  EXPECT_EQ(d.encoding, "utf-8");
  EXPECT_EQ(d.text, "ttft_ms\n12\n");
  EXPECT_NE(d.note.find("4096 NUL bytes"), std::string::npos) << d.note;
  // Real UTF-16 still decodes as UTF-16.
  const std::string utf16("t\0t\0f\0t\0\n\0", 10);
  EXPECT_EQ(text::decode(utf16).encoding, "utf-16le");
}

}  // namespace
}  // namespace chimera::ingest

namespace chimera::ingest {
namespace {

TEST(Identity, MarkdownTablesTakeTheirDocumentsLabels) {
  const auto r = run(FileType::markdown,
                     "# Report\n"
                     "**Model:** llama3.1:8b-q4_K_M\n"
                     "- **Backend**: ollama\n"
                     "## 8.1 Decode by runtime\n"
                     "| Runtime | Mode | decode_tok_s | TTFT (ms) |\n"
                     "|---|---|---|---|\n"
                     "| rust | generate | 81.5 | n/a |\n"
                     "| python | prefill | 77.0 | 40 |\n");
  const auto& rust = at(r, "table[0][0].decode_tok_s");
  EXPECT_EQ(rust.context.model, "llama3.1:8b-q4_K_M");
  EXPECT_EQ(rust.context.quantization, "Q4_K_M");
  EXPECT_EQ(rust.context.backend, "ollama");
  EXPECT_EQ(rust.context.section, "8.1 Decode by runtime");
  EXPECT_EQ(rust.context.config, "Runtime=rust Mode=generate");  // the row's own text cells
  EXPECT_EQ(at(r, "table[0][1].decode_tok_s").context.config, "Runtime=python Mode=prefill");
}

}  // namespace
}  // namespace chimera::ingest

namespace chimera::ingest {
namespace {

TEST(Identity, LlamaBenchCsvIsRecognised) {
  // The column layout of `llama-bench -o csv` (its README's example, shortened).
  const auto r = run(FileType::csv,
                     "build_commit,build_number,model_filename,model_type,n_batch,n_threads,"
                     "n_gpu_layers,n_prompt,n_gen,test_time,avg_ns,stddev_ns,avg_ts,stddev_ts\n"
                     "\"3469684\",1275,\"models/7B/ggml-model-q4_0.gguf\",\"llama 7B mostly Q4_0\","
                     "512,16,99,512,0,\"2023-09-23T12:09:01Z\",212365953,4614365,2410.932617,"
                     "52.198292\n"
                     "\"3469684\",1275,\"models/7B/ggml-model-q4_0.gguf\",\"llama 7B mostly Q4_0\","
                     "512,16,99,0,128,\"2023-09-23T12:09:02Z\",977925003,4202266,130.891472,"
                     "0.562451\n");
  EXPECT_EQ(r.format, "llama-bench csv");
  const auto& pp = at(r, "[0].avg_ts");
  EXPECT_EQ(pp.metric_id(), "prompt_eval_rate");
  EXPECT_EQ(pp.context.test, "pp512");
  EXPECT_EQ(pp.context.model, "llama 7B mostly Q4_0");
  EXPECT_EQ(pp.context.quantization, "Q4_0");
  EXPECT_EQ(at(r, "[1].avg_ts").metric_id(), "decode_rate");
  EXPECT_EQ(at(r, "[1].avg_ns").metric_id(), "eval_time");
  EXPECT_DOUBLE_EQ(*at(r, "[1].avg_ns").normalized, 977.925003);
  EXPECT_EQ(at(r, "[0].build_number").role, metrics::Role::identifier);
}

}  // namespace
}  // namespace chimera::ingest

namespace chimera::ingest {
namespace {

TEST(Identity, CaptionsAndPreambleLabelsOnlyWhereTheyHold) {
  const auto r = run(FileType::markdown,
                     "# Report\n"
                     "**Model:** gemma3:4b\n"
                     "## Hardware\n"
                     "- Model: Samsung PM9A1 SSD\n"
                     "## Results\n"
                     "**mistral-7b:**\n"
                     "\n"
                     "| GPU | Runtime | tok/s | 95% CI | Latency |\n"
                     "|---|---|---|---|---|\n"
                     "| 80 | rust | 41.2 | [39.0, 43.1] | 25.89 \xC2\xB1 0.61 s |\n"
                     "## More\n"
                     "| GPU | tok/s |\n"
                     "|---|---|\n"
                     "| 60 | 40.0 |\n");
  EXPECT_EQ(at(r, "table[1][0].tok/s").context.model, "gemma3:4b");  // the preamble's
  const auto& row = at(r, "table[0][0].tok/s");
  EXPECT_EQ(row.context.model, "mistral-7b");  // the caption's (over the preamble's), not the SSD's
  EXPECT_EQ(row.context.section, "Results / mistral-7b");
  EXPECT_EQ(row.context.config, "GPU=80 Runtime=rust");  // not the interval of another column
  const auto& latency = at(r, "table[0][0].Latency");
  EXPECT_EQ(latency.unit, "s");  // the unit after "mean ± sd" belongs to both
  EXPECT_DOUBLE_EQ(*latency.normalized, 25890);
}

}  // namespace
}  // namespace chimera::ingest

namespace chimera::ingest {
namespace {

TEST(Identity, ASiblingsConfigurationDoesNotLabelTheBaseline) {
  const auto r = run(FileType::json,
                     R"({"model": "gemma3", "baseline": {"configuration": {},
                          "aggregate": {"tokens_per_second": 70.1}},
                         "chimera": {"configuration": {"num_gpu": 80, "num_ctx": 512},
                          "aggregate": {"tokens_per_second": 81.5}}})");
  EXPECT_EQ(at(r, "baseline.aggregate.tokens_per_second").context.config, "");
  EXPECT_EQ(at(r, "baseline.aggregate.tokens_per_second").context.model, "gemma3");
  EXPECT_EQ(at(r, "chimera.aggregate.tokens_per_second").context.config, "num_gpu=80 num_ctx=512");
}

}  // namespace
}  // namespace chimera::ingest
