#pragma once
// "Findings from the data": deterministic statements computed from the consolidated metrics
// table — best and worst values per metric kind with their configuration and provenance, spread,
// outliers, missing values and skipped files. They never depend on a model's text.
#include <optional>
#include <string>
#include <vector>

#include "chimera/core/units.hpp"

namespace chimera::report {

// A metric value with what identifies its configuration and where it came from.
struct Observation {
  std::string file, locator, name, config;  // config: "model / quantization / config" when known
  units::Kind kind = units::Kind::other;
  std::string unit;             // normalized unit ("ms", "tok/s", ...)
  std::optional<double> value;  // normalized; absent = the source had no number
};

struct Finding {
  std::string topic;  // "best", "worst", "spread", "outliers", "missing", "skipped"
  units::Kind kind = units::Kind::other;
  std::string text;  // one sentence with the numbers and their provenance
};

// Higher is better for throughput, lower for ttft, latency and duration; other kinds get spread
// and missing-data findings only. Deterministic: same observations, same findings, same order.
std::vector<Finding> data_findings(const std::vector<Observation>& obs,
                                   std::size_t skipped_files = 0);

}  // namespace chimera::report
