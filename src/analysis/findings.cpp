#include "chimera/analysis/findings.hpp"
#include "chimera/core/numeric.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "chimera/stats/ranking.hpp"
#include "chimera/stats/summary.hpp"

namespace chimera::analysis {
namespace {

std::string with_unit(double v, const std::string& unit) {
  return numeric::format_figure(v) + (unit.empty() ? "" : " " + unit);
}

std::string where(const Observation& o) {
  return fmt::format("{} ({})", o.file, o.locator);
}

std::string label(const MetricGroup& g) {
  return group_label(g);
}

// Statistics whose figures can be ranked across configurations (levels, not spreads or counts).
bool rankable(std::string_view statistic) {
  return statistic == "value" || statistic == "mean" || statistic == "median" ||
         statistic == "min" || statistic == "max" || statistic == "sample" ||
         (statistic.size() > 1 && statistic[0] == 'p');
}

std::vector<stats::Candidate> candidates(const std::map<std::string, ConfigValues>& by_config) {
  std::vector<stats::Candidate> c;
  for (const auto& [name, v] : by_config) c.push_back({name, v.values});
  return c;
}

// "Best" or "tied" for one set of candidates.
void rank_finding(const MetricGroup& g, const std::map<std::string, ConfigValues>& by_config,
                  const std::string& what, std::vector<Finding>& out) {
  const auto dir = g.def->direction;
  if (dir == metrics::Direction::neither || by_config.size() < 2) return;
  const auto c = candidates(by_config);
  const auto r = stats::rank(c, dir == metrics::Direction::higher);
  if (!r.leader) return;
  // "cfg: 12.0 ms mean (95 % CI ..., n = 3) in runs.csv": the figure and where it comes from.
  const auto desc = [&](std::size_t i) {
    std::string files;
    for (const auto* o : by_config.at(c[i].name).rows) {
      if (files.find(o->file) == std::string::npos && files.size() < 160)
        files += (files.empty() ? "" : ", ") + o->file;
    }
    return c[i].name + ": " + stats::describe_mean(*stats::mean_interval(c[i].samples), g.unit) +
           " in " + files;
  };
  if (r.best) {
    out.push_back({"best", std::string(g.def->id),
                   fmt::format("Best {} ({}, {} is better): {}; separated from the runner-up {} "
                               "(Welch p = {:.2g})",
                               label(g), what, metrics::direction_name(dir), desc(*r.best),
                               c[*r.runner_up].name, *r.p_runner_up)});
    return;
  }
  std::string tied, apart;
  for (const auto i : r.tied) tied += (tied.empty() ? "" : "; ") + desc(i);
  for (std::size_t i = 0; i < c.size(); ++i) {
    if (std::find(r.tied.begin(), r.tied.end(), i) == r.tied.end())
      apart += (apart.empty() ? "" : ", ") + c[i].name;
  }
  std::string more;
  if (r.identical) {
    more = " Their means are equal: more measurements would not separate them.";
  } else if (r.samples_needed && *r.samples_needed > 10000) {
    more =
        " Their difference is tiny against their spread: far more than 10,000 measurements per "
        "configuration would be needed to tell them apart.";
  } else if (r.samples_needed) {
    more = fmt::format(
        " About {} measurements per configuration would tell {} from {} (5 % "
        "test, 80 % power, their spread).",
        *r.samples_needed, c[*r.leader].name, c[*r.closest_tied].name);
  } else {
    more = " One figure per configuration: the noise is unknown, so none is called best.";
  }
  // The configurations are listed, not counted: every number of a report is one to check.
  out.push_back({"tied", std::string(g.def->id),
                 fmt::format("No best {} ({}): tied within noise: {}.{}{}", label(g), what, tied,
                             apart.empty() ? "" : " Separated below them: " + apart + ".", more)});
}

void spread_finding(const MetricGroup& g, std::vector<Finding>& out) {
  std::vector<double> all;
  for (const auto& [_, c] : g.samples) all.insert(all.end(), c.values.begin(), c.values.end());
  if (all.empty()) return;
  const auto s = stats::summarize(all).value();
  out.push_back({"spread", std::string(g.def->id),
                 fmt::format("{}, all raw measurements (n = {}): median {}, p95 {}, range {} to {}",
                             label(g), s.n, with_unit(s.p50, g.unit), with_unit(s.p95, g.unit),
                             with_unit(s.min, g.unit), with_unit(s.max, g.unit))});
}

// Outliers within one configuration (never across configurations, which differ by design), with
// at least 5 measurements: more than 3.5 scaled MADs from its median.
void outlier_finding(const MetricGroup& g, std::vector<Finding>& out) {
  std::size_t n = 0;
  const Observation* extreme = nullptr;
  double extreme_dev = 0;
  for (const auto& [_, c] : g.samples) {
    if (c.values.size() < 5) continue;
    const auto s = stats::summarize(c.values).value();
    std::vector<double> dev;
    for (const double x : c.values) dev.push_back(std::fabs(x - s.p50));
    const double mad = stats::summarize(dev)->p50 * 1.4826;
    if (mad <= 0) continue;
    for (std::size_t i = 0; i < c.values.size(); ++i) {
      const double d = std::fabs(c.values[i] - s.p50) / mad;
      if (d <= 3.5) continue;
      ++n;
      if (d > extreme_dev) extreme_dev = d, extreme = c.rows[i];
    }
  }
  if (n == 0) return;
  out.push_back({"outliers", std::string(g.def->id),
                 fmt::format("{} {} measurement(s) lie far from their configuration's median (more "
                             "than 3.5 scaled MADs); the most extreme is {} in {}",
                             n, label(g), with_unit(*extreme->value, g.unit), where(*extreme))});
}

void figures_findings(const MetricGroup& g, std::vector<Finding>& out) {
  for (const auto& [statistic, by_config] : g.figures) {
    if (!rankable(statistic)) continue;
    rank_finding(g, by_config, fmt::format("{} reported by the sources", statistic), out);
  }
}

}  // namespace

std::vector<Finding> data_findings(const std::vector<Observation>& obs, std::size_t skipped_files) {
  std::vector<Finding> out;
  const Evidence e = consolidate(obs);
  for (const auto& g : e.groups) {
    if (!g.samples.empty()) {
      spread_finding(g, out);
      rank_finding(g, g.samples, fmt::format("raw measurements, n = {}", g.sample_count()), out);
      outlier_finding(g, out);
    }
    figures_findings(g, out);
    if (g.repeats > 0) {
      out.push_back(
          {"repeats", std::string(g.def->id),
           fmt::format("{} {} figure(s) restate measurements counted above (a summary "
                       "of the same configuration, or a copy) and were not counted "
                       "again, e.g. '{}' in {}",
                       g.repeats, label(g), g.repeat_example->name, where(*g.repeat_example))});
    }
    if (g.missing > 0) {
      out.push_back(
          {"missing", std::string(g.def->id),
           fmt::format("{} {} value(s) are absent in the sources (NaN, Infinity, n/a or "
                       "out of range), e.g. '{}' in {}",
                       g.missing, label(g), g.missing_example->name, where(*g.missing_example))});
    }
  }
  if (e.unknown_rows > 0) {
    out.push_back({"unknown", "",
                   fmt::format("{} value(s) whose metric the ingest could not tell are not "
                               "compared (see `chimera ingest` for their names)",
                               e.unknown_rows)});
  }
  if (skipped_files > 0) {
    out.push_back({"skipped", "",
                   fmt::format("{} file(s) could not be read and are not in these findings (see "
                               "the ingest's skipped list)",
                               skipped_files)});
  }
  return out;
}

}  // namespace chimera::analysis
