#include "chimera/report/grounding.hpp"

#include <gtest/gtest.h>

namespace chimera::report {
namespace {
using units::Kind;

const std::vector<Fact> kFacts = {
    {"runs/bench.json", "timing_stats.latency_percentiles.p95", "p95", Kind::latency, "",
     15.58403500039276},
    {"runs/bench.json", "timing_stats.latency_percentiles.p50", "p50", Kind::latency, "",
     15.502165},
    {"ollama/summary.json", "models[2].mean_ttft_s", "mean_ttft_s", Kind::ttft, "s", 2.00646968},
    {"ollama/summary.json", "models[2].mean_tokens_s", "mean_tokens_s", Kind::throughput, "tok/s",
     46.397},
    {"(ingest summary)", "total files analyzed", "total files analyzed", Kind::count, "", 101},
};

CheckedNumber only(const GroundingResult& r) {  // a copy: the result is a temporary
  EXPECT_EQ(r.numbers.size(), 1u);
  return r.numbers.at(0);
}

TEST(Grounding, RightValueRightLabelIsVerified) {
  const auto n = only(check_grounding("The p95 latency was 15.584 s.", kFacts));
  EXPECT_EQ(n.mark, Mark::verified) << n.note;
  EXPECT_EQ(n.match->locator, "timing_stats.latency_percentiles.p95");
}

TEST(Grounding, RightValueWrongAggregateIsMislabelled) {
  const auto n = only(check_grounding("| Latency (Avg) | 15.58403500039276 | Seconds |", kFacts));
  EXPECT_EQ(n.mark, Mark::mislabelled);
  EXPECT_NE(n.note.find("p95 latency"), std::string::npos) << n.note;
}

TEST(Grounding, TtftPresentedAsLatencyIsMislabelled) {
  const auto n = only(check_grounding("Mean Latency (Gemma 1B): 2.00646968 s", kFacts));
  EXPECT_EQ(n.mark, Mark::mislabelled);
  EXPECT_NE(n.note.find("ttft"), std::string::npos) << n.note;
}

TEST(Grounding, WrongValueIsNotFound) {
  EXPECT_EQ(only(check_grounding("The p95 latency was 14.2 s.", kFacts)).mark, Mark::not_found);
}

TEST(Grounding, PrintedPrecisionAndUnitConversion) {
  EXPECT_EQ(only(check_grounding("TTFT averaged 2006 ms.", kFacts)).mark,
            Mark::verified);  // s -> ms
  EXPECT_EQ(only(check_grounding("TTFT averaged 2.0 s.", kFacts)).mark,
            Mark::verified);  // one decimal
  EXPECT_EQ(only(check_grounding("TTFT averaged 2.01 s.", kFacts)).mark,
            Mark::verified);  // rounds to it
  EXPECT_EQ(only(check_grounding("TTFT averaged 2.02 s.", kFacts)).mark, Mark::not_found);
  EXPECT_EQ(only(check_grounding("Throughput of 46.4 tok/s", kFacts)).mark, Mark::verified);
}

TEST(Grounding, GenericLabelsNeedASharedWord) {
  EXPECT_EQ(only(check_grounding("We analysed 101 files.", kFacts)).mark, Mark::verified);
  EXPECT_EQ(only(check_grounding("We drank 101 coffees.", kFacts)).mark, Mark::not_found);
}

TEST(Grounding, DatesSectionsIdentifiersAndSmallIntegersAreSkipped) {
  const auto r = check_grounding(
      "## 2.1 Results (2025)\n1. Run gemma3_1b with num_ctx=2048 on 2025-11-14 at "
      "18:53.\n```\n15.584\n```\n",
      kFacts);
  EXPECT_TRUE(r.numbers.empty()) << r.numbers.size();
  EXPECT_GT(r.skipped, 0u);
  EXPECT_DOUBLE_EQ(r.score(), 1.0);
}

TEST(Aggregate, ReadFromNamesAndLabels) {
  EXPECT_EQ(aggregate_of("Latency (Avg)"), "mean");
  EXPECT_EQ(aggregate_of("timing_stats.latency_percentiles.p95"), "p95");
  EXPECT_EQ(aggregate_of("median TTFT"), "p50");
  EXPECT_EQ(aggregate_of("tokens_s"), "");
}

}  // namespace
}  // namespace chimera::report
