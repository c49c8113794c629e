// The chimera binary as a black box: stdout, stderr, exit codes and written files.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace chimera {
namespace {
namespace fs = std::filesystem;
using namespace chimera::testing;

ProcessResult chimera(std::vector<std::string> args) {
  args.insert(args.begin(), chimera_bin().string());
  return run_process(args);
}

const std::string kExamples = (source_dir() / "examples/artifacts").string();

TEST(Cli, VersionNamesVersionCommitAndBuildType) {
  const auto r = chimera({"--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("chimera 0.1.0 (commit "), std::string::npos) << r.out;
}

TEST(Cli, HelpExplainsCommandsAndExitCodes) {
  const auto r = chimera({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("ingest"), std::string::npos);
  EXPECT_NE(r.out.find("Exit codes"), std::string::npos);
  const auto i = chimera({"ingest", "--help"});
  EXPECT_EQ(i.exit_code, 0);
  for (const char* flag :
       {"--layout", "--format", "--output", "--max-file-bytes", "--strict", "--follow-symlinks"}) {
    EXPECT_NE(i.out.find(flag), std::string::npos) << flag;
  }
}

TEST(Cli, UsageErrorsExitWith2) {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {},
           {"no-such-command"},
           {"ingest"},
           {"ingest", kExamples, "--format", "yaml"},
           {"ingest", kExamples, "--layout", "flat"},
           {"ingest", kExamples, "--bogus"},
           {"ingest", kExamples, "--format", "sqlite"},
           {"ingest", kExamples, "--max-file-bytes", "lots"},
           {"agents", kExamples},  // no --model and no --config
           {"agents", kExamples, "--config", (source_dir() / "examples/agents.toml").string(),
            "--scenario", "chimera_homo"},
           {"agents", kExamples, "--config", "/no/such/agents.toml"},
           {"sweep", "--model", "m", "-p", "num_ctx=512,1024", "--store", ""},
       }) {
    const auto r = chimera(args);
    EXPECT_EQ(r.exit_code, 2) << ::testing::PrintToString(args) << r.err;
    EXPECT_FALSE(r.err.empty());
  }
  EXPECT_NE(chimera({"ingest", kExamples, "--format", "sqlite"}).err.find("-o FILE"),
            std::string::npos);
}

TEST(Cli, TyposGetTheNearestCommandOrOption) {
  const auto bare = chimera({});
  EXPECT_EQ(bare.exit_code, 2);
  EXPECT_NE(bare.err.find("probe"), std::string::npos) << bare.err;  // the commands are listed
  const auto cmd = chimera({"injest", kExamples});
  EXPECT_EQ(cmd.exit_code, 2);
  EXPECT_NE(cmd.err.find("'injest' is not a command; did you mean 'ingest'?"), std::string::npos)
      << cmd.err;
  const auto far = chimera({"frobnicate"});
  EXPECT_EQ(far.exit_code, 2);
  EXPECT_EQ(far.err.find("did you mean"), std::string::npos) << far.err;
  EXPECT_NE(far.err.find("commands: ingest"), std::string::npos) << far.err;
  const auto opt = chimera({"ingest", kExamples, "--formt=json"});
  EXPECT_EQ(opt.exit_code, 2);
  EXPECT_NE(opt.err.find("did you mean --format?"), std::string::npos) << opt.err;
  // Server options are checked before anything is sent (nothing listens on port 1): an unknown
  // name is a warning with the nearest known one, an error with --strict-options.
  TempDir t;
  const std::vector<std::string> sweep = {"sweep",
                                          "-p",
                                          "num_ctxx=512,1024",
                                          "--model",
                                          "m",
                                          "--url",
                                          "http://127.0.0.1:1",
                                          "--store",
                                          (t / "s.db").string(),
                                          "-q"};
  const auto param = chimera(sweep);
  EXPECT_NE(param.exit_code, 0);
  EXPECT_NE(param.err.find("warning: unknown option 'num_ctxx' in --param; did you mean "
                           "'num_ctx'?"),
            std::string::npos)
      << param.err;
  auto strict = sweep;
  strict.push_back("--strict-options");
  const auto strict_param = chimera(strict);
  EXPECT_EQ(strict_param.exit_code, 2);
  EXPECT_NE(strict_param.err.find("did you mean 'num_ctx'?"), std::string::npos)
      << strict_param.err;
  EXPECT_EQ(strict_param.err.find("warning"), std::string::npos) << strict_param.err;
  for (const std::string command : {"probe", "load"}) {
    std::vector<std::string> args = {command,
                                     "--model",
                                     "m",
                                     "--url",
                                     "http://127.0.0.1:1",
                                     "--options",
                                     "{\"temprature\": 0.8}",
                                     "--strict-options"};
    if (command == "load") args.insert(args.end(), {"--store", ""});
    const auto p = chimera(args);
    EXPECT_EQ(p.exit_code, 2) << command << p.err;
    EXPECT_NE(p.err.find("unknown option 'temprature' in --options; did you mean 'temperature'?"),
              std::string::npos)
        << command << p.err;
  }
  const auto glued = chimera({"probe", "--model", "m", "--url", "http://127.0.0.1:1", "--options",
                              "num_ctx=2048;temperature=0.8"});
  EXPECT_EQ(glued.exit_code, 2);
  EXPECT_NE(glued.err.find("takes a number"), std::string::npos) << glued.err;
  const auto fmt = chimera({"ingest", kExamples, "--format", "yaml"});
  EXPECT_NE(fmt.err.find("use text, json, csv or sqlite"), std::string::npos) << fmt.err;
}

TEST(Cli, VerifyRefusesFoldersAndBinaryFilesAsTheReport) {
  TempDir t;
  const auto folder = chimera({"verify", t.path().string(), kExamples});
  EXPECT_EQ(folder.exit_code, 1);
  EXPECT_NE(folder.err.find("is not a file"), std::string::npos) << folder.err;
  write_file(t / "model.gguf", std::string("GGUF\0\0\0\x03 1.5 2.5", 16));
  const auto binary = chimera({"verify", (t / "model.gguf").string(), kExamples});
  EXPECT_EQ(binary.exit_code, 1);
  EXPECT_NE(binary.err.find("binary file"), std::string::npos) << binary.err;
  EXPECT_TRUE(binary.out.empty()) << binary.out;
}

TEST(Cli, UnusableDirExitsWith1AndNamesIt) {
  TempDir t;
  const auto missing = chimera({"ingest", (t / "nope").string()});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find((t / "nope").string()), std::string::npos) << missing.err;
  const auto layout = chimera({"ingest", t.path().string(), "--layout", "chimera"});
  EXPECT_EQ(layout.exit_code, 1);
  EXPECT_NE(layout.err.find("--layout all"), std::string::npos) << layout.err;
}

TEST(Cli, OneFileIsReadAloneWithItsOwnName) {
  TempDir t;
  write_file(t / "run.csv", "model,ttft_ms\nllama3,12\n");
  write_file(t / "other.csv", "model,ttft_ms\nqwen,99\n");
  const auto one = chimera({"ingest", (t / "run.csv").string(), "--format", "csv", "-q"});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_NE(one.out.find("\nrun.csv,csv,[0].ttft_ms,2,"), std::string::npos) << one.out;
  EXPECT_EQ(one.out.find("other.csv"), std::string::npos) << one.out;
  const auto layout = chimera({"ingest", (t / "run.csv").string(), "--layout", "chimera"});
  EXPECT_EQ(layout.exit_code, 1);
  EXPECT_NE(layout.err.find("--layout all"), std::string::npos) << layout.err;
}

// Held-out set 42: a file whose only figure-like cells hold no single figure ("3B Q4_K_M") gave
// no row, and is listed among the files read with no figures.
TEST(Cli, AFileOfTextCellsOnlyIsListedWithNoFigures) {
  TempDir t;
  write_file(t / "notes.md", "| Draft | Target |\n|---|---|\n| 3B Q4_K_M | 72B Q8_0 |\n");
  const auto r = chimera({"ingest", t.path().string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Read, no figures found: 1 file"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  notes.md"), std::string::npos) << r.out;
}

TEST(Cli, SkippedFilesExit0UnlessStrict) {
  TempDir t;
  write_file(t / "ok.csv", "ttft_ms\n12\n");
  write_file(t / "bad.json", "{");
  const auto lax = chimera({"ingest", t.path().string()});
  EXPECT_EQ(lax.exit_code, 0);
  EXPECT_NE(lax.out.find("Skipped files: 1"), std::string::npos) << lax.out;
  EXPECT_NE(lax.out.find("bad.json: invalid JSON"), std::string::npos) << lax.out;
  const auto strict = chimera({"ingest", t.path().string(), "--strict"});
  EXPECT_EQ(strict.exit_code, 1);
  EXPECT_NE(strict.err.find("--strict"), std::string::npos);
}

TEST(Cli, TextOutputStartsWithTheDataSummary) {
  const auto r = chimera({"ingest", kExamples});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("Total files analyzed: ", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("Metrics: "), std::string::npos);
}

TEST(Cli, JsonToFileIsCompleteAndSelfDescribing) {
  TempDir t;
  const auto out = t / "ingest.json";
  const auto r = chimera({"ingest", kExamples, "--format", "json", "-o", out.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(r.err.find("files ingested"), std::string::npos);
  const auto j = nlohmann::json::parse(read_file(out));
  for (const char* k :
       {"schema_version", "root", "files", "counts", "total_bytes", "markdown_heading_count",
        "data_summary", "legacy_metrics", "metrics", "skipped"}) {
    EXPECT_TRUE(j.contains(k)) << k;
  }
  EXPECT_EQ(j["schema_version"], 2);
  EXPECT_GT(j["metrics"].size(), 10u);
  EXPECT_FALSE(fs::exists(out.string() + ".tmp." + std::to_string(0)));
  for (const auto& e : fs::directory_iterator(t.path())) {
    EXPECT_EQ(e.path().filename(), "ingest.json") << "leftover temporary file";
  }
}

TEST(Cli, CsvHasAHeaderAndOneRowPerMetric) {
  const auto csv = chimera({"ingest", kExamples, "--format", "csv", "-q"});
  const auto json = chimera({"ingest", kExamples, "--format", "json", "-q"});
  ASSERT_EQ(csv.exit_code, 0);
  EXPECT_EQ(csv.out.rfind("file,file_type,locator,line,name,metric,statistic,role,kind,unit,raw,"
                          "value,normalized,normalized_unit,status,model,config,quantization,gpu,"
                          "test,backend,concurrency,rate,section,note",
                          0),
            0u);
  EXPECT_TRUE(csv.err.empty()) << "-q must silence stderr";
  const auto j = nlohmann::json::parse(json.out);
  std::size_t records = 0;
  bool quoted = false;
  for (const char c : csv.out) {
    if (c == '"') quoted = !quoted;
    if (c == '\n' && !quoted) ++records;
  }
  EXPECT_EQ(records, j["metrics"].size() + 1);
}

TEST(Cli, DashOutputMeansStdoutNotAFileNamedDash) {
  const auto to_stdout = chimera({"ingest", kExamples, "--format", "csv", "-q"});
  const auto dash = chimera({"ingest", kExamples, "--format", "csv", "-q", "-o", "-"});
  ASSERT_EQ(dash.exit_code, 0) << dash.err;
  EXPECT_EQ(dash.out, to_stdout.out);
  EXPECT_FALSE(fs::exists("-")) << "'-o -' wrote a file named '-'";
  const auto db = chimera({"ingest", kExamples, "--format", "sqlite", "-o", "-"});
  EXPECT_EQ(db.exit_code, 2);
  EXPECT_NE(db.err.find("-o FILE"), std::string::npos) << db.err;
}

TEST(Cli, TheSummaryCountsCellsKeptAsTextAndShowsTheFirst) {
  TempDir t;
  std::ofstream(t / "rates.md")
      << "| Model | Rate | Passed |\n|---|---|---|\n| a | 0.78-0.85 | 13/18 |\n";
  const auto r = chimera({"ingest", t.path().string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string all = r.out + r.err;
  EXPECT_NE(all.find("2 cells in figure columns start with a digit but hold no single figure"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("rates.md line 3: '0.78-0.85'"), std::string::npos) << all;
}

// A count of the errored requests keeps its value: the summary does not say every failed row
// has none (held-out set 10 read it so).
TEST(Cli, TheSummaryTellsFailedRequestsFiguresFromCountsOfThem) {
  TempDir t;
  std::ofstream(t / "run.json") << R"({"ttft_ms": {"successful": {"mean": 12.0, "count": 3},
    "errored": {"mean": 9.0, "count": 2}}})";
  const auto r = chimera({"ingest", t.path().string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string all = r.out + r.err;
  EXPECT_EQ(all.find("belong to failed requests: kept with their raw text, no value"),
            std::string::npos)
      << all;
}

TEST(Cli, TheSummaryCountsFiguresWhoseFileGivesTheirMetricNoUnit) {
  TempDir t;
  // A harness's summary: its TTFT and wall time in seconds, said only in its own code.
  std::ofstream(t / "throughput.json") << R"({"mean_ttft": 0.865, "wall": 19.7, "tok_s": 30.4,
    "ttft_ms": 812.5, "completed": 32})";
  const auto r = chimera({"ingest", t.path().string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("  2 figures of metrics that have a unit have none in their file"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("throughput.json mean_ttft line 1: 'mean_ttft' 0.865 (ttft)"),
            std::string::npos)
      << r.out;
  // A file whose figures all say their unit gets no such line.
  TempDir u;
  std::ofstream(u / "run.json") << R"({"ttft_ms": 812.5, "completed": 32})";
  const auto all_said = chimera({"ingest", u.path().string()});
  EXPECT_EQ(all_said.out.find("have none in their file"), std::string::npos) << all_said.out;
}

TEST(Cli, SqliteOutputOpensWithTheTables) {
  TempDir t;
  const auto db_path = t / "m.db";
  ASSERT_EQ(
      chimera({"ingest", kExamples, "--format", "sqlite", "-o", db_path.string(), "-q"}).exit_code,
      0);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(
      sqlite3_prepare_v2(db,
                         "SELECT (SELECT count(*) FROM files), (SELECT count(*) FROM metrics), "
                         "(SELECT count(*) FROM skipped)",
                         -1, &st, nullptr),
      SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_GT(sqlite3_column_int(st, 0), 0);
  EXPECT_GT(sqlite3_column_int(st, 1), 0);
  sqlite3_finalize(st);
  sqlite3_close(db);
}

TEST(Cli, FailedWriteNamesThePathAndLeavesNothing) {
  TempDir t;
  const auto r =
      chimera({"ingest", kExamples, "--format", "json", "-o", (t / "no/such/dir/x.json").string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no/such/dir/x.json"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace chimera

namespace chimera {
namespace {

TEST(Cli, DeviceOutputsAreWrittenNotReplaced) {
  const auto r = chimera({"ingest", kExamples, "--format", "json", "-o", "/dev/null", "-q"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::is_character_file("/dev/null"));
  EXPECT_EQ(chimera({"ingest", kExamples, "--format", "sqlite", "-o", "/dev/null"}).exit_code, 2);
  EXPECT_TRUE(fs::is_character_file("/dev/null"));
}

}  // namespace
}  // namespace chimera

namespace chimera {
namespace {

TEST(Cli, InvalidUtf8FileNamesStillGiveValidJsonAndCsv) {
  TempDir t;
  write_file(t / "bad\xff name.csv", "ttft_ms\n12\n");
  const auto j = chimera({"ingest", t.path().string(), "--format", "json", "-q"});
  ASSERT_EQ(j.exit_code, 0) << j.err;
  const auto doc = nlohmann::json::parse(j.out);  // throws on invalid UTF-8
  EXPECT_EQ(doc["files"][0]["path"], "bad\\xff name.csv");
  const auto c = chimera({"ingest", t.path().string(), "--format", "csv", "-q"});
  EXPECT_NE(c.out.find("bad\\xff name.csv"), std::string::npos);
}

TEST(Cli, JsonLegacyMetricsOnTheSeedCorpus) {
  TempDir t;
  materialize_seed(t.path());
  const auto r =
      chimera({"ingest", t.path().string(), "--layout", "chimera", "--format", "json", "-q"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto got = nlohmann::json::parse(r.out);
  const auto want =
      nlohmann::json::parse(read_file(shared_dir() / "corpora/seed-101/expected.json"));
  EXPECT_EQ(got["data_summary"], want["expected_data_summary"]);
  for (const auto& [k, v] : want["counts"].items()) EXPECT_EQ(got["counts"][k], v) << k;
  const auto& legacy = want["legacy_performance_metrics"];
  EXPECT_EQ(got["legacy_metrics"].size(), legacy.size());
  for (const auto& [k, v] : legacy.items()) {
    ASSERT_TRUE(got["legacy_metrics"].contains(k)) << k;
    if (v.is_number()) {
      const double w = v.get<double>(), g = got["legacy_metrics"][k].get<double>();
      EXPECT_LE(std::abs(g - w), 1e-12 * std::max(1.0, std::abs(w))) << k;
    } else {
      EXPECT_EQ(got["legacy_metrics"][k], v) << k;
    }
  }
}

}  // namespace
}  // namespace chimera

namespace chimera {
namespace {

// The reference's own report, checked against the corpus it was written from: the two numbers
// anchor-facts.md calls out as copied under wrong labels must be flagged as such.
TEST(Cli, VerifyFlagsTheSeedReportsMislabelledNumbers) {
  TempDir t;
  materialize_seed(t.path());
  const auto r = chimera({"verify", (shared_dir() / "reference/seed-insight-report.md").string(),
                          t.path().string(), "--layout", "chimera"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto line_of = [&](const std::string& number) {
    const auto at = r.out.find(number);
    return at == std::string::npos ? std::string() : r.out.substr(at, r.out.find('\n', at) - at);
  };
  EXPECT_NE(line_of("15.58403500039276").find("mislabelled"), std::string::npos) << r.out;
  EXPECT_NE(line_of("15.58403500039276").find("p95 end-to-end latency"), std::string::npos)
      << r.out;
  EXPECT_NE(line_of("2.00646968").find("mislabelled"), std::string::npos) << r.out;
  EXPECT_NE(line_of("2.00646968").find("mean time to first token"), std::string::npos) << r.out;
  EXPECT_NE(line_of("14.590837494496077").find("verified"), std::string::npos) << r.out;
  EXPECT_NE(line_of("0.0941341").find("verified"), std::string::npos) << r.out;
  EXPECT_NE(line_of("441,517").find("not found"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("score: "), std::string::npos);
  // "95" of a "95 % CI" and a model size such as "1B" are not numbers to check.
  EXPECT_EQ(r.out.find("  1B "), std::string::npos) << r.out;
  EXPECT_EQ(chimera({"verify", (shared_dir() / "reference/seed-insight-report.md").string(),
                     t.path().string(), "--layout", "chimera", "--fail-under", "90"})
                .exit_code,
            1);
}

}  // namespace
}  // namespace chimera

namespace chimera {
namespace {

// A report is never evidence for itself: a report lying inside DIR (or a copy of it) is left out,
// as are --exclude globs; --format json has one record per number; nothing to check is "n/a".
TEST(Cli, VerifyNeverTakesTheReportAsItsOwnEvidence) {
  TempDir t;
  const std::string report =
      "| Metric | Value |\n|---|---|\n| Average TTFT (ms) | 321.5 |\n| Mean decode rate (tok/s) | "
      "44.4 |\n";
  write_file(t / "data/results.csv", "config,ttft_ms,decode_tok_s\na,321.5,40.0\n");
  write_file(t / "data/report.md", report);
  write_file(t / "data/old/copy.md", report);
  write_file(t / "data/notes.md",
             "| Metric | Value |\n|---|---|\n| decode rate (tok/s) | 44.4 |\n");
  const auto r = chimera({"verify", (t / "data/report.md").string(), (t / "data").string(),
                          "--exclude", "notes.*", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["numbers"].size(), 2u) << r.out;
  EXPECT_EQ(j["numbers"][0]["verdict"], "verified") << r.out;
  EXPECT_EQ(j["numbers"][0]["evidence"]["file"], "results.csv");
  EXPECT_NE(j["numbers"][1]["verdict"], "verified") << r.out;  // 44.4 only in the excluded files
  EXPECT_EQ(j["left_out"].size(), 3u);
  // Nothing to check: n/a, and --fail-under does not fail on it.
  write_file(t / "empty.md", "# Notes\n\nNo figures here.\n");
  const auto e =
      chimera({"verify", (t / "empty.md").string(), (t / "data").string(), "--fail-under", "90"});
  EXPECT_EQ(e.exit_code, 0) << e.err;
  EXPECT_NE(e.out.find("n/a (no number to check)"), std::string::npos) << e.out;
}

}  // namespace
}  // namespace chimera
