#include "chimera/ingest/harvest.hpp"

#include <gtest/gtest.h>

namespace chimera::ingest {
namespace {

FileResult harvest(FileType t, std::string_view text) {
  FileResult r;
  r.entry.type = t;
  switch (t) {
    case FileType::csv:
      harvest_csv(text, r);
      break;
    case FileType::json:
      harvest_json(text, r);
      break;
    case FileType::markdown:
      harvest_markdown(text, r);
      break;
    case FileType::jsonl:
      harvest_jsonl(text, r);
      break;
    case FileType::text:
      harvest_text(text, r);
      break;
    case FileType::yaml:
      harvest_yaml(text, r);
      break;
  }
  return r;
}

const MetricRow* find(const FileResult& r, std::string_view locator) {
  for (const auto& row : r.rows) {
    if (row.locator == locator) return &row;
  }
  return nullptr;
}

// A row one field short is read with its last field empty where that field is text a row may
// leave out (a note), unless it is the file's last line with no line end after it (a write cut
// short); one short of a figure column is not read (any of its cells may be the one missing); a
// row with one empty field over is read without it.
TEST(HarvestCsv, RowsOneFieldShortOrOverAreFittedButNotACutLastLine) {
  const auto short_row = harvest(
      FileType::csv, "model,ttft_ms,tokens_s,notes\nllama3,1437,99.3,warm\nllama3,1500,98\n");
  ASSERT_NE(find(short_row, "[1].ttft_ms"), nullptr);
  EXPECT_EQ(*find(short_row, "[1].ttft_ms")->value, 1500);
  EXPECT_EQ(*find(short_row, "[1].tokens_s")->value, 98);
  ASSERT_EQ(short_row.warnings.size(), 1u);
  EXPECT_EQ(short_row.warnings[0],
            "line 3: 3 fields but the header has 4; read with its last field ('notes') empty");
  const auto figure_short =
      harvest(FileType::csv, "model,ttft_ms,tpot_ms,output_tps\nqwen2-7b,35,48.3\n");
  EXPECT_EQ(find(figure_short, "[0].ttft_ms"), nullptr);
  const auto cut = harvest(FileType::csv, "model,ttft_ms,notes\nllama3,1437,warm\nllama3,14");
  EXPECT_EQ(find(cut, "[1].ttft_ms"), nullptr);
  ASSERT_EQ(cut.warnings.size(), 1u);
  EXPECT_NE(cut.warnings[0].find("no line end after it"), std::string::npos);
  const auto over =
      harvest(FileType::csv, "model,ttft_ms,tokens_s\nllama3,1437,99.3,\nllama3,1500,98\n");
  ASSERT_NE(find(over, "[0].tokens_s"), nullptr);
  EXPECT_EQ(*find(over, "[0].tokens_s")->value, 99.3);
  EXPECT_EQ(*find(over, "[1].tokens_s")->value, 98);
  // (Two fields short, or a figure over, stay unread.)
  const auto ragged = harvest(FileType::csv, "a,b,c,d\nm,1,2,3\nm,1\nm,1,2,3,4\n");
  EXPECT_EQ(ragged.rows.size(), 3u);
}

TEST(HarvestCsv, RowsWithUnitsKindsAndContext) {
  const auto r = harvest(FileType::csv,
                         "model,quant,ttft_s,tokens_s,notes\ngemma3:1b,Q4_K_M,0.5,180.2,fast\n");
  ASSERT_EQ(r.rows.size(), 2u);
  const auto* ttft = find(r, "[0].ttft_s");
  ASSERT_TRUE(ttft);
  EXPECT_EQ(ttft->kind, units::Kind::ttft);
  EXPECT_EQ(ttft->unit, "s");
  EXPECT_DOUBLE_EQ(*ttft->normalized, 500);
  EXPECT_EQ(ttft->normalized_unit, "ms");
  EXPECT_EQ(ttft->context.model, "gemma3:1b");
  EXPECT_EQ(ttft->context.quantization, "Q4_K_M");
  EXPECT_EQ(ttft->line, 2u);
  EXPECT_EQ(find(r, "[0].tokens_s")->kind, units::Kind::throughput);
}

TEST(HarvestCsv, RaggedRowsAreReportedAndGoodRowsKept) {
  const auto r = harvest(FileType::csv, "a_ms,b_ms\n1,2\n3\n4,5,6\n7,8\n");
  EXPECT_EQ(r.rows.size(), 4u);
  ASSERT_EQ(r.warnings.size(), 2u);
  EXPECT_EQ(r.warnings[0], "line 3: 1 fields but the header has 2; row not ingested");
  EXPECT_EQ(r.warnings[1], "line 4: 3 fields but the header has 2; row not ingested");
  EXPECT_TRUE(find(r, "[3].b_ms"));
}

TEST(HarvestCsv, NanCellsAreMissingNotZero) {
  const auto r = harvest(FileType::csv, "ttft_ms\nNaN\n12\n");
  ASSERT_EQ(r.rows.size(), 2u);
  EXPECT_FALSE(r.rows[0].value);
  EXPECT_NE(r.rows[0].note.find("NaN"), std::string::npos);
  EXPECT_DOUBLE_EQ(*r.rows[1].value, 12);
}

TEST(HarvestCsv, LegacyTakesFirstTenRowsAndKeepsStrings) {
  std::string csv = "tokens_s,speed_label,other\n";
  for (int i = 0; i < 12; ++i) csv += std::to_string(100 + i) + ",fast,1\n";
  const auto r = harvest(FileType::csv, csv);
  ASSERT_EQ(r.legacy.size(), 2u);
  EXPECT_EQ(r.legacy[0].key, "csv_tokens_s");
  EXPECT_DOUBLE_EQ(std::get<double>(r.legacy[0].value), 100);
  EXPECT_EQ(r.legacy[0].locator, "[0].tokens_s");
  EXPECT_EQ(std::get<std::string>(r.legacy[1].value), "fast");
}

TEST(HarvestCsv, UnterminatedQuoteKeepsEarlierRowsAndWarns) {
  const auto r = harvest(FileType::csv, "x_ms\n1\n\"2\n");
  EXPECT_EQ(r.rows.size(), 1u);
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find("line 3"), std::string::npos);
}

TEST(HarvestJson, PathsContextFromSiblingsAndAncestors) {
  const auto r = harvest(FileType::json, R"({"gpu": {"name": "RTX 4080"},
    "models": [{"mean_ttft_s": 0.65, "model": "gemma3"}, {"model": "llama3", "runs": [{"tokens_s": "42.5"}]}]})");
  ASSERT_TRUE(r.json_document);
  const auto* ttft = find(r, "models[0].mean_ttft_s");
  ASSERT_TRUE(ttft);
  EXPECT_EQ(ttft->context.model, "gemma3");  // sibling written after the value
  const auto* tok = find(r, "models[1].runs[0].tokens_s");
  ASSERT_TRUE(tok);
  EXPECT_EQ(tok->context.model, "llama3");  // from an ancestor
  EXPECT_DOUBLE_EQ(*tok->value, 42.5);      // numeric string
  EXPECT_EQ(tok->kind, units::Kind::throughput);
}

