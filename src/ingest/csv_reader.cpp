#include "chimera/ingest/csv_reader.hpp"

#include <vector>

namespace chimera::ingest {

char sniff_delimiter(std::string_view text) {
  const auto end = text.find_first_of("\r\n");
  const std::string_view first = text.substr(0, end);
  if (first.find(',') != std::string_view::npos) return ',';
  if (first.find(';') != std::string_view::npos) return ';';
  if (first.find('\t') != std::string_view::npos) return '\t';
  return ',';
}

namespace {

// Accumulates one record's fields in a single buffer so that views are built only once the
// record is complete (no view into a buffer that may still grow).
class RecordBuilder {
 public:
  void add_char(char c) { buf_ += c; }
  void add_run(std::string_view s) { buf_.append(s); }
  void end_field() { ends_.push_back(buf_.size()); }
  std::span<const std::string_view> views() {
    views_.clear();
    std::size_t start = 0;
    for (const std::size_t e : ends_) {
      views_.emplace_back(buf_.data() + start, e - start);
      start = e;
    }
    return views_;
  }
  void clear() {
    buf_.clear();
    ends_.clear();
  }

 private:
  std::string buf_;
  std::vector<std::size_t> ends_;
  std::vector<std::string_view> views_;
};

}  // namespace

std::optional<CsvError> read_csv(std::string_view s, char delim, const CsvRecordFn& on_record) {
  RecordBuilder rec;
  std::size_t i = 0, line = 1, record_line = 1;
  const std::size_t n = s.size();
  auto at_line_end = [&](std::size_t k) { return s[k] == '\n' || s[k] == '\r'; };
  auto skip_line_end =
      [&](std::size_t k) {  // k at '\r' or '\n'; returns index after the terminator
        if (s[k] == '\r' && k + 1 < n && s[k + 1] == '\n') return k + 2;
        return k + 1;
      };
  while (i < n) {
    record_line = line;
    bool record_done = false;
    while (!record_done) {
      // One field starting at i.
      if (i < n && s[i] == '"') {
        const std::size_t quote_line = line;
        ++i;
        while (true) {
          if (i >= n) {
            return CsvError{quote_line, "quoted field opened on line " +
                                            std::to_string(quote_line) +
                                            " is never closed (missing '\"')"};
          }
          const std::size_t q = s.find('"', i);
          const std::size_t stop = q == std::string_view::npos ? n : q;
          for (std::size_t k = i; k < stop; ++k) {
            if (s[k] == '\n' || (s[k] == '\r' && (k + 1 >= n || s[k + 1] != '\n'))) ++line;
          }
          rec.add_run(s.substr(i, stop - i));
          i = stop;
          if (i >= n) continue;
          if (i + 1 < n && s[i + 1] == '"') {  // doubled quote
            rec.add_char('"');
            i += 2;
            continue;
          }
          ++i;  // closing quote
          break;
        }
      }
      // Unquoted part (or text after a closing quote, kept as Python does).
      const std::size_t start = i;
      while (i < n && s[i] != delim && !at_line_end(i)) ++i;
      rec.add_run(s.substr(start, i - start));
      rec.end_field();
      if (i >= n) {
        record_done = true;
      } else if (s[i] == delim) {
        ++i;
        if (i >= n) rec.end_field();  // "a,b," ends with an empty field
        record_done = i >= n;
      } else {
        i = skip_line_end(i);
        ++line;
        record_done = true;
      }
    }
    if (!on_record(record_line, rec.views())) return std::nullopt;
    rec.clear();
  }
  return std::nullopt;
}

}  // namespace chimera::ingest
