// Shapes of report tables whose figures take what they are from around them: a per-layer table's
// layer, a specification table's versions, efficiency columns at N agents, captions that name no
// quantity, runtime columns, and measurement text kept out of a row's configuration. Shapes taken
// from the reference Chimera system's technical reports.
#include <gtest/gtest.h>

#include <vector>

#include "ingest_helpers.hpp"

namespace chimera::ingest {
namespace {

using testing::at;
using testing::run;

TEST(ReportTables, ALayerOfAPerLayerTableIsTheRowsSetting) {
  const auto r = run(FileType::markdown, R"(| Model | Quant | Layer | Safety Error |
|---|---|---|---|
| llama3.2-1b | AWQ | 3 | 0.0327 |
| llama3.2-1b | AWQ | 6 | 0.0563 |
)");
  EXPECT_EQ(at(r, "table[0][1].Safety Error").context.config, "Layer=6");
  EXPECT_EQ(at(r, "table[0][1].Safety Error").context.quantization, "AWQ");
}

TEST(ReportTables, AVersionInASpecificationTableIsNoMeasurement) {
  const auto r = run(FileType::markdown, R"(| Component | Specification |
|---|---|
| **CUDA** | 12.8 |
| **Python** | 3.12 |
)");
  EXPECT_EQ(at(r, "table[0][0].Specification").role, metrics::Role::identifier);
  EXPECT_EQ(at(r, "table[0][1].Specification").role, metrics::Role::identifier);
}

// "| Property | TR114v2 (N=2) | TR129 (N=2) |": each row names its quantity, and the columns
// are the studies compared; a count of samples is a count, not one sample.
TEST(ReportTables, APropertyColumnNamesEachRowsQuantity) {
  const auto r = run(FileType::markdown, R"(| Property | TR114v2 (N=2) | TR129 (N=2) |
|---|---|---|
| Per-agent tok/s | ~42 | 92.7 |
| Efficiency | 98.28% | 80.0% |
| Total samples | 120 | 120 |
| cuDNN | 91002 | 91002 |
| Model Size | 3.3 GB | 1.3 GB |
)");
  const auto& rate = at(r, "table[0][0].TR129 (N=2)");
  EXPECT_EQ(rate.metric_id(), "token_rate");
  EXPECT_EQ(rate.unit, "tok/s");
  EXPECT_EQ(rate.context.config, "TR129 N=2");
  EXPECT_EQ(at(r, "table[0][1].TR114v2 (N=2)").metric_id(), "efficiency");
  EXPECT_EQ(at(r, "table[0][1].TR114v2 (N=2)").context.config, "TR114v2 N=2");
  EXPECT_EQ(at(r, "table[0][2].TR129 (N=2)").statistic, "count");
  EXPECT_EQ(at(r, "table[0][3].TR129 (N=2)").role, metrics::Role::identifier);
  const auto& size = at(r, "table[0][4].TR129 (N=2)");  // a setting of the model each ran
  EXPECT_EQ(size.role, metrics::Role::parameter);
  EXPECT_EQ(size.parameter, "model_size");
  EXPECT_EQ(size.unit, "GiB");  // memory sizes in "GB" are read as GiB, as tools print them
}

// A label down the first column that names an engine and a load level gives both; a bare "J"
// after prose about Jain's index is that index, not joules.
TEST(ReportTables, ARowLabelNamesItsEngineAndItsLoadLevel) {
  const auto r = run(FileType::markdown, R"(Jain's index exceeds 0.997 at N=8 for all models.

| Model | J at N=8 |
|---|---|
| llama3.2-1b | 0.9975 |

| Metric | Value |
|---|---|
| vLLM eta(8) | 0.56 |
| Total TPS at N=8 (1B model) | 248.0 |
| onnx_file_size_mb | 12.5 |
| δ (compile − ollama) | 3.1 |
)");
  const auto& j = at(r, "table[0][0].J at N=8");
  EXPECT_EQ(j.metric_id(), "unknown");
  EXPECT_TRUE(j.unit.empty());
  EXPECT_EQ(j.context.concurrency, "8");
  EXPECT_EQ(at(r, "table[1][0].Value").context.backend, "vLLM");
  EXPECT_EQ(at(r, "table[1][0].Value").context.concurrency, "8");
  EXPECT_EQ(at(r, "table[1][1].Value").context.concurrency, "8");
  EXPECT_EQ(at(r, "table[1][2].Value").context.backend, "");  // the label is no engine's figure
  EXPECT_EQ(at(r, "table[1][3].Value").context.backend, "");  // a difference of two
}

// "**By Throughput Improvement:**" over "| Rank | GPU | Baseline | Chimera |": the two sides of
// the comparison are figures of the quantity the caption ranks by.
TEST(ReportTables, BaselineAndChimeraColumnsTakeTheCaptionsQuantity) {
  const auto r = run(FileType::markdown, R"(**By Throughput Improvement:**

| Rank | GPU | Baseline | Chimera | Δ (%) |
|---|---|---|---|---|
| 1 | 60 | 98.64 | 99.24 | +0.606 |
)");
  EXPECT_EQ(at(r, "table[0][0].Baseline").metric_id(), "token_rate");
  EXPECT_EQ(at(r, "table[0][0].Chimera").metric_id(), "token_rate");
  EXPECT_EQ(at(r, "table[0][0].Chimera").statistic, "value");
  EXPECT_EQ(at(r, "table[0][0].Chimera").context.config, "Chimera GPU=60");
}

// A baseline agent's report ("# Technical Report: Baseline Agent Analysis", "**Configuration:**
// Baseline config: ...") whose only marked column is its own "Baseline Expectation": the
// measured column is of the same baseline run, with its configuration.
TEST(ReportTables, TheTitlesVariantLabelsTheMeasuredColumnBesideItsExpectation) {
  const auto r = run(FileType::markdown, R"(# Technical Report: Baseline Agent Analysis

**Model:** gemma3:latest
**Configuration:** Baseline config: GPU layers=80, ctx=1024

| Metric | Measured Value | Units | Baseline Expectation |
|---|---|---|---|
| CPU Utilization | 12% | Percentage | 20% |
)");
  const std::string config = "Baseline: Baseline config: GPU layers=80, ctx=1024";
  EXPECT_EQ(at(r, "table[0][0].Measured Value").context.config, config);
  EXPECT_EQ(at(r, "table[0][0].Baseline Expectation").context.config, config);
  EXPECT_EQ(at(r, "table[0][0].Baseline Expectation").statistic, "expected");
}

TEST(ReportTables, AReportThatOnlyMentionsABaselineInItsTitleLabelsNothing) {
  const auto r = run(FileType::markdown, R"(# From Python Baseline to Rust Production

| Runtime | Baseline | Mean (ms) |
|---|---|---|
| tokio | 10 | 12 |
)");
  EXPECT_EQ(at(r, "table[0][0].Mean (ms)").context.config, "Runtime=tokio");
}

// "| Task | Metric | N=1 | Slope/agent |": the Metric column names the quantity of the columns
// named only by a configuration, not of a column that names its own ("Slope/agent").
TEST(ReportTables, AMetricColumnAfterTheFirstNamesTheRowsQuantity) {
  const auto r = run(FileType::markdown, R"(| Task | Metric | N=1 | N=8 | Slope/agent |
|---|---|---|---|---|
| arc_challenge | accuracy | 81.5% | 81.4% | -0.000192 |
)");
  EXPECT_EQ(at(r, "table[0][0].N=1").metric_id(), "quality");
  EXPECT_EQ(at(r, "table[0][0].N=8").metric_id(), "quality");
  EXPECT_EQ(at(r, "table[0][0].Slope/agent").metric_id(), "unknown");
}

// eta(N) = TPS(N) / TPS(1): the "Baseline TPS" repeated on every row is the figure at N=1.
TEST(ReportTables, AnEfficiencyTablesBaselineIsAtTheLowestLevel) {
  const auto r = run(FileType::markdown, R"(| Backend | N | eta(N) | Per-Agent TPS | Baseline TPS |
|---|---|---|---|---|
| ollama | 1 | 0.987 | 175.3 | 177.7 |
| ollama | 2 | 0.789 | 140.2 | 177.7 |
| ollama | 4 | 0.365 | 64.8 | 177.7 |
| ollama | 8 | 0.174 | 31.0 | 177.7 |
)");
  EXPECT_EQ(at(r, "table[0][2].Per-Agent TPS").context.concurrency, "4");
  EXPECT_EQ(at(r, "table[0][2].Baseline TPS").context.concurrency, "1");
  EXPECT_EQ(at(r, "table[0][3].Baseline TPS").context.concurrency, "1");
}

// Rust's async runtimes compared column by column are the agents' executors: the backend.
TEST(ReportTables, ARustRuntimesColumnNamesItsBackend) {
  const auto r = run(FileType::markdown, R"(| Percentile | Tokio-default | Smol-1KB | Async-std |
|---|---|---|---|
| **P95** | 99.88% | 99.92% | 50.00% |
)");
  EXPECT_EQ(at(r, "table[0][0].Tokio-default").context.backend, "Tokio-default");
  EXPECT_EQ(at(r, "table[0][0].Smol-1KB").context.backend, "Smol-1KB");
  EXPECT_EQ(at(r, "table[0][0].Async-std").context.backend, "Async-std");
  // (The row's percentile is its figures' statistic, no label of a run.)
  EXPECT_EQ(at(r, "table[0][0].Async-std").context.config, "");
  EXPECT_EQ(at(r, "table[0][0].Async-std").statistic, "p95");
}

// "TR127 Mean (ms)" beside "TR128 Mean (ms)": each column's study id opens its header.
TEST(ReportTables, AStudyIdOpeningAHeaderLabelsItsColumn) {
  const auto r =
      run(FileType::markdown,
          R"(| Model | TR127 Mean (ms) | TR128 Mean (ms) | TR111 v2 (Rust) | RTX4080 tok/s |
|---|---|---|---|---|
| llama3.2-1b | 180.2 | 190.4 | 98.1 | 120.5 |
)");
  EXPECT_EQ(at(r, "table[0][0].TR127 Mean (ms)").context.config, "TR127");
  EXPECT_EQ(at(r, "table[0][0].TR128 Mean (ms)").context.config, "TR128");
  EXPECT_EQ(at(r, "table[0][0].TR128 Mean (ms)").statistic, "mean");
  EXPECT_EQ(at(r, "table[0][0].TR111 v2 (Rust)").context.config, "TR111 v2");
  EXPECT_EQ(at(r, "table[0][0].RTX4080 tok/s").context.config, "");  // a device, no study
}

// A configuration id that spells some settings ("het_g80/g120": both agents' GPU layers) keeps
// the settings it does not spell; one that spells them all ("gpu60_ctx256_temp0p6") stands alone.
TEST(ReportTables, AConfigurationIdKeepsTheSettingsItDoesNotSpell) {
  const auto r = run(FileType::markdown, R"(| Config ID | GPU A | CTX A | TEMP A | Speedup |
|---|---|---|---|---|
| het_g80/g120 | 80 | 512 | 0.8 | 1.349x |
| gpu80_ctx512_temp0p8 | 80 | 512 | 0.8 | 1.2x |
)");
  EXPECT_EQ(at(r, "table[0][0].Speedup").context.config,
            "het_g80/g120 CTX A=512 TEMP A=0.8 GPU A=80");
  EXPECT_EQ(at(r, "table[0][1].Speedup").context.config, "gpu80_ctx512_temp0p8 GPU A=80");
}

// "Tiny Throughput" beside "GPT2 Throughput" in a report whose heading named Tiny-GPT2.
TEST(ReportTables, AModelsShortNameInACompareColumnIsThatModel) {
  const auto r = run(FileType::markdown, R"(### 3.1 Tiny-GPT2 (0.103M Parameters)

### 3.3 Scaling

| Backend | Tiny Throughput | GPT2 Throughput | Other Throughput |
|---|---|---|---|
| onnxruntime-gpu | 4,527 tok/s | 3,927 tok/s | 12 tok/s |
)");
  EXPECT_EQ(at(r, "table[0][0].Tiny Throughput").context.model, "Tiny-GPT2");
  EXPECT_EQ(at(r, "table[0][0].GPT2 Throughput").context.model, "GPT2");
  EXPECT_EQ(at(r, "table[0][0].Other Throughput").context.model, "");  // no model it shortens
}

// "Example calculations with sigma_idle = 9.97W, dt = 0.1s:": a formula's made-up inputs.
TEST(ReportTables, AnExampleCalculationsInputsAreNoMeasurements) {
  const auto r = run(FileType::markdown, R"(Example calculations with sigma_idle = 9.97W, dt = 0.1s:

| Event Duration (T) | Energy Uncertainty | Notes |
| --- | --- | --- |
| 100ms | ~1.00 J | sqrt(0.1 * 0.1) = 0.1 |
)");
  EXPECT_EQ(at(r, "table[0][0].Event Duration (T)").statistic, "expected");
}

// "| N | Outliers | Rate |" with "11.4%": a proportion of outliers, no request rate offered.
TEST(ReportTables, APercentRateIsAProportionNotTheLoad) {
  const auto r = run(FileType::markdown, R"(| Model | N | Outliers | Rate |
|---|---|---|---|
| llama3.2-1b | 70 | 8 | 11.4% |

| Rate (rps) | Mean (ms) |
|---|---|
| 0.5 | 120.3 |
)");
  const auto& rate = at(r, "table[0][0].Rate");
  EXPECT_EQ(rate.role, metrics::Role::metric);
  EXPECT_EQ(rate.unit, "%");
  EXPECT_EQ(at(r, "table[0][0].Outliers").context.rate, "");
  EXPECT_EQ(at(r, "table[1][0].Mean (ms)").context.rate, "0.5");
}

// "| **Best Chimera-Homo** | 99.25% | 99.01% |": the reference system's scenario; a sum of money
// in words ("Consumer saves ~$1,020/yr") is a result, not a label of the row.
TEST(ReportTables, AReferenceScenarioInALabelIsTheRowsConfiguration) {
  const auto r = run(FileType::markdown, R"(| Metric | Python (TR110) | Rust (TR114_v2) |
|---|---|---|
| **Best Chimera-Homo** | 99.25% | 99.01% |

| Monthly Volume | Break-Even Month | Savings After Year 1 |
| --- | --- | --- |
| 5M requests | 0.5 | Consumer saves ~$1,020/yr |
)");
  EXPECT_EQ(at(r, "table[0][0].Python (TR110)").context.config.rfind("chimera_homo", 0), 0u);
  EXPECT_EQ(at(r, "table[1][0].Break-Even Month").context.config.find("saves"), std::string::npos);
}

TEST(ReportTables, AnEfficiencyColumnAtNAgentsCarriesItsConcurrency) {
  const auto r = run(FileType::markdown, R"(| Model | eta(2) | eta(8) |
|---|---|---|
| llama3.2-1b | 80.0% | 17.3% |
)");
  const auto& eight = at(r, "table[0][0].eta(8)");
  EXPECT_EQ(eight.metric_id(), "efficiency");
  EXPECT_EQ(eight.context.concurrency, "8");
  EXPECT_EQ(at(r, "table[0][0].eta(2)").context.concurrency, "2");
}

TEST(ReportTables, ACaptionThatNamesNoQuantityLeavesItToTheHeading) {
  const auto r = run(FileType::markdown, R"(### 9.8 Per-Task Generation Quality

**qwen2.5-1.5b (most quantization-sensitive):**

| Task | FP16 | Q4_K_M |
|---|---|---|
| summarization | 0.734 | 0.726 |

### 5.4 Residual Analysis

The residual (observed eta minus predicted eta) reveals systematic patterns:

| Model | N=1 | N=2 |
|---|---|---|
| llama3.2-1b | +0.017 | +0.028 |
)");
  EXPECT_EQ(at(r, "table[0][0].Q4_K_M").metric_id(), "quality");
  const auto& residual = at(r, "table[1][0].N=2");
  EXPECT_EQ(residual.metric_id(), "efficiency");
  EXPECT_EQ(residual.statistic, "delta");  // a difference, not an efficiency of 0.028
}

TEST(ReportTables, EngineAndAcceleratorColumnsTakeTheHeadingsQuantityAndUnit) {
  // Columns named by what ran ("MI300X vLLM v1", "2x RTX Pro 6000") under a heading that names
  // the quantity and its unit; a section letter ("W.1") is no watts.
  const auto r = run(FileType::markdown, R"(### Decode Speed (tok/sec per user)

| Scenario | MI300X vLLM v1 | MI300X SGLang | 2x RTX Pro 6000 |
|---|---|---|---|
| 1K ctx / 1 req | 86.0 | 44.0 | **106.0** |

### TTFT (seconds)

| Scenario | MI300X vLLM v1 | MI300X SGLang | 2x RTX Pro 6000 |
|---|---|---|---|
| 1K ctx / 1 req | 0.1 | 1.6 | 0.1 |

### W.1 Per-Task Backend Deltas

| Task | Ollama Q4_K_M | vLLM FP16 |
|---|---|---|
| MMLU | 0.450 | 0.410 |
)");
  const auto& decode = at(r, "table[0][0].MI300X vLLM v1");
  EXPECT_EQ(decode.metric_id(), "decode_rate");
  EXPECT_EQ(decode.normalized_unit, "tok/s");
  EXPECT_EQ(decode.context.backend, "vLLM");
  EXPECT_EQ(at(r, "table[0][0].2x RTX Pro 6000").metric_id(), "decode_rate");
  const auto& ttft = at(r, "table[1][0].MI300X SGLang");
  EXPECT_EQ(ttft.metric_id(), "ttft");
  EXPECT_DOUBLE_EQ(*ttft.normalized, 1600.0);
  EXPECT_EQ(at(r, "table[2][0].vLLM FP16").metric_id(), "unknown");
  EXPECT_EQ(at(r, "table[2][0].vLLM FP16").unit, "");
}

TEST(ReportTables, ARowLabelNamesItsRequestsInFlightOrItsGuidellmStrategy) {
  const auto r = run(FileType::markdown, R"(### TTFT (seconds)

| Scenario | vLLM |
|---|---|
| 1K ctx / 2 req | 0.2 |
| pp2048 (c4) | 0.25 |
| asynchronous@0.38 req/sec | 0.4 |
| concurrent@4 | 0.5 |
| Runs with 0 requests (excluded) | 0.6 |
| 2 req/s | 0.7 |
)");
  EXPECT_EQ(at(r, "table[0][0].vLLM").context.concurrency, "2");
  EXPECT_EQ(at(r, "table[0][1].vLLM").context.concurrency, "4");
  const auto& async = at(r, "table[0][2].vLLM");
  EXPECT_EQ(async.context.rate, "0.38");
  EXPECT_EQ(async.metric_id(), "ttft");  // the label's req/sec is its rate, not the figure's unit
  EXPECT_EQ(at(r, "table[0][3].vLLM").context.concurrency, "4");
  EXPECT_EQ(at(r, "table[0][4].vLLM").context.concurrency, "");
  EXPECT_EQ(at(r, "table[0][5].vLLM").context.concurrency, "");
}

TEST(ReportTables, ARelativeChangeColumnTakesNoMetricInAnotherUnit) {
  const auto r = run(FileType::markdown, R"(| Quant | Wall tok/s | Overhead | Spot Savings |
|---|---|---|---|
| FP16 | 9.7 | 919% | 70.0% |

If capability also degrades, any safety degradation might be general loss. MMLU accuracy by N:

| Model | N=1 | N=2 |
|---|---|---|
| Llama 3.2 1B | 0.3225 | 0.3275 |
)");
  const auto& overhead = at(r, "table[0][0].Overhead");
  EXPECT_EQ(overhead.metric_id(), "unknown");  // a change in %, no throughput in tok/s
  EXPECT_EQ(overhead.statistic, "delta");
  EXPECT_EQ(at(r, "table[0][0].Spot Savings").statistic, "delta");
  EXPECT_EQ(at(r, "table[1][0].N=2").statistic, "value");  // the prose's "degrades" is no delta
}

TEST(ReportTables, WorkloadColumnsTakeTheCaptionsQuantityUnitAndStatistic) {
  const auto r = run(FileType::markdown, R"(**Latency (Mean, ms) - Lower is Better**

| Backend | single_micro | batch_medium |
|---|---|---|
| onnxruntime-gpu | 3.24 | 11.36 |

**Mean in-flight at submit time:**

| Model | N=1 | N=2 |
|---|---|---|
| llama3.2-1b | 0.0 | 0.98 |

**Latency (Mean, ms):**

| Backend | n_ok | degraded_rate |
|---|---|---|
| onnxruntime-cpu | 30 | 0 |
)");
  const auto& micro = at(r, "table[0][0].single_micro");
  EXPECT_EQ(micro.metric_id(), "e2e_latency");
  EXPECT_EQ(micro.statistic, "mean");
  EXPECT_EQ(micro.unit, "ms");
  EXPECT_EQ(micro.context.config, "single_micro");  // the workload it ran
  EXPECT_EQ(micro.context.backend, "onnxruntime-gpu");
  const auto& inflight = at(r, "table[1][0].N=2");
  EXPECT_EQ(inflight.statistic, "mean");       // the caption's statistic
  EXPECT_EQ(inflight.metric_id(), "unknown");  // "submit time" is a moment, not a duration
  EXPECT_NE(at(r, "table[2][0].degraded_rate").metric_id(), "e2e_latency");  // a field's name
  EXPECT_EQ(at(r, "table[2][0].n_ok").context.config, "");
}

TEST(ReportTables, ModelNamesWrittenApartAreModels) {
  const auto r = run(FileType::markdown, R"(## 7. Python: Qwen 2.5 7B - Baseline vs Chimera

| Run | Speedup |
|---|---|
| 1 | 1.70x |

## 8. Llama 3.1 8B vs Qwen 2.5 7B

| Run | Speedup |
|---|---|
| 1 | 1.80x |

| Metric | Gemma 3 (4.3B) | Eager (N=270) |
|---|---|---|
| VRAM footprint | 3.3 GB | 4.5 GB |
)");
  EXPECT_EQ(at(r, "table[0][0].Speedup").context.model, "Qwen 2.5 7B");
  EXPECT_EQ(at(r, "table[1][0].Speedup").context.model, "");  // two models: neither
  EXPECT_EQ(at(r, "table[2][0].Gemma 3 (4.3B)").context.model, "Gemma 3 4.3B");
  EXPECT_EQ(at(r, "table[2][0].Eager (N=270)").context.config, "N=270");
}

TEST(ReportTables, AHeadingOrAPrecisionColumnNamesTheQuantization) {
  const auto r = run(FileType::markdown, R"(### 3.4 Parameter Tuning Results (q4_0)

| Rank | num_gpu | Tokens/s |
|---|---|---|
| 1 | 80 | 78.1 |

### 5.1 llama3.2-1b (baseline: FP16)

| Task | Q6_K | Mean |
|---|---|---|
| advbench | 0.91 | 0.90 |

## Q2: At what context length does VRAM become the bottleneck?

| Model | Spillover Threshold |
|---|---|
| qwen2.5-3b | 4096 |

| Quantization | Precision | Throughput |
|---|---|---|
| q4_0 | 4-bit | 76.6 |
| INT8 | | 80.1 |
)");
  EXPECT_EQ(at(r, "table[0][0].Tokens/s").context.quantization, "Q4_0");
  EXPECT_EQ(at(r, "table[1][0].Q6_K").context.quantization, "Q6_K");  // the column's own
  EXPECT_EQ(at(r, "table[1][0].Mean").context.quantization, "");      // a baseline is no context
  EXPECT_EQ(at(r, "table[2][0].Spillover Threshold").context.quantization, "");  // a question
  EXPECT_EQ(at(r, "table[3][0].Throughput").context.quantization, "q4_0");
  const auto doc = run(FileType::markdown, R"(**Model:** llama3.1:8b (q4_0, q5_K_M, q8_0)

| Metric | Value |
|---|---|
| Tokens/s | 76.6 |

### 4.1 Top 10 Configurations (q4_0)

| Rank | Tokens/s |
|---|---|
| 1 | 78.1 |
)");
  EXPECT_EQ(at(doc, "table[1][0].Tokens/s").context.quantization, "Q4_0");  // the heading's
  EXPECT_EQ(at(r, "table[3][1].Throughput").context.quantization, "INT8");
}

TEST(ReportTables, ANoteUnderATableGivesItsFiguresTheirUnit) {
  const auto r = run(FileType::markdown, R"(| Backend | Model | truthfulqa | mmlu |
|---|---|---|---|
| ollama | Llama 1B | 612.4 | 540.1 |

*All values in milliseconds (mean per request).*

| Backend | truthfulqa |
|---|---|
| vllm | 0.61 |

Values are compared below.
)");
  const auto& latency = at(r, "table[0][0].truthfulqa");
  EXPECT_EQ(latency.unit, "ms");
  EXPECT_EQ(latency.statistic, "mean");
  EXPECT_EQ(latency.metric_id(), "duration");
  EXPECT_EQ(at(r, "table[0][0].mmlu").metric_id(), "duration");  // MMLU's latency, no score
  EXPECT_EQ(at(r, "table[1][0].truthfulqa").unit, "");           // no note of its own
}

TEST(ReportTables, AFailureInAnObjectsMetadataFailsItsFigures) {
  const auto r = run(FileType::json, R"({"backends": {
    "eager": {"benchmark": {"mean_time_ms": 0.79, "metadata": {"compile_time_s": 0.0}}},
    "torch_compile": {"benchmark": {"mean_time_ms": 0.0,
                                    "metadata": {"error": "Cannot find a working triton"}}}}})");
  EXPECT_EQ(at(r, "backends.eager.benchmark.mean_time_ms").status, RowStatus::ok);
  const auto& placeholder = at(r, "backends.torch_compile.benchmark.mean_time_ms");
  EXPECT_EQ(placeholder.status, RowStatus::failed);  // 0.0 is no measurement
  EXPECT_FALSE(placeholder.value.has_value());
}

