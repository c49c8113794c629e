#include "chimera/analysis/grounding.hpp"
#include "chimera/core/numeric.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>

#include "chimera/core/text.hpp"
#include "chimera/core/units.hpp"
#include "chimera/metrics/classify.hpp"
#include "chimera/metrics/registry.hpp"
#include "chimera/stats/inference.hpp"
#include "chimera/stats/ranking.hpp"
#include "chimera/stats/summary.hpp"

namespace chimera::analysis {
namespace {

bool is_alnum(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// Whether `word` occurs in `hay` as a whole word (both lower-case): "tokio" is not "tok".
bool has_word(std::string_view hay, std::string_view word) {
  if (word.empty()) return false;
  for (std::size_t at = hay.find(word); at != std::string_view::npos; at = hay.find(word, at + 1)) {
    const bool left = at == 0 || !is_alnum(hay[at - 1]);
    const std::size_t end = at + word.size();
    const bool right = end >= hay.size() || !is_alnum(hay[end]);
    if (left && right) return true;
  }
  return false;
}

std::vector<std::string> words_of(std::string_view s) {
  static const std::set<std::string, std::less<>> kStop = {
      "the", "and",  "for",     "with",  "from",  "across", "overall", "this", "that", "per",
      "avg", "mean", "average", "total", "value", "values", "ms",      "tok",  "sec",  "tokens",
      "all", "each", "was",     "were",  "are",   "its",    "their",   "than", "over", "of"};
  std::vector<std::string> out;
  std::string cur;
  const auto flush = [&] {
    if (cur.size() > 4 && cur.back() == 's') cur.pop_back();  // plural
    // Words of 3+ letters, and "ok" (a count of successful requests in load tables).
    if ((cur.size() >= 3 || cur == "ok") && !kStop.count(cur)) out.push_back(cur);
    cur.clear();
  };
  for (const char c : text::to_lower(s)) {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      cur += c;
    } else {
      flush();
    }
  }
  flush();
  return out;
}

// What a claim says it is, read from its label.
struct Identity {
  std::string metric;     // registry metric or parameter id, "" unknown
  std::string statistic;  // "" when the label names none
  units::Kind kind = units::Kind::other;
  std::vector<std::string> words;  // content words of the label
  std::vector<std::string> terms;  // context terms of the data the claim names
  bool named = false;              // the words name the metric (not only its unit)
};

struct Row {
  const Observation* o;
  std::string where;  // lower-case: model, quantization, config, test, file, locator
  std::vector<std::string> words;
  units::Kind kind = units::Kind::other;
};

bool is_delta(const Identity& id) {
  return id.statistic == "delta";
}

bool stat_compatible(std::string_view claim, std::string_view row) {
  // A bare label may cite an expected figure ("Throughput | TR108: 102.31"); one that says it
  // is the measured value may not.
  if (claim.empty())
    return row.empty() || row == "value" || row == "mean" || row == "sample" || row == "expected";
  if (claim == row) return true;
  if (claim == "mean") return row == "value";
  if (claim == "value") return row == "mean" || row == "sample" || row.empty();
  if (claim == "sample") return row == "value";
  if (claim == "median") return row == "p50";
  if (claim == "p50") return row == "median";
  return false;
}

bool metric_compatible(const Identity& id, const Row& r) {
  const std::string& m = r.o->metric;
  if (id.metric.empty() || m.empty()) {
    for (const auto& w : id.words) {
      for (const auto& rw : r.words) {
        if (w == rw) return true;
      }
    }
    return false;
  }
  if (id.metric == m) return true;
  // A generic name in the text covers the specific metric of its kind: "Duration" the eval
  // time, "Throughput" (token rate) the decode rate.
  if ((id.metric == "duration" || id.metric == "token_rate") && id.kind == r.kind) return true;
  return false;
}

// A setting of the data (its metric a parameter id: "input_len" of `prompt_tokens`) is no
// evidence for a rate claimed beside it ("13875 prompt/s"); it is for a length ("128 tokens").
bool setting_for_a_measure(const Claim& c, const Observation& o) {
  return c.unit.find('/') != std::string::npos && o.unit.empty() &&
         !metrics::find_metric(o.metric) && metrics::find_parameter(o.metric) != nullptr;
}

std::optional<double> in_unit(double v, const std::string& from, const std::string& to) {
  if (from == to) return v;
  const auto a = units::normalize(v, from), b = units::normalize(1.0, to);
  if (!a || !b || a->unit != b->unit) return std::nullopt;
  return a->value / b->value;
}

// The row's value in the claim's unit: percent and fraction are one quantity.
std::optional<double> as_claimed(const Claim& c, const Observation& o) {
  const double x = *o.value;
  const std::string& u = o.unit;
  if (c.unit == "%") {
    if (u == "%") return x;
    if (u == "fraction" || (u.empty() && std::fabs(x) <= 1.0)) return x * 100;
    // A unitless figure is a percentage only when its name says so (not a count of 44 files).
    const std::string name = text::to_lower(o.name);
    for (const std::string_view w : {"percent", "pct", "rate", "ratio", "share", "efficiency",
                                     "utilization", "utilisation", "improvement", "reduction"}) {
      if (u.empty() && name.find(w) != std::string::npos) return x;
    }
    return std::nullopt;
  }
  if (c.unit.empty()) return u == "%" && std::fabs(c.value) <= 1.0 ? x / 100 : x;
  if (u.empty()) return x;
  if (c.unit == "fraction" && u == "%") return x / 100;
  return in_unit(x, u, c.unit);
}

double tolerance(const Claim& c) {
  double tol = 0.5 * std::pow(10.0, -c.decimals) + 1e-9 * std::fabs(c.value);
  if (c.approximate) tol = std::max(tol, 0.05 * std::fabs(c.value));
  return tol;
}

bool equal(const Claim& c, double x, bool delta) {
  const double tol = tolerance(c);
  if (std::fabs(x - c.value) <= tol) return true;
  return delta && std::fabs(std::fabs(x) - std::fabs(c.value)) <= tol;  // "reduction" signs
}

// The same comparison when the evidence itself was written rounded: a claim with more decimals
// than its source ("0.8295" against a table's "0.83") holds when it rounds to the source.
bool equal(const Claim& c, double x, bool delta, const Observation& o) {
  if (equal(c, x, delta)) return true;
  if (!o.value || *o.value == 0 || o.raw.empty()) return false;
  const auto dot = o.raw.find('.');
  std::size_t decimals = 0;
  if (dot != std::string::npos) {
    while (dot + 1 + decimals < o.raw.size() &&
           std::isdigit(static_cast<unsigned char>(o.raw[dot + 1 + decimals])))
      ++decimals;
  }
  if (o.raw.find_first_of("eE") != std::string::npos) return false;  // 1.2e3: exact as written
  const double half_unit = 0.5 * std::pow(10.0, -static_cast<double>(decimals)) *
                           std::fabs(x / *o.value);  // in the claim's unit
  const double d = delta ? std::fabs(std::fabs(x) - std::fabs(c.value)) : std::fabs(x - c.value);
  return d <= half_unit * (1 + 1e-9);
}

int raw_significant_digits(std::string_view raw) {
  int n = 0;
  bool leading = true;
  for (const char ch : raw) {
    if (ch == 'e' || ch == 'E') break;
    if (!std::isdigit(static_cast<unsigned char>(ch))) continue;
    if (leading && ch == '0') continue;
    leading = false;
    ++n;
  }
  return n;
}

int significant_digits(const Claim& c) {
  // "1200" has 2 significant digits: trailing zeros of a whole number are not precision.
  if (c.text.find('.') == std::string::npos) {
    std::string_view t = c.text;
    while (!t.empty() && !std::isdigit(static_cast<unsigned char>(t.back()))) t.remove_suffix(1);
    while (t.size() > 1 && t.back() == '0') t.remove_suffix(1);
    return raw_significant_digits(t);
  }
  int n = 0;
  bool leading = true;
  for (const char ch : c.text) {
    if (!std::isdigit(static_cast<unsigned char>(ch))) continue;
    if (leading && ch == '0') continue;
    leading = false;
    ++n;
  }
  return n;
}

std::string describe(const Observation& o) {
  std::string what = o.metric.empty() ? "'" + o.name + "'" : o.metric;
  if (const auto* m = metrics::find_metric(o.metric)) what = std::string(m->label);
  if (!o.statistic.empty() && o.statistic != "value") what = o.statistic + " " + what;
  return fmt::format("{} = {} in {} at {}", what,
                     o.raw.empty() ? numeric::format_figure(*o.value) : o.raw, o.file, o.locator);
}

// Whether a formula computes the statistic a claim names: a figure called a mean is a mean of
// values, never the largest of them that happens to equal it. Statistics without a formula here
// (p99, a value, a change) take any.
bool formula_fits(std::string_view statistic, std::string_view formula) {
  static constexpr std::pair<std::string_view, std::string_view> kFormula[] = {
      {"mean", "the mean of"},
      {"median", "the median of"},
      {"p50", "the median of"},
      {"p95", "the 95th percentile of"},
      {"min", "the smallest of"},
      {"max", "the largest of"},
      {"std", "the standard deviation of"},
      {"cv", "the coefficient of variation of"},
      {"sum", "the sum of"},
      {"count", "the number of"},
      {"ci", "bound"},
  };
  for (const auto& [stat, f] : kFormula) {
    if (statistic == stat) return formula.find(f) != std::string_view::npos;
  }
  return true;
}

// "n = 3", "(n=3)" (labels "n", "... n", "... count"), "over 3 measurements": a count of the
// values a figure is over.
bool is_count(const Claim& c) {
  const std::string_view l = text::trim(c.label);
  return c.over || l == "n" || l.ends_with(" n") || l.ends_with(" count");
}

// Whether `name` stands in s as a whole name ("a / ctx1024" is not in "a / ctx10240").
bool has_name(std::string_view s, std::string_view name) {
  for (auto at = s.find(name); at != std::string_view::npos; at = s.find(name, at + 1)) {
    const std::size_t end = at + name.size();
    const bool left = at == 0 || s[at - 1] == ' ' || s[at - 1] == '`';
    const bool right = end == s.size() || s[end] == ' ' || s[end] == '`' || s[end] == ',' ||
                       s[end] == '.' || s[end] == ';';
    if (left && right) return true;
  }
  return false;
}

class Checker {
 public:
  explicit Checker(const std::vector<Observation>& data) {
    std::map<std::string, std::size_t> segment_rows;
    for (const auto& o : data) {
      if (!o.value) continue;
      Row r{&o,
            text::to_lower(o.model + " " + o.quantization + " " + o.config + " " + o.test + " " +
                           o.file + " " + o.locator),
            words_of(o.name + " " + leaf(o.locator)), units::Kind::other};
      if (const auto* m = metrics::find_metric(o.metric)) r.kind = m->kind;
      rows_.push_back(std::move(r));
      for (const auto* v : {&o.model, &o.quantization, &o.test}) add_term(*v);
      add_term(o.config.substr(0, o.config.find(':')));
      for (const auto& seg : segments(o.locator, false)) ++segment_rows[seg];
      for (const auto& seg : segments(o.file, true)) ++segment_rows[seg];
    }
    // Path segments that tell rows apart ("baseline", "chimera"), not those every row has.
    for (const auto& [seg, n] : segment_rows) {
      if (n * 10 < rows_.size() * 9 || rows_.size() < 4) terms_.insert(seg);
    }
  }

