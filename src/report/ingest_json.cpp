#include "chimera/core/json_writer.hpp"
#include "chimera/core/version.hpp"
#include "chimera/ingest/pipeline.hpp"
#include "chimera/report/ingest_writers.hpp"

namespace chimera::report {
namespace {

using ingest::FileResult;

struct FileLine {
  std::string path, type, status, reason, encoding, format;
  std::uint64_t bytes;
  std::int64_t mtime;
  std::size_t rows;
  std::vector<std::string> warnings;
  std::size_t text_cells;
  std::string text_cell_example;
};

void write_row(JsonWriter& w, const FileResult& f, const ingest::MetricRow& r) {
  w.begin_object();
  w.key("file").value(f.entry.rel_path);
  w.key("locator").value(r.locator);
  w.key("line").value(static_cast<std::uint64_t>(r.line));
  w.key("name").value(r.name);
  w.key("role").value(metrics::role_name(r.role));
  if (r.role == metrics::Role::metric) w.key("metric").value(r.metric_id());
  if (r.role == metrics::Role::parameter && !r.parameter.empty())
    w.key("parameter").value(r.parameter);
  if (!r.statistic.empty()) w.key("statistic").value(r.statistic);
  w.key("kind").value(units::kind_name(r.kind));
  w.key("unit").value(r.unit);
  w.key("raw").value(r.raw);
  w.key("value").value(r.value);
  w.key("normalized").value(r.normalized);
  w.key("normalized_unit").value(r.normalized_unit);
  w.key("status").value(ingest::status_name(r.status));
  for (std::size_t i = 0; i < ingest::Context::kFields; ++i) {
    const std::string& v = r.context.field(i);
    if (!v.empty()) w.key(ingest::Context::field_name(i)).value(v);
  }
  if (!r.note.empty()) w.key("note").value(r.note);
  w.end_object();
}

class JsonOut final : public ingest::IngestSink {
 public:
  explicit JsonOut(std::ostream& out) : out_(out), w_(out) {}

  Status begin(const ingest::IngestOptions& o) override {
    w_.begin_object();
    w_.key("schema_version").value(ingest::kIngestSchemaVersion);
    w_.key("tool").value(version_line());
    w_.key("root").value(o.root.string());
    w_.key("layout").value(o.walk.layout == ingest::Layout::all ? "all" : "chimera");
    w_.key("follow_symlinks").value(o.walk.follow_symlinks);
    w_.key("max_file_bytes").value(static_cast<std::uint64_t>(o.file.max_file_bytes));
    w_.key("metrics");
    w_.begin_array();
    return check();
  }

  Status file(const FileResult& f) override {
    for (const auto& r : f.rows) write_row(w_, f, r);
    w_.flush();  // once per file: a failed write (disk full) shows here, not only at the end
    files_.push_back(FileLine{f.entry.rel_path, std::string(ingest::type_name(f.entry.type)),
                              std::string(ingest::status_name(f.status)), f.reason, f.encoding,
                              f.format, f.entry.bytes, f.entry.mtime, f.rows.size(), f.warnings,
                              f.text_cells, f.text_cell_example});
    return check();
  }

  Status end(const ingest::IngestSummary& s) override {
    w_.end_array();
    write_files();
    w_.key("counts").begin_object();
    w_.key("csv").value(static_cast<std::uint64_t>(s.counts[0]));
    w_.key("json").value(static_cast<std::uint64_t>(s.counts[1]));
    w_.key("markdown").value(static_cast<std::uint64_t>(s.counts[2]));
    w_.key("jsonl").value(static_cast<std::uint64_t>(s.counts[3]));
    w_.key("text").value(static_cast<std::uint64_t>(s.counts[4]));
    w_.key("yaml").value(static_cast<std::uint64_t>(s.counts[5]));
    w_.key("total").value(static_cast<std::uint64_t>(s.total_ingested()));
    w_.end_object();
    w_.key("total_bytes").value(s.total_bytes);
    w_.key("markdown_heading_count").value(static_cast<std::uint64_t>(s.heading_count));
    w_.key("json_documents").value(static_cast<std::uint64_t>(s.json_documents));
    w_.key("metric_rows").value(static_cast<std::uint64_t>(s.metric_rows));
    w_.key("latest_modified").begin_object();
    for (std::size_t t = 0; t < ingest::kFileTypes; ++t) {
      w_.key(ingest::type_name(static_cast<ingest::FileType>(t)));
      if (s.counts[t]) {
        w_.value(ingest::format_utc(s.latest_mtime[t]));
      } else {
        w_.null();
      }
    }
    w_.end_object();
    w_.key("data_summary").value(s.data_summary());
    write_legacy(s);
    w_.key("skipped").begin_array();
    for (const auto& k : s.skipped) {
      w_.begin_object();
      w_.key("path").value(k.path);
      w_.key("reason").value(k.reason);
      w_.end_object();
    }
    w_.end_array();
    w_.key("not_read").begin_array();
    for (const auto& k : s.not_read) {
      w_.begin_object();
      w_.key("path").value(k.path);
      w_.key("reason").value(k.reason);
      w_.end_object();
    }
    w_.end_array();
    w_.key("not_read_unlisted").value(static_cast<std::uint64_t>(s.not_read_unlisted));
    w_.key("formats").begin_object();
    for (const auto& [name, n] : s.formats) w_.key(name).value(static_cast<std::uint64_t>(n));
    w_.end_object();
    w_.key("warnings").begin_array();
    for (const auto& wn : s.warnings) w_.value(wn);
    w_.end_array();
    w_.end_object();
    w_.flush();
    out_.flush();
    return check();
  }

