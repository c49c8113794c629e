// What a file leaves unsaid, read from what it does say: units that make a record's tokens,
// time and rate agree; a decode time of a one-token answer; the header a monitor repeats over
// its rows; the quantity a title or a caption names; the machine a column names.
#include <gtest/gtest.h>

#include "chimera/metrics/classify.hpp"
#include "ingest_helpers.hpp"

namespace chimera::ingest {
namespace {

std::string_view metric_of(const MetricRow& row) {
  return row.metric_id();
}

// tokens_generated / total_time = tokens_per_sec only with the time in seconds: the time is in
// seconds, and so is the record's TTFT that no unit was written for.
// Held-out set 33: a script's records whose tokens, time and rate fit for most of them (the time
// in seconds) and not for the first (1387 / 28.161 is 49.25, the server's rate 50.03): one field
// of one script's records, one unit.
// A quiz's answers written as text ("expected": "98201", "response": "98201"): what was said,
// no figure.
TEST(RecordInference, AnAnswerWrittenAsTextIsNoFigure) {
  const auto r = testing::run(FileType::json, R"({"tests": [{"prompt": "What is 347 * 283?",
    "expected": "98201", "response": "98201", "elapsed": "13.9 s"}]})");
  ASSERT_EQ(r.rows.size(), 1u);
  EXPECT_EQ(r.rows[0].locator, "tests[0].elapsed");
  // (A token count written as text under "output" is a figure.)
  const auto counts =
      testing::run(FileType::json, R"({"tokens": {"input": "512", "output": "128"}})");
  EXPECT_EQ(counts.rows.size(), 2u);
}

TEST(RecordInference, AFieldOfRecordsHasOneUnit) {
  const auto r = testing::run(FileType::json, R"({"tests": [
    {"elapsed": 28.161, "completion_tokens": 1387, "server_gen_tps": 50.03},
    {"elapsed": 80.847, "completion_tokens": 4000, "server_gen_tps": 49.64},
    {"elapsed": 80.952, "completion_tokens": 4000, "server_gen_tps": 49.55}]})");
  const auto& first = testing::at(r, "tests[0].elapsed");
  EXPECT_EQ(first.unit, "s");
  EXPECT_DOUBLE_EQ(*first.normalized, 28161.0);
  EXPECT_EQ(testing::at(r, "tests[1].elapsed").unit, "s");
  // (One record's unit is no field's.)
  const auto one = testing::run(FileType::json, R"({"tests": [
    {"elapsed": 28.161, "completion_tokens": 1387, "server_gen_tps": 50.03},
    {"elapsed": 80.847, "completion_tokens": 4000, "server_gen_tps": 49.64}]})");
  EXPECT_EQ(testing::at(one, "tests[0].elapsed").unit, "");
}

TEST(RecordInference, TokensTimeAndRateThatAgreeGiveTheTimesTheirUnit) {
  const auto r = testing::run(FileType::csv,
                              "request_id,ttft,total_time,tokens_generated,tokens_per_sec\n"
                              "a1,0.126,122.466,743,6.067\n");
  const auto& total = testing::at(r, "[0].total_time");
  EXPECT_EQ(total.unit, "s");
  ASSERT_TRUE(total.normalized.has_value());
  EXPECT_NEAR(*total.normalized, 122466, 1e-6);
  EXPECT_EQ(testing::at(r, "[0].ttft").unit, "s");
  // ... and not where they do not agree (a rate of another quantity).
  const auto other = testing::run(FileType::csv,
                                  "request_id,ttft,total_time,tokens_generated,tokens_per_sec\n"
                                  "a1,0.126,122.466,743,17.5\n");
  EXPECT_EQ(testing::at(other, "[0].total_time").unit, "");
  EXPECT_EQ(testing::at(other, "[0].ttft").unit, "");
}

