// The Markdown reports of a Chimera run, the reference system's and this project's own: their
// figure lists, read with the definitions those systems give them.
#include <gtest/gtest.h>

#include "ingest_helpers.hpp"

namespace chimera::ingest {
namespace {

using testing::at;
using testing::has_row;
using testing::run;

// The reference's per-agent report (collector_report.md): its configuration line, then the
// list of the agent's figures.
constexpr std::string_view kAgentReport = R"(# Chimera Agent A

Model: gemma3:latest
Ollama URL: http://127.0.0.1:11434
Configuration: num_gpu=80, num_ctx=1024, temp=0.8, top_p=0.9
Prompt:
```
Produce a concise data inventory.
```

## Metrics
- Throughput: 41.18 tok/s
- TTFT: 272.04 ms
- Total Duration: 11404.65 ms
- Tokens Generated: 445
- Prompt Eval: 13.81 ms
- Eval Duration: 10807.45 ms
- Load Duration: 248.92 ms
)";

TEST(ChimeraReport, TheAgentReportsFiguresAreReadWithTheReferencesDefinitions) {
  const auto r = run(FileType::markdown, std::string(kAgentReport));
  EXPECT_EQ(r.format, "chimera report");
  const auto& rate = at(r, "line[12].Throughput");
  EXPECT_EQ(rate.metric_id(), "decode_rate");  // eval_count / eval_duration
  EXPECT_EQ(rate.statistic, "mean");           // over the agent's calls
  ASSERT_TRUE(rate.normalized);
  EXPECT_DOUBLE_EQ(*rate.normalized, 41.18);
  EXPECT_EQ(rate.normalized_unit, "tok/s");
  EXPECT_EQ(rate.line, 12u);
  EXPECT_EQ(rate.context.model, "gemma3:latest");
  EXPECT_EQ(rate.context.config, "num_gpu=80 num_ctx=1024 temp=0.8 top_p=0.9");
  EXPECT_EQ(rate.context.section, "Metrics");
  EXPECT_EQ(at(r, "line[13].TTFT").statistic, "mean");
  // The reference's total is the client's time of the agent's calls (its execution time).
  EXPECT_EQ(at(r, "line[14].Total Duration").metric_id(), "e2e_latency");
  EXPECT_EQ(at(r, "line[14].Total Duration").statistic, "sum");
  EXPECT_EQ(at(r, "line[14].Total Duration").normalized_unit, "ms");  // as written, not ns
  EXPECT_EQ(at(r, "line[15].Tokens Generated").metric_id(), "output_tokens");
  EXPECT_EQ(at(r, "line[15].Tokens Generated").statistic, "sum");
  EXPECT_EQ(at(r, "line[16].Prompt Eval").metric_id(), "prompt_eval_time");
  EXPECT_EQ(at(r, "line[17].Eval Duration").metric_id(), "eval_time");
  EXPECT_EQ(at(r, "line[18].Load Duration").metric_id(), "load_time");
  std::size_t figures = 0;
  for (const auto& row : r.rows) figures += row.role == metrics::Role::metric ? 1 : 0;
  EXPECT_EQ(figures, 7u);
}

TEST(ChimeraReport, ThisProjectsReportReadsItsOwnListAndNotTheModelsText) {
  // The model's report sits under a title of its own, before the writer's sections: a list of
  // figures there is the model's claim, not a measurement.
  const auto r = run(FileType::markdown, R"(# Chimera Insight

# Technical Report: Chimera Collector Analysis

**Date:** 2026-12-05
**Model:** demo
**Configuration:** {"num_ctx":2048}

## Metrics
- Throughput: 999.00 tok/s

## Workflow Summary
- Files analyzed: 101

## Metrics
- Throughput: 722.59 tok/s (1 of 2 calls reported it)
- Load Duration: n/a (the model was already loaded, or the server does not report it)
)");
  EXPECT_FALSE(has_row(r, "line[10].Throughput"));
  const auto& rate = at(r, "line[16].Throughput");
  EXPECT_DOUBLE_EQ(*rate.value, 722.59);
  EXPECT_EQ(rate.context.model, "demo");
  EXPECT_EQ(rate.context.config, R"({"num_ctx":2048})");
  const auto& load = at(r, "line[17].Load Duration");
  EXPECT_FALSE(load.value);  // missing stays missing
  EXPECT_EQ(load.unit, "");
  EXPECT_EQ(load.raw, "n/a (the model was already loaded, or the server does not report it)");
  EXPECT_NE(load.note.find("not measured"), std::string::npos);
}

TEST(ChimeraReport, TheMultiAgentReportsScenarioAgentsAndDifference) {
  const auto r = run(FileType::markdown, R"(# Rust Multi-Agent Report - Run 2

## Scenario
- Type: chimera_hetero
- Concurrent Wall Time: 12.55s
- Sequential Estimate: 22.13s
- Speedup: 1.76x
- Efficiency: 88.2% (ideal = 2x speedup)
- Contention Detected: No

## Agent A (Chimera Agent A)
- Base URL: http://127.0.0.1:11434
- Config: num_gpu=80, num_ctx=512, temp=0.8
- Throughput: 41.20 tok/s
- TTFT: 277.58 ms

## Agent B (Chimera Agent B)
- Config: num_gpu=80, num_ctx=1024, temp=0.8
- Throughput: 58.31 tok/s
- TTFT: 314.63 ms

## Delta (B - A)
- Throughput Δ: +17.11 tok/s
- TTFT Δ: -37.05 ms (positive = Agent B faster TTFT)
)");
  EXPECT_EQ(at(r, "line[5].Concurrent Wall Time").metric_id(), "duration");
  EXPECT_DOUBLE_EQ(*at(r, "line[5].Concurrent Wall Time").normalized, 12550.0);
  EXPECT_EQ(at(r, "line[6].Sequential Estimate").statistic, "sum");
  EXPECT_EQ(at(r, "line[7].Speedup").metric_id(), "speedup");
  EXPECT_EQ(at(r, "line[8].Efficiency").normalized_unit, "%");
  EXPECT_EQ(at(r, "line[8].Efficiency").context.config, "chimera_hetero");
  EXPECT_EQ(at(r, "line[14].Throughput").context.config, "num_gpu=80 num_ctx=512 temp=0.8");
  EXPECT_EQ(at(r, "line[19].Throughput").context.config, "num_gpu=80 num_ctx=1024 temp=0.8");
  EXPECT_EQ(at(r, "line[19].Throughput").context.section, "Agent B (Chimera Agent B)");
  EXPECT_EQ(at(r, "line[23].Throughput Δ").statistic, "delta");
  // The report's TTFT difference is A - B (its own note), though its heading says B - A.
  const auto& ttft = at(r, "line[24].TTFT Δ");
  EXPECT_DOUBLE_EQ(*ttft.value, 37.05);  // B - A, as the heading says: 314.63 - 277.58
  EXPECT_EQ(ttft.raw, "-37.05 ms (positive = Agent B faster TTFT)");
  EXPECT_NE(ttft.note.find("the report writes A - B"), std::string::npos);
  EXPECT_FALSE(has_row(r, "line[13].Base URL"));
}

TEST(ChimeraReport, AFenceTheModelLeftOpenEndsAtTheWritersWorkflowSummary) {
  const auto r = run(FileType::markdown,
                     "# Chimera Insight\n\n# Technical Report: X\n\n"
                     "```python\nprint(1)\n\n## Workflow Summary\n"
                     "- Files analyzed: 101\n\n## Metrics\n"
                     "- Throughput: 41.18 tok/s\n");
  EXPECT_DOUBLE_EQ(*at(r, "line[12].Throughput").value, 41.18);
}

TEST(ChimeraReport, OtherDocumentsListsAreReadByTheirWordsOnly) {
  // Not a Chimera report: a note's "## Metrics" list is read by what its labels say (a rate
  // the note does not say is a decode rate stays a generic rate), where the note has no table.
  const auto r = run(FileType::markdown,
                     "# My benchmark notes\n\n## Metrics\n"
                     "- Throughput: 45.2 tok/s\n- TTFT: 120 ms\n");
  EXPECT_EQ(at(r, "list[4].Throughput").metric_id(), "token_rate");
  EXPECT_EQ(at(r, "list[5].TTFT").metric_id(), "ttft");
  EXPECT_EQ(at(r, "list[5].TTFT").statistic, "value");
  // ... and not where it has a table (its lists restate it).
  const auto t = run(FileType::markdown,
                     "# Notes\n\n- Throughput: 45.2 tok/s\n\n| Run | tok/s |\n|---|---|\n"
                     "| a | 45.2 |\n");
  EXPECT_FALSE(testing::has_row(t, "list[3].Throughput"));
  // A Chimera report's figures outside its own sections (an expectation) are not read either.
  const auto e = run(FileType::markdown,
                     "# Chimera Agent A\n\n**Expected Performance:**\n"
                     "- Throughput: 110.0 tok/s\n\n## Notes\n"
                     "- Throughput: 99.0 tok/s\n");
  EXPECT_TRUE(e.rows.empty());
}

}  // namespace
}  // namespace chimera::ingest