TEST(ReportTables, AStudyIdHeadingAColumnIsItsContext) {
  const auto r = run(FileType::markdown, R"(| Task | TR134 | TR135 (N=1) | FP16 |
|---|---|---|---|
| jailbreak | 0.825 | 0.892 | 0.90 |
)");
  EXPECT_EQ(at(r, "table[0][0].TR134").context.config, "Task=jailbreak TR134");
  EXPECT_EQ(at(r, "table[0][0].TR135 (N=1)").context.config, "Task=jailbreak TR135 N=1");
  EXPECT_EQ(at(r, "table[0][0].FP16").context.config, "Task=jailbreak");  // a quantization
  EXPECT_EQ(at(r, "table[0][0].FP16").context.quantization, "FP16");
}

TEST(ReportTables, ARuntimeColumnNamesTheRuntimeBesideTheEngine) {
  const auto r =
      run(FileType::markdown, R"(| Metric | Python (TR109) | Rust (TR111) | Rust Dual Ollama |
|---|---|---|---|
| Peak throughput | 38.9% | 72.2% | 99.1% |
)");
  EXPECT_EQ(at(r, "table[0][0].Rust (TR111)").context.backend, "Rust");
  EXPECT_EQ(at(r, "table[0][0].Python (TR109)").context.backend, "Python");
  EXPECT_EQ(at(r, "table[0][0].Rust Dual Ollama").context.backend, "Ollama (Rust)");
}

TEST(ReportTables, ADeviceAndAStatisticNameTheBackendsDevice) {
  const auto r = run(FileType::markdown, R"(| Metric | CPU Mean | GPU Mean | GPU Memory (MB) |
|---|---|---|---|
| bertscore | 0.641 | 0.685 | 5120 |
)");
  EXPECT_EQ(at(r, "table[0][0].GPU Mean").context.backend, "GPU");
  EXPECT_EQ(at(r, "table[0][0].CPU Mean").context.backend, "CPU");
  EXPECT_EQ(at(r, "table[0][0].GPU Memory (MB)").context.backend, "");  // a GPU's memory
}

TEST(ReportTables, AStudysColumnTakesTheCaptionsQuantityAndARowLabelItsModel) {
  const auto r = run(FileType::markdown, R"(**Model:** gemma3:latest

**Comprehensive Efficiency Matrix (All Reports):**

| Configuration | TR110 (Py) | TR114_v2 (Rust) |
|:--|:--|:--|
| **Qwen 2.5 Chimera Homo** | N/A | 89.41% |
| **GPT-2/CPU** | 91.2% | 90.1% |
| **v3_7b_gptq_safety** | 90.0% | 88.0% |
)");
  const auto& row = at(r, "table[0][0].TR114_v2 (Rust)");
  EXPECT_EQ(row.metric_id(), "efficiency");
  EXPECT_EQ(row.context.model, "Qwen 2.5");  // the row's, not the document's
  EXPECT_NE(row.context.config.find("TR114_v2"), std::string::npos);
  EXPECT_EQ(at(r, "table[0][1].TR110 (Py)").context.model, "GPT-2");
  EXPECT_EQ(at(r, "table[0][2].TR110 (Py)").context.model, "gemma3:latest");  // a run's name
  const auto loo = run(FileType::markdown, R"(| Omitted Model | n | Pearson r |
|---|---|---|
| llama3.2-1b | 33 | +0.489 |
)");
  EXPECT_EQ(at(loo, "table[0][0].Pearson r").context.model, "");  // the model left out
}

TEST(ReportTables, AQualifiedEtaColumnStillNamesItsAgents) {
  const auto r = run(FileType::markdown, R"(| Model | Observed eta(8) | Predicted eta(8) |
|---|---|---|
| llama3.2-1b | 0.17 | 0.21 |
)");
  EXPECT_EQ(at(r, "table[0][0].Predicted eta(8)").context.concurrency, "8");
  EXPECT_EQ(at(r, "table[0][0].Predicted eta(8)").statistic, "expected");
  EXPECT_EQ(at(r, "table[0][0].Observed eta(8)").context.concurrency, "8");
}

TEST(ReportTables, AFrameworkColumnNamesItsBackend) {
  const auto r =
      run(FileType::markdown, R"(| Model | Ollama Deg. | PyTorch Deg. | PyTorch vs Ollama |
|---|---|---|---|
| qwen2.5-1.5b | -12.1% | -86.4% | 4.1 |
)");
  EXPECT_EQ(at(r, "table[0][0].PyTorch Deg.").context.backend, "PyTorch");
  EXPECT_EQ(at(r, "table[0][0].Ollama Deg.").context.backend, "Ollama");
  EXPECT_EQ(at(r, "table[0][0].PyTorch vs Ollama").context.backend, "");  // a comparison
}

TEST(ReportTables, MeasurementsInWordsStayOutOfTheConfiguration) {
  const auto r = run(FileType::markdown, R"(| Metric | Python | Rust | Delta |
|---|---|---|---|
| Peak gain | 2.20% | 0.61% | Python 3.6× higher peak |

| TR | Models | Value | Description |
|---|---|---|---|
| TR123 | 5 | $0.013 (GPT-2/compile) | Ollama N=1: 2 models × 3 reps |
)");
  EXPECT_EQ(at(r, "table[0][0].Rust").context.config, "");
  const auto& models = at(r, "table[1][0].Models");
  EXPECT_EQ(models.context.config.find("Value="), std::string::npos) << models.context.config;
  EXPECT_NE(models.context.config.find("Description=Ollama N=1: 2 models"), std::string::npos)
      << models.context.config;
  const auto oom = run(FileType::markdown, R"(| Context Length | Mean (ms) | CV% | Regime |
|---|---|---|---|
| 32,768 | â | N/A | **OOM** |
)");
  EXPECT_EQ(at(oom, "table[0][0].Context Length").context.config,
            "Context Length=32,768 Regime=OOM");  // no "Mean (ms)=—"
}

TEST(ReportTables, SettingsNamedAsConfigsAreTheRowsConfiguration) {
  const auto r =
      run(FileType::markdown, R"(| Rank | Config | GPU Config | CTX Config | Avg Efficiency |
|---|---|---|---|---|
| 1 | test011 | 120/140 | 512/1024 | 99.396% |
)");
  const auto& eff = at(r, "table[0][0].Avg Efficiency");
  EXPECT_NE(eff.context.config.find("GPU Config=120/140"), std::string::npos) << eff.context.config;
  EXPECT_NE(eff.context.config.find("CTX Config=512/1024"), std::string::npos)
      << eff.context.config;
  // A label that spells its settings stands for them: one name for the configuration.
  const auto spelled = run(FileType::markdown, R"(| Config | num_ctx | TTFT (s) |
|---|---|---|
| g999_c2048_t0.4 | 2048 | 0.128 |
)");
  EXPECT_EQ(at(spelled, "table[0][0].TTFT (s)").context.config, "g999_c2048_t0.4");
}

TEST(ReportTables, AGateTablesBarsAreSetBeforehand) {
  const auto r = run(FileType::markdown, R"(### P.2 Quality Gates by Application Type

| Application | Min Composite | Min MMLU | Recommended Quant |
|---|---|---|---|
| QA pipeline | 0.55 | 45% | Q4_K_M |

### P.3 Measured

| Application | Min MMLU |
|---|---|
| QA pipeline | 41% |
)");
  EXPECT_EQ(at(r, "table[0][0].Min MMLU").statistic, "expected");
  EXPECT_EQ(at(r, "table[0][0].Min Composite").statistic, "expected");
  EXPECT_EQ(at(r, "table[1][0].Min MMLU").statistic, "min");  // a measured minimum
}

TEST(ReportTables, ASentenceInASettingsColumnIsNoSetting) {
  const auto r = run(FileType::markdown, R"(| Metric | Value | Context |
|---|---|---|
| Quantization share | 57% | Mean delta 20.6pp (CI: [-6.0, 35.2]pp) |
| Degradation | -54.1% | 83.7 to 38.4 TPS |
| Window | 91.6% | 4096 tokens |
| Pair | 98.7% | 512/1024 |
| Scenario | 99.2% | Homogeneous scenario |
)");
  EXPECT_EQ(at(r, "table[0][0].Value").context.config, "");  // a figure in words
  EXPECT_EQ(at(r, "table[0][1].Value").context.config, "");
  EXPECT_EQ(at(r, "table[0][2].Value").context.config, "Context=4096 tokens");
  EXPECT_EQ(at(r, "table[0][3].Value").context.config, "Context=512/1024");
  EXPECT_EQ(at(r, "table[0][4].Value").context.config, "Context=Homogeneous scenario");
}

TEST(ReportTables, AScoreBelowOneIsNoTokenCount) {
  const auto r = run(FileType::markdown,
                     R"(| Backend | BERTScore | Output Length | Output Tokens | Diff (tokens) |
|---|---|---|---|---|
| ollama | 0.912 | 0.968 | 512 | -0.5 |
)");
  EXPECT_EQ(at(r, "table[0][0].Output Length").metric_id(), "unknown");  // a length ratio
  EXPECT_EQ(at(r, "table[0][0].Output Length").unit, "");
  EXPECT_EQ(at(r, "table[0][0].Output Tokens").metric_id(), "output_tokens");
  EXPECT_EQ(at(r, "table[0][0].Diff (tokens)").statistic, "delta");  // a difference may be
}

TEST(ReportTables, AnAmdahlTablesSIsTheSerialFraction) {
  const auto r = run(FileType::markdown, R"(## SS8. Serial Fraction Comparison

| Backend | Mean s | Max s | Time (s) |
|---|---|---|---|
| ollama | 0.4542 | 0.5146 | 12.5 |

## SS9. Latency

| Backend | Mean s |
|---|---|
| ollama | 1.25 |
)");
  EXPECT_EQ(at(r, "table[0][0].Mean s").metric_id(), "unknown");
  EXPECT_EQ(at(r, "table[0][0].Mean s").unit, "");
  EXPECT_EQ(at(r, "table[0][0].Max s").statistic, "max");
  EXPECT_EQ(at(r, "table[0][0].Time (s)").unit, "s");
  EXPECT_EQ(at(r, "table[1][0].Mean s").metric_id(), "duration");  // seconds elsewhere
  EXPECT_EQ(at(r, "table[1][0].Mean s").unit, "s");
}

TEST(ReportTables, IllustrativeFiguresAndReadingTimesAreNoMeasurements) {
  const auto r = run(FileType::markdown, R"(## How to Read This Report

| Section | Time |
|---|---|
| Summary | 5 min |

## Detailed Metric Breakdown (Illustrative - Requires CSV/JSON Data)

| Metric | Value |
|---|---|
| TTFT (ms) | 120 |

## Results

| Metric | Value |
|---|---|
| TTFT (ms) | 130 |
)");
  EXPECT_EQ(at(r, "table[0][0].Time").metric_id(), "unknown");
  EXPECT_EQ(at(r, "table[0][0].Time").statistic, "expected");
  EXPECT_EQ(at(r, "table[1][0].Value").metric_id(), "ttft");
  EXPECT_EQ(at(r, "table[1][0].Value").statistic, "expected");
  EXPECT_NE(at(r, "table[1][0].Value").note.find("illustrative"), std::string::npos);
  EXPECT_EQ(at(r, "table[2][0].Value").statistic, "value");
}

TEST(ReportTables, DifferencesThresholdsAndAPlansVariance) {
  const auto r = run(FileType::markdown, R"(| Model | MMLU | MMLU - ARC (pp) |
|---|---|---|
| qwen2.5-1.5b | 60.1 | -6.2 |

### BE.1 Minimum Viable Quality by Use Case

| Use Case | Metric | Minimum |
|---|---|---|
| General chat | Composite | 0.45 |

| Metric | Projected Value | Actual Value | Variance |
|---|---|---|---|
| TTFT | 1.20s | 1.25s | 0.05s |

| Metric | Actual Value | Expected Value (Technical Report 108) | Variance |
|---|---|---|---|
| TTFT | 1.25s | 1.20s | 0.05s |

| Metric | Mean | Variance | Expected |
|---|---|---|---|
| TTFT | 1.2 | 0.01 | 1.0 |
)");
  EXPECT_EQ(at(r, "table[0][0].MMLU").context.test, "mmlu");
  EXPECT_EQ(at(r, "table[0][0].MMLU - ARC (pp)").statistic, "delta");
  EXPECT_EQ(at(r, "table[0][0].MMLU - ARC (pp)").context.test, "");  // of neither benchmark
  EXPECT_EQ(at(r, "table[1][0].Minimum").statistic, "expected");     // a bar, not a minimum
  EXPECT_EQ(at(r, "table[2][0].Variance").statistic, "delta");       // actual minus projected
  EXPECT_EQ(at(r, "table[3][0].Variance").statistic, "delta");       // actual minus expected
  EXPECT_EQ(at(r, "table[4][0].Variance").statistic, "variance");    // no actual: a statistic
}

// vLLM's old client: "latency per token" (over prompt and output tokens) beside "latency per
// output token" (the TPOT): one TPOT per row, not two that disagree.
// A figure marked for a footnote ("20.42*") and one written as approximate in Chinese
// ("约 3017.56") are figures, their marks kept in raw and said in the note.
TEST(ReportTables, FootnoteMarksAndAnApproximateInChinese) {
  const auto r =
      run(FileType::markdown,
          "| Model | A (t/s) | B (t/s) |\n|---|---|---|\n| q | 20.42* | \xE7\xBA\xA6 3017.56 |\n");
  const auto& marked = at(r, "table[0][0].A (t/s)");
  EXPECT_DOUBLE_EQ(*marked.value, 20.42);
  EXPECT_EQ(marked.raw, "20.42*");
  EXPECT_NE(marked.note.find("footnote"), std::string::npos);
  const auto& about = at(r, "table[0][0].B (t/s)");
  EXPECT_DOUBLE_EQ(*about.value, 3017.56);
  EXPECT_NE(about.note.find("approximate"), std::string::npos);
}

TEST(ReportTables, LatencyPerTokenBesideThePerOutputTokenOne) {
  const auto r = run(FileType::markdown,
                     "| Input Length | Average latency per token (ms) | Average latency per output "
                     "token (ms) |\n|---|---|---|\n| 128 | 7.24 | 14.38 |\n");
  EXPECT_EQ(at(r, "table[0][0].Average latency per token (ms)").metric_id(), "unknown");
  EXPECT_EQ(at(r, "table[0][0].Average latency per output token (ms)").metric_id(), "tpot");
  // Alone, a latency per token is the TPOT.
  const auto alone =
      run(FileType::markdown, "| Model | Latency (ms/token) |\n|---|---|\n| m | 7.2 |\n");
  EXPECT_EQ(at(alone, "table[0][0].Latency (ms/token)").metric_id(), "tpot");
}

TEST(ReportTables, AColumnOfRatiosHoldsItsZerosAndOnesToo) {
  const auto r = run(FileType::markdown, R"(| Backend | Output Length | Output Tokens |
|---|---|---|
| ollama | 1.000 | 0 |
| vllm | 0.968 | 512 |
| tgi | 0.000 | 1 |
)");
  EXPECT_EQ(at(r, "table[0][0].Output Length").metric_id(), "unknown");
  EXPECT_EQ(at(r, "table[0][2].Output Length").metric_id(), "unknown");
  EXPECT_EQ(at(r, "table[0][2].Output Length").unit, "");
  EXPECT_EQ(at(r, "table[0][0].Output Tokens").metric_id(), "output_tokens");  // no ratio there
  EXPECT_EQ(at(r, "table[0][2].Output Tokens").metric_id(), "output_tokens");
}

