#include "chimera/cli/support.hpp"

#include <cstdlib>
#include <iostream>

#include "chimera/cli/cli.hpp"

namespace chimera::cli {

Result<std::string> key_from_env(const std::string& var) {
  if (var.empty()) return std::string();
  const char* k = std::getenv(var.c_str());
  if (!k || !*k)
    return Error{ErrorCode::usage, "--api-key-env names '" + var + "', which is not set or empty",
                 "export the variable first (the key is never taken on the command line)"};
  return std::string(k);
}

int report_error(const Error& e) {
  std::cerr << "chimera: " << e.describe() << "\n";
  return e.code == ErrorCode::usage ? kExitUsage : kExitFailure;
}

}  // namespace chimera::cli