  CheckedNumber check(const Claim& c) const {
    CheckedNumber out;
    out.claim = c;
    const Identity id = identity(c);
    const bool delta = is_delta(id);
    std::vector<const Row*> same;  // the same quantity: metric, statistic, context, unit
    for (const auto& r : rows_) {
      if (metric_compatible(id, r) && stat_compatible(id.statistic, r.o->statistic) &&
          context_ok(id, r) && !setting_for_a_measure(c, *r.o) && as_claimed(c, *r.o))
        same.push_back(&r);
    }
    if (!c.bound.empty()) return bound(std::move(out), same);
    if (aligned(out, same)) return out;
    for (const Row* r : same) {
      if (equal(c, *as_claimed(c, *r->o), delta, *r->o)) {
        // A count of the tree's files is the ingest's computation, not a value of a file.
        const bool counted = r->o->file == kIngestSummary;
        out.mark = counted ? Mark::derived : Mark::verified;
        out.evidence = *r->o;
        out.note = (counted ? "counted by the ingest of the data: " : "matches ") + describe(*r->o);
        return out;
      }
    }
    // A figure computed from the quantity it names is that quantity's, even when another
    // quantity happens to hold the same value ("43.32 ms" mean e2e and one call's 0.0433 s).
    if (derived(out, id, same)) return out;
    if (mislabelled(out, id)) return out;
    if (mismatch(out, id, same)) return out;
    out.note = same.empty() ? "no value in the data is what the text says this is"
                            : fmt::format("{} value(s) of this quantity in the data, none equal",
                                          same.size());
    return out;
  }

