// YAML harvesting: yaml-cpp's event parser and the metric harvest never crash, on any bytes
// (deep nesting, aliases, tabs, broken UTF-8 included).
#include "chimera/ingest/harvest.hpp"
#include "fuzz_util.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  chimera::ingest::FileResult r;
  chimera::ingest::harvest_yaml(std::string_view(reinterpret_cast<const char*>(data), size), r);
  return 0;
}
