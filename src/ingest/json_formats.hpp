#pragma once
// Recognises the result JSON of the tools of the field by content (never by file name) and
// applies what their documentation says and their files do not: units left unsaid, configured
// values that are not measurements, aggregate figures named like means.
#include "chimera/ingest/model.hpp"

namespace chimera::ingest::detail {

// Sets result.format and adjusts the rows of a recognised document; leaves others as they are.
void recognise_json(FileResult& result);
// The same for CSV (AIPerf / genai-perf exports).
void recognise_csv(FileResult& result);

}  // namespace chimera::ingest::detail
