// llama.cpp's bundled vocabulary, with the source tree's path compiled into this one file only
// (see src/CMakeLists.txt).
#include "chimera/core/paths.hpp"
#include "chimera/engine/model_init.hpp"

namespace chimera::engine {

std::filesystem::path bundled_vocab() {
  return data_path("ggml-vocab-llama-spm.gguf",
                   std::filesystem::path(CHIMERA_LLAMA_DIR) / "models/ggml-vocab-llama-spm.gguf");
}

}  // namespace chimera::engine
