// The field's tools' outputs read as they write them (held-out set 32): vLLM's percentile pairs
// and steady-state phase, Ollama's conversation encoding, GuideLLM 0.5's subsets and request
// records, LLMPerf's rates and file names, and a console log's Markdown headings.
#include <gtest/gtest.h>

#include "chimera/metrics/classify.hpp"
#include "ingest_helpers.hpp"

namespace chimera::ingest {
namespace {

// "percentiles_ttft_ms": [[99.0, 128.8], [90.0, 110.2]]: the second of each pair is the figure
// at the percentile the first names; the levels are no figures.
TEST(ToolOutputs, VllmPercentilePairsGiveTheirLevelsStatistic) {
  const auto r = testing::run(FileType::json, R"({"model_id": "m", "mean_ttft_ms": 110.4,
    "percentiles_ttft_ms": [[99.0, 128.8], [90.0, 110.2], [50, 100.0]]})");
  const auto& p99 = testing::at(r, "percentiles_ttft_ms[0][1]");
  EXPECT_EQ(p99.metric_id(), "ttft");
  EXPECT_EQ(p99.statistic, "p99");
  EXPECT_EQ(p99.value, 128.8);
  EXPECT_EQ(testing::at(r, "percentiles_ttft_ms[1][1]").statistic, "p90");
  EXPECT_EQ(testing::at(r, "percentiles_ttft_ms[2][1]").statistic, "median");
  EXPECT_FALSE(testing::has_row(r, "percentiles_ttft_ms[0][0]"));
}

// "steady_state": {...} beside the whole run's figures: the phase tells them apart.
TEST(ToolOutputs, ASteadyStatePhaseIsInItsFiguresConfiguration) {
  const auto r = testing::run(FileType::json, R"({"mean_ttft_ms": 110.4,
    "steady_state": {"window": {"duration_s": 9.99}, "mean_ttft_ms": 111.8}})");
  EXPECT_EQ(testing::at(r, "steady_state.mean_ttft_ms").context.config, "steady_state");
  EXPECT_EQ(testing::at(r, "mean_ttft_ms").context.config, "");
}

// Ollama's /api/generate "context": the conversation's token ids, no context window.
TEST(ToolOutputs, OllamasContextIsTokenIdsNotASetting) {
  const auto r = testing::run(FileType::json, R"({"model": "qwen3.5:4b", "done": true,
    "context": [248045, 846, 198], "total_duration": 2000000000, "eval_count": 40,
    "eval_duration": 1000000000})");
  const auto& id = testing::at(r, "context[0]");
  EXPECT_EQ(id.role, metrics::Role::identifier);
  EXPECT_EQ(id.parameter, "");
  EXPECT_EQ(testing::at(r, "eval_count").statistic, "sample");
}

// An Ollama response writes counts and durations; its tokens per second (Ollama's "eval_count /
// eval_duration * 10^9") are worked out beside them, once per response, never where the record
// wrote a rate of its own or timed nothing.
TEST(ToolOutputs, OllamaResponsesRatesAreWorkedOutFromCountsAndDurations) {
  const auto r = testing::run(FileType::json, R"([{"model": "m", "eval_count": 40,
    "eval_duration": 2000000000, "prompt_eval_count": 30, "prompt_eval_duration": 100000000},
    {"model": "m", "eval_count": 50, "eval_duration": 1000000000, "eval_rate": 49.5},
    {"model": "m", "eval_count": 1, "eval_duration": 0},
    {"model": "m", "eval_count": 50, "eval_duration": 1000000000, "tokens_per_second": 50}])");
  const auto& decode = testing::at(r, "[0].eval_count/eval_duration");
  EXPECT_EQ(decode.metric_id(), "decode_rate");
  EXPECT_EQ(decode.statistic, "sample");
  EXPECT_DOUBLE_EQ(*decode.normalized, 20.0);
  EXPECT_EQ(decode.normalized_unit, "tok/s");
  EXPECT_EQ(decode.context.model, "m");
  EXPECT_NE(decode.note.find("worked out"), std::string::npos);
  const auto& prompt = testing::at(r, "[0].prompt_eval_count/prompt_eval_duration");
  EXPECT_EQ(prompt.metric_id(), "prompt_eval_rate");
  EXPECT_DOUBLE_EQ(*prompt.normalized, 300.0);
  EXPECT_FALSE(testing::has_row(r, "[1].eval_count/eval_duration"));  // it wrote its own
  EXPECT_FALSE(testing::has_row(r, "[2].eval_count/eval_duration"));  // no time: no rate
  EXPECT_FALSE(testing::has_row(r, "[3].eval_count/eval_duration"));  // a rate of its own
}

// A harness's record of Ollama's figures: a rate it wrote under its own name that equals the
// count over the duration beside it is Ollama's decode rate; one that does not stays as named.
TEST(ToolOutputs, AHarnesssRateThatIsOllamasCountOverDurationIsTheDecodeRate) {
  const auto r = testing::run(FileType::json, R"([{"model": "qwen3:4b", "runs": [
    {"eval_count": 513, "eval_duration_ns": 6699649775, "tps": 76.57116673684632},
    {"eval_count": 485, "eval_duration_ns": 6226430386, "tps": 70.0}]},
    {"model": "qwen3:4b", "runs": [
    {"eval_count": 513, "eval_duration_ns": 6699649775, "tps": 76.57116673684632},
    {"eval_count": 485, "eval_duration_ns": 6226430386, "tps": 77.893748092087}],
    "summary": {"mean_tps": 77.23245741446667}}])");
  // The mean of those rates, beside them, is their mean decode rate.
  EXPECT_EQ(testing::at(r, "[1].summary.mean_tps").metric_id(), "decode_rate");
  const auto& same = testing::at(r, "[0].runs[0].tps");
  EXPECT_EQ(same.metric_id(), "decode_rate");
  EXPECT_NE(same.note.find("equals eval_count / eval_duration_ns"), std::string::npos);
  EXPECT_EQ(testing::at(r, "[0].runs[1].tps").metric_id(), "token_rate");
  EXPECT_FALSE(testing::has_row(r, "[0].runs[1].eval_count/eval_duration_ns"));  // no API's
}

// A script's list of requests, each numbered: its figures are samples, its total time the
// request's end-to-end latency, in seconds as its tokens over it give the rate beside it.
TEST(ToolOutputs, NumberedRequestRecordsAreSamplesAndTheirTimesUnitFollowsFromTheirRate) {
  const auto r = testing::run(FileType::json, R"({"engine": "vLLM", "results": [
    {"request": 1, "total_time": 9.049, "tokens": 272, "tokens_per_sec": 30.058},
    {"request": 2, "total_time": 16606.4, "tokens": 500, "tokens_per_sec": 30.109},
    {"request": 3, "total_time": 12.0, "tokens": 363, "tokens_per_sec": 99.0}]})");
  const auto& first = testing::at(r, "results[0].total_time");
  EXPECT_EQ(first.metric_id(), "e2e_latency");
  EXPECT_EQ(first.statistic, "sample");
  EXPECT_EQ(first.unit, "s");
  EXPECT_DOUBLE_EQ(*first.normalized, 9049.0);
  EXPECT_EQ(testing::at(r, "results[1].total_time").unit, "ms");
  EXPECT_EQ(testing::at(r, "results[2].total_time").unit, "");  // the rate says neither
  EXPECT_EQ(testing::at(r, "results[0].tokens_per_sec").statistic, "sample");
  // Without a number of the request, a list's records are not taken for requests.
  const auto plain = testing::run(FileType::json, R"({"results": [{"total_time": 9.0}]})");
  EXPECT_EQ(testing::at(plain, "results[0].total_time").statistic, "value");
}

