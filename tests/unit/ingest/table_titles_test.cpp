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

// Review 50's sibling: a group row naming a batch or a load ("| **Batch 8** |") is the rows'
// concurrency below it.
TEST(TableTitles, AGroupRowNamingABatch) {
  const auto r = run(FileType::markdown,
                     "| Test | Result |\n|---|---|\n| **Decode** | |\n| Speed | 40.2 t/s |\n"
                     "| **Batch 8** | |\n| Throughput | 210 t/s |\n");
  EXPECT_EQ(at(r, "table[0][1].Result").context.concurrency, "");
  EXPECT_EQ(at(r, "table[0][3].Result").context.concurrency, "8");
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
  // ... but beside a "Worst Model" the best is one of two compared: their "Gap" neither's (and
  // a gap of scores no inter-token latency).
  const auto pair =
      run(FileType::markdown,
          "| Task | Best Model | Best Score | Worst Model | Gap |\n|---|---|---|---|---|\n"
          "| QA | llama-3.2-1b | 0.78 | gpt2 | 0.72 |\n");
  EXPECT_EQ(at(pair, "table[0][0].Gap").context.model, "");
  EXPECT_EQ(at(pair, "table[0][0].Gap").metric_id(), "unknown");
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

// Held-out set 51: a section's bits ("### Single GPU, 4-bit") as "FP16" beside it would be; not
// a title's over a tool's own precision ("# Apple M5 Pro — MLX (2-bit)" over llama-bench's Q2_0).
TEST(TableTitles, ASectionsBitsAreItsPrecision) {
  const std::string table =
      "\n\n| Model | GPU | tok/s |\n|---|---|---|\n| Llama2-7B | RTX 4090 | 60 |\n\n";
  const auto r = run(FileType::markdown,
                     "# Bench\n\n### Single GPU, 4-bit" + table + "### Single GPU, FP16" + table);
  EXPECT_EQ(at(r, "table[0][0].tok/s").context.quantization, "4-bit");
  EXPECT_EQ(at(r, "table[1][0].tok/s").context.quantization, "FP16");
  const auto title = run(FileType::markdown,
                         "# Apple M5 Pro \xE2\x80\x94 MLX (2-bit)\n\n"
                         "| model | test | t/s |\n|---|---|---|\n"
                         "| qwen35 27B Q2_0 | tg128 | 26.53 |\n");
  EXPECT_EQ(at(title, "table[0][0].t/s").context.quantization, "Q2_0");
}

// A newcomer's review of the thirty-fifth session's rules: counter-examples each rule must leave
// alone (or now reads), run through the session's first and last builds.
TEST(TableTitles, ThirtyFifthSessionsReviewCounterExamples) {
  // Watts in a Chinese table of power draw, no 万: "| 待机 | 满载 |" (idle, full load).
  const auto power = run(FileType::markdown,
                         "# \xE5\x8A\x9F\xE8\x80\x97\n\n| \xE6\x9C\xBA\xE5\x99\xA8 | "
                         "\xE5\xBE\x85\xE6\x9C\xBA | \xE6\xBB\xA1\xE8\xBD\xBD |\n|---|---|---|\n"
                         "| N100 | 6W | 25W |\n");
  EXPECT_EQ(at(power, "table[0][0].\xE6\xBB\xA1\xE8\xBD\xBD").unit, "W");
  // A size in a heading under a model of another size is no model; nor a draft's, nor bytes.
  const std::string table = "\n\n| Concurrency | Output tok/s |\n|---|---|\n| 1 | 88.0 |\n\n";
  const auto sizes =
      run(FileType::markdown,
          "# Qwen2.5-7B-Instruct on RTX 4090 (vLLM)\n\n"
          "## Test 1B: Long prompts" +
              table + "### With a 0.5B draft model" + table + "### Payload 512B" + table);
  EXPECT_EQ(at(sizes, "table[0][0].Output tok/s").context.model, "Qwen2.5-7B-Instruct");
  EXPECT_EQ(at(sizes, "table[1][0].Output tok/s").context.model, "Qwen2.5-7B-Instruct");
  EXPECT_EQ(at(sizes, "table[2][0].Output tok/s").context.model, "Qwen2.5-7B-Instruct");
  // A "| Model Size |" column under a family's title: the family's model of that size.
  const auto family = run(FileType::markdown,
                          "# Qwen2.5 family on an M3 Max\n\n| Model Size | "
                          "Tokens/Second |\n|---|---|\n| 0.5B | 310.2 |\n");
  EXPECT_EQ(at(family, "table[0][0].Tokens/Second").context.model, "Qwen2.5 0.5B");
  // A group row that names no model the parser knows, after one that did: another model's.
  const auto groups = run(FileType::markdown,
                          "| Metric | RADV |\n|---|---|\n| **GLM-4.5-Air** | |\n"
                          "| Token Generation | 21 t/s |\n| **Mistral Small** | |\n"
                          "| Token Generation | 14 t/s |\n");
  EXPECT_EQ(at(groups, "table[0][3].RADV").context.model, "Mistral Small");
  // "AWQ, dtype float16": the weights' method, the activations' dtype apart.
  const auto awq = run(FileType::markdown, "## Qwen2.5-7B-Instruct-AWQ, dtype float16" + table);
  EXPECT_EQ(at(awq, "table[0][0].Output tok/s").context.quantization, "AWQ");
  // A rate in a caption that is a result ("**Peak: 14.2 req/s at concurrency 64**") is no load.
  const auto peak = run(FileType::markdown, "**Peak: 14.2 req/s at concurrency 64**" + table);
  EXPECT_EQ(at(peak, "table[0][0].Output tok/s").context.rate, "");
  // Two GeForce cards compared in a heading name neither; a title's "Local vs Cloud" credits its
  // engine with neither side.
  const auto cards = run(FileType::markdown, "## 3090 24G \xE4\xB8\x8E 4090 24G" + table);
  EXPECT_EQ(at(cards, "table[0][0].Output tok/s").context.gpu, "");
  const auto cloud = run(FileType::markdown, "# Ollama - Local vs Cloud (Groq API)" + table);
  EXPECT_EQ(at(cloud, "table[0][0].Output tok/s").context.backend, "");
  // "实际/理论" (actual over theoretical): a ratio, no theoretical figure.
  const auto ratio = run(FileType::markdown,
                         "| Metric | \xE5\xAE\x9E\xE9\x99\x85/\xE7\x90\x86"
                         "\xE8\xAE\xBA |\n|---|---|\n| Decode | 79% |\n");
  EXPECT_NE(at(ratio, "table[0][0].\xE5\xAE\x9E\xE9\x99\x85/\xE7\x90\x86\xE8\xAE\xBA").statistic,
            "expected");
  // A list item's own GPU over its heading's.
  const auto items = run(FileType::markdown,
                         "# llama3.1:8b speed\n\n## Results on my RTX 4090\n\n"
                         "- RTX 3090 (friend's box): 101 tok/s, 21.9 GB\n");
  EXPECT_EQ(at(items, "list[5].RTX 3090 (friend's box)[1]").context.gpu, "RTX 3090");
  // "### Differences from the default settings" lists the settings; numbered steps are none.
  const std::string results =
      "# Llama-3.1-8B on RTX 4090\n\n| Concurrency | Output tok/s |\n"
      "|---|---|\n| 1 | 95.2 |\n\n## Configuration\n\n";
  const auto defaults = run(FileType::markdown, results +
                                                    "### Differences from the default settings\n\n"
                                                    "- max_num_seqs: 64\n");
  EXPECT_EQ(at(defaults, "table[0][0].Output tok/s").context.config, "max_num_seqs=64");
  const auto steps = run(FileType::markdown, results +
                                                 "1. Start the server with the default flags.\n"
                                                 "2. Run benchmark_serving.py three times.\n");
  EXPECT_EQ(at(steps, "table[0][0].Output tok/s").context.config, "");
  // A machine's list ("- Memory: 192 GB, 800 GB/s") and two figures of one kind ("before,
  // after": 45 tok/s, 60 tok/s) are no items of results.
  const auto specs = run(FileType::markdown,
                         "# Mac Studio\n\n## Hardware\n\n- Memory: 192 GB, 800 GB/s\n\n## Notes\n\n"
                         "- Decode (before, after tuning): 45 tok/s, 60 tok/s\n");
  EXPECT_TRUE(specs.rows.empty());
  // Siblings read now: a GeForce's variant with its memory ("4090D 24G", "2080Ti 22G"); numbered
  // settings past nine; a rate named before its figure ("| QPS=4 |"); a CPU column among the
  // compared backends.
  const auto variant = run(FileType::markdown, "## 4090D 24G" + table + "## 2080Ti 22G" + table);
  EXPECT_EQ(at(variant, "table[0][0].Output tok/s").context.gpu, "RTX 4090 D");
  EXPECT_EQ(at(variant, "table[1][0].Output tok/s").context.gpu, "RTX 2080 Ti");
  std::string many = results + "### Settings\n\n";
  for (int i = 1; i <= 10; ++i)
    many += std::to_string(i) + ". **opt" + std::to_string(i) + ":** 1\n";
  EXPECT_NE(
      at(run(FileType::markdown, many), "table[0][0].Output tok/s").context.config.find("opt10=1"),
      std::string::npos);
  const auto qps = run(FileType::markdown, "| Metric | QPS=4 |\n|---|---|\n| TTFT (ms) | 60.1 |\n");
  EXPECT_EQ(at(qps, "table[0][0].QPS=4").context.rate, "4");
  const auto cpu = run(FileType::markdown,
                       "| Model | CPU | Vulkan | CUDA |\n|---|---|---|---|\n| q | 1 | 2 | 3 |\n");
  EXPECT_EQ(at(cpu, "table[0][0].CPU").context.backend, "CPU");
  // Group rows of a precision or a GPU ("| **Q8_0** |", "| **RTX 3090** |") label the rows below.
  const auto grouped =
      run(FileType::markdown,
          "| Metric | Vulkan |\n|---|---|\n| **Qwen3-30B-A3B Q4_K_M** | |\n"
          "| tg128 | 72 t/s |\n| **Q8_0** | |\n| tg128 | 48 t/s |\n\n"
          "| Metric | Value |\n|---|---|\n| **RTX 3090** | |\n| Decode | 101 t/s |\n");
  EXPECT_EQ(at(grouped, "table[0][1].Vulkan").context.quantization, "Q4_K_M");
  EXPECT_EQ(at(grouped, "table[0][3].Vulkan").context.quantization, "Q8_0");
  EXPECT_EQ(at(grouped, "table[0][3].Vulkan").context.model, "Qwen3-30B-A3B");
  EXPECT_EQ(at(grouped, "table[1][1].Value").context.gpu, "RTX 3090");
}

}  // namespace
}  // namespace chimera::ingest

