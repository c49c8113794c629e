#include "chimera/measure/load_summary.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "chimera/stats/summary.hpp"

namespace chimera::measure {
namespace {

Error bad(std::string_view item, const std::string& why) {
  return Error{ErrorCode::usage, "--slo '" + std::string(item) + "': " + why,
               "write METRIC_pNN=VALUE with ms or s, e.g. ttft_p95=500ms,tpot_p95=50ms (metrics: "
               "ttft, tpot, itl, e2e)"};
}

}  // namespace

Result<std::vector<Slo>> parse_slos(std::string_view spec) {
  std::vector<Slo> out;
  std::size_t start = 0;
  while (start <= spec.size() && !spec.empty()) {
    auto comma = spec.find(',', start);
    if (comma == std::string_view::npos) comma = spec.size();
    const std::string_view item = spec.substr(start, comma - start);
    start = comma + 1;
    if (item.empty()) continue;
    Slo s;
    s.text = std::string(item);
    const auto eq = item.find('=');
    const auto under = item.rfind("_p", eq);
    if (eq == std::string_view::npos || under == std::string_view::npos)
      return bad(item, "expected METRIC_pNN=VALUE");
    s.metric = std::string(item.substr(0, under));
    if (s.metric != "ttft" && s.metric != "tpot" && s.metric != "itl" && s.metric != "e2e")
      return bad(item, "unknown metric '" + s.metric + "'");
    const std::string_view pct = item.substr(under + 2, eq - under - 2);
    auto [p1, e1] = std::from_chars(pct.data(), pct.data() + pct.size(), s.percentile);
    if (e1 != std::errc() || p1 != pct.data() + pct.size() || s.percentile <= 0 ||
        s.percentile > 100)
      return bad(item, "the percentile must be between 0 and 100");
    std::string_view v = item.substr(eq + 1);
    double scale = 1;
    if (v.size() > 2 && v.substr(v.size() - 2) == "ms") {
      v.remove_suffix(2);
    } else if (v.size() > 1 && v.back() == 's') {
      v.remove_suffix(1);
      scale = 1000;
    } else {
      return bad(item, "the bound needs a unit, ms or s");
    }
    auto [p2, e2] = std::from_chars(v.data(), v.data() + v.size(), s.bound_ms);
    if (e2 != std::errc() || p2 != v.data() + v.size() || s.bound_ms <= 0)
      return bad(item, "the bound must be a positive number");
    s.bound_ms *= scale;
    out.push_back(std::move(s));
  }
  return out;
}

Percentiles percentiles(std::vector<double> v) {
  Percentiles p;
  p.n = v.size();
  if (v.empty()) return p;
  std::sort(v.begin(), v.end());
  p.mean = stats::summarize(v)->mean;
  p.p50 = stats::percentile_sorted(v, 50);
  p.p90 = stats::percentile_sorted(v, 90);
  p.p95 = stats::percentile_sorted(v, 95);
  p.p99 = stats::percentile_sorted(v, 99);
  for (const auto& [name, need] :
       {std::pair{"p90", 10u}, std::pair{"p95", 20u}, std::pair{"p99", 100u}}) {
    if (v.size() < need)
      p.warnings.push_back(std::string(name) + " from " + std::to_string(v.size()) +
                           " values: at least " + std::to_string(need) +
                           " are needed for it to be more than the largest values");
  }
  return p;
}

std::optional<double> request_value(const RequestRecord& r, const std::string& metric) {
  const auto& m = r.metrics;
  if (metric == "ttft") return m.ttft_ms;
  if (metric == "tpot") return m.tpot_ms;
  if (metric == "e2e") return m.e2e_ms;
  if (metric == "itl") {
    if (m.itl_ms.empty()) return std::nullopt;
    return *std::max_element(m.itl_ms.begin(), m.itl_ms.end());  // the request's worst gap
  }
  return std::nullopt;
}

LevelSummary summarize_level(const std::string& label, const LoadResult& r,
                             const std::vector<Slo>& slos) {
  LevelSummary s;
  s.label = label;
  s.window_s = static_cast<double>(r.window_end_ns - r.window_start_ns) / 1e9;
  s.interrupted = r.interrupted;
  if (r.interrupted && r.planned_window_end_ns > r.window_start_ns)
    s.planned_window_s = static_cast<double>(r.planned_window_end_ns - r.window_start_ns) / 1e9;
  s.dropped = r.dropped;
  s.in_flight_mean = r.in_flight_mean;
  s.in_flight_peak = r.in_flight_peak;
  std::vector<double> tpot, itl, prompt_rate;
  double tokens = 0;
  std::size_t good = 0;
  for (const auto& lr : r.records) {
    if (!lr.measured) continue;
    const auto& rec = lr.record;
    if (!rec.ok && rec.error_kind == Failure::interrupted) {
      ++s.cut_off;
      continue;
    }
    ++s.measured;
    if (!rec.ok) {
      ++s.failed;
      ++s.failures[std::string(failure_name(rec.error_kind))];
      if (rec.error_kind == Failure::http_error &&
          (rec.http_status == 429 || rec.http_status == 503))
        ++s.refused;
      continue;
    }
    ++s.ok;
    const auto& m = rec.metrics;
    if (m.ttft_ms) s.ttft_ms.push_back(*m.ttft_ms);
    if (m.e2e_ms) s.e2e_ms.push_back(*m.e2e_ms);
    if (m.tpot_ms) tpot.push_back(*m.tpot_ms);
    if (m.prompt_tok_s) prompt_rate.push_back(*m.prompt_tok_s);
    itl.insert(itl.end(), m.itl_ms.begin(), m.itl_ms.end());
    if (m.output_tokens) tokens += static_cast<double>(*m.output_tokens);
    bool meets = true;
    for (const auto& slo : slos) {
      const auto v = request_value(rec, slo.metric);
      meets = meets && v && *v <= slo.bound_ms;
    }
    good += meets;
  }
  if (s.window_s > 0) {
    s.requests_per_s = static_cast<double>(s.ok) / s.window_s;
    s.output_tok_s = tokens / s.window_s;
    if (!slos.empty()) s.goodput_rps = static_cast<double>(good) / s.window_s;
  }
  if (!slos.empty() && s.measured > 0)
    s.slo_attainment = static_cast<double>(good) / static_cast<double>(s.measured);
  s.ttft = percentiles(s.ttft_ms);
  s.tpot = percentiles(tpot);
  s.itl = percentiles(itl);
  s.e2e = percentiles(s.e2e_ms);
  s.prompt_tok_s = percentiles(prompt_rate);
  for (const auto& slo : slos) {
    std::vector<double> v;
    for (const auto& lr : r.records) {
      if (!lr.measured || !lr.record.ok) continue;
      if (slo.metric == "itl") {
        v.insert(v.end(), lr.record.metrics.itl_ms.begin(), lr.record.metrics.itl_ms.end());
      } else if (const auto x = request_value(lr.record, slo.metric)) {
        v.push_back(*x);
      }
    }
    bool met = false;
    if (!v.empty()) {
      std::sort(v.begin(), v.end());
      met = stats::percentile_sorted(v, slo.percentile) <= slo.bound_ms && s.failed == 0;
    }
    s.slo_met.emplace_back(slo.text, met);
  }
  return s;
}

}  // namespace chimera::measure
