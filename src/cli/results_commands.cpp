// chimera report, merge and compare: reading results stores and result files.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>

#include "chimera/agent/compare_run.hpp"
#include "chimera/agent/scenario.hpp"
#include "chimera/agent/util.hpp"
#include "chimera/cli/cli.hpp"
#include "chimera/cli/support.hpp"
#include "chimera/core/json_writer.hpp"
#include "chimera/report/load_writers.hpp"
#include "chimera/store/results_store.hpp"
#include "chimera/store/trial_store.hpp"
#include "chimera/tune/compare.hpp"
#include "chimera/tune/sweep_report.hpp"

namespace chimera::cli {
namespace {

bool is_store(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char head[16] = {};
  in.read(head, sizeof head);
  return in.gcount() == 16 && std::string(head, 15) == "SQLite format 3";
}

struct ReportArgs {
  std::string store, sweep, load, agents, run, output;
  Format format = Format::text;  // md when -o is given without --format
  bool list = false;
};

// The concurrent-agent runs of one `chimera agents` invocation, as its stored records say.
struct StoredAgents {
  std::string created, scenario, tool, model;
  std::vector<std::string> json;  // the agents.run records, as stored
  agent::AgentsSummary summary;
};

// Every agents invocation in the store, in the order they were stored.
Result<std::vector<std::pair<std::string, StoredAgents>>> stored_agents(store::ResultsStore& rs) {
  auto recs = rs.records("agents.run");
  if (!recs) return recs.error();
  std::vector<std::pair<std::string, StoredAgents>> out;
  for (const auto& rec : recs.value()) {
    agent::RunHeader head;
    auto run = agent::run_from_json(rec.json, &head);
    if (!run) continue;
    if (out.empty() || out.back().first != rec.invocation) {
      out.push_back(
          {rec.invocation,
           {rec.created, head.scenario, head.tool, run->agents.front().config.model, {}, {}}});
    }
    out.back().second.json.push_back(rec.json);
    out.back().second.summary.runs.push_back(std::move(*run));
  }
  return out;
}

std::string agents_report_json(const std::string& id, const StoredAgents& s) {
  std::string j = "{\"schema_version\":1,\"kind\":\"agents\",\"invocation\":";
  JsonWriter::append_string(j, id);
  j += ",\"stored\":";
  JsonWriter::append_string(j, s.created);
  j += ",\"runs\":[";
  for (std::size_t i = 0; i < s.json.size(); ++i) j += (i ? "," : "") + s.json[i];
  return j + "]}\n";
}

int report_runs(const ReportArgs& a, store::ResultsStore& rs);

// The latest `chimera agents` invocation in the store (or --agents ID): summary and HTML from its
// agents.run records; the environment shown is what the records say, not this machine's.
int report_agents(const ReportArgs& a, store::ResultsStore& rs) {
  auto all = stored_agents(rs);
  if (!all) return report_error(all.error());
  const auto& v = all.value();
  const auto it =
      a.agents.empty()
          ? (v.empty() ? v.end() : v.end() - 1)
          : std::find_if(v.begin(), v.end(), [&](const auto& p) { return p.first == a.agents; });
  if (it == v.end() && a.agents.empty()) return report_runs(a, rs);
  if (it == v.end())
    return report_error(Error{ErrorCode::usage, "no agents run '" + a.agents + "' in the store",
                              "list them with: chimera report " + a.store + " --list"});
  const auto& [id, s] = *it;
  if (a.format == Format::csv)
    return report_error(Error{ErrorCode::usage, "--format csv is for sweeps",
                              "use md, json or html for an agents run"});
  std::string text;
  if (a.format == Format::json) {
    text = agents_report_json(id, s);
  } else if (a.format == Format::html) {
    agent::AgentsOptions o;
    o.scenario = s.scenario, o.model = s.model, o.dir = "artifacts not recorded in " + a.store;
    const agent::Facts context = {
        {"tool", s.tool}, {"stored", s.created}, {"invocation", id}, {"store", a.store}};
    text = agent::agents_html(o, s.summary, &context);
  } else {
    text = agent::summary_markdown(s.scenario, s.model, s.created.substr(0, 10), s.summary) +
           "\nRead from " + a.store + ", invocation " + id + ", stored " + s.created + " by " +
           s.tool + ".\n";
  }
  auto w = write_output(a.output, text);
  return w ? kExitOk : report_error(w.error());
}

// The `chimera run` comparisons in the store: per invocation its baseline and chimera runs.
struct StoredRuns {
  std::string created, tool;
  agent::RunComparison cmp;
};

Result<std::vector<std::pair<std::string, StoredRuns>>> stored_runs(store::ResultsStore& rs) {
  std::vector<std::pair<std::string, StoredRuns>> out;
  for (const char* kind : {"run.baseline", "run.chimera"}) {
    auto recs = rs.records(kind);
    if (!recs) return recs.error();
    for (const auto& rec : recs.value()) {
      auto run = agent::agent_run_from_json(rec.json);
      if (!run) continue;
      auto it = std::find_if(out.begin(), out.end(),
                             [&](const auto& p) { return p.first == rec.invocation; });
      if (it == out.end()) it = out.insert(out.end(), {rec.invocation, {rec.created, {}, {}}});
      it->second.created = std::min(it->second.created, rec.created);
      auto& side =
          std::string_view(kind) == "run.baseline" ? it->second.cmp.baseline : it->second.cmp.tuned;
      side.push_back(std::move(*run));
    }
  }
  auto tools = rs.records("run.comparison");  // the tool line, when the comparison completed
  if (!tools) return tools.error();
  for (const auto& rec : tools.value()) {
    for (auto& [id, r] : out) {
      const auto at = rec.json.find("\"tool\": \"");
      if (id == rec.invocation && at != std::string::npos)
        r.tool = rec.json.substr(at + 9, rec.json.find('"', at + 9) - at - 9);
    }
  }
  std::sort(out.begin(), out.end(),
            [](const auto& x, const auto& y) { return x.second.created < y.second.created; });
  return out;
}

// The latest `chimera run` comparison in the store (or --run ID), recomputed from its stored runs
// (one record per run) with the same statistics and writers as the run itself.
int report_runs(const ReportArgs& a, store::ResultsStore& rs) {
  auto all = stored_runs(rs);
  if (!all) return report_error(all.error());
  const auto& v = all.value();
  const auto it = a.run.empty() ? (v.empty() ? v.end() : v.end() - 1)
                                : std::find_if(v.begin(), v.end(),
                                               [&](const auto& p) { return p.first == a.run; });
  if (it == v.end())
    return report_error(
        a.run.empty()
            ? Error{ErrorCode::input,
                    "'" + a.store + "' holds no sweep, load run, agents run or run comparison",
                    "run chimera sweep, load, agents or run with --store FILE first"}
            : Error{ErrorCode::usage, "no run comparison '" + a.run + "' in the store",
                    "list them with: chimera report " + a.store + " --list"});
  const auto& [id, s] = *it;
  if (a.format == Format::csv)
    return report_error(Error{ErrorCode::usage, "--format csv is for sweeps",
                              "use md, json or html for a run comparison"});
  agent::RunOptions o;
  const auto& any = s.cmp.baseline.empty() ? s.cmp.tuned.front() : s.cmp.baseline.front();
  o.model = any.config.model, o.backend = any.config.backend, o.url = any.config.url;
  o.persona = any.config.persona.name;
  o.dir = "artifacts not recorded in " + a.store;
  if (!s.cmp.baseline.empty()) o.baseline_options = s.cmp.baseline.front().config.options_json;
  if (!s.cmp.tuned.empty()) o.options = s.cmp.tuned.front().config.options_json;
  o.runs = static_cast<int>(std::max(s.cmp.baseline.size(), s.cmp.tuned.size()));
  const agent::Facts context = {{"tool", s.tool.empty() ? "not recorded" : s.tool},
                                {"stored", s.created},
                                {"invocation", id},
                                {"store", a.store}};
  const auto out = agent::comparison_outputs(o, s.cmp, s.created.substr(0, 10), &context);
  const std::string text = a.format == Format::json ? out.json
                           : a.format == Format::html
                               ? out.html
                               : out.markdown + "\nRead from " + a.store + ", invocation " + id +
                                     ", stored " + s.created + ".\n";
  auto w = write_output(a.output, text);
  return w ? kExitOk : report_error(w.error());
}

// The latest load run in the store (or --load ID): its levels gathered from load.level records.
int report_load(const ReportArgs& a) {
  auto rs = store::ResultsStore::open(a.store);
  if (!rs) return report_error(rs.error());
  auto all = rs.value()->all("load.level");
  if (!all) return report_error(all.error());
  std::vector<std::string> order;
  std::map<std::string, report::LoadReport> runs;
  for (const auto& j : all.value()) {
    auto r = report::report_from_json(j);
    if (!r) continue;
    auto [it, fresh] = runs.try_emplace(r->load_id, *r);
    if (fresh) {
      order.push_back(r->load_id);
      continue;
    }
    auto& levels = it->second.levels;  // a level measured again after a resume replaces the old
    const auto same = std::find_if(levels.begin(), levels.end(),
                                   [&](const auto& l) { return l.level == r->levels[0].level; });
    if (same != levels.end()) {
      *same = r->levels[0];
    } else {
      levels.push_back(r->levels[0]);
    }
  }
  if (a.list) {
    for (const auto& id : order)
      std::cout << "load " << id << "  " << runs[id].model << "  " << runs[id].mode << " loop  "
                << runs[id].levels.size() << " level(s)\n";
    auto ag = stored_agents(*rs.value());
    if (!ag) return report_error(ag.error());
    for (const auto& [id, s] : ag.value())
      std::cout << "agents " << id << "  " << s.created << "  " << s.scenario << "  "
                << s.summary.runs.size() << " run(s)\n";
    auto rn = stored_runs(*rs.value());
    if (!rn) return report_error(rn.error());
    for (const auto& [id, r] : rn.value())
      std::cout << "run " << id << "  " << r.created << "  " << r.cmp.baseline.size()
                << " baseline + " << r.cmp.tuned.size() << " chimera run(s)\n";
    if (order.empty() && ag.value().empty() && rn.value().empty())
      std::cout << "(no sweep, load run, agents run or run comparison in " << a.store << ")\n";
    return kExitOk;
  }
  if (!a.run.empty()) return report_runs(a, *rs.value());
  if (!a.agents.empty() || (order.empty() && a.load.empty())) return report_agents(a, *rs.value());
  const std::string id = a.load.empty() ? order.back() : a.load;
  if (!runs.count(id))
    return report_error(Error{ErrorCode::usage, "no load run '" + id + "' in the store",
                              "list them with: chimera report " + a.store + " --list"});
  auto& r = runs[id];
  std::sort(r.levels.begin(), r.levels.end(),
            [](const auto& x, const auto& y) { return x.level < y.level; });
  if (a.format == Format::csv)
    return report_error(Error{ErrorCode::usage, "--format csv is for sweeps",
                              "use md, json or html for a load run"});
  std::string text;
  if (a.format == Format::json) {
    std::ostringstream ss;
    report::load_json(ss, r);
    text = ss.str();
  } else {
    text = a.format == Format::html   ? report::load_html(r)
           : a.format == Format::text ? report::load_text(r)
                                      : report::load_markdown(r);
  }
  auto w = write_output(a.output, text);
  return w ? kExitOk : report_error(w.error());
}

void add_report(CLI::App& app, int& exit_code) {
  using Args = ReportArgs;
  auto a = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand(
      "report",
      "Report a sweep from a results store (any store chimera sweep wrote, merged ones included):\n"
      "best configuration with its interval (or the leading one and those tied with it within\n"
      "noise), Pareto front, every point, the reproducing command.\n"
      "A store without sweeps reports its latest load run (chimera load --store), and one\n"
      "without load runs its latest agents run (chimera agents --store), then its latest\n"
      "baseline-vs-Chimera comparison (chimera run --store).");
  cmd->add_option("STORE", a->store, "SQLite results store")->required()->check(CLI::ExistingFile);
  cmd->add_option("--sweep", a->sweep, "Sweep id (default: the most recent); see --list");
  cmd->add_flag("--list", a->list, "List the sweeps in the store (or its load runs)");
  cmd->add_option("--load", a->load,
                  "Load run id, in a store without sweeps (default: the latest)");
  cmd->add_option("--agents", a->agents,
                  "chimera agents invocation id (see --list); default in a store with no sweep\n"
                  "and no load run: the latest");
  cmd->add_option("--run", a->run,
                  "chimera run comparison id (see --list); default in a store with nothing else:\n"
                  "the latest");
  auto* format = add_format_option(
      cmd, a->format, {Format::text, Format::md, Format::json, Format::csv, Format::html},
      "text: an 80-column summary of a sweep or load run (the default on stdout; agents runs\n"
      "and run comparisons print their Markdown); md: the full report (the default with -o);\n"
      "csv: one row per trial (sweeps)");
  cmd->add_option("-o,--output", a->output, "Write to FILE instead of stdout");
  cmd->callback([a, format, &exit_code] {
    if (format->count() == 0 && !a->output.empty()) a->format = Format::md;
    if (!is_store(a->store)) {
      exit_code =
          report_error(Error{ErrorCode::input, "'" + a->store + "' is not an SQLite results store",
                             "give the file written by chimera sweep --store"});
      return;
    }
    auto st = store::TrialStore::open(a->store);
    if (!st) {
      exit_code = report_error(st.error());
      return;
    }
    if (a->list) {
      auto sw = st.value()->sweeps();
      if (sw && sw.value().empty()) {
        exit_code = report_load(*a);
        return;
      }
      if (!sw) {
        exit_code = report_error(sw.error());
        return;
      }
      for (const auto& s : sw.value()) {
        auto t = st.value()->trials(s.id);
        std::cout << s.id << "  " << s.created << "  " << s.name << "  "
                  << (t ? t.value().size() : 0) << " trial(s)  objective " << s.objective << "\n";
      }
      exit_code = kExitOk;
      return;
    }
    auto sweeps = st.value()->sweeps();
    if (sweeps && ((sweeps.value().empty() && a->sweep.empty()) || !a->load.empty() ||
                   !a->agents.empty() || !a->run.empty())) {  // no sweep, or another kind
      exit_code = report_load(*a);
      return;
    }
    auto v = tune::load_sweep(*st.value(), a->sweep);
    if (!v) {
      exit_code = report_error(v.error());
      return;
    }
    const std::string text = tune::render_sweep(v.value(), a->format);
    auto w = write_output(a->output, text);
    exit_code = w ? kExitOk : report_error(w.error());
  });
}

void add_merge(CLI::App& app, int& exit_code) {
  struct Args {
    std::string out;
    std::vector<std::string> in;
  };
  auto a = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand(
      "merge",
      "Combine results stores (e.g. the shards of one sweep run as a job array) into OUT. Trials\n"
      "already in OUT are kept once; merging the same store twice adds nothing.");
  cmd->add_option("OUT", a->out, "Store to merge into (created if missing)")->required();
  cmd->add_option("STORES", a->in, "Stores to merge")->required()->check(CLI::ExistingFile);
  cmd->callback([a, &exit_code] {
    auto st = store::TrialStore::open(a->out);
    if (!st) {
      exit_code = report_error(st.error());
      return;
    }
    for (const auto& in : a->in) {
      if (!is_store(in)) {
        exit_code =
            report_error(Error{ErrorCode::input, "'" + in + "' is not an SQLite results store",
                               "give stores written by chimera sweep --store"});
        return;
      }
      auto n = st.value()->merge_from(in);
      if (!n) {
        exit_code = report_error(n.error());
        return;
      }
      std::cerr << "chimera merge: " << in << ": " << n.value() << " trial(s) added\n";
    }
    exit_code = kExitOk;
  });
}

void add_compare(CLI::App& app, int& exit_code) {
  struct Args {
    std::string base, candidate, base_sweep, candidate_sweep, output, junit;
    double alpha = 0.05, fail_pct = -1;
  };
  auto a = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand(
      "compare",
      "Compare two result sets: results stores (the best point of a sweep; in a store without\n"
      "sweeps, the runs of its latest chimera agents invocation) or JSON / JSON Lines from probe\n"
      "and agents (summary.json). A chimera run is its own comparison. Per metric: means, delta, "
      "its 95 % CI and a Welch test; with\n"
      "--fail-on-regression PCT, exit 1 when a metric is significantly worse by PCT % or more, so\n"
      "a CI job can gate on performance. Writes Markdown (stdout or -o) and JUnit XML (--junit).");
  cmd->add_option("BASE", a->base, "Baseline result set")->required()->check(CLI::ExistingFile);
  cmd->add_option("CANDIDATE", a->candidate, "Candidate result set")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--base-sweep", a->base_sweep, "Sweep id in a BASE store (default: latest)");
  cmd->add_option("--candidate-sweep", a->candidate_sweep, "Sweep id in a CANDIDATE store");
  cmd->add_option("--alpha", a->alpha, "Significance level")
      ->check(CLI::Range(1e-6, 0.5))
      ->capture_default_str();
  cmd->add_option("--fail-on-regression", a->fail_pct,
                  "Exit 1 when a metric is significantly worse by at least PCT %")
      ->check(CLI::Range(0.0, 1e9));
  cmd->add_option("-o,--output", a->output, "Write the Markdown to FILE");
  cmd->add_option("--junit", a->junit, "Write JUnit XML to FILE (one test case per metric)");
  cmd->callback([a, &exit_code] {
    auto b = tune::load_samples(a->base, a->base_sweep);
    if (!b) {
      exit_code = report_error(b.error());
      return;
    }
    auto c = tune::load_samples(a->candidate, a->candidate_sweep);
    if (!c) {
      exit_code = report_error(c.error());
      return;
    }
    const std::optional<double> fail = a->fail_pct >= 0 ? std::optional(a->fail_pct) : std::nullopt;
    const auto cmp = tune::compare(b.value(), c.value(), a->alpha, fail);
    if (cmp.rows.empty()) {
      exit_code = report_error(Error{
          ErrorCode::input, "no metric is measured in both result sets",
          "compare results of the same kind (probe with probe, a sweep store with a sweep store)"});
      return;
    }
    if (auto w = write_output(a->output, tune::comparison_markdown(cmp)); !w) {
      exit_code = report_error(w.error());
      return;
    }
    if (!a->junit.empty()) {
      if (auto w = write_output(a->junit, tune::comparison_junit(cmp)); !w) {
        exit_code = report_error(w.error());
        return;
      }
    }
    std::cerr << "chimera compare: " << cmp.rows.size() << " metric(s), " << cmp.regressions()
              << " regression(s)\n";
    exit_code = fail && cmp.regressions() > 0 ? kExitFailure : kExitOk;
  });
}

}  // namespace

void add_results_commands(CLI::App& app, int& exit_code) {
  add_report(app, exit_code);
  add_merge(app, exit_code);
  add_compare(app, exit_code);
}

}  // namespace chimera::cli
