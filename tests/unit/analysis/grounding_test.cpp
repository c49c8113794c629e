// Checking a report's numbers on metric identity: verified, derived, bound, mismatch, mislabelled,
// not found; percent and fraction alike; table headers found by the delimiter row; whole words.
#include "chimera/analysis/grounding.hpp"

#include <gtest/gtest.h>

#include "analysis_obs.hpp"
#include "chimera/stats/ranking.hpp"

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

// "token rate, all raw measurements: median ..." is over the token rates, not their kin (decode
// rates) pooled in, however many files hold those.
TEST(Grounding, AStatisticOfAllRawMeasurementsIsOverTheNamedMetricsOwn) {
  std::vector<Observation> data;
  for (const double v : {10.0, 20.0})
    data.push_back(at("a.csv", "[0].tok_s", "token_rate", "sample", v, "tok/s"));
  for (const double v : {20.0, 30.0})
    data.push_back(at("b.csv", "[0].tok_s", "token_rate", "sample", v, "tok/s"));
  for (int f = 0; f < 5; ++f) {
    data.push_back(at("d" + std::to_string(f) + ".json", "[0].eval_rate", "decode_rate", "sample",
                      100.0 * (f + 1), "tok/s"));
  }
  const auto r = check_grounding(
      "- token rate, all raw measurements (n = 4): median 20.00 tok/s, range 10.00 tok/s to "
      "30.00 tok/s\n",
      data);
  bool seen = false;
  for (const auto& n : r.numbers) {
    if (n.claim.text != "20.00") continue;
    seen = true;
    EXPECT_EQ(n.mark, Mark::derived) << n.note;
  }
  EXPECT_TRUE(seen);
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

TEST(Grounding, ASettingIsNoEvidenceForAFigureInAUnit) {
  // The runs' requested prompt length (a setting) beside a table of claimed rates whose header
  // shares its word: no mismatch against the 128 tokens asked for.
  std::vector<Observation> data;
  for (const char* run : {"[0]", "[1]"})
    data.push_back(at("records.jsonl",
                      std::string(run) + ".report.workload_parameters.prompt_tokens", "input_len",
                      "", 128, ""));
  const auto r =
      check_grounding("| run | prompt/s |\n|---|---|\n| 1 | 13875 |\n| 2 | 13876 |\n", data);
  std::size_t rates = 0;
  for (const auto& n : r.numbers) {
    if (n.claim.text != "13875" && n.claim.text != "13876") continue;
    ++rates;
    EXPECT_NE(n.mark, Mark::mismatch) << n.note;
  }
  EXPECT_EQ(rates, 2u);
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
  EXPECT_EQ(r.numbers[2].claim.unit, "x");  // the speedup is a ratio, no percentage
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

TEST(Grounding, ACountIsOnlyEverANumberOfValues) {
  // Two TTFTs 2 ms apart: "n = 2" is their number, and "n = 3" is no difference of the two.
  std::vector<Observation> d = {at("r.csv", "[0].ttft_ms", "ttft", "sample", 118.7, "ms"),
                                at("r.csv", "[1].ttft_ms", "ttft", "sample", 121.7, "ms")};
  const auto two = check_grounding("TTFT: 120.2 ms mean (n = 2).", d);
  ASSERT_EQ(two.numbers.size(), 2u);
  EXPECT_EQ(two.numbers[1].mark, Mark::derived) << two.numbers[1].note;
  EXPECT_NE(two.numbers[1].note.find("number of"), std::string::npos) << two.numbers[1].note;
  const auto three = check_grounding("TTFT: 120.2 ms mean (n = 3).", d);
  ASSERT_EQ(three.numbers.size(), 2u);
  EXPECT_EQ(three.numbers[1].mark, Mark::not_found) << three.numbers[1].note;
  // "over 2 measurements" after a figure derived over them is their count too.
  const auto over = check_grounding("The worst TTFT CV is 1.8 % over 2 measurements.", d);
  ASSERT_EQ(over.numbers.size(), 2u);
  EXPECT_EQ(over.numbers[1].mark, Mark::derived) << over.numbers[1].note;
}

TEST(Grounding, AFigureNamedAsAStatisticIsOnlyThatStatisticOfTheValues) {
  std::vector<Observation> d = {at("r.csv", "[0].ttft_ms", "ttft", "sample", 100, "ms"),
                                at("r.csv", "[1].ttft_ms", "ttft", "sample", 300, "ms")};
  EXPECT_EQ(only("Mean TTFT: 200.0 ms.", d).mark, Mark::derived);
  EXPECT_EQ(only("Mean TTFT: 300.0 ms.", d).mark, Mark::not_found);  // the largest, not a mean
  const auto max = only("Max TTFT: 300.0 ms.", d);
  EXPECT_EQ(max.mark, Mark::derived);
  EXPECT_NE(max.note.find("the largest of"), std::string::npos) << max.note;
}

TEST(Grounding, ATerminalTableIsReadByItsColumns) {
  const std::vector<Observation> d = {
      at("load.json", "levels[0].requests_per_s", "request_throughput", "value", 20.94, "req/s"),
      at("load.json", "levels[0].output_tok_s", "output_throughput", "value", 209.4, "tok/s"),
      at("load.json", "levels[0].ttft_ms.p50", "ttft", "median", 20.4, "ms")};
  const auto r = check_grounding(
      "  conc   req/s out tok/s TTFT p50\n"
      "     1   20.94     209.4     20.4\n",
      d);
  ASSERT_EQ(r.numbers.size(), 4u);
  EXPECT_EQ(r.numbers[1].claim.label, "req/s");
  EXPECT_EQ(r.numbers[2].claim.label, "out tok/s");  // "out" has no figure under it: one column
  for (std::size_t k = 1; k < 4; ++k)
    EXPECT_EQ(r.numbers[k].mark, Mark::verified)
        << r.numbers[k].claim.label << " " << r.numbers[k].note;
  // Prose followed by a line of figures is no table.
  EXPECT_EQ(check_grounding("TTFT was fast.\n 20.4 ms\n", d).numbers.front().claim.label.find('|'),
            std::string::npos);
}

TEST(Grounding, AMonthsYearAndTheRestOfAFileNameAreNoClaims) {
  const auto r = check_grounding(
      "Most files date from November 2025. See reports/conv_bench_20251002-170837.json; TTFT "
      "ranged 74-78 ms.",
      kData);
  ASSERT_EQ(r.numbers.size(), 2u);  // the range's two ends
  EXPECT_EQ(r.numbers[0].claim.text, "74");
}

TEST(Grounding, ACommandsArgumentAndATestsDesignAreNoClaims) {
  const auto r = check_grounding(
      "Repeat each configuration (chimera run --runs 5 or more). More runs would tell them "
      "apart (5 % test, 80 % power).",
      kData);
  EXPECT_TRUE(r.numbers.empty()) << r.numbers.front().claim.text;
}

TEST(Grounding, TheSampleSizeThatWouldSeparateTwoConfigurationsIsDerived) {
  std::vector<Observation> d;
  for (const double v : {100.0, 140.0, 60.0})
    d.push_back(at("r.csv", "[0].tok_s", "decode_rate", "sample", v, "tok/s"));
  for (const double v : {110.0, 150.0, 70.0})
    d.push_back(at("r.csv", "[1].tok_s", "decode_rate", "sample", v, "tok/s"));
  for (std::size_t i = 0; i < d.size(); ++i) d[i].config = i < 3 ? "a" : "b";
  const auto n = stats::samples_to_separate({100, 140, 60}, {110, 150, 70});
  ASSERT_TRUE(n);
  const auto r = check_grounding("- No best decode rate (raw measurements, n = 6): tied. About " +
                                     std::to_string(*n) +
                                     " measurements per configuration would tell b from a.",
                                 d);
  ASSERT_FALSE(r.numbers.empty());
  EXPECT_EQ(r.numbers.back().mark, Mark::derived) << r.numbers.back().note;
}

TEST(Grounding, TheDocumentsTitleIsNoContext) {
  const std::vector<Observation> d = {
      at("m.json", "agents[0].execution_s", "duration", "sample", 1.17, "s"),
      at("m.json", "agents[0].report_s", "duration", "sample", 0.55, "s"),
      at("m.json", "agents[1].execution_s", "duration", "sample", 1.49, "s"),
      at("m.json", "agents[1].report_s", "duration", "sample", 0.45, "s")};
  const auto r = check_grounding(
      "# Chimera Insight: combined report, run 1\n\n| agent | execution s |\n|---|---:|\n"
      "| A | 1.17 |\n| B | 1.49 |\n",
      d);
  ASSERT_EQ(r.numbers.size(), 2u);
  for (const auto& n : r.numbers)
    EXPECT_EQ(n.mark, Mark::verified) << n.claim.text << " " << n.note;
}

TEST(Grounding, AnExpectedFigureShownAsTheMeasuredValueIsMislabelled) {
  std::vector<Observation> d = {
      at("m.json", "config.expected_throughput", "token_rate", "expected", 102.31, "tok/s"),
      at("m.json", "aggregate.average_tokens_per_second", "token_rate", "mean", 98.80, "tok/s")};
  const auto shown = only("| Metric | Value |\n|---|---|\n| Throughput (tok/s) | 102.31 |\n", d);
  EXPECT_EQ(shown.mark, Mark::mislabelled) << shown.note;
  EXPECT_NE(shown.note.find("expected"), std::string::npos) << shown.note;
  EXPECT_EQ(only("Expected throughput: 102.31 tok/s.", d).mark, Mark::verified);
  EXPECT_EQ(only("| Metric | TR108 |\n|---|---|\n| Throughput (tok/s) | 102.31 |\n", d).mark,
            Mark::verified);  // a bare label may cite the expectation
}

TEST(Grounding, ALongConfigurationNameStaysTheFiguresContext) {
  auto a = at("b.json", "[1].samples_ts[0]", "decode_rate", "sample", 158.8, "tok/s");
  auto b = at("b.json", "[1].samples_ts[1]", "decode_rate", "sample", 157.6, "tok/s");
  auto c = at("b.json", "[1].samples_ts[2]", "decode_rate", "sample", 156.3, "tok/s");
  for (auto* o : {&a, &b, &c}) o->model = "qwen2 1.5B Q4_K - Medium";
  const auto r = check_grounding(
      "For throughput (decode rate), qwen2 1.5B Q4_K - Medium / Q4_K / n_batch=2048 n_threads=8 "
      "n_gpu_layers=99: 157.6 tok/s mean (95 % CI 154.5 to 160.7, n = 3).",
      {a, b, c});
  for (const auto& n : r.numbers) {
    if (n.claim.text == "154.5" || n.claim.text == "160.7") {
      EXPECT_EQ(n.mark, Mark::derived) << n.claim.text << " [" << n.claim.label << "] " << n.note;
    }
  }
}

}  // namespace
}  // namespace chimera::analysis

namespace chimera::analysis {
namespace {

// "n/a (too wide: spans over 100x with n = 2)" in a table: no figure is stated, and the numbers
// of its reason (a rule's bound, the samples counted) are no claims to check.
TEST(Grounding, TheReasonOfAMissingFigureStatesNoNumber) {
  const auto r = check_grounding(
      "| metric | baseline mean | 95 % CI |\n|---|---|---|\n"
      "| ttft_ms (ms) | 1048.35 | n/a (too wide: spans over 100x with n = 2) |\n",
      kData);
  ASSERT_EQ(r.numbers.size(), 1u);
  EXPECT_EQ(r.numbers[0].claim.text, "1048.35");
}

}  // namespace
}  // namespace chimera::analysis
