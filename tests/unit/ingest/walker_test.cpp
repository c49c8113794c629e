#include "chimera/ingest/walker.hpp"

#include "chimera/ingest/harvest.hpp"

#include <gtest/gtest.h>

#include "ingest_helpers.hpp"
#include "test_support.hpp"

namespace chimera::ingest {
namespace {
namespace fs = std::filesystem;
using chimera::ingest::testing::at;
using chimera::testing::TempDir;
using chimera::testing::write_file;

std::vector<std::string> walk(const fs::path& root, WalkOptions o = {}) {
  auto w = TreeWalker::open(root, o);
  EXPECT_TRUE(w.ok());
  std::vector<std::string> out;
  while (auto e = w.value().next())
    out.push_back(e->rel_path + (e->walk_skip.empty() ? "" : " [skip]"));
  return out;
}

TEST(Walker, DepthFirstSortedByUpperCasedName) {
  TempDir t;
  for (const char* p : {"b.csv", "A/z.json", "a_b.md", "C.markdown", "ignored.toml", "a/x.CSV",
                        "run.log", "sweep.yml"})
    write_file(t / p, "x");
  // Upper-cased: "A" < "A_B.MD" < "B.CSV" < "C.MARKDOWN"; "A" and "a" tie and fall back to bytes.
  EXPECT_EQ(walk(t.path()), (std::vector<std::string>{"A/z.json", "a/x.CSV", "a_b.md", "b.csv",
                                                      "C.markdown", "run.log", "sweep.yml"}));
  auto w = TreeWalker::open(t.path(), {});
  while (w.value().next()) {
  }
  ASSERT_EQ(w.value().not_read().size(), 1u);  // listed with the reason, not silently ignored
  EXPECT_EQ(w.value().not_read()[0].path, "ignored.toml");
  EXPECT_NE(w.value().not_read()[0].reason.find(".toml"), std::string::npos);
}

TEST(Walker, ChimeraLayoutScansReportsThenCsvData) {
  TempDir t;
  for (const char* p :
       {"csv_data/a.csv", "csv_data/b.md", "reports/r.md", "reports/x.markdown", "other/o.csv"}) {
    write_file(t / p, "x");
  }
  WalkOptions o;
  o.layout = Layout::chimera;
  EXPECT_EQ(walk(t.path(), o), (std::vector<std::string>{"reports/r.md", "csv_data/a.csv"}));
}

TEST(Walker, ChimeraLayoutWithoutItsFoldersIsAnInputError) {
  TempDir t;
  WalkOptions o;
  o.layout = Layout::chimera;
  const auto w = TreeWalker::open(t.path(), o);
  ASSERT_FALSE(w.ok());
  EXPECT_EQ(w.error().code, ErrorCode::input);
  EXPECT_NE(w.error().hint.find("--layout all"), std::string::npos);
}

TEST(Walker, AMissingRootIsAnInputError) {
  TempDir t;
  const auto w = TreeWalker::open(t / "nope", {});
  ASSERT_FALSE(w.ok());
  EXPECT_EQ(w.error().code, ErrorCode::input);
}

TEST(Walker, AFileRootIsReadAloneWithItsFoldersDescription) {
  TempDir t;
  write_file(t / "f.csv", "x");
  write_file(t / "g.csv", "x");
  write_file(t / "environment.txt", "GPU: NVIDIA A100");
  auto w = TreeWalker::open(t / "f.csv", {});
  ASSERT_TRUE(w.ok());
  const auto e = w.value().next();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->rel_path, "f.csv");
  EXPECT_EQ(e->context_file, "environment.txt");
  EXPECT_FALSE(w.value().next());  // g.csv and the description are not read
  // The reference's layout scans folders only.
  WalkOptions o;
  o.layout = Layout::chimera;
  const auto c = TreeWalker::open(t / "f.csv", o);
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.error().hint.find("--layout all"), std::string::npos);
}

