#include "chimera/tune/sweep_report.hpp"

#include <fmt/format.h>

#include "chimera/core/json_fields.hpp"
#include "chimera/core/text.hpp"

#include <set>
#include <sstream>

#include "chimera/core/json_reader.hpp"
#include "chimera/core/json_writer.hpp"
#include "chimera/core/numeric.hpp"
#include "chimera/core/version.hpp"
#include "chimera/report/html.hpp"
#include "chimera/tune/strategy.hpp"

namespace chimera::tune {
std::string with_ci(const PointSummary& p, const std::string& metric) {
  const auto m = p.mean.find(metric);
  if (m == p.mean.end()) return p.ok == 0 ? "n/a (failed)" : "n/a (not reported)";
  const auto ci = p.ci.find(metric);
  if (ci == p.ci.end()) return numeric::format_figure(m->second);
  return fmt::format(
      "{} [{}, {}]{}", numeric::format_figure(m->second), numeric::format_figure(ci->second.first),
      numeric::format_figure(ci->second.second), p.ci_log.count(metric) ? " (log scale)" : "");
}

namespace {

// " NAME" when the sweep was given a name other than the default "sweep".
std::string display_name(const SweepView& v) {
  return v.sweep.name.empty() || v.sweep.name == "sweep" ? "" : " " + v.sweep.name;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string o = "\"";
  for (const char c : s) o += c == '"' ? std::string("\"\"") : std::string(1, c);
  return o + "\"";
}

// The "params" array of a sweep definition.
class ParamsVisitor final : public json::JsonVisitor {
 public:
  std::vector<std::string> params;
  void begin_object() override { ++depth_; }
  void end_object() override { --depth_; }
  void begin_array() override { ++depth_; }
  void end_array() override {
    --depth_;
    in_params_ = false;
  }
  void key(std::string_view k) override {
    if (depth_ == 1) in_params_ = k == "params";
  }
  void scalar(json::JsonScalar kind, std::string_view text, double, std::size_t) override {
    if (in_params_ && depth_ == 2 && kind == json::JsonScalar::string) params.emplace_back(text);
  }

