// The results store's conformance suite, run against both engines: SQLite files and a real
// PostgreSQL server started for the test (postgres_server.hpp). Every behaviour the commands rely
// on (append once, read back in order, first sweep definition kept, a repeated trial refused,
// merge across engines each once, concurrent writers) must hold on both.
#include <gtest/gtest.h>

#include <thread>

#include "chimera/store/location.hpp"
#include "chimera/store/results_store.hpp"
#include "chimera/store/trial_store.hpp"
#include "postgres_server.hpp"

namespace chimera::store {
namespace {
using namespace chimera::testing;

// One PostgreSQL server per test process, started on first use.
PostgresServer& server() {
  static PostgresServer s;
  return s;
}

class StoreConformance : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "postgresql" && !server().failure().empty())
      GTEST_SKIP() << "no PostgreSQL server: " << server().failure();
  }
  // A new, empty store of this test's engine.
  std::string new_store(const std::string& name) {
    if (GetParam() == "sqlite") return (dir_ / (name + ".db")).string();
    const auto url = server().new_database(name);
    EXPECT_FALSE(url.empty()) << "createdb " << name << " failed";
    return url;
  }
  // A new, empty store of the other engine (SQLite for PostgreSQL and the reverse), when there.
  std::string other_store(const std::string& name) {
    if (GetParam() == "postgresql") return (dir_ / (name + ".db")).string();
    if (!server().failure().empty()) return (dir_ / (name + ".db")).string();
    return server().new_database(name);
  }
  TempDir dir_;
};

TrialRow trial(const std::string& sweep, const std::string& point, int rep, bool ok = true) {
  TrialRow t;
  t.sweep = sweep, t.point = point, t.rep = rep, t.ok = ok;
  t.model = "m";
  t.options_json = R"({"num_ctx": 512})";
  t.metrics_json = ok ? R"({"decode_tok_s": 41.25})" : "{}";
  t.error = ok ? "" : "http 500: boom";
  t.started = "2026-12-03T07:00:00Z";
  t.seconds = 0.125;
  return t;
}

TEST_P(StoreConformance, RecordsAreAppendedOnceAndReadBackInOrder) {
  auto s = ResultsStore::open(new_store("records"));
  ASSERT_TRUE(s.ok()) << s.error().message;
  auto& rs = *s.value();
  ASSERT_TRUE(rs.append("load.level", "inv1", R"({"load_id": "L1", "level": 1})").ok());
  ASSERT_TRUE(rs.append("agents.run", "inv2", R"({"run": 1, "text": "it's \"quoted\""})").ok());
  ASSERT_TRUE(rs.append("load.level", "inv1", R"({"load_id": "L2", "level": 2})").ok());
  const auto all = rs.all("load.level").value();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0], R"({"load_id": "L1", "level": 1})");  // the text as written, not re-encoded
  const auto recs = rs.records("agents.run").value();
  ASSERT_EQ(recs.size(), 1u);
  EXPECT_EQ(recs[0].invocation, "inv2");
  EXPECT_EQ(recs[0].json, R"({"run": 1, "text": "it's \"quoted\""})");
  EXPECT_EQ(recs[0].created.size(), 20u) << recs[0].created;  // 2026-12-03T07:00:00Z
  EXPECT_TRUE(rs.contains("load.level", R"({"load_id": "L2", "level": 2})").value());
  EXPECT_FALSE(rs.contains("load.level", R"({"load_id": "L3", "level": 2})").value());
  EXPECT_FALSE(rs.contains("agents.run", R"({"load_id": "L2", "level": 2})").value());
  const auto found = rs.find("load.level", "$.load_id", "L2").value();
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0], R"({"load_id": "L2", "level": 2})");
  EXPECT_TRUE(rs.find("load.level", "$.load_id", "L9").value().empty());
  EXPECT_TRUE(rs.all("nothing").value().empty());
}

TEST_P(StoreConformance, TrialsRoundTripAndARepeatedTrialIsRefused) {
  const auto where = new_store("trials");
  auto s = TrialStore::open(where);
  ASSERT_TRUE(s.ok()) << s.error().message;
  auto& ts = *s.value();
  ASSERT_TRUE(ts.add_sweep({"sw1", "first", "", "{}", "decode_tok_s", "1", "", "cmd"}).ok());
  ASSERT_TRUE(ts.add_sweep({"sw1", "second", "", "{}", "ttft_ms", "1", "", "cmd"}).ok());
  const auto sweeps = ts.sweeps().value();
  ASSERT_EQ(sweeps.size(), 1u);
  EXPECT_EQ(sweeps[0].name, "first");  // the first definition is kept
  ASSERT_TRUE(ts.add(trial("sw1", "num_ctx=512", 0)).ok());
  ASSERT_TRUE(ts.add(trial("sw1", "num_ctx=512", 1, false)).ok());
  ASSERT_TRUE(ts.add(trial("sw2", "num_ctx=512", 0)).ok());
  const auto again = ts.add(trial("sw1", "num_ctx=512", 1));
  ASSERT_FALSE(again.ok());
  EXPECT_NE(again.error().message.find(display_location(where)), std::string::npos)
      << again.error().message;
  const auto rows = ts.trials("sw1").value();
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_LT(rows[0].id, rows[1].id);
  EXPECT_EQ(rows[0].point, "num_ctx=512");
  EXPECT_TRUE(rows[0].ok);
  EXPECT_FALSE(rows[1].ok);
  EXPECT_EQ(rows[1].rep, 1);
  EXPECT_EQ(rows[1].error, "http 500: boom");
  EXPECT_EQ(rows[1].metrics_json, "{}");
  EXPECT_EQ(rows[0].options_json, R"({"num_ctx": 512})");
  EXPECT_EQ(rows[0].started, "2026-12-03T07:00:00Z");
  EXPECT_DOUBLE_EQ(rows[0].seconds, 0.125);
}

