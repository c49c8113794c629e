#pragma once
// Build identity, generated at build time (cmake/WriteVersion.cmake).
#include <string>
#include <string_view>

namespace chimera {

std::string_view version();     // semantic version of the project
std::string_view git_commit();  // short commit hash, "-dirty" when the tree had changes
std::string_view build_type();  // CMake build type, plus sanitizers when enabled

// One line: "chimera 0.1.0 (commit abc123, Release)".
std::string version_line();

}  // namespace chimera
