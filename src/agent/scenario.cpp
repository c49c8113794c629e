#include "chimera/agent/scenario.hpp"

#include <fmt/format.h>

#include <barrier>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

#include "chimera/agent/util.hpp"
#include "chimera/core/json_writer.hpp"
#include "chimera/core/version.hpp"
#include "chimera/stats/summary.hpp"

namespace chimera::agent {
namespace fs = std::filesystem;

namespace {

const char* const kDefinitions =
    "speedup = sum of the agents' execution times / concurrent wall time; efficiency = speedup / "
    "number of agents x 100 %; contention when efficiency < 75 % (speedup < 1.5 for two agents: "
    "the reference's definitions; they measure overlap, not slowdown). slowdown_vs_solo = "
    "execution time in this run / execution time when the agent ran alone.";

const char* const kOutputNote =
    "Output: tokens generated per call and why generation stopped (the server's done_reason: "
    "`length` = the num_predict/max_tokens cap, `stop` = end of answer). Agents compared on "
    "speed should run under the same cap, or the longer answer is simply slower.";

std::string options_cell(const AgentRun& a) {
  return a.config.options_json.empty() ? "server defaults" : "`" + a.config.options_json + "`";
}

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
  w.key("definitions").value(kDefinitions);
  w.key("agents").begin_array();
  for (std::size_t i = 0; i < r.agents.size(); ++i) write_agent_json(w, r.agents[i], r.slowdown[i]);
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
       "analysis output | report output | slowdown vs solo | report |\n";
  s += "|---|---|---|---|---:|---:|---:|---:|---:|---:|---|\n";
  for (std::size_t i = 0; i < r.agents.size(); ++i) {
    const auto& a = r.agents[i];
    s += fmt::format("| {} | {} | {} | {} | {:.2f} | {} | {} | {} | {} | {} | [{}]({}) |\n",
                     a.config.persona.name, a.config.model, options_cell(a), a.ok ? "yes" : "NO",
                     a.times.total_s, fmt_opt(call_mean(a, &stats::RequestMetrics::ttft_ms)),
                     fmt_opt(call_mean(a, &stats::RequestMetrics::decode_tok_s)),
                     generation_cell(a.analysis), generation_cell(a.report),
                     fmt_opt(r.slowdown[i], "{:.2f}x"), a.config.persona.report_file,
                     a.config.persona.report_file);
  }
  s += std::string("\n") + kOutputNote + "\n";
  s += fmt::format(
      "\n**Concurrency:** {} agents, wall {:.2f} s, speedup {}, efficiency {} %, contention: "
      "{}\n\n",
      r.agents.size(), r.wall_s, fmt_opt(r.speedup), fmt_opt(r.efficiency_pct, "{:.1f}"),
      r.contention ? "yes" : "no");
  s += "Speedup and efficiency follow the reference's definitions and measure how much the agents "
       "overlapped. What each agent lost by sharing is its slowdown against its own solo run.\n";
  // TTFT and throughput of every agent against the first one (agent A in the scenarios).
  const auto t0 = call_mean(r.agents[0], &stats::RequestMetrics::ttft_ms);
  const auto d0 = call_mean(r.agents[0], &stats::RequestMetrics::decode_tok_s);
  for (std::size_t i = 1; i < r.agents.size(); ++i) {
    const auto& a = r.agents[i];
    const auto t = call_mean(a, &stats::RequestMetrics::ttft_ms);
    const auto d = call_mean(a, &stats::RequestMetrics::decode_tok_s);
    if (i == 1) s += "\n";
    s += fmt::format("- {} minus {}: TTFT {}, decode rate {}\n", a.config.persona.name,
                     r.agents[0].config.persona.name,
                     t && t0 ? fmt::format("{:+.2f} ms", *t - *t0) : "n/a",
                     d && d0 ? fmt::format("{:+.2f} tok/s", *d - *d0) : "n/a");
  }
  return s;
}

std::string summary_json(const AgentsOptions& o, const AgentsSummary& sum) {
  std::ostringstream js;
  JsonWriter w(js);
  w.begin_object();
  w.key("schema_version").value(1);
  w.key("tool").value(version_line());
  w.key("scenario").value(o.scenario);
  w.key("model").value(o.model);
  w.key("definitions").value(kDefinitions);
  w.key("runs").begin_array();
  for (const auto& r : sum.runs) {
    w.begin_object();
    w.key("run").value(r.index);
    w.key("agents").value(static_cast<std::uint64_t>(r.agents.size()));
    w.key("wall_s").value(r.wall_s);
    w.key("speedup").value(r.speedup);
    w.key("efficiency_pct").value(r.efficiency_pct);
    w.key("contention").value(r.contention);
    w.key("slowdown").begin_array();
    for (const auto& s : r.slowdown) w.value(s);
    w.end_array();
    bool ok = true;
    for (const auto& a : r.agents) ok = ok && a.ok;
    w.key("ok").value(ok);
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
  return js.str();
}

}  // namespace

std::string summary_markdown(std::string_view scenario, std::string_view model,
                             std::string_view date, const AgentsSummary& sum) {
  std::string md = fmt::format("# Chimera Insight: {} summary\n\n**Model:** {}\n**Date:** {}\n\n",
                               scenario, model, date);
  if (sum.runs.empty()) return md + "No runs.\n";
  const auto& first = sum.runs.front().agents;
  md += "| run |";
  std::string rule = "|---:|";
  for (const auto& a : first) md += " " + a.config.persona.name + " s |", rule += "---:|";
  md += " wall s | speedup | efficiency | contention |";
  rule += "---:|---:|---:|---|";
  for (const auto& a : first) md += " slowdown " + a.config.persona.name + " |", rule += "---:|";
  md += "\n" + rule + "\n";
  for (const auto& r : sum.runs) {
    md += fmt::format("| {} |", r.index);
    for (const auto& a : r.agents) md += fmt::format(" {:.2f} |", a.times.total_s);
    md += fmt::format(" {:.2f} | {} | {} % | {} |", r.wall_s, fmt_opt(r.speedup),
                      fmt_opt(r.efficiency_pct, "{:.1f}"), r.contention ? "yes" : "no");
    for (const auto& s : r.slowdown) md += " " + fmt_opt(s, "{:.2f}x") + " |";
    md += "\n";
  }
  md += std::string("\n") + kDefinitions + "\n";
  md +=
      "\n## Agents\n\n| run | agent | options | analysis output | report output |\n"
      "|---:|---|---|---:|---:|\n";
  for (const auto& r : sum.runs) {
    for (const auto& a : r.agents)
      md += fmt::format("| {} | {} | {} | {} | {} |\n", r.index, a.config.persona.name,
                        options_cell(a), generation_cell(a.analysis), generation_cell(a.report));
  }
  md += std::string("\n") + kOutputNote + "\n";
  return md;
}

namespace {

// A completed run of the same agents read back, or nothing (missing, unreadable, other agents).
std::optional<ConcurrentRun> read_back(const fs::path& file,
                                       const std::vector<AgentConfig>& agents) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream ss;
  ss << in.rdbuf();
  auto r = run_from_json(ss.str());
  if (!r || r->agents.size() != agents.size()) return std::nullopt;
  for (std::size_t i = 0; i < agents.size(); ++i) {
    if (r->agents[i].config.persona.name != agents[i].persona.name) return std::nullopt;
    r->agents[i].config.persona = agents[i].persona;  // report file, label: as configured
  }
  return r;
}

std::string solo_json(const std::vector<std::optional<AgentRun>>& solo) {
  std::ostringstream ss;
  JsonWriter w(ss);
  w.begin_object();
  w.key("agents").begin_array();
  for (const auto& s : solo) {
    if (s) write_agent_json(w, *s, std::nullopt);
  }
  w.end_array();
  w.end_object();
  w.flush();
  return ss.str();
}

// Builds each agent's configuration; report files are made unique when personas repeat.
Result<std::vector<AgentConfig>> configure(const AgentsOptions& o, const fs::path& pdir) {
  auto specs = scenario_agents(o);
  if (!specs) return specs.error();
  std::vector<AgentConfig> out;
  std::multiset<std::string> files;
  for (const auto& sp : specs.value()) {
    auto p = load_persona(pdir, sp.persona);
    if (!p) return p.error();
    AgentConfig c;
    c.persona = p.value();
    if (!sp.name.empty()) c.persona.name = sp.name;
    c.backend = sp.backend.empty() ? o.backend : sp.backend;
    c.url = sp.url.empty() ? o.url_a : sp.url;
    if (c.backend == "embedded") c.url = "in-process";
    c.model = sp.model.empty() ? o.model : sp.model;
    c.options_json = sp.options_json;
    c.api_key = o.api_key;
    c.warmup_calls = o.warmup;
    files.insert(c.persona.report_file);
    out.push_back(std::move(c));
  }
  for (std::size_t i = 0; i < out.size(); ++i) {
    auto& f = out[i].persona.report_file;
    if (files.count(f) > 1) f = fmt::format("agent{}_{}", i + 1, f);
  }
  return out;
}

}  // namespace

