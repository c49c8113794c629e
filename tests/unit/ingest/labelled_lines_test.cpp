// Lines of "Label: figure" in notes and logs, and what else a document holds around them: shapes
// from held-out set 51 (a benchmark log with lscpu's output, a README with an unclosed code fence,
// a Chinese tutorial quoting its script's output, an Apple M5 report of fenced blocks).
#include <gtest/gtest.h>

#include "ingest_helpers.hpp"

namespace chimera::ingest {
namespace {

using testing::at;
using testing::has_row;
using testing::run;

// lscpu's "CPU(s): 192" is a count (a plural's "(s)"), "Model: 2" and "Model name: AMD EPYC"
// no LLM, "NUMA node0 size" what the machine has; a time's "(s)" stays seconds.
TEST(LabelledLines, SystemListingsAreNoResults) {
  const auto r = run(FileType::text,
                     "CPU(s):                   192\nModel name:               AMD EPYC 9655 "
                     "96-Core Processor\nModel:                    2\nnode 0 size: 580105 MB\n"
                     "llama_print_timings:        eval time =    1000.00 ms /   100 runs   (   "
                     "10.00 ms per token,   100.00 tokens per second)\n");
  for (const auto& row : r.rows) {
    EXPECT_NE(row.metric_id(), "duration") << row.locator;
    EXPECT_NE(row.metric_id(), "memory") << row.locator;
    EXPECT_EQ(row.context.model, "") << row.locator;
  }
  const auto csv = run(FileType::csv, "name,Core(s) per socket,Time(s)\nx,96,1.5\n");
  EXPECT_EQ(at(csv, "[0].Core(s) per socket").unit, "");
  EXPECT_EQ(at(csv, "[0].Time(s)").unit, "s");
}

// Counts of requests by their short names; GuideLLM's "Requests Made Incomplete" no completed one.
TEST(LabelledLines, RequestCountsByTheirShortNames) {
  const auto r =
      run(FileType::csv, "name,# of req.,num_successful,Requests Made Incomplete\nx,200,10,3\n");
  EXPECT_EQ(at(r, "[0].# of req.").metric_id(), "requests");
  EXPECT_EQ(at(r, "[0].num_successful").metric_id(), "requests");
  EXPECT_EQ(at(r, "[0].Requests Made Incomplete").metric_id(), "unknown");
}

// A ```bash fence never closed over a README's commands: closed at the blank line after it, its
// results table read (and said so); "| **CUDA Toolkit** | 12.9 |" a version, no figure.
TEST(LabelledLines, AnUnclosedFenceAndASoftwaresVersion) {
  const auto r = run(FileType::markdown,
                     "# TensorRT-LLM\n\n| Component | Minimum |\n|---|---|\n"
                     "| **CUDA Toolkit** | 12.9 |\n\n```bash\ndocker run --gpus all x\n\n"
                     "Results\n\n| Config | TTFT (s) | TPS |\n| :--- | :--- | :-- |\n"
                     "| Baseline (HF) | 0.27 | 42 |\n");
  EXPECT_EQ(at(r, "table[1][0].TTFT (s)").metric_id(), "ttft");
  EXPECT_EQ(at(r, "table[0][0].Minimum").role, metrics::Role::identifier);
  bool warned = false;
  for (const auto& w : r.warnings) warned = warned || w.find("never closed") != std::string::npos;
  EXPECT_TRUE(warned);
}

// A script's output quoted under "## 环境准备" (environment set-up): measured figures all the same.
TEST(LabelledLines, QuotedOutputInASetupSection) {
  const auto r = run(FileType::markdown,
                     "# AMD\n## \xE7\x8E\xAF\xE5\xA2\x83\xE5\x87\x86\xE5\xA4\x87\n\n"
                     ">\xE7\x94\x9F\xE6\x88\x90\xE9\x80\x9F\xE5\xBA\xA6: 9.28 tokens/s\n"
                     ">\xE6\x98\xBE\xE5\xAD\x98\xE5\x8D\xA0\xE7\x94\xA8: 14.28 GB\n");
  EXPECT_EQ(at(r, "list[4].\xE7\x94\x9F\xE6\x88\x90\xE9\x80\x9F\xE5\xBA\xA6").metric_id(),
            "decode_rate");
  EXPECT_EQ(at(r, "list[5].\xE6\x98\xBE\xE5\xAD\x98\xE5\x8D\xA0\xE7\x94\xA8").metric_id(),
            "memory");
}

// A fenced report's blocks ("LOAD:", "INFERENCE:", "TRAINING (LoRA):") label their lines; a mark
// after a figure, an approximate figure and an aside in words are read.
TEST(LabelledLines, AFencedReportsBlocksAndItsFiguresAsides) {
  const auto r =
      run(FileType::markdown,
          "### MLX (4-bit)\n\n```\nModel: mlx-community/Mistral-7B-Instruct-v0.2-4bit\n\n"
          "LOAD:\n  Time: 0.8s (cached)\n\nINFERENCE:\n  Tokens/sec: 26.5 t/s "
          "\xF0\x9F\x8F\x86\n  Peak Memory: ~7.5 GB\n\nTRAINING (LoRA):\n"
          "  Peak Memory: 7.5 GB\n  Range: 1.65 tok/s (1.67% of median)\n```\n");
  const auto& time = at(r, "line[7].Time");
  EXPECT_EQ(time.metric_id(), "duration");
  EXPECT_EQ(time.context.config, "LOAD");
  EXPECT_NE(time.note.find("cached"), std::string::npos);
  EXPECT_EQ(at(r, "line[10].Tokens/sec").context.config, "INFERENCE");
  EXPECT_EQ(at(r, "line[11].Peak Memory").context.config, "INFERENCE");
  EXPECT_EQ(at(r, "line[14].Peak Memory").context.config, "TRAINING (LoRA)");
  EXPECT_FALSE(has_row(r, "line[15].Range"));  // (an aside of figures: not a note's words)
  // A tensor's size in a note's list is no memory a run used.
  const auto tensor =
      run(FileType::markdown, "# N\n\n- Largest single tensor: ~1.1 GB (projection matrices)\n");
  for (const auto& row : tensor.rows) EXPECT_NE(row.metric_id(), "memory") << row.locator;
}

}  // namespace
}  // namespace chimera::ingest