// GuideLLM's layout written by a script: each element of "requests.successful" is one request
// (samples); failed requests whose records hold only their error are said in a warning.
TEST(ToolOutputs, RequestsByOutcomeAreSamplesAndBareFailuresAreWarned) {
  const auto r = testing::run(FileType::json, R"({"benchmarks": [{"requests": {
    "successful": [{"prompt_tokens": 3544, "ttft_ms": 707.2, "latency_ms": 20429.2}],
    "errored": [{"error": "HTTP 400: context too long"}, {"error": "Server disconnected"}]},
    "metrics": {"time_to_first_token_ms": {"successful": {"mean": 4278.2}}}}]})");
  EXPECT_EQ(testing::at(r, "benchmarks[0].requests.successful[0].ttft_ms").statistic, "sample");
  EXPECT_EQ(
      testing::at(r, "benchmarks[0].metrics.time_to_first_token_ms.successful.mean").statistic,
      "mean");
  ASSERT_EQ(r.warnings.size(), 1U);
  EXPECT_NE(r.warnings[0].find("2 failed requests' records hold no figure"), std::string::npos)
      << r.warnings[0];
  EXPECT_NE(r.warnings[0].find("HTTP 400"), std::string::npos);
}

// A run's own "errors" list beside lists that are no requests ("gpus"): the run's figure failed,
// its GPUs' readings did not; vLLM's per-request lists as long as its errors stay matched by
// position.
TEST(ToolOutputs, ARunsOwnErrorsFailItsFiguresNotItsGpusReadings) {
  const auto r = testing::run(FileType::json, R"([{"requestLatencyMs": 26.1, "prompt": "Hi",
    "response": "",
    "gpus": [{"memUsedMiB": 30}, {"memUsedMiB": 3795.5}],
    "errors": ["Unable to connect"]}])");
  const auto& latency = testing::at(r, "[0].requestLatencyMs");
  EXPECT_EQ(latency.status, RowStatus::failed);
  EXPECT_FALSE(latency.value);
  const auto& gpu = testing::at(r, "[0].gpus[0].memUsedMiB");
  EXPECT_EQ(gpu.status, RowStatus::ok);
  EXPECT_EQ(gpu.unit, "MiB");
  const auto vllm = testing::run(FileType::json, R"({"request_throughput": 1.0,
    "mean_ttft_ms": 5.0, "ttfts": [0.1, 0.2], "errors": ["", "timeout"]})");
  EXPECT_EQ(testing::at(vllm, "ttfts[0]").status, RowStatus::ok);
  EXPECT_EQ(testing::at(vllm, "ttfts[1]").status, RowStatus::failed);
  EXPECT_EQ(testing::at(vllm, "mean_ttft_ms").status, RowStatus::ok);
}

// Records of one model on two prompts: the prompt tells their figures apart.
TEST(ToolOutputs, EachRecordsPromptJoinsItsConfiguration) {
  const auto r = testing::run(FileType::json, R"([
    {"model": "qwen3:4b", "prompt": "Hello world", "runs": [{"tps": 76.5}]},
    {"model": "qwen3:4b", "prompt": "Explain babashka.", "runs": [{"tps": 75.7}]}])");
  EXPECT_EQ(testing::at(r, "[0].runs[0].tps").context.config, "prompt=Hello world");
  EXPECT_EQ(testing::at(r, "[1].runs[0].tps").context.config, "prompt=Explain babashka.");
  const auto one = testing::run(FileType::json, R"([{"prompt": "Hi", "tps": 1.0},
    {"prompt": "Hi", "tps": 2.0}])");
  EXPECT_EQ(testing::at(one, "[0].tps").context.config, "");  // one prompt tells nothing apart
}

// A tuning log's rows each change one setting ("modified_param,old_value,new_value"): those
// values are the setting's, in the row's configuration, not figures.
TEST(ToolOutputs, ATuningLogsChangedSettingIsItsRowsConfiguration) {
  const auto r = testing::run(FileType::csv,
                              "test_number,modified_param,old_value,new_value,tps_min\n"
                              "1,--n-cpu-moe,20,8,9.6\n2,--n-cpu-moe,20,16,3.1\n");
  EXPECT_FALSE(testing::has_row(r, "[0].new_value"));
  const auto& tps = testing::at(r, "[1].tps_min");
  EXPECT_NE(tps.context.config.find("--n-cpu-moe=16"), std::string::npos) << tps.context.config;
}

// A harness's record wrapping llama-bench's ({"name": ..., "quant": ...}: the model it names):
// the inner records keep llama-bench's model type, and the harness's name of the run joins their
// configuration (two models may share the type).
TEST(ToolOutputs, AHarnesssNameOfTheRunLabelsTheLlamaBenchRecordsItWraps) {
  const auto r = testing::run(FileType::json, R"([
    {"name": "mistral-7b", "quant": "Q4_K_M", "pp_tok_s": 900.0,
     "raw": [{"model_type": "llama 7B Q4_K - Medium",
     "n_prompt": 512, "n_gen": 0, "n_depth": 0, "avg_ts": 900.0}]},
    {"name": "llama-2-7b", "quant": "Q4_K_M", "pp_tok_s": 950.0,
     "raw": [{"model_type": "llama 7B Q4_K - Medium",
     "n_prompt": 512, "n_gen": 0, "n_depth": 0, "avg_ts": 950.0}]}])");
  const auto& first = testing::at(r, "[0].raw[0].avg_ts");
  EXPECT_EQ(first.context.model, "llama 7B Q4_K - Medium");
  EXPECT_NE(first.context.config.find("name=mistral-7b"), std::string::npos);
  EXPECT_NE(testing::at(r, "[1].raw[0].avg_ts").context.config.find("name=llama-2-7b"),
            std::string::npos);
}

// SGLang's input token sums by modality are measurements; a power in milliwatts is in watts
// a thousandth.
TEST(ToolOutputs, SglangsModalityTokenSumsAndMilliwatts) {
  const auto r = testing::run(FileType::json, R"({"backend": "sglang", "request_throughput": 2.8,
    "mean_ttft_ms": 50.0, "server_info": {"tp_size": 1}, "total_input_text_tokens": 512842,
    "total_input_vision_tokens": 0, "kv_cache_dtype": "auto"})");
  const auto& text = testing::at(r, "total_input_text_tokens");
  EXPECT_EQ(text.metric_id(), "input_tokens");
  EXPECT_EQ(text.statistic, "sum");
  EXPECT_NE(text.context.config.find("modality=text"), std::string::npos) << text.context.config;
  EXPECT_NE(testing::at(r, "total_input_vision_tokens").context.config.find("modality=vision"),
            std::string::npos);
  EXPECT_EQ(testing::at(r, "mean_ttft_ms").context.config.find("total_input"), std::string::npos);
  const auto power = testing::run(FileType::csv, "Layer,GPU Power (mW)\nconv1,1244.16\n");
  EXPECT_DOUBLE_EQ(*testing::at(power, "[0].GPU Power (mW)").normalized, 1.24416);
}

