// The numbers of a report and what the text says each one is: table cells (tables found by the
// GFM delimiter row, whatever their header holds) with their column header, row label, caption
// and section; numbers in sentences with the words of their clause. Dates, times, versions,
// section and list numbers, identifiers (q4_0, gpu80, TR108) and the level of a "95 % CI" are
// skipped and counted.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <span>

#include "chimera/analysis/grounding.hpp"
#include "chimera/core/markdown_table.hpp"
#include "chimera/core/text.hpp"
#include "chimera/metrics/classify.hpp"

namespace chimera::analysis {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_word(char c) {
  return is_alpha(c) || is_digit(c) || c == '_';
}

std::string strip_marks(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (c != '*' && c != '`') out += c;
  }
  return std::string(text::trim(out));
}

// The canonical unit of the word(s) right after a number ("603 ms", "87%", "14.59 tok/s",
// "1.55x"), or "".
std::string unit_after(std::string_view rest, std::size_t* used) {
  *used = 0;
  if (!rest.empty() && rest[0] == '%') {
    *used = 1;
    return "%";
  }
  std::size_t i = 0;
  while (i < rest.size() && rest[i] == ' ') ++i;
  if (i < rest.size() && rest[i] == '%') {
    *used = i + 1;
    return "%";
  }
  std::size_t j = i;
  while (j < rest.size() && (is_alpha(rest[j]) || rest[j] == '/' || rest[j] == '(' ||
                             rest[j] == ')' || rest[j] == '$')) {
    if (rest[j] == '(' || rest[j] == ')') {
      if (rest.substr(j, 3) != "(s)") break;  // "token(s)"
      j += 3;
      continue;
    }
    ++j;
  }
  std::string word(rest.substr(i, j - i));
  while (!word.empty() && word.back() == '/') word.pop_back();
  if (word.empty()) return {};
  if (word == "x" || word == "X") {
    *used = i + 1;
    return "x";
  }
  if (i == 0 && (word == "B" || word == "b" || word == "M" || word == "K" || word == "k"))
    return {};  // "1B", "8b", "70B": a model's size in parameters, glued to its number
  if (const auto u = metrics::parse_unit(word)) {
    *used = i + word.size();
    return *u;
  }
  // "tokens/sec", "tok / s" spelled with spaces.
  const std::string low = text::to_lower(word);
  if (low == "tokens" || low == "token" || low == "tok") {
    std::size_t k = j;
    while (k < rest.size() && rest[k] == ' ') ++k;
    if (rest.substr(k, 3) == "per" || (k < rest.size() && rest[k] == '/')) {
      *used = j;
      return "tok/s";
    }
  }
  return {};
}

struct Scan {
  std::size_t begin = 0, end = 0;  // of the number text
  double value = 0;
  int decimals = 0;
  std::string unit;
  std::size_t unit_end = 0;
  bool skip = false;  // a date, time, version or identifier: not a quantity
};

// The number starting at s[i] (a digit with no word character before it).
Scan scan(std::string_view s, std::size_t i) {
  Scan n;
  n.begin = i;
  std::size_t j = i;
  std::string digits;
  while (j < s.size() &&
         (is_digit(s[j]) || (s[j] == ',' && j + 3 < s.size() + 0 && is_digit(s[j + 1]) &&
                             j + 3 <= s.size() && is_digit(s[j + 2]) && is_digit(s[j + 3])))) {
    if (s[j] != ',') digits += s[j];
    ++j;
  }
  if (j + 1 < s.size() && s[j] == '.' && is_digit(s[j + 1])) {
    digits += '.';
    ++j;
    while (j < s.size() && is_digit(s[j])) {
      digits += s[j];
      ++n.decimals;
      ++j;
    }
  }
  n.end = j;
  n.value = std::strtod(digits.c_str(), nullptr);
  const char next = j < s.size() ? s[j] : ' ';
  const char after = j + 1 < s.size() ? s[j + 1] : ' ';
  // 2025-11-14, 18:53, 1.90.0, 3.4.2: not quantities.
  if ((next == '-' && is_digit(after) && digits.size() == 4) || (next == ':' && is_digit(after)) ||
      (next == '.' && is_digit(after))) {
    n.skip = true;
    while (n.end < s.size() &&
           (is_digit(s[n.end]) || s[n.end] == '-' || s[n.end] == ':' || s[n.end] == '.'))
      ++n.end;
    return n;
  }
  n.unit = unit_after(s.substr(j), &n.unit_end);
  n.unit_end += j;
  // "8b", "4B", "12GB" in a model or hardware name, "3rd": glued letters that are no unit.
  if (n.unit.empty() && (is_alpha(next) || next == '_')) n.skip = true;
  if (!n.unit.empty() && n.unit_end < s.size() && is_word(s[n.unit_end]) && n.unit != "%")
    n.skip = true;  // "12GB" fine, "8bit" not
  return n;
}

