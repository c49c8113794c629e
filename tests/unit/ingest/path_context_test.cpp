// The load (and a genai-perf artifact folder's model) that a result tree names only in its paths.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "chimera/ingest/harvest.hpp"
#include "chimera/ingest/walker.hpp"
#include "test_support.hpp"

namespace chimera::ingest {
namespace {
using chimera::testing::TempDir;
using chimera::testing::write_file;

// Ingests the one file at `rel` (relative to a fresh tree) holding `text`.
FileResult ingest_at(const std::string& rel, const std::string& text) {
  TempDir t;
  write_file(t / rel, text);
  auto w = TreeWalker::open(t.path(), {});
  EXPECT_TRUE(w.ok());
  auto e = w.value().next();
  EXPECT_TRUE(e.has_value());
  EXPECT_EQ(e->rel_path, rel);
  return ingest_file(*e, {});
}

const MetricRow& metric_row(const FileResult& r) {
  for (const auto& row : r.rows)
    if (row.role == metrics::Role::metric) return row;
  static MetricRow none;
  ADD_FAILURE() << "no metric row";
  return none;
}

const MetricRow& at_locator(const FileResult& r, std::string_view locator) {
  for (const auto& row : r.rows)
    if (row.locator == locator) return row;
  static MetricRow none;
  ADD_FAILURE() << "no row " << locator;
  return none;
}

// (A pass over the whole file's rows, as the path's labels are.) A column of times between
// tokens that is 0 in every row (runs of one output token): no figures; a column with one real
// time keeps its zeros.
TEST(PathContext, ColumnOfZeroGapsHasNoFigures) {
  const auto r = ingest_at("runs.csv",
                           "iteration,input_len,mean_ttft_ms,mean_itl_ms,median_itl_ms\n"
                           "1,100,379.7,0.0,0.0\n2,100,86.2,0.0,4.1\n");
  EXPECT_FALSE(at_locator(r, "[1].mean_itl_ms").value.has_value());
  EXPECT_NE(at_locator(r, "[0].mean_itl_ms").note.find("every 'mean_itl_ms' figure"),
            std::string::npos);
  EXPECT_DOUBLE_EQ(*at_locator(r, "[0].median_itl_ms").value, 0.0);
  EXPECT_DOUBLE_EQ(*at_locator(r, "[1].mean_ttft_ms").value, 86.2);
  // A TTFT column of zeros (a client that did not stream) too; a spread of zeros is a real one.
  const auto ttft = ingest_at("ttft.csv", "run,ttft_s,std_ttft_s,e2e_s\n1,0,0,2.5\n2,0,0,2.7\n");
  EXPECT_FALSE(at_locator(ttft, "[0].ttft_s").value.has_value());
  EXPECT_DOUBLE_EQ(*at_locator(ttft, "[0].std_ttft_s").value, 0.0);
}

// A file read alone ("chimera ingest sweep/concurrency_512/result.csv"): the folders named above
// it label it as they would in a walk of the tree.
TEST(PathContext, AFileReadAloneTakesTheFoldersAboveIt) {
  TempDir t;
  write_file(t / "sweep/concurrency_512/result.csv", "ttft_ms\n12.5\n");
  auto w = TreeWalker::open(t / "sweep/concurrency_512/result.csv", {});
  ASSERT_TRUE(w.ok());
  const auto e = w.value().next();
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->rel_path, "result.csv");  // the file's own name, as before
  EXPECT_TRUE(std::string_view(e->folders).ends_with("sweep/concurrency_512"));
  const auto r = ingest_file(*e, {});
  EXPECT_EQ(metric_row(r).context.concurrency, "512");
}

// A name that spells its settings as letters and numbers ("TP8_DP1_CTX4096_C100_P100_O128"):
// its "P100" is 100 prompts, no GPU; a GPU among fewer such words stays one.
TEST(PathContext, ASettingsWordIsNoGpu) {
  const auto r = ingest_at("run_1_TP8_DP1_CTX4096_C100_P100_O128.csv", "ttft_ms\n12.5\n");
  EXPECT_EQ(metric_row(r).context.gpu, "");
  EXPECT_EQ(metric_row(r).context.concurrency, "100");
  const auto p100 = ingest_at("llama_P100_q4_c8.csv", "ttft_ms\n12.5\n");
  EXPECT_EQ(metric_row(p100).context.gpu, "P100");
}

// Held-out set 50: a Jetson board by its own words in a file's name ("agx-orin-64gb"), without
// "Jetson" before them.
TEST(PathContext, AJetsonBoardByItsOwnWords) {
  const auto r = ingest_at("agx-orin-64gb-jetpack-6.2.1-speculative-n8.csv", "ttft_ms\n12.5\n");
  EXPECT_EQ(metric_row(r).context.gpu, "agx-orin-64gb");
  const auto boring = ingest_at("monitoring_storing_results.csv", "ttft_ms\n12.5\n");
  EXPECT_EQ(metric_row(boring).context.gpu, "");
}

// A file named by words joined with '_', one naming one model with its size.
TEST(PathContext, AModelWordInAFileName) {
  const auto r = ingest_at("sglang_online_Mistral-7B-Instruct_yes.csv", "ttft_ms\n12.5\n");
  EXPECT_EQ(metric_row(r).context.model, "Mistral-7B-Instruct");
  const auto two = ingest_at("qwen2.5-7b_vs_llama-3.1-8b.csv", "ttft_ms\n12.5\n");
  EXPECT_EQ(metric_row(two).context.model, "");  // two models: neither
  // Held-out set 44: a family with its version alone ("GLM-4.6"); not a version of nothing.
  const auto glm = ingest_at("03_GLM-4.6_memory.csv", "ttft_ms\n12.5\n");
  EXPECT_EQ(metric_row(glm).context.model, "GLM-4.6");
  const auto release = ingest_at("results_v1.2_memory.csv", "ttft_ms\n12.5\n");
  EXPECT_EQ(metric_row(release).context.model, "");
  const auto versions = ingest_at("qwen2.5_vs_llama3.1.csv", "ttft_ms\n12.5\n");
  EXPECT_EQ(metric_row(versions).context.model, "");
}

TEST(PathContext, SweepFolderGivesTheConcurrencyAndSaysSo) {
  const auto r = ingest_at("sweep/concurrency_512/result.csv", "ttft_ms\n12.5\n");
  const auto& row = metric_row(r);
  EXPECT_EQ(row.metric_id(), "ttft");
  EXPECT_EQ(row.context.concurrency, "512");
  EXPECT_EQ(row.note, "concurrency 512 from the path ('concurrency_512')");
}

TEST(PathContext, GenaiPerfArtifactFolderGivesModelAndConcurrency) {
  const auto r =
      ingest_at("artifacts/Qwen_Qwen3-0.6B-openai-chat-concurrency4/result.csv", "ttft_ms\n9\n");
  const auto& row = metric_row(r);
  EXPECT_EQ(row.context.model, "Qwen_Qwen3-0.6B");
  EXPECT_EQ(row.context.concurrency, "4");
  EXPECT_EQ(row.note,
            "model, concurrency 4 from the path ('Qwen_Qwen3-0.6B-openai-chat-concurrency4')");
  const auto triton = ingest_at("gpt2-triton-tensorrtllm-request_rate10/x.csv", "ttft_ms\n9\n");
  EXPECT_EQ(metric_row(triton).context.model, "gpt2");
  EXPECT_EQ(metric_row(triton).context.rate, "10");
}

TEST(PathContext, VllmResultFileNameGivesRateAndConcurrency) {
  const auto r =
      ingest_at("openai-10.0qps-concurrency16-Llama-3-8B-20250318-120453.csv", "ttft_ms\n40\n");
  EXPECT_EQ(metric_row(r).context.rate, "10.0");
  EXPECT_EQ(metric_row(r).context.concurrency, "16");
  const auto inf = ingest_at("vllm-infqps-Llama-3-8B-20250318-120453.csv", "ttft_ms\n40\n");
  EXPECT_EQ(metric_row(inf).context.rate, "inf");
  const auto rate = ingest_at("run/bench-short-rate16.csv", "ttft_ms\n40\n");
  EXPECT_EQ(metric_row(rate).context.rate, "16");
  const auto c = ingest_at("nvfp4_5090_agent_c16__profile.csv", "ttft_ms\n40\n");
  EXPECT_EQ(metric_row(c).context.concurrency, "16");
}

TEST(PathContext, TheFileNearestPartWins) {
  const auto r = ingest_at("concurrency_32/run-concurrency16.csv", "ttft_ms\n40\n");
  EXPECT_EQ(metric_row(r).context.concurrency, "16");
}

TEST(PathContext, AFileThatNamesItsOwnLoadKeepsIt) {
  const auto r = ingest_at("concurrency_16/result.csv", "concurrency,ttft_ms\n8,12\n");
  for (const auto& row : r.rows) {
    if (row.role != metrics::Role::metric) continue;
    EXPECT_EQ(row.context.concurrency, "8");
    EXPECT_EQ(row.note.find("path"), std::string::npos) << row.note;
  }
}

TEST(PathContext, AFolderOrFileNamingAnAcceleratorGivesTheGpu) {
  const auto r = ingest_at("result_outputs_h100_80GB_cc_on/run_summary.csv", "ttft_ms\n40\n");
  EXPECT_EQ(metric_row(r).context.gpu, "h100 80GB");
  EXPECT_EQ(metric_row(r).note, "GPU h100 80GB from the path ('result_outputs_h100_80GB_cc_on')");
  const auto glued = ingest_at("deepseek-r1_70b_2xP40_48gb.csv", "ttft_ms\n40\n");
  EXPECT_EQ(metric_row(glued).context.gpu, "2xP40 48gb");
  // A file that names its own accelerator keeps it.
  const auto own = ingest_at("h100/run.csv", "gpu,ttft_ms\nA100,40\n");
  EXPECT_EQ(metric_row(own).context.gpu, "A100");
}

TEST(PathContext, AModelLabelNamingItsHardwareGivesGpuAndBackend) {
  const auto r = ingest_at("run.json", R"({"model": "QwQ-32B on 4xA10G on llama.cpp",
                                           "ttft_ms": 40})");
  EXPECT_EQ(metric_row(r).context.gpu, "4xA10G");
  EXPECT_EQ(metric_row(r).context.backend, "llama.cpp");
  // A model's own name is no engine: "llama-3-8b" ran on nothing it says.
  const auto plain = ingest_at("run.json", R"({"model": "llama-3-8b", "ttft_ms": 40})");
  EXPECT_EQ(metric_row(plain).context.backend, "");
  EXPECT_EQ(metric_row(plain).context.gpu, "");
}

