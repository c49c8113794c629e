#pragma once
// What one load level shows: throughput, output tokens/s, TTFT / TPOT / inter-chunk / E2E
// percentiles (type 7, with a warning when n is too small for the percentile), goodput against
// SLOs, failures by kind, and the in-flight concurrency actually measured.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "chimera/core/error.hpp"
#include "chimera/measure/load.hpp"

namespace chimera::measure {

// One service-level objective: a percentile of a per-request metric under a bound, e.g.
// ttft_p95=500ms. Per request, "meets it" means the request's own value is under the bound.
struct Slo {
  std::string metric;  // ttft, tpot, itl, e2e
  double percentile = 95;
  double bound_ms = 0;
  std::string text;  // as written
};

// "ttft_p95=500ms,tpot_p95=50ms" (units ms or s; the percentile may be p50...p99.9).
Result<std::vector<Slo>> parse_slos(std::string_view spec);

struct Percentiles {
  std::size_t n = 0;
  std::optional<double> mean, p50, p90, p95, p99;
  std::vector<std::string> warnings;  // "p99 from 37 values: at least 100 are needed"
};

// Percentiles by linear interpolation between closest ranks (Hyndman-Fan type 7, numpy's
// default); p90/p95/p99 carry a warning below 10/20/100 values.
Percentiles percentiles(std::vector<double> v);

struct LevelSummary {
  std::string label;  // "concurrency 4", "rate 2 req/s"
  double window_s = 0;
  // Interrupted: window_s is what ran, planned_window_s what was planned (0 when by count);
  // cut_off counts the requests the interruption aborted (not measurements, not failures).
  bool interrupted = false;
  double planned_window_s = 0;
  std::size_t cut_off = 0;
  std::size_t measured = 0, ok = 0, failed = 0, dropped = 0;
  std::map<std::string, std::size_t> failures;  // by error kind
  std::size_t refused = 0;  // failed at once with 429/503: the server's queue was full
  double requests_per_s = 0, output_tok_s = 0;
  std::optional<double> goodput_rps;     // successful requests meeting every SLO, per second
  std::optional<double> slo_attainment;  // their share of the measured requests
  std::vector<std::pair<std::string, bool>> slo_met;  // per SLO: the level's percentile holds
  Percentiles ttft, tpot, itl, e2e;
  // Per request, the server's prompt-eval rate (evaluated prompt tokens / prompt-eval time, tok/s;
  // llama-bench's pp t/s, Ollama's "prompt eval rate"): empty when the server reports no timings.
  Percentiles prompt_tok_s;
  double in_flight_mean = 0;
  std::size_t in_flight_peak = 0;
  std::vector<double> ttft_ms, e2e_ms;  // the samples, for CDF charts
};

LevelSummary summarize_level(const std::string& label, const LoadResult& r,
                             const std::vector<Slo>& slos);

// The metric's value for one request (ms), for SLO checks; absent when not measured.
std::optional<double> request_value(const RequestRecord& r, const std::string& metric);

}  // namespace chimera::measure
