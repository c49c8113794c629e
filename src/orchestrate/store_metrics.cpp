#include "chimera/orchestrate/store_metrics.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <numeric>

#include "chimera/core/openmetrics.hpp"
#include "chimera/metrics/registry.hpp"
#include "chimera/stats/inference.hpp"
#include "chimera/tune/objective.hpp"
#include "chimera/tune/sweep_report.hpp"

namespace chimera::orchestrate {
namespace {
using openmetrics::Labels;

// One measured quantity of one result: its samples (when kept) and its value.
struct Measured {
  std::vector<double> samples;
  std::optional<double> value;
};

// What one result says about one configuration: family name -> statistic -> measurement.
struct Result1 {
  std::string id;  // the sweep, load run or invocation
  std::map<std::string, std::map<std::string, Measured>> values;
};

// Every result of one configuration, oldest first.
struct Config {
  Labels labels;  // source, model, config
  std::vector<Result1> results;
};

class Builder {
 public:
  explicit Builder(double alpha) : alpha_(alpha) {
    ex_.gauge("chimera_result_info",
              "1 for each configuration: the id of its latest result (sweep id, load measurement "
              "time, agents invocation) and of the previous one its regression is against.");
    ex_.gauge(
        "chimera_regression_change_ratio",
        "Change of a configuration's latest result against its previous one, (latest - "
        "previous) / previous, per metric and statistic (chimera_result_info names both results).");
    ex_.gauge("chimera_regression",
              "1 when a configuration's latest result is worse than its previous one and Welch's "
              "test gives p < alpha, else 0; written only where both results have 2+ samples.");
    ex_.gauge("chimera_regression_p_value",
              "Welch's t-test p-value of the change between a configuration's previous and "
              "latest result.");
  }

  // Declares a family for a registry metric measured in `unit`; returns its name.
  std::string family(const std::string& source, std::string_view metric, std::string_view unit,
                     std::string_view what) {
    const auto base = openmetrics::base_unit(unit);
    std::string name = "chimera_" + source + "_" + openmetrics::sanitize(metric);
    if (!base.suffix.empty() && !name.ends_with("_" + base.suffix)) name += "_" + base.suffix;
    const auto* def = metrics::find_metric(metric);
    ex_.gauge(name, fmt::format("{} ({}), {}; statistic as a label{}.", def ? def->label : metric,
                                def ? def->definition : "", what,
                                base.suffix.empty() ? "" : ", in " + base.suffix));
    factor_[name] = base.factor;
    direction_[name] = def ? def->direction : metrics::Direction::neither;
    return name;
  }

  // A family of plain counts (no registry metric, no unit).
  std::string count_family(const std::string& name, const std::string& help, metrics::Direction d) {
    ex_.gauge(name, help);
    factor_[name] = 1;
    direction_[name] = d;
    return name;
  }

  Config& config(const std::string& key) { return configs_[key]; }

  std::string text() {
    for (auto& [key, c] : configs_) emit(c);
    return ex_.text();
  }

 private:
  void emit(const Config& c) {
    const Result1& latest = c.results.back();
    const Labels& base = c.labels;  // no result id: a series stays one series across results
    Labels info = c.labels;
    info.emplace_back("result", latest.id);
    info.emplace_back("previous", c.results.size() > 1 ? c.results[c.results.size() - 2].id : "");
    ex_.sample("chimera_result_info", info, 1);
    for (const auto& [fam, stats] : latest.values) {
      for (const auto& [stat, m] : stats) {
        if (!m.value) continue;
        Labels l = base;
        l.emplace_back("statistic", stat);
        ex_.sample(fam, l, *m.value * factor_[fam]);
      }
    }
    if (c.results.size() < 2) return;
    const Result1& prev = c.results[c.results.size() - 2];
    for (const auto& [fam, stats] : latest.values) {
      for (const auto& [stat, m] : stats) {
        const auto p = prev.values.find(fam);
        if (p == prev.values.end() || !p->second.count(stat) || !m.value) continue;
        const Measured& before = p->second.at(stat);
        if (!before.value) continue;
        Labels l = c.labels;
        l.emplace_back("metric", fam);
        l.emplace_back("statistic", stat);
        if (*before.value != 0)
          ex_.sample("chimera_regression_change_ratio", l,
                     (*m.value - *before.value) / *before.value);
        const auto w = stats::welch(before.samples, m.samples);
        if (!w) continue;
        const auto dir = direction_[fam];
        const bool worse = (dir == metrics::Direction::higher && w->delta < 0) ||
                           (dir == metrics::Direction::lower && w->delta > 0);
        ex_.sample("chimera_regression_p_value", l, w->p_value);
        ex_.sample("chimera_regression", l, worse && w->p_value < alpha_ ? 1 : 0);
      }
    }
  }

