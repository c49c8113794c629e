#pragma once
// Private helpers shared by the per-format harvesters.
#include <string_view>
#include <vector>

#include "chimera/ingest/model.hpp"

namespace chimera::ingest::detail {

// Appends a metric row for a text cell (CSV, Markdown, JSON string) to rows and returns it; returns
// nullptr (appending nothing) when the cell is neither a number (with an optional unit) nor a
// NaN/Infinity marker. Rows are built in place: this runs once per cell.
MetricRow* add_text_row(MetricRows& rows, std::string_view name, std::string_view cell);

// Appends a metric row for a JSON number or non-finite literal and returns it.
MetricRow& add_number_row(MetricRows& rows, std::string_view name, std::string_view literal,
                          double value);

// A generic leaf name ("p95", "value", "mean") says nothing of what was measured: when the row's
// kind is unknown, infer kind and unit from the whole path
// ("timing_stats.latency_percentiles.p95").
void refine_from_path(MetricRow& row, std::string_view path);

// Adds a warning, keeping at most `limit` listed and counting the rest in the last entry.
void add_warning(std::vector<std::string>& warnings, std::string text, std::size_t limit = 20);

}  // namespace chimera::ingest::detail
