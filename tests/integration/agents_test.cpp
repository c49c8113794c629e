// Agent workflows against fake servers: outputs, report sections, concurrency figures, isolation
// of a failing agent.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <nlohmann/json.hpp>

#include "chimera/agent/scenario.hpp"
#include "chimera/fake/fake_server.hpp"
#include "test_support.hpp"

namespace chimera {
namespace {
using namespace chimera::testing;

agent::AgentsOptions options(const TempDir& t, const std::string& url_a, const std::string& url_b) {
  agent::AgentsOptions o;
  o.dir = source_dir() / "examples/artifacts";
  o.layout = ingest::Layout::chimera;
  o.url_a = url_a;
  o.url_b = url_b;
  o.model = "fake:tokens=40,gap=2,ttft=5";
  o.options = "{\"num_ctx\":2048}";
  o.out = t / "out";
  o.store = t / "results.db";
  return o;
}

TEST(Agents, BaselineVsChimeraWritesEveryOutputAndSection) {
  fake::FakeServer a, b;
  ASSERT_TRUE(a.start().ok() && b.start().ok());
  TempDir t;
  const auto sum = agent::run_agents(options(t, a.url(), b.url()));
  ASSERT_TRUE(sum.ok()) << sum.error().describe();
  ASSERT_EQ(sum.value().runs.size(), 1u);
  const auto& run = sum.value().runs[0];
  EXPECT_TRUE(run.a.ok) << run.a.error;
  EXPECT_TRUE(run.b.ok) << run.b.error;
  for (const char* f :
       {"run_1/collector_report.md", "run_1/insight_report.md", "run_1/combined_report.md",
        "run_1/metrics.json", "summary.json", "summary.md"}) {
    EXPECT_TRUE(std::filesystem::exists(t / "out" / f)) << f;
  }
  const std::string report = read_file(t / "out/run_1/insight_report.md");
  for (const char* section :
       {"# Technical Report: Chimera Insight Analysis", "**Agent Type:**", "**Model:**",
        "**Configuration:** {\"num_ctx\":2048}", "## Workflow Summary", "## Metrics",
        "- Throughput:", "- TTFT:", "## Findings from the Data", "## Key Findings",
        "## Recommendations", "## Grounding Check", "## Persona Prompt", "You are InsightAgent"}) {
    EXPECT_NE(report.find(section), std::string::npos) << section;
  }
  EXPECT_NE(
      read_file(t / "out/run_1/collector_report.md").find("**Configuration:** server defaults"),
      std::string::npos);
  // metrics.json agrees with the run: efficiency = speedup / 2, both agents recorded with their
  // calls.
  const auto j = nlohmann::json::parse(read_file(t / "out/run_1/metrics.json"));
  ASSERT_TRUE(j["speedup"].is_number());
  EXPECT_NEAR(j["efficiency_pct"].get<double>(), j["speedup"].get<double>() * 50.0, 1e-9);
  ASSERT_EQ(j["agents"].size(), 2u);
  EXPECT_EQ(j["agents"][0]["name"], "DataCollector-9000");
  EXPECT_EQ(j["agents"][1]["name"], "InsightAgent");
  EXPECT_EQ(j["agents"][1]["calls"].size(), 2u);
  EXPECT_EQ(j["agents"][1]["calls"][0]["output_tokens"], 40);
  EXPECT_TRUE(j["agents"][0]["slowdown_vs_solo"].is_number());
  EXPECT_NEAR(
      j["speedup"].get<double>(),
      (j["agents"][0]["execution_s"].get<double>() + j["agents"][1]["execution_s"].get<double>()) /
          j["wall_s"].get<double>(),
      1e-9);
}

TEST(Agents, AFailingServerLeavesTheOtherAgentComplete) {
  fake::FakeServer a;
  ASSERT_TRUE(a.start().ok());
  TempDir t;
  auto o = options(t, a.url(), "http://127.0.0.1:9");
  o.solo = false;
  const auto sum = agent::run_agents(o);
  ASSERT_TRUE(sum.ok());
  const auto& run = sum.value().runs[0];
  EXPECT_TRUE(run.a.ok) << run.a.error;
  EXPECT_FALSE(run.b.ok);
  EXPECT_NE(run.b.error.find("connection refused"), std::string::npos) << run.b.error;
  EXPECT_NE(read_file(t / "out/run_1/collector_report.md").find("## Metrics"), std::string::npos);
  EXPECT_NE(read_file(t / "out/run_1/insight_report.md").find("**The run failed:**"),
            std::string::npos);
  EXPECT_FALSE(run.speedup);  // undefined when an agent failed: n/a, not 0
}

TEST(Agents, ConcurrencyFiguresFollowTheReferenceDefinitions) {
  agent::ConcurrentRun r;
  r.a.ok = r.b.ok = true;
  r.a.times.total_s = 10;
  r.b.times.total_s = 9;
  r.wall_s = 10;
  agent::concurrency_figures(r);
  EXPECT_DOUBLE_EQ(*r.speedup, 1.9);
  EXPECT_DOUBLE_EQ(*r.efficiency_pct, 95);
  EXPECT_FALSE(r.contention);
  r.wall_s = 19;  // fully serialised
  agent::concurrency_figures(r);
  EXPECT_TRUE(r.contention);
}

TEST(Agents, AnswerQualityCountsSectionsWordsAndVerifiedShare) {
  const std::string text =
      "# Executive Summary\nFast.\n## Key Findings\n- TTFT 603 ms\n**Recommendations**\n- more GPU "
      "layers\n";
  report::GroundingResult g;
  g.numbers.resize(2);
  g.numbers[0].mark = report::Mark::verified;
  const auto q = agent::answer_quality(text, g);
  EXPECT_EQ(q.sections_present, 3u);
  EXPECT_EQ(q.sections_missing, (std::vector<std::string>{"data ingestion summary",
                                                          "performance analysis", "appendix"}));
  EXPECT_EQ(q.words, 16u);  // whitespace-separated, markup included
  EXPECT_DOUBLE_EQ(q.verified_share, 0.5);
}

TEST(Agents, PromptsPersonasAndParsing) {
  const auto dir = agent::default_prompts_dir();
  const auto p = agent::load_persona(dir, "datacollector-9000");
  ASSERT_TRUE(p.ok()) << p.error().describe();
  EXPECT_EQ(p.value().name, "DataCollector-9000");
  EXPECT_EQ(p.value().report_file, "collector_report.md");
  EXPECT_NE(p.value().system_prompt.find("DataCollector-9000"), std::string::npos);
  EXPECT_FALSE(agent::load_persona(dir, "nobody").ok());
  EXPECT_EQ(agent::render("a {{x}} b {{y}} {{x}}", {{"x", "1"}, {"y", "{{x}}"}}), "a 1 b {{x}} 1");
  std::vector<std::string> f, r;
  agent::parse_analysis(
      "## Key Findings\n- Finding: TTFT is 603 ms\n- We should raise num_ctx\nplain line\n", f, r);
  EXPECT_EQ(f, (std::vector<std::string>{"Finding: TTFT is 603 ms"}));
  EXPECT_EQ(r, (std::vector<std::string>{"We should raise num_ctx"}));
}

}  // namespace
}  // namespace chimera
