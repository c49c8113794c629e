// Golden test of the per-agent report layout: a fixed AgentRun renders to a fixed file, and its
// sections appear in the seed report's order. Set CHIMERA_UPDATE_GOLDEN=1 to rewrite the file.
#include <gtest/gtest.h>

#include <cstdlib>

#include "chimera/agent/agent.hpp"
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

}  // namespace
}  // namespace chimera
