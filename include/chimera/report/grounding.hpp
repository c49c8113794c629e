#pragma once
// Grounding check: every number in a model-written text is looked up in the data (the ingest
// metrics table, within the tolerance its printed precision allows, with unit conversion) and
// its label is compared with what the matching metric really is (kind: TTFT vs latency vs
// throughput; aggregate: mean vs p95 vs max). Independent of any model.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chimera/core/units.hpp"

namespace chimera::report {

// One value of the data a number may be checked against.
struct Fact {
  std::string file, locator, name;
  units::Kind kind = units::Kind::other;
  std::string unit;  // the value's own unit ("s", "ms", "tok/s", "%", "")
  double value = 0;
};

enum class Mark { verified, mislabelled, not_found };
std::string_view mark_name(Mark m);

struct CheckedNumber {
  std::size_t line = 0;
  std::string text;   // the number as written, with its unit if any
  std::string label;  // what the text says it is
  Mark mark = Mark::not_found;
  std::optional<Fact> match;  // the metric it matches (for mislabelled: what it really is)
  std::string note;           // human explanation
};

struct GroundingResult {
  std::vector<CheckedNumber> numbers;
  std::size_t skipped = 0;  // dates, section numbers, identifiers, bare small integers
  double score() const;     // verified / checked (1 when nothing was checked)
  std::size_t count(Mark m) const;
};

// "mean", "p95", "max", ... read from a label or metric name; empty when it names none.
std::string aggregate_of(std::string_view name);

// Checks every number in a Markdown/plain text against the facts.
GroundingResult check_grounding(std::string_view text, const std::vector<Fact>& facts);

}  // namespace chimera::report
