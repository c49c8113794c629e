#pragma once
// MLX-LM's generation statistics (mlx_lm.generate --verbose, and its Python API with
// verbose=True), as Mac users paste them into notes and logs:
//   Prompt: 7 tokens, 6.657 tokens-per-sec
//   Generation: 256 tokens, 7.932 tokens-per-sec
//   Peak memory: 5.990 GB
// Each "Prompt:" line starts one request's block ("mlx[0].prompt_tps"); its figures are
// samples, its memory MLX's peak in decimal gigabytes (bytes / 1e9).
#include <string_view>

#include "chimera/ingest/model.hpp"

namespace chimera::ingest::detail {

struct MlxGenerateState {
  std::size_t block = 0;  // blocks seen so far
  bool in_block = false;
};

// Appends the rows of one statistics line; true when the line was one.
bool mlx_generate_line(std::string_view line, std::size_t number, MlxGenerateState& state,
                       MetricRows& rows);

}  // namespace chimera::ingest::detail