TEST(HarvestJson, ArrayElementsAreNamedAfterTheirKey) {
  const auto r = harvest(FileType::json, R"({"latencies_ms": [10, 12]})");
  const auto* row = find(r, "latencies_ms[1]");
  ASSERT_TRUE(row);
  EXPECT_EQ(row->name, "latencies_ms");
  EXPECT_EQ(row->unit, "ms");
}

TEST(HarvestJson, NonFiniteAndOverflowAreMissingWithAReason) {
  const auto r = harvest(
      FileType::json,
      R"({"a_ms": NaN, "b_ms": 1e400, "c_ms": "Infinity", "d_ms": 123456789012345678901234567890})");
  ASSERT_EQ(r.rows.size(), 4u);
  EXPECT_FALSE(find(r, "a_ms")->value);
  EXPECT_FALSE(find(r, "b_ms")->value);
  EXPECT_NE(find(r, "b_ms")->note.find("range"), std::string::npos);
  EXPECT_FALSE(find(r, "c_ms")->value);
  EXPECT_EQ(find(r, "d_ms")->raw, "123456789012345678901234567890");
  EXPECT_TRUE(find(r, "d_ms")->value);
}

TEST(HarvestJson, LegacyMatchesTheWholePathAndSkipsBooleans) {
  const auto r = harvest(FileType::json,
                         R"({"latency": {"p50": 1.5, "ok": true, "label": "x"}, "tokens": "12%"})");
  ASSERT_EQ(r.legacy.size(), 2u);
  EXPECT_EQ(r.legacy[0].key, "json_latency.p50");
  EXPECT_EQ(r.legacy[1].key, "json_tokens");
  EXPECT_DOUBLE_EQ(std::get<double>(r.legacy[1].value), 12);
}

TEST(HarvestJson, InvalidJsonSkipsTheFileWithPosition) {
  const auto r = harvest(FileType::json, "{\"a\": 1,\n \"b\": }");
  EXPECT_EQ(r.status, FileStatus::skipped);
  EXPECT_NE(r.reason.find("line 2"), std::string::npos);
  EXPECT_FALSE(r.json_document);
}

TEST(HarvestJson, JsonLinesUnderAJsonNameAreReadAsJsonLines) {
  // `vllm bench serve --append-result` appends one result document per line to a .json file.
  const auto r = harvest(FileType::json,
                         "{\"model_id\": \"m\", \"request_rate\": 1.0, \"mean_ttft_ms\": 45.0}\n"
                         "{\"model_id\": \"m\", \"request_rate\": 10.0, \"mean_ttft_ms\": 56.9}\n");
  ASSERT_EQ(r.status, FileStatus::ingested);
  const MetricRow* second = find(r, "[1].mean_ttft_ms");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->value, 56.9);
  EXPECT_EQ(second->context.rate, "10.0");
  ASSERT_FALSE(r.warnings.empty());
  EXPECT_NE(r.warnings[0].find("JSON Lines"), std::string::npos);
  // Not a second document at a line's start: still invalid, still skipped.
  EXPECT_EQ(harvest(FileType::json, "{\"a\": 1} {\"b\": 2}\n").status, FileStatus::skipped);
  EXPECT_EQ(harvest(FileType::json, "{\"a\": 1}\nnot json\n").status, FileStatus::skipped);
}

TEST(HarvestMarkdown, HeadingsCountedTheSameForEveryLineEnding) {
  for (const char* doc :
       {"# A\ntext\n  ## B\n", "# A\r\ntext\r\n  ## B\r\n", "# A\rtext\r  ## B\r"}) {
    EXPECT_EQ(harvest(FileType::markdown, doc).heading_count, 2u) << doc;
  }
}

