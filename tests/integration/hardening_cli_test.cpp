// Hardening, end to end: secrets never leave the environment variable, kill -9 at many points of
// a sweep loses and repeats nothing, every fault of the fake server under concurrency is recorded
// as data while the healthy agents complete, and a full disk gives a clear error with earlier
// results intact.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/mount.h>

#include <csignal>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sstream>

#include "chimera/fake/fake_server.hpp"
#include "test_support.hpp"

namespace chimera {
namespace {
using namespace chimera::testing;
namespace fs = std::filesystem;

class Hardening : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(server_.start().ok()); }
  std::vector<std::string> cmd(std::vector<std::string> args) const {
    args.insert(args.begin(), chimera_bin().string());
    return args;
  }
  fake::FakeServer server_;
};

std::vector<std::pair<std::string, int>> trials(const fs::path& store, bool* intact = nullptr) {
  sqlite3* db = nullptr;
  std::vector<std::pair<std::string, int>> out;
  if (sqlite3_open(store.c_str(), &db) != SQLITE_OK) return out;
  sqlite3_stmt* st = nullptr;
  if (intact) {
    sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr);
    *intact = sqlite3_step(st) == SQLITE_ROW &&
              std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))) == "ok";
    sqlite3_finalize(st);
  }
  if (sqlite3_prepare_v2(db, "SELECT point, rep FROM trials ORDER BY id", -1, &st, nullptr) ==
      SQLITE_OK) {
    while (sqlite3_step(st) == SQLITE_ROW)
      out.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)),
                       sqlite3_column_int(st, 1));
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

TEST_F(Hardening, ApiKeysStayOutOfEveryOutputStoreAndMessage) {
  const std::string key = "sk-test-0123456789-secret";
  ::setenv("CHIMERA_TEST_KEY", key.c_str(), 1);
  TempDir t;
  const std::string url = server_.url();
  std::string all_output;
  const auto run = [&](std::vector<std::string> args) {
    const auto r = run_process(cmd(std::move(args)));
    all_output += r.out + r.err;
    return r;
  };
  EXPECT_EQ(
      run({"probe", "--backend", "openai", "--url", url, "--model", "fake:tokens=3",
           "--api-key-env", "CHIMERA_TEST_KEY", "--format", "json", "-o", (t / "p.json").string()})
          .exit_code,
      0);
  EXPECT_EQ(
      run({"agents", (source_dir() / "examples/artifacts").string(), "--backend", "openai", "--url",
           url, "--model", "fake:tokens=3", "--api-key-env", "CHIMERA_TEST_KEY", "--no-solo",
           "--warmup", "0", "--out", (t / "agents").string(), "--store", (t / "s.db").string()})
          .exit_code,
      0);
  EXPECT_EQ(run({"sweep",
                 "--backend",
                 "openai",
                 "--url",
                 url,
                 "--model",
                 "fake:tokens=3",
                 "--api-key-env",
                 "CHIMERA_TEST_KEY",
                 "-p",
                 "temperature=0.1,0.2",
                 "-n",
                 "1",
                 "--store",
                 (t / "s.db").string(),
                 "-q",
                 "--format",
                 "html",
                 "-o",
                 (t / "sweep.html").string()})
                .exit_code,
            0);
  EXPECT_EQ(run({"load",
                 "--backend",
                 "openai",
                 "--url",
                 url,
                 "--model",
                 "fake:tokens=3",
                 "--api-key-env",
                 "CHIMERA_TEST_KEY",
                 "--concurrency",
                 "2",
                 "--requests",
                 "4",
                 "--jsonl",
                 (t / "l.jsonl").string(),
                 "--store",
                 (t / "s.db").string(),
                 "-q",
                 "--format",
                 "html",
                 "-o",
                 (t / "load.html").string()})
                .exit_code,
            0);
  EXPECT_EQ(run({"probe", "--backend", "openai", "--url", "http://127.0.0.1:9", "--model", "m",
                 "--api-key-env", "CHIMERA_TEST_KEY", "-n", "1", "--retries", "0"})
                .exit_code,
            1);
  EXPECT_EQ(all_output.find(key), std::string::npos) << "a message shows the key";
  std::size_t files = 0;
  for (const auto& e : fs::recursive_directory_iterator(t.path())) {
    if (!e.is_regular_file()) continue;
    ++files;
    EXPECT_EQ(read_file(e.path()).find(key), std::string::npos) << e.path();
  }
  EXPECT_GT(files, 8u);
  ::unsetenv("CHIMERA_TEST_KEY");
}