 private:
  static std::string leaf(std::string_view loc) {
    const auto dot = loc.rfind('.');
    return std::string(dot == std::string_view::npos ? loc : loc.substr(dot + 1));
  }

  // Words of a locator or path that may name a context: "baseline", "python", "q4_0",
  // "chimera-homo" (split on '.', '/', '[', ']' and '_').
  static std::vector<std::string> segments(std::string_view loc, bool path) {
    std::vector<std::string> out;
    std::string cur;
    const auto flush = [&] {
      // Not words that name a quantity or group values ("average", "metrics", "results").
      if (cur.size() >= 4 && std::isalpha(static_cast<unsigned char>(cur[0])) &&
          !metrics::is_filler_segment(cur)) {
        const auto cls = metrics::classify(cur);
        if (!cls.metric && !cls.parameter && cls.statistic.empty() &&
            cls.role == metrics::Role::metric)
          out.push_back(text::to_lower(cur));
      }
      cur.clear();
    };
    for (const char ch : loc) {
      if (ch == '.' || ch == '[' || ch == ']' || ch == '/' || (path && ch == '_')) {
        flush();
      } else {
        cur += ch;
      }
    }
    if (path) flush();  // a locator's leaf is the value's own name, not a context
    return out;
  }

  void add_term(const std::string& v) {
    const std::string t = text::to_lower(text::trim(v));
    if (t.size() >= 3 && t.size() <= 48) terms_.insert(t);
  }

  // The first reading that names a metric or parameter: the words after a bare number ("1
  // runs", "101 files"), the label, the label under its section ("- Baseline: 99.31 tok/s" under
  // "### Throughput").
  // "measurements per configuration", "more runs", "of 4 configurations": the number counts things.
  static bool counts_things(std::string_view after) {
    std::string a = text::to_lower(after);
    for (const std::string_view lead : {"more ", "of ", "other "}) {
      if (a.rfind(lead, 0) == 0) a = a.substr(lead.size());
    }
    while (!a.empty() && (std::isdigit(static_cast<unsigned char>(a[0])) || a[0] == ' '))
      a.erase(0, 1);
    for (const std::string_view noun :
         {"measurement", "configuration", "run", "request", "sample", "trial", "point", "agent",
          "file", "time", "value", "figure", "repetition", "call", "number", "model", "row"}) {
      if (a.rfind(noun, 0) == 0) return true;
    }
    return false;
  }

  // A label without its "name=value" words: "num_gpu=80 num_ctx=2048" names a configuration,
  // not what the number is.
  static std::string without_settings(std::string_view label) {
    std::string out;
    std::size_t i = 0;
    while (i < label.size()) {
      std::size_t j = label.find(' ', i);
      if (j == std::string_view::npos) j = label.size();
      const std::string_view w = label.substr(i, j - i);
      if (w.find('=') == std::string_view::npos) out += (out.empty() ? "" : " ") + std::string(w);
      i = j + 1;
    }
    return out;
  }

  // A label without its count annotation: "(n = 3)" says how many values a figure is over
  // (stated_count reads it), not what the figure is.
  static std::string without_count(std::string label) {
    for (const std::string_view lead : {"(n = ", "(n="}) {
      for (auto at = label.find(lead); at != std::string::npos; at = label.find(lead, at)) {
        const auto close = label.find(')', at);
        if (close == std::string::npos) break;
        label.erase(at, close - at + 1);
      }
    }
    return label;
  }

  // A sentence head without its parenthesised asides: "Best prompt-eval time (raw measurements,
  // n = 6, lower is better)" names the prompt-eval time; the aside says how it was ranked.
  static std::string without_asides(const std::string& head) {
    std::string out;
    int depth = 0;
    for (const char ch : head) {
      if (ch == '(') ++depth;
      if (depth == 0) out += ch;
      if (ch == ')' && depth > 0) --depth;
    }
    return out;
  }

  static metrics::Classification classify_claim(const Claim& c, bool* named) {
    const std::string unit = c.unit == "%" || c.unit == "x" ? "" : c.unit;
    const std::string label = without_settings(without_count(c.label));
    std::vector<std::string> readings;
    if (!c.after.empty()) readings.push_back(c.after);
    const std::string after = text::to_lower(c.after);
    if ((after.starts_with("measurements per") || after.starts_with("trials per")) &&
        !c.head.empty()) {  // "No best TTFT (...): ... About 17 measurements per configuration"
      auto cls = metrics::classify(without_settings(without_asides(c.head)));
      if (cls.metric) {
        *named = true;
        cls.statistic = "count";
        return cls;
      }
    }
    if (counts_things(c.after)) {  // "About 40 measurements", "3 of 4 configurations": a count
      auto cls = metrics::classify(c.after);
      *named = cls.metric || cls.parameter;
      return cls;
    }
    // "**Concurrency:** 2 agents, wall 0.17 s": the clause after a sentence's head names the
    // figure; the head ("Concurrency") only says what the sentence is about.
    // The head and the label are written alike (emphasis marks already gone, bullets kept).
    const std::string head = text::to_lower(text::trim(c.head));
    if (!head.empty() && text::to_lower(label).rfind(head, 0) == 0) {
      const std::string rest(text::trim(std::string_view(label).substr(head.size())));
      if (!rest.empty()) readings.push_back(rest);
    }
    readings.push_back(label);
    if (!c.head.empty()) {
      readings.push_back(label + " " + without_settings(without_asides(c.head)));
      // "For throughput (decode rate, raw measurements)": the aside names the metric.
      readings.push_back(label + " " + without_settings(c.head));
    }
    if (!c.section.empty()) readings.push_back(label + " " + c.section);
    for (std::size_t k = 0; k < readings.size(); ++k) {
      const std::string& r = readings[k];
      auto cls = metrics::classify(r);
      if (!cls.metric && !cls.parameter) continue;
      *named = true;
      if (!unit.empty()) {
        auto with_unit = metrics::classify(r, unit);
        if (with_unit.metric || with_unit.parameter) cls = std::move(with_unit);
      }
      // "throughput" is any token rate, "ms" any duration; a later reading may say which ("(decode
      // rate, ...)", the sentence's head "Best prompt-eval time").
      if (cls.metric && (cls.metric->id == "token_rate" || cls.metric->id == "duration")) {
        std::vector<std::string> later(readings.begin() + static_cast<std::ptrdiff_t>(k) + 1,
                                       readings.end());
        if (!c.head.empty()) {  // the head alone: the label's unit word no longer leads
          later.push_back(without_settings(without_asides(c.head)));
          later.push_back(without_settings(c.head));
        }
        for (const auto& l : later) {
          const auto specific = metrics::classify(l);
          if (specific.metric && specific.metric != cls.metric &&
              (specific.metric->kind == cls.metric->kind ||
               specific.metric->unit == cls.metric->unit)) {  // an e2e latency is in ms too
            cls.metric = specific.metric;
            break;
          }
        }
      }
      // "No best TTFT (p95 reported by the sources): a: 110.2 ms": the head's aside says which
      // statistic the figures are.
      if (cls.metric && cls.statistic.empty() && !c.head.empty())
        cls.statistic = metrics::classify(label + " " + without_settings(c.head)).statistic;
      return cls;
    }
    *named = false;
    auto cls = metrics::classify(c.label, unit);
    if (cls.statistic.empty()) cls.statistic = metrics::classify(c.label).statistic;
    return cls;
  }