namespace chimera::ingest {
namespace {

// Review 50's siblings: "| Explanation |" says why a row is, no label of it ("| Verdict |" stays
// one); "+ prefix caching", a step added to the row above, is the row's label.
TEST(TableTitles, AnEngineNamedAfterVia) {
  for (const auto& [line, engine] :
       {std::pair<std::string, std::string>{"OpenAI-compatible API via vLLM", "vLLM"},
        {"Vulkan via llama.cpp (b4500)", "llama.cpp"},
        {"llama.cpp via kyuz0/amd-strix-halo-toolboxes", "llama.cpp"}}) {
    const auto r = testing::run(FileType::markdown, "# Notes\n\n- **Backend:** " + line +
                                                        "\n\n| Concurrency | tok/s |\n|---|---|\n"
                                                        "| 1 | 61.2 |\n");
    EXPECT_EQ(testing::at(r, "table[0][0].tok/s").context.backend, engine) << line;
  }
}

TEST(TableTitles, ExplanationsAndVerdictsAreNoLabelsButAddedStepsAre) {
  const auto r =
      testing::run(FileType::markdown,
                   "# vLLM tuning\n\n| Optimization | Output tok/s | Explanation |\n"
                   "|---|---|---|\n| Baseline | 410 | default settings |\n"
                   "| + prefix caching | 520 | shared system prompt |\n"
                   "| +12% | 530 | noise |\n\n| Config | tok/s | Verdict |\n|---|---|---|\n"
                   "| TP=2 | 880 | Best |\n");
  EXPECT_EQ(testing::at(r, "table[0][0].Output tok/s").context.config, "Optimization=Baseline");
  EXPECT_EQ(testing::at(r, "table[0][1].Output tok/s").context.config,
            "Optimization=+ prefix caching");
  EXPECT_EQ(testing::at(r, "table[0][2].Output tok/s").context.config.find("+12%"),
            std::string::npos);
  // (A verdict stays a label: it may be all that tells two runs apart, review 52.)
  EXPECT_NE(testing::at(r, "table[1][0].tok/s").context.config.find("Best"), std::string::npos);
}

}  // namespace
}  // namespace chimera::ingest