// Ollama's eval_count / eval_duration_ms = eval_rate: the rate is in tokens per second.
TEST(RecordInference, ARateWithoutItsUnitTakesTokensPerSecondFromItsRecord) {
  const auto r = testing::run(
      FileType::jsonl,
      R"({"model": "qwen3.5:0.8b", "eval_count": 469, "eval_duration_ms": 10363.3, "eval_rate": 45.26})"
      "\n");
  const auto& rate = testing::at(r, "[0].eval_rate");
  EXPECT_EQ(metric_of(rate), "decode_rate");
  EXPECT_EQ(rate.unit, "tok/s");
  EXPECT_EQ(rate.statistic, "sample");  // one request's, as Ollama's API gives it
  EXPECT_EQ(testing::at(r, "[0].eval_duration_ms").statistic, "sample");
  const auto off = testing::run(
      FileType::jsonl,
      R"({"model": "qwen3.5:0.8b", "eval_count": 469, "eval_duration_ms": 10363.3, "eval_rate": 12.0})"
      "\n");
  EXPECT_EQ(testing::at(off, "[0].eval_rate").unit, "");
}

// Held-out sets 55/56: a decode or prefill rate written without its unit, no tokens and time
// beside it, is in tokens per second; a field of utilisations running above 1 is in percent,
// its 0 too; one whose figures stay within 0..1 may be fractions and keeps no unit.
TEST(RecordInference, UnitsAMetricImplies) {
  const auto r = testing::run(FileType::json,
                              R"({"prefill_speed": 183.2, "decode_speed": 21.4,
    "gpu": [{"utilization_gpu": 0}, {"utilization_gpu": 93}], "cpu_util": [0.2, 0.5]})");
  EXPECT_EQ(testing::at(r, "decode_speed").unit, "tok/s");
  EXPECT_EQ(testing::at(r, "prefill_speed").unit, "tok/s");
  EXPECT_EQ(testing::at(r, "gpu[0].utilization_gpu").unit, "%");
  EXPECT_EQ(testing::at(r, "gpu[1].utilization_gpu").unit, "%");
  EXPECT_EQ(testing::at(r, "cpu_util[1]").unit, "");
}

// A run's output tokens over its duration: its generic "Throughput" is the output throughput (a
// request's own rate, a sample, stays what it is).
TEST(RecordInference, ARunsTokensOverItsTimeNameItsThroughput) {
  const auto r = testing::run(FileType::markdown,
                              "| Model | Batch Size | Output Tokens | Time (s) | "
                              "Throughput (tokens/s) |\n|---|---|---|---|---|\n"
                              "| Qwen3-0.6B | 128 | 63,488 | 83.13s | **763.73** |\n"
                              "| Qwen3-0.6B | 32 | 15,872 | 23.53s | 500.00 |\n");
  EXPECT_EQ(testing::at(r, "table[0][0].Throughput (tokens/s)").metric_id(), "output_throughput");
  EXPECT_EQ(testing::at(r, "table[0][1].Throughput (tokens/s)").metric_id(), "token_rate");
  const auto one = testing::run(FileType::csv,
                                "Model,Prompt,Tokens Generated,Total Time (s),Tokens/sec\n"
                                "llama3.1:8b,Summarize,289,19.76,14.62\n");
  EXPECT_EQ(testing::at(one, "[0].Tokens/sec").metric_id(), "token_rate");
}

// One generated token: no decoding to time, so its eval time of 0 is no measurement.
TEST(RecordInference, TheDecodeTimeOfAOneTokenAnswerHasNoValue) {
  const auto r = testing::run(FileType::csv,
                              "model,run,eval_time_s,generated_tokens\n"
                              "qwen3:32b,1,0.0,1\n"
                              "qwen3:32b,2,0.0,40\n");
  const auto& one = testing::at(r, "[0].eval_time_s");
  EXPECT_FALSE(one.value.has_value());
  EXPECT_NE(one.note.find("nothing timed"), std::string::npos);
  // (A 0 beside 40 tokens is left as the file wrote it: not this rule's to judge.)
  EXPECT_TRUE(testing::at(r, "[1].eval_time_s").value.has_value());
}

