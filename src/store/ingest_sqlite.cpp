#include "chimera/store/ingest_sqlite.hpp"

#include <algorithm>

#include "chimera/core/json_writer.hpp"
#include "chimera/core/version.hpp"
#include "chimera/store/sqlite.hpp"

namespace chimera::store {
namespace {

constexpr std::string_view kSchema = R"sql(
PRAGMA journal_mode=MEMORY;
PRAGMA synchronous=OFF;
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE files(id INTEGER PRIMARY KEY, path TEXT NOT NULL, type TEXT NOT NULL, bytes INTEGER,
  mtime TEXT, status TEXT NOT NULL, reason TEXT, encoding TEXT, metric_rows INTEGER, warnings TEXT,
  format TEXT);
CREATE TABLE metrics(file_id INTEGER NOT NULL REFERENCES files(id), file TEXT NOT NULL,
  file_type TEXT, locator TEXT, line INTEGER, name TEXT, metric TEXT, statistic TEXT, role TEXT,
  kind TEXT, unit TEXT, raw TEXT, value REAL, normalized REAL, normalized_unit TEXT,
  status TEXT NOT NULL, model TEXT, config TEXT, quantization TEXT, gpu TEXT, test TEXT,
  backend TEXT, concurrency TEXT, rate TEXT, section TEXT, note TEXT);
CREATE TABLE skipped(path TEXT NOT NULL, reason TEXT NOT NULL);
CREATE TABLE not_read(path TEXT NOT NULL, reason TEXT NOT NULL);
CREATE TABLE legacy_metrics(key TEXT PRIMARY KEY, value REAL, text_value TEXT, file TEXT, locator TEXT);
BEGIN;
)sql";

constexpr std::string_view kIndexes = R"sql(
CREATE INDEX metrics_kind ON metrics(kind);
CREATE INDEX metrics_metric ON metrics(metric, statistic);
CREATE INDEX metrics_name ON metrics(name);
CREATE INDEX metrics_file ON metrics(file_id);
CREATE INDEX metrics_model ON metrics(model);
CREATE INDEX files_path ON files(path);
)sql";

constexpr std::size_t kFilesPerCommit = 256;

class SqliteWriter final : public ingest::IngestSink {
 public:
  SqliteWriter(std::unique_ptr<Database> db, Statement files, Statement metrics)
      : db_(std::move(db)), files_(std::move(files)), metrics_(std::move(metrics)) {}

  Status begin(const ingest::IngestOptions& o) override {
    return meta({{"schema_version", std::to_string(ingest::kIngestSchemaVersion)},
                 {"tool", version_line()},
                 {"root", o.root.string()},
                 {"layout", o.walk.layout == ingest::Layout::all ? "all" : "chimera"}});
  }

  Status file(const ingest::FileResult& f) override {
    ++file_id_;
    files_.bind(1, static_cast<std::int64_t>(file_id_));
    files_.bind(2, f.entry.rel_path);
    files_.bind(3, ingest::type_name(f.entry.type));
    files_.bind(4, static_cast<std::int64_t>(f.entry.bytes));
    files_.bind(5, ingest::format_utc(f.entry.mtime));
    files_.bind(6, ingest::status_name(f.status));
    files_.bind(7, f.reason);
    files_.bind(8, f.encoding);
    files_.bind(9, static_cast<std::int64_t>(f.rows.size()));
    std::string warnings;
    for (const auto& w : f.warnings) warnings += w + "\n";
    files_.bind(10, warnings);
    if (f.format.empty()) {
      files_.bind_null(11);
    } else {
      files_.bind(11, f.format);
    }
    if (auto st = files_.run(); !st) return st;
    for (const auto& r : f.rows) {
      if (auto st = insert_metric(f, r); !st) return st;
    }
    if (file_id_ % kFilesPerCommit == 0) return db_->exec("COMMIT; BEGIN;");
    return ok_status();
  }

