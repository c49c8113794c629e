// Ingest rows say what each number is: the cases of the metric-identity issue, one test each,
// on small inputs written here (the real files of the tools are in tests/fixtures/peers).
#include <gtest/gtest.h>

#include "chimera/core/text.hpp"
#include "chimera/ingest/harvest.hpp"
#include "ingest_helpers.hpp"

namespace chimera::ingest {
namespace {

using testing::at;
using testing::run;

TEST(Identity, GuideLlmStatsBlockKeepsItsMetricAndUnit) {
  const auto r = run(FileType::json, R"({"benchmarks": [{"args": {"strategy": {"type_": "constant",
    "rate": 5.0}}, "worker": {"backend_model": "llama3"}, "metrics": {"time_to_first_token_ms":
    {"successful": {"min": 53.7, "median": 60.1, "count": 46, "percentiles": {"p999": 90.5}},
     "errored": {"mean": 12.0}}}}]})");
  const auto& min = at(r, "benchmarks[0].metrics.time_to_first_token_ms.successful.min");
  EXPECT_EQ(min.metric_id(), "ttft");
  EXPECT_EQ(min.statistic, "min");
  EXPECT_DOUBLE_EQ(*min.normalized, 53.7);  // not 3,222,000 ms of "minutes"
  EXPECT_EQ(min.normalized_unit, "ms");
  EXPECT_EQ(min.context.model, "llama3");
  EXPECT_EQ(min.context.rate, "5.0");
  EXPECT_EQ(min.context.config, "constant");
  const auto& count = at(r, "benchmarks[0].metrics.time_to_first_token_ms.successful.count");
  EXPECT_EQ(count.statistic, "count");
  EXPECT_EQ(count.normalized_unit, "count");
  EXPECT_EQ(
      at(r, "benchmarks[0].metrics.time_to_first_token_ms.successful.percentiles.p999").statistic,
      "p99.9");
  EXPECT_EQ(at(r, "benchmarks[0].metrics.time_to_first_token_ms.errored.mean").status,
            RowStatus::failed);
}

TEST(Identity, GuideLlmRequestsSecondsMomentsAndLimits) {
  const auto r = run(FileType::json, R"({"args": {"max_errors": 5, "max_seconds": 900},
    "benchmarks": [{"config": {"constraints": {"max_seconds": {"max_duration": 900}}},
    "scheduler_state": {"progress": {"total_duration": 900.2}},
    "metrics": {"request_latency": {"successful": {"mean": 30.6, "std_dev": 0.11}}},
    "requests": {"successful": [{"request_latency": 23.37, "first_token_time": 1745000000.5,
      "queued_time": 1745000000.1, "completed_at": 1745000023.9, "dequeued": 1745000000.2}]}}]})");
  const std::string req = "benchmarks[0].requests.successful[0].";
  const auto& latency = at(r, req + "request_latency");
  EXPECT_EQ(latency.unit, "s");  // GuideLLM's per-request times are seconds
  EXPECT_DOUBLE_EQ(*latency.normalized, 23370.0);
  for (const char* moment : {"first_token_time", "queued_time", "completed_at", "dequeued"}) {
    EXPECT_EQ(at(r, req + moment).role, metrics::Role::timestamp) << moment;
    EXPECT_EQ(at(r, req + moment).metric, nullptr) << moment;  // no TTFT of 1.7e9
  }
  EXPECT_EQ(at(r, "benchmarks[0].scheduler_state.progress.total_duration").unit, "s");  // not ns
  const auto& spread = at(r, "benchmarks[0].metrics.request_latency.successful.std_dev");
  EXPECT_EQ(spread.metric_id(), "e2e_latency");  // the block's metric, not a bare duration
  EXPECT_EQ(spread.statistic, "std");
  // The run's bounds are settings, not a count of failures or a duration measured.
  EXPECT_EQ(at(r, "args.max_errors").role, metrics::Role::parameter);
  EXPECT_EQ(at(r, "args.max_errors").parameter, "limit");
  EXPECT_EQ(at(r, "args.max_seconds").parameter, "duration_limit");
  EXPECT_EQ(at(r, "benchmarks[0].config.constraints.max_seconds.max_duration").role,
            metrics::Role::parameter);
}

// Held-out set 21: one request's rate is its decode rate; a sweep's measured rates are
// measurements.
TEST(Identity, GuideLlmRequestRatesAndASweepsMeasuredRates) {
  const auto r = run(FileType::json, R"({"benchmarks": [{
    "args": {"profile": {"measured_rates": [9.78], "measured_concurrencies": [22.8]}},
    "metrics": {"output_tokens_per_second": {"successful": {"mean": 1200.5}}},
    "requests": {"successful": [{"output_tokens_per_second": 54.9}]}}]})");
  EXPECT_EQ(at(r, "benchmarks[0].requests.successful[0].output_tokens_per_second").metric_id(),
            "decode_rate");
  EXPECT_EQ(at(r, "benchmarks[0].metrics.output_tokens_per_second.successful.mean").metric_id(),
            "output_throughput");
  const auto& rate = at(r, "benchmarks[0].args.profile.measured_rates[0]");
  EXPECT_EQ(rate.metric_id(), "request_throughput");
  EXPECT_EQ(rate.unit, "req/s");
  EXPECT_EQ(at(r, "benchmarks[0].args.profile.measured_concurrencies[0]").metric_id(),
            "concurrency");
}

// A request the run cut off keeps its figures apart (incomplete, as GuideLLM's own statistics
// keep it), its error the reason; an errored one loses them.
TEST(Identity, GuideLlmIncompleteRequestIsNoFailedOne) {
  const auto r = run(FileType::json, R"({"benchmarks": [{"requests": {
    "incomplete": [{"error": "TimeoutError: The request timed out before completing.",
      "output_tokens": 75, "request_latency": 2.47, "first_token_time": 1753051225.85}],
    "errored": [{"error": "ConnectionError: refused", "output_tokens": 0,
      "request_latency": 0.01}]}}]})");
  const std::string cut = "benchmarks[0].requests.incomplete[0].";
  const auto& tokens = at(r, cut + "output_tokens");
  EXPECT_EQ(tokens.status, RowStatus::incomplete);
  ASSERT_TRUE(tokens.value.has_value());
  EXPECT_DOUBLE_EQ(*tokens.value, 75.0);
  EXPECT_NE(tokens.note.find("TimeoutError"), std::string::npos);
  EXPECT_EQ(at(r, cut + "request_latency").status, RowStatus::incomplete);
  EXPECT_EQ(at(r, cut + "first_token_time").status, RowStatus::incomplete);
  const auto& errored = at(r, "benchmarks[0].requests.errored[0].request_latency");
  EXPECT_EQ(errored.status, RowStatus::failed);
  EXPECT_FALSE(errored.value.has_value());
}

// GuideLLM's CSV export: a run's UUID tells runs apart, it names no configuration.
// A Jetson's power mode and a GPU's power limit: the power a device was set to, no power drawn.
TEST(Identity, APowerModeIsASettingNoPowerDrawn) {
  const auto r = run(FileType::csv, "model,power_mode,eval_rate_tps\nllama3:8b,15W,4.82\n");
  const auto& mode = at(r, "[0].power_mode");
  EXPECT_EQ(mode.role, metrics::Role::parameter);
  EXPECT_EQ(mode.parameter, "power_mode");
  EXPECT_EQ(at(r, "[0].eval_rate_tps").context.config, "power_mode=15W");
  const auto gpu = run(FileType::json, R"({"gpu": [{"power_draw": 80.5, "power_limit": 175.0}]})");
  EXPECT_EQ(at(gpu, "gpu[0].power_limit").role, metrics::Role::parameter);
  EXPECT_EQ(at(gpu, "gpu[0].power_draw").metric_id(), "power");
}

TEST(Identity, RunIdIsNoConfiguration) {
  const auto r = run(FileType::csv,
                     "Run ID,Benchmark Strategy,TTFT ms\n"
                     "ba475323-e28d-4138-bd8e-8935844c0b5f,concurrent,12.5\n"
                     "9f86d081884c7d659a2feaa0c55ad015,sweep,13.5\n"
                     "run-a,sweep,14.5\n");
  EXPECT_EQ(at(r, "[0].TTFT ms").context.config, "Benchmark Strategy=concurrent");
  EXPECT_EQ(at(r, "[1].TTFT ms").context.config, "Benchmark Strategy=sweep");
  EXPECT_NE(at(r, "[2].TTFT ms").context.config.find("run-a"), std::string::npos);  // a name
}

TEST(Identity, GuideLlmEmptySubsetsAndRequestedLengthsAreNoMeasurements) {
  const auto r = run(FileType::json, R"({"benchmarks": [{"config": {"spec": {"data": [
    {"prompt_tokens": 32, "output_tokens": 8}]}}, "metrics": {"time_to_first_token_ms": {
    "successful": {"count": 12, "mean": 11.5}, "errored": {"count": 0, "mean": 0.0,
    "percentiles": {"p50": 0.0}}}}}]})");
  const std::string ttft = "benchmarks[0].metrics.time_to_first_token_ms.";
  EXPECT_DOUBLE_EQ(*at(r, ttft + "successful.mean").value, 11.5);
  const auto& placeholder = at(r, ttft + "errored.mean");
  EXPECT_FALSE(placeholder.value.has_value());  // no request errored: 0.0 means nothing
  EXPECT_NE(placeholder.note.find("no request"), std::string::npos);
  EXPECT_FALSE(at(r, ttft + "errored.percentiles.p50").value.has_value());
  EXPECT_DOUBLE_EQ(*at(r, ttft + "errored.count").value, 0.0);  // the count itself is real
  const auto& asked = at(r, "benchmarks[0].config.spec.data[0].prompt_tokens");
  EXPECT_EQ(asked.role, metrics::Role::parameter);  // the workload asked for, not tokens seen
  EXPECT_EQ(asked.parameter, "input_len");
  EXPECT_EQ(at(r, "benchmarks[0].config.spec.data[0].output_tokens").parameter, "output_len");
  // GuideLLM 0.8's round-trip times of a run without round trips: 0 for every request counted.
  const auto v08 = run(FileType::json, R"({"benchmarks": [{"metrics": {
    "time_to_last_round_trip_ms": {"successful": {"count": 2, "mean": 0.0, "max": 0.0}},
    "request_latency": {"successful": {"count": 2, "mean": 0.0, "min": 0.0, "max": 1.2}}}}]})");
  const std::string m = "benchmarks[0].metrics.";
  EXPECT_FALSE(at(v08, m + "time_to_last_round_trip_ms.successful.mean").value.has_value());
  EXPECT_DOUBLE_EQ(*at(v08, m + "time_to_last_round_trip_ms.successful.count").value, 2.0);
  EXPECT_TRUE(at(v08, m + "request_latency.successful.min").value.has_value());  // one sample 0
  EXPECT_EQ(v08.warnings.size(), 1u);
}

TEST(Identity, GuideLlmStrategyCapIsNoConcurrencyAndNewMetricsKeepTheirUnit) {
  const auto r = run(FileType::json, R"({"benchmarks": [{"config": {"strategy": {
    "type_": "constant", "worker_count": 10, "max_concurrency": 10240, "rate": 2.0,
    "rampup_duration": 0.0}}, "metrics": {"time_to_first_token_ms": {"successful": {
    "count": 2, "mean": 11.5}}, "time_to_first_output_token_ms": {"successful": {
    "count": 2, "mean": 11.4}}}}]})");
  const std::string m = "benchmarks[0].metrics.";
  const auto& ttft = at(r, m + "time_to_first_token_ms.successful.mean");
  EXPECT_EQ(ttft.context.rate, "2.0");
  EXPECT_EQ(ttft.context.concurrency, "");  // 10240 is a cap of a constant-rate run
  const std::string s = "benchmarks[0].config.strategy.";
  EXPECT_EQ(at(r, s + "max_concurrency").parameter, "limit");
  EXPECT_EQ(at(r, s + "worker_count").parameter, "workers");
  EXPECT_EQ(at(r, s + "rampup_duration").role, metrics::Role::parameter);
  const auto& ttfot = at(r, m + "time_to_first_output_token_ms.successful.mean");
  EXPECT_EQ(ttfot.metric_id(), "unknown");  // after reasoning tokens: no TTFT of ours
  EXPECT_EQ(ttfot.unit, "ms");              // but in the unit its name says
  EXPECT_EQ(at(r, m + "time_to_first_output_token_ms.successful.count").unit, "count");
  // GuideLLM 0.8: tokens per engine iteration (a ratio, no position and no token count), the
  // scheduler's averages in seconds, and request records that name no quantity of their own.
  const auto v08 = run(FileType::json, R"({"benchmarks": [{"scheduler_metrics": {
    "queued_time_avg": 4.5, "request_start_delay_avg": 0.0002}, "metrics": {
    "output_tokens_per_iteration": {"successful": {"count": 2, "mean": 1.0}}},
    "requests": {"successful": [{"iter_tokens_per_iteration": 1.002}]}}]})");
  const auto& per_iter =
      at(v08, "benchmarks[0].metrics.output_tokens_per_iteration.successful.mean");
  EXPECT_EQ(per_iter.role, metrics::Role::metric);
  EXPECT_EQ(per_iter.metric_id(), "unknown");
  EXPECT_EQ(per_iter.unit, "");
  EXPECT_EQ(at(v08, "benchmarks[0].requests.successful[0].iter_tokens_per_iteration").metric_id(),
            "unknown");  // not a count of requests
  const auto& queued = at(v08, "benchmarks[0].scheduler_metrics.queued_time_avg");
  EXPECT_EQ(queued.metric_id(), "queue_time");
  EXPECT_DOUBLE_EQ(*queued.normalized, 4500.0);
  EXPECT_EQ(at(v08, "benchmarks[0].scheduler_metrics.request_start_delay_avg").unit, "s");
}

TEST(Identity, AOneNameListLabelsItsHolderAndAListOfSeveralDoesNot) {
  const auto one =
      run(FileType::json, R"({"model_names": ["openai/gpt-oss-20b"], "ttft_ms": 12.5})");
  EXPECT_EQ(at(one, "ttft_ms").context.model, "openai/gpt-oss-20b");
  // What was run, one after another: none of them is the configuration of the shared block.
  const auto several = run(FileType::json, R"({"model": {"num_heads": 4},
    "settings": {"runs": 10, "backends": ["eager", "jit", "torch_compile"]},
    "backends": {"eager": {"backend": "eager", "mean_time_ms": 0.79},
                 "jit": {"backend": "jit", "mean_time_ms": 0.81}}})");
  EXPECT_EQ(at(several, "model.num_heads").context.backend, "");
  EXPECT_EQ(at(several, "backends.jit.mean_time_ms").context.backend, "jit");
}

TEST(Identity, GuideLlmCsvsGroupedHeaderNamesEachColumnAndItsJsonCellsTheRun) {
  const auto r = run(FileType::csv,
                     "Run Info,Run Info,Timings,Request Latency,Request Latency,"
                     "Time to First Token,Token Streaming\n"
                     "Profile,Backend,Duration,Successful Sec,Successful Sec,Successful ms,"
                     "Successful Output Tokens/Iter\n"
                     ",,Sec,Mean,Percentiles,Mean,Mean\n"
                     "\"{\"\"kind\"\": \"\"concurrent\"\", \"\"streams\"\": [1]}\","
                     "\"{\"\"kind\"\": \"\"openai_http\"\", \"\"model\"\": \"\"gemma-4\"\"}\","
                     "447.2,55.89,\"[53.5, 54.0]\",1092.2,1.003\n");
  EXPECT_EQ(r.format, "guidellm csv");
  const auto& latency = at(r, "[0].Request Latency Successful Sec Mean");
  EXPECT_EQ(latency.metric_id(), "e2e_latency");
  EXPECT_EQ(latency.statistic, "mean");
  EXPECT_DOUBLE_EQ(*latency.normalized, 55890.0);  // seconds, from the second header row
  EXPECT_EQ(latency.context.model, "gemma-4");     // from the Backend cell's JSON
  EXPECT_EQ(latency.context.concurrency, "1");     // the Profile's streams
  EXPECT_EQ(at(r, "[0].Time to First Token Successful ms Mean").metric_id(), "ttft");
  EXPECT_DOUBLE_EQ(*at(r, "[0].Timings Duration Sec").normalized, 447200.0);
  EXPECT_EQ(at(r, "[0].Token Streaming Successful Output Tokens/Iter Mean").metric_id(),
            "unknown");  // tokens per iteration: no token count
}

// Held-out set 8 (GuideLLM 0.6's CSV): its columns are its JSON's fields, read as those are.
TEST(Identity, GuideLlmCsvsCountsAreItsJsonsCounts) {
  const auto r = run(FileType::csv,
                     "Run Info,Run Info,Request Counts,Request Counts,Request Counts,"
                     "Scheduler State,Scheduler State\n"
                     "Profile,Backend,Successful,Incomplete,Total,Num Processes,"
                     "Processed Requests\n"
                     "\"{}\",\"{}\",1,0,1,1,1\n");
  EXPECT_EQ(r.format, "guidellm csv");
  EXPECT_EQ(at(r, "[0].Request Counts Successful").metric_id(), "requests");
  EXPECT_EQ(at(r, "[0].Request Counts Incomplete").status, RowStatus::incomplete);
  EXPECT_EQ(at(r, "[0].Request Counts Total").status, RowStatus::all);
  EXPECT_EQ(at(r, "[0].Scheduler State Num Processes").parameter, "workers");
  EXPECT_EQ(at(r, "[0].Scheduler State Processed Requests").role, metrics::Role::identifier);
}

// Held-out set 21 (a later GuideLLM's CSV): its "Percentiles" cells list [min, p001, p01, p05,
// p10, p25, p75, p90, p95, p99, max] (its csv.py), and a column's status names whose requests a
// statistic is of.
TEST(Identity, GuideLlmCsvsPercentileListsAndStatusesAreRead) {
  const auto r = run(FileType::csv,
                     "Run Info,Timings,Time to First Token,Time to First Token,"
                     "Time to First Token,Server Throughput\n"
                     "Run ID,Cooldown,Successful ms,Successful ms,Incomplete ms,"
                     "Errored Concurrency\n"
                     ",Sec,Mean,Percentiles,Mean,Mean\n"
                     "5cc7,0.0,19534.2,\"[567.9, 568.0, 568.1, 568.2, 568.3, 834.6, 37970.3, "
                     "45722.8, 45722.9, 45723.0, 45724.0]\",539.3,0.97\n");
  EXPECT_EQ(r.format, "guidellm csv");
  const auto& p99 = at(r, "[0].Time to First Token Successful ms Percentiles.p99");
  EXPECT_EQ(p99.metric_id(), "ttft");
  EXPECT_EQ(p99.statistic, "p99");
  EXPECT_DOUBLE_EQ(*p99.normalized, 45723.0);
  EXPECT_EQ(at(r, "[0].Time to First Token Successful ms Percentiles.min").statistic, "min");
  EXPECT_EQ(at(r, "[0].Time to First Token Successful ms Percentiles.p75").value, 37970.3);
  EXPECT_FALSE(testing::has_row(r, "[0].Time to First Token Successful ms Percentiles.p50"));
  EXPECT_EQ(at(r, "[0].Time to First Token Incomplete ms Mean").status, RowStatus::incomplete);
  const auto& errored = at(r, "[0].Server Throughput Errored Concurrency Mean");
  EXPECT_EQ(errored.metric_id(), "concurrency");  // no count of failed requests
  EXPECT_EQ(errored.status, RowStatus::failed);
  EXPECT_EQ(at(r, "[0].Timings Cooldown Sec").role, metrics::Role::parameter);
}

// Held-out set 40: optimum-benchmark's report printed as Markdown ("# prefill:" over "##
// latency:"), read as its JSON, each phase its test.
TEST(Identity, OptimumBenchmarksMarkdownReport) {
  const auto r = run(FileType::markdown, R"(# load_model:

## memory:

| metric | value | unit |
| ------ | ----: | ---: |
| max_global_vram  |  74065.71 | MB |
## latency:

| metric | value        | unit   |
| :----- | -----------: |------: |
| mean   |     267.937344 | s |
| stdev_ | 0.00 |      % |
# prefill:

## memory:

| metric | value | unit |
| ------ | ----: | ---: |
| max_global_vram  |  74279.62 | MB |
## latency:

| metric | value        | unit   |
| :----- | -----------: |------: |
| total  |    0.747909 | s |
| p99    |      0.076833 | s |
| stdev_ | 1.10 |      % |
## throughput:

| metric     |     value   |   unit |
| :--------- | --------:   | -----: |
| throughput | 13.37 | samples/s |
)");
  EXPECT_EQ(r.format, "optimum-benchmark report (Markdown)");
  const auto& load = at(r, "table[1][0].value");
  EXPECT_EQ(load.metric_id(), "load_time");
  EXPECT_EQ(load.context.test, "load_model");
  const auto& p99 = at(r, "table[3][1].value");
  EXPECT_EQ(p99.metric_id(), "ttft");
  EXPECT_EQ(p99.statistic, "p99");
  EXPECT_DOUBLE_EQ(*p99.normalized, 76.833);
  EXPECT_EQ(at(r, "table[3][0].value").statistic, "sum");
  EXPECT_EQ(at(r, "table[3][2].value").statistic, "cv");
  const auto& vram = at(r, "table[2][0].value");
  EXPECT_EQ(vram.context.test, "prefill");
  EXPECT_DOUBLE_EQ(*vram.normalized, 74279620000.0);             // MB of 10^6 bytes
  EXPECT_EQ(at(r, "table[4][0].value").metric_id(), "unknown");  // samples/s: no tokens
}

// Held-out set 22: optimum-benchmark's report, phase by phase.
TEST(Identity, OptimumBenchmarksPhasesAreItsLatenciesAndRates) {
  const auto r = run(FileType::json, R"({
    "load_model": {"memory": {"unit": "MB", "max_ram": 5976.195072},
                   "latency": {"unit": "s", "values": [34.98], "count": 1, "total": 34.98,
                               "mean": 34.98, "p99": 34.98, "stdev": 0, "stdev_": 0}},
    "prefill": {"memory": {"unit": "MB", "max_global_vram": 7426.408448},
                "latency": {"unit": "s", "values": [0.06], "count": 10, "total": 0.5997,
                            "mean": 0.05997, "p99": 0.0601, "stdev": 5.6e-05,
                            "stdev_": 0.0936},
                "throughput": {"unit": "samples/s", "value": 16.67}},
    "decode": {"latency": {"unit": "s", "values": [2.5], "count": 10, "total": 25.2,
                           "mean": 2.52, "p99": 2.87, "stdev": 0.13, "stdev_": 5.13},
               "throughput": {"unit": "tokens/s", "value": 24.98}},
    "per_token": {"latency": {"unit": "s", "values": [0.039], "count": 3510, "total": 143.07,
                              "mean": 0.0408, "p99": 0.0602, "stdev": 0.0234,
                              "stdev_": 57.29}}})");
  EXPECT_EQ(r.format, "optimum-benchmark report");
  EXPECT_EQ(at(r, "prefill.latency.p99").metric_id(), "ttft");
  EXPECT_DOUBLE_EQ(*at(r, "prefill.latency.p99").normalized, 60.1);
  EXPECT_EQ(at(r, "per_token.latency.mean").metric_id(), "itl");
  EXPECT_EQ(at(r, "decode.latency.mean").metric_id(), "eval_time");
  EXPECT_EQ(at(r, "load_model.latency.mean").metric_id(), "load_time");
  EXPECT_EQ(at(r, "decode.latency.total").statistic, "sum");
  const auto& cv = at(r, "decode.latency.stdev_");
  EXPECT_EQ(cv.statistic, "cv");
  EXPECT_EQ(cv.unit, "%");
  EXPECT_EQ(at(r, "decode.throughput.value").metric_id(), "decode_rate");
  EXPECT_EQ(at(r, "prefill.throughput.value").unit, "samples/s");  // sequences, no tokens
  EXPECT_DOUBLE_EQ(*at(r, "prefill.memory.max_global_vram").normalized, 7426408448.0);
}

// Held-out set 22: SGLang's bench_serving lines of late 2024, with no request_throughput.
TEST(Identity, SglangsEarlierResultLinesAreItsFormat) {
  const auto r = run(FileType::jsonl,
                     R"({"backend": "sglang", "dataset_name": "random", "request_rate": 8.0, )"
                     R"("max_concurrency": null, "total_input_tokens": 152612, )"
                     R"("total_output_tokens": 160347, "total_output_tokens_retokenized": 160192, )"
                     R"("median_ttft_ms": 85.7, "output_throughput": 537.4, "duration": 298.4, )"
                     R"("completed": 300})"
                     "\n"
                     R"({"backend": "sglang", "dataset_name": "sharegpt", "request_rate": 8.0, )"
                     R"("max_concurrency": null, "total_input_tokens": 15261, )"
                     R"("total_output_tokens": 16034, "total_output_tokens_retokenized": 16019, )"
                     R"("median_ttft_ms": 83.2, "output_throughput": 437.4, "duration": 198.4, )"
                     R"("completed": 300})"
                     "\n");
  EXPECT_EQ(r.format, "sglang bench_serving");
  const auto& out = at(r, "[0].output_throughput");
  EXPECT_EQ(out.unit, "tok/s");
  EXPECT_EQ(at(r, "[0].duration").unit, "s");
  EXPECT_EQ(at(r, "[0].total_input_tokens").statistic, "sum");
  EXPECT_NE(out.context.config, at(r, "[1].output_throughput").context.config);  // the datasets
}

