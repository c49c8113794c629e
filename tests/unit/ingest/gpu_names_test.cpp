// The accelerator a Markdown heading names labels the figures under it.
#include <gtest/gtest.h>

#include <string>

#include "ingest_helpers.hpp"

namespace chimera::ingest {
namespace {
using testing::at;
using testing::run;

constexpr std::string_view kBenchTable =
    "| model | size | params | backend | ngl | test | t/s |\n"
    "| --- | ---: | ---: | --- | --: | ---: | ---: |\n"
    "| qwen2 1.5B Q4_K - Medium | 1.04 GiB | 1.78 B | CUDA | 99 | pp512 | 5213.12 ± 59.40 |\n";

std::string gpu_of_table_under(const std::string& heading) {
  const auto r = run(FileType::markdown, heading + "\n\n" + std::string(kBenchTable));
  for (const auto& row : r.rows)
    if (row.role == metrics::Role::metric && row.statistic == "mean") return row.context.gpu;
  ADD_FAILURE() << "no figure under " << heading;
  return "?";
}

TEST(GpuNames, AHeadingThatNamesOneAcceleratorLabelsTheTableUnderIt) {
  EXPECT_EQ(gpu_of_table_under("# llama-bench: qwen2.5 1.5B Q4_K_M on RTX 4070 Laptop"),
            "RTX 4070 Laptop");
  EXPECT_EQ(gpu_of_table_under("## Results on 8x H100"), "8x H100");
  EXPECT_EQ(gpu_of_table_under("## FP8 on 16xH800"), "16xH800");
  EXPECT_EQ(gpu_of_table_under("### NVIDIA A100 80GB"), "NVIDIA A100 80GB");
  EXPECT_EQ(gpu_of_table_under("## AMD Instinct MI300X"), "AMD Instinct MI300X");
  EXPECT_EQ(gpu_of_table_under("## Radeon RX 7900 XTX (Vulkan)"), "Radeon RX 7900 XTX");
  EXPECT_EQ(gpu_of_table_under("## Apple M2 Max"), "Apple M2 Max");
  // Held-out set 44: the chip as one word, as a file's name writes it.
  EXPECT_EQ(gpu_of_table_under("## M1PRO"), "M1PRO");
  EXPECT_EQ(gpu_of_table_under("## m3ultra"), "m3ultra");
  // Held-out set 46: a TPU named alone ("gemma4-tpu_result").
  EXPECT_EQ(gpu_of_table_under("## gemma4-tpu"), "tpu");
  // Held-out set 42: an Apple chip's cores tell its variants apart ("24P+8E+80GPU": one name).
  EXPECT_EQ(gpu_of_table_under("## Apple M3 Ultra 24P+8E+80GPU"), "Apple M3 Ultra 24P+8E+80GPU");
  EXPECT_EQ(gpu_of_table_under("## Apple M2 Max 38-core GPU"), "Apple M2 Max 38-core GPU");
  EXPECT_EQ(gpu_of_table_under("## M4 Mac mini"), "M4");  // the Mac's chip, named first
  EXPECT_EQ(gpu_of_table_under("## 3090 results"), "");   // a number alone: no GPU
  EXPECT_EQ(gpu_of_table_under("## Results on 4x L4"), "4x L4");
  EXPECT_EQ(gpu_of_table_under("## 2× RTX 3090"), "2× RTX 3090");
  // A count written after the name, in brackets or as "x N", is that many devices.
  EXPECT_EQ(gpu_of_table_under("## AMD MI300X GPU(4x)"), "4x AMD MI300X");
  EXPECT_EQ(gpu_of_table_under("## NVIDIA H100 (x8)"), "8x NVIDIA H100");
  EXPECT_EQ(gpu_of_table_under("## Results on A100 x 4"), "4x A100");
  EXPECT_EQ(gpu_of_table_under("## 8x H100 (x8 nodes)"), "8x H100");  // counted once
  EXPECT_EQ(gpu_of_table_under("## Radeon 6800X Duo"), "Radeon 6800X Duo");
  EXPECT_EQ(gpu_of_table_under("## Pi 5 - 8GB (AMD RX 6700 XT) 12GB"),
            "AMD RX 6700 XT");                                     // the Pi's  // two on a board
  EXPECT_EQ(gpu_of_table_under("## ROCm on gfx1201"), "gfx1201");  // AMD's architecture id
  EXPECT_EQ(gpu_of_table_under("## gfx90a"), "gfx90a");
  EXPECT_EQ(gpu_of_table_under("## gfx12 notes"), "");
  EXPECT_EQ(gpu_of_table_under("## Bonsai-27B on Vega 56"), "Vega 56");
  EXPECT_EQ(gpu_of_table_under("## Vegan recipes 12"), "");
}

TEST(GpuNames, ATitleNamingTheModelAndItsGpuLabelsTheDocumentsTables) {
  const auto r = run(FileType::markdown,
                     "# Sweep results — Qwen3.6-35B-A3B Q6_K · M3 Max\n\n"
                     "| ctx | Gen tok/s |\n|---|---|\n| 8K | 22.3 |\n");
  const auto& rate = at(r, "table[0][0].Gen tok/s");
  EXPECT_EQ(rate.context.model, "Qwen3.6-35B-A3B");
  EXPECT_EQ(rate.context.quantization, "Q6_K");
  EXPECT_EQ(rate.context.gpu, "M3 Max");
  // A model's mixture-of-experts size after its name is part of it.
  const auto moe = run(FileType::markdown,
                       "# NVIDIA Qwen3.6 35B-A3B NVFP4 on GB10\n\n"
                       "| c | tok/s |\n|---|---|\n| 1 | 90.8 |\n");
  EXPECT_EQ(at(moe, "table[0][0].tok/s").context.model, "Qwen3.6 35B-A3B");
  // A title naming no GPU names no run: "# Llama 3 8B notes" labels nothing.
  const auto plain = run(FileType::markdown,
                         "# Llama-3-8B notes\n\n"
                         "| c | tok/s |\n|---|---|\n| 1 | 90.8 |\n");
  EXPECT_EQ(at(plain, "table[0][0].tok/s").context.model, "");
}

TEST(GpuNames, RadeonAndGeForceNamedByTheirNumber) {
  EXPECT_EQ(gpu_of_table_under("## AMD Radeon 890M"), "AMD Radeon 890M");
  EXPECT_EQ(gpu_of_table_under("## Radeon 890M iGPU"), "Radeon 890M");
  EXPECT_EQ(gpu_of_table_under("## NVIDIA GeForce RTX 4090"), "NVIDIA GeForce RTX 4090");
  EXPECT_EQ(gpu_of_table_under("## Deepseek-r1 8b on a 4060Ti 16gb"), "4060Ti 16gb");
  EXPECT_EQ(gpu_of_table_under("## Results of 2024"), "");
  EXPECT_EQ(gpu_of_table_under("## Apple M5"), "Apple M5");
  // Intel's Arc, consumer and workstation ("Pro") cards.
  EXPECT_EQ(gpu_of_table_under("## Intel Arc A770"), "Intel Arc A770");
  EXPECT_EQ(gpu_of_table_under("# Arc Pro B70 — LLM Inference Benchmarks"), "Arc Pro B70");
  EXPECT_EQ(gpu_of_table_under("## Arc Pro tips for 2024"), "");
  EXPECT_EQ(gpu_of_table_under("# CI for arc770 by SYCL Backend"), "arc770");  // (set 47)
  EXPECT_EQ(gpu_of_table_under("## Arc 2024 plans"), "");
  // A Radeon RX by its number after the vendor's name ("AMD 6950 XT"), not a Ryzen.
  const auto gpu_of = [](const std::string& cell) {
    return at(run(FileType::markdown, "| Device | tok/s |\n|---|---|\n| " + cell + " | 7 |\n"),
              "table[0][0].tok/s")
        .context.gpu;
  };
  EXPECT_EQ(gpu_of("AMD 6950 XT"), "AMD 6950 XT");
  EXPECT_EQ(gpu_of("AMD 7900 XTX"), "AMD 7900 XTX");
  EXPECT_EQ(gpu_of("AMD Ryzen 9 5900HS"), "");  // a processor
}

// Held-out set 24: the preamble's sentence saying what the runs had names the document's GPU;
// a comparison in prose does not.
TEST(GpuNames, APreamblesTestedOnSentenceNamesTheDocumentsGpu) {
  const std::string table = "| Model | Output token throughput (tok/s) |\n|---|---|\n| q | 12 |\n";
  const auto r = run(FileType::markdown,
                     "# vLLM results\n\nThese results were tested on a system equipped with "
                     "NVIDIA A100 80GB GPU and two CPUs.\n\n## Test 1\n\n" +
                         table);
  EXPECT_EQ(at(r, "table[0][0].Output token throughput (tok/s)").context.gpu, "NVIDIA A100 80GB");
  const auto other = run(FileType::markdown,
                         "# vLLM results\n\nAn H100 would be faster than what we had.\n\n## Test "
                         "1\n\n" +
                             table);
  EXPECT_EQ(at(other, "table[0][0].Output token throughput (tok/s)").context.gpu, "");
  // Held-out set 37: "benchmarks ... for" the accelerator they are of.
  const auto of = run(FileType::markdown,
                      "# Bench\n\nLocal LLM benchmarks & configs for **2\xC3\x97 Intel Arc Pro "
                      "B60 (24 GB each)** on Ubuntu.\n\n" +
                          table);
  EXPECT_EQ(at(of, "table[0][0].Output token throughput (tok/s)").context.gpu,
            "2\xC3\x97 Intel Arc Pro B60");
}

TEST(GpuNames, MemoryInBracketsIsNoPartOfTheName) {
  EXPECT_EQ(gpu_of_table_under("## NVIDIA RTX 4080 (12GB VRAM), i9-13980HX"), "NVIDIA RTX 4080");
  EXPECT_EQ(gpu_of_table_under("## H100 80GB SXM"), "H100 80GB SXM");
}

TEST(GpuNames, TwoAcceleratorsOrALabelThatOnlyLooksLikeOneNameNone) {
  EXPECT_EQ(gpu_of_table_under("## A100 vs H100"), "");
  EXPECT_EQ(gpu_of_table_under("### L4. Supplementary Metrics"), "");
  EXPECT_EQ(gpu_of_table_under("## T4 results (test id)"), "");
  EXPECT_EQ(gpu_of_table_under("## Qwen3 8B on Q4_K_M"), "");
}

TEST(GpuNames, ACloudInstanceTypeGivesItsProvidersAccelerators) {
  EXPECT_EQ(gpu_of_table_under("## Results on g5.12xlarge"), "4x A10G (g5.12xlarge)");
  EXPECT_EQ(gpu_of_table_under("## g5.2xlarge"), "A10G (g5.2xlarge)");
  EXPECT_EQ(gpu_of_table_under("## EC2 p4d.24xlarge"), "8x A100 40GB (p4d.24xlarge)");
  EXPECT_EQ(gpu_of_table_under("## G6E.48XLARGE"), "8x L40S (G6E.48XLARGE)");
  EXPECT_EQ(gpu_of_table_under("## GCP a3-highgpu-8g"), "8x H100 (a3-highgpu-8g)");
  EXPECT_EQ(gpu_of_table_under("## a2-ultragpu-1g"), "A100 80GB (a2-ultragpu-1g)");
  EXPECT_EQ(gpu_of_table_under("## g2-standard-24"), "2x L4 (g2-standard-24)");
  // A GPU named beside the type is taken as written; two machines, or one with no GPU, none.
  EXPECT_EQ(gpu_of_table_under("## g5.12xlarge (4x A10G)"), "4x A10G");
  EXPECT_EQ(gpu_of_table_under("## g5.xlarge vs p5.48xlarge"), "");
  EXPECT_EQ(gpu_of_table_under("## m5.xlarge CPU baseline"), "");
  EXPECT_EQ(gpu_of_table_under("## g5 12xlarge"), "");
}

TEST(GpuNames, ALogsInstanceLineLabelsItsFigures) {
  const auto r = run(FileType::text,
                     "Instance Size: G5.12xlarge\nTP: 4\n\n"
                     "============ Serving Benchmark Result ============\n"
                     "Successful requests:                     8\n"
                     "Mean TTFT (ms):                          58.9\n"
                     "==================================================\n");
  std::size_t figures = 0;
  for (const auto& row : r.rows) {
    if (row.role != metrics::Role::metric) continue;
    ++figures;
    EXPECT_EQ(row.context.gpu, "4x A10G (G5.12xlarge)") << row.locator;
  }
  EXPECT_EQ(figures, 2u);
}

TEST(GpuNames, AHeadingHoldsForItsSectionOnly) {
  const auto r = run(FileType::markdown, "## On RTX 4090\n\n" + std::string(kBenchTable) +
                                             "\n## Other machine\n\n" + std::string(kBenchTable));
  std::vector<std::string> gpus;
  for (const auto& row : r.rows)
    if (row.role == metrics::Role::metric && row.statistic == "mean")
      gpus.push_back(row.context.gpu);
  EXPECT_EQ(gpus, (std::vector<std::string>{"RTX 4090", ""}));
}

TEST(GpuNames, AClientCommandTakesItsSectionsAcceleratorToItsResultBlock) {
  // As vLLM's recipes write it: the command under one heading, its output under the next.
  const auto r = run(FileType::markdown,
                     "## Benchmarking\n\n### FP8 Benchmark on 16xH800\n\n```bash\n"
                     "vllm bench serve \\\n  --model moonshotai/Kimi-K2-Instruct \\\n"
                     "  --request-rate 1.0\n```\n\n### Expected Output\n\n```shell\n"
                     "============ Serving Benchmark Result ============\n"
                     "Successful requests:                     8\n"
                     "Benchmark duration (s):                  132.79\n"
                     "Mean TTFT (ms):                          58282.92\n"
                     "==================================================\n```\n");
  std::size_t figures = 0;
  for (const auto& row : r.rows) {
    if (row.role != metrics::Role::metric) continue;
    ++figures;
    EXPECT_EQ(row.context.gpu, "16xH800") << row.locator;
    EXPECT_EQ(row.context.model, "moonshotai/Kimi-K2-Instruct") << row.locator;
  }
  EXPECT_EQ(figures, 3u);
}

TEST(GpuNames, AShellCommentInAFenceNamingTheMachineLabelsWhatFollowsInIt) {
  const auto r = run(FileType::markdown,
                     "```shell\nollama run qwen3 --verbose\n\n# Mac air M3 16G, 4.96G in use\n"
                     "eval rate:            16.69 tokens/s\n```\n\n```shell\n"
                     "ollama run qwen3 --verbose\neval rate:            20.1 tokens/s\n```\n");
  EXPECT_EQ(at(r, "ollama[0].eval_rate").context.gpu, "Mac air M3");
  EXPECT_EQ(at(r, "ollama[1].eval_rate").context.gpu, "");
  // ... and one in Chinese naming a GeForce by its number ("3090 24G显卡": graphics card).
  const auto zh = run(FileType::markdown,
                      "```shell\n# 36核 128G内存 3090 24G显卡，qwen3 8B Q4量化版本\n"
                      "ollama run qwen3 --verbose\neval rate:            91.32 tokens/s\n```\n");
  EXPECT_EQ(at(zh, "ollama[0].eval_rate").context.gpu, "3090");
}

TEST(GpuNames, TheDeviceOfARunOnTheCpuBackendIsItsHostNotAGpu) {
  // A JSON Lines record of a harness that writes the machine's name as "device".
  const auto j =
      run(FileType::jsonl, R"({"test_type": "tg", "tps_mean": 12.5, "device": "DESKTOP-D70B4JQ", )"
                           R"("backend": "CPU"})"
                           "\n");
  EXPECT_EQ(at(j, "[0].tps_mean").context.gpu, "");
  EXPECT_NE(at(j, "[0].tps_mean").context.config.find("device=DESKTOP-D70B4JQ"), std::string::npos);
  const auto metal = run(FileType::jsonl, R"({"tps_mean": 30.6, "device": "M4Mac", )"
                                          R"("backend": "Metal"})"
                                          "\n");
  EXPECT_EQ(at(metal, "[0].tps_mean").context.gpu, "M4Mac");  // not the CPU backend: kept
  // A CSV's device column: the same; a GPU that a CPU row names stays (a backend mislabelled),
  // and so does "cpu" itself.
  const auto c = run(FileType::csv, "device,backend,tps\nDESKTOP-D70B4JQ,CPU,12.5\n");
  EXPECT_EQ(at(c, "[0].tps").context.gpu, "");
  EXPECT_NE(at(c, "[0].tps").context.config.find("device=DESKTOP-D70B4JQ"), std::string::npos);
  const auto gpu = run(FileType::csv, "device,backend,tps\nNVIDIA RTX 4090,CPU,80.1\n");
  EXPECT_EQ(at(gpu, "[0].tps").context.gpu, "NVIDIA RTX 4090");
  const auto cpu = run(FileType::csv, "device,backend,tps\ncpu,CPU,11.0\n");
  EXPECT_EQ(at(cpu, "[0].tps").context.gpu, "cpu");
}

// Held-out set 35: NVIDIA's Jetson boards are named without a digit ("For Jetson Orin (JetPack
// 6)"), by up to three words ("Jetson AGX Orin 64GB", "Jetson Orin Nano").
TEST(GpuNames, JetsonBoardsByTheirWords) {
  EXPECT_EQ(gpu_of_table_under("### For Jetson Orin (JetPack 6)"), "Jetson Orin");
  EXPECT_EQ(gpu_of_table_under("### Jetson AGX Orin 64GB"), "Jetson AGX Orin 64GB");
  // Held-out set 50 and review 50: a board by its own words, "Jetson" unsaid.
  EXPECT_EQ(gpu_of_table_under("### Orin Nano Super"), "Orin Nano Super");
  EXPECT_EQ(gpu_of_table_under("### Xavier NX"), "Xavier NX");
  EXPECT_EQ(gpu_of_table_under("### Monitoring notes"), "");
  EXPECT_EQ(gpu_of_table_under("### Jetson Orin Nano"), "Jetson Orin Nano");
  EXPECT_EQ(gpu_of_table_under("# Jetson LLM Benchmark"), "");  // (a title's words)
}

// Held-out set 53: a GeForce by its maker and number alone ("Intel 13900K (Nvidia 5090)").
TEST(GpuNames, AGeForceByItsMakerAndNumber) {
  EXPECT_EQ(gpu_of_table_under("### Intel 13900K (Nvidia 5090)"), "Nvidia 5090");
  EXPECT_EQ(gpu_of_table_under("### NVIDIA 4090 results"), "NVIDIA 4090");
  EXPECT_EQ(gpu_of_table_under("### Nvidia 2024 roadmap"), "");
}

// Held-out set 53: a run's context listed after the results ("- *GPU/Chip:* Apple M5 Max")
// names the machine of figures no row gives one; two machines named there, none.
TEST(GpuNames, ARunsContextAfterTheResults) {
  const std::string table = "# Run\n\n| Model | Gen tok/s |\n|---|---|\n| qwen3 | 110 |\n\n";
  const auto r = testing::run(FileType::markdown, table +
                                                      "## Run context\n\n- *Python Version:* 3.13\n"
                                                      "- *GPU/Chip:* Apple M5 Max\n");
  EXPECT_EQ(testing::at(r, "table[0][0].Gen tok/s").context.gpu, "Apple M5 Max");
  const auto two = testing::run(FileType::markdown, table +
                                                        "## Run context\n\n- GPU: RTX 4090\n"
                                                        "- GPU: RTX 3090\n");
  EXPECT_EQ(testing::at(two, "table[0][0].Gen tok/s").context.gpu, "");
}

// Held-out set 51: a Raspberry Pi is the machine of its figures ("... on the Raspberry Pi 5"),
// by its name or its short one; "Pi" alone or a board with no number names none.
TEST(GpuNames, RaspberryPiBoards) {
  EXPECT_EQ(gpu_of_table_under("# Running LLMs on the Raspberry Pi 5"), "Raspberry Pi 5");
  EXPECT_EQ(gpu_of_table_under("### RPi 4 results"), "RPi 4");
  EXPECT_EQ(gpu_of_table_under("### rpi5"), "rpi5");
  EXPECT_EQ(gpu_of_table_under("### Raspberry Pi results"), "");
  EXPECT_EQ(gpu_of_table_under("### Pi 5 digits"), "");
}

// Held-out set 58: a phone's GPU, Qualcomm's Adreno and Arm's Mali, by their numbers.
TEST(GpuNames, PhoneGpus) {
  EXPECT_EQ(gpu_of_table_under("## Galaxy S25, Adreno 830"), "Adreno 830");
  EXPECT_EQ(gpu_of_table_under("### Mali-G710 results"), "Mali-G710");
  EXPECT_EQ(gpu_of_table_under("### Adreno results"), "");
}

// Held-out set 35: a note right under a fence saying the output above ran on a GPU labels the
// fence's figures; a note further down does not.
TEST(GpuNames, ANoteUnderAFenceNamesTheMachineOfTheOutputAbove) {
  const std::string fence =
      "```\n============ Serving Benchmark Result ============\n"
      "Mean TTFT (ms):                          120.5\n"
      "==================================================\n```\n";
  const auto r = testing::run(
      FileType::markdown,
      "## Results\n\n" + fence +
          "\n*NOTE: above sample output is done on a single node with one GPU - RTX 5880 (48GB "
          "GPU memory).*\n\n" +
          fence + "\nSome words.\n\nThe output above ran on an RTX 4090.\n");
  EXPECT_EQ(testing::at(r, "vllm_result[0].Mean TTFT (ms)").context.gpu, "RTX 5880");
  EXPECT_EQ(testing::at(r, "vllm_result[1].Mean TTFT (ms)").context.gpu, "");
}

// Held-out set 41: a title naming one GPU, over level-1 sections of its own ("# My Setup", "# My
// Results"), names the document's GPU; a title comparing two names none.
TEST(GpuNames, ATitlesGpuOverLevelOneSections) {
  const std::string rest = "\n\n# My Results\n\n| Model | t/s |\n|---|---|\n| q | 22 |\n";
  const auto r = run(FileType::markdown, "# ollama-benchmark on Intel Arc A770 dGPU" + rest);
  EXPECT_EQ(at(r, "table[0][0].t/s").context.gpu, "Intel Arc A770");
  const auto vs = run(FileType::markdown, "# RTX 4090 vs RX 7900 XTX" + rest);
  EXPECT_EQ(at(vs, "table[0][0].t/s").context.gpu, "");
}

}  // namespace
}  // namespace chimera::ingest
