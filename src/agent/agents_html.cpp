// The HTML report of `chimera agents`: per run a timeline of the concurrent agents' stages and
// LLM calls, the concurrency figures, and each agent's report text (escaped: model output is
// untrusted input).
#include <fmt/format.h>

#include "agent_html.hpp"
#include "chimera/agent/scenario.hpp"
#include "chimera/agent/util.hpp"
#include "chimera/metrics/registry.hpp"
#include "chimera/report/html.hpp"
#include "chimera/telemetry/sampler.hpp"

namespace chimera::agent {

std::string agents_html(const AgentsOptions& o, const AgentsSummary& sum, const Facts* context) {
  return agents_page(o, sum, context).finish();
}

report::html::Page agents_page(const AgentsOptions& o, const AgentsSummary& sum,
                               const Facts* context) {
  namespace h = report::html;
  h::Page page("Chimera Insight: agents — " + o.scenario);
  page.paragraph(fmt::format("Scenario {}, model {}, {} concurrent run(s) over {}.", o.scenario,
                             o.model, sum.runs.size(), o.dir.string()));
  h::Table t{{"run", "agents", "wall s", "speedup", "efficiency %", "contention"},
             {},
             {true, true, true, true, true, false}};
  for (const auto& r : sum.runs) {
    t.rows.push_back({std::to_string(r.index), std::to_string(r.agents.size()),
                      fmt::format("{:.2f}", r.wall_s),
                      r.speedup ? fmt::format("{:.2f}", *r.speedup) : "n/a",
                      r.efficiency_pct ? fmt::format("{:.1f}", *r.efficiency_pct) : "n/a",
                      r.contention ? "yes" : "no"});
  }
  page.section("Concurrency",
               h::table(t) + h::p("Speedup = sum of the agents' execution times / wall time; "
                                  "efficiency = speedup / number of agents (the reference's "
                                  "definitions, measuring overlap)."));
  for (const auto& r : sum.runs) {
    std::int64_t t0 = 0;
    for (const auto& a : r.agents) {
      for (const auto* c : {&a.analysis, &a.report}) {
        if (c->timeline.send_ns && (t0 == 0 || c->timeline.send_ns < t0)) t0 = c->timeline.send_ns;
      }
    }
    std::vector<h::Lane> lanes;
    const auto sec = [&](std::int64_t ns) { return static_cast<double>(ns - t0) / 1e9; };
    for (const auto& a : r.agents) {
      h::Lane lane{a.config.persona.name, {}};
      if (a.analysis.timeline.send_ns) {
        const double start = sec(a.analysis.timeline.send_ns);
        lane.segments.push_back({"ingest", std::max(0.0, start - a.times.ingest_s), start, 0});
      }
      int kind = 1;
      for (const auto* c : {&a.analysis, &a.report}) {
        if (c->timeline.send_ns && c->timeline.done_ns)
          lane.segments.push_back({kind == 1 ? "analysis call" : "report call",
                                   sec(c->timeline.send_ns), sec(*c->timeline.done_ns), kind});
        ++kind;
      }
      lanes.push_back(std::move(lane));
    }
    bool timed = false;  // a run read back has no call timestamps: no empty chart then
    for (const auto& l : lanes) timed = timed || !l.segments.empty();
    std::string inner;
    if (timed)
      inner = h::timeline(fmt::format("timeline-run-{}", r.index),
                          fmt::format("Run {}: the agents' stages and LLM calls", r.index), lanes,
                          {"ingest", "analysis call", "report call"});
    h::Table at{{"agent", "model", "options", "ok", "execution s", "TTFT ms (mean)",
                 "decode tok/s (mean)", "slowdown vs solo", "error"},
                {},
                {false, false, false, false, true, true, true, true, false}};
    for (std::size_t i = 0; i < r.agents.size(); ++i) {
      const auto& a = r.agents[i];
      const auto ttft = call_mean(a, &stats::RequestMetrics::ttft_ms);
      const auto dec = call_mean(a, &stats::RequestMetrics::decode_tok_s);
      at.rows.push_back({a.config.persona.name, a.config.model,
                         a.config.options_json.empty() ? "defaults" : a.config.options_json,
                         a.ok ? "yes" : "NO", fmt::format("{:.2f}", a.times.total_s),
                         ttft ? fmt::format("{:.1f}", *ttft) : "n/a",
                         dec ? fmt::format("{:.1f}", *dec) : "n/a",
                         r.slowdown[i] ? fmt::format("{:.2f}", *r.slowdown[i]) : "n/a", a.error});
    }
    inner += h::table(at);
    if (r.resumed)
      inner += h::p(fmt::format(
          "This run's figures were read back (a run completed before a --resume, or a results "
          "store); the model's texts and reports are in run_{}/ of its output folder.",
          r.index));
    if (!r.resumed) {
      // The agents read the same artifacts: their findings from the data are shown once.
      bool same = true;
      for (const auto& a : r.agents) {
        same = same && a.data_findings.size() == r.agents[0].data_findings.size();
        for (std::size_t k = 0; same && k < a.data_findings.size(); ++k)
          same = a.data_findings[k].text == r.agents[0].data_findings[k].text;
      }
      if (same && !r.agents.empty())
        inner += "<h3>Findings from the data</h3>" + data_findings_html(r.agents[0]);
      for (std::size_t i = 0; i < r.agents.size(); ++i)
        inner += agent_html(r.agents[i], {r.slowdown[i], r.efficiency_pct, r.contention}, !same);
    }
    page.section(fmt::format("Run {}", r.index), inner);
  }
  // Rendered at the end of the run, on the machine that ran it; from a store, what it recorded.
  auto env = context ? *context : telemetry::run_context();
  env.insert(env.end(), {{"scenario", o.scenario},
                         {"backend", o.backend},
                         {"model", o.model},
                         {"artifacts", o.dir.string()}});
  page.environment(env);
  page.definitions({{"execution time", "an agent's ingest + analysis call + report call, seconds"},
                    {"TTFT", std::string(metrics::definition_of("ttft"))},
                    {"decode tok/s", std::string(metrics::definition_of("decode_rate"))},
                    {"slowdown vs solo", "execution time in the concurrent run / alone"}});
  return page;
}

}  // namespace chimera::agent