// Held-out set 22: a script's CSV of runs by prompt length, and a harness's metadata block.
TEST(Identity, ARunsLengthsLabelItsRowsAndNegativeMemoryIsAChange) {
  const auto r = run(FileType::csv,
                     "model,prompt_length,input_len,Latency (ms/token),RAM Usage (MB)\n"
                     "llama,short,128,12.5,-120.5\n"
                     "llama,long,128,13.5,200\n");
  const auto& latency = at(r, "[0].Latency (ms/token)");
  EXPECT_EQ(latency.metric_id(), "tpot");  // a time per token, no request's whole latency
  EXPECT_NE(latency.context.config, at(r, "[1].Latency (ms/token)").context.config);
  EXPECT_NE(latency.context.config.find("prompt_length=short"), std::string::npos);
  EXPECT_EQ(at(r, "[0].RAM Usage (MB)").statistic, "delta");  // memory is never below zero
  EXPECT_EQ(at(r, "[1].RAM Usage (MB)").statistic, "sample");
  const auto j = run(FileType::json, R"({"metadata": {"model": "llama3.2-1b", "num_tokens": 128},
    "benchmark_results": {"ttft_ms": 184.61, "tbt_ms": 40.22}})");
  EXPECT_EQ(at(j, "metadata.num_tokens").role, metrics::Role::parameter);
  EXPECT_EQ(at(j, "benchmark_results.tbt_ms").metric_id(), "itl");
}

// Held-out set 24: a record's "name" beside its quantization is the model quantized; a header
// line's device before its other facts; an old llama.cpp's time per token.
TEST(Identity, ARecordsNameBesideItsQuantIsItsModel) {
  const auto j =
      run(FileType::jsonl, R"({"name": "gemma-4-e4b", "quant": "Q4_K_M", "device": "a770", )"
                           R"("pp_tok_s": 796.4, "tg_tok_s": 46.9})"
                           "\n");
  EXPECT_EQ(at(j, "[0].tg_tok_s").context.model, "gemma-4-e4b");
  EXPECT_EQ(at(j, "[0].tg_tok_s").metric_id(), "decode_rate");
  const auto md = run(FileType::markdown,
                      "# Inference Speed Test Results\n\n"
                      "**Device**: Apple M5 Max | 128 GB RAM | 40-core GPU\n\n"
                      "| Model | Generation tps |\n|---|---|\n| Qwen3.5-9B-MLX-4bit | 104.31 |\n");
  EXPECT_EQ(at(md, "table[0][0].Generation tps").context.gpu, "Apple M5 Max");
  const auto log = run(FileType::text,
                       "llama_print_timings:        eval time =  4178.32 ms /    31 runs   (  "
                       "134.78 ms per token)\n");
  EXPECT_EQ(at(log, "llama_timings[0].eval time per token").metric_id(), "tpot");
  EXPECT_EQ(at(log, "llama_timings[0].eval time per token").value, 134.78);
}

TEST(Identity, ACoefficientOrAMultiplierDoesNotClimbToItsParentsQuantity) {
  const auto r = run(FileType::json, R"({"vram": {"overhead_factor": 1.058, "size_power_b": 0.9,
    "used_gb": 7.5}, "latency": {"safety_factor": 0.7, "p50": 120}})");
  EXPECT_EQ(at(r, "vram.overhead_factor").metric_id(), "unknown");
  EXPECT_EQ(at(r, "vram.size_power_b").metric_id(), "unknown");
  EXPECT_EQ(at(r, "latency.safety_factor").metric_id(), "unknown");
  EXPECT_EQ(at(r, "latency.p50").metric_id(), "e2e_latency");  // a statistic of it does
}

TEST(Identity, TheFirstLlmperfsSummaryAndItsPlaceholders) {
  const auto r = run(FileType::json, R"({"framework": "vllm", "model": "llama-2-7b",
    "min_lines": 15, "max_lines": 50, "concur_requests": 2, "total_requests": 6,
    "num_valid": 2, "num_exceptions": 4, "valid_rate": 0.33, "exception_rate": 0.67})");
  EXPECT_EQ(r.format, "llmperf v1 summary");
  EXPECT_EQ(at(r, "concur_requests").parameter, "concurrency");
  EXPECT_EQ(at(r, "total_requests").parameter, "num_prompts");
  EXPECT_EQ(at(r, "min_lines").role, metrics::Role::parameter);  // no minimum of a sample
  const auto& failed = at(r, "num_exceptions");
  EXPECT_EQ(failed.metric_id(), "failed_requests");
  EXPECT_EQ(failed.context.concurrency, "2");
  EXPECT_EQ(failed.context.backend, "vllm");
  EXPECT_EQ(at(r, "exception_rate").metric_id(), "error_rate");
  EXPECT_DOUBLE_EQ(*at(r, "exception_rate").normalized, 67);
  // Its figures are means over the requests, in llmperf.py's units.
  const auto means = run(FileType::json, R"({"framework": "vllm", "concur_requests": 2,
    "total_requests": 6, "num_exceptions": 0, "total_time": 22.5, "mean_ttft": 812,
    "mean_tokens_out": 94.6, "total_tokens_per_s": 49.9, "inter_token_delay": 253.1})");
  EXPECT_EQ(at(means, "total_time").metric_id(), "e2e_latency");  // no run's duration
  EXPECT_EQ(at(means, "total_time").statistic, "mean");
  EXPECT_DOUBLE_EQ(*at(means, "total_time").normalized, 22500);
  EXPECT_DOUBLE_EQ(*at(means, "mean_ttft").normalized, 812);  // ms
  EXPECT_EQ(at(means, "mean_tokens_out").metric_id(), "output_tokens");
  EXPECT_EQ(at(means, "total_tokens_per_s").metric_id(), "unknown");  // no run's throughput
  EXPECT_EQ(at(means, "inter_token_delay").normalized_unit, "ms");
  // Its per-request file: pandas' columns of one sample per request, in seconds.
  const auto columns = run(FileType::json, R"({"valid": {"0": "Valid", "1": "Mismatch"},
    "ttft": {"0": 0.66, "1": 0.64}, "total_time": {"0": 20.59, "1": 6.23},
    "tokens_in": {"0": 491, "1": 502}, "tokens_out": {"0": 100, "1": 94}})");
  EXPECT_EQ(columns.format, "llmperf v1 responses");
  EXPECT_EQ(at(columns, "ttft.1").statistic, "sample");
  EXPECT_DOUBLE_EQ(*at(columns, "ttft.1").normalized, 640);
  EXPECT_EQ(at(columns, "total_time.0").metric_id(), "e2e_latency");
  EXPECT_EQ(at(columns, "tokens_in.0").metric_id(), "input_tokens");
  // Its per-request records write -1 where a failed request measured nothing.
  const auto raw = run(FileType::json, R"({"ttft": {"0": -1, "1": 0.25}})");
  EXPECT_FALSE(at(raw, "ttft.0").value.has_value());
  EXPECT_NE(at(raw, "ttft.0").note.find("-1 is a placeholder"), std::string::npos);
  EXPECT_TRUE(at(raw, "ttft.1").value.has_value());
}

TEST(Identity, AnAssembledSweepTablesModelNamesAndConcurrentUsers) {
  const auto r = run(FileType::csv,
                     "model_folder,model_short_name,model_full_name,hardware,ccu,ttft_mean_ms\n"
                     "minimax27,MiniMax-M2.7,MiniMaxAI/MiniMax-M2.7-FP8,4xH200,10,2121.99\n");
  const auto& ttft = at(r, "[0].ttft_mean_ms");
  EXPECT_EQ(ttft.context.model, "MiniMaxAI/MiniMax-M2.7-FP8");  // the fullest name, the last
  EXPECT_EQ(ttft.context.quantization, "FP8");
  EXPECT_EQ(ttft.context.concurrency, "10");
  EXPECT_EQ(at(r, "[0].ccu").parameter, "concurrency");  // concurrent users
}

TEST(Identity, GenaiPerfsTelemetryPerGpuIndexAndItsBackendOfAnotherService) {
  const auto r = run(FileType::json, R"({"time_to_first_token": {"unit": "ms", "avg": 1524.6},
    "records": {"inter_token_latency": {"unit": "ms", "avg": 11.8}},
    "telemetry_stats": {"gpu_power_usage": {"unit": "W", "0": {"avg": 57.06, "p99": 57.1},
      "1": {"avg": 56.9}}, "gpu_clock_memory": {"unit": "MHz", "0": {"avg": 1593.0}}},
    "input_config": {"backend": "tensorrtllm", "service_kind": "openai", "batch_size": 1}})");
  const auto& power = at(r, "telemetry_stats.gpu_power_usage.1.avg");
  EXPECT_EQ(power.metric_id(), "power");  // past the GPU's index to the quantity's name
  EXPECT_EQ(power.normalized_unit, "W");
  EXPECT_EQ(at(r, "telemetry_stats.gpu_clock_memory.0.avg").metric_id(), "unknown");  // a clock
  EXPECT_EQ(at(r, "telemetry_stats.gpu_clock_memory.0.avg").unit, "MHz");
  EXPECT_EQ(at(r, "time_to_first_token.avg").context.backend, "");  // Triton's, not this run's
  const auto triton = run(FileType::json, R"({"time_to_first_token": {"unit": "ms", "avg": 15},
    "input_config": {"service_kind": "triton", "backend": "vllm"}})");
  EXPECT_EQ(at(triton, "time_to_first_token.avg").context.backend, "vllm");
}

TEST(Identity, AnErrorColumnBesideAFigureIsItsSpread) {
  const auto r = run(FileType::csv,
                     "Model,Threads,Test,Speed (t/s),Error (t/s)\n"
                     "openelm 3B Q4_0,1,pp12,27.33,0.06\nopenelm 3B Q4_0,1,tg6,10.23,0.01\n");
  const auto& speed = at(r, "[1].Speed (t/s)");
  EXPECT_EQ(speed.metric_id(), "decode_rate");
  EXPECT_EQ(speed.statistic, "mean");  // over the repetitions its spread is of
  const auto& error = at(r, "[1].Error (t/s)");
  EXPECT_EQ(error.metric_id(), "decode_rate");
  EXPECT_EQ(error.statistic, "std");
  EXPECT_EQ(error.context.test, "tg6");
  // An error count, or a column of another unit, is no spread.
  const auto other = run(FileType::csv, "TTFT (ms),Errors\n40,2\n");
  EXPECT_EQ(at(other, "[0].TTFT (ms)").statistic, "sample");
}

TEST(Identity, GuidellmSixsCsvWithItsRowOfUnits) {
  const auto r = run(FileType::csv,
                     "Run Info,Benchmark,Benchmark,Timings,Timings,Request Counts,Request Counts,"
                     "Request Latency,Input Tokens\n"
                     "Model,Strategy,Rate,Duration,Warmup,Successful,Incomplete,Latency (s),Total\n"
                     ",,Req/s,Sec,Sec,Reqs,Reqs,Mean,Tokens\n"
                     "N/A,constant,10.0,10.02,0.0,100,0,0.1245,10100\n");
  const auto& rate = at(r, "[0].Benchmark Rate Req/s");
  EXPECT_EQ(rate.role, metrics::Role::parameter);  // configured, not measured
  EXPECT_EQ(rate.parameter, "rate");
  EXPECT_EQ(at(r, "[0].Timings Warmup Sec").role, metrics::Role::parameter);
  EXPECT_EQ(at(r, "[0].Timings Duration Sec").metric_id(), "duration");
  EXPECT_EQ(at(r, "[0].Request Counts Incomplete Reqs").status, RowStatus::incomplete);
  const auto& latency = at(r, "[0].Request Latency Latency (s) Mean");
  EXPECT_EQ(latency.metric_id(), "e2e_latency");
  EXPECT_EQ(latency.context.rate, "10.0");
  EXPECT_EQ(at(r, "[0].Input Tokens Total Tokens").statistic, "sum");
  EXPECT_EQ(at(r, "[0].Input Tokens Total Tokens").status, RowStatus::all);
}

TEST(Identity, LlamaBenchsDevicesSayWhichOfItsGpusRan) {
  const std::string header =
      "build_commit,gpu_info,model_type,n_gpu_layers,devices,n_prompt,n_gen,avg_ts,stddev_ts\n";
  const auto one = run(FileType::csv, header +
                                          "\"57affa09\",\"Tesla P100-PCIE-16GB, Tesla "
                                          "P100-PCIE-16GB\",\"qwen35 27B IQ3_S\",99,\"CUDA0\","
                                          "4096,0,202.05,0.02\n");
  EXPECT_EQ(at(one, "[0].avg_ts").context.gpu, "Tesla P100-PCIE-16GB");  // one card of two
  const auto both = run(FileType::csv, header +
                                           "\"57affa09\",\"Tesla P100-PCIE-16GB, Tesla "
                                           "P100-PCIE-16GB\",\"qwen35 27B IQ3_S\",99,"
                                           "\"CUDA0/CUDA1\",4096,0,202.05,0.02\n");
  EXPECT_EQ(at(both, "[0].avg_ts").context.gpu, "2x Tesla P100-PCIE-16GB");
  const auto all = run(FileType::csv, header +
                                          "\"57affa09\",\"Tesla P100-PCIE-16GB, Tesla "
                                          "P100-PCIE-16GB\",\"qwen35 27B IQ3_S\",99,\"auto\","
                                          "4096,0,202.05,0.02\n");
  EXPECT_EQ(at(all, "[0].avg_ts").context.gpu, "2x Tesla P100-PCIE-16GB");
}

TEST(Identity, AQuantizationReportsVariantsByKey) {
  const auto r = run(FileType::json, R"({"baseline": {"model_size_bytes": 3789},
    "qat": {"model_size_bytes": 3789}, "int8": {"model_size_bytes": 1200}})");
  EXPECT_EQ(at(r, "qat.model_size_bytes").context.quantization, "QAT");
  EXPECT_EQ(at(r, "int8.model_size_bytes").context.quantization, "INT8");
  EXPECT_EQ(at(r, "baseline.model_size_bytes").context.quantization, "");
}

TEST(Identity, GuidellmsCountOfErroredRequestsIsTheFailedRequests) {
  const auto r = run(FileType::json, R"({"benchmarks": [{"metrics": {"time_to_first_token_ms":
    {"successful": {"mean": 16.8}, "errored": {"mean": 0.0, "count": 0}}},
    "request_totals": {"successful": 46, "errored": 3, "incomplete": 1, "total": 50}}]})");
  const auto& errored = at(r, "benchmarks[0].request_totals.errored");
  EXPECT_EQ(errored.metric_id(), "failed_requests");
  EXPECT_EQ(errored.status, RowStatus::ok);  // a count of them, no figure of a failed request
  EXPECT_EQ(at(r, "benchmarks[0].request_totals.incomplete").status, RowStatus::incomplete);
}

TEST(Identity, ATableWrittenTheOtherWayRound) {
  // pandas' DataFrame.T.to_csv(): names down the first column, a sweep's levels across.
  const auto r = run(FileType::csv,
                     ",1,2,4\nconcurrency,1.0,2.0,4.0\n"
                     "time_to_first_token_in_ms_(ttft)_p50,586.9,593.2,2035.8\n"
                     "requests_per_minute_(qpm),60.0,90.0,120.0\n");
  const auto& ttft = at(r, "[1].4");
  EXPECT_EQ(ttft.metric_id(), "ttft");
  EXPECT_EQ(ttft.statistic, "median");
  EXPECT_DOUBLE_EQ(*ttft.normalized, 2035.8);
  EXPECT_EQ(ttft.context.concurrency, "4.0");
  EXPECT_EQ(at(r, "[0].2").parameter, "concurrency");
  EXPECT_EQ(at(r, "[2].2").metric_id(), "request_throughput");
  EXPECT_DOUBLE_EQ(*at(r, "[2].2").normalized, 1.5);  // per minute, in req/s
  // No setting row: the levels are named by their column only.
  const auto plain = run(FileType::csv, ",8,16\nttft_ms,40,80\n");
  EXPECT_EQ(at(plain, "[0].16").context.config, "level=16");
}

TEST(Identity, AnObjectsKeyEndingWithATimeUnitGivesItToItsOwnFigures) {
  // chimera probe's record: offsets from the request's start, in the unit the key ends with.
  const auto r = run(FileType::json, R"({"ttft_ms": 88.5, "timestamps_ns": {"first_byte": 88535349,
    "first_token": 88535349, "done": 457791368}, "latencies_ms": {"ttft": 12.5, "e2e": 340},
    "itl_ms": {"n": 253, "p99": 3.4}, "tokens_s": {"mean": 45.0}})");
  const auto& first_token = at(r, "timestamps_ns.first_token");
  EXPECT_EQ(first_token.metric_id(), "ttft");
  EXPECT_EQ(first_token.unit, "ns");
  ASSERT_TRUE(first_token.normalized);
  EXPECT_DOUBLE_EQ(*first_token.normalized, 88.535349);
  EXPECT_EQ(first_token.normalized_unit, "ms");
  EXPECT_EQ(at(r, "latencies_ms.e2e").unit, "ms");
  EXPECT_EQ(at(r, "itl_ms.n").statistic, "count");  // a count keeps no time unit
  EXPECT_NE(at(r, "itl_ms.n").unit, "ms");
  EXPECT_NE(at(r, "tokens_s.mean").unit, "s");  // "tokens_s" is a rate, no plural of seconds
}

TEST(Identity, AStatusOfWordsThatSaysTheRunFailedMarksItsFigures) {
  const auto r = run(FileType::csv,
                     "run,tps,status\na,0.54,invalid_artifact\nb,12.5,Benchmark Failed\n"
                     "c,30.1,Critical failure\nd,31.0,no errors\ne,29.9,FAILED (OOM)\n");
  EXPECT_EQ(at(r, "[0].tps").status, RowStatus::failed);
  EXPECT_FALSE(at(r, "[0].tps").value);
  EXPECT_EQ(at(r, "[1].tps").status, RowStatus::failed);
  EXPECT_EQ(at(r, "[2].tps").status, RowStatus::ok);  // a finding's words, no failed run
  EXPECT_EQ(at(r, "[3].tps").status, RowStatus::ok);
  EXPECT_EQ(at(r, "[4].tps").status, RowStatus::failed);
}

TEST(Identity, AResultColumnThatSaysTheRunFailedMarksItsFigures) {
  // A table's "Result"/"Verdict" column of pass and fail marks: the failed runs' figures are no
  // measurements; "FAIL (exceed_ctx)" in a status column too. A "Result" of figures stays one.
  const auto r =
      run(FileType::markdown,
          "| Target | Calibrated | Result |\n|---:|---:|---|\n"
          "| 70k | 69,970 | \xE2\x9C\x85 PASS (2/2) |\n"
          "| 70k | 69,940 | \xE2\x9D\x8C FAIL (server drop) |\n\n"
          "| ctx | tps | Status |\n|---|---|---|\n| 256000 | 12.5 | FAIL (exceed_ctx) |\n"
          "| 200000 | 13.5 | PASS |\n\n"
          "| model | Result |\n|---|---|\n| a | 41.5 |\n");
  EXPECT_EQ(at(r, "table[0][0].Calibrated").status, RowStatus::ok);
  EXPECT_EQ(at(r, "table[0][1].Calibrated").status, RowStatus::failed);
  EXPECT_FALSE(at(r, "table[0][1].Calibrated").value);
  EXPECT_NE(at(r, "table[0][1].Calibrated").note.find("server drop"), std::string::npos);
  EXPECT_EQ(at(r, "table[1][0].tps").status, RowStatus::failed);
  EXPECT_EQ(at(r, "table[1][1].tps").status, RowStatus::ok);
  EXPECT_EQ(at(r, "table[2][0].Result").status, RowStatus::ok);
  EXPECT_EQ(at(r, "table[2][0].Result").value, 41.5);
}

TEST(Identity, AnEpochInATimeUnitIsAMomentNoDuration) {
  // AIPerf's per-request metadata: times since 1970 in ns (and ms), however the name reads.
  const auto r = run(FileType::json, R"({"request_start_ns": 1759813207532900363,
    "request_ack_ns": 1759813207650730976, "sent_ms": 1759813207532,
    "request_latency_ms": 297.5, "total_ns": 5000000000})");
  EXPECT_EQ(at(r, "request_start_ns").role, metrics::Role::timestamp);
  EXPECT_EQ(at(r, "request_ack_ns").role, metrics::Role::timestamp);
  EXPECT_EQ(at(r, "sent_ms").role, metrics::Role::timestamp);
  EXPECT_FALSE(at(r, "request_ack_ns").metric);
  EXPECT_EQ(at(r, "request_latency_ms").metric_id(), "e2e_latency");
  EXPECT_EQ(at(r, "total_ns").role, metrics::Role::metric);  // 5 s: a duration
}

TEST(Identity, AnErrorObjectInWordsFailsItsRecord) {
  // AIPerf's profile_export.jsonl: a failed request's record holds an "error" object; its
  // figures are no measurements. A null error, or an error object of counts only, fails nothing.
  const auto r = run(FileType::jsonl,
                     R"({"metrics": {"time_to_first_token": {"value": 255.9, "unit": "ms"}}, )"
                     R"("error": null})"
                     "\n"
                     R"({"metrics": {"error_isl": {"value": 550, "unit": "tokens"}}, "error": )"
                     R"({"code": 499, "type": "RequestCancellationError", )"
                     R"("message": "Request was cancelled after 0.000 seconds"}})"
                     "\n"
                     R"({"metrics": {"request_latency": {"value": 12.5, "unit": "ms"}}, )"
                     R"("error": {"count": 0}})"
                     "\n");
  EXPECT_EQ(at(r, "[0].metrics.time_to_first_token.value").status, RowStatus::ok);
  EXPECT_EQ(at(r, "[0].metrics.time_to_first_token.value").metric_id(), "ttft");
  const auto& failed = at(r, "[1].metrics.error_isl.value");
  EXPECT_EQ(failed.status, RowStatus::failed);
  EXPECT_FALSE(failed.value);
  EXPECT_NE(failed.note.find("Request was cancelled"), std::string::npos);
  EXPECT_EQ(at(r, "[1].error.code").status, RowStatus::failed);
  EXPECT_EQ(at(r, "[2].metrics.request_latency.value").status, RowStatus::ok);
}

TEST(Identity, AKeyOfOnlyAStatisticAndAUnitTakesItsContainersMetric) {
  // {"ttft": {"p50_s": 0.123}}: "p50_s" says the statistic and the unit; the quantity is "ttft".
  const auto r = run(FileType::json, R"({"ttft": {"p50_s": 0.123, "mean_ms": 130.5},
    "e2e_latency": {"p99_s": 2.5}, "line": {"avg_ns": 70497220}, "wall_s": 12.0})");
  EXPECT_EQ(at(r, "ttft.p50_s").metric_id(), "ttft");
  EXPECT_EQ(at(r, "ttft.p50_s").statistic, "median");
  EXPECT_EQ(at(r, "ttft.p50_s").normalized, 123);
  EXPECT_EQ(at(r, "ttft.mean_ms").metric_id(), "ttft");
  EXPECT_EQ(at(r, "e2e_latency.p99_s").metric_id(), "e2e_latency");
  // A container that names no quantity leaves the unit's own reading ("line" an identifier).
  EXPECT_EQ(at(r, "line.avg_ns").role, metrics::Role::metric);
  EXPECT_EQ(at(r, "line.avg_ns").metric_id(), "duration");
  EXPECT_EQ(at(r, "wall_s").metric_id(), "duration");
}

TEST(Identity, ASettingNamedAsRequestedIsASetting) {
  // A sweep's CSV: the batch size and the prompt length asked for are settings of each row (its
  // configuration), beside what was measured; generated tokens per second are output throughput.
  const auto r = run(FileType::csv,
                     "prompt_target_tokens,batch_size_requested,prompt_tokens,"
                     "generated_tokens_per_sec\n512,1,57545,101.2\n512,2,57545,194.7\n");
  EXPECT_EQ(at(r, "[0].prompt_target_tokens").role, metrics::Role::parameter);
  EXPECT_EQ(at(r, "[0].prompt_target_tokens").parameter, "input_len");
  EXPECT_EQ(at(r, "[1].batch_size_requested").role, metrics::Role::parameter);
  EXPECT_NE(at(r, "[1].generated_tokens_per_sec").context.config.find("batch_size_requested=2"),
            std::string::npos);
  EXPECT_EQ(at(r, "[1].generated_tokens_per_sec").metric_id(), "output_throughput");
  EXPECT_EQ(at(r, "[1].prompt_tokens").metric_id(), "input_tokens");
}

