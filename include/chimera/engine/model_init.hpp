#pragma once
// `chimera model init`: a small llama-architecture GGUF with random weights, for trying the tool
// and for real inference in tests without downloading anything. Same seed and shape, same bytes.
// Its metadata says plainly that it is a random-weight demo model: its text is meaningless.
#include <cstdint>
#include <filesystem>

#include "chimera/core/error.hpp"

namespace chimera::engine {

struct ModelShape {
  int n_embd = 256;
  int n_layer = 4;
  int n_head = 4;
  int n_ff = 768;
  int n_ctx = 2048;
  std::uint64_t seed = 42;
};

inline constexpr const char* kDemoModelName = "chimera random-weight demo model (meaningless text)";

// Writes the model to path, taking the tokenizer from vocab (a GGUF vocabulary file such as
// llama.cpp's models/ggml-vocab-llama-spm.gguf).
Status write_random_model(const std::filesystem::path& path, const ModelShape& shape,
                          const std::filesystem::path& vocab);

// The vocabulary file bundled with the llama.cpp source this build used.
std::filesystem::path bundled_vocab();

}  // namespace chimera::engine
