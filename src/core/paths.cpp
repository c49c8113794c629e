#include "chimera/core/paths.hpp"

#include <cstdlib>
#include <system_error>

namespace chimera {
namespace {

std::filesystem::path installed_data_dir() {
  if (const char* env = std::getenv("CHIMERA_DATA_DIR"); env && *env) return env;
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  return exe.parent_path().parent_path() / "share" / "chimera";
}

}  // namespace

std::filesystem::path data_path(std::string_view relative, const std::filesystem::path& fallback) {
  const auto dir = installed_data_dir();
  std::error_code ec;
  if (!dir.empty()) {
    auto p = dir / relative;
    if (std::filesystem::exists(p, ec)) return p;
  }
  return fallback;
}

}  // namespace chimera