TEST(PathContext, AFileNamingItsWeightsPrecisionGivesTheQuantization) {
  const auto r = ingest_at("json/27B_Heretic_NEO_CODE_IQ3_M_d32768.csv", "ttft_ms\n40\n");
  EXPECT_EQ(metric_row(r).context.quantization, "IQ3_M");
  EXPECT_EQ(ingest_at("llama3.1_8b-instruct-q4_k_m/run.csv", "ttft_ms\n40\n")
                .rows.front()
                .context.quantization,
            "Q4_K_M");
  EXPECT_EQ(
      metric_row(ingest_at("qwen-27b/fp8/08-sharegpt.csv", "ttft_ms\n40\n")).context.quantization,
      "FP8");
  // A KV cache's precision is a setting of the cache, not of the weights.
  EXPECT_EQ(
      metric_row(ingest_at("tuning/kv-cache-fp8_bench.csv", "ttft_ms\n40\n")).context.quantization,
      "");
}

// Walks a tree and ingests each file as the pipeline does: each file's figures' GPU, by path.
std::map<std::string, std::string> gpus_of_figures(const TempDir& t) {
  std::map<std::string, std::string> gpus;
  auto w = TreeWalker::open(t.path(), {});
  EXPECT_TRUE(w.ok());
  if (!w.ok()) return gpus;
  while (auto e = w.value().next()) {
    const auto r = ingest_file(*e, {});
    for (const auto& row : r.rows)
      if (row.role == metrics::Role::metric) gpus[e->rel_path] = row.context.gpu;
  }
  return gpus;
}

