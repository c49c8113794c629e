#pragma once
// What a results store holds, read back for reports: its sweeps, load runs (levels gathered, a
// level measured again after a resume replacing the old), `chimera agents` invocations and
// `chimera run` comparisons, each with its id, when it was stored and what recorded it; and the
// renderings that need more than one kind (the HTML dashboard of everything in a store).
#include <filesystem>
#include <string>
#include <vector>

#include "chimera/agent/compare_run.hpp"
#include "chimera/agent/scenario.hpp"
#include "chimera/core/error.hpp"
#include "chimera/report/load_writers.hpp"
#include "chimera/store/trial_store.hpp"

namespace chimera::orchestrate {

struct StoredLoad {
  std::string id;
  report::LoadReport report;  // levels in ascending order, each its latest measurement
  // Every measurement of every level in the order stored, with when it was measured (a
  // configuration run again, or a level measured again after a resume).
  std::vector<std::pair<std::string, report::LoadLevelReport>> history;
};

struct StoredAgents {
  std::string invocation, created, scenario, tool, model;
  std::vector<std::string> json;  // the agents.run records, as stored
  agent::AgentsSummary summary;
};

struct StoredRuns {
  std::string invocation, created, tool;
  agent::RunComparison cmp;
};

struct StoreContents {
  std::filesystem::path path;
  std::vector<store::SweepRow> sweeps;  // oldest first, as every list below
  std::vector<StoredLoad> loads;
  std::vector<StoredAgents> agents;
  std::vector<StoredRuns> runs;
  std::size_t items() const { return sweeps.size() + loads.size() + agents.size() + runs.size(); }
};

// Reads every kind of result in the store at `path` (an SQLite results store).
Result<StoreContents> read_store(const std::filesystem::path& path);

// One line per result: "sweep ID  CREATED  NAME  N trial(s)  objective ...", "load ID ...",
// "agents ID ...", "run ID ...", or a line saying the store holds none.
std::string list_store(const StoreContents& c, store::TrialStore& trials);

// An agents invocation as JSON: {"kind": "agents", "invocation", "stored", "runs": [records]}.
std::string agents_json(const StoredAgents& s);
// Its summary.md (and where it was read from), and its report.html with the recorded context.
std::string agents_markdown(const StoredAgents& s, const std::string& store);
report::html::Page agents_page(const StoredAgents& s, const std::string& store);

// A comparison recomputed from its stored runs with the run's own statistics and writers.
agent::ComparisonOutputs run_outputs(const StoredRuns& s, const std::string& store);
report::html::Page run_page(const StoredRuns& s, const std::string& store);

// One self-contained page for everything in the store: a table of contents linking to each
// sweep, load run, agents invocation and run comparison, each rendered as its own report.
Result<std::string> dashboard_html(const StoreContents& c, store::TrialStore& trials);

}  // namespace chimera::orchestrate
