// The commands on a PostgreSQL results store, as a black box against the fake server and a real
// PostgreSQL server: kill -9 and --resume, shards writing one shared store at the same time (the
// result equals an unsharded run), and every command that takes --store or STORE.
#include <gtest/gtest.h>

#include <csignal>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "chimera/fake/fake_server.hpp"
#include "chimera/store/results_store.hpp"
#include "chimera/store/trial_store.hpp"
#include "postgres_server.hpp"

namespace chimera {
namespace {
using namespace chimera::testing;

PostgresServer& server() {
  static PostgresServer s;
  return s;
}

class PostgresCommands : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!server().failure().empty()) GTEST_SKIP() << "no PostgreSQL server: " << server().failure();
    ASSERT_TRUE(fake_.start().ok());
  }
  std::vector<std::string> sweep(const std::string& store, std::vector<std::string> extra = {}) {
    std::vector<std::string> a = {chimera_bin().string(),
                                  "sweep",
                                  "--url",
                                  fake_.url(),
                                  "--model",
                                  "fake:tokens=10,gap=4,ttft=20",
                                  "-p",
                                  "num_ctx=256,512,1024",
                                  "-p",
                                  "temperature=0.1-0.5+0.1",
                                  "-n",
                                  "2",
                                  "--warmup",
                                  "0",
                                  "--repeats",
                                  "2",
                                  "--store",
                                  store,
                                  "-q"};
    a.insert(a.end(), extra.begin(), extra.end());
    return a;
  }
  ProcessResult chimera(std::vector<std::string> args) {
    args.insert(args.begin(), chimera_bin().string());
    return run_process(args);
  }
  fake::FakeServer fake_;
};

// (point, rep) of every trial of every sweep in a store.
std::vector<std::pair<std::string, int>> trials(const std::string& location) {
  std::vector<std::pair<std::string, int>> out;
  auto st = store::TrialStore::open(location);
  if (!st.ok()) return out;
  const auto sweeps = st.value()->sweeps();
  if (!sweeps.ok()) return out;
  for (const auto& s : sweeps.value()) {
    const auto rows = st.value()->trials(s.id);
    if (!rows.ok()) continue;
    for (const auto& t : rows.value()) out.emplace_back(t.point, t.rep);
  }
  return out;
}

TEST_F(PostgresCommands, KillNineAtAnyPointThenResumeLosesAndRepeatsNothing) {
  const auto db = server().new_database("killed");
  ASSERT_FALSE(db.empty());
  std::size_t before = 0;
  for (const int ms : {250, 700, 1300}) {
    const auto r = run_process(sweep(db, {"--resume"}), ms, SIGKILL);
    ASSERT_EQ(r.exit_code, 128 + SIGKILL) << r.err;
    const auto now = trials(db);
    EXPECT_GE(now.size(), before);  // nothing completed is lost
    before = now.size();
  }
  ASSERT_LT(before, 30u) << "the kills came too late to test anything";
  const auto r = run_process(sweep(db, {"--resume"}));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find(std::to_string(before) + " kept from the store"), std::string::npos)
      << r.err;
  const auto all = trials(db);
  ASSERT_EQ(all.size(), 30u);
  EXPECT_EQ(std::set(all.begin(), all.end()).size(), 30u);
  const auto again = run_process(sweep(db));
  EXPECT_EQ(again.exit_code, 2) << "without --resume the store is not touched";
  EXPECT_NE(again.err.find("--resume"), std::string::npos) << again.err;
}