TEST(PathContext, ARunsDescriptionBesideItsResultsGivesTheGpu) {
  TempDir t;
  write_file(t / "sweep/environment.txt",
             "model: Qwen/Qwen3-8B\ngpu_memory: 81559 MiB\ngpu: NVIDIA H100 80GB HBM3\n");
  write_file(t / "sweep/a_bench.csv", "ttft_ms\n40\n");
  write_file(t / "other/b_bench.csv", "ttft_ms\n41\n");
  write_file(t / "spark/meta.json", R"({"hardware": "DGX Spark NVIDIA GB10 128GB unified"})");
  write_file(t / "spark/run.csv", "gpu,ttft_ms\nRTX 4090,42\n");  // names its own
  auto gpus = gpus_of_figures(t);
  EXPECT_EQ(gpus["sweep/a_bench.csv"], "NVIDIA H100 80GB");
  EXPECT_EQ(gpus["other/b_bench.csv"], "");
  EXPECT_EQ(gpus["spark/run.csv"], "RTX 4090");
}

TEST(PathContext, AReadmesHardwareLineBesideTheResultsGivesTheGpu) {
  TempDir t;
  write_file(t / "guidellm/README.md",
             "# Triage\n\nWe compared GPU: A100 with others.\n\n- **GPU:** 2x NVIDIA Tesla T4 "
             "(16GB, 2 cards)\n");
  write_file(t / "guidellm/run.csv", "ttft_ms\n40\n");
  write_file(t / "prose/README.md", "# Notes\n\nWe compared GPU: A100 with others.\n");
  write_file(t / "prose/run.csv", "ttft_ms\n41\n");
  write_file(t / "both/README.md", "- **GPU:** NVIDIA T4\n");
  write_file(t / "both/environment.txt", "gpu: NVIDIA L4\n");  // the dedicated file wins
  write_file(t / "both/run.csv", "ttft_ms\n42\n");
  auto gpus = gpus_of_figures(t);
  EXPECT_EQ(gpus["guidellm/run.csv"], "2x NVIDIA Tesla T4");
  EXPECT_EQ(gpus["prose/run.csv"], "");  // a sentence, no labelled line
  EXPECT_EQ(gpus["both/run.csv"], "NVIDIA L4");
}

