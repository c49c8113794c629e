#include "sql_inserts.hpp"

#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "chimera/core/text.hpp"
#include "chimera/ingest/harvest.hpp"
#include "row_builder.hpp"

namespace chimera::ingest::detail {
namespace {

// The records of one table (and column list), in file order.
struct Table {
  std::string name;
  std::vector<std::string> columns;
  std::vector<std::vector<std::optional<std::string>>> records;  // nullopt: NULL
  std::vector<std::size_t> lines;                                // each record's first line
};

bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
}

// A reader of one statement: words, quoted names, literals, punctuation; it counts lines.
class Cursor {
 public:
  Cursor(std::string_view text, std::size_t at, std::size_t line)
      : t_(text), at_(at), line_(line) {}
  std::size_t line() const { return line_; }

  void skip_space() {
    while (at_ < t_.size() && std::isspace(static_cast<unsigned char>(t_[at_])) != 0) {
      if (t_[at_] == '\n') ++line_;
      ++at_;
    }
  }
  bool eat(char c) {
    skip_space();
    if (at_ >= t_.size() || t_[at_] != c) return false;
    ++at_;
    return true;
  }
  bool eat_word(std::string_view w) {
    skip_space();
    if (!text::iequals(t_.substr(at_, w.size()), w)) return false;
    if (at_ + w.size() < t_.size() && is_word_char(t_[at_ + w.size()])) return false;
    at_ += w.size();
    return true;
  }
  // A name, bare or quoted ("name", `name`, [name]), with its schema's ("main.test") dropped.
  std::optional<std::string> name() {
    std::optional<std::string> n = part();
    while (n && at_ < t_.size() && t_[at_] == '.') {
      ++at_;
      n = part();
    }
    return n;
  }
  // A literal: 'text' ('' for a quote), a number, NULL, TRUE or FALSE. nullopt inside: NULL.
  std::optional<std::optional<std::string>> value() {
    skip_space();
    if (at_ >= t_.size()) return std::nullopt;
    if (t_[at_] == '\'') return quoted('\'');
    const std::size_t start = at_;
    while (at_ < t_.size() &&
           (is_word_char(t_[at_]) || t_[at_] == '.' || t_[at_] == '-' || t_[at_] == '+'))
      ++at_;
    const std::string_view word = t_.substr(start, at_ - start);
    if (word.empty()) return std::nullopt;
    if (text::iequals(word, "null")) return std::optional<std::string>();
    return std::optional<std::string>(std::string(word));
  }

 private:
  std::optional<std::string> part() {
    skip_space();
    if (at_ >= t_.size()) return std::nullopt;
    const char open = t_[at_];
    if (open == '"' || open == '`') return quoted(open);
    if (open == '[') {
      const auto close = t_.find(']', at_);
      if (close == std::string_view::npos) return std::nullopt;
      std::string n(t_.substr(at_ + 1, close - at_ - 1));
      at_ = close + 1;
      return n;
    }
    const std::size_t start = at_;
    while (at_ < t_.size() && is_word_char(t_[at_])) ++at_;
    if (at_ == start) return std::nullopt;
    return std::string(t_.substr(start, at_ - start));
  }
  // Text between quotes, a doubled quote standing for one.
  std::optional<std::string> quoted(char q) {
    std::string out;
    for (++at_; at_ < t_.size(); ++at_) {
      if (t_[at_] == '\n') ++line_;
      if (t_[at_] != q) {
        out += t_[at_];
      } else if (at_ + 1 < t_.size() && t_[at_ + 1] == q) {
        out += q;
        ++at_;
      } else {
        ++at_;
        return out;
      }
    }
    return std::nullopt;  // unterminated
  }