TEST(HarvestMarkdown, PipeTablesWithContextAndUnits) {
  const auto r = harvest(FileType::markdown,
                         "# Results\n\n| Model | TTFT (ms) | Throughput |\n|---|--:|---|\n"
                         "| gemma3 | **603** | 114.5 tok/s |\n| llama3 | 1,437 | n/a |\n\nafter\n");
  ASSERT_EQ(r.rows.size(), 3u);
  const auto* a = find(r, "table[0][0].TTFT (ms)");
  ASSERT_TRUE(a);
  EXPECT_DOUBLE_EQ(*a->value, 603);
  EXPECT_EQ(a->context.model, "gemma3");
  EXPECT_EQ(a->line, 5u);
  EXPECT_EQ(find(r, "table[0][0].Throughput")->unit, "tok/s");
  EXPECT_DOUBLE_EQ(*find(r, "table[0][1].TTFT (ms)")->value, 1437);
}

TEST(HarvestMarkdown, MetricValueTablesUseTheRowLabel) {
  const auto r = harvest(FileType::markdown, "| Metric | Value |\n|---|---|\n| TTFT | 610 ms |\n");
  ASSERT_EQ(r.rows.size(), 1u);
  EXPECT_EQ(r.rows[0].name, "TTFT");
  EXPECT_EQ(r.rows[0].kind, units::Kind::ttft);
  EXPECT_DOUBLE_EQ(*r.rows[0].normalized, 610);
}

TEST(HarvestMarkdown, ARunOrPromptColumnMakesEachRowASample) {
  const auto runs = harvest(FileType::markdown,
                            "| Run # | TTFT (ms) | Throughput (tok/s) |\n|---|---|---|\n"
                            "| 1 | 3759.71 | 99.31 |\n| 2 | 3801.2 | 98.7 |\n");
  EXPECT_EQ(find(runs, "table[0][1].TTFT (ms)")->statistic, "sample");
  const auto prompts = harvest(FileType::markdown,
                               "| Prompt | TTFT (s) | Tokens/s |\n|---|---|---|\n"
                               "| Explain relativity | 0.4 | 35.9 |\n");
  EXPECT_EQ(find(prompts, "table[0][0].Tokens/s")->statistic, "sample");
  // "Repetition" alone is a text's repetition score, no run number: the rows are models.
  const auto scores = harvest(FileType::markdown,
                              "| Model | BLEU | Repetition |\n|---|---|---|\n"
                              "| gpt2 | 0.001 | 0.187 |\n");
  EXPECT_EQ(find(scores, "table[0][0].BLEU")->statistic, "value");
}

TEST(HarvestMarkdown, TablesInsideCodeFencesAreIgnored) {
  const auto r = harvest(FileType::markdown, "```\n| a | b |\n|---|---|\n| 1 | 2 |\n```\n");
  EXPECT_TRUE(r.rows.empty());
}

}  // namespace
}  // namespace chimera::ingest

namespace chimera::ingest {
namespace {

// A result file cut short while being written (llama-bench killed mid-run): the records before
// the cut are read and the file says it ends early; nothing of the record being written is read.
// A harness keeping llama-bench's records beside its own figures (schedcp's
// llama_scheduler_results_*.json): only the records' non-timing fields are settings.
TEST(HarvestJson, AHarnessesFiguresBesideLlamaBenchRecordsStayFigures) {
  const auto r = harvest(FileType::json, R"({"default": {"pp_tps": 138.1, "tg_tps": 1.41,
    "raw_output": [{"model_type": "llama 1B Q4_K - Medium", "n_prompt": 512, "n_gen": 0,
                    "poll": 50, "avg_ts": 138.1, "stddev_ts": 0.39}]}})");
  EXPECT_EQ(r.format, "llama-bench");
  ASSERT_NE(find(r, "default.tg_tps"), nullptr);
  EXPECT_EQ(find(r, "default.tg_tps")->metric_id(), "decode_rate");
  EXPECT_EQ(find(r, "default.pp_tps")->role, metrics::Role::metric);
  EXPECT_EQ(find(r, "default.raw_output[0].poll")->role, metrics::Role::parameter);
  EXPECT_EQ(find(r, "default.raw_output[0].avg_ts")->role, metrics::Role::metric);
}

// An LLMPerf fork's summary counts its outcomes beside the settings it was run with.
TEST(HarvestJson, AnLlmperfForksOutcomeCountsAreMeasured) {
  const auto r = harvest(FileType::json, R"({"model": "deepseekr1", "num_concurrent_requests": 15,
    "actual_completed_requests": 150, "successful_requests": 148, "failed_requests": 2,
    "target_completed_requests": 150, "results_ttft_s_mean": 4.02})");
  EXPECT_EQ(r.format, "llmperf summary");
  EXPECT_EQ(find(r, "successful_requests")->metric_id(), "requests");
  EXPECT_EQ(find(r, "failed_requests")->metric_id(), "failed_requests");
  EXPECT_EQ(find(r, "failed_requests")->role, metrics::Role::metric);
  EXPECT_EQ(find(r, "actual_completed_requests")->status, RowStatus::all);
  EXPECT_EQ(find(r, "target_completed_requests")->role, metrics::Role::parameter);
}

TEST(HarvestJson, AnLlmperfSummarysRequestedLengthsAreTheInputAndOutputLengths) {
  const auto r = harvest(FileType::json, R"({"model": "m", "mean_input_tokens": 550,
    "mean_output_tokens": 150, "results_ttft_s_mean": 0.4})");
  EXPECT_EQ(find(r, "mean_input_tokens")->parameter, "input_len");
  EXPECT_EQ(find(r, "mean_output_tokens")->parameter, "output_len");
}

