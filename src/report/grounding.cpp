#include "chimera/report/grounding.hpp"

#include <algorithm>
#include <cmath>

#include "chimera/core/text.hpp"

namespace chimera::report {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

struct Written {
  double value = 0;
  int decimals = 0;
  std::string unit;  // canonical ("s", "ms", "tok/s", "%", ...) or ""
  std::string text;
};

// Canonical unit for a unit word written after a number or in a "Unit" column.
std::string unit_word(std::string_view w) {
  const std::string l = text::to_lower(text::trim(w));
  if (l.empty()) return {};
  if (l.find("tok") != std::string::npos &&
      (l.find("/s") != std::string::npos || l.find("per s") != std::string::npos)) {
    return "tok/s";
  }
  static const std::pair<std::string_view, std::string_view> kWords[] = {
      {"%", "%"},       {"ms", "ms"},   {"millisecond", "ms"}, {"milliseconds", "ms"},
      {"s", "s"},       {"sec", "s"},   {"secs", "s"},         {"second", "s"},
      {"seconds", "s"}, {"ns", "ns"},   {"us", "us"},          {"bytes", "bytes"},
      {"mib", "MiB"},   {"mb", "MiB"},  {"gib", "GiB"},        {"gb", "GiB"},
      {"x", "x"},       {"min", "min"}, {"minutes", "min"}};
  for (const auto& [k, v] : kWords) {
    if (l == k) return std::string(v);
  }
  return {};
}

// Reads the unit word right after a number ("603 ms", "87%", "15.58 seconds").
std::string unit_after(std::string_view rest) {
  std::size_t i = 0;
  if (i < rest.size() && rest[i] == '%') return "%";
  while (i < rest.size() && rest[i] == ' ') ++i;
  std::size_t j = i;
  while (j < rest.size() && (is_alpha(rest[j]) || rest[j] == '/')) ++j;
  return unit_word(rest.substr(i, j - i));
}

// Scans one number starting at s[i]; returns its end or npos when s[i..] is not a number we check.
std::size_t scan_number(std::string_view s, std::size_t i, Written& w) {
  std::size_t j = i;
  std::string digits;
  while (j < s.size() && (is_digit(s[j]) || (s[j] == ',' && j + 3 < s.size() + 1 &&
                                             j + 1 < s.size() && is_digit(s[j + 1])))) {
    if (s[j] != ',') digits += s[j];
    ++j;
  }
  if (j < s.size() && s[j] == '.' && j + 1 < s.size() && is_digit(s[j + 1])) {
    digits += '.';
    ++j;
    while (j < s.size() && is_digit(s[j])) {
      digits += s[j];
      ++w.decimals;
      ++j;
    }
  }
  w.value = std::strtod(digits.c_str(), nullptr);
  w.text = std::string(s.substr(i, j - i));
  return j;
}

std::string clean(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (c != '*' && c != '`' && c != '|' && c != '#') out += c;
  }
  return std::string(text::trim(out));
}