  Identity identity(const Claim& c) const {
    Identity id;
    auto cls = classify_claim(c, &id.named);
    if (cls.metric) {
      id.metric = std::string(cls.metric->id);
      id.kind = cls.metric->kind;
    } else if (cls.parameter) {
      id.metric = std::string(cls.parameter->id);
    }
    id.statistic = cls.statistic;
    // "95 % CI", "confidence interval": a bound of an interval, which only a derivation checks.
    const std::string low = text::to_lower(c.label);
    // "| Throughput | Value |", "measured TTFT": the figure is stated as what was measured.
    if (id.statistic.empty()) {
      for (const std::string_view w : {"value", "measured", "actual", "observed", "achieved"}) {
        if (has_word(low, w)) id.statistic = "value";
      }
    }
    if (has_word(low, "ci") || low.find("confidence") != std::string::npos) id.statistic = "ci";
    // "(79.26 -> 79.60 tok/s)" after "Throughput improvement": levels, not the change.
    const bool signed_text = !c.text.empty() && (c.text[0] == '+' || c.text[0] == '-');
    if (id.statistic == "delta" && !signed_text && c.unit != "%" && c.unit != "x")
      id.statistic.clear();
    // "0.2% higher throughput", "TTFT improved by 2.1%": a relative change of the metric.
    if (c.unit == "%" && id.kind != units::Kind::other && id.statistic.empty()) {
      const std::string all = text::to_lower(c.label + " " + c.after);
      for (const std::string_view w :
           {"higher", "lower", "faster", "slower", "improve", "increase", "decrease",
            "reduc",  "gain",  "better", "worse",  "more",    "less",     "drop",
            "rise",   "rose",  "fell",   "fall",   "grew",    "cut",      "change"}) {
        if (all.find(w) != std::string::npos) id.statistic = "delta";
      }
    }
    id.words = words_of(c.label + " " + c.after);
    // Terms of the claim's own label, row and caption hold; a heading's terms only when it names
    // one ("Chimera Individual Runs"), not when it names both sides ("baseline vs Chimera").
    std::string own = c.context;
    if (!c.section.empty() && own.rfind(c.section, 0) == 0) own.erase(0, c.section.size());
    const std::string where = text::to_lower(c.label + " " + own);
    const std::string heading = text::to_lower(c.section);
    std::vector<std::string> from_heading;
    for (const auto& t : terms_) {
      if (has_word(where, t)) id.terms.push_back(t);
      if (has_word(heading, t)) from_heading.push_back(t);
    }
    // The document's title ("# ... combined report, run 1") names the document, not a context.
    if (c.section_level == 1) from_heading.clear();
    if (from_heading.size() == 1 &&
        std::find(id.terms.begin(), id.terms.end(), from_heading.front()) == id.terms.end())
      id.terms.push_back(from_heading.front());
    return id;
  }

  // Every context term of the claim stands in the row's labels and path, as a whole word or as a
  // word of the value's own name ("report" of `report_s`).
  static bool context_ok(const Identity& id, const Row& r) {
    for (const auto& t : id.terms) {
      if (!has_word(r.where, t) && std::find(r.words.begin(), r.words.end(), t) == r.words.end())
        return false;
    }
    return true;
  }

  // A table of runs or prompts whose rows are the data's rows of the quantity, in order: row k of
  // the table is element k of the data (the only sound reading of "Run 3" against runs[]).
  static bool aligned(CheckedNumber& out, const std::vector<const Row*>& same) {
    const Claim& c = out.claim;
    if (c.rows < 2 || !c.item_row) return false;
    std::vector<const Row*> listed;
    for (const Row* r : same) {
      if (r->o->locator.find('[') != std::string::npos) listed.push_back(r);
    }
    if (listed.size() != c.rows) return false;
    for (const Row* r : listed) {
      if (r->o->file != listed.front()->o->file) return false;
    }
    const Observation& o = *listed[c.row]->o;
    out.evidence = o;
    if (equal(c, *as_claimed(c, o), false)) {
      out.mark = Mark::verified;
      out.note = fmt::format("matches {} (row {} of the table, element {} of the data)",
                             describe(o), c.row + 1, c.row + 1);
    } else {
      out.mark = Mark::mismatch;
      out.note = fmt::format("row {} of the table is element {} of the data: {}", c.row + 1,
                             c.row + 1, describe(o));
    }
    return true;
  }