// A fork writes the responses and the summary into one document: the responses are requests.
TEST(HarvestJson, AnLlmperfDocumentOfResponsesAndSummaryReadsBoth) {
  const auto r = harvest(FileType::json, R"({"individual_responses": [
      {"error_code": null, "error_msg": "", "ttft_s": 0.52, "end_to_end_latency_s": 9.1,
       "request_output_throughput_tokens_per_s": 20.4, "number_output_tokens": 186}],
    "summary": {"model": "QwQ-32B on 4xA10G on llama.cpp with flash attn",
      "num_concurrent_requests": 1, "results_ttft_s_mean": 0.52,
      "results_request_input_throughput_tokens_per_s_mean": 912.0}})");
  EXPECT_EQ(r.format, "llmperf summary");
  const auto* ttft = find(r, "individual_responses[0].ttft_s");
  ASSERT_NE(ttft, nullptr);
  EXPECT_EQ(ttft->role, metrics::Role::metric);  // a request's sample, no setting
  EXPECT_EQ(ttft->metric_id(), "ttft");
  EXPECT_EQ(ttft->statistic, "sample");
  EXPECT_EQ(ttft->context.model, "QwQ-32B on 4xA10G on llama.cpp with flash attn");
  EXPECT_EQ(ttft->context.concurrency, "1");
  EXPECT_EQ(find(r, "individual_responses[0].number_output_tokens")->metric_id(), "output_tokens");
  EXPECT_EQ(find(r, "summary.results_request_input_throughput_tokens_per_s_mean")->metric_id(),
            "prompt_eval_rate");
}

// llama.cpp's file type names: "Q4_K - Medium" is Q4_K_M, "IQ3_S mix - 3.66 bpw" is IQ3_M.
TEST(HarvestJson, LlamaCppFileTypeNamesGiveTheQuantization) {
  const auto r = harvest(FileType::json, R"([{"model_type": "qwen35 27B IQ3_S mix - 3.66 bpw",
    "n_prompt": 512, "n_gen": 0, "avg_ts": 250.0},
    {"model_type": "llama 8B Q4_K - Medium", "n_prompt": 512, "n_gen": 0, "avg_ts": 900.0},
    {"model_type": "llama 8B IQ3_S - 3.4375 bpw", "n_prompt": 512, "n_gen": 0, "avg_ts": 700.0}])");
  EXPECT_EQ(find(r, "[0].avg_ts")->context.quantization, "IQ3_M");
  EXPECT_EQ(find(r, "[1].avg_ts")->context.quantization, "Q4_K_M");
  EXPECT_EQ(find(r, "[2].avg_ts")->context.quantization, "IQ3_S");
}

// Held-out set 44: llama-bench's "model_type" with a size llama.cpp could not tell ("llama ?B
// Q3_K - Large"): the GGUF's file name names the model (its ".gguf" aside), in either order; a
// model_type with its size stays the model, as llama-bench's own tables print it.
TEST(HarvestJson, AnUnsizedModelTypeGivesWayToTheFileName) {
  const auto r =
      harvest(FileType::json, R"([{"model_filename": "/mnt/m/Snowpiercer-15B-v1.Q3_K_L.gguf",
    "model_type": "llama ?B Q3_K - Large", "n_prompt": 512, "n_gen": 0, "avg_ts": 3024.4},
    {"model_type": "llama ?B Q3_K - Large", "model_filename": "C:\\m\\Other-7B.Q4_0.gguf",
     "n_prompt": 512, "n_gen": 0, "avg_ts": 900.0},
    {"model_filename": "/m/Meta-Llama-3.1-8B-Q8_0.gguf", "model_type": "llama 8B Q8_0",
     "n_prompt": 512, "n_gen": 0, "avg_ts": 700.0}])");
  EXPECT_EQ(find(r, "[0].avg_ts")->context.model, "Snowpiercer-15B-v1.Q3_K_L");
  EXPECT_EQ(find(r, "[1].avg_ts")->context.model, "Other-7B.Q4_0");
  EXPECT_EQ(find(r, "[2].avg_ts")->context.model, "llama 8B Q8_0");
}

// Held-out set 44: runs keyed by a figure one of their fields gives ("256": {"generated_tokens":
// 256}) are labelled by that field, as runs keyed by a name are.
TEST(HarvestJson, RunsKeyedByAFigureOfTheirOwn) {
  const auto r = harvest(FileType::json, R"({"results": {"fp16": {
    "256": {"generated_tokens": 256, "total_time_s": 1.97, "tokens_per_sec": 129.61},
    "512": {"generated_tokens": 512, "total_time_s": 3.95, "tokens_per_sec": 129.59}}}})");
  EXPECT_EQ(find(r, "results.fp16.256.tokens_per_sec")->context.config, "generated_tokens=256");
  EXPECT_EQ(find(r, "results.fp16.512.total_time_s")->context.config, "generated_tokens=512");
  const auto other = harvest(FileType::json, R"({"7": {"tokens": 12, "tps": 3.5}})");
  EXPECT_EQ(find(other, "7.tps")->context.config, "");  // (no field repeats the key)
}

