// Findings compare like with like: per metric and statistic, raw measurements apart from
// summaries, each measurement once, "best" only when separated from the runner-up.
#include "chimera/analysis/findings.hpp"

#include <gtest/gtest.h>

#include "analysis_obs.hpp"

namespace chimera::analysis {
namespace {

using testing::obs;

std::string text_of(const std::vector<Finding>& f, const std::string& topic,
                    const std::string& metric) {
  for (const auto& x : f) {
    if (x.topic == topic && x.metric == metric) return x.text;
  }
  return {};
}

TEST(Findings, BestOnlyWhenSeparatedAndNeverAcrossMetrics) {
  std::vector<Observation> o;
  for (double v : {100.0, 101.0, 99.0}) o.push_back(obs("fast", "decode_rate", v, "tok/s"));
  for (double v : {50.0, 51.0, 49.0}) o.push_back(obs("slow", "decode_rate", v, "tok/s"));
  // A TPOT of 1 ms and an end-to-end latency of 900 ms are different metrics: never pooled.
  for (double v : {1.0, 1.1, 0.9}) o.push_back(obs("fast", "tpot", v, "ms"));
  for (double v : {900.0, 905.0, 895.0}) o.push_back(obs("fast", "e2e_latency", v, "ms"));
  const auto f = data_findings(o);
  const std::string best = text_of(f, "best", "decode_rate");
  EXPECT_NE(best.find("Best decode rate (raw measurements, n = 6, higher is better): fast: 100.0 "
                      "tok/s mean (95 % CI"),
            std::string::npos)
      << best;
  EXPECT_NE(best.find("separated from the runner-up slow"), std::string::npos);
  EXPECT_EQ(text_of(f, "best", "tpot"), "");  // one configuration: nothing to rank
  EXPECT_NE(text_of(f, "spread", "tpot").find("(n = 3): median 1.00 ms"), std::string::npos)
      << text_of(f, "spread", "tpot");
  EXPECT_NE(text_of(f, "spread", "tpot").find("range 0.9000 ms to 1.10 ms"), std::string::npos);
  EXPECT_NE(text_of(f, "spread", "e2e_latency").find("range 895.0 ms to 905.0 ms"),
            std::string::npos);
}

TEST(Findings, TiedWithinNoiseSaysSoAndHowManyMeasurementsWouldSeparate) {
  std::vector<Observation> o;
  for (double v : {100.0, 140.0, 60.0}) o.push_back(obs("a", "ttft", v, "ms"));
  for (double v : {110.0, 150.0, 70.0}) o.push_back(obs("b", "ttft", v, "ms"));
  const auto f = data_findings(o);
  EXPECT_EQ(text_of(f, "best", "ttft"), "");
  const std::string tied = text_of(f, "tied", "ttft");
  EXPECT_NE(tied.find("tied within noise: a: 100.0 ms mean"), std::string::npos) << tied;
  EXPECT_NE(tied.find("measurements per configuration would tell a from b"), std::string::npos);
}

TEST(Findings, SummariesOfTheSameRequestsAreCountedOnce) {
  std::vector<Observation> o;
  for (double v : {10.0, 12.0, 14.0}) o.push_back(obs("c1", "ttft", v, "ms"));
  for (double v : {20.0, 22.0, 24.0}) o.push_back(obs("c2", "ttft", v, "ms"));
  // The JSON summary (with the model) and a Markdown table restate the same means.
  auto m1 = obs("c1", "ttft", 12.0, "ms", "mean", "summary.json", "configs[0].mean_ttft_ms");
  m1.model = "demo";
  m1.raw = "12.000";
  o.push_back(m1);
  auto t2 = obs("c2", "token_rate", 22.0, "ms", "value", "report.md", "table[0][1].TTFT");
  t2.raw = "22.0";
  o.push_back(t2);
  const auto f = data_findings(o);
  // n counts the six requests once; c1 has one name although only the JSON states its model.
  EXPECT_NE(
      text_of(f, "best", "ttft").find("(raw measurements, n = 6, lower is better): demo / c1"),
      std::string::npos)
      << text_of(f, "best", "ttft");
  EXPECT_NE(text_of(f, "repeats", "ttft").find("1 time to first token figure(s) restate"),
            std::string::npos);
  EXPECT_NE(text_of(f, "repeats", "token_rate").find("1 token rate figure(s)"), std::string::npos);
}

TEST(Findings, OneFigurePerConfigurationIsNeverBest) {
  const std::vector<Observation> o = {obs("a", "decode_rate", 10, "tok/s", "mean"),
                                      obs("b", "decode_rate", 12, "tok/s", "mean")};
  const auto f = data_findings(o);
  EXPECT_EQ(text_of(f, "best", "decode_rate"), "");
  EXPECT_NE(text_of(f, "tied", "decode_rate").find("the noise is unknown"), std::string::npos);
}

TEST(Findings, MissingUnknownAndSkippedAreStated) {
  const std::vector<Observation> o = {obs("a", "ttft", std::nullopt, "ms"), obs("a", "", 3.0, ""),
                                      obs("a", "ttft", 5.0, "ms")};
  const auto f = data_findings(o, 2);
  EXPECT_NE(text_of(f, "missing", "ttft").find("1 time to first token value(s) are absent"),
            std::string::npos);
  EXPECT_NE(text_of(f, "unknown", "").find("1 value(s)"), std::string::npos);
  EXPECT_NE(text_of(f, "skipped", "").find("2 file(s)"), std::string::npos);
}

TEST(Findings, OutliersWithinAConfigurationAndDeterminism) {
  std::vector<Observation> o;
  for (int i = 0; i < 20; ++i)
    o.push_back(obs("c", "e2e_latency", 100.0 + i % 3, "ms", "sample", "r.csv",
                    "[" + std::to_string(i) + "].e2e_ms"));
  o.push_back(obs("c", "e2e_latency", 900.0, "ms", "sample", "r.csv", "[20].e2e_ms"));
  for (double v : {5000.0, 5001.0, 5002.0}) o.push_back(obs("other", "e2e_latency", v, "ms"));
  const auto a = data_findings(o), b = data_findings(o);
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].text, b[i].text);
  const std::string out = text_of(a, "outliers", "e2e_latency");
  EXPECT_NE(out.find("1 end-to-end latency measurement(s)"), std::string::npos) << out;
  EXPECT_NE(out.find("900.0 ms in r.csv ([20].e2e_ms)"), std::string::npos) << out;
}

TEST(Findings, DifferentDurationsOfOneRunAreNeverPooled) {
  // One run's ingest, analysis and report times are three quantities, not three measurements.
  std::vector<Observation> o;
  for (const auto& [name, v] : {std::pair{"ingest_s", 29.0}, std::pair{"analysis_s", 25170.0},
                                std::pair{"report_s", 27640.0}}) {
    auto x =
        obs("baseline", "duration", v, "ms", "value", "run.json", std::string("timings.") + name);
    x.name = name;
    o.push_back(x);
  }
  const auto e = consolidate(o);
  ASSERT_EQ(e.groups.size(), 3u);
  for (const auto& g : e.groups) {
    EXPECT_EQ(g.figures.at("value").at("baseline").values.size(), 1u) << g.quantity;
    EXPECT_EQ(group_label(g), "duration (" + g.quantity + ")");
  }
}

}  // namespace
}  // namespace chimera::analysis
