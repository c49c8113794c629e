// The source tree's prompts folder, compiled into this one file only (see src/CMakeLists.txt).
#include "chimera/agent/agent.hpp"
#include "chimera/core/paths.hpp"

namespace chimera::agent {

std::filesystem::path default_prompts_dir() {
  return data_path("prompts", CHIMERA_PROMPTS_DIR);
}

}  // namespace chimera::agent
