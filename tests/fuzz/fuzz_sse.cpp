// SSE parsing: any split of the bytes gives the same events.
#include <string>
#include <tuple>

#include "chimera/transport/framing.hpp"
#include "fuzz_util.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto s = chimera::fuzz::split(data, size);
  const auto run = [](const std::vector<std::string_view>& pieces) {
    chimera::transport::SseParser p(4096);
    std::vector<std::tuple<std::string, std::string, std::string>> ev;
    const auto on = [&](const chimera::transport::SseEvent& e) {
      ev.emplace_back(e.event, e.data, e.id);
    };
    for (const auto x : pieces) {
      if (p.feed(x, on)) return decltype(ev){{"<overflow>", "", ""}};
    }
    p.finish(on);
    return ev;
  };
  chimera::fuzz::require(run({s.payload}) == run(s.pieces), "SSE events depend on the split");
  return 0;
}