// Held-out set 44: InferenceMAX's agentic result: latencies with no unit beside the decode rate
// their time per token inverts (seconds); a KV cache's share in use and size in tokens; a total of
// requests beside the successful ones counts the failed in.
TEST(HarvestJson, AnAgenticResultsBareLatenciesAndItsKvCache) {
  const auto r = harvest(FileType::json, R"({"num_requests_total": 693,
    "num_requests_successful": 647, "kv_cache_pool_tokens": 11508608,
    "request_metrics": {"latency": {"ttft": {"mean": 0.82887, "p50": 0.58987},
      "tpot": {"mean": 0.00411, "p50": 0.00353}, "intvty": {"mean": 243.19, "p50": 283.38}}},
    "server_metrics": {"kv_cache": {"gpu_usage_pct": 0.11, "gpu_total_tokens": 11508608}}})");
  const auto* ttft = find(r, "request_metrics.latency.ttft.p50");
  EXPECT_EQ(ttft->unit, "s");
  EXPECT_DOUBLE_EQ(*ttft->normalized, 589.87);
  EXPECT_EQ(find(r, "request_metrics.latency.tpot.mean")->unit, "s");
  EXPECT_EQ(find(r, "server_metrics.kv_cache.gpu_usage_pct")->metric_id(), "utilization");
  EXPECT_EQ(find(r, "server_metrics.kv_cache.gpu_total_tokens")->metric_id(), "unknown");
  EXPECT_NE(find(r, "kv_cache_pool_tokens")->metric_id(), "memory");
  EXPECT_EQ(find(r, "num_requests_total")->status, RowStatus::all);
  EXPECT_EQ(find(r, "num_requests_successful")->status, RowStatus::ok);
  // (No rate beside them: the bare latencies keep no unit.)
  const auto bare = harvest(FileType::json, R"({"latency": {"tpot": {"p50": 0.00353}}})");
  EXPECT_EQ(find(bare, "latency.tpot.p50")->unit, "");
}

// A flags array ("server_flags": ["--ctx-size", "8192", ...]) is a command line: the settings of
// its object's figures (where it listened and its secrets left out), no figures of its own.
TEST(HarvestJson, AFlagsArrayIsTheRunsSettings) {
  const auto r = harvest(FileType::json, R"({"server_flags": ["--ctx-size", "8192", "--port",
    "8080", "-ngl", 99, "--api-key", "sk-x"], "results": {"decode_tps": 41.2}})");
  EXPECT_FALSE(find(r, "server_flags[1]"));
  EXPECT_FALSE(find(r, "server_flags[5]"));
  EXPECT_EQ(find(r, "results.decode_tps")->context.config, "server_flags=--ctx-size 8192 -ngl 99");
}

// Unsloth's dynamic quantizations keep their "UD-" (a recipe of their own, no plain Q4_K_XL).
TEST(HarvestJson, AnUnslothDynamicQuantizationKeepsItsName) {
  const auto r = harvest(FileType::json, R"([{"model": "Qwen3.8-27B-UD-Q4_K_XL.gguf",
    "avg_ts": 10.0}, {"model": "Qwen3.8-27B-Q4_K_M.gguf", "avg_ts": 11.0},
    {"model": "FLUD-Q4_0", "avg_ts": 12.0}])");
  EXPECT_EQ(find(r, "[0].avg_ts")->context.quantization, "UD-Q4_K_XL");
  EXPECT_EQ(find(r, "[1].avg_ts")->context.quantization, "Q4_K_M");
  EXPECT_EQ(find(r, "[2].avg_ts")->context.quantization, "Q4_0");  // (a word ending in "ud")
  // (A key's words are no GGUF type: "q4_change_relative_to_q8"; "IQ2_XXS" is one.)
  const auto keys = harvest(FileType::json, R"({"model": "Llama-IQ2_XXS",
    "q4_change_relative_to_q8": {"ttft_percent": -0.8}})");
  EXPECT_NE(find(keys, "q4_change_relative_to_q8.ttft_percent")->context.quantization,
            "Q4_CHANGE_RELATIVE_TO_Q8");
}

// Held-out set 44: a CSV row of one prompt and its answer is one request, its time the request's
// whole time; "Modèle" (French) names the model. A JSON Lines record of one request with its time
// to first token beside a wall time: that time is the request's end-to-end latency (not a run's
// "concurrent_wall_time_s" beside two agents' TTFTs).
TEST(HarvestCsv, ARowOfAPromptAndItsAnswerIsOneRequest) {
  const auto r = harvest(FileType::csv,
                         "Machine,Mod\xC3\xA8le,Prompt,Temps (s),R\xC3\xA9ponse\n"
                         "pc,mistral:7b,Bonjour ?,0.42,Salut\n"
                         "pc,mistral:7b,Qui ?,0.39,Hugo\n");
  const auto* time = find(r, "[0].Temps (s)");
  ASSERT_NE(time, nullptr);
  EXPECT_EQ(time->metric_id(), "e2e_latency");
  EXPECT_EQ(time->statistic, "sample");
  EXPECT_DOUBLE_EQ(*time->normalized, 420);
  EXPECT_EQ(time->context.model, "mistral:7b");
  const auto run = harvest(FileType::csv, "Prompt,Duration (s)\nBonjour ?,0.42\nQui ?,0.39\n");
  EXPECT_EQ(find(run, "[0].Duration (s)")->metric_id(), "duration");  // (no answer beside it)
  const auto log =
      harvest(FileType::jsonl,
              "{\"case\": 1, \"first_event_seconds\": 2.434, \"wall_seconds\": 4.048}\n"
              "{\"case\": 2, \"first_event_seconds\": 2.275, \"wall_seconds\": 3.486}\n");
  EXPECT_EQ(find(log, "[0].wall_seconds")->metric_id(), "e2e_latency");
  const auto runs = harvest(FileType::json, R"({"runs": [{"run_number": 1, "a_ttft_ms": 1900.0,
    "b_ttft_ms": 629.7, "concurrent_wall_time_s": 55.5}]})");
  EXPECT_EQ(find(runs, "runs[0].concurrent_wall_time_s")->metric_id(), "duration");
}

