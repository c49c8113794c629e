// What a figure is from what its file says elsewhere or by convention: a JSON "units" object,
// Ollama's duration names holding a script's seconds, NVIDIA's Tesla cards that are no
// percentiles, a script's prompt and completion speeds, engines in decorated headings.
#include <gtest/gtest.h>

#include "ingest_helpers.hpp"

namespace chimera::ingest {
namespace {

std::string_view metric_of(const MetricRow& row) {
  return row.metric ? row.metric->id : "unknown";
}

TEST(UnitsAndNames, AUnitsObjectGivesEachKeyItsUnit) {
  const auto r = testing::run(FileType::json, R"({
    "units": {"ttft": "ms", "decode": "ms/token", "throughput": "tokens/s"},
    "results": [{"prompt_len": 512, "ttft": 41.2, "decode": 8.7, "throughput": 114.9}]})");
  const auto& ttft = testing::at(r, "results[0].ttft");
  EXPECT_EQ(metric_of(ttft), "ttft");
  EXPECT_EQ(ttft.normalized_unit, "ms");
  const auto& decode = testing::at(r, "results[0].decode");
  EXPECT_EQ(decode.normalized_unit, "ms");  // a time per token, no rate
  EXPECT_NE(metric_of(decode), "decode_rate");
  const auto& rate = testing::at(r, "results[0].throughput");
  EXPECT_EQ(rate.normalized_unit, "tok/s");
  EXPECT_FALSE(testing::has_row(r, "units.ttft"));
}

TEST(UnitsAndNames, EachObjectsUnitsAreItsOwn) {
  const auto r = testing::run(FileType::json, R"({
    "a": {"units": {"ttft": "ms"}, "ttft": 5}, "b": {"units": {"ttft": "s"}, "ttft": 6}})");
  ASSERT_TRUE(testing::at(r, "a.ttft").normalized.has_value());
  EXPECT_DOUBLE_EQ(*testing::at(r, "a.ttft").normalized, 5);
  ASSERT_TRUE(testing::at(r, "b.ttft").normalized.has_value());
  EXPECT_DOUBLE_EQ(*testing::at(r, "b.ttft").normalized, 6000);
}

TEST(UnitsAndNames, OllamasDurationNameWithDecimalsCountsSeconds) {
  const auto r =
      testing::run(FileType::json,
                   R"([{"model": "qwen2.5-coder:32b", "total_duration": 24.657081365585327},
          {"model": "qwen2.5-coder:32b", "total_duration": 24657081365}])");
  const auto& seconds = testing::at(r, "[0].total_duration");
  ASSERT_TRUE(seconds.normalized.has_value());
  EXPECT_NEAR(*seconds.normalized, 24657.08, 0.01);
  EXPECT_EQ(seconds.normalized_unit, "ms");
  const auto& ns = testing::at(r, "[1].total_duration");
  ASSERT_TRUE(ns.normalized.has_value());
  EXPECT_NEAR(*ns.normalized, 24657.08, 0.01);
}

TEST(UnitsAndNames, ATeslaCardIsNoPercentile) {
  const auto r = testing::run(FileType::markdown,
                              "| Model | P40 | 2xP40 | P100 | P4 | p95 |\n"
                              "|---|---|---|---|---|---|\n"
                              "| llama3.2:1b | 111.72 | 5.40 | 80.1 | 20.2 | 9.5 |\n");
  EXPECT_NE(testing::at(r, "table[0][0].P40").statistic, "p40");
  EXPECT_NE(testing::at(r, "table[0][0].2xP40").statistic, "p40");
  EXPECT_NE(testing::at(r, "table[0][0].P4").statistic, "p4");
  EXPECT_EQ(testing::at(r, "table[0][0].p95").statistic, "p95");
}

TEST(UnitsAndNames, PromptAndCompletionSpeedsArePrefillAndDecodeRates) {
  const auto r =
      testing::run(FileType::json, R"({"prompt_speed": 2135.7, "completion_speed": 36.85})");
  EXPECT_EQ(metric_of(testing::at(r, "prompt_speed")), "prompt_eval_rate");
  EXPECT_EQ(metric_of(testing::at(r, "completion_speed")), "decode_rate");
}

