#include "chimera/stats/inference.hpp"

#include <gtest/gtest.h>

namespace chimera::stats {
namespace {

// Reference values computed independently (Python: Welch's formulas by hand, and the t tail by
// numerical integration of the t density; t(0.975, 4) = 2.7764451 by bisection on that tail).
TEST(MeanCi, MatchesTheTDistribution) {
  const std::vector<double> v = {10, 12, 9, 11, 13};
  const auto ci = mean_ci(v);
  ASSERT_TRUE(ci);
  EXPECT_DOUBLE_EQ(ci->mean, 11);
  // sd = 1.5811388, t(0.975, 4) = 2.7764451 -> half width 1.9632432
  EXPECT_NEAR(ci->low, 9.0367568, 1e-6);
  EXPECT_NEAR(ci->high, 12.9632432, 1e-6);
  EXPECT_FALSE(mean_ci(std::vector<double>{1}));
}

TEST(Welch, KnownDifference) {
  const std::vector<double> a = {20.1, 19.8, 20.3, 20.0, 19.9, 20.2};
  const std::vector<double> b = {21.0, 21.4, 20.8, 21.2, 21.1, 20.9};
  const auto w = welch(a, b);
  ASSERT_TRUE(w);
  EXPECT_NEAR(w->delta, 1.0166667, 1e-6);
  EXPECT_NEAR(w->t, 8.7142857, 1e-6);
  EXPECT_NEAR(w->df, 9.8, 1e-9);  // Welch–Satterthwaite
  EXPECT_NEAR(w->p_value, 6.3302e-06, 1e-9);
  EXPECT_LT(w->ci_low, w->delta);
  EXPECT_GT(w->ci_high, w->delta);
  EXPECT_NEAR(*w->delta_pct, 1.0166667 / 20.05 * 100, 1e-6);
  EXPECT_NE(verdict(*w).find("real difference"), std::string::npos);
}

TEST(Welch, NoiseIsNotADifference) {
  const std::vector<double> a = {10, 12, 9, 11, 13};
  const std::vector<double> b = {11, 10, 12, 9, 12};
  const auto w = welch(a, b);
  ASSERT_TRUE(w);
  EXPECT_GT(w->p_value, 0.5);
  EXPECT_NE(verdict(*w).find("not distinguishable"), std::string::npos);
}

TEST(Welch, ConstantSamplesAndTooFewSamples) {
  const std::vector<double> c = {5, 5, 5};
  EXPECT_DOUBLE_EQ(welch(c, c)->p_value, 1.0);
  const std::vector<double> d = {6, 6, 6};
  EXPECT_DOUBLE_EQ(welch(c, d)->p_value, 0.0);
  EXPECT_FALSE(welch(std::vector<double>{1}, c));
}

}  // namespace
}  // namespace chimera::stats