TEST_F(Hardening, KillNineAtTwentyPointsOfASweep) {
  TempDir t;
  const auto store = t / "s.db";
  const auto args = cmd({"sweep", "--url", server_.url(), "--model", "fake:tokens=3,gap=2,ttft=4",
                         "-p", "top_k=1-10+1", "-p", "temperature=0.1-0.5+0.1", "-n", "2",
                         "--warmup", "0", "--store", store.string(), "-q", "--resume"});
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> when(20, 400);
  std::size_t before = 0;
  for (int k = 0; k < 20; ++k) {
    // Every other stop is a Ctrl-C: an interrupted trial is not a result either.
    (void)run_process(args, when(rng), k % 2 ? SIGINT : SIGKILL);
    bool intact = false;
    const auto now = trials(store, &intact);
    EXPECT_TRUE(intact || now.empty()) << "after kill " << k;
    EXPECT_GE(now.size(), before) << "a completed trial was lost after kill " << k;
    before = now.size();
  }
  const auto r = run_process(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto all = trials(store);
  EXPECT_EQ(all.size(), 50u);
  EXPECT_EQ(std::set(all.begin(), all.end()).size(), 50u) << "a trial was repeated";
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(store.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "SELECT count(*) FROM trials WHERE ok = 0", -1, &st, nullptr);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), 0) << "a stop was stored as a failed trial";
  sqlite3_finalize(st);
  sqlite3_close(db);
}

TEST_F(Hardening, KillNineAtTwentyPointsOfAgentsThenResume) {
  TempDir t;
  fake::FakeServer b;
  ASSERT_TRUE(b.start().ok());
  const auto args =
      cmd({"agents", (source_dir() / "examples/artifacts").string(), "--url-a", server_.url(),
           "--url-b", b.url(), "--model", "fake:tokens=8,gap=3,ttft=5", "--runs", "6", "--warmup",
           "0", "--out", (t / "out").string(), "--store", (t / "s.db").string(), "-q", "--resume"});
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> when(15, 350);
  for (int k = 0; k < 20; ++k) (void)run_process(args, when(rng), SIGKILL);
  const auto r = run_process(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (int i = 1; i <= 6; ++i)
    EXPECT_TRUE(fs::exists(t / "out" / ("run_" + std::to_string(i)) / "metrics.json")) << i;
  EXPECT_TRUE(fs::exists(t / "out/summary.md"));
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open((t / "s.db").c_str(), &db), SQLITE_OK);
  const auto count = [&](const char* sql) {
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
    int n = -1;
    if (sqlite3_step(st) == SQLITE_ROW) n = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return n;
  };
  // Every completed run stored exactly once, whatever the kills interrupted.
  EXPECT_EQ(count("SELECT count(*) FROM records WHERE kind = 'agents.run'"), 6);
  EXPECT_EQ(count("SELECT count(DISTINCT json) FROM records WHERE kind = 'agents.run'"), 6);
  EXPECT_EQ(count("SELECT count(*) FROM records WHERE kind = 'agents.solo'"), 1);
  sqlite3_close(db);
  const auto summary = nlohmann::json::parse(read_file(t / "out/summary.json"));
  EXPECT_EQ(summary["runs"].size(), 6u);
  // The resumed invocation is one invocation in the store: `chimera report` shows all six runs.
  const auto list = run_process(cmd({"report", (t / "s.db").string(), "--list"}));
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_NE(list.out.find("6 run(s)"), std::string::npos) << list.out;
  EXPECT_EQ(list.out.find("agents ", list.out.find("agents ") + 1), std::string::npos) << list.out;
  const auto rep = run_process(cmd({"report", (t / "s.db").string(), "--format", "json"}));
  ASSERT_EQ(rep.exit_code, 0) << rep.err;
  const auto stored = nlohmann::json::parse(rep.out);
  ASSERT_EQ(stored["runs"].size(), 6u);
  for (std::size_t i = 0; i < 6; ++i) EXPECT_EQ(stored["runs"][i]["run"], i + 1) << i;
}

