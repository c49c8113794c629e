// Agent workflows against fake servers: outputs, report sections, concurrency figures, isolation
// of a failing agent.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <nlohmann/json.hpp>

#include "chimera/agent/scenario.hpp"
#include "chimera/agent/util.hpp"
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
  EXPECT_TRUE(run.agents[0].ok) << run.agents[0].error;
  EXPECT_TRUE(run.agents[1].ok) << run.agents[1].error;
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

// Round trip: a run's metrics.json (and store record) read back holds what the run measured.
TEST(Agents, ARunReadBackFromItsMetricsJsonEqualsTheRun) {
  fake::FakeServer a, b;
  ASSERT_TRUE(a.start().ok() && b.start().ok());
  TempDir t;
  const auto sum = agent::run_agents(options(t, a.url(), b.url()));
  ASSERT_TRUE(sum.ok()) << sum.error().describe();
  const auto& run = sum.value().runs[0];
  agent::RunHeader head;
  const auto back = agent::run_from_json(read_file(t / "out/run_1/metrics.json"), &head);
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(head.scenario, "baseline_vs_chimera");
  EXPECT_NE(head.tool.find("chimera"), std::string::npos);
  EXPECT_EQ(back->index, 1);
  EXPECT_DOUBLE_EQ(back->wall_s, run.wall_s);
  EXPECT_EQ(back->speedup, run.speedup);
  EXPECT_EQ(back->efficiency_pct, run.efficiency_pct);
  EXPECT_EQ(back->contention, run.contention);
  EXPECT_EQ(back->slowdown, run.slowdown);
  ASSERT_EQ(back->agents.size(), run.agents.size());
  for (std::size_t i = 0; i < run.agents.size(); ++i) {
    const auto &x = run.agents[i], &y = back->agents[i];
    EXPECT_EQ(y.config.persona.name, x.config.persona.name);
    EXPECT_EQ(y.config.model, x.config.model);
    EXPECT_EQ(y.config.options_json, x.config.options_json);
    EXPECT_EQ(y.ok, x.ok);
    EXPECT_EQ(y.error, x.error);
    EXPECT_DOUBLE_EQ(y.times.total_s, x.times.total_s);
    EXPECT_DOUBLE_EQ(y.times.ingest_s, x.times.ingest_s);
    EXPECT_DOUBLE_EQ(y.times.analysis_s, x.times.analysis_s);
    EXPECT_DOUBLE_EQ(y.times.report_s, x.times.report_s);
    for (const auto& [c, d] : {std::pair{&x.analysis, &y.analysis}, {&x.report, &y.report}}) {
      EXPECT_EQ(d->ok, c->ok);
      EXPECT_EQ(d->done_reason, c->done_reason);
      EXPECT_EQ(d->metrics.output_tokens, c->metrics.output_tokens);
      ASSERT_TRUE(c->metrics.ttft_ms && d->metrics.ttft_ms);
      EXPECT_NEAR(*d->metrics.ttft_ms, *c->metrics.ttft_ms, 1e-9 * *c->metrics.ttft_ms);
    }
  }
  // One agent's record ("run.baseline" / "run.chimera" in a store) reads back the same way.
  for (const auto& x : run.agents) {
    const auto y = agent::agent_run_from_json(agent::agent_json(x));
    ASSERT_TRUE(y.has_value());
    EXPECT_EQ(y->config.persona.name, x.config.persona.name);
    EXPECT_EQ(y->config.options_json, x.config.options_json);
    EXPECT_EQ(y->config.url, x.config.url);
    EXPECT_EQ(y->ok, x.ok);
    EXPECT_DOUBLE_EQ(y->times.total_s, x.times.total_s);
    for (const auto& [c, d] : {std::pair{&x.analysis, &y->analysis}, {&x.report, &y->report}}) {
      EXPECT_EQ(d->text, c->text);
      EXPECT_EQ(d->done_reason, c->done_reason);
      EXPECT_EQ(d->metrics.output_tokens, c->metrics.output_tokens);
      EXPECT_EQ(d->metrics.prompt_tokens, c->metrics.prompt_tokens);
      for (const auto m :
           {&stats::RequestMetrics::ttft_ms, &stats::RequestMetrics::e2e_ms,
            &stats::RequestMetrics::decode_tok_s, &stats::RequestMetrics::output_tok_s}) {
        ASSERT_EQ((d->metrics.*m).has_value(), (c->metrics.*m).has_value());
        if ((c->metrics.*m).has_value()) {
          EXPECT_NEAR(*(d->metrics.*m), *(c->metrics.*m), 1e-9 * std::abs(*(c->metrics.*m)));
        }
      }
    }
  }
  EXPECT_FALSE(agent::agent_run_from_json("[]").has_value());
  EXPECT_FALSE(agent::run_from_json("{\"agents\": []}").has_value());
  EXPECT_FALSE(agent::run_from_json("not json").has_value());
}