TEST(Identity, APerRequestTablesGaugesAndTotals) {
  // A client's per-request CSV with the server's gauges beside each request: a request's total
  // time is its end-to-end latency; the requests running are the concurrency then, those waiting
  // no requests completed; the KV cache's usage is a share, no memory; a jitter no gap.
  const auto r = run(FileType::csv,
                     "request_id,ttft_ms,total_ms,num_requests_running,num_requests_waiting,"
                     "kv_cache_usage_perc,itl_jitter_p95_ms\n1,30.9,410.6,9,0,0.013,0.79\n");
  EXPECT_EQ(at(r, "[0].total_ms").metric_id(), "e2e_latency");
  EXPECT_EQ(at(r, "[0].total_ms").statistic, "sample");
  EXPECT_EQ(at(r, "[0].num_requests_running").metric_id(), "concurrency");
  EXPECT_EQ(at(r, "[0].num_requests_waiting").metric_id(), "unknown");
  EXPECT_EQ(at(r, "[0].kv_cache_usage_perc").metric_id(), "utilization");
  EXPECT_EQ(at(r, "[0].itl_jitter_p95_ms").metric_id(), "unknown");
  const auto run_total = run(FileType::json, R"({"total_ms": 5000, "ttft_ms": 30})");
  EXPECT_EQ(at(run_total, "total_ms").metric_id(), "duration");  // a run's: its duration
}

TEST(Identity, APerGpuRateIsNoRateOfOurs) {
  // TensorRT-LLM's benchmark JSON: the output rate per GPU is in tok/s but no rate of ours
  // beside the system's; the machine's memory is its capacity (no metric of ours, unit kept).
  const auto r = run(FileType::json, R"({"machine": {"name": "NVIDIA GeForce RTX 4070 Ti",
    "memory.total": 11.59, "clocks.mem": 10.501, "gpu_utilization_pct": 87.5},
    "performance": {"system_output_throughput_tok_s": 219.0,
    "output_throughput_per_gpu_tok_s": 219.0}})");
  EXPECT_EQ(at(r, "machine.memory.total").metric_id(), "unknown");
  EXPECT_EQ(at(r, "performance.system_output_throughput_tok_s").metric_id(), "output_throughput");
  const auto& per_gpu = at(r, "performance.output_throughput_per_gpu_tok_s");
  EXPECT_EQ(per_gpu.metric_id(), "unknown");
  EXPECT_EQ(per_gpu.unit, "tok/s");
}

TEST(Identity, AServersGaugesInItsConfigAreNoSettingsAndStartTimesAreMoments) {
  // A harness's vLLM result: the server's gauges read into its configuration's record are
  // measurements, no concurrency the run was set to; per-request start times are moments.
  const auto r = run(FileType::json, R"({"mean_ttft_ms": 120.5, "max_concurrent_requests": 100,
    "start_times": [734937.56, 734937.57],
    "server_config": {"vllm_version": "0.18.0", "metrics": {"running_requests": 0},
                      "vllm_params": {"max_model_len": 32768}}})");
  EXPECT_EQ(at(r, "mean_ttft_ms").context.concurrency, "");
  EXPECT_EQ(at(r, "server_config.metrics.running_requests").role, metrics::Role::metric);
  // ... but the server's requests in flight when the record was taken are no load of the run.
  EXPECT_EQ(at(r, "server_config.metrics.running_requests").metric_id(), "unknown");
  EXPECT_EQ(at(r, "start_times[0]").role, metrics::Role::timestamp);
  EXPECT_EQ(at(r, "server_config.vllm_params.max_model_len").role, metrics::Role::parameter);
}

TEST(Identity, SiblingUnitFieldIsRead) {
  const auto r = run(FileType::json, R"({"ttft": {"unit": "ms", "avg": 12.5, "p99": 40},
    "request_throughput": {"avg": 3.0, "unit": "requests/sec"}})");
  EXPECT_EQ(at(r, "ttft.avg").unit, "ms");
  EXPECT_EQ(at(r, "ttft.avg").metric_id(), "ttft");
  EXPECT_EQ(at(r, "ttft.p99").statistic, "p99");
  EXPECT_EQ(at(r, "request_throughput.avg").normalized_unit, "req/s");  // unit after the value
}

TEST(Identity, AiperfCsvKeepsRowLabelsAndItsSecondSection) {
  const auto r = run(FileType::csv,
                     "Metric,avg,min,p99\n"
                     "Time To First Token (ms),2343.22,464.66,3833.39\n"
                     "Inter Token Latency (ms),27.76,22.13,33.73\n"
                     "\n"
                     "Metric,Value\n"
                     "Output Token Throughput (tokens/sec),2320.72\n"
                     "Request Throughput (requests/sec),9.55\n");
  EXPECT_TRUE(r.warnings.empty()) << r.warnings.front();
  const auto& ttft = at(r, "[0].min");
  EXPECT_EQ(ttft.metric_id(), "ttft");
  EXPECT_EQ(ttft.statistic, "min");
  EXPECT_DOUBLE_EQ(*ttft.normalized, 464.66);
  EXPECT_EQ(at(r, "[1].p99").metric_id(), "itl");
  const auto& out = at(r, "[3].Value");  // the section's header row is row 2
  EXPECT_EQ(out.metric_id(), "output_throughput");
  EXPECT_EQ(out.normalized_unit, "tok/s");
  EXPECT_EQ(at(r, "[4].Value").metric_id(), "request_throughput");
  EXPECT_EQ(at(r, "[4].Value").normalized_unit, "req/s");
}

TEST(Identity, AiperfCsvStatisticsColumnsAndPerUserRates) {
  // AIPerf 0.10: a "sum" column, per-user rates, HTTP timings and an inter-chunk latency beside
  // the inter-token latency.
  const auto r =
      run(FileType::csv,
          "Metric,avg,min,sum,p99\n"
          "Time to First Token (ms),230.14,75.04,22093.17,687.62\n"
          "HTTP Connection Overhead (ms),0.06,0.00,5.72,0.58\n"
          "E2E Output Token Throughput (tokens/sec/user),80.69,41.91,7746.18,128.13\n"
          "Prefill Throughput Per User (tokens/sec/user),21547.42,712.16,2068552.7,82363.2\n"
          "Inter Chunk Latency (ms),11.99,0.00,623666.58,117.99\n"
          "Inter Token Latency (ms),11.85,7.49,1137.34,13.27\n"
          "\n"
          "Metric,Value\n"
          "OSL Mismatch Count,96.00\n"
          "Output Token Throughput (tokens/sec),1172.15\n");
  EXPECT_EQ(at(r, "[0].avg").statistic, "mean");
  EXPECT_EQ(at(r, "[0].sum").statistic, "sum");   // over 96 requests: no TTFT of its own
  EXPECT_EQ(at(r, "[1].avg").statistic, "mean");  // a connection's time, no difference
  EXPECT_EQ(at(r, "[1].p99").statistic, "p99");
  EXPECT_EQ(at(r, "[2].avg").metric_id(), "unknown");  // TTFT included: no second decode rate
  EXPECT_EQ(at(r, "[2].avg").unit, "tok/s");
  EXPECT_EQ(at(r, "[2].avg").statistic, "mean");
  EXPECT_EQ(at(r, "[3].avg").metric_id(), "prompt_eval_rate");
  EXPECT_EQ(at(r, "[4].avg").metric_id(), "unknown");  // not a second ITL
  EXPECT_EQ(at(r, "[5].avg").metric_id(), "itl");
  EXPECT_EQ(at(r, "[7].Value").metric_id(), "unknown");  // requests whose length differed
  EXPECT_EQ(at(r, "[8].Value").metric_id(), "output_throughput");
  EXPECT_EQ(at(r, "[8].Value").statistic, "value");
}

TEST(Identity, AiperfCsvGpuTelemetryNamesEachRowsMetricInItsMetricColumn) {
  // The third section: one row per GPU and metric, the metric named in a column of its own.
  const auto r = run(FileType::csv,
                     "Metric,avg,min,p99\n"
                     "Time to First Token (ms),230.1,100.0,400.0\n"
                     "\n"
                     "Endpoint,GPU_Index,GPU_Name,GPU_UUID,Metric,avg,min,p99,std,Hostname\n"
                     "localhost:9400,0,NVIDIA H100 80GB HBM3,GPU-924b,GPU Power Usage (W),536.83,"
                     "355.09,624.80,57.35,ip-10-0\n"
                     "localhost:9400,0,NVIDIA H100 80GB HBM3,GPU-924b,GPU Memory Used (GB),81.96,"
                     "81.96,81.96,0.00,ip-10-0\n"
                     "localhost:9400,1,NVIDIA H100 80GB HBM3,GPU-b741,Energy Consumption (MJ),0.37,"
                     ",,,ip-10-0\n");
  const auto& power = at(r, "[2].avg");
  EXPECT_EQ(power.metric_id(), "power");
  EXPECT_EQ(power.statistic, "mean");
  EXPECT_EQ(power.normalized_unit, "W");
  EXPECT_EQ(power.context.gpu, "NVIDIA H100 80GB HBM3");
  EXPECT_EQ(power.context.config.find("Metric="), std::string::npos);  // no setting of the run
  EXPECT_EQ(at(r, "[2].p99").statistic, "p99");
  EXPECT_EQ(at(r, "[2].GPU_Index").role, metrics::Role::identifier);
  EXPECT_EQ(at(r, "[2].GPU_Index").name, "GPU_Index");
  const auto& memory = at(r, "[3].avg");
  EXPECT_EQ(memory.metric_id(), "memory");
  EXPECT_EQ(memory.unit, "GB");  // DCGM's decimal gigabytes
  EXPECT_DOUBLE_EQ(*memory.normalized, 81.96e9);
  EXPECT_EQ(at(r, "[4].avg").metric_id(), "energy");
  EXPECT_DOUBLE_EQ(*at(r, "[4].avg").normalized, 0.37e6);
}

TEST(Identity, AiperfJsonGpuMemoryIsInDecimalGigabytes) {
  const auto r = run(FileType::json, R"({"time_to_first_token": {"unit": "ms", "avg": 230.1},
    "records": {"inter_token_latency": {"unit": "ms", "avg": 11.8}},
    "telemetry_data": {"endpoints": {"localhost:9400": {"gpus": {"gpu_0": {"metrics": {
      "gpu_memory_used": {"avg": 81.96, "unit": "GB"},
      "gpu_power_usage": {"avg": 536.8, "unit": "W"}}}}}}}})");
  const auto& memory =
      at(r, "telemetry_data.endpoints.localhost:9400.gpus.gpu_0.metrics.gpu_memory_used.avg");
  EXPECT_EQ(memory.metric_id(), "memory");
  EXPECT_EQ(memory.unit, "GB");
  EXPECT_DOUBLE_EQ(*memory.normalized, 81.96e9);
}

TEST(Identity, AiperfStatisticsOfTheDcgmEnergyCounterAreNoRunsEnergy) {
  const auto r = run(FileType::json, R"({"time_to_first_token": {"unit": "ms", "avg": 230.1},
    "records": {"inter_token_latency": {"unit": "ms", "avg": 11.8}},
    "telemetry_data": {"endpoints": {"localhost:9400": {"gpus": {"gpu_0": {"metrics": {
      "energy_consumption": {"unit": "MJ", "avg": 1443.99, "min": 1443.96, "max": 1444.02}}},
      "gpu_1": {"metrics": {"energy_consumption": {"unit": "MJ", "avg": 0.37}}}}}}}})");
  const std::string gpu = "telemetry_data.endpoints.localhost:9400.gpus.";
  EXPECT_EQ(at(r, gpu + "gpu_0.metrics.energy_consumption.max").metric_id(), "unknown");
  EXPECT_EQ(at(r, gpu + "gpu_0.metrics.energy_consumption.avg").metric_id(), "unknown");
  EXPECT_NE(at(r, gpu + "gpu_0.metrics.energy_consumption.avg").note.find("since the driver"),
            std::string::npos);
  EXPECT_EQ(at(r, gpu + "gpu_1.metrics.energy_consumption.avg").metric_id(), "energy");
}

TEST(Identity, AiperfConfigurationFiguresAreSettingsAndItsPhaseGivesTheConcurrency) {
  const auto r = run(FileType::json, R"({"input_config": {
    "phases": [{"name": "profiling", "duration": 300.0, "concurrency": 64}],
    "slos": {"time_to_first_token": 1500.0, "inter_token_latency": 300.0},
    "network_latency": {"ping_interval": 1.0}},
    "time_to_first_token": {"unit": "ms", "avg": 230.1, "p50": 177.8},
    "run_info": {"variation_values": {"phases.profiling.concurrency": 64}}})");
  const auto& slo = at(r, "input_config.slos.time_to_first_token");
  EXPECT_EQ(slo.role, metrics::Role::parameter);  // a goodput threshold, no TTFT measured
  EXPECT_EQ(slo.parameter, "limit");
  EXPECT_EQ(at(r, "input_config.phases[0].duration").parameter, "duration_limit");
  EXPECT_EQ(at(r, "input_config.network_latency.ping_interval").role, metrics::Role::parameter);
  EXPECT_EQ(at(r, "run_info.variation_values.phases.profiling.concurrency").role,
            metrics::Role::parameter);
  const auto& ttft = at(r, "time_to_first_token.avg");
  EXPECT_EQ(ttft.metric_id(), "ttft");
  EXPECT_EQ(ttft.context.concurrency, "64");
}

TEST(Identity, AiperfJsonRunTotalsAreValuesAndDistributionsMeans) {
  const auto r = run(FileType::json, R"({"time_to_first_token": {"unit": "ms", "avg": 230.1,
    "p50": 177.8, "count": 96}, "total_isl": {"unit": "tokens", "avg": 361086.0},
    "http_req_duration": {"unit": "ms", "avg": 6737.7, "p50": 6486.4},
    "http_req_waiting": {"unit": "ms", "avg": 229.4, "p99": 686.0},
    "output_token_throughput_per_user": {"unit": "tokens/sec/user", "avg": 85.7, "p50": 81.7},
    "request_throughput": {"unit": "requests/sec", "avg": 2.16, "p50": null, "count": 1},
    "inter_chunk_latency": {"unit": "ms", "avg": 11.99, "p50": 9.08}})");
  EXPECT_EQ(at(r, "inter_chunk_latency.avg").metric_id(), "unknown");  // not a second ITL
  const auto e2e = run(FileType::json, R"({"e2e_output_token_throughput": {
    "unit": "tokens/sec/user", "avg": 80.7, "p50": 78.5, "count": 96}})");
  EXPECT_EQ(at(e2e, "e2e_output_token_throughput.avg").metric_id(), "unknown");  // as in CSV
  EXPECT_EQ(at(e2e, "e2e_output_token_throughput.avg").unit, "tok/s");
  EXPECT_EQ(at(e2e, "e2e_output_token_throughput.count").metric_id(), "unknown");  // no latency
  EXPECT_EQ(at(r, "time_to_first_token.avg").statistic, "mean");
  EXPECT_EQ(at(r, "time_to_first_token.count").unit, "count");  // samples, not milliseconds
  EXPECT_EQ(at(r, "total_isl.avg").statistic, "sum");           // the run's total over its requests
  EXPECT_EQ(at(r, "http_req_duration.avg").statistic, "mean");
  EXPECT_EQ(at(r, "http_req_waiting.avg").metric_id(), "first_byte");
  EXPECT_EQ(at(r, "output_token_throughput_per_user.avg").metric_id(), "decode_rate");
  EXPECT_EQ(at(r, "request_throughput.avg").statistic, "value");  // older: nulls and a count of 1
}

TEST(Identity, AiperfFiguresOfErroredRequestsAreMarkedFailed) {
  const auto csv = run(FileType::csv, R"(Metric,avg,min,max
Time to First Token (ms),230.1,100.0,400.0
Error Input Sequence Length (tokens),9.0,9.0,9.0
Request Throughput (requests/sec),2.16,,
)");
  const auto& isl = at(csv, "[1].avg");
  EXPECT_EQ(isl.metric_id(), "input_tokens");
  EXPECT_EQ(isl.statistic, "mean");  // not the "delta" of a prediction's error
  EXPECT_EQ(isl.status, RowStatus::failed);
  EXPECT_EQ(at(csv, "[0].avg").status, RowStatus::ok);
  const auto json = run(FileType::json, R"({"time_to_first_token": {"unit": "ms", "avg": 230.1,
    "p50": 177.8}, "error_isl": {"unit": "tokens", "avg": 9.0, "p50": 9.0},
    "error_request_count": {"unit": "requests", "avg": 5}})");
  EXPECT_EQ(at(json, "error_isl.avg").status, RowStatus::failed);
  EXPECT_EQ(at(json, "error_request_count.avg").metric_id(), "failed_requests");
  EXPECT_EQ(at(json, "error_request_count.avg").status, RowStatus::ok);  // counts them: the run's
}

TEST(Identity, LlmPerfSummariesKeyedByConcurrencyAreSummaries) {
  const auto r = run(FileType::json, R"({"1": {"model": "m", "mean_input_tokens": 750,
    "num_concurrent_requests": 1, "results_ttft_s_mean": 0.158, "results_error_rate": 0.0,
    "results_mean_output_throughput_token_per_s": 32.9,
    "results_request_output_throughput_token_per_s_quantiles_p50": 33.0},
    "16": {"model": "m", "mean_input_tokens": 750, "num_concurrent_requests": 16,
    "results_ttft_s_mean": 0.201, "results_error_rate": 0.0,
    "results_mean_output_throughput_token_per_s": 410.2,
    "results_request_output_throughput_token_per_s_quantiles_p50": 25.6}})");
  EXPECT_EQ(at(r, "16.results_ttft_s_mean").context.concurrency, "16");
  EXPECT_EQ(at(r, "16.results_mean_output_throughput_token_per_s").statistic, "value");
  EXPECT_EQ(at(r, "16.results_request_output_throughput_token_per_s_quantiles_p50").metric_id(),
            "token_rate");  // one request's tokens over its latency, as in a top-level summary
  EXPECT_EQ(at(r, "1.results_error_rate").unit, "fraction");
  EXPECT_EQ(at(r, "1.mean_input_tokens").role, metrics::Role::parameter);  // asked for
}

TEST(Identity, AiperfPhasesNameTheConcurrencyAndTheRequestsAskedFor) {
  const auto r = run(FileType::json, R"({"input_config": {"phases": [
    {"name": "warmup", "exclude_from_results": true, "requests": 16, "concurrency": 16},
    {"name": "profiling", "requests": 96, "concurrency": 16}]},
    "time_to_first_token": {"unit": "ms", "avg": 230.1, "p50": 177.8},
    "request_count": {"unit": "requests", "avg": 96}})");
  EXPECT_EQ(at(r, "time_to_first_token.avg").context.concurrency, "16");  // both phases agree
  EXPECT_EQ(at(r, "input_config.phases[0].requests").role, metrics::Role::parameter);
  EXPECT_EQ(at(r, "request_count.avg").metric_id(), "requests");  // served, measured
}

TEST(Identity, FailedRequestsKeepTheirTextAndGetNoValue) {
  const auto r = run(FileType::csv,
                     "model,tokens_per_second,error\n"
                     "llama3,78.0,\n"
                     "llama3,0,timeout after 30 s\n");
  EXPECT_EQ(at(r, "[0].tokens_per_second").status, RowStatus::ok);
  const auto& bad = at(r, "[1].tokens_per_second");
  EXPECT_EQ(bad.status, RowStatus::failed);
  EXPECT_FALSE(bad.value);  // never a real zero
  EXPECT_EQ(bad.raw, "0");
  EXPECT_NE(bad.note.find("timeout"), std::string::npos);
  const auto j = run(FileType::json,
                     R"([{"ttft_s": 0.1, "error_code": null, "error_msg": ""},
                         {"ttft_s": 0, "error_code": -1, "error_msg": ""}])");
  EXPECT_EQ(at(j, "[0].ttft_s").status, RowStatus::ok);
  EXPECT_EQ(at(j, "[0].ttft_s").statistic, "sample");
  EXPECT_EQ(at(j, "[1].ttft_s").status, RowStatus::failed);
  EXPECT_FALSE(at(j, "[1].ttft_s").value);
}

TEST(Identity, VllmPerRequestArraysFailByIndex) {
  const auto r = run(FileType::json,
                     R"({"request_throughput": 1.5, "mean_ttft_ms": 20, "model_id": "m",
                         "ttfts": [0.02, 0.0], "errors": ["", "Connection reset"]})");
  EXPECT_EQ(r.format, "vllm bench serve");
  EXPECT_EQ(at(r, "request_throughput").normalized_unit, "req/s");
  EXPECT_DOUBLE_EQ(*at(r, "ttfts[0]").normalized, 20);  // seconds, as vLLM writes them
  EXPECT_EQ(at(r, "ttfts[1]").status, RowStatus::failed);
  EXPECT_FALSE(at(r, "ttfts[1]").value);
}

TEST(Identity, SglangBenchServingResultsHaveTheirLoadAndTheirServersSettings) {
  // One JSON line of SGLang's bench_serving --output-file: vLLM's keys, its measured
  // concurrency beside the cap the run set, and the server's launch arguments.
  const auto r = run(
      FileType::jsonl,
      R"({"backend": "sglang", "request_rate": Infinity, "max_concurrency": 32, "completed": 100, "request_throughput": 50.9, "input_throughput": 13511.9, "output_throughput": 3151.4, "total_throughput": 16663.4, "mean_ttft_ms": 42.4, "concurrency": 28.45, "total_output_tokens_retokenized": 6179, "server_info": {"model_path": "Qwen/Qwen2.5-3B-Instruct", "device": "cuda", "max_prefill_tokens": 16384, "mem_fraction_static": 0.9, "internal_states": [{"last_gen_throughput": 2017.7, "memory_usage": {"weight": 5.97, "token_capacity": 2301720}}]}}
)");
  EXPECT_EQ(r.format, "sglang bench_serving");
  const auto& ttft = at(r, "[0].mean_ttft_ms");
  EXPECT_EQ(ttft.context.concurrency, "32");  // the run's cap, not its measured 28.45
  EXPECT_EQ(ttft.context.gpu, "");            // "cuda" is a kind of device
  const auto& measured = at(r, "[0].concurrency");
  EXPECT_EQ(measured.metric_id(), "concurrency");
  EXPECT_EQ(measured.statistic, "mean");
  EXPECT_EQ(at(r, "[0].total_throughput").normalized_unit, "tok/s");
  EXPECT_EQ(at(r, "[0].input_throughput").metric_id(), "input_throughput");
  EXPECT_EQ(at(r, "[0].server_info.max_prefill_tokens").role, metrics::Role::parameter);
  EXPECT_EQ(at(r, "[0].server_info.mem_fraction_static").role, metrics::Role::parameter);
  // (The scheduler's gauge of its last interval: no second figure of the run's throughput.)
  const auto& gen = at(r, "[0].server_info.internal_states[0].last_gen_throughput");
  EXPECT_EQ(gen.metric_id(), "unknown");
  EXPECT_EQ(gen.unit, "tok/s");
  EXPECT_NE(gen.note.find("gauge"), std::string::npos);
  const auto& weight = at(r, "[0].server_info.internal_states[0].memory_usage.weight");
  EXPECT_EQ(weight.metric_id(), "memory");
  EXPECT_DOUBLE_EQ(*weight.normalized, 5.97 * 1024 * 1024 * 1024);  // GiB, as SGLang divides
  EXPECT_EQ(at(r, "[0].server_info.internal_states[0].memory_usage.token_capacity").role,
            metrics::Role::parameter);
}

TEST(Identity, ANamedConfigObjectHoldsSettingsAndAMachinesMemoryIsNoneInUse) {
  const auto r = run(FileType::json,
                     R"({"median_ttft": 118.4, "model": "openai/gpt-oss-20b",
                         "gpu_info": {"model": "H200", "memory": "143771MB", "count": 1},
                         "system": {"memory_used_gb": 10.7},
                         "test_config": {"input_tokens": 1000, "phase_duration": 180}})");
  EXPECT_EQ(at(r, "test_config.input_tokens").role, metrics::Role::parameter);
  EXPECT_EQ(at(r, "test_config.phase_duration").role, metrics::Role::parameter);
  const auto& memory = at(r, "gpu_info.memory");
  EXPECT_EQ(memory.metric_id(), "unknown");  // the card's capacity
  EXPECT_EQ(memory.unit, "MiB");
  EXPECT_EQ(at(r, "system.memory_used_gb").metric_id(), "memory");  // a monitor's sample
}

// Held-out set 24: a run's bare "osl" is the output length asked for, its "rounds" the
// repetitions; a measured length comes with its statistics.
TEST(Identity, ABareIslOrOslIsTheLengthAskedFor) {
  const auto r = run(FileType::json,
                     R"({"model": "llama31-8b-nvfp4", "osl": 256, "rounds": 10,
                         "isl": {"mean": 550.1, "p99": 551},
                         "rows": [{"concurrency": 1, "out_tok_s": 49.5}]})");
  EXPECT_EQ(at(r, "osl").role, metrics::Role::parameter);
  EXPECT_EQ(at(r, "osl").parameter, "output_len");
  EXPECT_EQ(at(r, "rounds").parameter, "repetitions");
  EXPECT_EQ(at(r, "isl.mean").metric_id(), "input_tokens");
  EXPECT_EQ(at(r, "isl.mean").statistic, "mean");
  // A sweep's ISL column: a setting of each row, in its configuration.
  const auto csv = run(FileType::csv,
                       "Config Name,Concurrency,ISL,p99 Time To First Token (ms)\n"
                       "run_config_3,32,200,184.43\n");
  EXPECT_EQ(at(csv, "[0].ISL").parameter, "input_len");
  EXPECT_NE(at(csv, "[0].p99 Time To First Token (ms)").context.config.find("ISL=200"),
            std::string::npos);
}

