#include "chimera/stats/summary.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace chimera::stats {

double percentile_sorted(std::span<const double> sorted, double p) {
  if (sorted.size() == 1) return sorted[0];
  const double rank = std::clamp(p, 0.0, 100.0) / 100.0 * static_cast<double>(sorted.size() - 1);
  const auto lo = static_cast<std::size_t>(std::floor(rank));
  const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - static_cast<double>(lo));
}

std::optional<Summary> summarize(std::span<const double> samples) {
  if (samples.empty()) return std::nullopt;
  std::vector<double> s(samples.begin(), samples.end());
  std::sort(s.begin(), s.end());
  Summary r;
  r.n = s.size();
  r.mean = std::accumulate(s.begin(), s.end(), 0.0) / static_cast<double>(r.n);
  if (r.n > 1) {
    double ss = 0;
    for (const double x : s) ss += (x - r.mean) * (x - r.mean);
    r.sd = std::sqrt(ss / static_cast<double>(r.n - 1));
    if (r.mean != 0) r.cv = r.sd / std::fabs(r.mean);
  }
  r.min = s.front();
  r.max = s.back();
  r.p50 = percentile_sorted(s, 50);
  r.p95 = percentile_sorted(s, 95);
  r.p99 = percentile_sorted(s, 99);
  return r;
}

std::vector<double> present(std::span<const std::optional<double>> values) {
  std::vector<double> out;
  for (const auto& v : values) {
    if (v) out.push_back(*v);
  }
  return out;
}

}  // namespace chimera::stats