  static CheckedNumber bound(CheckedNumber out, const std::vector<const Row*>& same) {
    out.mark = Mark::bound;
    const Claim& c = out.claim;
    if (same.empty()) {
      out.note = "a threshold; no value of this quantity in the data to check it against";
      return out;
    }
    std::size_t ok = 0;
    for (const Row* r : same) {
      const double x = *as_claimed(c, *r->o);
      const bool holds = c.bound == "<"    ? x < c.value
                         : c.bound == "<=" ? x <= c.value
                         : c.bound == ">"  ? x > c.value
                                           : x >= c.value;
      ok += holds ? 1 : 0;
    }
    out.holds = ok == same.size();
    out.evidence = *same.front()->o;
    out.note = fmt::format("a threshold ({} {}): {} of {} value(s) of this quantity satisfy it",
                           c.bound, c.text, ok, same.size());
    return out;
  }

  // A mean, median, sum, extreme, spread or interval bound of the quantity's values, or a
  // difference, ratio or percentage difference of two of them.
  // The same quantity's values first; then the same metric under any statistic, in the claim's
  // context ("p95 over 8 raw measurements" of a metric whose sources also give p95s), or in any
  // context for a change, which compares two ("fell by 18 % with Chimera").
  bool derived(CheckedNumber& out, const Identity& id, const std::vector<const Row*>& same) const {
    const Claim& c = out.claim;
    if (cv_of_stored(out, id)) return true;
    if (same.size() >= 2 && !compares(c) && derived_from(out, id, same)) return true;
    std::vector<const Row*> base;
    for (const auto& r : rows_) {
      if (!id.metric.empty() && metric_compatible(id, r) &&
          (is_delta(id) || compares(c) || separates(c) || context_ok(id, r)) &&
          as_claimed_level(c, *r.o) && (c.unit.empty() || !r.o->unit.empty()) &&
          r.o->statistic != "delta")
        base.push_back(&r);
    }
    return base.size() >= 2 && base != same && derived_from(out, id, base);
  }

  bool derived_from(CheckedNumber& out, const Identity& id,
                    const std::vector<const Row*>& base) const {
    const Claim& c = out.claim;
    // Raw measurements alone first ("median over 8 raw measurements" leaves the summaries out),
    // all of them, one file's, or all but one file's; a count the text states ("over 8", "n = 8")
    // picks the set of that size first.
    std::vector<const Row*> samples;
    std::set<std::string> files;
    for (const Row* r : base) {
      if (r->o->statistic == "sample") samples.push_back(r), files.insert(r->o->file);
    }
    // A p-value is a test's, never a difference or ratio that happens to equal it.
    if (compares(c)) return welch_of(out, samples.empty() ? base : samples);
    if (separation_size_of(out, samples)) return true;
    std::vector<std::vector<const Row*>> sets;
    if (samples.size() >= 2 && samples.size() < base.size()) sets.push_back(samples);
    // The raw measurements of the very metric the text names ("token rate, all raw measurements"),
    // not of its kin (decode rates), however many files hold them.
    std::vector<const Row*> named;
    for (const Row* r : samples) {
      if (r->o->metric == id.metric) named.push_back(r);
    }
    if (named.size() >= 2 && named.size() < samples.size()) sets.push_back(std::move(named));
    if (files.size() > 1 && files.size() <= 5) {  // the raw measurements of some of the files
      const std::vector<std::string> list(files.begin(), files.end());
      for (unsigned mask = 1; mask + 1 < (1u << list.size()); ++mask) {
        std::vector<const Row*> some;
        for (const Row* r : samples) {
          const auto k = static_cast<std::size_t>(std::find(list.begin(), list.end(), r->o->file) -
                                                  list.begin());
          if (mask & (1u << k)) some.push_back(r);
        }
        if (some.size() >= 2) sets.push_back(std::move(some));
      }
    }
    // One configuration's raw measurements in one file: "a: 5.62 ms mean (95 % CI ..., n = 3) in
    // runs.csv" is over exactly those, whatever else the tree holds.
    std::map<std::tuple<std::string, std::string, std::string>, std::vector<const Row*>> by_config;
    for (const Row* r : samples)
      by_config[{r->o->file, config_name(*r->o), r->o->metric}].push_back(r);
    if (by_config.size() > 1 && by_config.size() <= 64) {
      for (auto& [_, rows] : by_config) {
        if (rows.size() >= 2) sets.push_back(std::move(rows));
      }
    }
    // The elements of one array ("agents[1].calls[*].total_ms"): one object's values.
    std::map<std::string, std::vector<const Row*>> arrays;
    for (const Row* r : base) {
      const std::string& loc = r->o->locator;
      const auto open = loc.rfind('[');
      const auto close = open == std::string::npos ? open : loc.find(']', open);
      if (open != std::string::npos && open > 0 && close != std::string::npos)  // "calls[*].x"
        arrays[r->o->file + "#" + loc.substr(0, open) + "[*]" + loc.substr(close + 1)].push_back(r);
    }
    if (arrays.size() > 1 && arrays.size() <= 16) {
      for (auto& [_, rows] : arrays) {
        if (rows.size() >= 2 && rows.size() < base.size()) sets.push_back(rows);
      }
    }
    // Each statistic's values on their own: a mean of means is one, a mean of a p95 and an
    // expected figure is none.
    std::map<std::string, std::vector<const Row*>> by_stat;
    for (const Row* r : base) by_stat[r->o->statistic].push_back(r);
    for (auto& [_, rows] : by_stat) {
      if (rows.size() >= 2) sets.push_back(std::move(rows));
    }
    if (const auto n = stated_count(c.label)) {
      std::stable_partition(sets.begin(), sets.end(),
                            [&](const auto& set) { return set.size() == *n; });
    }
    for (const auto& set : sets) {
      if (derived_over(out, id, set)) return true;
    }
    return false;
  }

  // "99.31 ± 0.00 tok/s (CV: 0.0%)": a coefficient of variation from a stored standard
  // deviation and mean of the same configuration in the same file.
  bool cv_of_stored(CheckedNumber& out, const Identity& id) const {
    const Claim& c = out.claim;
    if (c.unit != "%" || id.statistic != "cv" || id.metric.empty()) return false;
    for (const Row& sd_row : rows_) {
      const Row* sd = &sd_row;
      if (sd->o->statistic != "std" || sd->o->metric != id.metric || !context_ok(id, *sd)) continue;
      for (const Row& mean_row : rows_) {
        const Row* mean = &mean_row;
        if (mean->o->statistic != "mean" || mean->o->metric != id.metric ||
            mean->o->file != sd->o->file || config_name(*mean->o) != config_name(*sd->o) ||
            *mean->o->value == 0)
          continue;
        if (!equal(c, *sd->o->value / *mean->o->value * 100, false)) continue;
        out.mark = Mark::derived;
        out.evidence = *sd->o;
        out.note = fmt::format("the coefficient of variation {} ({}) / {} ({})",
                               numeric::format_figure(*sd->o->value), sd->o->locator,
                               numeric::format_figure(*mean->o->value), mean->o->locator);
        return true;
      }
    }
    return false;
  }

