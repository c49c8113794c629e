#include "chimera/tune/sweep.hpp"
#include "chimera/store/location.hpp"

#include <fmt/format.h>

#include <chrono>
#include <map>
#include <set>
#include <sstream>

#include "chimera/core/json_reader.hpp"
#include "chimera/core/json_writer.hpp"
#include "chimera/core/numeric.hpp"
#include "chimera/core/text.hpp"
#include "chimera/stats/inference.hpp"
#include "chimera/stats/summary.hpp"
#include "chimera/telemetry/sampler.hpp"

namespace chimera::tune {
namespace {

std::string join(const std::vector<std::string>& v, const char* sep) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : sep) + x;
  return s;
}

std::string definition(const SweepOptions& o, bool with_shard) {
  std::ostringstream ss;
  JsonWriter w(ss, false);
  w.begin_object();
  w.key("name").value(o.name);
  w.key("params").begin_array();
  for (const auto& p : o.params) w.value(p);
  w.end_array();
  w.key("strategy").value(o.strategy);
  w.key("seed").value(static_cast<std::uint64_t>(o.seed));
  w.key("budget").value(static_cast<std::uint64_t>(o.budget));
  w.key("repeats").value(o.repeats);
  w.key("ci_target_pct").value(o.ci_target_pct);
  w.key("objective").begin_array();
  for (const auto& m : o.objective.metrics) w.value(m);
  w.end_array();
  w.key("weights").begin_array();
  for (const double x : o.objective.weights) w.value(x);
  w.end_array();
  w.key("constraints").begin_array();
  for (const auto& c : o.objective.constraints) w.value(c.text);
  w.end_array();
  if (with_shard) w.key("shard").value(fmt::format("{}/{}", o.shard.index, o.shard.count));
  w.key("model").value(o.model);
  w.key("fixed_options");
  w.raw(o.fixed_options.empty() ? "{}" : o.fixed_options);
  w.key("workload");
  w.raw(o.workload_json.empty() ? "{}" : o.workload_json);
  if (with_shard) {  // the stored definition (not the sweep's identity): where it was measured
    w.key("context").begin_object();
    for (const auto& [k, v] : telemetry::run_context()) w.key(k).value(v);
    w.end_object();
  }
  w.end_object();
  w.flush();
  return ss.str();
}

// Top-level numeric members of a JSON object.
class MetricsVisitor final : public json::JsonVisitor {
 public:
  Metrics out;
  void begin_object() override { ++depth_; }
  void end_object() override { --depth_; }
  void begin_array() override { ++depth_; }
  void end_array() override { --depth_; }
  void key(std::string_view k) override { key_ = k; }
  void scalar(json::JsonScalar kind, std::string_view, double number, std::size_t) override {
    if (depth_ == 1 && kind == json::JsonScalar::number) out[key_] = number;
  }

 private:
  int depth_ = 0;
  std::string key_;
};

// The objective's primary metric has an interval within target % of its mean.
bool tight_enough(const std::vector<double>& v, double target_pct) {
  const auto ci = stats::mean_ci(v);
  if (!ci || ci->mean == 0) return false;
  return (ci->high - ci->low) / 2 / std::fabs(ci->mean) * 100 <= target_pct;
}

}  // namespace

std::string definition_json(const SweepOptions& o) {
  return definition(o, true);
}

std::string sweep_id(const SweepOptions& o) {
  return text::fnv1a_hex(definition(o, false));
}

std::string metrics_json(const Metrics& m) {
  std::string s = "{";
  for (const auto& [k, v] : m) {
    if (s.size() > 1) s += ",";
    JsonWriter::append_string(s, k);
    s += ":" + numeric::format_double(v);
  }
  return s + "}";
}

Metrics parse_metrics(std::string_view j) {
  MetricsVisitor v;
  if (json::read_json(j, v)) return {};
  return v.out;
}

std::string reproduce_command(const std::string& tmpl, const PointSummary& p) {
  std::string s = tmpl;
  for (const auto& [k, v] :
       {std::pair{std::string("{model}"), text::shell_quote(p.model)},
        std::pair{std::string("{options}"), text::shell_quote(p.options_json)}}) {
    for (std::size_t at = 0; (at = s.find(k, at)) != std::string::npos; at += v.size())
      s.replace(at, k.size(), v);
  }
  return s;
}