// A rate that is a record's generated tokens over its eval time is its decode rate, and those
// tokens its output tokens, whatever the columns are named; one that is not stays as named.
TEST(ToolOutputs, ARateThatIsTokensOverEvalTimeIsTheDecodeRate) {
  const auto r = testing::run(FileType::csv,
                              "model,tokens,eval_s,total_s,tokens_per_second\n"
                              "deepseek-r1:8b,92,0.791,2.719,116.3\n"
                              "deepseek-r1:8b,92,0.791,2.719,33.8\n");
  const auto& rate = testing::at(r, "[0].tokens_per_second");
  EXPECT_EQ(rate.metric_id(), "decode_rate");
  EXPECT_NE(rate.note.find("equals tokens / eval_s"), std::string::npos) << rate.note;
  EXPECT_EQ(testing::at(r, "[0].tokens").metric_id(), "output_tokens");
  EXPECT_EQ(testing::at(r, "[1].tokens_per_second").metric_id(), "token_rate");  // 92 / 2.719 s
}

// vLLM's speculative decoding figures: the acceptance rate in percent, the acceptance length in
// tokens per step, one share per draft position (fractions, told apart by the position); the
// counts of drafts and tokens no metric of ours. A share written bare is a fraction up to 1.
TEST(ToolOutputs, SpeculativeDecodingAcceptanceRatesAndLength) {
  const auto r = testing::run(FileType::json, R"({"backend": "vllm", "completed": 10,
    "request_throughput": 1.5, "mean_ttft_ms": 50.0, "spec_decode_acceptance_rate": 62.5,
    "spec_decode_acceptance_length": 2.875, "spec_decode_num_drafts": 1200,
    "spec_decode_accepted_tokens": 2250, "spec_decode_per_position_acceptance_rates": [0.8, 0.6]})");
  const auto& rate = testing::at(r, "spec_decode_acceptance_rate");
  EXPECT_EQ(rate.metric_id(), "acceptance_rate");
  EXPECT_EQ(rate.normalized_unit, "%");
  EXPECT_DOUBLE_EQ(*rate.normalized, 62.5);
  const auto& length = testing::at(r, "spec_decode_acceptance_length");
  EXPECT_EQ(length.metric_id(), "acceptance_length");
  EXPECT_EQ(length.unit, "tokens");
  const auto& second = testing::at(r, "spec_decode_per_position_acceptance_rates[1]");
  EXPECT_EQ(second.metric_id(), "acceptance_rate");
  EXPECT_EQ(second.statistic, "value");
  EXPECT_DOUBLE_EQ(*second.normalized, 60.0);
  EXPECT_EQ(second.context.config, "draft position 2");
  EXPECT_EQ(testing::at(r, "spec_decode_accepted_tokens").metric_id(), "unknown");
  const auto bare = testing::run(FileType::json, R"({"draft_acceptance_rate": 0.62,
    "accept_rate": 71.0, "Accept length": 3.1})");
  EXPECT_DOUBLE_EQ(*testing::at(bare, "draft_acceptance_rate").normalized, 62.0);
  EXPECT_DOUBLE_EQ(*testing::at(bare, "accept_rate").normalized, 71.0);
  EXPECT_EQ(testing::at(bare, "Accept length").metric_id(), "acceptance_length");
}

// GuideLLM 0.5: "tokens.total.successful.mean" is over the successful requests (the subset
// nearest the figure), and a request record's "input_metrics.total_tokens" its input tokens.
TEST(ToolOutputs, GuidellmSubsetsAndRequestRecords) {
  const auto r = testing::run(FileType::json, R"({"benchmarks": [{
    "metrics": {"text": {"tokens": {"total": {"successful": {"mean": 1920.5}}}},
                "request_latency": {"total": {"mean": 2.5}}},
    "requests": {"successful": [{"input_metrics": {"total_tokens": 91},
                                 "output_metrics": {"total_tokens": 3750}}]}}]})");
  EXPECT_EQ(testing::at(r, "benchmarks[0].metrics.text.tokens.total.successful.mean").status,
            RowStatus::ok);
  EXPECT_EQ(testing::at(r, "benchmarks[0].metrics.request_latency.total.mean").status,
            RowStatus::all);
  const auto& in =
      testing::at(r, "benchmarks[0].requests.successful[0].input_metrics.total_tokens");
  EXPECT_EQ(in.metric_id(), "input_tokens");
  EXPECT_EQ(in.statistic, "sample");
  EXPECT_EQ(testing::at(r, "benchmarks[0].requests.successful[0].output_metrics.total_tokens")
                .metric_id(),
            "output_tokens");
}

// LLMPerf's request output throughput is tokens over the whole request (TTFT included): a token
// rate, no decode rate; the model its file is named by.
TEST(ToolOutputs, LlmperfRequestRatesAndTheModelItsFileNames) {
  FileResult r;
  r.entry.type = FileType::json;
  r.entry.rel_path = "runs/deepseekr1_4000_1500_individual_responses.json";
  harvest_json(R"([{"ttft_s": 2.97, "end_to_end_latency_s": 60.1,
    "request_output_throughput_token_per_s": 24.9, "number_output_tokens": 1500,
    "error_code": null, "error_msg": ""}])",
               r);
  const auto& rate = testing::at(r, "[0].request_output_throughput_token_per_s");
  EXPECT_EQ(rate.metric_id(), "token_rate");
  EXPECT_EQ(rate.context.model, "deepseekr1");
}

// "## Sycl" / "## Plain" in a console log: each labels the server timings below it.
TEST(ToolOutputs, AConsoleLogsMarkdownHeadingsLabelItsRuns) {
  const auto r = testing::run(FileType::text,
                              "## Sycl\n"
                              "slot print_timing: id  0 | task 0 |\n"
                              "       eval time =   20542.81 ms /   109 tokens (  188.47 ms per "
                              "token,     5.31 tokens per second)\n"
                              "\n## Plain\n"
                              "slot print_timing: id  0 | task 0 |\n"
                              "       eval time =   23016.84 ms /   117 tokens (  196.73 ms per "
                              "token,     5.08 tokens per second)\n");
  EXPECT_EQ(testing::at(r, "llama_timings[0].eval time rate").context.config, "Sycl");
  EXPECT_EQ(testing::at(r, "llama_timings[1].eval time rate").context.config, "Plain");
}

// A banner of '#' alone is no heading (and no crash); "## Summary" is a part, no run's label.
TEST(ToolOutputs, ABannerOfHashesAndAReportsPartsLabelNoRun) {
  const auto r = testing::run(FileType::text,
                              "########################################\n"
                              "## Summary\n"
                              "slot print_timing: id  0 | task 0 |\n"
                              "       eval time =   20542.81 ms /   109 tokens (  188.47 ms per "
                              "token,     5.31 tokens per second)\n");
  EXPECT_EQ(testing::at(r, "llama_timings[0].eval time rate").context.config, "");
}

// llama.cpp names one GPU twice, "Device 0: NVIDIA ..." then "using device CUDA0 (NVIDIA ...)":
// one device, not "2x".
TEST(ToolOutputs, LlamaCppsTwoLinesOfOneDeviceAreOneDevice) {
  const auto r = testing::run(
      FileType::text,
      "ggml_cuda_init: found 1 CUDA devices:\n"
      "  Device 0: NVIDIA GeForce RTX 4090, compute capability 8.9, VMM: yes\n"
      "llama_model_load_from_file_impl: using device CUDA0 (NVIDIA GeForce RTX 4090) - 23008 "
      "MiB free\n"
      "llama_perf_context_print:        eval time =     635.96 ms /    63 runs   (   10.09 ms "
      "per token,    99.06 tokens per second)\n");
  EXPECT_EQ(testing::at(r, "llama_timings[0].eval time rate").context.gpu,
            "NVIDIA GeForce RTX 4090");
}