// A monitor's log: a header of its own that does not fit the rows, and its tool's header
// repeated over each sample's rows. The rows are read under the repeated one.
TEST(RecordInference, ARepeatedHeaderOverTheRowsNamesTheirColumns) {
  const auto r =
      testing::run(FileType::csv,
                   "Time,GPU,Name,Used_MB,Total_MB,Utilization_%,Memory_%\n"
                   "2026-05-07 16:01:08,timestamp,deviceId,deviceName,bdfId,"
                   "utilization.GPU [%],utilization.VPUE [%]\n"
                   "2026-05-07 16:01:08,2026/5/7 16:1:8.43,GPU#0,MXC550,0000:0e:00.0,7,0\n"
                   "2026-05-07 16:01:18,timestamp,deviceId,deviceName,bdfId,"
                   "utilization.GPU [%],utilization.VPUE [%]\n"
                   "2026-05-07 16:01:18,2026/5/7 16:1:18.49,GPU#0,MXC550,0000:0e:00.0,9,0\n");
  EXPECT_FALSE(testing::has_row(r, "[1].Utilization_%"));
  const auto& util = testing::at(r, "[1].utilization.GPU [%]");
  EXPECT_EQ(metric_of(util), "gpu_utilization");
  EXPECT_EQ(util.context.gpu, "MXC550");  // "deviceName": camelCase of device_name
  EXPECT_EQ(testing::at(r, "[3].utilization.GPU [%]").value, 9);
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find("column names"), std::string::npos);
}

// A failed run's row of words is no header: its cells repeat, or say it failed.
TEST(RecordInference, AFailedRowOfWordsIsNoHeader) {
  const auto r = testing::run(FileType::csv,
                              "model,status,ttft_ms,tpot_ms\n"
                              "llama3:8b,ok,120,15\n"
                              "qwen3:8b,error,timeout,timeout\n"
                              "phi3:mini,ok,90,11\n");
  EXPECT_TRUE(testing::has_row(r, "[2].ttft_ms"));
  EXPECT_TRUE(r.warnings.empty());
  // ... nor the first row's words of a run that crashed, nor a row of words once mid-file.
  const auto first = testing::run(FileType::csv,
                                  "model,status,ttft_ms,tpot_ms\n"
                                  "qwen3:8b,failed_oom,killed,crash_report\n"
                                  "llama3:8b,ok,120,15\n"
                                  "llama3:8b,ok,121,16\n"
                                  "gemma3:4b,skipped_run,ttft_p50,tpot_p50\n"
                                  "phi3:mini,ok,90,11\n");
  EXPECT_TRUE(testing::has_row(first, "[1].ttft_ms"));
  EXPECT_TRUE(testing::has_row(first, "[4].ttft_ms"));
  EXPECT_TRUE(first.warnings.empty());
}

// "=== (1) TTFT DISTRIBUTION (...) ===" over "P50_S=0.202 ...": the title names the quantity
// of figures that name their statistic only; a line of one figure with its unit is read too.
TEST(RecordInference, AConsoleTitleNamesTheQuantityOfItsStatistics) {
  const auto r = testing::run(FileType::text,
                              "=== PERF ANGLES: qwen3.6-35b (max_ctx=65536) ===\n"
                              "MEM_USED_AFTER_LOAD_BYTES=45126664192\n"
                              "=== (1) TTFT DISTRIBUTION (short prompt, 30 requests) ===\n"
                              "COLD_S=0.599\n"
                              "WARM_N=29 P50_S=0.202 P95_S=0.222 MEAN_S=0.205\n");
  EXPECT_EQ(metric_of(testing::at(r, "line[4].COLD_S")), "ttft");  // a cold start's TTFT
  const auto& p50 = testing::at(r, "line[5].P50_S");
  EXPECT_EQ(metric_of(p50), "ttft");
  EXPECT_EQ(p50.statistic, "median");
  EXPECT_EQ(p50.unit, "s");
  EXPECT_EQ(p50.context.model, "qwen3.6-35b");
  const auto& memory = testing::at(r, "line[2].MEM_USED_AFTER_LOAD_BYTES");
  EXPECT_EQ(metric_of(memory), "memory");
  EXPECT_EQ(memory.unit, "bytes");
}

// A single pair that sets something, or names no unit, is no figure.
TEST(RecordInference, ASinglePairWithoutAMeasuredQuantityIsNoFigure) {
  const auto r = testing::run(FileType::text,
                              "CUDA_VISIBLE_DEVICES=0\n"
                              "MAX_TOKENS=512\n"
                              "RESULT=42\n");
  EXPECT_TRUE(r.rows.empty());
}

