#include "chimera/agent/scenario.hpp"

#include "chimera/agent/util.hpp"

#include <fmt/format.h>

#include <barrier>
#include <sstream>
#include <thread>

#include "chimera/core/json_writer.hpp"
#include "chimera/core/version.hpp"
#include "chimera/report/probe_writers.hpp"
#include "chimera/stats/summary.hpp"
#include "chimera/transport/http_client.hpp"

namespace chimera::agent {
namespace fs = std::filesystem;

namespace {

std::string fmt_opt(const std::optional<double>& v, const char* f = "{:.2f}") {
  return v ? fmt::format(fmt::runtime(f), *v) : "n/a";
}

std::string run_json(const AgentsOptions& o, const ConcurrentRun& r) {
  std::ostringstream ss;
  JsonWriter w(ss);
  w.begin_object();
  w.key("schema_version").value(1);
  w.key("tool").value(version_line());
  w.key("scenario").value(o.scenario);
  w.key("run").value(r.index);
  w.key("wall_s").value(r.wall_s);
  w.key("speedup").value(r.speedup);
  w.key("efficiency_pct").value(r.efficiency_pct);
  w.key("contention").value(r.contention);
  w.key("definitions")
      .value(
          "speedup = (agent A execution + agent B execution) / concurrent wall time; efficiency = "
          "speedup / 2 x 100 %; "
          "contention when speedup < 1.5 (the reference's definitions: they measure overlap, not "
          "slowdown). "
          "slowdown_vs_solo = execution time in this run / execution time when the agent ran "
          "alone.");
  w.key("agents").begin_array();
  write_agent_json(w, r.a, r.slowdown_a);
  write_agent_json(w, r.b, r.slowdown_b);
  w.end_array();
  w.end_object();
  w.flush();
  return ss.str();
}

std::string combined_md(const AgentsOptions& o, const ConcurrentRun& r) {
  std::string s = fmt::format(
      "# Chimera Insight: combined report, run {}\n\n**Scenario:** {}\n**Date:** {}\n\n", r.index,
      o.scenario, today_utc());
  s += "| agent | model | options | ok | execution s | TTFT ms (mean) | decode tok/s (mean) | "
       "slowdown vs solo | report |\n";
  s += "|---|---|---|---|---:|---:|---:|---:|---|\n";
  for (const auto* a : {&r.a, &r.b}) {
    const auto& slow = a == &r.a ? r.slowdown_a : r.slowdown_b;
    s += fmt::format(
        "| {} | {} | {} | {} | {:.2f} | {} | {} | {} | [{}]({}) |\n", a->config.persona.name,
        a->config.model, a->config.options_json.empty() ? "defaults" : a->config.options_json,
        a->ok ? "yes" : "NO", a->times.total_s,
        fmt_opt(call_mean(*a, &stats::RequestMetrics::ttft_ms)),
        fmt_opt(call_mean(*a, &stats::RequestMetrics::decode_tok_s)), fmt_opt(slow, "{:.2f}x"),
        a->config.persona.report_file, a->config.persona.report_file);
  }
  s += fmt::format(
      "\n**Concurrency:** wall {:.2f} s, speedup {}, efficiency {} %, contention: {}\n\n", r.wall_s,
      fmt_opt(r.speedup), fmt_opt(r.efficiency_pct, "{:.1f}"), r.contention ? "yes" : "no");
  s += "Speedup and efficiency follow the reference's definitions and measure how much the two "
       "agents overlapped. "
       "What each agent lost by sharing is its slowdown against its own solo run.\n";
  const auto ta = call_mean(r.a, &stats::RequestMetrics::ttft_ms),
             tb = call_mean(r.b, &stats::RequestMetrics::ttft_ms);
  const auto da = call_mean(r.a, &stats::RequestMetrics::decode_tok_s),
             db = call_mean(r.b, &stats::RequestMetrics::decode_tok_s);
  if (ta && tb) s += fmt::format("\n- TTFT, B minus A: {:+.2f} ms\n", *tb - *ta);
  if (da && db) s += fmt::format("- Decode rate, B minus A: {:+.2f} tok/s\n", *db - *da);
  return s;
}

}  // namespace

Result<std::pair<std::string, std::string>> scenario_options(const AgentsOptions& o) {
  if (o.scenario == "baseline_vs_chimera") return std::pair{std::string(), o.options};
  if (o.scenario == "chimera_hetero") return std::pair{o.options_a, o.options_b};
  if (o.scenario == "chimera_homo") return std::pair{o.options, o.options};
  return Error{ErrorCode::usage, "unknown scenario '" + o.scenario + "'",
               "use baseline_vs_chimera, chimera_hetero or chimera_homo"};
}

void concurrency_figures(ConcurrentRun& r) {
  if (r.wall_s <= 0 || !r.a.ok || !r.b.ok) return;
  r.speedup = (r.a.times.total_s + r.b.times.total_s) / r.wall_s;
  r.efficiency_pct = *r.speedup / 2.0 * 100.0;
  r.contention = *r.speedup < 1.5;
}

Result<AgentsSummary> run_agents(const AgentsOptions& o,
                                 const std::function<void(const std::string&)>& progress) {
  const auto say = [&](const std::string& m) {
    if (progress) progress(m);
  };
  auto opts = scenario_options(o);
  if (!opts) return opts.error();
  const fs::path pdir = o.prompts.empty() ? default_prompts_dir() : o.prompts;
  auto prompts = load_prompts(pdir);
  if (!prompts) return prompts.error();
  auto pa = load_persona(pdir, "datacollector-9000");
  auto pb = load_persona(pdir, "insight-agent");
  if (!pa) return pa.error();
  if (!pb) return pb.error();
  const auto config = [&](const Persona& p, const std::string& url, const std::string& options) {
    AgentConfig c;
    c.persona = p;
    c.backend = o.backend;
    c.url = url;
    c.model = o.model;
    c.options_json = options;
    c.api_key = o.api_key;
    c.warmup_calls = o.warmup;
    return c;
  };
  const AgentConfig a = config(pa.value(), o.url_a, opts.value().first);
  const AgentConfig b =
      config(pb.value(), o.url_b.empty() ? o.url_a : o.url_b, opts.value().second);

  AgentsSummary sum;
  // Every result goes to the store as soon as it exists; a store that fails is reported, and the
  // run and its files go on.
  auto log = RunLog::open(o.store, "agents");
  if (!log) return log.error();
  const auto keep = [&](std::string_view kind, const std::string& json) {
    log.value().keep(kind, json, say);
  };

  if (o.solo) {
    say("solo run of " + a.persona.name);
    sum.solo_a = run_agent(a, o.dir, o.layout, prompts.value());
    keep("agents.solo", agent_json(*sum.solo_a));
    say("solo run of " + b.persona.name);
    sum.solo_b = run_agent(b, o.dir, o.layout, prompts.value());
    keep("agents.solo", agent_json(*sum.solo_b));
  }
  for (int i = 1; i <= o.runs; ++i) {
    say(fmt::format("run {}/{}: {} and {} concurrently", i, o.runs, a.persona.name,
                    b.persona.name));
    ConcurrentRun r;
    r.index = i;
    std::barrier start(2);  // both warm up, then their measured stages begin together
    AgentConfig ca = a, cb = b;
    ca.before_measure = cb.before_measure = [&start] { start.arrive_and_wait(); };
    std::thread tb([&] { r.b = run_agent(cb, o.dir, o.layout, prompts.value()); });
    r.a = run_agent(ca, o.dir, o.layout, prompts.value());
    tb.join();
    r.wall_s = static_cast<double>(std::max(r.a.end_ns, r.b.end_ns) -
                                   std::min(r.a.start_ns, r.b.start_ns)) /
               1e9;
    concurrency_figures(r);
    if (sum.solo_a && sum.solo_a->ok && r.a.ok)
      r.slowdown_a = r.a.times.total_s / sum.solo_a->times.total_s;
    if (sum.solo_b && sum.solo_b->ok && r.b.ok)
      r.slowdown_b = r.b.times.total_s / sum.solo_b->times.total_s;
    const fs::path dir = o.out / fmt::format("run_{}", i);
    const std::string date = today_utc();
    for (const auto* ag : {&r.a, &r.b}) {
      if (auto st = write_text_file(dir / ag->config.persona.report_file, render_report(*ag, date));
          !st)
        return st.error();
    }
    if (auto st = write_text_file(dir / "combined_report.md", combined_md(o, r)); !st)
      return st.error();
    const std::string metrics = run_json(o, r);
    keep("agents.run", metrics);
    if (auto st = write_text_file(dir / "metrics.json", metrics); !st) return st.error();
    sum.runs.push_back(std::move(r));
  }
  // summary.json and summary.md over all runs.
  std::ostringstream js;
  {
    JsonWriter w(js);
    w.begin_object();
    w.key("schema_version").value(1);
    w.key("tool").value(version_line());
    w.key("scenario").value(o.scenario);
    w.key("model").value(o.model);
    w.key("runs").begin_array();
    for (const auto& r : sum.runs) {
      w.begin_object();
      w.key("run").value(r.index);
      w.key("wall_s").value(r.wall_s);
      w.key("speedup").value(r.speedup);
      w.key("efficiency_pct").value(r.efficiency_pct);
      w.key("contention").value(r.contention);
      w.key("slowdown_a").value(r.slowdown_a);
      w.key("slowdown_b").value(r.slowdown_b);
      w.key("ok").value(r.a.ok && r.b.ok);
      w.end_object();
    }
    w.end_array();
    std::vector<double> eff;
    for (const auto& r : sum.runs) {
      if (r.efficiency_pct) eff.push_back(*r.efficiency_pct);
    }
    w.key("efficiency_pct");
    if (auto s = stats::summarize(eff)) {
      w.begin_object();
      w.key("n").value(static_cast<std::uint64_t>(s->n));
      w.key("mean").value(s->mean);
      w.key("sd").value(s->sd);
      w.key("min").value(s->min);
      w.key("max").value(s->max);
      w.end_object();
    } else {
      w.null();
    }
    w.end_object();
    w.flush();
  }
  if (auto st = write_text_file(o.out / "summary.json", js.str()); !st) return st.error();
  std::string md = fmt::format("# Chimera Insight: {} summary\n\n**Model:** {}\n**Date:** {}\n\n",
                               o.scenario, o.model, today_utc());
  md +=
      "| run | A s | B s | wall s | speedup | efficiency | contention | slowdown A | slowdown B "
      "|\n";
  md += "|---:|---:|---:|---:|---:|---:|---|---:|---:|\n";
  for (const auto& r : sum.runs) {
    md += fmt::format("| {} | {:.2f} | {:.2f} | {:.2f} | {} | {} % | {} | {} | {} |\n", r.index,
                      r.a.times.total_s, r.b.times.total_s, r.wall_s, fmt_opt(r.speedup),
                      fmt_opt(r.efficiency_pct, "{:.1f}"), r.contention ? "yes" : "no",
                      fmt_opt(r.slowdown_a, "{:.2f}x"), fmt_opt(r.slowdown_b, "{:.2f}x"));
  }
  md +=
      "\nSpeedup = (A + B execution) / wall; efficiency = speedup / 2; contention when speedup < "
      "1.5 (reference "
      "definitions, measuring overlap). Slowdown = execution with the other agent running / "
      "execution alone.\n";
  if (auto st = write_text_file(o.out / "summary.md", md); !st) return st.error();
  return sum;
}

}  // namespace chimera::agent