 private:
  int depth_ = 0;
  bool in_params_ = false;
};

// The model-based pick among the evaluated points, when the space can be rebuilt.
std::optional<std::size_t> model_pick(const SweepView& v) {
  ParamsVisitor pv;
  if (json::read_json(v.sweep.definition_json, pv) || pv.params.empty()) return std::nullopt;
  const auto space = make_space(pv.params);
  if (!space) return std::nullopt;
  std::vector<Observed> h;
  std::vector<std::size_t> index;
  for (std::size_t i = 0; i < v.points.size(); ++i) {
    const auto p = space.value().parse_key(v.points[i].key);
    if (!p) return std::nullopt;
    h.push_back({*p, v.points[i].score});
    index.push_back(i);
  }
  const auto r = recommend(space.value(), h);
  if (!r) return std::nullopt;
  for (std::size_t i = 0; i < h.size(); ++i) {
    if (h[i].point == *r) return index[i];
  }
  return std::nullopt;
}

}  // namespace

Result<SweepView> load_sweep(store::TrialStore& st, const std::string& id) {
  auto sweeps = st.sweeps();
  if (!sweeps) return sweeps.error();
  if (sweeps.value().empty())
    return Error{ErrorCode::input, "the store holds no sweep",
                 "run chimera sweep --store FILE first"};
  SweepView v;
  bool found = id.empty();
  v.sweep = sweeps.value().back();
  for (const auto& s : sweeps.value()) {
    if (s.id == id) v.sweep = s, found = true;
  }
  if (!found) {
    std::string ids;
    for (const auto& s : sweeps.value())
      ids += (ids.empty() ? "" : ", ") + s.id + " (" + s.name + ")";
    return Error{ErrorCode::usage, "no sweep '" + id + "' in the store", "the store holds: " + ids};
  }
  auto obj = objective_of(v.sweep);
  if (!obj) return obj.error();
  v.objective = obj.value();
  auto trials = st.trials(v.sweep.id);
  if (!trials) return trials.error();
  v.trials = std::move(trials.value());
  v.points = summarize(v.trials, v.objective);
  v.best = best_point(v.points);
  v.ranking = rank_points(v.points);
  if (v.ranking.leader) v.best = v.ranking.leader;
  v.recommended = model_pick(v);
  if (v.objective.metrics.size() > 1) v.front = pareto(v.points, v.objective);
  return v;
}

void mark_incomplete(SweepView& v, std::string reason) {
  v.incomplete = std::move(reason);
  v.ranking.best.reset();
  v.recommended.reset();
}

// Whether noise can tell the leading point from the others, in one paragraph.
std::string leadership(const SweepView& v) {
  const auto& r = v.ranking;
  if (!r.leader) return "No point has a score to rank.";
  if (!v.incomplete.empty())
    return "Not called best: the sweep is incomplete (" + v.incomplete + ").";
  const auto key = [&](std::size_t i) { return "`" + v.points[i].key + "`"; };
  if (!r.runner_up) return "It is the only point with a score: nothing to compare it with.";
  if (r.best) {
    return fmt::format(
        "It is separated from the runner-up {} (Welch p = {:.2g} on the trials' "
        "scores): the difference is not noise.",
        key(*r.runner_up), *r.p_runner_up);
  }
  std::string tied;
  for (std::size_t k = 1; k < r.tied.size(); ++k) tied += (k > 1 ? ", " : "") + key(r.tied[k]);
  std::string why;
  if (v.points[*r.leader].scores.size() < 2) {
    why =
        "One trial per point: the noise is unknown. Repeat (--repeats 3 or --ci-target) to rank "
        "the points.";
  } else if (r.identical) {
    why = "Their mean scores are equal: more trials would not separate them.";
  } else if (r.samples_needed) {
    why = fmt::format("About {} trials per point would tell it from {} (5 % test, 80 % power).",
                      *r.samples_needed, key(*r.closest_tied));
  }
  return fmt::format("Not the best: it is tied within noise with {} other point(s) ({}). {}",
                     r.tied.size() - 1, tied, why);
}

std::string sweep_markdown(const SweepView& v) {
  const auto& o = v.objective;
  std::string objective;
  for (std::size_t i = 0; i < o.metrics.size(); ++i) {
    objective += (i ? ", " : "") +
                 std::string(metric_info(o.metrics[i])->direction > 0 ? "maximise " : "minimise ") +
                 o.metrics[i];
    if (o.metrics.size() > 1)
      objective += fmt::format(" (weight {})", numeric::format_double(o.weights[i]));
  }
  std::string cons;
  for (const auto& c : o.constraints) cons += (cons.empty() ? "" : ", ") + c.text;
  std::size_t failed = 0;
  for (const auto& t : v.trials) failed += !t.ok;
  std::string s = fmt::format(
      "# Chimera Insight: sweep{}\n\n**Sweep:** {} (created {})\n**Objective:** {}{}\n"
      "**Constraints:** {}\n**Trials:** {} ({} failed) over {} point(s)\n\n",
      display_name(v), v.sweep.id, v.sweep.created, objective,
      o.metrics.size() > 1 ? " — composite: weighted mean of direction x log(value)" : "",
      cons.empty() ? "none" : cons, v.trials.size(), failed, v.points.size());
  if (!v.incomplete.empty()) s += "**Incomplete:** " + v.incomplete + "\n\n";
  if (v.best) {
    const auto& b = v.points[*v.best];
    const bool separated = v.ranking.best.has_value();
    s += fmt::format("## {} configuration\n\n`{}` — ", separated ? "Best" : "Leading", b.key);
    for (std::size_t i = 0; i < o.metrics.size(); ++i)
      s += fmt::format("{}{}: {}", i ? ", " : "", o.metrics[i], with_ci(b, o.metrics[i]));
    s += fmt::format(
        " (mean [95 % CI] over {} successful trial(s))\n\n{}\n\nReproduce it:\n\n```sh\n{}"
        "\n```\n\n",
        b.ok, leadership(v), reproduce_command(v.sweep.command, b));
    if (v.recommended && v.recommended != v.best) {
      const auto& r = v.points[*v.recommended];
      s += fmt::format(
          "Model-based pick: `{}` (the Gaussian-process posterior mean over all points, which "
          "discounts lucky single measurements, ranks it first; measured {}: {}).\n\n",
          r.key, o.metrics[0], with_ci(r, o.metrics[0]));
    }
  } else {
    s += "## Best configuration\n\nNone: no point succeeded and met every constraint.\n\n";
  }
  if (!v.front.empty()) {
    s += "## Pareto front\n\nNo other point is at least as good on every objective and better on "
         "one:\n\n";
    for (const auto i : v.front) {
      s += "- `" + v.points[i].key + "`:";
      for (const auto& m : o.metrics) s += " " + m + " " + with_ci(v.points[i], m) + ";";
      s += "\n";
    }
    s += "\n";
  }
  // Every point, with the objective metrics first, then the other metrics seen.
  std::vector<std::string> cols = o.metrics;
  std::set<std::string> seen(cols.begin(), cols.end());
  for (const auto& p : v.points) {
    for (const auto& [k, _] : p.mean) {
      if (seen.insert(k).second) cols.push_back(k);
    }
  }
  s += "## All points\n\nValues are means over the successful trials, with the 95 % interval when "
       "there "
       "are two or more.\n\n| # | point | trials ok | feasible |";
  std::string rule = "|---:|---|---:|---|";
  for (const auto& c : cols) s += " " + c + " |", rule += "---:|";
  s += " error |\n" + rule + "---|\n";
  for (std::size_t i = 0; i < v.points.size(); ++i) {
    const auto& p = v.points[i];
    s += fmt::format("| {}{} | {} | {}/{} | {} |", i + 1,
                     v.best && *v.best == i ? (v.ranking.best ? " (best)" : " (leader)") : "",
                     text::markdown_cell(p.key), p.ok, p.trials, p.feasible ? "yes" : "no");
    for (const auto& c : cols) s += " " + with_ci(p, c) + " |";
    s += " " + text::markdown_cell(p.last_error) + " |\n";
  }
  s += "\nMetric definitions:\n";
  for (const auto& m : metric_catalog()) s += fmt::format("- `{}`: {}\n", m.name, m.meaning);
  return s;
}

std::string sweep_json(const SweepView& v) {
  std::ostringstream ss;
  JsonWriter w(ss);
  w.begin_object();
  w.key("schema_version").value(1);
  w.key("tool").value(version_line());
  w.key("sweep").value(v.sweep.id);
  w.key("name").value(v.sweep.name);
  w.key("created").value(v.sweep.created);
  w.key("definition");
  w.raw(v.sweep.definition_json.empty() ? "null" : v.sweep.definition_json);
  w.key("objective").begin_array();
  for (const auto& m : v.objective.metrics) w.value(m);
  w.end_array();
  w.key("incomplete").value(v.incomplete);
  // "best" only when the data separates it from every other point; "leader" has the best mean.
  w.key("best");
  if (v.ranking.best) {
    w.value(v.points[*v.ranking.best].key);
  } else {
    w.null();
  }
  w.key("leader");
  if (v.best) {
    w.value(v.points[*v.best].key);
    w.key("reproduce").value(reproduce_command(v.sweep.command, v.points[*v.best]));
    w.key("tied_with").begin_array();
    for (std::size_t k = 1; k < v.ranking.tied.size(); ++k)
      w.value(v.points[v.ranking.tied[k]].key);
    w.end_array();
    w.key("leadership").value(leadership(v));
  } else {
    w.null();
  }
  w.key("recommended");
  if (v.recommended) {
    w.value(v.points[*v.recommended].key);
  } else {
    w.null();
  }
  w.key("pareto").begin_array();
  for (const auto i : v.front) w.value(v.points[i].key);
  w.end_array();
  w.key("points").begin_array();
  for (const auto& p : v.points) {
    w.begin_object();
    w.key("point").value(p.key);
    w.key("model").value(p.model);
    w.key("options");
    w.raw(p.options_json.empty() ? "{}" : p.options_json);
    w.key("trials").value(p.trials);
    w.key("ok").value(p.ok);
    w.key("feasible").value(p.feasible);
    w.key("score").value(p.score);
    w.key("mean").begin_object();
    for (const auto& [k, x] : p.mean) w.key(k).value(x);
    w.end_object();
    w.key("ci95").begin_object();
    for (const auto& [k, x] : p.ci) {
      w.key(k).begin_array();
      w.value(x.first);
      w.value(x.second);
      w.end_array();
    }
    w.end_object();
    w.key("last_error").value(p.last_error);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  w.flush();
  return ss.str() + "\n";
}

std::string sweep_csv(const SweepView& v) {
  std::set<std::string> names;
  for (const auto& t : v.trials) {
    for (const auto& [k, _] : parse_metrics(t.metrics_json)) names.insert(k);
  }
  std::string s = "sweep,point,rep,ok,model,options,started,seconds,error";
  for (const auto& n : names) s += "," + n;
  s += "\n";
  for (const auto& t : v.trials) {
    s += fmt::format("{},{},{},{},{},{},{},{},{}", t.sweep, csv_field(t.point), t.rep, t.ok ? 1 : 0,
                     csv_field(t.model), csv_field(t.options_json), t.started,
                     numeric::format_double(t.seconds), csv_field(t.error));
    const auto m = parse_metrics(t.metrics_json);
    for (const auto& n : names) {
      const auto it = m.find(n);
      s += "," + (it == m.end() ? std::string() : numeric::format_double(it->second));
    }
    s += "\n";
  }
  return s;
}

std::string sweep_html(const SweepView& v) {
  return sweep_page(v).finish();
}

report::html::Page sweep_page(const SweepView& v) {
  namespace h = report::html;
  const auto& o = v.objective;
  const std::string primary = o.metrics.front();
  const int dir = metric_info(primary)->direction;
  h::Page page("Chimera Insight: sweep" + display_name(v));
  std::string cons;
  for (const auto& c : o.constraints) cons += (cons.empty() ? "" : ", ") + c.text;
  page.paragraph(fmt::format(
      "Sweep {} (created {}): {} trial(s) over {} point(s). Objective: {}. "
      "Constraints: {}.",
      v.sweep.id, v.sweep.created, v.trials.size(), v.points.size(),
      [&] {
        std::string t;
        for (const auto& m : o.metrics) t += (t.empty() ? "" : ", ") + m;
        return t;
      }(),
      cons.empty() ? "none" : cons));
  std::string best;
  if (v.best) {
    const auto& b = v.points[*v.best];
    best += h::p(std::string(v.ranking.best ? "Best" : "Leading") + " configuration: " + b.key +
                 " — " + primary + " " + with_ci(b, primary) + " (mean [95 % CI] over " +
                 std::to_string(b.ok) + " trial(s)). " + leadership(v));
    best += h::pre(reproduce_command(v.sweep.command, b));
    if (v.recommended && v.recommended != v.best)
      best += h::p("Model-based pick (Gaussian-process posterior mean): " +
                   v.points[*v.recommended].key);
  } else {
    best += h::p("No point succeeded and met every constraint.");
  }
  if (!v.incomplete.empty())
    best = "<p class=\"warn\">" + h::esc("Incomplete: " + v.incomplete) + "</p>" + best;
  page.section("Best configuration", best);
  // Heat map over the first two dimensions with more than one value.
  ParamsVisitor pv;
  std::string charts;
  std::optional<Space> space;
  if (!json::read_json(v.sweep.definition_json, pv)) {
    auto sp = make_space(pv.params);
    if (sp) space = sp.value();
  }
  std::vector<std::size_t> dims;
  if (space) {
    for (std::size_t i = 0; i < space->dims.size() && dims.size() < 2; ++i) {
      if (space->dims[i].values.size() > 1) dims.push_back(i);
    }
  }
  if (space && dims.size() == 2) {
    const auto& dx = space->dims[dims[1]];
    const auto& dy = space->dims[dims[0]];
    std::vector<std::vector<std::optional<double>>> grid(
        dy.values.size(), std::vector<std::optional<double>>(dx.values.size()));
    for (const auto& p : v.points) {
      const auto pt = space->parse_key(p.key);
      const auto m = p.mean.find(primary);
      if (!pt || m == p.mean.end()) continue;
      auto& cell = grid[(*pt)[dims[0]]][(*pt)[dims[1]]];
      if (!cell || (dir > 0 ? m->second > *cell : m->second < *cell)) cell = m->second;
    }
    charts += h::heat_map("sweep-heatmap",
                          primary + " over " + dy.name + " and " + dx.name +
                              (space->dims.size() > 2 ? " (best over the other dimensions)" : ""),
                          dx.name, dy.name, dx.values, dy.values, grid, primary, dir > 0);
  } else if (space && dims.size() == 1) {
    std::vector<h::Bar> bars;
    for (const auto& p : v.points) {
      const auto m = p.mean.find(primary);
      if (m == p.mean.end()) continue;
      const auto ci = p.ci.find(primary);
      bars.push_back({p.key, m->second, ci == p.ci.end() ? std::nullopt : std::optional(ci->second),
                      v.best && &p == &v.points[*v.best] ? 1 : 0});
    }
    charts += h::bar_chart("sweep-bars", primary + " per point (95 % CI)", primary, bars);
  }
  // Pareto front of the first two objectives, or the objective against TTFT.
  const std::string other = o.metrics.size() > 1
                                ? o.metrics[1]
                                : (primary == "ttft_p50_ms" ? "decode_tok_s" : "ttft_p50_ms");
  std::vector<h::Dot> dots;
  std::set<std::size_t> front(v.front.begin(), v.front.end());
  for (std::size_t i = 0; i < v.points.size(); ++i) {
    const auto& p = v.points[i];
    const auto a = p.mean.find(other), b = p.mean.find(primary);
    if (a == p.mean.end() || b == p.mean.end()) continue;
    dots.push_back(
        {p.key, a->second, b->second, o.metrics.size() > 1 ? front.count(i) > 0 : v.best == i});
  }
  charts += h::scatter("sweep-pareto",
                       o.metrics.size() > 1 ? "Pareto front: " + primary + " against " + other
                                            : primary + " against " + other,
                       other, primary, dots,
                       o.metrics.size() > 1         ? "Pareto front"
                       : v.ranking.best.has_value() ? "best (separated from the rest)"
                                                    : "leader (tied within noise)");
  page.section("Charts", charts);
  h::Table t{
      {"#", "point", "trials ok", "trials", "feasible"}, {}, {true, false, true, true, false}};
  std::vector<std::string> cols = o.metrics;
  std::set<std::string> seen(cols.begin(), cols.end());
  for (const auto& p : v.points) {
    for (const auto& [k, _] : p.mean) {
      if (seen.insert(k).second) cols.push_back(k);
    }
  }
  for (const auto& c : cols) t.header.push_back(c), t.numeric.push_back(true);
  t.header.push_back("error");
  t.numeric.push_back(false);
  for (std::size_t i = 0; i < v.points.size(); ++i) {
    const auto& p = v.points[i];
    std::vector<std::string> row = {std::to_string(i + 1), p.key, std::to_string(p.ok),
                                    std::to_string(p.trials), p.feasible ? "yes" : "no"};
    for (const auto& c : cols) row.push_back(with_ci(p, c));
    row.push_back(p.last_error);
    t.rows.push_back(std::move(row));
  }
  page.section("All points", h::table(t));
  // The context captured when the sweep started (stored in its definition), then the definition.
  std::vector<std::pair<std::string, std::string>> env;
  json::Fields f;
  if (!f.parse(v.sweep.definition_json)) {
    for (const auto& fld : f.all()) {
      if (fld.path.starts_with("context.")) env.emplace_back(fld.path.substr(8), fld.text);
    }
  }
  env.emplace_back("sweep definition", v.sweep.definition_json);
  page.environment(env);
  std::vector<std::pair<std::string, std::string>> defs;
  for (const auto& m : metric_catalog()) defs.emplace_back(m.name, m.meaning);
  page.definitions(defs);
  return page;
}

}  // namespace chimera::tune
