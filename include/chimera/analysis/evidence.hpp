#pragma once
// The consolidated evidence of an artifact tree, ready to compare like with like: the ingest's
// metric rows grouped by canonical metric and unit; per configuration, the raw measurements
// (statistic "sample": one request or run each) apart from reported figures (a mean, a value, a
// p95 a summary states); a summary that repeats raw measurements of the same configuration (its
// mean or median equals theirs) left out and counted, so one measurement is counted once; and one
// name per configuration (a configuration label seen with one model only is that model's).
#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "chimera/ingest/model.hpp"
#include "chimera/ingest/pipeline.hpp"
#include "chimera/metrics/registry.hpp"

namespace chimera::analysis {

// One ingested metric value, as findings and advice see it.
struct Observation {
  std::string file, locator, name, raw;
  std::string metric;                             // registry id; "" when the ingest could not tell
  std::string statistic;                          // "sample", "value", "mean", "median", "p95", ...
  std::string model, quantization, config, test;  // the row's context
  std::string unit;                               // normalised unit ("ms", "tok/s", ...)
  std::optional<double> value;                    // normalised; absent: the source had no number
};

// The values of one configuration in a group.
struct ConfigValues {
  std::vector<double> values;
  std::vector<const Observation*> rows;  // where each value came from
};

struct MetricGroup {
  const metrics::MetricDef* def = nullptr;
  std::string unit;
  // For a catch-all metric (a duration, memory, utilisation, quality or cost the registry has no
  // narrower name for), the source's own name of the quantity ("analysis_s"): values under
  // different names are different quantities (an ingest time and a report time), never pooled.
  std::string quantity;
  std::map<std::string, ConfigValues> samples;  // by configuration name: raw measurements
  // Reported figures of configurations with no raw measurements of this metric, by statistic
  // then configuration (one figure each, or one per run when a configuration has several).
  std::map<std::string, std::map<std::string, ConfigValues>> figures;
  std::size_t repeats = 0;  // summary rows left out: they restate raw measurements counted here
  const Observation* repeat_example = nullptr;
  std::size_t missing = 0;  // rows of this metric without a value
  const Observation* missing_example = nullptr;
  std::size_t sample_count() const;
};

struct Evidence {
  std::vector<MetricGroup> groups;  // by metric id, then unit
  std::size_t unknown_rows = 0;     // metric rows the ingest could not name: not compared
  const MetricGroup* find(std::string_view metric) const;
  std::shared_ptr<const void> keep_alive;  // owns the observations the groups point to
};

// One ingest row as an observation (any role: a parameter's id is its metric).
Observation observation_of(const ingest::FileResult& f, const ingest::MetricRow& r);

// The data summary's own figures ("total files analyzed", "total file size", ...), which reports
// quote, as observations of file "(ingest summary)".
std::vector<Observation> summary_observations(const ingest::IngestSummary& s);

// Every value below `dir` (metrics and parameters, failed requests left out, the data summary's
// figures added) as the evidence a report is checked against; files whose path relative to dir
// is in `excluded` or matches a glob of `exclude_globs` are left out (and listed in *left_out).
Result<std::vector<Observation>> read_evidence(const std::filesystem::path& dir,
                                               ingest::Layout layout,
                                               const std::vector<std::string>& excluded,
                                               const std::vector<std::string>& exclude_globs,
                                               std::vector<std::string>* left_out = nullptr);

// Whether a registry metric holds whatever quantity of its kind the registry has no narrower name
// for (duration, memory, utilisation, quality, cost): values under different names are different
// quantities.
bool is_catch_all_metric(std::string_view metric);

// The file name of the observations that count the data tree itself (files per type, headings,
// bytes): the ingest computes them, no file of the tree holds them.
inline constexpr std::string_view kIngestSummary = "(ingest summary)";

// A group's name in reports: the metric's label, with the source's name of a catch-all
// quantity ("duration (analysis_s)").
std::string group_label(const MetricGroup& g);

// The observations with one name per configuration: a configuration label seen with one model
// (or one quantization) only gets that model (quantization) where a row left it out.
std::vector<Observation> unify_configurations(const std::vector<Observation>& obs);

// The name of an observation's configuration: "model / quantization / config", the parts it has;
// the file when it has none.
std::string config_name(const Observation& o);

Evidence consolidate(const std::vector<Observation>& obs);

}  // namespace chimera::analysis
