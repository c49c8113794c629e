#include "chimera/core/format.hpp"

#include <array>
#include <string>
#include <utility>

namespace chimera {
namespace {

constexpr std::array<std::pair<std::string_view, Format>, 13> kNames = {{
    {"text", Format::text},
    {"md", Format::md},
    {"json", Format::json},
    {"jsonl", Format::jsonl},
    {"csv", Format::csv},
    {"html", Format::html},
    {"sqlite", Format::sqlite},
    {"openmetrics", Format::openmetrics},
    {"markdown", Format::md},  // aliases after the names, so format_name finds the name
    {"txt", Format::text},
    {"ndjson", Format::jsonl},
    {"sqlite3", Format::sqlite},
    {"prometheus", Format::openmetrics},
}};

}  // namespace

std::string_view format_name(Format f) {
  for (const auto& [name, format] : kNames)
    if (format == f) return name;
  return "?";
}

std::optional<Format> parse_format(std::string_view name) {
  for (const auto& [n, format] : kNames)
    if (n == name) return format;
  return std::nullopt;
}

std::string format_list(const std::vector<Format>& formats) {
  std::string out;
  for (std::size_t i = 0; i < formats.size(); ++i) {
    if (i > 0) out += i + 1 == formats.size() ? " or " : ", ";
    out += format_name(formats[i]);
  }
  return out;
}

}  // namespace chimera
