#include "kv_lines.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "chimera/core/numeric.hpp"
#include "chimera/core/text.hpp"
#include "row_builder.hpp"

namespace chimera::ingest::detail {
namespace {

struct Pair {
  std::string_view key, value;  // "TTFT", "5556ms" / "57.0 tok/s"
};

bool key_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' ||
         c == '/';
}

// The unit word after a bare figure ("57.0 tok/s"): letters, '/' and '%' only.
std::string_view unit_word(std::string_view rest) {
  std::size_t end = 0;
  while (end < rest.size() && (std::isalpha(static_cast<unsigned char>(rest[end])) ||
                               rest[end] == '/' || rest[end] == '%'))
    ++end;
  return rest.substr(0, end);
}

// The pairs of a line, and where the first begins; empty when a '=' has no key before it.
std::vector<Pair> pairs_of(std::string_view l, std::size_t& first) {
  std::vector<Pair> out;
  first = std::string_view::npos;
  for (std::size_t eq = l.find('='); eq != std::string_view::npos; eq = l.find('=', eq + 1)) {
    std::size_t k = eq;
    while (k > 0 && key_char(l[k - 1])) --k;
    if (k == eq || (k > 0 && l[k - 1] != ' ' && l[k - 1] != ',' && l[k - 1] != '\t' &&
                    l[k - 1] != ';' && l[k - 1] != ':'))
      return {};  // "a==b", "x+y=3": no pair of a measurement line
    // "Errors=0  Round wall=17.537s  Gen throughput=55.31 tok/s": pairs set apart by runs of
    // spaces, a key of two words (the word before it after such a run).
    if (k >= 3 && l[k - 1] == ' ' && l[k - 2] != ' ' && !out.empty()) {
      std::size_t w = k - 1;
      while (w > 0 && std::isalpha(static_cast<unsigned char>(l[w - 1]))) --w;
      if (w + 1 < k - 1 && w >= 2 && l[w - 1] == ' ' && l[w - 2] == ' ') k = w;
    }
    std::size_t v = eq + 1;
    while (v < l.size() && l[v] == ' ') ++v;
    std::size_t end = v;
    while (end < l.size() && l[end] != ' ' && l[end] != ',' && l[end] != ';' && l[end] != '\t')
      ++end;
    std::string_view value = l.substr(v, end - v);
    if (!value.empty() && std::isdigit(static_cast<unsigned char>(value.back())) &&
        end + 1 < l.size() && l[end] == ' ') {
      const std::string_view unit = unit_word(l.substr(end + 1));
      const std::size_t after = end + 1 + unit.size();
      const bool alone = after >= l.size() || l[after] == ' ' || l[after] == ',' || l[after] == ';';
      if (!unit.empty() && alone && l.find('=', end) != end + 1 + unit.size()) {
        // ("57.0 tok/s", but not "8 TPOT=..." where the word is the next pair's key)
        const auto next_eq = l.find('=', end + 1);
        if (next_eq == std::string_view::npos || next_eq > after) {
          value = l.substr(v, after - v);
          end = after;
        }
      }
    }
    while (!value.empty() && value.back() == ':') value.remove_suffix(1);  // "rate=2: 47/48 ok"
    if (first == std::string_view::npos) first = k;
    out.push_back({l.substr(k, eq - k), value});
    eq = end > eq ? end - 1 : eq;
  }
  return out;
}

std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t at = 0;
  while (at < s.size()) {
    const auto start = s.find_first_not_of(' ', at);
    if (start == std::string_view::npos) break;
    const auto end = std::min(s.find(' ', start), s.size());
    out.push_back(s.substr(start, end - start));
    at = end;
  }
  return out;
}

// "avg WARM" -> statistic "mean", label "WARM".
std::string_view statistic_word(std::string& label) {
  static constexpr std::pair<std::string_view, std::string_view> kWords[] = {
      {"avg", "mean"}, {"average", "mean"}, {"mean", "mean"}, {"median", "median"}};
  std::vector<std::string> kept;
  std::string_view statistic;
  for (const auto word : words(label)) {
    bool stat = false;
    for (const auto& [name, id] : kWords) {
      if (text::iequals(word, name)) {
        statistic = id;
        stat = true;
      }
    }
    if (!stat) kept.emplace_back(word);
  }
  label.clear();
  for (const auto& w : kept) label += (label.empty() ? "" : " ") + w;
  return statistic;
}

}  // namespace

