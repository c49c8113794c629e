#pragma once
// Checking the numbers of a report against the data it was written from, on metric identity.
// Each number of the text (table cells found by the GFM delimiter row, numbers in sentences) gets
// what the text says it is (metric, statistic, unit, and the context its row label, column header,
// caption or sentence names) and a verdict:
//   verified     the same metric, statistic and context hold this value in the data;
//   derived      it equals a computation on the values of that quantity (mean, sum, ratio, a
//                percentage difference, an interval bound): the formula is shown;
//   bound        a threshold ("under 1 s", ">50 tok/s"), checked against the values;
//   mismatch     that same quantity is in the data with another value (a stale report);
//   mislabelled  the text names another metric or statistic and the value is exactly that other
//                quantity in the same context;
//   not found    none of these.
// Percent and fraction are the same quantity; words match as whole words. Independent of any
// model: the agent reports' grounding check and `chimera verify` both use it.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chimera/analysis/evidence.hpp"

namespace chimera::analysis {

enum class Mark { verified, derived, bound, mismatch, mislabelled, not_found };
std::string_view mark_name(Mark m);

// A number of the text and what the text says it is.
struct Claim {
  std::size_t line = 0;
  std::string text;     // as written: "79.26", "+18.0%", "1,048.35"
  double value = 0;     // signed
  int decimals = 0;     // printed after the point
  std::string unit;     // canonical unit written with it or in its label's brackets
  std::string label;    // what it is called: column header and row label, or the words around it
  std::string context;  // where it holds: row label, column header, caption, section, sentence
  std::string section;  // the heading it stands under (names the metric of "- Baseline: 99 tok/s")
  std::size_t section_level = 0;  // 1 for the document's title ("# ..."), 0 for none
  std::string after;              // the words right after a bare number ("101 files", "1 runs")
  std::string head;               // the subject of a "Subject: ..." sentence it stands in
  std::string text_around;        // the whole sentence line or table cell it stands in
  std::string bound;              // "<", "<=", ">", ">=" for a threshold; "" for a figure
  bool approximate = false;       // "~85 ms", "about 85 ms"
  bool over = false;  // "over 3 measurements": how many values the figure before is over
  // A table cell: its body row (0-based) and the table's number of body rows, so that a table of
  // runs or prompts can be lined up with the data's rows of that quantity, in order.
  std::size_t row = 0, rows = 0;
  bool item_row = false;  // the row is an item (a run, a prompt), not a metric's row
};

struct CheckedNumber {
  Claim claim;
  Mark mark = Mark::not_found;
  std::optional<Observation> evidence;  // the data value it rests on (or contradicts)
  std::string note;                     // the reason, in words
  bool holds = false;                   // a bound the data satisfies
};

struct GroundingResult {
  std::vector<CheckedNumber> numbers;
  std::size_t skipped = 0;  // dates, times, versions, section and list numbers, identifiers
  std::size_t count(Mark m) const;
  // Share of the checked numbers the data supports (verified, derived, or a bound that holds);
  // nullopt when the text has no number to check.
  std::optional<double> supported() const;
  std::optional<double> verified_share() const;
};

// The numbers of a Markdown or plain text, with their labels and context.
std::vector<Claim> extract_claims(std::string_view text, std::size_t* skipped = nullptr);

// Checks every number of the text against the data.
GroundingResult check_grounding(std::string_view text, const std::vector<Observation>& data);

// "72.4 % of 58 numbers" or "n/a (no number to check)".
std::string share_text(const std::optional<double>& share, std::size_t checked);

}  // namespace chimera::analysis
