// The SQLite output: tables, indexes and contents agree with the in-memory results.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "chimera/ingest/pipeline.hpp"
#include "chimera/store/ingest_sqlite.hpp"
#include "test_support.hpp"

namespace chimera {
namespace {
using namespace chimera::testing;

std::string query(sqlite3* db, const std::string& sql) {
  sqlite3_stmt* st = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr), SQLITE_OK) << sql;
  std::string out;
  while (sqlite3_step(st) == SQLITE_ROW) {
    for (int i = 0; i < sqlite3_column_count(st); ++i) {
      const auto* t = sqlite3_column_text(st, i);
      out += (i ? "|" : "") + std::string(t ? reinterpret_cast<const char*>(t) : "NULL");
    }
    out += "\n";
  }
  sqlite3_finalize(st);
  return out;
}

TEST(SqliteOutput, SeedCorpusTablesAndIndexes) {
  TempDir t;
  materialize_seed(t / "corpus");
  const auto db_path = t / "out.db";
  {
    auto sink = store::make_ingest_sqlite_writer(db_path);
    ASSERT_TRUE(sink.ok());
    ingest::IngestOptions o;
    o.root = t / "corpus";
    o.walk.layout = ingest::Layout::chimera;
    const auto r = ingest::run_ingest(o, *sink.value());
    ASSERT_TRUE(r.ok());
  }  // the writer closes the database here
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  EXPECT_EQ(query(db, "SELECT count(*) FROM files WHERE status='ingested'"), "101\n");
  EXPECT_EQ(query(db, "SELECT type, count(*) FROM files GROUP BY type ORDER BY type"),
            "csv|28\njson|44\nmarkdown|29\n");
  EXPECT_EQ(query(db, "SELECT value FROM meta WHERE key='total_bytes'"), "436259\n");
  EXPECT_EQ(query(db, "SELECT count(*) FROM skipped"), "0\n");
  EXPECT_EQ(
      query(
          db,
          "SELECT file, locator, value FROM legacy_metrics WHERE key='json_models[2].mean_ttft_s'"),
      "reports/ollama/20251002-151824/"
      "prompt_suite_summary.json|models[2].mean_ttft_s|2.00646968\n");
  EXPECT_EQ(query(db,
                  "SELECT count(*) FROM metrics m JOIN legacy_metrics l ON m.file = l.file AND "
                  "m.locator = l.locator AND m.value = l.value"),
            query(db, "SELECT count(*) FROM legacy_metrics WHERE value IS NOT NULL"));
  EXPECT_EQ(
      query(db, "SELECT count(*) FROM sqlite_master WHERE type='index' AND name LIKE 'metrics_%'"),
      "5\n");
  sqlite3_close(db);
}

}  // namespace
}  // namespace chimera