namespace {

// A name of what a script sets rather than measures: a bound, a wait or a target ("MAX_WAIT_MS",
// "TIMEOUT_S", "warmup", "interval").
bool names_a_bound(std::string_view name) {
  for (const std::string_view w : {"max", "min", "limit", "timeout", "sleep", "wait", "target",
                                   "budget", "interval", "delay", "warmup", "cooldown", "slo"}) {
    if (text::icontains(name, w)) return true;
  }
  return false;
}

// "MEM_DELTA_GB=21.31" alone on its line: a key naming a measured quantity with its unit (a
// time, a rate or memory), the figure a bare number.
bool one_figure_line(std::string_view l, const std::vector<Pair>& pairs, std::size_t first) {
  if (pairs.size() != 1 || first != 0 ||
      pairs[0].key.size() + 1 + pairs[0].value.size() != l.size())
    return false;
  const auto parsed = numeric::parse_cell(pairs[0].value);
  if (!parsed || !parsed->suffix.empty()) return false;
  // ("SLEEP_S=10", "MAX_WAIT_MS=500", "TIMEOUT_S=600": what a script sets, echoed.)
  if (names_a_bound(pairs[0].key)) return false;
  const auto& c = classify_cached(pairs[0].key);
  return c.metric && c.role == metrics::Role::metric && !c.unit.empty() && !c.stat_only &&
         (c.metric->unit == "ms" || c.metric->unit.ends_with("/s") ||
          c.kind == units::Kind::memory);
}

// "02:24:49 size=256", "2026-05-15 10:54:13.8 c=4": a logger's date and time of day first, no
// label of the line's run.
std::string_view without_clock_time(std::string_view head) {
  const auto digits = [&](std::size_t at, std::size_t n) {
    if (at + n > head.size()) return false;
    for (std::size_t i = at; i < at + n; ++i)
      if (!std::isdigit(static_cast<unsigned char>(head[i]))) return false;
    return true;
  };
  // (vLLM's logger: "INFO 05-15 10:54:14": its level and a date of month and day first.)
  for (const std::string_view level : {"INFO ", "DEBUG ", "WARNING ", "WARN ", "ERROR "}) {
    if (head.starts_with(level) && head.size() > level.size() + 6 &&
        std::isdigit(static_cast<unsigned char>(head[level.size()])) &&
        head[level.size() + 2] == '-' && head[level.size() + 5] == ' ') {
      head = head.substr(level.size() + 6);
      break;
    }
  }
  std::size_t at = 0;
  // ("2026-05-15 ", "2026-05-15T", Go's "2026/05/15 ")
  if (digits(0, 4) && head.size() > 10 && (head[4] == '-' || head[4] == '/') && digits(5, 2) &&
      head[7] == head[4] && digits(8, 2) && (head[10] == ' ' || head[10] == 'T'))
    at = 11;
  if (!digits(at, 2) || at + 8 > head.size() || head[at + 2] != ':' || !digits(at + 3, 2) ||
      head[at + 5] != ':' || !digits(at + 6, 2))
    return head;
  at += 8;
  if (at < head.size() && (head[at] == '.' || head[at] == ',')) {
    ++at;
    while (at < head.size() && std::isdigit(static_cast<unsigned char>(head[at]))) ++at;
  }
  if (at < head.size() && head[at] == 'Z') ++at;  // ISO's UTC mark
  if (at < head.size() && head[at] != ' ') return head;
  std::string_view rest = text::trim(head.substr(at));
  // ("10:54:15 AM size=1024": the half of the day goes with the time.)
  if (rest.size() >= 2 && (rest.starts_with("AM") || rest.starts_with("PM")) &&
      (rest.size() == 2 || rest[2] == ' '))
    rest = text::trim(rest.substr(2));
  return rest;
}

// "completion" under "Tokens:" ("Tokens: prompt=12  completion=970"): a key that names no
// quantity of its own, whose lead word names the quantity: "completion Tokens".
std::string quantity_under(std::string_view lead, std::string_view key) {
  std::string_view word = lead;
  while (!word.empty() && (word.back() == ':' || word.back() == ' ')) word.remove_suffix(1);
  // (A count's noun only: "Latency: prompt=120 ms" names no end-to-end latency of a prompt.)
  if (!text::iequals(word, "tokens") && !text::iequals(word, "token") &&
      !text::iequals(word, "requests") && !text::iequals(word, "reqs"))
    return std::string(key);
  const auto& alone = classify_cached(key);
  if (alone.metric || alone.role != metrics::Role::metric || !alone.statistic.empty())
    return std::string(key);
  std::string named = std::string(key) + " " + std::string(word);
  const auto& c = classify_cached(named);
  return c.metric && c.role == metrics::Role::metric ? named : std::string(key);
}

}  // namespace