TEST(ReportTables, AColumnOfOneSequenceLengthNamesIt) {
  const auto r = run(FileType::markdown, R"(| Model | 64 tok | 1K tokens | 4096 ctx | 2 tokens/s |
|---|---|---|---|---|
| gpt2 | 2.25 | 36.0 | 144.0 | 12.5 |
)");
  EXPECT_EQ(at(r, "table[0][0].64 tok").context.config, "tokens=64");
  EXPECT_EQ(at(r, "table[0][0].1K tokens").context.config, "tokens=1K");
  EXPECT_EQ(at(r, "table[0][0].4096 ctx").context.config, "ctx=4096");
  EXPECT_EQ(at(r, "table[0][0].2 tokens/s").context.config, "");  // a rate, no length
  EXPECT_EQ(at(r, "table[0][0].64 tok").context.model, "gpt2");
}

TEST(ReportTables, ALongOneWordNameStillNamesTheRow) {
  const auto r = run(FileType::markdown, R"(| Kernel | Time (ms) | Source |
|---|---|---|
| `vectorized_elementwise_kernel<FillFunctor>` | 2,708.0 | runs\tr109\gpu80_ctx256_temp0p6\run_1.json |
| a very long sentence that describes the kernel in words | 3.5 | x |
)");
  EXPECT_EQ(at(r, "table[0][0].Time (ms)").context.config,
            "Kernel=vectorized_elementwise_kernel<FillFunctor>");        // a path is no name
  EXPECT_EQ(at(r, "table[0][1].Time (ms)").context.config, "Source=x");  // prose is none
}

// The row the spread after "±" in the cell at `locator` becomes (the second row there).
const MetricRow& spread_of(const FileResult& r, std::string_view locator) {
  for (const auto& row : r.rows) {
    if (row.locator == locator && row.note.find(" written after ") != std::string::npos) return row;
  }
  ADD_FAILURE() << "no spread row at " << locator;
  static const MetricRow none;
  return none;
}

TEST(ReportTables, APlusMinusUnderAConfidenceIntervalTitleIsItsHalfWidth) {
  const auto r = run(FileType::markdown, R"(**C.2 Confidence Intervals (95%)**

| Configuration | Throughput (tok/s) | TTFT (ms) |
|---|---|---|
| Baseline | 99.16 ± 0.25 | 1437 ± 75 |

## Results

| Configuration | Throughput (mean ± σ) | TTFT (mean ± 95% CI) | Latency |
|---|---|---|---|
| Baseline | 99.16 ± 0.25 | 1437 ± 75 | 25.89 ± 0.61 s |
)");
  EXPECT_EQ(spread_of(r, "table[0][0].Throughput (tok/s)").statistic, "ci_half");
  EXPECT_DOUBLE_EQ(*spread_of(r, "table[0][0].TTFT (ms)").value, 75);
  EXPECT_EQ(spread_of(r, "table[1][0].Throughput (mean ± σ)").statistic, "std");
  EXPECT_EQ(spread_of(r, "table[1][0].TTFT (mean ± 95% CI)").statistic, "ci_half");
  EXPECT_EQ(spread_of(r, "table[1][0].Latency").statistic, "std");  // llama-bench's "mean ± sd"
  EXPECT_EQ(at(r, "table[1][0].Latency").statistic, "mean");
}

TEST(ReportTables, FiguresWithAUnitOfPointsRatesOrTokensAreRowsNotLostText) {
  const auto r = run(FileType::markdown, R"(| Model | Quant Cost | Gap vs TR110 | Peak | Context |
|---|---|---|---|---|
| llama3.2-1b | 35.2pp | -6.3 pp | 12 req/s | 512 tokens |
)");
  const auto& cost = at(r, "table[0][0].Quant Cost");
  EXPECT_DOUBLE_EQ(*cost.value, 35.2);
  EXPECT_EQ(cost.unit, "pp");
  EXPECT_EQ(at(r, "table[0][0].Gap vs TR110").unit, "pp");
  const auto& peak = at(r, "table[0][0].Peak");
  EXPECT_EQ(peak.unit, "req/s");
  EXPECT_EQ(peak.normalized_unit, "req/s");
  EXPECT_EQ(at(r, "table[0][0].Context").unit, "tokens");
}

TEST(ReportTables, AProjectionIsNotItsNeighboursQuantityAnObservedPercentileIs) {
  const auto r = run(FileType::markdown, R"(| Model | Total Cost | Projected | Retention |
|---|---|---|---|
| llama3.2-1b | 35.2pp | 0.476 | 57.5% |

| NP | Rate | Observed Wait (ms) | Obs p95 |
|---|---|---|---|
| 2 | 0.5 | 233 | 844 |
)");
  const auto& projected = at(r, "table[0][0].Projected");
  EXPECT_EQ(projected.metric_id(), "unknown");  // a safety score, not a cost
  EXPECT_EQ(projected.statistic, "expected");
  const auto& p95 = at(r, "table[1][0].Obs p95");
  EXPECT_EQ(p95.metric_id(), "duration");
  EXPECT_EQ(p95.statistic, "p95");
  EXPECT_EQ(p95.unit, "ms");
}

TEST(ReportTables, AConfigurationsStatisticColumnTakesTheCaptionsQuantity) {
  const auto r = run(FileType::markdown, R"(**Per-Agent Throughput (TPS) -- N=1 vs N=8**

| Backend | Model | N=1 Mean | CV% | N=8 Mean | Degradation |
|---|---|---|---|---|---|
| TGI | LLaMA-1B | 83.67 | 2.1 | 40.2 | -52% |
)");
  for (const char* col : {"table[0][0].N=1 Mean", "table[0][0].N=8 Mean"}) {
    const auto& mean = at(r, col);
    EXPECT_EQ(mean.metric_id(), "token_rate") << col;
    EXPECT_EQ(mean.statistic, "mean") << col;
    EXPECT_EQ(mean.unit, "tok/s") << col;
  }
  // Not a difference or a spread of it.
  EXPECT_EQ(at(r, "table[0][0].Degradation").metric_id(), "unknown");
  EXPECT_EQ(at(r, "table[0][0].CV%").metric_id(), "unknown");
}

TEST(ReportTables, TheTokensOfADefinedBatchAreASettingBesideItsSettings) {
  const auto r =
      run(FileType::markdown, R"(| Scenario | Batch | Seq Len | Total Tokens | Warmup Runs |
|---|---|---|---|---|
| `batch_short` | 4 | 32 | 128 | 3 |

| Scenario | Batch | Seq Len | Total Tokens | Latency (ms) |
|---|---|---|---|---|
| `batch_short` | 4 | 32 | 128 | 35.1 |
)");
  const auto& defined = at(r, "table[0][0].Total Tokens");
  EXPECT_EQ(defined.role, metrics::Role::parameter);
  EXPECT_EQ(defined.parameter, "batch_tokens");
  // Beside a measurement the table holds results: its token count stays a figure.
  EXPECT_EQ(at(r, "table[1][0].Total Tokens").role, metrics::Role::metric);
}

TEST(ReportTables, AnAmdahlFitsMaxSpeedupIsItsPredictedLimitNoMaximum) {
  const auto r = run(FileType::markdown, R"(### Z.2 Amdahl's Law fitted parameters

| Model | s | 1/s (max speedup) | R² |
|---|---|---|---|
| llama3.2-1b | 0.5391 | 1.85x | 0.98 |

### Results

| Model | Peak Speedup |
|---|---|
| llama3.2-1b | 1.64x |
)");
  const auto& limit = at(r, "table[0][0].1/s (max speedup)");
  EXPECT_EQ(limit.metric_id(), "speedup");
  EXPECT_EQ(limit.statistic, "expected");
  EXPECT_EQ(at(r, "table[1][0].Peak Speedup").statistic, "max");  // observed: the largest
}

TEST(ReportTables, ASoftwareRowsVersionIsNoMeasurement) {
  const auto r = run(FileType::markdown, R"(| Component | Value |
|---|---|
| Python | 3.13 |
| CUDA | 3.x |
| Python | 45.2 tok/s |

| Runtime | Python | Rust |
|---|---|---|
| Throughput (tok/s) | 99.3 | 114.5 |
)");
  EXPECT_EQ(at(r, "table[0][0].Value").role, metrics::Role::identifier);
  EXPECT_EQ(at(r, "table[0][1].Value").role, metrics::Role::identifier);
  EXPECT_EQ(at(r, "table[0][2].Value").role, metrics::Role::metric);   // a figure with a unit
  EXPECT_EQ(at(r, "table[1][0].Python").role, metrics::Role::metric);  // a runtime's column
}

TEST(ReportTables, AFigureWithAnAsideOrAStatusMarkIsStillAFigure) {
  const auto r =
      run(FileType::markdown, R"(| Model | TTFT (ms) | Success Rate | Speedup | Cost | Ratio |
|---|---|---|---|---|---|
| a | -245.32 ms (+17.2%) | **72.2%** ✅ | 1.985x (99.3% eff) | $33k | 5/5 (100%) |
)");
  const auto& ttft = at(r, "table[0][0].TTFT (ms)");
  EXPECT_DOUBLE_EQ(*ttft.value, -245.32);
  EXPECT_EQ(ttft.raw, "-245.32 ms (+17.2%)");  // the cell as written
  EXPECT_NE(ttft.note.find("(+17.2%)"), std::string::npos) << ttft.note;
  EXPECT_DOUBLE_EQ(*at(r, "table[0][0].Success Rate").value, 72.2);
  EXPECT_EQ(at(r, "table[0][0].Speedup").unit, "x");
  EXPECT_DOUBLE_EQ(*at(r, "table[0][0].Cost").value, 33000);
  EXPECT_FALSE(testing::has_row(r, "table[0][0].Ratio"));  // "5/5": no one figure
}

TEST(ReportTables, AnNColumnAtTheOneLevelItsSectionNamesIsTheConcurrency) {
  const auto r = run(FileType::markdown, R"(### SS4.1 Absolute Throughput (N=1)

| Backend | Model | N | Mean TPS |
|---|---|---|---|
| ollama | llama3.2-1b | 1 | 177.7 |
| tgi | llama3.2-1b | 1 | 125.2 |
)");
  EXPECT_EQ(at(r, "table[0][0].N").role, metrics::Role::parameter);
  EXPECT_EQ(at(r, "table[0][1].Mean TPS").context.concurrency, "1");
}

TEST(ReportTables, AChangeInPercentBesideAShareIsNotThatSharesChange) {
  const auto r = run(FileType::markdown, R"(**Throughput Improvement Success:**

| Language | Success Rate | Mean Improvement |
|---|---|---|
| Rust | 72.2% | +0.138% |

| Scenario | Wall (ms) | Overhead |
|---|---|---|
| a | 1200 ms | 213 ms |
)");
  EXPECT_EQ(at(r, "table[0][0].Mean Improvement").metric_id(), "unknown");
  EXPECT_EQ(at(r, "table[0][0].Mean Improvement").statistic, "delta");
  EXPECT_EQ(at(r, "table[1][0].Overhead").metric_id(), "duration");  // a time beside a time
}

TEST(ReportTables, CellsThatBeginWithADigitButAreNoFigureAreCountedNotLostUnsaid) {
  const auto r = run(FileType::markdown, R"(| model | params | Rate | Passed | Date |
|---|---|---|---|---|
| qwen2 | 1.78 B | 0.78-0.85 | 13/18 | 2025-10-08 |
)");
  const auto& params = at(r, "table[0][0].params");  // llama-bench's Markdown count
  EXPECT_EQ(params.parameter, "model_params");
  EXPECT_DOUBLE_EQ(*params.value, 1.78e9);
  EXPECT_EQ(r.text_cells, 2u);  // the range and the fraction; not the date
  EXPECT_EQ(r.text_cell_example, "line 3: '0.78-0.85'");
}

TEST(ReportTables, AComparedPrecisionAndABaselineColumnAreNotTheRowsOwn) {
  const auto r =
      run(FileType::markdown, R"(| Quant | BERTScore (vs FP16) | $/1M Tokens | Baseline $/1M |
|---|---|---|---|
| Q6_K | 0.768 (+0.0%) | $0.0539 | $0.0982 |
)");
  EXPECT_EQ(at(r, "table[0][0].BERTScore (vs FP16)").context.quantization, "Q6_K");
  EXPECT_EQ(at(r, "table[0][0].$/1M Tokens").context.quantization, "Q6_K");
  EXPECT_EQ(at(r, "table[0][0].Baseline $/1M").context.quantization, "");  // the reference's
}

TEST(ReportTables, ACaptionSaysWhatItsDollarsPayFor) {
  const auto r =
      run(FileType::markdown,
          R"(Cost per 1,000 requests across 4 canonical request mixes (consumer tier, $0.046/hr):

| Model | Backend | Chat (128p+64g) |
|---|---|---|
| gpt2 | gpu-compile | **$0.0021** |
)");
  EXPECT_EQ(at(r, "table[0][0].Chat (128p+64g)").unit, "USD/kreq");
}

TEST(ReportTables, AStatisticColumnARequestMixAndALabelsPrecisionAreRead) {
  const auto r = run(FileType::markdown, R"(**Throughput (Mean, tok/s) - Higher is Better:**

| Backend | batch_short | single_micro | **Overall Mean** |
|---|---|---|---|
| **tensorrt-fp32** | 5,995 | 3,966 | **6,559** |

Cost per 1,000 requests across 2 canonical request mixes:

| Model | Chat (128p+64g) | Long-ctx (1024p+128g) |
|---|---|---|
| gpt2 | $0.0021 | $0.0045 |

| Metric | Value |
|---|---|
| Raw agreement at Q2_K | 58% |
)");
  const auto& overall = at(r, "table[0][0].Overall Mean");
  EXPECT_EQ(overall.metric_id(), "token_rate");
  EXPECT_EQ(overall.statistic, "mean");
  EXPECT_EQ(overall.unit, "tok/s");
  EXPECT_EQ(at(r, "table[1][0].Chat (128p+64g)").context.config, "Chat (128p+64g)");
  EXPECT_EQ(at(r, "table[2][0].Value").context.quantization, "Q2_K");
}

TEST(ReportTables, AMetricColumnNamesTheQuantityOfTheComparedSidesStatistics) {
  const auto r =
      run(FileType::markdown, R"(| baseline | candidate | metric | mean_a | mean_b | pct_change |
| --- | --- | --- | --- | --- | --- |
| transformers-gpu | onnxruntime-gpu | latency_ms | 162.3 | 63.99 | -60.57 |
)");
  for (const char* side : {"table[0][0].mean_a", "table[0][0].mean_b"}) {
    const auto& row = at(r, side);
    EXPECT_EQ(row.metric_id(), "e2e_latency") << side;
    EXPECT_EQ(row.statistic, "mean") << side;
    EXPECT_EQ(row.unit, "ms") << side;
  }
}

TEST(ReportTables, ADifferenceRowADesignLevelAndAnArrivalRate) {
  const auto r = run(FileType::markdown, R"(| Language | Mean (tok/s) | CV (%) | StdDev |
|---|---|---|---|
| Rust | 114.5 | 5.2 | 2.97 |
| Δ (Rust - Python) | +15.20 | +4.9pp | +2.61 |

| Level | Context Length (tokens) |
|---|---|
| 5 | 8,192 |

| Arrival Rate | M/D/1 Wait (ms) |
|---|---|
| 1.0 req/s | 117 |
)");
  EXPECT_EQ(at(r, "table[0][0].Mean (tok/s)").statistic, "mean");
  EXPECT_EQ(at(r, "table[0][1].Mean (tok/s)").statistic, "delta");
  EXPECT_EQ(at(r, "table[0][1].CV (%)").statistic, "delta");
  EXPECT_EQ(at(r, "table[0][0].StdDev").statistic, "std");
  EXPECT_EQ(at(r, "table[0][1].StdDev").statistic, "delta");  // the difference of two spreads
  EXPECT_EQ(at(r, "table[1][0].Level").role, metrics::Role::identifier);
  EXPECT_EQ(at(r, "table[2][0].Arrival Rate").parameter, "rate");
  EXPECT_EQ(at(r, "table[2][0].M/D/1 Wait (ms)").context.rate, "1.0 req/s");
}

TEST(ReportTables, AStudysTopicInItsColumnHeaderIsNotTheRowsQuantity) {
  const auto r =
      run(FileType::markdown, R"(| Property | TR134 (Quantization) | TR135 (Concurrency) |
|---|---|---|
| Models | 4 | 3 (1.2B-3B) |
| Total samples | 24,778 | 39,060 |
)");
  const auto& models = at(r, "table[0][0].TR135 (Concurrency)");
  EXPECT_EQ(models.metric_id(), "unknown");  // a count of models, no concurrency
  EXPECT_EQ(models.name, "Models / TR135 (Concurrency)");
  EXPECT_EQ(at(r, "table[0][1].TR135 (Concurrency)").statistic, "count");
}

// TR129 7.6: the think time best per request and the one best sustained are settings, each
// chosen by its own criterion, so neither is the configuration of the row's other figures; one
// "Optimal Think-Time" column is the setting its row was measured at.
TEST(ReportTables, SettingsChosenByRivalCriteriaConfigureNoFigure) {
  const auto r =
      run(FileType::markdown,
          R"(| Model | Best Per-Req Think | Best Sustained Think | Sustained vs Zero-Delay |
|---|---|---|---|
| llama3.2-1b | 2000ms (eta=0.981) | 100ms (191.3 tok/s) | +2.3% |

| Model | Optimal Think-Time (ms) | Max Sustained Total tok/s |
|---|---|---|
| llama3.2-1b | 100 | 191.3 |
)");
  EXPECT_EQ(at(r, "table[0][0].Best Sustained Think").parameter, "think_time");
  EXPECT_EQ(at(r, "table[0][0].Best Per-Req Think").parameter, "think_time");
  EXPECT_EQ(at(r, "table[0][0].Sustained vs Zero-Delay").context.config, "");
  EXPECT_EQ(at(r, "table[1][0].Max Sustained Total tok/s").context.config,
            "Optimal Think-Time (ms)=100");
}

// The Conclusive 108-116 report's C.1: each study's "Primary Metric" names the quantity of its
// best and worst values.
TEST(ReportTables, APrimaryMetricColumnNamesTheRowsQuantity) {
  const auto r =
      run(FileType::markdown, R"(| TR | Runs | Primary Metric | Best Value | Worst Value |
|---|---|---|---|---|
| TR108 | 158+ | Throughput (tok/s) | 303.9 (Gemma 270m) | 46.57 (Llama q8_0) |
| TR110 | 150 | Parallel efficiency (%) | 99.25% (homo chimera) | 72.7% (GPU=60 mixed) |
)");
  EXPECT_EQ(at(r, "table[0][0].Best Value").metric_id(), "token_rate");
  EXPECT_EQ(at(r, "table[0][0].Worst Value").unit, "tok/s");
  EXPECT_EQ(at(r, "table[0][1].Worst Value").metric_id(), "efficiency");
}

// TR114_v2 5.1: "| Metric | Python (TR110) | Rust (TR114_v2) |": each column's figures come from
// the study its bracket names.
TEST(ReportTables, AStudyInAColumnsBracketIsWhereItsFiguresComeFrom) {
  const auto r = run(FileType::markdown, R"(| Metric | Python (TR110) | Rust (TR114_v2) | Notes |
|---|---|---|---|
| Mean Efficiency | 95.8% | 98.281% | Rust more consistent |
)");
  EXPECT_EQ(at(r, "table[0][0].Python (TR110)").context.config, "Notes=Rust more consistent TR110");
  EXPECT_EQ(at(r, "table[0][0].Rust (TR114_v2)").context.config,
            "Notes=Rust more consistent TR114_v2");
}

// TR132 SS2.6 and TR129 2.4: a table of a study's phases; each row's figures are its phase's,
// whether the phase is a number or a numbered name.
TEST(ReportTables, APhaseTablesFiguresAreTheirPhases) {
  const auto r = run(FileType::markdown, R"(| Phase | Description | Reps | Traces |
|-------|-------------|------|--------|
| 3 | TGI profiled: 2 models x 2 N-levels x 3 reps | 12 | 12 |

| Phase | Config | Rows | Purpose |
|-------|--------|------|---------|
| 3. Think-Time | 3 models x 4 think-times = 12 configs | 1,440 | Think-time trade-off |
)");
  EXPECT_EQ(at(r, "table[0][0].Traces").context.config, "Phase=3");
  EXPECT_EQ(
      at(r, "table[1][0].Rows").context.config,
      "3 models x 4 think-times = 12 configs Phase=3. Think-Time Purpose=Think-time trade-off");
}

// TR129's outlook: what a row predicts is an outcome, no label of its configuration.
TEST(ReportTables, APredictionIsNoConfiguration) {
  const auto r = run(FileType::markdown,
                     R"(| Hardware | Memory BW | Expected Serial Fraction | Predicted Plateau |
|---|---|---|---|
| H100 80GB | 3,350 GB/s | s ≈ 0.10--0.25 | N=4--8 |
)");
  EXPECT_EQ(at(r, "table[0][0].Memory BW").context.config, "");
}

