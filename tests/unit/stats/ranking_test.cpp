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

TEST(Ranking, TheSampleSizeIsForTheClosestTiedCandidateNotASeparatedRunnerUp) {
  // Lower is better. b has the next mean but is separated from a (tight values); c is wide and
  // tied with a: more samples would have to tell a from c, not from b.
  const std::vector<Candidate> c = {
      {"a", {3.7, 3.8, 3.6}}, {"b", {4.6, 4.7, 4.5}}, {"c", {4.7, 90.1, 5.6}}};
  const auto r = rank(c, false);
  EXPECT_FALSE(r.best);
  EXPECT_EQ(c[*r.runner_up].name, "b");
  ASSERT_TRUE(r.closest_tied);
  EXPECT_EQ(c[*r.closest_tied].name, "c");
  EXPECT_EQ(r.samples_needed, samples_to_separate(c[0].samples, c[2].samples));
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
  // 20 .. 1500 over three values: the log-scale interval spans more than a factor of 100 and
  // says nothing; the range is stated instead.
  EXPECT_TRUE(m->uninformative());
  EXPECT_EQ(describe_mean(*m, "tok/s"),
            "806.7 tok/s mean (n = 3, range 20.00 to 1500.0; the 95 % interval is too wide to "
            "state: repeat the runs)");
  const auto closer = mean_interval(std::vector<double>{400, 1500, 900});
  ASSERT_TRUE(closer && closer->ci);
  EXPECT_TRUE(closer->log_scale);
  EXPECT_FALSE(closer->uninformative());
  EXPECT_NE(describe_mean(*closer, "tok/s").find("of the geometric mean, on the log scale"),
            std::string::npos);
  const auto plain = mean_interval(std::vector<double>{10, 11, 12});
  EXPECT_FALSE(plain->log_scale);
  EXPECT_EQ(describe_mean(*plain, "ms"), "11.00 ms mean (95 % CI 8.52 to 13.48, n = 3)");
  EXPECT_EQ(describe_mean(*mean_interval(std::vector<double>{4}), "ms"),
            "4.00 ms (one value, no interval)");
}

}  // namespace
}  // namespace chimera::stats
