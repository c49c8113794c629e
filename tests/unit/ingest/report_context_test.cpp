// Context a report states around its tables: configuration sections, compared variants, labels
// in column headers and captions, qualified parameters, and identifiers of configurations. Shapes
// taken from the reference Chimera system's reports (agent, comparison and technical reports).
#include <gtest/gtest.h>

#include <algorithm>

#include "ingest_helpers.hpp"

namespace chimera::ingest {
namespace {

using testing::at;
using testing::has_row;
using testing::run;

TEST(ReportContext, ColumnsPerStageOrPhaseHoldFiguresAndAStageFieldNamesTheStep) {
  const auto r = run(FileType::markdown, R"(| Metric | Phase 1 | Stage 2 |
|---|---|---|
| BERTScore | 0.8712 | 0.8801 |
)");
  EXPECT_EQ(at(r, "table[0][0].Phase 1").raw, "0.8712");
  EXPECT_EQ(at(r, "table[0][0].Stage 2").raw, "0.8801");
  const auto j = run(FileType::json, R"({"calls": [{"stage": "analysis", "ttft_ms": 12.5},
                                                 {"stage": "report", "ttft_ms": 14.0}]})");
  EXPECT_EQ(at(j, "calls[0].ttft_ms").context.test, "analysis");
  EXPECT_EQ(at(j, "calls[1].ttft_ms").context.test, "report");
}

TEST(ReportContext, AUnitsColumnGivesTheRowsUnitAndAMetricNameColumnNamesTheRow) {
  const auto r = run(FileType::markdown, R"(| Metric Name | Value (Example) | Units | Context |
|---|---|---|---|
| `json_results[0].tokens_s` | 181.97 | tokens/second | Raw token generation rate |
| `json_results[4].ttft_s` | 0.0703 | seconds | Time To First Token |
)");
  const auto& rate = at(r, "table[0][0].Value (Example)");
  EXPECT_EQ(rate.metric_id(), "token_rate");
  EXPECT_EQ(rate.unit, "tok/s");
  EXPECT_EQ(rate.context.config.find("Units"), std::string::npos) << rate.context.config;
  const auto& ttft = at(r, "table[0][1].Value (Example)");
  EXPECT_EQ(ttft.metric_id(), "ttft");
  EXPECT_NEAR(*ttft.normalized, 70.3, 0.01);  // seconds from the Units cell, in ms
}

TEST(ReportContext, ConfigurationSectionLabelsAOneVariantReport) {
  const auto r = run(FileType::markdown, R"(# Chimera Agent Report

**Model:** gemma3:latest

## Configuration

num_gpu=60, num_ctx=512, temp=0.6

## Aggregate Metrics

| Metric | Value |
|--------|-------|
| Average TTFT | 3843.46 ms |
)");
  const auto& ttft = at(r, "table[0][0].Value");
  EXPECT_EQ(ttft.metric_id(), "ttft");
  EXPECT_EQ(ttft.context.config, "Chimera: num_gpu=60, num_ctx=512, temp=0.6");
  EXPECT_EQ(ttft.context.model, "gemma3:latest");
}

TEST(ReportContext, ComparisonReportGivesEachVariantItsOwnConfiguration) {
  const auto r = run(FileType::markdown, R"(# Rust Agent Performance Comparison Report

- **Configuration:** num_gpu=80, num_ctx=512, temp=0.8

## Aggregate Performance

| Metric | Baseline | Chimera | Δ |
|--------|----------|---------|---|
| Average TTFT (ms) | 1048.35 | 859.67 | +18.0% |

## Chimera Individual Runs

| Run | TTFT (ms) |
|-----|-----------|
| 1 | 850.2 |

## Baseline Vs Chimera Notes

| Run | TTFT (ms) |
|-----|-----------|
| 1 | 1000.0 |

## Configuration Details

### Baseline
Ollama defaults

### Chimera Optimized
num_gpu=80, num_ctx=512, temp=0.8
)");
  EXPECT_EQ(at(r, "table[0][0].Baseline").context.config, "Baseline: Ollama defaults");
  EXPECT_EQ(at(r, "table[0][0].Chimera").context.config,
            "Chimera: num_gpu=80, num_ctx=512, temp=0.8");
  EXPECT_EQ(at(r, "table[0][0].Δ").context.config, "");  // a difference of the two
  EXPECT_EQ(at(r, "table[1][0].TTFT (ms)").context.config,
            "Chimera: num_gpu=80, num_ctx=512, temp=0.8");
  EXPECT_EQ(at(r, "table[2][0].TTFT (ms)").context.config, "");  // names both: neither
}

TEST(ReportContext, AConfigurationGivenAsAListIsRead) {
  const auto r = run(FileType::markdown, R"(# Python Agent Comparison

| Metric | Chimera |
|---|---|
| TTFT (ms) | 120.5 |

## Configuration Details

### Chimera Optimized
- num_gpu: 60
- num_ctx: 1024 (larger context)

#### Chimera Configuration Summary

Chimera-Optimized Configuration:
- Model: gemma3:latest
)");
  EXPECT_EQ(at(r, "table[0][0].Chimera").context.config, "Chimera: num_gpu=60, num_ctx=1024");
}

TEST(ReportContext, AConfigurationListsModelAndGpuLabelTheRowsNotItsSettings) {
  const auto r = run(FileType::markdown, R"(# Server Benchmark Results: Triton TRT-LLM vs vLLM

## Configuration
- **Model**: Llama-3.2-3B-Instruct
- **Precision**: FP16
- **GPU**: NVIDIA A10G (24GB VRAM)
- **Dataset**: ShareGPT prompts
- **Max Output Tokens**: 512

## Results

| Concurrency | vLLM Server |
|-------------|-------------|
| 1 | 66.61 tok/s |
)");
  const auto& row = at(r, "table[0][0].vLLM Server");
  EXPECT_EQ(row.context.model, "Llama-3.2-3B-Instruct");
  EXPECT_EQ(row.context.gpu, "NVIDIA A10G");
  EXPECT_EQ(row.context.quantization, "FP16");
  // The keys lose their bold; the labels are not settings of the configuration.
  EXPECT_EQ(row.context.config, "Dataset=ShareGPT prompts, Max Output Tokens=512");
}

// Held-out set 33: a README's "## Configuration" section on how to configure its script (a
// sentence that introduces a list of descriptions) is no configuration of the results above it.
TEST(ReportContext, AConfigurationSectionThatDescribesAScriptLabelsNothing) {
  const auto r = run(FileType::markdown, R"(# LLM Benchmarks

| Model | Config | Decode (tok/s) |
|---|---|---|
| Qwopus3.6-27B-Coder Q5_K_S | no-spec | 30.6 |

## Configuration

The orchestrator defines model lists at the top of `scripts/bench_orchestrator.py`:

- `V100_MODELS` - Dense models tested on the V100 (CUDA0)
- `M3060_MODELS` - MoE models tested on the 3060 (CUDA1) with `--cpu-moe`
)");
  EXPECT_EQ(at(r, "table[0][0].Decode (tok/s)").context.config, "no-spec");
  // (A long item with a command's options is a setting of the configuration.)
  const auto cmd = run(FileType::markdown, R"(## Configuration

- vllm serve Qwen/Qwen3-8B --tensor-parallel-size 2 --max-model-len 8192 -- dtype auto

## Results

| Model | Decode (tok/s) |
|---|---|
| q | 30.6 |
)");
  EXPECT_NE(at(cmd, "table[0][0].Decode (tok/s)").context.config.find("tensor-parallel-size"),
            std::string::npos);
}

// Held-out set 23: headings naming a precision (a baseline's own, or weights and activations
// beside the method that made them) label the tables under them.
TEST(ReportContext, AHeadingsPrecisionLabelsItsTable) {
  const auto r = run(FileType::markdown, R"(# Performance Summary Report

## BF16 Baseline

| Configuration | Latency (s) |
|---|---|
| Base Configuration (32,256,32) | 0.62 ± 0.02 |

## W8A8 SQ→GPTQ

| Configuration | Latency (s) |
|---|---|
| Base Configuration (32,256,32) | 0.46 ± 0.01 |

## W8A16 SQ→AWQ

| Configuration | Latency (s) |
|---|---|
| Base Configuration (32,256,32) | 0.44 ± 0.01 |

## Q4_K_M (baseline: FP16)

| Configuration | Latency (s) |
|---|---|
| Base Configuration (32,256,32) | 0.40 ± 0.01 |
)");
  EXPECT_EQ(at(r, "table[0][0].Latency (s)").context.quantization, "BF16");
  EXPECT_EQ(at(r, "table[1][0].Latency (s)").context.quantization, "W8A8");
  EXPECT_EQ(at(r, "table[2][0].Latency (s)").context.quantization, "W8A16");
  EXPECT_EQ(at(r, "table[3][0].Latency (s)").context.quantization, "");  // compared with FP16
}

// Held-out set 23: a run's set-up table names the precision and load of the figures below it.
TEST(ReportContext, ASetUpTablesQuantAndConcurrencyLabelTheResults) {
  const auto r = run(FileType::markdown, R"(# dflash-depth/tp4

| field | value |
|---|---|
| Model | Qwen3.6-27B |
| Quant | awq-int4 |
| Engine | vllm |
| Concurrency | 1 |

## Metrics

| metric | value |
|---|---:|
| `decode_tok_s` | 5.30 |
)");
  const auto& rate = at(r, "table[1][0].value");
  EXPECT_EQ(rate.metric_id(), "decode_rate");
  EXPECT_EQ(rate.context.model, "Qwen3.6-27B");
  EXPECT_EQ(rate.context.quantization, "awq-int4");
  EXPECT_EQ(rate.context.concurrency, "1");
}

// Held-out set 25: "Parallel = 4" on its own line right above a table is the load of its rows.
TEST(ReportContext, ALoadLineAboveATableGivesItsConcurrency) {
  const auto r = run(FileType::markdown, R"(# llama-server bench

## Qwen3-VL-235B-A22B-Instruct IQ1_M

Parallel = 4

|Task|Elapse|Predict Per Second|
|----|-----:|-----------------:|
|Document Understanding|97.4|1.97|
)");
  const auto& rate = at(r, "table[0][0].Predict Per Second");
  EXPECT_EQ(rate.metric_id(), "decode_rate");
  EXPECT_EQ(rate.context.concurrency, "4");
  EXPECT_EQ(at(r, "table[0][0].Elapse").metric_id(), "duration");
}

// Held-out set 25: a column that names the requests in flight ("Batch (5 req)", "Single Request"
// beside it) is that load's; a study's id glued to a number ("TR110 (Concurrent)") is no load.
TEST(ReportContext, AColumnNamingRequestsInFlightGivesItsLoad) {
  const auto r = run(FileType::markdown, R"(# MLX

| Model | Single Request | Batch (5 req) | TR110 (Concurrent) |
|-------|----------------|---------------|--------------------|
| Qwen3-0.6B-8bit | 328.1 tok/s | 1111.8 tok/s | 900 tok/s |
)");
  EXPECT_EQ(at(r, "table[0][0].Batch (5 req)").context.concurrency, "5");
  EXPECT_EQ(at(r, "table[0][0].Single Request").context.concurrency, "1");
  EXPECT_EQ(at(r, "table[0][0].TR110 (Concurrent)").context.concurrency, "");
}

// Held-out set 30: "TPS@4", "FTL@1" are a rate and a latency at that many requests in flight;
// an evaluation's "pass@1" is no load.
TEST(ReportContext, ARateAtNInAHeaderGivesItsLoad) {
  const auto r = run(FileType::markdown, R"(| Backend | TPS@4 | QPS@4 | FTL@1 | pass@1 |
| ------- | ----- | ----- | ----- | ----- |
| vLLM | 222.63 | 1.08 | 95.43 | 0.61 |
)");
  EXPECT_EQ(at(r, "table[0][0].TPS@4").context.concurrency, "4");
  EXPECT_EQ(at(r, "table[0][0].QPS@4").context.concurrency, "4");
  const auto& ftl = at(r, "table[0][0].FTL@1");
  EXPECT_EQ(ftl.context.concurrency, "1");
  ASSERT_NE(ftl.metric, nullptr);
  EXPECT_EQ(ftl.metric->id, "ttft");
  EXPECT_EQ(at(r, "table[0][0].pass@1").context.concurrency, "");
}

// Held-out set 25: a row labelled as projected is a figure stated beforehand, not a measurement.
TEST(ReportContext, AProjectedRowIsNoMeasurement) {
  const auto r = run(FileType::markdown, R"(| Type | pp512 t/s | tg128 t/s |
|---|---|---|
| 140V IPEX-LLM | 708.15 | 24.35 |
| projected 890M | 344.76 | 24.92 |
)");
  EXPECT_EQ(at(r, "table[0][1].tg128 t/s").statistic, "expected");
  EXPECT_EQ(at(r, "table[0][0].tg128 t/s").statistic, "value");
}

// Held-out set 22: newer families in headings, their versions written with a letter.
TEST(ReportContext, HeadingsNameNewerFamiliesAndLetteredVersions) {
  const auto r = run(FileType::markdown, R"(# Results

## Real-World llama-server Testing — MiniMax M2.5 Q3_K_M

| Test | Prompt Tokens | Generation Speed |
|------|--------------|-----------------|
| Coding | 57 | 28.8 t/s |

### GPT-OSS 120B (Q4_K_M) — OpenAI Open-Weight MoE

| Test | Prompt Tokens | Generation Speed |
|------|--------------|-----------------|
| Math | 85 | 53.4 t/s |

### DeepSeek V3 on 8x H200

| Test | Prompt Tokens | Generation Speed |
|------|--------------|-----------------|
| Math | 85 | 23.1 t/s |
)");
  EXPECT_EQ(at(r, "table[0][0].Generation Speed").context.model, "MiniMax M2.5");
  EXPECT_EQ(at(r, "table[1][0].Generation Speed").context.model, "GPT-OSS 120B");
  EXPECT_EQ(at(r, "table[2][0].Generation Speed").context.model, "DeepSeek V3");
}

// Held-out set 22: a preamble's "- **Backend**:" item names llama.cpp's compute backend.
TEST(ReportContext, APreamblesBackendItemNamesTheComputeBackend) {
  const auto r = run(FileType::markdown, R"(# Full Benchmark Results

- **Backend**: Vulkan RADV (Mesa)
- **GPU**: `Radeon 8060S Graphics (RADV GFX1151)`

## 85W TDP Run

| Model | pp512 (t/s) |
|-------|-------------|
| TinyLlama 1.1B Q4_K_M | 6,513.17 ± 73.88 |
)");
  EXPECT_EQ(at(r, "table[0][0].pp512 (t/s)").context.backend, "Vulkan RADV");
  // A section on another backend is not the document's (re-score of set 22).
  const auto rocm = run(FileType::markdown, R"(# Full Benchmark Results

- **Backend**: Vulkan RADV (Mesa)

## ROCm 6.4 HIP + Flash Attention

| Model | pp512 (t/s) |
|-------|-------------|
| TinyLlama 1.1B Q4_K_M | 6,100.0 ± 70.0 |
)");
  EXPECT_EQ(at(rocm, "table[0][0].pp512 (t/s)").context.backend, "");
  // A harness is no backend.
  const auto h = run(FileType::markdown,
                     "# R\n\n- **Backend**: our own scripts\n\n| Model | TTFT (ms) |\n|---|---|\n"
                     "| m | 5 |\n");
  EXPECT_EQ(at(h, "table[0][0].TTFT (ms)").context.backend, "");
}

// Held-out set 22: the model on its own line under the sentence that introduces it, and the
// requests that succeeded of those sent.
TEST(ReportContext, AModelIntroducedOnTheLineAboveAndRequestsOfThoseSent) {
  const auto r =
      run(FileType::markdown, R"(# LLM Inference Performance Benchmark: vLLM vs TensorRT-LLM

The model used in both tests is:
`TinyLlama/TinyLlama-1.1B-Chat-v1.0`

## Results

| Concurrency | Backend | Avg Latency (sec) | Successful Requests |
|-------------|---------|-------------------|---------------------|
| 80 | vLLM | 1.3634 | 78 / 80 |
)");
  const auto& requests = at(r, "table[0][0].Successful Requests");
  EXPECT_EQ(requests.metric_id(), "requests");
  EXPECT_EQ(requests.value, 78);
  EXPECT_NE(requests.note.find("of 80"), std::string::npos);
  EXPECT_EQ(at(r, "table[0][0].Avg Latency (sec)").context.model,
            "TinyLlama/TinyLlama-1.1B-Chat-v1.0");
}

TEST(ReportContext, ALongGpuLineOfTheHeaderNamesItsGpu) {
  const auto r = run(FileType::markdown, R"(# Full Benchmark Results

- **GPU**: `Radeon 8060S Graphics (RADV GFX1151)` — UMA, fp16, warp 64, KHR_coopmat matrix cores

## 85W TDP Run

| Model | pp512 (t/s) |
|-------|-------------|
| Llama 2 7B Q4_K_M | 1,024.75 ± 19.80 |
)");
  EXPECT_EQ(at(r, "table[0][0].pp512 (t/s)").context.gpu, "Radeon 8060S");
}

TEST(ReportContext, AModelSectionsBoldLeadAndAHardwareListLabelTheDocument) {
  const auto r = run(FileType::markdown, R"(# Investigation

## Model

**Qwen/Qwen3.5-122B-A10B-FP8:** MoE (122B total, 10B active), FP8.

## Hardware

- GPU: Radeon RX 6800 (16 GB VRAM)
- Device: ODROID-HC1

## Results

| Scenario | TTFT (ms) |
|---|---|
| short | 120 |
)");
  const auto& ttft = at(r, "table[0][0].TTFT (ms)");
  EXPECT_EQ(ttft.context.model, "Qwen/Qwen3.5-122B-A10B-FP8");
  EXPECT_EQ(ttft.context.quantization, "FP8");
  EXPECT_EQ(ttft.context.gpu, "Radeon RX 6800");
}

// A bold lead that names the set-up ("**Test Environment**:") makes the list under it one, as a
// heading would, within a section of other things; a numbered subsection keeps it.
TEST(ReportContext, ASetupLeadsListLabelsTheDocument) {
  const std::string block =
      "```\n============ Serving Benchmark Result ============\n"
      "Mean TTFT (ms):                          4528.94\n"
      "==================================================\n```\n";
  const auto r = run(FileType::markdown,
                     "# MiniMax\n\n## 4. Usage\n\ntext\n\n## 5. Benchmark\n### 5.1 Speed\n"
                     "**Test Environment**:\n\n- Hardware: AMD MI300X GPU(4x)\n\n"
                     "- Model: MiniMax-M2\n\n### 5.1.1 Low Concurrency\n" +
                         block);
  EXPECT_EQ(at(r, "vllm_result[0].Mean TTFT (ms)").context.gpu, "4x AMD MI300X");
  // A lead that names something else does not.
  const auto other = run(FileType::markdown,
                         "# Notes\n\n## 5. Benchmark\n\n**Shopping list**:\n\n"
                         "- Hardware: AMD MI300X\n\n### 5.1 Run\n" +
                             block);
  EXPECT_EQ(at(other, "vllm_result[0].Mean TTFT (ms)").context.gpu, "");
}

