// List items of figures in a document that also has tables: shapes from held-out set 51 (a blog's
// "Key Findings" under bold leads, a README's hardware list beside its results tables).
#include <gtest/gtest.h>

#include "ingest_helpers.hpp"

namespace chimera::ingest {
namespace {

using testing::at;
using testing::has_row;
using testing::run;

constexpr std::string_view kFindings =
    "# vLLM\n\n| Model | Mean TTFT |\n|---|---|\n| Qwen-30B | 893ms |\n\n### Key Findings\n\n"
    "**Short Prompts (256x256 tokens)**\n\n**Best Case (Concurrency=1)**\n\n"
    "- TTFT: 893ms (median: 535ms)\n- TPOT: 7.3ms\n\n**High Load (Concurrency=32)**\n\n"
    "- TTFT: 785ms (median: 705ms)\n- Throughput: 1,870 tokens/s\n"
    "- **10x throughput improvement** with acceptable latency\n\n"
    "Storage:\n\n- Raw JSONL: 45 MB\n\n- Best: 542.37ms\n";

// Items that name their metric and write their unit are read after a table, each with the load
// the bold line over it names; a figure the table gave is not counted again.
TEST(ListsAmongTables, ItemsThatNameTheirMetricAreRead) {
  const auto r = run(FileType::markdown, kFindings);
  EXPECT_EQ(at(r, "list[14].TPOT").metric_id(), "tpot");
  EXPECT_EQ(at(r, "list[14].TPOT").context.concurrency, "1");
  EXPECT_NE(at(r, "list[14].TPOT").context.section.find("Short Prompts"), std::string::npos);
  EXPECT_EQ(at(r, "list[19].Throughput").context.concurrency, "32");
  EXPECT_EQ(*at(r, "list[19].Throughput").normalized, 1870.0);
  EXPECT_FALSE(has_row(r, "list[13].TTFT"));  // 893ms: the table's figure, restated
  // (Labels that name no metric: a file's size in MB, a "Best" of what.)
  EXPECT_FALSE(has_row(r, "list[24].Raw JSONL"));
  EXPECT_FALSE(has_row(r, "list[26].Best"));
}

// "893ms (median: 535ms)": the figure, and its median beside it.
TEST(ListsAmongTables, AStatisticInBracketsAfterTheFigure) {
  const auto r = run(FileType::markdown, "# Notes\n\n- TTFT: 785ms (median: 705ms)\n");
  EXPECT_EQ(at(r, "list[3].TTFT").metric_id(), "ttft");
  EXPECT_EQ(*at(r, "list[3].TTFT").normalized, 785.0);
  const auto& median = at(r, "list[3].median TTFT");
  EXPECT_EQ(median.metric_id(), "ttft");
  EXPECT_EQ(median.statistic, "median");
  EXPECT_EQ(*median.normalized, 705.0);
  // (Not a statistic in brackets: no second figure.)
  const auto other = run(FileType::markdown, "# Notes\n\n- TTFT: 785ms (warm: 705ms)\n");
  EXPECT_FALSE(has_row(other, "list[3].warm TTFT"));
}

// "Hardware:" over "- Memory: 96GB": what the machine has, never memory in use.
TEST(ListsAmongTables, AHardwareListsMemoryIsNoResult) {
  const auto r = run(FileType::markdown,
                     "# Bench\n\nHardware:\n\n- GPU: 1x NVIDIA RTX4090 24GB\n- Memory: 96GB\n\n"
                     "| Backend | TPS@4 |\n|---|---|\n| vLLM | 222.63 |\n");
  for (const auto& row : r.rows) EXPECT_NE(row.metric_id(), "memory") << row.locator;
}

// A legend's item under the table ("- **FTL**: First Token Latency, measured in milliseconds.")
// gives the unit of that column, above and in the tables after; "Tokens Per Second." no unit of
// seconds to "TPS".
TEST(ListsAmongTables, ALegendGivesAShortColumnsUnit) {
  const std::string table =
      "| Backend | TPS@4 | FTL@1 |\n| --- | --- | --- |\n| vLLM | 222.63 | 95.43 |\n";
  const auto r =
      run(FileType::markdown,
          "# Bench\n\n" + table +
              "\n- **TPS**: Tokens Per Second.\n- **FTL**: First Token Latency, measured "
              "in milliseconds.\n\n## 8 bit\n\n" +
              table);
  EXPECT_EQ(at(r, "table[0][0].FTL@1").unit, "ms");
  EXPECT_EQ(at(r, "table[1][0].FTL@1").unit, "ms");
  EXPECT_EQ(at(r, "table[1][0].TPS@4").unit, "tok/s");
  // (No legend: no unit.)
  const auto bare = run(FileType::markdown, "# Bench\n\n" + table);
  EXPECT_EQ(at(bare, "table[0][0].FTL@1").unit, "");
}

// Held-out set 52: "**Response Time:** 68.15 seconds" lines in a section after the set-up's
// sibling ("### Test Configuration" then "### Sample Output") are read as a list's items.
TEST(ListsAmongTables, BoldLabelLinesAfterASetupSectionsSibling) {
  const auto r = run(FileType::markdown,
                     "# RK LLM\n\n### Test Configuration\n\n- **Platform:** RK3588 (ARM64)\n"
                     "- **NPU:** 3 cores available\n\n### Performance Test Results\n\n"
                     "| Test | Time (s) | Tokens/s |\n|---|---|---|\n| 1 | 168.5 | 5.15 |\n\n"
                     "### Sample Output\n\n**Response Time:** 68.15 seconds\n"
                     "**Tokens/second:** 4.76\n");
  EXPECT_EQ(at(r, "list[16].Response Time").metric_id(), "e2e_latency");
  EXPECT_EQ(*at(r, "list[16].Response Time").normalized, 68150.0);
  EXPECT_EQ(at(r, "list[17].Tokens/second").unit, "tok/s");
  EXPECT_EQ(at(r, "table[0][0].Tokens/s").context.gpu, "RK3588");
  // (A set-up's own subsection stays the set-up's: its items are no results.)
  const auto setup = run(FileType::markdown,
                         "# B\n\n## Setup\n\n### Hardware\n\n- **VRAM:** 24 GB\n\n## Results\n\n"
                         "| a | TTFT (ms) |\n|---|---|\n| x | 5 |\n");
  EXPECT_FALSE(has_row(setup, "list[7].VRAM"));
}

// "Model: `X-FP8` · GPU: 1×B200 (SM100) ·": labels set apart by middle dots, each read.
TEST(ListsAmongTables, LabelsSetApartByMiddleDots) {
  const auto r =
      run(FileType::markdown,
          "# PR results\n\nModel: `RedHatAI/X-FP8` \xC2\xB7 GPU: 1\xC3\x97"
          "B200 (SM100) \xC2\xB7\nfeat branch vs main.\n\n| Case | TTFT (ms) |\n|---|---|\n"
          "| a | 5 |\n");
  EXPECT_EQ(at(r, "table[0][0].TTFT (ms)").context.gpu,
            "1\xC3\x97"
            "B200");
  EXPECT_EQ(at(r, "table[0][0].TTFT (ms)").context.model, "RedHatAI/X-FP8");
}

// Held-out set 52: a note's "Memory Usage: 9.895Gi/16.000Gi" (used of what there is), a
// "tps_ratio" (how many times as fast), and the precision a table's lead sentence gives its
// results ("Performance results for LLAMA 3.1 (8B) with FP8 quantization").
TEST(ListsAmongTables, UsedOfTotalRatiosAndALeadSentencesPrecision) {
  const auto r = run(FileType::markdown,
                     "# T\n\n| Parallel | Duration (Seconds) | Notes |\n|---|---|---|\n"
                     "| 64 | 3780 | Memory Usage: 9.895Gi/16.000Gi |\n");
  EXPECT_DOUBLE_EQ(*at(r, "table[0][0].Notes.Memory Usage").normalized, 9.895 * 1024 * 1024 * 1024);
  const auto ratio = run(FileType::csv, "name,tps_ratio,compression_ratio\nx,2.19,3.1\n");
  EXPECT_EQ(at(ratio, "[0].tps_ratio").metric_id(), "speedup");
  EXPECT_EQ(at(ratio, "[0].tps_ratio").unit, "x");
  EXPECT_NE(at(ratio, "[0].compression_ratio").metric_id(), "speedup");
  const auto lead = run(FileType::markdown,
                        "# R\n\n### LLAMA 3.1 (8B)\n\nPerformance results for LLAMA 3.1 (8B) with "
                        "FP8 quantization, 1000 requests.\n\n| tp size | throughput(tokens/sec) |\n"
                        "|---|---|\n| 1 | 17853 |\n");
  EXPECT_EQ(at(lead, "table[0][0].throughput(tokens/sec)").context.quantization, "FP8");
}

}  // namespace
}  // namespace chimera::ingest

