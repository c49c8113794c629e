#include "mlperf_summary.hpp"

#include <algorithm>

#include "chimera/core/numeric.hpp"
#include "chimera/core/text.hpp"
#include "row_builder.hpp"

namespace chimera::ingest::detail {
namespace {

// "50.00 percentile latency (ns)" -> "p50", "99.90 ..." -> "p99.9" (older LoadGen: "90.0th
// percentile latency (ns)"); "" for no percentile.
std::string percentile_of(std::string_view key) {
  const auto space = key.find(" percentile ");
  if (space == std::string_view::npos) return {};
  std::string p(key.substr(0, space));
  if (p.ends_with("th")) p.resize(p.size() - 2);
  if (p.empty() || p.find_first_not_of("0123456789.") != std::string::npos) return {};
  if (p.find('.') != std::string::npos) {
    while (p.back() == '0') p.pop_back();
    if (p.back() == '.') p.pop_back();
  }
  return p == "50" ? "median" : "p" + p;
}

// The statistic a key's first word names ("Min", "Max", "Mean"), or its percentile.
std::string statistic_of(std::string_view key) {
  for (const std::string_view s : {"Min ", "Max ", "Mean "}) {
    if (key.starts_with(s)) return text::to_lower(text::trim(s));
  }
  return percentile_of(key);
}

// A figure of the results or the additional statistics: its metric and statistic; false for a
// line read as no figure.
bool name_figure(MetricRow& row, std::string_view key, const MlperfSummaryState& state) {
  const std::string low = text::to_lower(key);
  if (low == "scheduled samples per second") {  // the load LoadGen scheduled: a setting, no
    set_unit(row, "req/s");                     // result (and not the target_qps asked for)
    as_setting(row, "", true);
    add_note(row, "the rate LoadGen scheduled queries at (its target is target_qps)");
    return true;
  }
  if (low == "completed samples per second" || low == "samples per second") {
    set_unit(row, "req/s");  // (the Offline scenario's result: "Samples per second")
    set_metric(row, "request_throughput");
  } else if (low == "qps w/ loadgen overhead" || low == "qps w/o loadgen overhead") {
    set_unit(row, "req/s");  // (SingleStream's queries per second, with LoadGen's own time or not)
    set_metric(row, "request_throughput");
    add_note(row, low.find("w/o") != std::string::npos ? "LoadGen's own overhead left out"
                                                       : "LoadGen's own overhead included");
    row.statistic = "value";
  } else if (low == "completed tokens per second" || low == "tokens per second") {
    set_unit(row, "tok/s");
    set_metric(row, "output_throughput");
  } else if (low.ends_with("(ns)")) {
    const std::string statistic = statistic_of(key);
    if (statistic.empty()) return false;
    set_unit(row, "ns");
    if (low.find("first token") != std::string::npos)
      set_metric(row, "ttft");
    else if (low.find("time to output token") != std::string::npos)
      set_metric(row, "tpot");
    else if (low.find(" latency") == std::string::npos)
      return false;
    else if (text::iequals(state.scenario, "Offline"))  // (one query of every sample)
      set_metric(row, "duration");
    else
      set_metric(row, "e2e_latency");
    if (text::iequals(state.scenario, "Offline"))
      add_note(row, "Offline scenario: the latency of its one query, of every sample at once");
    row.statistic = statistic;
  } else {
    return false;
  }
  if (row.statistic.empty() || row.statistic == "sample") row.statistic = "value";
  return true;
}

// A test parameter: a setting by what it limits or sets.
void name_parameter(MetricRow& row, std::string_view key) {
  const std::string low = text::to_lower(key);
  if (low.starts_with("target_qps")) {
    set_unit(row, "req/s");
    as_setting(row, "rate", true);
  } else if (low.ends_with("_seed")) {
    as_setting(row, "seed", false);
  } else if (low.find("duration") != std::string::npos) {
    as_setting(row, "duration_limit", true);
  } else if (low.find("latency") != std::string::npos ||
             low.find("query_count") != std::string::npos ||
             low.find("async_queries") != std::string::npos) {
    as_setting(row, "limit", true);  // a latency's bound (the SLO), a count of queries
  } else {
    as_setting(row, "", false);
  }
}

// A figure of a result LoadGen calls INVALID (its latency constraints not met): kept, and said.
void invalid_result(MetricRow& row, const MlperfSummaryState& state) {
  if (row.role == metrics::Role::metric && text::iequals(state.result, "INVALID"))
    add_note(row, "LoadGen's result is INVALID: the run did not meet its constraints");
}

// "key : value", "key: value": the key and the value, or false.
bool split_line(std::string_view line, std::string_view& key, std::string_view& value) {
  const auto colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  key = text::trim(line.substr(0, colon));
  value = text::trim(line.substr(colon + 1));
  return !key.empty() && !value.empty() && key.size() <= 60;
}

}  // namespace

bool mlperf_summary_line(std::string_view line, std::size_t number, MlperfSummaryState& state,
                         MetricRows& rows) {
  const std::string_view t = text::trim(line);
  if (t == "MLPerf Results Summary") {
    ++state.summaries;
    state.section = MlperfSummaryState::Section::results;
    state.first_row = rows.size();
    state.scenario.clear();
    state.sut.clear();
    state.result.clear();
    state.results.clear();
    state.figures.clear();
    return true;
  }
  if (state.section == MlperfSummaryState::Section::none) return false;
  if (t.empty() || t.starts_with("====")) return true;
  if (t == "Additional Stats") {
    state.section = MlperfSummaryState::Section::stats;
    return true;
  }
  if (t == "Test Parameters Used") {
    state.section = MlperfSummaryState::Section::parameters;
    return true;
  }
  std::string_view key, value;
  if (!split_line(t, key, value)) {
    // (The summary ends at LoadGen's closing lines, or any line of no key.)
    if (state.section == MlperfSummaryState::Section::parameters && !t.starts_with("WARNING") &&
        !t.starts_with("No ") && !t.starts_with("Generated") && !t.starts_with("Check") &&
        !t.starts_with("samples_per_query"))
      state.section = MlperfSummaryState::Section::none;
    return state.section != MlperfSummaryState::Section::none;
  }
  if (key == "Scenario") state.scenario = std::string(value);
  if (key == "SUT name") state.sut = std::string(value);
  if (key == "Result is") {
    state.result = std::string(value);
    for (std::size_t i = state.first_row; i < rows.size(); ++i) invalid_result(rows[i], state);
  }
  if (!numeric::parse_cell(value)) return true;  // ("Mode : PerformanceOnly", "Yes", "NO")
  // (LoadGen prints "Completed tokens per second" again among its statistics: counted once.)
  if (state.section == MlperfSummaryState::Section::stats &&
      std::find(state.results.begin(), state.results.end(), key) != state.results.end())
    return true;
  if (state.section == MlperfSummaryState::Section::results) state.results.emplace_back(key);
  MetricRow* row = add_text_row(rows, key, value);
  if (!row) return true;
  row->locator = "mlperf[" + std::to_string(state.summaries - 1) + "]." + std::string(key);
  row->line = number;
  if (state.section == MlperfSummaryState::Section::parameters) {
    name_parameter(*row, key);
  } else if (!name_figure(*row, key, state)) {
    rows.pop_back();
    return true;
  }
  renormalize(*row);
  // (SingleStream's "90th percentile latency (ns)" again as "90.00 percentile latency": one.)
  if (row->role == metrics::Role::metric && row->metric &&
      row->metric->kind != units::Kind::throughput) {
    const std::string seen = std::string(row->metric_id()) + "/" + row->statistic;
    if (std::find(state.figures.begin(), state.figures.end(), seen) != state.figures.end()) {
      rows.pop_back();
      return true;
    }
    state.figures.push_back(seen);
  }
  Context& ctx = row->context;
  if (!state.scenario.empty()) ctx.test = "MLPerf " + state.scenario;
  if (!state.sut.empty()) ctx.config = "sut=" + state.sut;
  invalid_result(*row, state);
  return true;
}

}  // namespace chimera::ingest::detail
