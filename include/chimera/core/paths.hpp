#pragma once
// Where chimera finds the data files it ships (prompts, the demo model's vocabulary): in
// $CHIMERA_DATA_DIR when set, else in <prefix>/share/chimera beside an installed binary
// (<prefix>/bin/chimera, as `cmake --install` lays it out), else in the source tree the binary was
// built from (a build tree's binary).
#include <filesystem>
#include <string_view>

namespace chimera {

// `relative` under the installed data folder when it exists there; otherwise fallback.
std::filesystem::path data_path(std::string_view relative, const std::filesystem::path& fallback);

}  // namespace chimera