 private:
  void write_files() {
    w_.key("files").begin_array();
    for (const auto& f : files_) {
      w_.begin_object();
      w_.key("path").value(f.path);
      w_.key("type").value(f.type);
      w_.key("bytes").value(f.bytes);
      w_.key("mtime").value(ingest::format_utc(f.mtime));
      w_.key("status").value(f.status);
      if (!f.reason.empty()) w_.key("reason").value(f.reason);
      if (!f.encoding.empty()) w_.key("encoding").value(f.encoding);
      if (!f.format.empty()) w_.key("format").value(f.format);
      w_.key("metric_rows").value(static_cast<std::uint64_t>(f.rows));
      if (f.text_cells > 0) {
        w_.key("text_cells").value(static_cast<std::uint64_t>(f.text_cells));
        w_.key("text_cell_example").value(f.text_cell_example);
      }
      if (!f.warnings.empty()) {
        w_.key("warnings").begin_array();
        for (const auto& wn : f.warnings) w_.value(wn);
        w_.end_array();
      }
      w_.end_object();
    }
    w_.end_array();
  }

  // legacy_metrics as the reference wrote it (plus its five totals), and where each value came
  // from.
  void write_legacy(const ingest::IngestSummary& s) {
    w_.key("legacy_metrics").begin_object();
    std::map<std::string, const ingest::LegacyValue*> all;
    for (const auto& [k, v] : s.legacy) all.emplace(k, &v);
    static const std::vector<std::string> kTotals = {
        "data_types", "json_documents", "markdown_heading_count", "total_file_size_bytes",
        "total_files_analyzed"};
    for (const auto& k : kTotals) all.emplace(k, nullptr);
    for (const auto& [k, v] : all) {
      w_.key(k);
      if (v) {
        if (const double* d = std::get_if<double>(&v->value)) {
          w_.value(*d);
        } else {
          w_.value(std::get<std::string>(v->value));
        }
      } else if (k == "data_types") {
        w_.begin_array();
        for (std::size_t t = 0; t < 3; ++t) {
          if (s.counts[t]) w_.value(ingest::type_name(static_cast<ingest::FileType>(t)));
        }
        w_.end_array();
      } else if (k == "json_documents") {
        w_.value(static_cast<std::uint64_t>(s.json_documents));
      } else if (k == "markdown_heading_count") {
        w_.value(static_cast<std::uint64_t>(s.heading_count));
      } else if (k == "total_file_size_bytes") {
        w_.value(s.total_bytes);
      } else {
        w_.value(static_cast<std::uint64_t>(s.reference_total()));
      }
    }
    w_.end_object();
    w_.key("legacy_provenance").begin_object();
    for (const auto& [k, v] : s.legacy) {
      w_.key(k).begin_object();
      w_.key("file").value(s.legacy_files.at(k));
      w_.key("locator").value(v.locator);
      w_.end_object();
    }
    w_.end_object();
  }

  Status check() {
    if (out_) return ok_status();
    return Error{ErrorCode::io, "writing the JSON output failed",
                 "check free disk space and the -o path"};
  }

  std::ostream& out_;
  JsonWriter w_;
  std::vector<FileLine> files_;
};

}  // namespace

std::unique_ptr<ingest::IngestSink> make_ingest_json_writer(std::ostream& out) {
  return std::make_unique<JsonOut>(out);
}

}  // namespace chimera::report
