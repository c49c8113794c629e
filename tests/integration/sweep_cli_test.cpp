// chimera sweep, report, merge and compare as a black box against the fake server: kill -9 and
// --resume, shards and merge, the CI gate's exit code and JUnit file.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <csignal>
#include <nlohmann/json.hpp>
#include <set>

#include "chimera/fake/fake_server.hpp"
#include "test_support.hpp"

namespace chimera {
namespace {
using namespace chimera::testing;

class SweepCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new fake::FakeServer();
    ASSERT_TRUE(server_->start().ok());
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static std::vector<std::string> sweep(const std::filesystem::path& store,
                                        std::vector<std::string> extra = {}) {
    std::vector<std::string> a = {chimera_bin().string(),
                                  "sweep",
                                  "--url",
                                  server_->url(),
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
                                  store.string(),
                                  "-q"};
    a.insert(a.end(), extra.begin(), extra.end());
    return a;
  }
  static inline fake::FakeServer* server_ = nullptr;
};

// (point, rep) of every trial in a store.
std::vector<std::pair<std::string, int>> trials(const std::filesystem::path& store) {
  sqlite3* db = nullptr;
  std::vector<std::pair<std::string, int>> out;
  if (sqlite3_open(store.c_str(), &db) != SQLITE_OK) return out;
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "SELECT point, rep FROM trials ORDER BY id", -1, &st, nullptr);
  while (sqlite3_step(st) == SQLITE_ROW)
    out.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)),
                     sqlite3_column_int(st, 1));
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

TEST_F(SweepCli, KillNineAtAnyPointThenResumeLosesAndRepeatsNothing) {
  TempDir t;
  const auto store = t / "s.db";
  // 15 points x 2 repeats, each trial about 0.13 s: kill at several points of the run.
  std::size_t before = 0;
  for (const int ms : {250, 700, 1300}) {
    const auto r = run_process(sweep(store, {"--resume"}), ms, SIGKILL);
    ASSERT_EQ(r.exit_code, 128 + SIGKILL) << r.err;
    const auto now = trials(store);
    EXPECT_GE(now.size(), before);  // nothing completed is lost
    before = now.size();
  }
  ASSERT_LT(before, 30u) << "the kills came too late to test anything";
  const auto r = run_process(sweep(store, {"--resume"}));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find(std::to_string(before) + " kept from the store"), std::string::npos)
      << r.err;
  const auto all = trials(store);
  ASSERT_EQ(all.size(), 30u);
  EXPECT_EQ(std::set(all.begin(), all.end()).size(), 30u);  // no duplicate
  // The fake server's speed is the same at every point: nothing may be called best.
  EXPECT_NE(r.out.find("\nLeader: "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("tied within noise"), std::string::npos);
  EXPECT_EQ(r.out.find("\nBest: "), std::string::npos);
  EXPECT_NE(r.out.find("chimera probe --backend ollama"), std::string::npos);
  const auto md = run_process({chimera_bin().string(), "report", store.string(), "--format", "md"});
  EXPECT_NE(md.out.find("## Leading configuration"), std::string::npos) << md.out;
  EXPECT_EQ(md.out.find("## Best configuration"), std::string::npos);
  // Without --resume the store is not touched.
  const auto again = run_process(sweep(store));
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_NE(again.err.find("--resume"), std::string::npos);
  // chimera report reads the same sweep.
  const auto rep =
      run_process({chimera_bin().string(), "report", store.string(), "--format", "json"});
  ASSERT_EQ(rep.exit_code, 0) << rep.err;
  const auto j = nlohmann::json::parse(rep.out);
  EXPECT_EQ(j["points"].size(), 15u);
  EXPECT_TRUE(j["best"].is_null());
  EXPECT_TRUE(j["leader"].is_string());
  EXPECT_FALSE(j["tied_with"].empty());
}

