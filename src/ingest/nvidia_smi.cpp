#include "nvidia_smi.hpp"

#include <cctype>
#include <vector>

#include "chimera/core/markdown_table.hpp"
#include "chimera/core/numeric.hpp"
#include "chimera/core/text.hpp"
#include "row_builder.hpp"

namespace chimera::ingest::detail {
namespace {

std::vector<std::string_view> words_in(std::string_view s) {
  std::vector<std::string_view> words;
  for (std::size_t at = 0; at < s.size();) {
    while (at < s.size() && s[at] == ' ') ++at;
    auto end = s.find(' ', at);
    if (end == std::string_view::npos) end = s.size();
    if (end > at) words.push_back(s.substr(at, end - at));
    at = end;
  }
  return words;
}

// "45C" -> "45", "150W" -> "150", "7712MiB" -> "7712", "91%" -> "91"; "" when the word is not the
// number with that unit.
std::string_view number_with(std::string_view word, std::string_view unit) {
  if (!word.ends_with(unit) || word.size() == unit.size()) return {};
  const std::string_view n = word.substr(0, word.size() - unit.size());
  return numeric::parse_cell(n) ? n : std::string_view();
}

void add(MetricRows& rows, const NvidiaSmiState& s, std::string_view what, std::string_view value,
         std::string_view unit, std::string_view metric, std::size_t number) {
  MetricRow* row = add_text_row(rows, what, value);
  if (!row) return;
  row->locator =
      "nvidia_smi[" + std::to_string(s.tables - 1) + "].gpu" + s.index + "." + std::string(what);
  row->line = number;
  row->unit = std::string(unit);
  set_metric(*row, metric);
  row->statistic = "value";  // a reading at the moment the table was printed
  row->context.gpu = s.gpu;
  renormalize(*row);
}

// "|   0  NVIDIA A10                     On  |   00000000:00:1E.0 Off |   0 |": the GPU's index
// and name (its persistence mode, On or Off, or on Windows its driver model, WDDM or TCC, after
// it).
bool name_line(const std::vector<std::string_view>& cells, NvidiaSmiState& s) {
  if (cells.size() < 2 || cells[1].find(':') == std::string_view::npos) return false;  // Bus-Id
  auto words = words_in(cells[0]);
  if (words.size() < 2 || !std::isdigit(static_cast<unsigned char>(words[0][0]))) return false;
  if (words.back() == "On" || words.back() == "Off") words.pop_back();
  // Windows prints the driver model in that place ("RTX 3070      WDDM", "TCC").
  if (words.back() == "WDDM" || words.back() == "TCC" || words.back() == "MCDM") words.pop_back();
  if (words.size() < 2) return false;
  s.index = std::string(words[0]);
  const auto from = words[1].data() - cells[0].data();
  const auto to = words.back().data() + words.back().size() - cells[0].data();
  s.gpu = std::string(
      cells[0].substr(static_cast<std::size_t>(from), static_cast<std::size_t>(to - from)));
  return true;
}

// "|  0%   45C    P0             150W /  150W |    7712MiB /  23028MiB |     91%      Default |".
bool figures_line(const std::vector<std::string_view>& cells, std::size_t number, NvidiaSmiState& s,
                  MetricRows& rows) {
  if (cells.size() < 3 || s.gpu.empty()) return false;
  const auto power = words_in(cells[0]);
  const auto memory = words_in(cells[1]);
  const auto util = words_in(cells[2]);
  if (memory.size() < 3 || number_with(memory[0], "MiB").empty()) return false;
  for (const auto w : power) {
    if (const auto t = number_with(w, "C"); !t.empty()) {
      add(rows, s, "temperature", t, "C", "gpu_temperature", number);
      break;
    }
  }
  for (const auto w : power) {  // the power drawn, before "/" and the cap
    if (w == "/") break;
    if (const auto p = number_with(w, "W"); !p.empty())
      add(rows, s, "power", p, "W", "power", number);
  }
  add(rows, s, "memory_used", number_with(memory[0], "MiB"), "MiB", "memory", number);
  if (!util.empty())
    if (const auto u = number_with(util[0], "%"); !u.empty())
      add(rows, s, "utilization", u, "%", "gpu_utilization", number);
  s.gpu.clear();
  return true;
}

}  // namespace

bool nvidia_smi_line(std::string_view line, std::size_t number, NvidiaSmiState& state,
                     MetricRows& rows) {
  if (!state.in_table) {
    if (line.find("NVIDIA-SMI ") == std::string_view::npos) return false;
    state.in_table = true;
    ++state.tables;
    state.gpu.clear();
    return true;
  }
  const std::string_view t = text::trim(line);
  if (t.empty() || (t.front() != '|' && t.front() != '+')) {
    state.in_table = false;  // the table ended
    return false;
  }
  if (t.find("Processes:") != std::string_view::npos) {
    state.in_table = false;  // what runs on the GPUs: no figure of theirs
    return true;
  }
  const auto owned = markdown::split_row(t);  // (a "+---+" rule gives one cell: no figure)
  const std::vector<std::string_view> cells(owned.begin(), owned.end());
  if (!name_line(cells, state)) figures_line(cells, number, state, rows);
  return true;
}

}  // namespace chimera::ingest::detail