Result<std::vector<AgentSpec>> scenario_agents(const AgentsOptions& o) {
  if (!o.agents.empty()) return o.agents;
  std::string a, b;
  if (o.scenario == "baseline_vs_chimera") {
    b = o.options;
  } else if (o.scenario == "chimera_hetero") {
    a = o.options_a, b = o.options_b;
  } else if (o.scenario == "chimera_homo") {
    a = b = o.options;
  } else {
    return Error{ErrorCode::usage, "unknown scenario '" + o.scenario + "'",
                 "use baseline_vs_chimera, chimera_hetero or chimera_homo, or --config FILE"};
  }
  return std::vector<AgentSpec>{
      {"datacollector-9000", "", "", o.url_a, "", a},
      {"insight-agent", "", "", o.url_b.empty() ? o.url_a : o.url_b, "", b}};
}

void concurrency_figures(ConcurrentRun& r) {
  r.speedup.reset();
  r.efficiency_pct.reset();
  r.contention = false;
  if (r.wall_s <= 0 || r.agents.empty()) return;
  double total = 0;
  for (const auto& a : r.agents) {
    if (!a.ok) return;  // undefined when an agent failed: n/a, not a number
    total += a.times.total_s;
  }
  r.speedup = total / r.wall_s;
  r.efficiency_pct = *r.speedup / static_cast<double>(r.agents.size()) * 100.0;
  r.contention = *r.efficiency_pct < 75.0;
}

