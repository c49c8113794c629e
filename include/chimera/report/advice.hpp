#pragma once
// Recommendations and a risk/mitigation table computed from the consolidated metrics table, so
// every report answers the InsightAgent persona's asks (three optimisation recommendations that
// balance throughput, TTFT and quality; a risk table) even when the model cannot. Deterministic:
// the same observations give the same advice, word for word.
#include <optional>
#include <string>
#include <vector>

#include "chimera/report/findings.hpp"

namespace chimera::report {

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

// Configurations are the observations' config strings (model / quantization / config, or the
// file when it names none); values of one kind are compared only within one unit, and only
// central values (mean, median, unlabelled). A configuration's figure is the mean of its values
// with a 95 % t interval when it has two or more.
Advice advise(const std::vector<Observation>& obs, std::size_t skipped_files);

// Adds what the run showed: contention when the agent was slowed by more than 20 % or the
// reference's contention flag is set.
Advice with_run(Advice a, const RunSignals& run);

// The two sections in Markdown: "## Data-Driven Recommendations" and "## Risks and Mitigations".
std::string advice_markdown(const Advice& a);

}  // namespace chimera::report