TEST(Walker, SymlinksAreNotFollowedByDefaultAndLoopsAreCaught) {
  TempDir t;
  write_file(t / "d/real.csv", "x");
  fs::create_symlink(t / "d/real.csv", t / "d/link.csv");
  fs::create_directory_symlink(t / "d", t / "d/loop");
  EXPECT_EQ(walk(t.path()), (std::vector<std::string>{"d/link.csv [skip]", "d/real.csv"}));
  WalkOptions follow;
  follow.follow_symlinks = true;
  auto w = TreeWalker::open(t.path(), follow);
  std::vector<std::string> got;
  while (auto e = w.value().next()) got.push_back(e->rel_path);
  EXPECT_EQ(got, (std::vector<std::string>{"d/link.csv", "d/real.csv"}));
  ASSERT_EQ(w.value().warnings().size(), 1u);
  EXPECT_NE(w.value().warnings()[0].find("loop"), std::string::npos);
}

// Ingests the file `rel` of the tree at `root`, beside the others there.
FileResult ingest_one(const TempDir& root, const std::string& rel) {
  auto w = TreeWalker::open(root.path(), {});
  EXPECT_TRUE(w.ok());
  while (auto e = w.value().next()) {
    if (e->rel_path == rel) return ingest_file(*e, {});
  }
  ADD_FAILURE() << "no file " << rel;
  return {};
}

TEST(IngestFile, AChimeraReportsFiguresInTheRunsMetricsJsonAreReadOnceFromThere) {
  TempDir t;
  const std::string report =
      "# Chimera Agent A\n\n## Metrics\n- Throughput: 41.18 tok/s\n"
      "- TTFT: 272.04 ms\n";
  write_file(t / "run_1/collector_report.md", report);
  write_file(t / "run_1/metrics.json", R"({"average_tokens_per_second": 41.18})");
  write_file(t / "run_2/collector_report.md", report);  // no metrics.json: read here
  const FileResult repeated = ingest_one(t, "run_1/collector_report.md");
  EXPECT_TRUE(repeated.rows.empty());
  ASSERT_EQ(repeated.warnings.size(), 1u);
  EXPECT_NE(repeated.warnings[0].find("2 figures of this Chimera report repeat the run's "
                                      "metrics.json"),
            std::string::npos);
  EXPECT_EQ(ingest_one(t, "run_2/collector_report.md").rows.size(), 2u);
  // The same when the tree is named by a path relative to the working folder, as a user types it.
  auto w = TreeWalker::open(fs::relative(t.path()), {});
  ASSERT_TRUE(w.ok());
  while (auto e = w.value().next()) {
    if (e->rel_path != "run_1/collector_report.md") continue;
    ASSERT_TRUE(e->abs_path.is_relative());
    EXPECT_TRUE(ingest_file(*e, {}).rows.empty());
  }
}

TEST(IngestFile, ACsvSummaryALogPrintsAfterItsTextIsReadAsCsv) {
  TempDir t;
  write_file(t / "summary_results.log",
             "=== TensorRT-LLM Comprehensive Test Results Summary ===\n"
             "Start Time: Fri Jul 11 04:27:26 UTC 2025\n\n"
             "ISL,OSL,Requests,Throughput(tokens/sec),Latency(ms),Status\n"
             "128,128,30000,14389.7989,266855.7100,SUCCESS\n"
             "128,256,20000,17602.0571,290875.0935,SUCCESS\n"
             "16384,16384,50,FAILED,FAILED,Benchmark Failed\n\nDone.\n");
  const FileResult r = ingest_one(t, "summary_results.log");
  EXPECT_EQ(r.format, "csv in a text file");
  const auto& rate = at(r, "csv[0][1].Throughput(tokens/sec)");
  EXPECT_DOUBLE_EQ(*rate.value, 17602.0571);
  EXPECT_EQ(rate.normalized_unit, "tok/s");
  EXPECT_EQ(rate.line, 6u);  // the file's line, not the block's
  EXPECT_EQ(at(r, "csv[0][2].Requests").status, RowStatus::failed);  // "Benchmark Failed"
  EXPECT_EQ(at(r, "csv[0][0].Requests").status, RowStatus::ok);
  // A log of prose with commas in it has no CSV block.
  write_file(t / "prose.log",
             "Loaded model, tokenizer, and weights in 3 s.\n"
             "Warm-up done, 2 runs, 5 prompts.\n");
  EXPECT_TRUE(ingest_one(t, "prose.log").rows.empty());
  // Held-out set 25: a quoted field's comma ("2x" GPUs in llama-bench's gpu_info) is no column.
  write_file(t / "p2p.log",
             "########## p2p=on\n"
             "--- results ---\n"
             "gpu_info,model_type,n_prompt,n_gen,avg_ts,stddev_ts\n"
             "\"Tesla P100-PCIE-16GB, Tesla P100-PCIE-16GB\",\"qwen35 27B Q4_K - Medium\","
             "\"2048\",\"0\",\"222.75\",\"0.038\"\n"
             "\"Tesla P100-PCIE-16GB, Tesla P100-PCIE-16GB\",\"qwen35 27B Q4_K - Medium\","
             "\"0\",\"128\",\"20.33\",\"0.046\"\n"
             "pushed\n");
  const FileResult p2p = ingest_one(t, "p2p.log");
  const auto& pp = at(p2p, "csv[0][0].avg_ts");
  EXPECT_EQ(pp.context.test, "pp2048");
  EXPECT_EQ(pp.metric_id(), "prompt_eval_rate");
  EXPECT_EQ(pp.context.config.rfind("p2p=on", 0), 0u);  // the banner above the block
  EXPECT_EQ(at(p2p, "csv[0][1].avg_ts").context.test, "tg128");
}