TEST_F(Hardening, KillNineAtTwentyPointsOfALoadRunThenResume) {
  TempDir t;
  const auto args = cmd({"load",
                         "--url",
                         server_.url(),
                         "--model",
                         "fake:tokens=4,gap=4,ttft=6",
                         "--concurrency",
                         "1,2,3,4",
                         "--warmup-s",
                         "0.05",
                         "--duration",
                         "0.4",
                         "--cooldown-s",
                         "0.05",
                         "--store",
                         (t / "s.db").string(),
                         "-q",
                         "--resume",
                         "--format",
                         "json",
                         "-o",
                         (t / "load.json").string()});
  std::mt19937 rng(5);
  std::uniform_int_distribution<int> when(30, 900);
  for (int k = 0; k < 20; ++k) (void)run_process(args, when(rng), k % 2 ? SIGINT : SIGKILL);
  const auto r = run_process(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto report = nlohmann::json::parse(read_file(t / "load.json"));
  ASSERT_EQ(report["levels"].size(), 4u);
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(report["levels"][i]["concurrency"], static_cast<double>(i + 1));
    EXPECT_GT(report["levels"][i]["ok"].get<int>(), 0);
    EXPECT_FALSE(report["levels"][i]["interrupted"].get<bool>()) << i;
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open((t / "s.db").c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(
      db,
      "SELECT count(*), count(DISTINCT json_extract(json, '$.levels[0].concurrency')) "
      "FROM records WHERE kind = 'load.level' AND NOT json_extract(json, "
      "'$.levels[0].interrupted')",
      -1, &st, nullptr);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), 4) << "each level stored complete exactly once";
  EXPECT_EQ(sqlite3_column_int(st, 1), 4);
  sqlite3_finalize(st);
  sqlite3_close(db);
  // chimera report reads the load run back from the store: the same levels and figures.
  const auto rep = run_process(cmd({"report", (t / "s.db").string(), "--format", "json"}));
  ASSERT_EQ(rep.exit_code, 0) << rep.err;
  const auto back = nlohmann::json::parse(rep.out);
  ASSERT_EQ(back["levels"].size(), 4u);
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(back["levels"][i]["ok"], report["levels"][i]["ok"]);
    EXPECT_EQ(back["levels"][i]["ttft_ms"]["p50"], report["levels"][i]["ttft_ms"]["p50"]);
  }
}