TEST(Agents, AnUnreachableServerFailsFastNamingIt) {
  fake::FakeServer a;
  ASSERT_TRUE(a.start().ok());
  TempDir t;
  auto o = options(t, a.url(), "http://127.0.0.1:9");
  const auto sum = agent::run_agents(o);
  ASSERT_FALSE(sum.ok());
  EXPECT_NE(sum.error().message.find("InsightAgent (http://127.0.0.1:9): cannot reach"),
            std::string::npos)
      << sum.error().describe();
  EXPECT_TRUE(a.truth().empty()) << "nothing was generated before the check";
  EXPECT_FALSE(std::filesystem::exists(t / "out/run_1"));
}

TEST(Agents, AFailingServerLeavesTheOtherAgentComplete) {
  fake::FakeServer a;
  fake::FakeScript broken;
  broken.fault = fake::Fault::http500;  // reachable, but every generation fails
  fake::FakeServer b(broken);
  ASSERT_TRUE(a.start().ok() && b.start().ok());
  TempDir t;
  auto o = options(t, a.url(), b.url());
  o.solo = false;
  const auto sum = agent::run_agents(o);
  ASSERT_TRUE(sum.ok()) << sum.error().describe();
  const auto& run = sum.value().runs[0];
  EXPECT_TRUE(run.agents[0].ok) << run.agents[0].error;
  EXPECT_FALSE(run.agents[1].ok);
  EXPECT_NE(run.agents[1].error.find("HTTP 500"), std::string::npos) << run.agents[1].error;
  EXPECT_NE(read_file(t / "out/run_1/collector_report.md").find("## Metrics"), std::string::npos);
  EXPECT_NE(read_file(t / "out/run_1/insight_report.md").find("**The run failed:**"),
            std::string::npos);
  EXPECT_FALSE(run.speedup);  // undefined when an agent failed: n/a, not 0
}

TEST(Agents, ConcurrencyFiguresFollowTheReferenceDefinitions) {
  agent::ConcurrentRun r;
  r.agents.resize(2);
  r.agents[0].ok = r.agents[1].ok = true;
  r.agents[0].times.total_s = 10;
  r.agents[1].times.total_s = 9;
  r.wall_s = 10;
  agent::concurrency_figures(r);
  EXPECT_DOUBLE_EQ(*r.speedup, 1.9);
  EXPECT_DOUBLE_EQ(*r.efficiency_pct, 95);
  EXPECT_FALSE(r.contention);
  r.wall_s = 19;  // fully serialised
  agent::concurrency_figures(r);
  EXPECT_TRUE(r.contention);
}

TEST(Agents, ConcurrencyFiguresGeneraliseToNAgents) {
  agent::ConcurrentRun r;
  r.agents.resize(8);
  for (auto& a : r.agents) a.ok = true, a.times.total_s = 2;
  r.wall_s = 2;  // perfect overlap
  agent::concurrency_figures(r);
  EXPECT_DOUBLE_EQ(*r.speedup, 8);
  EXPECT_DOUBLE_EQ(*r.efficiency_pct, 100);
  EXPECT_FALSE(r.contention);
  r.wall_s = 4;  // half: efficiency 50 %, below the 75 % line
  agent::concurrency_figures(r);
  EXPECT_DOUBLE_EQ(*r.efficiency_pct, 50);
  EXPECT_TRUE(r.contention);
  r.agents[3].ok = false;
  agent::concurrency_figures(r);
  EXPECT_FALSE(r.speedup);
  EXPECT_FALSE(r.contention);
}

