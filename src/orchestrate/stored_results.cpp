#include "chimera/orchestrate/stored_results.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "chimera/agent/util.hpp"
#include "chimera/core/json_writer.hpp"
#include "chimera/store/location.hpp"
#include "chimera/store/results_store.hpp"
#include "chimera/tune/sweep_report.hpp"

namespace chimera::orchestrate {
namespace {

// When a load run was measured, as its environment recorded it ("" when it did not).
std::string measured_at(const report::LoadReport& r) {
  for (const auto& [k, v] : r.environment) {
    if (k == "measured at") return v;
  }
  return "";
}

Result<std::vector<StoredLoad>> read_loads(store::ResultsStore& rs) {
  auto all = rs.all("load.level");
  if (!all) return all.error();
  std::vector<StoredLoad> out;
  std::map<std::string, std::size_t> at;
  for (const auto& j : all.value()) {
    auto r = report::report_from_json(j);
    if (!r) continue;
    const auto [it, fresh] = at.try_emplace(r->load_id, out.size());
    if (fresh) out.push_back({r->load_id, *r, {}});
    out[it->second].history.push_back({measured_at(*r), r->levels[0]});
    if (fresh) continue;
    auto& levels = out[it->second].report.levels;  // measured again after a resume: the new one
    const auto same = std::find_if(levels.begin(), levels.end(),
                                   [&](const auto& l) { return l.level == r->levels[0].level; });
    if (same != levels.end()) {
      *same = r->levels[0];
    } else {
      levels.push_back(r->levels[0]);
    }
  }
  for (auto& l : out)
    std::sort(l.report.levels.begin(), l.report.levels.end(),
              [](const auto& x, const auto& y) { return x.level < y.level; });
  return out;
}

Result<std::vector<StoredAgents>> read_agents(store::ResultsStore& rs) {
  auto recs = rs.records("agents.run");
  if (!recs) return recs.error();
  std::vector<StoredAgents> out;
  for (const auto& rec : recs.value()) {
    agent::RunHeader head;
    auto run = agent::run_from_json(rec.json, &head);
    if (!run) continue;
    if (out.empty() || out.back().invocation != rec.invocation)
      out.push_back({rec.invocation,
                     rec.created,
                     head.scenario,
                     head.tool,
                     run->agents.front().config.model,
                     {},
                     {}});
    out.back().json.push_back(rec.json);
    out.back().summary.runs.push_back(std::move(*run));
  }
  return out;
}

Result<std::vector<StoredRuns>> read_runs(store::ResultsStore& rs) {
  std::vector<StoredRuns> out;
  for (const char* kind : {"run.baseline", "run.chimera"}) {
    auto recs = rs.records(kind);
    if (!recs) return recs.error();
    for (const auto& rec : recs.value()) {
      auto run = agent::agent_run_from_json(rec.json);
      if (!run) continue;
      auto it = std::find_if(out.begin(), out.end(),
                             [&](const auto& r) { return r.invocation == rec.invocation; });
      if (it == out.end()) it = out.insert(out.end(), {rec.invocation, rec.created, {}, {}});
      it->created = std::min(it->created, rec.created);
      (std::string_view(kind) == "run.baseline" ? it->cmp.baseline : it->cmp.tuned)
          .push_back(std::move(*run));
    }
  }
  auto done = rs.records("run.comparison");  // the tool line, when the comparison completed
  if (!done) return done.error();
  for (const auto& rec : done.value()) {
    const auto at = rec.json.find("\"tool\": \"");
    for (auto& r : out) {
      if (r.invocation == rec.invocation && at != std::string::npos)
        r.tool = rec.json.substr(at + 9, rec.json.find('"', at + 9) - at - 9);
    }
  }
  std::sort(out.begin(), out.end(),
            [](const auto& x, const auto& y) { return x.created < y.created; });
  return out;
}

agent::Facts recorded(const std::string& tool, const std::string& created, const std::string& id,
                      const std::string& store) {
  return {{"tool", tool.empty() ? "not recorded" : tool},
          {"stored", created},
          {"invocation", id},
          {"store", store}};
}

agent::RunOptions run_options(const StoredRuns& s, const std::string& store) {
  agent::RunOptions o;
  const auto& any = s.cmp.baseline.empty() ? s.cmp.tuned.front() : s.cmp.baseline.front();
  o.model = any.config.model, o.backend = any.config.backend, o.url = any.config.url;
  o.persona = any.config.persona.name;
  o.dir = "artifacts not recorded in " + store;
  if (!s.cmp.baseline.empty()) o.baseline_options = s.cmp.baseline.front().config.options_json;
  if (!s.cmp.tuned.empty()) o.options = s.cmp.tuned.front().config.options_json;
  o.runs = static_cast<int>(std::max(s.cmp.baseline.size(), s.cmp.tuned.size()));
  return o;
}

agent::AgentsOptions agents_options(const StoredAgents& s, const std::string& store) {
  agent::AgentsOptions o;
  o.scenario = s.scenario, o.model = s.model, o.dir = "artifacts not recorded in " + store;
  return o;
}

}  // namespace

Result<StoreContents> read_store(const std::filesystem::path& path) {
  StoreContents c;
  c.path = store::display_location(path.string());  // shown in reports: never a password
  auto trials = store::TrialStore::open(path);
  if (!trials) return trials.error();
  auto sweeps = trials.value()->sweeps();
  if (!sweeps) return sweeps.error();
  c.sweeps = sweeps.value();
  auto rs = store::ResultsStore::open(path);
  if (!rs) return rs.error();
  auto loads = read_loads(*rs.value());
  if (!loads) return loads.error();
  c.loads = std::move(loads.value());
  auto agents = read_agents(*rs.value());
  if (!agents) return agents.error();
  c.agents = std::move(agents.value());
  auto runs = read_runs(*rs.value());
  if (!runs) return runs.error();
  c.runs = std::move(runs.value());
  return c;
}

std::string list_store(const StoreContents& c, store::TrialStore& trials) {
  std::string s;
  for (const auto& w : c.sweeps) {
    auto t = trials.trials(w.id);
    s += fmt::format("sweep {}  {}  {}  {} trial(s)  objective {}\n", w.id, w.created, w.name,
                     t ? t.value().size() : 0, w.objective);
  }
  for (const auto& l : c.loads)
    s += fmt::format("load {}  {}  {} loop  {} level(s)\n", l.id, l.report.model, l.report.mode,
                     l.report.levels.size());
  for (const auto& a : c.agents)
    s += fmt::format("agents {}  {}  {}  {} run(s)\n", a.invocation, a.created, a.scenario,
                     a.summary.runs.size());
  for (const auto& r : c.runs)
    s += fmt::format("run {}  {}  {} baseline + {} chimera run(s)\n", r.invocation, r.created,
                     r.cmp.baseline.size(), r.cmp.tuned.size());
  if (c.items() == 0)
    s += "(no sweep, load run, agents run or run comparison in " + c.path.string() + ")\n";
  return s;
}

std::string agents_json(const StoredAgents& s) {
  std::string j = "{\"schema_version\":1,\"kind\":\"agents\",\"invocation\":";
  JsonWriter::append_string(j, s.invocation);
  j += ",\"stored\":";
  JsonWriter::append_string(j, s.created);
  j += ",\"runs\":[";
  for (std::size_t i = 0; i < s.json.size(); ++i) j += (i ? "," : "") + s.json[i];
  return j + "]}\n";
}

std::string agents_markdown(const StoredAgents& s, const std::string& store) {
  return agent::summary_markdown(s.scenario, s.model, s.created.substr(0, 10), s.summary) +
         "\nRead from " + store + ", invocation " + s.invocation + ", stored " + s.created +
         " by " + s.tool + ".\n";
}

report::html::Page agents_page(const StoredAgents& s, const std::string& store) {
  const auto context = recorded(s.tool, s.created, s.invocation, store);
  return agent::agents_page(agents_options(s, store), s.summary, &context);
}

agent::ComparisonOutputs run_outputs(const StoredRuns& s, const std::string& store) {
  const auto context = recorded(s.tool, s.created, s.invocation, store);
  auto out =
      agent::comparison_outputs(run_options(s, store), s.cmp, s.created.substr(0, 10), &context);
  out.markdown +=
      "\nRead from " + store + ", invocation " + s.invocation + ", stored " + s.created + ".\n";
  return out;
}

report::html::Page run_page(const StoredRuns& s, const std::string& store) {
  const auto context = recorded(s.tool, s.created, s.invocation, store);
  return agent::comparison_page(run_options(s, store), s.cmp, &context);
}

Result<std::string> dashboard_html(const StoreContents& c, store::TrialStore& trials) {
  namespace h = report::html;
  const std::string store = c.path.string();
  h::Page page("Chimera Insight: results store — " + c.path.filename().string());
  h::Table toc{{"kind", "result", "stored", "what"}, {}, {false, false, false, false}};
  std::vector<std::pair<std::string, h::Page>> items;  // anchor, page
  std::vector<std::string> headings;
  const auto add = [&](const std::string& kind, const std::string& id, const std::string& when,
                       const std::string& what, h::Page p) {
    const std::string anchor = kind + "-" + std::to_string(items.size() + 1);
    toc.rows.push_back({kind, id, when, what});
    headings.push_back(kind + " " + id + ": " + p.title());
    items.emplace_back(anchor, std::move(p));
  };
  for (const auto& w : c.sweeps) {
    auto v = tune::load_sweep(trials, w.id);
    if (!v) return v.error();
    add("sweep", w.id, w.created,
        fmt::format("{} trial(s) over {} point(s), objective {}", v.value().trials.size(),
                    v.value().points.size(), w.objective),
        tune::sweep_page(v.value()));
  }
  for (const auto& l : c.loads)
    add("load", l.id, measured_at(l.report),
        fmt::format("{} on {}, {} loop, {} level(s)", l.report.model, l.report.backend,
                    l.report.mode, l.report.levels.size()),
        report::load_page(l.report));
  for (const auto& a : c.agents)
    add("agents", a.invocation, a.created,
        fmt::format("{}, {} run(s), model {}", a.scenario, a.summary.runs.size(), a.model),
        agents_page(a, store));
  for (const auto& r : c.runs)
    add("run", r.invocation, r.created,
        fmt::format("baseline vs Chimera, {} + {} run(s)", r.cmp.baseline.size(),
                    r.cmp.tuned.size()),
        run_page(r, store));
  // The contents: every row links to its report below.
  std::string rows =
      "<div class=\"tw\"><table><thead><tr><th>kind</th><th>result</th>"
      "<th>stored</th><th>what</th></tr></thead><tbody>";
  for (std::size_t i = 0; i < toc.rows.size(); ++i) {
    const auto& r = toc.rows[i];
    rows += fmt::format("<tr><td>{}</td><td><a href=\"#{}\">{}</a></td><td>{}</td><td>{}</td></tr>",
                        h::esc(r[0]), h::esc(items[i].first), h::esc(r[1]),
                        h::esc(r[2].empty() ? "n/a" : r[2]), h::esc(r[3]));
  }
  rows += "</tbody></table></div>";
  page.section_with_id("contents", "Contents",
                       h::p(fmt::format("{} result(s) in {}: each links to its report below.",
                                        items.size(), store)) +
                           rows);
  for (std::size_t i = 0; i < items.size(); ++i)
    page.include(items[i].first, headings[i], items[i].second);
  return page.finish();
}

}  // namespace chimera::orchestrate
