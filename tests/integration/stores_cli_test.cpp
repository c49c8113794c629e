// `chimera report` and `chimera compare` on results stores of every kind that `agents` and `run`
// write, as a black box against the fake server (the HTML pages are checked in html_cli_test).
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <nlohmann/json.hpp>

#include "chimera/fake/fake_server.hpp"
#include "test_support.hpp"

namespace chimera {
namespace {
using namespace chimera::testing;

class StoresCli : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(server_.start().ok()); }
  ProcessResult chimera(std::vector<std::string> args) {
    args.insert(args.begin(), chimera_bin().string());
    return run_process(args);
  }
  ProcessResult agents(const TempDir& t, const std::string& db, const std::string& out) {
    return chimera({"agents", (source_dir() / "examples/artifacts").string(), "--url",
                    server_.url(), "--model", "fake:tokens=6,gap=2,ttft=5", "--runs", "2",
                    "--warmup", "0", "--out", (t / out).string(), "--store", db, "-q"});
  }
  fake::FakeServer server_;
};

TEST_F(StoresCli, AgentsStoresAreListedReportedAndCompared) {
  TempDir t;
  const auto db = (t / "a.db").string();
  ASSERT_EQ(agents(t, db, "one").exit_code, 0);
  ASSERT_EQ(agents(t, db, "two").exit_code, 0);
  const auto list = chimera({"report", db, "--list"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  const auto first = list.out.find("agents ");
  ASSERT_NE(first, std::string::npos) << list.out;
  EXPECT_NE(list.out.find("agents ", first + 1), std::string::npos) << "two invocations";
  const std::string id = list.out.substr(first + 7, list.out.find(' ', first + 7) - first - 7);
  // The latest invocation by default, any one by --agents.
  const auto latest = chimera({"report", db, "--format", "json"});
  const auto older = chimera({"report", db, "--format", "json", "--agents", id});
  ASSERT_EQ(latest.exit_code, 0) << latest.err;
  ASSERT_EQ(older.exit_code, 0) << older.err;
  const auto l = nlohmann::json::parse(latest.out), o = nlohmann::json::parse(older.out);
  EXPECT_EQ(o["invocation"], id);
  EXPECT_NE(l["invocation"], id);
  ASSERT_EQ(l["runs"].size(), 2u);
  EXPECT_EQ(l["runs"][1], nlohmann::json::parse(read_file(t / "two/run_2/metrics.json")));
  const auto md = chimera({"report", db});
  EXPECT_NE(md.out.find("## Agents"), std::string::npos) << md.out;
  EXPECT_NE(md.out.find("6 tok ("), std::string::npos) << md.out;
  // compare: the store's latest agents runs against a summary.json, metric by metric.
  const auto cmp = chimera({"compare", db, (t / "one/summary.json").string()});
  ASSERT_EQ(cmp.exit_code, 0) << cmp.err;
  EXPECT_NE(cmp.out.find("| runs.wall_s | lower | 2 | 2 |"), std::string::npos) << cmp.out;
  EXPECT_NE(cmp.out.find("| runs.efficiency_pct | higher |"), std::string::npos) << cmp.out;
  EXPECT_EQ(cmp.out.find("runs.run "), std::string::npos) << "a run's number is not a metric";
  const auto csv = chimera({"report", db, "--format", "csv"});
  EXPECT_EQ(csv.exit_code, 2);
  EXPECT_NE(csv.err.find("--format csv is for sweeps"), std::string::npos) << csv.err;
}

TEST_F(StoresCli, RunStoresAreReportedNotComparedAndEmptyStoresSayWhatTheyLack) {
  TempDir t;
  const auto db = (t / "r.db").string();
  const auto run = chimera({"run", (source_dir() / "examples/artifacts").string(), "--url",
                            server_.url(), "--model", "fake:tokens=6,gap=2,ttft=5", "--runs", "2",
                            "--warmup", "0", "--out", (t / "out").string(), "--store", db, "-q"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto json = chimera({"report", db, "--format", "json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  EXPECT_EQ(json.out, read_file(t / "out/metrics.json"));
  const auto cmp = chimera({"compare", db, db});
  EXPECT_EQ(cmp.exit_code, 1);
  EXPECT_NE(cmp.err.find("chimera run comparisons"), std::string::npos) << cmp.err;
  EXPECT_NE(cmp.err.find("chimera report " + db), std::string::npos) << cmp.err;
  const auto unknown = chimera({"report", db, "--run", "nope"});
  EXPECT_EQ(unknown.exit_code, 2);
  // A store with nothing in it: --list says so, a report names what it looked for.
  const auto empty = (t / "e.db").string();
  sqlite3* handle = nullptr;  // an SQLite file that no chimera command wrote anything into
  ASSERT_EQ(sqlite3_open(empty.c_str(), &handle), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(handle, "CREATE TABLE t(x)", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(handle);
  const auto list = chimera({"report", empty, "--list"});
  EXPECT_EQ(list.exit_code, 0) << list.err;
  EXPECT_NE(list.out.find("(no sweep, load run, agents run or run comparison"), std::string::npos)
      << list.out;
  const auto rep = chimera({"report", empty});
  EXPECT_EQ(rep.exit_code, 1);
  EXPECT_NE(rep.err.find("holds no sweep, load run, agents run or run comparison"),
            std::string::npos)
      << rep.err;
}

}  // namespace
}  // namespace chimera