namespace chimera::ingest {
namespace {

// Held-out set 52: a forward pass's profile ("| Layer | GPU Latency (ms) |") times layers, no
// request; a machine's specification table whose first pair stands in its header ("| GPU |
// NVIDIA H200 141GB |" over "| Ubuntu | 22.04 |") holds versions, no figures.
TEST(ListsAmongTables, LayerProfilesAndSpecificationPairs) {
  const auto profile = testing::run(FileType::markdown,
                                    "# Profile\n\n| Layer | GPU Latency (ms) |\n|---|---|\n"
                                    "| model.layers.0.self_attn.q_proj | 0.23 |\n");
  EXPECT_EQ(testing::at(profile, "table[0][0].GPU Latency (ms)").metric_id(), "duration");
  const auto requests = testing::run(FileType::markdown,
                                     "# Runs\n\n| Run | Latency (ms) |\n|---|---|\n| 1 | 230 |\n");
  EXPECT_EQ(testing::at(requests, "table[0][0].Latency (ms)").metric_id(), "e2e_latency");
  const auto spec = testing::run(FileType::markdown,
                                 "# Azure ND H200 v5\n\n## System Specifications\n\n"
                                 "| GPU | NVIDIA H200 141GB |\n|---|---|\n| Ubuntu | 22.04 |\n"
                                 "| CUDA | 12.6 |\n");
  for (const auto& row : spec.rows) EXPECT_NE(row.role, metrics::Role::metric) << row.locator;
}

}  // namespace
}  // namespace chimera::ingest