TEST(PathContext, AReadmesSentenceOnWhereItsResultsCameFromOrItsTitleGivesTheGpu) {
  TempDir t;
  write_file(t / "mlx/README.md",
             "# Bench\n\nWe also tried an A100 once.\n\nAll results collected on Apple M3 Max, "
             "64 GB unified memory, macOS 15.4.\n");
  write_file(t / "mlx/results/run.csv", "ttft_ms\n40\n");
  write_file(t / "tools/README.md", "# AMD MI60 GPU - Tools and Utilities\n\nScripts.\n");
  write_file(t / "tools/run.csv", "ttft_ms\n41\n");
  write_file(t / "two/README.md", "Results on an A100 and on an H100.\n");
  write_file(t / "two/run.csv", "ttft_ms\n42\n");
  auto gpus = gpus_of_figures(t);
  EXPECT_EQ(gpus["mlx/results/run.csv"], "Apple M3 Max");
  EXPECT_EQ(gpus["tools/run.csv"], "AMD MI60");
  EXPECT_EQ(gpus["two/run.csv"], "");  // two accelerators: neither
}

TEST(PathContext, AReadmeAboveTheResultsFolderDescribesItToo) {
  TempDir t;
  write_file(t / "setup/README.md", "# Laptop\n\n- **GPU:** NVIDIA RTX 4070\n");
  write_file(t / "setup/speed_test/run.csv", "ttft_ms\n40\n");
  write_file(t / "setup/speed_test/deeper/run.csv", "ttft_ms\n41\n");
  write_file(t / "setup/speed_test/deeper/further/run.csv", "ttft_ms\n42\n");
  write_file(t / "other/run.csv", "ttft_ms\n43\n");
  write_file(t / "setup/cpu/run.csv", "backend,ttft_ms\nCPU,44\n");  // ran on the processor
  auto gpus = gpus_of_figures(t);
  EXPECT_EQ(gpus["setup/cpu/run.csv"], "");
  EXPECT_EQ(gpus["setup/speed_test/run.csv"], "NVIDIA RTX 4070");
  EXPECT_EQ(gpus["setup/speed_test/deeper/run.csv"], "NVIDIA RTX 4070");
  EXPECT_EQ(gpus["setup/speed_test/deeper/further/run.csv"], "");  // two levels at most
  EXPECT_EQ(gpus["other/run.csv"], "");
}