// A plain "Hardware:" lead over its list after a first table ("- GPU: 1x NVIDIA RTX4090 24GB")
// names the GPU of the tables after it; a "Hardware Requirements" list (what a reader needs)
// does not.
TEST(ReportContext, ALateHardwareListNamesTheGpuOfTheTablesAfterIt) {
  const std::string table = "| Backend | TPS |\n|---|---|\n| vLLM | 222.6 |\n\n";
  const auto r = run(FileType::markdown,
                     "# Bench\n\n| Engine | GPU |\n|---|---|\n| vLLM | Yes |\n\n"
                     "## Benchmark\n\nHardware:\n\n"
                     "- GPU: 1x NVIDIA RTX4090 24GB\n- CPU: Intel i9\n\n" +
                         table);
  EXPECT_EQ(at(r, "table[1][0].TPS").context.gpu, "1x NVIDIA RTX4090 24GB");
  const auto needs = run(FileType::markdown,
                         "# Bench\n\n" + table +
                             "## Hardware Requirements\n\n**Minimum:**\n- GPU: 8GB VRAM (e.g., RTX "
                             "3060 Ti)\n\n" +
                             table);
  EXPECT_EQ(at(needs, "table[1][0].TPS").context.gpu, "");
}

// Held-out set 30: a list's bold labels before any result ("- **Hardware:** M4 Mac mini, ...",
// "- **Model:** `org/model`, compared as its ...") name the document's GPU and model: the model
// is the code span, not the sentence after it, and its aside's precision is kept.
TEST(ReportContext, BoldLabelsOfAListNameTheGpuAndTheCodeSpanModel) {
  const auto r = run(FileType::markdown, R"(# Task 7

## 2. Constraints

- **Hardware:** M4 Mac mini, 17.2GB total unified memory (shared CPU/GPU pool
  - no discrete VRAM).
- **Model:** `mlx-community/Mistral-7B-Instruct-v0.3` (Q4_K_M), compared as its `-4bit`
  and `-8bit` checkpoints.

## 3. Results

| Variant | TTFT p50 |
|---|---|
| 4-bit c=1 | 273ms |
)");
  const auto& ttft = at(r, "table[0][0].TTFT p50");
  EXPECT_EQ(ttft.context.model, "mlx-community/Mistral-7B-Instruct-v0.3");
  EXPECT_EQ(ttft.context.gpu, "M4");
  EXPECT_EQ(ttft.context.quantization, "Q4_K_M");
  EXPECT_EQ(ttft.context.backend, "");
}

// "GPU: 40°C | CPU: 44°C" under "Hardware: Apple M4": a reading of the device, not its name.
TEST(ReportContext, AGpuLineOfAReadingNamesNoGpu) {
  const auto r = run(FileType::text,
                     "--- Pre-flight ---\n  Model: gemma-4-21b-mlx-4bit\n"
                     "  Hardware: Apple M4, 32GB RAM, macOS 15.7.4\n  GPU: 40\xC2\xB0"
                     "C | CPU: 44\xC2\xB0"
                     "C\n  Swap: 0MB\n");
  ASSERT_FALSE(r.rows.empty());
  for (const auto& row : r.rows) EXPECT_EQ(row.context.gpu, "Apple M4") << row.locator;
}

// A script's banner before each run ("==> qwen3-06b / Q3_K_L [file]") names the model and the
// precision of the figure lines below it.
TEST(ReportContext, ARunBannerNamesTheModelOfTheLinesBelow) {
  const auto r =
      run(FileType::text,
          "==> qwen3-06b / Q3_K_L [file]\n  Prompt: 12.05 t/s\n  Generation: 7.06 t/s\n\n"
          "==> gemma3-1b-instruct / Q5_0 [file]\n  Prompt: 12.49 t/s\n");
  ASSERT_GE(r.rows.size(), 3u);
  EXPECT_EQ(r.rows[0].context.model, "qwen3-06b");
  EXPECT_EQ(r.rows[0].context.quantization, "Q3_K_L");
  EXPECT_EQ(r.rows[1].metric_id(), "decode_rate");
  EXPECT_EQ(r.rows[2].context.model, "gemma3-1b-instruct");
  EXPECT_EQ(r.rows[2].context.quantization, "Q5_0");
}

// A log of two runs, each captioned on its own line above its result block ("Without LMCache",
// "With LMCache"): the caption is the block's configuration; its token totals are sums.
TEST(ReportContext, ACaptionAboveAResultBlockLabelsIt) {
  const std::string block =
      "====== Engine Benchmark Result (multi-round-chat) ======\n"
      "Total input tokens:                              2036453\n"
      "Mean TTFT (ms):                                 17806.14\n"
      "========================================================\n";
  const auto r =
      run(FileType::text, "Without LMCache\n\n" + block + "\n\nWith LMCache\n\n" + block);
  ASSERT_EQ(r.rows.size(), 4u);
  EXPECT_EQ(r.rows[0].context.config, "Without LMCache");
  EXPECT_EQ(r.rows[0].statistic, "sum");
  EXPECT_EQ(r.rows[3].context.config, "With LMCache");
  EXPECT_EQ(r.rows[3].metric_id(), "ttft");
}

// A note's "GPUs:" line of its machine labels its tables, as a "GPU:" line does.
TEST(ReportContext, AGpusLineLabelsTheTables) {
  const auto r =
      run(FileType::markdown,
          "# iRon-Llama\n\nCPU: Intel Xeon W3235\nGPUs: Two Radeon 6800X Duo (MetalV3 "
          "compatible)\n\n| model | backend | test | t/s |\n| --- | --- | ---: | ---: |\n"
          "| qwen3moe 30B.A3B Q4_K - Medium | Metal,BLAS | tg128 | 72.57 \xC2\xB1 0.11 |\n");
  EXPECT_EQ(at(r, "table[0][0].t/s").context.gpu, "Radeon 6800X Duo");
}

// A results page titled by its model alone, a GPU section with nothing under it over the
// engines' sections, and sweep tables that lead with the lengths asked for.
TEST(ReportContext, ATitleModelAnEmptyGpuSectionAndEngineSections) {
  const std::string table =
      "| Input Length | Output Length | Throughput (requests/s) | Throughput (output token/s) |\n"
      "| :-: | :-: | :-: | :-: |\n| 128 | 512 | 3.13 | 1604.15 |\n";
  const auto r =
      run(FileType::markdown, "\n# huggyllama/llama-7b\n\n## A100 40G\n\n## vllm 0.2.5\n\n" +
                                  table + "\n## TGI 1.3.3\n\n" + table);
  const auto& vllm = at(r, "table[0][0].Throughput (output token/s)");
  EXPECT_EQ(vllm.context.model, "huggyllama/llama-7b");
  EXPECT_EQ(vllm.context.gpu, "A100");
  EXPECT_EQ(vllm.context.backend, "vllm");
  EXPECT_EQ(vllm.context.config, "Input Length=128 Output Length=512");
  // A section named by a compute backend alone ("#### Vulkan") is its tables' backend too.
  const auto compute =
      run(FileType::markdown, "# Bench\n\n#### DX12\n\n" + table + "\n#### Vulkan\n\n" + table);
  EXPECT_EQ(at(compute, "table[0][0].Throughput (output token/s)").context.backend, "DX12");
  EXPECT_EQ(at(compute, "table[1][0].Throughput (output token/s)").context.backend, "Vulkan");
  const auto& tgi = at(r, "table[1][0].Throughput (output token/s)");
  EXPECT_EQ(tgi.context.gpu, "A100");  // the empty section's GPU holds for its siblings
  EXPECT_EQ(tgi.context.backend, "TGI");
  const auto& length = at(r, "table[0][0].Input Length");
  EXPECT_EQ(length.role, metrics::Role::parameter);  // asked for, no tokens measured
  EXPECT_EQ(length.parameter, "input_len");
  // A section with its own text keeps its GPU to itself.
  const auto own =
      run(FileType::markdown, "# Notes\n\n## A100 40G\n\nSome text.\n\n## vllm 0.2.5\n\n" + table);
  EXPECT_EQ(at(own, "table[0][0].Throughput (output token/s)").context.gpu, "");
  // An "Output Length" column among the figures (a score) stays a figure.
  const auto scores = run(FileType::markdown,
                          "# Scores\n\n| Model | BLEU | Output Length |\n|---|---|---|\n"
                          "| gpt2 | 0.31 | 0.366 |\n");
  EXPECT_EQ(at(scores, "table[0][0].Output Length").role, metrics::Role::metric);
}

// A findings table per model heading ("### DeepSeek R1 14b", "### Llama 3.2:3b") with a System
// column that names each row's GPU in brackets, a footnote mark on some, and a CPU/GPU column.
TEST(ReportContext, ASystemColumnNamesEachRowsGpu) {
  const auto r =
      run(FileType::markdown,
          "# AI Benchmarks\n\n## Findings\n\n### DeepSeek R1 14b\n\n"
          "| System | CPU/GPU | Eval Rate | Power (Peak) |\n| :--- | :--- | :--- | :--- |\n"
          "| [Intel 265K Custom PC (Nvidia RTX 4090)](https://x/43) | GPU | 92.49 "
          "Tokens/s | 464.2W |\n"
          "| [Pi CM5 - 16GB (Nvidia RTX 3080 Ti<sup>1</sup>)](https://x/39) | GPU | "
          "67.74 Tokens/s | 476W |\n"
          "| Pi 5 - 16GB | CPU | 1.20 Tokens/s | 8W |\n\n### Llama 3.2:3b\n\n"
          "| System | CPU/GPU | Eval Rate | Power (Peak) |\n| :--- | :--- | :--- | :--- |\n"
          "| Pi 5 - 16GB | CPU | 4.6 Tokens/s | 8W |\n");
  const auto& first = at(r, "table[0][0].Eval Rate");
  EXPECT_EQ(first.context.model, "DeepSeek R1 14b");
  EXPECT_EQ(first.context.gpu, "Nvidia RTX 4090");
  const auto& marked = at(r, "table[0][1].Eval Rate");
  EXPECT_EQ(marked.context.gpu, "Nvidia RTX 3080 Ti");
  EXPECT_NE(marked.context.config.find("System=Pi CM5 - 16GB (Nvidia RTX 3080 Ti)"),
            std::string::npos);
  EXPECT_EQ(at(r, "table[0][2].Eval Rate").context.gpu, "cpu");
  EXPECT_EQ(at(r, "table[1][0].Eval Rate").context.model, "Llama 3.2:3b");
}

TEST(ReportContext, ACloudInstancesRowIsNotTheDocumentsMachine) {
  const auto r = run(FileType::markdown, R"(# Report

## Environment

- GPU: NVIDIA GeForce RTX 4080 Laptop GPU (12282 MB)

## Costs

| Provider | Backend | on_demand_usd |
| --- | --- | --- |
| aws_g5_xlarge | onnxruntime-gpu | 1.204 |
| AWS g5.xlarge | onnxruntime-gpu | 1.204 |
| | onnxruntime-gpu | 0.9 |
)");
  EXPECT_EQ(at(r, "table[0][0].on_demand_usd").context.gpu, "");
  EXPECT_EQ(at(r, "table[0][1].on_demand_usd").context.gpu, "A10G (g5.xlarge)");
}

TEST(ReportContext, AParentHeadingNamesTheModelOfItsSubsections) {
  const auto r = run(FileType::markdown, R"(## 3. Llama3.1 (8B) Benchmark Results)

### 3.4 Parameter Tuning (q4_0)

| num_ctx | TTFT (ms) |
|---|---|
| 1024 | 120 |

## 4. Comparison (Qwen2.5 vs Llama3.1)

| num_ctx | TTFT (ms) |
|---|---|
| 1024 | 130 |
)");
  EXPECT_EQ(at(r, "table[0][0].TTFT (ms)").context.model, "Llama3.1");
  EXPECT_EQ(at(r, "table[1][0].TTFT (ms)").context.model, "");  // two models: neither
}

TEST(ReportContext, ColumnHeaderLabelsCaptionsAndQuantizations) {
  const auto r = run(FileType::markdown, R"(## 5. Safety vs Concurrency

**Full context** (10-turn, n=8 conversations)

| Model | N=1 | N=4 | AWQ Ratio |
|-------|-----|-----|-----------|
| llama3.2-1b | 0.81 | 0.80 | 1.55x |
)");
  const auto& n4 = at(r, "table[0][0].N=4");
  EXPECT_EQ(n4.context.config, "N=4");
  EXPECT_EQ(n4.context.model, "llama3.2-1b");
  EXPECT_EQ(n4.context.section,
            "5. Safety vs Concurrency / Full context (10-turn, n=8 conversations)");
  EXPECT_EQ(at(r, "table[0][0].AWQ Ratio").context.quantization, "AWQ");
}

TEST(ReportContext, BareStatisticColumnsAreOfTheMetricBesideThem) {
  const auto r = run(FileType::markdown, R"(| Rate (rps) | Mean (ms) | p50 | p99 |
|---|---|---|---|
| 1.0 | 858 | 800 | 3,461 |
)");
  const auto& p99 = at(r, "table[0][0].p99");
  EXPECT_EQ(p99.metric_id(), "duration");
  EXPECT_EQ(p99.statistic, "p99");
  EXPECT_EQ(p99.unit, "ms");
  EXPECT_DOUBLE_EQ(*p99.normalized, 3461);
}

TEST(ReportContext, QualifiedSettingsAreParametersAndConfigIdsLabelTheRow) {
  const auto r = run(FileType::markdown, R"(### Configuration Matrix

| Test ID | GPU (Chimera) | CTX 1 | CTX 2 | Turn | NP | TTFT Δ (ms) |
|---------|---------------|-------|-------|------|----|-------------|
| 7 | 80 | 512 | 1024 | 5 | 2 | -75 |
)");
  EXPECT_FALSE(has_row(r, "table[0][0].GPU (Chimera)"));  // a setting, in the label
  EXPECT_EQ(at(r, "table[0][0].CTX 2").parameter, "num_ctx");
  EXPECT_EQ(at(r, "table[0][0].Turn").role, metrics::Role::identifier);
  EXPECT_EQ(at(r, "table[0][0].NP").parameter, "concurrency");
  const auto& delta = at(r, "table[0][0].TTFT Δ (ms)");
  EXPECT_EQ(delta.context.concurrency, "2");
  // A conversation's turn is the condition it ran under (the context grows turn by turn).
  EXPECT_EQ(delta.context.config, "CTX 1=512 CTX 2=1024 Test ID=7 GPU (Chimera)=80 Turn=5");
  const auto csv = run(FileType::csv, "agent_b_num_gpu,ttft_ms\n60,120.5\n");
  EXPECT_EQ(at(csv, "[0].agent_b_num_gpu").parameter, "num_gpu");
  EXPECT_EQ(at(csv, "[0].ttft_ms").context.config, "agent_b_num_gpu=60");
}

TEST(ReportContext, PricesPerMillionTokensAndIntervalTables) {
  const auto md = run(FileType::markdown, R"(### Pricing Comparison (per 1M Tokens)

| Backend | reserved_usd |
|---|---|
| gpu | 1.086 |
)");
  EXPECT_EQ(at(md, "table[0][0].reserved_usd").metric_id(), "token_cost");
  EXPECT_EQ(at(md, "table[0][0].reserved_usd").unit, "USD/Mtok");
  // A row with its own interval is an aggregate, not one observation.
  const auto csv =
      run(FileType::csv, "base_model,refusal_rate,refusal_rate_ci_lo\nqwen2.5-7b,0.93,0.90\n");
  EXPECT_EQ(at(csv, "[0].refusal_rate").statistic, "value");
  EXPECT_EQ(at(csv, "[0].refusal_rate").context.model, "qwen2.5-7b");
}

TEST(ReportContext, JsonNumbersUnderContextNamesAreLabels) {
  const auto r = run(FileType::json, R"({"configs": [{"gpu": 120, "ctx": 512, "ttft_ms": 90.5}],
    "tags": [{"base_model": "qwen2.5-1.5b", "quant_level": "Q4_K_M", "elapsed_s": 0.36}]})");
  EXPECT_FALSE(has_row(r, "configs[0].gpu"));
  EXPECT_EQ(at(r, "configs[0].ttft_ms").context.config, "gpu=120 ctx=512");
  EXPECT_EQ(at(r, "tags[0].elapsed_s").context.model, "qwen2.5-1.5b");
  EXPECT_EQ(at(r, "tags[0].elapsed_s").context.quantization, "Q4_K_M");
}

TEST(ReportContext, ADocumentModelLosesItsDescription) {
  const auto r = run(FileType::markdown, R"(# Technical Report 110

## 1.3 Scope
- **Model:** `gemma3:latest` (4.3B parameters, Q4_K_M quantization)

| Config | TTFT (ms) |
|---|---|
| a | 100 |
)");
  EXPECT_EQ(at(r, "table[0][0].TTFT (ms)").context.model, "gemma3:latest");
  EXPECT_EQ(at(r, "table[0][0].TTFT (ms)").context.quantization, "Q4_K_M");
}

TEST(ReportContext, AConfigSectionThatIsACodeBlockGivesNoConfigurationAndHarnessesAreNoBackend) {
  const auto r = run(FileType::markdown, R"(# Technical Report 125

**Framework:** Banterhearts Multi-Agent System

### 5.7 Config

```yaml
temperature: 0.0
```

---

### 6. Results

| Model | TTFT (ms) |
|---|---|
| qwen2.5-1.5b | 120 |
)");
  const auto& ttft = at(r, "table[0][0].TTFT (ms)");
  EXPECT_EQ(ttft.context.config, "");  // not "---"
  EXPECT_EQ(ttft.context.backend, "");
  EXPECT_EQ(ttft.context.model, "qwen2.5-1.5b");
}

TEST(ReportContext, NamedValuesSettingsRowKeysAndBenchmarkColumns) {
  const auto env = run(FileType::markdown, R"(| Component | Value |
|---|---|
| Seed | 42 |
| Max new tokens | 256 |
)");
  EXPECT_EQ(at(env, "table[0][0].Value").parameter, "seed");
  EXPECT_EQ(at(env, "table[0][1].Value").parameter, "max_tokens");
  const auto r = run(
      FileType::markdown,
      R"(| Model | Context | Layer | advbench | HellaSwag (n=100) | Homogeneous Eff. | jailbreak |
|---|---|---|---|---|---|---|
| phi-2 | 8,192 | 16 | 0.12 | 48.0% | 98.5% | 0.003 |
)");
  EXPECT_EQ(at(r, "table[0][0].Context").parameter, "num_ctx");
  EXPECT_EQ(at(r, "table[0][0].Layer").role, metrics::Role::identifier);
  EXPECT_EQ(at(r, "table[0][0].advbench").context.test, "advbench");
  EXPECT_EQ(at(r, "table[0][0].HellaSwag (n=100)").context.test, "hellaswag");
  EXPECT_EQ(at(r, "table[0][0].jailbreak").context.test, "jailbreak");
  EXPECT_EQ(at(r, "table[0][0].Homogeneous Eff.").metric_id(), "efficiency");
}

TEST(ReportContext, ASubSectionKeepsTheHeadingsAboveIt) {
  const auto r = run(FileType::markdown, R"(# Report

## SS5. Phase 3 - Ollama N=8 Concurrent

### SS5.1 Per-Request Results

| Request | Wall (ms) |
|---|---|
| 1 | 4,833 |

## SS6. Phase 4

| Request | Wall (ms) |
|---|---|
| 1 | 12 |
)");
  EXPECT_EQ(at(r, "table[0][0].Wall (ms)").context.section,
            "SS5. Phase 3 - Ollama N=8 Concurrent / SS5.1 Per-Request Results");
  EXPECT_EQ(at(r, "table[1][0].Wall (ms)").context.section, "SS6. Phase 4");
}