  // A test between two configurations names both: the context does not narrow it to one.
  static bool compares(const Claim& c) {
    const std::string label = text::to_lower(c.label);
    return label.find("welch") != std::string::npos || label.ends_with(" p");
  }

  // "separated from the runner-up B (Welch p = 0.008)": the p-value of Welch's test between the
  // raw measurements of two configurations of the quantity.
  static bool welch_of(CheckedNumber& out, const std::vector<const Row*>& base) {
    const Claim& c = out.claim;
    const std::string label = text::to_lower(c.label);
    if (label.find("welch") == std::string::npos && !label.ends_with(" p")) return false;
    std::map<std::string, std::vector<double>> groups;
    for (const Row* r : base) groups[config_name(*r->o)].push_back(*r->o->value);
    if (groups.size() < 2 || groups.size() > 12) return false;
    for (auto a = groups.begin(); a != groups.end(); ++a) {
      for (auto b = std::next(a); b != groups.end(); ++b) {
        const auto w = stats::welch(a->second, b->second);
        if (!w || !equal(c, w->p_value, false)) continue;
        out.mark = Mark::derived;
        out.evidence = *base.front()->o;
        out.note = fmt::format("Welch's test between the {} and {} values of {} and {}: p = {:.3g}",
                               a->second.size(), b->second.size(), a->first, b->first, w->p_value);
        return true;
      }
    }
    return false;
  }

  // "About 17 measurements per configuration would tell A from B": the sample size that would
  // separate two configurations' raw measurements (the power estimate the rankings print).
  static bool separates(const Claim& c) {
    const std::string after = text::to_lower(c.after);
    return after.starts_with("measurements per") || after.starts_with("trials per");
  }

  static bool separation_size_of(CheckedNumber& out, const std::vector<const Row*>& samples) {
    const Claim& c = out.claim;
    if (!separates(c)) return false;
    // Each configuration's raw measurements of one metric in one file (a ranking's candidates),
    // keyed (file, metric, configuration): candidates of one ranking are neighbours.
    using Key = std::tuple<std::string, std::string, std::string>;
    std::map<Key, std::vector<double>> groups;
    for (const Row* r : samples)
      groups[{r->o->file, r->o->metric, config_name(*r->o)}].push_back(*r->o->value);
    if (groups.size() < 2 || groups.size() > 32) return false;
    // "would tell A from B (5 % test ...)": the pair the text names, when it names one.
    const auto tell = c.text_around.find(" tell ");
    const std::string pair = tell == std::string::npos
                                 ? std::string()
                                 : c.text_around.substr(tell, c.text_around.find('(', tell) - tell);
    for (auto a = groups.begin(); a != groups.end(); ++a) {
      for (auto b = std::next(a); b != groups.end(); ++b) {
        const auto& [file_a, metric_a, config_a] = a->first;
        const auto& [file_b, metric_b, config_b] = b->first;
        if (file_a != file_b || metric_a != metric_b) continue;
        if (!pair.empty() && (!has_name(pair, config_a) || !has_name(pair, config_b))) continue;
        const auto n = stats::samples_to_separate(a->second, b->second);
        if (!n || !equal(c, static_cast<double>(*n), false)) continue;
        out.mark = Mark::derived;
        out.evidence = *samples.front()->o;
        out.note = fmt::format(
            "the measurements per configuration that would separate {} and {} (5 % test, 80 % "
            "power, their spread): {}",
            config_a, config_b, *n);
        return true;
      }
    }
    return false;
  }

  // "over 8 raw measurements", "n = 8": the number of values a figure is over.
  static std::optional<std::size_t> stated_count(std::string_view label) {
    const std::string l = text::to_lower(label);
    for (const std::string_view lead : {"over ", "n = ", "n="}) {
      const auto at = l.find(lead);
      if (at == std::string::npos) continue;
      std::size_t i = at + lead.size(), n = 0;
      bool any = false;
      while (i < l.size() && std::isdigit(static_cast<unsigned char>(l[i])))
        n = n * 10 + static_cast<std::size_t>(l[i++] - '0'), any = true;
      if (any) return n;
    }
    return std::nullopt;
  }