Result<Objective> objective_of(const store::SweepRow& s) {
  const auto split = [](const std::string& t, char sep) {
    std::vector<std::string> out;
    std::string cur;
    for (const char c : t) {
      if (c == sep) {
        out.push_back(cur), cur.clear();
      } else {
        cur += c;
      }
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
  };
  std::vector<double> w;
  for (const auto& x : split(s.weights, ',')) {
    const auto v = numeric::parse_legacy(x);
    if (!v)
      return Error{ErrorCode::input, "sweep " + s.id + ": bad weights '" + s.weights + "'", ""};
    w.push_back(*v);
  }
  std::vector<Constraint> cs;
  for (const auto& c : split(s.constraints, ';')) {
    auto p = parse_constraint(c);
    if (!p) return p.error();
    cs.push_back(p.value());
  }
  return make_objective(split(s.objective, ','), w, cs);
}

std::vector<PointSummary> summarize(const std::vector<store::TrialRow>& trials,
                                    const Objective& objective) {
  std::vector<PointSummary> out;
  std::map<std::string, std::size_t> at;
  std::map<std::string, std::map<std::string, std::vector<double>>> samples;
  for (const auto& t : trials) {
    auto [it, fresh] = at.try_emplace(t.point, out.size());
    if (fresh) {
      PointSummary p;
      p.key = t.point;
      p.model = t.model;
      p.options_json = t.options_json;
      out.push_back(std::move(p));
    }
    auto& p = out[it->second];
    ++p.trials;
    if (!t.ok) {
      p.last_error = t.error;
      continue;
    }
    ++p.ok;
    const auto m = parse_metrics(t.metrics_json);
    for (const auto& [k, v] : m) samples[t.point][k].push_back(v);
    Objective unconstrained = objective;
    unconstrained.constraints.clear();
    if (const auto sc = score(unconstrained, m)) p.scores.push_back(*sc);
  }
  for (auto& p : out) {
    for (const auto& [k, v] : samples[p.key]) {
      p.mean[k] = stats::summarize(v)->mean;
      // Never below zero for a positive quantity: the log-scale interval there (said in reports).
      // An interval over 100x wide says nothing: none is kept (the mean stands alone).
      if (const auto mi = stats::mean_interval(v); mi && mi->ci && !mi->uninformative()) {
        p.ci[k] = {mi->ci->low, mi->ci->high};
        if (mi->log_scale) p.ci_log.insert(k);
      }
    }
    p.feasible = p.ok > 0 && feasible(objective, p.mean);
    p.score = p.ok > 0 ? score(objective, p.mean) : std::nullopt;
  }
  return out;
}

std::optional<std::size_t> best_point(const std::vector<PointSummary>& points) {
  std::optional<std::size_t> b;
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (points[i].score && (!b || *points[i].score > *points[*b].score)) b = i;
  }
  return b;
}

stats::Ranking rank_points(const std::vector<PointSummary>& points) {
  std::vector<stats::Candidate> c;
  std::vector<std::size_t> index;
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (!points[i].score || points[i].scores.empty()) continue;
    c.push_back({points[i].key, points[i].scores});
    index.push_back(i);
  }
  stats::Ranking r = stats::rank(c, true);
  const auto map = [&](std::optional<std::size_t>& x) {
    if (x) x = index[*x];
  };
  map(r.leader);
  map(r.best);
  map(r.runner_up);
  for (auto& t : r.tied) t = index[t];
  return r;
}

std::vector<std::size_t> pareto(const std::vector<PointSummary>& points, const Objective& o) {
  std::vector<Metrics> m;
  std::vector<std::size_t> idx;
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (points[i].ok == 0) continue;
    m.push_back(points[i].mean);
    idx.push_back(i);
  }
  std::vector<std::size_t> out;
  for (const auto k : pareto_front(o, m)) out.push_back(idx[k]);
  return out;
}

