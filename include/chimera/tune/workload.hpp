#pragma once
// What a sweep measures at each point: the probe workload (each prompt sent -n times after
// warm-ups) or the agent workload (one agent run over an artifact tree: ingest, analysis call,
// report call). Built once from the sweep's flags; yields the trial evaluator run_sweep calls,
// the description stored with the sweep, and the command that reproduces a point.
#include <memory>
#include <string>
#include <vector>

#include "chimera/backend/backend.hpp"
#include "chimera/core/error.hpp"
#include "chimera/tune/sweep.hpp"

namespace chimera::tune {

struct Workload {
  std::string kind = "probe";                  // probe | agent
  std::string dir, persona = "insight-agent";  // agent: the artifact tree and persona
  std::string backend = "ollama", url, model, endpoint = "chat", system, api_key;
  std::vector<std::string> prompts;                  // probe: each sent per trial
  std::string prompt_file, prompt_set, api_key_env;  // as given, for the reproducing command
  std::size_t requests = 3, warmup = 1;
};

// The prompts of a probe workload: the lines of `prompt_set` (one prompt per non-empty line)
// when given, else the text of `prompt_file` when given, else `prompt`, else a default prompt.
Result<std::vector<std::string>> workload_prompts(const std::string& prompt,
                                                  const std::string& prompt_file,
                                                  const std::string& prompt_set);

// Stored with the sweep (SweepOptions::workload_json): a resumed sweep must measure the same.
std::string workload_json(const Workload& w);

// The command that reproduces one point ({model} and {options} filled in by the report).
std::string reproduce_command(const Workload& w);

// The evaluator of one repetition of one point. A failure of the first trial that every request
// would repeat (server gone, model missing) is fatal; later failures are data. Fails when the
// agent workload's prompts or persona cannot be read, or --dir is missing.
Result<Evaluate> make_evaluator(const Workload& w, std::shared_ptr<const backend::Backend> be,
                                const std::string& fixed_options,
                                std::vector<Constraint> constraints);

}  // namespace chimera::tune