TEST(ReportContext, ALeadInSentenceCaptionsTheTableBelowIt) {
  const auto r = run(FileType::markdown, R"(## 3.5 Aggregated tables

HF GPU (`hf_gpu_fp16`) scenario-aggregated (gen_tokens=64):

| Model | Mean (ms) |
|---|---|
| gpt2 | 74.8 |

Note: this line is no caption:

| Model | Mean (ms) |
|---|---|
| gpt2 | 70.1 |
)");
  EXPECT_EQ(at(r, "table[0][0].Mean (ms)").context.section,
            "3.5 Aggregated tables / HF GPU (hf_gpu_fp16) scenario-aggregated (gen_tokens=64)");
  EXPECT_EQ(at(r, "table[1][0].Mean (ms)").context.section, "3.5 Aggregated tables");
}

TEST(ReportContext, AColumnNamingAnEngineIsThatEnginesFigure) {
  const auto r = run(FileType::markdown, R"(## Throughput

| Model | Ollama tok/s | vLLM tok/s | `transformers-gpu-compile` median (ms) | vLLM vs Ollama |
|---|---|---|---|---|
| llama3.2-1b | 140.2 | 310.5 | 324.3 | 2.2x |
)");
  EXPECT_EQ(at(r, "table[0][0].Ollama tok/s").context.backend, "Ollama");
  EXPECT_EQ(at(r, "table[0][0].vLLM tok/s").context.backend, "vLLM");
  EXPECT_EQ(at(r, "table[0][0].transformers-gpu-compile median (ms)").context.backend,
            "transformers-gpu-compile");
  EXPECT_EQ(at(r, "table[0][0].vLLM vs Ollama").context.backend, "");
}

TEST(ReportContext, AModelsDisplayNameInAColumnHeaderNamesTheModel) {
  const auto r = run(FileType::markdown, R"(| Category | Llama 1B | Qwen 7B | Mistral 7B |
|---|---|---|---|
| Age | 0.12 | 0.31 | 0.22 |
)");
  EXPECT_EQ(at(r, "table[0][0].Llama 1B").context.model, "Llama 1B");
  EXPECT_EQ(at(r, "table[0][0].Qwen 7B").context.model, "Qwen 7B");
  EXPECT_EQ(at(r, "table[0][0].Mistral 7B").context.model, "Mistral 7B");
}

TEST(ReportContext, AConfigurationIdInAColumnHeaderLabelsItsFigures) {
  const auto r = run(FileType::markdown,
                     R"(| Metric | Rust (G80/C2048/T1.0) | Python (G80/C2048/T1.0) | Py Throttled |
|---|---|---|---|
| TTFT (ms) | 12.0 | 14.0 | 15.0 |
)");
  const auto& python = at(r, "table[0][0].Python (G80/C2048/T1.0)");
  EXPECT_EQ(python.context.backend, "Python");
  EXPECT_EQ(python.context.config, "G80/C2048/T1.0");  // kept beside the runtime
  EXPECT_EQ(at(r, "table[0][0].Py Throttled").context.backend, "Py");
}

TEST(ReportContext, AColumnsOwnPrecisionWinsOverTheRowsQuantization) {
  const auto r =
      run(FileType::markdown,
          R"(| Model | FP16 Composite | Quant Level | Quant Composite | Cosine Sim to FP16 |
|---|---|---|---|---|
| qwen2.5-1.5b | 0.61 | Q8_0 | 0.60 | 0.98 |
)");
  EXPECT_EQ(at(r, "table[0][0].FP16 Composite").context.quantization, "FP16");
  EXPECT_EQ(at(r, "table[0][0].Quant Composite").context.quantization, "Q8_0");
  EXPECT_EQ(at(r, "table[0][0].Cosine Sim to FP16").context.quantization, "Q8_0");  // compared
}

TEST(ReportContext, AnEnginesVersionInAColumnHeaderIsPartOfItsName) {
  const auto r = run(
      FileType::markdown,
      R"(| Metric | PyTorch 2.8 | PyTorch 2.10 | vLLM v0.6.3 (ms) | llama.cpp b4589 | PyTorch 4.9 pp worse |
|---|---|---|---|---|---|
| Total measurements | 3,780 | 4,522 | 12.5 | 80.1 | 3 |
)");
  const auto backend = [&](const char* col) {
    return at(r, std::string("table[0][0].") + col).context.backend;
  };
  EXPECT_EQ(backend("PyTorch 2.8"), "PyTorch 2.8");
  EXPECT_EQ(backend("PyTorch 2.10"), "PyTorch 2.10");
  EXPECT_EQ(backend("vLLM v0.6.3 (ms)"), "vLLM v0.6.3");
  EXPECT_EQ(backend("llama.cpp b4589"), "llama.cpp b4589");
  EXPECT_EQ(backend("PyTorch 4.9 pp worse"), "PyTorch");  // a figure, not a version
}

TEST(ReportContext, ACsvRowKeepsItsScenarioAndItsSettings) {
  const auto r = run(FileType::csv,
                     "scenario,agent_b_num_gpu,agent_b_num_ctx,efficiency\n"
                     "baseline_vs_chimera,80.0,512.0,84.1\n");
  EXPECT_EQ(at(r, "[0].efficiency").context.config,
            "baseline_vs_chimera agent_b_num_gpu=80.0 agent_b_num_ctx=512.0");
}

TEST(ReportContext, AConfigurationLabelIsTheConfigurationsOneName) {
  // The same name a JSON summary of the same runs gives it, so its means are counted once.
  const auto r = run(FileType::csv,
                     "config,num_ctx,temperature,decode_tok_s\nctx1024-temp0.8,1024,0.8,864.4\n");
  EXPECT_EQ(at(r, "[0].decode_tok_s").context.config, "ctx1024-temp0.8");
}

TEST(ReportContext, AnObjectKeyNamingAModelIsItsContext) {
  const auto r = run(FileType::json, R"({"rtsi": {"mistral-7b|Q6_K": {"score": 0.04},
    "llama3.1:8b": {"ttft_ms": 12.5}, "llama_bench": {"ttft_ms": 3}, "gpt2_results": {"ttft_ms": 4}}})");
  const auto& a = at(r, "rtsi.mistral-7b|Q6_K.score");
  EXPECT_EQ(a.context.model, "mistral-7b");
  EXPECT_EQ(a.context.quantization, "Q6_K");
  EXPECT_EQ(at(r, "rtsi.llama3.1:8b.ttft_ms").context.model, "llama3.1:8b");
  EXPECT_EQ(at(r, "rtsi.llama_bench.ttft_ms").context.model, "");
  EXPECT_EQ(at(r, "rtsi.gpt2_results.ttft_ms").context.model, "");
}

TEST(ReportContext, AProfilersRowNamesItsKernelAndGpu) {
  // Nsight Compute's --csv --page raw: one row per kernel launch.
  const auto r = run(FileType::csv,
                     "\"ID\",\"Kernel Name\",\"Block Size\",\"device__attribute_display_name\","
                     "\"gpu__time_duration.sum\"\n"
                     "\"\",\"\",\"\",\"\",\"nsecond\"\n"
                     "\"0\",\"void quantize_q8_1<1>(const float *)\",\"(128, 1, 1)\","
                     "\"NVIDIA GeForce RTX 4080\",\"2464\"\n");
  const auto& row = at(r, "[1].gpu__time_duration.sum");
  EXPECT_EQ(row.context.test, "void quantize_q8_1<1>(const float *)");
  EXPECT_EQ(row.context.gpu, "NVIDIA GeForce RTX 4080");
  EXPECT_EQ(row.context.config, "Block Size=(128, 1, 1)");  // its launch configuration
}

TEST(ReportContext, APyTorchDtypeIsThePrecision) {
  // A compilation benchmark: the model's dtype, and Torch-TensorRT's own precision.
  const auto r = run(FileType::json, R"({"model": {"name": "transformer", "dtype": "torch.float32"},
    "backends": {"eager": {"benchmark": {"mean_time_ms": 0.67}},
      "tensorrt": {"benchmark": {"mean_time_ms": 8.2,
        "metadata": {"enabled_precisions": ["torch.float16"]}}}}})");
  EXPECT_EQ(at(r, "backends.eager.benchmark.mean_time_ms").context.quantization, "FP32");
  EXPECT_EQ(at(r, "backends.tensorrt.benchmark.mean_time_ms").context.quantization, "FP16");
}

TEST(ReportContext, AProvidersKeyNamesTheServiceOfItsPrices) {
  const auto r = run(FileType::json, R"({"providers": {"together": {"models": {
    "gpt-oss-20b": {"input_per_1m": 0.05, "output_per_1m": 0.20}}}}})");
  const auto& row = at(r, "providers.together.models.gpt-oss-20b.output_per_1m");
  EXPECT_EQ(row.metric_id(), "token_cost");
  EXPECT_EQ(row.unit, "USD/Mtok");
  EXPECT_EQ(row.context.backend, "together");
  EXPECT_EQ(row.context.model, "gpt-oss-20b");
}

TEST(ReportContext, AShapeKeyIsTheFiguresShape) {
  const auto r = run(FileType::json, R"({"tensor_core": {"512x512x512": {"mean_time_ms": 16.7}},
    "speedups": {"2x": {"mean_time_ms": 1.0}}})");
  EXPECT_EQ(at(r, "tensor_core.512x512x512.mean_time_ms").context.config, "shape=512x512x512");
  EXPECT_EQ(at(r, "speedups.2x.mean_time_ms").context.config, "");
}

TEST(ReportContext, SettingsOfEveryLevelHold) {
  const auto r = run(FileType::json, R"({"model": {"batch_size": 4},
    "backends": {"tensorrt": {"metadata": {"workspace_size": 268435456}, "mean_time_ms": 8.2},
      "eager": {"mean_time_ms": 0.67}}})");
  EXPECT_EQ(at(r, "backends.tensorrt.mean_time_ms").context.config,
            "batch_size=4 workspace_size=268435456");
  EXPECT_EQ(at(r, "backends.eager.mean_time_ms").context.config, "batch_size=4");
}

TEST(ReportContext, AValueKeyedByModelTakesItsContainersMetric) {
  // A planner's lookup table: the key names model, engine and quantization; the metric is the
  // container's, and a key's own dots ("llama3.2-1b") do not split it.
  const auto r = run(FileType::json, R"({"throughput": {"lookup": {
    "llama3.2-1b|transformers-gpu|FP16": 70.3, "gpt2|ollama|Q4_K_M": 195.3}},
    "quality": {"lookup": {"qwen2.5-1.5b|Q8_0": 0.58}}, "misc": {"lookup": {"llama3.2-3b": 2}}})");
  const auto& a = at(r, "throughput.lookup.llama3.2-1b|transformers-gpu|FP16");
  EXPECT_EQ(a.metric_id(), "token_rate");
  EXPECT_EQ(a.context.model, "llama3.2-1b");
  EXPECT_EQ(a.context.backend, "transformers-gpu");
  EXPECT_EQ(a.context.quantization, "FP16");
  const auto& b = at(r, "throughput.lookup.gpt2|ollama|Q4_K_M");
  EXPECT_EQ(b.context.backend, "ollama");
  EXPECT_EQ(b.context.quantization, "Q4_K_M");
  EXPECT_EQ(at(r, "quality.lookup.qwen2.5-1.5b|Q8_0").metric_id(), "quality");
  EXPECT_EQ(at(r, "misc.lookup.llama3.2-3b").metric_id(), "unknown");  // "misc" says nothing
  EXPECT_EQ(at(r, "misc.lookup.llama3.2-3b").context.model, "llama3.2-3b");
}

TEST(ReportContext, AScoreUnderARiskIndexIsNoQuality) {
  // A planner's safety section: "rtsi" is a risk index (higher is worse) keyed by model|quant.
  const auto r = run(FileType::json, R"({"safety": {"rtsi": {
    "qwen2.5-1.5b|Q8_0": {"score": 0.56, "risk": "HIGH"}}, "eval": {"score": 0.91}}})");
  const auto& a = at(r, "safety.rtsi.qwen2.5-1.5b|Q8_0.score");
  EXPECT_EQ(a.metric_id(), "unknown");
  EXPECT_EQ(a.context.model, "qwen2.5-1.5b");
  EXPECT_EQ(a.context.quantization, "Q8_0");
  EXPECT_EQ(at(r, "safety.eval.score").metric_id(), "quality");
}

TEST(ReportContext, KeysAboveOneMetricsStatisticsNameTheBenchmark) {
  const auto r = run(FileType::json, R"({"attention": {"torch": {"mean_time_ms": 24.6,
    "std_time_ms": 73.2, "min_time_ms": 0.17}}, "tensor_core": {"512x512x512": {"mean_time_ms": 16.7,
    "max_time_ms": 166.6}}, "results": {"ttft": {"mean": 1, "p99": 2}},
    "baseline": {"mean_ms": 3, "p50_ms": 2}, "mixed": {"mean_ms": 3, "tokens": 5},
    "fusion": {"baseline_linear_gelu": {"mean_ms": 0.76, "std_ms": 2.05}}})");
  EXPECT_EQ(at(r, "fusion.baseline_linear_gelu.std_ms").context.test,
            "fusion/baseline_linear_gelu");
  EXPECT_EQ(at(r, "attention.torch.mean_time_ms").context.test, "attention/torch");
  EXPECT_EQ(at(r, "attention.torch.min_time_ms").context.test, "attention/torch");
  EXPECT_EQ(at(r, "tensor_core.512x512x512.max_time_ms").context.test, "tensor_core");
  EXPECT_EQ(at(r, "tensor_core.512x512x512.max_time_ms").context.config, "shape=512x512x512");
  EXPECT_EQ(at(r, "results.ttft.p99").context.test, "");  // the key names the metric
  EXPECT_EQ(at(r, "baseline.mean_ms").context.test, "");  // one side of a comparison
  EXPECT_EQ(at(r, "mixed.mean_ms").context.test, "");     // not one metric's statistics
}

TEST(ReportContext, AKeyUnderModelsNamesTheModel) {
  const auto r = run(FileType::json, R"({"providers": {"anthropic": {"models": {
    "claude-haiku-4-5": {"name": "Claude Haiku 4.5", "input_per_1m": 1.0}}}},
    "models": [{"model": "gemma3:latest", "options": {"temperature": 0.3}}]})");
  EXPECT_EQ(at(r, "models[0].options.temperature").context.model, "gemma3:latest");
  const auto& a = at(r, "providers.anthropic.models.claude-haiku-4-5.input_per_1m");
  EXPECT_EQ(a.context.model, "claude-haiku-4-5");
  EXPECT_EQ(a.context.backend, "anthropic");
}

TEST(ReportContext, AHeadingNumberBeforeAColonIsNoModel) {
  const auto r = run(FileType::markdown, R"(# Technical Report: Baseline Agent Analysis

**Model:** gemma3:latest

## Technical Report 108: Analysis of Benchmark Results

| Metric | Value |
|---|---|
| Average TTFT | 3843.46 ms |

## Results for llama3.1:8b

| Metric | Value |
|---|---|
| Average TTFT | 12.0 ms |
)");
  EXPECT_EQ(at(r, "table[0][0].Value").context.model, "gemma3:latest");
  EXPECT_EQ(at(r, "table[1][0].Value").context.model, "llama3.1:8b");
}

TEST(ReportContext, AnEngineAColumnComparesWithIsNotItsBackend) {
  const auto r = run(FileType::markdown, R"(## Throughput

| Backend | tok/s | Delta from Ollama Q8_0 |
|---|---|---|
| vLLM | 310.5 | +12 % |
)");
  EXPECT_EQ(at(r, "table[0][0].Delta from Ollama Q8_0").context.backend, "vLLM");
}

TEST(ReportContext, AColumnNamingAModelIsThatModelsFigure) {
  const auto r = run(FileType::markdown, R"(## Latency

| Phase | qwen2.5-0.5b (ms) | llama3.2-1b (ms) | Mean (ms) |
|---|---|---|---|
| prefill | 12.0 | 15.5 | 13.7 |
)");
  EXPECT_EQ(at(r, "table[0][0].qwen2.5-0.5b (ms)").context.model, "qwen2.5-0.5b");
  EXPECT_EQ(at(r, "table[0][0].llama3.2-1b (ms)").context.model, "llama3.2-1b");
  EXPECT_EQ(at(r, "table[0][0].Mean (ms)").context.model, "");
}

TEST(ReportContext, AModelBulletOfASetUpSectionLabelsTheTablesAfterIt) {
  const auto r = run(FileType::markdown, R"(## 2. Design

| Runtime | Buffer Size |
|---|---|
| smol | 8KB |

### 2.2 Benchmark Configuration

- **Agents:** DataCollector + InsightAgent
- **Model:** gemma3:latest

## 3. Results

| Runtime | Mean Eff (%) |
|---|---|
| smol | 90.5 |

## 4. Outlook

- **Model:** llama3.1:8b
)");
  const auto& buffer = at(r, "table[0][0].Buffer Size");
  EXPECT_EQ(buffer.role, metrics::Role::parameter);
  EXPECT_EQ(buffer.context.model, "");  // the bullet comes after it
  EXPECT_EQ(at(r, "table[1][0].Mean Eff (%)").context.model, "gemma3:latest");
}

TEST(ReportContext, AConfigurationListTitleIsReplacedByItsItemsWithoutTheirFigures) {
  const auto r = run(FileType::markdown, R"(**Configuration:** Chimera Configuration:
- GPU Layers: 80
- Ollama defaults otherwise
- Expected Throughput: 102.31 tok/s

| Metric | Value |
|---|---|
| Throughput | 99.1 tok/s |
)");
  EXPECT_EQ(at(r, "table[0][0].Value").context.config, "GPU Layers=80, Ollama defaults otherwise");
}

TEST(ReportContext, AnNColumnSteppingThroughAgentCountsIsTheConcurrency) {
  const auto r = run(FileType::markdown, R"(| Model | N | Overlap Ratio |
|---|---|---|
| llama3.2-1b | 1 | 0.000 |
| llama3.2-1b | 2 | 0.982 |
| llama3.2-1b | 4 | 0.990 |

| Turn | n | Mean (ms) |
|---|---|---|
| 0 | 16 | 778 |
| 1 | 16 | 693 |
| 2 | 8 | 700 |
)");
  const auto& n = at(r, "table[0][1].N");
  EXPECT_EQ(n.role, metrics::Role::parameter);
  EXPECT_EQ(n.parameter, "concurrency");
  EXPECT_EQ(at(r, "table[0][2].Overlap Ratio").context.concurrency, "4");
  EXPECT_EQ(at(r, "table[1][0].n").statistic, "count");  // samples: 16, 16, 8
  EXPECT_EQ(at(r, "table[1][0].Mean (ms)").context.concurrency, "");
}

TEST(ReportContext, SlotsInACaptionAndARateColumnAreTheLoad) {
  const auto r = run(FileType::markdown, R"(**NP=4**

| Rate (rps) | n | p95 |
|---|---|---|
| 0.5 | 30 | 1,797 |
)");
  const auto& p95 = at(r, "table[0][0].p95");
  EXPECT_EQ(p95.context.concurrency, "4");
  EXPECT_EQ(p95.context.rate, "0.5");
  EXPECT_EQ(at(r, "table[0][0].Rate (rps)").role, metrics::Role::parameter);
}

