// Observations for the findings and advice tests: one metric row as the agent report sees it.
#pragma once

#include <optional>
#include <string>

#include "chimera/analysis/evidence.hpp"

namespace chimera::analysis::testing {

inline Observation obs(const std::string& config, const std::string& metric,
                       std::optional<double> v, const std::string& unit,
                       const std::string& statistic = "sample",
                       const std::string& file = "runs.csv", const std::string& locator = "row") {
  Observation o;
  o.file = file;
  o.locator = locator;
  o.name = metric;
  o.raw = v ? std::to_string(*v) : "NaN";
  o.metric = metric;
  o.statistic = statistic;
  o.config = config;
  o.unit = unit;
  o.value = v;
  return o;
}

}  // namespace chimera::analysis::testing
