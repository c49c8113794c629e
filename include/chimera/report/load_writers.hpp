#pragma once
// Reports of `chimera load`: per level throughput, latency percentiles, goodput against SLOs,
// failures, measured concurrency and resource telemetry, as Markdown, JSON and HTML (TTFT and
// throughput against concurrency or rate, latency CDFs).
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "chimera/core/format.hpp"
#include "chimera/measure/load_summary.hpp"
#include "chimera/report/html.hpp"
#include "chimera/telemetry/sampler.hpp"

namespace chimera::report {

struct LoadLevelReport {
  double level = 0;  // the concurrency (closed loop) or the rate in req/s (open loop)
  measure::LevelSummary summary;
  telemetry::Stats telemetry;
};

struct LoadReport {
  std::string backend, url, model, mode;  // mode: "closed" or "open"
  std::string workload;                   // prompts: synthetic sizes or the file
  // The workload's numbers, for readers and `verify`: prompt_tokens (synthetic prompts) and the
  // output length under its API's name (num_predict or max_tokens).
  std::vector<std::pair<std::string, double>> workload_parameters;
  std::string phases;  // warm-up / window / cool-down as run
  std::vector<std::pair<std::string, std::string>> environment;
  std::vector<measure::Slo> slos;
  std::optional<std::size_t> server_parallel;  // slots the server has (OLLAMA_NUM_PARALLEL)
  std::string gpu;                             // telemetry's GPU description
  std::vector<LoadLevelReport> levels;
  std::string sweep_note;      // why a concurrency sweep stopped, and the knee
  std::optional<double> knee;  // the concurrency a sweep found the knee at
  std::string load_id;         // identity of the configuration (for --resume); "" when not kept
};

// What the server's slot count implies at each level (queueing inside TTFT); empty when the
// slot count is unknown or never exceeded.
std::vector<std::string> queueing_notes(const LoadReport& r);

// "c=4" (closed loop) or "2 req/s" (open loop).
std::string level_name(const LoadReport& r, const LoadLevelReport& l);

// What a reader must know beside the table: interruptions, failures by kind, dropped arrivals,
// SLO verdicts, queueing in the server, why a sweep stopped (without percentile-size warnings).
std::vector<std::string> load_notes(const LoadReport& r);

// The terminal summary: header, one aligned row per level and the notes, within 80 columns.
std::string load_text(const LoadReport& r);
std::string load_markdown(const LoadReport& r);
// The report in one of text, md, json or html (the writers here); the one place a command picks.
std::string render_load(const LoadReport& r, Format f);
void load_json(std::ostream& out, const LoadReport& r);
std::string load_html(const LoadReport& r);
html::Page load_page(const LoadReport& r);  // the same page, to embed in a dashboard

// The definitions shared by every load report.
const std::vector<std::pair<std::string, std::string>>& load_definitions();

// A level read back from the JSON load_json wrote (the store's load.level records), for
// --resume; absent when the text is not such a report.
std::optional<LoadLevelReport> level_from_json(std::string_view json);

// The whole one-level report read back (server, workload, SLOs, environment and the level).
std::optional<LoadReport> report_from_json(std::string_view json);

}  // namespace chimera::report