  bool derived_over(CheckedNumber& out, const Identity& id,
                    const std::vector<const Row*>& base) const {
    const Claim& c = out.claim;
    std::vector<double> v;
    for (const Row* r : base) v.push_back(*as_claimed_level(c, *r->o));
    // "n = 3", "(n=3)": a count of values is their number (or a sum of counts), never another
    // statistic that happens to equal it.
    const bool count = is_count(c);
    std::string_view stat = id.statistic;  // (a ternary here would make a temporary string)
    if (text::trim(c.label).ends_with(" std")) stat = "std";
    const auto hit = [&](double x, const std::string& formula) {
      if (count && !formula.starts_with("the number of") && !formula.starts_with("the sum of"))
        return false;
      if (!count && !formula_fits(stat, formula)) return false;
      if (!equal(c, x, is_delta(id))) return false;
      out.mark = Mark::derived;
      out.evidence = *base.front()->o;
      out.note = formula;
      return true;
    };
    const auto s = stats::summarize(v);
    const std::string of = fmt::format(
        "{} value(s) of {} ({} ...)", v.size(),
        base.front()->o->metric.empty() ? base.front()->o->name : base.front()->o->metric,
        base.front()->o->locator);
    if (c.unit != "%" || base.front()->o->unit == "%") {
      if (hit(s->mean, "the mean of " + of)) return true;
      if (hit(s->p50, "the median of " + of)) return true;
      double sum = 0;
      for (const double x : v) sum += x;
      if (hit(sum, "the sum of " + of)) return true;
      if (hit(s->min, "the smallest of " + of)) return true;
      if (hit(s->max, "the largest of " + of)) return true;
      if (v.size() >= 2 && hit(s->sd, "the standard deviation of " + of)) return true;
      if (hit(s->p95, "the 95th percentile of " + of)) return true;
      if (hit(static_cast<double>(v.size()), "the number of " + of)) return true;
      std::set<std::string> configs;
      for (const Row* r : base) configs.insert(config_name(*r->o));
      if (c.decimals == 0 && configs.size() > 1 &&
          hit(static_cast<double>(configs.size()), "the number of configurations of " + of))
        return true;
      if (const auto ci = stats::mean_ci(v)) {
        if (hit(ci->low, "the lower 95 % bound of the mean of " + of)) return true;
        if (hit(ci->high, "the upper 95 % bound of the mean of " + of)) return true;
      }
      if (const auto m = stats::mean_interval(v); m && m->log_scale) {
        if (hit(m->ci->low, "the lower 95 % bound (log scale) of the geometric mean of " + of))
          return true;
        if (hit(m->ci->high, "the upper 95 % bound (log scale) of the geometric mean of " + of))
          return true;
      }
    }
    if (c.unit == "%" && s->cv && hit(*s->cv * 100, "the coefficient of variation of " + of))
      return true;
    if (base.size() > 8) return false;  // pairs of many values match anything by chance
    for (std::size_t i = 0; i < base.size(); ++i) {
      for (std::size_t j = 0; j < base.size(); ++j) {
        if (i == j) continue;
        const double a = v[i], b = v[j];
        const std::string pair =
            fmt::format("{} ({}) and {} ({})", numeric::format_figure(a), base[i]->o->locator,
                        numeric::format_figure(b), base[j]->o->locator);
        if (c.unit == "%" && a != 0 && hit((b - a) / a * 100, "the change in % from " + pair))
          return true;
        if (c.unit == "x" && a != 0 && hit(b / a, "the ratio of " + pair)) return true;
        if (c.unit != "%" && c.unit != "x" && hit(b - a, "the difference of " + pair)) return true;
      }
    }
    return false;
  }

  // A level of the claim's metric in the claim's unit, or, for a percentage or ratio claim, in
  // its own unit (the pairs are compared as numbers).
  static std::optional<double> as_claimed_level(const Claim& c, const Observation& o) {
    if (c.unit == "%" && o.unit != "%" && o.unit != "fraction") return *o.value;
    if (c.unit == "x") return *o.value;
    return as_claimed(c, o);
  }

  // A configuration value that differs is no stale figure: reports discuss other settings.
  // Whether the text's words and the row's name share a word that is not a unit.
  static bool shares_name(const Identity& id, const Row& r) {
    for (const auto& w : id.words) {
      if (metrics::parse_unit(w)) continue;
      for (const auto& rw : r.words) {
        if (w == rw) return true;
      }
    }
    return false;
  }

  bool mismatch(CheckedNumber& out, const Identity& id, const std::vector<const Row*>& same) const {
    // Only a measurement the text names (not a name-alike, not a configuration value), and not
    // a count of values ("n=2"), which is no value of the quantity.
    if (same.empty() || id.metric.empty() || metrics::find_parameter(same.front()->o->metric) ||
        id.statistic == "count")
      return false;
    // A figure the text ties to no configuration ("all raw measurements: median 313.5") is not
    // the one configuration that happens to report that statistic, when the data has others.
    if (id.terms.empty()) {
      std::set<std::string> all;
      for (const auto& r : rows_) {
        if (r.o->metric == id.metric) all.insert(config_name(*r.o));
      }
      if (all.size() > 1) return false;
    }
    // One quantity: one value in one configuration. Figures of four configurations that happen
    // to round alike are not the quantity the text names.
    std::set<long long> distinct;
    std::set<std::string> configs;
    const double scale = std::pow(10.0, out.claim.decimals);
    for (const Row* r : same) {
      distinct.insert(std::llround(*as_claimed(out.claim, *r->o) * scale));
      configs.insert(config_name(*r->o));
    }
    if (distinct.size() > 1 || configs.size() > 1) return false;
    // A catch-all quantity ("InsightAgent s": some duration) is the row's only when the text
    // names it as the row does ("wall s" for wall_s), not by its unit alone.
    if (is_catch_all_metric(id.metric) && !shares_name(id, *same.front())) return false;
    out.mark = Mark::mismatch;
    out.evidence = *same.front()->o;
    out.note = "the data has " + describe(*same.front()->o) +
               (same.size() > 1 ? fmt::format(" (and {} more)", same.size() - 1) : "");
    return true;
  }

  bool mislabelled(CheckedNumber& out, const Identity& id) const {
    const Claim& c = out.claim;
    // Exactly that other quantity: not an approximate figure, not with a unit alone for a name,
    // not an order statistic (a median, minimum or maximum is always one of the values).
    const std::string& st = id.statistic;
    // Nor an interval bound: it is computed, so no stored value is it, and a value that happens
    // to share its digits is a coincidence, not the quantity.
    if (!id.named || c.approximate || significant_digits(c) < 4 || st == "median" || st == "min" ||
        st == "max" || st == "ci" || (st.size() > 1 && st[0] == 'p'))
      return false;
    for (const auto& r : rows_) {
      const auto x = as_claimed(c, *r.o);
      if (!x || !equal(c, *x, false) || !context_ok(id, r) || r.o->statistic == "delta") continue;
      // Both sides precise: a source rounded to 3 digits ("17.7") matches too many figures
      // ("17.70" of another quantity) for the match to say what the figure is.
      if (!r.o->raw.empty() && raw_significant_digits(r.o->raw) < 4) continue;
      // Another kind of quantity (a TTFT called a latency), not a sibling of the same kind (the
      // output tokens called total tokens).
      const bool other_metric = !id.metric.empty() && !r.o->metric.empty() &&
                                !metric_compatible(id, r) && id.kind != r.kind;
      // Another statistic of the same metric: a p95 called a mean. A raw measurement is no other
      // statistic (the largest sample is the max).
      const std::string& rs = r.o->statistic;
      const bool other_stat = !id.statistic.empty() && !rs.empty() && rs != "sample" &&
                              rs != "value" && !stat_compatible(id.statistic, rs) &&
                              metric_compatible(id, r);
      if (!other_metric && !other_stat) continue;
      out.mark = Mark::mislabelled;
      out.evidence = *r.o;
      out.note = "written as '" + c.label + "' but it is the " + describe(*r.o);
      return true;
    }
    return false;
  }

