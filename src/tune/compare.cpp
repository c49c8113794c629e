#include "chimera/tune/compare.hpp"

#include <fmt/format.h>

#include <fstream>
#include <sstream>

#include "chimera/core/json_reader.hpp"
#include "chimera/report/html.hpp"
#include "chimera/store/location.hpp"
#include "chimera/store/results_store.hpp"
#include "chimera/store/trial_store.hpp"
#include "chimera/tune/objective.hpp"
#include "chimera/tune/sweep.hpp"

namespace chimera::tune {
namespace {

// Collects the numbers of array elements by path, dropping warm-up and failed elements.
class Flatten final : public json::JsonVisitor {
 public:
  std::map<std::string, std::vector<double>> out;

  void begin_object() override {
    push(false);
    if (element_depth_ == 0 && in_array_top()) begin_element();
  }
  void end_object() override { pop(); }
  void begin_array() override { push(true); }
  void end_array() override { pop(); }
  void key(std::string_view k) override { stack_.back().key = k; }
  void scalar(json::JsonScalar kind, std::string_view text, double number, std::size_t) override {
    if (element_depth_ == 0 || arrays_inside_element() > 0) return;
    const std::string& k = stack_.back().key;
    if ((k == "warmup" && text == "true") || (k == "ok" && text == "false")) drop_ = true;
    if (kind != json::JsonScalar::number || stack_.back().is_array) return;
    if (k == "index" || k == "run") return;  // which request or run, not a measurement
    for (const auto& f : stack_) {  // nanosecond timestamps are positions, not measurements
      if (f.key.size() > 3 && f.key.compare(f.key.size() - 3, 3, "_ns") == 0) return;
    }
    pending_.emplace_back(path(), number);
  }

 private:
  struct Frame {
    bool is_array;
    std::string key;
  };
  bool in_array_top() const { return stack_.size() >= 2 && stack_[stack_.size() - 2].is_array; }
  std::size_t arrays_inside_element() const {
    std::size_t n = 0;
    for (std::size_t i = element_depth_; i < stack_.size(); ++i) n += stack_[i].is_array;
    return n;
  }
  void begin_element() {
    element_depth_ = stack_.size();
    pending_.clear();
    drop_ = false;
  }
  void push(bool is_array) { stack_.push_back({is_array, {}}); }
  void pop() {
    if (element_depth_ != 0 && stack_.size() == element_depth_) {
      if (!drop_) {
        for (auto& [p, v] : pending_) out[p].push_back(v);
      }
      pending_.clear();
      element_depth_ = 0;
    }
    stack_.pop_back();
  }
  std::string path() const {
    std::string p;
    for (const auto& f : stack_) {
      if (!f.is_array && !f.key.empty()) p += (p.empty() ? "" : ".") + f.key;
    }
    return p;
  }
  std::vector<Frame> stack_;
  std::size_t element_depth_ = 0;  // stack size of the current array element (0: none)
  std::vector<std::pair<std::string, double>> pending_;
  bool drop_ = false;
};

Result<std::string> slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in)
    return Error{ErrorCode::io, "cannot read '" + p.string() + "'",
                 "give a results store (.db) or a JSON / JSONL file from probe or agents"};
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A store without sweeps: the concurrent runs of its latest `chimera agents` invocation, one
// element per run (wall_s, speedup, efficiency_pct, ...), as if its summary.json were given.
Result<SampleSet> agents_from_store(const std::filesystem::path& path) {
  auto rs = store::ResultsStore::open(path);
  if (!rs) return rs.error();
  auto recs = rs.value()->records("agents.run");
  if (!recs) return recs.error();
  if (recs.value().empty()) {
    auto runs = rs.value()->records("run.comparison");
    return Error{ErrorCode::input,
                 "'" + store::display_location(path.string()) +
                     "' holds no sweep and no agents run" +
                     (runs && !runs.value().empty() ? " (it holds chimera run comparisons)" : ""),
                 "compare stores written by chimera sweep or agents, or JSON from probe or "
                 "agents; a chimera run comparison is shown by: chimera report " +
                     store::display_location(path.string())};
  }
  const std::string latest = recs.value().back().invocation;
  std::string array = "{\"runs\":[";  // named as in summary.json, so the two compare
  std::size_t n = 0;
  for (const auto& r : recs.value()) {
    if (r.invocation != latest) continue;
    array += (n++ ? "," : "") + r.json;
  }
  Flatten f;
  if (auto err = json::read_json(array + "]}", f))
    return Error{
        ErrorCode::input,
        "'" + store::display_location(path.string()) + "': a stored agents run is not JSON",
        "the store is damaged; re-run chimera agents"};
  SampleSet s;
  s.source = fmt::format("{} (agents invocation {}, {} run(s))",
                         store::display_location(path.string()), latest, n);
  s.metrics = std::move(f.out);
  return s;
}

Result<SampleSet> from_store(const std::filesystem::path& path, const std::string& sweep) {
  auto db = store::TrialStore::open(path);
  if (!db) return db.error();
  auto sweeps = db.value()->sweeps();
  if (!sweeps) return sweeps.error();
  if (sweeps.value().empty() && sweep.empty()) return agents_from_store(path);
  if (sweeps.value().empty())
    return Error{ErrorCode::input,
                 "'" + store::display_location(path.string()) + "' holds no sweep",
                 "compare stores written by chimera sweep, or JSON from probe or agents"};
  const store::SweepRow* s = &sweeps.value().back();
  if (!sweep.empty()) {
    s = nullptr;
    for (const auto& r : sweeps.value()) {
      if (r.id == sweep) s = &r;
    }
    if (!s)
      return Error{ErrorCode::usage,
                   "no sweep '" + sweep + "' in '" + store::display_location(path.string()) + "'",
                   "list them with: chimera report " + store::display_location(path.string())};
  }
  auto obj = objective_of(*s);
  if (!obj) return obj.error();
  auto trials = db.value()->trials(s->id);
  if (!trials) return trials.error();
  const auto points = summarize(trials.value(), obj.value());
  const auto best = best_point(points);
  if (!best)
    return Error{ErrorCode::input,
                 "sweep " + s->id + " in '" + store::display_location(path.string()) +
                     "' has no successful point",
                 "nothing to compare"};
  SampleSet out;
  out.source = fmt::format("{} (sweep {}, best point {})", store::display_location(path.string()),
                           s->id, points[*best].key);
  for (const auto& t : trials.value()) {
    if (!t.ok || t.point != points[*best].key) continue;
    for (const auto& [k, v] : parse_metrics(t.metrics_json)) out.metrics[k].push_back(v);
  }
  return out;
}

}  // namespace