TEST(IngestFile, LlamaBenchSqlIsReadAsItsCsvIs) {
  TempDir t;
  // An older build's `-o sql` (table "test"), one test per INSERT; the file's lines are kept.
  const std::string cols =
      "build_commit, gpu_info, backends, model_type, n_gpu_layers, n_prompt, n_gen, avg_ns, "
      "stddev_ns, avg_ts, stddev_ts";
  write_file(t / "bench.sql",
             "CREATE TABLE IF NOT EXISTS test (\n  build_commit TEXT,\n  avg_ts REAL\n);\n\n"
             "INSERT INTO test (" +
                 cols +
                 ") VALUES ('3469684', 'NVIDIA GeForce RTX 4090', "
                 "'CUDA', 'llama 7B Q4_0', '99', '512', '0', '100000', '2000', '5120.500000', "
                 "'10.200000');\n"
                 "INSERT INTO test (" +
                 cols +
                 ") VALUES ('3469684', 'NVIDIA GeForce RTX 4090', "
                 "'CUDA', 'llama 7B Q4_0', '99', '0', '128', '800000000', '2000000', '160.250000', "
                 "'0.400000');\n");
  const FileResult r = ingest_one(t, "bench.sql");
  EXPECT_EQ(r.format, "llama-bench sql");
  const auto& tg = at(r, "test[1].avg_ts");
  EXPECT_EQ(tg.metric_id(), "decode_rate");
  EXPECT_EQ(tg.statistic, "mean");
  EXPECT_DOUBLE_EQ(*tg.value, 160.25);
  EXPECT_EQ(tg.line, 7u);
  EXPECT_EQ(tg.context.test, "tg128");
  EXPECT_EQ(tg.context.gpu, "NVIDIA GeForce RTX 4090");
  EXPECT_EQ(tg.context.quantization, "Q4_0");
  EXPECT_EQ(at(r, "test[0].avg_ts").metric_id(), "prompt_eval_rate");
  EXPECT_EQ(at(r, "test[0].avg_ts").context.test, "pp512");
}

TEST(IngestFile, SqlInsertsOfAnyTableWithTheirColumns) {
  TempDir t;
  // Several records in one statement, quoted names, NULL, a doubled quote; one record that does
  // not match its columns is counted, not read.
  write_file(t / "dump.txt",
             "insert into \"runs\" (model, ttft_ms, note) values\n"
             "  ('qwen3:8b', 120.5, 'it''s warm'),\n"
             "  ('llama3.1:8b', NULL, 'failed');\n"
             "INSERT INTO runs (model, ttft_ms, note) VALUES ('x', 1);\n");
  const FileResult r = ingest_one(t, "dump.txt");
  EXPECT_EQ(r.format, "sql inserts");
  const auto& ttft = at(r, "runs[0].ttft_ms");
  EXPECT_EQ(ttft.metric_id(), "ttft");
  EXPECT_DOUBLE_EQ(*ttft.value, 120.5);
  EXPECT_EQ(ttft.line, 2u);
  EXPECT_EQ(ttft.context.model, "qwen3:8b");
  EXPECT_FALSE(testing::has_row(r, "runs[1].ttft_ms"));  // NULL: no figure
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find("1 SQL record(s) not read"), std::string::npos) << r.warnings[0];
  EXPECT_NE(r.warnings[0].find("line 4"), std::string::npos) << r.warnings[0];
  // A log that mentions an INSERT in prose is read as a log.
  write_file(t / "prose.log", "insert the card, then run\neval rate: 12.5 tokens/s\n");
  EXPECT_EQ(ingest_one(t, "prose.log").format, "ollama verbose");
}

