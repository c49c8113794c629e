// Which run a figure is of, as tools and scripts write it outside tables: a GGUF file's name as a
// JSON key with its run's tag, vLLM's engine config line, and a note's list items of several
// figures. Shapes from held-out set 50 (an MTP benchmark script's
// JSON, a vLLM server log with EAGLE-3, a llama-speculative log on a Jetson, Russian notes).
#include <gtest/gtest.h>

#include "ingest_helpers.hpp"

namespace chimera::ingest {
namespace {

using testing::at;
using testing::run;

// {"Qwopus3.6-27B-Coder-MTP-Q5_K_S.gguf [MTP-n3]": {...}}: the model's file, its precision, and
// the run's tag, which tells the spec run from the plain one.
TEST(RunIdentity, AGgufFilesNameAsAKeyWithItsRunsTag) {
  const auto r = run(FileType::json,
                     R"({"Qwopus3.6-27B-Coder-MTP-Q5_K_S.gguf [no-spec]": {"decode_tps_avg": 30.6},
                        "Qwopus3.6-27B-Coder-MTP-Q5_K_S.gguf [MTP-n3]": {"decode_tps_avg": 36.9,
                        "decode_tokens_avg": 256}})");
  const auto& plain = at(r, "Qwopus3.6-27B-Coder-MTP-Q5_K_S.gguf [no-spec].decode_tps_avg");
  EXPECT_EQ(plain.metric_id(), "decode_rate");
  EXPECT_EQ(plain.context.model, "Qwopus3.6-27B-Coder-MTP-Q5_K_S");
  EXPECT_EQ(plain.context.quantization, "Q5_K_S");
  EXPECT_EQ(plain.context.config, "no-spec");
  const auto& spec = at(r, "Qwopus3.6-27B-Coder-MTP-Q5_K_S.gguf [MTP-n3].decode_tps_avg");
  EXPECT_EQ(spec.context.config, "MTP-n3");
  EXPECT_EQ(at(r, "Qwopus3.6-27B-Coder-MTP-Q5_K_S.gguf [MTP-n3].decode_tokens_avg").metric_id(),
            "output_tokens");
}

// "Initializing a V1 LLM engine (v0.21.0) with config: model='openai/gpt-oss-20b',
// speculative_config=SpeculativeConfig(method='eagle3', ..., num_spec_tokens=6), ...,
// quantization=gpt_oss_mxfp4": the engine's statistics lines after it are of that run, on vLLM.
TEST(RunIdentity, VllmsEngineConfigLabelsItsStatistics) {
  const auto r =
      run(FileType::text,
          "(EngineCore pid=1) INFO 06-27 23:55:09 [core.py:109] Initializing a V1 LLM engine "
          "(v0.21.0) with config: model='openai/gpt-oss-20b', speculative_config=SpeculativeConfig("
          "method='eagle3', model='RedHatAI/gpt-oss-20b-speculator.eagle3', num_spec_tokens=6), "
          "tokenizer='openai/gpt-oss-20b', dtype=torch.bfloat16, quantization=gpt_oss_mxfp4, "
          "enforce_eager=False\n"
          "(APIServer pid=1) INFO 06-27 23:55:39 [loggers.py:123] Engine 000: Avg prompt "
          "throughput: 193.3 tokens/s, Avg generation throughput: 181.6 tokens/s, Running: 1 reqs, "
          "Waiting: 0 reqs, GPU KV cache usage: 0.1%, Prefix cache hit rate: 49.1%\n");
  const auto& gen = at(r, "vllm_stats[0].avg_generation_throughput");
  EXPECT_EQ(gen.metric_id(), "output_throughput");
  EXPECT_EQ(gen.context.model, "openai/gpt-oss-20b");
  EXPECT_EQ(gen.context.quantization, "MXFP4");
  EXPECT_EQ(gen.context.backend, "vLLM");
  EXPECT_EQ(gen.context.config, "speculative=eagle3 num_spec_tokens=6");
}

// Held-out set 52: a harness's "method": "ollama" names the engine its figures ran on; a
// "method" of no engine ("POST", "eagle3") none.
TEST(RunIdentity, AHarnesssMethodNamingAnEngine) {
  const auto r =
      run(FileType::json,
          "{\"method\": \"ollama\", \"model_id\": \"llama3.2:3b\", \"latency_s\": 12.45}");
  EXPECT_EQ(at(r, "latency_s").context.backend, "ollama");
  const auto post = run(FileType::json, "{\"method\": \"POST\", \"latency_s\": 1.5}");
  EXPECT_EQ(at(post, "latency_s").context.backend, "");
}

// Review 50: older builds name the draft model and no method, a draft model's decoding.
TEST(RunIdentity, VllmsOlderSpeculativeConfigNamesItsDraftModel) {
  const auto r =
      run(FileType::text,
          "INFO 03-02 10:00:00 llm_engine.py:232] Initializing an LLM engine (v0.6.3) with config: "
          "model='meta-llama/Llama-3.1-8B-Instruct', speculative_config=SpeculativeConfig("
          "draft_model='meta-llama/Llama-3.2-1B-Instruct', num_spec_tokens=5), tokenizer='x'\n"
          "INFO 03-02 10:01:00 metrics.py:349] Avg prompt throughput: 120.0 tokens/s, Avg "
          "generation throughput: 310.5 tokens/s, Running: 8 reqs, Swapped: 0 reqs, Pending: 0 "
          "reqs, GPU KV cache usage: 12.1%, CPU KV cache usage: 0.0%.\n");
  EXPECT_EQ(at(r, "vllm_stats[0].avg_generation_throughput").context.config,
            "speculative=draft_model draft=Llama-3.2-1B-Instruct num_spec_tokens=5");
}

// "- vLLM FP8 16K: 6-9GB, 1808 TPS ✅" in a note with no table: each figure by its unit (a
// range's both ends), the label's engine and precision, the label telling items apart.
TEST(RunIdentity, AListItemOfSeveralFiguresNamedByTheirUnits) {
  const auto r = run(FileType::markdown,
                     "# Notes\n\n## Setup 1: 12GB VRAM (RTX 5070)\n"
                     "- vLLM FP8 16K: 6-9GB, 1808 TPS \xE2\x9C\x85\n"
                     "- llama.cpp Q4_K_M 32K: ~4GB, ~200 TPS\n- VRAM: 12 GB, 16 GB\n");
  const auto& low = at(r, "list[4].vLLM FP8 16K[1]");
  EXPECT_EQ(low.metric_id(), "memory");
  EXPECT_EQ(low.statistic, "min");
  const auto& rate = at(r, "list[4].vLLM FP8 16K[2]");
  EXPECT_EQ(rate.metric_id(), "token_rate");
  ASSERT_TRUE(rate.value.has_value());
  EXPECT_DOUBLE_EQ(*rate.value, 1808.0);
  EXPECT_EQ(rate.context.backend, "vLLM");
  EXPECT_EQ(rate.context.quantization, "FP8");
  EXPECT_EQ(rate.context.config, "vLLM FP8 16K");
  EXPECT_EQ(rate.context.gpu, "RTX 5070");
  EXPECT_EQ(at(r, "list[5].llama.cpp Q4_K_M 32K[2]").context.backend, "llama.cpp");
  EXPECT_FALSE(testing::has_row(r, "list[6].VRAM[1]"));  // (a set-up's sizes: no rate, no result)
  // "**Рекомендуется**: Vikhr-3-4B" (recommended) above the list: its model; "W8A8+FP8 KV": the
  // weights' precision, the KV cache's apart.
  const auto ru = run(FileType::markdown,
                      "# GPU\n\n## 2\n**\xD0\xA0\xD0\xB5\xD0\xBA\xD0\xBE\xD0\xBC\xD0\xB5\xD0\xBD"
                      "\xD0\xB4\xD1\x83\xD0\xB5\xD1\x82\xD1\x81\xD1\x8F**: Vikhr-3-4B\n"
                      "- SGLang W8A8+FP8 KV 65K: ~10GB, 2286 TPS\n");
  const auto& sglang = at(ru, "list[5].SGLang W8A8+FP8 KV 65K[2]");
  EXPECT_EQ(sglang.context.model, "Vikhr-3-4B");
  EXPECT_EQ(sglang.context.quantization, "W8A8");
  EXPECT_EQ(sglang.context.backend, "SGLang");
  // Review 50: the KV cache's precision named after "KV cache", or a llama.cpp type before "KV".
  const auto kv =
      run(FileType::markdown,
          "# Notes\n\n## Setup 1: 80GB (H100)\n- vLLM AWQ w/ KV cache FP8: 21GB, 2400 TPS\n"
          "- llama.cpp Q4_K_M + Q8_0 KV: 45GB, 55 TPS\n");
  EXPECT_EQ(at(kv, "list[4].vLLM AWQ w/ KV cache FP8[2]").context.quantization, "AWQ");
  EXPECT_EQ(at(kv, "list[5].llama.cpp Q4_K_M + Q8_0 KV[2]").context.quantization, "Q4_K_M");
  const auto cjk = run(FileType::markdown, "# Notes\n\n- Latency: 0.72\xE7\xA7\x92 \xE2\x9C\x85\n");
  EXPECT_EQ(at(cjk, "list[3].Latency").unit, "s");  // (a unit in CJK text is no mark)
}

}  // namespace
}  // namespace chimera::ingest