// Ctrl-C in the middle of a level: stored and reported as interrupted with the window that ran,
// rates over that window; --resume runs the level again. Every record says when it was
// scheduled and sent.
TEST_F(Hardening, ACtrlCLevelIsInterruptedWithItsTrueWindowAndResumeRunsItAgain) {
  TempDir t;
  const auto args = cmd({"load",
                         "--url",
                         server_.url(),
                         "--model",
                         "fake:tokens=4,gap=5,ttft=5",
                         "--concurrency",
                         "1,2",
                         "--warmup-s",
                         "0.1",
                         "--duration",
                         "3",
                         "--cooldown-s",
                         "0.1",
                         "--store",
                         (t / "s.db").string(),
                         "-q",
                         "--resume",
                         "--jsonl",
                         (t / "r.jsonl").string(),
                         "--format",
                         "json",
                         "-o",
                         (t / "load.json").string()});
  // Ctrl-C 0.6 s into the first level's measured window (its first measured record is there,
  // and more than 10 records in all, whatever the machine's speed).
  const auto measuring = [&] {
    const std::string text = read_file(t / "r.jsonl");
    std::size_t records = 0;
    for (auto at = text.find("load_request"); at != std::string::npos;
         at = text.find("load_request", at + 1))
      ++records;
    return records > 10 && text.find("\"measured\"") != std::string::npos;
  };
  const auto cut = run_process_until(args, measuring, 600, SIGINT);
  EXPECT_EQ(cut.exit_code, 1) << cut.err;
  const auto first = nlohmann::json::parse(read_file(t / "load.json"));
  ASSERT_EQ(first["levels"].size(), 1u);
  const auto& l = first["levels"][0];
  EXPECT_TRUE(l["interrupted"].get<bool>());
  EXPECT_EQ(l["planned_window_s"], 3.0);
  const double window = l["window_s"].get<double>();
  EXPECT_GT(window, 0.5);
  EXPECT_LT(window, 3.0) << "the window is what ran, not the planned 3 s";
  EXPECT_NEAR(l["requests_per_s"].get<double>(), l["ok"].get<double>() / window, 1e-9);
  // Records: phase, scheduled and actual send times (level offsets and wall clock).
  std::size_t lines = 0;
  std::istringstream in(read_file(t / "r.jsonl"));
  for (std::string line; std::getline(in, line);) {
    const auto j = nlohmann::json::parse(line);
    if (j["type"] != "load_request") continue;
    ++lines;
    EXPECT_TRUE(j.contains("scheduled_ms") && j.contains("sent_ms") && j.contains("send_lag_ms"));
    EXPECT_GE(j["sent_ms"].get<double>(), j["scheduled_ms"].get<double>());
    EXPECT_EQ(j["sent_at"].get<std::string>().size(), 24u) << j["sent_at"];  // ISO 8601, ms, Z
    const std::string phase = j["phase"];
    EXPECT_TRUE(phase == "warmup" || phase == "measured" || phase == "cooldown") << phase;
  }
  EXPECT_GT(lines, 10u);
  const auto r = run_process(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto report = nlohmann::json::parse(read_file(t / "load.json"));
  ASSERT_EQ(report["levels"].size(), 2u);
  for (const auto& lv : report["levels"]) {
    EXPECT_FALSE(lv["interrupted"].get<bool>());
    EXPECT_NEAR(lv["window_s"].get<double>(), 3.0, 0.01);
  }
}

// By count: one warm-up request per slot by default, none with --warmup-requests 0; the header
// says which.
TEST_F(Hardening, WarmUpRequestsAreCountedAsSentAndCanBeTurnedOff) {
  TempDir t;
  for (const bool none : {false, true}) {
    std::vector<std::string> a = {"load",
                                  "--url",
                                  server_.url(),
                                  "--model",
                                  "fake:tokens=3,gap=1,ttft=2",
                                  "--concurrency",
                                  "2",
                                  "--requests",
                                  "4",
                                  "--store",
                                  "",
                                  "-q",
                                  "--jsonl",
                                  (t / "r.jsonl").string()};
    if (none) a.insert(a.end(), {"--warmup-requests", "0"});
    const auto r = run_process(cmd(a));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::map<std::string, int> phases;
    std::istringstream in(read_file(t / "r.jsonl"));
    for (std::string line; std::getline(in, line);) {
      const auto j = nlohmann::json::parse(line);
      if (j["type"] == "load_request") ++phases[j["phase"].get<std::string>()];
    }
    EXPECT_EQ(phases["warmup"], none ? 0 : 2);
    EXPECT_EQ(phases["measured"], 4);
    EXPECT_NE(r.out.find(none ? "per level no warm-up, 4 measured"
                              : "per level as many warm-up requests as the level's concurrency"),
              std::string::npos)
        << r.out.substr(0, 400);
  }
}

// A stalled stream fails after load's own --gap-timeout, named in the record.
TEST_F(Hardening, LoadHasAGapTimeout) {
  const auto r =
      run_process(cmd({"load", "--url", server_.url(), "--model",
                       "fake:tokens=5,gap=1,ttft=2,fault=stall,after=2,stall=1500", "--concurrency",
                       "1", "--requests", "1", "--warmup-requests", "0", "--gap-timeout", "300",
                       "--store", "", "-q", "--format", "json"}));
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["levels"][0]["failures"]["idle_timeout"], 1) << j["levels"][0]["failures"];
}