TEST(IngestFile, NvidiaSmiSamplesInALogBesideOtherFiguresAreReadAsCsv) {
  TempDir t;
  // A run's log: nvidia-smi's query output, then Ollama's statistics; the GPU is its "name".
  write_file(t / "gpu_monitor.log",
             "=== Run 1 ===\n"
             "timestamp, name, utilization.gpu [%], memory.used [MiB], power.draw [W]\n"
             "2025/03/01 12:00:00.123, NVIDIA GeForce RTX 4090, 97 %, 18234 MiB, 412.35 W\n"
             "2025/03/01 12:00:01.125, NVIDIA GeForce RTX 4090, 98 %, 18240 MiB, 415.02 W\n"
             "eval rate: 95.21 tokens/s\n");
  const FileResult r = ingest_one(t, "gpu_monitor.log");
  EXPECT_EQ(at(r, "ollama[0].eval_rate").metric_id(), "decode_rate");
  const auto& power = at(r, "csv[0][1].power.draw [W]");
  EXPECT_EQ(power.metric_id(), "power");
  EXPECT_DOUBLE_EQ(*power.value, 415.02);
  EXPECT_EQ(power.line, 4u);
  EXPECT_EQ(power.context.gpu, "NVIDIA GeForce RTX 4090");
  EXPECT_TRUE(power.context.config.empty());
  // Lines another reader took are not read again as a block (vLLM's statistics have commas).
  write_file(t / "server.log",
             "Engine 000: Avg prompt throughput: 1.0 tokens/s, Avg generation throughput: 2.0 "
             "tokens/s, Running: 1 reqs\n"
             "Engine 000: Avg prompt throughput: 3.0 tokens/s, Avg generation throughput: 4.0 "
             "tokens/s, Running: 2 reqs\n");
  const FileResult s = ingest_one(t, "server.log");
  EXPECT_EQ(s.rows.size(), 6u);
  EXPECT_EQ(s.format, "vllm engine statistics");
}

TEST(IngestFile, AColumnNamedNameThatNamesAGpuIsTheGpu) {
  TempDir t;
  write_file(t / "smi.csv",
             "name, utilization.gpu [%]\nTesla V100-SXM2-16GB, 55 %\nllama3 on RTX 4090, 60 %\n");
  const FileResult r = ingest_one(t, "smi.csv");
  EXPECT_EQ(at(r, "[0].utilization.gpu [%]").context.gpu, "Tesla V100-SXM2-16GB");
  // A name that only mentions a GPU after other words is the row's label.
  EXPECT_EQ(at(r, "[1].utilization.gpu [%]").context.gpu, "");
}

TEST(IngestFile, LlmperfResponsesTakeModelAndConcurrencyFromTheirSummary) {
  TempDir t;
  write_file(t / "run_summary.json",
             R"({"model": "llama2-7b-chat", "num_concurrent_requests": 20,
                 "results_ttft_s_mean": 4.5, "results_ttft_s_quantiles_p50": 4.1})");
  write_file(t / "run_individual_responses.json",
             R"([{"error_code": null, "ttft_s": 0.5, "end_to_end_latency_s": 8.1,
                  "inter_token_latency_s": 0.05, "number_output_tokens": 150}])");
  const FileResult r = ingest_one(t, "run_individual_responses.json");
  EXPECT_EQ(r.format, "llmperf individual responses");
  ASSERT_FALSE(r.rows.empty());
  for (const auto& row : r.rows) {
    EXPECT_EQ(row.context.model, "llama2-7b-chat") << row.locator;
    EXPECT_EQ(row.context.concurrency, "20") << row.locator;
  }
}