// Held-out set 25: a harness's "median" object holds the medians (over its runs) of the figures
// in it that name no statistic of their own.
TEST(Identity, AStatisticsObjectNamesItsFiguresStatistic) {
  const auto r = run(FileType::json,
                     R"({"cells": [{"id": "c1", "median": {"output_throughput": 63.5,
                                                          "mean_ttft_ms": 81.5}}]})");
  EXPECT_EQ(at(r, "cells[0].median.output_throughput").statistic, "median");
  EXPECT_EQ(at(r, "cells[0].median.mean_ttft_ms").statistic, "mean");  // its own
}

// Held-out set 24: Apple silicon's "chip" in a hardware description is the GPU of every run.
TEST(Identity, AHardwareChipLabelsEveryRun) {
  const auto r = run(FileType::json,
                     R"({"hardware": {"chip": "Apple M5", "memory_gb": 24},
                         "frameworks": {"mlx": {"model": "mlx-community/Mistral-7B-4bit",
                                                "inference_tokens_per_sec": 26.47}}})");
  EXPECT_EQ(at(r, "frameworks.mlx.inference_tokens_per_sec").context.gpu, "Apple M5");
  EXPECT_EQ(at(r, "hardware.memory_gb").metric_id(), "unknown");  // what it has, none in use
}

TEST(Identity, LlamaBenchRowsCarryTheirTest) {
  const auto r = run(FileType::json,
                     R"([{"model_type": "llama 7B Q4_0", "gpu_info": "RTX 4090",
                          "n_prompt": 512, "n_gen": 0, "avg_ts": 5213.1, "stddev_ts": 59.4},
                         {"model_type": "llama 7B Q4_0", "gpu_info": "RTX 4090",
                          "n_prompt": 0, "n_gen": 128, "n_depth": 4096, "avg_ts": 150.2}])");
  const auto& pp = at(r, "[0].avg_ts");
  EXPECT_EQ(pp.context.test, "pp512");
  EXPECT_EQ(pp.metric_id(), "prompt_eval_rate");
  EXPECT_EQ(pp.statistic, "mean");
  EXPECT_EQ(pp.context.gpu, "RTX 4090");
  EXPECT_EQ(pp.context.quantization, "Q4_0");
  EXPECT_EQ(at(r, "[0].stddev_ts").statistic, "std");
  const auto& tg = at(r, "[1].avg_ts");
  EXPECT_EQ(tg.context.test, "tg128 @ d4096");
  EXPECT_EQ(tg.metric_id(), "decode_rate");
}

TEST(Identity, LlamaBenchTypeNamesGiveTheQuantization) {
  const auto r = run(FileType::json,
                     R"([{"model_type": "llama 8B Q4_K - Medium", "n_prompt": 512, "n_gen": 0,
                          "avg_ts": 5213.1},
                         {"model_type": "qwen3 4B Q5_K - Small", "n_prompt": 512, "n_gen": 0,
                          "avg_ts": 4100.0},
                         {"model_type": "gpt-oss 20B MXFP4 MoE", "n_prompt": 0, "n_gen": 128,
                          "avg_ts": 150.2},
                         {"model_type": "llama 8B NVFP4", "n_prompt": 0, "n_gen": 128,
                          "avg_ts": 160.0}])");
  EXPECT_EQ(at(r, "[0].avg_ts").context.quantization, "Q4_K_M");
  EXPECT_EQ(at(r, "[1].avg_ts").context.quantization, "Q5_K_S");
  EXPECT_EQ(at(r, "[2].avg_ts").context.quantization, "MXFP4");
  EXPECT_EQ(at(r, "[3].avg_ts").context.quantization, "NVFP4");
}

TEST(Identity, LlamaBenchFieldsBesideItsTimingsAreSettings) {
  const auto r = run(FileType::json,
                     R"([{"model_type": "gpt-oss 20B MXFP4 MoE", "n_batch": 8192, "poll": 50,
                          "type_k": "q8_0", "type_v": "q8_0", "main_gpu": 0, "n_cpu_moe": 0,
                          "tensor_split": "0.00", "n_prompt": 128, "n_gen": 0,
                          "avg_ns": 66191134, "avg_ts": 1935.1, "stddev_ts": 61.6}])");
  const auto& pp = at(r, "[0].avg_ts");
  EXPECT_EQ(pp.metric_id(), "prompt_eval_rate");
  EXPECT_NE(pp.context.config.find("type_k=q8_0"), std::string::npos);  // the KV cache type
  for (const char* setting : {"[0].poll", "[0].main_gpu", "[0].n_cpu_moe", "[0].tensor_split"})
    EXPECT_EQ(at(r, setting).role, metrics::Role::parameter) << setting;
  EXPECT_EQ(at(r, "[0].avg_ns").metric_id(), "prompt_eval_time");
}

TEST(Identity, MarkdownHeaderAndDelimiterMustHaveTheSameCellCount) {
  const auto r = run(FileType::markdown,
                     "Results below | model | ttft_s |\n"
                     "|---|---|\n"
                     "| llama | 0.097 |\n");
  EXPECT_TRUE(r.rows.empty());
  ASSERT_FALSE(r.warnings.empty());
  EXPECT_NE(r.warnings[0].find("line 1"), std::string::npos) << r.warnings[0];
  EXPECT_NE(r.warnings[0].find("not a table"), std::string::npos);
}

TEST(Identity, LlamaBenchMarkdownInALogWithItsGpuAndSpread) {
  const auto r = run(FileType::text,
                     "ggml_cuda_init: found 1 CUDA devices:\n"
                     "  Device 0: Tesla V100-SXM2-16GB, compute capability 7.0, VMM: yes\n"
                     "| model | size | backend | ngl | test | t/s |\n"
                     "| --- | ---: | --- | --: | ---: | ---: |\n"
                     "| llama 7B Q4_0 | 3.56 GiB | CUDA | 99 | pp512 | 4512.07 \xC2\xB1 12.30 |\n"
                     "| llama 7B Q4_0 | 3.56 GiB | CUDA | 99 | tg128 | 120.50 \xC2\xB1 0.41 |\n"
                     "build: 1234abcd (5000)\n");
  ASSERT_GE(r.rows.size(), 4u);
  const MetricRow* mean = nullptr;
  const MetricRow* sd = nullptr;
  for (const auto& row : r.rows) {
    if (row.locator == "table[0][0].t/s" && row.statistic == "mean") mean = &row;
    if (row.locator == "table[0][0].t/s" && row.statistic == "std") sd = &row;
  }
  ASSERT_TRUE(mean && sd);
  EXPECT_EQ(mean->metric_id(), "prompt_eval_rate");
  EXPECT_DOUBLE_EQ(*mean->normalized, 4512.07);
  EXPECT_DOUBLE_EQ(*sd->normalized, 12.30);
  EXPECT_EQ(mean->context.gpu, "Tesla V100-SXM2-16GB");
  EXPECT_EQ(mean->context.backend, "CUDA");
  EXPECT_EQ(mean->context.config, "ngl=99");
  EXPECT_EQ(at(r, "table[0][0].size").role, metrics::Role::parameter);  // model size, not memory
  EXPECT_EQ(r.heading_count, 0u);
}

TEST(Identity, LlamaBenchTablesPastedInFencesAreReadWithTheirSectionsGpu) {
  const auto r = run(FileType::markdown, R"(# Notes

## On the 5090

```
ggml_cuda_init: found 1 CUDA devices:
  Device 0: NVIDIA GeForce RTX 5090, compute capability 12.0, VMM: yes
| model | size | backend | ngl | test | t/s |
| --- | ---: | --- | --: | ---: | ---: |
| gpt-oss 120B MXFP4 MoE | 59.02 GiB | CUDA | 99 | tg128 | 7.72 |

build: 10e97801 (7099)
```

## On my laptop

```
| model | size | backend | threads | test | t/s |
| --- | ---: | --- | --: | ---: | ---: |
| llama 1B Q4_K - Medium | 762 MiB | CPU | 8 | pp512 | 58.31 |
| a | b |
```

```
| name | value |
| --- | --- |
| x | 1 |
```
)");
  const MetricRow* gpu = nullptr;
  const MetricRow* cpu = nullptr;
  for (const auto& row : r.rows) {
    if (row.locator == "table[0][0].t/s") gpu = &row;
    if (row.locator == "table[1][0].t/s") cpu = &row;
  }
  ASSERT_TRUE(gpu && cpu);
  EXPECT_EQ(gpu->metric_id(), "decode_rate");
  EXPECT_DOUBLE_EQ(*gpu->normalized, 7.72);
  EXPECT_EQ(gpu->context.gpu, "NVIDIA GeForce RTX 5090");
  EXPECT_EQ(cpu->metric_id(), "prompt_eval_rate");
  EXPECT_EQ(cpu->context.gpu, "");  // the 5090 of another section
  for (const auto& row : r.rows) EXPECT_EQ(row.locator.find("table[2]"), std::string::npos);
}

TEST(Identity, LogLinesBetweenLlamaBenchsHeaderAndRowsDoNotEndTheTable) {
  const auto r = run(FileType::markdown, R"(| model | size | backend | ngl | test | t/s |
| --- | ---: | --- | --: | ---: | ---: |
get_memory_info: [warning] ext_intel_free_memory is not supported, use total memory
| llama 1B Q4_K - Medium | 636.18 MiB | SYCL | 99 | pp512 | 629.25 |

| name | value |
| --- | --- |
Note: not a log line.
| ttft_ms | 12 |
)");
  EXPECT_EQ(at(r, "table[0][0].t/s").metric_id(), "prompt_eval_rate");
  EXPECT_EQ(at(r, "table[0][0].t/s").context.backend, "SYCL");
  for (const auto& row : r.rows) EXPECT_EQ(row.locator.find("table[1]"), std::string::npos);
}

TEST(Identity, ASoftwareVersionColumnLabelsTheRunAndABuildHashIsNoNumber) {
  const auto r = run(FileType::markdown, R"(| rocm | llama.cpp | model | backend | test | t/s |
| --- | --- | --- | --- | ---: | ---: |
| 6.3.4 | 982e3472 | gemma3 12B Q8_0 | ROCm | pp512 | 246.66 |
| 6.4.1 | 982e3472 | gemma3 12B Q8_0 | ROCm | pp512 | 301.02 |
)");
  EXPECT_NE(at(r, "table[0][0].t/s").context.config.find("rocm=6.3.4"), std::string::npos);
  EXPECT_NE(at(r, "table[0][1].t/s").context.config.find("rocm=6.4.1"), std::string::npos);
  for (const auto& row : r.rows) EXPECT_EQ(row.name, "t/s") << row.locator;  // no 982e3472 row
}

TEST(Identity, OllamaBlocksTakeTheirHeadingsModelNotAShellVariable) {
  const auto r = run(FileType::markdown, R"(```
for i in $(ollama list); do echo "# PROMPT 1: ollama run $i < p.txt"; ollama run --verbose "$i" < p.txt; done
```

### openhermes:latest

```
eval count:           411 token(s)
eval duration:        9m43.589092592s
eval rate:            0.70 tokens/s
```
)");
  EXPECT_EQ(at(r, "ollama[0].eval_rate").context.model, "openhermes:latest");  // not "$i"
}

TEST(Identity, LlamaBenchLogCountsItsGpusAndReportsAFailedRun) {
  const std::string table =
      "| model | size | backend | ngl | test | t/s |\n"
      "| --- | ---: | --- | --: | ---: | ---: |\n";
  const auto dual = run(
      FileType::text,
      "ggml_vulkan: Found 3 Vulkan devices:\n"
      "ggml_vulkan: 0 = AMD Radeon AI PRO R9700 (AMD open-source driver) | uma: 0 | fp16: 1\n"
      "ggml_vulkan: 1 = AMD Radeon AI PRO R9700 (AMD open-source driver) | uma: 0 | fp16: 1\n"
      "ggml_vulkan: 2 = AMD Ryzen 9 9900X3D 12-Core Processor (AMD open-source driver) | uma: 1\n" +
          table + "| llama 7B Q4_0 | 3.56 GiB | Vulkan | 99 | tg128 | 120.50 \xC2\xB1 0.41 |\n");
  // Two of the same discrete GPU; the CPU's integrated one is not used beside them.
  EXPECT_EQ(at(dual, "table[0][0].t/s").context.gpu, "2x AMD Radeon AI PRO R9700");
  EXPECT_TRUE(dual.warnings.empty());
  // With no split ("sm" none), the row ran on its main_gpu alone.
  const auto alone = run(
      FileType::text,
      "ggml_vulkan: Found 2 Vulkan devices:\n"
      "ggml_vulkan: 0 = AMD Radeon RX 6800 XT (MoltenVK) | uma: 0 | fp16: 1\n"
      "ggml_vulkan: 1 = AMD Radeon PRO W6800X Duo (MoltenVK) | uma: 0 | fp16: 1\n"
      "| model | backend | main_gpu | sm | test | t/s |\n| --- | --- | --: | --: | ---: | ---: |\n"
      "| qwen3moe 30B.A3B Q4_K - Medium | Vulkan | 1 | none | tg128 | 87.85 \xC2\xB1 0.22 |\n");
  EXPECT_EQ(at(alone, "table[0][0].t/s").context.gpu, "AMD Radeon PRO W6800X Duo");
  const auto failed = run(FileType::text,
                          "  Device 0: AMD Radeon AI PRO R9700, gfx1201 (0x1201), VMM: no\n"
                          "main: error: failed to create context with model 'm.gguf'\n" +
                              table);
  EXPECT_TRUE(failed.rows.empty());
  ASSERT_EQ(failed.warnings.size(), 2u);  // the table of no results, and the error of the log
  EXPECT_NE(failed.warnings[0].find("line 3: a llama-bench table with a header and no results"),
            std::string::npos)
      << failed.warnings[0];
  EXPECT_NE(failed.warnings[1].find("line 2: the log reports an error: main: error: failed"),
            std::string::npos)
      << failed.warnings[1];
}

TEST(Identity, LlamaBenchOnRocmNamesItsGpuAndMmapIsASetting) {
  const auto r = run(FileType::text,
                     "ggml_cuda_init: found 1 ROCm devices:\n"
                     "  Device 0: Radeon 8060S Graphics, gfx1151 (0x1151), VMM: no, Wave Size: 32\n"
                     "| model | size | params | backend | ngl | mmap | test | t/s |\n"
                     "| --- | ---: | ---: | --- | --: | ---: | ---: | ---: |\n"
                     "| glm4moe 106B.A12B Q4_K | 68.01 GiB | 110.47 B | ROCm | 99 | 0 | pp512 | "
                     "134.20 \xC2\xB1 0.28 |\n");
  const auto& mmap = at(r, "table[0][0].mmap");
  EXPECT_EQ(mmap.role, metrics::Role::parameter);
  EXPECT_EQ(mmap.parameter, "mmap");
  const MetricRow* rate = nullptr;
  for (const auto& row : r.rows) {
    if (row.locator == "table[0][0].t/s" && row.statistic == "mean") rate = &row;
  }
  ASSERT_TRUE(rate);
  EXPECT_EQ(rate->context.gpu, "Radeon 8060S Graphics");
  EXPECT_EQ(rate->context.backend, "ROCm");
}

TEST(Identity, VllmSettingsAreNoMeasurements) {
  const auto r = run(FileType::json, R"({"backend": "openai-chat", "model_id": "Qwen/Qwen3-8B",
    "best_of": 1, "burstiness": 1.0, "multi_turn_concurrency": 4, "inter_turn_delay_ms": 0,
    "num_conversations": 32, "completed": 32, "request_throughput": 0.258,
    "input_throughput": 635.2, "output_throughput": 132.1, "spec_decode_acceptance_rate": 32.65,
    "mean_ttft_ms": 598.5, "rtfx": 0.0})");
  EXPECT_FALSE(at(r, "rtfx").value.has_value());  // no audio: vLLM's placeholder 0
  for (const char* key : {"best_of", "burstiness", "multi_turn_concurrency", "inter_turn_delay_ms",
                          "num_conversations"})
    EXPECT_EQ(at(r, key).role, metrics::Role::parameter) << key;
  EXPECT_EQ(at(r, "mean_ttft_ms").context.concurrency, "4");
  EXPECT_EQ(at(r, "input_throughput").normalized_unit, "tok/s");
  EXPECT_NE(at(r, "spec_decode_acceptance_rate").metric_id(), "decode_rate");
  // Speculative decoding's acceptance is measured, no setting of the run.
  EXPECT_EQ(at(r, "spec_decode_acceptance_rate").role, metrics::Role::metric);
  EXPECT_EQ(at(r, "spec_decode_acceptance_rate").unit, "%");
  EXPECT_EQ(at(r, "mean_ttft_ms").context.config.find("spec_decode"), std::string::npos);
}

TEST(Identity, VllmMultiTurnFiguresSayTheirTurn) {
  const auto r = run(FileType::json, R"({"backend": "openai-chat", "model_id": "Qwen/Qwen3-8B",
    "completed": 12, "request_throughput": 0.1, "mean_ttft_ms": 598.5, "per_turn_metrics": [
    {"turn_index": 0, "mean_ttft_ms": 522.7}, {"turn_index": 1, "mean_ttft_ms": 909.0}]})");
  EXPECT_EQ(at(r, "per_turn_metrics[1].mean_ttft_ms").context.config, "turn=1");
  EXPECT_EQ(at(r, "per_turn_metrics[0].mean_ttft_ms").context.config, "turn=0");
  EXPECT_EQ(at(r, "mean_ttft_ms").context.config, "");
}

TEST(Identity, OllamaVerboseStatisticsInANoteAndALog) {
  const std::string block =
      "$ ollama run llama3.2:3b --verbose\n"
      "total duration:       1m2.5s\n"
      "load duration:        5.1ms\n"
      "prompt eval count:    26 token(s)\n"
      "prompt eval rate:     216.67 tokens/s\n"
      "eval count:           290 token(s)\n"
      "eval rate:            59.18 tokens/s\n";
  for (const auto& r :
       {run(FileType::text, block), run(FileType::markdown, "# Notes\n```\n" + block + "```\n")}) {
    const auto& total = at(r, "ollama[0].total_duration");
    EXPECT_EQ(total.metric_id(), "total_duration");
    EXPECT_DOUBLE_EQ(*total.normalized, 62500);
    EXPECT_EQ(total.context.model, "llama3.2:3b");
    EXPECT_EQ(at(r, "ollama[0].eval_rate").metric_id(), "decode_rate");
    EXPECT_DOUBLE_EQ(*at(r, "ollama[0].eval_rate").normalized, 59.18);
    EXPECT_EQ(at(r, "ollama[0].prompt_eval_count").normalized_unit, "tokens");
    EXPECT_EQ(at(r, "ollama[0].eval_count").metric_id(), "output_tokens");
  }
}

TEST(Identity, VllmConsoleResultsInALogAndANote) {
  const std::string block = R"(============ Serving Benchmark Result ============
Successful requests:                     1000
Failed requests:                         0
Maximum request concurrency:             64
Benchmark duration (s):                  149.23
Request throughput (req/s):              6.70
Output token throughput (tok/s):         3430.95
---------------Time to First Token----------------
Mean TTFT (ms):                          391.26
P99 TTFT (ms):                           779.16
==================================================
)";
  const auto log = run(FileType::text,
                       "Namespace(subparser='bench', backend='openai', seed=123, "
                       "model='Qwen/Qwen3-8B', num_prompts=1000)\nTraffic request rate: inf\n" +
                           block);
  const auto& ttft = at(log, "vllm_result[0].P99 TTFT (ms)");
  EXPECT_EQ(ttft.metric_id(), "ttft");
  EXPECT_EQ(ttft.statistic, "p99");
  EXPECT_EQ(ttft.unit, "ms");
  EXPECT_EQ(ttft.context.model, "Qwen/Qwen3-8B");
  EXPECT_EQ(ttft.context.concurrency, "64");
  EXPECT_EQ(ttft.context.rate, "inf");
  EXPECT_EQ(ttft.context.backend, "openai");  // the client's, as the result JSON says
  const auto path = run(FileType::text,
                        "python benchmark_serving.py --model_path "
                        "meta-llama/Llama-3.1-8B --dataset random\n" +
                            block);
  EXPECT_EQ(at(path, "vllm_result[0].Mean TTFT (ms)").context.model, "meta-llama/Llama-3.1-8B");
  EXPECT_EQ(at(path, "vllm_result[0].Mean TTFT (ms)").context.backend, "");  // not assumed
  // A client command of another section ("## EasyDeL" under "# Clients") names no model of the
  // results under a later top-level heading.
  const auto later = run(FileType::markdown,
                         "# Clients\n\n## EasyDeL\n\n```\npython b.py --model_path llama-8.03b\n```"
                         "\n\n# Results\n\n## vLLM\n\n```\n" +
                             block + "```\n");
  EXPECT_EQ(at(later, "vllm_result[0].Mean TTFT (ms)").context.model, "");
  EXPECT_EQ(at(log, "vllm_result[0].Request throughput (req/s)").metric_id(), "request_throughput");
  EXPECT_DOUBLE_EQ(*at(log, "vllm_result[0].Benchmark duration (s)").normalized, 149230.0);
  EXPECT_EQ(at(log, "vllm_result[0].Maximum request concurrency").role, metrics::Role::parameter);
  EXPECT_EQ(log.format, "vllm bench serve console");
  const auto note =
      run(FileType::markdown,
          "# Run\n\n## Test 1\n\n```\nvllm bench serve --port 8081 --model Qwen2-7B-Instruct "
          "--dataset-name random\n" +
              block + "```\n");
  const auto& mean = at(note, "vllm_result[0].Mean TTFT (ms)");
  EXPECT_EQ(mean.statistic, "mean");
  EXPECT_EQ(mean.context.model, "Qwen2-7B-Instruct");  // from the command line above
  EXPECT_EQ(mean.context.section, "Test 1");
  // Newer vLLM prints the rate asked for inside the block: a setting, not the rate measured.
  std::string newer = block;
  newer.insert(newer.find("Benchmark duration"), "Request rate configured (RPS):  4.00\n");
  const auto configured = run(FileType::text, newer);
  EXPECT_EQ(at(configured, "vllm_result[0].Request rate configured (RPS)").role,
            metrics::Role::parameter);
  EXPECT_EQ(at(configured, "vllm_result[0].Mean TTFT (ms)").context.rate, "4.00");
  // A harness keeps the console output in a JSON string: read as the log it would have been.
  std::string escaped;
  for (const char c : "Namespace(model='openai/gpt-oss-20b')\n" + block)
    escaped += c == '\n' ? std::string("\\n") : std::string(1, c);
  const auto wrapped =
      run(FileType::json, "{\"success\": true,\n \"raw_output\": \"" + escaped + "\"}");
  const auto& inner = at(wrapped, "raw_output>vllm_result[0].P99 TTFT (ms)");
  EXPECT_EQ(inner.metric_id(), "ttft");
  EXPECT_EQ(inner.statistic, "p99");
  EXPECT_DOUBLE_EQ(*inner.normalized, 779.16);
  EXPECT_EQ(inner.context.model, "openai/gpt-oss-20b");
  EXPECT_EQ(inner.line, 2u);  // the string's line in the JSON file
}

// A script that sweeps a setting prints one result block per value, each under the arguments it
// ran with: the settings that differ between blocks tell their figures apart; those that do not
// (and paths, the model, the rate) stay out of the configuration.
TEST(Identity, VllmConsoleBlocksOfASweepTakeTheirSettings) {
  const auto block = [](const std::string& ttft) {
    return "============ Serving Benchmark Result ============\n"
           "Successful requests:                     4\n"
           "Mean TTFT (ms):                          " +
           ttft + "\n==================================================\n";
  };
  const auto args = [](int prompts, const std::string& file) {
    return "Namespace(backend='vllm', model='/llm/Qwen2.5-14B', num_prompts=" +
           std::to_string(prompts) +
           ", percentile_metrics='ttft,tpot', random_input_len=4096, result_filename='" + file +
           "', seed=0)\nTraffic request rate: inf\n";
  };
  const auto log = run(FileType::text, args(1, "a.json") + block("1374.27") + args(4, "b.json") +
                                           block("3712.20") + "Done.\n");
  EXPECT_EQ(at(log, "vllm_result[0].Mean TTFT (ms)").context.config, "num_prompts=1");
  EXPECT_EQ(at(log, "vllm_result[1].Mean TTFT (ms)").context.config, "num_prompts=4");
  EXPECT_EQ(at(log, "vllm_result[1].Mean TTFT (ms)").context.rate, "inf");
  // Command lines name their options the same way; an option one of them leaves out is no sweep.
  const auto cmds =
      run(FileType::text, "vllm bench serve --model m --num-prompts 10 --random-input-len 1024\n" +
                              block("151.3") +
                              "vllm bench serve --model m --num-prompts 10 --random-input-len 4096 "
                              "--ignore-eos\n" +
                              block("402.9"));
  EXPECT_EQ(at(cmds, "vllm_result[0].Mean TTFT (ms)").context.config, "random_input_len=1024");
  EXPECT_EQ(at(cmds, "vllm_result[1].Mean TTFT (ms)").context.config, "random_input_len=4096");
  // One block: nothing to tell apart.
  const auto one = run(FileType::text, args(1, "a.json") + block("1374.27"));
  EXPECT_EQ(at(one, "vllm_result[0].Mean TTFT (ms)").context.config, "");
}