namespace chimera::ingest {
namespace {

// A script's log announcing each run ("[time] Running PAGED (block_size=64)...") over the
// llama-bench table it printed: the run in the rows' configuration, each table its own.
TEST(LabelledLines, ALogsRunAnnouncementLabelsTheTableBelowIt) {
  const std::string table =
      "| model | size | params | backend | threads | test | t/s |\n"
      "| --- | ---: | ---: | --- | ---: | ---: | ---: |\n"
      "| qwen3 1.7B Q8_0 | 1.70 GiB | 1.72 B | CPU | 16 | pp1024 | 575.55 \xC2\xB1 4.88 |\n\n";
  const auto r =
      testing::run(FileType::text,
                   "[2026-01-11 13:34:41.798] Running BASELINE (no paging)...\n"
                   "[2026-01-11 13:34:41.799] Command: llama-bench -p 1024\n" +
                       table + "[2026-01-11 13:34:55.670] Running PAGED (block_size=64)...\n" +
                       table + "Running tests now\n" + table);
  EXPECT_NE(testing::at(r, "table[0][0].t/s").context.config.find("BASELINE (no paging)"),
            std::string::npos);
  EXPECT_NE(testing::at(r, "table[1][0].t/s").context.config.find("PAGED (block_size=64)"),
            std::string::npos);
  // (A line that announces nothing, with no "...": the last run's still.)
  EXPECT_EQ(testing::at(r, "table[2][0].t/s").context.config.find("tests now"), std::string::npos);
}

// Engines named in two words in a column's header: "MLC LLM (tok/sec)", "Exllama V2 (tok/sec)".
TEST(LabelledLines, EnginesNamedInTwoWords) {
  const auto r = testing::run(FileType::markdown,
                              "# Bench\n\n| Model | MLC LLM (tok/sec) | Exllama V2 (tok/sec) |\n"
                              "|---|---|---|\n| Llama2-7B | 186.7 | 161.67 |\n");
  EXPECT_EQ(testing::at(r, "table[0][0].MLC LLM (tok/sec)").context.backend, "MLC LLM");
  EXPECT_EQ(testing::at(r, "table[0][0].Exllama V2 (tok/sec)").context.backend, "Exllama V2");
}

// Held-out set 52: Chinese columns of speculative decoding's acceptance rate (接受率), a speed
// ratio (速度比), a rank (排名) and a memory's peak (内存峰值).
TEST(LabelledLines, ChineseAcceptanceRatePeakAndRank) {
  const auto r = testing::run(
      FileType::csv,
      "name,\xE6\x8E\xA5\xE5\x8F\x97\xE7\x8E\x87,\xE9\x80\x9F\xE5\xBA\xA6\xE6\xAF\x94,"
      "\xE6\x8E\x92\xE5\x90\x8D,\xE5\x86\x85\xE5\xAD\x98\xE5\xB3\xB0\xE5\x80\xBC (MB)\n"
      "x,29.6%,1.5,1,5726\n");
  EXPECT_EQ(testing::at(r, "[0].\xE6\x8E\xA5\xE5\x8F\x97\xE7\x8E\x87").metric_id(),
            "acceptance_rate");
  EXPECT_EQ(testing::at(r, "[0].\xE9\x80\x9F\xE5\xBA\xA6\xE6\xAF\x94").metric_id(), "speedup");
  EXPECT_EQ(testing::at(r, "[0].\xE6\x8E\x92\xE5\x90\x8D").role, metrics::Role::identifier);
  const auto& peak = testing::at(r, "[0].\xE5\x86\x85\xE5\xAD\x98\xE5\xB3\xB0\xE5\x80\xBC (MB)");
  EXPECT_EQ(peak.metric_id(), "memory");
  EXPECT_EQ(peak.statistic, "max");
}

}  // namespace
}  // namespace chimera::ingest