// Held-out set 33: a llama.cpp log of several runs, each under its "=== ... ===" title; the
// device's name in brackets inside the loader's brackets.
TEST(ToolOutputs, ALogsFramedTitlesLabelItsRunsAndNestedBracketsNameTheDevice) {
  const auto run_line = [](const char* time) {
    return std::string("0.05.504.042 I common_perf_print:        eval time =    ") + time +
           " ms /    33 runs   (   85.63 ms per token,    11.68 tokens per second)\n";
  };
  const auto r = testing::run(
      FileType::text,
      "=== FULL BASELINE (p_min=0.3) ===\n"
      "0.00.471.770 I llama_prepare_model_devices: using device Vulkan1 (AMD Radeon AI PRO R9700 "
      "(RADV GFX1201)) (0000:06:00.0) - 15517 MiB free\n" +
          run_line("2825.70") +
          "=== Post-processing ===\n"
          "=== 64K TRIMMED (p_min=0.0) ===\n" +
          run_line("2823.72") + "=== Summary ===\n");
  const auto& first = testing::at(r, "llama_timings[0].eval time rate");
  EXPECT_EQ(first.context.config, "FULL BASELINE (p_min=0.3)");
  EXPECT_EQ(first.context.gpu, "AMD Radeon AI PRO R9700");
  EXPECT_EQ(testing::at(r, "llama_timings[1].eval time rate").context.config,
            "64K TRIMMED (p_min=0.0)");  // (not the script's step between them)
}

// TensorRT-LLM's gptManagerBenchmark CSV: its samples are the requests that completed, its total
// latency the run's duration, its token throughput the output tokens over that duration.
TEST(ToolOutputs, GptManagerBenchmarkCsvSaysWhatItsFiguresAre) {
  const auto r = testing::run(
      FileType::csv,
      "num_samples,num_error_samples,total_latency(ms),seq_throughput(seq/sec),"
      "token_throughput(token/sec),avg_sequence_latency(ms),p99_time_to_first_token(ms)\n"
      "1024,0,715742,1.43068,1430.68,11180.9,1397.04\n");
  EXPECT_EQ(r.format, "trtllm gptManagerBenchmark csv");
  const auto& done = testing::at(r, "[0].num_samples");
  EXPECT_EQ(done.metric_id(), "requests");
  EXPECT_EQ(done.statistic, "value");
  EXPECT_EQ(testing::at(r, "[0].num_error_samples").metric_id(), "failed_requests");
  EXPECT_EQ(testing::at(r, "[0].total_latency(ms)").metric_id(), "duration");
  EXPECT_EQ(testing::at(r, "[0].token_throughput(token/sec)").metric_id(), "output_throughput");
  EXPECT_EQ(testing::at(r, "[0].seq_throughput(seq/sec)").metric_id(), "request_throughput");
  EXPECT_EQ(testing::at(r, "[0].avg_sequence_latency(ms)").metric_id(), "e2e_latency");
}

// A script's "##### ... #####" banner over each of its `vllm bench serve` blocks: the block's
// label (the blocks' own figures alone cannot tell two runs at one concurrency apart).
TEST(ToolOutputs, AHashBannerLabelsTheVllmBlockBelowIt) {
  const auto block = [](const char* ttft) {
    return std::string(
               "============ Serving Benchmark Result ============\n"
               "Successful requests:                     2\n"
               "Maximum request concurrency:             1\n"
               "Mean TTFT (ms):                          ") +
           ttft + "\n==================================================\n";
  };
  const auto r = testing::run(
      FileType::text, "########## ctx1k | in=1024 out=128 n=2 c=1 ##########\n" + block("990.25") +
                          "########## ctx100k | in=102400 out=128 n=2 c=1 ##########\n" +
                          block("83018.49"));
  EXPECT_EQ(testing::at(r, "vllm_result[0].Mean TTFT (ms)").context.config,
            "ctx1k | in=1024 out=128 n=2 c=1");
  EXPECT_EQ(testing::at(r, "vllm_result[1].Mean TTFT (ms)").context.config,
            "ctx100k | in=102400 out=128 n=2 c=1");
}

// A script's JSON Lines records sorted by a word ("payload": "small" / "large", "runtime":
// "ANE" / "GPU"): the word labels each record's figures (a name of each record, or a timestamp,
// does not).
TEST(ToolOutputs, ARecordsCategoryLabelsItsFigures) {
  std::string lines;
  for (const char* payload : {"small", "large", "small", "large"})
    lines += std::string(R"({"timestamp": "2026-04-02 17:37", "model": "glm-4.7", "payload": ")") +
             payload + R"(", "run": "r)" + std::to_string(lines.size()) +
             R"(", "gen_tok_s": 34.0})" + "\n";
  const auto r = testing::run(FileType::jsonl, lines);
  EXPECT_EQ(testing::at(r, "[0].gen_tok_s").context.config, "payload=small");
  EXPECT_EQ(testing::at(r, "[1].gen_tok_s").context.config, "payload=large");
}

// llama.cpp's speculative decoding summary after its "decoded" line: the drafted and accepted
// tokens under their own names, the share accepted the draft acceptance rate (held-out set 50);
// a run that drafted nothing has none.
TEST(ToolOutputs, LlamaCppsSpeculativeSummaryIsReadUnderItsOwnNames) {
  const auto r = testing::run(FileType::text,
                              "0.05.503.994 I decoded   35 tokens in    1.783 seconds, speed:   "
                              "19.633 t/s\n"
                              "0.05.503.994 I n_draft   = 2\n0.05.504.000 I n_drafted = 24\n"
                              "0.05.504.000 I n_accept  = 23\n0.05.504.001 I accept    = 95.833%\n"
                              "2.19.302.713 I decoded  193 tokens in   41.084 seconds, speed:    "
                              "4.698 t/s\n"
                              "2.19.302.714 I n_draft   = 0\n2.19.302.715 I n_drafted = 0\n"
                              "2.19.302.717 I accept    = nan%\n");
  const auto& share = testing::at(r, "llama_speed[0].accept");
  EXPECT_EQ(share.metric_id(), "acceptance_rate");
  EXPECT_EQ(testing::at(r, "llama_speed[0].n_accept").metric, nullptr);
  EXPECT_DOUBLE_EQ(*share.value, 95.833);
  EXPECT_EQ(share.unit, "%");
  EXPECT_DOUBLE_EQ(*testing::at(r, "llama_speed[0].n_accept").value, 23.0);
  EXPECT_EQ(testing::at(r, "llama_speed[0].n_draft").role, metrics::Role::parameter);
  for (const auto& row : r.rows)
    EXPECT_FALSE(row.locator.starts_with("llama_speed[1].n_")) << row.locator;
  for (const auto& row : r.rows) EXPECT_NE(row.locator, "llama_speed[1].accept");
}