// Whether the number at s[i] names a setting rather than states a quantity: the value of a
// glued assignment to a name no parameter has ("c=4", a level's label; not "num_ctx=2048", which
// the data's configuration can confirm, nor "n=8", a count of values) or an ordinal type ("type
// 7", the percentile method).
bool names_a_setting(std::string_view s, std::size_t i) {
  if (i >= 2 && s[i - 1] == '=' && is_word(s[i - 2])) {
    std::size_t b = i - 1;
    while (b > 0 && is_word(s[b - 1])) --b;
    const std::string_view name = s.substr(b, i - 1 - b);
    if (name == "n" || name == "N") return false;
    // A known parameter's value ("num_ctx=2048") is checked against the data's configuration.
    return metrics::classify(name, {}).role != metrics::Role::parameter;
  }
  const std::string_view before = s.substr(0, i);
  const auto ends = [&](std::string_view w) {
    if (before.size() < w.size() + 1 || before.back() != ' ') return false;
    const auto word = before.substr(before.size() - 1 - w.size(), w.size());
    const bool alone =
        before.size() == w.size() + 1 || !is_word(before[before.size() - 2 - w.size()]);
    return alone && text::iequals(word, w);
  };
  return ends("type");
}

// Whether s[i] stands in a name with a colon inside it (a model tag, a URL): the
// space-delimited word holding it has a ':' before i that is followed by no space.
bool in_tag(std::string_view s, std::size_t i) {
  std::size_t start = i;
  while (start > 0 && s[start - 1] != ' ' && s[start - 1] != '|' && s[start - 1] != '(') --start;
  for (std::size_t k = start; k < i; ++k) {
    if (s[k] == ':' && k + 1 < s.size() && s[k + 1] != ' ') return true;
  }
  return false;
}

// Words that mean a number is a threshold, with the comparison they make.
std::string bound_before(std::string_view before) {
  const std::string b = text::to_lower(text::trim(before));
  static const std::pair<std::string_view, std::string_view> kBounds[] = {
      {"less than", "<"},     {"fewer than", "<"}, {"under", "<"},         {"below", "<"},
      {"at most", "<="},      {"up to", "<="},     {"no more than", "<="}, {"<=", "<="},
      {"\xE2\x89\xA4", "<="}, {"<", "<"},          {"more than", ">"},     {"greater than", ">"},
      {"above", ">"},         {"exceeds", ">"},    {"exceeding", ">"},     {"at least", ">="},
      {"no less than", ">="}, {">=", ">="},        {"\xE2\x89\xA5", ">="}, {">", ">"}};
  for (const auto& [w, op] : kBounds) {
    if (b.size() >= w.size() && b.compare(b.size() - w.size(), w.size(), w) == 0) {
      const std::size_t at = b.size() - w.size();
      if (at == 0 || !is_alpha(b[at - 1])) return std::string(op);
    }
  }
  return {};
}

// Whether the clause before a bound states a condition ("... when efficiency <", "if TTFT >"):
// the threshold of a definition or rule.
bool rule_threshold(std::string_view before) {
  const std::string b = " " + text::to_lower(before);
  // The clause up to the bound, asides included ("contention when efficiency < 75 % (speedup <
  // 1.5 ..."), not an earlier clause ("When run with 4 agents, efficiency was above 80 %").
  const auto cut = b.find_last_of(".;,");
  const std::string clause = cut == std::string::npos ? b : " " + b.substr(cut + 1);
  for (const std::string_view w : {" when ", " whenever ", " if ", " unless "}) {
    if (clause.find(w) != std::string::npos) return true;
  }
  return false;
}

// "at least 20 are needed", "no more than 3 are allowed": a requirement, not a measurement.
bool requirement_after(std::string_view after) {
  const std::string a = text::to_lower(after.substr(0, 40));
  for (const std::string_view w : {" needed", " required", " necessary", " allowed"}) {
    const auto at = a.find(w);
    if (at != std::string::npos && a.find_first_of(".;,", 0) > at) return true;
  }
  return false;
}

bool approximate_before(std::string_view before) {
  const std::string b = text::to_lower(text::trim(before));
  for (const std::string_view w : {"~", "about", "approximately", "approx.", "around", "roughly",
                                   "\xE2\x89\x88", "nearly", "almost"}) {
    if (b.size() >= w.size() && b.compare(b.size() - w.size(), w.size(), w) == 0) return true;
  }
  return false;
}

// "95 % CI", "95% confidence", "(95 %": the level of an interval, not a measurement.
bool ci_level(std::string_view s, const Scan& n) {
  if (n.unit != "%") return false;
  const std::string rest = text::to_lower(s.substr(n.unit_end, 16));
  const std::string_view r = text::trim(rest);
  // "(5 % test, 80 % power)": the design of a test, not a figure of the data.
  if (r.starts_with("test") || r.starts_with("power") || r.starts_with("significance")) return true;
  if (n.value != 95 && n.value != 90 && n.value != 99) return false;
  if (r.starts_with("ci") || r.starts_with("confidence") || r.starts_with("interval") ||
      r.starts_with("bootstrap"))
    return true;
  // "CI: Student t, 95 %": the level after the interval's name in the same clause.
  const std::size_t from = n.begin > 32 ? n.begin - 32 : 0;
  const std::string before = text::to_lower(s.substr(from, n.begin - from));
  const auto cut = before.find_last_of(".;");
  const std::string clause = cut == std::string::npos ? before : before.substr(cut + 1);
  return clause.find("ci:") != std::string::npos || clause.find("ci ") != std::string::npos ||
         clause.find("confidence") != std::string::npos;
}

