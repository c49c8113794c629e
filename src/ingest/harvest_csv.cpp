#include <charconv>
#include <set>

#include "chimera/core/numeric.hpp"
#include "chimera/core/text.hpp"
#include "chimera/ingest/csv_reader.hpp"
#include "chimera/ingest/harvest.hpp"
#include "row_builder.hpp"

namespace chimera::ingest {
namespace {

constexpr std::size_t kLegacyRows = 10;  // the reference read the first 10 data rows of a CSV

struct Column {
  std::string raw;   // header as written (the legacy key uses it)
  std::string name;  // trimmed, or "column_N" when empty
  bool legacy = false;
  bool context = false;
};

class CsvHarvester {
 public:
  explicit CsvHarvester(FileResult& r) : r_(r) {}

  bool record(std::size_t line, std::span<const std::string_view> fields) {
    if (cols_.empty()) {
      set_header(fields);
      return true;
    }
    if (fields.size() == 1 && text::trim(fields[0]).empty()) return true;  // blank line
    if (data_row_ < kLegacyRows) harvest_legacy(fields);
    if (fields.size() != cols_.size()) {
      detail::add_warning(r_.warnings, "line " + std::to_string(line) + ": " +
                                           std::to_string(fields.size()) +
                                           " fields but the header has " +
                                           std::to_string(cols_.size()) + "; row not ingested");
      ++data_row_;
      return true;
    }
    Context ctx;
    for (std::size_t c = 0; c < cols_.size(); ++c) {
      if (!cols_[c].context) continue;
      const auto v = text::trim(fields[c]);
      if (!v.empty() && !numeric::parse_cell(v)) *context_slot(ctx, cols_[c].name) = std::string(v);
    }
    for (std::size_t c = 0; c < cols_.size(); ++c) {
      if (cols_[c].context) continue;
      MetricRow* row = detail::add_text_row(r_.rows, cols_[c].name, fields[c]);
      if (!row) continue;
      row->locator = locator(c);
      row->line = line;
      if (!ctx.empty()) row->context = ctx;
    }
    ++data_row_;
    return true;
  }

 private:
  void set_header(std::span<const std::string_view> fields) {
    Context probe;
    for (std::size_t c = 0; c < fields.size(); ++c) {
      Column col;
      col.raw = std::string(fields[c]);
      col.name = std::string(text::trim(fields[c]));
      if (col.name.empty()) col.name = "column_" + std::to_string(c + 1);
      col.legacy = !col.raw.empty() && legacy_keyword(col.raw);
      col.context = context_slot(probe, col.name) != nullptr;
      cols_.push_back(std::move(col));
    }
  }

  // "[row].column" for the current data row.
  std::string locator(std::size_t c) const {
    char num[24];
    const auto end = std::to_chars(num, num + sizeof num, data_row_).ptr;
    std::string s;
    s.reserve(static_cast<std::size_t>(end - num) + cols_[c].name.size() + 3);
    s += '[';
    s.append(num, end);
    s += "].";
    s += cols_[c].name;
    return s;
  }

  void harvest_legacy(std::span<const std::string_view> fields) {
    const std::size_t n = std::min(fields.size(), cols_.size());
    for (std::size_t c = 0; c < n; ++c) {
      if (!cols_[c].legacy) continue;
      std::string key = "csv_" + cols_[c].raw;
      if (!seen_.insert(key).second) continue;
      LegacyValue lv{std::move(key), std::string(fields[c]), locator(c)};
      if (auto d = numeric::parse_legacy(fields[c])) lv.value = *d;
      r_.legacy.push_back(std::move(lv));
    }
  }

  FileResult& r_;
  std::vector<Column> cols_;
  std::size_t data_row_ = 0;
  std::set<std::string> seen_;
};

}  // namespace

void harvest_csv(std::string_view text, FileResult& r) {
  CsvHarvester h(r);
  const auto err = read_csv(
      text, sniff_delimiter(text),
      [&](std::size_t line, std::span<const std::string_view> f) { return h.record(line, f); });
  if (err) {
    detail::add_warning(r.warnings, "line " + std::to_string(err->line) + ": " + err->message +
                                        "; the rest of the file was not ingested");
  }
}

}  // namespace chimera::ingest
