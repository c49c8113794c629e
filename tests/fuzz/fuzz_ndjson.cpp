// NDJSON framing (LineSplitter): any split of the bytes gives the same lines.
#include <string>

#include "chimera/transport/framing.hpp"
#include "fuzz_util.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto s = chimera::fuzz::split(data, size);
  const auto run = [](const std::vector<std::string_view>& pieces) {
    chimera::transport::LineSplitter l(4096);
    std::vector<std::string> lines;
    const auto on = [&](std::string_view x) { lines.emplace_back(x); };
    for (const auto p : pieces) {
      if (l.feed(p, on)) return std::vector<std::string>{"<overflow>"};
    }
    l.finish(on);
    return lines;
  };
  const auto whole = run({s.payload});
  chimera::fuzz::require(whole == run(s.pieces), "NDJSON lines depend on how the bytes were split");
  for (const auto& x : whole)
    chimera::fuzz::require(x.size() <= 4096 || x == "<overflow>", "line over the limit");
  return 0;
}