TEST(PathContext, AFolderNamedByItsServingEngineGivesTheBackend) {
  const auto r = ingest_at("artifacts/agentic_8x/vllm/c128/run.csv", "ttft_ms\n40\n");
  EXPECT_EQ(metric_row(r).context.backend, "vllm");
  EXPECT_EQ(metric_row(r).note,
            "concurrency 128 from the path ('c128'); backend from the path ('vllm')");
  EXPECT_EQ(metric_row(ingest_at("reports/ollama/2025/x.csv", "ttft_ms\n40\n")).context.backend,
            "ollama");
  // A word of a name is no folder of the engine; the file's own backend wins.
  EXPECT_EQ(metric_row(ingest_at("vllm-benchmarks/x.csv", "ttft_ms\n40\n")).context.backend, "");
  EXPECT_EQ(metric_row(ingest_at("vllm/x.csv", "backend,ttft_ms\nsglang,40\n")).context.backend,
            "sglang");
}

TEST(PathContext, AFileNamedFirstByItsEngineGivesTheBackend) {
  const auto r = ingest_at("llama-2-7b/vllm-results.csv", "ttft_ms\n40\n");
  EXPECT_EQ(metric_row(r).context.backend, "vllm");
  EXPECT_EQ(metric_row(r).context.model, "llama-2-7b");
  EXPECT_EQ(metric_row(r).note,
            "model from the path ('llama-2-7b'); backend from the path ('vllm-results')");
  // Two engines, an engine not first, or a folder's engine before it: not the file's name.
  EXPECT_EQ(metric_row(ingest_at("vllm_vs_sglang.csv", "ttft_ms\n40\n")).context.backend, "");
  EXPECT_EQ(metric_row(ingest_at("bench_vllm.csv", "ttft_ms\n40\n")).context.backend, "");
  EXPECT_EQ(metric_row(ingest_at("sglang/vllm-x.csv", "ttft_ms\n40\n")).context.backend, "sglang");
}