bool kv_measurement_line(std::string_view line, std::size_t number, MetricRows& rows, bool single) {
  const std::string_view l = text::trim(line);
  if (l.find('=') == std::string_view::npos) return false;
  std::size_t first = 0;
  const auto pairs = pairs_of(l, first);
  if (single && one_figure_line(l, pairs, first)) {
    MetricRow* row = add_text_row(rows, pairs[0].key, pairs[0].value);
    if (!row) return false;
    row->locator = "line[" + std::to_string(number) + "]." + std::string(pairs[0].key);
    row->line = number;
    default_statistic(*row, "value");
    return true;
  }
  if (pairs.size() < 2) return false;
  // Two timings or rates at least: a line of token counts or targets ("ISL=100000, OSL=500",
  // "latency_slo=5000.0, quality_target=0.5") states a run's settings, not what it measured.
  // (Named with the value's unit: "prefill=10.96 t/s" is a rate by its unit.)
  // (Or one, beside counts that are measurements too: "Tokens: completion=970  Gen
  // throughput=55.31 tok/s".)
  const std::string_view lead = text::trim(l.substr(0, first));
  std::vector<std::string> names;
  names.reserve(pairs.size());
  std::size_t measured = 0, others = 0;
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    const Pair& p = pairs[i];
    names.push_back(quantity_under(lead, p.key));
    const auto parsed = numeric::parse_cell(p.value);
    if (!parsed) continue;
    const auto& c = classify_cached(names[i], parsed->suffix);
    if (c.metric && c.role == metrics::Role::metric &&
        (c.metric->unit == "ms" || c.metric->unit.ends_with("/s")))
      ++measured;
    else if (c.metric && c.role == metrics::Role::metric && !c.stat_only)
      ++others;
  }
  if (measured < 2 && !(measured == 1 && measured + others == pairs.size())) return false;
  // The words before the pairs: a label of a few words ("WARM-1", "→ avg WARM:"), not prose; a
  // logger's time first ("[02:58:15]") is no part of it.
  std::string_view head = l.substr(0, first);
  if (head.starts_with('[') && head.find(']') < 16 &&
      head.substr(0, head.find(']')).find(':') != std::string_view::npos)
    head.remove_prefix(head.find(']') + 1);
  while (!head.empty() && !std::isalnum(static_cast<unsigned char>(head.front()))) {
    head.remove_prefix(1);  // "→ ", "- ", "* "
  }
  head = without_clock_time(text::trim(head));
  while (!head.empty() && (head.back() == ':' || head.back() == ',')) head.remove_suffix(1);
  if (head.size() > 32 || words(head).size() > 4) return false;
  std::string label(head);
  const std::string_view statistic = statistic_word(label);
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    if (names[i].size() != pairs[i].key.size()) label.clear();  // (the quantity, no label)
  }
  std::string settings, concurrency, rate;
  for (const auto& p : pairs) {
    const auto& c = classify_cached(p.key);
    if (c.role != metrics::Role::parameter) continue;
    const std::string_view id = c.parameter ? c.parameter->id : std::string_view();
    if (id == "concurrency" && concurrency.empty()) {
      concurrency = p.value;
    } else if (id == "rate" && rate.empty()) {
      rate = p.value;
    } else {
      settings += (settings.empty() ? "" : " ") + std::string(p.key) + "=" + std::string(p.value);
    }
  }
  const std::string config = label.empty()      ? settings
                             : settings.empty() ? label
                                                : label + " " + settings;
  const std::string prefix = "line[" + std::to_string(number) + "].";
  const std::size_t before = rows.size();
  std::string time_unit;  // the one unit the line's times are written with, if any
  bool units_agree = true;
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    const Pair& p = pairs[i];
    if (classify_cached(p.key).role == metrics::Role::parameter) continue;
    MetricRow* row = add_text_row(rows, names[i], p.value);
    if (!row) continue;
    row->locator = prefix + std::string(p.key);
    row->line = number;
    row->context.config = config;
    row->context.concurrency = concurrency;
    row->context.rate = rate;
    default_statistic(*row, statistic.empty() ? "value" : statistic);
    if (row->normalized_unit == "ms" && !row->unit.empty()) {
      units_agree = units_agree && (time_unit.empty() || time_unit == row->unit);
      time_unit = row->unit;
    }
  }
  // "ttft=9.43 wall=10.13s": a bare time beside one written with its unit is in that unit.
  if (!time_unit.empty() && units_agree) {
    for (std::size_t i = before; i < rows.size(); ++i) {
      MetricRow& row = rows[i];
      if (!row.unit.empty() || !row.value || !row.metric ||
          (row.metric->kind != units::Kind::ttft && row.metric->kind != units::Kind::latency &&
           row.metric->kind != units::Kind::duration))
        continue;
      set_unit(row, time_unit);
      add_note(row, "in " + time_unit + ", as the line's other time is written");
    }
  }
  return true;
}

