#pragma once
// Number recognition in text cells and strings (CSV, Markdown, JSON numeric strings).
#include <optional>
#include <string>
#include <string_view>

namespace chimera::numeric {

struct Parsed {
  double value = 0;    // may be +-inf when the literal overflows a double
  std::string suffix;  // unit written after the number ("%", "ms", "tok/s", ...), empty if none
};

// Recognises "12", "-1.5e3", "1,234.5", "87%", "3.2 s", "120 tok/s". The whole cell must be a
// number plus at most one known unit suffix; dates, versions and words are not numbers.
std::optional<Parsed> parse_cell(std::string_view cell);

// True for "NaN", "nan", "Infinity", "-inf", "N/A" style cells: values a writer meant as missing.
bool is_missing_marker(std::string_view cell);

// The reference tool's number rule (legacy harvest): trim, drop commas, drop one trailing '%'
// or 's', then parse the rest as a finite decimal number.
std::optional<double> parse_legacy(std::string_view s);

// A count reported as a JSON number (tokens): a whole number from 0 to 2^53; anything else (NaN,
// negative, fractional, 1e300) is not a count and reads as absent.
std::optional<long long> to_count(double v);

// Shortest text that reads back as the same double ("44", "0.1", "1e+30").
std::string format_double(double v);

// A figure as reports print it: one decimal from 100 up, two from 1, four below ("1194.1",
// "14.59", "0.0941").
std::string format_figure(double v);

}  // namespace chimera::numeric