// llama.cpp's loader names the device it runs on; a converter's generic file name keeps the
// folders that name the model.
TEST(RecordInference, ALlamaCppLogNamesItsDeviceAndItsModelsFolders) {
  const auto r = testing::run(
      FileType::text,
      "+ ./bin/llama-cli --model ../models-mnt/pythia/1.4B/ggml-model-q4_0.gguf -ngl 99\n"
      "0.00.010.717 I llama_load_model_from_file: using device Metal (Apple M4) - 10922 MiB "
      "free\n"
      "0.00.700.001 I llama_perf_context_print:        load time =     695.75 ms\n"
      "0.00.700.002 I llama_perf_context_print:        eval time =     635.96 ms /    63 runs   "
      "(   10.09 ms per token,    99.06 tokens per second)\n");
  const auto& rate = testing::at(r, "llama_timings[0].eval time rate");
  EXPECT_EQ(rate.context.gpu, "Apple M4");
  EXPECT_EQ(rate.context.model, "pythia/1.4B/ggml-model-q4_0");
  EXPECT_EQ(rate.context.quantization, "Q4_0");
}

// "Angaben sind in avg. tokens/sec" over a table whose columns are machines: each figure is a
// mean token rate, measured on its column's machine (and "M4 Max" is a chip, no maximum).
TEST(RecordInference, ACaptionAndMachineColumnsSayWhatATablesFiguresAre) {
  const auto r = testing::run(FileType::markdown,
                              "## Vergleich\n\n"
                              "Angaben sind in avg. tokens/sec\n\n"
                              "| Modell | MacBook Pro M1 Pro 16GB | Mac Studio M4 Max 128GB |\n"
                              "|---|---|---|\n"
                              "| Mistral:7b | 13.64 | 33.07 |\n");
  const auto& max = testing::at(r, "table[0][0].Mac Studio M4 Max 128GB");
  EXPECT_EQ(metric_of(max), "token_rate");
  EXPECT_EQ(max.statistic, "mean");
  EXPECT_EQ(max.unit, "tok/s");
  EXPECT_EQ(max.context.gpu, "M4 Max 128GB");
  EXPECT_EQ(testing::at(r, "table[0][0].MacBook Pro M1 Pro 16GB").context.gpu, "M1 Pro 16GB");
  // No caption: the figures stay unnamed, the machines still label them.
  const auto bare = testing::run(FileType::markdown,
                                 "| Model | RTX 4090 | RTX 3090 |\n|---|---|---|\n"
                                 "| llama3:8b | 120.5 | 98.1 |\n");
  const auto& rtx = testing::at(bare, "table[0][0].RTX 4090");
  EXPECT_EQ(metric_of(rtx), "unknown");
  EXPECT_EQ(rtx.context.gpu, "RTX 4090");
}

TEST(RecordInference, NamesThatSayWhatTheyCount) {
  EXPECT_EQ(metrics::classify("Gen toks").metric->id, "output_tokens");
  EXPECT_EQ(metrics::classify("Prompt toks").metric->id, "input_tokens");
  EXPECT_EQ(metrics::classify("Gen toks/s").metric->id, "decode_rate");
  EXPECT_NE(metrics::classify("M4 Max tok/s").statistic, "max");
  EXPECT_EQ(metrics::classify("max tok/s").statistic, "max");
  EXPECT_EQ(metrics::classify("cpu_count").parameter->id, "cpu_cores");
  EXPECT_EQ(metrics::classify("RAM class").parameter->id, "system_memory");
  // A machine's description: beside its CPU cores, its RAM is the memory installed; a monitor's
  // "ram_mb" of each sample stays memory in use.
  const auto system = testing::run(
      FileType::json, R"({"system": {"cpu_count": 12, "ram_gb": 14.9}, "eval_ms": 3})");
  EXPECT_EQ(testing::at(system, "system.ram_gb").parameter, "system_memory");
  const auto monitor = testing::run(FileType::csv, "timestamp,cpu_percent,ram_mb\n1,5,812\n");
  EXPECT_EQ(testing::at(monitor, "[0].ram_mb").metric_id(), "memory");
  EXPECT_EQ(metrics::classify("LOADED_AFTER_S").metric->id, "load_time");
}