// mlx_lm.benchmark's trials and averages, in a note whose fence's close is glued to the last
// line: each trial's figures samples, the averages means, the heading's precision each block's.
TEST(ToolOutputs, MlxBenchmarkTrialsAndAverages) {
  const auto r =
      testing::run(FileType::markdown,
                   "### Qwen3-0.6B\n\n#### bf16\n```\nRunning warmup..\n"
                   "Timing with prompt_tokens=4096, generation_tokens=128, batch_size=1.\n"
                   "Trial 1:  prompt_tps=2306.928, generation_tps=33.816, "
                   "peak_memory=2.824, total_time=5.670\n"
                   "Averages: prompt_tps=2295.900, generation_tps=33.417, "
                   "peak_memory=2.825```\n\n#### 8bit\n```\n"
                   "Timing with prompt_tokens=4096, generation_tokens=128, batch_size=1.\n"
                   "Averages: prompt_tps=1317.353, generation_tps=20.398, "
                   "peak_memory=2.823```\n");
  EXPECT_EQ(r.format, "mlx-lm benchmark");
  const auto& trial = testing::at(r, "mlx_bench[0].trial1.generation_tps");
  EXPECT_EQ(trial.metric_id(), "decode_rate");
  EXPECT_EQ(trial.statistic, "sample");
  EXPECT_EQ(trial.context.config, "prompt_tokens=4096 generation_tokens=128 batch_size=1");
  EXPECT_EQ(trial.context.model, "Qwen3-0.6B");
  EXPECT_EQ(trial.context.quantization, "BF16");
  const auto& memory = testing::at(r, "mlx_bench[0].averages.peak_memory");
  EXPECT_EQ(memory.statistic, "mean");
  EXPECT_DOUBLE_EQ(*memory.normalized, 2.825e9);  // decimal GB, as MLX divides bytes
  EXPECT_EQ(testing::at(r, "mlx_bench[0].trial1.total_time").unit, "s");
  const auto& second = testing::at(r, "mlx_bench[1].averages.prompt_tps");
  EXPECT_EQ(second.statistic, "mean");
  EXPECT_EQ(second.context.quantization, "8bit");  // the fence closed: its heading counts
}

// (Review of set 33's rules.) A part of the report or a step of the script ends the run's label;
// a banner naming a step labels nothing.
TEST(ToolOutputs, APartOrAStepEndsARunsLabel) {
  const auto timing = std::string(
      "llama_perf_context_print:        eval time =     635.96 ms /    63 runs   (   10.09 ms "
      "per token,    99.06 tokens per second)\n");
  const auto r =
      testing::run(FileType::text, "=== FULL BASELINE ===\n" + timing + "=== Summary ===\n" +
                                       timing + "##### Starting server #####\n" + timing);
  EXPECT_EQ(testing::at(r, "llama_timings[0].eval time rate").context.config, "FULL BASELINE");
  EXPECT_EQ(testing::at(r, "llama_timings[1].eval time rate").context.config, "");
  EXPECT_EQ(testing::at(r, "llama_timings[2].eval time rate").context.config, "");
}

// llama-server's own log names its model on its "load_model: loading model '…gguf'" line.
TEST(ToolOutputs, LlamaServersLoadModelLineNamesTheModel) {
  const auto r = testing::run(
      FileType::text,
      "0.00.039.027 I srv    load_model: loading model '/home/u/.cache/huggingface/hub/"
      "models--unsloth--Qwen3.8-27B-GGUF/snapshots/fdd0/Qwen3.8-27B-UD-Q4_K_XL.gguf'\n"
      "slot print_timing: id  0 | task 0 |\n"
      "       eval time =   20542.81 ms /   109 tokens (  188.47 ms per token,     5.31 tokens "
      "per second)\n");
  const auto& rate = testing::at(r, "llama_timings[0].eval time rate");
  EXPECT_EQ(rate.context.model, "Qwen3.8-27B-UD-Q4_K_XL");
  EXPECT_EQ(rate.context.quantization, "UD-Q4_K_XL");
  // Held-out set 42: the first of a model's split files names the model, no part's number.
  const auto split = testing::run(
      FileType::text,
      "0.00.051.718 I srv    load_model: loading model '/m/Qwen3.8-Flash-Next-UD-IQ3_XXS-00001-of-"
      "00003.gguf'\n"
      "       eval time =   20542.81 ms /   109 tokens (  188.47 ms per token,     5.31 tokens "
      "per second)\n");
  EXPECT_EQ(testing::at(split, "llama_timings[0].eval time rate").context.model,
            "Qwen3.8-Flash-Next-UD-IQ3_XXS");
  // ... and in a table's model cell.
  const auto cell = testing::run(FileType::markdown,
                                 "| model file | tg128 (t/s) |\n|---|---|\n"
                                 "| Qwen3-235B-A22B-UD-Q2_K_XL-00001-of-00002.gguf | 14.1 |\n");
  EXPECT_EQ(testing::at(cell, "table[0][0].tg128 (t/s)").context.model,
            "Qwen3-235B-A22B-UD-Q2_K_XL");
}

// Held-out set 42: ExecuTorch's llama runner prints its statistics as a tag and one JSON object
// on a line ("PyTorchObserver {...}"): read as a JSON record, its epoch times no figures.
TEST(ToolOutputs, ATaggedJsonObjectOnALogLine) {
  const auto r = testing::run(
      FileType::text,
      "Okay, so the user is asking\nPyTorchObserver {\"prefill_token_per_sec\":333.333,"
      "\"decode_token_per_sec\":124.51,\"generated_tokens\":127,"
      "\"model_load_start_ms\":1791379686222}\n");
  EXPECT_EQ(testing::at(r, "line[2].decode_token_per_sec").metric_id(), "decode_rate");
  EXPECT_EQ(testing::at(r, "line[2].prefill_token_per_sec").metric_id(), "prompt_eval_rate");
  EXPECT_EQ(testing::at(r, "line[2].generated_tokens").metric_id(), "output_tokens");
  EXPECT_EQ(testing::at(r, "line[2].model_load_start_ms").role, metrics::Role::timestamp);
  // (Prose with braces is no record: "see {x}" names no tag.)
  const auto prose = testing::run(FileType::text, "we saw the result {1} here {\"a\": 1}\n");
  EXPECT_TRUE(prose.rows.empty());
}

// Held-out set 39: llama-server's draft model is a setting of the requests after it, and its
// "draft acceptance = … mean len = …" line the request's acceptance rate and length.
TEST(ToolOutputs, LlamaServersDraftModelAndDraftAcceptance) {
  const auto r = testing::run(
      FileType::text,
      "0.00.323.430 I srv    load_model: loading model '/root/Qwen3.8-27B-UD-Q4_K_M.gguf'\n"
      "0.05.134.919 I common_speculative_init_result: loading draft model "
      "'/root/mtp-Qwen3.8-27B-Q4_0.gguf'\n"
      "0.40.346.129 I slot print_timing: id  3 | task 0 |        eval time =   28046.19 ms /   400 "
      "tokens (   70.29 ms per token,    14.23 tokens per second)\n"
      "0.40.346.144 I slot print_timing: id  3 | task 0 | draft acceptance = 0.44902 (  229 "
      "accepted /   510 generated), mean len =  2.35\n");
  const auto& rate = testing::at(r, "llama_timings[0].eval time rate");
  EXPECT_EQ(rate.metric_id(), "decode_rate");
  EXPECT_EQ(rate.context.config, "draft=mtp-Qwen3.8-27B-Q4_0");
  const auto& share = testing::at(r, "llama_timings[0].draft acceptance");
  EXPECT_EQ(share.metric_id(), "acceptance_rate");
  EXPECT_DOUBLE_EQ(*share.normalized, 44.902);
  EXPECT_EQ(share.context.model, "Qwen3.8-27B-UD-Q4_K_M");
  const auto& len = testing::at(r, "llama_timings[0].mean len");
  EXPECT_EQ(len.metric_id(), "acceptance_length");
  EXPECT_EQ(len.statistic, "mean");
  EXPECT_DOUBLE_EQ(*len.value, 2.35);
}

