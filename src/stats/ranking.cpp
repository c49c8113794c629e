#include "chimera/stats/ranking.hpp"
#include "chimera/core/numeric.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "chimera/stats/summary.hpp"

namespace chimera::stats {
namespace {

double mean_of(const std::vector<double>& v) {
  return std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
}

double variance_of(const std::vector<double>& v) {
  if (v.size() < 2) return 0;
  const double m = mean_of(v);
  double s = 0;
  for (const double x : v) s += (x - m) * (x - m);
  return s / static_cast<double>(v.size() - 1);
}

}  // namespace

Ranking rank(std::span<const Candidate> candidates, bool higher_is_better, double alpha) {
  Ranking r;
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    if (!candidates[i].samples.empty()) order.push_back(i);
  }
  if (order.empty()) return r;
  // Best mean first; equal means by name, so the order never depends on the input's order.
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const double ma = mean_of(candidates[a].samples), mb = mean_of(candidates[b].samples);
    if (ma != mb) return higher_is_better ? ma > mb : ma < mb;
    return candidates[a].name < candidates[b].name;
  });
  const std::size_t lead = order.front();
  r.leader = lead;
  r.tied.push_back(lead);
  const auto& a = candidates[lead].samples;
  for (std::size_t k = 1; k < order.size(); ++k) {
    const auto& b = candidates[order[k]].samples;
    const auto w = welch(a, b);
    if (k == 1) {
      r.runner_up = order[k];
      if (w) r.p_runner_up = w->p_value;
    }
    const bool separated = w && w->p_value < alpha && w->delta != 0;
    if (!separated) r.tied.push_back(order[k]);
  }
  if (r.tied.size() == 1 && order.size() > 1) r.best = lead;
  if (r.tied.size() > 1) {
    // Against the closest candidate noise cannot tell from the leader (the runner-up may be
    // separated while a wider candidate further down is not).
    r.closest_tied = r.tied[1];
    const auto& b = candidates[*r.closest_tied].samples;
    r.identical = mean_of(a) == mean_of(b);
    r.samples_needed = samples_to_separate(a, b);
  }
  return r;
}

std::optional<std::size_t> samples_to_separate(const std::vector<double>& a,
                                               const std::vector<double>& b) {
  if (a.size() < 2 || b.size() < 2) return std::nullopt;
  const double d = std::fabs(mean_of(a) - mean_of(b));
  const double pooled = (variance_of(a) + variance_of(b)) / 2;
  if (d == 0 || pooled <= 0) return std::nullopt;
  constexpr double z = 1.959964 + 0.841621;  // two-sided 5 %, power 80 %
  const auto n = static_cast<std::size_t>(std::ceil(2 * z * z * pooled / (d * d)));
  return std::max<std::size_t>(n, 2);
}

std::optional<MeanInterval> mean_interval(std::span<const double> samples) {
  if (samples.empty()) return std::nullopt;
  MeanInterval m;
  m.n = samples.size();
  m.mean = std::accumulate(samples.begin(), samples.end(), 0.0) / static_cast<double>(m.n);
  m.ci = mean_ci(samples);
  const auto [lo, hi] = std::minmax_element(samples.begin(), samples.end());
  m.min = *lo;
  m.max = *hi;
  const bool positive = std::all_of(samples.begin(), samples.end(), [](double x) { return x > 0; });
  if (m.ci && positive && m.ci->low <= 0) {
    std::vector<double> logs;
    for (const double x : samples) logs.push_back(std::log(x));
    if (auto l = mean_ci(logs)) {
      m.ci = Interval{std::exp(l->mean), std::exp(l->low), std::exp(l->high), l->level, l->n};
      m.log_scale = true;
    }
  }
  return m;
}

bool MeanInterval::uninformative() const {
  return ci && ci->low > 0 && ci->high / ci->low > 100;
}

std::string describe_mean(const MeanInterval& m, const std::string& unit) {
  const std::string u = unit.empty() ? "" : " " + unit;
  if (!m.ci) return fmt::format("{}{} (one value, no interval)", numeric::format_figure(m.mean), u);
  if (m.uninformative()) {
    return fmt::format(
        "{}{} mean (n = {}, range {} to {}; the 95 % interval is too wide to state: repeat the "
        "runs)",
        numeric::format_figure(m.mean), u, m.n, numeric::format_figure(m.min),
        numeric::format_figure(m.max));
  }
  if (m.log_scale) {  // the t interval would reach below zero: the geometric mean's, from logs
    return fmt::format(
        "{}{} mean (95 % CI {} to {} of the geometric mean, on the log scale, n = {})",
        numeric::format_figure(m.mean), u, numeric::format_figure(m.ci->low),
        numeric::format_figure(m.ci->high), m.n);
  }
  return fmt::format("{}{} mean (95 % CI {} to {}, n = {})", numeric::format_figure(m.mean), u,
                     numeric::format_figure(m.ci->low), numeric::format_figure(m.ci->high), m.n);
}

}  // namespace chimera::stats