// LLMPerf's "mean_input_tokens" of 1024 before its measured "number_input_tokens_mean": the
// length the sweep asked for.
TEST(RecordInference, AnAskedMeanLengthBeforeTheMeasuredOneIsASetting) {
  const auto r = testing::run(FileType::csv,
                              "concurrency,mean_input_tokens,mean_output_tokens,ttft_s_mean,"
                              "number_input_tokens_mean,number_output_tokens_mean,benchmark_case\n"
                              "128,1024,512,3.65,1023.52,594.29,"
                              "deepseek-ai-DeepSeek-R1-Distill-Qwen-32B_1024_512\n");
  // (LLMPerf's name of the result: the model, then the lengths the row asked for.)
  EXPECT_EQ(testing::at(r, "[0].ttft_s_mean").context.model,
            "deepseek-ai-DeepSeek-R1-Distill-Qwen-32B");
  const auto& asked = testing::at(r, "[0].mean_input_tokens");
  EXPECT_EQ(asked.role, metrics::Role::parameter);
  EXPECT_EQ(asked.parameter, "input_len");
  EXPECT_EQ(metric_of(testing::at(r, "[0].number_input_tokens_mean")), "input_tokens");
}

// "OK/Total" of "3/3": the requests that succeeded, and those that failed (all less them).
TEST(RecordInference, AnOkOfTotalCellCountsSuccessesAndFailures) {
  const auto r = testing::run(FileType::markdown,
                              "| Model | OK/Total | Gen tok/s (mean) |\n|---|---:|---:|\n"
                              "| gemma3:1b | 2/3 | 91.40 |\n");
  std::vector<const MetricRow*> counts;
  for (const auto& row : r.rows) {
    if (row.locator == "table[0][0].OK/Total") counts.push_back(&row);
  }
  ASSERT_EQ(counts.size(), 2u);
  EXPECT_EQ(counts[0]->metric_id(), "requests");
  EXPECT_EQ(counts[0]->value, 2);
  EXPECT_EQ(counts[1]->metric_id(), "failed_requests");
  EXPECT_EQ(counts[1]->value, 1);
}

// "Total s" of each request is its end-to-end latency, and "Total s (mean)" the mean of them (a
// run's total with no statistic, "Total (s)", stays its duration).
TEST(RecordInference, AMeanOfRequestsTotalTimesIsTheirMeanLatency) {
  const auto r = testing::run(FileType::markdown,
                              "| Model | Total s (mean) | Total (s) |\n|---|---:|---:|\n"
                              "| gemma3:1b | 3.11 | 9.4 |\n");
  EXPECT_EQ(testing::at(r, "table[0][0].Total s (mean)").metric_id(), "e2e_latency");
  EXPECT_EQ(testing::at(r, "table[0][0].Total (s)").metric_id(), "duration");
}

// llama-perplexity's estimate: a perplexity (lower is better), not a ratio of two.
TEST(RecordInference, PerplexityIsAMetricOfItsOwn) {
  const auto r = testing::run(FileType::text,
                              "+ ./bin/llama-perplexity --model models/pythia-1.4b-q4_0.gguf\n"
                              "0.00.777.928 I Final estimate: PPL = 11.1740 +/- 3.48446\n");
  const auto& ppl = testing::at(r, "llama_perplexity[0].PPL");
  EXPECT_EQ(ppl.metric_id(), "perplexity");
  EXPECT_EQ(ppl.value, 11.174);
  EXPECT_EQ(ppl.context.model, "pythia-1.4b-q4_0");
  EXPECT_EQ(metrics::classify("Perplexity (wiki.test)").metric->id, "perplexity");
  EXPECT_EQ(metrics::classify("PPL ratio").metric, nullptr);
}

// Held-out set 34: an object of differences between two runs ("q4_change_relative_to_q8") holds
// deltas, of no one precision; a statistic's own key under such a name (AIPerf's
// "osl_mismatch_diff_pct": {"avg": ...}) keeps its statistic.
TEST(RecordInference, AnObjectOfChangesHoldsDeltas) {
  const auto r =
      testing::run(FileType::json, R"({"held_constant": {"model": "Qwen3.8-27B-IQ4_XS.gguf"},
    "q8": {"ttft_ms": 481.6},
    "q4_change_relative_to_q8": {"ttft_percent": -0.846, "sampled_peak_vram_mib": -7.333},
    "osl_mismatch_diff_pct": {"unit": "%", "avg": 1.5}})");
  const auto& change = testing::at(r, "q4_change_relative_to_q8.ttft_percent");
  EXPECT_EQ(change.statistic, "delta");
  EXPECT_NE(change.context.quantization, "Q8");
  EXPECT_EQ(testing::at(r, "q4_change_relative_to_q8.sampled_peak_vram_mib").statistic, "delta");
  EXPECT_EQ(testing::at(r, "q8.ttft_ms").statistic, "value");
  EXPECT_EQ(testing::at(r, "osl_mismatch_diff_pct.avg").statistic, "mean");
}