Result<SweepResult> run_sweep(const SweepOptions& o, const Evaluate& evaluate,
                              const std::function<void(double, const std::string&)>& progress) {
  double fraction = 0;
  const auto say = [&](const std::string& m) {
    if (progress) progress(fraction, m);
  };
  if (o.repeats < 1)
    return Error{ErrorCode::usage, "--repeats must be at least 1", "e.g. --repeats 3"};
  auto strategy = make_strategy(o.strategy, o.space, o.seed,
                                o.budget ? o.budget : o.space.grid_size(), o.shard);
  if (!strategy) return strategy.error();
  if (auto m = merge_options(o.fixed_options, o.space.options_json(Point(o.space.dims.size(), 0)));
      !m)
    return m.error();
  auto db = store::TrialStore::open(o.store);
  if (!db) return db.error();
  auto& st = *db.value();
  SweepResult res;
  res.sweep_id = sweep_id(o);
  auto existing = st.trials(res.sweep_id);
  if (!existing) return existing.error();
  if (o.shard.count > 1) {  // a store shared by the shards: only this shard's trials are ours
    const auto mine = grid_points(o.space, o.shard);
    const std::set<Point> ours(mine.begin(), mine.end());
    std::erase_if(existing.value(), [&](const store::TrialRow& t) {
      const auto p = o.space.parse_key(t.point);
      return !p || !ours.count(*p);
    });
  }
  if (!existing.value().empty() && !o.resume)
    return Error{ErrorCode::usage,
                 fmt::format("the store '{}' already holds {} trial(s) of this sweep ({})",
                             store::display_location(o.store.string()), existing.value().size(),
                             res.sweep_id),
                 "pass --resume to continue it, or --store NEW.db to start over"};
  std::string weights;
  for (const double w : o.objective.weights)
    weights += (weights.empty() ? "" : ",") + numeric::format_double(w);
  std::vector<std::string> ctexts;
  for (const auto& c : o.objective.constraints) ctexts.push_back(c.text);
  if (auto s =
          st.add_sweep({res.sweep_id, o.name, "", definition_json(o),
                        join(o.objective.metrics, ","), weights, join(ctexts, ";"), o.command});
      !s)
    return s.error();

  // What the store already holds, per point, in evaluation order.
  std::vector<Point> order;
  std::map<Point, std::vector<store::TrialRow>> done;
  for (const auto& t : existing.value()) {
    const auto p = o.space.parse_key(t.point);
    if (!p) continue;  // not of this space (cannot happen for the same sweep id)
    if (!done.count(*p)) order.push_back(*p);
    done[*p].push_back(t);
  }
  res.trials_kept = existing.value().size();
  if (res.trials_kept > 0)
    say(fmt::format("resuming sweep {}: {} trial(s) of {} point(s) already in {}", res.sweep_id,
                    res.trials_kept, order.size(), store::display_location(o.store.string())));

  const std::string primary = o.objective.metrics.front();
  const auto needs_more = [&](const std::vector<store::TrialRow>& rows) {
    if (static_cast<int>(rows.size()) >= o.repeats) return false;
    if (o.ci_target_pct && rows.size() >= 2) {
      std::vector<double> v;
      for (const auto& r : rows) {
        const auto m = parse_metrics(r.metrics_json);
        if (r.ok && m.count(primary)) v.push_back(m.at(primary));
      }
      if (v.size() >= 2 && tight_enough(v, *o.ci_target_pct)) return false;
    }
    return true;
  };
  const std::size_t planned =
      (o.budget ? std::min(o.budget, o.space.grid_size()) : grid_points(o.space, o.shard).size()) *
      static_cast<std::size_t>(o.repeats);
  const auto run_point = [&](const Point& p) -> Status {
    auto& rows = done[p];
    while (needs_more(rows)) {
      const int rep = static_cast<int>(rows.size());
      TrialOutcome t = evaluate(o.space, p, rep);
      if (t.fatal) return *t.fatal;
      if (t.interrupted) {
        res.interrupted = true;
        return ok_status();
      }
      store::TrialRow row;
      row.sweep = res.sweep_id;
      row.point = o.space.key(p);
      row.rep = rep;
      row.ok = t.ok;
      row.model = o.space.model(p).empty() ? o.model : o.space.model(p);
      auto merged = merge_options(o.fixed_options, o.space.options_json(p));
      row.options_json = merged ? merged.value() : o.space.options_json(p);
      row.metrics_json = metrics_json(t.metrics);
      row.error = t.error;
      row.seconds = t.seconds;
      if (auto s = st.add(row); !s) return s.error();
      ++res.trials_run;
      rows.push_back(row);
      const std::size_t total_done = res.trials_run + res.trials_kept;
      const auto m = t.metrics.find(primary);
      fraction = planned > 0
                     ? std::min(1.0, static_cast<double>(total_done) / static_cast<double>(planned))
                     : 0;
      // The progress bar adds the ETA; the line is cut to the terminal's width there.
      say(fmt::format("trial {}/~{} {} rep {}: {}", total_done, planned, row.point, rep + 1,
                      !t.ok                  ? "FAILED: " + t.error
                      : m != t.metrics.end() ? fmt::format("{} {:.4g}", primary, m->second)
                                             : primary + " n/a (not reported)"));
    }
    return ok_status();
  };
  // First finish the points a stop interrupted between repetitions, then ask the strategy.
  for (const auto& p : order) {
    if (res.interrupted) break;
    if (auto s = run_point(p); !s) return s.error();
  }
  while (!res.interrupted) {
    std::vector<Observed> history;
    for (const auto& p : order) {
      const auto sum = summarize(done[p], o.objective);
      history.push_back({p, sum.empty() ? std::nullopt : sum[0].score});
    }
    const auto next = strategy.value()->next(history);
    if (!next) break;
    order.push_back(*next);
    if (auto s = run_point(*next); !s) return s.error();
  }
  std::vector<store::TrialRow> all;
  for (const auto& p : order) {
    for (const auto& r : done[p]) all.push_back(r);
  }
  res.points = summarize(all, o.objective);
  res.best = best_point(res.points);
  res.ranking = rank_points(res.points);
  if (res.ranking.leader) res.best = res.ranking.leader;
  if (o.objective.metrics.size() > 1) res.pareto = pareto(res.points, o.objective);
  return res;
}

}  // namespace chimera::tune
