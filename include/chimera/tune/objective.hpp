#pragma once
// What a sweep optimises: per-trial metrics computed from the measured requests, objectives
// (decode tok/s, TTFT p50/p95, goodput, ...; each with its direction), constraints on them, a
// scale-free weighted composite, and the Pareto front when there are several objectives.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "chimera/core/error.hpp"
#include "chimera/measure/record.hpp"

namespace chimera::tune {

using Metrics = std::map<std::string, double>;  // sorted: stable JSON and reports

// The metrics a trial reports, with their direction (+1 higher is better, -1 lower, 0 neither)
// and what they mean.
// An objective: a canonical metric of the registry (chimera/metrics/registry.hpp) with the
// statistic taken over a trial's requests. Direction and meaning come from the registry.
struct MetricInfo {
  std::string name;       // "ttft_p95_ms"
  std::string metric;     // registry id: "ttft"
  std::string statistic;  // "p95"
  int direction;          // +1 higher is better, -1 lower, 0 neither
  std::string meaning;    // the registry's definition, then the statistic
  std::string unit;       // of the values stored: "ms", "s", "tok/s", "req/s", "fraction", ...
};
const std::vector<MetricInfo>& metric_catalog();
std::optional<MetricInfo> metric_info(std::string_view name);

struct Constraint {
  std::string metric;
  bool at_most = true;  // <= (else >=)
  double bound = 0;
  std::string text;  // as written
};

// "ttft_p95_ms<=800" or "output_tokens>=64"; errors name the flag and list the metrics.
Result<Constraint> parse_constraint(std::string_view text);

// A trial's metrics from its measured requests (warm-ups excluded): decode_tok_s, output_tok_s,
// ttft_p50_ms, ttft_p95_ms, ttft_mean_ms, tpot_ms, e2e_p50_ms, e2e_p95_ms, output_tokens,
// load_ms, success_rate, and goodput_rps (requests per second of wall time that succeeded and
// met every constraint). Metrics no request reported are left out (missing, never 0).
Metrics trial_metrics(const std::vector<measure::RequestRecord>& records,
                      const std::vector<Constraint>& constraints, double wall_s);

struct Objective {
  std::vector<std::string> metrics;  // one: optimise it; several: composite + Pareto front
  std::vector<double> weights;       // one per metric (default equal)
  std::vector<Constraint> constraints;
};

Result<Objective> make_objective(const std::vector<std::string>& metrics,
                                 const std::vector<double>& weights,
                                 const std::vector<Constraint>& constraints);

// Whether the metrics meet every constraint (a constrained metric that is missing does not).
bool feasible(const Objective& o, const Metrics& m);

// The score to maximise: direction x value for one metric; for several, the weighted sum of
// direction x log(value) (scale-free: a 10 % gain counts the same in tok/s and in ms). Absent
// when a metric is missing or not positive (composite), or a constraint is broken.
std::optional<double> score(const Objective& o, const Metrics& m);

// Indices of the items not dominated on the objective metrics (missing values never dominate).
std::vector<std::size_t> pareto_front(const Objective& o, const std::vector<Metrics>& items);

}  // namespace chimera::tune