// Review 50: older builds name it "draft acceptance rate = …", without the mean length.
TEST(ToolOutputs, LlamaServersOlderDraftAcceptanceRateLine) {
  const auto r = testing::run(
      FileType::text,
      "prompt eval time =     120.11 ms /   100 tokens (    1.20 ms per token,   832.57 tokens "
      "per second)\n       eval time =    4120.45 ms /   512 tokens (    8.05 ms per token,   "
      "124.26 tokens per second)\ndraft acceptance rate = 0.57143 (  240 accepted /   420 "
      "generated)\n");
  const auto& share = testing::at(r, "llama_timings[0].draft acceptance");
  EXPECT_EQ(share.metric_id(), "acceptance_rate");
  EXPECT_DOUBLE_EQ(*share.normalized, 57.143);
}

// A model loaded again without a draft: the requests after it have none.
TEST(ToolOutputs, LlamaServersDraftModelEndsWhenAModelIsLoadedAgain) {
  const auto r = testing::run(
      FileType::text,
      "I srv    load_model: loading model '/root/Qwen3-8B-Q4_K_M.gguf'\n"
      "I common_speculative_init_result: loading draft model '/root/Qwen3-0.6B-Q4_0.gguf'\n"
      "I slot print_timing: id  3 | task 0 |        eval time =   28046.19 ms /   400 tokens (   "
      "70.29 ms per token,    14.23 tokens per second)\n"
      "I srv    load_model: loading model '/root/Qwen3-8B-Q4_K_M.gguf'\n"
      "I slot print_timing: id  3 | task 1 |        eval time =   36133.20 ms /   400 tokens (   "
      "90.33 ms per token,    11.07 tokens per second)\n");
  EXPECT_EQ(testing::at(r, "llama_timings[0].eval time rate").context.config,
            "draft=Qwen3-0.6B-Q4_0");
  EXPECT_EQ(testing::at(r, "llama_timings[1].eval time rate").context.config, "");
}

// An OpenAI-compatible response saved whole, with llama-server's timings: one request's samples;
// the prompt's time per token is no TPOT, its cached tokens no input.
TEST(ToolOutputs, ASavedChatCompletionIsOneRequest) {
  const auto r = testing::run(FileType::json, R"({"object": "chat.completion",
    "usage": {"completion_tokens": 282, "prompt_tokens": 61,
      "prompt_tokens_details": {"cached_tokens": 0}},
    "timings": {"prompt_n": 61, "prompt_ms": 583.94, "prompt_per_token_ms": 9.57,
      "predicted_per_token_ms": 17.13, "predicted_per_second": 58.37}})");
  EXPECT_EQ(testing::at(r, "usage.completion_tokens").statistic, "sample");
  EXPECT_EQ(testing::at(r, "timings.predicted_per_second").statistic, "sample");
  EXPECT_EQ(testing::at(r, "timings.prompt_per_token_ms").metric, nullptr);
  EXPECT_EQ(testing::at(r, "timings.predicted_per_token_ms").metric_id(), "tpot");
  EXPECT_EQ(testing::at(r, "usage.prompt_tokens_details.cached_tokens").metric, nullptr);
}

// A test harness's line per request, its check's verdict beside the request's figures: the
// figures are samples of the test named, a FAIL the answer's check (the request completed).
TEST(ToolOutputs, AHarnessesVerdictLinesAreItsRequests) {
  const auto r =
      testing::run(FileType::text,
                   "model=qwen3.8-27b-bench base=http://localhost:11434/v1 concurrency=1\n"
                   "  PASS  two_sum            s0     67tok 3s 23.1tok/s\n"
                   "  PASS  roman              s1    232tok 7s 34.0tok/s\n"
                   "  FAIL  rate_limiter       s1    380tok 13s 28.8tok/s  "
                   "<AttributeError: 'list' object>\n"
                   "  [DIRECT] (1/30) cg01_fibonacci... PASS (10.3s, 33.7 tok/s)\n"
                   "All tests PASS in 3 runs\n");
  const auto& rate = testing::at(r, "line[2].two_sum.token_rate");
  EXPECT_EQ(rate.statistic, "sample");
  EXPECT_DOUBLE_EQ(*rate.value, 23.1);
  EXPECT_EQ(rate.context.test, "two_sum");
  EXPECT_EQ(rate.context.model, "qwen3.8-27b-bench");
  EXPECT_EQ(rate.context.concurrency, "1");  // the settings line's load
  EXPECT_DOUBLE_EQ(*testing::at(r, "line[2].two_sum.output_tokens").value, 67.0);
  EXPECT_EQ(testing::at(r, "line[2].two_sum.e2e_latency").unit, "s");
  EXPECT_EQ(testing::at(r, "line[3].roman.token_rate").context.test, "roman");
  const auto& failed = testing::at(r, "line[4].rate_limiter.e2e_latency");
  EXPECT_EQ(failed.status, RowStatus::ok);  // the answer's check failed, not the request
  EXPECT_NE(failed.note.find("FAIL"), std::string::npos);
  const auto& tagged = testing::at(r, "line[5].cg01_fibonacci.token_rate");
  EXPECT_EQ(tagged.context.config, "DIRECT");
  EXPECT_EQ(r.rows.size(), 11u);  // (not the summary's prose)
}

// A setting echoed alone on its line ("SLEEP_S=10") is no measurement.
TEST(ToolOutputs, AnEchoedSettingIsNoFigure) {
  const auto r = testing::run(FileType::text, "SLEEP_S=10\nMAX_WAIT_MS=500\nWARMUP_S=5\n");
  EXPECT_TRUE(r.rows.empty());
}

// AIPerf's "OSL Mismatch Diff %" row under its "avg" column: the mean of the differences; a
// metric's own delta keeps its delta ("Throughput Delta (tok/s) / Mean" is no mean throughput).
TEST(ToolOutputs, AStatisticColumnOverADifferenceRow) {
  EXPECT_EQ(metrics::classify("OSL Mismatch Diff % (%) / avg").statistic, "mean");
  EXPECT_EQ(metrics::classify("OSL Mismatch Diff % (%) / p99").statistic, "p99");
  EXPECT_EQ(metrics::classify("Throughput Delta (tok/s) / Mean").statistic, "delta");
}

// Held-out set 35: llama-cli's rates after each answer, in a log or a note's inline code, are
// one request's (samples); its backend is llama.cpp.
TEST(ToolOutputs, LlamaClisSpeedLineIsOneRequest) {
  const auto r = testing::run(FileType::markdown,
                              "## Q4_K_M Results\n\n### Prompt 1\n```\nan answer\n```\n"
                              "`Prompt: 100.2 t/s | Generation: 19.9 t/s`\n");
  const auto& gen = testing::at(r, "llama_cli[7].Generation");
  EXPECT_EQ(gen.metric_id(), "decode_rate");
  EXPECT_EQ(gen.statistic, "sample");
  EXPECT_DOUBLE_EQ(*gen.value, 19.9);
  EXPECT_EQ(gen.context.quantization, "Q4_K_M");
  EXPECT_EQ(gen.context.backend, "llama.cpp");
  EXPECT_EQ(testing::at(r, "llama_cli[7].Prompt").metric_id(), "prompt_eval_rate");
  const auto log = testing::run(FileType::text, "[ Prompt: 113.2 t/s | Generation: 21.3 t/s ]\n");
  EXPECT_DOUBLE_EQ(*testing::at(log, "llama_cli[1].Prompt").value, 113.2);
}