// "1000 / TPOT", "60 * rate", "number of agents x 100 %": a constant of a formula, not a
// measured figure.
bool formula_constant(std::string_view s, const Scan& n) {
  const std::size_t e = std::max(n.end, n.unit_end);
  if (n.unit.empty() && e + 3 < s.size() && s[e] == ' ' &&
      std::string_view("/*").find(s[e + 1]) != std::string_view::npos && s[e + 2] == ' ' &&
      std::isalpha(static_cast<unsigned char>(s[e + 3])))
    return true;
  const std::string_view before = s.substr(0, n.begin);
  for (const std::string_view times : {" x ", " * ", " \xC3\x97 "}) {
    if (before.size() > times.size() && before.ends_with(times) &&
        std::isalpha(static_cast<unsigned char>(before[before.size() - times.size() - 1])))
      return true;
  }
  return false;
}

// The digits after "-" of "bench_20251002-170837": the number before the hyphen is itself part
// of a word, so this one is too (a range "74-78" stays two numbers).
bool glued_to_identifier(std::string_view s, std::size_t i) {
  if (i < 2 || s[i - 1] != '-' || !is_digit(s[i - 2])) return false;
  std::size_t b = i - 1;
  while (b > 0 && (is_digit(s[b - 1]) || s[b - 1] == '.')) --b;
  return b > 0 && is_word(s[b - 1]);
}

// "November 2025", "Oct 2024": a year after a month's name is part of a date.
bool month_year(std::string_view s, std::size_t i) {
  std::size_t e = i;
  while (e < s.size() && is_digit(s[e])) ++e;
  const bool ends = e == s.size() || !(is_word(s[e]) || s[e] == '.') ||
                    (s[e] == '.' && (e + 1 == s.size() || s[e + 1] == ' '));
  if (e - i != 4 || !ends || s[i - 1] != ' ') return false;
  std::size_t b = i - 1;
  while (b > 0 && is_alpha(s[b - 1])) --b;
  const std::string word = text::to_lower(s.substr(b, i - 1 - b));
  for (const std::string_view m :
       {"january",   "february", "march",    "april",    "may",  "june", "july", "august",
        "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
        "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec"}) {
    if (word == m) return true;
  }
  return false;
}

// "chimera run --runs 5": the value of a command-line flag, not a figure.
bool command_argument(std::string_view before) {
  if (!before.ends_with(' ')) return false;
  const std::string_view b = before.substr(0, before.size() - 1);
  const auto start = b.find_last_of(" `(");
  const std::string_view word = start == std::string_view::npos ? b : b.substr(start + 1);
  if (word.size() > 2 && word.starts_with("--") && is_alpha(word[2])) return true;
  // "-n 2": a short flag, a dash and letters only ("a -5 % change" has no letters after it)
  return word.size() >= 2 && word.size() <= 4 && word[0] == '-' &&
         std::all_of(word.begin() + 1, word.end(), [](char ch) { return is_alpha(ch); });
}

// "CV 171 % over 3 measurements": the number of values the figure before it is over.
bool counted_over(std::string_view before, std::string_view after) {
  const std::string b = text::to_lower(before);
  if (!b.ends_with(" over ") && !b.ends_with("(over ")) return false;
  const std::string a = text::to_lower(after);
  for (const std::string_view noun :
       {"measurement", "value", "run", "request", "sample", "trial", "repetition", "call"}) {
    if (a.starts_with(noun)) return true;
  }
  return false;
}

// The words right after a number, up to punctuation: "14.59 tok/s decode rate", "101 files".
std::string words_after(std::string_view line, const Scan& n) {
  std::string_view rest = line.substr(std::min(line.size(), std::max(n.end, n.unit_end)));
  std::string after;
  std::size_t words = 0;
  for (std::size_t k = 0; k < rest.size() && words < 4; ++k) {
    const char c = rest[k];
    if (c == '.' || c == ',' || c == ';' || c == '(' || c == ')' || c == '|' || c == ':' ||
        is_digit(c))
      break;
    if (c == ' ' && !after.empty() && after.back() != ' ') ++words;
    after += c;
  }
  return std::string(text::trim(strip_marks(after)));
}

