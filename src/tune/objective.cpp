#include "chimera/tune/objective.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "chimera/metrics/registry.hpp"
#include "chimera/stats/summary.hpp"

namespace chimera::tune {
namespace {

std::string metric_list() {
  std::string s;
  for (const auto& m : metric_catalog()) s += (s.empty() ? "" : ", ") + std::string(m.name);
  return s;
}

std::optional<double> mean_of(const std::vector<double>& v) {
  if (v.empty()) return std::nullopt;
  return stats::summarize(v)->mean;
}

std::optional<double> pct_of(std::vector<double> v, double p) {
  if (v.empty()) return std::nullopt;
  std::sort(v.begin(), v.end());
  return stats::percentile_sorted(v, p);
}

// The constrained per-request value, for goodput.
std::optional<double> request_value(const measure::RequestRecord& r, const std::string& metric) {
  const auto& m = r.metrics;
  if (metric.rfind("ttft", 0) == 0) return m.ttft_ms;
  if (metric.rfind("e2e", 0) == 0) return m.e2e_ms;
  if (metric == "tpot_ms") return m.tpot_ms;
  if (metric == "decode_tok_s") return m.decode_tok_s;
  if (metric == "output_tok_s") return m.output_tok_s;
  if (metric == "output_tokens" && m.output_tokens) return static_cast<double>(*m.output_tokens);
  return std::nullopt;
}

}  // namespace

const std::vector<MetricInfo>& metric_catalog() {
  struct Entry {
    std::string_view name, metric, statistic, unit, over;
  };
  static constexpr Entry kEntries[] = {
      {"decode_tok_s", "decode_rate", "mean", "tok/s", "mean of the requests"},
      {"output_tok_s", "output_rate", "mean", "tok/s", "mean of the requests"},
      {"goodput_rps", "goodput", "value", "req/s",
       "requests that succeeded and met every --constraint, per second of the trial's wall time"},
      {"ttft_p50_ms", "ttft", "median", "ms", "median of the requests"},
      {"ttft_p95_ms", "ttft", "p95", "ms", "95th percentile (type 7) of the requests"},
      {"ttft_mean_ms", "ttft", "mean", "ms", "mean of the requests"},
      {"tpot_ms", "tpot", "mean", "ms", "mean of the requests"},
      {"e2e_p50_ms", "e2e_latency", "median", "ms", "median of the requests"},
      {"e2e_p95_ms", "e2e_latency", "p95", "ms", "95th percentile (type 7) of the requests"},
      {"load_ms", "load_time", "max", "ms", "largest of the requests"},
      {"output_tokens", "output_tokens", "mean", "tokens", "mean of the requests"},
      {"success_rate", "success_rate", "value", "fraction",
       "measured requests that succeeded, as a fraction (0 to 1)"},
      {"workflow_s", "duration", "value", "s",
       "of one agent run (ingest, analysis call, report call) in seconds"},
  };
  static const std::vector<MetricInfo> k = [] {
    std::vector<MetricInfo> out;
    for (const auto& e : kEntries) {
      const metrics::MetricDef* def = metrics::find_metric(e.metric);
      const int dir = def->direction == metrics::Direction::higher  ? 1
                      : def->direction == metrics::Direction::lower ? -1
                                                                    : 0;
      out.push_back({std::string(e.name), std::string(e.metric), std::string(e.statistic), dir,
                     std::string(def->label) + " (" + std::string(def->definition) + "), " +
                         std::string(e.over),
                     std::string(e.unit)});
    }
    return out;
  }();
  return k;
}

std::optional<MetricInfo> metric_info(std::string_view name) {
  for (const auto& m : metric_catalog()) {
    if (name == m.name) return m;
  }
  return std::nullopt;
}

Result<Constraint> parse_constraint(std::string_view text) {
  Constraint c;
  c.text = std::string(text);
  const auto op = text.find_first_of("<>");
  if (op == std::string_view::npos || op + 1 >= text.size() || text[op + 1] != '=')
    return Error{ErrorCode::usage, "--constraint '" + c.text + "': no <= or >=",
                 "write METRIC<=VALUE or METRIC>=VALUE, e.g. ttft_p95_ms<=800"};
  c.metric = std::string(text.substr(0, op));
  c.at_most = text[op] == '<';
  const std::string_view v = text.substr(op + 2);
  const auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), c.bound);
  if (ec != std::errc() || p != v.data() + v.size() || v.empty())
    return Error{ErrorCode::usage,
                 "--constraint '" + c.text + "': '" + std::string(v) + "' is not a number",
                 "e.g. ttft_p95_ms<=800"};
  if (!metric_info(c.metric))
    return Error{ErrorCode::usage,
                 "--constraint '" + c.text + "': unknown metric '" + c.metric + "'",
                 "use one of " + metric_list()};
  return c;
}

