#include "box_table.hpp"

#include <cstring>

#include "chimera/core/markdown_table.hpp"
#include "chimera/core/text.hpp"

namespace chimera::ingest::detail {
namespace {

// The box-drawing code point (U+2500-U+257F) whose UTF-8 starts at s[i], or 0.
char32_t box_at(std::string_view s, std::size_t i) {
  if (i + 2 >= s.size() || s[i] != '\xE2') return 0;
  const auto b1 = static_cast<unsigned char>(s[i + 1]);
  const auto b2 = static_cast<unsigned char>(s[i + 2]);
  if ((b1 != 0x94 && b1 != 0x95) || b2 < 0x80 || b2 > 0xBF) return 0;
  return 0x2500 + (b1 == 0x95 ? 0x40 : 0) + (b2 - 0x80);
}

bool is_vertical(char32_t c) {
  return c == 0x2502 || c == 0x2503 || c == 0x2551 || c == 0x2506 || c == 0x2507 || c == 0x250A ||
         c == 0x250B;
}

enum class Rule { none, top, middle, bottom };

// A line of only box characters and spaces: which rule of a table it is.
Rule rule_of(std::string_view line) {
  bool any = false, top = false, middle = false, bottom = false;
  for (std::size_t i = 0; i < line.size();) {
    if (line[i] == ' ' || line[i] == '\t' || line[i] == '\r') {
      ++i;
      continue;
    }
    const char32_t c = box_at(line, i);
    if (c == 0) return Rule::none;
    any = true;
    i += 3;
    // Corners and T junctions say where the rule stands: ┏ ┳ ┓ at the top, ┡ ╇ ┩ or ├ ┼ ┤ under
    // the header or between rows, └ ┴ ┘ at the bottom.
    if ((c >= 0x250C && c <= 0x2513) || (c >= 0x252C && c <= 0x2533) || c == 0x2552 ||
        c == 0x2553 || c == 0x2554 || (c >= 0x2564 && c <= 0x2566))
      top = true;
    else if ((c >= 0x2514 && c <= 0x251B) || (c >= 0x2534 && c <= 0x253B) ||
             (c >= 0x2558 && c <= 0x255D) || (c >= 0x2567 && c <= 0x2569))
      bottom = true;
    else if ((c >= 0x251C && c <= 0x252B) || (c >= 0x253C && c <= 0x254B) ||
             (c >= 0x255E && c <= 0x2563) || (c >= 0x256A && c <= 0x256C))
      middle = true;
  }
  if (!any) return Rule::none;
  if (middle) return Rule::middle;
  if (top && !bottom) return Rule::top;
  if (bottom && !top) return Rule::bottom;
  return Rule::none;  // a horizontal line alone: not a table's rule
}

// The cells of a line with box verticals ("│ a │ b │" -> a, b); empty when it has none.
std::vector<std::string> cells_of(std::string_view line) {
  const std::string_view t = text::trim(line);
  std::vector<std::string> cells;
  std::size_t start = 0;
  for (std::size_t i = 0; i < t.size();) {
    if (const char32_t c = box_at(t, i); c != 0 && is_vertical(c)) {
      cells.emplace_back(text::trim(t.substr(start, i - start)));
      i += 3;
      start = i;
      continue;
    }
    ++i;
  }
  if (cells.empty()) return {};
  cells.emplace_back(text::trim(t.substr(start)));
  // The empty text outside a table's outer verticals is no cell.
  if (is_vertical(box_at(t, 0))) cells.erase(cells.begin());
  if (t.size() >= 3 && is_vertical(box_at(t, t.size() - 3)) && !cells.empty()) cells.pop_back();
  return cells;
}

void join_into(std::vector<std::string>& into, const std::vector<std::string>& more) {
  if (into.size() < more.size()) into.resize(more.size());
  for (std::size_t c = 0; c < more.size(); ++c) {
    if (more[c].empty()) continue;
    if (!into[c].empty()) into[c] += ' ';
    into[c] += more[c];
  }
}

std::string pipe_row(const std::vector<std::string>& cells) {
  std::string out = "|";
  for (const auto& c : cells) out += " " + c + " |";
  return out;
}

bool only_first_cell(const std::vector<std::string>& cells) {
  for (std::size_t c = 1; c < cells.size(); ++c) {
    if (!cells[c].empty()) return false;
  }
  return true;
}

}  // namespace

bool has_box_drawing(std::string_view line) {
  for (auto at = line.find('\xE2'); at != std::string_view::npos; at = line.find('\xE2', at + 1)) {
    if (box_at(line, at) != 0) return true;
  }
  return false;
}

void BoxTable::flush(const Emit& emit) {
  if (held_.empty()) return;
  emit(pipe_row(held_), held_line_);
  held_.clear();
}

void BoxTable::end(const Emit& emit) {
  flush(emit);
  if (state_ == State::body) emit("", held_line_);
  state_ = State::none;
  header_.clear();
}

bool BoxTable::feed(std::string_view line, std::size_t number, const Emit& emit) {
  if (state_ == State::none && !has_box_drawing(line)) {
    last_data_.clear();
    return false;
  }
  const Rule rule = rule_of(line);
  auto cells = rule == Rule::none ? cells_of(line) : std::vector<std::string>();
  switch (state_) {
    case State::none:
      if (rule == Rule::top) {
        state_ = State::header;
        header_.clear();
        return true;
      }
      // An edgeless table ("Metric ┃ avg" then "━━━━━━╇━━━━"): the line above is its header.
      if (rule == Rule::middle && !last_data_.empty() && last_data_line_ + 1 == number) {
        header_ = std::move(last_data_);
        last_data_.clear();
        state_ = State::header;
        break;
      }
      last_data_ = std::move(cells);
      last_data_line_ = number;
      return false;
    case State::header:
      if (!cells.empty()) {
        join_into(header_, cells);
        return true;
      }
      if (rule == Rule::top) return true;
      if (rule != Rule::middle) {  // a header alone, or no table after all
        state_ = State::none;
        header_.clear();
        return rule == Rule::bottom;
      }
      break;
    case State::body:
      if (!cells.empty()) {
        if (!held_.empty() && only_first_cell(cells) && !only_first_cell(held_)) {
          join_into(held_, cells);  // "(ms)" under "Time to First Token": one cell, wrapped
        } else {
          flush(emit);
          held_ = std::move(cells);
          held_line_ = number;
        }
        return true;
      }
      if (rule == Rule::middle) {  // a rule between rows
        flush(emit);
        return true;
      }
      end(emit);
      return rule != Rule::none;
  }
  // A rule under the header: the header and a delimiter row of as many cells.
  emit(pipe_row(header_), number > 0 ? number - 1 : 0);
  std::string delimiter = "|";
  for (std::size_t c = 0; c < header_.size(); ++c) delimiter += "---|";
  emit(delimiter, number);
  state_ = State::body;
  held_line_ = number;
  return true;
}

void BoxTable::finish(const Emit& emit) {
  end(emit);
}

namespace {

// "Req Latency     (ms)" as a console padded it: one space between words.
std::string squeezed(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::string GroupedHeader::feed(std::string_view line, std::size_t number) {
  if (rows_.empty() && line.find("||") == std::string_view::npos) return {};  // most lines
  const bool piped = line.find('|') != std::string_view::npos;
  if (!rows_.empty() && (!piped || number != last_ + 1 || rows_.size() > 3)) rows_.clear();
  if (!piped || (rows_.empty() && line.find("||") == std::string_view::npos)) return {};
  if (rows_.size() < 2 || !markdown::is_delimiter_row(line)) {
    rows_.emplace_back(line);
    last_ = number;
    return {};
  }
  auto names = markdown::split_row(rows_.back());
  const std::size_t columns = names.size();
  // "|  | Mdn | Mean | Mean ||||": a statistic spanning the empty cells after it, as the groups
  // above span theirs (GuideLLM 0.5's Server Throughput table).
  if (rows_.back().find("||") != std::string::npos) {
    for (std::size_t c = 1; c < columns; ++c) {
      if (names[c].empty() && !names[c - 1].empty()) names[c] = names[c - 1];
    }
  }
  rows_.pop_back();
  std::vector<std::string> header(columns);
  for (const auto& upper : rows_) {
    const auto groups = markdown::split_row(upper);
    std::string group;
    for (std::size_t c = 0; c < columns; ++c) {
      if (c < groups.size() && !groups[c].empty()) group = squeezed(groups[c]);
      if (group.empty() || group == "Metadata") continue;  // GuideLLM's group of the row label
      if (!header[c].empty()) header[c] += ' ';
      header[c] += group;
    }
  }
  rows_.clear();
  if (markdown::split_row(line).size() != columns) return {};
  std::string out = "|";
  for (std::size_t c = 0; c < columns; ++c) {
    std::string cell = header[c];
    if (!names[c].empty()) cell += (cell.empty() ? "" : " ") + squeezed(names[c]);
    out += " " + cell + " |";
  }
  return out;
}

}  // namespace chimera::ingest::detail
