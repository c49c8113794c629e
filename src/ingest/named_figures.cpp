#include "named_figures.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include "chimera/core/numeric.hpp"
#include "chimera/core/text.hpp"
#include "chimera/metrics/registry.hpp"
#include "gpu_names.hpp"
#include "markdown_context.hpp"
#include "row_builder.hpp"

namespace chimera::ingest::detail {
namespace {

constexpr std::size_t kMostFigures = 4;

// The parts of `s` between " / ", trimmed; empty when one is empty or there are more than
// kMostFigures.
std::vector<std::string_view> slash_parts(std::string_view s) {
  std::vector<std::string_view> parts;
  for (std::size_t at = 0;;) {
    const auto sep = s.find(" / ", at);
    const std::string_view part =
        text::trim(s.substr(at, sep == std::string_view::npos ? s.size() - at : sep - at));
    if (part.empty() || parts.size() == kMostFigures) return {};
    parts.push_back(part);
    if (sep == std::string_view::npos) break;
    at = sep + 3;
  }
  return parts;
}

// The statistic a word names ("mean", "avg", "p99", "median"), or nullopt.
std::optional<std::string> statistic_word(std::string_view word) {
  const std::string w = text::to_lower(text::trim(word));
  if (w.empty() || w.size() > 8 || !std::isalpha(static_cast<unsigned char>(w[0]))) return {};
  return metrics::parse_statistic(w);
}

// The last figure's unit, for the figures before it that write none.
void share_last_unit(std::vector<NamedFigure>& figures) {
  const auto last = numeric::parse_cell(figures.back().figure);
  if (!last || last->suffix.empty()) return;
  for (auto& f : figures)
    if (const auto p = numeric::parse_cell(f.figure); p && p->suffix.empty())
      f.figure.append(" ").append(last->suffix);
}

// "1 user / 8 users", "CPU / GPU", "c=1 / c=8": parts that name loads or devices, the same
// quantity under each (no quantity of its own per part).
bool names_loads_or_devices(const std::vector<std::string_view>& parts) {
  for (const auto p : parts) {
    const std::string low = text::to_lower(p);
    for (const auto& w : words_of(low)) {
      if (w == "user" || w == "users" || w == "concurrent" || w == "concurrency" || w == "c" ||
          w == "parallel" || w == "batch" || w == "bs" || w == "cpu" || w == "gpu" || w == "npu" ||
          w == "req" || w == "reqs" || w == "requests" || w == "clients" || w == "streams" ||
          w == "threads")
        return true;
    }
    if (!gpu_named_in(p).empty()) return true;
  }
  return false;
}

// "mean 52.55", "p99 88.0 ms", "avg: 50.1": the statistic before a figure, and the figure.
std::optional<NamedFigure> stated_statistic(std::string_view part, std::string_view column) {
  const auto space = part.find_first_of(" :=");
  if (space == std::string_view::npos) return {};
  const auto stat = statistic_word(part.substr(0, space));
  std::string_view figure = part.substr(space + 1);
  while (!figure.empty() &&
         (figure.front() == ':' || figure.front() == '=' || figure.front() == ' '))
    figure.remove_prefix(1);
  if (!stat || figure.empty() || !numeric::parse_cell(figure)) return {};
  return NamedFigure{std::string(text::trim(column)) + " " + std::string(part.substr(0, space)),
                     std::string(figure)};
}

// The names a header gives each of n figures: "Latency / Throughput", "PP / TG (t/s)" (the last
// part's unit in brackets is each one's), "Latency p50 / p99" (a statistic alone is of the
// quantity before it), "TTFT ms (min / avg / max)"; empty when the header names no n parts.
std::vector<std::string> header_names(std::string_view column, std::size_t n) {
  column = text::trim(column);
  std::vector<std::string> names;
  // "TTFT ms (min / avg / max, 5 runs)": statistics listed in brackets.
  if (const auto open = column.find('('), sep = column.find(" / ");
      open != std::string_view::npos && sep != std::string_view::npos && open < sep) {
    const auto close = column.find(')', sep);
    if (close == std::string_view::npos) return {};
    std::string_view inside = column.substr(open + 1, close - open - 1);
    inside = inside.substr(0, inside.find(','));
    const auto parts = slash_parts(inside);
    if (parts.size() != n) return {};
    const std::string_view quantity = text::trim(column.substr(0, open));
    for (const auto p : parts) {
      if (!statistic_word(p)) return {};
      names.push_back(std::string(quantity) + " " + std::string(p));
    }
    return names;
  }
  const auto parts = slash_parts(column);
  if (parts.size() != n || names_loads_or_devices(parts)) return {};
  // "Cold / Warm TTFT (ms)": single words before the last part, which names their quantity
  // after its own first word.
  if (const auto space = parts.back().find(' '); space != std::string_view::npos) {
    const std::string_view quantity = parts.back().substr(space + 1);
    const bool qualifiers = std::all_of(parts.begin(), parts.end() - 1, [](std::string_view p) {
      return p.find(' ') == std::string_view::npos && !classify_cached(p).metric;
    });
    if (qualifiers && classify_cached(quantity).metric) {
      for (std::size_t k = 0; k + 1 < n; ++k)
        names.push_back(std::string(parts[k]) + " " + std::string(quantity));
      names.emplace_back(parts.back());
      return names;
    }
  }
  // "(t/s)" after the last name, none after the others: the unit of every one.
  std::string_view shared_unit;
  if (parts.back().ends_with(')')) {
    const auto open = parts.back().rfind('(');
    if (open != std::string_view::npos && open > 0) shared_unit = parts.back().substr(open);
  }
  // "Latency p50": its quantity ("Latency"), for a statistic alone after it ("p99").
  std::string_view quantity;
  if (const auto last_space = parts.front().rfind(' ');
      last_space != std::string_view::npos && statistic_word(parts.front().substr(last_space + 1)))
    quantity = parts.front().substr(0, last_space);
  for (std::size_t k = 0; k < n; ++k) {
    std::string name(parts[k]);
    if (k > 0 && !quantity.empty() && statistic_word(parts[k]))
      name = std::string(quantity) + " " + name;
    if (!shared_unit.empty() && k + 1 < n && name.find('(') == std::string::npos)
      name.append(" ").append(shared_unit);
    names.push_back(std::move(name));
  }
  return names;
}

// Whether every figure is named as a measurement (not a setting, a count of runs or a label),
// each with the unit it writes.
bool all_measured(const std::vector<NamedFigure>& figures) {
  return std::all_of(figures.begin(), figures.end(), [](const NamedFigure& f) {
    const auto parsed = numeric::parse_cell(f.figure);
    const auto& c = classify_cached(f.name, parsed ? std::string_view(parsed->suffix) : "");
    return parsed && c.role == metrics::Role::metric && c.metric != nullptr;
  });
}

}  // namespace

std::vector<NamedFigure> named_figures(std::string_view cell, std::string_view column) {
  std::vector<NamedFigure> out;
  const std::string_view t = strip_marks(cell);
  if (t.size() > 120 || t.find(" / ") == std::string_view::npos) return out;
  const auto parts = slash_parts(t);
  if (parts.size() < 2) return out;
  // "mean 52.55 / median 52.56" under "TTFT (ms)".
  for (const auto p : parts) {
    auto named = stated_statistic(strip_marks(p), column);
    if (!named) break;
    out.push_back(std::move(*named));
  }
  if (out.size() == parts.size()) {
    // ("mean 52.5 / p99 90.1 ms": the last figure's unit is the others', of one quantity.)
    share_last_unit(out);
    return all_measured(out) ? out : std::vector<NamedFigure>{};
  }
  out.clear();
  // "4.930 s / 1,011.08 tok/s" under "Latency / Throughput".
  const auto names = header_names(column, parts.size());
  if (names.empty()) return out;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    const std::string_view p = strip_marks(parts[k]);
    if (!numeric::parse_cell(p) || numeric::is_missing_marker(p)) return {};
    out.push_back({names[k], std::string(p)});
  }
  // "3.2 / 8.1 GB" under "RAM / VRAM": the last figure's unit is the others', where every name is
  // of the same kind of quantity.
  const std::string last_unit = numeric::parse_cell(out.back().figure)->suffix;
  if (!last_unit.empty()) {
    const auto* kind_of_last = classify_cached(out.back().name, last_unit).metric;
    for (const auto& f : out) {
      if (!numeric::parse_cell(f.figure)->suffix.empty()) continue;
      const auto* metric = classify_cached(f.name, last_unit).metric;
      if (!metric || !kind_of_last || metric->kind != kind_of_last->kind) return {};
    }
    share_last_unit(out);
  }
  return all_measured(out) ? out : std::vector<NamedFigure>{};
}

std::string named_figure_note(std::size_t k, std::size_t n, std::string_view cell,
                              std::string_view name) {
  return "figure " + std::to_string(k + 1) + " of " + std::to_string(n) + " in '" +
         std::string(text::trim(cell)) + "', named '" + std::string(name) + "'";
}

void emit_named_figures(MetricRows& rows, const MetricRow& row, std::string_view column) {
  const auto figures = named_figures(row.raw, column);
  for (std::size_t k = 1; k < figures.size(); ++k) {
    MetricRows built;
    const MetricRow* part = add_text_row(built, figures[k].name, figures[k].figure);
    if (!part || !part->value) continue;
    MetricRow copy = row;
    copy.name = part->name;
    copy.role = part->role;
    copy.metric = part->metric;
    copy.parameter = part->parameter;
    copy.statistic = part->statistic.empty() ? row.statistic : part->statistic;
    copy.kind = part->kind;
    copy.unit = part->unit;
    copy.value = part->value;
    copy.normalized = part->normalized;
    copy.normalized_unit = part->normalized_unit;
    copy.note = named_figure_note(k, figures.size(), row.raw, figures[k].name);
    rows.push_back(std::move(copy));
  }
}

}  // namespace chimera::ingest::detail
