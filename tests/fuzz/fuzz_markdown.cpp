// Markdown headings and pipe tables: the harvest never crashes, on any bytes.
#include "chimera/ingest/harvest.hpp"
#include "fuzz_util.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  chimera::ingest::FileResult r;
  chimera::ingest::harvest_markdown(std::string_view(reinterpret_cast<const char*>(data), size), r);
  return 0;
}