int metric_direction(std::string_view name) {
  const auto dot = name.rfind('.');
  const std::string_view leaf = dot == std::string_view::npos ? name : name.substr(dot + 1);
  if (const auto m = metric_info(leaf)) return m->direction;
  const auto has = [&](std::string_view s) { return leaf.find(s) != std::string_view::npos; };
  const auto ends = [&](std::string_view s) {
    return leaf.size() >= s.size() && leaf.compare(leaf.size() - s.size(), s.size(), s) == 0;
  };
  if (has("tok_s") || has("efficiency") || has("speedup") || has("goodput") || has("rps")) return 1;
  if (ends("_ms") || ends("_s") || has("slowdown")) return -1;
  return 0;
}

Result<SampleSet> load_samples(const std::filesystem::path& path, const std::string& sweep) {
  if (store::is_postgres_url(path.string())) return from_store(path, sweep);
  auto text = slurp(path);
  if (!text) return text.error();
  if (text.value().rfind("SQLite format 3", 0) == 0) return from_store(path, sweep);
  Flatten f;
  const std::string& t = text.value();
  auto err = json::read_json(t, f);
  if (err) {  // JSON Lines: each line one element of an implicit array
    Flatten lines;
    lines.begin_array();
    std::istringstream in(t);
    std::size_t n = 0;
    for (std::string line; std::getline(in, line);) {
      ++n;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      if (auto e = json::read_json(line, lines))
        return Error{
            ErrorCode::input,
            fmt::format("'{}' is neither JSON nor JSON Lines: {}", path.string(),
                        n == 1 ? err->describe() : fmt::format("line {}: {}", n, e->describe())),
            "give a results store or the JSON written by probe, run or agents"};
    }
    lines.end_array();
    f = std::move(lines);
  }
  SampleSet s;
  s.source = path.string();
  s.metrics = std::move(f.out);
  if (s.metrics.empty())
    return Error{ErrorCode::input, "'" + path.string() + "' holds no repeated measurements",
                 "compare JSON with per-request or per-run records (probe --format json, "
                 "agents' summary.json) or a results store (a chimera run's metrics.json is "
                 "already a comparison: its comparison_report.md shows it)"};
  return s;
}

