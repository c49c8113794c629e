// The grounding check's number extraction and matching never crash on any text.
#include "chimera/analysis/grounding.hpp"
#include "fuzz_util.hpp"

namespace {

chimera::analysis::Observation obs(const char* file, const char* metric, const char* statistic,
                                   const char* unit, double v) {
  chimera::analysis::Observation o;
  o.file = file;
  o.locator = metric;
  o.name = metric;
  o.metric = metric;
  o.statistic = statistic;
  o.unit = unit;
  o.value = v;
  return o;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::vector<chimera::analysis::Observation> facts = {
      obs("a.json", "ttft", "mean", "ms", 603.2),
      obs("b.csv", "decode_rate", "sample", "tok/s", 41.5),
      obs("b.csv", "decode_rate", "sample", "tok/s", 43.5),
      obs("c.md", "e2e_latency", "p95", "ms", 1250)};
  const auto r = chimera::analysis::check_grounding(
      std::string_view(reinterpret_cast<const char*>(data), size), facts);
  const auto s = r.supported();
  chimera::fuzz::require(!s || (*s >= 0 && *s <= 1), "share outside [0, 1]");
  return 0;
}
