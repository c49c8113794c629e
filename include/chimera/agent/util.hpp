#pragma once
// Small helpers shared by the agent commands and the demo.
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "chimera/agent/agent.hpp"
#include "chimera/core/json_writer.hpp"
#include "chimera/store/results_store.hpp"

namespace chimera::agent {

// Today's date, UTC, "YYYY-MM-DD".
std::string today_utc();

// Writes text to path (folders created) through a temporary file renamed into place.
Status write_text_file(const std::filesystem::path& path, const std::string& text);

// Mean of one metric over an agent run's two LLM calls; absent when neither reported it.
std::optional<double> call_mean(const AgentRun& run,
                                std::optional<double> stats::RequestMetrics::*metric);

// What one LLM call generated and why it stopped: "256 tok (length)", "41 tok (stop)",
// "n/a" when the call reported neither. The stop reason is the server's done_reason/finish_reason.
std::string generation_cell(const measure::RequestRecord& call);

// One agent run as a JSON object (configuration, outcome, stage times, means, both calls).
void write_agent_json(JsonWriter& w, const AgentRun& run,
                      const std::optional<double>& slowdown_vs_solo);
std::string agent_json(const AgentRun& run);  // the same, compact, as a string
// An agent run read back from that JSON (a "run.baseline"/"run.chimera" store record): its
// configuration, outcome, stage times and both calls (metrics, tokens, stop reason, text); the
// parsed data findings and grounding are not stored. None when the JSON is not such an object.
std::optional<AgentRun> agent_run_from_json(std::string_view json);

// The results of one invocation, appended to the results store as they complete (or nowhere when
// no store path is given). A failed append is reported through `say`; the run goes on.
class RunLog {
 public:
  // `id_file` (e.g. <out>/invocation.txt) keeps the invocation id: a --resume (resume = true)
  // continues the interrupted invocation, so the store holds all its runs under one id.
  static Result<RunLog> open(const std::filesystem::path& store, std::string_view prefix,
                             const std::filesystem::path& id_file = {}, bool resume = false);
  void keep(std::string_view kind, const std::string& json,
            const std::function<void(const std::string&)>& say);
  // The same, unless an identical record is stored already (a resumed invocation).
  void keep_once(std::string_view kind, const std::string& json,
                 const std::function<void(const std::string&)>& say);

 private:
  std::shared_ptr<store::ResultsStore> db_;
  std::string invocation_;
};

}  // namespace chimera::agent
