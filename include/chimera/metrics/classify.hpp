#pragma once
// Reads what a number is from the words around it: a column header, a JSON key or path, a table
// row label, a unit written in the cell or in a sibling "unit" field. Names in every spelling of
// the field (snake_case, camelCase, "Time To First Token (ms)", "ttft_s_quantiles_p50") map to a
// canonical metric of the registry, a statistic and a source unit; configuration parameters,
// identifiers and timestamps are told apart from metrics.
#include <optional>
#include <string>
#include <string_view>

#include "chimera/metrics/registry.hpp"

namespace chimera::metrics {

enum class Role {
  metric,      // a measured quantity (canonical or unknown)
  parameter,   // a configuration value: becomes context (num_ctx, concurrency, ...)
  identifier,  // ids, indexes, versions, ports, commits: not a quantity
  timestamp,   // a point in time (epoch seconds, dates)
};
std::string_view role_name(Role r);  // "metric", "parameter", "identifier", "timestamp"

struct Classification {
  Role role = Role::metric;
  const MetricDef* metric = nullptr;        // canonical metric; nullptr = unknown
  const ParameterDef* parameter = nullptr;  // for Role::parameter, when known
  std::string statistic;                    // canonical statistic, "" when the name says none
  std::string unit;                         // source unit (canonical spelling), "" when unknown
  bool stat_only = false;        // the name is only a statistic or a generic word ("p95", "value")
  bool stat_unit_only = false;   // only a statistic and a unit: "p50_s", "mean_tok_s" (no quantity)
  bool epoch_candidate = false;  // a timestamp if the value looks like epoch time
  bool every_request = false;  // a count of every request sent, failed ones too ("Total requests")
  units::Kind kind = units::Kind::other;
};

// Classifies a name (header, key, label, or "label / column"), with a unit written next to the
// value (cell suffix, sibling field) when there is one; that unit wins over the name's.
Classification classify(std::string_view name, std::string_view written_unit = {});

// Canonical spelling of a unit ("tokens/sec" -> "tok/s", "requests/sec" -> "req/s", "msec" ->
// "ms"); nullopt when the text is no unit we know.
std::optional<std::string> parse_unit(std::string_view text);

// The name without the words that say whose it is ("GPU (Chimera)" -> "gpu", "agent_b_num_gpu"
// -> "num_gpu", "CTX 2" -> "ctx"), lower-case, words joined by '_'; "" when nothing was dropped.
std::string unqualified_name(std::string_view name);

// Words in a JSON path that group values without naming a quantity ("successful", "stats",
// "percentiles", "metrics", "results", ...). Returns the status they imply ("failed" for
// "errored", "incomplete", "all" for "total") in *status when not null.
bool is_filler_segment(std::string_view segment, std::string* status = nullptr);

// A risk or anomaly index ("rtsi", "risk", "anomaly" among the words): higher is worse, so a
// "score" under it is no quality score.
bool names_risk_index(std::string_view text);

// A fit's goodness or coefficient ("R²", "size_power_b", "act_coeff", "intercept"): no amount of
// what the fit models.
bool names_a_fit(std::string_view name);

// "Min/Max", "最小/最大" alone: a column header of both ends of a range ("0.29-0.45 s",
// "84.12/107.51"), no ratio.
bool names_min_and_max(std::string_view name);

// The setting whose values a list named by its plural holds ("concurrencies": [1, 2, 4],
// "request_rates", "batch_sizes", "temperatures"), nullptr for any other name. (Only a list's:
// a table's "Context Lengths" 7 counts them.)
const ParameterDef* swept_parameter(std::string_view name);

}  // namespace chimera::metrics
