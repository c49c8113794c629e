// The metric registry and the name classifier: every rule the issue named, one case each.
#include "chimera/metrics/classify.hpp"
#include "chimera/metrics/gloss.hpp"

#include <gtest/gtest.h>

#include <set>

namespace chimera::metrics {
namespace {

std::string metric(std::string_view name, std::string_view unit = {}) {
  const auto c = classify(name, unit);
  if (c.role != Role::metric) return "(" + std::string(role_name(c.role)) + ")";
  return c.metric ? std::string(c.metric->id) : "unknown";
}

TEST(Registry, IdsAreUniqueAndEveryMetricIsDefined) {
  std::set<std::string_view> ids;
  for (const auto& m : all_metrics()) {
    EXPECT_TRUE(ids.insert(m.id).second) << m.id;
    EXPECT_FALSE(m.definition.empty()) << m.id;
    EXPECT_EQ(find_metric(m.id), &m);
  }
  EXPECT_EQ(find_metric("nope"), nullptr);
  EXPECT_EQ(find_metric("ttft")->unit, "ms");
  EXPECT_EQ(find_metric("decode_rate")->direction, Direction::higher);
  EXPECT_NE(describe(*find_metric("tpot")).find("lower is better"), std::string::npos);
}

TEST(Registry, StatisticsAreTheirOwnDimension) {
  EXPECT_EQ(parse_statistic("avg"), "mean");
  EXPECT_EQ(parse_statistic("p50"), "median");
  EXPECT_EQ(parse_statistic("p999"), "p99.9");  // GuideLLM's spelling
  EXPECT_EQ(parse_statistic("p100"), "max");    // the largest, not p10.0
  EXPECT_EQ(parse_statistic("p001"), "p0.1");
  EXPECT_EQ(parse_statistic("p01"), "p1");
  EXPECT_EQ(parse_statistic("quantiles_p95"), "p95");
  EXPECT_EQ(parse_statistic("std_dev"), "std");
  EXPECT_EQ(parse_statistic("min"), "min");
  EXPECT_EQ(classify("P2 NP=1 Mean (ms)").statistic, "mean");  // phase 2, not the 2nd percentile
  EXPECT_EQ(classify("TTFT p1").statistic, "p1");
  EXPECT_FALSE(parse_statistic("pp512"));
  EXPECT_FALSE(parse_statistic("ttft"));
}

TEST(Classify, MinIsAStatisticNotMinutes) {
  const auto c = classify("ttft_ms_min");
  EXPECT_EQ(c.statistic, "min");
  EXPECT_EQ(c.unit, "ms");
  EXPECT_EQ(metric("ttft_ms_min"), "ttft");
  // A rate per minute stays a rate; minutes in brackets stay minutes.
  const auto per_min = classify("results_num_completed_requests_per_min");
  EXPECT_EQ(per_min.unit, "req/min");
  EXPECT_EQ(per_min.statistic, "");
  EXPECT_EQ(metric("results_num_completed_requests_per_min"), "request_throughput");
  EXPECT_EQ(classify("Benchmark Time (min)").unit, "min");
  EXPECT_EQ(classify("Benchmark Time (min)").statistic, "");
}

TEST(Classify, LatencyInSecondsIsNotAThroughput) {
  const auto c = classify("inter_token_latency_s");
  EXPECT_EQ(c.unit, "s");
  EXPECT_EQ(metric("inter_token_latency_s"), "itl");
  EXPECT_EQ(classify("request_output_throughput_token_per_s").unit, "tok/s");
  EXPECT_EQ(classify("tokens_per_second").unit, "tok/s");
}

TEST(Classify, RatiosOfUnitsAreNotBytes) {
  EXPECT_EQ(classify("tok/s per GB").unit, "tok/s/gb");
  EXPECT_EQ(classify("Tokens per GB").unit, "tok/gb");
  EXPECT_NE(metric("Tokens per GB"), "memory");
}

TEST(Classify, UnitsInTheMiddleOfANameAreFound) {
  EXPECT_EQ(classify("ttft_s_quantiles_p50").unit, "s");
  EXPECT_EQ(classify("ttft_s_quantiles_p50").statistic, "median");
  EXPECT_EQ(metric("ttft_s_quantiles_p50"), "ttft");
  EXPECT_EQ(classify("eval_s_mean").unit, "s");
  EXPECT_EQ(classify("eval_s_mean").statistic, "mean");
  EXPECT_EQ(classify("Time to First Token (ms) / avg").unit, "ms");
  EXPECT_EQ(classify("Time to First Token (ms) / avg").statistic, "mean");
  EXPECT_EQ(metric("Time to First Token (ms) / avg"), "ttft");
  EXPECT_EQ(classify("avg", "ms").unit, "ms");  // a sibling "unit" field
  EXPECT_EQ(classify("Request Throughput (per sec)").unit, "req/s");
}

TEST(Classify, ParametersIdentifiersAndTimestampsAreNotMetrics) {
  EXPECT_EQ(metric("num_ctx"), "(parameter)");
  EXPECT_EQ(metric("max_concurrency"), "(parameter)");
  EXPECT_EQ(metric("runs"), "(parameter)");
  EXPECT_EQ(metric("request_id"), "(identifier)");
  EXPECT_EQ(metric("build_number"), "(identifier)");
  EXPECT_EQ(metric("version"), "(identifier)");
  EXPECT_EQ(metric("port"), "(identifier)");
  EXPECT_EQ(metric("nvidia_driver"), "(identifier)");  // 581.29: a version
  EXPECT_NE(metric("driver_overhead_ms"), "(identifier)");
  EXPECT_EQ(metric("timestamp"), "(timestamp)");
  EXPECT_EQ(metric("start_time"), "(timestamp)");    // a moment, whatever its clock's origin
  EXPECT_TRUE(classify("created").epoch_candidate);  // a timestamp when the value is epoch
  EXPECT_FALSE(classify("eval_time").epoch_candidate);
  // GuideLLM's per-request moments, whatever metric their words suggest.
  EXPECT_TRUE(classify("first_token_time").epoch_candidate);
  EXPECT_TRUE(classify("queued_time").epoch_candidate);
  EXPECT_TRUE(classify("completed_at").epoch_candidate);
  EXPECT_TRUE(classify("dequeued").epoch_candidate);
  EXPECT_FALSE(classify("completed").epoch_candidate);  // vLLM's count of completed requests
}

TEST(Classify, CanonicalMetricsFromEveryToolsSpelling) {
  EXPECT_EQ(metric("mean_ttft_ms"), "ttft");
  EXPECT_EQ(metric("p99_itl_ms"), "itl");
  EXPECT_EQ(metric("median_tpot_ms"), "tpot");
  EXPECT_EQ(metric("mean_e2el_ms"), "e2e_latency");
  EXPECT_EQ(metric("time_to_first_token_ms"), "ttft");
  EXPECT_EQ(metric("timeToFirstToken"), "ttft");
  EXPECT_EQ(metric("time_per_output_token_ms"), "tpot");
  EXPECT_EQ(classify("time_per_output_token_ms").unit, "ms");
  EXPECT_EQ(metric("output_tokens_per_second"), "output_throughput");
  EXPECT_EQ(metric("requests_per_second"), "request_throughput");
  EXPECT_EQ(metric("Requests per hour"), "request_throughput");
  EXPECT_EQ(classify("Stderr").statistic, "sem");  // lm-evaluation-harness's column
  EXPECT_EQ(metric("total_token_throughput"), "total_throughput");
  // Input tokens over the run's wall time (SGLang, AIPerf, GuideLLM, vLLM's server log); a
  // prompt's own prefill rate stays the prompt-eval rate, one request's stays unnamed.
  EXPECT_EQ(metric("input_throughput"), "input_throughput");
  EXPECT_EQ(metric("Input Token Throughput (tokens/sec)"), "input_throughput");
  EXPECT_EQ(metric("prompt_tokens_per_second"), "input_throughput");
  EXPECT_EQ(metric("Avg prompt throughput"), "input_throughput");
  EXPECT_EQ(metric("Prefill Throughput Per User (tokens/sec/user)"), "prompt_eval_rate");
  EXPECT_EQ(metric("prompt eval rate"), "prompt_eval_rate");
  EXPECT_NE(metric("request_input_throughput_tokens_per_s"), "input_throughput");
  EXPECT_EQ(metric("eval rate"), "decode_rate");
  EXPECT_EQ(metric("prompt eval rate"), "prompt_eval_rate");
  EXPECT_EQ(metric("prompt_eval_count"), "input_tokens");
  EXPECT_EQ(metric("eval_count"), "output_tokens");
  EXPECT_EQ(metric("Avg Tokens/Response"), "output_tokens");  // trtllm-serve's benchmark
  EXPECT_EQ(metric("ttfr (ms)"), "first_byte");  // llama-benchy: any first response chunk
  // Held-out set 25: a rate per second named by what it counts, through its rate's word.
  EXPECT_EQ(metric("request_throughput_per_s"), "request_throughput");
  EXPECT_EQ(classify("request_throughput_per_s").unit, "req/s");
  EXPECT_EQ(metric("output_throughput_per_s"), "output_throughput");
  EXPECT_EQ(metric("Predict Per Second"), "decode_rate");  // llama-server's names in words
  EXPECT_EQ(metric("Prompt Per Second"), "prompt_eval_rate");
  EXPECT_EQ(metric("output_per_second"), "unknown");        // GuideLLM's per-request figure
  EXPECT_EQ(metric("Total memory size", "GB"), "unknown");  // the machine's, none in use
  EXPECT_EQ(metric("Elapse"), "duration");
  EXPECT_EQ(metric("prompt_eval", "tok"), "input_tokens");  // a sweep log's "prompt_eval=113 tok"
  EXPECT_EQ(classify("warmup_num_prompts").role, Role::parameter);  // the warm-up's, a setting
  EXPECT_EQ(classify("Input Output Length").parameter->id, "input_len");
  EXPECT_EQ(classify("Num of Hardware").parameter->id, "gpu_count");
  EXPECT_EQ(metric("e2e_ttft (ms)"), "ttft");
  EXPECT_EQ(metric("Average tokens per response"), "output_tokens");
  EXPECT_EQ(metric("load_duration"), "load_time");
  EXPECT_EQ(classify("eval_duration").unit, "ns");  // Ollama's convention
  EXPECT_EQ(metric("decode_tok_s"), "decode_rate");
  EXPECT_EQ(metric("avg_ts"), "token_rate");
  EXPECT_EQ(classify("avg_ts").unit, "tok/s");
  EXPECT_EQ(metric("t/s"), "token_rate");
  EXPECT_EQ(classify("cooldown_duration").role, Role::parameter);
  EXPECT_EQ(metric("tbt_ms"), "itl");  // time between tokens
  EXPECT_EQ(metric("per_step_latency_mean_ms"), "itl");
  EXPECT_EQ(classify("trials").role, Role::parameter);
  EXPECT_EQ(classify("effective_bandwidth_gb_s").unit, "GB/s");  // no memory in GiB
  EXPECT_EQ(metric("effective_bandwidth_gb_s"), "bandwidth");
  EXPECT_EQ(metric("out_tok_s"), "output_throughput");
  EXPECT_EQ(classify("qps_target").role, Role::parameter);  // the load offered
  EXPECT_EQ(classify("slots").role, Role::parameter);
  EXPECT_EQ(classify("context_len").role, Role::parameter);  // a sweep's context length
  EXPECT_EQ(classify("context_len").parameter->id, "num_ctx");
  EXPECT_EQ(classify("nodes").parameter->id, "num_nodes");  // a distributed run's machines
  EXPECT_EQ(classify("tp_size").parameter->id, "tensor_parallel");
  EXPECT_EQ(classify("pp_size").parameter->id, "pipeline_parallel");
  EXPECT_EQ(classify("microbatch_size").parameter->id, "num_ubatch");
  EXPECT_EQ(classify("num_microbatches").parameter->id, "num_microbatches");
  EXPECT_EQ(classify("ep_size").parameter->id, "expert_parallel");
  EXPECT_EQ(classify("dcp_size").parameter->id, "context_parallel");
  EXPECT_EQ(metric("Baseline_TP"), "token_rate");  // the reference's throughput, no TP size
  EXPECT_EQ(classify("theoretical_kv_bytes").statistic, "expected");  // worked out, not measured
  EXPECT_EQ(metric("free_after_bytes"), "unknown");  // memory left free, none in use
  EXPECT_EQ(metric("Available (MB)"), "unknown");
  EXPECT_EQ(metric("peak_allocated_bytes"), "memory");
  EXPECT_EQ(classify("size_gib").parameter->id, "model_size");  // the model file's size, a setting
  EXPECT_EQ(classify("model_size_gb").parameter->id, "model_size");
  EXPECT_EQ(classify("model_size_gb").unit, "GiB");
  EXPECT_EQ(metric("out_tokens_mean"), "output_tokens");
  EXPECT_EQ(metric("records_error_dropped"), "failed_requests");  // records of errored requests
  EXPECT_EQ(classify("ttft_estimate").statistic, "expected");     // worked out, not measured
  EXPECT_EQ(classify("Point Estimate").statistic, "");            // a statistician's, from the data
  EXPECT_EQ(classify("itl_mean_std").statistic, "std");           // the spread of the runs' means
  EXPECT_EQ(metric("column_1"), "(identifier)");                  // pandas' index written out
  EXPECT_EQ(metric("started_unix"), "(timestamp)");
  EXPECT_EQ(metric("Time to first chunk (s)"), "ttft");
  EXPECT_EQ(metric("first_event_seconds"), "ttft");
  EXPECT_EQ(metric("FTL@1"), "ttft");       // first token latency at one request in flight
  EXPECT_EQ(metric("tput"), "token_rate");  // an abbreviated throughput
  // Requests sent count the failed ones too: no count of requests completed.
  EXPECT_EQ(metric("total_requests_sent"), "unknown");
  EXPECT_EQ(metric("successful_requests"), "requests");  // a
                                                         // streamed reply's first SSE event
  EXPECT_EQ(classify("Reps (N=30 baseline)").parameter->id, "repetitions");  // N of another
  EXPECT_EQ(metric("predicted_per_second"), "decode_rate");  // llama-server's timings
  EXPECT_EQ(metric("predicted_n"), "output_tokens");
  EXPECT_EQ(metric("prompt_ms"), "prompt_eval_time");
  EXPECT_EQ(classify("http_code").role, Role::identifier);
  EXPECT_EQ(classify("Us (RADV)").unit, "");  // the writer's own results, no microseconds
  EXPECT_EQ(classify("us").unit, "us");
  EXPECT_EQ(metric("Latency (ms/token)"), "tpot");
  // llama.cpp's "PP/s" and "TG/s": tokens per second, no "pp" taking seconds.
  EXPECT_EQ(metric("PP/s"), "prompt_eval_rate");
  EXPECT_EQ(classify("PP/s").unit, "tok/s");
  EXPECT_EQ(metric("TG/s"), "decode_rate");
  EXPECT_EQ(classify("tg128 /sec").unit, "tok/s");
  EXPECT_NE(classify("Setup/s").unit, "tok/s");
  EXPECT_EQ(metric("gpu_memory_mb"), "memory");
  EXPECT_EQ(metric("power_draw_w"), "power");
  EXPECT_EQ(metric("gpu_temp_mean_c"), "gpu_temperature");
  EXPECT_EQ(classify("gpu_temp_mean_c").unit, "C");
  EXPECT_EQ(metric("Output Sequence Length (tokens)"), "output_tokens");
  EXPECT_EQ(metric("Error Request Count"), "failed_requests");
  EXPECT_EQ(metric("Time to Second Token (ms)"), "unknown");
  EXPECT_EQ(metric("speedup"), "speedup");
  EXPECT_EQ(metric("average_efficiency"), "efficiency");
}

TEST(Classify, ASizeOfDataReadIsNoMemory) {
  EXPECT_EQ(metric("Total Data Volume Analyzed", "bytes"), "unknown");
  EXPECT_EQ(metric("vram_used", "MiB"), "memory");
}

TEST(Classify, AnExpectedOrTargetFigureIsNoMeasurement) {
  EXPECT_EQ(classify("expected_throughput").statistic, "expected");
  EXPECT_EQ(metric("expected_throughput"), "token_rate");
  EXPECT_EQ(classify("expected_ttft").statistic, "expected");
  EXPECT_EQ(classify("Target TTFT (ms)").statistic, "expected");
  EXPECT_EQ(classify("mean_ttft_ms").statistic, "mean");  // a measured statistic stays itself
  EXPECT_EQ(classify("Gap Threshold (ms)").statistic, "expected");  // a bar, set beforehand
  EXPECT_EQ(classify("N (50% threshold)").statistic, "");           // measured against a threshold
  EXPECT_EQ(classify("Ratio at Threshold").statistic, "");
}

TEST(Classify, TheSpreadOfDifferencesIsASpreadAndADifferenceOfSpreadsADifference) {
  EXPECT_EQ(classify("Throughput Delta (tok/s) / StdDev").statistic, "std");
  EXPECT_EQ(classify("OSL Mismatch Diff % (%) / std").statistic, "std");
  EXPECT_EQ(classify("Std (ms) / Delta").statistic, "delta");
  EXPECT_EQ(classify("Throughput Delta (tok/s) / Mean").statistic, "delta");
}

TEST(Classify, DifferencesAndPricesAreToldApart) {
  EXPECT_EQ(classify("TTFT \xCE\x94 (ms)").statistic, "delta");
  EXPECT_EQ(metric("TTFT \xCE\x94 (ms)"), "ttft");
  EXPECT_EQ(classify("throughput_delta").statistic, "delta");
  EXPECT_EQ(classify("TTFT_Reduction_%").statistic, "delta");
  EXPECT_EQ(metric("TTFT_Reduction_%"), "unknown");  // a relative change is no TTFT in ms
  EXPECT_EQ(metric("$/1M Decode"), "token_cost");
  EXPECT_EQ(classify("$/1M Decode").unit, "USD/Mtok");
  EXPECT_EQ(metric("Cohen's d"), "unknown");  // not seconds
  EXPECT_EQ(metric("concurrency_speedup"), "speedup");
  EXPECT_EQ(metric("total_tokens_generated"), "output_tokens");
}

TEST(Classify, ASlowdownAgainstTheSoloRunIsARatioOfItsOwnAndRatiosCarryTheirUnit) {
  // chimera run's "slowdown_vs_solo" and its tables' "slowdown vs solo" 1.05x.
  EXPECT_EQ(metric("slowdown_vs_solo"), "slowdown");
  EXPECT_EQ(classify("slowdown_vs_solo").statistic, "");
  EXPECT_EQ(metric("slowdown InsightAgent", "x"), "slowdown");
  EXPECT_EQ(metric("slowdown"), "slowdown");  // a list of the agents' slowdowns
  EXPECT_EQ(find_metric("slowdown")->direction, Direction::lower);
  // "TTFT slowdown" is a difference of the TTFT; "Slowdown (%)" a relative change.
  EXPECT_EQ(metric("TTFT slowdown"), "ttft");
  EXPECT_EQ(classify("TTFT slowdown").statistic, "delta");
  EXPECT_EQ(metric("Slowdown (%)"), "unknown");
  // A bare speedup or slowdown is in its unit, x, as a bare token count is in tokens.
  EXPECT_EQ(classify("speedup").unit, "x");
  EXPECT_EQ(classify("slowdown_vs_solo").unit, "x");
  EXPECT_EQ(classify("slowdown").unit, "x");  // summary.json's list of them
}

TEST(Classify, TokensWrittenToksAreACountAndToksPerSecondARate) {
  // A harness's "toks=1000" beside "wall=14.27s": tokens generated, no 1000 tok/s.
  EXPECT_EQ(classify("toks").unit, "tokens");
  EXPECT_NE(metric("toks"), "token_rate");
  EXPECT_EQ(classify("toks/s").unit, "tok/s");
  EXPECT_EQ(classify("Throughput (toks/s)").unit, "tok/s");
  EXPECT_EQ(parse_unit("toks/s"), "tok/s");
}

TEST(Classify, AGenerationRateWrittenGenIsTheDecodeRate) {
  EXPECT_EQ(metric("Gen tok/s"), "decode_rate");  // as "gen_tps" and "Generation tok/s" are
  EXPECT_EQ(metric("gen_tps"), "decode_rate");
  EXPECT_EQ(metric("Generation tok/s"), "decode_rate");
  EXPECT_EQ(metric("gen tokens"), "output_tokens");  // a count, no rate
}

// One rate over another ("B0_to_C11_tps_ratio" 1.44) is a ratio, no rate in tok/s; a written
// unit still says what it is. Speculative decoding's acceptance figures have metrics of their own.
// Held-out set 52: a serving engine's tokens per second over its requests, by phase
// ("prefill_token_throughput"), and the two phases' sum; a single stream's "prefill throughput"
// stays its prompt's rate.
TEST(Classify, AServersThroughputsByPhase) {
  EXPECT_EQ(metric("prefill_token_throughput"), "input_throughput");
  EXPECT_EQ(metric("decode_token_throughput"), "output_throughput");
  EXPECT_EQ(classify("decode_token_throughput").unit, "tok/s");
  EXPECT_EQ(metric("Goal (prefill + decode throughput, tokens/s)"), "total_throughput");
  EXPECT_EQ(metric("prefill throughput"), "prompt_eval_rate");
}

// Held-out set 53: "Stable context" 16384 is the context window a run holds, a setting; an
// outcome's "OOM Context" is not one.
TEST(Classify, AContextWindowNamedWithItsAdjective) {
  EXPECT_EQ(classify("Stable context").role, Role::parameter);
  EXPECT_EQ(classify("Usable context").role, Role::parameter);
  EXPECT_NE(classify("OOM Context").role, Role::parameter);
}

TEST(Classify, ARatioOfRatesIsNoRate) {
  // (One run's rate over another's: how many times as fast, a speedup, since held-out set 52.)
  EXPECT_EQ(metric("B0_to_C11_tps_ratio"), "speedup");
  EXPECT_EQ(classify("B0_to_C11_tps_ratio").unit, "x");
  EXPECT_EQ(metric("tps"), "token_rate");
  EXPECT_EQ(metric("Acceptance length"), "acceptance_length");
  EXPECT_EQ(metric("draft_acceptance_rate"), "acceptance_rate");
  EXPECT_EQ(metric("MTP acc"), "acceptance_rate");  // (not an answer's accuracy)
  EXPECT_EQ(metric("Draft acc"), "acceptance_rate");
  EXPECT_EQ(metric("MMLU acc"), "quality");
  EXPECT_EQ(metric("Model Init Time", "s"), "load_time");
  EXPECT_EQ(metric("Decode Time/Token", "ms"), "tpot");
  EXPECT_EQ(metric("spec_decode_accepted_tokens"), "unknown");
  EXPECT_EQ(metric("Per-position acceptance Position 0 (%)"), "acceptance_rate");
}

// Ollama's server settings written out in a table's header: settings, no figures.
TEST(Classify, AServersParallelRequestsAndQueueSizeAreSettings) {
  EXPECT_EQ(classify("Number of Parallel Model Requests Allowed").role, Role::parameter);
  EXPECT_EQ(classify("Number of Parallel Model Requests Allowed").parameter->id, "parallel_slots");
  EXPECT_EQ(classify("Queue Size").parameter->id, "max_queue");
  EXPECT_EQ(metric("Requests"), "requests");
}

TEST(Classify, NvidiaSmisMemoryTotalIsTheGpusMemoryNotMemoryInUse) {
  EXPECT_EQ(metric("memory.total [MiB]"), "unknown");
  EXPECT_EQ(metric("memory.used [MiB]"), "memory");
  EXPECT_EQ(metric("memory.free [MiB]"), "unknown");
}

TEST(Classify, APromptLengthIsTheInputLengthAskedFor) {
  // A sweep's "| Prompt Length | TTFT (ms) |" 128 tokens: a setting, as input_len is.
  EXPECT_EQ(classify("Prompt Length").role, Role::parameter);
  EXPECT_EQ(classify("Prompt Length").parameter->id, "input_len");
  EXPECT_EQ(classify("prompt_len").parameter->id, "input_len");
  EXPECT_EQ(metric("Input Length"), "input_tokens");  // (measured, as AIPerf's ISL is)
}

TEST(Classify, UnitsParseInEveryToolsSpelling) {
  EXPECT_EQ(parse_unit("tokens/sec"), "tok/s");
  EXPECT_EQ(parse_unit("requests/sec"), "req/s");
  EXPECT_EQ(parse_unit("tokens/sec/user"), "tok/s");
  EXPECT_EQ(parse_unit("msec"), "ms");
  EXPECT_EQ(parse_unit("token(s)"), "tokens");
  EXPECT_FALSE(parse_unit("furlongs"));
}

TEST(Classify, PricesAreCostsWhateverTheyPayFor) {
  EXPECT_EQ(metric("Energy $/1M"), "token_cost");
  EXPECT_EQ(metric("Power cost ($)"), "cost");
  EXPECT_EQ(metric("$/1M total tokens (shadow)"), "token_cost");  // what is paid for: tokens
  EXPECT_EQ(metric("input_per_1m"), "token_cost");                // an API's list price
  EXPECT_EQ(classify("cached_input_per_1m").unit, "USD/Mtok");
  EXPECT_NE(metric("energy_per_1m"), "token_cost");
  // A cost or price per million tokens with no currency written: a price per million tokens.
  EXPECT_EQ(metric("Mean total cost per 1M tokens"), "token_cost");
  EXPECT_EQ(classify("Price per million tokens").unit, "USD/Mtok");
  EXPECT_EQ(classify("Total cost").unit, "");  // a sum of money in an unsaid currency
}

TEST(Classify, APenaltyIsADifferenceAndARatioHasNoSeconds) {
  EXPECT_EQ(classify("Mean TTFT Penalty").statistic, "delta");  // over the uncontended TTFT
  EXPECT_EQ(classify("Avg TTFT Penalty (ms)").statistic, "delta");
  EXPECT_NE(classify("repeat_penalty").statistic, "delta");  // a sampler's setting
  EXPECT_EQ(classify("S/C Ratio").unit, "");                 // safety over capability
  EXPECT_EQ(metric("S/C Ratio"), "unknown");
  EXPECT_EQ(classify("Latency (s)").unit, "s");
}

TEST(Classify, AConfiguredSequenceLengthIsASetting) {
  EXPECT_EQ(metric("Sequence Length"), "(parameter)");  // a scenario's
  EXPECT_EQ(metric("seq_len"), "(parameter)");
  EXPECT_EQ(metric("Output Sequence Length (tokens)"), "output_tokens");  // AIPerf's, measured
  EXPECT_EQ(metric("Input Sequence Length (tokens)"), "input_tokens");
}

TEST(Classify, MemoryInUseIsMemoryAndAFileSizeIsNot) {
  EXPECT_EQ(metric("Avg Utilization", "GB"), "memory");
  EXPECT_EQ(metric("GPU Utilization (%)"), "gpu_utilization");
  EXPECT_EQ(metric("Trace (MB)"), "unknown");
  EXPECT_EQ(metric("Exponent (b)"), "unknown");  // a coefficient's symbol, no bytes
  EXPECT_EQ(classify("Exponent (b)").unit, "");
  EXPECT_EQ(metric("Serial Fraction (s)"), "unknown");  // Amdahl's s, not seconds
  EXPECT_EQ(classify("Serial Fraction (s)").unit, "");
  EXPECT_EQ(classify("Slope (a)").unit, "");
  EXPECT_EQ(metric("Serial Time (s)"), "duration");  // a time's "(s)" stays seconds
  EXPECT_EQ(classify("Serial Time (s)").unit, "s");
  EXPECT_EQ(classify("s_B").unit, "");  // the symbol s with a subscript
  EXPECT_EQ(classify("s (mean)").unit, "");
  EXPECT_EQ(classify("s (mean)").statistic, "mean");
  EXPECT_EQ(classify("Mean (s)").unit, "s");
  EXPECT_EQ(classify("Amdahl s").unit, "");
  EXPECT_EQ(classify("Error (GB)").statistic, "delta");  // predicted minus actual
  EXPECT_EQ(metric("Error Rate (%)"), "error_rate");     // a measurement of its own
  EXPECT_EQ(classify("Error Rate (%)").statistic, "");
  EXPECT_EQ(metric("Peak VRAM (MB)"), "memory");
  EXPECT_EQ(metric("Chimera_TP"), "token_rate");  // TP abbreviates throughput beside a name
  EXPECT_EQ(metric("TP Δ (tok/s)"), "token_rate");
  EXPECT_NE(metric("TP"), "token_rate");  // alone: a tensor-parallel size
  EXPECT_NE(metric("tp_size"), "token_rate");
  EXPECT_EQ(metric("KV Cost (B/token)"), "unknown");  // memory per token: no memory, no money
  EXPECT_EQ(classify("KV Cost (B/token)").unit, "B/tok");
  EXPECT_EQ(metric("Slope (MB/tok)"), "unknown");
  EXPECT_EQ(classify("Slope (MB/tok)").unit, "MB/tok");
  EXPECT_EQ(metric("memory_total_gb"), "unknown");  // installed, not in use
  EXPECT_EQ(metric("memory_free_mb"), "unknown");
  EXPECT_EQ(metric("VRAM Headroom Needed"), "unknown");  // what is left free, not in use
  EXPECT_EQ(metric("Headroom (GB)"), "unknown");
  EXPECT_EQ(metric("Remaining VRAM (GB)"), "unknown");
  EXPECT_EQ(metric("Total Memory Used (MB)"), "memory");
  EXPECT_EQ(metric("Jain's Index"), "unknown");  // a fairness index, measured
  EXPECT_NE(classify("Jain's Index").role, Role::identifier);
  EXPECT_EQ(metric("Rescored Acc"), "quality");
  EXPECT_EQ(metric("Default"), "(parameter)");  // an option's default setting
  EXPECT_EQ(metric("rtsi_score"), "unknown");   // a risk index: higher is worse, no quality
  EXPECT_EQ(classify("carbon_gco2e_per_1M_tok").unit, "gCO2e/Mtok");
  EXPECT_EQ(classify("gpu_hours_per_1M_tok").unit, "h/Mtok");  // machine time per 1M tokens
  EXPECT_EQ(classify("Mean seconds/1M").unit, "s/Mtok");
  EXPECT_EQ(metric("Safe Sustained (70% util)"), "unknown");  // a rate held at 70 % load
  EXPECT_EQ(metric("Workers for 100 rps"), "unknown");        // a count needed at that load
  EXPECT_EQ(classify("Workers for 100 rps").unit, "");
  EXPECT_EQ(classify("Time for 1M requests / Delta").statistic, "delta");
  EXPECT_EQ(metric("GPU Util (%)"), "gpu_utilization");
  EXPECT_EQ(metric("Mean seconds/1M"), "unknown");        // no request's duration
  EXPECT_EQ(classify("Decode tok/kWh").unit, "tok/kWh");  // tokens per energy
  // A rate of things no unit counts keeps its words; its "s" is no duration.
  EXPECT_EQ(classify("Throughput (Transactions/s)").unit, "Transactions/s");
  EXPECT_EQ(metric("Throughput (Transactions/s)"), "unknown");
  EXPECT_EQ(classify("Chunks/sec").unit, "Chunks/s");
  EXPECT_EQ(classify("Throughput (tok/s)").unit, "tok/s");
  EXPECT_EQ(classify("Baseline Expectation").statistic, "expected");
  EXPECT_EQ(classify("Energy (kWh/1M)").unit, "kWh/Mtok");
}

TEST(Classify, ParameterCountsAndSoftwareVersionsAreNoMeasurements) {
  EXPECT_EQ(metric("Params (M)"), "(parameter)");
  EXPECT_EQ(metric("num_params"), "(parameter)");
  EXPECT_EQ(metric("CUDA"), "(identifier)");
  EXPECT_EQ(metric("cuDNN"), "(identifier)");  // 91002: split at its capitals, still the library
  EXPECT_EQ(metric("cuDNN version"), "(identifier)");
  EXPECT_EQ(metric("GPU Driver"), "(identifier)");
  EXPECT_EQ(metric("Build number"), "(identifier)");
  EXPECT_EQ(metric("opset"), "(identifier)");  // an ONNX export's operator-set version
  // A capacity worked out, no max of samples: stated, not measured.
  EXPECT_EQ(classify("Theoretical Max RPS").statistic, "expected");
  EXPECT_EQ(metric("Build Time"), "duration");  // 240s: how long the engine took to build
  EXPECT_EQ(classify("Total samples").statistic, "count");  // how many, not one of them
  EXPECT_EQ(classify("N Samples").statistic, "count");
  EXPECT_EQ(classify("Total judged samples").statistic, "count");
  EXPECT_EQ(classify("Measured Runs").parameter->id, "repetitions");  // a scenario's set-up
  EXPECT_EQ(classify("Warmup Runs").parameter->id, "warmup");
  EXPECT_EQ(classify("Top-p value").parameter->id, "top_p");  // the setting itself
  // An LLM's paraphrase with the option's own name in brackets is that setting.
  EXPECT_EQ(classify("Temperature control (temp)").parameter->id, "temperature");
  EXPECT_EQ(classify("Contextualization (ctx)").parameter->id, "num_ctx");
  EXPECT_EQ(classify("Top K-value (top_k)").parameter->id, "top_k");
  EXPECT_EQ(classify("Context Window Size").parameter->id, "num_ctx");
  EXPECT_EQ(classify("context_tokens").parameter->id, "num_ctx");           // MLX benchmarks' sweep
  EXPECT_EQ(classify("Profile Duration").parameter->id, "duration_limit");  // a capture window
  EXPECT_EQ(classify("Context (tokens)").parameter->id, "num_ctx");
  EXPECT_EQ(classify("TR135 (Concurrency)").parameter, nullptr);     // a study's axis, no code
  EXPECT_EQ(metric("device__attribute_managed_memory"), "unknown");  // a device's capability
  EXPECT_EQ(metric("device__attribute_global_memory_bus_width"), "unknown");
  EXPECT_EQ(classify("Degradation Events").statistic, "count");  // how many times, no change
  EXPECT_EQ(classify("Budget ($/mo)").parameter->id, "budget");  // what a plan had to fit in
  EXPECT_EQ(classify("Mean bias", "GB").statistic, "delta");     // predicted minus actual
  EXPECT_EQ(metric("Temp (\xC2\xB0"
                   "C)"),
            "gpu_temperature");  // the telemetry's, the GPU's
  EXPECT_EQ(metric("CPU Temp (\xC2\xB0"
                   "C)"),
            "unknown");
  EXPECT_NE(classify("Bias Score").statistic, "delta");  // a benchmark's score
  // A sum of dollars takes its basis from the header.
  EXPECT_EQ(classify("$/1M Tokens", "usd").unit, "USD/Mtok");
  EXPECT_EQ(classify("$/1M Tokens", "usd").metric->id, "token_cost");
  EXPECT_EQ(classify("Rate ($/hr)", "usd").unit, "USD/h");
  EXPECT_EQ(classify("Cost ($/req, On-Demand)", "usd").unit, "USD/req");
  EXPECT_EQ(classify("AWS $/1k req", "usd").unit, "USD/kreq");
  EXPECT_EQ(classify("Worked example costs per 1k requests (usd_per_hour = 1.006)", "usd").unit,
            "USD/kreq");
  EXPECT_EQ(classify("Monthly Cost", "usd").unit, "USD");
  EXPECT_EQ(classify("Monthly Cost", "usd").metric->id, "cost");
  // The setting a sweep found best is a setting, not a measured time.
  EXPECT_EQ(classify("Optimal Think-Time (ms)").parameter->id, "think_time");
  EXPECT_EQ(classify("Best Batch").parameter->id, "num_batch");
  EXPECT_EQ(classify("Best Throughput").parameter, nullptr);
  // A ratio of two statistics is a figure of its own, not the first statistic of a ratio.
  for (const char* ratio : {"Mean/Median Ratio", "p99/p50", "TTFT p99/p50"}) {
    EXPECT_EQ(classify(ratio).statistic, "value") << ratio;
    EXPECT_EQ(classify(ratio).unit, "x") << ratio;
  }
  // ... but a column of both ends, "Min/Max" of "0.29-0.45 s", is no ratio (unless it says so).
  for (const char* ends :
       {"Min/Max", "min/max", "\xE6\x9C\x80\xE5\xB0\x8F/\xE6\x9C\x80\xE5\xA4\xA7"}) {
    EXPECT_TRUE(classify(ends).stat_only) << ends;
    EXPECT_EQ(classify(ends).unit, "") << ends;
    EXPECT_EQ(classify(ends, "s").unit, "s") << ends;
  }
  EXPECT_EQ(classify("Max/Min Ratio").unit, "x");
  EXPECT_EQ(classify("Max/Min").unit, "x");  // (max first: the ratio of the two)
  // Held-out set 59: requests in each run are a count, no rate; a phase glued to "tps"
  // (ExLlamaV2's "prompttps", "gentps") is that phase's rate, and its "_seconds" its time.
  EXPECT_EQ(metric("requests_per_run"), "requests");
  EXPECT_EQ(metric("requests_per_second"), "request_throughput");
  EXPECT_EQ(metric("prompttps"), "prompt_eval_rate");
  EXPECT_EQ(metric("gentps"), "decode_rate");
  EXPECT_EQ(metric("prompt_seconds"), "prompt_eval_time");
  EXPECT_EQ(metric("gen_seconds"), "eval_time");
  EXPECT_EQ(metric("pptps"), "prompt_eval_rate");
  EXPECT_EQ(metric("tgtps"), "decode_rate");
  EXPECT_EQ(metric("prompt_secs"), "prompt_eval_time");
  EXPECT_EQ(classify("Thread Count").parameter->id, "num_thread");  // ("-t 4": a setting)
  EXPECT_EQ(classify("Temperature (C)").parameter, nullptr);        // a unit, not an option
  EXPECT_EQ(metric("Baseline Rate"), "unknown");  // a baseline's proportion, no load offered
  EXPECT_EQ(classify("Multiple of d_min").statistic, "");  // the minimum detectable effect
  EXPECT_EQ(classify("ttft_min").statistic, "min");
  EXPECT_EQ(classify("Chimera temperature").parameter->id, "temperature");
  EXPECT_EQ(classify("ttft_samples").statistic, "sample");
  EXPECT_EQ(metric("PyTorch version"), "(identifier)");
  EXPECT_EQ(metric("PyTorch"), "unknown");
  EXPECT_EQ(metric("Kernel (ms)"), "duration");
  EXPECT_EQ(metric("Python"), "unknown");                     // a runtime's column of measurements
  EXPECT_EQ(classify("d_head").parameter->id, "model_arch");  // the model's shape
  EXPECT_EQ(classify("KV Heads").parameter->id, "model_arch");
  EXPECT_EQ(classify("num_hidden_layers").parameter->id, "model_arch");
}

TEST(Classify, ACapacityIsASettingAndABracketedUnitDoesNotHideOne) {
  EXPECT_EQ(metric("Buffer Size", "KB"), "(parameter)");  // configured, not memory in use
  EXPECT_EQ(metric("chunk_size"), "(parameter)");
  EXPECT_EQ(metric("Rate (rps)"), "(parameter)");  // a load test's offered rate
  EXPECT_EQ(metric("Context (tokens)"), "(parameter)");
  EXPECT_EQ(metric("Achieved Rate (rps)"), "request_throughput");
  EXPECT_NE(metric("Temperature (C)"), "(parameter)");  // a device's, not the sampler's
  EXPECT_EQ(classify("response_chars").unit, "chars");
}

TEST(Classify, EnergyPerTokenKeepsItsPerTokenBasis) {
  EXPECT_EQ(metric("Prefill J/tok"), "energy_per_token");  // not a prefill rate, not joules
  EXPECT_EQ(classify("Prefill J/tok").unit, "J/tok");
  EXPECT_EQ(classify("Energy per token (J)").unit, "J/tok");
  EXPECT_EQ(metric("Energy (J)"), "energy");
  EXPECT_NE(classify("Decode mJ/tok").unit, "J/tok");  // millijoules are no joules
  EXPECT_EQ(metric("energy_kwh_per_1M_tok"), "energy_per_token");
  EXPECT_EQ(classify("Mean energy (kWh/1M)").unit, "kWh/Mtok");  // normalised to J/tok
  EXPECT_EQ(metric("energy_kwh_per_request"), "energy");         // one request's, not a rate
  EXPECT_EQ(classify("Energy (kWh/req)").unit, "kWh");
  EXPECT_EQ(metric("Decode tok/kWh"), "unknown");  // tokens per energy
  EXPECT_EQ(metric("energy_usd_per_1M"), "token_cost");
  EXPECT_EQ(metric("Carbon (gCO2e / 1M total tokens)"), "unknown");  // counts no tokens
  // grams of CO2-equivalent per million tokens, however the header writes the basis
  EXPECT_EQ(classify("Carbon (gCO2e / 1M total tokens)").unit, "gCO2e/Mtok");
  EXPECT_EQ(classify("Mean carbon (gCO2e/1M)").unit, "gCO2e/Mtok");
  EXPECT_EQ(classify("Carbon gCO2e/1M").unit, "gCO2e/Mtok");
  EXPECT_EQ(classify("gCO2e/1M tokens").unit, "gCO2e/Mtok");
  EXPECT_EQ(classify("Carbon (gCO2e)").unit, "gCO2e");  // grams, on no basis
  EXPECT_EQ(classify("Carbon (gCO2e/req)").unit, "");   // a basis of no unit of ours
  EXPECT_EQ(classify("Emissions (kgCO2e)").unit, "");
}

TEST(Classify, DataSentOrAPhaseIsNoMemoryOrMeasurement) {
  EXPECT_EQ(metric("network_recv_mb"), "unknown");  // data received, not memory in use
  EXPECT_EQ(metric("HTTP Data Sent (KB)"), "unknown");
  EXPECT_EQ(metric("memory_used_mb"), "memory");
  EXPECT_EQ(classify("Phase").role, Role::identifier);
  EXPECT_EQ(classify("run_num").role, Role::identifier);  // a repetition's number
  EXPECT_EQ(metric("pass@1"), "quality");  // the share of problems solved in one attempt
  EXPECT_EQ(metric("pass_at_1"), "quality");
  EXPECT_EQ(metric("Pass@k (%)"), "quality");
  EXPECT_EQ(metric("Pass"), "unknown");
  EXPECT_EQ(metric("joules_per_1k_output_tokens"), "unknown");  // no energy of a run
  EXPECT_EQ(classify("clients").parameter->id, "concurrency");
  // LLMPerf's per-request output rate, in a table assembled from its runs: one request's.
  EXPECT_EQ(metric("request_output_throughput_token_per_s_p95"), "decode_rate");
  EXPECT_EQ(metric("mean_output_throughput_token_per_s"), "output_throughput");
  EXPECT_EQ(classify("trial_num").role, Role::identifier);
  EXPECT_EQ(metric("service_times"), "duration");
}

TEST(Classify, ACoefficientOfVariationHasNoUnitOfItsMetric) {
  EXPECT_EQ(classify("Agent TPS CV%").statistic, "cv");
  EXPECT_EQ(classify("Agent TPS CV%").unit, "%");  // a share of the mean, not tok/s
  EXPECT_EQ(metric("Agent TPS CV%"), "token_rate");
  EXPECT_EQ(classify("TPS CV").unit, "");  // a fraction of the mean
  EXPECT_EQ(classify("TTFT CV (%)").unit, "%");
  EXPECT_EQ(classify("latency_ms_cv").unit, "");
  EXPECT_EQ(classify("cv_percent").unit, "%");
  EXPECT_EQ(metric("Throughput CV", "%"), "token_rate");
}

TEST(Classify, EtaIsAnEfficiencyButNotAnEffectSizeOrATime) {
  EXPECT_EQ(metric("eta(5)"), "efficiency");
  EXPECT_EQ(metric("\xCE\xB7(8)"), "efficiency");  // η(8)
  EXPECT_EQ(metric("Mean Actual eta"), "efficiency");
  EXPECT_EQ(metric("\xCE\xB7\xC2\xB2"), "unknown");  // η²: an effect size
  EXPECT_EQ(metric("partial eta squared"), "unknown");
  EXPECT_NE(metric("ETA (s)"), "efficiency");
  EXPECT_EQ(classify("residual").statistic, "delta");
  for (const char* change : {"Spot Savings", "Cost Increase", "TPS Degradation",
                             "Drop N=1\xE2\x86\x92\x32",  // "Drop N=1→2"
                             "Rust Advantage", "Overhead %"})
    EXPECT_EQ(classify(change).statistic, "delta") << change;  // differences, not figures
}

TEST(Classify, RelativeChangesSettingsNamedAsConfigsAndShortLatency) {
  EXPECT_EQ(classify("throughput_pct").statistic, "delta");  // against a baseline
  EXPECT_EQ(metric("throughput_pct"), "unknown");            // a throughput is never in %
  EXPECT_EQ(classify("gpu_util_pct").statistic, "");         // a share, no change
  EXPECT_EQ(metric("CTX Config"), "(parameter)");
  EXPECT_EQ(classify("CTX Config").parameter->id, "num_ctx");
  EXPECT_EQ(classify("GPU Config").parameter->id, "num_gpu");
  EXPECT_EQ(classify("Max N Tested").parameter->id, "concurrency");  // a sweep's largest N
  EXPECT_EQ(classify("Max N Tested").statistic, "");                 // a setting has no statistic
  EXPECT_EQ(classify("Max new tokens").statistic, "");
  EXPECT_EQ(classify("workspace_size").parameter->id, "buffer_size");  // a capacity
  EXPECT_EQ(classify("Max Context Tested").parameter->id, "num_ctx");
  EXPECT_EQ(metric("Models Tested"), "unknown");
  EXPECT_EQ(metric("Config"), "unknown");
  EXPECT_EQ(metric("lat_ci_lower"), "e2e_latency");
  EXPECT_EQ(metric("lat_mean_ms"), "e2e_latency");
  EXPECT_NE(metric("Time for 1M requests / Delta"), "requests");  // a time, not a count
  EXPECT_EQ(metric("Python / Specification"), "(identifier)");    // its version
  EXPECT_EQ(metric("Python / Value"), "unknown");                 // may be Python's throughput
}

TEST(Classify, StatisticalPowerIsNoElectricalPower) {
  EXPECT_EQ(metric("Min d (80% power)"), "unknown");
  EXPECT_EQ(classify("Min d (80% power)").statistic, "delta");  // a detectable effect, no min
  EXPECT_EQ(classify("Min Detectable (ms)").statistic, "delta");
  EXPECT_EQ(classify("Min Detectable (ms)").unit, "ms");
  EXPECT_EQ(classify("N Required (80% power)").statistic, "expected");
  EXPECT_EQ(metric("R\xC2\xB2 (power)"), "unknown");
  EXPECT_EQ(metric("Power Law R-sq"), "unknown");
  EXPECT_EQ(metric("Power Decode (W)"), "power");
  EXPECT_EQ(metric("power_draw"), "power");
}

TEST(Classify, AbbreviatedEfficiencyAndProcessorShares) {
  EXPECT_EQ(metric("Eff_Mean"), "efficiency");
  EXPECT_EQ(metric("cpu_percent"), "cpu_utilization");
  EXPECT_EQ(metric("gpu_usage (%)"), "gpu_utilization");
  EXPECT_EQ(metric("GPU memory usage (MB)"), "memory");
}

TEST(Classify, AiperfsE2eOutputRateIsNoSecondDecodeRateInCsvOrJson) {
  EXPECT_EQ(metric("E2E Output Token Throughput (tokens/sec/user)"), "unknown");
  EXPECT_EQ(metric("e2e_output_token_throughput"), "unknown");  // its unit in a sibling
  EXPECT_EQ(metric("e2e_output_token_throughput", "tokens/sec/user"), "unknown");
  EXPECT_EQ(metric("Output Token Throughput Per User (tokens/sec/user)"), "decode_rate");
  EXPECT_EQ(metric("e2e_latency_ms"), "e2e_latency");
  EXPECT_EQ(metric("Tokens/s (e2e_kv)"), "token_rate");
}

// Tokens per joule is no energy; a model's size as Ollama stores it or as downloaded is its size.
TEST(Classify, TokensPerJouleAndAModelsStoredSize) {
  EXPECT_EQ(metric("efficiency (tok/J)"), "unknown");
  EXPECT_EQ(metrics::classify("efficiency (tok/J)").unit, "tok/J");
  EXPECT_EQ(metric("J/request"), "energy");
  EXPECT_EQ(metrics::classify("Ollama size", "GB").parameter->id, "model_size");
  EXPECT_EQ(metrics::classify("Weights Size", "GB").parameter->id, "model_size");
}

// "Output Speed" (one request's generation speed, as Artificial Analysis names it) and a
// stream's share of an aggregate: decode rates, not a run's output throughput.
TEST(Classify, OutputSpeedAndPerStreamRatesAreDecodeRates) {
  EXPECT_EQ(metric("Mean Output Speed (tokens/sec)"), "decode_rate");
  EXPECT_EQ(metric("per_stream_tok_s"), "decode_rate");
  EXPECT_EQ(metric("agg_tok_s"), "output_throughput");
  EXPECT_EQ(metric("Output Throughput (tok/s)"), "output_throughput");
  EXPECT_EQ(metric("Prompt Speed (tokens/sec)"), "prompt_eval_rate");
}

TEST(Classify, StartedAndGoodRequestsAreNotTheRequestsCompleted) {
  EXPECT_EQ(metric("results_num_requests_started"), "unknown");
  EXPECT_EQ(metric("results_num_completed_requests"), "requests");
  EXPECT_EQ(metric("Good Request Count"), "unknown");
  EXPECT_EQ(metric("Request Count"), "requests");
}

TEST(Classify, ABarePromptEvalIsItsTimeNotItsCountOrRate) {
  EXPECT_EQ(metric("prompt_eval"), "prompt_eval_time");
  EXPECT_EQ(metric("prompt_eval_count"), "input_tokens");
  EXPECT_EQ(metric("prompt eval rate"), "prompt_eval_rate");
  EXPECT_EQ(metric("prompt_eval_s"), "prompt_eval_time");
}

TEST(Classify, AiperfsTraceAndTimeWeightedFiguresAreNoneOfOurs) {
  EXPECT_EQ(metric("HTTP Blocked (ms)"), "unknown");  // a phase of the HTTP exchange
  EXPECT_EQ(metric("http_req_connecting"), "unknown");
  EXPECT_EQ(metric("HTTP Waiting (TTFB) (ms)"), "first_byte");
  EXPECT_EQ(metric("http_req_waiting"), "first_byte");
  EXPECT_EQ(metric("Active Decode Throughput (tokens/sec)"), "unknown");
  EXPECT_EQ(metric("Effective Prefill Concurrency"), "unknown");
  EXPECT_EQ(metric("Effective Latency (CO-aware) (ms)"), "unknown");
  EXPECT_EQ(metric("Credit-to-Start Latency (ms)"), "unknown");
  EXPECT_EQ(metric("Effective Concurrency"), "concurrency");
  EXPECT_EQ(metric("Effective Concurrency (requests)"), "concurrency");  // the console's
  EXPECT_EQ(metric("Effective Throughput (tok/s)"), "token_rate");
  EXPECT_EQ(metric("Request Latency (ms)"), "e2e_latency");
}

TEST(Classify, AProtocolsMinimumRunsAreTheRepetitionsItAsksFor) {
  EXPECT_EQ(classify("Minimum Runs").parameter->id, "repetitions");
  EXPECT_EQ(classify("Recommended Runs").parameter->id, "repetitions");
  EXPECT_EQ(classify("Minimum Runs").statistic, "");  // no minimum of samples
}

TEST(Classify, ADecodeTimePerTokenIsTheTpot) {
  EXPECT_EQ(metric("Decode ms/token"), "tpot");
  EXPECT_EQ(classify("Decode ms/token").unit, "ms");
  EXPECT_EQ(metric("KV decode (ms)"), "eval_time");  // the whole decode
  EXPECT_NE(metric("N=1 ms/Token"), "tpot");         // a memory operation's time per token
}

TEST(Classify, WrittenOutStatisticsFairnessIndexesAndArtifactSizes) {
  EXPECT_EQ(classify("Latency (ms) / Standard Deviation").statistic, "std");
  EXPECT_EQ(metric("Jain's J"), "unknown");  // Jain's fairness index, no joules
  EXPECT_EQ(classify("Jain's J").unit, "");
  EXPECT_EQ(metric("Energy (J)"), "energy");
  EXPECT_EQ(metric("Engine Size", "MB"), "unknown");  // a compiled artifact, no memory in use
  EXPECT_EQ(metric("ONNX Size (MB)"), "unknown");
  EXPECT_EQ(classify("model_size_bytes").parameter->id, "model_size");  // what the model is
  EXPECT_EQ(metric("Peak VRAM (MB)"), "memory");
  EXPECT_EQ(classify("vocab_size").parameter->id, "model_arch");
  EXPECT_EQ(classify("% of Peak (432 GB/s)").statistic, "");  // a share of the peak
  EXPECT_EQ(classify("Peak VRAM (MB)").statistic, "max");
  EXPECT_EQ(metric("Norm Score (N=8)"), "unknown");  // a score over its baseline's
  EXPECT_EQ(metric("Quality Score"), "quality");
}

TEST(Classify, TheAsyncStdRuntimeIsNoStandardDeviation) {
  EXPECT_EQ(classify("Async-std").statistic, "");
  EXPECT_EQ(classify("Async-std mean").statistic, "mean");
  EXPECT_EQ(classify("TTFT std").statistic, "std");
}

TEST(Classify, InputShapesDeviceLimitsAndGeneratedTokens) {
  EXPECT_EQ(metric("height"), "(parameter)");  // "model": {"channels": 3, "height": 128}
  EXPECT_EQ(classify("input_dim").parameter->id, "input_shape");
  // Nsight Compute's device attribute: one figure of the device, no maximum of samples.
  EXPECT_EQ(classify("device__attribute_max_registers_per_block").statistic, "");
  EXPECT_EQ(classify("max_registers").statistic, "max");
  EXPECT_EQ(metric("Gen tokens"), "output_tokens");
}

TEST(Classify, ALayersDepthIsAPositionNotAMeasurement) {
  EXPECT_EQ(metric("Depth %"), "(identifier)");
  EXPECT_EQ(metric("Relative depth"), "(identifier)");
  EXPECT_EQ(metric("n_depth"), "(parameter)");  // llama-bench's context depth in tokens
}

TEST(Classify, ABandwidthIsADataRateNotMemoryOrSeconds) {
  EXPECT_EQ(metric("Bandwidth (GB/s)"), "bandwidth");
  EXPECT_EQ(classify("Bandwidth (GB/s)").unit, "GB/s");
  EXPECT_EQ(metric("Effective BW (GB/s)"), "bandwidth");
  EXPECT_EQ(classify("PCIe (GiB/s)").unit, "GiB/s");  // not seconds
  EXPECT_EQ(metric("Disk I/O (Max)", "MB/s"), "bandwidth");
  EXPECT_EQ(metric("memory_bandwidth_gbps"), "bandwidth");
  EXPECT_EQ(metric("Memory Bandwidth Utilization (%)"), "utilization");
  EXPECT_EQ(metric("BW Ratio vs Reference"), "unknown");
  EXPECT_EQ(metric("VRAM (GB)"), "memory");  // a table's context may still make it a capacity
}

// A comparison table's "Change" column holds, on its test rows, the test's figure (TR132 of the
// reference checkout: "| p-value | -- | -- | 1.2x10^-5 |", "| Cohen's d | -- | -- | 162.7 |").
TEST(Classify, ATestOfAChangeIsNoDifference) {
  EXPECT_EQ(classify("Cohen's d / Change").statistic, "value");
  EXPECT_EQ(classify("p-value / Delta").statistic, "value");
  EXPECT_EQ(classify("p-value (degradation) / Change").statistic, "value");
  EXPECT_EQ(classify("t-statistic / Change").statistic, "value");
  EXPECT_EQ(classify("Mean TPS / Change").statistic, "delta");  // the change itself
  EXPECT_EQ(classify("Cohen's d").statistic, "");
}

// TR129 7.6: "| llama3.2-1b | 2000ms (eta=0.981) | 100ms (191.3 tok/s) |" under "Best Per-Req
// Think" and "Best Sustained Think": the think time that was best by each criterion.
TEST(Classify, TheSettingBestByACriterionIsASetting) {
  EXPECT_EQ(metric("Best Sustained Think", "ms"), "(parameter)");
  EXPECT_EQ(classify("Best Per-Req Think", "ms").parameter->id, "think_time");
  EXPECT_EQ(metric("Best Sustained Throughput", "tok/s"), "token_rate");
}

// TR133's predictor fits and TR146's entropies: a fit's R² is no amount of what it models, and
// nats are an entropy's unit.
TEST(Classify, AFitIsNoAmountAndNatsAreAUnit) {
  EXPECT_EQ(metric("VRAM R\xC2\xB2"), "unknown");
  EXPECT_EQ(metric("Throughput R^2"), "unknown");
  EXPECT_EQ(metric("VRAM (GB)"), "memory");
  EXPECT_EQ(classify("Mean Entropy (nats)").unit, "nats");
}

// An Ollama benchmark CSV heads its prompt token count "prompt eval count (s)": a count.
TEST(Classify, ACountIsNoTimeWhateverItsBracketSays) {
  EXPECT_EQ(classify("prompt eval count (s)").unit, "tokens");
  EXPECT_EQ(metric("prompt eval count (s)"), "input_tokens");
  EXPECT_EQ(classify("eval duration (s)").unit, "s");
}

// GuideLLM 0.5's console "TTFOT ms": the time to the first output token, no metric of ours
// (as AIPerf's time to first output token), never a generic duration.
TEST(Classify, TtfotIsNoMetricOfOurs) {
  EXPECT_EQ(metric("TTFOT ms Mdn"), "unknown");
  EXPECT_EQ(metric("Time to Last Token (ms)"), "unknown");  // early AIPerf: no run's duration
  EXPECT_EQ(classify("TTFOT ms Mdn").unit, "ms");
}

// An LLMPerf fork's "source_num_concurrent_requests": the run's concurrency setting.
TEST(Classify, ASourcesCopyOfASettingIsThatSetting) {
  EXPECT_EQ(classify("source_num_concurrent_requests").parameter->id, "concurrency");
}

// llama.cpp's -ncmoe: how many MoE expert layers stay on the CPU, a setting.
TEST(Classify, MoeExpertsOnTheCpuAreASetting) {
  EXPECT_EQ(classify("n_cpu_moe").parameter->id, "n_cpu_moe");
  EXPECT_EQ(classify("ncmoe").parameter->id, "n_cpu_moe");
}

// A cost over a period keeps its period in its unit and is still a cost.
TEST(Classify, ACostOverAPeriodIsACost) {
  EXPECT_EQ(metric("GPU cost", "usd/month"), "cost");
  EXPECT_EQ(classify("GPU cost", "usd/month").unit, "USD/month");
  EXPECT_EQ(metric("Annual cost", "usd/yr"), "cost");
}

// GuideLLM 0.4's console names its median column "Mdn" ("TTFT ms Mdn" once its header groups
// are joined).
TEST(Classify, MdnIsTheMedian) {
  EXPECT_EQ(classify("TTFT ms Mdn").statistic, "median");
  EXPECT_EQ(metric("TTFT ms Mdn"), "ttft");
}

// A harness's record of a process (schedcp's llama-bench runner): its exit code is no metric.
TEST(Classify, AnExitCodeIsACode) {
  EXPECT_EQ(metric("exit_code"), "(identifier)");
  EXPECT_EQ(metric("returncode"), "(identifier)");
  EXPECT_EQ(metric("return_code"), "(identifier)");
  EXPECT_NE(metric("status_code_count"), "(identifier)");
}

// TR122's heat-soak timeline: "dT/dt ( C/min)" +2.3 is a heating rate, no minimum of samples.
TEST(Classify, ARatePerMinuteIsNoMinimum) {
  EXPECT_EQ(classify("dT/dt ( C/min)").statistic, "");
  EXPECT_EQ(classify("dT/dt ( C/min)").unit, "C/min");
  EXPECT_EQ(classify("Heating rate (\xC2\xB0"
                     "C/min)")
                .statistic,
            "");
  EXPECT_EQ(classify("Latency min (ms)").statistic, "min");
  EXPECT_EQ(classify("TTFT min").statistic, "min");
}

// A harness's controlled variables: its timeout, warm-up and monitor interval are settings.
TEST(Classify, AHarnessTimeoutWarmupAndPollIntervalAreSettings) {
  const auto param = [](std::string_view name) {
    const auto c = classify(name);
    return c.role == Role::parameter && c.parameter ? std::string(c.parameter->id) : "-";
  };
  EXPECT_EQ(param("ollama_timeout_s"), "limit");
  EXPECT_EQ(param("HTTP timeout"), "limit");
  EXPECT_EQ(param("warmup_requests"), "warmup");
  EXPECT_EQ(param("gpu_poll_interval_s"), "interval");
  EXPECT_EQ(param("Sampling interval (ms)"), "interval");
  // What counts timeouts, or an interval measured between requests, stays a measurement.
  EXPECT_EQ(param("timeout_count"), "-");
  EXPECT_EQ(param("mean_interval_ms"), "-");
  EXPECT_EQ(param("requests"), "-");
}

// "(IPS)", inferences per second: a rate in a unit of its own, no tokens per second.
TEST(Classify, ARatePerSecondNamedByAnAbbreviationKeepsIt) {
  EXPECT_EQ(classify("Overall Inference Speed (IPS)").unit, "IPS");
  EXPECT_EQ(classify("Inference Throughput (IPS)").unit, "IPS");
  EXPECT_EQ(metric("Inference Throughput (IPS)"), "unknown");
  EXPECT_EQ(classify("Decode Throughput (TPS)").unit, "tok/s");  // the ones spelled stay so
  EXPECT_EQ(classify("Serving (QPS)").unit, "req/s");
  EXPECT_EQ(classify("Latency (ms)").unit, "ms");
}

// vLLM's --gpu-memory-utilization 0.9 in a run's saved server config: a setting, no utilisation.
TEST(Classify, AServersGpuMemoryShareIsASetting) {
  const auto c = classify("gpu_memory_utilization");
  EXPECT_EQ(c.role, Role::parameter);
  ASSERT_NE(c.parameter, nullptr);
  EXPECT_EQ(c.parameter->id, "gpu_memory_fraction");
  EXPECT_EQ(metric("GPU Utilization (%)"), "gpu_utilization");
}

// Inference Perf's "avg_time_per_request": a request's latency, no request rate.
TEST(Classify, ATimePerRequestIsALatency) {
  EXPECT_EQ(metric("avg_time_per_request"), "e2e_latency");
  EXPECT_EQ(classify("avg_time_per_request").statistic, "mean");
  EXPECT_EQ(metric("Time per Request (s)"), "e2e_latency");
  EXPECT_EQ(metric("Requests per second"), "request_throughput");
}

// AIPerf's loadgen: the ramp-up's length and the warm-up are no concurrency or planned requests.
TEST(Classify, ARampUpTimeAndAWarmUpCountAreTheirOwnSettings) {
  const auto param = [](std::string_view name) {
    const auto c = classify(name);
    return c.role == Role::parameter && c.parameter ? std::string(c.parameter->id) : "-";
  };
  EXPECT_EQ(param("concurrency_ramp_duration"), "rampup");
  EXPECT_EQ(param("request_rate_ramp_duration"), "rampup");
  EXPECT_EQ(param("warmup_request_count"), "warmup");
  EXPECT_EQ(param("concurrency"), "concurrency");
}

// AIPerf's GPU telemetry: power drawn in W, energy in MJ (megajoules; DCGM's raw mJ is
// millijoules), and XID errors, the GPU driver's faults, no failed requests.
TEST(Classify, GpuTelemetryPowerEnergyAndDriverFaults) {
  EXPECT_EQ(metric("gpu_power_usage", "W"), "power");
  EXPECT_EQ(metric("gpu_power_usage"), "power");
  EXPECT_EQ(metric("gpu_usage"), "gpu_utilization");
  EXPECT_EQ(classify("energy_consumption", "MJ").unit, "MJ");
  EXPECT_EQ(metric("energy_consumption", "MJ"), "energy");
  EXPECT_EQ(classify("Energy (mJ)").unit, "mJ");
  EXPECT_EQ(metric("xid_errors"), "unknown");
  EXPECT_EQ(metric("failed_requests"), "failed_requests");
}

// v48/v49: a fit's exponent is no power drawn, a prediction's error is a difference, "(B)" after
// parameters is billions, an Nsight device flag is no configured limit.
TEST(Classify, FitsErrorsBillionsAndDeviceFlags) {
  EXPECT_EQ(metric("Power \xCE\xB1"), "unknown");  // "Power α"
  EXPECT_EQ(metric("size_power_b"), "unknown");
  EXPECT_EQ(metric("Power (W)"), "power");
  EXPECT_EQ(metric("GPU power"), "power");
  EXPECT_EQ(classify("MAE", "GB").statistic, "delta");
  EXPECT_EQ(classify("Latency RMSE (ms)").statistic, "delta");
  EXPECT_EQ(classify("Params (B)").unit, "");
  EXPECT_EQ(classify("Size (B)").unit, "bytes");
  EXPECT_EQ(classify("device__attribute_kernel_exec_timeout").role, Role::metric);
  EXPECT_EQ(classify("request_timeout").role, Role::parameter);
}

TEST(Classify, ACountOfSamplesIsNoSampleOfTheQuantity) {
  EXPECT_EQ(metric("Power Samples"), "unknown");
  EXPECT_EQ(classify("Power Samples").statistic, "count");
  EXPECT_EQ(classify("Total judged safety samples").statistic, "count");
  EXPECT_EQ(metric("Power (W)"), "power");
}

TEST(Classify, APromptsRateByAShortNameAndTheFirstTimeToToken) {
  EXPECT_EQ(metric("prompt_tps"), "prompt_eval_rate");  // MLX's benchmark
  EXPECT_EQ(metric("Prompt proc. (tok/s)"), "prompt_eval_rate");
  EXPECT_EQ(metric("prompt_tokens_per_second"), "input_throughput");  // over the run's time
  EXPECT_EQ(metric("First Time To Token (ms)"), "ttft");
}

TEST(Classify, ShortNamesOfTokenCountsProcessorsAndHours) {
  EXPECT_EQ(metric("IN TOKEN"), "input_tokens");
  EXPECT_EQ(metric("Out Tokens"), "output_tokens");
  EXPECT_EQ(metric("TOTAL TOKEN"), "total_tokens");
  EXPECT_EQ(metric("CPU (%)"), "cpu_utilization");
  EXPECT_EQ(metric("iGPU (%)"), "gpu_utilization");
  EXPECT_EQ(metric("CPU"), "unknown");  // no share without its unit
  EXPECT_EQ(classify("total_duration_hours").unit, "h");
  EXPECT_EQ(classify("gpu_hours_per_1M_tok").unit, "h/Mtok");  // a rate, no duration
  // One query's or request's speed is a decode rate; a request's tokens are no rate of requests.
  EXPECT_EQ(metric("median_output_speed_per_query"), "decode_rate");
  EXPECT_EQ(metric("output_token_throughput_per_request"), "token_rate");  // TTFT included
  EXPECT_NE(metric("Avg Tokens Per Request"), "request_throughput");
  EXPECT_EQ(metric("output tokens per request"), "output_tokens");
  EXPECT_EQ(metric("Requests Per Second"), "request_throughput");
  // A load tester's response time is a request's latency (not the first response's).
  EXPECT_EQ(metric("Avg Response Time"), "e2e_latency");
  EXPECT_NE(metric("First Response Time (ms)"), "e2e_latency");
  // A sequence is one request's generation: TensorRT-LLM's "seq_throughput(seq/sec)".
  EXPECT_EQ(metric("seq_throughput(seq/sec)"), "request_throughput");
  EXPECT_EQ(classify("seq_throughput(seq/sec)").unit, "req/s");
}

TEST(Classify, ASlopeIsAFitsCoefficient) {
  EXPECT_EQ(metric("Concurrency Slope"), "unknown");
  EXPECT_EQ(metric("quality_bertscore slope"), "unknown");
  EXPECT_EQ(metric("Slope (ms/agent)"), "unknown");
  EXPECT_EQ(metric("Concurrency"), "(parameter)");  // the setting, no slope
}

TEST(Classify, AQuantizationsSizeLetterIsNoSecond) {
  for (const char* q : {"IQ1_S", "IQ3_S", "Q3_K_S"}) {
    EXPECT_EQ(classify(q).unit, "") << q;
    EXPECT_EQ(metric(q), "unknown") << q;
  }
  EXPECT_EQ(classify("IQ1_S / Perplexity (wiki.test)").unit, "");
  EXPECT_EQ(metric("IQ1_S / Perplexity (wiki.test)"), "perplexity");
  EXPECT_EQ(classify("TTFT_s").unit, "s");
}

TEST(Classify, AClocksFrequencyIsNoMemoryNorATime) {
  EXPECT_EQ(metric("memory_clock_frequency"), "unknown");
  EXPECT_EQ(classify("CPU Boost Clock", "GHz").unit, "GHz");
  EXPECT_EQ(metric("clock_memory"), "unknown");
  EXPECT_EQ(metric("wall_clock_ms"), "duration");  // a time by the wall clock
}

TEST(Classify, ATimePerTokenWrittenInTheCell) {
  EXPECT_EQ(classify("TPOT", "ms/tok").metric->id, "tpot");
  EXPECT_EQ(classify("TPOT", "ms/tok").unit, "ms");
  EXPECT_EQ(classify("Decode", "ms/token").metric->id, "tpot");  // no decode phase's whole time
  EXPECT_EQ(classify("Decode", "ms").metric->id, "eval_time");
}

// A generated token's time averaged over the answer: the TPOT (not the first token's, nor a
// prompt's).
TEST(Classify, ATokensAverageTimeIsTheTpot) {
  EXPECT_EQ(metric("avg_token_ms"), "tpot");
  EXPECT_EQ(metric("Token Latency (ms)"), "tpot");
  EXPECT_EQ(metric("first_token_ms"), "ttft");
  EXPECT_NE(metric("prompt_per_token_ms"), "tpot");
}

// A model's size on disk is its size, a property of the model (no memory in use).
TEST(Classify, AModelsSizeOnDiskIsItsSize) {
  EXPECT_EQ(classify("disk_size_mb").role, Role::parameter);
  EXPECT_EQ(classify("disk_size_mb").parameter->id, "model_size");
  // A quantization sweep's "file_bytes" of each GGUF written (not a bare "File Size").
  EXPECT_EQ(classify("file_bytes").parameter->id, "model_size");
  EXPECT_EQ(classify("File Size (Total)").parameter, nullptr);
  EXPECT_EQ(classify("size_on_disk").parameter->id, "model_size");
}

// A three-digit percentile is of a tail (p999, p001); "P106-100" is a GPU.
TEST(Classify, AThreeDigitPercentileIsOfATail) {
  EXPECT_EQ(parse_statistic("p999"), std::optional<std::string>("p99.9"));
  EXPECT_EQ(parse_statistic("p001"), std::optional<std::string>("p0.1"));
  EXPECT_EQ(parse_statistic("p106"), std::nullopt);
  EXPECT_EQ(classify("P106-100").statistic, "");
}

// Concurrent requests' tokens per second together: the run's output throughput.
TEST(Classify, AnAggregateRateIsTheOutputThroughput) {
  EXPECT_EQ(metric("aggregate_tps"), "output_throughput");
  EXPECT_EQ(metric("Aggregate tok/s"), "output_throughput");
  EXPECT_EQ(classify("Aggregate TPS", "tok/s").metric->id, "output_throughput");
  EXPECT_NE(metric("aggregate_input_tps"), "output_throughput");
  // (A section of aggregated figures names no rate of its own.)
  EXPECT_EQ(metric("Aggregate Performance / Average Throughput (tok/s)"), "token_rate");
  EXPECT_EQ(metric("Aggregate Throughput (req/s)"), "request_throughput");
  // A GPU's power mode or limit is a setting.
  EXPECT_EQ(classify("power_mode").role, Role::parameter);
  EXPECT_EQ(classify("power_limit").role, Role::parameter);
  EXPECT_EQ(metric("power_draw"), "power");
}

// Held-out set 40: llama-server's draft options are settings; a processor's share after its
// statistic; a time per token; a prompt's processing rate by another name.
TEST(Classify, DraftOptionsUtilisationsAndPerTokenTimes) {
  for (const char* name : {"draft-max", "draft-min", "draft-p-min"}) {
    EXPECT_EQ(classify(name).role, Role::parameter) << name;
    EXPECT_EQ(classify(name).statistic, "") << name;
  }
  EXPECT_NE(classify("Draft acc").role, Role::parameter);
  EXPECT_EQ(metric("Avg CPU%"), "cpu_utilization");
  EXPECT_EQ(metric("Avg GPU%"), "gpu_utilization");
  EXPECT_EQ(classify("Avg GPU%").statistic, "mean");
  EXPECT_EQ(metric("Time/Token (ms)"), "tpot");
  EXPECT_NE(metric("First Time/Token (ms)"), "tpot");
  EXPECT_EQ(classify("Input Processing", "tok/s").metric->id, "prompt_eval_rate");
  EXPECT_EQ(classify("maximum_request_concurrency").role, Role::parameter);
  // (vLLM's "max_concurrent_requests" is the peak it measured, no setting.)
  EXPECT_EQ(classify("max_concurrent_requests").role, Role::metric);
}

// Headers in Spanish, French, German, Portuguese and Russian read as their English words; English
// headers that hold none stay as written ("GPU temps (C)" is no time).
TEST(Classify, EuropeanHeadersReadAsTheirEnglishWords) {
  EXPECT_EQ(metric("Tiempo de respuesta (s)"), "e2e_latency");
  EXPECT_EQ(classify("Tama\xC3\xB1o").role, Role::parameter);
  EXPECT_EQ(classify("Tama\xC3\xB1o").parameter->id, "model_size");
  EXPECT_EQ(metric("Temps de r\xC3\xA9ponse (ms)"), "e2e_latency");
  EXPECT_EQ(metric("Vitesse de g\xC3\xA9n\xC3\xA9ration (tokens/s)"), "decode_rate");
  EXPECT_EQ(metric("Zeit bis zum ersten Token (ms)"), "ttft");
  EXPECT_EQ(metric("Durchsatz (tok/s)"), "token_rate");
  EXPECT_EQ(metric("Lat\xC3\xAAncia (ms)"), "e2e_latency");
  // "Скорость генерации (ток/с)": generation speed; "Время ответа, с": response time.
  EXPECT_EQ(metric("\xD0\xA1\xD0\xBA\xD0\xBE\xD1\x80\xD0\xBE\xD1\x81\xD1\x82\xD1\x8C "
                   "\xD0\xB3\xD0\xB5\xD0\xBD\xD0\xB5\xD1\x80\xD0\xB0\xD1\x86\xD0\xB8\xD0\xB8",
                   "tok/s"),
            "decode_rate");
  EXPECT_EQ(classify("Promedio TTFT (ms)").statistic, "mean");
  EXPECT_EQ(european_gloss("GPU temps (C)"), "");
  EXPECT_EQ(european_gloss("TTFT (ms)"), "");
  EXPECT_EQ(european_gloss("Tiempos de carga"), "");  // (a word of the glossary's only whole)
}

// The review of the thirty-second session: a failure's or a success's qualifier glossed with its
// noun; a size named by what it is of (context, batch), a size alone the model's; the statistics
// that agree with their noun; Cyrillic units; a "request_time" the size of a Unix time (a moment)
// and a harness's "sample_time" (one example's whole generation) are no latency of ours.
TEST(Classify, EuropeanQualifiersSizesAndStatistics) {
  EXPECT_EQ(metric("Solicitudes fallidas"), "failed_requests");
  EXPECT_EQ(metric("Requ\xC3\xAAtes \xC3\xA9"
                   "chou\xC3\xA9"
                   "es"),
            "failed_requests");
  EXPECT_EQ(metric("Fehlgeschlagene Anfragen"), "failed_requests");
  EXPECT_EQ(classify("Tama\xC3\xB1o del contexto").parameter->id, "num_ctx");
  EXPECT_EQ(classify("\xD0\xA0\xD0\xB0\xD0\xB7\xD0\xBC\xD0\xB5\xD1\x80 \xD0\xB1\xD0\xB0\xD1\x82"
                     "\xD1\x87\xD0\xB0")
                .parameter->id,
            "num_batch");  // Размер батча
  EXPECT_EQ(classify("Latencia m\xC3\xADnima (ms)").statistic, "min");
  EXPECT_EQ(classify("Latence moyenne (ms)").statistic, "mean");
  const auto ru = classify(
      "\xD0\xA1\xD1\x80\xD0\xB5\xD0\xB4\xD0\xBD\xD1\x8F\xD1\x8F "
      "\xD0\xB7\xD0\xB0\xD0\xB4\xD0\xB5\xD1\x80\xD0\xB6\xD0\xBA\xD0\xB0 "
      "(\xD0\xBC\xD1\x81)");  // Средняя задержка (мс)
  EXPECT_EQ(ru.statistic, "mean");
  EXPECT_EQ(ru.unit, "ms");
  EXPECT_EQ(classify("Concurrence").parameter->id, "concurrency");
  // The statistic inside the phrase, and a time per token.
  EXPECT_EQ(metric("Tiempo medio de respuesta (ms)"), "e2e_latency");
  EXPECT_EQ(classify("Tiempo medio de respuesta (ms)").statistic, "mean");
  EXPECT_EQ(metric("Tiempo por token (ms)"), "tpot");
  EXPECT_EQ(metric("request_time"), "e2e_latency");  // (a Unix time's size: a moment)
  EXPECT_TRUE(classify("request_time").epoch_candidate);
  EXPECT_EQ(metric("request_time_ms"), "e2e_latency");
  EXPECT_NE(metric("sample_time_s"), "sampling_time");
  EXPECT_EQ(metric("sampling time (ms)"), "sampling_time");
}

// Held-out set 45: llama-server's other sampler options are settings; its slot's id no figure.
TEST(Classify, LlamaServersSamplerOptionsAndSlot) {
  for (const char* name : {"xtc_threshold", "presence_penalty", "dry_multiplier", "mirostat_tau",
                           "typical_p", "top_n_sigma"}) {
    EXPECT_EQ(classify(name).role, Role::parameter) << name;
    EXPECT_EQ(classify(name).parameter->id, "sampler_option") << name;
  }
  EXPECT_EQ(classify("id_slot").role, Role::identifier);
  // A warm-up's count is a setting, its time measured no setting; a NUMA node an identifier.
  EXPECT_EQ(classify("Warmups").parameter->id, "warmup");
  EXPECT_EQ(classify("\xE7\x83\xAD\xE8\xBA\xAB").parameter->id, "warmup");  // 热身
  EXPECT_EQ(metric("Warmup", "s"), "duration");
  EXPECT_EQ(classify("NUMA Affinity").role, Role::identifier);
  // Held-out set 46: vLLM's server settings in a sweep's export are settings.
  EXPECT_EQ(classify("gpu_mem_util").parameter->id, "gpu_memory_fraction");
  EXPECT_EQ(classify("max_num_seqs").parameter->id, "parallel_slots");
  EXPECT_EQ(classify("max_batched_tokens").parameter->id, "num_batch");
  EXPECT_EQ(classify("replica").parameter->id, "data_parallel");
}

// Held-out set 46's rescore: "Total requests" beside "Successful requests" counts every request
// sent (the failed ones too), no completed ones; the time the requests took to be sent is no
// run's duration.
TEST(Classify, EveryRequestSentAndTheTimeToSendThem) {
  for (const char* name : {"Total requests", "total_requests", "Requests total", "All requests",
                           "\xE6\x80\xBB\xE8\xAF\xB7\xE6\xB1\x82\xE6\x95\xB0"}) {  // 总请求数
    EXPECT_EQ(metric(name), "requests") << name;
    EXPECT_TRUE(classify(name).every_request) << name;
  }
  for (const char* name : {"Successful requests", "Completed requests", "num_requests",
                           "total_successful_requests", "Request Count"})
    EXPECT_FALSE(classify(name).every_request) << name;
  EXPECT_EQ(metric("Time to send all requests", "s"), "unknown");
  EXPECT_EQ(metric("Total elapsed time", "s"), "duration");
  EXPECT_EQ(metric("Request sending time (s)"), "unknown");
}

// Held-out set 46: a score out of its maximum ("reasoning /6", "code (/9)") is a quality score;
// Polish "śr" is the mean. Not a rate ("tok /s"), a ratio of statistics, nor a count's share.
TEST(Classify, AScoreOutOfItsMaximum) {
  EXPECT_EQ(metric("reasoning /6"), "quality");
  EXPECT_EQ(metric("code (/9)"), "quality");
  EXPECT_EQ(metric("kod med /9"), "quality");
  EXPECT_EQ(classify("kod med /9").statistic, "median");
  EXPECT_EQ(metric("reasoning \xC5\x9Br /6"), "quality");  // śr
  EXPECT_EQ(classify("reasoning \xC5\x9Br /6").statistic, "mean");
  EXPECT_NE(metric("tokens /s"), "quality");
  EXPECT_NE(metric("p99/p50"), "quality");
  EXPECT_NE(metric("TTFT (ms) /10"), "quality");
  EXPECT_NE(metric("2025/10"), "quality");
}

// Held-out set 46: vLLM's bench keys in another tool's export keep vLLM's units.
TEST(Classify, VllmBenchKeysKeepVllmsUnits) {
  EXPECT_EQ(classify("output_throughput").unit, "tok/s");
  EXPECT_EQ(classify("total_token_throughput").unit, "tok/s");
  EXPECT_EQ(classify("request_throughput").unit, "req/s");
  EXPECT_EQ(classify("Output Throughput").unit, "");  // (a header of its own: no unit known)
  EXPECT_EQ(classify("output_throughput", "MB/s").unit, "MB/s");
}

}  // namespace
}  // namespace chimera::metrics
