#include "chimera/stats/inference.hpp"

#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <cstdio>

#include "chimera/stats/summary.hpp"

namespace chimera::stats {
namespace {

double t_quantile(double df, double level) {
  const boost::math::students_t dist(df);
  return boost::math::quantile(dist, 0.5 + level / 2.0);
}

}  // namespace

std::optional<Interval> mean_ci(std::span<const double> samples, double level) {
  const auto s = summarize(samples);
  if (!s || s->n < 2) return std::nullopt;
  const double half = t_quantile(static_cast<double>(s->n - 1), level) * s->sd /
                      std::sqrt(static_cast<double>(s->n));
  return Interval{s->mean, s->mean - half, s->mean + half, level, s->n};
}

std::optional<WelchResult> welch(std::span<const double> a, std::span<const double> b,
                                 double level) {
  const auto sa = summarize(a), sb = summarize(b);
  if (!sa || !sb || sa->n < 2 || sb->n < 2) return std::nullopt;
  WelchResult w;
  w.mean_a = sa->mean;
  w.mean_b = sb->mean;
  w.delta = sb->mean - sa->mean;
  if (sa->mean != 0) w.delta_pct = w.delta / std::fabs(sa->mean) * 100.0;
  w.n_a = sa->n;
  w.n_b = sb->n;
  w.level = level;
  const double va = sa->sd * sa->sd / static_cast<double>(sa->n);
  const double vb = sb->sd * sb->sd / static_cast<double>(sb->n);
  const double se = std::sqrt(va + vb);
  if (se ==
      0) {  // both constant: identical means mean no difference; different ones, a certain one
    w.t = w.delta == 0 ? 0 : std::copysign(INFINITY, w.delta);
    w.df = static_cast<double>(sa->n + sb->n - 2);
    w.p_value = w.delta == 0 ? 1.0 : 0.0;
    w.ci_low = w.ci_high = w.delta;
    return w;
  }
  w.t = w.delta / se;
  // Welch–Satterthwaite degrees of freedom.
  w.df = (va + vb) * (va + vb) /
         (va * va / static_cast<double>(sa->n - 1) + vb * vb / static_cast<double>(sb->n - 1));
  const boost::math::students_t dist(w.df);
  w.p_value = 2.0 * boost::math::cdf(boost::math::complement(dist, std::fabs(w.t)));
  const double half = t_quantile(w.df, level) * se;
  w.ci_low = w.delta - half;
  w.ci_high = w.delta + half;
  return w;
}

std::string verdict(const WelchResult& w, double alpha) {
  char buf[200];
  if (w.p_value < alpha) {
    std::snprintf(buf, sizeof buf,
                  "a real difference at this sample size (Welch p = %.3g, n=%zu and n=%zu)",
                  w.p_value, w.n_a, w.n_b);
  } else {
    std::snprintf(buf, sizeof buf,
                  "not distinguishable from noise with n=%zu and n=%zu (Welch p = %.2g)", w.n_a,
                  w.n_b, w.p_value);
  }
  return buf;
}

}  // namespace chimera::stats
