#pragma once
// An IngestSink that keeps every FileResult, for tests.
#include "chimera/ingest/pipeline.hpp"

namespace chimera::testing {

class CollectSink final : public ingest::IngestSink {
 public:
  std::vector<ingest::FileResult> files;
  Status begin(const ingest::IngestOptions&) override { return ok_status(); }
  Status file(const ingest::FileResult& r) override {
    files.push_back(r);
    return ok_status();
  }
  Status end(const ingest::IngestSummary&) override { return ok_status(); }

  const ingest::FileResult* find(std::string_view rel_path) const {
    for (const auto& f : files) {
      if (f.entry.rel_path == rel_path) return &f;
    }
    return nullptr;
  }
};

}  // namespace chimera::testing