namespace chimera::ingest {
namespace {

// Review 52's counter-examples outside Markdown's lists: each record's provider its own; a
// benchmark client no backend; a name's unit suffix kept after "after"; a request's own rate no
// server's; a count of what an engine did no option; a CSV numbering its runs no averages.
TEST(RunIdentity, ReviewFiftyTwosCounterExamples) {
  const auto providers = run(FileType::json,
                             "[{\"provider\": \"openai\", \"model\": \"gpt-4o-mini\", "
                             "\"ttft_ms\": 300}, {\"provider\": \"vllm\", \"model\": "
                             "\"llama-3.1-8b\", \"ttft_ms\": 80}]");
  EXPECT_EQ(at(providers, "[0].ttft_ms").context.backend, "openai");
  EXPECT_EQ(at(providers, "[1].ttft_ms").context.backend, "vllm");
  const auto client =
      run(FileType::json, "{\"method\": \"vllm_benchmark_serving\", \"ttft_ms\": 80}");
  EXPECT_EQ(at(client, "ttft_ms").context.backend, "");
  EXPECT_EQ(metrics::classify("ttft_after_warmup_ms").unit, "ms");
  EXPECT_NE(metrics::classify("Per-request decode token throughput").metric->id,
            "output_throughput");
  EXPECT_NE(metrics::classify("vllm.num_preemptions").role, metrics::Role::parameter);
  EXPECT_EQ(metrics::classify("vLLM.block_size").role, metrics::Role::parameter);
  FileResult runs;
  runs.entry.rel_path = "runs_and_averages.csv";
  harvest_csv("run,model,tok_s\n1,m,40\n2,m,41\n3,m,42\n", runs);
  for (const auto& row : runs.rows) EXPECT_NE(row.statistic, "mean") << row.locator;
}

}  // namespace
}  // namespace chimera::ingest
