// Recommendations and risks computed from observations with known answers.
#include "chimera/analysis/advice.hpp"

#include <gtest/gtest.h>

#include "analysis_obs.hpp"

namespace chimera::analysis {
namespace {

using testing::obs;

std::vector<Observation> table() {
  std::vector<Observation> o;
  // g80: fast decode, slow TTFT; g999: a bit slower decode, fast TTFT; g20: CPU spill.
  for (double v : {100.0, 102.0, 98.0}) o.push_back(obs("g80_c2048", "decode_rate", v, "tok/s"));
  for (double v : {90.0, 91.0, 89.0}) o.push_back(obs("g999_c2048", "decode_rate", v, "tok/s"));
  for (double v : {40.0, 41.0, 39.0}) o.push_back(obs("g20_c2048", "decode_rate", v, "tok/s"));
  for (double v : {500.0, 510.0}) o.push_back(obs("g80_c2048", "ttft", v, "ms"));
  for (double v : {300.0, 310.0}) o.push_back(obs("g999_c2048", "ttft", v, "ms"));
  for (double v : {900.0, 910.0}) o.push_back(obs("g20_c2048", "ttft", v, "ms"));
  o.push_back(obs("g80_c2048", "ttft", 1.0, "ms", "p99"));  // another statistic: not compared
  return o;
}

TEST(Advice, RecommendsASeparatedBestWithItsIntervalAndTradeOff) {
  const auto a = advise(table(), 0);
  ASSERT_EQ(a.recommendations.size(), 3u);
  EXPECT_EQ(a.recommendations[0].objective, "throughput");
  EXPECT_EQ(a.recommendations[0].config, "g80_c2048");
  const std::string& t = a.recommendations[0].text;
  EXPECT_NE(t.find("For throughput (decode rate, raw measurements), use g80_c2048: 100.0 tok/s "
                   "mean (95 % CI"),
            std::string::npos)
      << t;
  EXPECT_NE(t.find("separated from the runner-up g999_c2048"), std::string::npos) << t;
  EXPECT_NE(t.find("its TTFT is 505.0 ms (+66 % against g999_c2048, the leader there)"),
            std::string::npos)
      << t;
  EXPECT_EQ(a.recommendations[1].config, "g999_c2048");  // the p99 of 1 ms is not a mean
  // Balanced (maximin): g999 has 90 % of the best throughput and the best TTFT.
  EXPECT_EQ(a.recommendations[2].config, "g999_c2048");
  EXPECT_NE(a.recommendations[2].text.find("Quality is not measured"), std::string::npos);
}

// Raw measurements of one configuration compare nothing: the means the reports give of three
// configurations are what the recommendation weighs (and says so).
TEST(Advice, OneConfigurationsSamplesGiveWayToReportedFiguresOfSeveral) {
  std::vector<Observation> o;
  for (double v : {39.9, 39.8}) o.push_back(obs("agent", "decode_rate", v, "tok/s"));
  o.push_back(obs("a", "decode_rate", 100.0, "tok/s", "mean", "a.json"));
  o.push_back(obs("b", "decode_rate", 60.0, "tok/s", "mean", "b.json"));
  const auto a = advise(o, 0);
  const std::string& t = a.recommendations[0].text;
  EXPECT_NE(t.find("(decode rate, mean reported by the sources)"), std::string::npos) << t;
  EXPECT_EQ(t.find("agent"), std::string::npos) << t;
  // With raw measurements of two configurations, those are compared.
  for (double v : {50.0, 51.0}) o.push_back(obs("other", "decode_rate", v, "tok/s"));
  const std::string raw = advise(o, 0).recommendations[0].text;
  EXPECT_NE(raw.find("(decode rate, raw measurements)"), std::string::npos) << raw;
}

TEST(Advice, TiedConfigurationsAreNotRecommended) {
  std::vector<Observation> o;
  for (double v : {100.0, 140.0, 60.0}) o.push_back(obs("a", "decode_rate", v, "tok/s"));
  for (double v : {110.0, 150.0, 70.0}) o.push_back(obs("b", "decode_rate", v, "tok/s"));
  const auto a = advise(o, 0);
  EXPECT_EQ(a.recommendations[0].config, "");
  EXPECT_NE(a.recommendations[0].text.find("no configuration is best: tied within noise"),
            std::string::npos)
      << a.recommendations[0].text;
  EXPECT_NE(a.recommendations[0].text.find("a preference the data does not confirm"),
            std::string::npos);
}

TEST(Advice, ConstantSpeedCrownsNothing) {
  std::vector<Observation> o;
  for (const char* c : {"x", "y", "z"}) {
    for (int i = 0; i < 3; ++i) o.push_back(obs(c, "decode_rate", 50.0, "tok/s"));
  }
  const auto a = advise(o, 0);
  EXPECT_EQ(a.recommendations[0].config, "");
  EXPECT_NE(a.recommendations[0].text.find("Their means are equal"), std::string::npos)
      << a.recommendations[0].text;
}

TEST(Advice, FlagsCpuSpillVarianceMissingAndSkipped) {
  auto o = table();
  for (double v : {10.0, 20.0, 30.0}) o.push_back(obs("noisy", "decode_rate", v, "tok/s"));
  o.push_back(obs("g80_c2048", "ttft", std::nullopt, "ms", "sample", "x.json", "$.ttft"));
  const auto a = advise(o, 2);
  std::vector<std::string> risks;
  for (const auto& r : a.risks) risks.push_back(r.risk);
  EXPECT_EQ(risks,
            (std::vector<std::string>{"High run-to-run variance", "CPU spill (partial GPU offload)",
                                      "Missing measurements", "Skipped files"}));
  EXPECT_NE(a.risks[0].evidence.find("the decode rate of noisy: coefficient of variation 50 %"),
            std::string::npos)
      << a.risks[0].evidence;
  EXPECT_NE(a.risks[1].evidence.find("num_gpu = 20"), std::string::npos) << a.risks[1].evidence;
}

TEST(Advice, SlowdownWordsNeverCallFasterSlower) {
  EXPECT_EQ(slowdown_words(0.97), "this agent took 0.97x its solo time (3 % faster than alone)");
  EXPECT_EQ(slowdown_words(1.8), "this agent took 1.80x its solo time (80 % slower than alone)");
  EXPECT_EQ(slowdown_words(1.0), "this agent took as long as alone (1.00x its solo time)");
}

TEST(Advice, SaysWhenNothingIsFoundAndAddsContentionFromTheRun) {
  const std::vector<Observation> o = {obs("a", "decode_rate", 10, "tok/s"),
                                      obs("b", "decode_rate", 12, "tok/s")};
  auto a = advise(o, 0);
  ASSERT_EQ(a.risks.size(), 1u);
  EXPECT_EQ(a.risks[0].risk, "None found in the data");
  EXPECT_EQ(a.recommendations[1].config, "");  // no TTFT data: no pick, and it says so
  EXPECT_NE(a.recommendations[1].text.find("No time to first token figures"), std::string::npos)
      << a.recommendations[1].text;
  const auto c = with_run(a, {1.8, 55.0, true});
  ASSERT_EQ(c.risks.size(), 1u);
  EXPECT_EQ(c.risks[0].risk, "Contention between concurrent agents");
  EXPECT_NE(c.risks[0].evidence.find("80 % slower than alone"), std::string::npos);
  EXPECT_EQ(with_run(a, {1.05, 99.0, false}).risks[0].risk, "None found in the data");
  // Low efficiency from unequal agents is no contention when this agent barely slowed down.
  EXPECT_EQ(with_run(a, {1.11, 58.4, true}).risks[0].risk, "None found in the data");
  EXPECT_EQ(with_run(a, {std::nullopt, 58.4, true}).risks[0].risk,
            "Contention between concurrent agents");
  const std::string md = advice_markdown(c);
  EXPECT_NE(md.find("## Data-Driven Recommendations\n1. "), std::string::npos);
  EXPECT_NE(md.find("## Risks and Mitigations\n| risk | evidence | mitigation |"),
            std::string::npos);
}

TEST(Advice, TableCellsCannotBreakTheTable) {
  std::vector<Observation> o;
  for (double v : {1.0, 5.0, 9.0}) o.push_back(obs("a|b\nc", "decode_rate", v, "tok/s"));
  const std::string md = advice_markdown(advise(o, 0));
  EXPECT_NE(md.find("a|b"), std::string::npos) << md;  // in the recommendation text, not a table
}

}  // namespace
}  // namespace chimera::analysis