namespace chimera::ingest {
namespace {

// Held-out set 52: a run's lines in a fence, then ">>> 平均: 193.4 t/s (1.62x)" (their mean, its
// ratio to the baseline aside) and "    接受率: 29.6%" (a label in Chinese, indented).
TEST(LabelledLines, AStatisticAloneAndChineseLabelsUnderARunsLines) {
  const auto r = testing::run(FileType::text,
                              "Run 2: 500 tokens, 2.57s, 194.5 t/s\n"
                              ">>> \xE5\xB9\xB3\xE5\x9D\x87: 193.4 t/s (1.62x)\n"
                              "    \xE6\x8E\xA5\xE5\x8F\x97\xE7\x8E\x87: 29.6%\nMean: 5\n");
  const auto& mean = testing::at(r, "line[2].\xE5\xB9\xB3\xE5\x9D\x87");
  EXPECT_EQ(mean.metric_id(), "token_rate");
  EXPECT_EQ(mean.statistic, "mean");
  EXPECT_DOUBLE_EQ(*mean.normalized, 193.4);
  EXPECT_EQ(testing::at(r, "line[3].\xE6\x8E\xA5\xE5\x8F\x97\xE7\x8E\x87").metric_id(),
            "acceptance_rate");
  EXPECT_FALSE(testing::has_row(r, "line[4].Mean"));  // (no unit: a mean of what)
}

TEST(LabelledLines, ARoundsBlocksOfKeyValueLines) {
  // A load script's log: each round's lines under "Round N/M:", the overall after a blank line;
  // pairs set apart by runs of spaces, some keyed by two words, counts under a lead word.
  const auto r =
      run(FileType::text,
          R"(Benchmarking model='org/model-7b-4bit' at base_url='http://localhost:8080/v1'
Round 1/2:
  Errors=0  Round wall=17.537s  Throughput=0.29 req/s
  Tokens: completion=970  Gen throughput=55.31 tok/s
  Server RSS after round: 58.34 MB  (PIDs: 37361)

Overall:
  Errors=0  Total wall=50.575s  Throughput=0.3 req/s
)");
  const auto& wall = at(r, "line[3].Round wall");
  EXPECT_EQ(wall.metric_id(), "duration");
  EXPECT_EQ(wall.statistic, "sample");
  EXPECT_EQ(wall.context.config, "round=1");
  const auto& tokens = at(r, "line[4].completion");
  EXPECT_EQ(tokens.metric_id(), "output_tokens");
  EXPECT_DOUBLE_EQ(*tokens.value, 970);
  EXPECT_EQ(tokens.context.config, "round=1");  // ("Tokens" names the quantity, no label)
  EXPECT_DOUBLE_EQ(*at(r, "line[4].Gen throughput").value, 55.31);
  const auto& rss = at(r, "line[5].Server RSS after round");
  EXPECT_EQ(rss.metric_id(), "memory");
  EXPECT_EQ(rss.statistic, "sample");
  EXPECT_NE(rss.note.find("PIDs: 37361"), std::string::npos);
  const auto& total = at(r, "line[8].Total wall");
  EXPECT_EQ(total.statistic, "value");
  EXPECT_EQ(total.context.config, "");
  // A summary right after the last round's lines is the runs', no round's.
  const auto summary = run(FileType::text, R"(Round 2/2:
  ttft=125 ms  tps=55.7 tok/s
Averages: ttft=125.3 ms  tps=55.6 tok/s
)");
  EXPECT_EQ(at(summary, "line[2].ttft").statistic, "sample");
  EXPECT_EQ(at(summary, "line[3].ttft").statistic, "value");
  EXPECT_EQ(at(summary, "line[3].ttft").context.config.find("round="), std::string::npos);
  // A line of counts alone states no measurement ("Tokens: prompt=12  completion=970").
  EXPECT_TRUE(run(FileType::text, "Tokens: prompt=12  completion=970\n").rows.empty());
}

TEST(LabelledLines, AConsolesFiguresApartByRunsOfSpaces) {
  // A log's line after its clock time: named figures, each with its unit, apart by runs of
  // spaces; a part with no figure, or a label's colon, is another line's shape.
  const auto r = run(FileType::text, R"(18:19:38 start  card idle 280 MiB  shards 3
18:19:58   cold load 15.1s  server RSS 33222 MiB  card 5274 MiB
18:21:39   after 3 reps: server RSS 45072 MiB  card 5352 MiB
)");
  const auto& load = at(r, "line[2].cold load");
  EXPECT_EQ(load.metric_id(), "load_time");
  EXPECT_DOUBLE_EQ(*load.normalized, 15100);
  EXPECT_EQ(at(r, "line[2].server RSS").metric_id(), "memory");
  EXPECT_DOUBLE_EQ(*at(r, "line[2].card").normalized, 5274.0 * 1024 * 1024);
  EXPECT_FALSE(has_row(r, "line[1].card idle"));
  EXPECT_FALSE(has_row(r, "line[3].card"));
  // What a run is set to, echoed the same way: no measurement.
  EXPECT_TRUE(run(FileType::text, "warmup 10s   duration 60s   interval 5s\n").rows.empty());
}

}  // namespace
}  // namespace chimera::ingest