Metrics trial_metrics(const std::vector<measure::RequestRecord>& records,
                      const std::vector<Constraint>& constraints, double wall_s) {
  std::vector<double> ttft, tpot, e2e, dec, out, toks, load;
  std::size_t measured = 0, ok = 0, good = 0;
  for (const auto& r : records) {
    if (r.warmup) continue;
    ++measured;
    if (!r.ok) continue;
    ++ok;
    const auto& m = r.metrics;
    if (m.ttft_ms) ttft.push_back(*m.ttft_ms);
    if (m.tpot_ms) tpot.push_back(*m.tpot_ms);
    if (m.e2e_ms) e2e.push_back(*m.e2e_ms);
    if (m.decode_tok_s) dec.push_back(*m.decode_tok_s);
    if (m.output_tok_s) out.push_back(*m.output_tok_s);
    if (m.output_tokens) toks.push_back(static_cast<double>(*m.output_tokens));
    if (m.load_ms) load.push_back(*m.load_ms);
    bool meets = true;
    for (const auto& c : constraints) {
      if (c.metric == "goodput_rps" || c.metric == "success_rate" || c.metric == "load_ms")
        continue;
      const auto v = request_value(r, c.metric);
      meets = meets && v && (c.at_most ? *v <= c.bound : *v >= c.bound);
    }
    if (meets) ++good;
  }
  Metrics m;
  const auto put = [&](const char* k, std::optional<double> v) {
    if (v) m[k] = *v;
  };
  put("decode_tok_s", mean_of(dec));
  put("output_tok_s", mean_of(out));
  put("ttft_p50_ms", pct_of(ttft, 50));
  put("ttft_p95_ms", pct_of(ttft, 95));
  put("ttft_mean_ms", mean_of(ttft));
  put("tpot_ms", mean_of(tpot));
  put("e2e_p50_ms", pct_of(e2e, 50));
  put("e2e_p95_ms", pct_of(e2e, 95));
  put("output_tokens", mean_of(toks));
  if (!load.empty()) m["load_ms"] = *std::max_element(load.begin(), load.end());
  if (measured > 0) m["success_rate"] = static_cast<double>(ok) / static_cast<double>(measured);
  if (wall_s > 0) m["goodput_rps"] = static_cast<double>(good) / wall_s;
  return m;
}

Result<Objective> make_objective(const std::vector<std::string>& metrics,
                                 const std::vector<double>& weights,
                                 const std::vector<Constraint>& constraints) {
  Objective o;
  o.metrics = metrics.empty() ? std::vector<std::string>{"decode_tok_s"} : metrics;
  for (const auto& m : o.metrics) {
    const auto info = metric_info(m);
    if (!info || info->direction == 0)
      return Error{ErrorCode::usage,
                   "--objective '" + m + "' is not a metric that can be optimised",
                   "use one of " + metric_list() + " (output_tokens only as a --constraint)"};
  }
  if (!weights.empty() && weights.size() != o.metrics.size())
    return Error{ErrorCode::usage,
                 "--weights gives " + std::to_string(weights.size()) + " weight(s) for " +
                     std::to_string(o.metrics.size()) + " objective(s)",
                 "give one weight per --objective, in the same order"};
  for (const double w : weights) {
    if (!(w > 0))
      return Error{ErrorCode::usage, "--weights must be positive", "e.g. --weights 0.7,0.3"};
  }
  o.weights = weights.empty() ? std::vector<double>(o.metrics.size(), 1.0) : weights;
  o.constraints = constraints;
  return o;
}

bool feasible(const Objective& o, const Metrics& m) {
  for (const auto& c : o.constraints) {
    const auto it = m.find(c.metric);
    if (it == m.end()) return false;
    if (c.at_most ? it->second > c.bound : it->second < c.bound) return false;
  }
  return true;
}

std::optional<double> score(const Objective& o, const Metrics& m) {
  if (!feasible(o, m)) return std::nullopt;
  if (o.metrics.size() == 1) {
    const auto it = m.find(o.metrics[0]);
    if (it == m.end()) return std::nullopt;
    return metric_info(o.metrics[0])->direction * it->second;
  }
  double s = 0, wsum = 0;
  for (std::size_t i = 0; i < o.metrics.size(); ++i) {
    const auto it = m.find(o.metrics[i]);
    if (it == m.end() || !(it->second > 0)) return std::nullopt;
    s += o.weights[i] * metric_info(o.metrics[i])->direction * std::log(it->second);
    wsum += o.weights[i];
  }
  return s / wsum;
}

std::vector<std::size_t> pareto_front(const Objective& o, const std::vector<Metrics>& items) {
  const auto value = [&](const Metrics& m, std::size_t k) -> std::optional<double> {
    const auto it = m.find(o.metrics[k]);
    if (it == m.end()) return std::nullopt;
    return metric_info(o.metrics[k])->direction * it->second;
  };
  std::vector<std::size_t> front;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!feasible(o, items[i])) continue;
    bool complete = true;
    for (std::size_t k = 0; k < o.metrics.size(); ++k) complete = complete && value(items[i], k);
    if (!complete) continue;
    bool dominated = false;
    for (std::size_t j = 0; j < items.size() && !dominated; ++j) {
      if (j == i || !feasible(o, items[j])) continue;
      bool all_ge = true, one_gt = false;
      for (std::size_t k = 0; k < o.metrics.size(); ++k) {
        const auto a = value(items[j], k), b = value(items[i], k);
        if (!a) {
          all_ge = false;
          break;
        }
        all_ge = all_ge && *a >= *b;
        one_gt = one_gt || *a > *b;
      }
      dominated = all_ge && one_gt;
    }
    if (!dominated) front.push_back(i);
  }
  return front;
}

}  // namespace chimera::tune
