#include <array>

#include "chimera/core/numeric.hpp"
#include "chimera/core/text.hpp"
#include "chimera/ingest/harvest.hpp"
#include "row_builder.hpp"

namespace chimera::ingest {
namespace {

std::string_view ltrim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

// Cells of a pipe-table line: outer pipes dropped, split on '|' not escaped with a backslash.
std::vector<std::string> split_cells(std::string_view line) {
  line = text::trim(line);
  if (!line.empty() && line.front() == '|') line.remove_prefix(1);
  if (!line.empty() && line.back() == '|' && !(line.size() >= 2 && line[line.size() - 2] == '\\')) {
    line.remove_suffix(1);
  }
  std::vector<std::string> cells;
  std::string cur;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '|') {
      cur += '|';
      ++i;
    } else if (line[i] == '|') {
      cells.emplace_back(text::trim(cur));
      cur.clear();
    } else {
      cur += line[i];
    }
  }
  cells.emplace_back(text::trim(cur));
  return cells;
}

// "|---|:--:|" style separator under a table header.
bool is_delimiter_row(std::string_view line) {
  if (line.find('-') == std::string_view::npos) return false;
  for (const auto& cell : split_cells(line)) {
    std::string_view c = cell;
    if (!c.empty() && c.front() == ':') c.remove_prefix(1);
    if (!c.empty() && c.back() == ':') c.remove_suffix(1);
    if (c.empty() || c.find_first_not_of('-') != std::string_view::npos) return false;
  }
  return true;
}

bool is_fence(std::string_view line) {
  const auto l = ltrim(line);
  return l.substr(0, 3) == "```" || l.substr(0, 3) == "~~~";
}

// First-column headers that mean "each row names a metric" (| Metric | Value |).
bool is_label_header(std::string_view h) {
  static constexpr std::array<std::string_view, 12> kLabels = {
      "metric", "metrics", "measure",   "parameter", "name",      "key",
      "item",   "field",   "statistic", "stat",      "benchmark", "test"};
  const std::string low = text::to_lower(text::trim(h));
  for (const auto l : kLabels) {
    if (low == l) return true;
  }
  return false;
}

std::string strip_emphasis(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (c != '*' && c != '`') out += c;
  }
  return std::string(text::trim(out));
}

class MarkdownHarvester {
 public:
  explicit MarkdownHarvester(FileResult& r) : r_(r) {}

  void line(std::string_view l, std::size_t number) {
    if (text::trim(l).substr(0, 1) == "#") ++r_.heading_count;  // reference rule, fences included
    if (is_fence(l)) {
      in_fence_ = !in_fence_;
      end_table();
      prev_.clear();
      return;
    }
    if (in_fence_) return;
    if (active_) {
      if (l.find('|') != std::string_view::npos && !text::trim(l).empty()) {
        table_row(split_cells(l), number);
        return;
      }
      end_table();
    } else if (!prev_.empty() && is_delimiter_row(l)) {
      start_table(split_cells(prev_));
      prev_.clear();
      return;
    }
    prev_ = l.find('|') != std::string_view::npos ? std::string(l) : std::string();
  }

 private:
  void start_table(const std::vector<std::string>& header) {
    header_.clear();
    context_col_.clear();
    Context probe;
    for (const auto& h : header) {
      header_.push_back(strip_emphasis(h));
      context_col_.push_back(context_slot(probe, header_.back()) != nullptr);
    }
    active_ = true;
    row_ = 0;
    label_col_ = !header_.empty() && is_label_header(header_[0]);
  }
  void end_table() {
    if (active_) ++table_;
    active_ = false;
  }

  void table_row(const std::vector<std::string>& cells, std::size_t number) {
    Context ctx;
    const std::size_t n = std::min(cells.size(), header_.size());
    for (std::size_t c = 0; c < n; ++c) {
      if (context_col_[c] && !numeric::parse_cell(cells[c]))
        *context_slot(ctx, header_[c]) = strip_emphasis(cells[c]);
    }
    const std::string label = label_col_ && n > 0 ? strip_emphasis(cells[0]) : std::string();
    for (std::size_t c = 0; c < n; ++c) {
      if (context_col_[c]) continue;
      std::string name = header_[c];
      if (!label.empty() && c > 0) {
        const std::string h = text::to_lower(header_[c]);
        name = (h == "value" || h == "values" || h.empty()) ? label : label + " / " + header_[c];
      }
      MetricRow* row = detail::add_text_row(r_.rows, name, cells[c]);
      if (!row) continue;
      row->locator =
          "table[" + std::to_string(table_) + "][" + std::to_string(row_) + "]." + header_[c];
      row->line = number;
      row->context = ctx;
    }
    ++row_;
  }

  FileResult& r_;
  bool in_fence_ = false;
  bool active_ = false;
  bool label_col_ = false;
  std::string prev_;
  std::vector<std::string> header_;
  std::vector<bool> context_col_;  // column c names a context label (model, quantization, ...)
  std::size_t table_ = 0, row_ = 0;
};

}  // namespace

void harvest_markdown(std::string_view text, FileResult& r) {
  MarkdownHarvester h(r);
  text::LineCursor lines(text);
  while (auto l = lines.next()) h.line(*l, lines.line_number());
}

}  // namespace chimera::ingest