// InferenceMAX's agentic result JSON: a sampled quantity's "samples" count them, its window is a
// setting, rates per GPU are no rate of the run, a throughput's "output"/"input"/"total"
// container says which tokens, and "intvty" is a request's decode rate.
TEST(Identity, InferencemaxRequestMetrics) {
  const auto r = run(FileType::json, R"({"hw": "mi355x", "request_metrics": {
    "qps": {"window_seconds": 1, "samples": 3586, "mean": 0.18015},
    "latency": {"intvty": {"mean": 243.19}, "e2e_norm_intvty": {"mean": 113.89}},
    "throughput": {"output": {"tokens_per_second": 185.95},
                   "total": {"tokens_per_second": 33137.19},
                   "per_gpu": {"output_tput_tps": 46.49}}}})");
  const auto& samples = at(r, "request_metrics.qps.samples");
  EXPECT_EQ(samples.statistic, "count");
  EXPECT_EQ(samples.unit, "count");          // no 3586 req/s
  EXPECT_EQ(samples.context.gpu, "mi355x");  // its "hw"
  EXPECT_EQ(at(r, "request_metrics.qps.window_seconds").role, metrics::Role::parameter);
  EXPECT_EQ(at(r, "request_metrics.latency.intvty.mean").metric_id(), "decode_rate");
  EXPECT_EQ(at(r, "request_metrics.latency.intvty.mean").unit, "tok/s");
  EXPECT_EQ(at(r, "request_metrics.latency.e2e_norm_intvty.mean").metric_id(), "unknown");
  EXPECT_EQ(at(r, "request_metrics.throughput.output.tokens_per_second").metric_id(),
            "output_throughput");
  const auto& total = at(r, "request_metrics.throughput.total.tokens_per_second");
  EXPECT_EQ(total.metric_id(), "total_throughput");
  EXPECT_EQ(total.status, RowStatus::ok);  // "total" tokens, not failed requests counted in
  // A count under a key that names a label ("device": tokens from the device's cache) labels
  // nothing.
  const auto cache = run(FileType::json, R"({"cache": {"hit_rate": 0.97,
    "cached_tokens_by_source": {"device": 116246336}}})");
  EXPECT_EQ(at(cache, "cache.hit_rate").context.config, "");
  // A harness's "test_type" tells two runs of one model apart.
  const auto runs = run(FileType::json, R"({"results": [
    {"model_name": "DialoGPT-medium", "test_type": "inference", "load_time": 2.27},
    {"model_name": "DialoGPT-medium", "test_type": "inference_mps", "load_time": 1.49}]})");
  EXPECT_EQ(at(runs, "results[1].load_time").context.test, "inference_mps");
  const auto& per_gpu = at(r, "request_metrics.throughput.per_gpu.output_tput_tps");
  EXPECT_EQ(per_gpu.metric_id(), "unknown");
  EXPECT_EQ(per_gpu.unit, "tok/s");
}

// A prose line with Markdown escapes above a fence (read through a temporary, unescaped copy of
// the line) still names the fence's accelerator.
TEST(Identity, AnEscapedProseLineAboveAFenceNamesItsGpu) {
  const auto r = run(FileType::markdown,
                     "# Run\n\nThe output below was obtained on A100\\_80GB\n\n```\n"
                     "============ Serving Benchmark Result ============\n"
                     "Mean TTFT (ms):                          151.3\n"
                     "==================================================\n```\n");
  EXPECT_NE(at(r, "vllm_result[0].Mean TTFT (ms)").context.gpu.find("A100"), std::string::npos);
}

// A llama-bench summary kept as JSON under the tests' names: each rate is its test's, the
// std_dev beside it its spread, the "hardware_id" the GPU.
TEST(Identity, LlamaBenchTestsAsJsonKeys) {
  const auto r = run(FileType::json, R"({"hardware_id": "intel-arc-pro-b70", "results": {
    "pp512": {"tokens_per_sec": 725, "std_dev": 1.88},
    "tg128": {"tokens_per_sec": 20.56, "std_dev": 0.06}}})");
  const auto& tg = at(r, "results.tg128.tokens_per_sec");
  EXPECT_EQ(tg.metric_id(), "decode_rate");
  EXPECT_EQ(tg.context.test, "tg128");
  EXPECT_EQ(tg.context.gpu, "intel-arc-pro-b70");
  const auto& spread = at(r, "results.pp512.std_dev");
  EXPECT_EQ(spread.metric_id(), "prompt_eval_rate");
  EXPECT_EQ(spread.statistic, "std");
  EXPECT_EQ(spread.unit, "tok/s");
  EXPECT_EQ(spread.context.test, "pp512");
}

TEST(Identity, LlmperfConsoleResultsInALog) {
  const auto log = run(FileType::text, R"(2024-09-24 20:20:40,298 INFO worker.py:1786 -- Started.
\Results for token benchmark for llama2-7b-chat queried with the openai api.

ttft_s
    p25 = 3.6959370889962884
    mean = 5.805881602374029
    stddev = 2.8382009776887887
request_output_throughput_token_per_s
    p50 = 10.695016667242115
Number Of Errored Requests: 0
Overall Output Throughput: 168.8591728722722
Completed Requests Per Minute: 67.55774367884197
Shutting down.
)");
  EXPECT_EQ(log.format, "llmperf console");
  const auto& p25 = at(log, "llmperf_result[0].ttft_s.p25");
  EXPECT_EQ(p25.metric_id(), "ttft");
  EXPECT_EQ(p25.statistic, "p25");
  EXPECT_DOUBLE_EQ(*p25.normalized, 3695.9370889962884);  // seconds, as the name says
  EXPECT_EQ(p25.context.model, "llama2-7b-chat");
  EXPECT_EQ(at(log, "llmperf_result[0].ttft_s.stddev").statistic, "std");
  // As the summary JSON reads the same field: one request's output tokens over its latency.
  EXPECT_EQ(at(log, "llmperf_result[0].request_output_throughput_token_per_s.p50").metric_id(),
            "token_rate");
  EXPECT_EQ(at(log, "llmperf_result[0].Number Of Errored Requests").metric_id(), "failed_requests");
  const auto& overall = at(log, "llmperf_result[0].Overall Output Throughput");
  EXPECT_EQ(overall.metric_id(), "output_throughput");
  EXPECT_EQ(overall.unit, "tok/s");
  const auto& per_min = at(log, "llmperf_result[0].Completed Requests Per Minute");
  EXPECT_EQ(per_min.metric_id(), "request_throughput");
  EXPECT_EQ(per_min.unit, "req/min");
  EXPECT_EQ(log.rows.size(), 7u);  // nothing from the lines around the results
}

TEST(Identity, ALogsModelNameWithATagNamesTheModel) {
  const auto log = run(FileType::text, R"(model_name =    gemma3:1b
total duration:       1.2s
eval rate:            59.18 tokens/s
)");
  EXPECT_EQ(at(log, "ollama[0].eval_rate").context.model, "gemma3:1b");  // not "gemma3" = "1b"
}

TEST(Identity, AnEnvironmentListedAfterTheFirstResultsLabelsThemToo) {
  const auto note = run(FileType::markdown, R"(# Running it

```
total duration:       6.9259706s
eval rate:            54.70 tokens/s
```

Measured on:

- CPU: AMD Ryzen 5 5600X 6-Core Processor
- GPU: AMD Radeon RX 7600 XT

## In prose

```
total duration:       6.359634s
eval rate:            54.68 tokens/s
```
)");
  EXPECT_EQ(at(note, "ollama[0].eval_rate").context.gpu, "AMD Radeon RX 7600 XT");
  EXPECT_EQ(at(note, "ollama[1].eval_rate").context.gpu, "AMD Radeon RX 7600 XT");
}

TEST(Identity, AQuotedOllamaStatisticIsRead) {
  // The answer quoted with ">" and its first statistic glued to the last quote marker.
  const auto note = run(FileType::markdown, R"(> ...feel free to ask!

>total duration:       1m20.32036133s
load duration:        23.737978ms
eval rate:            12.5 tokens/s
)");
  EXPECT_DOUBLE_EQ(*at(note, "ollama[0].total_duration").normalized, 80320.36133);
  EXPECT_DOUBLE_EQ(*at(note, "ollama[0].eval_rate").value, 12.5);
}

TEST(Identity, ARepeatedOllamaStatisticStartsTheNextBlock) {
  // A captured terminal: the answer's redraws leave "total duration:" on the line after the
  // previous block's "eval rate:", with nothing between the two blocks.
  const auto log = run(FileType::text, R"(total duration:       1.2s
eval rate:            59.18 tokens/s
total duration:       2.4s
eval rate:            61.00 tokens/s
)");
  EXPECT_DOUBLE_EQ(*at(log, "ollama[0].eval_rate").value, 59.18);
  EXPECT_DOUBLE_EQ(*at(log, "ollama[1].eval_rate").value, 61.0);
}

TEST(Identity, LlmBenchmarkOutputPastedIntoANoteIsRead) {
  // ollama-benchmark's llm_benchmark output saved as .md: no fences, only "eval rate:" lines.
  const auto note = run(FileType::markdown, R"(model_name =    mistral:7b
prompt = Write a step-by-step guide on how to bake a chocolate cake from scratch.
eval rate:            67.11 tokens/s
prompt = Develop a python function that solves the following problem, sudoku game
eval rate:            66.61 tokens/s
--------------------
Average of eval rate:  66.966  tokens/s
model_name =    phi4:14b
eval rate:            32.77 tokens/s
)");
  EXPECT_DOUBLE_EQ(*at(note, "ollama[1].eval_rate").value, 66.61);
  EXPECT_EQ(at(note, "ollama[1].eval_rate").context.model, "mistral:7b");
  const auto& mean = at(note, "ollama_mean[0].eval_rate");
  EXPECT_EQ(mean.statistic, "mean");
  EXPECT_EQ(mean.metric_id(), "decode_rate");
  EXPECT_EQ(at(note, "ollama[2].eval_rate").context.model, "phi4:14b");
}

TEST(Identity, ADashIsNoSetting) {
  const auto r = run(FileType::csv, "model,rate,ttft_ms\nm,-,12.5\nm,2.0,14.0\n");
  EXPECT_EQ(at(r, "[0].ttft_ms").context.rate, "");  // "-": no rate was set
  EXPECT_EQ(at(r, "[1].ttft_ms").context.rate, "2.0");
}

TEST(Identity, OllamaPsBesideTheStatisticsNamesTheModel) {
  const auto r = run(FileType::markdown,
                     "## Metrics\n```\n"
                     "NAME           ID              SIZE      PROCESSOR    UNTIL\n"
                     "llama3.2:1b    baf6a787fdff    2.2 GB    100% CPU     4 minutes from now\n\n"
                     "total duration:       1m5.030421727s\n"
                     "eval rate:            7.69 tokens/s\n```\n");
  EXPECT_EQ(at(r, "ollama[0].eval_rate").context.model, "llama3.2:1b");
  EXPECT_DOUBLE_EQ(*at(r, "ollama[0].total_duration").normalized, 65030.421727);
}

TEST(Identity, JsonLinesAreRead) {
  const auto r = run(FileType::jsonl,
                     "{\"ttft_ms\": 12.5, \"model\": \"a\"}\n"
                     "not json\n"
                     "{\"ttft_ms\": 14.0, \"model\": \"b\"}\n");
  EXPECT_EQ(at(r, "[0].ttft_ms").context.model, "a");
  EXPECT_EQ(at(r, "[1].ttft_ms").line, 3u);
  EXPECT_EQ(at(r, "[1].ttft_ms").context.model, "b");
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find("line 2"), std::string::npos);
}

TEST(Identity, IdentifiersAndEpochTimestampsAreNotMetrics) {
  const auto r = run(FileType::json,
                     R"({"request_id": 17, "port": 8080, "start_time": 1749157168.05,
                         "runs": [{"tokens_per_second": 40}], "duration_s": 12})");
  EXPECT_EQ(at(r, "request_id").role, metrics::Role::identifier);
  EXPECT_EQ(at(r, "port").role, metrics::Role::identifier);
  EXPECT_EQ(at(r, "start_time").role, metrics::Role::timestamp);
  EXPECT_FALSE(at(r, "start_time").normalized);
  const auto& in_runs = at(r, "runs[0].tokens_per_second");  // not a count for being in "runs"
  EXPECT_EQ(in_runs.metric_id(), "token_rate");
  EXPECT_EQ(in_runs.normalized_unit, "tok/s");
  EXPECT_EQ(at(r, "duration_s").metric_id(), "duration");
}

TEST(Identity, NulTailIsReportedAndTheTextBeforeItRead) {
  std::string bytes = "ttft_ms\n12\n";
  bytes.append(4096, '\0');
  const auto d = text::decode(bytes);
  EXPECT_EQ(d.encoding, "utf-8");
  EXPECT_EQ(d.text, "ttft_ms\n12\n");
  EXPECT_NE(d.note.find("4096 NUL bytes"), std::string::npos) << d.note;
  // Real UTF-16 still decodes as UTF-16.
  const std::string utf16("t\0t\0f\0t\0\n\0", 10);
  EXPECT_EQ(text::decode(utf16).encoding, "utf-16le");
}

}  // namespace
}  // namespace chimera::ingest

namespace chimera::ingest {
namespace {

TEST(Identity, MarkdownTablesTakeTheirDocumentsLabels) {
  const auto r = run(FileType::markdown,
                     "# Report\n"
                     "**Model:** llama3.1:8b-q4_K_M\n"
                     "- **Backend**: ollama\n"
                     "## 8.1 Decode by runtime\n"
                     "| Runtime | Mode | decode_tok_s | TTFT (ms) |\n"
                     "|---|---|---|---|\n"
                     "| rust | generate | 81.5 | n/a |\n"
                     "| python | prefill | 77.0 | 40 |\n");
  const auto& rust = at(r, "table[0][0].decode_tok_s");
  EXPECT_EQ(rust.context.model, "llama3.1:8b-q4_K_M");
  EXPECT_EQ(rust.context.quantization, "Q4_K_M");
  EXPECT_EQ(rust.context.backend, "ollama");
  EXPECT_EQ(rust.context.section, "8.1 Decode by runtime");
  EXPECT_EQ(rust.context.config, "Runtime=rust Mode=generate");  // the row's own text cells
  EXPECT_EQ(at(r, "table[0][1].decode_tok_s").context.config, "Runtime=python Mode=prefill");
}

}  // namespace
}  // namespace chimera::ingest

namespace chimera::ingest {
namespace {

TEST(Identity, LlamaBenchCsvIsRecognised) {
  // The column layout of `llama-bench -o csv` (its README's example, shortened).
  const auto r = run(FileType::csv,
                     "build_commit,build_number,model_filename,model_type,n_batch,n_threads,"
                     "n_gpu_layers,n_prompt,n_gen,test_time,avg_ns,stddev_ns,avg_ts,stddev_ts\n"
                     "\"3469684\",1275,\"models/7B/ggml-model-q4_0.gguf\",\"llama 7B mostly Q4_0\","
                     "512,16,99,512,0,\"2023-09-23T12:09:01Z\",212365953,4614365,2410.932617,"
                     "52.198292\n"
                     "\"3469684\",1275,\"models/7B/ggml-model-q4_0.gguf\",\"llama 7B mostly Q4_0\","
                     "512,16,99,0,128,\"2023-09-23T12:09:02Z\",977925003,4202266,130.891472,"
                     "0.562451\n");
  EXPECT_EQ(r.format, "llama-bench csv");
  const auto& pp = at(r, "[0].avg_ts");
  EXPECT_EQ(pp.metric_id(), "prompt_eval_rate");
  EXPECT_EQ(pp.context.test, "pp512");
  EXPECT_EQ(pp.context.model, "llama 7B mostly Q4_0");
  EXPECT_EQ(pp.context.quantization, "Q4_0");
  EXPECT_EQ(at(r, "[1].avg_ts").metric_id(), "decode_rate");
  EXPECT_EQ(at(r, "[1].avg_ns").metric_id(), "eval_time");
  EXPECT_DOUBLE_EQ(*at(r, "[1].avg_ns").normalized, 977.925003);
  EXPECT_EQ(at(r, "[0].build_number").role, metrics::Role::identifier);
}

}  // namespace
}  // namespace chimera::ingest

namespace chimera::ingest {
namespace {

TEST(Identity, CaptionsAndPreambleLabelsOnlyWhereTheyHold) {
  const auto r = run(FileType::markdown,
                     "# Report\n"
                     "**Model:** gemma3:4b\n"
                     "## Hardware\n"
                     "- Model: Samsung PM9A1 SSD\n"
                     "## Results\n"
                     "**mistral-7b:**\n"
                     "\n"
                     "| GPU | Runtime | tok/s | 95% CI | Latency |\n"
                     "|---|---|---|---|---|\n"
                     "| 80 | rust | 41.2 | [39.0, 43.1] | 25.89 \xC2\xB1 0.61 s |\n"
                     "## More\n"
                     "| GPU | tok/s |\n"
                     "|---|---|\n"
                     "| 60 | 40.0 |\n");
  EXPECT_EQ(at(r, "table[1][0].tok/s").context.model, "gemma3:4b");  // the preamble's
  const auto& row = at(r, "table[0][0].tok/s");
  EXPECT_EQ(row.context.model, "mistral-7b");  // the caption's (over the preamble's), not the SSD's
  EXPECT_EQ(row.context.section, "Results / mistral-7b");
  EXPECT_EQ(row.context.config, "GPU=80 Runtime=rust");  // not the interval of another column
  const auto& latency = at(r, "table[0][0].Latency");
  EXPECT_EQ(latency.unit, "s");  // the unit after "mean ± sd" belongs to both
  EXPECT_DOUBLE_EQ(*latency.normalized, 25890);
}

}  // namespace
}  // namespace chimera::ingest

namespace chimera::ingest {
namespace {

TEST(Identity, ASiblingsConfigurationDoesNotLabelTheBaseline) {
  const auto r = run(FileType::json,
                     R"({"model": "gemma3", "baseline": {"configuration": {},
                          "aggregate": {"tokens_per_second": 70.1}},
                         "chimera": {"configuration": {"num_gpu": 80, "num_ctx": 512},
                          "aggregate": {"tokens_per_second": 81.5}}})");
  EXPECT_EQ(at(r, "baseline.aggregate.tokens_per_second").context.config, "");
  EXPECT_EQ(at(r, "baseline.aggregate.tokens_per_second").context.model, "gemma3");
  EXPECT_EQ(at(r, "chimera.aggregate.tokens_per_second").context.config, "num_gpu=80 num_ctx=512");
}

}  // namespace
}  // namespace chimera::ingest

namespace chimera::ingest {
namespace {

using testing::at;
using testing::run;

TEST(Identity, LlamaBenchTestIdsInOldFormAndAsColumns) {
  // Old llama-bench builds printed "pp 512"; a summary table has a column per test.
  const auto r = run(FileType::markdown,
                     "| model | backend | ngl | test | t/s |\n|---|---|--:|---|--:|\n"
                     "| llama ?B mostly Q4_K - Medium | CUDA | 5 | pp 512 | 20.99 ± 0.16 |\n\n"
                     "| version | ngl | pp512 | tg128 @ d4096 | notes |\n|---|---|---|---|---|\n"
                     "| b4970 | 0 | 6.71 | 4.98 | pure CPU |\n");
  EXPECT_EQ(at(r, "table[0][0].t/s").context.test, "pp512");
  EXPECT_EQ(at(r, "table[0][0].t/s").metric_id(), "prompt_eval_rate");
  const auto& pp = at(r, "table[1][0].pp512");
  EXPECT_EQ(pp.metric_id(), "prompt_eval_rate");
  EXPECT_EQ(pp.unit, "tok/s");
  EXPECT_EQ(pp.context.test, "pp512");
  EXPECT_EQ(pp.context.config.find("pp512"), std::string::npos);
  const auto& tg = at(r, "table[1][0].tg128 @ d4096");
  EXPECT_EQ(tg.metric_id(), "decode_rate");
  EXPECT_EQ(tg.context.test, "tg128 @ d4096");
  // Other forms of test ids, and headers that only start like one.
  const auto more = run(FileType::markdown,
                        "| pp 512+tg 128 | tg128@d512 | pp512 tokens | ppl |\n|---|---|---|---|\n"
                        "| 10.5 | 20.5 | 512 | 7.9 |\n");
  EXPECT_EQ(at(more, "table[0][0].pp 512+tg 128").context.test, "pp512+tg128");
  EXPECT_EQ(at(more, "table[0][0].tg128@d512").context.test, "tg128 @ d512");
  EXPECT_EQ(at(more, "table[0][0].tg128@d512").metric_id(), "decode_rate");
  EXPECT_EQ(at(more, "table[0][0].pp512 tokens").context.test, "");
  // A test's column with its rates' unit in brackets ("pp512 (tok/s)", "tg128 (gen tok/s)").
  const auto unit = run(FileType::markdown,
                        "| backend | pp512 (tok/s) | tg128 (gen tok/s) |\n|---|---|---|\n"
                        "| ROCm | **1420.72 ± 14** | 55.1 |\n");
  EXPECT_EQ(at(unit, "table[0][0].pp512 (tok/s)").metric_id(), "prompt_eval_rate");
  EXPECT_EQ(at(unit, "table[0][0].pp512 (tok/s)").context.test, "pp512");
  EXPECT_EQ(at(unit, "table[0][0].tg128 (gen tok/s)").metric_id(), "decode_rate");
  EXPECT_EQ(at(unit, "table[0][0].tg128 (gen tok/s)").context.test, "tg128");
  EXPECT_EQ(at(more, "table[0][0].ppl").context.test, "");
}

TEST(Identity, LlamaBenchHeaderWithoutResultsIsAFailedRun) {
  // A note that pasted a run which died after printing its header: said, with the error.
  const auto r = run(FileType::markdown,
                     "```\n| model | size | params | backend | ngl | test | t/s |\n"
                     "| --- | ---: | ---: | --- | --: | --- | ---: |\n"
                     "CUDA error: no kernel image is available for execution on the device\n```\n");
  EXPECT_TRUE(r.rows.empty());
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find("line 2: a llama-bench table with a header and no results"),
            std::string::npos)
      << r.warnings[0];
  EXPECT_NE(r.warnings[0].find("CUDA error: no kernel image"), std::string::npos);
  // A table with results says nothing.
  const auto ok = run(FileType::markdown,
                      "| model | size | params | backend | ngl | test | t/s |\n"
                      "| --- | ---: | ---: | --- | --: | --- | ---: |\n"
                      "| llama 7B Q4_0 | 3.56 GiB | 6.74 B | CUDA | 99 | tg128 | 90.1 ± 0.2 |\n");
  EXPECT_TRUE(ok.warnings.empty());
}

TEST(Identity, HeldOutSixLlmperfGuidellmAndLlamaBenchRules) {
  // LLMPerf: what was asked for is a setting, the test's wall time is in seconds.
  const auto llmperf = run(FileType::json, R"({"model": "m", "results_ttft_s_mean": 0.5,
    "additional_sampling_params_temperature": 0, "results_overall_test_time": 126.75})");
  EXPECT_EQ(at(llmperf, "additional_sampling_params_temperature").role, metrics::Role::parameter);
  EXPECT_DOUBLE_EQ(*at(llmperf, "results_overall_test_time").normalized, 126750.0);
  // GuideLLM 0.8: a constraint's max_requests is the limit; the scheduler's counters are
  // bookkeeping, not a second count of the run's requests.
  const auto guidellm = run(FileType::json, R"({"benchmarks": [{"metrics":
    {"request_totals": {"successful": 2}}, "scheduler_state": {"num_processes": 10,
    "processed_requests": 2, "scheduler_constraints": {"max_requests": {"metadata":
    {"max_requests": 2}}}}}]})");
  EXPECT_EQ(at(guidellm, "benchmarks[0].metrics.request_totals.successful").metric_id(),
            "requests");
  const std::string state = "benchmarks[0].scheduler_state.";
  EXPECT_EQ(at(guidellm, state + "processed_requests").role, metrics::Role::identifier);
  EXPECT_EQ(at(guidellm, state + "num_processes").parameter, "workers");
  const auto& limit =
      at(guidellm, state + "scheduler_constraints.max_requests.metadata.max_requests");
  EXPECT_EQ(limit.role, metrics::Role::parameter);
  EXPECT_EQ(limit.parameter, "limit");
  // llama-bench JSON: the processor beside the discrete GPU is no GPU of the run; repeats count.
  const auto bench =
      run(FileType::json,
          "[{\"gpu_info\": \"AMD Radeon RX 7900 XTX, AMD Ryzen 9 7950X 16-Core Processor (RADV "
          "RAPHAEL_MENDOCINO)\", \"n_prompt\": 512, \"n_gen\": 0, \"avg_ts\": 1935.1},\n"
          " {\"gpu_info\": \"NVIDIA RTX 3090, NVIDIA RTX 3090\", \"n_prompt\": 512, \"n_gen\": 0, "
          "\"avg_ts\": 2100.5}]");
  EXPECT_EQ(at(bench, "[0].avg_ts").context.gpu, "AMD Radeon RX 7900 XTX");
  EXPECT_EQ(at(bench, "[1].avg_ts").context.gpu, "2x NVIDIA RTX 3090");
}

