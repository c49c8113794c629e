#include "chimera/core/markdown_table.hpp"

#include "chimera/core/text.hpp"

namespace chimera::markdown {

std::vector<std::string> split_row(std::string_view line) {
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

bool is_delimiter_row(std::string_view line) {
  if (line.find('-') == std::string_view::npos) return false;
  for (const auto& cell : split_row(line)) {
    std::string_view c = cell;
    if (!c.empty() && c.front() == ':') c.remove_prefix(1);
    if (!c.empty() && c.back() == ':') c.remove_suffix(1);
    if (c.empty() || c.find_first_not_of('-') != std::string_view::npos) return false;
  }
  return true;
}

}  // namespace chimera::markdown