namespace chimera::ingest {
namespace {

// Held-out set 53: "**Performance Metrics:** (unit: Tokens / second)" over a table of precisions
// gives its figures' quantity; a record's "name" that names no model ("iq3-fit-mtp") is its run,
// not its model; a CSV named "..._averages" holds means; "| Total |" of "1.56s" a duration.
TEST(ListsAmongTables, UnitsInWordsRunNamesAveragesAndTotals) {
  const auto units = testing::run(FileType::markdown,
                                  "# Bench\n\n**Performance Metrics:** (unit: Tokens / second)\n\n"
                                  "| Engine | float16 | int4 |\n|---|---|---|\n"
                                  "| llama.cpp | - | 100.90 \xC2\xB1 1.46 |\n");
  EXPECT_EQ(testing::at(units, "table[0][0].int4").metric_id(), "token_rate");
  EXPECT_EQ(testing::at(units, "table[0][0].int4").unit, "tok/s");
  const auto run = testing::run(FileType::json,
                                "{\"name\": \"iq3-fit-mtp\", \"quant\": \"UD-IQ3_XXS\", "
                                "\"gen_tok_s\": 50.0}");
  EXPECT_EQ(testing::at(run, "gen_tok_s").context.model, "");
  EXPECT_NE(testing::at(run, "gen_tok_s").context.config.find("iq3-fit-mtp"), std::string::npos);
  const auto model = testing::run(FileType::json,
                                  "{\"name\": \"gemma-4-e4b\", \"quant\": \"Q4_K_M\", "
                                  "\"pp_tok_s\": 796.4}");
  EXPECT_EQ(testing::at(model, "pp_tok_s").context.model, "gemma-4-e4b");
  FileResult averages;
  averages.entry.rel_path = "runs/ollama_benchmark_averages.csv";
  harvest_csv("model,load_time_s\nqwen3:32b,60.4\n", averages);
  EXPECT_EQ(testing::at(averages, "[0].load_time_s").statistic, "mean");
  const auto total = testing::run(FileType::csv, "Model,Total\nx,1.56s\n");
  EXPECT_NE(testing::at(total, "[0].Total").metric_id(), "unknown");  // (a row's: end to end)
  const auto bare = testing::run(FileType::markdown,
                                 "# T\n\n| Engine | Total |\n|---|---|\n| LM Studio | 54.3s |\n");
  EXPECT_EQ(testing::at(bare, "table[0][0].Total").metric_id(), "duration");
}

}  // namespace
}  // namespace chimera::ingest

