// Context a Markdown note gives its tables: a block quote's set-up list, a heading's chip, a
// machine's parts tables, and figures written in bold with their unit.
#include <gtest/gtest.h>

#include "chimera/metrics/classify.hpp"
#include "ingest_helpers.hpp"

namespace chimera::ingest {
namespace {

// "> Test Configuration:" / "> - Model: Qwen3-0.6B (BF16)" over a later table: read as the list
// it quotes.
TEST(NotesContext, ABlockQuotesSetUpListLabelsTheTableBelow) {
  const auto r = testing::run(FileType::markdown,
                              "## Speed\n\n| Model | t/s |\n|---|---|\n| a:1b | 3 |\n\n"
                              "## Comparison\n\n"
                              "> Test Configuration:\n"
                              "> - Model: Qwen3-0.6B (BF16)\n"
                              "> - Concurrent Requests: 256\n\n"
                              "| Engine | Hardware | Throughput (tokens/s) |\n|---|---|---|\n"
                              "| vLLM | RTX 4070 | 1,361.84 |\n");
  const auto& row = testing::at(r, "table[1][0].Throughput (tokens/s)");
  EXPECT_EQ(row.context.model, "Qwen3-0.6B");
  EXPECT_EQ(row.context.quantization, "BF16");
  EXPECT_EQ(row.context.concurrency, "256");
  // (A range, "1 - 128", is no one load.)
  const auto range = testing::run(FileType::markdown,
                                  "**Test Configuration:**\n\n- Concurrent Requests: 1 - 128\n\n"
                                  "| Model | t/s |\n|---|---|\n| a:1b | 3 |\n");
  EXPECT_EQ(testing::at(range, "table[0][0].t/s").context.concurrency, "");
  // (A quoted heading is no heading of the reference's count.)
  EXPECT_EQ(testing::run(FileType::markdown, "> # Quoted\n# Real\n").heading_count, 1u);
}

// Held-out set 33: a text note's lists of speeds, one model or machine to a line, under a title
// that names the other; a "GPU: 4090 -> 23.06 tokens/s" line is a figure, no label of the note.
TEST(NotesContext, ATextNotesSpeedListsNameTheModelAndTheMachine) {
  const auto r = testing::run(FileType::text,
                              "# AMD FX-8300 8-Core CPU\r\n"
                              "llama3.1:8b-instruct-q8_0\t\t1.72 tokens/s\t\t128k (context)\r\n"
                              "qwen2:0.5b\t\t\t\t11.17 tokens/s\r\n\r\n"
                              "# RTX 5060 Ti 16GB: 759 TOPs\r\n"
                              "gpt-oss:20b\t\t\t54.59 tokens/s\r\n\r\n"
                              "# Tinyllama\r\n"
                              "Phenom II X4 955 = 2.8 tokens/s\r\n"
                              "Nvidia GTX 970 = 61 tokens/s\r\n\r\n"
                              "# Mistral 8x7B\r\n"
                              "GPU: 4090\t\t-> 23.06 tokens/s\r\n"
                              "RTX 4060 Ti (160 W), llama3:8b-q8_0 -> 50 tok/s\r\n"
                              "it runs 7 billion parameter models at roughly 30 tokens/sec.\r\n"
                              "n-gpu-layers : 0/51 >> Output: 1.89 t/s (82 tokens)\r\n");
  const auto& cpu = testing::at(r, "line[2].llama3.1:8b-instruct-q8_0");
  EXPECT_EQ(cpu.metric_id(), "token_rate");
  EXPECT_DOUBLE_EQ(*cpu.normalized, 1.72);
  EXPECT_EQ(cpu.context.model, "llama3.1:8b-instruct-q8_0");
  EXPECT_EQ(cpu.context.quantization, "Q8_0");
  EXPECT_EQ(cpu.context.config, "device=AMD FX-8300 8-Core CPU");
  EXPECT_NE(cpu.note.find("128k (context)"), std::string::npos);
  EXPECT_EQ(testing::at(r, "line[6].gpt-oss:20b").context.gpu, "RTX 5060 Ti 16GB");
  const auto& phenom = testing::at(r, "line[9].Phenom II X4 955");
  EXPECT_EQ(phenom.context.model, "Tinyllama");
  EXPECT_EQ(phenom.context.config, "device=Phenom II X4 955");
  EXPECT_EQ(testing::at(r, "line[10].Nvidia GTX 970").context.gpu, "Nvidia GTX 970");
  const auto& gpu = testing::at(r, "line[13].GPU: 4090");
  EXPECT_EQ(gpu.context.gpu, "4090");
  EXPECT_EQ(gpu.context.model, "Mistral 8x7B");
  const auto& listed = testing::at(r, "line[14].RTX 4060 Ti (160 W), llama3:8b-q8_0");
  EXPECT_EQ(listed.context.model, "llama3:8b-q8_0");
  EXPECT_EQ(listed.context.gpu, "RTX 4060 Ti");
  EXPECT_EQ(r.rows.size(), 7u);  // not the sentence, not the label of a label
  // (A processor's number is no count of GPUs: "7900X" of "Ryzen 7900X + Radeon 7900XT".)
  const auto pair = testing::run(FileType::text,
                                 "# Mixtral\nRyzen 7900X + Radeon 7900XT = 7 tok/s\n"
                                 "2x RTX 3090: 20.45 tokens/s\n");
  EXPECT_EQ(testing::at(pair, "line[2].Ryzen 7900X + Radeon 7900XT").context.gpu, "Radeon 7900XT");
  EXPECT_EQ(testing::at(pair, "line[3].2x RTX 3090").context.gpu, "2x RTX 3090");
  for (const auto& row : r.rows) EXPECT_EQ(row.context.gpu.find("->"), std::string::npos);
  // (A Markdown note's prose figures are not read: a ranking repeats its tables' figures.)
  EXPECT_TRUE(testing::run(FileType::markdown, "# Tinyllama\n\nAMD Ryzen 5600X = 60 tokens/s\n")
                  .rows.empty());
}

// "682.92 (p95: 684.79)": a second statistic of the cell's figure in the brackets after it.
TEST(NotesContext, AStatisticInBracketsAfterAFigureIsARowOfItsOwn) {
  const auto r = testing::run(FileType::markdown,
                              "| Test | TTFT (ms) | Runs |\n|---|---|---|\n"
                              "| a | 682.92 (p95: 684.79) | 3 (n=5) |\n");
  std::vector<const MetricRow*> ttft;
  for (const auto& row : r.rows)
    if (row.locator == "table[0][0].TTFT (ms)") ttft.push_back(&row);
  ASSERT_EQ(ttft.size(), 2u);
  const MetricRow& p95 = *ttft[1];
  EXPECT_EQ(p95.statistic, "p95");
  EXPECT_DOUBLE_EQ(*p95.normalized, 684.79);
  EXPECT_EQ(p95.normalized_unit, "ms");
  EXPECT_DOUBLE_EQ(*testing::at(r, "table[0][0].TTFT (ms)").value, 682.92);
  EXPECT_EQ(r.rows.size(), 3u);  // (not "(n=5)": a count, no figure of the column)
}

// Held-out set 33: a cross-device table's columns, each named by its machine first and then the
// engine it served ("PRO 6000 vLLM NVFP4+MTP", "DGX Spark NVFP4+MTP"): each column's machine,
// not the document's own GPU (which keeps its full name where a column names it shorter).
TEST(NotesContext, ColumnsNamedByTheirMachineThenTheirEngine) {
  const auto r = testing::run(FileType::markdown,
                              "# Report\n\n| Item | Detail |\n|---|---|\n"
                              "| GPU | NVIDIA RTX PRO 5000 72GB |\n\n## Cross-device\n\n"
                              "| Context | DGX Spark NVFP4+MTP | PRO 5000 SGLang NVFP4 | "
                              "PRO 6000 vLLM NVFP4+MTP |\n|---|---|---|---|\n"
                              "| short | 21 | 85.2 | 100.2 |\n");
  EXPECT_EQ(testing::at(r, "table[1][0].DGX Spark NVFP4+MTP").context.gpu, "DGX Spark");
  EXPECT_EQ(testing::at(r, "table[1][0].PRO 6000 vLLM NVFP4+MTP").context.gpu, "PRO 6000");
  EXPECT_EQ(testing::at(r, "table[1][0].PRO 6000 vLLM NVFP4+MTP").context.backend, "vLLM");
  EXPECT_EQ(testing::at(r, "table[1][0].PRO 5000 SGLang NVFP4").context.gpu,
            "NVIDIA RTX PRO 5000 72GB");
}

// (Review of set 33's rules.) Whole words name the document's GPU ("H20" is no "H200"), a
// one-word GPU heads its column before the engine, DGX Spark with its chip is one GPU, Intel's
// GPUs are no processors; a note's title naming an Ollama tag keeps its tag; a statistic's or a
// run's line under a model's title names no machine.
TEST(NotesContext, ReviewedMachineAndTitleRules) {
  const auto r =
      testing::run(FileType::markdown,
                   "# Report\n\n| Item | Detail |\n|---|---|\n| GPU | NVIDIA H200 |\n\n"
                   "## Cross\n\n| Context | NVIDIA H20 vLLM | MI300X SGLang | DGX Spark (GB10) "
                   "| Intel Arc A770 |\n|---|---|---|---|---|\n"
                   "| short | 21 | 85.2 | 100.2 | 9.1 |\n");
  EXPECT_EQ(testing::at(r, "table[1][0].NVIDIA H20 vLLM").context.gpu, "NVIDIA H20");
  EXPECT_EQ(testing::at(r, "table[1][0].MI300X SGLang").context.gpu, "MI300X");
  EXPECT_EQ(testing::at(r, "table[1][0].DGX Spark (GB10)").context.gpu, "DGX Spark");
  EXPECT_EQ(testing::at(r, "table[1][0].Intel Arc A770").context.gpu, "Intel Arc A770");
  const auto note = testing::run(FileType::text,
                                 "# qwen2.5:7b\nRTX 4090 = 74 tok/s\nAverage: 70 tok/s\n"
                                 "Run 1: 69 tok/s\n-----\nRTX 3090 = 50 tok/s\n");
  EXPECT_EQ(testing::at(note, "line[2].RTX 4090").context.model, "qwen2.5:7b");
  for (const auto& row : note.rows) EXPECT_EQ(row.context.config, "") << row.locator;  // no device
  EXPECT_EQ(testing::at(note, "line[6].RTX 3090").context.model, "");  // the rule ended the title
}

// "| Métrica | CPU | GPU | Mejora |": the GPU's column holds the figures measured on the GPU, as
// the CPU's column holds the CPU's (no label "GPU=18.22 tok/s" of the row).
TEST(NotesContext, AGpuColumnBesideACpuColumnHoldsFigures) {
  const auto r = testing::run(FileType::markdown,
                              "- **GPU:** NVIDIA GeForce RTX 3050 (6GB VRAM)\n\n"
                              "| Métrica | CPU | GPU | Mejora |\n|---|---|---|---|\n"
                              "| Test Corto | 6.94 tok/s | 18.22 tok/s | **2.6X** |\n");
  const auto& gpu = testing::at(r, "table[0][0].GPU");
  EXPECT_EQ(gpu.metric_id(), "token_rate");
  EXPECT_DOUBLE_EQ(*gpu.value, 18.22);
  EXPECT_EQ(gpu.context.gpu, "NVIDIA GeForce RTX 3050");
  EXPECT_EQ(testing::at(r, "table[0][0].CPU").context.gpu, "cpu");
  EXPECT_EQ(testing::at(r, "table[0][0].CPU").context.config.find("GPU="), std::string::npos);
  // A row labelled by a statistic ("PROMEDIO", "Average", "Mean") is of that statistic.
  const auto avg = testing::run(FileType::markdown,
                                "| Métrica | CPU |\n|---|---|\n| Test Corto | 6.94 tok/s |\n"
                                "| **PROMEDIO** | **6.8 tok/s** |\n| Mean | 6.9 tok/s |\n"
                                "| Average | 2.76X |\n");
  EXPECT_EQ(testing::at(avg, "table[0][0].CPU").statistic, "value");
  EXPECT_EQ(testing::at(avg, "table[0][1].CPU").statistic, "mean");
  EXPECT_EQ(testing::at(avg, "table[0][2].CPU").statistic, "mean");
  EXPECT_EQ(testing::at(avg, "table[0][3].CPU").statistic, "value");  // a ratio of the means
}

// A heading in Chinese that names the model inside its text, full-width brackets around its size:
// the model's own name, not the heading's words glued to it.
TEST(NotesContext, AModelNamedInsideACjkHeading) {
  const auto r =
      testing::run(FileType::markdown,
                   "## 部分平台的默认模式测试结果，对llama3.1:latest（8B q4_0）模型进行 1 "
                   "个并发的 4 次请求。\n| Machine | tok/s |\n| --- | --- |\n"
                   "| Nvidia 3090（24G） | 124 |\n");
  EXPECT_EQ(testing::at(r, "table[0][0].tok/s").context.model, "llama3.1:latest");
  // "| 测试平台 |" (test platform), "| Platform |": the machine the row ran on, no test.
  const auto platforms =
      testing::run(FileType::markdown,
                   "| 测试平台 | tok/s |\n|---|---|\n| AMD RX7900XT（20G） | 113 |\n\n"
                   "| Platform | tok/s |\n|---|---|\n| RTX 3090 | 124 |\n");
  EXPECT_EQ(testing::at(platforms, "table[0][0].tok/s").context.gpu, "AMD RX7900XT");
  EXPECT_EQ(testing::at(platforms, "table[0][0].tok/s").context.test, "");
  EXPECT_EQ(testing::at(platforms, "table[1][0].tok/s").context.gpu, "RTX 3090");
}

// A local model compared with cloud APIs: the APIs' figures did not run on the document's GPU.
TEST(NotesContext, AHostedModelsFiguresTakeNoLocalGpu) {
  const auto r = testing::run(FileType::markdown,
                              "**GPU:** NVIDIA RTX 4060 Ti 16GB\n\n| Model | Latency (s) |\n"
                              "|---|---|\n| qwen2.5:3b | 0.368 |\n| gpt-4o-mini | 1.717 |\n"
                              "| gpt-oss:20b | 0.9 |\n");
  EXPECT_EQ(testing::at(r, "table[0][0].Latency (s)").context.gpu, "NVIDIA RTX 4060 Ti 16GB");
  EXPECT_EQ(testing::at(r, "table[0][1].Latency (s)").context.gpu, "");
  EXPECT_EQ(testing::at(r, "table[0][2].Latency (s)").context.gpu, "NVIDIA RTX 4060 Ti 16GB");
}

TEST(NotesContext, ATableInABlockQuoteIsATable) {
  const auto r = testing::run(FileType::markdown,
                              "> | Model | TTFT (ms) |\n> |---|---|\n> | llama3:8b | 120 |\n");
  EXPECT_EQ(testing::at(r, "table[0][0].TTFT (ms)").value, 120);
}

// "**90.19** tokens/s": the figure in bold, its unit after it; "Decoding Speed" is the decode
// rate.
TEST(NotesContext, AFigureInBoldKeepsTheUnitAfterIt) {
  const auto r = testing::run(FileType::markdown,
                              "| Model | Decoding Speed |\n|---|---|\n"
                              "| Llama-3.1-8B | **90.19** tokens/s |\n");
  const auto& row = testing::at(r, "table[0][0].Decoding Speed");
  EXPECT_EQ(row.value, 90.19);
  EXPECT_EQ(row.unit, "tok/s");
  EXPECT_EQ(row.metric_id(), "decode_rate");
}

// "18.4 GiB weights + 23.5 GiB KV = **41.9 GiB**": the total after the parts; not "Welch's t +
// Cohen's d = -0.59", no sum of figures.
TEST(NotesContext, ACellWrittenAsASumHoldsItsTotal) {
  const auto r = testing::run(FileType::markdown,
                              "| Model | GPU Mem Used | Validation |\n|---|---|---|\n"
                              "| gemma4:31b | 18.4 GiB weights + 23.5 GiB KV = **41.9 GiB** | "
                              "Welch's t + Cohen's d = -0.59 |\n");
  const auto& used = testing::at(r, "table[0][0].GPU Mem Used");
  EXPECT_EQ(used.value, 41.9);
  EXPECT_EQ(used.unit, "GiB");
  EXPECT_FALSE(testing::has_row(r, "table[0][0].Validation"));
}

// "Metal Performance (Apple Silicon M4)", "Radeon 8060S / gfx1151": the heading's chip; an
// architecture's id beside the GPU's name is the same device.
TEST(NotesContext, HeadingsNameAChipByItsMarketingName) {
  const auto apple = testing::run(FileType::markdown,
                                  "## Metal Performance (Apple Silicon M4)\n\n"
                                  "| Model | t/s |\n|---|---|\n| a:1b | 3 |\n");
  EXPECT_EQ(testing::at(apple, "table[0][0].t/s").context.gpu, "Apple Silicon M4");
  const auto amd = testing::run(FileType::markdown,
                                "## System 1: AMD Ryzen AI Max 395 — Radeon 8060S / gfx1151\n\n"
                                "| Model | t/s |\n|---|---|\n| a:1b | 3 |\n");
  EXPECT_EQ(testing::at(amd, "table[0][0].t/s").context.gpu, "Radeon 8060S");
  const auto two = testing::run(FileType::markdown,
                                "## Radeon 8060S vs gfx1100\n\n"
                                "| Model | t/s |\n|---|---|\n| a:1b | 3 |\n");
  EXPECT_EQ(testing::at(two, "table[0][0].t/s").context.gpu, "");
}

// A sentence that runs on past "results in" says nothing of the table's units.
TEST(NotesContext, OnlyALineThatStartsBySayingSoNamesATablesQuantity) {
  const auto r = testing::run(FileType::markdown,
                              "Moving to vLLM results in tok/s gains\n\n"
                              "| Model | RTX 4090 |\n|---|---|\n| llama3:8b | 120.5 |\n");
  EXPECT_EQ(testing::at(r, "table[0][0].RTX 4090").metric_id(), "unknown");
  EXPECT_EQ(testing::at(r, "table[0][0].RTX 4090").unit, "");
}

// "### Hardware" and "### Software" tables of "| Component | Detail |": the machine's GPU (its
// name, memory apart) and the engine, for the results after them.
TEST(NotesContext, AMachinesPartsTablesLabelItsResults) {
  const auto r = testing::run(FileType::markdown,
                              "### Hardware\n| Component | Detail |\n| :--- | :--- |\n"
                              "| **GPU** | NVIDIA GeForce RTX 4080 Laptop GPU (12,282 MB) |\n\n"
                              "### Software\n| Component | Detail |\n| :--- | :--- |\n"
                              "| **Inference Engine** | Ollama v0.20.4 |\n\n"
                              "### Results\n| Model | t/s |\n| :--- | :--- |\n"
                              "| qwen2.5:0.5b | 225.00 |\n");
  const auto& row = testing::at(r, "table[2][0].t/s");
  EXPECT_EQ(row.context.gpu, "NVIDIA GeForce RTX 4080 Laptop");
  EXPECT_TRUE(row.context.backend.starts_with("Ollama"));  // ("Ollama v0.20.4", as written)
  // "| Component | Time (ms) |" is a breakdown of a measurement, no set-up.
  const auto parts = testing::run(FileType::markdown,
                                  "| Component | Time (ms) |\n|---|---|\n| tokenizer | 12.5 |\n");
  EXPECT_EQ(testing::at(parts, "table[0][0].Time (ms)").value, 12.5);
}

// Two systems, each under its own heading with its own parts table: each result is its
// system's (the first parts table names the document's set-up, not the second system's GPU).
TEST(NotesContext, EachSystemsHeadingNamesItsOwnGpu) {
  const auto r = testing::run(FileType::markdown,
                              "## System 1: Radeon 8060S / gfx1151\n\n"
                              "| Component | Detail |\n|---|---|\n| **GPU** | AMD Radeon 8060S |\n"
                              "| **Inference Engine** | Ollama v0.20.4 |\n\n"
                              "| Model | t/s |\n|---|---|\n| gemma4:31b | 10.33 |\n\n"
                              "## System 2: AMD Ryzen 7 8845HS — Radeon 780M\n\n"
                              "| Component | Detail |\n|---|---|\n| **GPU** | AMD Radeon 780M |\n\n"
                              "| Model | t/s |\n|---|---|\n| gemma4:31b | 3.28 |\n");
  EXPECT_EQ(testing::at(r, "table[1][0].t/s").context.gpu, "AMD Radeon 8060S");
  EXPECT_EQ(testing::at(r, "table[3][0].t/s").context.gpu, "Radeon 780M");
  EXPECT_EQ(testing::at(r, "table[3][0].t/s").context.backend, "Ollama");  // its version apart
}

// Figures a row's note names ("Memory Usage: 9.9Gi", Kubernetes' binary units) are rows of that
// row, and no label of its run; a plain remark stays the row's label.
TEST(NotesContext, ANotesCellsNamedFiguresAreRowsOfItsRow) {
  const auto md = testing::run(FileType::markdown,
                               "| Model | Speed (tok/s) | Notes |\n|---|---|---|\n"
                               "| llama3.1:8b | 45.2 | Memory Usage: 9.9Gi |\n"
                               "| qwen2.5:7b | 48.1 | Peak VRAM: 21.3 GB; load: 4.2 s |\n");
  const auto& mem = testing::at(md, "table[0][0].Notes.Memory Usage");
  EXPECT_EQ(mem.metric_id(), "memory");
  EXPECT_EQ(mem.unit, "GiB");
  EXPECT_DOUBLE_EQ(*mem.normalized, 9.9 * 1024 * 1024 * 1024);
  EXPECT_EQ(mem.context.model, "llama3.1:8b");
  EXPECT_EQ(testing::at(md, "table[0][0].Speed (tok/s)").context.config, "");
  EXPECT_EQ(testing::at(md, "table[0][1].Notes.load").metric_id(), "load_time");
  EXPECT_DOUBLE_EQ(*testing::at(md, "table[0][1].Notes.load").normalized, 4200);
  EXPECT_EQ(testing::at(md, "table[0][1].Notes.Peak VRAM").context.model, "qwen2.5:7b");
  const auto csv =
      testing::run(FileType::csv,
                   "model,tok_s,notes\n"
                   "m1,41.2,\"Peak VRAM: 21.3 GB; TTFT: 1,024 ms; Baseline: 38 tok/s\"\n"
                   "m2,40.1,slow start\n");
  EXPECT_EQ(testing::at(csv, "[0].notes.Peak VRAM").metric_id(), "memory");
  EXPECT_DOUBLE_EQ(*testing::at(csv, "[0].notes.TTFT").value, 1024);
  EXPECT_FALSE(testing::has_row(csv, "[0].notes.Baseline"));  // another run's figure
  EXPECT_EQ(testing::at(csv, "[1].tok_s").context.config, "notes=slow start");
  EXPECT_FALSE(testing::has_row(csv, "[1].notes"));
}

// "2,040 @ 4K": the figure's aside names the context it was measured at; "MTP acc" is a drafter's
// acceptance rate, not an answer's accuracy.
TEST(NotesContext, AFiguresAtAsideAndADraftersAcceptance) {
  const auto r = testing::run(FileType::markdown,
                              "| Model | Prefill (tok/s) | Decode (tok/s) | MTP acc |\n"
                              "|---|---|---|---|\n"
                              "| Qwen3-Next-80B | 2,040 @ 4K | 88.5 | 0.82 |\n"
                              "| Qwen3-Next-80B | 1,310 @ 32K | 80.1 | 0.79 |\n");
  const auto& at4k = testing::at(r, "table[0][0].Prefill (tok/s)");
  EXPECT_EQ(at4k.metric_id(), "prompt_eval_rate");
  EXPECT_DOUBLE_EQ(*at4k.value, 2040);
  EXPECT_EQ(at4k.context.config, "@ 4K");
  EXPECT_EQ(testing::at(r, "table[0][1].Prefill (tok/s)").context.config, "@ 32K");
  const auto& acc = testing::at(r, "table[0][0].MTP acc");
  EXPECT_EQ(acc.metric_id(), "acceptance_rate");
  EXPECT_DOUBLE_EQ(*acc.normalized, 82);
  // (A load after the "@" stays the load: "~2,917 @ c=64".)
  const auto load =
      testing::run(FileType::markdown, "| Engine | tok/s |\n|---|---|\n| vLLM | 2,917 @ c=64 |\n");
  EXPECT_EQ(testing::at(load, "table[0][0].tok/s").context.concurrency, "64");
  EXPECT_EQ(testing::at(load, "table[0][0].tok/s").context.config, "");
}

}  // namespace
}  // namespace chimera::ingest