// Historical TR118 v2: a model's property given as a multiple of another model's is a ratio of
// the two, and a "Scaling Factor" row under a Model column is no model.
TEST(ReportTables, AScalingFactorIsARatioOfModelsNoModelOrProperty) {
  const auto r = run(FileType::markdown, R"(| Metric | Tiny-GPT2 | GPT-2 | Scaling Factor |
|---|---|---|---|
| Vocabulary | 256 | 50,257 | 196× |

| Model | Params | Prefill Throughput |
|---|---|---|
| gpt2 | 124.4M | 1,512 tok/s |
| Scaling Factor | 1,210× | 58× |
)");
  const auto& vocab = at(r, "table[0][0].Scaling Factor");
  EXPECT_EQ(vocab.role, metrics::Role::metric);
  EXPECT_EQ(vocab.unit, "x");
  EXPECT_EQ(at(r, "table[0][0].GPT-2").parameter, "model_arch");
  const auto& params = at(r, "table[1][1].Params");
  EXPECT_EQ(params.role, metrics::Role::metric);
  EXPECT_EQ(params.context.model, "");
  EXPECT_EQ(at(r, "table[1][0].Params").context.model, "gpt2");
}

// TR116's config breakdown and TR112's sweep summary: the settings of a row with a baseline's and
// a tuned run's figures side by side are the tuned run's; the baseline ran at its own (Ollama's
// defaults), so its figures do not carry them (the note keeps them).
TEST(ReportTables, ABaselineBesideATunedRunDoesNotTakeItsSettings) {
  const auto md =
      run(FileType::markdown, R"(| Runtime | GPU_Layers | Ctx | Temp | Baseline_TP | Chimera_TP |
|---|---|---|---|---|---|
| rust | 80 | 512 | 0.800 | 114.165 | 115.633 |
)");
  const auto& base = at(md, "table[0][0].Baseline_TP");
  EXPECT_EQ(base.context.config.find("Ctx=512"), std::string::npos) << base.context.config;
  EXPECT_NE(base.note.find("GPU_Layers=80 Ctx=512 Temp=0.800"), std::string::npos) << base.note;
  EXPECT_NE(at(md, "table[0][0].Chimera_TP").context.config.find("Ctx=512"), std::string::npos);

  const auto csv = run(FileType::csv,
                       "language,gpu,ctx,temp,baseline_tok_s,chimera_tok_s\n"
                       "python,60,256,0.6,99.39,99.21\n");
  EXPECT_EQ(at(csv, "[0].baseline_tok_s").context.config, "language=python");
  EXPECT_EQ(at(csv, "[0].chimera_tok_s").context.config, "ctx=256 temp=0.6 language=python gpu=60");
  // Without a tuned run beside it, a baseline's settings are its own.
  const auto alone = run(FileType::csv, "gpu,ctx,baseline_tok_s\n60,256,99.39\n");
  EXPECT_EQ(at(alone, "[0].baseline_tok_s").context.config, "ctx=256 gpu=60");
}

// TR129's prediction: in a report on Amdahl's law, a bare "s" column of fractions is the law's
// serial fraction though the table's own heading does not say so.
TEST(ReportTables, ABareSOfFractionsInAnAmdahlReportIsTheSerialFraction) {
  const auto r = run(FileType::markdown, R"(## 3. Amdahl fit

Where baseline_tps and s come from:

| Model | baseline_tps | s |
|-------|-------------|---|
| llama3.2-1b | 115.8 | 0.539 |
)");
  EXPECT_EQ(at(r, "table[0][0].s").metric_id(), "unknown");
  EXPECT_EQ(at(r, "table[0][0].s").unit, "");
  const auto plain = run(FileType::markdown, "| Model | s |\n|---|---|\n| m | 0.5 |\n");
  EXPECT_EQ(at(plain, "table[0][0].s").unit, "s");
}

// Historical TR119: a compared pair of long names is a row's label as a shorter pair is.
TEST(ReportTables, ALongComparedPairLabelsItsRow) {
  const auto r = run(FileType::markdown, R"(| Comparison | Mean A | % change (B vs A) |
| --- | --- | --- |
| onnxruntime-gpu vs transformers-gpu-compile | 0.1279 | +56.0% |
| Interpretation of gpt2 FP32 vs FP16 differences here | 0.2 | +1% |
)");
  EXPECT_EQ(at(r, "table[0][0].Mean A").context.config,
            "Comparison=onnxruntime-gpu vs transformers-gpu-compile");
  EXPECT_EQ(at(r, "table[0][1].Mean A").context.config, "");  // prose, no label
}

// Held-out set 9: a table typed by hand whose cells sit one column off their headers; its figures
// keep their own units under no metric, and the file warns. (A header that only contains such a
// word, "Tokens Generated", "Generate time (s)", says nothing of its kind.)
TEST(ReportTables, ATableWhoseCellsContradictTheirHeadersWarns) {
  const auto r = run(
      FileType::markdown,
      R"(| Model | Prompt eval count | Prompt eval duration | eval count | eval duration | eval rate |
|---|---|---|---|---|---|
| qwen3:32b | 33.6295ms | 162 token(s) | 120.19 tokens/s | 3176 token(s) | 2m34.41s |
)");
  const auto& rate = at(r, "table[0][0].eval count");
  EXPECT_EQ(rate.metric_id(), "unknown");  // not a decode rate of 120.19 "count"
  EXPECT_EQ(rate.unit, "tok/s");
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find("its columns look shifted"), std::string::npos) << r.warnings[0];
  const auto fine = run(FileType::markdown, R"(| Prompt | Tokens Generated | Generate time (s) |
|---|---|---|
| Hello | 32 | 0.41 |
)");
  EXPECT_TRUE(fine.warnings.empty());
  EXPECT_EQ(at(fine, "table[0][0].Tokens Generated").metric_id(), "output_tokens");
}

TEST(ReportTables, AStatedPValueIsNoConfigurationOfItsRow) {
  const auto r = run(FileType::markdown, R"(| Metric | Eager | Compiled | Delta | Significance |
|---|---|---|---|---|
| Mean (ms) | 10.89 | 5.64 | -48.2% | p = 4.33 × 10⁻⁸⁸ |
| P99 (ms) | 20.1 | 19.8 | -1.5% | p < 0.05 |
| Max (ms) | 30.1 | 29.8 | -1.0% | Medium effect |
)");
  EXPECT_EQ(at(r, "table[0][0].Delta").context.config, "");
  EXPECT_EQ(at(r, "table[0][1].Delta").context.config, "");
  // A verdict in words still labels its row.
  EXPECT_EQ(at(r, "table[0][2].Delta").context.config, "Significance=Medium effect");
}

TEST(ReportTables, AVariableColumnNamesEachRowsSetting) {
  const auto r = run(FileType::markdown, R"(### 2.4 Controlled Variables

| Variable | Value | Rationale |
|----------|-------|-----------|
| `max_new_tokens` | 128 | Fixed decode length for fair comparison |
| `temperature` | 0.0 | Greedy decoding |
| `ollama_timeout_s` | 120 | Generous timeout |
)");
  EXPECT_EQ(at(r, "table[0][0].Value").parameter, "max_tokens");
  EXPECT_EQ(at(r, "table[0][1].Value").parameter, "temperature");
  EXPECT_EQ(at(r, "table[0][2].Value").parameter, "limit");
  for (const auto& row : r.rows) EXPECT_EQ(row.role, metrics::Role::parameter) << row.locator;
}

TEST(ReportTables, AColumnComparingTwoOthersHoldsTheirChange) {
  const auto r = run(FileType::markdown,
                     R"(| Metric | Baseline Agent | Chimera Agent | Chimera vs Baseline |
|---|---|---|---|
| **Overall Quality** | 0.670 | 0.624 | **-6.9%** ❌ |
| Word Count | 489 | 487 | 0.0% |
| Ratio | 1.0 | 1.1 | 110% |
)");
  EXPECT_EQ(at(r, "table[0][0].Chimera vs Baseline").statistic, "delta");
  EXPECT_EQ(at(r, "table[0][1].Chimera vs Baseline").statistic, "delta");
  // An unsigned share is no change.
  EXPECT_EQ(at(r, "table[0][2].Chimera vs Baseline").statistic, "value");
  EXPECT_EQ(at(r, "table[0][0].Chimera Agent").statistic, "value");
}

TEST(ReportTables, ARowLabelNamingABenchmarkTaskGivesTheTest) {
  const auto r = run(FileType::markdown, R"(| Metric | Value |
|---|---|
| LLM judge kappa (AdvBench) | 0.013 |
| MMLU accuracy | 42.0% |
| Throughput drop | 12% |
)");
  EXPECT_EQ(at(r, "table[0][0].Value").context.test, "AdvBench");
  EXPECT_EQ(at(r, "table[0][1].Value").context.test, "MMLU");
  EXPECT_EQ(at(r, "table[0][2].Value").context.test, "");  // "drop" is a word here
}

TEST(ReportTables, ADropIsNoDropBenchmarkUnlessWrittenSo) {
  const auto r = run(FileType::markdown, R"(| Model | Drop N=1→2 | DROP | arc | arc_easy |
|---|---|---|---|---|
| qwen2.5-7b | -21.3% | 0.41 | 0.52 | 0.61 |
)");
  EXPECT_EQ(at(r, "table[0][0].Drop N=1→2").context.test, "");
  EXPECT_EQ(at(r, "table[0][0].DROP").context.test, "drop");
  EXPECT_EQ(at(r, "table[0][0].arc").context.test, "arc");
  EXPECT_EQ(at(r, "table[0][0].arc_easy").context.test, "arc");
}

TEST(ReportTables, AGraphicsCardColumnAndAResultColumnOfRates) {
  const auto r = run(FileType::markdown,
                     "| AMD Graphics Card | Model | ROCm Version | Result |\n"
                     "| --- | --- | --- | --- |\n"
                     "| RX 7900 XTX | llama2:13b | 6.0.2 | `68.93 Tokens/S` |\n");
  const auto& row = at(r, "table[0][0].Result");
  EXPECT_EQ(row.metric_id(), "token_rate");
  EXPECT_EQ(row.normalized, 68.93);
  EXPECT_EQ(row.context.gpu, "RX 7900 XTX");
  EXPECT_EQ(row.context.model, "llama2:13b");
}

// Held-out set 23: a device column of processors and GPUs side by side.
// Held-out set 23: a configuration's name that mentions a quantity ("High Concurrency") in a
// table whose columns name the quantities is still that configuration's row.
TEST(ReportTables, AConfigurationNamedLikeAQuantityUnderQuantityColumnsIsAConfiguration) {
  const auto r = run(FileType::markdown,
                     "| Configuration | Latency (s) | Output Throughput (tok/s) |\n|---|---|---|\n"
                     "| Base Configuration (32,256,32) | 0.62 | 3783.78 |\n"
                     "| High Concurrency (64,256,128) | 1.93 | 6304.56 |\n");
  const auto& row = at(r, "table[0][1].Output Throughput (tok/s)");
  EXPECT_EQ(row.metric_id(), "output_throughput");
  EXPECT_EQ(row.context.config, "High Concurrency (64,256,128)");
  EXPECT_EQ(row.name, "Output Throughput (tok/s)");
}

TEST(ReportTables, AProcessorInADeviceColumnIsNoGpu) {
  const auto r = run(FileType::markdown,
                     "| Model | Device | Speed (tokens/sec) |\n|---|---|---|\n"
                     "| llama-2-7b.q4_0 | Intel i7-8700 | 6.27 |\n"
                     "| llama-2-7b.q4_0 | Apple M2 CPU | 13.70 |\n"
                     "| llama-2-7b.q4_0 | Apple M2 Metal | 12.60 |\n"
                     "| llama-2-7b.q4_0 | AMD Ryzen 9 5900HS | 6.01 |\n");
  EXPECT_EQ(at(r, "table[0][0].Speed (tokens/sec)").context.gpu, "");
  EXPECT_EQ(at(r, "table[0][0].Speed (tokens/sec)").context.config, "Device=Intel i7-8700");
  EXPECT_EQ(at(r, "table[0][1].Speed (tokens/sec)").context.gpu, "");
  EXPECT_EQ(at(r, "table[0][2].Speed (tokens/sec)").context.gpu, "Apple M2 Metal");
  EXPECT_EQ(at(r, "table[0][3].Speed (tokens/sec)").context.gpu, "");
}

TEST(ReportTables, AStarBetweenSpacesMultiplies) {
  const auto r = run(FileType::markdown,
                     "| GPU | 8B Q4_K_M |\n| --- | --- |\n| 3090 24GB * 2 | **108.07** |\n");
  EXPECT_EQ(at(r, "table[0][0].8B Q4_K_M").context.gpu, "3090 24GB * 2");
  EXPECT_EQ(at(r, "table[0][0].8B Q4_K_M").value, 108.07);  // its emphasis still stripped
}

TEST(ReportTables, ALeadInSentenceWithAUnitNamesTheQuantityOfColumnsOfConfigurations) {
  const auto r = run(FileType::markdown,
                     "## Overview\n\nAverage speed (tokens/s) of generating 1024 tokens by GPUs. "
                     "Higher speed is better.\n\n| GPU | 8B Q4_K_M | 70B F16 |\n|---|---|---|\n"
                     "| 4090 24GB | 127.74 | OOM |\n");
  const auto& row = at(r, "table[0][0].8B Q4_K_M");
  EXPECT_EQ(row.metric_id(), "decode_rate");  // generating: llama.cpp's tg
  EXPECT_EQ(row.context.test, "tg1024");
  EXPECT_EQ(row.statistic, "mean");
  EXPECT_EQ(row.normalized_unit, "tok/s");
  EXPECT_EQ(row.context.quantization, "Q4_K_M");
  // A sentence further up, or one with no unit, names nothing of the table.
  const auto far = run(FileType::markdown,
                       "Average speed (tokens/s) of generating.\n\nMore prose.\n\n"
                       "| GPU | 8B Q4_K_M |\n|---|---|\n| 4090 24GB | 127.74 |\n");
  EXPECT_EQ(at(far, "table[0][0].8B Q4_K_M").metric_id(), "unknown");
}

TEST(ReportTables, AModelHeadingNamesTheModelWholeWithoutItsFileSize) {
  const auto r = run(FileType::markdown,
                     "## Model: Mistral (4.1GB)\n\n| Requests | TTFT (ms) |\n|---|---|\n"
                     "| 1 | 40 |\n\n## Model: Deepseek-R1 7b (4.7 GB)\n\n| Requests | TTFT (ms) |\n"
                     "|---|---|\n| 1 | 41 |\n");
  EXPECT_EQ(at(r, "table[0][0].TTFT (ms)").context.model, "Mistral");
  EXPECT_EQ(at(r, "table[1][0].TTFT (ms)").context.model, "Deepseek-R1 7b");
}

TEST(ReportTables, OllamaShowUnderAModelsHeadingGivesItsQuantization) {
  const auto r =
      run(FileType::markdown,
          "## Model: LLAMA 3.2 (2.0GB)\n\n    Model\n        architecture        llama\n"
          "        quantization        Q4_K_M\n\n| Requests | TTFT (ms) |\n|---|---|\n"
          "| 1 | 40 |\n\n## mistral 7.2b (4.1 GB)\n\n| Requests | TTFT (ms) |\n|---|---|\n"
          "| 1 | 41 |\n");
  EXPECT_EQ(at(r, "table[0][0].TTFT (ms)").context.quantization, "Q4_K_M");
  EXPECT_EQ(at(r, "table[1][0].TTFT (ms)").context.quantization, "");  // its own section's only
}

TEST(ReportTables, AChangesAsideNamingTheTwoVariantsLabelsIt) {
  const auto r = run(FileType::markdown,
                     "| Model | Backend (pp) | Quant (pp) |\n|---|---|---|\n"
                     "| llama3.2-1b | 25.1 (Ollama -> TGI) | 35.2 (Llama 3B) |\n");
  EXPECT_EQ(at(r, "table[0][0].Backend (pp)").context.config, "Ollama -> TGI");
  EXPECT_EQ(at(r, "table[0][0].Quant (pp)").context.config, "");  // an aside naming no pair
}

TEST(ReportTables, ALinksTextLabelsARowNotItsMarkup) {
  const auto r =
      run(FileType::markdown,
          "| Model | TTFT (ms) |\n|---|---|\n"
          "| [01-ai/Yi-1.5-34B-Chat](https://huggingface.co/01-ai/Yi-1.5-34B-Chat) | 40 |\n"
          "| a [b] c | 41 |\n");
  EXPECT_EQ(at(r, "table[0][0].TTFT (ms)").context.model, "01-ai/Yi-1.5-34B-Chat");
  EXPECT_EQ(at(r, "table[0][1].TTFT (ms)").context.model, "a [b] c");  // brackets, no link
}

TEST(ReportTables, AHeadingNamingOneConcurrencyAndAnEngineColumn) {
  const auto r = run(FileType::markdown,
                     "# Technical Report 135: Safety under Concurrency\n\n"
                     "### Concurrency User 4\n\n| Engine | vLLM | NVIDIA NIM |\n|---|---|---|\n"
                     "| First Time To Token (ms) | 137.29 | 135.41 |\n\n"
                     "### 5.3 Concurrency 1 vs 8\n\n| Engine | vLLM |\n|---|---|\n"
                     "| First Time To Token (ms) | 140.1 |\n");
  const auto& nim = at(r, "table[0][0].NVIDIA NIM");
  EXPECT_EQ(nim.metric_id(), "ttft");
  EXPECT_EQ(nim.context.backend, "NIM");
  EXPECT_EQ(nim.context.concurrency, "4");
  EXPECT_EQ(at(r, "table[1][0].vLLM").context.concurrency, "");  // two loads: none
}

TEST(ReportTables, AStatisticalPowerIsNoElectricalPower) {
  const auto r = run(FileType::markdown, R"(| Mode | N/group | Alpha | Power | Min detectable d |
|---|---|---|---|---|
| chat | 64 | 0.05 | 0.80 | 0.50 |

### 7.1 Power Analysis

| Parameter | Value |
|---|---|
| Power | 0.80 |

### 8. GPU

| GPU | Power |
|---|---|
| A100 | 0.8 |
)");
  EXPECT_EQ(at(r, "table[0][0].Power").metric_id(), "unknown");
  EXPECT_EQ(at(r, "table[1][0].Value").metric_id(), "unknown");
  EXPECT_EQ(at(r, "table[2][0].Power").metric_id(), "power");  // no test beside it
}

TEST(ReportTables, AHeadingRightUnderATableEndsIt) {
  const auto r = run(FileType::markdown, R"(### 5.5 TR112

| Metric | Value |
|---|---|
| Total benchmarks | 111 |
### 5.6 TR113
| Metric | Value |
|---|---|
| Requests | 40 |
)");
  EXPECT_EQ(at(r, "table[0][0].Value").context.section, "5.5 TR112");
  EXPECT_EQ(at(r, "table[1][0].Value").context.section, "5.6 TR113");
  EXPECT_EQ(r.rows.size(), 2u);
}

TEST(ReportTables, AnAbbreviatedPriceBasisIsTheOneItsRowsPricesName) {
  const auto r =
      run(FileType::markdown, R"(| Model | AWS $/1k req | Consumer $/1k req | Savings/1k |
|---|---|---|---|
| gpt2 | $0.046 | $0.002 | $0.044 |

| Model | Monthly Cost | Savings/1k |
|---|---|---|
| gpt2 | $46 | $0.044 |
)");
  EXPECT_EQ(at(r, "table[0][0].Savings/1k").unit, "USD/kreq");
  EXPECT_EQ(at(r, "table[1][0].Savings/1k").unit, "USD");  // no basis named beside it
}

TEST(ReportTables, AColumnNamedByAConfigurationHoldsItsFigures) {
  const auto r =
      run(FileType::markdown,
          R"(| Metric | Chimera Configuration | Report 108 - Rank 1 Configuration | Difference |
|---|---|---|---|
| Average TTFT (s) | 0.128 | 0.131 | 2% |
)");
  const auto& chimera = at(r, "table[0][0].Chimera Configuration");
  EXPECT_EQ(chimera.metric_id(), "ttft");
  EXPECT_DOUBLE_EQ(*chimera.value, 0.128);
  EXPECT_EQ(at(r, "table[0][0].Report 108 - Rank 1 Configuration").context.config, "");
}