TEST(PathContext, AFolderNamedByOneModelGivesTheModel) {
  const auto r = ingest_at("results/llama-3.1-8b/profile.csv", "ttft_ms\n40\n");
  EXPECT_EQ(metric_row(r).context.model, "llama-3.1-8b");
  EXPECT_EQ(metric_row(r).note, "model from the path ('llama-3.1-8b')");
  EXPECT_EQ(metric_row(ingest_at("gemma3_latest/run_1/s.csv", "ttft_ms\n40\n")).context.model,
            "gemma3_latest");
  // Meta's own names ("meta-llama/Meta-Llama-3-8B-Instruct/", a Hugging Face id as folders).
  EXPECT_EQ(metric_row(ingest_at("result_fp8/meta-llama/Meta-Llama-3-8B-Instruct/1+64.csv",
                                 "ttft_ms\n40\n"))
                .context.model,
            "Meta-Llama-3-8B-Instruct");
  // A family's folder over files of several sizes, a folder that names a load: no model (the
  // file's own name gives it, below).
  EXPECT_EQ(metric_row(ingest_at("gemma3/runs.csv", "ttft_ms\n40\n")).context.model, "");
  EXPECT_EQ(metric_row(ingest_at("gemma3/gemma3_270m_runs.csv", "ttft_ms\n40\n")).context.model,
            "gemma3_270m");
  EXPECT_EQ(metric_row(ingest_at("qwen3.5-4b-q4_k_m-c1/p.csv", "ttft_ms\n40\n")).context.model, "");
  EXPECT_EQ(
      metric_row(ingest_at("qwen36-35b-a3b-nvfp4-sm121-vllm/p.csv", "ttft_ms\n40\n")).context.model,
      "");  // a project's folder that names its engine too
}

TEST(PathContext, ARunsManifestAboveItsResultsGivesTheGpu) {
  TempDir t;
  write_file(t / "runs/r1/runtime-manifest.json",
             "{\n  \"hardware\": {\n    \"gpu\": \"NVIDIA GB10\",\n    \"cpu\": \"arm\"\n  }\n}\n");
  write_file(t / "runs/r1/sweep/c8.csv", "ttft_ms\n40\n");
  EXPECT_EQ(gpus_of_figures(t)["runs/r1/sweep/c8.csv"], "NVIDIA GB10");
}

TEST(PathContext, PartsThatNameNoLoadGiveNone) {
  for (const std::string rel : {"error_rate_5/x.csv", "learning_rate_0.1/x.csv",
                                "ramp-up-linear-1qps-10qps/x.csv", "Llama-4-concurrency-test/x.csv",
                                "conc/x.csv", "rate/limits.csv", "gemma3/x.csv", "tier_l4/x.csv"}) {
    const auto r = ingest_at(rel, "ttft_ms\n40\n");
    const auto& row = metric_row(r);
    EXPECT_EQ(row.context.concurrency, "") << rel;
    EXPECT_EQ(row.context.rate, "") << rel;
    EXPECT_EQ(row.context.model, "") << rel;
    EXPECT_EQ(row.context.gpu, "") << rel;
    EXPECT_EQ(row.context.quantization, "") << rel;
    EXPECT_EQ(row.note, "") << rel;
  }
}

// A .txt file written in Markdown (a heading first, GFM tables below): its headings label its
// tables as a .md file's do ("#### Vulkan": the backend); a log's "# note" over a console table
// stays a log.
TEST(PathContext, ATextFileWrittenInMarkdownIsReadAsMarkdown) {
  const auto r = ingest_at("bench_results.txt", R"(## DX12 vs Vulkan Benchmark Comparison

#### Vulkan

| Model | Size | Params | pp128 | tg32 |
|---|---|---|---|---|
| llama 1B Q8_0 | 1.22 GiB | 1.24 B | 15344.23 | 340.76 |
)");
  const auto& pp = at_locator(r, "table[0][0].pp128");
  EXPECT_EQ(pp.context.backend, "Vulkan");
  EXPECT_EQ(pp.context.test, "pp128");
  const auto log = ingest_at("run.log",
                             "# started 2026-01-01\nllama_print_timings: eval time = "
                             "100.00 ms / 10 runs ( 10.00 ms per token, 100.00 tokens "
                             "per second)\n");
  EXPECT_FALSE(log.rows.empty());
}

// Held-out set 36: llama-bench's JSON saved as a .txt file with its stderr after it: the
// document is read, what follows it said.
TEST(PathContext, AJsonDocumentWithItsStderrAfterIt) {
  const auto r = ingest_at("ds4.txt",
                           "[\n  {\"model_type\": \"llama 3B Q6_K\", \"n_prompt\": 512, \"n_gen\": "
                           "0, \"n_depth\": 0, \"avg_ts\": 1538.2}\n]\n\n===== STDERR =====\n"
                           "ggml_vulkan: Found 1 Vulkan devices:\n");
  ASSERT_FALSE(r.rows.empty());
  EXPECT_EQ(metric_row(r).metric_id(), "prompt_eval_rate");
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find("line 5"), std::string::npos);
}

