#pragma once
// `chimera compare BASE CANDIDATE`: two result sets (results stores, or JSON / JSON Lines from
// probe, run, agents), per metric the delta, its confidence interval and a Welch test, and
// whether the candidate is significantly worse; Markdown and JUnit XML so a CI job can gate on
// performance.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "chimera/core/error.hpp"
#include "chimera/stats/inference.hpp"

namespace chimera::tune {

struct SampleSet {
  std::string source;  // the path, and what was taken from it
  std::map<std::string, std::vector<double>> metrics;
};

// A results store: the successful trials of the best point of its sweep (`sweep` = id; empty:
// the most recent). JSON: every number inside an array of objects, named by its path without
// indices ("requests.ttft_ms"), skipping warm-up and failed elements ("warmup": true,
// "ok": false), nested arrays and nanosecond timestamps. JSON Lines: each line an element.
Result<SampleSet> load_samples(const std::filesystem::path& path, const std::string& sweep = "");

// +1 higher is better, -1 lower is better, 0 unknown (shown, never gated).
int metric_direction(std::string_view name);

struct MetricComparison {
  std::string metric;
  int direction = 0;
  std::size_t n_base = 0, n_candidate = 0;
  std::optional<stats::WelchResult> welch;  // absent with fewer than 2 samples on a side
  bool significant = false, worse = false, regression = false;
  std::string verdict;
};

struct Comparison {
  std::string base, candidate;
  double alpha = 0.05;
  std::optional<double> fail_pct;
  std::vector<MetricComparison> rows;  // metrics present on both sides, sorted by name
  std::size_t regressions() const;
};

// A regression: the candidate is worse (by direction), Welch p < alpha, and the change is at
// least fail_pct % of the base mean (when given).
Comparison compare(const SampleSet& base, const SampleSet& candidate, double alpha = 0.05,
                   std::optional<double> fail_pct = std::nullopt);

std::string comparison_markdown(const Comparison& c);
std::string comparison_junit(const Comparison& c);  // one testcase per metric

}  // namespace chimera::tune