TEST_F(PostgresCommands, ShardsWritingOneStoreTogetherEqualAnUnshardedRun) {
  TempDir t;
  const auto db = server().new_database("shared");
  ASSERT_FALSE(db.empty());
  std::vector<ProcessResult> shards(3);
  std::vector<std::thread> running;
  for (int i = 0; i < 3; ++i) {
    running.emplace_back([&, i] {
      shards[static_cast<std::size_t>(i)] =
          run_process(sweep(db, {"--shard", std::to_string(i) + "/3"}));
    });
  }
  for (auto& th : running) th.join();
  for (const auto& s : shards) ASSERT_EQ(s.exit_code, 0) << s.err;
  const auto unsharded = (t / "all.db").string();
  ASSERT_EQ(run_process(sweep(unsharded)).exit_code, 0);
  auto together = trials(db), alone = trials(unsharded);
  ASSERT_EQ(together.size(), 30u);
  std::sort(together.begin(), together.end());
  std::sort(alone.begin(), alone.end());
  EXPECT_EQ(together, alone) << "same points and repetitions, each once";
  EXPECT_EQ(store::TrialStore::open(db).value()->sweeps().value().size(), 1u);
  // report and compare read it like an SQLite store; merge copies it into one.
  const auto rep = chimera({"report", db, "--format", "json"});
  ASSERT_EQ(rep.exit_code, 0) << rep.err;
  EXPECT_EQ(nlohmann::json::parse(rep.out)["points"].size(), 15u);
  const auto cmp = chimera({"compare", db, unsharded});
  EXPECT_EQ(cmp.exit_code, 0) << cmp.err;
  EXPECT_NE(cmp.out.find("| decode_tok_s |"), std::string::npos) << cmp.out;
  const auto copy = (t / "copy.db").string();
  const auto m = chimera({"merge", copy, db});
  ASSERT_EQ(m.exit_code, 0) << m.err;
  EXPECT_NE(m.err.find(": 30 trial(s) added"), std::string::npos) << m.err;
  const auto back = server().new_database("merged_back");
  ASSERT_EQ(chimera({"merge", back, copy, unsharded}).exit_code, 0);
  EXPECT_EQ(trials(back).size(), 30u) << "the same trials from two stores count once";
}