// Held-out set 36: a context sweep's runs past the model's window print "TTFT(ms) 0.00": no
// first token in no time, a placeholder (no value); the runs before keep theirs.
TEST(PathContext, AZeroTtftInMillisecondsIsAPlaceholder) {
  const auto r =
      ingest_at("sweep.md",
                "| Input | TPOT(ms) | TTFT(ms) |\n|---|---|---|\n| 32768 | 57.48 | 117.44 "
                "|\n| 65536 | 1.20 | 0.00 |\n");
  std::size_t valued = 0, placeholders = 0;
  for (const auto& row : r.rows) {
    if (row.metric_id() != "ttft") continue;
    valued += row.value ? 1 : 0;
    placeholders += !row.value && row.note.find("placeholder") != std::string::npos ? 1 : 0;
  }
  EXPECT_EQ(valued, 1u);
  EXPECT_EQ(placeholders, 1u);
}

// Held-out sets 30 and 36: a peak memory of 0 in every record (a runtime that reports none) is no
// measurement.
TEST(PathContext, APeakMemoryOfZeroInEveryRecordIsNoMeasurement) {
  const auto r =
      ingest_at("runs.jsonl",
                "{\"model\": \"g\", \"generation_tps\": 99.5, \"peak_memory_gb\": 0.0}\n"
                "{\"model\": \"g\", \"generation_tps\": 96.5, \"peak_memory_gb\": 0.0}\n");
  std::size_t memory = 0;
  for (const auto& row : r.rows) {
    if (row.metric_id() != "memory") continue;
    ++memory;
    EXPECT_FALSE(row.value.has_value());
    EXPECT_NE(row.note.find("no peak of memory"), std::string::npos);
  }
  EXPECT_EQ(memory, 2u);
}

// Held-out set 40: a family's name with the size glued on ("llama70b") names the model of the
// folder ("runs/llama70b_fbgemm/") or of the file's name; a family alone ("llama/") none.
TEST(PathContext, AFamilyWithItsSizeGluedOnNamesTheModel) {
  const std::string table = "| metric | value | unit |\n|---|---|---|\n| mean | 0.07 | s |\n";
  EXPECT_EQ(metric_row(ingest_at("runs/llama70b_fbgemm/report.md", table)).context.model,
            "llama70b_fbgemm");
  EXPECT_EQ(metric_row(ingest_at("runs/optimum_qwen7b_report.md", table)).context.model, "qwen7b");
  EXPECT_EQ(metric_row(ingest_at("runs/llama/report.md", table)).context.model, "");
}