TEST(Agents, AnswerQualityCountsSectionsWordsAndVerifiedShare) {
  const std::string text =
      "# Executive Summary\nFast.\n## Key Findings\n- TTFT 603 ms\n**Recommendations**\n- more GPU "
      "layers\n";
  analysis::GroundingResult g;
  g.numbers.resize(2);
  g.numbers[0].mark = analysis::Mark::verified;
  const auto q = agent::answer_quality(text, g, std::pair<std::size_t, std::size_t>{20, 40});
  EXPECT_EQ(q.sections_present, 3u);
  EXPECT_EQ(q.sections_missing, (std::vector<std::string>{"data ingestion summary",
                                                          "performance analysis", "appendix"}));
  EXPECT_EQ(q.words, 16u);  // whitespace-separated, markup included
  EXPECT_DOUBLE_EQ(*q.verified_share, 0.5);
  EXPECT_FALSE(agent::answer_quality(text, {}, std::nullopt).verified_share);  // n/a, not 100 %
  EXPECT_EQ(q.length_verdict, "short of the persona's target of 20 to 40 words");
  EXPECT_EQ(
      agent::answer_quality(text, g, std::pair<std::size_t, std::size_t>{10, 16}).length_verdict,
      "within the persona's target of 10 to 16 words");
  EXPECT_EQ(
      agent::answer_quality(text, g, std::pair<std::size_t, std::size_t>{1, 15}).length_verdict,
      "over the persona's target of 1 to 15 words");
  EXPECT_EQ(agent::answer_quality(text, g).length_verdict, "the persona sets no target");
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

namespace chimera {
namespace {
using namespace chimera::testing;

TEST(AgentsConfig, RunsEveryAgentOfTheFileConcurrently) {
  fake::FakeServer s1, s2, s3;
  ASSERT_TRUE(s1.start().ok() && s2.start().ok() && s3.start().ok());
  TempDir t;
  write_file(t / "agents.toml",
             "name = \"three\"\nmodel = \"fake:tokens=20,gap=1,ttft=3\"\n"
             "runs = 2\nwarmup = 0\n"
             "[[agent]]\npersona = \"datacollector-9000\"\nurl = \"" +
                 s1.url() +
                 "\"\n"
                 "[[agent]]\npersona = \"insight-agent\"\nurl = \"" +
                 s2.url() +
                 "\"\noptions = { num_ctx = 2048 }\n"
                 "[[agent]]\npersona = \"insight-agent\"\nname = \"Second\"\n"
                 "url = \"" +
                 s3.url() + "\"\noptions = \"temperature=0.5\"\n");
  agent::AgentsOptions base;
  base.dir = source_dir() / "examples/artifacts";
  base.out = t / "out";
  auto o = agent::load_agents_config(t / "agents.toml", base);
  ASSERT_TRUE(o.ok()) << o.error().describe();
  EXPECT_EQ(o.value().scenario, "three");
  EXPECT_EQ(o.value().runs, 2);
  ASSERT_EQ(o.value().agents.size(), 3u);
  EXPECT_EQ(o.value().agents[1].options_json, "{\"num_ctx\":2048}");
  EXPECT_EQ(o.value().agents[2].options_json, "{\"temperature\":0.5}");
  const auto sum = agent::run_agents(o.value());
  ASSERT_TRUE(sum.ok()) << sum.error().describe();
  ASSERT_EQ(sum.value().runs.size(), 2u);
  for (const auto& r : sum.value().runs) {
    ASSERT_EQ(r.agents.size(), 3u);
    for (const auto& a : r.agents) EXPECT_TRUE(a.ok) << a.error;
    ASSERT_TRUE(r.efficiency_pct);
    EXPECT_NEAR(*r.efficiency_pct, *r.speedup / 3 * 100, 1e-9);
  }
  // Two agents of one persona: distinct report files; each server saw its own agent's calls.
  for (const char* f : {"run_2/collector_report.md", "run_2/agent2_insight_report.md",
                        "run_2/agent3_insight_report.md", "run_2/combined_report.md"}) {
    EXPECT_TRUE(std::filesystem::exists(t / "out" / f)) << f;
  }
  EXPECT_NE(read_file(t / "out/run_1/agent3_insight_report.md").find("{\"temperature\":0.5}"),
            std::string::npos);
  const auto j = nlohmann::json::parse(read_file(t / "out/summary.json"));
  EXPECT_EQ(j["runs"][0]["agents"], 3);
  EXPECT_EQ(j["runs"][0]["slowdown"].size(), 3u);
  EXPECT_EQ(j["efficiency_pct"]["n"], 2);
  EXPECT_NE(read_file(t / "out/summary.md").find("slowdown Second"), std::string::npos);
}

TEST(AgentsConfig, ErrorsNameTheFileAndTheKey) {
  TempDir t;
  const auto load = [&](const std::string& text) {
    write_file(t / "a.toml", text);
    return agent::load_agents_config(t / "a.toml", {});
  };
  const auto msg = [](const auto& r) { return r.ok() ? std::string() : r.error().describe(); };
  auto r = load("model = \"m\"\n[[agent]]\npersona = \"insight-agent\"\nurll = \"x\"\n");
  EXPECT_NE(msg(r).find("unknown key 'urll' in agent 1"), std::string::npos) << msg(r);
  EXPECT_NE(msg(r).find("a.toml"), std::string::npos);
  r = load("model = \"m\"\n");
  EXPECT_NE(msg(r).find("no agents"), std::string::npos) << msg(r);
  r = load("[[agent]]\npersona = \"insight-agent\"\n");
  EXPECT_NE(msg(r).find("no model"), std::string::npos) << msg(r);
  r = load("model = \"m\"\nruns = 0\n[[agent]]\npersona = \"insight-agent\"\n");
  EXPECT_NE(msg(r).find("'runs'"), std::string::npos) << msg(r);
  r = load("model = \"m\"\n[[agent]]\nname = \"x\"\n");
  EXPECT_NE(msg(r).find("agent 1 has no persona"), std::string::npos) << msg(r);
  r = load("model = [\n");
  EXPECT_NE(msg(r).find("line"), std::string::npos) << msg(r);
  r = load("model = \"m\"\n[[agent]]\npersona = \"insight-agent\"\noptions = \"=,=\"\n");
  EXPECT_FALSE(r.ok());
}

TEST(AgentsConfig, TheShippedExampleLoads) {
  const auto o = agent::load_agents_config(source_dir() / "examples/agents.toml", {});
  ASSERT_TRUE(o.ok()) << o.error().describe();
  EXPECT_EQ(o.value().agents.size(), 4u);
  EXPECT_EQ(o.value().agents[3].model, "gemma3:1b-it-qat");
  EXPECT_EQ(o.value().agents[0].options_json, "");  // server defaults
}

}  // namespace
}  // namespace chimera
