#pragma once
// The sweep runner: asks the strategy for points, evaluates each point `repeats` times (stopping
// early once the objective's 95 % interval is tight enough, if asked), commits every trial to the
// store as it completes, records failures as data and goes on, and resumes a stopped sweep from
// the store without repeating or losing a completed trial.
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "chimera/stats/ranking.hpp"
#include "chimera/store/trial_store.hpp"
#include "chimera/tune/objective.hpp"
#include "chimera/tune/space.hpp"
#include "chimera/tune/strategy.hpp"

namespace chimera::tune {

struct TrialOutcome {
  bool ok = false;
  std::string error;
  Metrics metrics;
  double seconds = 0;
  // Stopped by the user (Ctrl-C) before it finished: not a result. It is not stored, and the
  // sweep stops; --resume runs the point again.
  bool interrupted = false;
  // The run cannot go on (the first trial failed fatally: nothing listens, the key is refused):
  // not stored; run_sweep returns this error.
  std::optional<Error> fatal;
};

// Evaluates one repetition of one point (the workload: probe requests, an agent run, or a
// synthetic function in tests and benchmarks).
using Evaluate = std::function<TrialOutcome(const Space&, const Point&, int rep)>;

struct SweepOptions {
  std::string name = "sweep";
  std::vector<std::string> params;  // the dimension texts, as given (part of the definition)
  Space space;
  std::string strategy = "grid";
  std::uint64_t seed = 1;
  std::size_t budget = 0;  // points; 0 = the whole grid (grid, random); required for bayes
  int repeats = 1;
  std::optional<double> ci_target_pct;  // stop repeating once the CI half-width is within this
  Objective objective;
  Shard shard;
  std::string model;                 // the model of points that do not sweep it
  std::string fixed_options = "{}";  // options every point gets (--options), JSON object
  std::string workload_json = "{}";  // what is measured (backend, url, prompt, requests, ...)
  std::string command;               // reproduces a point: {model} and {options} filled in
  std::filesystem::path store;
  bool resume = false;
};

struct PointSummary {
  std::string key, model, options_json;
  int trials = 0, ok = 0;
  Metrics mean;                // over the successful trials
  std::vector<double> scores;  // each successful trial's score (constraints judged on the mean)
  std::map<std::string, std::pair<double, double>> ci;  // 95 % interval per metric (n >= 2)
  std::set<std::string> ci_log;  // metrics whose interval is on the log scale (it would reach 0)
  std::optional<double> score;
  bool feasible = false;
  std::string last_error;
};

struct SweepResult {
  std::string sweep_id;
  std::vector<PointSummary> points;             // in evaluation order
  std::optional<std::size_t> best;              // index into points: the best mean score
  stats::Ranking ranking;                       // whether noise can tell it from the others
  std::vector<std::size_t> pareto;              // with several objectives
  std::size_t trials_run = 0, trials_kept = 0;  // this invocation / found in the store
  bool interrupted = false;                     // a trial was interrupted: the sweep stopped
};

// The sweep's identity: a hash of its definition (space, strategy, seed, budget, repeats,
// objective, workload; not the shard, so the shards of one sweep merge into one).
std::string sweep_id(const SweepOptions& o);
std::string definition_json(const SweepOptions& o);

// progress(fraction done, message) after each trial.
Result<SweepResult> run_sweep(const SweepOptions& o, const Evaluate& evaluate,
                              const std::function<void(double, const std::string&)>& progress = {});

// Summaries of stored trials, grouped by point in the order first evaluated.
std::vector<PointSummary> summarize(const std::vector<store::TrialRow>& trials,
                                    const Objective& objective);

// The best point (highest mean score: the leader) and the Pareto front of a summary.
std::optional<std::size_t> best_point(const std::vector<PointSummary>& points);
std::vector<std::size_t> pareto(const std::vector<PointSummary>& points, const Objective& o);
// stats::rank over the feasible points' trial scores (indices into points): the leader is best
// only when Welch's test separates it from every other point; tied points otherwise.
stats::Ranking rank_points(const std::vector<PointSummary>& points);

// Metrics as compact JSON ({"decode_tok_s":41.2,...}) and back (numbers at the top level only).
std::string metrics_json(const Metrics& m);
Metrics parse_metrics(std::string_view json);

// The command reproducing a point: the template with {model} and {options} shell-quoted.
std::string reproduce_command(const std::string& tmpl, const PointSummary& p);

// The objective recorded in a store's sweep row.
Result<Objective> objective_of(const store::SweepRow& s);

}  // namespace chimera::tune