TEST(UnitsAndNames, AnEngineAfterAHeadingsSymbolAndATitleComparingTwo) {
  const auto r = testing::run(FileType::markdown,
                              "# SgLang-vs-vLLM Comparison\n\n"
                              "## \xF0\x9F\x92\xBB SgLang\n\n"
                              "| Prompt Tokens | Tokens/s |\n|---|---|\n| 123 | 94.55 |\n\n"
                              "## \xF0\x9F\x93\x8A VLLM\n\n"
                              "| Prompt Tokens | Tokens/s |\n|---|---|\n| 123 | 60.69 |\n");
  EXPECT_EQ(testing::at(r, "table[0][0].Tokens/s").context.backend, "SgLang");
  EXPECT_EQ(testing::at(r, "table[1][0].Tokens/s").context.backend, "VLLM");
}

TEST(UnitsAndNames, ASecondHeaderRowNamesTheQuantityUnderEachDevice) {
  const auto r = testing::run(FileType::markdown,
                              "| |        | RTX 4060 Ti | P40 |\n"
                              "| --- | --- | --- | --- |\n"
                              "|     | Memory | TPS | TPS |\n"
                              "| Llama3.2:1b | 2.2 GB | 130.12 | 111.72 |\n");
  bool gpu_told = false;
  for (const auto& row : r.rows) {
    if (row.raw == "130.12") {
      EXPECT_EQ(metric_of(row), "token_rate");
      EXPECT_EQ(row.context.model, "Llama3.2:1b");
      EXPECT_NE(row.context.gpu.find("4060"), std::string::npos);
      gpu_told = true;
    }
    EXPECT_NE(row.raw, "TPS");
  }
  EXPECT_TRUE(gpu_told);
}

TEST(UnitsAndNames, AModelsOverallMetricsAreItsOwn) {
  const auto r = testing::run(FileType::markdown,
                              "## SGLang\n\n"
                              "### Model: NousResearch/Hermes-3-Llama-3.2-3B\n\n"
                              "| Prompt Tokens | Tokens/s |\n|---|---|\n| 123 | 94.55 |\n\n"
                              "### Overall Metrics\n"
                              "- **Average Tokens/s:** 118.34\n\n"
                              "### Model: Qwen/Qwen2.5-Coder-1.5B-Instruct\n\n"
                              "### Overall Metrics\n"
                              "- **Average Tokens/s:** 140.2\n");
  std::size_t told = 0;
  for (const auto& row : r.rows) {
    if (row.raw == "118.34") {
      EXPECT_EQ(row.context.model, "NousResearch/Hermes-3-Llama-3.2-3B");
      ++told;
    }
    if (row.raw == "140.2") {
      EXPECT_EQ(row.context.model, "Qwen/Qwen2.5-Coder-1.5B-Instruct");
      ++told;
    }
  }
  EXPECT_EQ(told, 2u);
}

TEST(UnitsAndNames, ARecordsCaseDescriptorNamesItsTestAndALabelItsConfig) {
  const auto r = testing::run(FileType::json, R"({"results": [
    {"case": {"name": "short_prompt", "concurrency": 4}, "ttft_ms_p50": 35.1},
    {"case": {"name": "long_prompt", "concurrency": 4}, "context_label": "8k", "ttft_ms_p50": 88.4}]})");
  const auto& a = testing::at(r, "results[0].ttft_ms_p50");
  EXPECT_EQ(a.context.test, "short_prompt");
  EXPECT_EQ(a.context.concurrency, "4");
  const auto& b = testing::at(r, "results[1].ttft_ms_p50");
  EXPECT_EQ(b.context.test, "long_prompt");
  EXPECT_NE(b.context.config.find("context_label=8k"), std::string::npos);
}

TEST(UnitsAndNames, ARecommendedFigureIsStatedNotMeasured) {
  const auto r = testing::run(FileType::markdown,
                              "| \xE3\x83\xA2\xE3\x83\x87\xE3\x83\xAB | Recommended VRAM | "
                              "\xE6\x8E\xA8\xE5\xA5\xA8GPU VRAM | VRAM used |\n"
                              "|---|---|---|---|\n"
                              "| qwen2.5:3b | 8GB | 8GB | 5.1GB |\n");
  EXPECT_EQ(testing::at(r, "table[0][0].Recommended VRAM").statistic, "expected");
  EXPECT_EQ(testing::at(r, "table[0][0].\xE6\x8E\xA8\xE5\xA5\xA8GPU VRAM").statistic, "expected");
  EXPECT_NE(testing::at(r, "table[0][0].VRAM used").statistic, "expected");
}