TEST(ReportContext, ACorrelationMatrixCellIsAPairsFigureAndACaptionNamesABareColumn) {
  const auto r = run(FileType::markdown, R"(**Pearson Correlations:**

|  | Loop Lag | Efficiency |
|--|---|---|
| **Loop Lag** | 1.00 | -0.94 |
| **Efficiency** | -0.94 | 1.00 |

**Rust Multi-Agent Efficiency by Model:**

| Model | Baseline Eff. | Best Observed |
|---|---|---|
| Qwen 2.5 (7B) | 90.0% | 90.0% |
)");
  const auto& cell = at(r, "table[0][1].Loop Lag");
  EXPECT_EQ(cell.metric_id(), "unknown");
  EXPECT_EQ(cell.name, "correlation of Efficiency with Loop Lag");
  EXPECT_EQ(cell.context.config, "");
  EXPECT_EQ(at(r, "table[1][0].Best Observed").metric_id(), "efficiency");
}

TEST(ReportContext, EagerAndCompiledColumnsNameTheMode) {
  const auto r = run(FileType::markdown, R"(| Config | Eager Mean (ms) | Compiled Mean (ms) |
|---|---|---|
| Padded | 13.80 | 6.03 |
)");
  EXPECT_EQ(at(r, "table[0][0].Eager Mean (ms)").context.backend, "Eager");
  EXPECT_EQ(at(r, "table[0][0].Compiled Mean (ms)").context.backend, "Compiled");
}

TEST(ReportContext, EveryCellHasALocatorOfItsOwnAndANumberingColumnIsNoMetric) {
  const auto r = run(FileType::markdown, R"(| # | Model | CV% | Mean | CV% |
|---|---|---|---|---|
| 1 | llama3.2-1b | 2.1 | 80.5 | 3.4 |
)");
  EXPECT_EQ(at(r, "table[0][0].CV%").raw, "2.1");
  EXPECT_EQ(at(r, "table[0][0].CV% (2)").raw, "3.4");
  EXPECT_EQ(at(r, "table[0][0].#").role, metrics::Role::identifier);
  const auto csv = run(FileType::csv, "ttft_ms,ttft_ms\n12.5,13.5\n");
  EXPECT_EQ(at(csv, "[0].ttft_ms (2)").raw, "13.5");
}

TEST(ReportContext, AConfigAndItsScenarioAreBothKeptAndAThinkTimeIsASetting) {
  const auto r = run(FileType::markdown, R"(| Config | Scenario | Think (ms) | p99/p50 | % at Max |
|---|---|---|---|---|
| test004 | baseline_vs_chimera | 2000 | 1.74 | 35.0 |
)");
  const auto& ratio = at(r, "table[0][0].p99/p50");
  EXPECT_EQ(ratio.statistic, "value");  // a ratio of two percentiles, not a p99
  // "test004" does not spell its settings: the row's think time stays beside it.
  EXPECT_EQ(ratio.context.config, "test004 Think (ms)=2000 Scenario=baseline_vs_chimera");
  EXPECT_EQ(at(r, "table[0][0].Think (ms)").parameter, "think_time");
  EXPECT_NE(at(r, "table[0][0].% at Max").statistic, "max");
}

TEST(ReportContext, APriceTablesBareFiguresArePricesButNotItsOtherQuantities) {
  const auto r = run(FileType::markdown, R"(### 11.1 Mean multi-tier cost per 1M tokens

| Backend | On-demand | gpu_hours_per_1M_tok | Energy-only (on-prem tier) | Energy (kWh) |
|---|---|---|---|---|
| onnxruntime-gpu | 0.1279 | 0.31 | 0.000417 | 0.02 |
)");
  const auto& price = at(r, "table[0][0].On-demand");
  EXPECT_EQ(price.metric_id(), "token_cost");
  EXPECT_EQ(price.unit, "USD/Mtok");
  EXPECT_NE(at(r, "table[0][0].gpu_hours_per_1M_tok").unit, "USD/Mtok");
  // A pricing tier named for what it charges is still a price; an energy column is energy.
  const auto& tier = at(r, "table[0][0].Energy-only (on-prem tier)");
  EXPECT_EQ(tier.metric_id(), "token_cost");
  EXPECT_EQ(tier.unit, "USD/Mtok");
  EXPECT_EQ(at(r, "table[0][0].Energy (kWh)").metric_id(), "energy");
}

TEST(ReportContext, AHardwareDatabasesMemoryIsACapacityAndItsBandwidthARate) {
  const auto r = run(FileType::markdown, R"(## Appendix B: Hardware Database

| GPU | VRAM (GB) | Bandwidth (GB/s) |
|---|---|---|
| RTX 4060 8GB | 8 | 272 |

## D: Hardware Utilization

| GPU | VRAM (GB) |
|---|---|
| RTX 4060 8GB | 6.5 |
)");
  const auto& vram = at(r, "table[0][0].VRAM (GB)");
  EXPECT_EQ(vram.metric_id(), "unknown");  // what the GPU has, no memory in use
  EXPECT_EQ(vram.unit, "GiB");
  EXPECT_EQ(at(r, "table[0][0].Bandwidth (GB/s)").metric_id(), "bandwidth");
  EXPECT_EQ(at(r, "table[1][0].VRAM (GB)").metric_id(), "memory");  // what a run used
  // Held-out set 42: a row per device beside its results (no model column): its bare memory is
  // what the device has, a setting.
  const auto devices = run(FileType::markdown, R"(### 14B model: Qwen2.5 14B

| ttft [ms] | accel_name | VRAM [GB] |
|---|---|---:|
| 279 | NVIDIA GeForce RTX 5090 | 31.0 |
)");
  EXPECT_EQ(at(devices, "table[0][0].VRAM [GB]").parameter, "accelerator_memory");
  EXPECT_EQ(at(devices, "table[0][0].ttft [ms]").metric_id(), "ttft");
}

TEST(ReportContext, ComparedColumnsPhasesAndWorkloadMixesLabelTheirFigures) {
  const auto r = run(FileType::markdown, R"(### 6.2 Results

| Metric | Smol (8KB) | Smol-1KB (1KB) | Delta | Winner |
|---|---|---|---|---|
| Peak Efficiency | 94.98% | 98.99% | +4.01pp | Smol-1KB |

| Metric | Phase 2 (N=270, 30 reps) | Phase 3 (N=135, 15 reps) | Cohen's d |
|---|---|---|---|
| Eager mean (ms) | 3.93 | 3.84 | 0.2 |

Canonical mixes (total tokens per request):

| Scenario | Prompt tokens | Gen tokens | Total tokens |
| --- | ---: | ---: | ---: |
| `chat_default` | 256 | 128 | 384 |
)");
  // Each compared column is its figures' configuration; the delta column is none of them.
  EXPECT_EQ(at(r, "table[0][0].Smol (8KB)").context.config, "Winner=Smol-1KB Smol (8KB)");
  EXPECT_EQ(at(r, "table[0][0].Smol-1KB (1KB)").context.config, "Winner=Smol-1KB Smol-1KB (1KB)");
  // A phase of the study, and its sample size without the brackets' comma.
  EXPECT_EQ(at(r, "table[1][0].Phase 3 (N=135, 15 reps)").context.config, "Phase 3 N=135");
  EXPECT_EQ(at(r, "table[1][0].Cohen's d").context.config, "");
  // A workload mix defines its requests' lengths: settings, and a total stated beforehand.
  EXPECT_EQ(at(r, "table[2][0].Prompt tokens").parameter, "input_len");
  EXPECT_EQ(at(r, "table[2][0].Gen tokens").parameter, "output_len");
  EXPECT_EQ(at(r, "table[2][0].Total tokens").statistic, "expected");
}

TEST(ReportContext, ALabelAtNAgentsIsTheConcurrency) {
  const auto r = run(FileType::markdown, R"(| Metric | llama3.2-1b | qwen2.5-1.5b |
|---|---|---|
| Total tok/s at N=8 | 412.0 | 380.5 |
| eta(2) | 0.98 | 0.97 |
)");
  EXPECT_EQ(at(r, "table[0][0].qwen2.5-1.5b").context.concurrency, "8");
  EXPECT_EQ(at(r, "table[0][1].llama3.2-1b").context.concurrency, "2");
}

TEST(ReportContext, BackendsNamedByComparedColumnsAndByATablesTitle) {
  const auto r = run(FileType::markdown, R"(**Framework:** Demo_rust_multiagent (Rust async/tokio)

## 9.1 Decode Throughput Speedup

| Model | GPU tok/s | Compile tok/s | Speedup |
|---|---|---|---|
| gpt2 | 197.9 | 436.5 | 2.21x |

| Model | Eff. tok/s | GPU tok/s |
|---|---|---|
| qwen2.5-1.5b | 180.2 | 207.0 |

**For Python Dual Ollama Deployments (from TR110):**

| Workload | CTX | Expected Efficiency (%) |
|---|---|---|
| Homogeneous | 2048 | 99 |
)");
  EXPECT_EQ(at(r, "table[0][0].GPU tok/s").context.backend, "GPU");
  EXPECT_EQ(at(r, "table[0][0].Compile tok/s").context.backend, "Compile");  // torch.compile
  EXPECT_EQ(at(r, "table[1][0].GPU tok/s").context.backend,
            "Demo_rust_multiagent (Rust async/tokio)");  // where it was measured, no backend
  EXPECT_EQ(at(r, "table[2][0].Expected Efficiency (%)").context.backend, "");  // not Rust's
}

TEST(ReportContext, ASetUpTableNamesTheDocumentsMachineModelAndLengths) {
  const auto r = run(FileType::markdown, R"(## Run performance benchmark

| **Parameters**  ||
|---|---|
| GPUs Available   | 2 x L40S |
| GPUs Used        | **1 (single)** |
| GPU Layers       | 60, 80 |
| Model Name       | ibm-granite/granite-3.3-8b-instruct. |
| Input Tokens     | 512 |

| Metric | Value |
|---|---|
| TTFT (ms) | 53 |
)");
  const auto& length = at(r, "table[0][4].");  // a blank second header: the row names it
  EXPECT_EQ(length.name, "Input Tokens");
  EXPECT_EQ(length.parameter, "input_len");  // asked for, not counted
  const auto& ttft = at(r, "table[1][0].Value");
  EXPECT_EQ(ttft.context.gpu, "2 x L40S");  // not the count used, not the layers offloaded
  EXPECT_EQ(ttft.context.model, "ibm-granite/granite-3.3-8b-instruct");
}

TEST(ReportContext, AnNColumnWhoseLevelsTheSectionNamesIsTheConcurrency) {
  const auto r = run(FileType::markdown, R"(## SS6. Direct N=1 and N=8

| Backend | Model | N | Mean TPS |
|---|---|---|---|
| PyTorch | LLaMA-1B | 1 | 52.02 |
| PyTorch | LLaMA-1B | 8 | 7.18 |

## SS7. Samples

| Backend | N | Mean TPS |
|---|---|---|
| PyTorch | 30 | 52.02 |
| PyTorch | 8 | 7.18 |
)");
  EXPECT_EQ(at(r, "table[0][1].Mean TPS").context.concurrency, "8");
  EXPECT_EQ(at(r, "table[0][1].N").role, metrics::Role::parameter);
  EXPECT_EQ(at(r, "table[1][0].Mean TPS").context.concurrency, "");  // N=30 is no level named
  // An N column of text only (found by fuzz_markdown): no level, and no read past an empty list.
  const auto text = run(FileType::markdown,
                        "| Backend | N | Mean TPS |\n|---|---|---|\n"
                        "| PyTorch | many | 52.02 |\n");
  EXPECT_EQ(at(text, "table[0][0].Mean TPS").context.concurrency, "");
}

TEST(ReportContext, ADatasetLineAboveATableIsTheTestOfItsRowsOnly) {
  const auto r = run(FileType::markdown, R"(### 8.2 GPT-2 Perplexity

**Dataset:** WikiText-2 test (72,531 tokens)

| Backend | Perplexity |
|---|---|
| onnxruntime-cpu | 58.343 |

Later, another table:

| Backend | Perplexity |
|---|---|
| tensorrt-fp32 | 58.345 |
)");
  EXPECT_EQ(at(r, "table[0][0].Perplexity").context.test, "WikiText-2 test");  // not its size
  EXPECT_EQ(at(r, "table[1][0].Perplexity").context.test, "");
}

TEST(ReportContext, ATablesSettingsLineAndNumberedTestsLabelItsRows) {
  const auto r = run(FileType::markdown, R"(### 3.2 Baseline Performance

**Test Configuration:** num_gpu=999, num_ctx=2048

| Quantization | Mean TTFT (s) |
|---|---|
| q4_0 | 0.097 |

| Test | CTX | TEMP | Avg Eff | Agents |
|---|---|---|---|---|
| 006 | 1024 | 0.8 | 98.69% | 2 |
)");
  EXPECT_EQ(at(r, "table[0][0].Mean TTFT (s)").context.config,
            "Baseline num_gpu=999, num_ctx=2048");  // the heading's variant, then the line
  const auto& ctx = at(r, "table[1][0].CTX");  // a setting of test 006, not a metric "006 / CTX"
  EXPECT_EQ(ctx.role, metrics::Role::parameter);
  EXPECT_EQ(ctx.parameter, "num_ctx");
  EXPECT_EQ(at(r, "table[1][0].Avg Eff").metric_id(), "efficiency");
  EXPECT_EQ(at(r, "table[1][0].Avg Eff").context.concurrency, "2");  // agents at once
}

TEST(ReportContext, ColumnsNamedByAConfigurationTakeTheQuantityTheirHeadingNames) {
  const auto r = run(FileType::markdown, R"(### 4.2 Total System Throughput

| Model | N=1 | N=2 |
|---|---|---|
| llama3.2-1b | 80.2 | 106.8 |

### 5. Aggregate Safety vs Concurrency

| Model | N=1 | N=2 |
|---|---|---|
| llama3.2-1b | 0.92 | 0.91 |
)");
  EXPECT_EQ(at(r, "table[0][0].N=2").metric_id(), "total_throughput");
  EXPECT_EQ(at(r, "table[1][0].N=2").metric_id(), "unknown");  // safety, not concurrency
}

TEST(ReportContext, AConfigurationLineAboveALaterTableLabelsAllButItsBaseline) {
  const auto r = run(FileType::markdown, R"(| Metric | Value |
|---|---|
| Runs | 3 |

### 4.3 Statistical Validation

Configuration: `num_gpu=60, num_ctx=1024, temperature=0.3`

| Metric | Baseline (mean) | Chimera (mean) |
|---|---|---|
| **TTFT** | 1437.06 ms | 1566.10 ms |
)");
  const auto& chimera = at(r, "table[1][0].Chimera (mean)");
  EXPECT_NE(chimera.context.config.find("num_gpu=60, num_ctx=1024, temperature=0.3"),
            std::string::npos)
      << chimera.context.config;
  const auto& baseline = at(r, "table[1][0].Baseline (mean)");
  EXPECT_EQ(baseline.context.config.find("num_gpu"), std::string::npos) << baseline.context.config;
}

TEST(ReportContext, StreamedAndNonStreamedColumnsCarryTheirRequestMode) {
  const auto r = run(FileType::markdown, R"(| Model | Rate | Batch Mean (ms) | Stream Mean (ms) |
|---|---|---|---|
| llama3.2-1b | 0.5 | 1,014 | 859 |

| Model | Batch | TTFT (ms) |
|---|---|---|
| llama3.2-1b | 8 | 40 |
)");
  EXPECT_NE(at(r, "table[0][0].Batch Mean (ms)").context.config.find("stream=false"),
            std::string::npos);
  EXPECT_NE(at(r, "table[0][0].Stream Mean (ms)").context.config.find("stream=true"),
            std::string::npos);
  // A lone "Batch" column is a batch size: no request mode.
  EXPECT_EQ(at(r, "table[1][0].TTFT (ms)").context.config.find("stream="), std::string::npos);
}

TEST(ReportContext, AnotherReportsColumnDoesNotTakeThisReportsConfiguration) {
  const auto r = run(FileType::markdown, R"(# Chimera Agent Report

**Configuration:** num_gpu=80, num_ctx=512, temperature=0.8

| Metric | Value | TR108 (Rank 1) | Technical Report 108 Baseline |
|---|---|---|---|
| TTFT (s) | 0.128 | 0.130 | 0.131 |
)");
  EXPECT_NE(at(r, "table[0][0].Value").context.config.find("num_gpu=80"), std::string::npos);
  EXPECT_EQ(at(r, "table[0][0].TR108 (Rank 1)").context.config.find("num_gpu=80"),
            std::string::npos)
      << at(r, "table[0][0].TR108 (Rank 1)").context.config;
  EXPECT_EQ(at(r, "table[0][0].Technical Report 108 Baseline").context.config.find("num_gpu"),
            std::string::npos);
}

TEST(ReportContext, ARunLineLabelsTheTablesBelowItUntilTheNextRun) {
  const auto r = run(FileType::markdown, R"(### A.3 Controlled runs

Variable-length Inductor run: `results/tr120/20251221_173112`

**Prefill**

| Backend | Median (ms) |
| --- | --- |
| compile (Inductor) | 0.19 |

Padded+decode Inductor run (cudagraph trees disabled): `results/tr120/20251221_182658`

**Prefill**

| Backend | Median (ms) |
| --- | --- |
| compile (Inductor) | 0.19 |

Note: see the runs at `results/tr120/`

| Backend | Median (ms) |
| --- | --- |
| eager | 1.2 |

### A.4 Another

Run: `results/tr120/20251221_113136/`

| Backend | Median (ms) |
| --- | --- |
| eager | 1.98 |
)");
  const auto& first = at(r, "table[0][0].Median (ms)");
  const auto& second = at(r, "table[1][0].Median (ms)");
  EXPECT_EQ(first.context.config, "Variable-length Inductor run");
  EXPECT_EQ(second.context.config, "Padded+decode Inductor run (cudagraph trees disabled)");
  EXPECT_EQ(first.context.section, "A.3 Controlled runs / Variable-length Inductor run / Prefill");
  // A line that names no run labels nothing; the last run holds to the next heading.
  EXPECT_EQ(at(r, "table[2][0].Median (ms)").context.config, second.context.config);
  EXPECT_EQ(at(r, "table[3][0].Median (ms)").context.config, "Run 20251221_113136");
}

TEST(ReportContext, AKeyValueTablesOwnModelQuantizationAndLoadRowsLabelItsFigures) {
  const auto r = run(FileType::markdown, R"(### 15.2 Combined Worst Case

| Property | Value |
|---|---|
| Baseline safety | 0.828 |
| Model | llama3.2-1b |
| Quantization | Q2_K (2.5 BPW) |
| Concurrency | N=1 |
| Projected safety | 0.476 |

| Metric | Value |
|---|---|
| **GPU** | NVIDIA RTX 4080 Laptop |
| **CPU Threads** | 32 |
| **GPU Memory** | 5.3 GB |

| Field | Value |
|---|---|
| model | C:\Users\me\models\gpt2-5m |
| onnx_file_size_mb | 34.98 |
)");
  for (const char* loc : {"table[0][0].Value", "table[0][4].Value"}) {
    const auto& row = at(r, loc);
    EXPECT_EQ(row.context.model, "llama3.2-1b") << loc;  // rows above the Model row too
    EXPECT_EQ(row.context.quantization, "Q2_K") << loc;
    EXPECT_EQ(row.context.concurrency, "1") << loc;
  }
  EXPECT_EQ(at(r, "table[1][2].Value").context.gpu, "NVIDIA RTX 4080 Laptop");
  EXPECT_EQ(at(r, "table[1][1].Value").context.gpu, "");  // a CPU's figure is not the GPU's
  EXPECT_EQ(at(r, "table[2][1].Value").context.model, "gpt2-5m");
}