std::size_t Comparison::regressions() const {
  std::size_t n = 0;
  for (const auto& r : rows) n += r.regression;
  return n;
}

Comparison compare(const SampleSet& base, const SampleSet& cand, double alpha,
                   std::optional<double> fail_pct) {
  Comparison c;
  c.base = base.source;
  c.candidate = cand.source;
  c.alpha = alpha;
  c.fail_pct = fail_pct;
  for (const auto& [name, a] : base.metrics) {
    const auto it = cand.metrics.find(name);
    if (it == cand.metrics.end()) continue;
    MetricComparison m;
    m.metric = name;
    m.direction = metric_direction(name);
    m.n_base = a.size();
    m.n_candidate = it->second.size();
    m.welch = stats::welch(a, it->second);
    if (m.welch) {
      m.significant = m.welch->p_value < alpha;
      m.worse = m.direction != 0 && m.welch->delta * m.direction < 0;
      const double pct = m.welch->delta_pct ? std::fabs(*m.welch->delta_pct) : 0;
      m.regression = m.significant && m.worse && (!fail_pct || pct >= *fail_pct);
      m.verdict = stats::verdict(*m.welch, alpha);
    } else {
      m.verdict = "fewer than 2 samples on a side: no test";
    }
    c.rows.push_back(std::move(m));
  }
  return c;
}

std::string comparison_markdown(const Comparison& c) {
  std::string s = fmt::format(
      "# Chimera Insight: comparison\n\n**Base:** {}\n**Candidate:** {}\n**Test:** Welch's t-test, "
      "alpha = {}{}\n\n",
      c.base, c.candidate, c.alpha,
      c.fail_pct ? fmt::format("; a regression is a significant change for the worse of at least "
                               "{} %",
                               *c.fail_pct)
                 : "");
  s += "| metric | better | n base | n cand | base mean | cand mean | delta | delta % | 95 % CI "
       "of delta | p | verdict |\n|---|---|---:|---:|---:|---:|---:|---:|---|---:|---|\n";
  for (const auto& r : c.rows) {
    const char* better = r.direction > 0 ? "higher" : r.direction < 0 ? "lower" : "?";
    if (!r.welch) {
      s += fmt::format("| {} | {} | {} | {} | n/a | n/a | n/a | n/a | n/a | n/a | {} |\n", r.metric,
                       better, r.n_base, r.n_candidate, r.verdict);
      continue;
    }
    const auto& w = *r.welch;
    s += fmt::format(
        "| {} | {} | {} | {} | {:.4g} | {:.4g} | {:+.4g} | {} | {:.4g} to {:.4g} | "
        "{:.3g} | {}{} |\n",
        r.metric, better, r.n_base, r.n_candidate, w.mean_a, w.mean_b, w.delta,
        w.delta_pct ? fmt::format("{:+.2f} %", *w.delta_pct) : "n/a", w.ci_low, w.ci_high,
        w.p_value, r.regression ? "**REGRESSION** " : "", r.verdict);
  }
  s += fmt::format("\n{} metric(s) compared, {} regression(s).\n", c.rows.size(), c.regressions());
  return s;
}

std::string comparison_junit(const Comparison& c) {
  const auto esc = [](const std::string& in) { return report::html::esc(in); };  // XML-safe too

  std::string s = fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n<testsuite name=\"chimera "
      "compare\" tests=\"{}\" failures=\"{}\">\n",
      c.rows.size(), c.regressions());
  for (const auto& r : c.rows) {
    s += fmt::format("<testcase classname=\"chimera.compare\" name=\"{}\">", esc(r.metric));
    if (r.regression) {
      s += fmt::format("<failure message=\"{}\">{}</failure>",
                       esc(fmt::format("{} regressed: {:+.2f} % (p = {:.3g})", r.metric,
                                       r.welch->delta_pct.value_or(0), r.welch->p_value)),
                       esc(r.verdict));
    }
    s += fmt::format("<system-out>{}</system-out></testcase>\n", esc(r.verdict));
  }
  return s + "</testsuite>\n</testsuites>\n";
}

}  // namespace chimera::tune