TEST(ReportTables, AFigureWithAnAsideInEmphasisIsRead) {
  const auto r = run(FileType::markdown, R"(| CPU | Text Generation (tg128) | Note |
|---|---|---|
| A15 | **2.49 ± 0.00 t/s** *(Optimal)* | ok |
| A7 | 2.0 t/s _(slow)_ | ok |
)");
  std::vector<std::string> got;
  for (const auto& row : r.rows) got.push_back(row.locator + " " + row.statistic);
  EXPECT_EQ(got, (std::vector<std::string>{"table[0][0].Text Generation (tg128) mean",
                                           "table[0][0].Text Generation (tg128) std",
                                           "table[0][1].Text Generation (tg128) value"}));
  EXPECT_DOUBLE_EQ(*at(r, "table[0][1].Text Generation (tg128)").value, 2.0);
}

// Chinese and Japanese reports put the aside in full-width brackets: "95.6（1.82×）", in bold
// with its unit "**3,536 t/s（5.1×）**".
TEST(ReportTables, AFigureWithAnAsideInFullWidthBracketsIsRead) {
  const auto r = run(FileType::markdown,
                     "| 上下文 | Decode t/s | 加速 |\n|---|---|---|\n"
                     "| ~1.4K | 95.6\xEF\xBC\x88"
                     "1.82\xC3\x97\xEF\xBC\x89 | "
                     "**3,536 t/s\xEF\xBC\x88"
                     "5.1\xC3\x97\xEF\xBC\x89** |\n");
  const auto& decode = at(r, "table[0][0].Decode t/s");
  EXPECT_DOUBLE_EQ(*decode.value, 95.6);
  EXPECT_NE(decode.note.find("1.82"), std::string::npos) << decode.note;
  const auto& bold = at(r, "table[0][0].\xE5\x8A\xA0\xE9\x80\x9F");
  EXPECT_DOUBLE_EQ(*bold.value, 3536.0);
  EXPECT_EQ(bold.normalized_unit, "tok/s");
}

TEST(ReportTables, AFigureWithANotePointedAtItOrWordsAfterItInBoldIsRead) {
  const auto r = run(FileType::markdown, R"(| Context | pp t/s | Gen tok/s | Runs |
|---|---|---|---|
| 131K | 1063.7 | **22.3** ← VRAM cliff, use ROCm here | **30** every run |
| 64K | 1201.0 | 25.1 <- still fits | **12.5 %** pass@1 · 80.4 % off |
)");
  const auto& cliff = at(r, "table[0][0].Gen tok/s");
  EXPECT_DOUBLE_EQ(*cliff.value, 22.3);
  EXPECT_EQ(cliff.raw, "**22.3** ← VRAM cliff, use ROCm here");
  EXPECT_NE(cliff.note.find("VRAM cliff"), std::string::npos);
  EXPECT_DOUBLE_EQ(*at(r, "table[0][1].Gen tok/s").value, 25.1);
  EXPECT_DOUBLE_EQ(*at(r, "table[0][0].Runs").value, 30.0);
  // Two figures in one cell: none is the cell's.
  EXPECT_FALSE(testing::has_row(r, "table[0][1].Runs"));
  // A console line's note: "Output token throughput (tok/s):  3337.24   ← key metric".
  const auto v = run(FileType::text,
                     "============ Serving Benchmark Result ============\n"
                     "Output token throughput (tok/s):         3337.24      ← key "
                     "metric\n"
                     "==================================================\n");
  EXPECT_DOUBLE_EQ(*at(v, "vllm_result[0].Output token throughput (tok/s)").value, 3337.24);
}

TEST(ReportTables, AFieldValueTableGivesItsSkuGpuBackendAndAModelPathsLastPart) {
  const auto r = run(FileType::markdown, R"(# GLM5 recipe

## At a glance

| Field | Value |
| --- | --- |
| **Model** | `C:\models\llama-3-8b` |
| **SKU** | gb300 only |
| **Backend** | TRT-LLM Dynamo, disaggregated serving |

## Results

| Concurrency | Output tok/s |
|---|---|
| 64 | 3337.24 |

## 17. A later phase

| Parameter | Value |
|---|---|
| Backend | Ollama HTTP API |

| Concurrency | Output tok/s |
|---|---|
| 8 | 120.5 |
)");
  const auto& out = at(r, "table[1][0].Output tok/s");
  EXPECT_EQ(out.context.gpu, "gb300");
  EXPECT_EQ(out.context.backend, "TRT-LLM");
  EXPECT_EQ(out.context.model, "llama-3-8b");
  // A later part's set-up, after results, names no engine of the whole document.
  EXPECT_EQ(at(r, "table[3][0].Output tok/s").context.backend, "TRT-LLM");
}

TEST(ReportTables, BoldLabelsSideBySideOnOneLineEachLabelTheDocument) {
  const auto r = run(FileType::markdown, R"(# Benchmark Results

**Model:** Qwen/Qwen2.5-7B-Instruct | **GPU:** RTX 5090 (32 GB)

| Concurrency | vLLM TPS |
|---|---|
| 1 | 101 |
)");
  const auto& tps = at(r, "table[0][0].vLLM TPS");
  EXPECT_EQ(tps.context.model, "Qwen/Qwen2.5-7B-Instruct");
  EXPECT_EQ(tps.context.gpu, "RTX 5090");  // its memory apart
}

TEST(ReportTables, AnItemValueTableBeforeTheResultsIsTheDocumentsSetUp) {
  const auto r = run(FileType::markdown, R"(## Reproducibility

| Item | Value |
|---|---|
| Model | `Qwen/Qwen3.5-2B` (pinned revision) |
| GPU | NVIDIA L4 24 GB |

## Results

| Profile | output tok/s |
|---|---:|
| latency | 79.85 |
)");
  const auto& figure = at(r, "table[1][0].output tok/s");
  EXPECT_EQ(figure.context.model, "Qwen/Qwen3.5-2B");
  EXPECT_EQ(figure.context.gpu, "NVIDIA L4");  // its memory apart
}

TEST(ReportTables, ACColumnOfASweepIsItsConcurrency) {
  const auto r = run(FileType::markdown, R"(| tok | seq | c | BF16 output tok/s |
|---:|---:|---:|---:|
| 2048 | 16 | 4 | 210.49 |
)");
  EXPECT_EQ(at(r, "table[0][0].BF16 output tok/s").context.concurrency, "4");
  EXPECT_EQ(at(r, "table[0][0].c").role, metrics::Role::parameter);
}

TEST(ReportTables, AHeadingsModelWithItsSizeApartAndAQuantizationSpelledOut) {
  const auto r =
      run(FileType::markdown,
          R"(## Benchmark on the ODROID-HC1 running **Qwen2 1B (Q4_K_Medium)** via llama.cpp

| CPU | pp512 |
|---|---|
| A15 | 4.48 t/s |

## Within-family check (Gemma3: 270M -> 1B)

| Model | t/s |
|---|---|
| x | 4.1 |

## GPT-2 (124M params)

| CPU | t/s |
|---|---|
| A15 | 9.0 |
)");
  EXPECT_EQ(at(r, "table[0][0].pp512").context.model, "Qwen2 1B");
  EXPECT_EQ(at(r, "table[0][0].pp512").context.quantization, "Q4_K_M");
  EXPECT_EQ(at(r, "table[2][0].t/s").context.model, "GPT-2");  // a count in brackets
  // A lead-in sentence naming the model and its quantization labels the table below it.
  const auto lead = run(FileType::markdown,
                        "Benchmark on the ODROID-HC1 running **Qwen2 1B (Q4_K_Medium)** via "
                        "`llama.cpp`:\n\n| CPU | pp512 |\n|---|---|\n| A15 | 4.48 t/s |\n");
  EXPECT_EQ(at(lead, "table[0][0].pp512").context.model, "Qwen2 1B");
  EXPECT_EQ(at(lead, "table[0][0].pp512").context.quantization, "Q4_K_M");
}

TEST(ReportTables, AnApproximateFigureAndThousandsSetApartAreRead) {
  const auto r = run(FileType::markdown, R"(| Model | Accuracy | Wall time | Tokens | Hard tokens |
|---|---|---|---|---|
| a | ~90.6 % (29/32) | **~4100 s** | 2 934 | 17 430 (on the hard 7) |
| b | 4 128 9 | 1 2345 | 12 34 | 1 234 567 |
)");
  const auto& accuracy = at(r, "table[0][0].Accuracy");
  EXPECT_DOUBLE_EQ(*accuracy.value, 90.6);
  EXPECT_EQ(accuracy.raw, "~90.6 % (29/32)");
  EXPECT_NE(accuracy.note.find("approximate, as written"), std::string::npos);
  EXPECT_DOUBLE_EQ(*at(r, "table[0][0].Wall time").normalized, 4100000);
  EXPECT_DOUBLE_EQ(*at(r, "table[0][0].Tokens").value, 2934);
  EXPECT_DOUBLE_EQ(*at(r, "table[0][0].Hard tokens").value, 17430);
  EXPECT_DOUBLE_EQ(*at(r, "table[0][1].Hard tokens").value, 1234567);
  // Not groups of three: no figure.
  for (const char* column : {"Accuracy", "Wall time", "Tokens"})
    EXPECT_FALSE(testing::has_row(r, std::string("table[0][1].") + column)) << column;
}

TEST(ReportTables, AVariantColumnOfGgufTypesAndAnEngineWithItsPrecision) {
  const auto r =
      run(FileType::markdown, R"(Model under test: `unsloth/Qwen3.8-27B-NVFP4` served as `spark`

| Variant | Size GB | Decode tok/s | Higher Q |
|---|---|---|---|
| Q2_K | 3.2 | 30.42 | Q3_K_S |

| Backend | Model | Decode (single stream) |
|---|---|---|
| llama.cpp Q4_K_M (2026-08-15) | Qwen3.8-27B | 11.6 tok/s |
| vLLM | Qwen3.8-27B | 20.1 tok/s |
)");
  const auto& variant = at(r, "table[0][0].Decode tok/s");
  EXPECT_EQ(variant.context.quantization, "Q2_K");
  EXPECT_EQ(variant.context.model, "unsloth/Qwen3.8-27B-NVFP4");  // not the name it is served as
  const auto& engine = at(r, "table[1][0].Decode (single stream)");
  EXPECT_EQ(engine.context.backend, "llama.cpp");
  EXPECT_EQ(engine.context.quantization, "Q4_K_M");
  EXPECT_EQ(at(r, "table[1][1].Decode (single stream)").context.backend, "vLLM");
  // Figures computed with a level left out are of no level.
  const auto omitted =
      run(FileType::markdown,
          "| Omitted Quant | n | Pearson r |\n|---|---|---|\n| Q2_K | 30 | -0.1 |\n");
  EXPECT_EQ(at(omitted, "table[0][0].Pearson r").context.quantization, "");
}

TEST(ReportTables, ASizeInATableOfArtifactsIsDataOnDisk) {
  const auto r = run(FileType::markdown, R"(| Artifact | Location | Size |
|---|---|---|
| Raw traces | results/tr132/ | ~375 MB (25 files) |
)");
  const auto& size = at(r, "table[0][0].Size");
  EXPECT_EQ(size.role, metrics::Role::metric);
  EXPECT_EQ(size.metric_id(), "unknown");  // no model's size, no memory in use
  EXPECT_EQ(size.unit, "MiB");             // the project's reading of MB
  EXPECT_NE(size.note.find("on disk"), std::string::npos);
}

// A note that compares a CPU-only run with a GPU run under a document titled by its GPU: the
// CPU column's and the CPU row's figures ran on no GPU. Markdown's escapes ("Q4\_K\_M") are the
// characters themselves; request-numbered columns are samples of the heading's quantity; an
// option named in code with a qualifier in brackets is that option.
TEST(ReportTables, ACpuRunBesideAGpuRunRanOnNoGpu) {
  const auto r = run(FileType::markdown, R"(# llama.cpp — RTX 3050 — Llama 3.2 3B Q4\_K\_M

| Parameter | Value |
|---|---|
| `n_gpu_layers` (CPU run) | 0 |

| Metric | CPU (`n_gpu_layers=0`) | GPU — RTX 3050 (`n_gpu_layers=99`) |
|---|---|---|
| p50 latency | 2750.56 ms | 931.18 ms |

### Per-request latencies (sorted, ms)

| Run | 1 | 2 |
|---|---|---|
| CPU | 2688 | 2703 |
| GPU | 917 | 924 |

| Resource | Avg Utilization |
|---|---|
| CPU | 18% |
)");
  const auto& cpu = at(r, "table[1][0].CPU (n_gpu_layers=0)");
  EXPECT_EQ(cpu.context.gpu, "cpu");
  EXPECT_EQ(cpu.context.quantization, "Q4_K_M");
  EXPECT_EQ(at(r, "table[1][0].GPU — RTX 3050 (n_gpu_layers=99)").context.gpu, "RTX 3050");
  EXPECT_EQ(at(r, "table[0][0].Value").role, metrics::Role::parameter);
  const auto& sample = at(r, "table[2][0].2");
  EXPECT_EQ(sample.metric_id(), "e2e_latency");
  EXPECT_EQ(sample.statistic, "sample");
  EXPECT_EQ(sample.unit, "ms");
  EXPECT_EQ(sample.context.gpu, "cpu");
  EXPECT_EQ(at(r, "table[2][1].1").context.gpu, "RTX 3050");
  EXPECT_EQ(at(r, "table[3][0].Avg Utilization").context.gpu, "RTX 3050");  // the CPU's usage
}

// A table of one family's models by size, some with speculative decoding: the size tells
// the models apart ("qwen 2.5 1.5B"), the draft model's size and precision are settings (no
// memory of 1.5 bytes); a name that tells its rows apart alone stays as written.
TEST(ReportTables, ASizeColumnTellsAFamilysModelsApart) {
  const auto r =
      run(FileType::markdown, R"(| Size (B) | Speed (T/s) | Model | Spec Dec (B) | Spec Quant |
|---|---|---|---|---|
| 1.5 | 282 | qwen 2.5 | - | - |
| 14 | 52 | qwen 2.5 | - | - |
| 14 | 55 | qwen 2.5 | 1.5 | 4 |
| 2.78 | 40 | phi-2 | - | - |
)");
  EXPECT_EQ(at(r, "table[0][0].Speed (T/s)").context.model, "qwen 2.5 1.5B");
  EXPECT_EQ(at(r, "table[0][1].Speed (T/s)").context.model, "qwen 2.5 14B");
  EXPECT_EQ(at(r, "table[0][3].Speed (T/s)").context.model, "phi-2");
  const auto& draft = at(r, "table[0][2].Spec Dec (B)");
  EXPECT_EQ(draft.role, metrics::Role::parameter);
  EXPECT_EQ(draft.parameter, "speculative");
  EXPECT_NE(at(r, "table[0][2].Speed (T/s)").context.config.find("Spec Dec (B)=1.5"),
            std::string::npos);
  EXPECT_EQ(at(r, "table[0][1].Speed (T/s)").context.config.find("Spec"), std::string::npos);
}

// A summary whose row labels name their load as a setting ("TPS @ c=50"), and an Ollama
// script's "Average Evaluation Rate" (its eval rate: the decode rate).
TEST(ReportTables, ARowLabelsConcurrencySettingAndAnEvaluationRate) {
  const auto r = run(FileType::markdown, R"(| Metric | vLLM | SGLang |
|---|---|---|
| TPS @ c=1 | 101 | 102 |
| TTFT avg @ c=5,000 | 25 ms | 33 ms |

|Model name|Average Evaluation Rate|
|:--|:--|
|phi4:14b|19.08 tokens/second|
)");
  EXPECT_EQ(at(r, "table[0][0].SGLang").context.concurrency, "1");
  EXPECT_EQ(at(r, "table[0][1].vLLM").context.concurrency, "5000");
  EXPECT_EQ(at(r, "table[0][1].vLLM").metric_id(), "ttft");
  EXPECT_EQ(at(r, "table[1][0].Average Evaluation Rate").metric_id(), "decode_rate");
  // "~2,917 @ c=64": a figure and the load it was reached at (the cell was lost before).
  const auto sat = run(FileType::markdown, R"(| Metric | vLLM |
|---|---|
| Saturation point (latency-safe) | ~2,917 @ c=64 |
| Quality drop | -57pp (Llama 1B @ Q2_K) |
)");
  EXPECT_EQ(at(sat, "table[0][0].vLLM").value, 2917);
  EXPECT_EQ(at(sat, "table[0][0].vLLM").context.concurrency, "64");
  EXPECT_EQ(at(sat, "table[0][0].vLLM").metric_id(), "unknown");  // no latency
  EXPECT_EQ(at(sat, "table[0][1].vLLM").value, -57);
  const auto bold =
      run(FileType::markdown, "| Metric | TRT |\n|---|---|\n| Sat | **~4,108 @ c=64** |\n");
  EXPECT_EQ(at(bold, "table[0][0].TRT").value, 4108);
  EXPECT_EQ(at(bold, "table[0][0].TRT").context.concurrency, "64");
}

// Held-out set 30: a sweep's leading token counts and request rate, before its first measured
// figure, are what each run asked for (its configuration and rate); counts measured ("441"
// prompt tokens) and a rate measured stay figures.
TEST(ReportTables, ASweepsLeadingLengthsAndRateAreItsSettings) {
  const auto r = run(FileType::csv,
                     "model_name,input_tokens,output_tokens,qps,mean_latency,p100_latency\n"
                     "mistral,256,128,1.0,2.108,2.309\n");
  const auto& latency = at(r, "[0].mean_latency");
  EXPECT_EQ(latency.context.config, "input_tokens=256 output_tokens=128");
  EXPECT_EQ(latency.context.rate, "1.0");
  EXPECT_EQ(at(r, "[0].p100_latency").statistic, "max");
  EXPECT_EQ(at(r, "[0].qps").role, metrics::Role::parameter);
  const auto measured =
      run(FileType::csv, "params,prompt_tokens,output_tokens,ttft_ms\nnum_ctx=512,441,38,120\n");
  EXPECT_EQ(at(measured, "[0].prompt_tokens").role, metrics::Role::metric);
  // (Held-out set 56: a request's prompt of 29704 tokens measured, so is its 1024-token answer;
  // an "Output Length" of 1 beside an asked "Input Length" leaves the input's a setting.)
  const auto counts = run(FileType::csv,
                          "model_name,prompt_tokens,response_tokens,total_time\n"
                          "qwen,29704,1024,11.9\n");
  EXPECT_EQ(at(counts, "[0].response_tokens").metric_id(), "output_tokens");
  EXPECT_EQ(at(counts, "[0].response_tokens").role, metrics::Role::metric);
  const auto lengths = run(FileType::csv,
                           "Model,Input Length,Output Length,Batch Size,TTFT Latency\n"
                           "m,1024,1,16,2.27\n");
  EXPECT_EQ(at(lengths, "[0].Input Length").role, metrics::Role::parameter);
}

// Held-out set 57: what a rate counts in, in brackets ("(incl. prefill)", "(含 prefill)"), names
// no quantity: "Gen tok/s (incl. prefill)" is a generation rate, no prefill's.
TEST(ReportTables, WhatAFigureCountsInNamesNoQuantity) {
  const auto r =
      run(FileType::markdown, R"(| Case | Gen tok/s (incl. prefill) | vLLM tile(含 prefill) |
|---|---|---|
| a | 30 | 26.5 tok/s |
)");
  EXPECT_EQ(at(r, "table[0][0].Gen tok/s (incl. prefill)").metric_id(), "decode_rate");
  EXPECT_NE(at(r, "table[0][0].vLLM tile(含 prefill)").metric_id(), "prompt_eval_rate");
}

// Held-out set 56: a run that completed no request ("requests" 0, its rates "None") wrote
// placeholders: its zeros are no measurements (its count of 0 stays); the per-run statistic
// after a peak ("peak_gpu_mb (median)") is the median of the runs' peaks.
TEST(ReportTables, ARunWithoutRequestsAndTheMedianOfPeaks) {
  const auto r = run(FileType::csv,
                     "label,total_s,requests,generated_tokens,decode_avg\n"
                     "a,950.0,20,39025,55.42\nb,0.0,0,0,None\n");
  EXPECT_EQ(at(r, "[1].total_s").status, RowStatus::failed);
  EXPECT_FALSE(at(r, "[1].total_s").value.has_value());
  EXPECT_FALSE(at(r, "[1].generated_tokens").value.has_value());
  EXPECT_DOUBLE_EQ(*at(r, "[1].requests").value, 0.0);
  EXPECT_EQ(at(r, "[0].total_s").status, RowStatus::ok);
  const auto peak = run(FileType::markdown, R"(| variant | peak_gpu_mb (median) | peak_mb |
|---|---:|---:|
| baseline | 6120.0 | 6200 |
)");
  EXPECT_EQ(at(peak, "table[0][0].peak_gpu_mb (median)").statistic, "median");
  EXPECT_EQ(at(peak, "table[0][0].peak_mb").statistic, "max");
}