// Fail fast in load and sweep: an unreachable server, or a first request that fails fatally,
// is one error and exit 1, before any level or trial is stored.
TEST_F(Hardening, LoadAndSweepFailFast) {
  TempDir t;
  const auto db = (t / "s.db").string();
  const auto dead =
      run_process(cmd({"load", "--url", "http://127.0.0.1:9", "--model", "m", "--concurrency",
                       "1,2", "--duration", "5", "--store", db, "-q"}));
  EXPECT_EQ(dead.exit_code, 1);
  EXPECT_EQ(dead.out, "");
  EXPECT_NE(dead.err.find("cannot reach the server at http://127.0.0.1:9"), std::string::npos)
      << dead.err;
  const auto refused =
      run_process(cmd({"load", "--url", server_.url(), "--model", "fake:fault=http404",
                       "--concurrency", "4", "--duration", "5", "--store", db, "-q"}));
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_EQ(refused.out, "");
  EXPECT_NE(refused.err.find("the first request failed: HTTP 404"), std::string::npos)
      << refused.err;
  EXPECT_LT(server_.truth().size(), 10u) << "the level stopped sending at the fatal failure";
  const auto sweep =
      run_process(cmd({"sweep", "--url", server_.url(), "--model", "fake:fault=http404", "-p",
                       "top_k=1,2,3", "--warmup", "0", "--store", db, "-q"}));
  EXPECT_EQ(sweep.exit_code, 1);
  EXPECT_NE(sweep.err.find("the first request failed: HTTP 404"), std::string::npos) << sweep.err;
  EXPECT_TRUE(trials(t / "s.db").empty()) << "nothing stored from a run that could not start";
  const auto unknown = run_process(cmd({"sweep", "--url", server_.url(), "--model", "fake:tokens=2",
                                        "-p", "model=fake:tokens=2,nope", "--store", db, "-q"}));
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_NE(unknown.err.find("has no model 'nope'"), std::string::npos) << unknown.err;
}

// An output path that cannot be stat'ed or written is one clear error (path, flag, cause) and
// exit 1 before any work, in every command: never an abort.
TEST_F(Hardening, UnusableOutputPathsAreClearErrorsNeverAborts) {
  TempDir t;
  fs::create_symlink(t / "loop_a", t / "loop_b");
  fs::create_symlink(t / "loop_b", t / "loop_a");
  const std::string too_long = (t / std::string(300, 'a') / std::string(300, 'b')).string();
  const std::string url = server_.url(), art = (source_dir() / "examples/artifacts").string();
  const std::vector<std::pair<std::vector<std::string>, std::string>> commands = {
      {{"probe", "--url", url, "--model", "fake:tokens=2", "-n", "1", "--warmup", "0", "-o"}, "-o"},
      {{"load", "--url", url, "--model", "fake:tokens=2", "--concurrency", "1", "--requests", "1",
        "--store", "", "-q", "--jsonl"},
       "--jsonl"},
      {{"sweep", "--url", url, "--model", "fake:tokens=2", "-p", "top_k=1,2", "--warmup", "0",
        "--store", (t / "s.db").string(), "-q", "-o"},
       "-o"},
      {{"ingest", art, "-o"}, "-o"},
      {{"agents", art, "--url-a", url, "--url-b", url, "--model", "fake:tokens=2", "--store", "",
        "-q", "--out"},
       "--out"},
  };
  for (const auto& path : {(t / "loop_a" / "x.json").string(), too_long}) {
    for (auto [args, flag] : commands) {
      args.push_back(path);
      const auto r = run_process(cmd(args));
      EXPECT_EQ(r.exit_code, 1) << args[0] << " " << r.err;
      EXPECT_NE(r.err.find("cannot write '" + path + "' (" + flag + ")"), std::string::npos)
          << args[0] << ": " << r.err.substr(0, 300);
      EXPECT_EQ(r.err.find("terminate"), std::string::npos) << r.err;
    }
  }
  EXPECT_TRUE(trials(t / "s.db").empty()) << "the sweep did not run before failing on -o";
}