TEST(ReportContext, ARowLabelNamingAModelsSizeNamesTheOneModelOfThatSize) {
  const auto r = run(FileType::markdown, R"(## Results

| Model | TPS |
|---|---|
| llama3.2-1b | 177.7 |
| llama3.2-3b | 130.1 |

| Metric | Ollama | vLLM |
|---|---|---|
| Total TPS at N=8 (1B model) | 248.0 | 559.2 |
| Total TPS at N=8 (7B model) | 98.0 | 159.2 |
)");
  EXPECT_EQ(at(r, "table[1][0].Ollama").context.model, "llama3.2-1b");
  EXPECT_EQ(at(r, "table[1][1].Ollama").context.model, "");  // no 7B model was named
}

TEST(ReportContext, AnAsideNamingOneModelSaysWhoseTheFigureIs) {
  const auto r = run(FileType::markdown, R"(| Finding | TR135 (Conc.) | Models | Best |
|---|---|---|---|
| Max safety delta | 0.4pp (Llama 3B) | 2 (Llama 1B, 3B) | 303.9 (GPT-2/compile) |
)");
  EXPECT_EQ(at(r, "table[0][0].TR135 (Conc.)").context.model, "Llama 3B");
  EXPECT_EQ(at(r, "table[0][0].Models").context.model, "");  // a list names no one model
  EXPECT_EQ(at(r, "table[0][0].Best").context.model, "GPT-2");
}

TEST(ReportContext, ARowLabelNamingTensorRTByItsShortNameGivesTheBackend) {
  const auto r = run(FileType::markdown, R"(| Metric | Tiny-GPT2 | GPT-2 |
|---|---|---|
| TRT INT8 Build | 30.8s | 83.4s |
)");
  EXPECT_EQ(at(r, "table[0][0].GPT-2").context.backend, "TRT");
  EXPECT_EQ(at(r, "table[0][0].GPT-2").context.quantization, "INT8");
}

// Held-out set 34: a section's first line naming the machine ("Results from running on AMD
// Radeon 8060S (Strix Halo):") labels the figures of the section's fences; a later section's
// figures are not its.
TEST(ReportContext, ASectionsLeadLineNamesItsMachine) {
  const auto r = run(FileType::markdown, R"(# mlx-vulkan
Home for the backend

## Benchmark Results

Results from running on AMD Radeon 8060S (Strix Halo):

### Qwen3-0.6B

```
Timing with prompt_tokens=4096, generation_tokens=128, batch_size=1.
Trial 1:  prompt_tps=2306.928, generation_tps=33.816, peak_memory=2.824, total_time=5.670
```

## Other results

The same on a laptop with an RTX 4090 later:

| model | tok/s |
|---|---|
| q | 5.5 |
)");
  EXPECT_EQ(at(r, "mlx_bench[0].trial1.generation_tps").context.gpu, "AMD Radeon 8060S");
  // (A second section's lead line without a cue names no section's machine; right above a table,
  // as its caption, it names the table's.)
  EXPECT_EQ(at(r, "table[0][0].tok/s").context.gpu, "RTX 4090");
}

// Held-out set 34: a table cell holding a program's coloured output (which breaks the table over
// lines) is said, once, not silently lost.
TEST(ReportContext, ATableCellWithTerminalEscapesIsWarnedOnce) {
  const auto r = run(FileType::markdown,
                     "| Metric | Tokens/sec |\n|---|---|\n| Average | \x1b[0;34mRunning...\x1b[0m\n"
                     "  Iteration 1/3:  59.30 tokens/sec (1.00s)\n\n100.00 |\n"
                     "| Minimum | \x1b[0;34mRunning...\x1b[0m |\n");
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find("terminal escape codes"), std::string::npos);
}

// "#### Archived Baseline Tests (Native mlx-lm)": a heading's aside naming the engine alone labels
// the figures under it.
TEST(ReportContext, AHeadingsAsideNamingAnEngineGivesTheBackend) {
  const auto r = run(FileType::markdown, R"(# Tests on Mac

#### Archived Baseline Tests (Native mlx-lm)

| Version | Avg TPS |
|---|---|
| mlx-4bit | 45.73 |

#### Archived Tests (the old runs)

| Version | Avg TPS |
|---|---|
| mlx-8bit | 33.04 |
)");
  EXPECT_EQ(at(r, "table[0][0].Avg TPS").context.backend, "mlx-lm");
  EXPECT_EQ(at(r, "table[1][0].Avg TPS").context.backend, "");
}

// A preamble's sentence naming one serving engine ("pulled from the official repository of
// Ollama") is the document's; not one that compares engines, or plans one.
TEST(ReportContext, APreamblesSentenceNamingOneEngineGivesTheBackend) {
  const std::string table =
      "\n\n| Model | Performance |\n|---|---|\n| Qwen 2.5 | 15 tokens/sec |\n";
  const auto r = run(FileType::markdown,
                     "# LLM Notes\n\nThe results were obtained on a Jetson Orin NX 8GB module. "
                     "These models were pulled from the official repository of Ollama." +
                         table);
  EXPECT_EQ(at(r, "table[0][0].Performance").context.backend, "Ollama");
  for (const std::string line :
       {"We compare Ollama with vLLM on one machine.", "Ollama vs vLLM on a Jetson board.",
        "Support for vLLM will come later, on the same board.",
        "Both backends were tried, Ollama first."}) {
    const auto no = run(FileType::markdown, "# LLM Notes\n\n" + line + table);
    EXPECT_EQ(at(no, "table[0][0].Performance").context.backend, "") << line;
  }
}

// Held-out set 40: a set-up list under a heading in Chinese ("## 测试环境", test environment)
// names the GPU (before its aside); each engine's section names its own model, for that
// engine's rows; a server's start-up step in a log is no request's time.
TEST(ReportContext, EachEnginesSectionNamesItsModel) {
  const auto r = run(FileType::markdown, R"(# vLLM (ROCm) vs Ollama (Vulkan)

## 测试环境
- GPU: AMD Instinct MI50 (16GB, gfx906)

## 模型配置

### vLLM (ROCm)
- 模型: Qwen/Qwen2.5-1.5B-Instruct

### Ollama (Vulkan)
- 模型: qwen2.5:7b-instruct (Q4_K_M 量化)

## 结果

| 后端 | 运行1 |
|------|-------|
| vLLM (ROCm) | 0.596s |
| Ollama (Vulkan) | 22.889s |

```
Graph capturing finished in 23 secs, took 0.14 GiB
Inference completed in 10.71 seconds
```
)");
  const auto& vllm = at(r, "table[0][0].运行1");
  EXPECT_EQ(vllm.context.gpu, "AMD Instinct MI50");
  EXPECT_EQ(vllm.context.model, "Qwen/Qwen2.5-1.5B-Instruct");
  EXPECT_EQ(vllm.context.quantization, "");
  const auto& ollama = at(r, "table[0][1].运行1");
  EXPECT_EQ(ollama.context.model, "qwen2.5:7b-instruct");
  EXPECT_EQ(ollama.context.quantization, "Q4_K_M");
  EXPECT_EQ(ollama.context.backend, "Ollama (Vulkan)");
  int timed = 0;
  for (const auto& row : r.rows) timed += row.locator.ends_with("completed in") ? 1 : 0;
  EXPECT_EQ(timed, 1);  // the inference's, not the graph capture's
}

// Held-out set 40: a sentence right above a table saying every row's precision gives it (not one
// that speaks of one engine's); a bold "**Hardware**:" label among a later section's lead lines
// names that section's GPU; a note of lists alone gives its "- Label: figure unit" items,
// foreseen where the list's lead line says so.
TEST(ReportContext, LeadLinesAndListsOfANote) {
  const auto r = run(FileType::markdown, R"(# RK3588 Benchmarks

## Results

All models tested with w8a8 quantization, 16K context, 3 NPU cores.

| Model | Tokens/sec |
|---|---|
| Qwen3-0.6B | 11.41 |

Despite Ollama's head start at N=1 from Q4_0 quantization, all models lose:

| Model | Ollama N=1 |
|---|---|
| llama3.2-1b | 177.7 |

### Model Analysis

**Hardware**: RTX 4060 Laptop (8GB VRAM), Windows 11

| Model | Avg TPS |
|---|---|
| phi3.5:3.8b | 2.9 |
)");
  EXPECT_EQ(at(r, "table[0][0].Tokens/sec").context.quantization, "W8A8");
  EXPECT_EQ(at(r, "table[1][0].Ollama N=1").context.quantization, "");
  EXPECT_EQ(at(r, "table[2][0].Avg TPS").context.gpu, "RTX 4060 Laptop");
  // (The title's Rockchip board, a device since held-out set 52.)
  EXPECT_EQ(at(r, "table[0][0].Tokens/sec").context.gpu, "RK3588");
  const auto note = run(FileType::markdown, R"(# Results
## FP16 mode
- Model Memory Usage: 255.48 MB
- Throughput (FP16): 227.0883 tokens/second

**Expected Performance:**
- Throughput: 102.31 tok/s

Citations from Technical Report 108:
- Performance: 99.1 tok/s

## System
- RAM: 16002 MB
)");
  EXPECT_EQ(at(note, "list[4].Throughput (FP16)").metric_id(), "token_rate");
  EXPECT_DOUBLE_EQ(*at(note, "list[4].Throughput (FP16)").normalized, 227.0883);
  EXPECT_EQ(at(note, "list[3].Model Memory Usage").metric_id(), "memory");
  EXPECT_EQ(at(note, "list[7].Throughput").statistic, "expected");
  EXPECT_FALSE(testing::has_row(note, "list[10].Performance"));
  EXPECT_FALSE(testing::has_row(note, "list[13].RAM"));  // (a machine's list: no results)
  // (A list of settings is no list of results; a "target device" measured is no expectation.)
  const auto settings = run(FileType::markdown,
                            "# Run\n\nLoad profile used for every run:\n- Ramp-up: 30 s\n\n"
                            "Measured on the target device:\n- Generation: 41.2 tok/s\n");
  EXPECT_FALSE(testing::has_row(settings, "list[4].Ramp-up"));
  EXPECT_EQ(at(settings, "list[7].Generation").statistic, "value");
}