// The label of a number in a sentence: the words of its clause before it, or the key of a
// "Key: value" line, or, when nothing precedes it, the words after it ("101 files").
// The subject of a "Subject: ..." sentence: the text before its first colon.
// The position of the first (or last) ": " in s: a colon that separates, not "gemma3:1b".
std::size_t separator_colon(std::string_view s, bool last) {
  std::size_t found = std::string_view::npos;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != ':' || (i + 1 < s.size() && s[i + 1] != ' ')) continue;
    if (!last) return i;
    found = i;
  }
  return found;
}

std::string prose_head(std::string_view line, const Scan& n) {
  const std::string before = strip_marks(line.substr(0, n.begin));
  const auto colon = separator_colon(before, false);
  return colon == std::string::npos ? std::string()
                                    : std::string(text::trim(before.substr(0, colon)));
}

// The space-separated words of s, last first.
std::vector<std::string_view> split_words_reversed(std::string_view s) {
  std::vector<std::string_view> w;
  for (std::size_t i = s.size(); i > 0;) {
    while (i > 0 && s[i - 1] == ' ') --i;
    const std::size_t e = i;
    while (i > 0 && s[i - 1] != ' ') --i;
    if (e > i) w.push_back(s.substr(i, e - i));
  }
  return w;
}

// "95 % CI to" -> "CI to": an interval's level is no unit of the figures it bounds.
std::string without_ci_level(std::string s) {
  for (const std::string_view level : {"95 % ", "90 % ", "99 % ", "95% ", "90% ", "99% "}) {
    for (auto at = s.find(level); at != std::string::npos; at = s.find(level, at)) {
      const std::string_view rest = std::string_view(s).substr(at + level.size());
      if (rest.starts_with("CI") || rest.starts_with("confidence") || rest.starts_with("interval"))
        s.erase(at, level.size());
      else
        at += level.size();
    }
  }
  return s;
}

// The last clause break of s before `end`: '.', ';', '(', ',', '|' or a dash (U+2013/2014), but not
// the point of a number ("847.5").
std::size_t clause_break(std::string_view s, std::size_t end) {
  for (std::size_t i = std::min(end, s.size()); i-- > 0;) {
    const char c = s[i];
    if (c == '.' && i > 0 && i + 1 < s.size() && is_digit(s[i - 1]) && is_digit(s[i + 1])) continue;
    if (c == '.' || c == ';' || c == '(' || c == ',' || c == '|' || c == '\xE2') return i;
  }
  return std::string_view::npos;
}

bool has_ci_word(std::string_view clause) {
  const std::string l = text::to_lower(clause);
  return l.starts_with("ci") || l.find(" ci") != std::string::npos ||
         l.find("interval") != std::string::npos;
}

// The words (not the figures) of the last few words of s: "throughput 946.8 tok/s mean" ->
// "throughput tok/s mean".
std::string words_before(std::string_view s) {
  std::string out;
  std::size_t words = 0;
  for (const auto& w : split_words_reversed(s)) {
    if (words == 4) break;
    ++words;
    if (!w.empty() && !is_digit(w.front())) out = std::string(w) + (out.empty() ? "" : " ") + out;
  }
  return out;
}

// The last `keep` space-separated words of s, joined by single spaces.
std::string last_words(std::string_view s, std::size_t keep) {
  const auto w = split_words_reversed(s);
  std::string out;
  for (std::size_t k = std::min(keep, w.size()); k-- > 0;) (out += out.empty() ? "" : " ") += w[k];
  return out;
}

std::string prose_label(std::string_view line, const Scan& n) {
  std::string before = strip_marks(line.substr(0, n.begin));
  std::string key;
  if (const auto colon = separator_colon(before, true); colon != std::string::npos) {
    // The nearest "key:" before the number: "demo / ctx2048: 1148.8 tok/s".
    const std::string upto = before.substr(0, colon);
    // Back to the previous ';' or "open (" of an aside, not the "(" of a closed "(n = 8)".
    auto start = upto.find_last_of(';');
    if (const auto open = upto.rfind('('); open != std::string::npos &&
                                           upto.find(')', open) == std::string::npos &&
                                           (start == std::string::npos || open > start))
      start = open;
    const auto sep = separator_colon(upto, true);
    if (sep != std::string::npos && (start == std::string::npos || sep > start)) start = sep;
    key = std::string(text::trim(start == std::string::npos ? upto : upto.substr(start + 1)));
    before = before.substr(colon + 1);
  }
  auto cut = clause_break(before, before.size());
  // "CSV Files (2)": a count in parentheses right after the words it counts is labelled by them.
  if (cut != std::string::npos && cut > 0 && before[cut] == '(' &&
      text::trim(std::string_view(before).substr(cut + 1)).empty()) {
    const std::string_view head = text::trim(std::string_view(before).substr(0, cut));
    if (!head.empty() && is_alpha(head.back())) cut = clause_break(before, cut);
  }
  std::string clause(text::trim(cut == std::string::npos ? before : before.substr(cut + 1)));
  // "throughput 946.8 tok/s mean (95 % CI 847.5 to 1046.2)": an interval's bounds are of the
  // figure before the parenthesis, whose words name them.
  if (cut != std::string::npos && before[cut] == '(' && has_ci_word(clause))
    clause = words_before(std::string_view(before).substr(0, cut)) + " " + clause;
  while (!clause.empty() && !is_alpha(clause.back()) && !is_digit(clause.back())) clause.pop_back();
  // "range 118.7 ms to 603.1 ms": the smallest and the largest.
  if (const auto range = clause.rfind("range"); range != std::string::npos) {
    const std::string tail = clause.substr(range);
    clause = clause.substr(0, range) + (tail.ends_with(" to") ? "max" : "min");
  }
  // The key whole (a configuration's name can be long: "qwen2 1.5B Q4_K - Medium / Q4_K /
  // n_batch=2048 ..."), then the last dozen words of the clause: its subject is near the number.
  const std::string k = last_words(without_ci_level(key), 16);
  const std::string rest = last_words(without_ci_level(clause + " " + words_after(line, n)), 12);
  return k.empty() ? rest : rest.empty() ? k : k + " " + rest;
}

