// Checking a report's numbers on metric identity: verified, derived, bound, mismatch, mislabelled,
// not found; percent and fraction alike; table headers found by the delimiter row; whole words.
#include "chimera/analysis/grounding.hpp"

#include <gtest/gtest.h>

#include "analysis_obs.hpp"

namespace chimera::analysis {
namespace {

Observation at(const std::string& file, const std::string& locator, const std::string& metric,
               const std::string& statistic, double v, const std::string& unit) {
  auto o = testing::obs("", metric, v, unit, statistic, file, locator);
  o.name = locator.substr(locator.rfind('.') + 1);
  o.raw = std::to_string(v);
  return o;
}

const std::vector<Observation> kData = {
    at("bench.json", "timing.latency_percentiles.p95", "e2e_latency", "p95", 15.584035, "ms"),
    at("bench.json", "timing.latency_percentiles.p50", "e2e_latency", "median", 15.502165, "ms"),
    at("summary.json", "models[2].mean_ttft_s", "ttft", "mean", 2006.46968, "ms"),
    at("summary.json", "models[2].mean_tokens_s", "decode_rate", "mean", 46.397, "tok/s"),
    at("m.json", "baseline.average_ttft_ms", "ttft", "mean", 1048.35, "ms"),
    at("m.json", "chimera.average_ttft_ms", "ttft", "mean", 859.67, "ms"),
    at("m.json", "chimera.success_rate", "success_rate", "value", 0.47, ""),
};

CheckedNumber only(std::string_view text, const std::vector<Observation>& data = kData) {
  const auto r = check_grounding(text, data);
  EXPECT_EQ(r.numbers.size(), 1u) << text;
  return r.numbers.empty() ? CheckedNumber{} : r.numbers[0];
}

TEST(Grounding, SameMetricStatisticAndContextIsVerified) {
  const auto n = only("The p95 latency was 15.584 ms.");
  EXPECT_EQ(n.mark, Mark::verified) << n.note;
  EXPECT_EQ(n.evidence->locator, "timing.latency_percentiles.p95");
  EXPECT_EQ(only("TTFT averaged 2006 ms across the q8 runs.").mark, Mark::verified);
  EXPECT_EQ(only("TTFT averaged 2.01 s.").mark, Mark::verified);  // unit and printed precision
  EXPECT_EQ(only("TTFT averaged 2.02 s.").mark, Mark::not_found);
}

TEST(Grounding, AnotherStatisticOrMetricOfTheSameValueIsMislabelled) {
  const auto p95 = only("| Metric | Value |\n|---|---|\n| Latency (Avg) | 15.58403 ms |\n");
  EXPECT_EQ(p95.mark, Mark::mislabelled) << p95.note;
  EXPECT_NE(p95.note.find("p95 end-to-end latency"), std::string::npos) << p95.note;
  const auto ttft = only("Mean Latency (Gemma 1B): 2.00646968 s");
  EXPECT_EQ(ttft.mark, Mark::mislabelled) << ttft.note;
  EXPECT_NE(ttft.note.find("mean time to first token"), std::string::npos) << ttft.note;
}

TEST(Grounding, AStaleFigureOfTheSameQuantityIsAMismatch) {
  const auto n = only("| Metric | Baseline |\n|---|---|\n| Average TTFT (ms) | 1100.00 |\n");
  EXPECT_EQ(n.mark, Mark::mismatch) << n.note;
  EXPECT_NE(n.note.find("1048.35"), std::string::npos) << n.note;
}

TEST(Grounding, FiguresOfSeveralConfigurationsThatRoundAlikeAreNoMismatch) {
  auto a = at("r.md", "table[0][0].TTFT (ms)", "ttft", "value", 1.02, "ms");
  auto b = at("r.md", "table[0][1].TTFT (ms)", "ttft", "value", 0.98, "ms");
  a.config = "ctx1024";
  b.config = "ctx2048";
  EXPECT_NE(only("The mean TTFT was 5069.0 ms.", {a, b}).mark, Mark::mismatch);
  EXPECT_EQ(only("The mean TTFT was 5069.0 ms.", {a}).mark, Mark::mismatch);
}

TEST(Grounding, DerivedFiguresShowTheirFormula) {
  const auto n = only("TTFT fell by 18.0% with Chimera.");
  EXPECT_EQ(n.mark, Mark::derived) << n.note;
  EXPECT_NE(n.note.find("change in %"), std::string::npos) << n.note;
}

TEST(Grounding, BoundsAreCheckedAsBounds) {
  const auto n = only("TTFT stays under 1200 ms for the baseline.");
  EXPECT_EQ(n.mark, Mark::bound) << n.note;
  EXPECT_TRUE(n.holds);
  const auto broken = only("TTFT stays under 900 ms for the baseline.");
  EXPECT_EQ(broken.mark, Mark::bound);
  EXPECT_FALSE(broken.holds) << broken.note;
}

TEST(Grounding, PercentAndFractionAreOneQuantity) {
  EXPECT_EQ(only("The success rate was 47%.").mark, Mark::verified);
  EXPECT_NE(only("The success rate was 0%.").mark, Mark::verified);  // 0 % is not 0.47
}

TEST(Grounding, HeadersAreFoundByTheDelimiterRowWhateverTheyHold) {
  const std::string report =
      "| Config | P95 TTFT (s) | Run 1 (%) |\n|---|---|---|\n| a | 1.25 | 47 |\n";
  const auto r = check_grounding(report, kData);
  ASSERT_EQ(r.numbers.size(), 2u);
  EXPECT_EQ(r.numbers[0].claim.label, "a P95 TTFT (s)");
  EXPECT_EQ(r.numbers[0].claim.unit, "s");
}

TEST(Grounding, WordsMatchAsWholeWords) {
  // "tokio" is no token: a count of 3 tokio tasks matches nothing named tokens.
  std::vector<Observation> d = {
      at("x.json", "output_tokens", "output_tokens", "value", 3, "tokens")};
  EXPECT_EQ(only("We ran 3 tokio tasks.", d).mark, Mark::not_found);
}

TEST(Grounding, DatesVersionsSizesAndIntervalLevelsAreSkipped) {
  const auto r = check_grounding(
      "## 2.1 Results\n1. Run gemma3_1b (1B) with Rust 1.90.0 on 2025-11-14 at 18:53, 95 % CI.\n",
      kData);
  EXPECT_TRUE(r.numbers.empty()) << r.numbers.size() << " " << r.numbers[0].claim.text;
  EXPECT_GT(r.skipped, 0u);
  EXPECT_FALSE(r.supported());  // nothing to check: n/a, not 100 %
  EXPECT_EQ(share_text(r.supported(), 0), "n/a (no number to check)");
}

TEST(Grounding, ThresholdsOfRulesAndConstantsOfFormulasAreNoClaims) {
  const auto r = check_grounding(
      "Contention when efficiency < 75 % (speedup < 1.5 for two agents); output rate = 1000 / "
      "TPOT; efficiency = speedup / number of agents x 100 %. CI: Student t, 95 % on the log "
      "scale. TTFT p99: at least 100 are needed for it to mean more.",
      kData);
  EXPECT_TRUE(r.numbers.empty()) << r.numbers.size() << " " << r.numbers.front().claim.text;
}

TEST(Grounding, AConditionInAnEarlierClauseLeavesTheClaimABound) {
  const auto r =
      check_grounding("When run with 4 agents, the p95 latency stayed under 16 ms.", kData);
  ASSERT_FALSE(r.numbers.empty());
  EXPECT_EQ(r.numbers.back().claim.bound, "<");
}

TEST(Grounding, AUnitSpreadsOverARangeNotOverAList) {
  const auto r =
      check_grounding("TTFT fell from 1048.35 -> 859.67 ms; speedup 2.00, efficiency 47 %.", kData);
  ASSERT_EQ(r.numbers.size(), 4u);
  EXPECT_EQ(r.numbers[0].claim.unit, "ms");
  EXPECT_EQ(r.numbers[2].claim.unit, "");  // the speedup is no percentage
}

TEST(Grounding, ACountIsNoMismatchOfTheValue) {
  std::vector<Observation> d = {
      at("m.json", "runs[0].execution_s", "duration", "sample", 0.09, "s"),
      at("m.json", "runs[1].execution_s", "duration", "sample", 0.09, "s")};
  const auto r = check_grounding(
      "| metric | baseline |\n|---|---|\n| execution_s (s) | 0.09 ± 0.00 (n=2) |\n", d);
  for (const auto& n : r.numbers)
    EXPECT_NE(n.mark, Mark::mismatch) << n.claim.text << " " << n.note;
}

TEST(Grounding, ADurationNamedByItsUnitOnlyIsNoMismatchOfAnotherDuration) {
  std::vector<Observation> d = {at("m.json", "wall_s", "duration", "value", 2.73, "s")};
  const auto n = only("| run | InsightAgent s |\n|---|---|\n| 1 | 2.66 |\n", d);
  EXPECT_NE(n.mark, Mark::mismatch) << n.note;
  EXPECT_EQ(only("| run | wall s |\n|---|---|\n| 1 | 2.66 |\n", d).mark, Mark::mismatch);
}

}  // namespace
}  // namespace chimera::analysis