  std::string_view t_;
  std::size_t at_;
  std::size_t line_;
};

// "(a, b, c)": the names of a column list.
std::optional<std::vector<std::string>> column_list(Cursor& c) {
  if (!c.eat('(')) return std::nullopt;
  std::vector<std::string> cols;
  do {
    auto n = c.name();
    if (!n) return std::nullopt;
    cols.push_back(std::move(*n));
  } while (c.eat(','));
  if (!c.eat(')')) return std::nullopt;
  return cols;
}

// One INSERT statement from just after "INSERT INTO": its records appended to their table.
// Returns the number of records that did not match the column list (or -1: no column list).
long read_insert(Cursor& c, std::vector<Table>& tables) {
  const auto table = c.name();
  if (!table) return -1;
  const auto cols = column_list(c);
  if (!cols || !c.eat_word("VALUES")) return -1;
  Table* t = nullptr;
  for (auto& x : tables) {
    if (x.name == *table && x.columns == *cols) t = &x;
  }
  if (!t) {
    tables.push_back({*table, *cols, {}, {}});
    t = &tables.back();
  }
  long bad = 0;
  do {
    c.skip_space();
    const std::size_t line = c.line();
    if (!c.eat('(')) return bad + 1;
    std::vector<std::optional<std::string>> record;
    do {
      auto v = c.value();
      if (!v) return bad + 1;
      record.push_back(std::move(*v));
    } while (c.eat(','));
    if (!c.eat(')')) return bad + 1;
    if (record.size() != t->columns.size()) {
      ++bad;
      continue;
    }
    t->records.push_back(std::move(record));
    t->lines.push_back(line);
  } while (c.eat(','));
  return bad;
}

void append_csv_field(std::string& out, std::string_view v) {
  out += '"';
  for (const char ch : v) {
    if (ch == '"') out += '"';
    out += ch;
  }
  out += '"';
}

// A table's records as CSV text: its columns, then one line per record.
std::string as_csv(const Table& t) {
  std::string csv;
  for (std::size_t i = 0; i < t.columns.size(); ++i) {
    if (i > 0) csv += ',';
    append_csv_field(csv, t.columns[i]);
  }
  csv += '\n';
  for (const auto& record : t.records) {
    for (std::size_t i = 0; i < record.size(); ++i) {
      if (i > 0) csv += ',';
      if (record[i]) append_csv_field(csv, *record[i]);
    }
    csv += '\n';
  }
  return csv;
}

// Each line that begins with INSERT INTO: where its statement starts and its line number.
template <typename F>
void for_each_insert(std::string_view text, F&& f) {
  std::size_t line = 1;
  for (std::size_t at = 0; at < text.size(); ++line) {
    const auto end = text.find('\n', at);
    const std::string_view l = text.substr(at, end == std::string_view::npos ? end : end - at);
    const auto lead = l.find_first_not_of(" \t");
    if (lead != std::string_view::npos && text::iequals(l.substr(lead, 6), "insert")) f(at, line);
    if (end == std::string_view::npos) break;
    at = end + 1;
  }
}

}  // namespace

bool has_sql_inserts(std::string_view text) {
  bool found = false;
  for_each_insert(text, [&](std::size_t at, std::size_t line) {
    Cursor c(text, at, line);
    found = found || (c.eat_word("INSERT") && c.eat_word("INTO"));
  });
  return found;
}

bool harvest_sql_inserts(std::string_view text, FileResult& r) {
  std::vector<Table> tables;
  std::size_t unread = 0, first_unread = 0;
  for_each_insert(text, [&](std::size_t at, std::size_t line) {
    Cursor c(text, at, line);
    if (!(c.eat_word("INSERT") && c.eat_word("INTO"))) return;
    const long bad = read_insert(c, tables);
    if (bad != 0) {
      if (unread == 0) first_unread = line;
      unread += bad < 0 ? 1 : static_cast<std::size_t>(bad);
    }
  });
  const std::size_t before = r.rows.size();
  std::string format;
  for (const Table& t : tables) {
    if (t.records.empty()) continue;
    FileResult block;
    block.entry = r.entry;
    harvest_csv(as_csv(t), block);
    if (block.status != FileStatus::ingested) continue;
    if (format.empty()) format = block.format;
    // (The CSV's line 2 is the first record's.)
    const auto record_line = [&](std::size_t line) {
      return line >= 2 && line - 2 < t.lines.size() ? t.lines[line - 2] : line;
    };
    take_rows(r.rows, block.rows, t.name, "", record_line);
    for (auto& w : block.warnings) r.warnings.push_back("table " + t.name + ": " + w);
    take_text_cells(r, block, record_line);
  }
  if (unread > 0)
    r.warnings.push_back(std::to_string(unread) + " SQL record(s) not read (no column list, or " +
                         "values that do not match it), the first at line " +
                         std::to_string(first_unread));
  if (r.rows.size() == before) return false;
  if (const auto csv = format.rfind(" csv"); csv != std::string::npos && csv + 4 == format.size())
    format.replace(csv, 4, " sql");
  r.format = format.empty() ? "sql inserts" : format;
  return true;
}

}  // namespace chimera::ingest::detail
