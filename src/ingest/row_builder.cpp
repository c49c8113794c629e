#include "row_builder.hpp"

#include <cmath>
#include <functional>
#include <string>
#include <unordered_map>

#include "chimera/core/numeric.hpp"
#include "chimera/core/text.hpp"

namespace chimera::ingest::detail {
namespace {

// Unit inference depends only on (name, suffix), and names repeat for every row of a column or
// every element of an array: memoise it per thread, looked up without allocating.
struct ViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

const units::Inferred& infer_cached(std::string_view name, std::string_view suffix) {
  // One-entry memo first: array elements and runs of a JSON key repeat the same name.
  thread_local std::string last_name, last_suffix;
  thread_local const units::Inferred* last = nullptr;
  if (last && name == last_name && suffix == last_suffix) return *last;
  using Cache = std::unordered_map<std::string, units::Inferred, ViewHash, std::equal_to<>>;
  thread_local Cache by_name;         // cells without a unit suffix: the common case
  thread_local Cache by_name_suffix;  // key "name\0suffix"
  Cache& cache = suffix.empty() ? by_name : by_name_suffix;
  thread_local std::string key;
  std::string_view k = name;
  if (!suffix.empty()) {
    key.assign(name).append(1, '\0').append(suffix);
    k = key;
  }
  auto it = cache.find(k);
  if (it == cache.end()) {
    if (cache.size() > 65536) {  // bound memory on trees with endless distinct names
      cache.clear();
      last = nullptr;
    }
    it = cache.emplace(std::string(k), units::infer(name, suffix)).first;
  }
  last_name.assign(name);
  last_suffix.assign(suffix);
  last = &it->second;  // unordered_map nodes stay put until clear(), which also resets `last`
  return it->second;
}

void finish(MetricRow& r, std::string_view suffix) {
  const auto& inf = infer_cached(r.name, suffix);
  r.kind = inf.kind;
  r.unit = inf.unit;
  if (r.value && !std::isfinite(*r.value)) {
    r.note = "number out of the range of a double";
    r.value.reset();
  }
  if (r.value) {
    if (auto n = units::normalize(*r.value, r.unit)) {
      r.normalized = n->value;
      r.normalized_unit = n->unit;
    }
  }
}

// Markdown emphasis and code marks around a number: "**12.5**", "`3 ms`".
std::string_view strip_marks(std::string_view s) {
  s = text::trim(s);
  while (s.size() >= 2 && (s.front() == '*' || s.front() == '_' || s.front() == '`') &&
         s.back() == s.front()) {
    s = text::trim(s.substr(1, s.size() - 2));
  }
  return s;
}

// Splits "5213.12 ± 59.40" (llama-bench) or "12 +/- 3" into the value and its spread.
std::pair<std::string_view, std::string_view> split_spread(std::string_view s) {
  for (const std::string_view sep : {std::string_view("\xC2\xB1"), std::string_view("+/-")}) {
    const auto at = s.find(sep);
    if (at != std::string_view::npos)
      return {s.substr(0, at), text::trim(s.substr(at + sep.size()))};
  }
  return {s, {}};
}

}  // namespace

MetricRow* add_text_row(MetricRows& rows, std::string_view name, std::string_view cell) {
  // Runs for every cell, most of them text: decide before building anything.
  const auto [core, spread] = split_spread(strip_marks(cell));
  auto parsed = numeric::parse_cell(core);
  if (!parsed && !numeric::is_missing_marker(core)) return nullptr;
  MetricRow& r = rows.emplace_back();
  r.name.assign(name);
  r.raw.assign(text::trim(cell));
  if (parsed) {
    r.value = parsed->value;
    if (!spread.empty()) r.note = "the source gives a spread of \xC2\xB1 " + std::string(spread);
    finish(r, parsed->suffix);
  } else {
    r.note = "the source wrote '" + std::string(core) + "' (not a finite number)";
    finish(r, {});
  }
  return &r;
}

MetricRow& add_number_row(MetricRows& rows, std::string_view name, std::string_view literal,
                          double value) {
  MetricRow& r = rows.emplace_back();
  r.name.assign(name);
  r.raw.assign(literal);
  if (std::isnan(value) || literal == "Infinity" || literal == "-Infinity") {
    r.note = "the source wrote '" + std::string(literal) + "' (not a finite number)";
  } else {
    r.value = value;
  }
  finish(r, {});
  return r;
}

void refine_from_path(MetricRow& row, std::string_view path) {
  if (row.kind != units::Kind::other || !row.unit.empty()) return;
  const auto& inf = infer_cached(path, {});
  if (inf.kind == units::Kind::other && inf.unit.empty()) return;
  row.kind = inf.kind;
  row.unit = inf.unit;
  if (row.value) {
    if (auto n = units::normalize(*row.value, row.unit)) {
      row.normalized = n->value;
      row.normalized_unit = n->unit;
    }
  }
}

void add_warning(std::vector<std::string>& warnings, std::string text, std::size_t limit) {
  if (warnings.size() < limit) {
    warnings.push_back(std::move(text));
    return;
  }
  static constexpr std::string_view kMore = "further warnings not listed: ";
  if (warnings.size() == limit) {
    warnings.push_back(std::string(kMore) + "1");
    return;
  }
  auto& last = warnings.back();
  const auto n = std::stoull(last.substr(kMore.size()));
  last = std::string(kMore) + std::to_string(n + 1);
}

}  // namespace chimera::ingest::detail