TEST(Identity, AServingClientsTotalTokensAreSumsOverItsRequests) {
  const auto r = run(FileType::json,
                     R"({"backend": "vllm", "request_throughput": 1.5, "mean_ttft_ms": 20.0,
                         "total_input_tokens": 2048, "total_output_tokens": 512})");
  EXPECT_EQ(at(r, "total_output_tokens").statistic, "sum");
  EXPECT_EQ(at(r, "total_output_tokens").metric_id(), "output_tokens");
  EXPECT_EQ(at(r, "total_input_tokens").statistic, "sum");
  const auto aiperf = run(FileType::json, R"({"records": {"total_isl": {"avg": 2048.0},
    "output_sequence_length": {"avg": 128.0, "p50": 128.0}}})");
  EXPECT_EQ(at(aiperf, "records.total_isl.avg").statistic, "sum");
  EXPECT_EQ(at(aiperf, "records.output_sequence_length.avg").statistic, "mean");
}

TEST(Identity, AnOnnxSessionOnTheCpuRanOnTheCpu) {
  const auto r = run(FileType::json, R"({"model": {"name": "mlp", "device": "cuda"},
    "backends": {"eager": {"benchmark": {"mean_time_ms": 0.3}},
    "onnx": {"benchmark": {"mean_time_ms": 3.7, "metadata": {"opset": 17,
    "providers": ["CPUExecutionProvider"]}}},
    "onnx_gpu": {"benchmark": {"mean_time_ms": 0.9, "metadata": {
    "providers": ["CUDAExecutionProvider", "CPUExecutionProvider"]}}}}})");
  EXPECT_EQ(at(r, "backends.onnx.benchmark.mean_time_ms").context.gpu, "cpu");
  EXPECT_EQ(at(r, "backends.onnx_gpu.benchmark.mean_time_ms").context.gpu, "cuda");
  EXPECT_EQ(at(r, "backends.eager.benchmark.mean_time_ms").context.gpu, "cuda");
}

TEST(Identity, TheReferenceDemoAgentsTotalTokensAreTheTokensGenerated) {
  // run_demo.py's performance_delta: "baseline_total_tokens: Baseline tokens generated".
  const auto r = run(FileType::json, R"([{"performance_delta": {"baseline_total_tokens": 2220,
    "chimera_total_tokens": 2141, "chimera_ttft_ms": 1634.9}}])");
  EXPECT_EQ(at(r, "[0].performance_delta.chimera_total_tokens").metric_id(), "output_tokens");
  EXPECT_EQ(at(r, "[0].performance_delta.chimera_ttft_ms").metric_id(), "ttft");
}

TEST(Identity, TheReferenceSweepsRunRecordTakesItsOptionsFromItsConfiguration) {
  // chimera_sweep's metrics.json: `chimera_results.metrics.configuration` states the run's
  // options once; the record's execution time is of that run. The baseline states none.
  const auto r = run(FileType::json, R"([{"baseline_results": {"metrics": {"model": "gemma3"},
    "execution_time": 21.5}, "chimera_results": {"metrics": {"model": "gemma3",
    "configuration": {"num_gpu": 120, "num_ctx": 1024}}, "analysis": {"performance_metrics":
    {"total_files_analyzed": 0}}, "benchmark_data_count": 0, "execution_time": 23.86}}])");
  const std::string options = "num_gpu=120 num_ctx=1024";
  EXPECT_EQ(at(r, "[0].chimera_results.execution_time").context.config, options);
  EXPECT_EQ(at(r, "[0].chimera_results.benchmark_data_count").context.config, options);
  EXPECT_EQ(
      at(r, "[0].chimera_results.analysis.performance_metrics.total_files_analyzed").context.config,
      options);
  EXPECT_EQ(at(r, "[0].baseline_results.execution_time").context.config, "");
}

TEST(Identity, AVllmRunThatCompletedFewerRequestsThanItSentWarns) {
  const auto r = run(FileType::jsonl,
                     "{\"backend\": \"vllm\", \"num_prompts\": 120, \"completed\": 120, "
                     "\"request_throughput\": 1.2, \"mean_ttft_ms\": 45.0}\n"
                     "{\"backend\": \"vllm\", \"num_prompts\": 2000, \"completed\": 1015, "
                     "\"request_throughput\": 9.1, \"mean_ttft_ms\": 4500.0}\n");
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find("1 of 2 runs completed fewer requests than they sent (line 2: "
                               "1015 of 2000)"),
            std::string::npos);
}

// Held-out set 8: newer vLLM prints its settings inside the result block, below the first
// figures; a block headed "Per-position acceptance (%):" lists its figures indented; a run that
// completed fewer prompts than it sent says so.
TEST(Identity, VllmConsoleBlockSettingsGroupsAndShortRuns) {
  const auto r = run(FileType::text,
                     "vllm bench serve --model m --num-prompts 100 --speculative-config "
                     "'{\"method\":\"mtp\",\"num_speculative_tokens\":2}'\n"
                     "============ Serving Benchmark Result ============\n"
                     "Successful requests:                     57\n"
                     "Maximum request concurrency:             20\n"
                     "Draft tokens:                            6036\n"
                     "Per-position acceptance (%):\n"
                     "  Position 0:                            84.00\n"
                     "==================================================\n");
  const auto& ok = at(r, "vllm_result[0].Successful requests");
  EXPECT_EQ(ok.context.concurrency, "20");  // printed below it, of the same block
  EXPECT_EQ(ok.context.config,
            "speculative_config={\"method\":\"mtp\",\"num_speculative_tokens\":2}");
  EXPECT_EQ(at(r, "vllm_result[0].Draft tokens").unit, "tokens");
  const auto& position = at(r, "vllm_result[0].Per-position acceptance Position 0 (%)");
  EXPECT_EQ(position.unit, "%");
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find("1 of 1 runs completed fewer requests than they sent (line 3: 57 "
                               "of 100)"),
            std::string::npos)
      << r.warnings[0];
}

// Held-out set 9: the client's options on the command line above a console block give its load
// and backend; a result JSON's `--metadata platform=MI300X` names the accelerator.
TEST(Identity, VllmCommandLineLoadAndMetadataPlatform) {
  const auto log = run(FileType::text,
                       "vllm bench serve --backend openai-chat --model m --max-concurrency 4 "
                       "--request-rate 8\n"
                       "============ Serving Benchmark Result ============\n"
                       "Median TTFT (ms):                        73.14\n"
                       "==================================================\n");
  const auto& ttft = at(log, "vllm_result[0].Median TTFT (ms)");
  EXPECT_EQ(ttft.context.concurrency, "4");
  EXPECT_EQ(ttft.context.rate, "8");
  EXPECT_EQ(ttft.context.backend, "openai-chat");
  const auto json = run(FileType::json, R"({"backend": "openai", "model_id": "m", "platform":
    "MI300X", "request_throughput": 4.4, "mean_ttft_ms": 54.6})");
  EXPECT_EQ(at(json, "mean_ttft_ms").context.gpu, "MI300X");
  EXPECT_NE(at(json, "mean_ttft_ms").context.config.find("platform=MI300X"), std::string::npos);
}

// Held-out set 10 (vLLM recipes): the command under one heading, its output under the next
// sibling heading; a variable inside the model's name is the session's.
TEST(Identity, AVllmCommandWithoutItsOutputReachesTheNextSectionsBlock) {
  const auto r = run(FileType::markdown, R"(## Benchmarking

### FP8 Benchmark

```bash
DTYPE="FP8"
vllm bench serve \
  --model nvidia/Nemotron-Nano-$DTYPE \
  --request-rate 1.0
```

### Expected Output

```
============ Serving Benchmark Result ============
Mean TTFT (ms):                          54.58
==================================================
```
)");
  const auto& ttft = at(r, "vllm_result[0].Mean TTFT (ms)");
  EXPECT_EQ(ttft.context.model, "nvidia/Nemotron-Nano-FP8");
  EXPECT_EQ(ttft.context.rate, "1.0");
}

// Held-out set 55: sibling objects of the same figures keyed by a word that names no quantity
// ({"structured": {...}, "code": {...}}): the key labels its figures; engines under "backends"
// are their figures' engines; "input" / "output" under "throughput" name the quantity, no label.
TEST(Identity, SiblingObjectsOfTheSameFiguresAreLabelledByTheirKeys) {
  const auto r = run(FileType::json, R"({"structured": {"ar_tok_s": 22.91, "k5_tok_s": 52.9},
    "code": {"ar_tok_s": 22.61, "k5_tok_s": 49.96},
    "backends": {"eager": {"mean_time_ms": 3.1}, "jit": {"mean_time_ms": 2.2}},
    "throughput": {"input": {"tokens_per_second": 10}, "output": {"tokens_per_second": 5}}})");
  EXPECT_EQ(at(r, "structured.k5_tok_s").context.config, "structured");
  EXPECT_EQ(at(r, "code.ar_tok_s").context.config, "code");
  EXPECT_EQ(at(r, "backends.jit.mean_time_ms").context.backend, "jit");
  EXPECT_EQ(at(r, "backends.jit.mean_time_ms").context.config, "");
  EXPECT_EQ(at(r, "throughput.input.tokens_per_second").context.config, "");
}

// Held-out set 56: {"throughput_tokens_per_sec": {"batch_1": 39.22, "batch_16": 436.03}}: the
// container's figures, each at its key's batch size; no batch size of 39.22.
TEST(Identity, FiguresKeyedByASettingsLevel) {
  const auto r = run(FileType::json, R"({"fp16": {"throughput_tokens_per_sec":
    {"batch_1": 39.22, "batch_16": 436.03}, "first_token_latency_ms": 29.13}})");
  const auto& one = at(r, "fp16.throughput_tokens_per_sec.batch_1");
  EXPECT_EQ(one.role, metrics::Role::metric);
  EXPECT_EQ(one.unit, "tok/s");
  EXPECT_EQ(one.context.config, "batch=1");
  EXPECT_EQ(at(r, "fp16.throughput_tokens_per_sec.batch_16").context.config, "batch=16");
  EXPECT_EQ(at(r, "fp16.first_token_latency_ms").context.config, "");
}

// Held-out set 57: "acc": 6645 beside a drafter's "drafts" is no accuracy (a share, at most 100);
// "runtime_timings.cache_n" a count, no time of its container's.
TEST(Identity, ACountIsNoAccuracyNorItsContainersTime) {
  const auto r = run(FileType::json, R"({"pre": {"drafts": 2940.0, "acc": 6645.0},
    "score": {"acc": 0.82}, "runtime_timings": {"cache_n": 0, "prompt_ms": 8115.8}})");
  EXPECT_EQ(at(r, "pre.acc").metric_id(), "unknown");
  EXPECT_EQ(at(r, "score.acc").metric_id(), "quality");
  EXPECT_NE(at(r, "runtime_timings.cache_n").metric_id(), "duration");
  EXPECT_EQ(at(r, "runtime_timings.prompt_ms").unit, "ms");
}

// Held-out set 57: llama-batched-bench's `-o jsonl`: pp, tg and pl the test and its parallel
// sequences (settings), the batch's times in seconds, its speeds of the pl sequences together.
TEST(Identity, LlamaBatchedBenchJsonLines) {
  const auto r = run(
      FileType::jsonl,
      R"({"n_kv_max": 2048, "n_batch": 2048, "pp": 128, "tg": 128, "pl": 2, "n_kv": 512, "t_pp": 2.66, "speed_pp": 96.25, "t_tg": 10.97, "speed_tg": 23.35, "t": 13.63, "speed": 37.58})"
      "\n");
  EXPECT_EQ(r.format, "llama-batched-bench jsonl");
  EXPECT_EQ(at(r, "[0].pp").role, metrics::Role::parameter);
  EXPECT_EQ(at(r, "[0].pl").parameter, "concurrency");
  const auto& tg = at(r, "[0].speed_tg");
  EXPECT_EQ(tg.metric_id(), "output_throughput");
  EXPECT_EQ(tg.unit, "tok/s");
  EXPECT_EQ(tg.context.test, "pp128+tg128");
  EXPECT_EQ(tg.context.concurrency, "2");
  EXPECT_EQ(tg.context.backend, "llama.cpp");
  EXPECT_DOUBLE_EQ(*at(r, "[0].t_pp").normalized, 2660.0);
  EXPECT_EQ(at(r, "[0].speed").metric_id(), "total_throughput");
}

// Held-out set 56: `vllm bench latency --output-json` (benchmark_latency.py): each iteration's
// seconds for one batch, their mean and percentiles keyed by number: end-to-end latencies in ms.
TEST(Identity, VllmBenchLatencyJson) {
  const auto r = run(FileType::json, R"({"avg_latency": 0.92, "latencies": [1.1, 0.9],
    "percentiles": {"10": 0.89, "50": 0.898, "99": 1.09}})");
  EXPECT_EQ(r.format, "vllm bench latency");
  const auto& mean = at(r, "avg_latency");
  EXPECT_EQ(mean.metric_id(), "e2e_latency");
  EXPECT_EQ(mean.statistic, "mean");
  EXPECT_DOUBLE_EQ(*mean.normalized, 920.0);
  EXPECT_EQ(mean.context.backend, "vLLM");
  EXPECT_EQ(at(r, "latencies[1]").statistic, "sample");
  EXPECT_DOUBLE_EQ(*at(r, "latencies[1]").normalized, 900.0);
  const auto& p99 = at(r, "percentiles.99");
  EXPECT_EQ(p99.metric_id(), "e2e_latency");
  EXPECT_EQ(p99.statistic, "p99");
  EXPECT_DOUBLE_EQ(*p99.normalized, 1090.0);
  // Another file's "avg_latency" with no iterations beside it is no such run.
  EXPECT_NE(run(FileType::json, R"({"avg_latency": 0.92})").format, "vllm bench latency");
}

