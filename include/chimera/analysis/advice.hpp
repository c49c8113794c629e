#pragma once
// Recommendations and a risk/mitigation table computed from the consolidated metrics table, so
// every report answers the InsightAgent persona's asks (three optimisation recommendations that
// balance throughput, TTFT and quality; a risk table) even when the model cannot. Deterministic:
// the same observations give the same advice, word for word.
#include <optional>
#include <string>
#include <vector>

#include "chimera/analysis/findings.hpp"

namespace chimera::analysis {

struct Recommendation {
  std::string objective;  // "throughput", "ttft", "balanced"
  std::string config;     // the configuration recommended ("" when none could be chosen)
  std::string text;       // one paragraph with the value, its interval and the trade-off
};

struct Risk {
  std::string risk, evidence, mitigation;
};

// What the run itself showed (concurrent agents), beside what the artifacts show.
struct RunSignals {
  std::optional<double> slowdown;  // this agent's execution time / its solo time
  std::optional<double> efficiency_pct;
  bool contention = false;
};

struct Advice {
  std::vector<Recommendation> recommendations;
  std::vector<Risk> risks;  // never empty: "none found" is a row of its own
};

// On the consolidated evidence (evidence.hpp): throughput is the first of decode rate, output
// rate, output throughput and token rate the data has, TTFT the registry's ttft; raw
// measurements when there are any, else the reported means. A configuration is recommended only
// when stats::rank separates it from the runner-up; otherwise the text names the tied ones and
// how many measurements would separate them. Intervals never go below zero (log scale, said).
Advice advise(const std::vector<Observation>& obs, std::size_t skipped_files);

// Adds what the run showed: contention when the agent took more than 1.2x its solo time, or,
// when no solo run was measured, the reference's contention flag (low efficiency) is set.
Advice with_run(Advice a, const RunSignals& run);

// "this agent took 0.97x its solo time (3 % faster than alone)": a ratio of times in words that
// cannot say slower for faster.
std::string slowdown_words(double ratio);

// The two sections in Markdown: "## Data-Driven Recommendations" and "## Risks and Mitigations".
std::string advice_markdown(const Advice& a);

}  // namespace chimera::analysis
