#pragma once
// GitHub-flavoured Markdown pipe tables, as both the ingest (reading result tables) and verify
// (reading a report's numbers) see them.
#include <string>
#include <string_view>
#include <vector>

namespace chimera::markdown {

// The cells of a pipe-table line: outer pipes dropped, split on '|' not escaped with a
// backslash ("\|" is a literal pipe), each cell trimmed.
std::vector<std::string> split_row(std::string_view line);

// A delimiter row under a table header: every cell dashes, with optional ':' alignment marks
// ("|---|:--:|").
bool is_delimiter_row(std::string_view line);

}  // namespace chimera::markdown