bool segment_measurement_line(std::string_view line, std::size_t number, MetricRows& rows) {
  const std::string_view l = text::trim(line);
  if (l.empty() || l.front() == '|' || l.back() == '|' || l.find(" | ") == std::string_view::npos)
    return false;  // (a table's row starts or ends with its bar)
  struct Figure {
    std::string_view name, value;
  };
  std::vector<Figure> figures;
  std::string_view label;
  std::size_t measured = 0;
  for (std::size_t at = 0; at <= l.size();) {
    auto bar = l.find('|', at);
    if (bar == std::string_view::npos) bar = l.size();
    const auto w = words(l.substr(at, bar - at));
    at = bar + 1;
    // "pp 324.1 tok/s": the words, a figure and its unit, last in the segment.
    if (w.size() < 3 || !numeric::parse_cell(w[w.size() - 2]) || unit_word(w.back()).empty() ||
        unit_word(w.back()).size() != w.back().size())
      continue;
    const std::string_view name = w[w.size() - 3];
    const std::string_view value(w[w.size() - 2].data(),
                                 w.back().data() + w.back().size() - w[w.size() - 2].data());
    const auto& c = classify_cached(name, w.back());
    if (!c.metric || c.role != metrics::Role::metric) continue;
    if (c.metric->unit == "ms" || c.metric->unit.ends_with("/s")) ++measured;
    if (figures.empty() && w.size() > 3)  // "run1  pp ...": the measurement's label
      label = std::string_view(w.front().data(),
                               w[w.size() - 4].data() + w[w.size() - 4].size() - w.front().data());
    figures.push_back({name, value});
  }
  if (measured < 2 || label.size() > 32 || words(label).size() > 3) return false;
  std::string config(label);
  const std::string_view statistic = statistic_word(config);
  const std::string prefix = "line[" + std::to_string(number) + "].";
  for (const auto& f : figures) {
    MetricRow* row = add_text_row(rows, f.name, f.value);
    if (!row) continue;
    row->locator = prefix + std::string(f.name);
    row->line = number;
    row->context.config = config;
    default_statistic(*row, statistic.empty() ? "value" : statistic);
  }
  return true;
}

