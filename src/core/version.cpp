#include "chimera/core/version.hpp"

namespace chimera {

std::string version_line() {
  return "chimera " + std::string(version()) + " (commit " + std::string(git_commit()) + ", " +
         std::string(build_type()) + ")";
}

}  // namespace chimera
