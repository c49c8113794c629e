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

TEST(UnitsAndNames, AUnitsObjectNamingAKeyTwiceNamesNoUnit) {
  const auto r = testing::run(FileType::json, R"({
    "a": {"units": {"t": "ms"}, "t": 5}, "b": {"units": {"t": "s"}, "t": 6}})");
  EXPECT_TRUE(testing::at(r, "a.t").normalized_unit.empty());
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

}  // namespace
}  // namespace chimera::ingest
