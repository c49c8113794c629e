#pragma once
// Concurrent agents: the reference's scenarios (baseline_vs_chimera, chimera_hetero, chimera_homo)
// with DataCollector-9000 as agent A and InsightAgent as agent B, each on its own server or a
// shared one. Reports speedup, efficiency and contention exactly as the reference defined them,
// and beside them each agent's slowdown against its own solo run.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "chimera/agent/agent.hpp"

namespace chimera::agent {

struct AgentsOptions {
  std::string scenario = "baseline_vs_chimera";
  std::filesystem::path dir;  // artifacts
  ingest::Layout layout = ingest::Layout::chimera;
  std::string backend = "ollama", url_a, url_b, model, api_key;
  std::string options, options_a, options_b;  // JSON objects ("" = server defaults)
  int runs = 1, warmup = 1;
  bool solo = true;
  std::filesystem::path out = "chimera-agents";
  std::filesystem::path prompts;  // "" = the shipped prompts/
  std::filesystem::path store;    // results store appended to as runs complete; "" = none
};

struct ConcurrentRun {
  int index = 0;
  AgentRun a, b;
  double wall_s = 0;
  std::optional<double> speedup, efficiency_pct;  // the reference's definitions
  bool contention = false;                        // speedup < 1.5
  std::optional<double> slowdown_a, slowdown_b;   // concurrent time / solo time
};

struct AgentsSummary {
  std::vector<ConcurrentRun> runs;
  std::optional<AgentRun> solo_a, solo_b;
};

// The options of agents A and B in a scenario; usage error for an unknown scenario.
Result<std::pair<std::string, std::string>> scenario_options(const AgentsOptions& o);

// Runs the scenario, writing run_N/ as each run completes and summary.json / summary.md at the end.
Result<AgentsSummary> run_agents(const AgentsOptions& o,
                                 const std::function<void(const std::string&)>& progress = {});

// speedup = (time A + time B) / concurrent wall time; efficiency = speedup / 2 x 100 %.
void concurrency_figures(ConcurrentRun& r);

}  // namespace chimera::agent
