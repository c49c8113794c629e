#pragma once
// Concurrent agents: the reference's scenarios (baseline_vs_chimera, chimera_hetero, chimera_homo)
// with DataCollector-9000 as agent A and InsightAgent as agent B, each on its own server or a
// shared one, or any number of agents from a config file. Reports speedup, efficiency and
// contention as the reference defined them, and beside them each agent's slowdown against its
// own solo run.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chimera/agent/agent.hpp"
#include "chimera/report/html.hpp"

namespace chimera::agent {

// One agent of a general (config-file) run. Empty fields take the invocation's value.
struct AgentSpec {
  std::string persona;  // id of prompts/personas/<id>.md
  std::string name;     // shown instead of the persona's name ("" = the persona's)
  std::string backend, url, model, options_json;
};

struct AgentsOptions {
  std::string scenario = "baseline_vs_chimera";  // or the config file's name
  std::filesystem::path dir;                     // artifacts
  ingest::Layout layout = ingest::Layout::chimera;
  std::string backend = "ollama", url_a, url_b, model, api_key;
  std::string options, options_a, options_b;  // JSON objects ("" = server defaults)
  int runs = 1, warmup = 1;
  bool solo = true;
  std::filesystem::path out = "chimera-agents";
  std::filesystem::path prompts;  // "" = the shipped prompts/
  std::filesystem::path store;    // results store appended to as runs complete; "" = none
  std::vector<AgentSpec> agents;  // non-empty: these agents instead of the scenario's two
  // Continue an interrupted invocation in `out`: runs whose run_N/metrics.json exists and the
  // solo runs in solo.json are kept (not repeated, not appended to the store again).
  bool resume = false;
};

struct ConcurrentRun {
  int index = 0;
  std::vector<AgentRun> agents;
  std::vector<std::optional<double>> slowdown;  // per agent: concurrent time / solo time
  double wall_s = 0;
  std::optional<double> speedup, efficiency_pct;  // the reference's definitions, for N agents
  bool contention = false;                        // efficiency < 75 % (speedup < 1.5 for two)
  bool resumed = false;  // completed before a --resume: figures read back from its metrics.json
};

struct AgentsSummary {
  std::vector<ConcurrentRun> runs;
  std::vector<std::optional<AgentRun>> solo;  // per agent, when solo runs were made
};

// The agents of a run: the config file's, or the scenario's two (A: DataCollector-9000,
// B: InsightAgent, options as the scenario says); usage error for an unknown scenario.
Result<std::vector<AgentSpec>> scenario_agents(const AgentsOptions& o);

// Reads an agents config file (TOML) into `base`: top-level name, backend, url, model, options,
// runs, warmup, solo, and one [[agent]] table per agent (persona, name, backend, url, model,
// options as a table or "k=v,..."). Unknown keys are errors naming the file and the key.
Result<AgentsOptions> load_agents_config(const std::filesystem::path& file, AgentsOptions base);

// Runs the agents concurrently, writing run_N/ as each run completes and summary.json /
// summary.md at the end.
Result<AgentsSummary> run_agents(const AgentsOptions& o,
                                 const std::function<void(const std::string&)>& progress = {});

// A concurrent run read back from its run_N/metrics.json or its "agents.run" store record: the
// figures, and per agent its name, model, options, outcome, stage times, slowdown and what each
// call generated (not the texts). Marked `resumed` (read back, not measured now). None when the
// JSON is not such a record. `header`, when given, receives the record's scenario and tool.
struct RunHeader {
  std::string scenario, tool;
};
std::optional<ConcurrentRun> run_from_json(std::string_view json, RunHeader* header = nullptr);

// summary.md: per run the agents' times and the concurrency figures, then per agent its options
// and what its calls generated.
std::string summary_markdown(std::string_view scenario, std::string_view model,
                             std::string_view date, const AgentsSummary& sum);

// The self-contained HTML report of a run (written as report.html beside summary.md).
// `context`: the environment block; null = this machine now (right at the end of a run only).
std::string agents_html(const AgentsOptions& o, const AgentsSummary& sum,
                        const Facts* context = nullptr);
report::html::Page agents_page(const AgentsOptions& o, const AgentsSummary& sum,
                               const Facts* context = nullptr);  // to embed in a dashboard

// speedup = sum of the agents' execution times / concurrent wall time; efficiency = speedup / N x
// 100 % (for two agents exactly the reference's definitions); contention when efficiency < 75 %.
void concurrency_figures(ConcurrentRun& r);

}  // namespace chimera::agent