TEST_F(SweepCli, ShardsMergeAndCompareGatesOnRegressions) {
  TempDir t;
  for (int i = 0; i < 2; ++i) {
    const auto r = run_process(
        sweep(t / ("s" + std::to_string(i) + ".db"), {"--shard", std::to_string(i) + "/2"}));
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  const auto m = run_process({chimera_bin().string(), "merge", (t / "all.db").string(),
                              (t / "s0.db").string(), (t / "s1.db").string()});
  ASSERT_EQ(m.exit_code, 0) << m.err;
  EXPECT_EQ(trials(t / "all.db").size(), 30u);
  // A slower candidate: TTFT 300 ms instead of 20 (a gap no delay of a busy machine can hide).
  const auto probe = [&](const std::string& model, const std::filesystem::path& out) {
    return run_process({chimera_bin().string(), "probe", "--url", server_->url(), "--model", model,
                        "-n", "6", "--format", "json", "-o", out.string()});
  };
  ASSERT_EQ(probe("fake:tokens=5,ttft=20", t / "base.json").exit_code, 0);
  ASSERT_EQ(probe("fake:tokens=5,ttft=300", t / "cand.json").exit_code, 0);
  const auto c = run_process({chimera_bin().string(), "compare", (t / "base.json").string(),
                              (t / "cand.json").string(), "--fail-on-regression", "5", "--junit",
                              (t / "junit.xml").string()});
  EXPECT_EQ(c.exit_code, 1) << c.err;
  EXPECT_NE(c.out.find("**REGRESSION**"), std::string::npos) << c.out;
  EXPECT_NE(read_file(t / "junit.xml").find("<failure"), std::string::npos);
  const auto same = run_process({chimera_bin().string(), "compare", (t / "base.json").string(),
                                 (t / "base.json").string(), "--fail-on-regression", "5"});
  EXPECT_EQ(same.exit_code, 0) << same.err;
}

TEST_F(SweepCli, AgentWorkloadAndPromptSet) {
  TempDir t;
  const auto agent = run_process({chimera_bin().string(), "sweep", "--url", server_->url(),
                                  "--model", "fake:tokens=10", "--workload", "agent", "--dir",
                                  (source_dir() / "examples/artifacts").string(), "-p",
                                  "temperature=0.2,0.8", "--objective", "workflow_s", "--store",
                                  (t / "a.db").string(), "-q", "--format", "json"});
  ASSERT_EQ(agent.exit_code, 0) << agent.err;
  const auto j = nlohmann::json::parse(agent.out);
  ASSERT_EQ(j["points"].size(), 2u);
  EXPECT_TRUE(j["points"][0]["mean"]["workflow_s"].is_number());
  EXPECT_EQ(j["points"][0]["mean"]["output_tokens"], 10);  // both LLM calls of the agent
  EXPECT_NE(j["reproduce"].get<std::string>().find("chimera run"), std::string::npos);
  write_file(t / "prompts.txt", "first prompt\n\nsecond prompt\n");
  const auto set =
      run_process({chimera_bin().string(), "sweep", "--url", server_->url(), "--model",
                   "fake:tokens=4", "--prompt-set", (t / "prompts.txt").string(), "-n", "2", "-p",
                   "top_k=20,40", "--store", (t / "p.db").string(), "-q", "--format", "csv"});
  ASSERT_EQ(set.exit_code, 0) << set.err;
  EXPECT_NE(set.out.find("sweep,point,rep,ok"), std::string::npos);
  const auto rows = trials(t / "p.db");
  EXPECT_EQ(rows.size(), 2u);
}

TEST_F(SweepCli, UsageErrorsNameTheFlag) {
  TempDir t;
  for (const auto& [extra, needle] : std::vector<std::pair<std::vector<std::string>, std::string>>{
           {{"--objective", "output_tokens"}, "--objective"},
           {{"--constraint", "ttft<=5"}, "--constraint"},
           {{"--strategy", "bayes", "--shard", "0/2"}, "--shard"},
           {{"--shard", "2/2"}, "--shard"},
           {{"-p", "num_ctx=1,,2"}, "--param"},
       }) {
    const auto r = run_process(sweep(t / "x.db", extra));
    EXPECT_EQ(r.exit_code, 2) << needle << r.err;
    EXPECT_NE(r.err.find(needle), std::string::npos) << r.err;
  }
}

}  // namespace
}  // namespace chimera

