#pragma once
// `chimera run`: one agent, baseline options against tuned ("Chimera") options, run alternately
// (A B A B, so drift hits both alike), N runs each; per metric mean ± sd, CV, 95 % CI, delta and a
// Welch test, with a sentence on whether the difference is real at that sample size.
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

#include "chimera/agent/agent.hpp"
#include "chimera/report/html.hpp"

namespace chimera::agent {

struct RunOptions {
  std::filesystem::path dir, out = "chimera-run", prompts;
  ingest::Layout layout = ingest::Layout::chimera;
  std::string backend = "ollama", url, model, api_key;
  std::string options, baseline_options;  // JSON ("" = server defaults)
  std::string persona = "insight-agent";
  int runs = 3, warmup = 1;
  std::filesystem::path store;  // results store appended to as runs complete; "" = none
};

struct RunComparison {
  std::vector<AgentRun> baseline, tuned;
};

// What a comparison writes: comparison_report.md, metrics.json (also the "run.comparison" store
// record) and report.html. `context`: the HTML environment block; null = this machine now (right
// at the end of a run only; a comparison read from a store passes what the records say).
struct ComparisonOutputs {
  std::string markdown, json, html;
};
ComparisonOutputs comparison_outputs(const RunOptions& o, const RunComparison& cmp,
                                     std::string_view date, const Facts* context = nullptr);
// The HTML page alone, to embed in a dashboard.
report::html::Page comparison_page(const RunOptions& o, const RunComparison& cmp,
                                   const Facts* context);

// Writes baseline_report.md, chimera_report.md (the last run of each), comparison_report.md and
// metrics.json under out.
Result<RunComparison> run_compare(const RunOptions& o,
                                  const std::function<void(const std::string&)>& progress = {});

}  // namespace chimera::agent