class Extractor {
 public:
  explicit Extractor(std::size_t* skipped) : skipped_(skipped) {}

  void line(std::string_view l, std::size_t number) {
    const std::string_view t = text::trim(l);
    if (t.starts_with("```") || t.starts_with("~~~")) {
      end_table();
      prev_.clear();
      return;
    }
    if (t.starts_with("#")) {  // a heading: its numbers are section numbers
      std::size_t level = 0;
      while (level < t.size() && t[level] == '#') ++level;
      section_ = strip_marks(t.substr(level));
      section_level_ = level;
      end_table();
      prev_.clear();
      count_skipped(t);
      return;
    }
    if (defining()) {  // a glossary defines terms: its numbers are constants, not claims
      end_table();
      prev_.clear();
      count_skipped(t);
      return;
    }
    if (table_ && t.find('|') != std::string_view::npos) {
      row(t, number);
      ++body_rows_;
      return;
    }
    end_table();
    if (!prev_.empty() && t.find('|') != std::string_view::npos && markdown::is_delimiter_row(t)) {
      header_.clear();
      for (const auto& h : markdown::split_row(prev_)) header_.push_back(strip_marks(h));
      group_columns();
      table_ = true;
      body_rows_ = 0;
      table_first_claim_ = claims.size();
      caption_ = caption_line_ + 3 >= number ? caption_ : std::string();
      prev_.clear();
      return;
    }
    if (!prev_.empty()) prose(prev_, prev_number_);
    prev_.clear();
    if (t.find('|') != std::string_view::npos) {
      prev_ = std::string(t);  // perhaps a table header: decided by the next line
      prev_number_ = number;
      return;
    }
    // A bold caption line ("**Gemma 3 Python (chimera-homo) - Run-by-Run:**"), not a bold
    // "**Key:** value" line.
    if (t.size() > 4 && t.size() < 100 && t.starts_with("**") &&
        (t.ends_with("**") || t.ends_with("**:")) && t.find("**", 2) + 3 >= t.size()) {
      caption_ = strip_marks(t);
      caption_line_ = number;
    }
    prose(t, number);
  }

  void finish() {
    end_table();
    if (!prev_.empty()) prose(prev_, prev_number_);
  }

  std::vector<Claim> claims;

 private:
  // Whether the current section is a list of definitions ("Definitions", "Glossary").
  bool defining() const {
    const std::string lower = text::to_lower(text::trim(section_));
    return lower == "definitions" || lower == "glossary" || lower == "metric definitions";
  }

  void end_table() {
    if (!table_) return;
    for (std::size_t k = table_first_claim_; k < claims.size(); ++k) claims[k].rows = body_rows_;
    table_ = false;
  }

  void count_skipped(std::string_view t) {
    for (std::size_t i = 0; i < t.size(); ++i) {
      if (is_digit(t[i]) && (i == 0 || !is_word(t[i - 1]))) {
        ++*skipped_;
        while (i < t.size() && (is_digit(t[i]) || t[i] == '.')) ++i;
      }
    }
  }