namespace chimera {
namespace {

// `chimera verify REPORT DATA`: no mismatch, no mislabelled number, and at least `floor` of the
// numbers supported by the data.
void expect_no_false_number(const std::filesystem::path& report, const std::filesystem::path& data,
                            double floor) {
  const auto v = run_process(
      {chimera_bin().string(), "verify", report.string(), data.string(), "--format", "json"});
  ASSERT_EQ(v.exit_code, 0) << v.err;
  const auto j = nlohmann::json::parse(v.out);
  for (const auto& n : j["numbers"]) {
    EXPECT_NE(n["verdict"], "mismatch") << n.dump();
    EXPECT_NE(n["verdict"], "mislabelled") << n.dump();
  }
  std::cout << report.filename().string() << ": " << j["supported"].get<double>() * 100 << " % of "
            << j["numbers"].size() << " numbers supported\n";
  EXPECT_GE(j["supported"].get<double>(), floor);
}

// Dog-food: the sweep's Markdown report, checked by `chimera verify` against the store's own
// export (JSON and CSV of every trial), states no mismatch and no mislabelled number.
TEST_F(SweepCli, ItsReportStatesNoFalseNumber) {
  TempDir t;
  auto args = sweep(t / "s.db");
  args.insert(args.end(), {"--format", "md"});
  const auto r = run_process(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  write_file(t / "sweep.md", r.out);
  std::filesystem::create_directories(t / "data");
  for (const char* f : {"json", "csv"}) {
    const auto e = run_process({chimera_bin().string(), "report", (t / "s.db").string(), "--format",
                                f, "-o", (t / "data" / (std::string("sweep.") + f)).string()});
    ASSERT_EQ(e.exit_code, 0) << e.err;
  }
  expect_no_false_number(t / "sweep.md", t / "data", 0.95);  // docs/verify.md
  // The terminal summary of the same sweep states no false number either.
  const auto text = run_process({chimera_bin().string(), "report", (t / "s.db").string()});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  write_file(t / "sweep.txt", text.out);
  expect_no_false_number(t / "sweep.txt", t / "data", 0.9);  // a terminal table
}

}  // namespace
}  // namespace chimera

namespace chimera {
namespace {

// Dog-food: the load report, checked against its own request records (JSON Lines) and JSON
// output of the same levels, states no mismatch and no mislabelled number.
TEST_F(SweepCli, LoadReportStatesNoFalseNumber) {
  TempDir t;
  std::filesystem::create_directories(t / "data");
  const std::vector<std::string> load = {chimera_bin().string(),
                                         "load",
                                         "--url",
                                         server_->url(),
                                         "--model",
                                         "fake:tokens=10,gap=3,ttft=20",
                                         "--concurrency",
                                         "1,2",
                                         "--requests",
                                         "8",
                                         "--warmup-requests",
                                         "0",
                                         "--store",
                                         (t / "s.db").string()};
  auto md = load;
  md.insert(md.end(), {"--jsonl", (t / "data/records.jsonl").string(), "--format", "md"});
  const auto r = run_process(md);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  write_file(t / "load.md", r.out);
  auto text = load;  // the terminal summary (the default on stdout) of the same levels
  text.insert(text.end(), {"--resume"});
  const auto tx = run_process(text);
  ASSERT_EQ(tx.exit_code, 0) << tx.err;
  EXPECT_NE(tx.out.find("  conc ok/sent"), std::string::npos) << tx.out;
  write_file(t / "load.txt", tx.out);
  auto js = load;
  js.insert(js.end(), {"--resume", "--format", "json"});
  const auto j = run_process(js);
  ASSERT_EQ(j.exit_code, 0) << j.err;
  write_file(t / "data/load.json", j.out);
  expect_no_false_number(t / "load.md", t / "data", 0.95);  // docs/verify.md
  expect_no_false_number(t / "load.txt", t / "data", 0.8);  // a terminal table
}

}  // namespace
}  // namespace chimera