// Held-out set 45: a section's first sentence naming the model its runs use ("These benchmarks all
// use the [SmolLM-135M-GGUF](…) model"), and an nvidia-smi table pasted in a section showing one
// GPU: the section's model and GPU.
TEST(ReportContext, ASectionsModelSentenceAndItsNvidiaSmiGpu) {
  const auto r = run(FileType::markdown, R"(# Benchmarks

## Text model benchmarks

These benchmarks all use the [SmolLM-135M-GGUF](https://huggingface.co/x/y.gguf) model to perform simple text generation.

### CUDA
```
+-----------------------------------------------------------------------------------------+
| NVIDIA-SMI 580.95.05              Driver Version: 580.95.05      CUDA Version: 13.0     |
+-----------------------------------------+------------------------+----------------------+
| GPU  Name                 Persistence-M | Bus-Id          Disp.A | Volatile Uncorr. ECC |
| Fan  Temp   Perf          Pwr:Usage/Cap |           Memory-Usage | GPU-Util  Compute M. |
|                                         |                        |               MIG M. |
|=========================================+========================+======================|
|   0  NVIDIA GeForce RTX 4070 ...    Off |   00000000:01:00.0 Off |                  N/A |
| N/A   38C    P0             59W /  115W |      15MiB /   8188MiB |     17%      Default |
+-----------------------------------------+------------------------+----------------------+
```

```
BenchmarkInference-32                332          35746370 ns/op               839.2 tokens/s
```

### CPU

```
BenchmarkInference-32                 99         110913774 ns/op               270.5 tokens/s
```
)");
  const auto& cuda = at(r, "go_bench[0].tokens/s");
  EXPECT_EQ(cuda.context.model, "SmolLM-135M-GGUF");
  EXPECT_NE(cuda.context.gpu.find("RTX 4070"), std::string::npos);
  const auto& cpu = at(r, "go_bench[1].tokens/s");
  EXPECT_EQ(cpu.context.model, "SmolLM-135M-GGUF");
  EXPECT_EQ(cpu.context.gpu, "cpu");  // (another section: the CPU's, its heading says)
}

// Held-out set 45: a set-up section's one-row tables of what ran ("| GPU | 显存 | 驱动 |" of
// "3090",
// "| 模型 |" of one model) name the document's machine and model; a driver's version is no figure;
// a results table's one row names nothing more.
TEST(ReportContext, ASetupSectionsOneRowTablesNameTheDocumentsRun) {
  const auto r = run(FileType::markdown, R"(## 测试框架/硬件/模型

### 硬件

| GPU  | 显存 | 驱动 | CUDA |
| ---- | ---- | ---- | ---- |
| 3090 | 24G  | 535  | 12.2 |

### 模型

| 模型                     |
| ------------------------ |
| Meta-Llama-3-8B-Instruct |

## 结果

| 框架 | Output token throughput (tok/s) |
| --- | --- |
| vllm | 915.52 |
)");
  const auto& out = at(r, "table[2][0].Output token throughput (tok/s)");
  EXPECT_EQ(out.context.model, "Meta-Llama-3-8B-Instruct");
  EXPECT_EQ(out.context.gpu, "RTX 3090");
  EXPECT_NE(at(r, "table[0][0].驱动").role, metrics::Role::metric);
  const auto results = run(FileType::markdown, R"(## Setup

| Model | tok/s |
|---|---|
| llama3.2-1b | 58.5 |

## Results

| Phase | tok/s |
|---|---|
| 2 | 46.8 |
)");
  EXPECT_EQ(at(results, "table[1][0].tok/s").context.model, "");
}

// Held-out set 45: "### Model: X" holds over the same level's headings that label something else
// ("### Number of GPUs: 1"), until one labels another model; a "gpus" column names the GPUs (or,
// a count, joins the configuration).
TEST(ReportContext, ALabelledModelHeadingOverItsSiblingsLabels) {
  const auto r = run(FileType::markdown, R"(## Backend: transformers
### Model: h2oai/h2ogpt-4096-llama2-7b-chat
### Number of GPUs: 1
| bits | gpus | generation speed [tokens/sec] |
|---:|:---|---:|
| 16 | 1 x NVIDIA GeForce RTX 4090 (24564 MiB) | 40.9252 |
### Number of GPUs: 2
| bits | gpus | generation speed [tokens/sec] |
|---:|:---|---:|
| 16 | 2 x NVIDIA GeForce RTX 3090 (24576 MiB) | 17.7518 |
### Model: h2oai/h2ogpt-4096-llama2-13b-chat
### Number of GPUs: 1
| bits | gpus | generation speed [tokens/sec] |
|---:|:---|---:|
| 16 | 1 x NVIDIA GeForce RTX 4090 (24564 MiB) | 26.2487 |
### Results overview
| bits | generation speed [tokens/sec] |
|---:|---:|
| 16 | 30.1 |
)");
  const auto& two = at(r, "table[1][0].generation speed [tokens/sec]");
  EXPECT_EQ(two.context.model, "h2oai/h2ogpt-4096-llama2-7b-chat");
  EXPECT_NE(two.context.gpu.find("RTX 3090"), std::string::npos);
  EXPECT_EQ(at(r, "table[2][0].generation speed [tokens/sec]").context.model,
            "h2oai/h2ogpt-4096-llama2-13b-chat");
  // (A heading that labels nothing ends it.)
  EXPECT_EQ(at(r, "table[3][0].generation speed [tokens/sec]").context.model, "");
}

// A lead-in line right above a table naming one accelerator ("Then on the RTX 3090:") gives its
// rows that GPU, over the document's; one comparing two names none.
TEST(ReportContext, ALeadInLinesAcceleratorOverTheDocuments) {
  const auto r = run(FileType::markdown, R"(# Notes

We ran the benchmark on an RTX 4090:

| Batch | tok/s |
|---|---|
| 1 | 120.5 |

Then on the RTX 3090:

| Batch | tok/s |
|---|---|
| 1 | 20.5 |

Then the RTX 3090 vs the RTX 4090:

| Batch | tok/s |
|---|---|
| 1 | 21.5 |

Compared with the RTX 3090 numbers of last week:

| Batch | tok/s |
|---|---|
| 1 | 22.5 |
)");
  EXPECT_EQ(at(r, "table[0][0].tok/s").context.gpu, "RTX 4090");
  EXPECT_EQ(at(r, "table[1][0].tok/s").context.gpu, "RTX 3090");
  EXPECT_EQ(at(r, "table[2][0].tok/s").context.gpu, "RTX 4090");
  EXPECT_EQ(at(r, "table[3][0].tok/s").context.gpu, "RTX 4090");
}

// Held-out set 46: a title naming a model of a family we do not know by its size after a dash
// ("Bonsai-27B on Vega 56") names the document's model; not "per-1M", "Top-10".
TEST(ReportContext, ATitlesModelOfAnUnknownFamilyBySize) {
  const auto r = run(FileType::markdown,
                     "# Bonsai-27B on Vega 56 \xE2\x80\x94 Measured Baseline\n\n"
                     "## Headline numbers\n\n| Context | Decode (tg) |\n|---|---|\n"
                     "| 4096 | **13.14 t/s** |\n");
  EXPECT_EQ(at(r, "table[0][0].Decode (tg)").context.model, "Bonsai-27B");
  EXPECT_EQ(at(r, "table[0][0].Decode (tg)").context.gpu, "Vega 56");
  const auto cost = run(FileType::markdown,
                        "# Cost per-1B tokens on RTX 4090\n\n| Model | tok/s |\n|---|---|\n"
                        "| x | 13.1 |\n");
  EXPECT_EQ(at(cost, "table[0][0].tok/s").context.model, "x");
}

// Held-out set 46's rescore: under an empty corner, columns naming llama-bench's tests make the
// first column's labels the rows' set-ups, even where a cell holds its unit ("12.0 t/s").
TEST(ReportContext, RowLabelsUnderAnEmptyCornerOverTestColumns) {
  const auto r = run(FileType::markdown,
                     "# T\n\n| | tg128 | pp512 |\n|---|---|---|\n"
                     "| ROCm (fa, q4 KV) | 12.0 t/s | **35.0** |\n"
                     "| Vulkan patched | **14.9 t/s** | **98.9** |\n");
  const auto& tg = at(r, "table[0][0].tg128");
  EXPECT_EQ(tg.context.config, "ROCm (fa, q4 KV)");
  EXPECT_EQ(tg.context.test, "tg128");
  ASSERT_NE(tg.metric, nullptr);
  EXPECT_EQ(tg.metric->id, "decode_rate");
  EXPECT_EQ(at(r, "table[0][1].pp512").context.config, "Vulkan patched");
}

// Held-out set 46's rescore: reports put one after the other, each under its own level-1 title
// naming the model: every section's figures are that model's, not the first's alone.
TEST(ReportContext, RepeatedTitlesEachNameTheirSectionsModel) {
  const auto r = run(FileType::markdown,
                     "# Qwen3-8B-FP8 results\n\nTotal requests: 1\nMean TTFT: 0.72 s\n\n"
                     "# Qwen3-8B-FP8 results\n\nTotal requests: 20\nMean TTFT: 1.39 s\n\n"
                     "# Notes\n\nMean TTFT: 2.5 s\n");
  EXPECT_EQ(at(r, "list[4].Mean TTFT").context.model, "Qwen3-8B-FP8");
  EXPECT_EQ(at(r, "list[9].Mean TTFT").context.model, "Qwen3-8B-FP8");
  EXPECT_EQ(at(r, "list[9].Mean TTFT").context.quantization, "FP8");
}

// Held-out set 46's rescore: under a title comparing engines, a preamble's sentence about one of
// them names no engine of the whole document (a row-level "Errors" column is of none); a column
// "TRT-LLM (TRT engine, CUDA 12.9)" is TRT-LLM's (the short name no second engine).
TEST(ReportContext, APreambleAboutOneOfTheEnginesTheTitleCompares) {
  const auto r = run(FileType::markdown,
                     "# Benchmark Results \xE2\x80\x94 vLLM vs SGLang vs TRT-LLM\n\n"
                     "TRT-LLM results use the full TRT engine with CUDA 12.9 and FlashInfer.\n\n"
                     "| Concurrency | vLLM TPS | TRT-LLM (TRT engine, CUDA 12.9) | Errors |\n"
                     "|---|---|---|---|\n| 100 | 5,550 | 4,200 | 0 |\n");
  EXPECT_EQ(at(r, "table[0][0].Errors").context.backend, "");
  EXPECT_EQ(at(r, "table[0][0].vLLM TPS").context.backend, "vLLM");
  EXPECT_EQ(at(r, "table[0][0].TRT-LLM (TRT engine, CUDA 12.9)").context.backend, "TRT-LLM");
}

// Set 46's second re-score: a section named by another family than the title's model ("## 5h.
// Four-card Qwen tuning" under "# Bonsai-27B on Vega 56") holds that family's figures; a tool's
// name ("`llama-bench` artifact") names no family.
TEST(ReportContext, ASectionNamedByAnotherFamily) {
  const auto r = run(FileType::markdown,
                     "# Bonsai-27B on Vega 56\n\n## 3.2 The `llama-bench` artifact\n\n"
                     "| n | t/s |\n|---|---|\n| 16 | 13.77 |\n\n"
                     "## 5h. Four-card Qwen pipeline tuning\n\n"
                     "| run | t/s |\n|---|---|\n| now | 26.06 |\n");
  EXPECT_EQ(at(r, "table[0][0].t/s").context.model, "Bonsai-27B");
  EXPECT_EQ(at(r, "table[1][0].t/s").context.model, "Qwen");
}

// Held-out set 47: Spec-Bench's leaderboard: the preamble says it reports speedups, so the bare
// multiples are speedups; "#Mean Accepted Tokens" the acceptance length; a section's list item
// "- Device: ... RTX 3090 ..." before its table names the section's GPU.
TEST(ReportContext, ALeaderboardOfSpeedupsPerSection) {
  const auto r = run(FileType::markdown,
                     "# Leaderboard\n\nWe report the mean speedup over 3 different runs.\n\n"
                     "## Leaderboard on 3090\n\n- Device: a single NVIDIA GeForce RTX 3090 GPU "
                     "(24GB) with 12 CPU cores\n\n| Models | Translation | #Mean Accepted Tokens "
                     "|\n|---|---|---|\n| EAGLE2 | 1.83x | 4.35 |\n\n## Leaderboard on A100\n\n"
                     "| Models | Translation |\n|---|---|\n| EAGLE2 | 1.78x |\n");
  const auto& tr = at(r, "table[0][0].Translation");
  EXPECT_EQ(tr.metric_id(), "speedup");
  EXPECT_EQ(tr.context.gpu, "RTX 3090");  // (the heading's "on 3090" first)
  EXPECT_EQ(at(r, "table[0][0].#Mean Accepted Tokens").metric_id(), "acceptance_length");
  EXPECT_EQ(at(r, "table[1][0].Translation").context.gpu, "A100");
  const auto list = run(FileType::markdown,
                        "# L\n\n## Results\n\n- Device: a single NVIDIA GeForce RTX 3090 GPU\n\n"
                        "| Model | tok/s |\n|---|---|\n| x | 12 |\n\n## Runs on 2024 data\n\n"
                        "| Model | tok/s |\n|---|---|\n| x | 12 |\n");
  EXPECT_EQ(at(list, "table[0][0].tok/s").context.gpu, "NVIDIA GeForce RTX 3090");
  EXPECT_EQ(at(list, "table[1][0].tok/s").context.gpu, "");
  // (A link's text with brackets of its own, "[SAMD[EAGLE2]](url)", names the row.)
  const auto nested =
      run(FileType::markdown,
          "| Models | tok/s |\n|---|---|\n| [SAMD[EAGLE2]](https://x.y/z) | 9.1 |\n");
  EXPECT_NE(at(nested, "table[0][0].tok/s").context.config.find("SAMD[EAGLE2]"), std::string::npos);
  // (A list of the settings whose first part is the model: the document's model and precision.)
  const auto settings = run(FileType::markdown,
                            "# L\n\n## On 3090\n\n- Experimental Settings: Vicuna-7B-v1.3, greedy "
                            "decoding, FP16 precision, batch size = 1\n\n| Models | tok/s |\n"
                            "|---|---|\n| EAGLE | 9.1 |\n");
  EXPECT_EQ(at(settings, "table[0][0].tok/s").context.model, "Vicuna-7B-v1.3");
  EXPECT_EQ(at(settings, "table[0][0].tok/s").context.quantization, "FP16");
  // (A multiple in a document that reports no speedups names no quantity.)
  const auto plain = run(FileType::markdown,
                         "# T\n\n| Models | Translation |\n|---|---|\n"
                         "| EAGLE2 | 1.83x |\n");
  EXPECT_EQ(at(plain, "table[0][0].Translation").metric_id(), "unknown");
}

// Set 46's second re-score: a set-up section's two-column table under a blank header is a table of
// settings; its "Runtime" row names the engine (a long value by its first part).
TEST(ReportContext, ABlankHeadedSetupTablesRuntime) {
  const auto r = run(FileType::markdown,
                     "# Bonsai-27B on Vega 56\n\n## 1. Environment\n\n| | |\n|---|---|\n"
                     "| Host | rig |\n| Runtime | PrismML llama.cpp prebuilt **b9596-9fcaed763**, "
                     "`bin-ubuntu-vulkan-x64` \xE2\x80\x94 no compiling |\n\n## 2. Results\n\n"
                     "| Context | Decode (tg) |\n|---|---|\n| 4096 | 13.14 t/s |\n");
  const auto& tg = at(r, "table[1][0].Decode (tg)");
  EXPECT_EQ(tg.context.backend, "llama.cpp");
  EXPECT_EQ(tg.context.gpu, "Vega 56");
}

// Held-out set 47: a section's first line of prose saying where its figures ran names its GPU; a
// first line about another machine does not.
TEST(ReportContext, ASectionsFirstLineSayingWhereItRan) {
  const auto r =
      run(FileType::markdown,
          "# X\n\n## Example Results\n\nBenchmark run on a **MacBook Pro M5, 24 GB RAM** "
          "\xE2\x80\x94 100 questions.\n\n| Model | Tokens/s |\n|---|---|\n"
          "| qwen3-4b | 52.9 |\n\n## Older\n\nCompared with the runs on an RTX 3090 "
          "last week.\n\n| Model | Tokens/s |\n|---|---|\n| qwen3-4b | 41.0 |\n");
  EXPECT_EQ(at(r, "table[0][0].Tokens/s").context.gpu, "MacBook Pro M5");
  EXPECT_EQ(at(r, "table[1][0].Tokens/s").context.gpu, "");
}

// Held-out set 47: sections headed by a CPU run ("### 3.1 CPU (i5-6200U, 2C/4T) x86_64 AVX2") ran
// on that processor alone: no GPU, the processor in the configuration, each section its own.
TEST(ReportContext, SectionsOfCpuRuns) {
  const auto r = run(FileType::markdown,
                     "# Speed\n\n### 3.1 CPU (i5-6200U, 2C/4T/2.8GHz) x86_64 AVX2\n\n"
                     "| Model | tok/s |\n|---|---|\n| llama-2-7b | 3.52 |\n\n"
                     "### 3.2 CPU (E5-2650v3, 10C/10T) x86_64\n\n"
                     "| Model | tok/s |\n|---|---|\n| llama-2-7b | 9.73 |\n\n"
                     "### 3.6 dGPU (Arc A770) vulkan\n\n| Model | tok/s |\n|---|---|\n"
                     "| llama-2-7b | 25.99 |\n");
  const auto& first = at(r, "table[0][0].tok/s");
  EXPECT_EQ(first.context.gpu, "cpu");
  EXPECT_NE(first.context.config.find("device=i5-6200U"), std::string::npos);
  EXPECT_NE(at(r, "table[1][0].tok/s").context.config.find("device=E5-2650v3"), std::string::npos);
  EXPECT_EQ(at(r, "table[2][0].tok/s").context.gpu, "Arc A770");
}

// Held-out set 47's leftovers: a section's heading that names its device and, last, llama.cpp's
// compute backend ("3.6 dGPU (A770) vulkan"), or the backend as "SYCL Backend", is the backend of
// its tables, as llama-bench's column names it; an Arc card by its number alone; a CPU run
// under its system's name ("Windows (CPU) r5-5600g"). Not a heading that names no device.
TEST(ReportContext, ComputeBackendsAndDevicesInSectionHeadings) {
  const std::string table = "\n\n| Model | tok/s |\n|---|---|\n| llama-2-7b | 25.99 |\n\n";
  const auto r = run(FileType::markdown,
                     "# Speed\n\n### 3.6 dGPU (A770) vulkan" + table + "### 3.7 dGPU (A770) SYCL" +
                         table + "### 3.8 Windows (CPU) r5-5600g AVX2" + table +
                         "### Results by SYCL Backend" + table + "### Why not CUDA" + table);
  const auto& vulkan = at(r, "table[0][0].tok/s");
  EXPECT_EQ(vulkan.context.gpu, "A770");
  EXPECT_EQ(vulkan.context.backend, "Vulkan");
  EXPECT_EQ(at(r, "table[1][0].tok/s").context.backend, "SYCL");
  const auto& cpu = at(r, "table[2][0].tok/s");
  EXPECT_EQ(cpu.context.gpu, "cpu");
  EXPECT_NE(cpu.context.config.find("device=r5-5600g"), std::string::npos);
  EXPECT_EQ(at(r, "table[3][0].tok/s").context.backend, "SYCL");
  EXPECT_EQ(at(r, "table[4][0].tok/s").context.backend, "");  // (no device named)
}

// ... and llama.cpp's timings: the compute backend its device list was printed by ("Vulkan0:",
// "ggml_cuda_init"'s "Device 0: ..., compute capability"), over the document's "llama.cpp"; the
// devices the log listed over the title's GPU.
TEST(ReportContext, LlamaTimingsTakeTheLogsComputeBackendAndDevices) {
  const auto r = run(FileType::markdown,
                     "# Speed (llama.cpp, Intel GPU A770)\n\n### 3.4 iGPU (Intel HD520)\n\n```\n"
                     "ggml_vulkan: 0 = Intel(R) HD Graphics 520 (SKL GT2) | uma: 1 | fp16: 1\n"
                     "llama_print_timings:        eval time =  1000.00 ms /   10 runs   (  100.00 "
                     "ms per token,    10.00 tokens per second)\n```\n\n"
                     "### 3.5 Jetson\n\n```\nggml_cuda_init: found 1 CUDA devices:\n"
                     "  Device 0: Orin, compute capability 8.7, VMM: yes\n"
                     "llama_print_timings:        eval time =  1000.00 ms /   20 runs   (   50.00 "
                     "ms per token,    20.00 tokens per second)\n```\n");
  const auto& igpu = at(r, "llama_timings[0].eval time rate");
  EXPECT_EQ(igpu.context.gpu, "Intel HD Graphics 520");
  EXPECT_EQ(igpu.context.backend, "Vulkan");
  EXPECT_EQ(at(r, "llama_timings[1].eval time rate").context.backend, "CUDA");
}

// Held-out set 46: a preamble line that opens with the environment's label ("Środowisko:",
// "Environment:") names the document's machine and engine (its first sentence only).
TEST(ReportContext, AnEnvironmentLineInThePreamble) {
  const auto r = run(FileType::markdown,
                     "# Wyniki benchmarku (2026-06-23)\n\n"
                     "\xC5\x9Arodowisko: Apple M1 Max 64 GB, Ollama 0.30.10. Skrypty vs vLLM.\n\n"
                     "## Wyniki\n\n| model | tok/s |\n|---|---|\n| qwen3:8b | 41.2 |\n");
  const auto& tps = at(r, "table[0][0].tok/s");
  EXPECT_EQ(tps.context.gpu, "Apple M1 Max");
  EXPECT_EQ(tps.context.backend, "Ollama");
}

// Held-out set 46: a script's report of "label: figure" lines, no list marks, in Chinese too
// ("平均首字回复时间: 0.72秒"): read as a list's items are; a llama-bench test's line its test's.
TEST(ReportContext, PlainLinesOfLabelledFigures) {
  const auto r = run(
      FileType::markdown,
      "# Qwen3-8B-FP8 \xE5\xB9\xB6\xE5\x8F\x91\xE6\xB5\x8B\xE8\xAF\x95\xE7\xBB\x93\xE6\x9E\x9C\n\n"
      "\xE5\xB9\xB3\xE5\x9D\x87\xE9\xA6\x96\xE5\xAD\x97\xE5\x9B\x9E\xE5\xA4\x8D\xE6"
      "\x97\xB6\xE9\x97\xB4: 0.72\xE7\xA7\x92\n"
      "\xE6\x9C\x80\xE6\x85\xA2\xE5\x9B\x9E\xE5\xA4\x8D\xE6\x8C\x81\xE7\xBB\xAD\xE6"
      "\x97\xB6\xE9\x97\xB4: 7.29\xE7\xA7\x92\n");
  // 平均首字回复时间 (mean time to the first character), 最慢回复持续时间 (slowest response time)
  const auto& ttft = at(r,
                        "list[3]."
                        "\xE5\xB9\xB3\xE5\x9D\x87\xE9\xA6\x96\xE5\xAD\x97\xE5\x9B\x9E\xE5\xA4\x8D"
                        "\xE6\x97\xB6\xE9\x97\xB4");
  EXPECT_EQ(ttft.metric_id(), "ttft");
  EXPECT_EQ(ttft.statistic, "mean");
  EXPECT_DOUBLE_EQ(*ttft.normalized, 720);
  EXPECT_EQ(ttft.context.model, "Qwen3-8B-FP8");
  const auto& slowest = at(r,
                           "list[4]."
                           "\xE6\x9C\x80\xE6\x85\xA2\xE5\x9B\x9E\xE5\xA4\x8D\xE6\x8C\x81\xE7\xBB"
                           "\xAD\xE6\x97\xB6\xE9\x97\xB4");
  EXPECT_EQ(slowest.metric_id(), "e2e_latency");
  EXPECT_EQ(slowest.statistic, "max");
  const auto tests = run(FileType::markdown, "Sweep results\n\npp512 : 465.97 t/s\n");
  EXPECT_EQ(at(tests, "line[3].pp512").metric_id(), "prompt_eval_rate");
  // (A sentence with a colon is no such line.)
  const auto prose = run(FileType::markdown, "Note, the run took longer: 5 s\n\nIn short: 4 GB\n");
  EXPECT_FALSE(testing::has_row(prose, "list[1].Note, the run took longer"));
}

// Held-out set 45: a lead-in line naming one precision and no model ("**TensorRT INT8
// Performance:**", "使用 AWQ 量化后的性能，也下降了。") gives its table's rows that precision.
TEST(ReportContext, ALeadInLinesPrecision) {
  const auto r = run(FileType::markdown, R"(**TensorRT INT8 Performance:**

| Model | Throughput (tok/s) |
|---|---|
| GPT-2 | 6,284 |

Against FP16 baseline:

| Model | Throughput (tok/s) |
|---|---|
| GPT-2 | 2,100 |
)");
  EXPECT_EQ(at(r, "table[0][0].Throughput (tok/s)").context.quantization, "INT8");
  EXPECT_EQ(at(r, "table[1][0].Throughput (tok/s)").context.quantization, "");  // (compared with)
}

// Held-out set 44: a list item's bare figure whose label names its unit or counts tokens
// ("- request_time_ms: 3349"), a label in bold with its colon inside ("- **Prompt processing:**
// 850 t/s"), and a section's model named by its link alone under its heading.
TEST(ReportContext, ListItemsOfBareFiguresAndASectionsModelLink) {
  const auto r = run(FileType::markdown, R"(# Результаты

## Модель 1
Ссылка: https://huggingface.co/meta-llama/Llama-3.1-8B
- completion_tokens: 167
- request_time_ms: 3349
- attempts: 3

## Модель 2
See https://huggingface.co/katanemo/Arch-Router-1.5B for details.
- **Prompt processing:** 850 t/s
)");
  const auto& time = at(r, "list[6].request_time_ms");
  EXPECT_EQ(time.metric_id(), "e2e_latency");
  EXPECT_DOUBLE_EQ(*time.normalized, 3349);
  EXPECT_EQ(time.context.model, "meta-llama/Llama-3.1-8B");
  EXPECT_EQ(at(r, "list[5].completion_tokens").metric_id(), "output_tokens");
  EXPECT_FALSE(testing::has_row(r, "list[7].attempts"));  // (no unit, no tokens)
  const auto& pp = at(r, "list[11].Prompt processing");
  EXPECT_EQ(pp.metric_id(), "prompt_eval_rate");
  EXPECT_EQ(pp.context.model, "");  // (a link inside a sentence names no section's model)
}

// Held-out set 41: a methodology line defining the rate as Ollama's eval_count / eval_duration
// makes the document's bare t/s its decode rate; a later system's heading names the GPU of its
// settings rows too, not only its figures'.
TEST(ReportContext, AnEvalRateDefinitionAndASystemsSettingsGpu) {
  const auto r = run(FileType::markdown, R"(# Benchmarking Results

*   **Metric**: `eval_count / eval_duration` (tokens/second) from Ollama API response

## System 1: AMD Ryzen AI Max 395 — Radeon 8060S

### Hardware
| Component | Detail |
| :--- | :--- |
| **GPU** | AMD Radeon 8060S / gfx1151 |

### Performance Results
| Model | t/s | num_ctx |
| :--- | :--- | :--- |
| qwen2.5:0.5b | 225.00 | 2048 |

## System 2: AMD Ryzen 7 8845HS — Radeon 780M

### Performance Results
| Model | t/s | num_ctx |
| :--- | :--- | :--- |
| gemma4:26b | 19.09 | 8192 |
)");
  EXPECT_EQ(at(r, "table[1][0].t/s").metric_id(), "decode_rate");
  EXPECT_EQ(at(r, "table[2][0].t/s").context.gpu, "Radeon 780M");
  EXPECT_EQ(at(r, "table[2][0].num_ctx").context.gpu, "Radeon 780M");
  const auto plain = run(FileType::markdown, "| Model | t/s |\n|---|---|\n| q | 22 |\n");
  EXPECT_EQ(at(plain, "table[0][0].t/s").metric_id(), "token_rate");
}

// Held-out set 41: a model's name cut short in its cell ("…-Instr...") is the document's name it
// begins (a Korean "테스트 모델", test model, line names it).
TEST(ReportContext, AModelNameCutShortIsTheDocumentsFullName) {
  const auto r = run(FileType::markdown, R"(# 벤치마크

- **테스트 모델:** Qwen/Qwen3-Coder-30B-A3B-Instruct

| Target | Model | Mean (s) |
|---|---|---|
| spark | Qwen/Qwen3-Coder-30B-A3B-Instr... | 0.091 |
| spark | Llama-3.1-8B-Instr... | 0.2 |
)");
  EXPECT_EQ(at(r, "table[0][0].Mean (s)").context.model, "Qwen/Qwen3-Coder-30B-A3B-Instruct");
  EXPECT_EQ(at(r, "table[0][1].Mean (s)").context.model, "Llama-3.1-8B-Instr...");  // (unknown)
}

// Held-out set 41: a title of one model's results ("# Llama-3.1-8B Latency Results") names the
// model of the tables under it that name none; a title comparing models names none.
TEST(ReportContext, ATitleOfOneModelsResults) {
  const std::string table = "\n| max_tokens | Latency (s) |\n|---|---|\n| 32 | 1.0 |\n";
  const auto r = run(FileType::markdown, "# Llama-3.1-8B Latency Results" + table);
  EXPECT_EQ(at(r, "table[0][0].Latency (s)").context.model, "Llama-3.1-8B");
  const auto vs = run(FileType::markdown, "# Llama-3.1-8B vs Qwen2.5-7B Results" + table);
  EXPECT_EQ(at(vs, "table[0][0].Latency (s)").context.model, "");
  const auto sized = run(FileType::markdown, "# Llama Latency Results" + table);
  EXPECT_EQ(at(sized, "table[0][0].Latency (s)").context.model, "");
  // Held-out set 43: the model before a colon, what is compared of it after ("vs").
  const auto colon = run(FileType::markdown, "# Qwen3.6-35B-A3B: DWQ MLX vs Q8_K_XL GGUF" + table);
  EXPECT_EQ(at(colon, "table[0][0].Latency (s)").context.model, "Qwen3.6-35B-A3B");
  EXPECT_EQ(at(colon, "table[0][0].Latency (s)").context.quantization, "");  // (compared)
}

// Held-out set 42: LocalScore's "accel_name" names the GPU a row ran on and its "accel_ram" the
// memory that GPU has (a setting); a lone field beside a column naming its quantity takes no
// quantity from the sentence above ("processing the input at a rate of at least 1000 tokens per
// second" is a threshold).
TEST(ReportContext, AnAcceleratorsNameAndMemory) {
  const auto r = run(FileType::markdown,
                     R"(GPUs processing the input at a rate of at least 1000 tokens per second:

| prompt_tps | accel_name | accel_ram | foo_bar |
|---:|---|---:|---:|
| 4787 | NVIDIA GeForce RTX 5090 | 31.0 | 2 |
)");
  const auto& tps = at(r, "table[0][0].prompt_tps");
  EXPECT_EQ(tps.metric_id(), "prompt_eval_rate");
  EXPECT_EQ(tps.context.gpu, "NVIDIA GeForce RTX 5090");
  EXPECT_EQ(at(r, "table[0][0].accel_ram").role, metrics::Role::parameter);
  EXPECT_EQ(at(r, "table[0][0].accel_ram").parameter, "accelerator_memory");
  const auto apple = run(FileType::markdown, R"(| ttft [ms] | accel_name |
|---|---|
| 2029 | Apple M3 Ultra 24P+8E+80GPU |
| 2500 | Apple M3 Ultra 20P+8E+60GPU |
)");
  EXPECT_EQ(at(apple, "table[0][1].ttft [ms]").context.gpu, "Apple M3 Ultra 20P+8E+60GPU");
  EXPECT_EQ(at(r, "table[0][0].foo_bar").metric_id(), "unknown");
  EXPECT_EQ(at(r, "table[0][0].foo_bar").unit, "");
}

// Held-out set 43: a title's level-2 subtitle right under it naming the model and the machine
// ("## Josiefied-Qwen3-8B (4bit) - M4 Pro 24GB") names the document's.
TEST(ReportContext, ATitlesSubtitleNamesTheDocumentsModelAndMachine) {
  const auto r = run(FileType::markdown, R"(# FINAL PERFORMANCE COMPARISON TABLE
## Josiefied-Qwen3-8B-abliterated-v1 (4bit) - M4 Pro 24GB

Generated: February 10, 2026

## Executive Summary

| Method | Speed |
|--------|-------|
| **LM Studio CLI** | 22.9 tok/s |
)");
  const auto& speed = at(r, "table[0][0].Speed");
  EXPECT_EQ(speed.context.model, "Josiefied-Qwen3-8B-abliterated-v1");
  EXPECT_EQ(speed.context.gpu, "M4 Pro 24GB");
}

// Held-out set 48: "| Engine | Backend |" of "LM Studio | llama.cpp": the engine named first is
// the row's (rows of two engines on one backend stay apart), the other a label of the row.
TEST(ReportContext, AnEngineColumnBesideABackendColumn) {
  const auto r = run(FileType::markdown,
                     "| Engine | Backend | Code |\n|---|---|---|\n"
                     "| LM Studio | llama.cpp | 20.1s |\n| Ollama 0.20 | llama.cpp | 26.1s |\n");
  const auto& lm = at(r, "table[0][0].Code");
  EXPECT_EQ(lm.context.backend, "LM Studio");
  EXPECT_NE(lm.context.config.find("Backend=llama.cpp"), std::string::npos);
  EXPECT_EQ(at(r, "table[0][1].Code").context.backend, "Ollama 0.20");
}

// Held-out set 48: a "- **Host:**" item names the machine, and so its GPU; AMD's "Ryzen AI Max+
// 395" is one (its Radeon, named beside it, the same device); a title's short model yields to
// the document's fuller "**Model:**" where the title names its GPU too.
TEST(ReportContext, AHostItemAStrixHaloChipAndATitlesShortModel) {
  const auto host =
      run(FileType::markdown,
          "# Backend comparison\n\n- **Host:** Bee (Beelink GTR9 Pro, Ryzen AI Max+ "
          "395, 128 GB)\n\n| backend | tg128 (t/s) |\n|---|---|\n| Vulkan | 31.65 |\n");
  EXPECT_EQ(at(host, "table[0][0].tg128 (t/s)").context.gpu, "Ryzen AI Max+ 395");
  const auto pair = run(FileType::markdown,
                        "## System 1: AMD Ryzen AI Max+ 395 \xE2\x80\x94 Radeon 8060S\n\n"
                        "| Model | t/s |\n|---|---|\n| a:1b | 3 |\n");
  EXPECT_EQ(at(pair, "table[0][0].t/s").context.gpu, "Radeon 8060S");
  const auto titled = run(FileType::markdown,
                          "# vLLM Performance Analysis - Qwen2.5-14B on AMD Ryzen AI Max+ 395\n\n"
                          "**Model:** Qwen/Qwen2.5-14B-Instruct\n\n## Throughput\n\n"
                          "| Test | Tok/s |\n|---|---|\n| Short | 6.17 |\n");
  const auto& tps = at(titled, "table[0][0].Tok/s");
  EXPECT_EQ(tps.context.model, "Qwen/Qwen2.5-14B-Instruct");
  EXPECT_EQ(tps.context.gpu, "AMD Ryzen AI Max+ 395");
}

// Held-out set 48: a banner of more '#' than a heading has ("########## optis F ###########")
// names the run pasted under it; a heading's closing '#'s are no part of its name; "#### Seq
// Length 128 (Short Context)" is the setting of its section's tables.
TEST(ReportContext, BannersClosingHashesAndASettingsHeading) {
  const std::string table =
      "\n\n| model | test | t/s |\n|---|---|---|\n| qwen3 8B Q8_0 | tg128 | "
      "59.53 \xC2\xB1 0.08 |\n\n";
  const auto r =
      run(FileType::markdown, "########## optis F ###########" + table + "####  F + C + E + G ###" +
                                  table + "#### Seq Length 128 (Short Context)" + table +
                                  "### Concurrency 4" + table + "### Model 1" + table);
  EXPECT_EQ(at(r, "table[0][0].t/s").context.section, "optis F");
  EXPECT_EQ(at(r, "table[1][0].t/s").context.section, "F + C + E + G");
  EXPECT_NE(at(r, "table[2][0].t/s").context.config.find("Seq Length=128"), std::string::npos);
  EXPECT_EQ(at(r, "table[3][0].t/s").context.config.find("Concurrency="), std::string::npos);
  EXPECT_EQ(at(r, "table[4][0].t/s").context.config.find("Model="), std::string::npos);
}

// Held-out set 48: Korean's "사이즈" (size) of "23 GB" is the model's size, a setting; a row whose
// labels and figures all say n/a ("| N/A | N/A | N/A | 0 | 0 |") has no measurement.
TEST(ReportContext, AKoreanSizeColumnAndARowOfNoRun) {
  const auto ko = run(FileType::markdown,
                      "| \xEB\xAA\xA8\xEB\x8D\xB8 | \xEC\x82\xAC\xEC\x9D\xB4"
                      "\xEC\xA6\x88 | Throughput |\n|---|---|---|\n"
                      "| qwen3:32b | 23 GB | 11.6 tok/s |\n");
  EXPECT_EQ(at(ko, "table[0][0].\xEC\x82\xAC\xEC\x9D\xB4\xEC\xA6\x88").role,
            metrics::Role::parameter);
  const auto none = run(FileType::markdown,
                        "| Target | Model | Workload | Total | Failed |\n|---|---|---|---|---|\n"
                        "| spark | Qwen3 | custom | 20 | 0 |\n| N/A | N/A | N/A | 0 | 0 |\n");
  EXPECT_EQ(at(none, "table[0][0].Failed").value, 0.0);
  EXPECT_EQ(at(none, "table[0][0].Failed").context.test, "custom");
  EXPECT_FALSE(at(none, "table[0][1].Failed").value.has_value());
}

// Held-out set 48: a CSV's "test_name" of "Qwen3.6-35B llama.cpp UD-Q4_K_M" where no column
// names the model: the model, first; its "prompt_type" the test; a JSON record's "workload" the
// test; "gpu_layers_offloaded" a setting.
TEST(ReportContext, AModelNamedAsATestAndWorkloads) {
  const auto csv = run(FileType::csv,
                       "test_name,quant,prompt_type,gpu_layers_offloaded,decode_tps\n"
                       "Qwen3.6-35B llama.cpp UD-Q4_K_M,UD-Q4_K_M,short,36,58.1\n"
                       "pp512,Q4_0,long,36,50.0\n");
  const auto& tps = at(csv, "[0].decode_tps");
  EXPECT_EQ(tps.context.model, "Qwen3.6-35B");
  EXPECT_EQ(tps.context.test, "short");
  EXPECT_EQ(at(csv, "[0].gpu_layers_offloaded").role, metrics::Role::parameter);
  EXPECT_EQ(at(csv, "[1].decode_tps").context.model, "");  // ("pp512": a test, no model)
  const auto json = run(FileType::json,
                        R"({"cell": {"config": "awq", "workload": "chat"}, "output_tps": 2010.5})");
  EXPECT_EQ(at(json, "output_tps").context.test, "chat");
}

// Review 48's counter-examples: a heading's compute backend never replaces another engine nor
// names one of a comparison or of what a run went without; two engine columns, two test
// columns, two GPUs of a heading and a load generator's host each keep the right one.
TEST(ReportContext, ThirtyFourthSessionsReviewCounterExamples) {
  const std::string table = "\n\n| Model | Output tok/s |\n|---|---|\n| Llama-3.1-8B | 6120 |\n\n";
  const auto engines =
      run(FileType::markdown,
          "# TensorRT-LLM vs vLLM\n\n## TensorRT-LLM\n\n"
          "### H100 (CUDA)" +
              table + "## Notes\n\n### vLLM on MI300X with ROCm" + table +
              "### ROCm vs Vulkan Backend" + table + "### Running on CPU without CUDA" + table);
  EXPECT_EQ(at(engines, "table[0][0].Output tok/s").context.backend, "TensorRT-LLM");
  EXPECT_NE(at(engines, "table[1][0].Output tok/s").context.backend, "ROCm");
  EXPECT_NE(at(engines, "table[2][0].Output tok/s").context.backend, "Vulkan");
  EXPECT_NE(at(engines, "table[3][0].Output tok/s").context.backend, "CUDA");
  const auto versus =
      run(FileType::markdown,
          "### Windows (CPU) vs WSL2 (CUDA)\n\n| Setup | Eval (tok/s) |\n|---|---|\n"
          "| WSL2, RTX 3060 | 48.1 |\n");
  EXPECT_NE(at(versus, "table[0][0].Eval (tok/s)").context.gpu, "cpu");
  // "| Backend | Engine |": the engine, whichever comes first; llama.cpp's own compute backend.
  const auto columns = run(FileType::markdown,
                           "| Backend | Engine | tg128 (t/s) |\n|---|---|---|\n"
                           "| ROCm | vLLM | 58.0 |\n| Vulkan | llama.cpp | 72.1 |\n");
  EXPECT_EQ(at(columns, "table[0][0].tg128 (t/s)").context.backend, "vLLM");
  EXPECT_EQ(at(columns, "table[0][1].tg128 (t/s)").context.backend, "Vulkan");
  const auto workloads = run(FileType::csv,
                             "workload,prompt_type,output_throughput\n"
                             "chat,short,812.5\nrag,short,640.0\n");
  EXPECT_EQ(at(workloads, "[0].output_throughput").context.test, "chat");
  EXPECT_EQ(at(workloads, "[1].output_throughput").context.test, "rag");
  const auto lengths = run(FileType::csv, "test,decode_tps\nctx-1M,12.7\nneedle_2M,6.2\n");
  EXPECT_EQ(at(lengths, "[0].decode_tps").context.model, "");
  EXPECT_EQ(at(lengths, "[1].decode_tps").context.test, "needle_2M");
  const auto hosted =
      run(FileType::markdown,
          "| Model | Quantization | GPU | Failed requests | Timeouts |\n|---|---|---|---|---|\n"
          "| Llama-3.1-8B | FP8 | H100 | 3 | 1 |\n| gpt-4o-mini (API) | N/A | N/A | 0 | 0 |\n");
  EXPECT_EQ(at(hosted, "table[0][1].Failed requests").value, 0.0);
  const auto gpus =
      run(FileType::markdown,
          "## RTX 4060 Ti 16GB (replaced my B580)\n\n| Model | tg128 (t/s) |\n|---|---|\n"
          "| llama-3.1-8b | 41.3 |\n\n## Ryzen AI Max+ 395 + RTX 5090 eGPU (OCuLink)\n\n"
          "| Model | tg128 (t/s) |\n|---|---|\n| Qwen3-32B | 58.3 |\n");
  EXPECT_EQ(at(gpus, "table[0][0].tg128 (t/s)").context.gpu, "RTX 4060 Ti 16GB");
  EXPECT_EQ(at(gpus, "table[1][0].tg128 (t/s)").context.gpu, "RTX 5090");
  const auto client =
      run(FileType::markdown,
          "# Load test\n\n- **Host:** dev laptop (MacBook Pro M3) running the load "
          "generator\n\n| Concurrency | Throughput (tok/s) |\n|---|---|\n| 8 | 812 |\n");
  EXPECT_EQ(at(client, "table[0][0].Throughput (tok/s)").context.gpu, "");
  const auto ordinals =
      run(FileType::markdown,
          "### Replica 1\n\n| Model | Latency (ms) |\n|---|---|\n| a | 41.0 |\n\n"
          "#### Batch Size = 8\n\n| Model | Latency (ms) |\n|---|---|\n| a | 41.0 |\n");
  EXPECT_EQ(at(ordinals, "table[0][0].Latency (ms)").context.config.find("Replica"),
            std::string::npos);
  EXPECT_EQ(at(ordinals, "table[1][0].Latency (ms)").context.config.find("=="), std::string::npos);
  // An older llama.cpp's "found 1 ROCm devices" over "compute capability" lines: ROCm's.
  const auto rocm = run(FileType::markdown,
                        "```\nggml_init_cublas: found 1 ROCm devices:\n"
                        "  Device 0: Radeon RX 7900 XTX, compute capability 11.0, VMM: no\n"
                        "llama_print_timings:        eval time =  2430.55 ms /   127 runs   (   "
                        "19.14 ms per token,    52.25 tokens per second)\n```\n");
  EXPECT_EQ(at(rocm, "llama_timings[0].eval time rate").context.backend, "ROCm");
}

// Held-out set 49: a CSV's group of rows after two blank lines, one field short, is no new
// table's header (its rows warned of, no column named "0.328"); llama-server's log pasted without
// a fence and its /completion response in a JSON fence give their timings (its "gpt-3.5-turbo" no
// model); a Spanish corner ("| Métrica |") names the rows' quantities.
TEST(ReportContext, HeldOutSet49sRules) {
  const auto csv =
      run(FileType::csv,
          "Hardware,Framework,Batch Size,TTFT Latency,end_latency\n"
          "H100,vLLM,16,0.38,11.6\n\n\nGH200,TensorRT-LLM,16,0.33\nGH200,vLLM,16,0.35\n");
  EXPECT_FALSE(has_row(csv, "[2].0.33"));
  EXPECT_NE(
      std::find_if(csv.warnings.begin(), csv.warnings.end(),
                   [](const std::string& w) { return w.find("line 5:") != std::string::npos; }),
      csv.warnings.end());
  const auto log =
      run(FileType::markdown,
          "# Jetson\n\nslot print_timing: id  0 | task 0 |\n"
          "prompt eval time =     410.44 ms /     4 tokens (  102.61 ms per token,     "
          "9.75 tokens per second)\n       eval time =   25055.10 ms /   128 tokens (  "
          "195.74 ms per token,     5.11 tokens per second)\n\n```json\n{\n  \"model\": "
          "\"gpt-3.5-turbo\",\n  \"tokens_predicted\": 128,\n  \"tokens_evaluated\": 4,\n  "
          "\"timings\": {\"prompt_n\": 1, \"predicted_n\": 128, "
          "\"predicted_per_second\": 4.41}\n}\n```\n");
  EXPECT_EQ(at(log, "llama_timings[0].eval time rate").value, 5.11);
  // The model llama.cpp's loader names in its log, and its weights' type.
  const auto loaded = run(FileType::text,
                          "llama_model_loader: - kv   2:   general.name str              = Qwen3 "
                          "0.6B\nprint_info: file type   = Q4_K - Medium\n"
                          "llama_print_timings:        eval time =  1000.00 ms /   10 runs   (  "
                          "100.00 ms per token,    10.00 tokens per second)\n");
  const auto& rate = at(loaded, "llama_timings[0].eval time rate");
  EXPECT_EQ(rate.context.model, "Qwen3 0.6B");
  EXPECT_EQ(rate.context.quantization, "Q4_K_M");
  const auto& response = at(log, "fence[0].timings.predicted_per_second");
  EXPECT_EQ(response.metric_id(), "decode_rate");
  EXPECT_EQ(response.context.model, "");
  // (Its tokens counted once; the prompt tokens it processed, the cached apart, no prompt size.)
  EXPECT_EQ(at(log, "fence[0].tokens_predicted").metric_id(), "unknown");
  EXPECT_EQ(at(log, "fence[0].timings.predicted_n").metric_id(), "output_tokens");
  EXPECT_EQ(at(log, "fence[0].tokens_evaluated").metric_id(), "input_tokens");
  EXPECT_EQ(at(log, "fence[0].timings.prompt_n").metric_id(), "unknown");
  // (... and the same response saved as its own JSON file.)
  const auto file = run(FileType::json, R"({"model": "gpt-3.5-turbo", "tokens_predicted": 128,
    "timings": {"predicted_n": 128, "predicted_per_second": 4.41}})");
  EXPECT_EQ(file.format, "llama-server response");
  EXPECT_EQ(at(file, "tokens_predicted").metric_id(), "unknown");
  EXPECT_EQ(at(file, "timings.predicted_per_second").context.model, "");
  const auto es = run(FileType::markdown,
                      "| M\xC3\xA9trica | BitNet | Qwen |\n|---|---|---|\n"
                      "| Tiempo de Respuesta Promedio | 2821ms | 1649ms |\n"
                      "| Tasa de \xC3\x89xito | 100% | 79.2% |\n| Promedio | 2.1x | 1.0x |\n");
  const auto& latency = at(es, "table[0][0].BitNet");
  EXPECT_EQ(latency.metric_id(), "e2e_latency");
  EXPECT_EQ(latency.statistic, "mean");
  EXPECT_EQ(at(es, "table[0][1].Qwen").metric_id(), "success_rate");
  EXPECT_EQ(at(es, "table[0][2].BitNet").statistic, "value");  // (a ratio of the means)
  // Capital letters the text defines ("W", "B" of a tutorial's tables): no watts.
  const auto letters =
      run(FileType::markdown, "| Name | W | B |\n|---|---|---|\n| q8_0.gguf | 4801 | 6.89 ms |\n");
  EXPECT_EQ(at(letters, "table[0][0].W").unit, "");
  EXPECT_EQ(at(letters, "table[0][0].B").unit, "ms");
  const auto watts = run(FileType::markdown, "| GPU | W |\n|---|---|\n| RTX 4090 | 412 |\n");
  EXPECT_EQ(at(watts, "table[0][0].W").metric_id(), "power");
  // A depth in thousands of tokens, with its aside ("**16K** (16,384 tokens)"): each row its own.
  const auto depths =
      run(FileType::markdown,
          "| Context Depth | Gen (tg32) t/s |\n|---|---|\n"
          "| **0K** (empty context) | 90.06 |\n| **16K** (16,384 tokens) | 69.39 |\n");
  EXPECT_NE(at(depths, "table[0][0].Gen (tg32) t/s").context.config.find("Context Depth=0K"),
            std::string::npos);
  EXPECT_NE(at(depths, "table[0][1].Gen (tg32) t/s").context.config.find("Context Depth=16K"),
            std::string::npos);
}