TEST_P(StoreConformance, MergeAcrossEnginesCopiesEachResultOnce) {
  const auto from = new_store("merge_from");
  {
    auto ts = TrialStore::open(from).value();
    ASSERT_TRUE(ts->add_sweep({"sw", "n", "", "{}", "decode_tok_s", "1", "", "c"}).ok());
    for (int rep = 0; rep < 3; ++rep) ASSERT_TRUE(ts->add(trial("sw", "p", rep)).ok());
    auto rs = ResultsStore::open(from).value();
    ASSERT_TRUE(rs->append("run.comparison", "i", R"({"x": 1})").ok());
  }
  for (const auto& into : {new_store("merge_same"), other_store("merge_other")}) {
    auto ts = TrialStore::open(into).value();
    auto n = ts->merge_from(from);
    ASSERT_TRUE(n.ok()) << n.error().message;
    EXPECT_EQ(n.value(), 3u) << into;
    EXPECT_EQ(ts->merge_from(from).value(), 0u) << "merging twice adds nothing: " << into;
    EXPECT_EQ(ts->trials("sw").value().size(), 3u);
    EXPECT_EQ(ts->sweeps().value().size(), 1u);
    EXPECT_EQ(ResultsStore::open(into).value()->all("run.comparison").value().size(), 1u);
    // And back: the merged store merges into a third one of this engine just the same.
    auto back = TrialStore::open(new_store("merge_back" + std::to_string(into.size()))).value();
    EXPECT_EQ(back->merge_from(into).value(), 3u);
  }
}

TEST_P(StoreConformance, ConcurrentWritersLoseNothing) {
  const auto where = new_store("concurrent");
  ASSERT_TRUE(TrialStore::open(where).ok());
  constexpr int kEach = 40;
  std::vector<std::thread> writers;
  std::vector<std::string> errors(4);
  for (int w = 0; w < 4; ++w) {
    writers.emplace_back([&, w] {  // each writer its own connection, as shards are
      auto ts = TrialStore::open(where);
      auto rs = ResultsStore::open(where);
      if (!ts.ok() || !rs.ok()) {
        errors[static_cast<std::size_t>(w)] = "open failed";
        return;
      }
      for (int i = 0; i < kEach; ++i) {
        const auto p = "w" + std::to_string(w) + "-" + std::to_string(i);
        auto a = ts.value()->add(trial("sw", p, 0));
        auto b = rs.value()->append("load.level", "w", R"({"p": ")" + p + "\"}");
        if (!a.ok()) errors[static_cast<std::size_t>(w)] = a.error().message;
        if (!b.ok()) errors[static_cast<std::size_t>(w)] = b.error().message;
      }
    });
  }
  for (auto& t : writers) t.join();
  for (const auto& e : errors) EXPECT_EQ(e, "");
  EXPECT_EQ(TrialStore::open(where).value()->trials("sw").value().size(), 4u * kEach);
  EXPECT_EQ(ResultsStore::open(where).value()->all("load.level").value().size(), 4u * kEach);
}

TEST_P(StoreConformance, ANonStoreIsRefusedByMergeAndItsTargetKeepsNothingHalfDone) {
  const auto into = new_store("target");
  auto ts = TrialStore::open(into).value();
  ASSERT_TRUE(ts->add(trial("sw", "p", 0)).ok());
  const auto empty_db = (dir_ / "empty.db").string();
  write_file(empty_db, "");
  const auto r = ts->merge_from(empty_db);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("holds no trials and no records"), std::string::npos);
  EXPECT_EQ(ts->trials("sw").value().size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(Engines, StoreConformance, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& p) { return p.param; });

TEST(StoreLocation, PasswordsNeverReachMessages) {
  EXPECT_EQ(display_location("postgresql://bob:s3cret@db.lan:5432/results"),
            "postgresql://bob:***@db.lan:5432/results");
  EXPECT_EQ(display_location("postgres://bob@db.lan/results"), "postgres://bob@db.lan/results");
  EXPECT_EQ(display_location("results.db"), "results.db");
  EXPECT_EQ(display_location("postgresql://db.lan/r?user=bob&password=s3cret&sslmode=require"),
            "postgresql://db.lan/r?user=bob&password=***&sslmode=require");
  EXPECT_EQ(display_location("postgresql://db.lan/r?application_name=x@y:z"),
            "postgresql://db.lan/r?application_name=x@y:z");
  EXPECT_EQ(
      redact_password("invalid percent-encoded token: \"50%off\"", "postgresql://bob:50%off@db/r"),
      "invalid percent-encoded token: \"***\"");
  const auto bad = ResultsStore::open("postgresql://bob:50%off@127.0.0.1:1/results");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().message.find("50%off"), std::string::npos) << bad.error().message;
  EXPECT_TRUE(is_postgres_url("postgres://h/db"));
  EXPECT_FALSE(is_postgres_url("postgresql.db"));
  const auto r = ResultsStore::open("postgresql://bob:s3cret@127.0.0.1:1/results");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message.find("s3cret"), std::string::npos) << r.error().message;
  EXPECT_NE(r.error().message.find("cannot connect to PostgreSQL store "
                                   "'postgresql://bob:***@127.0.0.1:1/results'"),
            std::string::npos)
      << r.error().message;
  EXPECT_NE(r.error().hint.find("PGPASSWORD"), std::string::npos);
}

}  // namespace
}  // namespace chimera::store