// Held-out set 35: a summary listing the levels and profiles it ran ("concurrencies": [1, 2],
// "profiles": ["LL", "SS"]) and keying its results by them: the list's numbers are settings, the
// keyed objects' figures that level's and that profile's. (A table's "Context Lengths" 7 counts
// them, no setting.)
TEST(RecordInference, ResultsKeyedByTheListedLevelsAndProfiles) {
  const auto r = testing::run(FileType::json, R"({"profiles": ["LL", "SS"],
    "concurrencies": [1, 2],
    "by_profile": {"LL": {"1": {"ttft_s": {"n": 21, "mean": 0.035}},
                          "2": {"ttft_s": {"n": 21, "mean": 0.041},
                                "total_s": {"n": 21, "mean": 0.43, "p50": 0.41, "p99": 0.6}}},
                   "SS": {"1": {"ttft_s": {"n": 21, "mean": 0.02}}}}})");
  EXPECT_EQ(testing::at(r, "concurrencies[0]").role, metrics::Role::parameter);
  const auto& ll2 = testing::at(r, "by_profile.LL.2.ttft_s.mean");
  EXPECT_EQ(ll2.context.concurrency, "2");
  EXPECT_EQ(ll2.context.config, "profile=LL");
  EXPECT_EQ(testing::at(r, "by_profile.SS.1.ttft_s.mean").context.config, "profile=SS");
  // (The requests' total times' percentiles: their end-to-end latency.)
  EXPECT_EQ(testing::at(r, "by_profile.LL.2.total_s.p99").metric_id(), "e2e_latency");
  const auto table =
      testing::run(FileType::markdown,
                   "| Backend | Context Lengths | Reps |\n|---|---|---|\n| ollama | 7 "
                   "| 10 |\n");
  EXPECT_NE(testing::at(table, "table[0][0].Context Lengths").role, metrics::Role::parameter);
}

// Held-out set 36: a model path into a Hugging Face cache names the repository (not the
// snapshot's hash); a bare "ts" the size of a Unix time is a timestamp, no rate; objects keyed by
// a level under "concurrency" hold that level's figures, "agg_tps" all the requests' output rate.
TEST(RecordInference, ACachePathATimestampAndLevelsUnderConcurrency) {
  const auto r = testing::run(FileType::json, R"({"label": "qwen3-4b", "ts": 1780811207,
    "server_info": {"model_path":
      "/root/.cache/huggingface/hub/models--Qwen--Qwen3-VL-8B-Instruct/snapshots/0c351dd01ed8"},
    "concurrency": {"1": {"agg_tps": 63.9}, "4": {"agg_tps": 273.7}}})");
  EXPECT_EQ(testing::at(r, "ts").role, metrics::Role::timestamp);
  const auto& four = testing::at(r, "concurrency.4.agg_tps");
  EXPECT_EQ(four.metric_id(), "output_throughput");
  EXPECT_EQ(four.context.concurrency, "4");
  EXPECT_EQ(four.context.model, "Qwen/Qwen3-VL-8B-Instruct");
  // (A metric's object listing its runs: their samples, not a count of runs.)
  const auto runs = testing::run(FileType::json,
                                 R"({"runs": 3, "ttft_ms": {"mean": 31.9, "runs": [31.6, 32.4]}})");
  const auto& run = testing::at(runs, "ttft_ms.runs[1]");
  EXPECT_EQ(run.metric_id(), "ttft");
  EXPECT_EQ(run.statistic, "sample");
  EXPECT_EQ(testing::at(runs, "runs").role, metrics::Role::parameter);
}

// Held-out set 36: a harness's record holding llama-bench's records ("quant": "f16", the cache's
// type, over "model_type": "llama 3B Q6_K"): each inner record keeps its own weights' type.
TEST(RecordInference, AnInnerRecordKeepsItsModelsOwnPrecision) {
  const auto r = testing::run(FileType::json, R"({"name": "llama-3.2-3b", "quant": "f16",
    "raw": [{"model_type": "llama 3B Q6_K", "n_prompt": 512, "n_gen": 0, "n_depth": 0,
             "avg_ts": 1538.2}]})");
  EXPECT_EQ(testing::at(r, "raw[0].avg_ts").context.quantization, "Q6_K");
  // (A run's "generation_tokens": the tokens it generated.)
  const auto run =
      testing::run(FileType::csv, "model,generation_tokens,total_seconds\nq,1793,31.76\n");
  EXPECT_EQ(testing::at(run, "[0].generation_tokens").metric_id(), "output_tokens");
}