  Status end(const ingest::IngestSummary& s) override {
    auto skipped = db_->prepare("INSERT INTO skipped(path, reason) VALUES(?1, ?2)");
    if (!skipped) return skipped.error();
    for (const auto& k : s.skipped) {
      skipped.value().bind(1, k.path);
      skipped.value().bind(2, k.reason);
      if (auto st = skipped.value().run(); !st) return st;
    }
    auto not_read = db_->prepare("INSERT INTO not_read(path, reason) VALUES(?1, ?2)");
    if (!not_read) return not_read.error();
    for (const auto& k : s.not_read) {
      not_read.value().bind(1, k.path);
      not_read.value().bind(2, k.reason);
      if (auto st = not_read.value().run(); !st) return st;
    }
    if (auto st = legacy(s); !st) return st;
    if (auto st = meta({{"data_summary", s.data_summary()},
                        {"total_bytes", std::to_string(s.total_bytes)},
                        {"markdown_heading_count", std::to_string(s.heading_count)},
                        {"json_documents", std::to_string(s.json_documents)}});
        !st) {
      return st;
    }
    if (auto st = db_->exec(kIndexes); !st) return st;
    return db_->exec("COMMIT;");
  }

 private:
  Status insert_metric(const ingest::FileResult& f, const ingest::MetricRow& r) {
    static const auto column = [](std::string_view name) {
      const auto& cols = ingest::metric_columns();
      return static_cast<std::size_t>(std::find(cols.begin(), cols.end(), name) - cols.begin());
    };
    static const std::size_t kLine = column("line"), kValue = column("value"),
                             kNormalized = column("normalized");
    metrics_.bind(1, static_cast<std::int64_t>(file_id_));
    ingest::for_each_metric_field(f, r, [&](std::size_t i, std::string_view v) {
      const int col = static_cast<int>(i) + 2;
      if (i == kLine) {  // numbers bound as numbers, so SQL can compare and aggregate them
        metrics_.bind(col, static_cast<std::int64_t>(r.line));
      } else if (i == kValue) {
        metrics_.bind(col, r.value);
      } else if (i == kNormalized) {
        metrics_.bind(col, r.normalized);
      } else if (v.empty()) {
        metrics_.bind_null(col);
      } else {
        metrics_.bind(col, v);
      }
    });
    return metrics_.run();
  }

  Status legacy(const ingest::IngestSummary& s) {
    auto st = db_->prepare(
        "INSERT INTO legacy_metrics(key, value, text_value, file, locator) VALUES(?1,?2,?3,?4,?5)");
    if (!st) return st.error();
    for (const auto& [k, v] : s.legacy) {
      st.value().bind(1, k);
      if (const double* d = std::get_if<double>(&v.value)) {
        st.value().bind(2, std::optional<double>(*d));
        st.value().bind_null(3);
      } else {
        st.value().bind_null(2);
        st.value().bind(3, std::get<std::string>(v.value));
      }
      st.value().bind(4, s.legacy_files.at(k));
      st.value().bind(5, v.locator);
      if (auto r = st.value().run(); !r) return r;
    }
    return ok_status();
  }

  Status meta(std::initializer_list<std::pair<std::string, std::string>> kv) {
    auto st = db_->prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)");
    if (!st) return st.error();
    for (const auto& [k, v] : kv) {
      st.value().bind(1, k);
      st.value().bind(2, v);
      if (auto r = st.value().run(); !r) return r;
    }
    return ok_status();
  }

  std::unique_ptr<Database> db_;
  Statement files_, metrics_;
  std::size_t file_id_ = 0;
};

}  // namespace

Result<std::unique_ptr<ingest::IngestSink>> make_ingest_sqlite_writer(
    const std::filesystem::path& path) {
  auto db = Database::open(path);
  if (!db) return db.error();
  auto owned = std::make_unique<Database>(std::move(db.value()));
  if (auto st = owned->exec(kSchema); !st) return st.error();
  auto files = owned->prepare(
      "INSERT INTO files(id, path, type, bytes, mtime, status, reason, encoding, metric_rows, "
      "warnings, format) "
      "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)");
  if (!files) return files.error();
  std::string sql = "INSERT INTO metrics(file_id";
  std::string params = "?1";
  int i = 2;
  for (const auto& c : ingest::metric_columns()) {
    sql += ", " + c;
    params += ",?" + std::to_string(i++);
  }
  auto metrics = owned->prepare(sql + ") VALUES(" + params + ")");
  if (!metrics) return metrics.error();
  std::unique_ptr<ingest::IngestSink> w = std::make_unique<SqliteWriter>(
      std::move(owned), std::move(files.value()), std::move(metrics.value()));
  return w;
}

}  // namespace chimera::store