  std::vector<Row> rows_;
  std::set<std::string> terms_;
};

}  // namespace

std::string_view mark_name(Mark m) {
  switch (m) {
    case Mark::verified:
      return "verified";
    case Mark::derived:
      return "derived";
    case Mark::bound:
      return "bound";
    case Mark::mismatch:
      return "mismatch";
    case Mark::mislabelled:
      return "mislabelled";
    case Mark::not_found:
      return "not found";
  }
  return "";
}

std::size_t GroundingResult::count(Mark m) const {
  std::size_t n = 0;
  for (const auto& c : numbers) n += c.mark == m ? 1 : 0;
  return n;
}

std::optional<double> GroundingResult::supported() const {
  if (numbers.empty()) return std::nullopt;
  std::size_t n = 0;
  for (const auto& c : numbers)
    n += c.mark == Mark::verified || c.mark == Mark::derived || c.holds ? 1 : 0;
  return static_cast<double>(n) / static_cast<double>(numbers.size());
}

std::optional<double> GroundingResult::verified_share() const {
  if (numbers.empty()) return std::nullopt;
  return static_cast<double>(count(Mark::verified)) / static_cast<double>(numbers.size());
}

std::string share_text(const std::optional<double>& share, std::size_t checked) {
  if (!share) return "n/a (no number to check)";
  return fmt::format("{:.1f} % of {} number(s)", *share * 100, checked);
}

namespace {
// "(n = 3)" annotates the figures of its line with how many values they are over: it holds when a
// figure of the same line, labelled with that annotation, was derived over exactly that many
// values of the data (the derivation prefers the set of the stated size).
// Whether two raw measurements are of one quantity (a catch-all metric: of one source name too).
bool same_quantity(const Observation& a, const Observation& b) {
  return a.metric == b.metric && (!is_catch_all_metric(a.metric) || a.name == b.name);
}

// How many raw measurements of the quantity `f` rests on the files of `files` hold.
std::size_t raw_count(const Observation& f, const std::set<std::string>& files,
                      const std::vector<Observation>& data) {
  std::size_t n = 0;
  for (const auto& o : data) {
    n +=
        o.value && o.statistic == "sample" && files.contains(o.file) && same_quantity(o, f) ? 1 : 0;
  }
  return n;
}

// The figures of one line that are raw measurements of the quantity of `f`, or derived from them.
bool raw_sample(const CheckedNumber& g, const Observation& f) {
  return (g.mark == Mark::verified || g.mark == Mark::derived) && g.evidence &&
         g.evidence->statistic == "sample" && !g.evidence->metric.empty() &&
         same_quantity(*g.evidence, f);
}

void confirm_counts(std::vector<CheckedNumber>& numbers, const std::vector<Observation>& data) {
  for (std::size_t k = 0; k < numbers.size(); ++k) {
    auto& n = numbers[k];
    // "n = 3" (label "n") or "(n=3)" after a figure (its label and "count").
    if (n.mark != Mark::not_found || !is_count(n.claim)) continue;
    const std::string over = "of " + n.claim.text + " value(s)";
    const std::string annotation = "(n = " + n.claim.text + ")";
    const auto confirm = [&](const CheckedNumber& f, const std::string& why) {
      n.mark = Mark::derived;
      n.evidence = f.evidence;
      n.note = why + " (" + f.note + ")";
    };
    // "12.0 ms mean (95 % CI ..., n = 3)": the figure before it on the line is over that many.
    for (std::size_t b = k; b-- > 0 && numbers[b].claim.line == n.claim.line;) {
      const auto& f = numbers[b];
      if (f.mark != Mark::derived || f.note.find(over) == std::string::npos) continue;
      confirm(f, "the number of values " + f.claim.text + " is derived over");
      break;
    }
    if (n.mark != Mark::not_found) continue;
    for (const auto& f : numbers) {
      if (&f == &n || f.claim.line != n.claim.line || f.mark != Mark::derived) continue;
      // "(n = 8)" after the subject: a figure of the line labelled with that annotation.
      if (f.claim.label.find(annotation) != std::string::npos &&
          f.note.find(over) != std::string::npos) {
        confirm(f, "the number of values " + f.claim.text + " is derived over");
        break;
      }
      // "(raw measurements, n = 6, ...)" of a ranking: the values Welch's test compared.
      const auto at = f.note.find("between the ");
      if (at == std::string::npos) continue;
      std::size_t a = 0, b = 0;
      if (std::sscanf(f.note.c_str() + at, "between the %zu and %zu values", &a, &b) == 2 &&
          std::to_string(a + b) == n.claim.text) {
        confirm(f, "the number of values Welch's test compared");
        break;
      }
    }
    if (n.mark != Mark::not_found) continue;
    // "No best TTFT (raw measurements, n = 8): ..." followed by single measurements: the number
    // of raw measurements of the quantity those figures are.
    for (const auto& f : numbers) {
      if (f.claim.line != n.claim.line || !f.evidence || !raw_sample(f, *f.evidence)) continue;
      std::set<std::string> files;  // the files the line's measurements of it come from
      for (const auto& g : numbers) {
        if (g.claim.line == n.claim.line && raw_sample(g, *f.evidence))
          files.insert(g.evidence->file);
      }
      if (std::to_string(raw_count(*f.evidence, files, data)) == n.claim.text) {
        confirm(f, "the number of raw measurements of the quantity " + f.claim.text + " is one of");
        break;
      }
    }
  }
}
}  // namespace

GroundingResult check_grounding(std::string_view text, const std::vector<Observation>& data) {
  GroundingResult r;
  const auto claims = extract_claims(text, &r.skipped);
  // One name per configuration, as the findings name them (a configuration label seen with one
  // model or quantization only is that model's): "Q4_K_M / num_gpu=80 ..." is that row's too.
  const auto unified = unify_configurations(data);
  const Checker checker(unified);
  for (const auto& c : claims) r.numbers.push_back(checker.check(c));
  confirm_counts(r.numbers, unified);
  return r;
}

}  // namespace chimera::analysis