namespace chimera::ingest {
namespace {

// Held-out set 52: a set-up's bold label quoting one model's repository name ("**Workload under
// test:** `vllm/vllm-openai:v0.22.0` serving `Qwen/Qwen2.5-7B-Instruct`") names the document's
// model; a quoted path ("`scripts/configs/gemma_family.yaml`") none.
TEST(ListsAmongTables, ASetupLabelQuotingOneModel) {
  const std::string table = "\n## Results\n\n| Metric | Value |\n|---|---|\n| TTFT (ms) | 52 |\n";
  const auto r = testing::run(FileType::markdown,
                              "# Study\n\n- **Workload under test:** `vllm/vllm-openai:v0.22.0` "
                              "serving `Qwen/Qwen2.5-7B-Instruct`\n" +
                                  table);
  EXPECT_EQ(testing::at(r, "table[0][0].Value").context.model, "Qwen/Qwen2.5-7B-Instruct");
  const auto path =
      testing::run(FileType::markdown,
                   "# Study\n\n- **Supporting:** `scripts/configs/gemma_family.yaml`\n" + table);
  EXPECT_EQ(testing::at(path, "table[0][0].Value").context.model, "");
}

// Held-out set 53: a line of settings in code under a heading ("`num_prompts=20`,
// `request_rate=2`") is the configuration and load of the list below it; "183 tok in 3.14s →
// **58.3 tok/s**" a result after its working, of the heading's quantity.
TEST(ListsAmongTables, CodeSettingsOverAListAndResultsAfterAnArrow) {
  const auto r = testing::run(FileType::markdown,
                              "# vLLM PP=3\n\n### Single-request TG (post-warmup)\n"
                              "- 183 tok in 3.14s \xE2\x86\x92 **58.3 tok/s**\n\n"
                              "### Concurrency benchmark (moderate)\n"
                              "`random_input_len=8192`, `num_prompts=20`, `request_rate=2`\n"
                              "- Output token throughput: **34.15 tok/s**\n\n### Other\n"
                              "- Output token throughput: **40.0 tok/s**\n");
  const auto& tg = testing::at(r, "list[4].Single-request TG (post-warmup)");
  EXPECT_EQ(tg.metric_id(), "decode_rate");
  EXPECT_DOUBLE_EQ(*tg.normalized, 58.3);
  const auto& moderate = testing::at(r, "list[8].Output token throughput");
  EXPECT_EQ(moderate.context.rate, "2");
  EXPECT_NE(moderate.context.config.find("num_prompts=20"), std::string::npos);
  EXPECT_EQ(testing::at(r, "list[11].Output token throughput").context.rate, "");
}

}  // namespace
}  // namespace chimera::ingest

