#pragma once
// `chimera ingest --format sqlite`: tables files, metrics, skipped, legacy_metrics and meta, with
// indexes, ready for ad-hoc SQL. Rows are inserted as files arrive (committed in batches).
#include <filesystem>
#include <memory>

#include "chimera/core/error.hpp"
#include "chimera/ingest/pipeline.hpp"

namespace chimera::store {

Result<std::unique_ptr<ingest::IngestSink>> make_ingest_sqlite_writer(
    const std::filesystem::path& path);

}  // namespace chimera::store
