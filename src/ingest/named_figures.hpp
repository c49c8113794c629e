// A table cell of several figures, each named by its own part of the column's header or by the
// statistic written before it: "4.930 s / 1,011.08 tok/s" under "Latency / Throughput",
// "512.3 / 45.6" under "PP / TG (t/s)", "mean 52.55 / median 52.56" under "TTFT (ms)".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "chimera/ingest/model.hpp"

namespace chimera::ingest::detail {

struct NamedFigure {
  std::string name;    // the figure's own name: its part of the header, or the header and its
                       // statistic ("TTFT (ms) median")
  std::string figure;  // its text, with the unit it shares with the others where it wrote none
};

// The figures of a cell joined by " / ", each with its name; empty unless the cell holds 2 to 4
// figures and every one of them is named as a measurement.
std::vector<NamedFigure> named_figures(std::string_view cell, std::string_view column);

// The note on the first of them (add_text_row reads it, emit_named_figures the others).
inline constexpr std::string_view kNamedFigureNote = "figure 1 of ";
std::string named_figure_note(std::size_t k, std::size_t n, std::string_view cell,
                              std::string_view name);

// Appends a row for each figure after the first of `row`'s cell (its raw text), with the first
// row's place and context.
void emit_named_figures(MetricRows& rows, const MetricRow& row, std::string_view column);

}  // namespace chimera::ingest::detail
