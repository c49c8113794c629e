#pragma once
// Results written as SQL statements: llama-bench's `-o sql` (a CREATE TABLE, then one
//   INSERT INTO llama_bench (build_commit, ..., avg_ts, stddev_ts) VALUES ('3469684', ...);
// per test; "test" as the table of older builds), and any dump of INSERT statements with a column
// list. Each table's records are read as the rows of a CSV file with those columns are, so
// llama-bench's are read as its `-o csv` is.
#include <string_view>

#include "chimera/ingest/model.hpp"

namespace chimera::ingest::detail {

// Whether the text holds an INSERT statement at the start of a line (a cheap look).
bool has_sql_inserts(std::string_view text);

// Appends the rows of the text's INSERT statements to `r` (locator "TABLE[row].column", the line
// of the record's values) and names the format ("llama-bench sql", or "sql inserts"). Statements
// without a column list, or whose values do not match it, are counted in a warning. Returns false
// when no statement was read.
bool harvest_sql_inserts(std::string_view text, FileResult& r);

}  // namespace chimera::ingest::detail
