#pragma once
// "Findings from the data": deterministic statements computed from the consolidated metrics
// table, compared like with like: per canonical metric (the metric registry's) and statistic,
// raw measurements apart from reported summaries, each measurement counted once, n the number of
// measurements, and "best" only when the data separates it (stats::rank). They never depend on a
// model's text.
#include <cstddef>
#include <string>
#include <vector>

#include "chimera/analysis/evidence.hpp"

namespace chimera::analysis {

struct Finding {
  // "best", "tied", "spread", "figures", "outliers", "repeats", "missing", "unknown", "skipped"
  std::string topic;
  std::string metric;  // registry id ("" for file-level findings)
  std::string text;    // one sentence with the numbers and their provenance
};

// Same observations, same findings, same order.
std::vector<Finding> data_findings(const std::vector<Observation>& obs,
                                   std::size_t skipped_files = 0);

}  // namespace chimera::analysis