TEST_F(Hardening, EveryFaultUnderConcurrencyIsRecordedAndTheRestComplete) {
  TempDir t;
  const std::vector<std::string> faults = {"refuse",     "close_mid",      "http500",  "http404",
                                           "error_line", "malformed_line", "no_final", "huge_line"};
  std::string config = "name = \"faults\"\nruns = 1\nwarmup = 0\nsolo = false\n";
  for (const auto& f : faults)
    config += "[[agent]]\npersona = \"insight-agent\"\nname = \"" + f + "\"\nurl = \"" +
              server_.url() + "\"\nmodel = \"fake:tokens=6,fault=" + f + "\"\n";
  for (int i = 0; i < 2; ++i)
    config += "[[agent]]\npersona = \"datacollector-9000\"\nname = \"healthy" + std::to_string(i) +
              "\"\nurl = \"" + server_.url() + "\"\nmodel = \"fake:tokens=6\"\n";
  write_file(t / "faults.toml", config);
  const auto r = run_process(cmd({"agents", (source_dir() / "examples/artifacts").string(),
                                  "--config", (t / "faults.toml").string(), "--out",
                                  (t / "out").string(), "--store", (t / "s.db").string(), "-q"}));
  EXPECT_EQ(r.exit_code, 1) << "failed agents make the run fail";
  const auto m = nlohmann::json::parse(read_file(t / "out/run_1/metrics.json"));
  ASSERT_EQ(m["agents"].size(), faults.size() + 2);
  for (std::size_t i = 0; i < faults.size(); ++i) {
    EXPECT_FALSE(m["agents"][i]["ok"].get<bool>()) << faults[i];
    EXPECT_FALSE(m["agents"][i]["error"].get<std::string>().empty()) << faults[i];
  }
  for (std::size_t i = faults.size(); i < faults.size() + 2; ++i)
    EXPECT_TRUE(m["agents"][i]["ok"].get<bool>()) << m["agents"][i]["error"];
  // The store holds the run: every agent, failures with their error.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open((t / "s.db").c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "SELECT json FROM records WHERE kind = 'agents.run'", -1, &st, nullptr);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  const auto stored =
      nlohmann::json::parse(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
  EXPECT_NE(sqlite3_step(st), SQLITE_ROW);
  sqlite3_finalize(st);
  sqlite3_close(db);
  std::size_t ok = 0, failed = 0;
  for (const auto& a : stored["agents"]) (a["ok"].get<bool>() ? ok : failed) += 1;
  EXPECT_EQ(ok, 2u);
  EXPECT_EQ(failed, faults.size());
}

TEST_F(Hardening, AFullDiskGivesAClearErrorAndKeepsEarlierResults) {
  TempDir t;
  const auto tiny = t / "tiny";
  fs::create_directories(tiny);
  if (::mount("tmpfs", tiny.c_str(), "tmpfs", 0, "size=1m") != 0)
    GTEST_SKIP() << "cannot mount a tmpfs here (needs root): " << std::strerror(errno);
  struct Unmount {
    fs::path p;
    ~Unmount() { ::umount2(p.c_str(), MNT_DETACH); }
  } unmount{tiny};
  // A sweep whose store outgrows the disk.
  const auto r =
      run_process(cmd({"sweep", "--url", server_.url(), "--model", "fake:tokens=1,ttft=0,gap=0",
                       "-p", "top_k=1-600+1", "-p", "temperature=0.1,0.2", "-n", "1", "--warmup",
                       "0", "--store", (tiny / "s.db").string(), "-q"}));
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find((tiny / "s.db").string()), std::string::npos) << r.err;
  bool intact = false;
  const auto kept = trials(tiny / "s.db", &intact);
  EXPECT_TRUE(intact);
  EXPECT_GT(kept.size(), 10u);
  EXPECT_LT(kept.size(), 1200u);
  // An ingest report bigger than the disk: an error naming the file, and no half-written file.
  const auto i =
      run_process(cmd({"ingest", (shared_dir() / "corpora/seed-101/files").string(), "--layout",
                       "all", "--format", "json", "-o", (tiny / "big.json").string()}));
  EXPECT_EQ(i.exit_code, 1) << i.err;
  EXPECT_NE(i.err.find((tiny / "big.json").string()), std::string::npos) << i.err;
  EXPECT_FALSE(fs::exists(tiny / "big.json"));
  for (const auto& e : fs::directory_iterator(tiny))
    EXPECT_EQ(e.path().filename().string().find("big.json"), std::string::npos) << e.path();
}

}  // namespace
}  // namespace chimera