// Held-out set 46: one figure written twice in one record, in seconds and in minutes, is counted
// once (the rounder copy keeps its text, no metric); two figures of one metric that differ stay.
TEST(HarvestCsv, AFigureWrittenTwiceInTwoUnitsIsCountedOnce) {
  const auto r = harvest(FileType::csv,
                         "model,ttft_seconds,ttft_minutes,load_s,load_minutes\n"
                         "m,38.0,0.63,12.0,0.5\nm,2.7,0.04,12.0,0.5\n");
  EXPECT_EQ(find(r, "[0].ttft_seconds")->metric_id(), "ttft");
  EXPECT_EQ(find(r, "[0].ttft_minutes")->metric_id(), "unknown");
  // (Within the minutes' rounding: 0.04 min is 2.1 to 2.7 s.)
  EXPECT_EQ(find(r, "[1].ttft_minutes")->metric_id(), "unknown");
  EXPECT_EQ(find(r, "[0].load_minutes")->metric_id(), find(r, "[0].load_s")->metric_id());
}

// Held-out set 47: a record's requests, time and request rate agree in one unit of time (seconds
// here): the time takes it, and so do the record's nested statistics of other times.
TEST(HarvestJson, TheUnitThatMakesRequestsTimeAndRateAgree) {
  const auto r = harvest(FileType::json, R"([{"successful_requests": 10, "total_time": 38.655,
    "requests_per_second": 0.2587, "latency": {"average": 3.865, "p99": 6.756},
    "time_to_first_token": {"p50": 0.562}}])");
  EXPECT_DOUBLE_EQ(*find(r, "[0].total_time")->normalized, 38655.0);
  EXPECT_DOUBLE_EQ(*find(r, "[0].latency.average")->normalized, 3865.0);
  EXPECT_DOUBLE_EQ(*find(r, "[0].time_to_first_token.p50")->normalized, 562.0);
  // (No agreement, no unit: a rate of another run.)
  const auto other = harvest(FileType::json, R"([{"successful_requests": 10, "total_time": 38.655,
    "requests_per_second": 3.1, "latency": {"average": 3.865}}])");
  EXPECT_FALSE(find(other, "[0].latency.average")->normalized.has_value());
}

TEST(HarvestCsv, AProfileColumnNamingALoadGivesIt) {
  const auto r = harvest(FileType::csv,
                         "source_file,profile,ttft_mean_ms\nconcurrent16,concurrent,84.6\n"
                         "sync,synchronous,40.1\nrate_2.5,constant,50.0\n");
  EXPECT_EQ(find(r, "[0].ttft_mean_ms")->context.concurrency, "16");
  EXPECT_EQ(find(r, "[1].ttft_mean_ms")->context.concurrency, "1");
  EXPECT_EQ(find(r, "[2].ttft_mean_ms")->context.rate, "2.5");
}

// An MLX benchmark's context sweep: each row's context size is a setting of its figures.
TEST(HarvestCsv, AContextTokensColumnIsTheSettingOfItsRowsFigures) {
  const auto r = harvest(FileType::csv,
                         "model,quant,context_tokens,prompt_tps,generation_tps\n"
                         "Llama-3.1-8B,Q4,1024,1521.5,110.55\nLlama-3.1-8B,Q4,4096,1398.2,104.1\n");
  EXPECT_EQ(find(r, "[0].context_tokens")->parameter, "num_ctx");
  EXPECT_EQ(find(r, "[0].generation_tps")->context.config, "context_tokens=1024");
  EXPECT_EQ(find(r, "[1].prompt_tps")->context.config, "context_tokens=4096");
}

// An assembled llama-bench table with a column per test ("pp4096_tps", "tg128_tps"): each is
// that test's rate; a sweep's "depth" column is its rows' setting; a label that begins with the
// model's size ("27B_IQ4_XS") names the row.
TEST(HarvestCsv, ColumnsNamedByATestAndADepthSweep) {
  const auto r = harvest(FileType::csv,
                         "model,quant,pp4096_tps,pp4096_stddev_tps,tg128_tps\n"
                         "Qwen3.5-0.8B,Q4_K_M,15278.7,70.7,291.0\n");
  const auto& pp = *find(r, "[0].pp4096_tps");
  EXPECT_EQ(pp.metric_id(), "prompt_eval_rate");
  EXPECT_EQ(pp.context.test, "pp4096");
  EXPECT_EQ(find(r, "[0].pp4096_stddev_tps")->statistic, "std");
  EXPECT_EQ(find(r, "[0].tg128_tps")->metric_id(), "decode_rate");
  EXPECT_EQ(find(r, "[0].tg128_tps")->context.test, "tg128");
  const auto sweep =
      harvest(FileType::csv,
              "label,quant,depth,pp_tok_s,tg_tok_s\n"
              "27B_IQ4_XS,IQ4_XS,0,1734.98,36.63\n27B_IQ4_XS,IQ4_XS,4096,1668.89,35.79\n");
  EXPECT_EQ(find(sweep, "[1].depth")->parameter, "n_depth");
  EXPECT_EQ(find(sweep, "[1].tg_tok_s")->context.config, "depth=4096 label=27B_IQ4_XS");
  EXPECT_EQ(find(sweep, "[0].tg_tok_s")->context.config, "depth=0 label=27B_IQ4_XS");
}

