#include "chimera/report/findings.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "chimera/report/grounding.hpp"
#include "chimera/stats/summary.hpp"

namespace chimera::report {
namespace {

using units::Kind;

int direction(Kind k) {  // +1 higher is better, -1 lower is better, 0 neither
  if (k == Kind::throughput) return 1;
  if (k == Kind::ttft || k == Kind::latency || k == Kind::duration) return -1;
  return 0;
}

std::string where(const Observation& o) {
  return fmt::format("{} ({}{})", o.file, o.locator, o.config.empty() ? "" : ", " + o.config);
}

std::string num(double v, const std::string& unit) {
  const double a = std::fabs(v);
  const int decimals = a >= 100 ? 1 : a >= 1 ? 2 : 4;
  return fmt::format("{:.{}f}{}{}", v, decimals, unit.empty() ? "" : " ", unit);
}

}  // namespace

std::vector<Finding> data_findings(const std::vector<Observation>& obs, std::size_t skipped_files) {
  std::vector<Finding> out;
  // Group by kind and unit: values are comparable only within one.
  std::map<std::pair<int, std::string>, std::vector<const Observation*>> groups;
  std::map<int, std::size_t> missing;
  std::map<int, const Observation*> missing_example;
  for (const auto& o : obs) {
    const int k = static_cast<int>(o.kind);
    if (!o.value) {
      ++missing[k];
      if (!missing_example.count(k)) missing_example[k] = &o;
      continue;
    }
    if (o.unit.empty() && direction(o.kind) != 0)
      continue;  // a time or rate without unit cannot be ranked
    if (aggregate_of(o.name + " " + o.locator) == "sd") continue;  // a spread, not a level
    groups[{k, o.unit}].push_back(&o);
  }
  for (auto& [key, items] : groups) {
    const Kind kind = static_cast<Kind>(key.first);
    const std::string& unit = key.second;
    const int dir = direction(kind);
    if (dir == 0 || items.size() < 2) continue;
    // Stable order: by value, then file and locator, so ties resolve the same way every run.
    std::stable_sort(items.begin(), items.end(), [](const Observation* a, const Observation* b) {
      if (*a->value != *b->value) return *a->value < *b->value;
      return std::tie(a->file, a->locator) < std::tie(b->file, b->locator);
    });
    const Observation* best = dir > 0 ? items.back() : items.front();
    const Observation* worst = dir > 0 ? items.front() : items.back();
    const std::string kname(units::kind_name(kind));
    out.push_back({"best", kind,
                   fmt::format("Best {}: {} '{}' in {}", kname, num(*best->value, unit), best->name,
                               where(*best))});
    out.push_back({"worst", kind,
                   fmt::format("Worst {}: {} '{}' in {}", kname, num(*worst->value, unit),
                               worst->name, where(*worst))});
    std::vector<double> v;
    for (const auto* o : items) v.push_back(*o->value);
    const auto s = stats::summarize(v).value();
    out.push_back(
        {"spread", kind,
         fmt::format("{} across {} values: median {}, p95 {}, range {} to {}{}", kname, s.n,
                     num(s.p50, unit), num(s.p95, unit), num(s.min, unit), num(s.max, unit),
                     s.cv ? fmt::format(", coefficient of variation {:.0f} %", *s.cv * 100) : "")});
    // Outliers: further than 3.5 scaled median absolute deviations from the median.
    std::vector<double> dev;
    for (const double x : v) dev.push_back(std::fabs(x - s.p50));
    const double mad = stats::summarize(dev)->p50 * 1.4826;
    if (mad > 0) {
      std::size_t n = 0;
      const Observation* extreme = nullptr;
      for (const auto* o : items) {
        if (std::fabs(*o->value - s.p50) / mad > 3.5) {
          ++n;
          if (!extreme || std::fabs(*o->value - s.p50) > std::fabs(*extreme->value - s.p50))
            extreme = o;
        }
      }
      if (n > 0) {
        out.push_back({"outliers", kind,
                       fmt::format("{} {} value(s) lie far from the median (more than 3.5 scaled "
                                   "MADs); the most extreme is "
                                   "{} in {}",
                                   n, kname, num(*extreme->value, unit), where(*extreme))});
      }
    }
  }
  for (const auto& [k, n] : missing) {
    const auto* e = missing_example.at(k);
    out.push_back({"missing", static_cast<Kind>(k),
                   fmt::format("{} {} value(s) are missing in the sources (NaN, Infinity or out of "
                               "range), e.g. '{}' in {}",
                               n, units::kind_name(static_cast<Kind>(k)), e->name, where(*e))});
  }
  if (skipped_files > 0) {
    out.push_back({"skipped", Kind::other,
                   fmt::format("{} file(s) could not be read and are not in these findings (see "
                               "the ingest's skipped list)",
                               skipped_files)});
  }
  return out;
}

}  // namespace chimera::report
