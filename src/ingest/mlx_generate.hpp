#pragma once
// MLX-LM's generation statistics (mlx_lm.generate --verbose, and its Python API with
// verbose=True), as Mac users paste them into notes and logs:
//   Prompt: 7 tokens, 6.657 tokens-per-sec
//   Generation: 256 tokens, 7.932 tokens-per-sec
//   Peak memory: 5.990 GB
// Each "Prompt:" line starts one request's block ("mlx[0].prompt_tps"); its figures are
// samples, its memory MLX's peak in decimal gigabytes (bytes / 1e9).
#include <string>
#include <string_view>

#include "chimera/ingest/model.hpp"

namespace chimera::ingest::detail {

struct MlxGenerateState {
  std::size_t block = 0;  // blocks seen so far
  bool in_block = false;
  std::size_t runs = 0;  // mlx_lm.benchmark's "Timing with ..." lines seen
  std::string settings;  // their "prompt_tokens=4096 generation_tokens=128 batch_size=1"
};

// mlx_lm.benchmark's output:
//   Timing with prompt_tokens=4096, generation_tokens=128, batch_size=1.
//   Trial 1:  prompt_tps=2306.928, generation_tps=33.816, peak_memory=2.824, total_time=5.670
//   Averages: prompt_tps=2295.900, generation_tps=33.417, peak_memory=2.825
// Each trial's figures are samples, the averages means ("mlx_bench[0].trial1.prompt_tps"); the
// prompt and generation rates, MLX's peak memory in decimal GB, a trial's whole time in seconds;
// the "Timing with" settings are the run's configuration.
bool mlx_benchmark_line(std::string_view line, std::size_t number, MlxGenerateState& state,
                        MetricRows& rows);

// Appends the rows of one statistics line; true when the line was one.
bool mlx_generate_line(std::string_view line, std::size_t number, MlxGenerateState& state,
                       MetricRows& rows);

}  // namespace chimera::ingest::detail