TEST(PathContext, AFileNamedByAModelWrittenInWordsGivesTheModel) {
  const auto model_of = [](const std::string& path) {
    return metric_row(ingest_at(path, "ttft_ms\n40\n")).context.model;
  };
  // From the family to the size, its version, variants and a mixture's active size with it.
  EXPECT_EQ(model_of("13_llama_3_2_1b_latency.csv"), "llama_3_2_1b");
  EXPECT_EQ(model_of("llama-3.1-8b.csv"), "llama-3.1-8b");
  EXPECT_EQ(model_of("qwen2.5-7b-instruct.csv"), "qwen2.5-7b-instruct");
  EXPECT_EQ(model_of("gemma3_1b-it-qat_baseline.csv"), "gemma3_1b-it-qat");
  EXPECT_EQ(model_of("deepseek_r1_distill_qwen_7b.csv"), "deepseek_r1_distill_qwen_7b");
  EXPECT_EQ(model_of("qwen3-30b-a3b_vllm.csv"), "qwen3-30b-a3b");
  EXPECT_EQ(model_of("gpt_oss_20b_results.csv"), "gpt_oss_20b");
  const auto r = ingest_at("mistral_7b_q4.csv", "ttft_ms\n40\n");
  EXPECT_EQ(metric_row(r).context.model, "mistral_7b");
  EXPECT_EQ(metric_row(r).context.quantization, "Q4");
  EXPECT_EQ(metric_row(r).note, "model, quantization Q4 from the path ('mistral_7b_q4')");
  // No size, no family at the word's start, two models, a pair: none.
  EXPECT_EQ(model_of("qwen36_results.csv"), "");
  EXPECT_EQ(model_of("phi-4-mini.csv"), "");
  EXPECT_EQ(model_of("phishing_7b.csv"), "");
  EXPECT_EQ(model_of("ollama_7b.csv"), "");
  EXPECT_EQ(model_of("llama_7b_and_qwen_14b.csv"), "");
  EXPECT_EQ(model_of("qwen2.5_vs_llama3.1_8b.csv"), "");
  // The file's own model first.
  EXPECT_EQ(metric_row(ingest_at("llama_3_8b.csv", "model,ttft_ms\nqwen2.5:7b,40\n")).context.model,
            "qwen2.5:7b");
}
TEST(PathContext, AGpuCountWrittenAfterTheNameInAFileName) {
  const auto gpu_of = [](const std::string& path) {
    return metric_row(ingest_at(path, "ttft_ms\n40\n")).context.gpu;
  };
  EXPECT_EQ(gpu_of("11_pro6000_2x.csv"), "2x pro6000");
  EXPECT_EQ(gpu_of("h100_2x.csv"), "2x h100");
  EXPECT_EQ(gpu_of("a100-80g_x4.csv"), "4x a100");
  EXPECT_EQ(gpu_of("2xH100_bench.csv"), "2xH100");  // (its own count)
  EXPECT_EQ(gpu_of("h100_2x_x4.csv"), "h100");      // (two counts: none)
  EXPECT_EQ(gpu_of("rtx_pro_6000.csv"), "rtx pro 6000");
}

// Held-out set 56: a file name's run settings (`TP4_DP2_CTX4096`, `bs8_in128_out128`) join the
// configuration, vLLM's dtype word is the precision, a GPU past the one-letter settings
// ("P100" of "C100_P100_O128") is found, and a count glued after a short GPU name ("H20x2").
TEST(PathContext, RunSettingsAndGpusSpelledInAFileName) {
  const auto row = [](const std::string& path) {
    return metric_row(ingest_at(path, "ttft_ms\n40\n"));
  };
  const auto a = row("qwen3_32b_b200_run_1_TP4_DP2_CTX4096_C100_P100_O128.csv");
  EXPECT_EQ(a.context.gpu, "b200");
  EXPECT_EQ(a.context.config, "tp=4 dp=2 ctx=4096");
  EXPECT_EQ(a.context.concurrency, "100");
  const auto b = row("Llama-3.1-8B_latency_bs8_in128_out128_float16_mem0.9.csv");
  EXPECT_EQ(b.context.config, "bs=8 in=128 out=128 mem=0.9");
  EXPECT_EQ(b.context.quantization, "FP16");
  EXPECT_EQ(row("H20x2_H20-Qwen3-30B.csv").context.gpu, "2x H20");
  EXPECT_EQ(row("results_in512.csv").context.config, "");  // (a length alone: no run's)
  EXPECT_EQ(row("tp2_tp4.csv").context.config, "");        // (twice: no one)
  // The file's own settings first; a folder's are not read (one arm's of the runs inside).
  EXPECT_EQ(
      metric_row(ingest_at("run_tp4.csv", "tensor_parallel_size,ttft_ms\n2,40\n")).context.config,
      "tensor_parallel_size=2");
  EXPECT_EQ(row("sweep_tp4_ctx1024/data.csv").context.config, "");
}

}  // namespace
}  // namespace chimera::ingest