// A preamble's sentence that labels the model mid-line, its GGUF file's extension aside; a date
// between "Measured" and "on" the machine; an executive summary's first sentence naming the
// model in brackets (not a judge's).
TEST(ReportContext, ProseOfThePreambleAndTheSummaryNamesTheModelAndGpu) {
  const auto r = run(FileType::markdown, R"(# One box vs the fleet

Measured 2026-07-22 on the 2x Tesla V100-SXM2-32GB box (78 GiB RAM, model on
nvme0n1). Model: `DeepSeek-V4-Flash-IQ2XXS-chat-v2.gguf`
(86.7 GB). All decode numbers are server-reported.

## Headline

| config | decode t/s |
|---|---|
| fleet | 4.79 |
)");
  EXPECT_EQ(at(r, "table[0][0].decode t/s").context.model, "DeepSeek-V4-Flash-IQ2XXS-chat-v2");
  EXPECT_EQ(at(r, "table[0][0].decode t/s").context.gpu, "2x Tesla V100");
  const auto summary = [](std::string_view sentence) {
    return run(FileType::markdown, "# TQ bench\n\n## Executive Summary\n\n" +
                                       std::string(sentence) +
                                       "\n\n## Results\n\n| type | tok/s |\n|---|---|\n| f16 | 24 "
                                       "|\n");
  };
  EXPECT_EQ(at(summary("We evaluated KV cache quantization in llama.cpp, applied to a "
                       "Vision-Language Model (Qwen3-VL-2B-Instruct)."),
               "table[0][0].tok/s")
                .context.model,
            "Qwen3-VL-2B-Instruct");
  EXPECT_EQ(at(summary("Answers were scored by a judge model (Qwen2.5-72B-Instruct)."),
               "table[0][0].tok/s")
                .context.model,
            "");
}