TEST(HarvestCsv, ANameColumnBesideAQuantizationNamesTheModel) {
  const auto r = harvest(FileType::csv,
                         "name,quant,device,pp_tok_s\nphi-4-mini,Q4_K_M,a770,1746.36\n"
                         "lfm2.5-8b-a1b,Q4_K_M,a770,2180.3\n");
  EXPECT_EQ(find(r, "[0].pp_tok_s")->context.model, "phi-4-mini");
  EXPECT_EQ(find(r, "[1].pp_tok_s")->context.model, "lfm2.5-8b-a1b");
  EXPECT_EQ(find(r, "[1].pp_tok_s")->context.config.find("name="), std::string::npos);
  // Without a quantization a name labels the run.
  const auto runs = harvest(FileType::csv, "name,ttft_ms\nwarm,5.0\n");
  EXPECT_EQ(find(runs, "[0].ttft_ms")->context.model, "");
  EXPECT_EQ(find(runs, "[0].ttft_ms")->context.config, "name=warm");
}

TEST(HarvestCsv, ARunNumberMakesEachRowOneRepetitionsSample) {
  const auto r = harvest(FileType::csv,
                         "config_id,backend,run_num,ttft_ms\nA_Q4,mlx,1,187.7\nA_Q4,mlx,2,190.2\n");
  EXPECT_EQ(find(r, "[1].run_num")->role, metrics::Role::identifier);
  EXPECT_EQ(find(r, "[1].ttft_ms")->statistic, "sample");
}

TEST(HarvestCsv, APromptColumnMakesEachRowOneRequest) {
  // One request per row: a per-request change ("CPU Load Change") and a run's own peak are no
  // statistics over rows.
  const auto r = harvest(FileType::csv,
                         "Model,Prompt,Tokens/sec,CPU Load Change (%)\n"
                         "llama3.1:8b,What is the capital of France?,12.66,-3.20\n");
  EXPECT_EQ(find(r, "[0].Tokens/sec")->statistic, "sample");
  const auto peak = harvest(FileType::csv,
                            "model,prompt_length,decode_tokens_per_sec,peak_memory_gb\n"
                            "Qwen3.5-0.8B,short,71.5,3.42\nQwen3.5-0.8B,short,72.2,3.42\n");
  EXPECT_EQ(find(peak, "[1].decode_tokens_per_sec")->statistic, "sample");
  EXPECT_EQ(find(peak, "[1].peak_memory_gb")->statistic, "max");
  // A column naming a statistic still makes the rows configurations.
  const auto agg = harvest(FileType::csv, "model,mean_ttft_ms,tokens_per_sec\nm,12,30\n");
  EXPECT_EQ(find(agg, "[0].tokens_per_sec")->statistic, "value");
}

TEST(HarvestCsv, AUnitlessSuccessRateIsAFraction) {
  const auto r = harvest(FileType::csv, "case,success_rate,error_rate\nc1,1.0,0.0\nc2,0.85,12\n");
  EXPECT_EQ(find(r, "[0].success_rate")->unit, "fraction");
  EXPECT_DOUBLE_EQ(*find(r, "[1].success_rate")->normalized, 85);
  EXPECT_EQ(find(r, "[1].error_rate")->unit, "");  // 12: no fraction
}

TEST(HarvestCsv, MlxBenchmarkFiguresInATableKeepDecimalGigabytes) {
  const auto r = harvest(FileType::csv,
                         "model,prompt_tps,generation_tps,peak_memory_gb\nm,1521.5,110.55,5.9\n");
  EXPECT_EQ(r.format, "mlx-lm benchmark csv");
  EXPECT_EQ(find(r, "[0].peak_memory_gb")->unit, "GB");
  EXPECT_EQ(find(r, "[0].peak_memory_gb")->normalized, 5.9e9);
  const auto other = harvest(FileType::csv, "model,tokens_s,peak_memory_gb\nm,110.55,5.9\n");
  EXPECT_EQ(find(other, "[0].peak_memory_gb")->unit, "GiB");  // the project's reading of GB
}

TEST(HarvestJson, AGuidellmSynchronousBenchmarkIsOneRequestAtATime) {
  const auto r = harvest(FileType::json, R"({"benchmarks": [{"type_": "generative_benchmark",
    "strategy": {"type_": "synchronous"}, "metrics": {"time_to_first_token_ms": {"successful":
    {"mean": 15.0, "count": 65}}}}]})");
  const auto* ttft = find(r, "benchmarks[0].metrics.time_to_first_token_ms.successful.mean");
  ASSERT_NE(ttft, nullptr);
  EXPECT_EQ(ttft->context.config, "synchronous");
  EXPECT_EQ(ttft->context.concurrency, "1");
}

// GuideLLM 0.6: "metrics.text.tokens.input_concurrency" is the text in flight, no request count.
TEST(HarvestJson, GuidellmsTextConcurrencyIsNoRequestConcurrency) {
  const auto r = harvest(FileType::json, R"({"benchmarks": [{"metrics": {
    "request_concurrency": {"successful": {"mean": 1.0}},
    "text": {"tokens": {"input_concurrency": {"successful": {"mean": 41134.0}}}}}}]})");
  EXPECT_EQ(r.format, "guidellm benchmarks");
  const auto* requests = find(r, "benchmarks[0].metrics.request_concurrency.successful.mean");
  ASSERT_NE(requests, nullptr);
  EXPECT_EQ(requests->metric_id(), "concurrency");
  const auto* tokens =
      find(r, "benchmarks[0].metrics.text.tokens.input_concurrency.successful.mean");
  ASSERT_NE(tokens, nullptr);
  EXPECT_EQ(tokens->metric_id(), "unknown");
  EXPECT_EQ(tokens->unit, "tokens");
}

