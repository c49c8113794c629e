// Golden test of the per-agent report layout: a fixed AgentRun renders to a fixed file, and its
// sections appear in the seed report's order. Set CHIMERA_UPDATE_GOLDEN=1 to rewrite the file.
#include <gtest/gtest.h>

#include <cstdlib>
#include <map>

#include "chimera/agent/agent.hpp"
#include "chimera/core/text.hpp"
#include "chimera/ingest/harvest.hpp"
#include "test_support.hpp"

namespace chimera {
namespace {
using namespace chimera::testing;

measure::RequestRecord call(double ttft, double e2e, std::int64_t tokens, double eval_ms,
                            std::string text) {
  measure::RequestRecord r;
  r.ok = true;
  r.metrics.ttft_ms = ttft;
  r.metrics.e2e_ms = e2e;
  r.metrics.output_tokens = tokens;
  r.metrics.decode_tok_s = static_cast<double>(tokens) / (eval_ms / 1000);
  r.metrics.prompt_eval_ms = 12.5;
  r.server.eval_duration_ns = eval_ms * 1e6;
  r.text = std::move(text);
  return r;
}

agent::AgentRun fixed_run() {
  agent::AgentRun run;
  run.config.persona = {"insight-agent",         "InsightAgent",
                        "Chimera Insight",       "insight_report.md",
                        "You are InsightAgent.", std::pair<std::size_t, std::size_t>{5, 400}};
  run.config.model = "gemma3:4b";
  run.config.options_json = "{\"num_ctx\":2048}";
  run.ok = true;
  run.files = 8;
  run.times = {0.01, 2.5, 3.25, 5.76};
  run.data_summary = "Total files analyzed: 8\n\n";
  run.warmup_load_ms = 412.7;
  run.analysis = call(603.2, 2500, 250, 2200, "Finding: TTFT is 603 ms");
  run.report = call(120.4, 3250, 300, 3000, "# Report\n\nThe mean TTFT was 603.2 ms.");
  run.findings = {"Finding: TTFT is 603 ms"};
  run.recommendations = {"Recommend: raise num_gpu"};
  run.data_findings = {
      {"best", "ttft", "Best time to first token: 94.10 ms in reports/summary.md"}};
  const auto o = [](const char* config, const char* metric, double v, const char* unit) {
    analysis::Observation x;
    x.file = "a.csv";
    x.locator = "row";
    x.name = metric;
    x.metric = metric;
    x.statistic = "sample";
    x.config = config;
    x.unit = unit;
    x.value = v;
    x.raw = std::to_string(v);
    return x;
  };
  run.advice = analysis::advise(
      {o("g80", "decode_rate", 40.0, "tok/s"), o("g80", "decode_rate", 42.0, "tok/s"),
       o("g20", "decode_rate", 20.0, "tok/s"), o("g20", "decode_rate", 21.0, "tok/s"),
       o("g80", "ttft", 300.0, "ms"), o("g20", "ttft", 900.0, "ms")},
      0);
  auto mean_ttft = o("g80", "ttft", 603.2, "ms");
  mean_ttft.file = "a.json";
  mean_ttft.locator = "mean_ttft_ms";
  mean_ttft.statistic = "mean";
  run.grounding = analysis::check_grounding(run.report.text, {mean_ttft});
  return run;
}

TEST(AgentReport, GoldenLayout) {
  const std::string got = agent::render_report(fixed_run(), "2026-01-01", {1.31, 76.0, false});
  const auto golden = source_dir() / "tests/golden/agent_report.md";
  if (std::getenv("CHIMERA_UPDATE_GOLDEN")) {
    write_file(golden, got);
    GTEST_SKIP() << "rewrote " << golden;
  }
  EXPECT_EQ(got, read_file(golden));
}

TEST(AgentReport, SectionsFollowTheSeedReportsOrder) {
  const std::string seed = read_file(shared_dir() / "reference/seed-insight-report.md");
  const std::string got = agent::render_report(fixed_run(), "2026-01-01");
  std::size_t seed_at = 0, got_at = 0;
  for (const char* section :
       {"**Date:**", "**Agent Type:**", "**Model:**", "**Configuration:**", "## Workflow Summary",
        "- Files analyzed:", "- Execution time:", "## Metrics", "- Throughput:", "- TTFT:",
        "- Total Duration:", "- Tokens Generated:", "- Prompt Eval:", "- Eval Duration:",
        "- Load Duration:", "## Key Findings", "## Recommendations", "## Persona Prompt"}) {
    const auto s = seed.find(section, seed_at), g = got.find(section, got_at);
    ASSERT_NE(s, std::string::npos) << "the seed report lacks " << section;
    ASSERT_NE(g, std::string::npos) << "our report lacks, or misorders, " << section;
    seed_at = s + 1;
    got_at = g + 1;
  }
}

TEST(AgentReport, AFenceTheModelLeftOpenIsClosedBeforeTheWritersSections) {
  auto run = fixed_run();
  run.report.text = "# Report\n\n```python\nprint(1)\n";  // the model stopped mid-block
  const std::string got = agent::render_report(run, "2026-01-01");
  EXPECT_FALSE(text::open_fence(got.substr(0, got.find("## Workflow Summary")))) << got;
}

TEST(AgentReport, ReadBackTheReportsFiguresAreItsMeasurements) {
  // chimera ingest on the report this writer wrote: its Metrics list, with the writer's
  // definitions (a mean decode rate and TTFT over the two calls, the server's total duration).
  ingest::FileResult r;
  r.entry.type = ingest::FileType::markdown;
  ingest::harvest_markdown(agent::render_report(fixed_run(), "2026-01-01"), r);
  std::map<std::string, const ingest::MetricRow*> by_name;
  for (const auto& row : r.rows)
    if (row.locator.starts_with("line[")) by_name[row.name] = &row;
  ASSERT_TRUE(by_name.count("Throughput")) << r.rows.size();
  EXPECT_EQ(by_name["Throughput"]->metric_id(), "decode_rate");
  EXPECT_EQ(by_name["Throughput"]->statistic, "mean");
  EXPECT_EQ(by_name["TTFT"]->metric_id(), "ttft");
  EXPECT_DOUBLE_EQ(*by_name["TTFT"]->value, 361.80);  // (603.2 + 120.4) / 2, as written
  EXPECT_EQ(by_name["Total Duration"]->metric_id(), "total_duration");
  EXPECT_EQ(by_name["End-to-end"]->metric_id(), "e2e_latency");
  EXPECT_EQ(by_name["End-to-end"]->statistic, "sum");
  EXPECT_EQ(by_name["Tokens Generated"]->metric_id(), "output_tokens");
  EXPECT_EQ(by_name["Load Duration"]->metric_id(), "load_time");
  EXPECT_EQ(by_name["Throughput"]->context.model, "gemma3:4b");
  EXPECT_EQ(by_name["Throughput"]->context.config, "{\"num_ctx\":2048}");
  EXPECT_EQ(r.format, "chimera report");
}

}  // namespace
}  // namespace chimera
