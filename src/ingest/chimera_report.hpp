#pragma once
// The Markdown reports of a Chimera run, the reference system's and this project's own: the
// per-agent report's "## Metrics" list and the Rust multi-agent report's "## Scenario",
// "## Agent A (...)" and "## Delta (B - A)" lists:
//   # Chimera Agent A                      # Rust Multi-Agent Report - Run 2
//   Configuration: num_gpu=80, ...         ## Scenario
//   ## Metrics                             - Type: chimera_hetero
//   - Throughput: 41.18 tok/s              - Concurrent Wall Time: 12.55s
//   - TTFT: 272.04 ms                      - Speedup: 1.76x
//   - Tokens Generated: 445                ## Agent A (Chimera Agent A)
//   - Load Duration: n/a (the model ...)   - Config: num_gpu=80, num_ctx=512, ...
//                                          - Throughput: 41.20 tok/s
// Each figure is read with the definitions those systems give it (docs/ingest.md): the
// throughput is the server's decode rate and the TTFT the mean over the agent's calls; the
// durations and tokens are sums over them. Lists of other documents, and other lines, are not
// read here (prose and lists of notes are not read).
#include <string>
#include <string_view>

#include "chimera/ingest/model.hpp"

namespace chimera::ingest::detail {

struct ChimeraReportState {
  enum class Section { none, metrics, scenario, agent, delta };
  bool seen_title = false;  // a level-1 heading was seen
  bool titled = false;      // the document's title is a Chimera report's
  bool in_text = false;     // inside the model's report embedded under a title of its own
  Section section = Section::none;
  std::string config;        // the per-agent report's "Configuration:" line, before any section
  std::string agent_config;  // an agent section's "- Config:" item
  std::string scenario;      // the "- Type:" item of the scenario
  // The section's "Total Duration" row: the reference's is the calls' client time, this
  // project's (which writes "End-to-end" beside it) the server's total. Its index, or npos.
  std::size_t total_row = static_cast<std::size_t>(-1);
  // The run's metrics.json sits beside the report and holds its figures: they are counted, not
  // read twice.
  bool repeated = false;
  std::size_t skipped = 0;
};

// A heading of `level` ("Metrics", "Agent A (Chimera Agent A)", a level-1 title).
void chimera_report_heading(ChimeraReportState& s, std::size_t level, std::string_view text);

// One line of the document outside tables and fences: appends the row of a figure item
// ("line[17].Throughput") and returns true, or takes a configuration line and returns true;
// false for any other line.
bool chimera_report_line(std::string_view line, std::size_t number, ChimeraReportState& s,
                         MetricRows& rows);

}  // namespace chimera::ingest::detail