bool statistics_line(std::string_view line, std::size_t number, MetricRows& rows) {
  const std::string_view l = text::trim(line);
  std::size_t first = 0;
  const auto pairs = pairs_of(l, first);
  if (pairs.size() < 2 || first == 0 || first == std::string_view::npos) return false;
  const std::string_view name = text::trim(l.substr(0, first));
  if (name.empty() || words(name).size() > 3) return false;
  const auto& c = classify_cached(name);
  if (!c.metric || c.role != metrics::Role::metric || !c.statistic.empty()) return false;
  std::size_t statistics = 0;
  for (const auto& p : pairs) {
    if (metrics::parse_statistic(text::to_lower(p.key))) ++statistics;
  }
  if (statistics < 2 || statistics != pairs.size()) return false;
  const std::string prefix = "line[" + std::to_string(number) + "]." + std::string(name) + ".";
  for (const auto& p : pairs) {
    MetricRow* row = add_text_row(rows, name, p.value);
    if (!row) continue;
    row->locator = prefix + std::string(p.key);
    row->line = number;
    row->statistic = *metrics::parse_statistic(text::to_lower(p.key));
    // "CV= 1.8%": the quantity's spread as a share of its mean, in no unit of its own.
    if (row->statistic == "cv" && !row->metric) set_metric(*row, c.metric->id);
    renormalize(*row);
  }
  return true;
}

bool spaced_figures_line(std::string_view line, std::size_t number, MetricRows& rows) {
  std::string_view l = text::trim(line);
  // (Runs for every line of a log: one with a run of spaces, no pairs or bars.)
  if (l.size() < 12 || l.size() > 240 || l.find("  ") == std::string_view::npos ||
      l.find_first_of("=|") != std::string_view::npos)
    return false;
  l = without_clock_time(l);
  if (l.find(':') != std::string_view::npos) return false;  // (a label's colon: another reader's)
  struct Part {
    std::string_view label, figure;
  };
  std::vector<Part> parts;
  for (std::size_t at = 0; at < l.size();) {
    auto end = l.find("  ", at);
    if (end == std::string_view::npos) end = l.size();
    const std::string_view part = text::trim(l.substr(at, end - at));
    at = end;
    while (at < l.size() && l[at] == ' ') ++at;
    if (part.empty()) continue;
    const auto w = words(part);
    if (w.size() < 2 || w.size() > 6) return false;
    // "15.1s" glued, or "33222 MiB" apart: the figure last, after one word at least.
    std::size_t first = w.size() - 1;
    if (!numeric::parse_cell(w.back()) ||
        (numeric::parse_cell(w.back())->suffix.empty() && w.size() >= 3))
      first = w.size() - 2;
    const std::string_view figure(w[first].data(),
                                  w.back().data() + w.back().size() - w[first].data());
    const auto parsed = numeric::parse_cell(figure);
    if (first == 0 || !parsed || parsed->suffix.empty() || !metrics::parse_unit(parsed->suffix) ||
        !std::isalpha(static_cast<unsigned char>(w.front().front())))
      return false;
    const std::string_view label(w.front().data(),
                                 w[first - 1].data() + w[first - 1].size() - w.front().data());
    const auto& c = classify_cached(label, parsed->suffix);
    if (!c.metric || c.role != metrics::Role::metric || c.stat_only) return false;
    // ("warmup 10s   duration 60s   interval 5s": what a run is set to, echoed.)
    if (text::iequals(label, "duration") || text::iequals(label, "time") || names_a_bound(label))
      return false;
    parts.push_back({label, figure});
  }
  if (parts.size() < 2) return false;
  const std::string prefix = "line[" + std::to_string(number) + "].";
  for (const auto& p : parts) {
    MetricRow* row = add_text_row(rows, p.label, p.figure);
    if (!row) continue;
    row->locator = prefix + std::string(p.label);
    row->line = number;
    default_statistic(*row, "value");
  }
  return true;
}

}  // namespace chimera::ingest::detail
