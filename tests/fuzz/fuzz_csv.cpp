// CSV: the RFC 4180 reader and the metric harvest over it never crash, on any bytes.
#include "chimera/ingest/csv_reader.hpp"
#include "chimera/ingest/harvest.hpp"
#include "fuzz_util.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::size_t rows = 0;
  const auto err = chimera::ingest::read_csv(text, chimera::ingest::sniff_delimiter(text),
                                             [&](std::size_t, std::span<const std::string_view>) {
                                               ++rows;
                                               return true;
                                             });
  chimera::fuzz::require(err.has_value() || rows <= size + 1, "more records than bytes");
  chimera::ingest::FileResult r;
  chimera::ingest::harvest_csv(text, r);
  return 0;
}