// Held-out set 35: a setting counted in thousands ("context_k") is a setting; a run whose status
// says its answer degenerated has no figures to count.
TEST(ToolOutputs, ThousandsOfASettingAndADegenerateRun) {
  const auto r = testing::run(FileType::csv,
                              "model_name,context_k,decode_tps,status,elapsed\n"
                              "m,0,5.06,ok,26s\nm,10,,degenerate_response,1m38s\n");
  EXPECT_EQ(testing::at(r, "[0].context_k").role, metrics::Role::parameter);
  EXPECT_EQ(testing::at(r, "[0].elapsed").status, RowStatus::ok);
  EXPECT_EQ(testing::at(r, "[1].elapsed").status, RowStatus::failed);
}

// Held-out set 35: a summary's figure with its spread ("1.42s (±0.08s)": a mean and its std; not
// a setting's range without a unit, "1000 (±0.3)"), and lines of several labelled figures after
// what they are of (a prompt, "What is AI? | Time: 1.44s | Throughput: 79.6 tok/s").
TEST(ToolOutputs, SpreadsAndLabelledPartsOfASummary) {
  const auto r =
      testing::run(FileType::text,
                   "Model: Qwen/Qwen2.5-0.5B-Instruct\n"
                   "  Average inference time: 1.42s (\xC2\xB1"
                   "0.08s)\n"
                   "Input Length:    1000 (\xC2\xB1"
                   "0.3)\n"
                   "    Avg time: 1.39s, Avg throughput: 73.3 tok/s, Avg words: 80\n"
                   "  What is AI?     | Time:  1.44s | Throughput:  79.6 tok/s | Words:  "
                   "88 (medium)\n");
  const auto& mean = testing::at(r, "line[2].Average inference time");
  EXPECT_EQ(mean.statistic, "mean");
  EXPECT_EQ(mean.metric_id(), "e2e_latency");  // (an average over the inferences)
  EXPECT_DOUBLE_EQ(*mean.value, 1.42);
  ASSERT_GE(r.rows.size(), 2u);
  EXPECT_EQ(r.rows[1].statistic, "std");
  EXPECT_DOUBLE_EQ(*r.rows[1].value, 0.08);
  EXPECT_FALSE(testing::has_row(r, "line[3].Input Length"));
  EXPECT_EQ(testing::at(r, "line[4].Avg throughput").statistic, "mean");
  EXPECT_EQ(testing::at(r, "line[5].Time").metric_id(), "e2e_latency");
  const auto& rate = testing::at(r, "line[5].Throughput");
  EXPECT_DOUBLE_EQ(*rate.value, 79.6);
  EXPECT_EQ(rate.context.test, "What is AI?");
  EXPECT_EQ(rate.context.model, "Qwen/Qwen2.5-0.5B-Instruct");
}

// Held-out set 36: JSON Lines whose records were written pretty-printed over many lines each:
// read one by one, and said.
TEST(ToolOutputs, JsonLinesRecordsOverSeveralLines) {
  const auto jsonl = testing::run(FileType::jsonl,
                                  "{\"name\": \"a\", \"tg_tok_s\": 69.0,\n \"raw\": [1]}\n"
                                  "{\"name\": \"b\",\n \"tg_tok_s\": 40.7}\n");
  EXPECT_DOUBLE_EQ(*testing::at(jsonl, "[1].tg_tok_s").value, 40.7);
  ASSERT_EQ(jsonl.warnings.size(), 1u);
  EXPECT_NE(jsonl.warnings[0].find("2 records"), std::string::npos);
}

// Held-out set 36: a table of LLMPerf's summaries ("results_*" columns) asked for the mean
// lengths it names first: settings in each row's configuration, no measured means.
TEST(ToolOutputs, LlmperfSummariesInACsvAskedForTheirLengths) {
  const auto r = testing::run(FileType::csv,
                              "model,mean_input_tokens,mean_output_tokens,num_concurrent_requests,"
                              "results_ttft_s_quantiles_p90\nq,256,2048,1,3.7\nq,512,2048,1,4.1\n");
  EXPECT_EQ(testing::at(r, "[0].mean_input_tokens").role, metrics::Role::parameter);
  EXPECT_NE(testing::at(r, "[1].results_ttft_s_quantiles_p90")
                .context.config.find("mean_input_tokens=512"),
            std::string::npos);
}

// Held-out set 59: LLMPerf summaries keyed by their concurrency in one JSON: each summary's
// asked-for lengths are its figures' configuration.
TEST(ToolOutputs, LlmperfSummariesByConcurrencyCarryTheirLengths) {
  const auto r =
      testing::run(FileType::json,
                   R"({"1": {"version": "2023-08-31", "model": "m", "mean_input_tokens": 750,
  "mean_output_tokens": 150, "num_concurrent_requests": 1, "results_ttft_s_mean": 0.158,
  "results_end_to_end_latency_s_mean": 5.28},
 "8": {"version": "2023-08-31", "model": "m", "mean_input_tokens": 2000,
  "mean_output_tokens": 150, "num_concurrent_requests": 8, "results_ttft_s_mean": 0.31,
  "results_end_to_end_latency_s_mean": 6.1}})");
  const auto& one = testing::at(r, "1.results_ttft_s_mean");
  EXPECT_EQ(one.metric_id(), "ttft");
  EXPECT_NE(one.context.config.find("mean_input_tokens=750 mean_output_tokens=150"),
            std::string::npos);
  EXPECT_NE(testing::at(r, "8.results_ttft_s_mean").context.config.find("mean_input_tokens=2000"),
            std::string::npos);
}

