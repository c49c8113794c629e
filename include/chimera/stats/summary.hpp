#pragma once
// Descriptive statistics over samples. Pure functions; every result states n.
#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace chimera::stats {

struct Summary {
  std::size_t n = 0;
  double mean = 0, sd = 0, min = 0, max = 0, p50 = 0, p95 = 0, p99 = 0;
  std::optional<double> cv;  // sd / mean; absent when the mean is 0 or n < 2
};

// Percentile p in [0, 100] of sorted samples by linear interpolation between closest ranks
// (Hyndman-Fan type 7, the default of numpy and R). sorted must be non-empty.
double percentile_sorted(std::span<const double> sorted, double p);

// Sample statistics (sd with n-1); nullopt for no samples. sd is 0 for a single sample.
std::optional<Summary> summarize(std::span<const double> samples);

// Keeps the values that are present.
std::vector<double> present(std::span<const std::optional<double>> values);

}  // namespace chimera::stats
