#pragma once
// The metric registry: the one place that says what each measured quantity is. Canonical
// metrics (id, label, normalised unit, direction, one-line definition, coarse kind), statistics
// as a dimension of their own (mean, median, p95, ...), and parameters (num_ctx, concurrency,
// ...), which describe a configuration and become context, never a metric. Every module that
// names, labels or defines a metric (ingest, probe and load writers, tune objectives, run
// comparison, findings, HTML definitions) takes it from here. Adding a metric is one entry in
// kMetrics (registry.cpp) plus its phrases in classify.cpp and their tests.
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "chimera/core/units.hpp"

namespace chimera::metrics {

enum class Direction { higher, lower, neither };

struct MetricDef {
  std::string_view id;          // canonical id: "ttft", "decode_rate", ...
  std::string_view label;       // for people: "time to first token"
  std::string_view unit;        // normalised unit: "ms", "tok/s", "req/s", "bytes", "%", ...
  Direction direction;          // which way is better
  units::Kind kind;             // the coarse category older outputs group by
  std::string_view definition;  // one line, the same in every report
};

// Every canonical metric, in a stable order.
std::span<const MetricDef> all_metrics();
// The metric with this canonical id, or nullptr.
const MetricDef* find_metric(std::string_view id);

struct StatisticDef {
  std::string_view id;  // "sample", "value", "mean", "median", "min", "max", "std", "variance",
                        // "mode", "count", "sum", or a percentile "p95", "p99.9"
  std::string_view definition;
};
std::span<const StatisticDef> all_statistics();  // percentiles are one entry, "pNN"
// Canonical statistic for a spelling ("avg" -> "mean", "p50" -> "median", "p999" -> "p99.9",
// "stddev" -> "std", "quantiles_p95" -> "p95"); nullopt when the word is no statistic.
std::optional<std::string> parse_statistic(std::string_view word);
// True for statistics whose value is in the metric's own unit (not count, variance).
bool statistic_keeps_unit(std::string_view statistic);
// Whether a value in `unit` can be the metric (normalises to the metric's unit); an unknown
// unit fits anything. A metric is never claimed in a unit it cannot have.
bool unit_fits(const MetricDef& m, std::string_view unit, std::string_view statistic = {});

struct ParameterDef {
  std::string_view id;          // "num_ctx", "concurrency", ...
  std::string_view definition;  // one line
  std::string_view context;     // the context field it fills ("concurrency", "rate") or ""
};
std::span<const ParameterDef> all_parameters();
const ParameterDef* find_parameter(std::string_view id);

// The definition of a canonical metric (the registry's one line); "" for an unknown id.
std::string_view definition_of(std::string_view id);

// One line for people: "ttft (ms, lower is better): time from sending ... ".
std::string describe(const MetricDef& m);
std::string_view direction_name(Direction d);  // "higher", "lower", "neither"

}  // namespace chimera::metrics
