#pragma once
// Output of `chimera probe`: request records and their summary as text, JSON and JSON Lines.
// Metric names are the shared ones (ttft_ms, e2e_ms, tpot_ms, itl_ms, decode_tok_s, ...).
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "chimera/core/json_writer.hpp"
#include "chimera/measure/record.hpp"
#include "chimera/stats/summary.hpp"

namespace chimera::report {

inline constexpr int kProbeSchemaVersion = 1;

struct MetricSummary {
  std::string name;  // "ttft_ms", ...
  std::optional<stats::Summary> summary;
  std::string missing_reason;  // when summary is empty
};

// Summaries over the measured (non-warm-up), successful records.
std::vector<MetricSummary> summarize_probe(const std::vector<measure::RequestRecord>& records);

// One self-contained JSON object per record (the JSONL line and the JSON array element); `stage`
// names the call's step of a workflow ("analysis", "report") when it has one.
void write_record(JsonWriter& w, const measure::RequestRecord& r, std::string_view stage = {});
void write_summary(JsonWriter& w, const std::vector<MetricSummary>& s);

struct EnvLine {
  std::string key, value, note;
};

struct ProbeHeader {
  std::string backend, url, model, options_json, prompt;
  std::size_t requests = 0, warmup = 0;
  std::vector<EnvLine> environment;
};

void write_probe_text(std::ostream& out, const ProbeHeader& h,
                      const std::vector<measure::RequestRecord>& records);
void write_probe_json(std::ostream& out, const ProbeHeader& h,
                      const std::vector<measure::RequestRecord>& records);
// The first line of a JSONL stream: the run's configuration and environment.
void write_probe_jsonl_header(std::ostream& out, const ProbeHeader& h);
// Self-contained HTML: TTFT and end-to-end CDFs, a row per request, the environment block.
std::string probe_html(const ProbeHeader& h, const std::vector<measure::RequestRecord>& records);

}  // namespace chimera::report