// The last few words before position `pos` on the line: what the text says the number is.
std::string label_before(std::string_view line, std::size_t pos) {
  std::string before = clean(line.substr(0, pos));
  if (const auto colon = before.rfind(": ");
      colon != std::string::npos && colon + 2 < before.size()) {
    // "Latency (Avg): 15.5 s" -> keep the label before the colon
  } else if (!before.empty() && before.back() == ':') {
    before.pop_back();
  }
  std::vector<std::string> words;
  std::string cur;
  for (const char c : before) {
    if (c == ' ') {
      if (!cur.empty()) words.push_back(cur), cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) words.push_back(cur);
  std::string out;
  for (std::size_t k = words.size() > 6 ? words.size() - 6 : 0; k < words.size(); ++k) {
    out += (out.empty() ? "" : " ") + words[k];
  }
  return out;
}

bool kinds_compatible(units::Kind label, units::Kind fact) {
  using K = units::Kind;
  if (label == K::other || label == fact) return true;
  const auto time_like = [](K k) { return k == K::latency || k == K::duration; };
  if (time_like(label) && time_like(fact)) return true;
  return (label == K::tokens && fact == K::count) || (label == K::count && fact == K::tokens);
}

std::optional<double> in_unit(double v, const std::string& from, const std::string& to) {
  if (from == to || from.empty() || to.empty()) return v;
  const auto a = units::normalize(v, from), b = units::normalize(1.0, to);
  if (!a || !b || a->unit != b->unit) return std::nullopt;
  return a->value / b->value;
}

std::string describe(const Fact& f) {
  const std::string agg = aggregate_of(f.name + " " + f.locator);
  return (agg.empty() ? "" : agg + " ") + std::string(units::kind_name(f.kind)) + " '" + f.name +
         "' in " + f.file + " at " + f.locator;
}

// Words of a label worth matching against metric names ("files", "heading", "ttft").
std::vector<std::string> words_of(std::string_view s) {
  static const std::vector<std::string> kStop = {"the",    "and",  "for", "with",    "from",
                                                 "across", "runs", "run", "overall", "this",
                                                 "that",   "per",  "avg", "mean",    "average"};
  std::vector<std::string> out;
  std::string cur;
  const auto flush = [&] {
    if (cur.size() >= 3 && std::find(kStop.begin(), kStop.end(), cur) == kStop.end())
      out.push_back(cur);
    cur.clear();
  };
  for (const char c : text::to_lower(s)) {
    if (is_alpha(c)) {
      cur += c;
    } else {
      flush();
    }
  }
  flush();
  return out;
}

std::size_t overlap(const std::vector<std::string>& label_words, const Fact& f) {
  const std::string hay = text::to_lower(f.name + " " + f.locator);
  std::size_t n = 0;
  for (const auto& w : label_words) {
    const std::string stem = w.size() > 4 && w.back() == 's' ? w.substr(0, w.size() - 1) : w;
    n += hay.find(stem) != std::string::npos ? 1 : 0;
  }
  return n;
}

// Picks the best matching fact: the label's kind and aggregate first, then shared words. A label
// that names no metric kind is verified only by a fact whose name shares one of its words, so a
// value that merely occurs somewhere in the data does not count as support.
void check(CheckedNumber& n, const Written& w, const std::vector<Fact>& facts) {
  const double tol = 0.5 * std::pow(10.0, -w.decimals) + 1e-9 * std::fabs(w.value);
  const auto label_kind = units::infer(n.label, w.unit).kind;
  const std::string label_agg = aggregate_of(n.label);
  const auto label_words = words_of(n.label);
  const Fact* best = nullptr;
  int best_score = -1;
  bool best_ok = false;
  for (const auto& f : facts) {
    const auto v = in_unit(f.value, f.unit, w.unit);
    if (!v || std::fabs(*v - w.value) > tol) continue;
    const std::string fact_agg = aggregate_of(f.name + " " + f.locator);
    const std::size_t shared = overlap(label_words, f);
    bool ok = kinds_compatible(label_kind, f.kind) &&
              (label_agg.empty() || fact_agg.empty() || label_agg == fact_agg);
    if (label_kind == units::Kind::other) ok = ok && shared > 0;
    const int score = (ok ? 1000 : 0) + (label_kind == f.kind ? 100 : 0) +
                      (!label_agg.empty() && label_agg == fact_agg ? 50 : 0) +
                      static_cast<int>(shared);
    if (score > best_score) best = &f, best_score = score, best_ok = ok;
  }
  if (!best) {
    n.note = "no value in the data matches at the printed precision";
  } else if (best_ok) {
    n.mark = Mark::verified;
    n.match = *best;
    n.note = "matches " + describe(*best);
  } else if (label_kind != units::Kind::other) {
    n.mark = Mark::mislabelled;
    n.match = *best;
    n.note = "written as '" + n.label + "' but it is the " + describe(*best);
  } else {
    n.note = "the value occurs in the data (" + describe(*best) +
             ") but nothing there is what the text calls it";
  }
}

}  // namespace

std::string_view mark_name(Mark m) {
  switch (m) {
    case Mark::verified:
      return "verified";
    case Mark::mislabelled:
      return "mislabelled";
    case Mark::not_found:
      return "not found";
  }
  return "";
}

std::string aggregate_of(std::string_view name) {
  const std::string l = text::to_lower(name);
  std::vector<std::string> toks;
  std::string cur;
  for (const char c : l) {
    if (is_alpha(c) || is_digit(c)) {
      cur += c;
    } else if (!cur.empty()) {
      toks.push_back(cur), cur.clear();
    }
  }
  if (!cur.empty()) toks.push_back(cur);
  for (const auto& t : toks) {
    if (t == "p50" || t == "median") return "p50";
    if (t == "p90" || t == "p95" || t == "p99" || t == "p999") return t;
    if (t == "mean" || t == "avg" || t == "average") return "mean";
    if (t == "max" || t == "maximum" || t == "peak") return "max";
    if (t == "min" || t == "minimum") return "min";
    if (t == "std" || t == "stddev" || t == "sd") return "sd";
  }
  return {};
}

