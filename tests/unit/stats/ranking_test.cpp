// "Best" only when the data separates it; intervals of positive quantities stay above zero.
#include <gtest/gtest.h>

#include "chimera/stats/ranking.hpp"

namespace chimera::stats {
namespace {

TEST(Ranking, SeparatedLeaderIsBest) {
  const std::vector<Candidate> c = {{"slow", {50, 51, 49, 50}}, {"fast", {80, 81, 79, 80}}};
  const auto r = rank(c, true);
  ASSERT_TRUE(r.best);
  EXPECT_EQ(c[*r.best].name, "fast");
  EXPECT_EQ(r.tied.size(), 1u);
  EXPECT_FALSE(r.samples_needed);
}

TEST(Ranking, OverlappingCandidatesAreTiedAndTheSampleSizeToSeparateIsEstimated) {
  const std::vector<Candidate> c = {
      {"a", {100, 140, 60}}, {"b", {110, 150, 70}}, {"c", {10, 11, 9}}};
  const auto r = rank(c, true);
  EXPECT_FALSE(r.best);
  ASSERT_TRUE(r.leader);
  EXPECT_EQ(c[*r.leader].name, "b");
  EXPECT_EQ(r.tied, (std::vector<std::size_t>{1, 0}));  // c is separated (far below)
  ASSERT_TRUE(r.samples_needed);
  // pooled variance 1600, difference 10: 2 * 2.8^2 * 1600 / 100 = about 252 per candidate
  EXPECT_NEAR(static_cast<double>(*r.samples_needed), 252, 2);
}

TEST(Ranking, ConstantEqualFiguresAreTiedWhateverTheirOrder) {
  const std::vector<Candidate> c = {{"z", {7, 7, 7}}, {"y", {7, 7, 7}}};
  const auto r = rank(c, false);
  EXPECT_FALSE(r.best);
  EXPECT_TRUE(r.identical);
  EXPECT_EQ(c[*r.leader].name, "y");  // equal means: by name
}

TEST(Ranking, OneValuePerCandidateCannotBeRanked) {
  const std::vector<Candidate> c = {{"a", {10}}, {"b", {12}}};
  const auto r = rank(c, false);
  EXPECT_FALSE(r.best);
  EXPECT_EQ(r.tied.size(), 2u);
  EXPECT_EQ(c[*r.leader].name, "a");
}

TEST(Ranking, LowerIsBetterPicksTheSmallestMean) {
  const std::vector<Candidate> c = {{"a", {10, 11, 10.5}}, {"b", {30, 31, 30.5}}};
  const auto r = rank(c, false);
  ASSERT_TRUE(r.best);
  EXPECT_EQ(c[*r.best].name, "a");
}

TEST(Ranking, IntervalOfAPositiveQuantityNeverGoesBelowZero) {
  const std::vector<double> v = {20, 1500, 900};  // t interval: about -907 to 2495
  const auto m = mean_interval(v);
  ASSERT_TRUE(m && m->ci);
  EXPECT_TRUE(m->log_scale);
  EXPECT_GT(m->ci->low, 0);
  EXPECT_NE(describe_mean(*m, "tok/s").find("geometric mean, log scale"), std::string::npos);
  const auto plain = mean_interval(std::vector<double>{10, 11, 12});
  EXPECT_FALSE(plain->log_scale);
  EXPECT_EQ(describe_mean(*plain, "ms"), "11.00 ms mean (95 % CI 8.52 to 13.48, n = 3)");
  EXPECT_EQ(describe_mean(*mean_interval(std::vector<double>{4}), "ms"),
            "4.00 ms (one value, no interval)");
}

}  // namespace
}  // namespace chimera::stats
