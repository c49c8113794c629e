// What stands around and inside a table's rows to title them: group rows, captions with a
// request rate, statistics down the side, compared compute backends, a precision's aside, a
// title's engine, and a configuration section's numbered items. Shapes from held-out set 50 (a
// GuideLLM blog post, a RADV vs ROCm report on Strix Halo, a llama.cpp quantization comparison).
#include <gtest/gtest.h>

#include "ingest_helpers.hpp"

namespace chimera::ingest {
namespace {

using testing::at;
using testing::run;

// "**Time to First Token at 0.37 rps:**" over "| Percentile | Value |": the caption's quantity
// and rate; "### Inter-Token Latency" over the same table: the heading's quantity; columns "At
// Low Load (0.37 rps)": each its rate; a "What It Means" column labels no run.
TEST(TableTitles, StatisticsDownTheSideTakeTheCaptionsQuantityAndRate) {
  const auto r =
      run(FileType::markdown,
          "# Blog\n\n**Time to First Token at 0.37 rps:**\n\n| Percentile | Value |\n"
          "|---|---|\n| p50 | 31.98 ms |\n| Mean | 80.42 ms |\n\n"
          "### Inter-Token Latency\n\n| Percentile | Value |\n|---|---|\n"
          "| p95 | 20.29 ms |\n\n"
          "| Metric | At Low Load (0.37 rps) | At Max Load (8.53 rps) | What It Means |\n"
          "|---|---|---|---|\n| **Inter-Token Latency** | 20.06 ms | 147 ms | Gap |\n");
  const auto& p50 = at(r, "table[0][0].Value");
  EXPECT_EQ(p50.metric_id(), "ttft");
  EXPECT_EQ(p50.statistic, "median");
  EXPECT_EQ(p50.context.rate, "0.37");
  EXPECT_EQ(at(r, "table[0][1].Value").statistic, "mean");
  EXPECT_EQ(at(r, "table[1][0].Value").metric_id(), "itl");
  const auto& low = at(r, "table[2][0].At Low Load (0.37 rps)");
  EXPECT_EQ(low.context.rate, "0.37");
  EXPECT_EQ(low.context.config, "");
  EXPECT_EQ(at(r, "table[2][0].At Max Load (8.53 rps)").context.rate, "8.53");
  // (A "| Metric | Value |" table's "Median" row names no quantity of the heading's.)
  const auto mixed = run(FileType::markdown,
                         "#### llama3.2-1b (n=168)\n\n| Metric | Value |\n|---|---|\n"
                         "| Median | 714.6 ms |\n");
  EXPECT_EQ(at(mixed, "table[0][0].Value").metric_id(), "unknown");
}

// "| **gpt-oss-120b** |" and "| **Prompt Processing** |" rows alone: the model, and the phase
// of the generic labels below ("Speed", "Time"), keeping every row's place.
TEST(TableTitles, GroupRowsNameTheModelAndThePhase) {
  const auto r = run(FileType::markdown,
                     "| Metric | RADV | ROCm 7 RC |\n|---|---|---|\n| **gpt-oss-120b** | | |\n"
                     "| **Prompt Processing** | | |\n| Time | 109.2 seconds | 55.5 seconds |\n"
                     "| Speed | 273 t/s | 538 t/s |\n| **Token Generation** | | |\n"
                     "| Speed | 39 t/s | 36 t/s |\n| **TOTAL TIME** | **164.6s** | **83.3s** |\n");
  const auto& pp = at(r, "table[0][3].RADV");
  EXPECT_EQ(pp.metric_id(), "prompt_eval_rate");
  EXPECT_EQ(pp.context.model, "gpt-oss-120b");
  EXPECT_EQ(pp.context.backend, "RADV");
  EXPECT_EQ(at(r, "table[0][2].RADV").metric_id(), "prompt_eval_time");
  EXPECT_EQ(at(r, "table[0][5].ROCm 7 RC").metric_id(), "decode_rate");
  EXPECT_EQ(at(r, "table[0][5].ROCm 7 RC").context.backend, "ROCm 7 RC");
  EXPECT_EQ(at(r, "table[0][6].RADV").metric_id(), "duration");  // (no phase's: the total)
}

// "| Model | Vulkan | ROCm | CUDA |": the backends compared, each column its figures (not a
// version of the software, as "| ROCm | 6.3.4 |" is).
TEST(TableTitles, ComparedComputeBackendsAreColumnsOfFigures) {
  const auto r =
      run(FileType::markdown,
          "| Model | Vulkan | ROCm | CUDA |\n|---|---|---|---|\n| qwen3:8b | 3 | 4 | 5 |\n");
  const auto& rocm = at(r, "table[0][0].ROCm");
  EXPECT_EQ(rocm.role, metrics::Role::metric);
  EXPECT_EQ(rocm.context.backend, "ROCm");
  EXPECT_EQ(rocm.context.config, "");
  const auto version = run(FileType::markdown,
                           "| Model | ROCm | tok/s |\n|---|---|---|\n"
                           "| qwen3:8b | 6.3.4 | 40 |\n");
  EXPECT_EQ(at(version, "table[0][0].tok/s").context.config, "ROCm=6.3.4");
}

// "# llama.cpp — Quantization Comparison: Q4_K_M vs Q8_0": the engine before what the title
// compares; "Q4_K_M (n_gpu_layers=99)": the precision, its aside a label; "- **Backend:**
// llama.cpp via kyuz0/amd-strix-halo-toolboxes": the engine.
TEST(TableTitles, ATitlesEngineAPrecisionsAsideAndAnEngineVia) {
  const auto r = run(FileType::markdown,
                     "# llama.cpp \xE2\x80\x94 Quantization Comparison: Q4_K_M vs Q8_0\n\n"
                     "| Quantization | tok/s |\n|---|---|\n| Q4_K_M (n_gpu_layers=99) | 55.28 |\n");
  const auto& rate = at(r, "table[0][0].tok/s");
  EXPECT_EQ(rate.context.backend, "llama.cpp");
  EXPECT_EQ(rate.context.quantization, "Q4_K_M");
  EXPECT_EQ(rate.context.config, "n_gpu_layers=99");
  const auto engines = run(FileType::markdown,
                           "# vLLM vs SGLang: Qwen3 8B\n\n| Model | tok/s |\n"
                           "|---|---|\n| qwen3:8b | 40 |\n");
  EXPECT_EQ(at(engines, "table[0][0].tok/s").context.backend, "");
  const auto via = run(FileType::markdown,
                       "# Notes\n\n- **Backend:** llama.cpp via kyuz0/amd-strix-halo-toolboxes\n\n"
                       "| Model | tok/s |\n|---|---|\n| qwen3:8b | 40 |\n");
  EXPECT_EQ(at(via, "table[0][0].tok/s").context.backend, "llama.cpp");
}

// "## Configuration Details" then "### Key Differences" and "1. **ubatch size:** RADV uses 1024,
// ROCm uses 2048": how variants differ, no configuration of every row; a numbered list under a
// settings heading is one.
TEST(TableTitles, NumberedConfigurationItemsAndDifferences) {
  const std::string table = "# T\n\n| Metric | RADV |\n|---|---|\n| Speed | 3 t/s |\n\n";
  const auto differ =
      run(FileType::markdown, table +
                                  "## Configuration Details\n\n### Key Differences\n"
                                  "1. **ubatch size:** RADV uses 1024, ROCm uses "
                                  "2048\n");
  EXPECT_EQ(at(differ, "table[0][0].RADV").context.config, "");
  const auto settings = run(FileType::markdown, table +
                                                    "## Configuration Details\n\n### Settings\n"
                                                    "1. **ubatch size:** 1024\n2. **mmap:** off\n");
  EXPECT_EQ(at(settings, "table[0][0].RADV").context.config, "ubatch size=1024, mmap=off");
}

// "| Task | Best Model | Gen tok/s | Why |": the figures are the best model's, the reason no
// label of the run; "| HTML | Python | C | BASIC |": a score per language, "C" no concurrency and
// "Python" no runtime (two, "| Python | Rust |", are runtimes compared).
TEST(TableTitles, ARecommendationsModelAndScoresPerLanguage) {
  const auto r =
      run(FileType::markdown,
          "| Task | Best Model | Gen tok/s | Why |\n|---|---|---|---|\n"
          "| Best coding | Gemma 4 E2B | 42.7 | MTP gives 72% draft acceptance |\n\n"
          "| Model | Gen tok/s | HTML | Python | C | BASIC |\n|---|---|---|---|---|---|\n"
          "| Gemma 2 2B | 25.0 | 8 | 9 | 9 | 7 |\n\n"
          "| Metric | Python | Rust |\n|---|---|---|\n| Throughput | 99.34 tok/s | "
          "114.54 tok/s |\n");
  const auto& best = at(r, "table[0][0].Gen tok/s");
  EXPECT_EQ(best.context.model, "Gemma 4 E2B");
  EXPECT_EQ(best.context.config, "Task=Best coding");
  const auto& c = at(r, "table[1][0].C");
  EXPECT_EQ(c.role, metrics::Role::metric);
  EXPECT_EQ(at(r, "table[1][0].Gen tok/s").context.concurrency, "");
  EXPECT_EQ(at(r, "table[1][0].Python").context.backend, "");
  EXPECT_EQ(at(r, "table[2][0].Rust").context.backend, "Rust");
}

// Held-out set 49: a second model's section states its own precision in its set-up table
// ("| **Quantization** | NVFP4 (4-bit) |") after the first's MXFP4, the document's.
TEST(TableTitles, ASectionsSetupTableGivesItsModelsPrecision) {
  const std::string setup = "### Setup\n\n| Property | Value |\n|---|---|\n| **Quantization** | ";
  const std::string results =
      "### Results\n\n| Metric | Value |\n|---|---|\n| Avg TPS | 15.5 |\n\n";
  const auto r =
      run(FileType::markdown,
          "# Speed Tests\n\n## GPT-OSS-20B Speed Test\n\n" + setup + "MXFP4 (native 4-bit) |\n\n" +
              results + "## Llama-70B Speed Test\n\n" + setup + "NVFP4 (4-bit) |\n\n" + results);
  EXPECT_EQ(at(r, "table[1][0].Value").context.quantization, "MXFP4");
  EXPECT_EQ(at(r, "table[3][0].Value").context.quantization, "NVFP4");
  EXPECT_EQ(at(r, "table[3][0].Value").context.model, "Llama-70B");
}

}  // namespace
}  // namespace chimera::ingest