  // Numbers of one text; `label_of` gives the label of the number at a position.
  template <typename LabelOf>
  void numbers(std::string_view s, std::size_t number, const std::string& context,
               const LabelOf& label_of, bool list_item) {
    std::vector<std::size_t> mine;  // claims of this text, for the unit of "a -> b tok/s"
    std::vector<std::pair<std::size_t, std::size_t>> spans;  // where each of them is in s
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (!is_digit(s[i])) continue;
      if (i > 0 && (is_word(s[i - 1]) || s[i - 1] == '.' || s[i - 1] == '/' || s[i - 1] == '#' ||
                    s[i - 1] == '[')) {                              // "runs[3]": an index
        while (i < s.size() && (is_word(s[i]) || s[i] == '.')) ++i;  // part of a word: q4_0
        continue;
      }
      if (i >= 3 && s[i - 1] == ' ' &&
          std::string_view("-+*/").find(s[i - 2]) != std::string_view::npos &&
          s[i - 3] == ' ') {  // "(output tokens - 1)": a constant of a formula
        ++*skipped_;
        while (i < s.size() && (is_digit(s[i]) || s[i] == '.')) ++i;
        continue;
      }
      if (i >= 2 && (glued_to_identifier(s, i) || month_year(s, i))) {
        // "conv_bench_20251002-170837": the rest of a file name; "November 2025": a date
        ++*skipped_;
        while (i < s.size() && (is_word(s[i]) || s[i] == '.')) ++i;
        continue;
      }
      if (i >= 2 && s[i - 1] == '-' && is_alpha(s[i - 2])) {  // "DataCollector-9000", "GPT-4"
        ++*skipped_;
        while (i < s.size() && (is_word(s[i]) || s[i] == '.')) ++i;
        continue;
      }
      if (names_a_setting(s, i)) {  // "c=4", "num_ctx=2048", "type 7": names, not quantities
        ++*skipped_;
        while (i < s.size() && (is_word(s[i]) || s[i] == '.')) ++i;
        continue;
      }
      if (in_tag(s, i)) {  // "fake:tokens=20,gap=2", "http://host:8080": one name
        ++*skipped_;
        while (i < s.size() && s[i] != ' ' && s[i] != '|') ++i;
        continue;
      }
      Scan n = scan(s, i);
      const std::string_view before = s.substr(0, i);
      const bool enumerator =
          list_item && text::trim(before).find_first_not_of("-*+ ") == std::string_view::npos &&
          n.end < s.size() && (s[n.end] == '.' || s[n.end] == ')') && n.decimals == 0;
      if (n.skip || enumerator || ci_level(s, n) || formula_constant(s, n) ||
          command_argument(before)) {
        ++*skipped_;
        i = std::max(n.end, n.unit_end);
        continue;
      }
      Claim c;
      c.line = number;
      std::size_t begin = i;
      double sign = 1;
      if (i > 0 && (s[i - 1] == '-' || s[i - 1] == '+') && (i < 2 || !is_word(s[i - 2]))) {
        begin = i - 1;
        sign = s[i - 1] == '-' ? -1 : 1;
      } else if (i >= 3 && s.substr(i - 3, 3) == "\xE2\x88\x92") {  // U+2212 minus
        begin = i - 3;
        sign = -1;
      }
      c.value = sign * n.value;
      c.decimals = n.decimals;
      c.unit = n.unit;
      c.text = std::string(s.substr(begin, n.end - begin));
      if (n.unit_end > n.end && s[n.end] != ' ')  // "1.70x", "68.3s", "85%": as written
        c.text += std::string(s.substr(n.end, n.unit_end - n.end));
      else if (n.end < s.size() && s[n.end] == '+')  // "7+ seconds"
        c.text += '+';
      c.label = label_of(i, n);
      if (begin > 0 && s[begin - 1] == '=') {  // "num_gpu=80": the setting names it
        std::size_t k = begin - 1;
        while (k > 0 && (is_word(s[k - 1]) || s[k - 1] == '.')) --k;
        const std::string name(s.substr(k, begin - 1 - k));
        // "(n=3)" after a figure counts the values of that figure.
        c.label = name == "n" || name == "N" ? c.label + " count" : name;
      }
      c.context = context;
      c.section = section_;
      c.section_level = section_.empty() ? 0 : section_level_;
      c.head = prose_head(s, n);
      c.text_around = std::string(s);
      // A setting's name says what it is, not the words of the next setting.
      if (n.unit.empty() && !(begin > 0 && s[begin - 1] == '=')) c.after = words_after(s, n);
      // "99.31 ± 0.00 tok/s": the figure after ± is a standard deviation.
      if (text::trim(s.substr(0, begin)).ends_with("\xC2\xB1")) c.label += " std";
      c.bound = bound_before(s.substr(0, begin));
      if (!c.bound.empty() && (rule_threshold(s.substr(0, begin)) ||
                               requirement_after(s.substr(std::max(n.end, n.unit_end))))) {
        // "contention when efficiency < 75 %": the threshold of a rule, not a claim on the data.
        ++*skipped_;
        i = std::max(n.end, n.unit_end);
        continue;
      }
      c.approximate = approximate_before(s.substr(0, begin));
      c.over = counted_over(s.substr(0, begin), words_after(s, n));
      if (c.unit.empty()) c.unit = metrics::classify(c.label).unit;
      mine.push_back(claims.size());
      spans.emplace_back(begin, std::max(n.end, n.unit_end));
      claims.push_back(std::move(c));
      i = std::max(n.end, n.unit_end);
    }
    // "79.26 -> 79.60 tok/s", "74-78 ms", "5 to 8 s": the unit after the last applies to the
    // first; not across a list ("speedup 2.00, efficiency 100.0 %").
    for (std::size_t k = 0; k + 1 < mine.size(); ++k) {
      Claim& a = claims[mine[k]];
      const Claim& b = claims[mine[k + 1]];
      if (!a.unit.empty() || b.unit.empty() || spans[k].second > spans[k + 1].first) continue;
      const std::string_view between =
          text::trim(s.substr(spans[k].second, spans[k + 1].first - spans[k].second));
      static constexpr std::string_view kJoins[] = {
          "->", "\xE2\x86\x92", "-", "\xE2\x80\x93", "to", "and", "vs", "vs.", "/", "or", ""};
      for (const auto j : kJoins) {
        if (between == j) a.unit = b.unit;
      }
    }
  }

  void prose(std::string_view line, std::size_t number) {
    // "measurement(s)" is one word: its "(" opens no aside.
    std::string plain(line);
    for (std::size_t at = plain.find("(s)"); at != std::string::npos; at = plain.find("(s)", at))
      plain.replace(at, 3, "s");
    const std::string_view t = plain;
    const std::size_t first = claims.size();
    numbers(
        t, number, section_, [&](std::size_t, const Scan& n) { return prose_label(t, n); }, true);
    // A number holds where its own clause says (its label), not wherever the sentence goes on to.
    for (std::size_t k = first; k < claims.size(); ++k) {
      claims[k].context = section_ + " | " + claims[k].label;
    }
  }

  // "| baseline mean | CV | 95 % CI | chimera mean | CV |": a statistic's column belongs to the
  // column before it. Decided once per table.
  void group_columns() {
    const auto statistic_column = [](const std::string& h) {
      const std::string low = text::to_lower(h);
      const std::string stat = metrics::classify(h).statistic;
      return stat == "cv" || stat == "std" || stat == "count" || low.rfind("ci", 0) == 0 ||
             low.rfind("95", 0) == 0;
    };
    group_.assign(header_.size(), std::string());
    std::string owner;
    for (std::size_t c = 1; c < header_.size(); ++c) {
      if (statistic_column(header_[c])) {
        group_[c] = owner;
      } else if (!metrics::classify(header_[c]).stat_only) {
        owner = header_[c];
      }
    }
  }

  void row(std::string_view t, std::size_t number) {
    const auto cells = markdown::split_row(t);
    const std::string row_label = cells.empty() ? std::string() : strip_marks(cells[0]);
    // A "Units" column gives the unit of the row's figures.
    std::string row_unit;
    for (std::size_t c = 0; c < cells.size() && c < header_.size(); ++c) {
      const std::string h = text::to_lower(header_[c]);
      if (h == "unit" || h == "units") {
        if (const auto u = metrics::parse_unit(strip_marks(cells[c]))) row_unit = *u;
      }
    }
    const std::size_t row_first = claims.size();
    const auto row_cls = metrics::classify(row_label);
    const bool item = !row_cls.metric && !row_cls.parameter;  // a run or prompt, not a metric
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const std::string header = c < header_.size() ? header_[c] : std::string();
      std::string label;
      if (c == 0) {
        label = header;
      } else {
        // "| Average TTFT (ms) | 1048.35 |", "| Baseline |" columns: the row names the metric.
        label = row_label.find_first_not_of("0123456789.,-+% ") == std::string::npos
                    ? header
                    : row_label + " " + header;
      }
      const std::string& group = c < group_.size() ? group_[c] : std::string();
      const std::string context = section_ + " | " + caption_ + " | " + row_label + " | " + header +
                                  (group.empty() ? "" : " | " + group);
      const auto classified = metrics::classify(label);
      const std::string_view h = text::trim(header);
      if (classified.role == metrics::Role::identifier ||
          classified.role == metrics::Role::timestamp || h == "#" || h == "No." ||
          text::iequals(h, "rank")) {  // "| # |": the row's number
        count_skipped(cells[c]);       // "Run 1", "Test ID 7": names, not quantities
        continue;
      }
      // "n/a (too wide: spans over 100x with n = 2)": no figure, and the reason's numbers (a
      // rule's bound, the samples counted) are no claim about the data.
      if (const std::string bare = strip_marks(cells[c]);
          bare.size() > 4 && text::iequals(std::string_view(bare).substr(0, 4), "n/a ")) {
        count_skipped(cells[c]);
        continue;
      }
      const std::size_t first = claims.size();
      numbers(
          cells[c], number, context, [&](std::size_t, const Scan&) { return label; }, false);
      for (std::size_t k = first; k < claims.size(); ++k) {
        claims[k].row = body_rows_;
        claims[k].item_row = item;
      }
    }
    for (std::size_t k = row_first; k < claims.size(); ++k) {
      if (!row_unit.empty() && claims[k].unit.empty()) claims[k].unit = row_unit;
    }
  }

  std::size_t* skipped_;
  bool table_ = false;
  std::size_t body_rows_ = 0, table_first_claim_ = 0;
  std::vector<std::string> header_;
  std::vector<std::string> group_;  // the column a statistic column belongs to, or ""
  std::string prev_;
  std::size_t prev_number_ = 0;
  std::string section_, caption_;
  std::size_t section_level_ = 0;
  std::size_t caption_line_ = 0;
};

}  // namespace