Result<AgentsSummary> run_agents(const AgentsOptions& o,
                                 const std::function<void(const std::string&)>& progress) {
  const auto say = [&](const std::string& m) {
    if (progress) progress(m);
  };
  const fs::path pdir = o.prompts.empty() ? default_prompts_dir() : o.prompts;
  auto prompts = load_prompts(pdir);
  if (!prompts) return prompts.error();
  auto configs = configure(o, pdir);
  if (!configs) return configs.error();
  const auto& agents = configs.value();
  const std::size_t n = agents.size();
  for (const auto& a : agents) {
    if (auto st = preflight(a); !st) {
      auto e = st.error();
      e.message = a.persona.name + " (" + a.url + "): " + e.message;
      if (e.hint.find("--url") != std::string::npos)
        e.hint += " (for agents: --url-a, --url-b or the agent's url in --config)";
      return e;
    }
  }

  AgentsSummary sum;
  sum.solo.resize(n);
  // Every result goes to the store as soon as it exists; a store that fails is reported, and the
  // run and its files go on.
  auto log = RunLog::open(o.store, "agents", o.out / "invocation.txt", o.resume);
  if (!log) return log.error();
  const auto keep = [&](std::string_view kind, const std::string& json) {
    log.value().keep(kind, json, say);
  };

  std::optional<ConcurrentRun> kept_solo;
  if (o.solo && o.resume) kept_solo = read_back(o.out / "solo.json", agents);
  // Each result is written to its file first (atomically), then stored; a resume stores what a
  // kill left unstored, so every completed result is in the store exactly once.
  const auto keep_file_once = [&](std::string_view kind, const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    log.value().keep_once(kind, text.str(), say);
  };
  if (kept_solo) {
    say("resuming: solo runs kept from " + (o.out / "solo.json").string());
    for (std::size_t i = 0; i < n; ++i) sum.solo[i] = kept_solo->agents[i];
    keep_file_once("agents.solo", o.out / "solo.json");
  } else if (o.solo) {
    for (std::size_t i = 0; i < n; ++i) {
      say(fmt::format("solo run {}/{}: {}", i + 1, n, agents[i].persona.name));
      sum.solo[i] = run_agent(agents[i], o.dir, o.layout, prompts.value());
    }
    const std::string solo = solo_json(sum.solo);
    if (auto st = write_text_file(o.out / "solo.json", solo); !st) return st.error();
    keep("agents.solo", solo);
  }
  for (int run = 1; run <= o.runs; ++run) {
    if (o.resume) {
      if (auto kept = read_back(o.out / fmt::format("run_{}", run) / "metrics.json", agents)) {
        say(fmt::format("run {}/{}: kept (completed before the resume)", run, o.runs));
        kept->index = run;
        keep_file_once("agents.run", o.out / fmt::format("run_{}", run) / "metrics.json");
        sum.runs.push_back(std::move(*kept));
        continue;
      }
    }
    say(fmt::format("run {}/{}: {} agents concurrently", run, o.runs, n));
    ConcurrentRun r;
    r.index = run;
    r.agents.resize(n);
    std::barrier start(static_cast<std::ptrdiff_t>(n));  // all warm up, then measure together
    {
      std::vector<std::jthread> threads;
      for (std::size_t i = 0; i < n; ++i) {
        AgentConfig c = agents[i];
        c.before_measure = [&start] { start.arrive_and_wait(); };
        threads.emplace_back([&r, &o, &prompts, i, c = std::move(c)] {
          r.agents[i] = run_agent(c, o.dir, o.layout, prompts.value());
        });
      }
    }  // joined
    std::int64_t first = r.agents[0].start_ns, last = r.agents[0].end_ns;
    for (const auto& a : r.agents)
      first = std::min(first, a.start_ns), last = std::max(last, a.end_ns);
    r.wall_s = static_cast<double>(last - first) / 1e9;
    concurrency_figures(r);
    for (std::size_t i = 0; i < n; ++i) {
      const auto& solo = sum.solo[i];
      r.slowdown.push_back(solo && solo->ok && r.agents[i].ok
                               ? std::optional(r.agents[i].times.total_s / solo->times.total_s)
                               : std::nullopt);
    }
    const fs::path dir = o.out / fmt::format("run_{}", run);
    const std::string date = today_utc();
    for (std::size_t i = 0; i < n; ++i) {
      const auto& ag = r.agents[i];
      const analysis::RunSignals sig{r.slowdown[i], r.efficiency_pct, r.contention};
      if (auto st =
              write_text_file(dir / ag.config.persona.report_file, render_report(ag, date, sig));
          !st)
        return st.error();
    }
    if (auto st = write_text_file(dir / "combined_report.md", combined_md(o, r)); !st)
      return st.error();
    const std::string metrics = run_json(o, r);
    if (auto st = write_text_file(dir / "metrics.json", metrics); !st) return st.error();
    keep("agents.run", metrics);
    sum.runs.push_back(std::move(r));
  }
  if (auto st = write_text_file(o.out / "summary.json", summary_json(o, sum)); !st)
    return st.error();
  if (auto st = write_text_file(o.out / "summary.md",
                                summary_markdown(o.scenario, o.model, today_utc(), sum));
      !st)
    return st.error();
  if (auto st = write_text_file(o.out / "report.html", agents_html(o, sum)); !st) return st.error();
  return sum;
}

}  // namespace chimera::agent
