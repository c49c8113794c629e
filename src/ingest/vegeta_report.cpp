#include "vegeta_report.hpp"

#include <vector>

#include "chimera/core/numeric.hpp"
#include "chimera/core/text.hpp"
#include "row_builder.hpp"

namespace chimera::ingest::detail {
namespace {

// "a, b, c" -> {"a", "b", "c"}, each trimmed.
std::vector<std::string_view> split_commas(std::string_view s) {
  std::vector<std::string_view> out;
  while (true) {
    const auto comma = s.find(',');
    out.push_back(text::trim(s.substr(0, comma)));
    if (comma == std::string_view::npos) break;
    s.remove_prefix(comma + 1);
  }
  return out;
}

// The statistic of a latency's key: "min", "mean", "50" (the median), "90" (p90), "max".
std::string latency_statistic(std::string_view key) {
  if (key == "min" || key == "mean" || key == "max") return std::string(key);
  if (key == "50") return "median";
  if (!key.empty() && key.find_first_not_of("0123456789.") == std::string_view::npos)
    return "p" + std::string(key);
  return {};
}

// What one figure of a report line is; false for one left out (a status code's count).
bool name_figure(MetricRow& row, std::string_view label, std::string_view key, VegetaState& state) {
  if (label == "Requests") {
    if (key == "rate") {  // the rate the attack offered: the run's load, a setting
      as_setting(row, "rate", true);
      state.rate = row.raw;
    } else if (key == "throughput") {  // the requests that succeeded, per second
      set_unit(row, "req/s");
      set_metric(row, "request_throughput");
    } else {
      unname_metric(row, true);
      add_note(row, "the requests the attack sent, the failed ones included");
    }
  } else if (label == "Duration") {
    if (key == "total") {
      set_metric(row, "duration");
    } else {
      unname_metric(row, false);
      add_note(row, key == "attack" ? "the time the attack took to send its requests"
                                    : "the wait for the last response after the attack");
    }
  } else if (label == "Latencies") {
    const std::string statistic = latency_statistic(key);
    if (statistic.empty()) return false;
    set_metric(row, "e2e_latency");
    row.statistic = statistic;
    return true;
  } else if (label == "Success" && key == "ratio") {
    set_metric(row, "success_rate");
  } else if (label == "Bytes In" || label == "Bytes Out") {
    unname_metric(row, true);
    add_note(row, label == "Bytes In" ? "bytes of the responses (no memory)"
                                      : "bytes of the requests (no memory)");
  } else {
    return false;
  }
  if (row.role == metrics::Role::metric && row.statistic.empty()) row.statistic = "value";
  return true;
}

}  // namespace

bool vegeta_line(std::string_view line, std::size_t number, VegetaState& state, MetricRows& rows) {
  // (Runs for every line of a log: a bracket early on first.)
  const auto open = line.find('[');
  if (open == std::string_view::npos || open < 6 || open > 20) return false;
  const auto close = line.find(']', open);
  if (close == std::string_view::npos) return false;
  const std::string_view label = text::trim(line.substr(0, open));
  if (label != "Requests" && label != "Duration" && label != "Latencies" && label != "Success" &&
      label != "Bytes In" && label != "Bytes Out")
    return false;
  const auto keys = split_commas(line.substr(open + 1, close - open - 1));
  const auto values = split_commas(text::trim(line.substr(close + 1)));
  if (keys.size() != values.size()) return false;
  if (label == "Requests") {
    if (keys.front() != "total") return false;
    ++state.reports;
    state.rate.clear();
    state.first_row = rows.size();
  }
  if (state.reports == 0) return false;  // (a report opens with its requests' line)
  const std::size_t before = rows.size();
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (!numeric::parse_cell(values[i])) continue;
    const std::string name = std::string(label) + " " + std::string(keys[i]);
    MetricRow* row = add_text_row(rows, name, values[i]);
    if (!row) continue;
    row->locator = "vegeta[" + std::to_string(state.reports - 1) + "]." + name;
    row->line = number;
    if (!name_figure(*row, label, keys[i], state)) {
      rows.pop_back();
      continue;
    }
    renormalize(*row);
  }
  // The report's rate labels its figures (the requests line comes first, its rate among them).
  for (std::size_t i = state.first_row; i < rows.size() && !state.rate.empty(); ++i) {
    if (rows[i].role == metrics::Role::metric && rows[i].context.rate.empty())
      rows[i].context.rate = state.rate;
  }
  return rows.size() > before || label != "Requests";
}

}  // namespace chimera::ingest::detail
