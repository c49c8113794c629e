// The grounding check's number extraction and matching never crash on any text.
#include "chimera/report/grounding.hpp"
#include "fuzz_util.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::vector<chimera::report::Fact> facts = {
      {"a.json", "$.ttft_ms", "ttft_ms", chimera::units::Kind::ttft, "ms", 603.2},
      {"b.csv", "row 2", "tokens_per_second", chimera::units::Kind::throughput, "tok/s", 41.5},
      {"c.md", "table 1", "p95 latency", chimera::units::Kind::latency, "s", 1.25}};
  const auto r = chimera::report::check_grounding(
      std::string_view(reinterpret_cast<const char*>(data), size), facts);
  chimera::fuzz::require(r.score() >= 0 && r.score() <= 1, "score outside [0, 1]");
  return 0;
}