namespace {

// The whitespace-separated tokens of a line with the position each ends at.
std::vector<std::pair<std::string_view, std::size_t>> tokens_of(std::string_view l) {
  std::vector<std::pair<std::string_view, std::size_t>> out;
  for (std::size_t i = 0; i < l.size();) {
    while (i < l.size() && l[i] == ' ') ++i;
    const std::size_t b = i;
    while (i < l.size() && l[i] != ' ') ++i;
    if (i > b) out.emplace_back(l.substr(b, i - b), i);
  }
  return out;
}

bool figure_token(std::string_view tok) {
  if (tok == "n/a" || tok == "-") return true;
  bool digit = false;
  for (const char c : tok) {
    if (is_digit(c)) {
      digit = true;
    } else if (std::string_view(".,/%x+-").find(c) == std::string_view::npos) {
      return false;
    }
  }
  return digit;
}

// A row of a terminal table: two figures at least, and figures the most of its tokens
// ("  3 num_ctx=256,temperature=0.3     2/2        248.5").
bool value_row(std::string_view l) {
  if (l.find('|') != std::string_view::npos || l.find('\t') != std::string_view::npos) return false;
  const auto t = tokens_of(l);
  std::size_t figures = 0;
  for (const auto& [tok, _] : t) figures += figure_token(tok) ? 1 : 0;
  return figures >= 2 && figures * 3 >= t.size() * 2;
}

// A terminal table ("  conc ok/sent   req/s out tok/s") over its rows, as GFM rows. Columns are
// the runs of positions that are not blank in every line; a header word over no value belongs to
// the column on its right ("out" of "out tok/s": figures are right-aligned).
std::vector<std::string> aligned_table(std::string_view header,
                                       std::span<const std::string_view> rows) {
  std::size_t width = header.size();
  for (const auto r : rows) width = std::max(width, r.size());
  std::vector<bool> used(width, false), data(width, false);
  for (std::size_t i = 0; i < header.size(); ++i) used[i] = header[i] != ' ';
  for (const auto r : rows) {
    for (std::size_t i = 0; i < r.size(); ++i) {
      if (r[i] != ' ') used[i] = data[i] = true;
    }
  }
  std::vector<std::pair<std::size_t, std::size_t>> cols;  // [begin, end)
  for (std::size_t i = 0; i < width;) {
    while (i < width && !used[i]) ++i;
    const std::size_t b = i;
    bool has_data = false;
    while (i < width && used[i]) has_data = has_data || data[i], ++i;
    if (i == b) break;
    if (!cols.empty() && !cols.back().second) {
      cols.back() = {cols.back().first, has_data ? i : 0};  // merge a header-only column
    } else {
      cols.emplace_back(b, has_data ? i : 0);
    }
  }
  if (cols.size() < 3 || !cols.back().second) return {};
  const auto cell = [](std::string_view l, std::pair<std::size_t, std::size_t> c) {
    return c.first < l.size() ? std::string(text::trim(l.substr(c.first, c.second - c.first)))
                              : std::string();
  };
  std::string h = "|", delim = "|";
  for (const auto& c : cols) {
    const std::string name = cell(header, c);
    if (name.empty()) return {};
    h += " " + name + " |";
    delim += "---|";
  }
  std::vector<std::string> out = {h, delim};
  for (const auto r : rows) {
    std::string row = "|";
    for (const auto& c : cols) row += " " + cell(r, c) + " |";
    out.push_back(row);
  }
  return out;
}

}  // namespace

