#include "chimera/agent/compare_run.hpp"

#include "chimera/agent/util.hpp"

#include <fmt/format.h>

#include <fstream>

#include <sstream>

#include "chimera/core/json_writer.hpp"
#include "chimera/core/version.hpp"
#include "chimera/metrics/registry.hpp"
#include "chimera/report/html.hpp"
#include "chimera/report/probe_writers.hpp"
#include "chimera/stats/inference.hpp"
#include "chimera/stats/ranking.hpp"
#include "chimera/stats/summary.hpp"
#include "chimera/telemetry/sampler.hpp"
#include "chimera/transport/http_client.hpp"

namespace chimera::agent {
namespace fs = std::filesystem;

namespace {

// A figure compared between the two sides: a canonical metric of the registry, the statistic of
// one run, and how it is read off a run. Unit and direction come from the registry.
struct Metric {
  const char* name;
  const char* metric;  // registry id
  const char* of_run;  // what one run's value is
  std::function<std::optional<double>(const AgentRun&)> get;
  const metrics::MetricDef& def() const { return *metrics::find_metric(metric); }
};

const std::vector<Metric>& metrics() {
  static const std::vector<Metric> kMetrics = {
      {"execution_s", "duration", "the run's wall time (ingest, analysis call, report call)",
       [](const AgentRun& r) -> std::optional<double> { return r.times.total_s; }},
      {"decode_tok_s", "decode_rate", "mean of the run's two calls",
       [](const AgentRun& r) { return call_mean(r, &stats::RequestMetrics::decode_tok_s); }},
      {"ttft_ms", "ttft", "mean of the run's two calls",
       [](const AgentRun& r) { return call_mean(r, &stats::RequestMetrics::ttft_ms); }},
      {"e2e_ms", "e2e_latency", "mean of the run's two calls",
       [](const AgentRun& r) { return call_mean(r, &stats::RequestMetrics::e2e_ms); }},
      {"output_tok_s", "output_rate", "mean of the run's two calls",
       [](const AgentRun& r) { return call_mean(r, &stats::RequestMetrics::output_tok_s); }},
      {"output_tokens", "output_tokens", "sum of the run's two calls",
       [](const AgentRun& r) -> std::optional<double> {
         double n = 0;
         for (const auto* c : {&r.analysis, &r.report}) {
           if (!c->metrics.output_tokens) return std::nullopt;
           n += static_cast<double>(*c->metrics.output_tokens);
         }
         return n;
       }},
  };
  return kMetrics;
}

// The unit a run's figure is in ("s" for execution_s, the registry's unit otherwise).
std::string unit_of(const Metric& m) {
  return std::string_view(m.name).ends_with("_s") && m.def().unit == "ms"
             ? "s"
             : std::string(m.def().unit);
}

std::vector<double> values(const std::vector<AgentRun>& runs, const Metric& m) {
  std::vector<double> v;
  for (const auto& r : runs) {
    if (!r.ok) continue;
    if (auto x = m.get(r)) v.push_back(*x);
  }
  return v;
}

// The 95 % interval of the mean, never below zero for a positive quantity: "[1.20, 1.40]", or
// "[0.80, 3.10] (log scale)" where the t interval would reach zero (stats::mean_interval).
std::string interval(const std::vector<double>& v) {
  const auto m = stats::mean_interval(v);
  if (!m || !m->ci) return "n/a (n < 2)";
  if (m->uninformative()) return fmt::format("n/a (too wide: spans over 100x with n = {})", m->n);
  return fmt::format("[{:.2f}, {:.2f}]{}", m->ci->low, m->ci->high,
                     m->log_scale ? " (log scale)" : "");
}

std::string side(const std::vector<double>& v) {
  const auto s = stats::summarize(v);
  if (!s) return "n/a | n/a | n/a";
  return fmt::format("{:.2f} ± {:.2f} (n={}) | {} | {}", s->mean, s->sd, s->n,
                     s->cv ? fmt::format("{:.1f} %", *s->cv * 100) : "n/a", interval(v));
}

// Baseline against Chimera per metric (mean and 95 % CI bars), the comparison table, and the
// last run's model reports (escaped).
report::html::Page run_page(const RunOptions& o, const RunComparison& cmp, const Facts* context) {
  namespace h = report::html;
  h::Page page("Chimera Insight: baseline vs Chimera — " + o.model);
  page.paragraph(
      fmt::format("Baseline options: {}. Chimera options: {}. {} run(s) each, alternating.",
                  o.baseline_options.empty() ? "server defaults" : o.baseline_options,
                  o.options.empty() ? "server defaults" : o.options, o.runs));
  std::string charts;
  h::Table t{{"metric", "baseline mean", "baseline 95 % CI", "chimera mean", "chimera 95 % CI",
              "delta %", "Welch p", "verdict"},
             {},
             {false, true, false, true, false, true, true, false}};
  for (const auto& m : metrics()) {
    const auto a = values(cmp.baseline, m), b = values(cmp.tuned, m);
    std::vector<h::Bar> bars;
    const auto bar = [&](const char* label, const std::vector<double>& v, int group) {
      const auto sm = stats::summarize(v);
      if (!sm) return;
      const auto mi = stats::mean_interval(v);
      bars.push_back(
          {label, sm->mean,
           mi && mi->ci ? std::optional(std::pair{mi->ci->low, mi->ci->high}) : std::nullopt,
           group});
    };
    bar("baseline", a, 0);
    bar("chimera", b, 1);
    charts += h::bar_chart(std::string("run-") + m.name,
                           fmt::format("{} ({}), mean with 95 % CI", m.name, unit_of(m)),
                           unit_of(m), bars);
    const auto sa = stats::summarize(a), sb = stats::summarize(b);
    const auto w = stats::welch(a, b);
    t.rows.push_back({m.name, sa ? fmt::format("{:.2f}", sa->mean) : "n/a", interval(a),
                      sb ? fmt::format("{:.2f}", sb->mean) : "n/a", interval(b),
                      w && w->delta_pct ? fmt::format("{:+.1f}", *w->delta_pct) : "n/a",
                      w ? fmt::format("{:.3g}", w->p_value) : "n/a",
                      w ? stats::verdict(*w) : "fewer than 2 successful runs on a side"});
  }
  page.section("Baseline against Chimera", charts + h::table(t));
  for (const auto* side : {&cmp.baseline, &cmp.tuned}) {
    if (side->empty()) continue;
    const auto& r = side->back();
    page.section(std::string(side == &cmp.baseline ? "Baseline" : "Chimera") +
                     ": the model's report (last run)" +
                     (r.demo_model ? " — demo model, meaningless text" : ""),
                 h::pre(r.report.text.empty() ? "(no report text)" : r.report.text) +
                     (r.ok ? "" : h::p("The run failed: " + r.error)));
  }
  // Rendered at the end of the run, on the machine that ran it; from a store, what it recorded.
  auto env = context ? *context : telemetry::run_context();
  env.insert(env.end(), {{"model", o.model},
                         {"backend", o.backend},
                         {"url", o.url},
                         {"artifacts", o.dir.string()},
                         {"persona", o.persona}});
  page.environment(env);
  std::vector<std::pair<std::string, std::string>> defs;
  for (const auto& m : metrics()) {
    defs.emplace_back(m.name,
                      fmt::format("{} ({}), {}", m.def().label, m.def().definition, m.of_run));
  }
  defs.emplace_back("CI", "Student t 95 % interval of the mean");
  defs.emplace_back("Welch p", "unequal-variance t-test of chimera minus baseline");
  page.definitions(defs);
  return page;
}

}  // namespace

report::html::Page comparison_page(const RunOptions& o, const RunComparison& cmp,
                                   const Facts* context) {
  return run_page(o, cmp, context);
}

ComparisonOutputs comparison_outputs(const RunOptions& o, const RunComparison& cmp,
                                     std::string_view date, const Facts* context) {
  std::string md = fmt::format(
      "# Chimera Insight: baseline vs Chimera\n\n**Date:** {}\n**Model:** {}\n**Baseline "
      "options:** {}\n**Chimera "
      "options:** {}\n**Runs:** {} each, alternating (baseline, chimera, baseline, ...)\n\n"
      "| metric | baseline mean ± sd | CV | 95 % CI | chimera mean ± sd | CV | 95 % CI | delta | "
      "Welch p | verdict |\n"
      "|---|---|---|---|---|---|---|---:|---:|---|\n",
      date, o.model, o.baseline_options.empty() ? "server defaults" : o.baseline_options,
      o.options.empty() ? "server defaults" : o.options, o.runs);
  std::ostringstream js;
  JsonWriter w(js);
  w.begin_object();
  w.key("schema_version").value(1);
  w.key("tool").value(version_line());
  w.key("model").value(o.model);
  w.key("baseline_options").value(o.baseline_options);
  w.key("chimera_options").value(o.options);
  w.key("comparison").begin_object();
  for (const auto& m : metrics()) {
    const auto a = values(cmp.baseline, m), b = values(cmp.tuned, m);
    const auto welch = stats::welch(a, b);
    std::string verdict = "n/a (fewer than 2 successful runs on a side)";
    std::string delta = "n/a", p = "n/a";
    if (welch) {
      verdict = stats::verdict(*welch);
      const auto dir = m.def().direction;
      const bool better = dir == metrics::Direction::higher ? welch->delta > 0 : welch->delta < 0;
      if (welch->p_value < 0.05 && dir != metrics::Direction::neither)
        verdict += better ? "; chimera is better" : "; chimera is worse";
      delta = welch->delta_pct ? fmt::format("{:+.1f} %", *welch->delta_pct)
                               : fmt::format("{:+.3f}", welch->delta);
      p = fmt::format("{:.3g}", welch->p_value);
    }
    md += fmt::format("| {} ({}) | {} | {} | {} | {} | {} |\n", m.name, unit_of(m), side(a),
                      side(b), delta, p, verdict);
    w.key(m.name).begin_object();
    w.key("metric").value(m.metric);
    w.key("unit").value(unit_of(m));
    w.key("direction").value(metrics::direction_name(m.def().direction));
    w.key("per_run").value(m.of_run);
    w.key("baseline").begin_array();
    for (const double x : a) w.value(x);
    w.end_array();
    w.key("chimera").begin_array();
    for (const double x : b) w.value(x);
    w.end_array();
    if (welch) {
      w.key("delta").value(welch->delta);
      w.key("delta_pct").value(welch->delta_pct);
      w.key("ci_low").value(welch->ci_low);
      w.key("ci_high").value(welch->ci_high);
      w.key("welch_t").value(welch->t);
      w.key("welch_df").value(welch->df);
      w.key("p_value").value(welch->p_value);
    }
    w.key("verdict").value(verdict);
    w.end_object();
  }
  w.end_object();
  std::size_t failed = 0;
  for (const auto* side_runs : {&cmp.baseline, &cmp.tuned}) {
    for (const auto& r : *side_runs) failed += r.ok ? 0 : 1;
  }
  w.key("failed_runs").value(static_cast<std::uint64_t>(failed));
  w.end_object();
  w.flush();
  md += fmt::format(
      "\nCV = sd / mean. CI: Student t, 95 % (on the log scale, an interval of the geometric mean, "
      "where the t interval of a positive quantity would reach zero). Welch: unequal-variance "
      "t-test of chimera minus "
      "baseline. "
      "{} run(s) failed and are left out of the statistics.\n",
      failed);
  md += "\nWhat each row is (one value per run; definitions from the metric registry):\n\n";
  for (const auto& m : metrics()) {
    const auto dir = m.def().direction;
    md += fmt::format("- `{}`: {} ({}), {}; {}.\n", m.name, m.def().label, m.def().definition,
                      m.of_run,
                      dir == metrics::Direction::neither
                          ? "no direction is better"
                          : fmt::format("{} is better", metrics::direction_name(dir)));
  }
  return {md, js.str(), run_page(o, cmp, context).finish()};
}

namespace {

// One run of one side as `chimera agents` records an agent (its calls, timings and the answer
// quality its report states), appended to runs.jsonl as it completes, one line per run.
Status append_run(const fs::path& out, const char* side, int i, const AgentRun& r) {
  std::error_code ec;
  fs::create_directories(out, ec);
  std::ofstream f(out / "runs.jsonl",
                  i == 0 && std::string_view(side) == "baseline" ? std::ios::trunc : std::ios::app);
  f << "{\"variant\":\"" << side << "\",\"run\":" << i + 1 << ",\"agent\":" << agent_json(r)
    << "}\n";
  f.flush();
  if (!f)
    return Error{ErrorCode::io, "cannot write " + (out / "runs.jsonl").string(),
                 "check the --out folder"};
  return ok_status();
}

}  // namespace

Result<RunComparison> run_compare(const RunOptions& o,
                                  const std::function<void(const std::string&)>& say) {
  const fs::path pdir = o.prompts.empty() ? default_prompts_dir() : o.prompts;
  auto prompts = load_prompts(pdir);
  if (!prompts) return prompts.error();
  auto persona = load_persona(pdir, o.persona);
  if (!persona) return persona.error();
  AgentConfig base;
  base.persona = persona.value();
  base.backend = o.backend;
  base.url = o.url;
  base.model = o.model;
  base.api_key = o.api_key;
  base.warmup_calls = o.warmup;
  AgentConfig tuned = base;
  base.options_json = o.baseline_options;
  tuned.options_json = o.options;
  if (auto st = preflight(base); !st) return st.error();
  RunComparison cmp;
  auto log = RunLog::open(o.store, "run");
  if (!log) return log.error();
  const auto keep = [&](std::string_view kind, const std::string& json) {
    log.value().keep(kind, json, say);
  };

  for (int i = 0; i < o.runs; ++i) {  // A B A B: drift affects both sides alike
    if (say) say(fmt::format("run {}/{}: baseline", i + 1, o.runs));
    cmp.baseline.push_back(run_agent(base, o.dir, o.layout, prompts.value()));
    keep("run.baseline", agent_json(cmp.baseline.back()));
    if (auto st = append_run(o.out, "baseline", i, cmp.baseline.back()); !st) return st.error();
    if (say) say(fmt::format("run {}/{}: chimera", i + 1, o.runs));
    cmp.tuned.push_back(run_agent(tuned, o.dir, o.layout, prompts.value()));
    keep("run.chimera", agent_json(cmp.tuned.back()));
    if (auto st = append_run(o.out, "chimera", i, cmp.tuned.back()); !st) return st.error();
  }
  const std::string date = today_utc();
  if (auto st =
          write_text_file(o.out / "baseline_report.md", render_report(cmp.baseline.back(), date));
      !st)
    return st.error();
  if (auto st = write_text_file(o.out / "chimera_report.md", render_report(cmp.tuned.back(), date));
      !st)
    return st.error();
  const auto out = comparison_outputs(o, cmp, date);
  const std::string& json_text = out.json;
  if (auto st = write_text_file(o.out / "comparison_report.md", out.markdown); !st)
    return st.error();
  if (auto st = write_text_file(o.out / "report.html", out.html); !st) return st.error();
  keep("run.comparison", json_text);
  if (auto st = write_text_file(o.out / "metrics.json", json_text); !st) return st.error();
  return cmp;
}

}  // namespace chimera::agent