// Held-out set 56: a Markdown sweep's leading "Input tokens/request" (512, 400,000) are the
// lengths asked for; "Total decode tok/s" beside "Decode tok/s/request" is the requests'
// output throughput together; a "preprocess_speed" stays unnamed (an image pipeline's too).
TEST(ReportTables, InputTokensPerRequestLeadingASweepAndTotalDecodeRates) {
  const auto r = run(
      FileType::markdown,
      R"(| Input tokens/request | Requested C | Prefill tok/s | Total decode tok/s | Decode tok/s/request |
|---:|---:|---:|---:|---:|
| 512 | 8 | 3477.04 | 582.04 | 72.89 |
| 400,000 | 1 | 6128.53 | 166.75 | 166.75 |
)");
  EXPECT_EQ(at(r, "table[0][0].Input tokens/request").parameter, "input_len");
  const auto& total = at(r, "table[0][0].Total decode tok/s");
  EXPECT_EQ(total.metric_id(), "output_throughput");
  EXPECT_EQ(total.context.concurrency, "8");
  EXPECT_NE(total.context.config.find("512"), std::string::npos);
  EXPECT_EQ(at(r, "table[0][0].Decode tok/s/request").metric_id(), "decode_rate");
  const auto measured = run(FileType::markdown, R"(| Input tokens/request | TTFT (ms) |
|---|---|
| 469 | 40 |
)");
  EXPECT_EQ(at(measured, "table[0][0].Input tokens/request").role, metrics::Role::metric);
  const auto script = run(FileType::csv, "preprocess_speed,generation_speed\n184675.46,87.08\n");
  EXPECT_EQ(at(script, "[0].preprocess_speed").metric_id(), "unknown");
}

// Held-out set 30: "| | 4-bit | 8-bit |": the columns' precision (a weight's bits, the weakest
// name of one: "AWQ (4-bit)" stays AWQ), and a row labelled by its cell alone where the label
// column has no header.
TEST(ReportTables, BitColumnsAreTheirPrecisionAndAnUnnamedLabelColumnLabelsItsRow) {
  const auto r = run(FileType::markdown, R"(| | 4-bit | 8-bit | AWQ (4-bit) |
|---|---|---|---|
| `metal_limit` | 12.71GB | 12.71GB | 12.71GB |
)");
  const auto& four = at(r, "table[0][0].4-bit");
  EXPECT_EQ(four.context.quantization, "4-bit");
  EXPECT_EQ(four.context.config, "metal_limit");
  EXPECT_EQ(at(r, "table[0][0].8-bit").context.quantization, "8-bit");
  EXPECT_EQ(at(r, "table[0][0].AWQ (4-bit)").context.quantization, "AWQ");
  const auto mlx = run(FileType::markdown, R"(| Model | Platform | tok/s |
|---|---|---|
| mlx-community/Qwen3-4B-4bit | 64-bit ARM | 51.2 |
| llama3 | 64-bit ARM | 40.1 |
)");
  EXPECT_EQ(at(mlx, "table[0][0].tok/s").context.quantization, "4bit");
  EXPECT_EQ(at(mlx, "table[0][1].tok/s").context.quantization, "");  // no precision in "64-bit"
  // (Held-out set 47: a 1-bit model's weights, "Bonsai-8B (1-bit)"; not "16bit".)
  const auto one = run(FileType::markdown, R"(| Model | tok/s |
|---|---|
| Bonsai-8B (1-bit) | 52.9 |
| llama3 16bit | 40.1 |
)");
  EXPECT_EQ(at(one, "table[0][0].tok/s").context.quantization, "1-bit");
  EXPECT_EQ(at(one, "table[0][1].tok/s").context.quantization, "");
}

// Held-out set 30: "| Software | Settings | Avg Tok/s | Speed X | Notes |": the engine, a
// speedup in x, a short note that tells runs apart ("4090 only"), and a cell written over several
// lines of the table (its figure columns empty) joined to the configuration of the line above.
TEST(ReportTables, ASoftwareColumnASpeedMultipleNotesAndCellsOverSeveralLines) {
  const auto r = run(FileType::markdown, R"(| Software | Settings | Avg Tok/s | Speed X | Notes |
|:--|:--|:--|:--|:--|
| HF Transformers | BF16 | 4.32 | 2.93 | |
| | torch.inference_mode() | | | |
| | use_flash_attention_2=True | | | |
| vLLM | tensor_parallel_size=2 | 86.81 | 58.8 | |
| | quantization='awq' | | | |
| llama.cpp | q4_k_m | 126.67 | 85.78 | 4090 only |
| llama.cpp | q4_k_m | 53.08 | 35.9 | 4090+3090 |
)");
  const auto& hf = at(r, "table[0][0].Avg Tok/s");
  EXPECT_EQ(hf.context.backend, "HF Transformers");
  EXPECT_EQ(hf.context.config, "Settings=BF16 torch.inference_mode() use_flash_attention_2=True");
  const auto& speed = at(r, "table[0][0].Speed X");
  ASSERT_NE(speed.metric, nullptr);
  EXPECT_EQ(speed.metric->id, "speedup");
  EXPECT_EQ(speed.unit, "x");
  EXPECT_EQ(at(r, "table[0][1].Avg Tok/s").context.quantization, "AWQ");
  EXPECT_EQ(at(r, "table[0][2].Avg Tok/s").context.config, "Settings=q4_k_m Notes=4090 only");
  EXPECT_EQ(at(r, "table[0][3].Avg Tok/s").context.config, "Settings=q4_k_m Notes=4090+3090");
  // A note on rows its other labels already tell apart (a rank) stays out of the configuration.
  const auto ranked = run(FileType::markdown, R"(| Backend | Cost/1M Tokens | Notes |
|---|---|---|
| GPU | $0.013 | 2nd |
| CPU | $0.021 | 3rd |
)");
  EXPECT_EQ(at(ranked, "table[0][0].Cost/1M Tokens").context.config, "");
}

// Held-out set 30 (re-score): a Variant's "8-bit, concurrency=1" names its precision by its
// first part; a Backend cell naming more than an engine and bits ("TGI eetq 8bit") stays whole;
// a model compared as two precisions ("`m`, compared as its `-4bit` and `-8bit`") names neither.
TEST(ReportTables, BitsInAVariantABackendCellAndAModelsAside) {
  const auto r = run(FileType::markdown,
                     R"(- **Model:** `mlx-community/Mistral-7B`, compared as its `-4bit` and `-8bit`

| Variant | TTFT p50 |
|---|---|
| 8-bit, concurrency=1 | 379ms |

| Backend | TPS@4 |
|---|---|
| TGI eetq 8bit | 293.08 |
| vLLM FP16 | 222.6 |
)");
  const auto& ttft = at(r, "table[0][0].TTFT p50");
  EXPECT_EQ(ttft.context.quantization, "8-bit");
  EXPECT_EQ(ttft.context.model, "mlx-community/Mistral-7B");
  EXPECT_EQ(at(r, "table[1][0].TPS@4").context.backend, "TGI eetq 8bit");
  EXPECT_EQ(at(r, "table[1][1].TPS@4").context.backend, "vLLM");
  EXPECT_EQ(at(r, "table[1][1].TPS@4").context.quantization, "FP16");
}

// Held-out set 35 (chatglm.cpp's README): a table with no header over its first column whose rows
// name a quantity ("ms/token (CUDA @ V100 SXM2)") is transposed: each row's figures are that
// quantity (ms/token: the time per output token), measured on the device its brackets name.
// Under an empty corner, rows of configurations stay configurations.
TEST(ReportTables, AnEmptyCornerOverQuantitiesIsATransposedTable) {
  const auto r = run(FileType::markdown,
                     "|  | Q4_0 | F16 |\n|---|---|---|\n"
                     "| ms/token (CPU @ Platinum 8260) | 74 | 189 |\n"
                     "| ms/token (CUDA @ V100 SXM2) | 8.1 | 19.1 |\n\n"
                     "|  | TTFT (ms) |\n|---|---|\n| vLLM | 74 |\n");
  const auto& cpu = at(r, "table[0][0].Q4_0");
  EXPECT_EQ(cpu.metric_id(), "tpot");
  EXPECT_EQ(cpu.unit, "ms");
  EXPECT_EQ(cpu.context.quantization, "Q4_0");
  EXPECT_EQ(cpu.context.config, "device=CPU @ Platinum 8260");
  EXPECT_EQ(at(r, "table[0][1].F16").context.gpu, "V100");
  EXPECT_EQ(at(r, "table[1][0].TTFT (ms)").metric_id(), "ttft");
}

// Held-out set 37: row labels that name a quantity only with the unit of their figures ("Prefill
// @ 8K" over "331 tok/s") make the table transposed too; what the label measured it at ("@ 8K")
// joins the configuration, and a "Size" row is the model's size, a setting.
TEST(ReportTables, AnEmptyCornerOverQuantitiesNamedWithTheirFiguresUnits) {
  const auto r = run(FileType::markdown,
                     "| | Q4_0 | IQ4_XS |\n|---|---:|---:|\n"
                     "| Prefill @ 8K | 331 tok/s | 296 tok/s |\n"
                     "| Decode @ 32K | 14.9 tok/s | 12.4 tok/s |\n"
                     "| Size | 97.7 GiB | 88.8 GiB |\n");
  const auto& prefill = at(r, "table[0][0].Q4_0");
  EXPECT_EQ(prefill.metric_id(), "prompt_eval_rate");
  EXPECT_EQ(prefill.context.config, "@ 8K");
  const auto& decode = at(r, "table[0][1].IQ4_XS");
  EXPECT_EQ(decode.metric_id(), "decode_rate");
  EXPECT_EQ(decode.context.config, "@ 32K");
  EXPECT_EQ(at(r, "table[0][2].Q4_0").role, metrics::Role::parameter);
}

// The prose above a table defines a column's figures ("Decode = steady-state single-stream
// tok/s."): its bare figures are in that unit, and so what they are.
TEST(ReportTables, AColumnDefinedAboveTheTableTakesItsUnit) {
  const auto r = run(FileType::markdown,
                     "Decode = steady-state single-stream tok/s. Prefill measured at the context "
                     "noted.\n\n| Model | Decode | Prefill |\n|---|---|---|\n"
                     "| Ornith 9B | **65.44** | 2040 |\n");
  const auto& decode = at(r, "table[0][0].Decode");
  EXPECT_EQ(decode.metric_id(), "decode_rate");
  EXPECT_EQ(decode.unit, "tok/s");
  EXPECT_EQ(at(r, "table[0][0].Prefill").unit, "");  // its definition names no unit
}

// Held-out set 38: a star after a model's name is no part of it, and a "**Model:** X" line right
// above a later table names that table's model.
TEST(ReportTables, AMarkAfterAModelsNameAndAModelLineAboveATable) {
  const auto r = run(FileType::markdown,
                     "| Model | TTFT (ms) |\n|---|---|\n| **Qwen3-0.6B** \xE2\xAD\x90 | 280 |\n"
                     "| Qwen3-4B | 1775 |\n\n## Cache\n\n**Model:** Qwen3-0.6B  \n"
                     "**Test Prompt:** a system prompt\n\n| Scenario | TTFT |\n|---|---|\n"
                     "| Without Cache | 1775 ms |\n");
  EXPECT_EQ(at(r, "table[0][0].TTFT (ms)").context.model, "Qwen3-0.6B");
  EXPECT_EQ(at(r, "table[1][0].TTFT").context.model, "Qwen3-0.6B");
}

// Held-out set 39: a "Percentile" column's labels are the statistics of the row's figures, a
// generic "Time (ms)" column takes the timing its heading names, and a column that repeats it
// rounded ("~203.5s") is counted once.
TEST(ReportTables, APercentileTableUnderATimingsHeading) {
  const auto r = run(FileType::markdown, R"(### Time to First Token (TTFT)

| Percentile | Time (ms) | Time (s) |
|------------|-----------|----------|
| **Mean** | 203,458.50 | ~203.5s |
| **Median (p50)** | 210,676.23 | ~210.7s |
| **p95** | 392,381.93 | ~392.4s |

### Real-World Response Times

| Query Type | Time |
|---|---|
| Simple greeting | 0.71s |
| Rapid fire (5x) | 13.89s |
)");
  const auto& mean = at(r, "table[0][0].Time (ms)");
  EXPECT_EQ(mean.metric_id(), "ttft");
  EXPECT_EQ(mean.statistic, "mean");
  EXPECT_EQ(mean.context.config, "");
  EXPECT_EQ(at(r, "table[0][1].Time (ms)").statistic, "median");
  EXPECT_EQ(at(r, "table[0][2].Time (ms)").statistic, "p95");
  EXPECT_EQ(at(r, "table[0][2].Time (ms)").metric_id(), "ttft");
  const auto& rounded = at(r, "table[0][0].Time (s)");
  EXPECT_EQ(rounded.metric_id(), "unknown");
  EXPECT_NE(rounded.note.find("again, rounded"), std::string::npos);
  EXPECT_EQ(at(r, "table[1][0].Time").metric_id(), "e2e_latency");
  // (Five requests at once: their wall time together, no one request's latency.)
  EXPECT_EQ(at(r, "table[1][1].Time").metric_id(), "duration");
  // (A figure of another column that happens to agree is no copy.)
  const auto other = run(FileType::markdown,
                         "| Model | Rust (tok/s) | Python (tok/s) |\n|---|---|---|\n"
                         "| m | 100.2 | ~100 |\n");
  EXPECT_EQ(at(other, "table[0][0].Python (tok/s)").metric_id(), "token_rate");
}

// "~15-17 tokens/sec": a range is read as its two ends (min and max, same unit); a range of bare
// figures, or one a column foresees, stays text.
TEST(ReportTables, ARangeIsReadAsItsTwoEnds) {
  const auto r = run(FileType::markdown, R"(| Model | Performance | CI | Expected Value |
|---|---|---|---|
| DeepSeek R1 1.5B | ~15-17 tokens/sec | 0.78-0.85 | 60-75% |
)");
  std::vector<const MetricRow*> ends;
  for (const auto& row : r.rows) {
    if (row.locator == "table[0][0].Performance") ends.push_back(&row);
  }
  ASSERT_EQ(ends.size(), 2u);
  EXPECT_EQ(ends[0]->statistic, "min");
  EXPECT_DOUBLE_EQ(*ends[0]->normalized, 15);
  EXPECT_EQ(ends[1]->statistic, "max");
  EXPECT_DOUBLE_EQ(*ends[1]->normalized, 17);
  EXPECT_EQ(ends[1]->normalized_unit, "tok/s");
  EXPECT_EQ(ends[1]->context.model, "DeepSeek R1 1.5B");
  EXPECT_FALSE(testing::has_row(r, "table[0][0].CI"));
  EXPECT_FALSE(testing::has_row(r, "table[0][0].Expected Value"));
}

// "最小/最大" of "0.409〜1.317秒": both ends of a range written with a wave dash (or a full-width
// tilde), the statistics of the quantity the column before names.
TEST(ReportTables, AWaveDashRangeUnderAMinMaxColumn) {
  const auto r = run(FileType::markdown, R"(| Model | Mean latency | Min/Max |
|---|---|---|
| a | 0.817 s | 0.409〜1.317 s |
| b | 0.5 s | 8～9 s |
)");
  std::vector<const MetricRow*> ends;
  for (const auto& row : r.rows)
    if (row.name == "Min/Max") ends.push_back(&row);
  ASSERT_EQ(ends.size(), 4u);
  EXPECT_EQ(ends[0]->metric_id(), "e2e_latency");
  EXPECT_EQ(ends[0]->statistic, "min");
  EXPECT_DOUBLE_EQ(*ends[0]->normalized, 409);
  EXPECT_EQ(ends[1]->statistic, "max");
  EXPECT_DOUBLE_EQ(*ends[1]->normalized, 1317);
  EXPECT_DOUBLE_EQ(*ends[3]->normalized, 9000);
}

// Held-out set 41: a bare range ("57-71") under a header naming its quantity and unit
// ("observed_time_seconds") is a spread measured; under an interval's or a date's header, text.
TEST(ReportTables, ABareRangeUnderAHeaderWithItsUnit) {
  const auto r = run(FileType::csv, R"(model,observed_time_seconds,observed_ram_gib,95% CI (s),Date
Llama 3.2 1B,57-71,"1.9-2.9",10-12,10-12
)");
  std::vector<const MetricRow*> ends;
  for (const auto& row : r.rows) {
    if (row.locator == "[0].observed_ram_gib") ends.push_back(&row);
  }
  ASSERT_EQ(ends.size(), 2u);
  EXPECT_EQ(ends[0]->statistic, "min");
  EXPECT_EQ(ends[1]->statistic, "max");
  EXPECT_EQ(ends[1]->metric_id(), "memory");
  EXPECT_DOUBLE_EQ(*ends[1]->value, 2.9);
  EXPECT_EQ(at(r, "[0].observed_time_seconds").normalized_unit, "ms");
  EXPECT_FALSE(testing::has_row(r, "[0].95% CI (s)"));
  EXPECT_FALSE(testing::has_row(r, "[0].Date"));
}

// "| Size (B) |" of 1.5: billions of parameters; a line under the title that opens with the
// machine names the document's GPU.
TEST(ReportTables, SizeInBillionsAndTheMachineUnderTheTitle) {
  const auto r = run(FileType::markdown, R"(# Inference Benchmarks
Apple M4 Max 48GB 16 Core 16-inch using LM Studio

| Size (B) | Speed (T/s) | Model |
|---|---|---|
| 1.5 | 282 | qwen 2.5 |
| 7 | 70 | qwen 2.5 |
)");
  const auto& size = at(r, "table[0][0].Size (B)");
  EXPECT_EQ(size.parameter, "model_params");
  EXPECT_DOUBLE_EQ(*size.value, 1.5e9);
  EXPECT_EQ(at(r, "table[0][1].Speed (T/s)").context.gpu, "Apple M4 Max 48GB");
  EXPECT_EQ(at(r, "table[0][1].Speed (T/s)").context.model, "qwen 2.5 7B");
}

// "| Metric | Speculative Decoding | Baseline 3B | Improvement |": the column named by the
// technique is the other variant compared (its figures, named by the row's quantity alone), and the
// Improvement column's text labels no run; "~1380ms*" is a figure marked for a footnote.
TEST(ReportTables, AVariantNamedByATechniqueBesideItsBaseline) {
  const auto r =
      run(FileType::markdown, R"(| Metric | Speculative Decoding | Baseline 3B | **Improvement** |
|--------|---------------------|-------------|-----------------|
| **Model Init Time** | 123s | **7.09s** | 17.3x slower |
| **Decode Time/Token** | ~47ms* | **169.0ms** | 3.6x faster |

### Time to First Token (TTFT) Analysis

| Prompt | Speculative Decoding | Baseline 3B |
|--------|---------------------|-------------|
| **Prompt 1** | ~1380ms* | 14,874.7ms |
)");
  const auto& init = at(r, "table[0][0].Speculative Decoding");
  EXPECT_EQ(init.metric_id(), "load_time");
  EXPECT_EQ(init.context.config, "Speculative Decoding");
  EXPECT_EQ(at(r, "table[0][0].Baseline 3B").metric_id(), "load_time");
  EXPECT_EQ(at(r, "table[0][0].Baseline 3B").context.config, "Baseline");
  EXPECT_EQ(at(r, "table[0][1].Speculative Decoding").metric_id(), "tpot");
  EXPECT_DOUBLE_EQ(*at(r, "table[0][1].Speculative Decoding").normalized, 47);
  const auto& ttft = at(r, "table[1][0].Speculative Decoding");
  EXPECT_EQ(ttft.metric_id(), "ttft");
  EXPECT_DOUBLE_EQ(*ttft.normalized, 1380);
  EXPECT_EQ(ttft.role, metrics::Role::metric);
  EXPECT_EQ(at(r, "table[1][0].Baseline 3B").metric_id(), "ttft");
  // (A setting whose values fill its column beside a baseline stays a setting.)
  const auto settings = run(FileType::markdown,
                            "| Rank | CTX | TEMP | Baseline | Chimera |\n"
                            "|---|---|---|---|---|\n"
                            "| 1 | 1024 | 0.8 | 98.64 | 99.24 |\n");
  EXPECT_EQ(at(settings, "table[0][0].CTX").parameter, "num_ctx");
}

// "| Model |" of "GGUF Q4_K_S", "MLX 8-bit" under "### MiniMax M2.1 Performance": the weights'
// format, no model; the heading names the model.
TEST(ReportTables, AModelColumnOfWeightsFormatsLeavesTheModelToTheHeading) {
  const auto r = run(FileType::markdown, R"(### MiniMax M2.1 Performance

| Rank | Model | Framework | Avg TPS |
|------|-------|-----------|---------|
| 1 | **GGUF Q4_K_S** | llama.cpp | **37.37** |
| 2 | **MLX 8-bit** | MLX | **25.98** |
| 3 | **Qwen3-8B** | MLX | **51.2** |
)");
  const auto& gguf = at(r, "table[0][0].Avg TPS");
  EXPECT_EQ(gguf.context.model, "MiniMax M2.1");
  EXPECT_EQ(gguf.context.quantization, "Q4_K_S");
  EXPECT_NE(gguf.context.config.find("weights=GGUF Q4_K_S"), std::string::npos);
  EXPECT_EQ(at(r, "table[0][1].Avg TPS").context.model, "MiniMax M2.1");
  EXPECT_EQ(at(r, "table[0][2].Avg TPS").context.model, "Qwen3-8B");
}