// Held-out set 43: TGI's text-generation-benchmark tables pasted in a fence: its parameters are
// settings, each step's figures its quantity (prefill time and rate, a decoded token's time, the
// decode's whole time and its rate), Lowest and Highest the min and max, each batch size a
// configuration.
TEST(ToolOutputs, TgiBenchmarkTables) {
  const auto r = testing::run(FileType::markdown, R"(```
| Parameter          | Value                               |
|--------------------|-------------------------------------|
| Model              | meta-llama/Llama-2-7b-hf            |
| Decode Length      | 8                                   |


| Step           | Batch Size | Average   | Lowest    | Highest   | p50       |
|----------------|------------|-----------|-----------|-----------|-----------|
| Prefill        | 1          | 31.83 ms  | 31.74 ms  | 31.94 ms  | 31.83 ms  |
| Decode (token) | 1          | 30.45 ms  | 30.40 ms  | 30.51 ms  | 30.45 ms  |
|                | 32         | 37.73 ms  | 37.66 ms  | 37.81 ms  | 37.73 ms  |


| Step    | Batch Size | Average            | Lowest             | Highest            |
|---------|------------|--------------------|--------------------|--------------------|
| Decode  | 32         | 848.02 tokens/secs | 846.39 tokens/secs | 849.62 tokens/secs |
```
)");
  EXPECT_EQ(testing::at(r, "table[0][1].Value").role, metrics::Role::parameter);
  const auto& prefill = testing::at(r, "table[1][0].Average");
  EXPECT_EQ(prefill.metric_id(), "prompt_eval_time");
  EXPECT_EQ(prefill.statistic, "mean");
  EXPECT_EQ(prefill.context.model, "meta-llama/Llama-2-7b-hf");
  EXPECT_EQ(prefill.context.backend, "TGI");
  const auto& token = testing::at(r, "table[1][2].Lowest");
  EXPECT_EQ(token.metric_id(), "tpot");
  EXPECT_EQ(token.statistic, "min");
  EXPECT_NE(token.context.config.find("Batch Size=32"), std::string::npos);
  EXPECT_EQ(testing::at(r, "table[2][0].Highest").metric_id(), "decode_rate");
  EXPECT_EQ(r.format, "tgi benchmark");
}

}  // namespace
}  // namespace chimera::ingest

namespace chimera::ingest {
namespace {

// MLPerf LoadGen's summary (held-out set 52): its results and statistics by LoadGen's
// definitions, "Completed tokens per second" counted once though printed twice, an INVALID result
// noted on every figure, and the test parameters settings (a TTFT bound is no TTFT measured).
TEST(ToolOutputs, MlperfLoadgenSummary) {
  const auto r = testing::run(
      FileType::text,
      "================================================\nMLPerf Results Summary\n"
      "================================================\nSUT name : PySUT\nScenario : Server\n"
      "Completed samples per second    : 0.34\nCompleted tokens per second: 44.52\n"
      "Result is : INVALID\n  Min duration satisfied : Yes\n\n"
      "================================================\nAdditional Stats\n"
      "================================================\nScheduled samples per second : 0.53\n"
      "99.00 percentile latency (ns)   : 100776895345\n90.0th percentile latency (ns) : 2000000\n"
      "Completed tokens per second                 : 44.52\n"
      "50.00 percentile first token latency (ns)   : 55746638052\n"
      "Mean Time to Output Token (ns)               : 21964703\n\n"
      "================================================\nTest Parameters Used\n"
      "================================================\ntarget_qps : 0.5\n"
      "ttft_latency (ns): 2000000000\nmin_duration (ms): 120000\nqsl_rng_seed : 178090852\n\n"
      "No errors encountered during test.\n");
  EXPECT_EQ(r.format, "mlperf loadgen summary");
  const auto& tokens = testing::at(r, "mlperf[0].Completed tokens per second");
  EXPECT_EQ(tokens.metric_id(), "output_throughput");
  EXPECT_EQ(tokens.context.test, "MLPerf Server");
  EXPECT_NE(tokens.note.find("INVALID"), std::string::npos);
  std::size_t copies = 0;
  for (const auto& row : r.rows) copies += row.locator == tokens.locator ? 1 : 0;
  EXPECT_EQ(copies, 1u);
  EXPECT_EQ(testing::at(r, "mlperf[0].Completed samples per second").metric_id(),
            "request_throughput");
  const auto& p99 = testing::at(r, "mlperf[0].99.00 percentile latency (ns)");
  EXPECT_EQ(p99.metric_id(), "e2e_latency");
  EXPECT_EQ(p99.statistic, "p99");
  EXPECT_DOUBLE_EQ(*p99.normalized, 100776.895345);
  EXPECT_EQ(testing::at(r, "mlperf[0].90.0th percentile latency (ns)").statistic, "p90");
  EXPECT_EQ(testing::at(r, "mlperf[0].50.00 percentile first token latency (ns)").statistic,
            "median");
  EXPECT_EQ(testing::at(r, "mlperf[0].Mean Time to Output Token (ns)").metric_id(), "tpot");
  for (const std::string_view setting :
       {"mlperf[0].Scheduled samples per second", "mlperf[0].target_qps",
        "mlperf[0].ttft_latency (ns)", "mlperf[0].min_duration (ms)", "mlperf[0].qsl_rng_seed"}) {
    EXPECT_EQ(testing::at(r, setting).role, metrics::Role::parameter) << setting;
  }
}

}  // namespace
}  // namespace chimera::ingest

namespace chimera::ingest {
namespace {

// pandas' printed DataFrames in a log (held-out set 52): a RangeIndex is the rows' positions (an
// identifier, no figure), a narrow index's header indented by two spaces, and a pivot table
// ("data_type  FP8" over "gpu_info") whose rows are labelled by the index and whose caption names
// the quantity.
TEST(ToolOutputs, PandasPrintedFrames) {
  const auto plain = testing::run(
      FileType::text, "   tps_mean  ttft_ms\n0     45.20    120.5\n1     50.10    100.2\n");
  EXPECT_EQ(testing::at(plain, "table[0][0].tps_mean").metric_id(), "token_rate");
  EXPECT_EQ(testing::at(plain, "table[0][1].index").role, metrics::Role::identifier);
  const auto pivot = testing::run(FileType::text,
                                  "Average Throughput by GPU and Data Type:\n"
                                  "data_type                       FP8\n"
                                  "gpu_info                           \n"
                                  "RTX A5000               1117.717778\n"
                                  "(runpod) RTX A6000 ADA  1339.841260\n");
  const auto& a5000 = testing::at(pivot, "table[0][0].FP8");
  EXPECT_EQ(a5000.metric_id(), "token_rate");
  EXPECT_EQ(a5000.statistic, "mean");
  EXPECT_EQ(a5000.context.gpu, "RTX A5000");
  EXPECT_EQ(a5000.context.quantization, "FP8");
  // (A fence's close after such a header is no index name: the fence still closes.)
  const auto fenced =
      testing::run(FileType::markdown,
                   "# N\n\n```\ndata_type   FP8\n```\n\n## After\n\n| a | TTFT (ms) |\n"
                   "|---|---|\n| x | 5 |\n");
  EXPECT_EQ(testing::at(fenced, "table[0][0].TTFT (ms)").context.section.find("After") !=
                std::string::npos,
            true);
}

}  // namespace
}  // namespace chimera::ingest

namespace chimera::ingest {
namespace {

// Held-out set 53: output pasted into a shell's fence ("        Torch time: 0.00601 ms" under
// ```bash) is read, its comments ("# - ONNX export: ~15s", expected) not; a log's "Operation
// generate_llm took 1653.54 seconds." is that step's time; a script's "Maximum number of output
// tokens: 50" a setting.
TEST(ToolOutputs, ShellFenceOutputAndALogsTookLines) {
  const auto fence = testing::run(FileType::markdown,
                                  "# Ops\n## Add\n```bash\nTesting Ops.add on nvidia\n"
                                  "        Torch time: 0.00601 ms\n# - ONNX export: ~15s\n```\n");
  EXPECT_EQ(testing::at(fence, "line[5].Torch time").metric_id(), "duration");
  EXPECT_FALSE(testing::has_row(fence, "line[6].ONNX export"));
  const auto log = testing::run(FileType::text,
                                "Maximum number of output tokens: 50\n"
                                "Operation load_model took 2.91 seconds.\n"
                                "Operation load_input took 0.0 seconds.\n"
                                "Operation generate_llm took 1653.54 seconds.\n"
                                "It took me 3 tries to get here.\n");
  EXPECT_EQ(testing::at(log, "line[2].load_model").metric_id(), "load_time");
  EXPECT_EQ(testing::at(log, "line[3].load_input").metric_id(), "duration");
  EXPECT_DOUBLE_EQ(*testing::at(log, "line[4].generate_llm").normalized, 1653540.0);
  for (const auto& row : log.rows) {
    EXPECT_NE(row.metric_id(), "output_tokens") << row.locator;
    EXPECT_EQ(row.locator.find("tries"), std::string::npos);
  }
}

}  // namespace
}  // namespace chimera::ingest
