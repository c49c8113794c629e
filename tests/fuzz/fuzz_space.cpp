// The sweep range syntax: parsing never crashes, never makes more than its limit of values, and
// every point's key parses back to the point.
#include <string>

#include "chimera/tune/space.hpp"
#include "chimera/tune/strategy.hpp"
#include "fuzz_util.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<std::string> params;
  std::string cur;
  for (std::size_t i = 0; i < size; ++i) {  // newline-separated --param texts
    if (data[i] == '\n') {
      params.push_back(cur), cur.clear();
    } else {
      cur += static_cast<char>(data[i]);
    }
  }
  params.push_back(cur);
  auto s = chimera::tune::make_space(params);
  if (!s) return 0;
  const auto& space = s.value();
  const std::size_t g = space.grid_size();
  if (g == 0 || g > 2000) return 0;
  for (std::size_t i = 0; i < g; i += 1 + g / 50) {
    const auto p = chimera::tune::grid_point(space, i);
    const auto back = space.parse_key(space.key(p));
    chimera::fuzz::require(back && *back == p, "a point's key does not parse back to it");
    (void)space.options_json(p);
  }
  return 0;
}