// A harness that kept llama-bench's `-o json` output as a string beside its command line
// (held-out set 9): the records are read, the command's words are no figures.
TEST(HarvestJson, LlamaBenchJsonKeptAsAStringIsRead) {
  std::string records =
      "[\n  {\"build_commit\": \"5266f24\", \"model_type\": \"qwen3moe 30B.A3B Q4_K - "
      "Medium\",\n   \"gpu_info\": \"NVIDIA GeForce RTX 3090\", \"n_cpu_moe\": 29, \"n_prompt\": "
      "0,\n   \"n_gen\": 128, \"n_depth\": 0, \"avg_ts\": 22.04, \"stddev_ts\": 0.1}\n]\n";
  records.append(200, ' ');
  std::string doc =
      R"({"cmd": ["llama-bench", "-ngl", "99", "-ncmoe", "29"], "rc": 0, "stdout": ")";
  for (const char c : records) {
    if (c == '"')
      doc += "\\\"";
    else if (c == '\n')
      doc += "\\n";
    else
      doc += c;
  }
  doc += "\"}";
  const auto r = harvest(FileType::json, doc);
  const auto* rate = find(r, "stdout>[0].avg_ts");
  ASSERT_NE(rate, nullptr);
  EXPECT_EQ(rate->metric_id(), "decode_rate");
  EXPECT_EQ(rate->context.test, "tg128");
  EXPECT_NE(rate->context.config.find("n_cpu_moe=29"), std::string::npos);
  EXPECT_EQ(find(r, "cmd[2]"), nullptr);  // "99" of the command line: no figure
  EXPECT_EQ(find(r, "rc")->role, metrics::Role::identifier);
  EXPECT_EQ(r.format, "llama-bench");
}

// Runs keyed by the name a field of theirs gives ({"scx_flash": {"scheduler": "scx_flash", ...}}):
// the field labels each run's figures, and only its own.
TEST(HarvestJson, RunsKeyedByAFieldOfTheirsAreLabelledByIt) {
  const auto r = harvest(FileType::json, R"({
    "default": {"scheduler": "default", "tg_tps": 1.41},
    "scx_flash": {"scheduler": "scx_flash", "tg_tps": 1.16},
    "scx_idle": {"scheduler": "scx_idle", "exit_code": 1}})");
  EXPECT_EQ(find(r, "default.tg_tps")->context.config, "scheduler=default");
  EXPECT_EQ(find(r, "scx_flash.tg_tps")->context.config, "scheduler=scx_flash");
}

// Chimeraforge's planner data: a container's key names the precision of the figures in it.
TEST(HarvestJson, AContainerKeyNamesItsFiguresPrecision) {
  const auto r = harvest(FileType::json,
                         R"({"safety": {"fp16_baselines": {"phi-2": 0.5864}},
                             "int8": {"accuracy": 0.75}, "baselines": {"phi-2": 0.5}})");
  ASSERT_NE(find(r, "safety.fp16_baselines.phi-2"), nullptr);
  EXPECT_EQ(find(r, "safety.fp16_baselines.phi-2")->context.quantization, "FP16");
  EXPECT_EQ(find(r, "safety.fp16_baselines.phi-2")->context.model, "phi-2");
  EXPECT_EQ(find(r, "int8.accuracy")->context.quantization, "INT8");
  EXPECT_EQ(find(r, "baselines.phi-2")->context.quantization, "");
}

TEST(HarvestJson, AContainerNamedByAPrecisionTakesItsParentsQuantity) {
  const auto r = harvest(FileType::json,
                         R"({"quality": {"fp16_baselines": {"llama3.2-3b": 0.53759}},
                             "notes": {"fp16_baselines": {"llama3.2-3b": 0.5}}})");
  EXPECT_EQ(find(r, "quality.fp16_baselines.llama3.2-3b")->metric_id(), "quality");
  EXPECT_EQ(find(r, "notes.fp16_baselines.llama3.2-3b")->metric_id(), "unknown");
}

TEST(HarvestJson, TruncatedDocumentKeepsItsCompleteRecords) {
  const std::string records =
      "[\n  {\"model_type\": \"llama 7B Q4_0\", \"n_prompt\": 512, \"n_gen\": 0, \"avg_ts\": "
      "1500.5},"
      "\n  {\"model_type\": \"llama 7B Q4_0\", \"n_prompt\": 0, \"n_gen\": 128, \"avg_ts\": 90.1}";
  const auto whole_records = harvest(FileType::json, records + "\n");
  EXPECT_EQ(whole_records.status, FileStatus::ingested);
  EXPECT_NE(find(whole_records, "[1].avg_ts"), nullptr);
  ASSERT_EQ(whole_records.warnings.size(), 1u);
  EXPECT_NE(whole_records.warnings[0].find("ends before its document does"), std::string::npos);
  // Cut inside the third record, inside a string holding a comma and a bracket.
  const auto cut = harvest(FileType::json, records + ",\n  {\"n_prompt\": 0, \"note\": \"a, b]");
  EXPECT_EQ(cut.status, FileStatus::ingested);
  EXPECT_NE(find(cut, "[1].avg_ts"), nullptr);
  EXPECT_EQ(find(cut, "[2].n_prompt"), nullptr);
  // Cut deep inside, with more brackets to close than the text has left (found by fuzz_json).
  const auto deep = harvest(FileType::json, "[[[{\"ttft_ms\": 1.5},");
  EXPECT_EQ(deep.status, FileStatus::ingested);
  EXPECT_NE(find(deep, "[0][0][0].ttft_ms"), nullptr);
  // Nothing complete to keep, and a document broken in its middle: skipped as before.
  EXPECT_EQ(harvest(FileType::json, "{\"a\": {\"b\": 1").status, FileStatus::skipped);
  EXPECT_EQ(harvest(FileType::json, "[{\"a\": 1}, {\"b\" 2}]").status, FileStatus::skipped);
}

}  // namespace
}  // namespace chimera::ingest