// A file recognised as a tool's output that gives no figure says so (held-out set 8: an LLMPerf
// block the reader could not follow gave 0 rows without a word).
TEST(IngestFile, ARecognisedFileWithoutFiguresWarns) {
  TempDir t;
  write_file(t / "run.log", "\\Results for token benchmark for m queried with the m api.\n");
  const FileResult r = ingest_one(t, "run.log");
  EXPECT_EQ(r.format, "llmperf console");
  EXPECT_TRUE(r.rows.empty());
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find("recognised as llmperf console output, but no figure"),
            std::string::npos)
      << r.warnings[0];
}

// The first LLMPerf's per-request file takes the model, concurrency and framework of the summary
// that names it ("<run>.json" beside "<run>_raw.json").
TEST(IngestFile, TheFirstLlmperfsRequestsTakeTheirSummarysContext) {
  TempDir t;
  write_file(t / "runpod-1701289860.json",
             R"({"framework": "runpod", "model": "meta-llama/Llama-2-70b-chat-hf",
             "concur_requests": 10, "total_requests": 20, "num_exceptions": 0,
             "raw_output": "runpod-1701289860_raw.json"})");
  write_file(t / "runpod-1701289860_raw.json",
             R"({"valid": {"0": "Valid"}, "ttft": {"0": 0.66}, "total_time": {"0": 20.59},
             "tokens_out": {"0": 100}})");
  const FileResult r = ingest_one(t, "runpod-1701289860_raw.json");
  ASSERT_FALSE(r.rows.empty());
  for (const auto& row : r.rows) {
    EXPECT_EQ(row.context.model, "meta-llama/Llama-2-70b-chat-hf") << row.locator;
    EXPECT_EQ(row.context.concurrency, "10") << row.locator;
    EXPECT_EQ(row.context.backend, "runpod") << row.locator;
  }
}

// A log in no layout read here that holds figures with their units says so, naming a line. (Held-
// out set 15's "ts | model | 866 tokens | 57.55 sec | 15.05 tokens/sec" lines were such a log;
// they are read since set 54 brought another, and its parts apart by semicolons are not.)
TEST(IngestFile, ALogOfUnreadFiguresWarns) {
  TempDir t;
  std::string log, bars;
  for (int i = 0; i < 3; ++i) {
    log += "2025-04-30T07:42:33; qwen2.5-coder:32b; 866 tokens; 57.55 sec; 15.05 tokens/sec\n";
    bars += "2025-04-30T07:42:33 | qwen2.5-coder:32b | 866 tokens | 57.55 sec | 15.05 tokens/sec\n";
  }
  write_file(t / "bench.log", log);
  write_file(t / "bars.log", bars);
  write_file(t / "notes.txt", "built on 2025-04-30\nversion 3\n");
  const FileResult bench = ingest_one(t, "bench.log");
  EXPECT_TRUE(bench.rows.empty());
  ASSERT_EQ(bench.warnings.size(), 1u);
  EXPECT_NE(bench.warnings[0].find("no figure read, though 3 lines hold numbers with units "
                                   "(line 1: '2025-04-30T07:42:33; qwen2.5"),
            std::string::npos)
      << bench.warnings[0];
  EXPECT_EQ(ingest_one(t, "bars.log").rows.size(), 9u);
  EXPECT_TRUE(ingest_one(t, "notes.txt").warnings.empty());  // no figure with a unit
}

// The file is read in one call of its walked size plus one byte; a file that grew or shrank
// after the walk is still read whole, to its real end.
TEST(ReadFile, ReadsToTheRealEndWhateverSizeTheWalkSaw) {
  TempDir t;
  const std::string text = "model,ttft_ms\nllama3,12.5\nllama3,13.5\n";
  write_file(t / "r.csv", text);
  auto w = TreeWalker::open(t.path(), {});
  ASSERT_TRUE(w.ok());
  const auto entry = w.value().next();
  ASSERT_TRUE(entry);
  ASSERT_EQ(entry->bytes, text.size());
  for (const std::uint64_t seen : {std::uint64_t{0}, std::uint64_t{14}, std::uint64_t{text.size()},
                                   std::uint64_t{text.size() + 100}}) {
    FileEntry e = *entry;
    e.bytes = seen;  // what the walk would have seen before the file changed
    const FileResult r = ingest_file(e, {});
    ASSERT_EQ(r.rows.size(), 2u) << "walked size " << seen;
    EXPECT_EQ(r.rows[1].raw, "13.5") << "walked size " << seen;
  }
}

}  // namespace
}  // namespace chimera::ingest