// "| **Unified Memory** | 512 GB |" in a test machine's table: the memory it has, a setting of
// the run, no memory in use; a "| Metric |" table's memory stays a measurement.
TEST(ReportTables, AMachinesMemoryInItsSetUpTableIsNoMemoryInUse) {
  const auto r = run(FileType::markdown, R"(## Test Machine

| Spec | Details |
|------|---------|
| **Chip** | Apple M3 Ultra |
| **Unified Memory** | 512 GB |

| Metric | Python | Rust |
|--------|--------|------|
| **Memory** | 250 MB | 75 MB |
)");
  const auto& installed = at(r, "table[0][1].Details");
  EXPECT_EQ(installed.role, metrics::Role::parameter);
  EXPECT_EQ(installed.parameter, "system_memory");
  EXPECT_EQ(at(r, "table[1][0].Python").metric_id(), "memory");
}

// "# Llama.cpp Performance Report - Jetson Orin NX 16GB": the title's one engine served the
// document's figures (a title comparing engines names none).
TEST(ReportTables, ATitleNamingOneEngineNamesTheBackend) {
  const auto r = run(FileType::markdown, R"(# Llama.cpp Performance Report - Jetson Orin NX 16GB

| Query Type | Time |
|---|---|
| Simple greeting | 0.71s |
)");
  EXPECT_EQ(at(r, "table[0][0].Time").context.backend, "Llama.cpp");
  EXPECT_EQ(at(r, "table[0][0].Time").context.gpu, "Jetson Orin NX 16GB");
  const auto vs =
      run(FileType::markdown, "# vLLM vs Ollama\n\n| Query | Time |\n|---|---|\n| a | 1.2s |\n");
  EXPECT_EQ(at(vs, "table[0][0].Time").context.backend, "");
}

// A run whose measured columns say N/A gave no figures: its "Mem (MB)" 0 is a placeholder, no
// measurement (one n/a beside real figures leaves them alone).
TEST(ReportTables, ZerosOfARunWhoseFiguresAreNaAreNoMeasurement) {
  const auto r = run(FileType::markdown, R"(| Model | TTFT (ms) | TBT (ms) | T/s | Mem (MB) |
|---|---|---|---|---|
| llama3.2-1b | **N/A** | N/A | N/A | 0 |
| llama3.2-1b | 331.0 | 66.63 | N/A | 4204 |
| llama3.2-1b | 331.0 | 66.63 | 15.0 | 0 |
)");
  const auto& zero = at(r, "table[0][0].Mem (MB)");
  EXPECT_EQ(zero.metric_id(), "memory");
  EXPECT_FALSE(zero.value.has_value());
  EXPECT_NE(zero.note.find("n/a"), std::string::npos);
  EXPECT_DOUBLE_EQ(*at(r, "table[0][1].Mem (MB)").value, 4204);
  EXPECT_TRUE(at(r, "table[0][2].Mem (MB)").value.has_value());
}

// "| Model Family | Parameters |" of "DeepSeek R1 | 1.5 B" and "DeepSeek R1 | 7 B": the size tells
// the two models apart ("DeepSeek R1 1.5B"), and is the model's parameters.
TEST(ReportTables, AParametersColumnTellsAFamilysModelsApart) {
  const auto r = run(FileType::markdown, R"(| Model Family | Parameters | Performance |
|---|---|---|
| DeepSeek R1 | 1.5 B | ~15-17 tokens/sec |
| DeepSeek R1 | 7 B | ~5-7 tokens/sec |
)");
  EXPECT_EQ(at(r, "table[0][0].Parameters").parameter, "model_params");
  EXPECT_DOUBLE_EQ(*at(r, "table[0][0].Parameters").value, 1.5e9);
  EXPECT_EQ(at(r, "table[0][0].Performance").context.model, "DeepSeek R1 1.5B");
  EXPECT_EQ(at(r, "table[0][1].Performance").context.model, "DeepSeek R1 7B");
}

// A test machine's table after the results ("| Spec | Details |" of "| **Chip** | Apple M3 Ultra
// |",
// "| Property | Value |" of "| GPU | … |") names the GPU of the document's figures above it.
TEST(ReportTables, AMachinesTableAfterTheResultsNamesTheirGpu) {
  const auto r = run(FileType::markdown, R"(# Bench

| Model | TPS |
|---|---|
| a:1b | 33.9 |

## Test Machine

| Spec | Details |
|------|---------|
| **Model** | Mac Studio (Mac15,14) |
| **Chip** | Apple M3 Ultra |
)");
  EXPECT_EQ(at(r, "table[0][0].TPS").context.gpu, "Apple M3 Ultra");
  const auto env = run(FileType::markdown, R"(| Model | TTFT (ms) |
|---|---|
| gpt2 | 12.5 |

### Environment Fingerprint

| Property | Value |
|----------|-------|
| GPU | NVIDIA GeForce RTX 4080 Laptop GPU |
)");
  EXPECT_EQ(at(env, "table[0][0].TTFT (ms)").context.gpu, "NVIDIA GeForce RTX 4080 Laptop");
}

// "### Prompt Processing" over "| Model | Speed (t/s) |", "### Token Generation Speed (During
// Decode)": a rate that names nothing more is the one its title names; "Per-Prompt Results" or a
// throughput's title names none.
TEST(ReportTables, ARateColumnTakesTheRateItsTitleNames) {
  const auto r = run(FileType::markdown, R"(### Token Generation Speed (During Decode)

| Metric | Speculative Decoding | Baseline 3B |
|---|---|---|
| **Effective Rate** | **21.05 tok/s** | **5.92 tok/s** |

### Prompt Processing

| Model | Speed (t/s) |
|---|---|
| a:1b | 555 |

### Per-Prompt Results

| Prompt | Tokens/s |
|---|---|
| p1 | 55 |

### Decode Throughput

| Agents | tok/s |
|---|---|
| 4 | 155 |
)");
  EXPECT_EQ(at(r, "table[0][0].Speculative Decoding").metric_id(), "decode_rate");
  EXPECT_EQ(at(r, "table[0][0].Baseline 3B").metric_id(), "decode_rate");
  EXPECT_EQ(at(r, "table[1][0].Speed (t/s)").metric_id(), "prompt_eval_rate");
  EXPECT_EQ(at(r, "table[2][0].Tokens/s").metric_id(), "token_rate");
  EXPECT_NE(at(r, "table[3][0].tok/s").metric_id(), "decode_rate");
}

// "LM Studio", the one engine named in two words: an engine column's and a document line's.
TEST(ReportTables, LmStudioIsAnEngine) {
  const auto r = run(FileType::markdown,
                     "| Engine | tok/s |\n|---|---|\n| LM Studio | 55 |\n"
                     "| Ollama | 50 |\n");
  EXPECT_EQ(at(r, "table[0][0].tok/s").context.backend, "LM Studio");
  EXPECT_EQ(at(r, "table[0][1].tok/s").context.backend, "Ollama");
  const auto line = run(FileType::markdown, R"(# Inference Benchmarks
Apple M4 Max 48GB 16 Core 16-inch using LM Studio

| Model | Speed (T/s) |
|---|---|
| qwen 2.5 7B | 70 |
)");
  EXPECT_EQ(at(line, "table[0][0].Speed (T/s)").context.backend, "LM Studio");
}

// A review's counter-examples to this session's rules: each stays as a reader should read it.
TEST(ReportTables, CounterExamplesToTheTitleNoteAndLabelRules) {
  // "P40", "P100", "P10" name GPUs and prompts, no percentiles (no statistics header).
  const auto gpus =
      run(FileType::markdown, "| GPU | Tokens/s |\n|---|---|\n| P40 | 12.4 |\n| P100 | 15.1 |\n");
  EXPECT_EQ(at(gpus, "table[0][0].Tokens/s").statistic, "value");
  EXPECT_EQ(at(gpus, "table[0][1].Tokens/s").statistic, "value");
  // A title naming two quantities gives a generic column neither; nor one a column names.
  const auto two = run(FileType::markdown, R"(### Time to First Token and Total Time

| Prompt | TTFT (ms) | Time (ms) |
|--------|-----------|-----------|
| short | 120 | 2300 |
)");
  // (A prompt's whole time: its request's end-to-end latency, no TTFT.)
  EXPECT_EQ(at(two, "table[0][0].Time (ms)").metric_id(), "e2e_latency");
  // A table of loads under "Text Generation": its rates are the runs' throughputs.
  const auto loads = run(FileType::markdown, R"(## Text Generation Benchmarks

| Concurrency | Tokens/s |
|---|---|
| 64 | 2850 |
)");
  EXPECT_NE(at(loads, "table[0][0].Tokens/s").metric_id(), "decode_rate");
  // Another run's figure in a note is no figure of this row's.
  const auto note = run(FileType::markdown,
                        "| Method | Decode (tok/s) | Notes |\n|---|---|---|\n"
                        "| EAGLE-2 | 81.0 | Baseline: 45.2 tok/s |\n");
  EXPECT_FALSE(testing::has_row(note, "table[0][0].Notes.Baseline"));
  // A title whose engine is the one left; a line about another machine.
  const auto left = run(FileType::markdown,
                        "# Ollama Alternatives Benchmark\n\n## LocalAI\n\n"
                        "| Model | Tokens/s |\n|---|---|\n| llama3-8b | 38 |\n");
  EXPECT_EQ(at(left, "table[0][0].Tokens/s").context.backend, "");
  const auto other =
      run(FileType::markdown,
          "# My new build\n\nRTX 3090 (my previous card) reached 45 t/s; this post "
          "tests the new 5090.\n\n| Model | Tokens/s |\n|---|---|\n| llama3-8b | 142 |\n");
  EXPECT_EQ(at(other, "table[0][0].Tokens/s").context.gpu, "");
  // A set-up table's GPU memory is the device's, not the machine's installed memory.
  const auto vram = run(FileType::markdown, R"(## Test Machine

| Spec | Details |
|---|---|
| **GPU Memory** | 36 GB |
)");
  EXPECT_NE(at(vram, "table[0][0].Details").parameter, "system_memory");
  // A draft model's accuracy on a benchmark is no acceptance rate; "Params (M)" are millions.
  const auto acc =
      run(FileType::markdown,
          "| Method | Draft acc (MMLU) | Params (M) |\n|---|---|---|\n| EAGLE | 45.1 | 124.4 |\n");
  EXPECT_EQ(at(acc, "table[0][0].Draft acc (MMLU)").metric_id(), "quality");
  EXPECT_DOUBLE_EQ(*at(acc, "table[0][0].Params (M)").value, 124.4e6);
}

// "| **Average TTFT** | ~483ms* |" under prompts' rows: the mean of the timing the label names, no
// prompt of its own; "Max Throughput" (a goal) is no statistic.
TEST(ReportTables, AnAverageRowLabelNamingATimingGivesItsStatistic) {
  const auto r = run(FileType::markdown, R"(### Time to First Token (TTFT) Analysis

| Prompt | Speculative Decoding | Baseline 3B |
|--------|---------------------|-------------|
| **Prompt 1** | ~1380ms* | 14,874.7ms |
| **Average TTFT** | ~483ms* | **5,038.8ms** |
)");
  const auto& avg = at(r, "table[0][1].Baseline 3B");
  EXPECT_EQ(avg.metric_id(), "ttft");
  EXPECT_EQ(avg.statistic, "mean");
  EXPECT_EQ(avg.context.config.find("Average"), std::string::npos);
  EXPECT_EQ(at(r, "table[0][0].Baseline 3B").statistic, "sample");
  const auto goal = run(FileType::markdown,
                        "| Use Case | Expected Speedup |\n|---|---|\n| Max Throughput | 1.2x |\n");
  EXPECT_NE(at(goal, "table[0][0].Expected Speedup").context.config.find("Max Throughput"),
            std::string::npos);
}

// "| Model Configuration | Speculative Decoding | Baseline |": the set-ups compared, one per
// column; the model they share is the document's, and a figure no label names a setting. (A
// bare "| Configuration |" over figures' columns lists configurations, whose figures they are.)
TEST(ReportTables, ATableOfTheSetupsComparedGivesTheirModelAndSettings) {
  const auto r = run(FileType::markdown, R"(## Test Configuration

| Model Configuration | Speculative Decoding | Baseline |
|---------------------|---------------------|----------|
| **Draft Model** | meta-llama/Llama-3.2-1B (16 layers) | N/A |
| **Target Model** | meta-llama/Llama-3.2-3B (28 layers) | meta-llama/Llama-3.2-3B (28 layers) |
| **Tokens per Prompt** | 30 | 30 |

## Results

| Metric | Speculative Decoding | Baseline |
|---|---|---|
| Model Init Time | 123s | 7.09s |
)");
  const auto& setting = at(r, "table[0][2].Baseline");
  EXPECT_EQ(setting.role, metrics::Role::parameter);
  EXPECT_EQ(at(r, "table[1][0].Baseline").context.model, "meta-llama/Llama-3.2-3B");
  EXPECT_EQ(at(r, "table[1][0].Baseline").metric_id(), "load_time");
  const auto configs = run(FileType::markdown, R"(| Configuration | TR110 (Py) | TR116 (Rust) |
|---|---|---|
| **Gemma 3 Chimera Homo** | 99.25% | 99.22% |
)");
  EXPECT_EQ(at(configs, "table[0][0].TR110 (Py)").role, metrics::Role::metric);
}

// "| **vLLM Version** | 0.18.0 |" of a set-up table: the engine (the client's "| Backend | openai
// |" names none); the model's path after its name gives the weights' quantization.
TEST(ReportTables, AnEnginesVersionInTheSetupNamesTheEngine) {
  const auto r = run(FileType::markdown, R"(## Model Information
| Field | Value |
|-------|-------|
| **Model Name** | Qwen3.5-27B |
| **Model Root Path** | QuantTrio/Qwen3.5-27B-AWQ |
| **Backend** | openai |

### vLLM Information
| Parameter | Value |
|-----------|-------|
| **vLLM Version** | 0.18.0 |

## TTFT
| Percentile | Time (ms) |
|---|---|
| **Mean** | 203,458.50 |
)");
  const auto& ttft = at(r, "table[2][0].Time (ms)");
  EXPECT_EQ(ttft.context.backend, "vLLM");
  EXPECT_EQ(ttft.context.model, "Qwen3.5-27B");
  EXPECT_EQ(ttft.context.quantization, "AWQ");
}

// "| Model Family | Parameters |": each row's model is its family in the size beside it, one
// size or several; beside a "| Model |" column the family is only the model's kind.
TEST(ReportTables, AModelFamilyColumnWithItsSizeNamesTheModel) {
  const auto r = run(FileType::markdown, R"(| Model Family | Parameters | Performance |
|---|---|---|
| DeepSeek Coder | 1.3 B | ~20-25 tokens/sec |
| Qwen 2.5 Coder | 0.5 B | ~25-30 tokens/sec |
| Qwen 2.5 Coder | 1.5 B | ~15-17 tokens/sec |
)");
  EXPECT_EQ(at(r, "table[0][0].Parameters").context.model, "DeepSeek Coder 1.3B");
  EXPECT_EQ(at(r, "table[0][2].Parameters").context.model, "Qwen 2.5 Coder 1.5B");
  const auto kind = run(FileType::markdown,
                        "| Model | Family | Params | Speedup |\n|---|---|---|---|\n"
                        "| phi-2 | Phi | 2.7B | 1.3x |\n");
  EXPECT_EQ(at(kind, "table[0][0].Speedup").context.model, "phi-2");
}

// Held-out set 40: a sweep's draft options are its rows' settings; a router's "Model Selected"
// column (its mark apart) is each row's model, over a model line far above; a machine's cell
// that names a CPU and then a GPU gives that GPU.
TEST(ReportTables, SweepSettingsASelectedModelAndAMachinesGpu) {
  const auto sweep = run(FileType::markdown, R"(| draft-max | draft-min | draft-p-min | python |
|---|---|---|---|
| 16 | 1 | 0.9 | 71.64 |
)");
  const auto& max = at(sweep, "table[0][0].draft-max");
  EXPECT_EQ(max.role, metrics::Role::parameter);
  EXPECT_EQ(max.statistic, "");
  EXPECT_NE(at(sweep, "table[0][0].python").context.config.find("draft-max=16"), std::string::npos);
  const auto routed = run(FileType::markdown, R"(**Model:** TinyLlama

## Tasks

| Task Type | Model Selected | TPS |
|---|---|---|
| Coding | ✅ deepseek-coder:6.7b | **3.3** |
)");
  EXPECT_EQ(at(routed, "table[0][0].TPS").context.model, "deepseek-coder:6.7b");
  const auto machine = run(FileType::markdown, R"(| Device | Model | eval rate |
|---|---|---|
| Windows i5-12600K 32GB RAM, AMD 6950 XT | deepseek-r1:7b | 74.11 |
| Intel i7-8700 | deepseek-r1:7b | 6.27 |
)");
  EXPECT_EQ(at(machine, "table[0][0].eval rate").context.gpu, "AMD 6950 XT");
  EXPECT_EQ(at(machine, "table[0][1].eval rate").context.gpu, "");
  // (Set 41: "| Compute Type | Compute Name |" names the device, a CPU's as a label.)
  const auto compute = run(FileType::markdown, R"(| Compute Type | Compute Name | Tokens/Sec |
|---|---|---|
| CPU | Intel(R) Xeon(R) Gold 5218R | 3.52 |
| GPU | Apple M3 Max GPU (30 core) | 41.61 |
)");
  EXPECT_EQ(at(compute, "table[0][0].Tokens/Sec").context.gpu, "");
  EXPECT_EQ(at(compute, "table[0][1].Tokens/Sec").context.gpu, "Apple M3 Max GPU (30 core)");
}

// "| Model |" of "PyTorch MPS" (an engine on its device) under a title naming the model: the
// backend, the model the title's; a "**Speedup**" row is no model's.
TEST(ReportTables, AModelColumnNamingAnEngineOrARatioNamesNoModel) {
  const auto r = run(FileType::markdown, R"(# Gemma-3-12B Benchmark Results on M3 Ultra

### Token Generation Speed (tokens/second)
| Model | Short (Haiku) | Average |
|-------|---------------|---------|
| PyTorch MPS | 10.53 | 14.90 |
| MLX FP16 | 29.00 | 28.09 |
| **Speedup** | **2.75x** | **1.88x** |
)");
  const auto& torch = at(r, "table[0][0].Short (Haiku)");
  EXPECT_EQ(torch.context.model, "Gemma-3-12B");
  EXPECT_EQ(torch.context.backend, "PyTorch");
  EXPECT_NE(torch.context.config.find("engine=PyTorch MPS"), std::string::npos);
  // (The heading right over the table names the bare figures' quantity and unit.)
  EXPECT_EQ(torch.metric_id(), "decode_rate");
  EXPECT_EQ(torch.unit, "tok/s");
  EXPECT_EQ(at(r, "table[0][2].Average").metric_id(), "speedup");
  EXPECT_NE(at(r, "table[0][2].Average").context.model, "Speedup");
}

// Held-out set 40: a statistic's column beside its row's runs ("| 运行1 | 运行2 | 平均 |": run 1,
// run 2, mean) is of the quantity the runs are, in its unit; not a CV or a change.
TEST(ReportTables, AStatisticsColumnIsOfItsRowsRuns) {
  const auto r = run(FileType::markdown, R"(| 后端 | 运行1 | 运行2 | 平均 | CV% |
|------|-------|-------|------|-----|
| vLLM (ROCm) | 0.596s | 0.818s | **0.707s** | 12% |
)");
  const auto& mean = at(r, "table[0][0].平均");
  EXPECT_EQ(mean.metric_id(), at(r, "table[0][0].运行1").metric_id());
  EXPECT_EQ(mean.statistic, "mean");
  EXPECT_EQ(at(r, "table[0][0].CV%").metric_id(), "unknown");
}