std::vector<Claim> extract_claims(std::string_view doc, std::size_t* skipped) {
  std::size_t ignored = 0;
  Extractor e(skipped ? skipped : &ignored);
  std::vector<std::pair<std::string_view, std::size_t>> lines;
  text::LineCursor cursor(doc);
  while (auto l = cursor.next()) lines.emplace_back(*l, cursor.line_number());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    // A terminal table (the text summaries of load, sweep, probe): read as the GFM table it shows.
    const std::string_view l = lines[i].first;
    if (i + 1 < lines.size() && l.find('|') == std::string_view::npos && !value_row(l) &&
        tokens_of(l).size() >= 2 && value_row(lines[i + 1].first)) {
      std::vector<std::string_view> rows;
      for (std::size_t k = i + 1; k < lines.size() && value_row(lines[k].first); ++k)
        rows.push_back(lines[k].first);
      const auto table = aligned_table(l, rows);
      if (table.size() == rows.size() + 2) {
        e.line(table[0], lines[i].second);
        e.line(table[1], lines[i].second);
        for (std::size_t k = 2; k < table.size(); ++k) e.line(table[k], lines[i + k - 1].second);
        e.line("", lines[i].second);
        i += table.size() - 2;
        continue;
      }
    }
    e.line(l, lines[i].second);
  }
  e.finish();
  return std::move(e.claims);
}

}  // namespace chimera::analysis
