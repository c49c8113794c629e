#pragma once
// Which of several configurations is best on one metric, only when the data can tell: the leader
// (best mean) is "best" only when Welch's test separates it from every other candidate; otherwise
// the candidates it cannot be told from are tied with it, and an estimate says how many samples
// per candidate would separate it from the closest of them. One logic for agent reports, the sweep
// and the demo, so no report crowns a winner that noise picked.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "chimera/stats/inference.hpp"

namespace chimera::stats {

struct Candidate {
  std::string name;
  std::vector<double> samples;  // one per request, run or trial; never one per row of a summary
};

struct Ranking {
  std::optional<std::size_t> leader;     // best mean (ties on the mean: the first by name)
  std::optional<std::size_t> best;       // the leader, when separated from every other candidate
  std::vector<std::size_t> tied;         // candidates not separated from the leader (leader first)
  std::optional<std::size_t> runner_up;  // the closest other mean
  std::optional<double> p_runner_up;     // Welch p of leader against runner-up, when testable
  std::optional<std::size_t> closest_tied;  // the tied candidate with the closest mean
  // Samples per candidate that would separate the leader and closest_tied (two-sided 5 %, power
  // 80 %, their pooled spread), when their means differ.
  std::optional<std::size_t> samples_needed;
  bool identical = false;  // leader and closest_tied have the same mean: no sample size separates
};

// higher_is_better picks the direction. Candidates without samples are ignored.
Ranking rank(std::span<const Candidate> candidates, bool higher_is_better, double alpha = 0.05);

// Samples per group that would separate two groups' means (two-sided 5 %, power 80 %, their
// pooled spread); none when either has under 2 values, the means are equal or nothing varies.
std::optional<std::size_t> samples_to_separate(const std::vector<double>& a,
                                               const std::vector<double>& b);

// The interval of a mean, never below zero for a positive quantity: the Student-t interval, or,
// when every sample is positive and that interval reaches zero or below, the t interval of the
// mean of the logarithms taken back by exp (an interval for the geometric mean: `log_scale`).
struct MeanInterval {
  double mean = 0;
  std::size_t n = 0;
  std::optional<Interval> ci;  // absent for n < 2
  bool log_scale = false;
  double min = 0, max = 0;  // of the samples
  // The interval spans more than a factor of 100 (n = 2 of values far apart): it says nothing.
  bool uninformative() const;
};
std::optional<MeanInterval> mean_interval(std::span<const double> samples);

// "12.50 tok/s mean (95 % CI 11.20 to 13.80, n = 3)", "12.50 tok/s (one value, no interval)", and
// for a log-scale interval "(95 % CI 2.65 to 23.70 of the geometric mean, on the log scale, n = 3)"
// (no colon inside: a reader of "a: b" takes what precedes it for the subject); an interval that
// says nothing is not printed: "372.1 ms mean (n = 2, range 118.7 to 625.5; the 95 % interval is
// too wide to state: repeat the runs)".
std::string describe_mean(const MeanInterval& m, const std::string& unit);

}  // namespace chimera::stats