double GroundingResult::score() const {
  return numbers.empty()
             ? 1.0
             : static_cast<double>(count(Mark::verified)) / static_cast<double>(numbers.size());
}

std::size_t GroundingResult::count(Mark m) const {
  std::size_t n = 0;
  for (const auto& c : numbers) n += c.mark == m ? 1 : 0;
  return n;
}

GroundingResult check_grounding(std::string_view doc, const std::vector<Fact>& facts) {
  GroundingResult r;
  text::LineCursor lines(doc);
  bool fence = false;
  std::vector<std::string> header;  // current Markdown table header
  while (auto line_opt = lines.next()) {
    const std::string_view line = *line_opt;
    const std::string_view t = text::trim(line);
    if (t.starts_with("```")) fence = !fence;
    if (fence || t.starts_with("```") || t.starts_with("#")) continue;
    const bool table = t.starts_with("|");
    std::vector<std::string> cells;
    if (table) {
      std::string cur;
      for (const char c : t.substr(1)) {
        if (c == '|') {
          cells.push_back(clean(cur)), cur.clear();
        } else {
          cur += c;
        }
      }
      if (t.find("---") != std::string_view::npos) continue;  // separator row
      bool any_digit = false;
      for (const auto& c : cells) any_digit |= c.find_first_of("0123456789") != std::string::npos;
      if (!any_digit) {
        header = cells;
        continue;
      }
    } else {
      header.clear();
    }
    std::string row_unit;
    for (std::size_t c = 0; table && c < cells.size() && c < header.size(); ++c) {
      if (text::to_lower(header[c]).starts_with("unit")) row_unit = unit_word(cells[c]);
    }
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (!is_digit(line[i])) continue;
      const char prev = i > 0 ? line[i - 1] : ' ';
      if (is_alpha(prev) || is_digit(prev) || prev == '_' || prev == '.' || prev == '=' ||
          prev == '/' || prev == '-' || prev == ':') {
        while (i < line.size() && (is_digit(line[i]) || line[i] == '.')) ++i;  // part of a word
        continue;
      }
      Written w;
      const std::size_t end = scan_number(line, i, w);
      const char next = end < line.size() ? line[end] : ' ';
      const std::string unit = unit_after(line.substr(end));
      const bool glued = is_alpha(next) || next == '_' || next == '-' || next == ':' ||
                         next == '/' ||
                         (next == '.' && end + 1 < line.size() && is_digit(line[end + 1]));
      const bool enumerator = text::trim(line.substr(0, i)).empty() && next == '.';
      const bool year = w.decimals == 0 && w.value >= 1900 && w.value <= 2100 && unit.empty();
      const bool small = w.decimals == 0 && w.value < 10 && unit.empty() && row_unit.empty();
      if ((glued && unit.empty()) || enumerator || year || small) {
        ++r.skipped;
        i = end;
        continue;
      }
      w.unit = unit.empty() ? row_unit : unit;
      CheckedNumber n;
      n.line = lines.line_number();
      n.text = w.text + (w.unit.empty() ? "" : " " + w.unit);
      if (table) {
        std::size_t col = 0, pipes = 0;
        for (std::size_t k = 0; k < i; ++k) pipes += line[k] == '|' ? 1 : 0;
        col = pipes > 0 ? pipes - 1 : 0;
        n.label = cells.empty() ? std::string() : cells[0];
        if (col > 0 && col < header.size() && !text::to_lower(header[col]).starts_with("value")) {
          n.label += " / " + header[col];
        }
      } else {
        n.label = label_before(line, i);
        if (w.unit.empty()) {  // "101 files": the words after a bare number say what it counts
          std::size_t k = end;
          while (k < line.size() && line[k] == ' ') ++k;
          std::size_t e = k;
          while (e < line.size() && (is_alpha(line[e]) || line[e] == ' ') && e - k < 24) ++e;
          n.label += " " + std::string(text::trim(line.substr(k, e - k)));
        }
      }
      check(n, w, facts);
      r.numbers.push_back(std::move(n));
      i = end;
    }
  }
  return r;
}

}  // namespace chimera::report