TEST(UnitsAndNames, AKoreanEngineColumnNamesWhatServedEachRow) {
  const auto r =
      testing::run(FileType::markdown,
                   "| \xEB\xAA\xA8\xEB\x8D\xB8 | \xEC\x97\x94\xEC\xA7\x84 | decode tok/s |\n"
                   "|---|---|--:|\n"
                   "| Qwen2.5-1.5B | llama.cpp-GPU | 18.67 |\n");
  EXPECT_EQ(testing::at(r, "table[0][0].decode tok/s").context.backend, "llama.cpp-GPU");
}

TEST(UnitsAndNames, AModelColumnOfPrecisionsUnderATitleNamingTheModel) {
  const auto r =
      testing::run(FileType::markdown,
                   "# Qwen2.5-1.5B GPU bench\n\n"
                   "| Model | decode tok/s |\n|---|--:|\n| F16 | 18.67 |\n| Q4_0 | 32.4 |\n");
  const auto& f16 = testing::at(r, "table[0][0].decode tok/s");
  EXPECT_EQ(f16.context.model, "Qwen2.5-1.5B");
  EXPECT_EQ(f16.context.quantization, "F16");
  EXPECT_EQ(testing::at(r, "table[0][1].decode tok/s").context.quantization, "Q4_0");
}

TEST(UnitsAndNames, TheMachineASentenceSaysTheRunsWereDoneOn) {
  const auto r =
      testing::run(FileType::markdown,
                   "# Benchmarks\n\n"
                   "All runs below were done on an Apple M2 Max (38-core GPU, 64 GB) "
                   "using Ollama 0.5.7 with default settings.\n\n"
                   "| Model | eval rate |\n|---|---|\n| llama3.2:3b | 78.21 tokens/s |\n");
  EXPECT_EQ(testing::at(r, "table[0][0].eval rate").context.gpu, "Apple M2 Max");
}

TEST(UnitsAndNames, AHeadingOverAPictureAloneTitlesTheSectionsAfterIt) {
  const auto r = testing::run(FileType::markdown,
                              "# Bench\n\n## on RTX 4090\n![Graph](g.png)\n\n---\n\n## SgLang\n\n"
                              "| Prompt Tokens | Tokens/s |\n|---|---|\n| 123 | 94.55 |\n");
  EXPECT_EQ(testing::at(r, "table[0][0].Tokens/s").context.gpu, "RTX 4090");
}

TEST(UnitsAndNames, ASetUpSectionsFirstLineNamesTheDocumentsMachine) {
  const auto r =
      testing::run(FileType::markdown,
                   "# Qwen2.5-1.5B GPU bench\n\n## \xED\x99\x98\xEA\xB2\xBD\n"
                   "S25 (Adreno 830), 6T, `-p 128 -n 128`, greedy, n=3.\n\n"
                   "## Results\n\n| Model | decode tok/s |\n|---|--:|\n| F16 | 18.67 |\n");
  EXPECT_EQ(testing::at(r, "table[0][0].decode tok/s").context.gpu, "Adreno 830");
  // (Two machines named: neither is the document's.)
  const auto two =
      testing::run(FileType::markdown,
                   "# Bench\n\n## Hardware\nAn RTX 4090 desktop and an RTX 3090 box.\n\n"
                   "## Results\n\n| Model | decode tok/s |\n|---|--:|\n| a | 18.67 |\n");
  EXPECT_TRUE(testing::at(two, "table[0][0].decode tok/s").context.gpu.empty());
}

