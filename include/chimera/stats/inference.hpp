#pragma once
// Inferential statistics for comparing configurations: Student-t confidence intervals of a mean
// and Welch's unequal-variance t-test. Pure functions; quantiles and tail probabilities come from
// Boost.Math's Student-t distribution.
#include <optional>
#include <span>
#include <string>

namespace chimera::stats {

struct Interval {
  double mean = 0, low = 0, high = 0;
  double level = 0.95;
  std::size_t n = 0;
};

// Two-sided confidence interval of the mean at `level` (t distribution, n-1 degrees of freedom);
// nullopt for fewer than 2 samples.
std::optional<Interval> mean_ci(std::span<const double> samples, double level = 0.95);

struct WelchResult {
  double mean_a = 0, mean_b = 0;
  double delta = 0;                 // mean_b - mean_a
  std::optional<double> delta_pct;  // delta relative to mean_a, absent when mean_a is 0
  double t = 0, df = 0, p_value = 1;
  double ci_low = 0, ci_high = 0;  // CI of the difference of means at `level`
  double level = 0.95;
  std::size_t n_a = 0, n_b = 0;
};

// Welch's t-test of mean(b) - mean(a); nullopt when either side has fewer than 2 samples. Equal
// samples with zero variance give p = 1 (no evidence of a difference).
std::optional<WelchResult> welch(std::span<const double> a, std::span<const double> b,
                                 double level = 0.95);

// One sentence on what the test says at this sample size ("real at this sample size: p = 0.003"
// or "not distinguishable from noise with n = 3 and 3: p = 0.41").
std::string verdict(const WelchResult& w, double alpha = 0.05);

}  // namespace chimera::stats