// A newcomer's review: two statistics' columns of the runs ("| 平均 | 最大 |": mean and max) are
// both of the runs' quantity; two columns of one statistic are left unnamed.
TEST(ReportTables, TwoStatisticsColumnsOfARowsRuns) {
  const auto r = run(FileType::markdown, R"(| 后端 | 运行1 | 运行2 | 平均 | 最大 |
|------|-------|-------|------|------|
| vLLM (ROCm) | 0.596s | 0.818s | 0.707s | 0.818s |
)");
  const std::string runs{at(r, "table[0][0].运行1").metric_id()};
  EXPECT_NE(runs, "unknown");
  EXPECT_EQ(at(r, "table[0][0].平均").metric_id(), runs);
  EXPECT_EQ(at(r, "table[0][0].最大").metric_id(), runs);
  EXPECT_EQ(at(r, "table[0][0].最大").statistic, "max");
  const auto same = run(FileType::markdown, R"(| 后端 | 运行1 | 运行2 | 平均 | 平均值 |
|------|-------|-------|------|------|
| vLLM (ROCm) | 0.596s | 0.818s | 0.707s | 0.707s |
)");
  EXPECT_EQ(at(same, "table[0][0].平均").metric_id(), "unknown");
  // (A P99 far above every run is of requests: no statistic of the runs.)
  const auto p99 = run(FileType::markdown, R"(| Engine | Run 1 | Run 2 | Mean | P99 |
|---|---|---|---|---|
| vLLM | 0.61s | 0.58s | 0.6s | 1.92s |
)");
  EXPECT_EQ(at(p99, "table[0][0].Mean").metric_id(), at(p99, "table[0][0].Run 1").metric_id());
  EXPECT_EQ(at(p99, "table[0][0].P99").metric_id(), "unknown");
}

// Held-out set 41: "81W + 86W" under "Power Usage (1st card + 2nd card)" is a figure per card,
// each a row named by the header's part. Parts that are no devices ("E2E (ms)" of "120 + 880 ms",
// a whole's components) and a sum of bare figures ("2 + 3") stay text.
TEST(ReportTables, FiguresAddedInACellArePerPart) {
  const auto r = run(FileType::markdown,
                     R"(|Model|Power Usage (1st card + 2nd card)|VRAM (GPU0 + GPU1)|E2E (ms)|Note|
|---|---|---|---|---|
|deepseek-r1:14b|81W + 86W|10.2 + 9.8 GB|120 + 880 ms|2 + 3|
)");
  std::vector<const MetricRow*> power, vram;
  for (const auto& row : r.rows) {
    if (row.locator == "table[0][0].Power Usage (1st card + 2nd card)") power.push_back(&row);
    if (row.locator == "table[0][0].VRAM (GPU0 + GPU1)") vram.push_back(&row);
  }
  ASSERT_EQ(power.size(), 2u);
  EXPECT_EQ(power[0]->metric_id(), "power");
  EXPECT_DOUBLE_EQ(*power[0]->value, 81);
  EXPECT_DOUBLE_EQ(*power[1]->value, 86);
  EXPECT_NE(power[1]->note.find("2nd card"), std::string::npos);
  EXPECT_EQ(power[1]->context.model, "deepseek-r1:14b");
  ASSERT_EQ(vram.size(), 2u);
  EXPECT_EQ(vram[0]->unit, "GiB");  // (the last part's unit, on both)
  EXPECT_DOUBLE_EQ(*vram[1]->value, 9.8);
  EXPECT_FALSE(testing::has_row(r, "table[0][0].E2E (ms)"));
  EXPECT_FALSE(testing::has_row(r, "table[0][0].Note"));
}

// Held-out set 43: "59.27 / 59.95 / 59.74 (avg **59.65**)" holds a figure per run and their mean;
// so does "120/130/125 ms" under a header naming its trials. Two quantities in one header ("PP /
// TG"), runs that succeeded of all ("3/3" under "Runs") and a mean outside its runs are no runs.
TEST(ReportTables, FiguresOfRunsInACellAreSamples) {
  const auto r = run(FileType::markdown, R"(| Model | Decode tok/s (n=3) | TTFT (ms, 3 trials) |
|---|---|---|
| Q8_K_XL GGUF | 59.27 / 59.95 / 59.74 (avg **59.65**) | 120/130/125 ms |
| b | 41.0 / 42.2 / 40.8 (avg 50) | 1/2 |

| Model | Runs | PP / TG (t/s) | Decode t/s |
|---|---|---|---|
| c | 3/3 | 512.1 / 45.2 | 41.0 / 42.2 |
)");
  std::vector<const MetricRow*> decode, ttft;
  for (const auto& row : r.rows) {
    if (row.locator == "table[0][0].Decode tok/s (n=3)") decode.push_back(&row);
    if (row.locator == "table[0][0].TTFT (ms, 3 trials)") ttft.push_back(&row);
  }
  ASSERT_EQ(decode.size(), 4u);
  EXPECT_EQ(decode[0]->metric_id(), "decode_rate");
  EXPECT_EQ(decode[0]->statistic, "sample");
  EXPECT_DOUBLE_EQ(*decode[2]->value, 59.74);
  EXPECT_EQ(decode[3]->statistic, "mean");
  EXPECT_DOUBLE_EQ(*decode[3]->value, 59.65);
  EXPECT_EQ(decode[3]->context.model, decode[0]->context.model);
  ASSERT_EQ(ttft.size(), 3u);
  EXPECT_EQ(ttft[1]->metric_id(), "ttft");
  EXPECT_DOUBLE_EQ(*ttft[1]->normalized, 130);
  EXPECT_FALSE(testing::has_row(r, "table[0][1].Decode tok/s (n=3)"));   // (avg 50: outside)
  EXPECT_FALSE(testing::has_row(r, "table[0][1].TTFT (ms, 3 trials)"));  // (a fraction)
  EXPECT_FALSE(testing::has_row(r, "table[1][0].Runs"));
  // (A figure per name of the header: the prefill's and the decode's, no runs.)
  for (const auto& row : r.rows) {
    if (row.locator != "table[1][0].PP / TG (t/s)") continue;
    EXPECT_NE(row.statistic, "sample");
    EXPECT_TRUE(row.metric_id() == "prompt_eval_rate" || row.metric_id() == "decode_rate");
  }
  EXPECT_FALSE(testing::has_row(r, "table[1][0].Decode t/s"));  // (nothing names runs)
  // (The review: a header that names each figure, a statistic, two quantities or load levels,
  // holds no runs; nor does one whose count of runs is not the cell's.)
  const auto named =
      run(FileType::markdown,
          R"(| Model | TTFT ms (min / avg / max, 5 runs) | Decode t/s (mean / std, 5 runs) |
|---|---|---|
| a | 110.5 / 125.2 / 160.8 | 68.42 / 0.81 |

| Model | PP / TG (t/s, avg of 3 runs) | Output tok/s (c=1 / 8 / 32) | Decode t/s (5 runs) |
|---|---|---|---|
| b | 3120.5 / 112.4 | 45.2 / 310.8 / 905.1 (avg 420.4) | 41.0 / 42.2 |
)");
  for (const auto& row : named.rows)
    EXPECT_NE(row.statistic, "sample") << row.locator << " " << row.raw;
}

// Held-out set 42: "| Throughputs (Tokens/sec) | CPU | GPU |": the corner names the quantity and
// unit of every figure, the first column each row's model.
TEST(ReportTables, TheCornerNamesTheQuantity) {
  const auto r = run(FileType::markdown, R"(### Medium Challenge
| Throughputs (Tokens/sec) | CPU      | GPU      |
| --------                 | -------- | -------- |
| tinyllama-1.1b-chat-v0.3.Q4_K_M.gguf  | 8.03     | 91.09     |
| TinyLlama-1.1B-Chat-v1.0-f16  | 5.08     | 72.17     |
)");
  const auto& gpu = at(r, "table[0][1].GPU");
  EXPECT_EQ(gpu.metric_id(), "token_rate");
  EXPECT_EQ(gpu.unit, "tok/s");
  EXPECT_EQ(gpu.context.model, "TinyLlama-1.1B-Chat-v1.0-f16");
  EXPECT_NE(at(r, "table[0][0].CPU").context.gpu, gpu.context.gpu);  // (told apart)
  // ... and a note that its rates are of llama.cpp's eval time: the decode rate.
  const auto eval =
      run(FileType::markdown, R"(* About throughputs, please record the Tokens / Sec of Eval Time

| Throughputs (Tokens/sec) | CPU | GPU |
| --- | --- | --- |
| TinyLlama-1.1B-Chat-v1.0-f16 | 5.08 | 72.17 |
)");
  EXPECT_EQ(at(eval, "table[0][0].GPU").metric_id(), "decode_rate");
  // (Not where another column names a quantity of its own.)
  const auto own = run(FileType::markdown, R"(| Throughput (tok/s) | Latency (ms) |
|---|---|
| llama3 | 12 |
)");
  EXPECT_EQ(at(own, "table[0][0].Latency (ms)").metric_id(), "e2e_latency");
  // ... rows of the devices each ran on ("| CPU |", "| GPU |"), the corner the quantity; not a
  // failed run's mark ("OOM") over a column of figures.
  const auto devices = run(FileType::markdown, R"(| Throughput (tok/s) | llama3-8b | mistral-7b |
|---|---|---|
| CPU | 5.1 | 4.9 |
| GPU | 72.4 | 68.0 |
)");
  EXPECT_EQ(at(devices, "table[0][1].llama3-8b").metric_id(), "token_rate");
  EXPECT_EQ(at(devices, "table[0][1].llama3-8b").context.gpu, "GPU");
  const auto failed = run(FileType::markdown, R"(| Decode (tok/s) | Offload |
|---|---|
| OOM | all layers on GPU |
| 9.8 | 70 of 81 layers |
)");
  EXPECT_EQ(at(failed, "table[0][1].Decode (tok/s)").metric_id(), "decode_rate");
}

// Held-out set 43: statistics' columns ("| size | 中位數 | 平均 |") under a heading that names the
// quantity ("### Decode tps", "### TTFT（毫秒）"), no caption between: of that quantity. (Not under
// a heading of what is required: "### Minimum Viable Quality".)
TEST(ReportTables, StatisticsColumnsTakeTheirHeadingsQuantity) {
  const auto r = run(FileType::markdown, R"(### Decode tps

| size | 中位數 | 平均 |
|---:|---:|---:|
| 64 | 123.7 | 123.8 |

### TTFT（毫秒）

| size | 中位數 | 平均 |
|---:|---:|---:|
| 64 | 148 | 144 |
)");
  EXPECT_EQ(at(r, "table[0][0].中位數").metric_id(), "decode_rate");
  EXPECT_EQ(at(r, "table[0][0].中位數").statistic, "median");
  EXPECT_EQ(at(r, "table[1][0].平均").metric_id(), "ttft");
  EXPECT_EQ(at(r, "table[1][0].平均").unit, "ms");
  // The first column names which run each row is (the prompt's size), no model's size.
  EXPECT_EQ(at(r, "table[0][0].中位數").context.config, "size=64");
  EXPECT_FALSE(testing::has_row(r, "table[0][0].size"));
  // (A setting the registry knows stays one; a column naming each row's metric stays so.)
  const auto load = run(FileType::markdown, R"(### TTFT

| concurrency | median | mean |
|---:|---:|---:|
| 8 | 148 | 144 |

| Metric | Average | Median |
|---|---|---|
| TTFT | 148 | 144 |
)");
  EXPECT_EQ(at(load, "table[0][0].median").context.concurrency, "8");
  EXPECT_TRUE(testing::has_row(load, "table[0][0].concurrency"));
  EXPECT_EQ(at(load, "table[1][0].Median").context.config, "");
  const auto required = run(FileType::markdown, R"(### Minimum Viable Quality by Use Case

| Use Case | Metric | Minimum |
|---|---|---|
| General chat | Composite | 0.45 |
)");
  EXPECT_EQ(at(required, "table[0][0].Minimum").metric_id(), "unknown");
}

// Held-out set 46: "69.26 output tok/s" under "| primary metric |": the figure, the words naming
// its quantity and its unit (not under a header naming a quantity of its own).
TEST(ReportTables, AFigureNamedInItsCell) {
  const auto r = run(FileType::markdown, R"(| model | conc | primary metric |
|---|---|---|
| Qwen3.6-27B | 1 | 69.26 output tok/s |
)");
  const auto& m = at(r, "table[0][0].primary metric");
  EXPECT_EQ(m.metric_id(), "output_throughput");
  EXPECT_DOUBLE_EQ(*m.normalized, 69.26);
}

// Held-out set 45: "| Model + Backend |" of "Qwen 2.5-7B AWQ + GenAI": the model, and the engine
// after it (over the document's own model).
TEST(ReportTables, AColumnOfModelsWithWhatRanThem) {
  const auto r = run(FileType::markdown, R"(**Model:** Llama 3.1 8B Instruct

| Model + Backend | INT4 TPS | TTFT (ms) |
|---|---|---|
| **Qwen 2.5-7B AWQ + GenAI** | **18.7** | **65** |
)");
  const auto& tps = at(r, "table[0][0].INT4 TPS");
  EXPECT_EQ(tps.context.model, "Qwen 2.5-7B AWQ");
  EXPECT_EQ(tps.context.backend, "GenAI");
}

// Held-out set 45: a family's name alone beside columns of models ("| Llama | Qwen3 | Gemma3 |") is
// that family's model; a per-step decode latency is the TPOT.
TEST(ReportTables, AFamilysNameBesideModelsAndPerStepDecodeLatency) {
  const auto r = run(FileType::markdown, R"(### Per-step decode latency (ms)

| Config | Llama P50 | Qwen3 P50 | Gemma3 P95 |
|---|---:|---:|---:|
| medium | 6.9 | 7.3 | 17.5 |
)");
  EXPECT_EQ(at(r, "table[0][0].Llama P50").context.model, "Llama");
  EXPECT_EQ(at(r, "table[0][0].Qwen3 P50").metric_id(), "tpot");
  EXPECT_EQ(at(r, "table[0][0].Gemma3 P95").statistic, "p95");
}

// Held-out set 45: a cell of one quantity before and after a change ("4.19 → 6.53" under "Output
// tok/s, baseline → candidate") holds two figures, each labelled by its side of the header's arrow
// (or before and after).
TEST(ReportTables, FiguresBeforeAndAfterAnArrow) {
  const auto r = run(FileType::markdown,
                     R"(| Streams | Output tok/s, baseline → candidate | Latency Jump |
|---|---|---|
| 1 | 4.19 → **6.53** | 4,724 ms -> 473,789 ms |
)");
  std::vector<const MetricRow*> out, jump;
  for (const auto& row : r.rows) {
    if (row.locator == "table[0][0].Output tok/s, baseline → candidate") out.push_back(&row);
    if (row.locator == "table[0][0].Latency Jump") jump.push_back(&row);
  }
  ASSERT_EQ(out.size(), 2u);
  EXPECT_DOUBLE_EQ(*out[0]->value, 4.19);
  EXPECT_EQ(out[0]->context.config, "baseline");
  EXPECT_DOUBLE_EQ(*out[1]->value, 6.53);
  EXPECT_EQ(out[1]->context.config, "candidate");
  ASSERT_EQ(jump.size(), 2u);
  EXPECT_DOUBLE_EQ(*jump[1]->normalized, 473789);
  EXPECT_EQ(jump[1]->context.config, "after");
  const auto words = run(FileType::markdown, "| Model | Change |\n|---|---|\n| a | v1 → v2 |\n");
  EXPECT_FALSE(testing::has_row(words, "table[0][0].Change"));
}

// Held-out set 44: "max ctx" is the context set (no maximum of samples); a bare "VRAM" the same for
// every model run on one GPU, and not the same on all GPUs, is the memory each GPU has.
TEST(ReportTables, TheMemoryAGpuHasBesideTheModelsRunOnIt) {
  const auto r = run(FileType::markdown, R"(| GPU | VRAM | Model | Tokens/sec | max ctx |
|---|---|---|---|---|
| RTX 5090 | 32 GB | deepseek-r1:14b | 126.68 | 76 000 |
| RTX 5090 | 32 GB | deepseek-r1:32b | 65.38 | 32 000 |
| RTX 4090 | 24 GB | deepseek-r1:14b | 83.13 | 48 000 |
)");
  EXPECT_EQ(at(r, "table[0][1].VRAM").parameter, "accelerator_memory");
  EXPECT_EQ(at(r, "table[0][2].VRAM").parameter, "accelerator_memory");
  EXPECT_EQ(at(r, "table[0][0].max ctx").parameter, "num_ctx");
  EXPECT_EQ(at(r, "table[0][0].max ctx").role, metrics::Role::parameter);
  // (What differs between the models run on one GPU is what each used.)
  const auto used = run(FileType::markdown, R"(| GPU | VRAM | Model | Tokens/sec |
|---|---|---|---|
| RTX 5090 | 12 GB | deepseek-r1:14b | 126.68 |
| RTX 5090 | 22 GB | deepseek-r1:32b | 65.38 |
| RTX 4090 | 12 GB | deepseek-r1:14b | 83.13 |
)");
  EXPECT_EQ(at(used, "table[0][1].VRAM").metric_id(), "memory");
}

// Held-out set 44: a bare TTFT and duration in the unit their row's tokens over its rates give
// (469 prompt tokens at 1169.37 tok/s: 0.40 s; with 1028 tokens at 35.88 tok/s, 29.05 s); a column
// whose rows disagree keeps none.
TEST(ReportTables, BareTimesInTheUnitTheirRowsRatesGive) {
  const auto r = run(FileType::markdown,
                     R"(| Model | Prompt Tokens | PP/s | TTFT | Generated Tokens | TG/s | Duration |
| --- | --- | --- | --- | --- | --- | --- |
| m | 469 | 1169.37 | 0.40 | 1028 | 35.88 | 29.05 |
| m | 724 | 1338.29 | 0.54 | 788 | 35.83 | 22.53 |
)");
  EXPECT_EQ(at(r, "table[0][1].TTFT").unit, "s");
  EXPECT_DOUBLE_EQ(*at(r, "table[0][1].TTFT").normalized, 540);
  EXPECT_EQ(at(r, "table[0][0].Duration").unit, "s");
  const auto odd = run(FileType::markdown, R"(| Model | Prompt Tokens | PP/s | TTFT |
| --- | --- | --- | --- |
| m | 469 | 1169.37 | 0.40 |
| m | 724 | 1338.29 | 9.54 |
)");
  EXPECT_EQ(at(odd, "table[0][0].TTFT").unit, "");
}

// Held-out set 42: "7.7 GB VRAM", "4.5 GB RAM": a memory figure with the memory it is of.
TEST(ReportTables, AMemoryFigureWithItsPool) {
  const auto r = run(FileType::markdown, R"(| Model | Device | RAM / GPU VRAM | Speed (tokens/sec) |
|---|---|---|---|
| Llama-2-7b-chat-hf | NVIDIA RTX 2080 Ti | 7.7 GB VRAM | 3.76 |
)");
  const auto& vram = at(r, "table[0][0].RAM / GPU VRAM");
  EXPECT_EQ(vram.metric_id(), "memory");
  EXPECT_DOUBLE_EQ(*vram.value, 7.7);
  EXPECT_EQ(vram.raw, "7.7 GB VRAM");
  EXPECT_NE(vram.note.find("of VRAM"), std::string::npos);
}

// Held-out set 41: a document that says its "±" is the largest deviation from the mean
// ("**Metrics:** Mean ± Max Deviation") gives that statistic, no standard deviation.
TEST(ReportTables, ADocumentsDefinitionOfItsPlusMinus) {
  const std::string table = "| Config | Latency (s) |\n|---|---|\n| Base | 0.62 ± 0.02 |\n";
  const auto r = run(FileType::markdown, "**Metrics:** Mean ± Max Deviation\n\n" + table);
  const MetricRow* spread = nullptr;
  for (const auto& row : r.rows)
    if (row.locator == "table[0][0].Latency (s)" && row.statistic != "mean") spread = &row;
  ASSERT_NE(spread, nullptr);
  EXPECT_EQ(spread->statistic, "max_dev");
  const auto plain = run(FileType::markdown, table);
  bool std_row = false;
  for (const auto& row : plain.rows) std_row = std_row || row.statistic == "std";
  EXPECT_TRUE(std_row);
}

// Held-out set 41: "Success" beside "Failed" counts the requests that succeeded (as in CSV), no
// flag of one request.
TEST(ReportTables, ASuccessColumnBesideFailuresIsACount) {
  const auto r = run(FileType::markdown, R"(| Target | Total | Success | Failed | Success Rate |
|---|---|---|---|---|
| spark | 6517 | 245 | 6272 | 3.8% |
| local | 12 | 0 | 12 | 0% |
)");
  const auto& ok = at(r, "table[0][0].Success");
  EXPECT_EQ(ok.metric_id(), "requests");
  EXPECT_DOUBLE_EQ(*ok.value, 245);
  EXPECT_EQ(at(r, "table[0][1].Failed").status, RowStatus::ok);  // a 0 count fails no row
  EXPECT_DOUBLE_EQ(*at(r, "table[0][1].Success").value, 0);
}

}  // namespace
}  // namespace chimera::ingest