// Held-out set 39: a figure beside its "_std" is a mean; an "_err" beside a figure is its standard
// error (the same metric); a record's key a settings object sets to the same value is that
// setting again.
TEST(RecordInference, SpreadSiblingsAndSettingsRepeatedInRecords) {
  const auto r = testing::run(FileType::json, R"({"model": "qwen2.5-1.5b-instruct",
"settings": {"tg_tokens": 64, "pp_tokens": 256, "reps": 3},
"rows": [{"quant": "Q4_K_M", "pp_tokens": 256, "tg_tokens": 64, "tg_tps": 21.96,
          "tg_tps_std": 0.066, "ppl": 11.52, "ppl_err": 0.44}]})");
  const auto& tg = testing::at(r, "rows[0].tg_tps");
  EXPECT_EQ(tg.metric_id(), "decode_rate");
  EXPECT_EQ(tg.statistic, "mean");
  EXPECT_EQ(testing::at(r, "rows[0].tg_tps_std").statistic, "std");
  const auto& err = testing::at(r, "rows[0].ppl_err");
  EXPECT_EQ(err.metric_id(), "perplexity");
  EXPECT_EQ(err.statistic, "sem");
  EXPECT_EQ(testing::at(r, "rows[0].ppl").statistic, "value");
  EXPECT_EQ(testing::at(r, "rows[0].tg_tokens").role, metrics::Role::parameter);
  EXPECT_EQ(testing::at(r, "rows[0].pp_tokens").parameter, "input_len");
  // (A record's own value of a key the settings set otherwise stays its own.)
  const auto own = testing::run(FileType::json, R"({"settings": {"tg_tokens": 64},
"rows": [{"tg_tokens": 60, "tg_tps": 21.96}]})");
  EXPECT_EQ(testing::at(own, "rows[0].tg_tokens").role, metrics::Role::metric);
  EXPECT_EQ(testing::at(own, "rows[0].tg_tokens").note.find("the setting"), std::string::npos);
}

// {"llama_cpp": "b11254 (8019dc563)"}: a top-level key naming an engine (or its version) says what
// served the document's figures.
TEST(RecordInference, ATopLevelEngineKeyNamesTheBackend) {
  const auto r = testing::run(FileType::json, R"j({"model": "qwen2.5-1.5b-instruct",
"llama_cpp": "b11254 (8019dc563)", "rows": [{"quant": "F16", "tg_tps": 7.4}]})j");
  EXPECT_EQ(testing::at(r, "rows[0].tg_tps").context.backend, "llama.cpp");
  const auto v =
      testing::run(FileType::json, R"({"vllm_version": "0.18.0", "output_throughput": 102.4})");
  EXPECT_EQ(testing::at(v, "output_throughput").context.backend, "vllm");
  const auto none =
      testing::run(FileType::json, R"({"runner": "mine", "output_throughput": 102.4})");
  EXPECT_EQ(testing::at(none, "output_throughput").context.backend, "");
}

// "requests_err" beside "requests" is a count of failures, no standard error; a script that
// records every package's version names no one engine.
TEST(RecordInference, ErrorCountsAndPackageVersionsAreNoSpreadNorEngine) {
  const auto r = testing::run(FileType::json,
                              R"({"results": [{"requests": 100, "requests_err": 3, "ppl": 11.5,
                                 "ppl_err": 0.4}]})");
  EXPECT_NE(testing::at(r, "results[0].requests_err").statistic, "sem");
  EXPECT_EQ(testing::at(r, "results[0].ppl_err").statistic, "sem");
  const auto v = testing::run(FileType::json, R"({"transformers_version": "4.44.0",
"vllm_version": "0.6.1", "results": [{"model": "llama3-8b", "output_tps": 31.5}]})");
  EXPECT_EQ(testing::at(v, "results[0].output_tps").context.backend, "");
}

}  // namespace
}  // namespace chimera::ingest