namespace chimera::ingest {
namespace {

// Held-out set 53: a script's CSV of one row per request ("gpt-4o" on many rows, a "Time To
// First Token" column) is no AIPerf export, and its repeated rows are samples of one run; a
// quantity measured after something is the quantity ("gen_tok_s_after_long_prompt").
TEST(ListsAmongTables, RepeatedRunsAndQuantitiesMeasuredAfterSomething) {
  const auto r = testing::run(FileType::csv,
                              "Model Name,Time To First Token,Response Tok/s\ngpt-4o,0.73,67.38\n"
                              "gpt-4o,0.62,62.24\nllama-3.1-8b,0.28,719.14\n");
  EXPECT_EQ(r.format, "");
  EXPECT_EQ(testing::at(r, "[0].Time To First Token").statistic, "sample");
  const auto runs = testing::run(FileType::csv, "config,ttft_ms\nA,5\nA,6\nB,7\n");
  EXPECT_EQ(testing::at(runs, "[1].ttft_ms").statistic, "sample");
  EXPECT_EQ(testing::at(runs, "[2].ttft_ms").statistic, "value");  // (B: one run)
  // (The tokens a reply happened to have tell no runs apart; an input length asked for does.)
  const auto replies =
      testing::run(FileType::csv, "config,ttft_ms,output_tokens\nA,5,301\nA,6,420\nA,7,301\n");
  EXPECT_EQ(testing::at(replies, "[1].ttft_ms").statistic, "sample");
  const auto lengths =
      testing::run(FileType::csv, "config,input_tokens,ttft_ms\nA,128,5\nA,2048,9\n");
  EXPECT_EQ(testing::at(lengths, "[1].ttft_ms").statistic, "value");
  const auto after = testing::run(FileType::csv,
                                  "name,gen_tok_s_after_long_prompt,ttft after warmup (ms)\n"
                                  "x,45.5,120\n");
  EXPECT_EQ(testing::at(after, "[0].gen_tok_s_after_long_prompt").metric_id(), "decode_rate");
  EXPECT_EQ(testing::at(after, "[0].ttft after warmup (ms)").unit, "ms");
  // Held-out set 52: "q4k" (a 4K query) names no quantization; "Q4_K" does.
  const auto q =
      testing::run(FileType::markdown,
                   "# K\n\n| case | q4k (us) | Q4_K (us) |\n|---|---|---|\n| a | 150 | 140 |\n");
  EXPECT_EQ(testing::at(q, "table[0][0].q4k (us)").context.quantization, "");
}

}  // namespace
}  // namespace chimera::ingest

namespace chimera::ingest {
namespace {

// Review 52's counter-examples: beside tables, a list of targets, settings or another's figures
// is no result; a card's specifications in bold in a preamble are none; "(max: 24 GB)" beside
// memory used is a limit; a rounded restatement of a table's figure is counted once.
TEST(ListsAmongTables, ReviewFiftyTwosCounterExamples) {
  const std::string table =
      "| Model | Output tok/s | Mean TTFT (ms) |\n|---|---|---|\n| m | 2688.2 | 151.9 |\n\n";
  const auto targets =
      testing::run(FileType::markdown, "# R\n\n## Results\n\n" + table +
                                           "## SLO targets\n\n- p99 TTFT: 500 ms\n\n"
                                           "## Load profile\n\n- Test duration: 300 s\n");
  for (const auto& row : targets.rows) EXPECT_FALSE(row.locator.starts_with("list")) << row.locator;
  const auto restated = testing::run(
      FileType::markdown, "# R\n\n## Results\n\n" + table +
                              "- Time to first token: 0.152 s\n- Throughput: 2688 tok/s\n"
                              "- VRAM used: 18.2 GB (max: 24 GB)\n");
  EXPECT_FALSE(testing::has_row(restated, "list[9].Time to first token"));
  EXPECT_FALSE(testing::has_row(restated, "list[10].Throughput"));
  EXPECT_FALSE(testing::has_row(restated, "list[11].max VRAM used"));
  const auto spec = testing::run(FileType::markdown,
                                 "# My rig\n\n**GPU Memory:** 24 GB\n**Test duration:** 300 "
                                 "seconds\n\n## Results\n\n- Decode: 45 tok/s\n");
  EXPECT_FALSE(testing::has_row(spec, "list[3].GPU Memory"));
  EXPECT_FALSE(testing::has_row(spec, "list[4].Test duration"));
  EXPECT_TRUE(testing::has_row(spec, "list[8].Decode"));
}

}  // namespace
}  // namespace chimera::ingest