// "### q4_0 KV" over a table: its runs' KV cache precision, a setting, no weights' precision
// (the heading's other one is: "Q1_0, q4_0 KV").
TEST(ReportContext, AHeadingsKvCachePrecisionIsASettingOfItsTables) {
  const auto r = run(FileType::markdown, R"(# Tuning

## Single card, Q1_0, q4_0 KV, flash attention on

| ctx | gen tok/s |
|---|---|
| 32k | 58.8 |

### KV cache: fp8

| ctx | gen tok/s |
|---|---|
| 32k | 61.0 |

## Kevin's runs

| ctx | gen tok/s |
|---|---|
| 32k | 57.0 |
)");
  const auto& first = at(r, "table[0][0].gen tok/s");
  EXPECT_EQ(first.context.config, "ctx=32k kv_cache_type=q4_0");
  EXPECT_EQ(first.context.quantization, "Q1_0");
  EXPECT_EQ(at(r, "table[1][0].gen tok/s").context.config, "ctx=32k kv_cache_type=fp8");
  EXPECT_EQ(at(r, "table[1][0].gen tok/s").context.quantization, "Q1_0");
  EXPECT_EQ(at(r, "table[2][0].gen tok/s").context.config, "ctx=32k");
}

// "## 環境" (environment) over unlabelled items: the one opening with the machine's GPU and the
// one opening with the engine and its version name the document's; a bare "p50" beside an
// accuracy column over figures in ms is no accuracy (a "%" average beside one still is).
TEST(ReportContext, UnlabelledSetupItemsAndStatisticsBesideAScore) {
  const auto r = run(FileType::markdown, R"(# Phase 1

## 環境

- DGX Spark (GB10, SM121, aarch64, 128GB UMA)
- vLLM `0.20.2rc1.dev99+g9c0812ffd`
- torch 2.11.0+cu130 / transformers 5.8.0

## 結果

| ラベル | accuracy | p50 | mean tps |
|---|---:|---:|---:|
| e2b-baseline | 0.875 | 82.8 ms | 24.09 |

| Model | MMLU | Average |
|---|---|---|
| gpt2 | 26.0% | 30.0% |
)");
  const auto& p50 = at(r, "table[0][0].p50");
  EXPECT_EQ(p50.context.gpu, "DGX Spark");
  EXPECT_EQ(p50.context.backend, "vLLM");
  EXPECT_NE(p50.metric_id(), "quality");
  EXPECT_EQ(p50.statistic, "median");
  EXPECT_EQ(at(r, "table[1][0].Average").metric_id(), "quality");
  // An item that says more than the engine's name and version names no backend.
  const auto prose = run(FileType::markdown,
                         "# R\n\n## Setup\n\n- vLLM is used because it batches\n\n## Results\n\n"
                         "| x | tok/s |\n|---|---|\n| a | 5 |\n");
  EXPECT_EQ(at(prose, "table[0][0].tok/s").context.backend, "");
}

// A text file's "### ..." lines over pipe tables are its headings (closing marks aside); a first
// column with no name of serving engines (one unknown) names each row's backend, one of
// precisions each row's quantization; "framework fixed at X" the section's engine.
TEST(ReportContext, ATextFilesHeadingsAndUnnamedColumnsOfEnginesOrPrecisions) {
  const auto r = run(FileType::text, R"(
### Framework comparison, model fixed at Qwen2.5-1.5B-Instruct FP16

| | TTFT p50 | tok/s p50 |
|---|---|---|
| **Edge-LLM** | 34 ms | 48.0 |
| **vLLM** | 46 ms | 43.6 |
| **llama.cpp** | 31 ms | 54.4 |

### Precision sweep at 7B, framework fixed at Edge-LLM ###

| | TTFT p50 |
|---|---|
| **FP16** | 74 ms |
| **INT4 GPTQ** | 65 ms |
)");
  const auto& vllm = at(r, "table[0][1].TTFT p50");
  EXPECT_EQ(vllm.context.backend, "vLLM");
  EXPECT_EQ(vllm.context.config, "");
  EXPECT_EQ(vllm.context.model, "Qwen2.5-1.5B-Instruct");
  EXPECT_EQ(vllm.context.quantization, "FP16");
  EXPECT_EQ(at(r, "table[0][0].TTFT p50").context.backend, "Edge-LLM");
  const auto& int4 = at(r, "table[1][1].TTFT p50");
  EXPECT_EQ(int4.context.backend, "Edge-LLM");
  EXPECT_EQ(int4.context.quantization, "INT4");
  EXPECT_EQ(int4.context.config, "INT4 GPTQ");
  EXPECT_EQ(int4.context.section, "Precision sweep at 7B, framework fixed at Edge-LLM");
  // Labels that are no engines stay the rows' configurations.
  const auto other =
      run(FileType::markdown,
          "| | TTFT |\n|---|---|\n| vLLM | 4 ms |\n| warm | 3 ms |\n| cold | 9 ms |\n");
  EXPECT_EQ(at(other, "table[0][0].TTFT").context.backend, "");
}

// A script's summary lines in a fence: a quantity then its statistics, the unit last; labels
// each with its figure (and unit); a line with words of no measurement is not read so.
TEST(ReportContext, SummaryLinesOfStatisticsAndLabelledFigures) {
  const auto r = run(FileType::markdown, R"(# Runs

## Server (`local-0.5b-http-concurrency-16`)

```text
req/s 14.71   output 941.23 tok/s   wall 4351.74 ms
TTFT  mean 206.92  p50 231.31  p95 368.93  p99 374.02 ms
step  3  of  10
```
)");
  EXPECT_EQ(at(r, "line[6].req/s").metric_id(), "request_throughput");
  EXPECT_EQ(at(r, "line[6].output").unit, "tok/s");
  EXPECT_EQ(at(r, "line[6].wall").statistic, "value");
  const auto& p95 = at(r, "line[7].TTFT p95");
  EXPECT_EQ(p95.metric_id(), "ttft");
  EXPECT_EQ(p95.statistic, "p95");
  EXPECT_DOUBLE_EQ(*p95.normalized, 368.93);
  EXPECT_EQ(at(r, "line[7].TTFT p50").statistic, "median");
  EXPECT_EQ(at(r, "line[6].output").context.concurrency, "16");  // (the heading's load)
  EXPECT_FALSE(has_row(r, "line[8].step"));
}

// "测试设备：MacBook Air，Apple M3，…" (test device) and a preamble's "measurements from an Apple
// M2 Ultra Mac Studio": the document's machine.
TEST(ReportContext, ATestDeviceLabelAndMeasurementsFromAMachine) {
  const auto labelled = run(FileType::markdown,
                            "# 对比\n\n测试设备：MacBook Air，Apple M3，10核GPU，24GB统一内存\n"
                            "推理框架：Ollama\n\n## 结果\n\n| 模型 | tok/s |\n|---|---:|\n"
                            "| Qwen3 8B | 16.4 |\n");
  EXPECT_EQ(at(labelled, "table[0][0].tok/s").context.gpu, "Apple M3");
  EXPECT_EQ(at(labelled, "table[0][0].tok/s").context.backend, "Ollama");
  const auto prose =
      run(FileType::markdown,
          "# Mac Studio benchmarks\n\nProduction-shaped local inference "
          "measurements from an Apple M2 Ultra Mac Studio\nwith 192 GB unified "
          "memory.\n\n## Results\n\n| Model | tok/s |\n|---|---:|\n| Qwen3 8B | 16.4 |\n");
  EXPECT_EQ(at(prose, "table[0][0].tok/s").context.gpu, "Apple M2 Ultra");
}

// "| Fast runtime | Balanced runtime | Fast decode | Balanced decode |": each quantity under two
// words or more, the word first: the variants compared, each column's configuration; not two
// quantities' statistics ("Safety Slope | Safety CI | Cap Slope | Cap CI").
TEST(ReportContext, ColumnsOfEachQuantityUnderEachVariant) {
  const auto r = run(FileType::markdown,
                     R"(| Model | Fast runtime | Balanced runtime | Fast decode | Balanced decode |
|---|---|---|---|---|
| Qwen3 8B | 58.1 min | 122.2 min | 7.34 tok/s | 6.34 tok/s |

| Model | Safety Slope | Safety CI | Cap Slope | Cap CI |
|---|---|---|---|---|
| a | 0.1 | 0.2 | 0.3 | 0.4 |
)");
  EXPECT_EQ(at(r, "table[0][0].Fast runtime").context.config, "Fast");
  EXPECT_EQ(at(r, "table[0][0].Balanced decode").context.config, "Balanced");
  EXPECT_EQ(at(r, "table[0][0].Balanced decode").metric_id(), "decode_rate");
  EXPECT_EQ(at(r, "table[1][0].Safety Slope").context.config.find("Safety"), std::string::npos);
}

// "43/48" under a quality column: the share answered right; under a success rate, in %; and a
// requests column's "288/288" still the requests completed.
TEST(ReportContext, AScoreWrittenAsRightOfAsked) {
  const auto r = run(FileType::markdown, R"(| Model | Balanced quality | Success rate | Completed |
|---|---|---|---|
| a | 43/48 | 9/10 | 288/288 |
)");
  const auto& q = at(r, "table[0][0].Balanced quality");
  EXPECT_EQ(q.metric_id(), "quality");
  EXPECT_NEAR(*q.value, 43.0 / 48.0, 1e-9);
  EXPECT_EQ(q.raw, "43/48");
  EXPECT_DOUBLE_EQ(*at(r, "table[0][0].Success rate").normalized, 90.0);
  EXPECT_DOUBLE_EQ(*at(r, "table[0][0].Completed").value, 288.0);
}

// Held-out set 56: a section's "Command: `llama-bench -m <dir>/<model>.gguf ...`" names the model
// of its tables (the GGUF's name, its shard suffix dropped) and llama.cpp as their engine; a
// later section's tables are not its.
TEST(ReportContext, ALlamaBenchCommandInProseNamesItsSectionsModel) {
  const auto r = run(FileType::markdown, R"(# Local benchmark

## GGUF baseline

Command: `llama-bench -m orc/Qwen3.8-Flash-Next-Q4_K_S-00001-of-00003.gguf -p 512 -n 128`

| Context depth | Prompt processing tok/s |
| ---: | ---: |
| 0 | 924.57 |

## Other

| Context depth | Prompt processing tok/s |
| ---: | ---: |
| 0 | 800.1 |
)");
  const auto& pp = at(r, "table[0][0].Prompt processing tok/s");
  EXPECT_EQ(pp.context.model, "Qwen3.8-Flash-Next-Q4_K_S");
  EXPECT_EQ(pp.context.quantization, "Q4_K_S");
  EXPECT_EQ(pp.context.backend, "llama.cpp");
  EXPECT_EQ(at(r, "table[1][0].Prompt processing tok/s").context.model, "");
}

// Held-out set 56: a list item's figure with an aside of words after it, in ASCII or full-width
// brackets ("8.54 tokens/s（ハイブリッドモード: GPU+CPU）"): the figure, its raw text whole; an
// "Ideal" figure is foreseen, no measurement.
TEST(ReportContext, AListItemsFigureBeforeAnAside) {
  const auto r =
      run(FileType::markdown,
          "# Test\n\n**結果**:\n- 推論速度: 8.54 tokens/s（ハイブリッドモード: GPU+CPU）\n"
          "- Response time: 29.6 s (cold start)\n- Ideal: 2.0x (perfect parallelism)\n");
  const auto& speed = at(r, "list[4].推論速度");
  EXPECT_DOUBLE_EQ(*speed.value, 8.54);
  EXPECT_EQ(speed.unit, "tok/s");
  EXPECT_EQ(speed.raw, "8.54 tokens/s（ハイブリッドモード: GPU+CPU）");
  EXPECT_DOUBLE_EQ(*at(r, "list[5].Response time").normalized, 29600.0);
  EXPECT_EQ(at(r, "list[6].Ideal").statistic, "expected");
}

// Held-out set 55: "| GPU family | `nvidia` |" and a table of the one device in full: the rows
// labelled with the maker alone ran on that device; with two devices named, none is chosen.
TEST(ReportContext, AMakersRowsRanOnTheOneDeviceNamedInFull) {
  const std::string doc = R"(| Field | Value |
|---|---|
| GPU family | `nvidia` |

| GPU | Power peak (W) |
|---|---:|
| 0: NVIDIA T600 Laptop GPU | 25.65 |

| Model | Gen tok/s (mean) |
|---|---:|
| gemma3:1b | 67.03 |
)";
  const auto r = run(FileType::markdown, doc);
  EXPECT_EQ(at(r, "table[2][0].Gen tok/s (mean)").context.gpu, "NVIDIA T600 Laptop GPU");
  const auto two = run(FileType::markdown, doc +
                                               "\n| GPU | Power peak (W) |\n|---|---:|\n"
                                               "| 1: NVIDIA RTX 4090 | 300 |\n");
  EXPECT_EQ(at(two, "table[2][0].Gen tok/s (mean)").context.gpu, "nvidia");
}

// "3339 / 4096" under a memory column: the memory in use (the card's total in the note), its unit
// from the header or the total's ("18.2 / 24 GB"); more than the total is no such figure.
TEST(ReportContext, MemoryInUseOfTheTotal) {
  const auto r = run(FileType::markdown, R"(| GPU | VRAM used peak / total (MB) | VRAM used |
|---|---|---|
| RTX 4090 | 3339 / 4096 | 18.2 / 24 GB |
| RTX 3090 | 5000 / 4096 | 20GB/24GB |
)");
  const auto& a = at(r, "table[0][0].VRAM used peak / total (MB)");
  EXPECT_EQ(a.metric_id(), "memory");
  EXPECT_DOUBLE_EQ(*a.value, 3339.0);
  EXPECT_DOUBLE_EQ(*a.normalized, 3339.0 * 1024 * 1024);
  EXPECT_EQ(a.raw, "3339 / 4096");
  EXPECT_NE(a.note.find("of 4096"), std::string::npos);
  EXPECT_DOUBLE_EQ(*at(r, "table[0][0].VRAM used").normalized, 18.2 * 1024 * 1024 * 1024);
  EXPECT_DOUBLE_EQ(*at(r, "table[0][1].VRAM used").value, 20.0);
  if (has_row(r, "table[0][1].VRAM used peak / total (MB)")) {
    EXPECT_FALSE(at(r, "table[0][1].VRAM used peak / total (MB)").value.has_value());
  }
}

}  // namespace
}  // namespace chimera::ingest
