#pragma once
// The one vocabulary of output formats every command's --format takes (each command accepts the
// subset it writes). Names are what users type and what files and stores record.
#include <optional>
#include <string_view>
#include <vector>

namespace chimera {

enum class Format { text, md, json, jsonl, csv, html, sqlite, openmetrics };

std::string_view format_name(Format f);
// The format a name (or alias: markdown, txt, ndjson, sqlite3, prometheus) names; absent otherwise.
std::optional<Format> parse_format(std::string_view name);
// "md, json or html".
std::string format_list(const std::vector<Format>& formats);

}  // namespace chimera
