#pragma once
// Output formats of `chimera ingest`. Each is an IngestSink that writes as results arrive.
#include <memory>
#include <ostream>

#include "chimera/ingest/pipeline.hpp"

namespace chimera::report {

// Data summary, a table of metric kinds, skipped files and warnings, for people.
std::unique_ptr<ingest::IngestSink> make_ingest_text_writer(std::ostream& out);

// Self-describing JSON document (schema_version, root, metrics, files, counts, data_summary,
// legacy_metrics, skipped, ...). Metric rows are streamed; only per-file entries are kept.
std::unique_ptr<ingest::IngestSink> make_ingest_json_writer(std::ostream& out);

// The consolidated metrics table as RFC 4180 CSV, one row per metric value.
std::unique_ptr<ingest::IngestSink> make_ingest_csv_writer(std::ostream& out);

}  // namespace chimera::report
