#pragma once
// The records of one ingest: files found, metric rows harvested from them, and reference-style
// ("legacy") keyword metrics. Every row keeps its provenance (file, locator, line).
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "chimera/core/chunked_vector.hpp"
#include "chimera/core/units.hpp"
#include "chimera/metrics/classify.hpp"

namespace chimera::ingest {

// The first three are the reference's types (its data summary counts only those).
enum class FileType { csv, json, markdown, jsonl, text, yaml };
inline constexpr std::size_t kFileTypes = 6;
inline constexpr std::size_t kReferenceTypes = 3;
std::string_view type_name(FileType t);  // "csv", "json", "markdown", "jsonl", "text", "yaml"

// A file found by the walker. `walk_skip` is set when the walker already knows the file cannot
// be ingested (symbolic link not followed, not a regular file, link loop).
struct FileEntry {
  std::string rel_path;            // relative to the ingest root, '/' separated
  std::filesystem::path abs_path;  // for opening
  FileType type = FileType::csv;
  std::uint64_t bytes = 0;
  std::int64_t mtime = 0;  // seconds since the Unix epoch, UTC
  std::string walk_skip;
  // A file in the same folder that describes the run ("environment.txt", "meta.json"): its
  // accelerator labels this file's figures where the file names none. Its name, or "".
  std::string context_file;
  // A file read alone ("chimera ingest runs/concurrency_64/result.json"): the folders above it as
  // the command line named them (at most three, the nearest), whose names label its figures as a
  // walk's folders would ("runs/concurrency_64"). "" in a walk.
  std::string folders;
};

// Configuration labels attached to a metric row when a sibling field, column or ancestor names
// them.
// Configuration labels attached to a metric row: strings from a sibling field, a column of the
// same row or an enclosing JSON object, and parameters (concurrency, rate) that say which load
// level a figure belongs to. `test` is a benchmark's test name (llama-bench "pp512",
// "tg128 @ d4096").
struct Context {
  std::string model, config, quantization, gpu, test, backend, concurrency, rate;
  std::string section;  // the heading a Markdown table stands under
  Context() = default;
  Context(const Context&) = default;
  Context(Context&&) noexcept = default;
  Context& operator=(Context&&) noexcept = default;
  // Copied onto every row of a table: most labels are empty, and an empty one over an empty one
  // is left alone (no call per field).
  Context& operator=(const Context& o) {
    const auto copy = [](std::string& to, const std::string& from) {
      if (!(to.empty() && from.empty())) to = from;
    };
    copy(model, o.model);
    copy(config, o.config);
    copy(quantization, o.quantization);
    copy(gpu, o.gpu);
    copy(test, o.test);
    copy(backend, o.backend);
    copy(concurrency, o.concurrency);
    copy(rate, o.rate);
    copy(section, o.section);
    return *this;
  }
  ~Context() = default;
  bool empty() const {
    return model.empty() && config.empty() && quantization.empty() && gpu.empty() && test.empty() &&
           backend.empty() && concurrency.empty() && rate.empty() && section.empty();
  }
  // Fills each empty field from `outer` (a row's own labels win over its container's).
  void fill_from(const Context& outer);
  static constexpr std::size_t kFields = 9;
  static std::string_view field_name(std::size_t i);  // "model", "config", ...
  const std::string& field(std::size_t i) const;
  std::string& field(std::size_t i);
};

// Which context label a field or column name sets, if any ("model_name" -> model).
std::string* context_slot(Context& c, std::string_view field_name,
                          std::string_view parent_name = {});

// Whether the measurement behind a row succeeded.
enum class RowStatus {
  ok,
  failed,      // a failed request (its cells keep their raw text, no value) or errored-only stats
  incomplete,  // statistics over requests that did not finish
  all,         // statistics over successful and failed requests together
};
std::string_view status_name(RowStatus s);

struct MetricRow {
  std::string locator;   // CSV "[row].column", JSON "a.b[2].c", Markdown "table[t][row].header"
  std::size_t line = 0;  // 1-based source line of the value (0 when unknown)
  std::string name;      // column header, JSON key or table header
  metrics::Role role = metrics::Role::metric;
  const metrics::MetricDef* metric = nullptr;  // canonical metric; nullptr = unknown
  std::string_view parameter;  // canonical parameter id for Role::parameter (the registry's)
  std::string statistic;       // "mean", "p95", "sample", "value", ...
  units::Kind kind = units::Kind::other;
  std::string unit;                  // source unit, "" when unknown
  std::string raw;                   // the text as written
  std::optional<double> value;       // absent for NaN/Infinity markers and overflow
  std::optional<double> normalized;  // value in normalized_unit, absent when the unit is unknown
  std::string normalized_unit;
  Context context;
  RowStatus status = RowStatus::ok;
  std::string note;  // why value is absent, or what was odd about it
  std::string_view metric_id() const { return metric ? metric->id : "unknown"; }
};

// One value of the reference tool's keyword harvest, with where it came from.
struct LegacyValue {
  std::string key;                          // "csv_<column>" or "json_<path>"
  std::variant<double, std::string> value;  // CSV cells that are not numbers stay strings
  std::string locator;                      // the matching MetricRow locator (CSV: "[row].column")
};

// A short text field at the top level of a run's record ("kvcache": "gds-800g", "type": "warmup"):
// no row of its own, but a format adapter may take it as the run's configuration.
struct RunText {
  std::string locator;          // "[3].kvcache", or "kvcache" in a single-run document
  std::string text;             // the string as written
  std::size_t rows_before = 0;  // rows of the file read before it (its place among them)
};

// Rows of one file. Chunked: appending never moves the rows already built (a vector's regrowth
// moved every row, a measurable share of ingest time), references to rows stay valid, and rows
// are allocated many at a time (a deque allocated each row alone).
using MetricRows = ChunkedVector<MetricRow>;

// not_results: read, but it holds no results of a format read here (a YAML configuration); listed
// with the files not read, and no failure for --strict.
enum class FileStatus { ingested, skipped, not_results };
std::string_view status_name(FileStatus s);  // "ingested", "skipped", "not read"

struct FileResult {
  FileEntry entry;
  FileStatus status = FileStatus::ingested;
  std::string reason;                 // why skipped; empty when ingested
  std::string encoding;               // how the bytes were decoded
  std::vector<std::string> warnings;  // problems inside an ingested file (bad rows, decoding)
  std::string format;                 // recognised format ("llama-bench json", ...), "" = generic
  std::size_t heading_count = 0;      // Markdown headings (reference rule)
  bool json_document = false;         // a JSON file that parsed
  MetricRows rows;
  std::vector<LegacyValue> legacy;  // in file order; the first per key
  std::vector<RunText> run_texts;   // JSON only: short strings of run records, in file order
  // Table cells of figure columns that begin with a digit but are no one figure ("0.78-0.85",
  // "13/18", "7B"; not dates and times): kept as text, counted so nothing is left out unsaid.
  std::size_t text_cells = 0;
  std::string text_cell_example;  // the first: "line 12: '0.78-0.85'"
};

// Version of the ingest output schema (JSON, SQLite), bumped on incompatible changes.
inline constexpr int kIngestSchemaVersion = 2;

// Column names of the flat metrics table (CSV and SQLite outputs).
const std::vector<std::string>& metric_columns();

// Calls visit(column_index, text) for each value of one metric row in metric_columns() order;
// absent numbers are empty. Numbers are formatted into a local buffer: no allocation per row.
void for_each_metric_field(const FileResult& file, const MetricRow& row,
                           const std::function<void(std::size_t, std::string_view)>& visit);

}  // namespace chimera::ingest