TEST_F(PostgresCommands, LoadAgentsAndRunAppendToItAndReportListsThem) {
  TempDir t;
  auto db = server().new_database("every");
  ASSERT_FALSE(db.empty());
  // A password in the URL (trust authentication ignores it) must appear in no output.
  db.replace(db.find("postgres@"), 9, "postgres:s3cret@");
  const auto secret_free = [](const ProcessResult& r) {
    return r.out.find("s3cret") == std::string::npos && r.err.find("s3cret") == std::string::npos;
  };
  const auto art = (source_dir() / "examples/artifacts").string();
  const auto load = chimera({"load", "--url", fake_.url(), "--model", "fake:tokens=4,gap=2,ttft=5",
                             "--concurrency", "1,2", "--requests", "4", "--store", db, "-q"});
  ASSERT_EQ(load.exit_code, 0) << load.err;
  const auto agents =
      chimera({"agents", art, "--url", fake_.url(), "--model", "fake:tokens=6,gap=2,ttft=5",
               "--runs", "2", "--warmup", "0", "--out", (t / "a").string(), "--store", db, "-q"});
  ASSERT_EQ(agents.exit_code, 0) << agents.err;
  const auto run =
      chimera({"run", art, "--url", fake_.url(), "--model", "fake:tokens=6,gap=2,ttft=5", "--runs",
               "2", "--warmup", "0", "--out", (t / "r").string(), "--store", db, "-q"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto list = chimera({"report", db, "--list"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  for (const auto* r : {&load, &agents, &run, &list}) EXPECT_TRUE(secret_free(*r)) << r->err;
  // The id of the first result of a kind in the --list output ("agents ID  ...").
  const auto id_of = [&](const std::string& kind) {
    const std::string text = "\n" + list.out;
    const auto at = text.find("\n" + kind + " ");
    if (at == std::string::npos) return std::string();
    const auto begin = at + kind.size() + 2;
    return text.substr(begin, text.find(' ', begin) - begin);
  };
  for (const std::string kind : {"agents", "run"}) {
    ASSERT_FALSE(id_of(kind).empty()) << kind << "\n" << list.out;
    for (const char* f : {"md", "html", "json"}) {
      const auto shown = chimera({"report", db, "--format", f, "--" + kind, id_of(kind)});
      EXPECT_EQ(shown.exit_code, 0) << kind << " " << f << ": " << shown.err;
      EXPECT_TRUE(secret_free(shown)) << kind << " " << f;
    }
  }
  for (const char* kind : {"load ", "agents ", "run "})
    EXPECT_NE(list.out.find(kind), std::string::npos) << kind << "\n" << list.out;
  const auto load_report = chimera({"report", db, "--format", "json"});
  ASSERT_EQ(load_report.exit_code, 0) << load_report.err;
  EXPECT_EQ(nlohmann::json::parse(load_report.out)["levels"].size(), 2u) << load_report.out;
  // The run's comparison reads back exactly as it was written to its folder.
  const auto id_at = list.out.find("\nrun ");
  ASSERT_NE(id_at, std::string::npos) << list.out;
  const auto id = list.out.substr(id_at + 5, list.out.find(' ', id_at + 5) - id_at - 5);
  const auto r = chimera({"report", db, "--run", id, "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, read_file(t / "r/metrics.json"));
  // Prometheus reads it as it reads an SQLite store.
  const auto om = chimera({"report", db, "--format", "openmetrics"});
  ASSERT_EQ(om.exit_code, 0) << om.err;
  EXPECT_NE(om.out.find("\nchimera_agents_efficiency_ratio{source=\"agents\""), std::string::npos)
      << om.out;
  EXPECT_NE(om.out.find("\nchimera_load_ttft_seconds{source=\"load\""), std::string::npos);
  // Resuming a load run keeps the levels the store holds.
  const auto again =
      chimera({"load", "--url", fake_.url(), "--model", "fake:tokens=4,gap=2,ttft=5",
               "--concurrency", "1,2", "--requests", "4", "--store", db, "--resume"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("2 level(s) of this configuration kept from"), std::string::npos)
      << again.err;
}

TEST_F(PostgresCommands, KillNineDuringAgentsThenResumeStoresEachRunOnce) {
  TempDir t;
  const auto db = server().new_database("agents_killed");
  ASSERT_FALSE(db.empty());
  const std::vector<std::string> args = {chimera_bin().string(),
                                         "agents",
                                         (source_dir() / "examples/artifacts").string(),
                                         "--url",
                                         fake_.url(),
                                         "--model",
                                         "fake:tokens=8,gap=15,ttft=5",
                                         "--runs",
                                         "6",
                                         "--warmup",
                                         "0",
                                         "--out",
                                         (t / "out").string(),
                                         "--store",
                                         db,
                                         "-q",
                                         "--resume"};
  for (const int ms : {150, 300, 450}) (void)run_process(args, ms, SIGKILL);
  const auto before = store::ResultsStore::open(db).value()->all("agents.run").value().size();
  EXPECT_LT(before, 6u) << "the kills came too late to test anything";
  const auto r = run_process(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto rs = store::ResultsStore::open(db);
  ASSERT_TRUE(rs.ok()) << rs.error().message;
  const auto runs = rs.value()->all("agents.run").value();
  EXPECT_EQ(runs.size(), 6u) << "every completed run stored exactly once";
  EXPECT_EQ(std::set(runs.begin(), runs.end()).size(), 6u);
  const auto json = chimera({"report", db, "--format", "json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  EXPECT_EQ(nlohmann::json::parse(json.out)["runs"].size(), 6u) << "one invocation, resumed";
}

TEST_F(PostgresCommands, ARoleThatOnlyReadsCanReportAndCompare) {
  const auto db = server().new_database("readable");
  ASSERT_FALSE(db.empty());
  ASSERT_EQ(run_process(sweep(db)).exit_code, 0);
  ASSERT_EQ(server().psql("readable",
                          "CREATE ROLE reader LOGIN; GRANT SELECT ON ALL TABLES IN SCHEMA public "
                          "TO reader;"),
            0);
  auto as_reader = db;
  as_reader.replace(as_reader.find("postgres@"), 9, "reader@");
  // Opening a store creates no table that exists: no ownership or write access needed to read.
  const auto rep = chimera({"report", as_reader, "--format", "json"});
  ASSERT_EQ(rep.exit_code, 0) << rep.err;
  EXPECT_EQ(nlohmann::json::parse(rep.out)["points"].size(), 15u);
  EXPECT_EQ(chimera({"compare", as_reader, as_reader}).exit_code, 0);
  EXPECT_EQ(chimera({"report", as_reader, "--format", "openmetrics"}).exit_code, 0);
  // Writing is refused by the server, and said so.
  const auto write = run_process(sweep(as_reader, {"--resume", "--objective", "ttft_p50_ms"}));
  EXPECT_NE(write.exit_code, 0);
  EXPECT_NE(write.err.find("permission denied"), std::string::npos) << write.err;
}

TEST(PostgresCommandErrors, AnUnreachableServerIsNamedWithoutItsPassword) {
  const auto r = run_process(
      {chimera_bin().string(), "report", "postgresql://bob:s3cret@127.0.0.1:1/results", "--list"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("postgresql://bob:***@127.0.0.1:1/results"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("s3cret"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("PGPASSWORD"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace chimera