TEST(UnitsAndNames, AColumnNamedForTheCpuRanOnTheCpu) {
  const auto r =
      testing::run(FileType::markdown,
                   "# Bench\n\n## Environment\nGalaxy S25 (Adreno 830), 6 threads, n=3.\n\n"
                   "## Results\n\n| Model | cpp-CPU | cpp-GPU | CPU % |\n|---|--:|--:|--:|\n"
                   "| F16 decode | 19.76 | 18.67 | 35 |\n");
  EXPECT_EQ(testing::at(r, "table[0][0].cpp-CPU").context.gpu, "cpu");
  EXPECT_EQ(testing::at(r, "table[0][0].cpp-GPU").context.gpu, "Adreno 830");
  EXPECT_EQ(testing::at(r, "table[0][0].CPU %").context.gpu, "Adreno 830");
}

// The review's counter-examples: each rule above where it must not fire.
TEST(UnitsAndNames, ALowerCasePercentileColumnStaysAPercentile) {
  const auto r = testing::run(FileType::markdown,
                              "| Model | p10 | p40 | p90 |\n|---|---|---|---|\n"
                              "| a | 20.1 ms | 27.9 ms | 40.2 ms |\n");
  EXPECT_EQ(testing::at(r, "table[0][0].p40").statistic, "p40");
  const auto j = testing::run(FileType::json, R"({"latency_p40_ms": 12.5})");
  EXPECT_EQ(testing::at(j, "latency_p40_ms").statistic, "p40");
}

TEST(UnitsAndNames, AFigureMeasuredWithTheRecommendedSettingsIsMeasured) {
  const auto r =
      testing::run(FileType::markdown, "| Model | Recommended tok/s |\n|---|---|\n| a | 41.5 |\n");
  EXPECT_EQ(testing::at(r, "table[0][0].Recommended tok/s").statistic, "value");
}

TEST(UnitsAndNames, AUnitsObjectHoldsForItsOwnObjectAndAStatisticsKeys) {
  const auto r = testing::run(FileType::json, R"({
    "hardware": {"units": {"memory": "GB"}, "memory": 24},
    "run": {"memory": 0.62, "units": {"ttft": "ms"}, "ttft": {"mean": 41.2, "p99": 88.0}}})");
  EXPECT_EQ(testing::at(r, "hardware.memory").normalized_unit, "bytes");
  EXPECT_TRUE(testing::at(r, "run.memory").normalized_unit.empty());
  EXPECT_EQ(testing::at(r, "run.ttft.p99").normalized_unit, "ms");
}

TEST(UnitsAndNames, AWholeCountPrintedAsAFloatIsStillOllamasNanoseconds) {
  const auto r = testing::run(FileType::csv,
                              "model,eval_count,eval_duration\n"
                              "llama3.2:3b,298,2957116000.0\n"
                              "llama3.2:3b,301,2310.77\n");
  const auto& ns = testing::at(r, "[0].eval_duration");
  ASSERT_TRUE(ns.normalized.has_value());
  EXPECT_NEAR(*ns.normalized, 2957.116, 0.001);
  // (2310.77 with decimals: no nanoseconds, and too long for one generation's seconds.)
  EXPECT_FALSE(testing::at(r, "[1].eval_duration").normalized.has_value());
}

TEST(UnitsAndNames, OneSummaryAfterSeveralModelsIsNoOneModels) {
  const auto r = testing::run(FileType::markdown,
                              "### Model: llama3.1:8b\n\n"
                              "| Prompt | Tokens/s |\n|---|---|\n| a | 94.55 |\n\n"
                              "### Model: gemma2:9b\n\n"
                              "| Prompt | Tokens/s |\n|---|---|\n| a | 80.1 |\n\n"
                              "### Overall Metrics\n"
                              "- **Average Tokens/s:** 87.33\n");
  for (const auto& row : r.rows) {
    if (row.raw == "87.33") {
      EXPECT_TRUE(row.context.model.empty()) << row.context.model;
    }
  }
}

TEST(UnitsAndNames, AGlossarysFirstRowIsNoSecondHeader) {
  const auto r = testing::run(FileType::markdown,
                              "| Term | Meaning | Warm-up runs | Tokens/s |\n|---|---|---|---|\n"
                              "| TTFT | Time to first token | prompt eval time | TTFT |\n"
                              "| a | b | 3 | 1820 |\n");
  for (const auto& row : r.rows) {
    if (row.raw == "1820") {
      EXPECT_NE(row.metric_id(), "ttft");
    }
  }
}

}  // namespace
}  // namespace chimera::ingest