// Held-out set 10: `vllm bench throughput`'s console summary, and genai-perf's table printed as a
// pipe table inside a fence.
TEST(Identity, VllmThroughputConsoleAndAFencedStatisticsTable) {
  const auto r = run(FileType::text,
                     "vllm bench throughput --model Qwen/Qwen3-8B --input-len 128\n"
                     "Throughput: 2.73 requests/s, 699.93 total tokens/s, 349.97 output tokens/s\n"
                     "Total num prompt tokens:  1280\n");
  EXPECT_EQ(r.format, "vllm bench throughput console");
  EXPECT_EQ(at(r, "vllm_throughput[0].requests/s").metric_id(), "request_throughput");
  EXPECT_EQ(at(r, "vllm_throughput[0].output tokens/s").unit, "tok/s");
  EXPECT_EQ(at(r, "vllm_throughput[0].output tokens/s").context.model, "Qwen/Qwen3-8B");
  EXPECT_EQ(at(r, "vllm_throughput[0].Total num prompt tokens").statistic, "sum");
  const auto fenced = run(FileType::markdown, R"(```
genai-perf profile -m ensemble --concurrency 1
```

```
| Statistic                 | avg        | min        |
|---------------------------|------------|------------|
| Time to first token (ms)  | 847.16     | 825.78     |

Output token throughput (per sec): 20.41
```
)");
  EXPECT_EQ(at(fenced, "table[0][0].avg").metric_id(), "ttft");
  EXPECT_EQ(at(fenced, "table[0][0].avg").context.model, "ensemble");
  EXPECT_EQ(at(fenced, "table[0].Output token throughput (per sec)").metric_id(),
            "output_throughput");
}

TEST(Identity, AVllmLogOnTpuNamesItsAccelerator) {
  const auto log = run(FileType::text,
                       "INFO 04-26 23:01:47 [__init__.py:59] TPU info: node_name=n | "
                       "tpu_type=v6e-4 | worker_id=0 | num_chips=4\n"
                       "============ Serving Benchmark Result ============\n"
                       "Mean TTFT (ms):                          54.58\n"
                       "==================================================\n");
  EXPECT_EQ(at(log, "vllm_result[0].Mean TTFT (ms)").context.gpu, "TPU v6e-4");
}

TEST(Identity, VllmMetadataTellsRunsApart) {
  // `--metadata iteration=1 chunksize=256` written beside each run of a JSON Lines file: settings
  // of that run, in its configuration (not the client's own keys, not a measurement).
  const auto r = run(FileType::jsonl,
                     "{\"backend\": \"vllm\", \"max_concurrency\": 16, \"iteration\": 1, "
                     "\"chunksize\": 256, \"request_throughput\": 0.03, \"mean_ttft_ms\": 4659.0, "
                     "\"rtfx\": 0.0}\n"
                     "{\"backend\": \"vllm\", \"max_concurrency\": 16, \"iteration\": 2, "
                     "\"chunksize\": 256, \"request_throughput\": 0.15, \"mean_ttft_ms\": 934.0, "
                     "\"rtfx\": 0.0}\n");
  EXPECT_EQ(at(r, "[0].mean_ttft_ms").context.config, "iteration=1 chunksize=256");
  EXPECT_EQ(at(r, "[1].mean_ttft_ms").context.config, "iteration=2 chunksize=256");
  EXPECT_EQ(at(r, "[1].chunksize").role, metrics::Role::parameter);
  EXPECT_EQ(at(r, "[1].rtfx").role, metrics::Role::metric);  // the client's own figure
  // Metadata is written as strings: "kvcache": "gds-800g", a harness's "type": "warmup"; the
  // client's own text ("date", "tokenizer_id") and the model are no settings.
  const auto tagged =
      run(FileType::jsonl,
          "{\"date\": \"20250912-092754\", \"backend\": \"vllm\", \"model_id\": \"/m/R1\", "
          "\"tokenizer_id\": \"/m/R1\", \"type\": \"warmup\", \"request_rate\": \"inf\", "
          "\"request_throughput\": 16.5, \"mean_ttft_ms\": 59.5}\n"
          "{\"date\": \"20250912-095738\", \"backend\": \"vllm\", \"model_id\": \"/m/R1\", "
          "\"iteration\": \"1\", \"kvcache\": \"gds-800g\", \"chunksize\": \"256\", "
          "\"request_rate\": \"inf\", \"request_throughput\": 0.03, \"mean_ttft_ms\": 4659.0}\n");
  EXPECT_EQ(at(tagged, "[0].mean_ttft_ms").context.config, "type=warmup");
  EXPECT_EQ(at(tagged, "[1].mean_ttft_ms").context.config,
            "iteration=1 kvcache=gds-800g chunksize=256");
  // The console: `--metadata "gpu=4xNVIDIA_L40S deployment=base"` on the command line.
  const auto log = run(FileType::text,
                       "python benchmark_serving.py --model m --metadata \"deployment=base "
                       "gpu=4xNVIDIA_L40S decode_replicas=4\" --save-result\n"
                       "============ Serving Benchmark Result ============\n"
                       "Mean TTFT (ms):                          54.58\n"
                       "==================================================\n");
  const auto& ttft = at(log, "vllm_result[0].Mean TTFT (ms)");
  EXPECT_EQ(ttft.context.gpu, "4xNVIDIA_L40S");
  EXPECT_EQ(ttft.context.config, "deployment=base decode_replicas=4");
  EXPECT_EQ(ttft.context.model, "m");
}

TEST(Identity, AiperfCsvOfARunWhereEveryRequestFailed) {
  const auto r = run(FileType::csv,
                     "Metric,avg,min,max,sum,p50,p99,std\n"
                     "Error Input Sequence Length (tokens),9.50,6.00,14.00,190.00,9.00,14.00,2.87\n"
                     "\nMetric,Value\nError Request Count,20.00\n"
                     "Total Error Input Sequence Length (tokens),190.00\n");
  EXPECT_EQ(r.format, "aiperf csv");
  EXPECT_EQ(at(r, "[0].avg").status, RowStatus::failed);
  EXPECT_EQ(at(r, "[2].Value").metric_id(), "failed_requests");
  const auto& total = at(r, "[3].Value");
  EXPECT_EQ(total.status, RowStatus::failed);
  EXPECT_NE(total.statistic, "delta");  // a total of the errored requests, not a difference
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find("every request of the run failed"), std::string::npos);
}

TEST(Identity, ZerosOfWhatCouldNotBeMeasuredAreNoFigures) {
  // vLLM: one output token per request leaves nothing between tokens; it writes 0.
  const auto one = run(FileType::json, R"({"completed": 5, "total_output_tokens": 5,
    "request_throughput": 16.5, "mean_ttft_ms": 59.6, "mean_tpot_ms": 0.0, "p99_tpot_ms": 0.0,
    "mean_itl_ms": 0.0, "median_itl_ms": 0.0})");
  EXPECT_FALSE(at(one, "mean_tpot_ms").value.has_value());
  EXPECT_NE(at(one, "mean_itl_ms").note.find("at most one token"), std::string::npos);
  EXPECT_DOUBLE_EQ(*at(one, "mean_ttft_ms").value, 59.6);
  const auto many = run(FileType::json, R"({"completed": 5, "total_output_tokens": 500,
    "request_throughput": 16.5, "mean_ttft_ms": 59.6, "mean_tpot_ms": 0.0, "p99_tpot_ms": 0.0})");
  // Many tokens per request and a time between them of exactly 0 (SGLang's client timed no
  // chunks; a reply in one chunk): no measurement either. A real time stays.
  EXPECT_FALSE(at(many, "mean_tpot_ms").value.has_value());
  EXPECT_NE(at(many, "mean_tpot_ms").note.find("many tokens each"), std::string::npos);
  const auto timed = run(FileType::json, R"({"completed": 5, "total_output_tokens": 500,
    "mean_tpot_ms": 12.5, "median_tpot_ms": 0.0})");
  EXPECT_DOUBLE_EQ(*at(timed, "median_tpot_ms").value, 0.0);  // beside a real one: kept
  // LLMPerf against a non-streaming endpoint: every TTFT 0.
  const auto llmperf = run(FileType::json, R"({"model": "m", "results_ttft_s_mean": 0,
    "results_ttft_s_quantiles_p99": 0, "results_end_to_end_latency_s_mean": 2.5})");
  EXPECT_FALSE(at(llmperf, "results_ttft_s_mean").value.has_value());
  EXPECT_NE(at(llmperf, "results_ttft_s_mean").note.find("did not stream"), std::string::npos);
  EXPECT_DOUBLE_EQ(*at(llmperf, "results_end_to_end_latency_s_mean").value, 2.5);
  // Both say so in a warning; a run with real TPOTs says nothing.
  ASSERT_EQ(one.warnings.size(), 1u);
  EXPECT_NE(one.warnings[0].find("1 of 1 runs: every request produced at most one token"),
            std::string::npos);
  ASSERT_EQ(llmperf.warnings.size(), 1u);
  EXPECT_NE(llmperf.warnings[0].find("every TTFT figure is 0"), std::string::npos);
  EXPECT_TRUE(many.warnings.empty());
}

TEST(Identity, NoGpuDetectedMeansTheFiguresRanOnTheCpu) {
  // llm_benchmark's log: "No GPU detected." then the APU's graphics as gpu_info.
  const auto r =
      run(FileType::markdown,
          "No GPU detected.\ncpu_info: AMD Ryzen 7 PRO 4750G\n"
          "gpu_info: Renoir [Radeon Vega Series]\n----------\nmodel_name =    mistral:7b\n"
          "eval rate:            9.50 tokens/s\n");
  const auto& rate = at(r, "ollama[0].eval_rate");
  EXPECT_EQ(rate.metric_id(), "decode_rate");
  // (The processor, as a CPU's run is named elsewhere: "cpu", and which one in its config.)
  EXPECT_EQ(rate.context.gpu, "cpu");
  EXPECT_EQ(rate.context.config, "device=AMD Ryzen 7 PRO 4750G");
  const auto gpu = run(FileType::markdown,
                       "gpu_info: NVIDIA RTX 4090\nmodel_name =    mistral:7b\n"
                       "eval rate:            95.0 tokens/s\n");
  EXPECT_EQ(at(gpu, "ollama[0].eval_rate").context.gpu, "NVIDIA RTX 4090");
}

TEST(Identity, FiguresOfARepetitionAreSamples) {
  // A harness's list of runs: each element one repetition; the summary beside it is no sample.
  const auto r = run(FileType::json, R"([{"model": "qwen3:4b", "runs": [
    {"eval_count": 1016, "eval_duration_ns": 13282614280, "tps": 76.49},
    {"eval_count": 438, "eval_duration_ns": 5640424072, "tps": 77.65}],
    "summary": {"runs_total": 2, "mean_tps": 77.07}}])");
  EXPECT_EQ(at(r, "[0].runs[1].eval_count").statistic, "sample");
  EXPECT_EQ(at(r, "[0].runs[0].eval_duration_ns").statistic, "sample");
  EXPECT_DOUBLE_EQ(*at(r, "[0].runs[0].eval_duration_ns").normalized, 13282.61428);
  EXPECT_EQ(at(r, "[0].summary.mean_tps").statistic, "mean");
  EXPECT_EQ(at(r, "[0].runs[0].eval_count").context.model, "qwen3:4b");
}

TEST(Identity, VllmBenchThroughputJson) {
  // benchmark_throughput.py --output-json: total_num_tokens counts prompt and output tokens.
  const auto r = run(FileType::json, R"({"elapsed_time": 2387.5, "num_requests": 500,
    "total_num_tokens": 367735, "requests_per_second": 0.2094, "tokens_per_second": 154.02})");
  EXPECT_EQ(r.format, "vllm bench throughput");
  EXPECT_EQ(at(r, "tokens_per_second").metric_id(), "total_throughput");
  EXPECT_EQ(at(r, "tokens_per_second").unit, "tok/s");
  EXPECT_EQ(at(r, "requests_per_second").metric_id(), "request_throughput");
  EXPECT_EQ(at(r, "requests_per_second").unit, "req/s");
  EXPECT_EQ(at(r, "total_num_tokens").metric_id(), "total_tokens");
  EXPECT_EQ(at(r, "elapsed_time").metric_id(), "duration");
  EXPECT_DOUBLE_EQ(*at(r, "elapsed_time").normalized, 2387500.0);
  EXPECT_EQ(at(r, "num_requests").metric_id(), "requests");
}

// Held-out set 30: a path to the weights names the model by its last part, and only where
// nothing else names it ("model_name" beside "model_id": "/home/llm_model/Qwen/...").
TEST(Identity, AModelPathIsNamedByItsLastPartAndYieldsToAName) {
  const auto both = run(FileType::json, R"({"model_name": "Qwen2.5-VL-72B-Instruct",
    "model_id": "/home/llm_model/Qwen/Qwen2.5-VL-72B-Instruct", "mean_ttft_ms": 3418.1})");
  EXPECT_EQ(at(both, "mean_ttft_ms").context.model, "Qwen2.5-VL-72B-Instruct");
  const auto none = run(FileType::json, R"({"quant-type": "no", "mean_ttft_ms": 3418.1})");
  EXPECT_EQ(at(none, "mean_ttft_ms").context.quantization, "");  // no quantization named
  const auto path =
      run(FileType::json, R"({"model_id": "/models/Qwen3/Qwen3-30B-A3B", "mean_ttft_ms": 403.8})");
  EXPECT_EQ(at(path, "mean_ttft_ms").context.model, "Qwen3-30B-A3B");
  const auto hub = run(FileType::json, R"({"model_id": "Qwen/Qwen3-30B-A3B", "mean_ttft_ms": 1})");
  EXPECT_EQ(at(hub, "mean_ttft_ms").context.model, "Qwen/Qwen3-30B-A3B");
}

// Held-out set 30: objects keyed by the concurrency levels the document ran ("1", "4") hold
// those levels' figures; numbered keys that are no level stay unlabelled.
TEST(Identity, ObjectsKeyedByTheLevelsRunHoldThoseLevelsFigures) {
  const auto r = run(FileType::json, R"({"results": [{"concurrency": 1}, {"concurrency": 4}],
    "performance_summary": {"1": {"median_latency_ms": 7304.1}, "4": {"median_latency_ms": 12373.7}},
    "epochs": {"3": {"loss_ms": 1.0}}})");
  EXPECT_EQ(at(r, "performance_summary.4.median_latency_ms").context.concurrency, "4");
  EXPECT_EQ(at(r, "performance_summary.1.median_latency_ms").context.concurrency, "1");
  EXPECT_EQ(at(r, "epochs.3.loss_ms").context.concurrency, "");
}

// Held-out set 30: a figure the file writes twice, once with its unit, has it both times, and
// the record's other figures of that metric share it; a short figure ("0.5") proves nothing.
TEST(Identity, AFigureWrittenTwiceTakesTheUnitItIsGivenOnce) {
  const auto r = run(FileType::json, R"({"results": [{"concurrency": 1,
      "median_end_to_end_latency": 7304.09049987793, "p99_end_to_end_latency": 7523.986034393311,
      "median_ttft": 77.07786560058594, "ratio": 0.5}],
    "summary": {"median_latency_ms": 7304.09049987793, "half_ms": 0.5}})");
  EXPECT_EQ(at(r, "results[0].median_end_to_end_latency").unit, "ms");
  EXPECT_EQ(at(r, "results[0].p99_end_to_end_latency").unit, "ms");
  EXPECT_EQ(at(r, "results[0].median_ttft").unit, "");  // another metric: not proven
}

// ... and a generic token rate that is the same figure as an output throughput in another record
// is that output throughput (in the same record two quantities may agree at one user).
TEST(Identity, AGenericRateThatIsAnotherRecordsOutputThroughputIsIt) {
  const auto r = run(FileType::json, R"({
  "results": [{"concurrency": 1, "system_output_throughput": 139.22210233217695}],
  "summary": {"1": {"throughput_tokens_per_sec": 139.22210233217695}}
})");
  const auto& rate = at(r, "summary.1.throughput_tokens_per_sec");
  ASSERT_NE(rate.metric, nullptr);
  EXPECT_EQ(rate.metric->id, "output_throughput");
}

// Held-out set 41: a named case of a results array is its figures' test (not a model's name).
TEST(Identity, ANamedCaseOfAResultsArrayIsItsTest) {
  const auto r = run(FileType::json, R"({"model": "Qwen3.6-35B-A3B-UD-Q4_K_XL",
    "results": [{"name": "code_python", "predicted_per_second": 77.15},
                {"name": "llama3.1:8b", "predicted_per_second": 40.2}]})");
  EXPECT_EQ(at(r, "results[0].predicted_per_second").context.test, "code_python");
  EXPECT_EQ(at(r, "results[1].predicted_per_second").context.test, "");
}

// Held-out set 46: "max_duration" beside "min_duration" and "avg_duration" is the largest duration
// measured (alone, a run's limit); a model's "storage" the size of its files, no memory in use.
TEST(Identity, AMaximumBesideItsMinimumAndAModelsStorage) {
  const auto r = run(FileType::csv,
                     "model,param_count,storage,avg_duration,max_duration,min_duration\n"
                     "codellama:7b,7B,3.8GB,10750,22904,706\n");
  const auto& max = at(r, "[0].max_duration");
  ASSERT_NE(max.metric, nullptr);
  EXPECT_EQ(max.metric->id, "duration");
  EXPECT_EQ(max.statistic, "max");
  EXPECT_EQ(max.name, "max_duration");
  EXPECT_EQ(at(r, "[0].storage").parameter, "model_size");
  const auto alone = run(FileType::csv, "model,max_duration,ttft_ms\nx,60,120\n");
  EXPECT_EQ(at(alone, "[0].max_duration").parameter, "duration_limit");
}

// Review 45 (#18): a GeForce by its number alone under a GPU header is the card by its name, the
// same GPU as a row's "RTX 4090"; series 10 is a GTX.
TEST(Identity, AGeForceNumberUnderAGpuHeaderIsTheCardsName) {
  const auto r = run(FileType::markdown,
                     "| GPU | Model | tok/s |\n|---|---|---|\n| 4090 | qwen3:8b | 120.1 |\n"
                     "| RTX 4090 | llama3:8b | 118.4 |\n| 1080 | qwen3:8b | 31.2 |\n");
  EXPECT_EQ(at(r, "table[0][0].tok/s").context.gpu, "RTX 4090");
  EXPECT_EQ(at(r, "table[0][1].tok/s").context.gpu, "RTX 4090");
  EXPECT_EQ(at(r, "table[0][2].tok/s").context.gpu, "GTX 1080");
}

// Review 45 (#18): a column named by a family alone ("Llama tok/s") is the document's one model of
// that family, a compared title's too; the family where it names none or several.
TEST(Identity, AFamilysColumnIsTheDocumentsOneModelOfIt) {
  const auto r = run(FileType::markdown,
                     "# Qwen3-8B vs Llama-3.1-8B-Instruct on RTX 4090\n\n"
                     "| Prompt | Qwen3-8B tok/s | Llama tok/s |\n|---|---|---|\n"
                     "| short | 120.5 | 131.2 |\n");
  EXPECT_EQ(at(r, "table[0][0].Llama tok/s").context.model, "Llama-3.1-8B-Instruct");
  const auto two = run(FileType::markdown,
                       "# Llama-3.1-8B vs Llama-3.2-3B vs Qwen3-8B\n\n"
                       "| Prompt | Qwen3-8B tok/s | Llama tok/s |\n|---|---|---|\n"
                       "| short | 120.5 | 131.2 |\n");
  EXPECT_EQ(at(two, "table[0][0].Llama tok/s").context.model, "Llama");
}

// Held-out set 45's leftover: "288/288" under "Completed" is the requests completed, of those sent;
// not cells or tasks completed ("cells completed" 17/17).
TEST(Identity, RequestsCompletedOfThoseSent) {
  const auto r =
      run(FileType::markdown,
          "| Concurrency | Completed | tok/s |\n|---|---|---|\n| 8 | 280/288 | 412.1 |\n\n"
          "| Target | Metric | Achieved |\n|---|---|---|\n"
          "| Phase 1 | cells completed | 17/17 |\n");
  const auto& done = at(r, "table[0][0].Completed");
  ASSERT_NE(done.metric, nullptr);
  EXPECT_EQ(done.metric->id, "requests");
  EXPECT_EQ(done.value, 280);
  EXPECT_NE(done.note.find("of 288 sent"), std::string::npos);
  EXPECT_FALSE(testing::has_row(r, "table[1][0].Achieved"));
}

// Held-out set 47: a tuner's CSV: "model_type" of "Dense" beside "model" is the architecture, no
// model; "pp1024_tps" beside "pp1024_stddev_tps" the mean of the runs; "vctx", "vpp1024_tps"
// beside "ctx", "pp1024_tps" a variant's run of the same quantities (settings stay settings).
TEST(Identity, ATunersColumnsOfMeansSpreadsAndAVariant) {
  const auto r = run(FileType::csv,
                     "model,quant,model_type,ctx,pp1024_tps,pp1024_stddev_tps,vctx,vpp1024_tps\n"
                     "Qwen3.5-0.8B,Q4_K_M,Dense,262144,14902.8,866.0,262144,14698.9\n");
  const auto& pp = at(r, "[0].pp1024_tps");
  EXPECT_EQ(pp.context.model, "Qwen3.5-0.8B");
  EXPECT_NE(pp.context.config.find("model_type=Dense"), std::string::npos);
  EXPECT_EQ(pp.statistic, "mean");
  EXPECT_EQ(at(r, "[0].pp1024_stddev_tps").statistic, "std");
  const auto& vision = at(r, "[0].vpp1024_tps");
  ASSERT_NE(vision.metric, nullptr);
  EXPECT_EQ(vision.metric->id, "prompt_eval_rate");
  EXPECT_EQ(vision.context.test, "pp1024");
  EXPECT_NE(vision.context.config.find("variant=v"), std::string::npos);
  EXPECT_EQ(at(r, "[0].vctx").role, metrics::Role::parameter);
}

// Held-out set 47: a generic rate that grows with the requests in flight (213 at 1, 2,413 at 32)
// is the run's aggregate, the output throughput; one that falls with it stays a token rate.
TEST(Identity, ARateThatGrowsWithTheLoadIsTheAggregate) {
  const auto r = run(FileType::markdown,
                     "| Concurrency | TPS |\n|---|---|\n| 1 | 213.5 |\n| 4 | 699.0 |\n"
                     "| 32 | 2413.3 |\n\n| Concurrency | TPS |\n|---|---|\n| 1 | 60.1 |\n"
                     "| 4 | 51.0 |\n| 32 | 22.4 |\n");
  EXPECT_EQ(at(r, "table[0][0].TPS").metric_id(), "output_throughput");
  EXPECT_EQ(at(r, "table[0][2].TPS").metric_id(), "output_throughput");
  EXPECT_EQ(at(r, "table[1][2].TPS").metric_id(), "token_rate");
  // Held-out set 59: one column of several engines' sweeps, one of them growing: the column is
  // the aggregate for every engine's rows (one column, one quantity).
  const auto engines = run(FileType::csv,
                           "runtime,concurrency,throughput_tok_s\na,1,69.5\na,4,102.7\na,8,117.3\n"
                           "a,16,103.7\nb,1,13.0\nb,4,21.7\nb,16,69.7\n");
  EXPECT_EQ(at(engines, "[4].throughput_tok_s").metric_id(), "output_throughput");
  EXPECT_EQ(at(engines, "[0].throughput_tok_s").metric_id(), "output_throughput");
  // ... of the same test only: a prefill's flat rates in the column stay rates.
  const auto phases = run(FileType::csv,
                          "test,concurrency,tok_s\ndecode,1,41.2\ndecode,4,152.0\ndecode,16,520.3\n"
                          "prefill,1,3120.0\nprefill,4,3050.1\nprefill,16,2980.4\n");
  EXPECT_EQ(at(phases, "[2].tok_s").metric_id(), "output_throughput");
  EXPECT_EQ(at(phases, "[3].tok_s").metric_id(), "token_rate");
}

// Held-out set 47: "| Runs | OK |": the runs that succeeded, a count of requests completed; a
// prompt's mean duration is a request's end-to-end latency.
TEST(Identity, RunsAndTheOnesThatSucceeded) {
  const auto r = run(FileType::markdown,
                     "| Model | Prompt | Runs | OK | Mean TPS | Mean Duration (ms) |\n"
                     "|---|---|---|---|---|---|\n| qwen3:4b | Hello | 2 | 2 | 77.07 | 10116.0 |\n");
  EXPECT_EQ(at(r, "table[0][0].OK").metric_id(), "requests");
  EXPECT_EQ(at(r, "table[0][0].Runs").parameter, "repetitions");
  EXPECT_EQ(at(r, "table[0][0].Mean Duration (ms)").metric_id(), "e2e_latency");
}

// Held-out set 47: a round's number ("輪次") is no figure; a "replica" column of decimals holds
// figures of that set-up, no count of replicas.
TEST(Identity, ARoundsNumberAndAReplicaColumnOfFigures) {
  const auto r = run(FileType::markdown,
                     "| \xE8\xBC\xAA\xE6\xAC\xA1 | release | replica (no SIMD) |\n|---|---|---|\n"
                     "| 1 | 118.97 | 23.18 |\n");
  EXPECT_EQ(at(r, "table[0][0].\xE8\xBC\xAA\xE6\xAC\xA1").role, metrics::Role::identifier);
  const auto& replica = at(r, "table[0][0].replica (no SIMD)");
  EXPECT_EQ(replica.role, metrics::Role::metric);
  EXPECT_EQ(replica.parameter, "");
  // ... and a row labelled "平均" (average) under the rounds is their mean.
  const auto mean = run(FileType::markdown,
                        "| \xE8\xBC\xAA\xE6\xAC\xA1 | A (t/s) |\n|---|---|\n| 1 | 115.34 |\n"
                        "| **\xE5\xB9\xB3\xE5\x9D\x87** | **118.97** |\n");
  EXPECT_EQ(at(mean, "table[0][1].A (t/s)").statistic, "mean");
  const auto settings = run(FileType::csv, "model,replica,tok_s\nx,2,41.2\n");
  EXPECT_EQ(at(settings, "[0].replica").parameter, "data_parallel");
}

// Review 47's counter-examples to the thirty-third session's rules: each stays as a reader would
// read it.
TEST(Identity, ThirtyThirdSessionsReviewCounterExamples) {
  // A requirement's or a target's machine is none the figures ran on.
  const auto minimum =
      run(FileType::markdown,
          "# Notes\n\nMinimum hardware: RTX 3060 12GB (for the Q4 model to fit).\n\n"
          "| Model | tok/s |\n|---|---|\n| qwen3:8b | 41.0 |\n");
  EXPECT_EQ(at(minimum, "table[0][0].tok/s").context.gpu, "");
  // A count of prompts after "on" is no GeForce.
  const auto prompts = run(FileType::markdown,
                           "# Llama-3.1-8B on H100 80GB\n\n## Results on 1050 prompts\n\n"
                           "| Concurrency | TTFT (ms) |\n|---|---|\n| 1 | 41.0 |\n");
  EXPECT_EQ(at(prompts, "table[0][0].TTFT (ms)").context.gpu.find("1050"), std::string::npos);
  // "CPU offload" is a section of GPU runs.
  const auto offload = run(FileType::markdown,
                           "# Llama-3.1-8B on RTX 4090\n\n## CPU offload (--cpu-offload-gb 8)\n\n"
                           "| Concurrency | TTFT (ms) |\n|---|---|\n| 1 | 41.0 |\n");
  EXPECT_NE(at(offload, "table[0][0].TTFT (ms)").context.gpu, "cpu");
  // Profiles named by a quantity's word leave the rows' own labels their quantities.
  const auto profiles = run(FileType::markdown,
                            "|  | Latency-optimized | Throughput-optimized |\n|---|---|---|\n"
                            "| TTFT p50 (ms) | 38.2 | 112.7 |\n");
  EXPECT_EQ(at(profiles, "table[0][0].Latency-optimized").metric_id(), "ttft");
  // A family named for a draft keeps the section the title's model.
  const auto draft = run(FileType::markdown,
                         "# Mistral-7B-Instruct-v0.3 on RTX 4090\n\n## Drafting with a small Qwen "
                         "model\n\n| Run | tok/s |\n|---|---|\n| 1 | 88.0 |\n");
  EXPECT_EQ(at(draft, "table[0][0].tok/s").context.model, "Mistral-7B-Instruct-v0.3");
  // A size class is no model; a title comparing models keeps the preamble's engine.
  const auto klass = run(FileType::markdown,
                         "# Power on RTX 4090\n\n## Sub-10B class\n\n| Batch | tok/s |\n|---|---|\n"
                         "| 1 | 88.0 |\n");
  EXPECT_EQ(at(klass, "table[0][0].tok/s").context.model, "");
  const auto models = run(FileType::markdown,
                          "# Qwen3-8B vs Llama-3.1-8B on Ollama\n\nEverything was served with "
                          "Ollama 0.6.2 on an RTX 4070 12GB, default settings.\n\n| Model | Eval "
                          "(tok/s) |\n|---|---|\n| qwen3:8b | 52.3 |\n");
  EXPECT_EQ(at(models, "table[0][0].Eval (tok/s)").context.backend, "Ollama");
  // Per-user rates of two models under load stay per-user rates.
  const auto users = run(FileType::markdown,
                         "| Model | Concurrency | tok/s |\n|---|---|---|\n| 70B | 1 | 21.4 |\n"
                         "| 70B | 4 | 19.8 |\n| 8B | 4 | 88.9 |\n| 8B | 8 | 84.1 |\n");
  EXPECT_EQ(at(users, "table[0][3].tok/s").metric_id(), "token_rate");
  // Settings beside a mean, VRAM beside RAM, two different times: each as it is.
  const auto csv = run(FileType::csv,
                       "model,max_tokens,avg_tokens,ram_gb,vram_gb,load_s,gen_s,total_minutes\n"
                       "x,256,201,3.1,5.6,2.0,5.1,0.1\n");
  EXPECT_EQ(at(csv, "[0].max_tokens").role, metrics::Role::parameter);
  EXPECT_EQ(at(csv, "[0].vram_gb").context.config.find("variant=v"), std::string::npos);
  EXPECT_EQ(at(csv, "[0].total_minutes").metric_id(), "duration");
  // "/33" of layers offloaded is no score; finished requests are no "all"; a per-request total of
  // accepted tokens no acceptance length; an eval's passed trials no requests.
  EXPECT_NE(metrics::classify("Layers offloaded /33").metric, metrics::find_metric("quality"));
  EXPECT_FALSE(metrics::classify("Total finished requests").every_request);
  EXPECT_NE(metrics::classify("Mean accepted tokens per request").metric,
            metrics::find_metric("acceptance_length"));
  const auto trials = run(FileType::markdown,
                          "| Task | Trials | Passed | Pass rate |\n|---|---|---|---|\n"
                          "| search | 20 | 19 | 95% |\n");
  EXPECT_NE(at(trials, "table[0][0].Passed").metric_id(), "requests");
  // A provider's key under "results" is no test; an architecture with words after it no model; a
  // GTX 16's number its card; Polish "Średnia" the mean.
  const auto apis = run(FileType::json, R"({"results": {"openai": {"ttft_ms": 310.5}}})");
  EXPECT_EQ(at(apis, "results.openai.ttft_ms").context.test, "");
  const auto arch =
      run(FileType::markdown,
          "| Model | Model type | Eval tok/s |\n|---|---|---|\n| qwen3:32b | Dense (32B) "
          "| 12.0 |\n| 1660 | x | 1 |\n");
  EXPECT_EQ(at(arch, "table[0][0].Eval tok/s").context.model, "qwen3:32b");
  const auto gtx = run(FileType::markdown, "| GPU | tok/s |\n|---|---|\n| 1660 | 9.0 |\n");
  EXPECT_EQ(at(gtx, "table[0][0].tok/s").context.gpu, "GTX 1660");
  EXPECT_EQ(metrics::classify("\xC5\x9Arednia TTFT (ms)").statistic, "mean");
  // "64/0" under "Completed / Failed": the requests completed and the failed ones.
  const auto pair = run(FileType::markdown,
                        "| Concurrency | Completed / Failed |\n|---|---|\n"
                        "| 128 | 50/78 |\n");
  std::size_t done = 0, failed = 0;
  for (const auto& row : pair.rows) {
    if (row.metric_id() == "requests" && row.value == 50) ++done;
    if (row.metric_id() == "failed_requests" && row.value == 78) ++failed;
  }
  EXPECT_EQ(done, 1u);
  EXPECT_EQ(failed, 1u);
}

// Held-out set 46: a case keyed by its name under a results object is its figures' test; not a
// key naming a variant ("baseline"), a precision ("fp16"), a model or a statistic.
TEST(Identity, ACaseKeyedByItsNameUnderResultsIsItsTest) {
  const auto r = run(FileType::json, R"({"model": "Qwen3.5-122B-A10B",
    "results": {"apache": {"elapsed_seconds": 1254.848, "completion_tokens": 881},
                "baseline": {"elapsed_seconds": 250.4},
                "fp16": {"quant": "fp16", "elapsed_seconds": 12.5},
                "llama3.1:8b": {"elapsed_seconds": 9.1},
                "p95": {"elapsed_seconds": 300.1}}})");
  EXPECT_EQ(at(r, "results.apache.elapsed_seconds").context.test, "apache");
  EXPECT_EQ(at(r, "results.apache.completion_tokens").context.test, "apache");
  EXPECT_EQ(at(r, "results.baseline.elapsed_seconds").context.test, "");
  EXPECT_EQ(at(r, "results.fp16.elapsed_seconds").context.test, "");
  EXPECT_EQ(at(r, "results.p95.elapsed_seconds").context.test, "");
}

// Held-out set 42: "| Bit | prefill (ms/token) | decode (ms/token) |": the weights' bits are a
// setting of each row; a prompt token's time is no prompt phase's whole time (no metric), a
// generated token's is the TPOT.
TEST(Identity, BitsAndPerTokenTimesOfPrefillAndDecode) {
  const auto r = run(FileType::markdown, R"(| Bit | prefill (ms/token) | decode (ms/token) |
|---|---|---|
| 4 | 2.27 | 7.13 |
)");
  EXPECT_EQ(at(r, "table[0][0].Bit").role, metrics::Role::parameter);
  const auto& decode = at(r, "table[0][0].decode (ms/token)");
  EXPECT_EQ(decode.metric_id(), "tpot");
  EXPECT_EQ(decode.context.config, "Bit=4");
  EXPECT_EQ(at(r, "table[0][0].prefill (ms/token)").metric_id(), "unknown");
}

// Held-out set 42: a model card's table ("| Configuration | 14B |" over "| Hidden Size | 5,120 |")
// holds the model's settings, no figures; a model named in quotes in the sentence above is named
// without them.
TEST(Identity, AModelCardsTableHoldsSettings) {
  const auto r = run(FileType::markdown,
                     R"(For "Qwen2.5 14B Instruct Q4_K - Medium", the model configuration is:

| Configuration         | 14B      |
|-----------------------|---------:|
| Hidden Size           | 5,120    |
| Number of Layers      | 48       |
| Number of Query Heads | 40       |
)");
  EXPECT_EQ(at(r, "table[0][0].14B").role, metrics::Role::parameter);
  EXPECT_EQ(at(r, "table[0][2].14B").role, metrics::Role::parameter);
  EXPECT_EQ(at(r, "table[0][1].14B").context.model.find('"'), std::string::npos);
}

// Held-out set 42: a long list one setting holds ("cuda_graph_bs": [1, 2, ..., 16] of a server's
// arguments) gives no row per value, and says so; a short one does.
TEST(Identity, ALongListOfASettingIsNoRowPerValue) {
  const auto r =
      run(FileType::json, R"({"server_args": {"cuda_graph_bs": [1, 2, 4, 8, 12, 16, 20, 24, 32],
    "short": [1, 2]}, "mean_ttft_ms": 12.0})");
  EXPECT_FALSE(testing::has_row(r, "server_args.cuda_graph_bs[0]"));
  EXPECT_TRUE(testing::has_row(r, "server_args.short[1]"));
  EXPECT_EQ(at(r, "mean_ttft_ms").metric_id(), "ttft");
  ASSERT_FALSE(r.warnings.empty());
  EXPECT_NE(r.warnings.back().find("'cuda_graph_bs': a list of 9 values"), std::string::npos);
}

// Held-out set 43: a harness's names of llama-server's own figures ("server_prompt_ms",
// "server_gen_ms") and of its KV cache types ("cache_k"); Japanese "推論" (inference) a time.
TEST(Identity, AHarnesssNamesOfLlamaServersFigures) {
  const auto r = run(FileType::json, R"({"config": {"cache_k": "q4_0"},
    "benchmarks": {"long_context": {"server_prompt_ms": 1056.2, "server_gen_ms": 8246.1,
                                    "server_gen_tps": 49.7}}})");
  const auto& prompt = at(r, "benchmarks.long_context.server_prompt_ms");
  EXPECT_EQ(prompt.metric_id(), "prompt_eval_time");
  EXPECT_EQ(at(r, "benchmarks.long_context.server_gen_ms").metric_id(), "eval_time");
  EXPECT_NE(prompt.context.config.find("cache_k=q4_0"), std::string::npos);
  const auto ja = run(FileType::markdown, "| 形式 | 推論 |\n|---|---|\n| onnx_fp16 | 4.75s |\n");
  EXPECT_EQ(at(ja, "table[0][0].推論").metric_id(), "duration");
}

// Held-out set 43: a set-up table's "| Rate | 1.0 req/sec |" is the load of the document's
// figures, its "| Duration | 300 seconds |" the length asked for.
TEST(Identity, ASetupTablesRateAndDuration) {
  const auto r = run(FileType::markdown, R"(### Benchmark Configuration
| Parameter | Value |
|-----------|-------|
| Model | phi3 |
| Rate | 1.0 req/sec |
| Duration | 300 seconds |

### Latency
| Metric | Value |
|--------|-------|
| Mean Latency | 12.4 s |
)");
  EXPECT_EQ(at(r, "table[0][2].Value").parameter, "duration_limit");
  EXPECT_EQ(at(r, "table[1][0].Value").context.rate, "1.0");
  EXPECT_EQ(at(r, "table[1][0].Value").context.model, "phi3");
}

// The second review of the thirty-first session's rules: counter-examples that must stay as they
// were (a test's other figures, a workload's tagged line, a device's memory that varies, a
// prompt-side per-token time, server flags by the option's own name).
// The review of the thirty-second session: its counter-examples (/tmp/review44/cases, rewritten
// here), each a row the session's first rules got wrong.
TEST(Identity, ThirtySecondSessionsReviewCounterExamples) {
  // A draft's link names no section's model; a link alone, an autolink and hf.co do.
  const auto draft = run(FileType::markdown, R"(# Llama-3.1-70B-Instruct on 2x RTX 3090

## Speculative decoding

Draft: https://huggingface.co/meta-llama/Llama-3.2-1B-Instruct

| Setting | Decode (t/s) |
|---|---|
| with draft | 23.9 |
)");
  EXPECT_EQ(at(draft, "table[0][0].Decode (t/s)").context.model, "Llama-3.1-70B-Instruct");
  const auto links = run(FileType::markdown, R"(# Benchmarks on RTX 4090

## Model A

[Qwen2.5-7B-Instruct](https://huggingface.co/Qwen/Qwen2.5-7B-Instruct)

- Decode: 95.1 t/s

## Model C

https://hf.co/google/gemma-2-9b-it

- Decode: 60.2 t/s
)");
  EXPECT_EQ(at(links, "list[7].Decode").context.model, "Qwen/Qwen2.5-7B-Instruct");
  EXPECT_EQ(at(links, "list[13].Decode").context.model, "google/gemma-2-9b-it");
  // A serving engine's memory, the same share of every card, stays memory in use.
  const auto vllm = run(FileType::markdown, R"(# vLLM serving

| GPU | Model | VRAM | Output tok/s |
|---|---|---|---|
| RTX 4090 | Llama-3.1-8B-Instruct | 21.9 GB | 1450 |
| RTX 4090 | Qwen2.5-7B-Instruct | 21.9 GB | 1520 |
| A100 80GB | Llama-3.1-8B-Instruct | 72.4 GB | 3900 |
| A100 80GB | Qwen2.5-7B-Instruct | 72.4 GB | 4100 |
)");
  EXPECT_EQ(at(vllm, "table[0][0].VRAM").metric_id(), "memory");
  // Two memory breakdowns in one log stay apart.
  const std::string breakdown =
      "llama_memory_breakdown_print: | memory breakdown [MiB] | total   free     self   model   "
      "context   compute    unaccounted |\n"
      "llama_memory_breakdown_print: |   - CUDA0 (RTX 5090)   | 32606 = 1057 + (29365 = 28609 +  "
      "   397 +     358) +        2183 |\n";
  const auto two = run(FileType::text, breakdown + breakdown);
  EXPECT_TRUE(testing::has_row(two, "llama_memory[1][CUDA0].context"));
  // Runs keyed by their index: a failure count equal to it labels nothing.
  const auto keyed = run(FileType::json, R"({"runs": {"0": {"failed_requests": 0,
    "mean_ttft_ms": 120.4}, "2": {"failed_requests": 2, "mean_ttft_ms": 128.2}}})");
  EXPECT_EQ(at(keyed, "runs.2.mean_ttft_ms").context.config, "");
  // A caption naming a GPU the runs did not fit on names no GPU of theirs.
  const auto fits = run(FileType::markdown, R"(# Llama and Qwen on M2 Ultra 192GB (MLX)

Models too big for a 24 GB RTX 4090, generation speed:

| Model | Decode (t/s) |
|---|---|
| Llama-3.1-70B-Instruct-4bit | 14.8 |
)");
  EXPECT_EQ(at(fits, "table[0][0].Decode (t/s)").context.gpu.find("4090"), std::string::npos);
  // A CSV of questions and answers with a stage's times: no stage is the request's latency.
  const auto rag =
      run(FileType::csv, "question,answer,retrieval_time_s,total_time_s\nWhat?,Paris.,0.12,2.01\n");
  EXPECT_NE(at(rag, "[0].retrieval_time_s").metric_id(), "e2e_latency");
  // A run's record (its requests counted, its load set) holds no request's latency.
  const auto runs = run(FileType::json, R"({"results": [{"concurrency": 8, "num_requests": 50,
    "ttft_ms": 140.7, "total_time_s": 21.8}]})");
  EXPECT_EQ(at(runs, "results[0].total_time_s").metric_id(), "duration");
  // Bare latencies at the document's own level take the unit their decode rate inverts.
  const auto root = run(FileType::json, R"({"tpot": {"p50": 0.0353}, "intvty": {"p50": 28.33},
    "ttft": {"p50": 0.801}})");
  EXPECT_EQ(at(root, "ttft.p50").unit, "s");
  // A flags array's model is the run's, its option no setting.
  const auto flags = run(FileType::json, R"({"server_flags": ["-m",
    "/models/qwen2.5-7b-instruct-q4_k_m.gguf", "--ctx-size", "8192"], "results": {"gen_tps": 98.1}})");
  EXPECT_EQ(at(flags, "results.gen_tps").context.model, "qwen2.5-7b-instruct-q4_k_m");
  EXPECT_EQ(at(flags, "results.gen_tps").context.config, "server_flags=--ctx-size 8192");
}

// The second review of the thirty-second session: its counter-examples (/tmp/review45/cases,
// rewritten here).
TEST(Identity, ThirtySecondSessionsSecondReviewCounterExamples) {
  // A sentence naming a helper model (a judge) names no model measured, nor over the title's.
  const auto judge = run(FileType::markdown, R"(# Qwen2.5-7B-Instruct serving on L40S (vLLM)

## Results

Answers were graded using the gpt-4o-mini model as the judge.

| Concurrency | Output tok/s |
|---|---|
| 8 | 410.2 |
)");
  EXPECT_EQ(at(judge, "table[0][0].Output tok/s").context.model, "Qwen2.5-7B-Instruct");
  // A caption placing the rows on a GPU in brackets names it.
  const auto caption = run(FileType::markdown, R"(# Local LLM speeds: M2 Ultra 192GB vs a gaming PC

Results (RTX 3090):

| Model | Decode (t/s) |
|---|---|
| Llama-3.1-8B | 101.2 |
)");
  EXPECT_EQ(at(caption, "table[0][0].Decode (t/s)").context.gpu, "RTX 3090");
  // "Model + Draft": the draft a label, no engine; "Model / Quant": the precision.
  const auto joined = run(FileType::markdown, R"(| Model + Draft | Decode (t/s) |
|---|---|
| Llama-3.1-70B-Instruct + Llama-3.2-1B-Instruct | 23.9 |

| Model / Quant | Decode (t/s) |
|---|---|
| Llama-3.1-8B-Instruct / AWQ | 95.1 |
)");
  EXPECT_EQ(at(joined, "table[1][0].Decode (t/s)").context.quantization, "AWQ");
  EXPECT_EQ(at(joined, "table[1][0].Decode (t/s)").context.model, "Llama-3.1-8B-Instruct");
  const auto& decode = at(joined, "table[0][0].Decode (t/s)");
  EXPECT_EQ(decode.context.model, "Llama-3.1-70B-Instruct");
  EXPECT_EQ(decode.context.backend, "");
  EXPECT_NE(decode.context.config.find("Draft=Llama-3.2-1B-Instruct"), std::string::npos);
  // A one-row set-up table of a role and a model names no document's model.
  const auto role = run(FileType::markdown, R"(# RAG pipeline benchmark on RTX 4090

## Setup

| Role | Model |
|---|---|
| Judge | gpt-4o-mini |

## Results

| Concurrency | Output tok/s |
|---|---|
| 1 | 61.2 |
)");
  EXPECT_EQ(at(role, "table[1][0].Output tok/s").context.model, "");
  EXPECT_EQ(at(role, "table[1][0].Output tok/s").context.gpu, "RTX 4090");
  // Python's "-m <module>" names no model; the "--model" after it does.
  const auto python = run(FileType::json, R"({"launch_args": ["python3", "-m",
    "vllm.entrypoints.openai.api_server", "--model", "Qwen/Qwen2.5-7B-Instruct"],
    "results": {"output_throughput": 1500.2}})");
  EXPECT_EQ(at(python, "results.output_throughput").context.model, "Qwen/Qwen2.5-7B-Instruct");
  // Runs under a header with a setting of its own ("conc=8") and a row's label beside them.
  const auto runs = run(FileType::markdown,
                        R"(| Setting | Output tok/s (3 runs, conc=8) | TTFT ms (3 runs, spec=off) |
|---|---|---|
| default | 410.2 / 415.8 / 409.1 | 120.4 / 118.9 / 122.0 |
)");
  std::size_t samples = 0;
  for (const auto& row : runs.rows) samples += row.statistic == "sample" ? 1 : 0;
  EXPECT_EQ(samples, 6u);
  // A "gpus" of Docker's "all" names no GPU.
  const auto docker = run(FileType::json, R"({"docker": {"gpus": "all"},
    "results": {"output_throughput": 1520.5}})");
  EXPECT_EQ(at(docker, "results.output_throughput").context.gpu, "");
  // A speculative decoding step's latency is no one token's.
  const auto spec =
      run(FileType::markdown, R"(| Method | Accepted tokens / step | Per-step decode latency (ms) |
|---|---|---|
| EAGLE-2 | 3.4 | 9.8 |
)");
  EXPECT_EQ(at(spec, "table[0][0].Per-step decode latency (ms)").metric_id(), "itl");
  // "### Number of GPUs: 2" under "### Model: X": the rows' setting.
  const auto gpus = run(FileType::markdown, R"(### Model: h2oai/h2ogpt-4096-llama2-13b-chat
### Number of GPUs: 2
| Batch | Decode (t/s) |
|---|---|
| 1 | 27.9 |
)");
  EXPECT_NE(at(gpus, "table[0][0].Decode (t/s)").context.config.find("Number of GPUs=2"),
            std::string::npos);
  EXPECT_EQ(at(gpus, "table[0][0].Decode (t/s)").context.model,
            "h2oai/h2ogpt-4096-llama2-13b-chat");
}

TEST(Identity, SecondReviewsCounterExamples) {
  const auto lines = run(FileType::text, "pp512 latency (ms): 1100\ntg128 runs : 5\n");
  for (const auto& row : lines.rows) EXPECT_NE(row.unit, "tok/s") << row.locator;
  const auto tagged =
      run(FileType::text, "long_input: {\"ttft_ms\": 812.4, \"decode_tps\": 118.2}\n");
  EXPECT_EQ(at(tagged, "line[1].ttft_ms").metric_id(), "ttft");
  const auto vram = run(FileType::markdown, R"(| GPU | Context | VRAM | Decode (tok/s) |
|---|---|---|---|
| RTX 3090 | 4096 | 5.9 | 112 |
| RTX 3090 | 16384 | 9.1 | 101 |
)");
  EXPECT_EQ(at(vram, "table[0][1].VRAM").metric_id(), "memory");
  const auto prompt =
      run(FileType::markdown,
          "| Model | Prompt ms/token (before generation) |\n|---|---|\n| a | 0.4 |\n");
  EXPECT_EQ(at(prompt, "table[0][0].Prompt ms/token (before generation)").metric_id(), "unknown");
  const auto flags =
      run(FileType::json,
          R"({"server_args": "--max-num-batched-tokens 8192 --api-key sk-1 --seed -1",
                             "output_throughput": 512.0})");
  EXPECT_EQ(at(flags, "output_throughput").context.config,
            "server_args=--max-num-batched-tokens 8192");
}

// Held-out set 41: a run's "toolbox" and its server's flags ("spec_flags": "--spec-type ...") are
// its configuration; a tool's "mode" ("summary", "auto") is none.
TEST(Identity, ARunsToolboxAndFlagsAreItsConfiguration) {
  const auto r = run(FileType::json, R"({"model": "Qwen3.6-35B-A3B-UD-Q4_K_XL",
    "toolbox": "vulkan-radv-mtp", "mode": "mtp-2", "spec_flags": "--spec-type draft-mtp -np 1",
    "results": [{"name": "code_python", "predicted_per_second": 77.15}]})");
  const std::string& config = at(r, "results[0].predicted_per_second").context.config;
  EXPECT_NE(config.find("toolbox=vulkan-radv-mtp"), std::string::npos);
  EXPECT_NE(config.find("spec_flags=--spec-type draft-mtp -np 1"), std::string::npos);
  EXPECT_EQ(config.find("mode="), std::string::npos);
}

// Held-out set 41: llama-bench JSON's "devices" names the GPUs the run was given, of the four its
// gpu_info lists.
TEST(Identity, LlamaBenchJsonsDevicesAreTheGpusItRanOn) {
  const auto r = run(
      FileType::jsonl,
      R"({"gpu_info": "AMD Instinct MI60 / MI50, AMD Instinct MI60 / MI50, AMD Instinct MI60 / MI50", "model_type": "qwen35 9B Q8_0", "devices": "ROCm0", "n_prompt": 512, "n_gen": 0, "avg_ts": 729.8}
{"gpu_info": "AMD Instinct MI60 / MI50, AMD Instinct MI60 / MI50, AMD Instinct MI60 / MI50", "model_type": "qwen35 9B Q8_0", "devices": "auto", "n_prompt": 512, "n_gen": 0, "avg_ts": 1729.8}
)");
  EXPECT_EQ(at(r, "[0].avg_ts").context.gpu, "AMD Instinct MI60 / MI50");
  EXPECT_EQ(at(r, "[1].avg_ts").context.gpu, "3x AMD Instinct MI60 / MI50");
}

// SGLang's bench_one_batch_server records (one batch sent to a server): times in seconds, the
// batch's last first token its TTFT's maximum, the scheduler's gauge no figure of the batch, -1
// no value; the first versions wrote no last_ttft.
TEST(Identity, SglangOneBatchServerRecords) {
  const auto r = run(
      FileType::jsonl,
      R"({"run_name": "tp2", "batch_size": 64, "input_len": 1024, "output_len": 8, "latency": 3.5, "input_throughput": 21000.5, "output_throughput": 610.2, "overall_throughput": 18870.9, "last_ttft": 3.1, "last_gen_throughput": 900.1, "acc_length": -1.0, "cache_hit_rate": null}
{"run_name": "default", "batch_size": 1, "input_len": 1024, "output_len": 8, "latency": 0.5, "input_throughput": 9000.0, "output_throughput": 80.0, "overall_throughput": 2064.0, "last_ttft": 0.11, "last_gen_throughput": 85.0, "acc_length": 2.4, "cache_hit_rate": null}
)");
  EXPECT_EQ(r.format, "sglang bench_one_batch_server");
  const auto& e2e = at(r, "[0].latency");
  EXPECT_EQ(e2e.metric_id(), "e2e_latency");
  EXPECT_DOUBLE_EQ(*e2e.normalized, 3500.0);
  EXPECT_EQ(e2e.context.config, "run_name=tp2 batch_size=64 input_len=1024 output_len=8");
  EXPECT_EQ(e2e.context.backend, "SGLang");
  EXPECT_EQ(at(r, "[0].last_ttft").metric_id(), "ttft");
  EXPECT_EQ(at(r, "[0].last_ttft").statistic, "max");
  EXPECT_EQ(at(r, "[0].overall_throughput").metric_id(), "total_throughput");
  EXPECT_EQ(at(r, "[0].input_throughput").metric_id(), "input_throughput");
  EXPECT_EQ(at(r, "[0].last_gen_throughput").metric_id(), "unknown");
  EXPECT_FALSE(at(r, "[0].acc_length").value.has_value());
  EXPECT_EQ(at(r, "[1].acc_length").metric_id(), "acceptance_length");
  EXPECT_EQ(at(r, "[1].latency").context.config, "batch_size=1 input_len=1024 output_len=8");
  const auto first = run(
      FileType::jsonl,
      R"({"run_name": "default", "batch_size": 16, "input_len": 1024, "output_len": 16, "latency": 1.2, "output_throughput": 213.3, "overall_throughput": 13866.7}
)");
  EXPECT_EQ(first.format, "sglang bench_one_batch_server");
  EXPECT_EQ(at(first, "[0].output_throughput").note, "the batch's output tokens per second");
}

// One fence of commands that ran three models, their statistics in later fences under "Llama
// results:" and "Codestral results:": each block the model its lead names, none the last command's.
TEST(Identity, OllamaCommandsOfSeveralModelsAndLeadsNamingEach) {
  const auto r = run(FileType::markdown, R"(# Benchmarks

```
docker exec -it ollama ollama run "llama3.1:8b" --verbose "How?"
docker exec -it ollama ollama stop llama3.1:8b
docker exec -it ollama ollama run "codestral:22b" --verbose "Write"
docker exec -it ollama ollama run "deepseek-r1:14b" --verbose "Why?"
```

## RTX A4000

Llama results:
```
total duration:       10.550899069s
eval count:           445 token(s)
eval rate:            55.36 tokens/s
```

Codestral results:
```
total duration:       20.1s
eval count:           400 token(s)
eval rate:            24.97 tokens/s
```

Unlabelled:
```
eval rate:            30.00 tokens/s
```
)");
  EXPECT_EQ(at(r, "ollama[0].eval_rate").context.model, "llama3.1:8b");
  EXPECT_EQ(at(r, "ollama[1].eval_rate").context.model, "codestral:22b");
  EXPECT_EQ(at(r, "ollama[2].eval_rate").context.model, "");  // (not the last lead's)
  // Each command with its own output: that command's model.
  const auto own = run(FileType::markdown, R"(```
$ ollama run gemma3
```

```
$ ollama run gemma3:1b --verbose
total duration:       1.5225842s
eval rate:            90.1 tokens/s
```
)");
  EXPECT_EQ(at(own, "ollama[0].eval_rate").context.model, "gemma3:1b");
}

// A "GPU Memory (MB)" column of the same whole GiB on every row of a card: the card's memory, a
// setting; one that varies, or says it was used, stays a measurement.
TEST(Identity, ACardsMemoryColumnIsASetting) {
  const auto r = run(FileType::csv,
                     "Model,Mean Output Speed (tokens/sec),GPU,GPU Memory (MB)\n"
                     "llama3.2:1b,227.4,NVIDIA GeForce RTX 3090,24576\n"
                     "qwen3:8b,98.1,NVIDIA GeForce RTX 3090,24576\n");
  const auto& mem = at(r, "[0].GPU Memory (MB)");
  EXPECT_EQ(mem.role, metrics::Role::parameter);
  EXPECT_EQ(mem.parameter, "accelerator_memory");
  EXPECT_EQ(at(r, "[0].Mean Output Speed (tokens/sec)").metric_id(), "decode_rate");
  const auto used = run(FileType::csv,
                        "Model,GPU,GPU Memory (MB)\nllama3.2:1b,RTX 3090,3120\n"
                        "qwen3:8b,RTX 3090,6144\n");
  EXPECT_EQ(at(used, "[0].GPU Memory (MB)").metric_id(), "memory");
}

// A log's llama-bench tests each with its figure, the unit after the last, after a phase's label
// ("prefill:  pp64=229.07  pp128=265.44 tok/s"); its "=== MNN LLM ... ===" title the engine.
TEST(Identity, TestsWithTheirFiguresOnOneLineAndATitlesEngine) {
  const auto r = run(FileType::text, R"(=== MNN LLM Qwen2-0.5B Benchmark ===
Model: Qwen2-0.5B (HQQ 4-bit, 294.87 MiB)

prefill:  pp64=229.07  pp128=265.44  pp512=268.91 tok/s
decode:   tg128=62.22 tok/s (4 threads)
threads:  t4=5 t8=9 ms
)");
  const auto& pp128 = at(r, "line[4].pp128");
  EXPECT_EQ(pp128.metric_id(), "prompt_eval_rate");
  EXPECT_EQ(pp128.context.test, "pp128");
  EXPECT_DOUBLE_EQ(*pp128.normalized, 265.44);
  EXPECT_EQ(pp128.context.backend, "MNN LLM");
  EXPECT_EQ(at(r, "line[5].tg128").metric_id(), "decode_rate");
  EXPECT_FALSE(testing::has_row(r, "line[6].t4"));
}

// A script's log of one run per line, its figures named by their units alone: a time stamp, the
// model, then tokens, seconds and tokens per second (the tokens over the seconds: the output's, a
// request's whole time). A line with a part that is none of these is not read so.
TEST(Identity, ARunPerLineLogOfFiguresNamedByTheirUnits) {
  const auto r = run(FileType::text,
                     "2025-04-30T07:42:33-06:00 | qwen2.5-coder:32b | 866 tokens | 57.55 sec | "
                     "15.05 tokens/sec\n"
                     "2025-04-30T07:59:04-06:00 | qwen2.5:7b | 648 tokens | 11.38 sec | 56.94 "
                     "tokens/sec\n"
                     "status | ok | 3 tokens | 2 sec\n");
  const auto& tokens = at(r, "line[1].tokens");
  EXPECT_EQ(tokens.metric_id(), "output_tokens");
  EXPECT_EQ(tokens.statistic, "sample");
  EXPECT_EQ(tokens.context.model, "qwen2.5-coder:32b");
  EXPECT_EQ(at(r, "line[1].time").metric_id(), "e2e_latency");
  EXPECT_DOUBLE_EQ(*at(r, "line[1].time").normalized, 57550.0);
  EXPECT_EQ(at(r, "line[2].tokens/s").metric_id(), "token_rate");
  EXPECT_EQ(at(r, "line[2].tokens/s").context.model, "qwen2.5:7b");
  EXPECT_FALSE(testing::has_row(r, "line[3].tokens"));
}

// A speculative-decoding script's JSON: "meta.target" a GGUF file (the model), runs each with its
// own records told apart by their "method".
TEST(Identity, NestedRunsToldApartByTheirMethodAndATargetModel) {
  const auto r = run(FileType::json, R"({"meta": {"target": "Qwen2.5-Coder-7B-Instruct-Q4_K_S.gguf",
    "draft": "Qwen2.5-Coder-0.5B-Instruct-Q8_0.gguf", "ctx": 4096},
   "runs": [{"method": "baseline", "label": "No speculation", "records": [{"tps": 50.9}, {"tps": 50.7}]},
            {"method": "ngram", "label": "N-gram lookup", "records": [{"tps": 61.2}, {"tps": 60.1}]}]})");
  const auto& ngram = at(r, "runs[1].records[0].tps");
  EXPECT_EQ(ngram.context.model, "Qwen2.5-Coder-7B-Instruct-Q4_K_S");
  EXPECT_EQ(ngram.context.quantization, "Q4_K_S");
  EXPECT_NE(ngram.context.config.find("method=ngram"), std::string::npos) << ngram.context.config;
  EXPECT_NE(at(r, "runs[0].records[1].tps").context.config.find("method=baseline"),
            std::string::npos);
}

// A text note's capital comment lines ("# WARM UP", "# REAL MEASUREMENT") name the parts their
// figures stand in: two runs of one command told apart.
TEST(Identity, ATextNotesCapitalCommentsNameItsParts) {
  const auto r = run(FileType::text, R"(# WARM UP
$ bench --num-prompts 10
Output token throughput (per sec): 53.58

# REAL MEASUREMENT
$ bench --num-prompts 50
Output token throughput (per sec): 51.56
# not a capital comment
Request throughput (per sec): 0.41
)");
  std::vector<std::string> sections;
  for (const auto& row : r.rows)
    if (row.role == metrics::Role::metric) sections.push_back(row.context.section);
  ASSERT_EQ(sections.size(), 3u);
  EXPECT_EQ(sections[0], "WARM UP");
  EXPECT_EQ(sections[1], "REAL MEASUREMENT");
  EXPECT_EQ(sections[2], "REAL MEASUREMENT");
}

}  // namespace
}  // namespace chimera::ingest