  double alpha_;
  openmetrics::Exposition ex_;
  std::map<std::string, double> factor_;
  std::map<std::string, metrics::Direction> direction_;
  std::map<std::string, Config> configs_;
};

Status add_sweeps(Builder& b, const StoreContents& c, store::TrialStore& trials) {
  const auto all = b.count_family("chimera_sweep_trials", "Trials of a sweep point.",
                                  metrics::Direction::neither);
  const auto failed = b.count_family("chimera_sweep_failed_trials",
                                     "Failed trials of a sweep point.", metrics::Direction::lower);
  // In the order they were measured: by their newest trial's start time (kept by merges), then
  // by its id within a second (creation time has one-second resolution, and a merge renumbers).
  std::vector<std::pair<std::pair<std::string, std::int64_t>, tune::SweepView>> views;
  for (const auto& row : c.sweeps) {
    auto view = tune::load_sweep(trials, row.id);
    if (!view) return view.error();
    std::pair<std::string, std::int64_t> last{"", 0};
    for (const auto& t : view.value().trials) last = std::max(last, {t.started, t.id});
    views.emplace_back(last, std::move(view.value()));
  }
  std::stable_sort(views.begin(), views.end(),
                   [](const auto& x, const auto& y) { return x.first < y.first; });
  for (const auto& [last, view] : views) {
    const auto& row = view.sweep;
    for (const auto& p : view.points) {
      Config& cfg = b.config("sweep\x1f" + p.model + "\x1f" + p.key);
      cfg.labels = {{"source", "sweep"}, {"model", p.model}, {"config", p.key}};
      Result1 r{row.id, {}};
      for (const auto& [name, mean] : p.mean) {
        const auto info = tune::metric_info(name);
        if (!info) continue;
        const auto fam = b.family("sweep", info->metric, info->unit, "a sweep point's trials");
        Measured m{{}, mean};
        for (const auto& t : view.trials) {
          if (t.point != p.key || t.model != p.model || !t.ok) continue;
          const auto tm = tune::parse_metrics(t.metrics_json);
          if (const auto it = tm.find(name); it != tm.end()) m.samples.push_back(it->second);
        }
        // The statistic over the requests of a trial; the gauge is its mean over the trials.
        r.values[fam][info->statistic] = std::move(m);
      }
      r.values[all]["count"] = {{}, static_cast<double>(p.trials)};
      r.values[failed]["count"] = {{}, static_cast<double>(p.trials - p.ok)};
      cfg.results.push_back(std::move(r));
    }
  }
  return ok_status();
}

void put_percentiles(Result1& r, const std::string& fam, const measure::Percentiles& p,
                     const std::vector<double>& samples) {
  const std::pair<const char*, const std::optional<double>*> stats[] = {
      {"mean", &p.mean}, {"median", &p.p50}, {"p90", &p.p90}, {"p95", &p.p95}, {"p99", &p.p99}};
  for (const auto& [name, v] : stats) {
    if (*v)
      r.values[fam][name] =
          Measured{std::string_view(name) == "mean" ? samples : std::vector<double>{}, **v};
  }
}

void add_loads(Builder& b, const StoreContents& c) {
  for (const auto& load : c.loads) {
    const auto& rep = load.report;
    for (const auto& [when, l] : load.history) {
      const auto& s = l.summary;
      if (s.interrupted) continue;  // a partial window is no result to compare with
      const std::string level = report::level_name(rep, l);
      Config& cfg = b.config("load\x1f" + load.id + "\x1f" + level);
      cfg.labels = {
          {"source", "load"}, {"model", rep.model}, {"config", load.id}, {"level", level}};
      Result1 r{when.empty() ? load.id : when, {}};
      const std::string what = "over the level's requests";
      put_percentiles(r, b.family("load", "ttft", "ms", what), s.ttft, s.ttft_ms);
      put_percentiles(r, b.family("load", "tpot", "ms", what), s.tpot, {});
      put_percentiles(r, b.family("load", "itl", "ms", what), s.itl, {});
      put_percentiles(r, b.family("load", "e2e_latency", "ms", what), s.e2e, s.e2e_ms);
      put_percentiles(r, b.family("load", "prompt_eval_rate", "tok/s", what), s.prompt_tok_s, {});
      const auto value = [&](std::string_view metric, std::string_view unit,
                             std::optional<double> v) {
        if (v) r.values[b.family("load", metric, unit, "of the level")]["value"] = {{}, *v};
      };
      value("request_throughput", "req/s", s.requests_per_s);
      value("output_throughput", "tok/s", s.output_tok_s);
      value("goodput", "req/s", s.goodput_rps);
      value("requests", "count", static_cast<double>(s.ok));
      value("failed_requests", "count", static_cast<double>(s.failed));
      cfg.results.push_back(std::move(r));
    }
  }
}

void add_agents(Builder& b, const StoreContents& c) {
  for (const auto& a : c.agents) {
    Config& cfg = b.config("agents\x1f" + a.scenario + "\x1f" + a.model);
    cfg.labels = {{"source", "agents"}, {"model", a.model}, {"config", a.scenario}};
    Result1 r{a.invocation, {}};
    std::vector<double> eff, speed, wall;
    for (const auto& run : a.summary.runs) {
      if (run.efficiency_pct) eff.push_back(*run.efficiency_pct);
      if (run.speedup) speed.push_back(*run.speedup);
      wall.push_back(run.wall_s);
    }
    const auto put = [&](std::string_view metric, std::string_view unit, std::vector<double> v) {
      if (v.empty()) return;
      const double mean = std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
      r.values[b.family("agents", metric, unit, "of the concurrent runs")]["mean"] = {std::move(v),
                                                                                      mean};
    };
    put("efficiency", "%", std::move(eff));
    put("speedup", "x", std::move(speed));
    put("duration", "s", std::move(wall));
    cfg.results.push_back(std::move(r));
  }
}

}  // namespace

Result<std::string> store_openmetrics(const StoreContents& c, store::TrialStore& trials,
                                      double alpha) {
  Builder b(alpha);
  if (auto st = add_sweeps(b, c, trials); !st) return st.error();
  add_loads(b, c);
  add_agents(b, c);
  return b.text();
}

}  // namespace chimera::orchestrate
