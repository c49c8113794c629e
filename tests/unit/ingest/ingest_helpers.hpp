// Helpers of the ingest unit tests: harvest a text as a file of a type, find a row by locator.
#pragma once

#include <gtest/gtest.h>

#include <string_view>

#include "chimera/ingest/harvest.hpp"

namespace chimera::ingest::testing {

inline FileResult run(FileType t, std::string_view text) {
  FileResult r;
  r.entry.type = t;
  if (t == FileType::csv) harvest_csv(text, r);
  if (t == FileType::json) harvest_json(text, r);
  if (t == FileType::markdown) harvest_markdown(text, r);
  if (t == FileType::jsonl) harvest_jsonl(text, r);
  if (t == FileType::text) harvest_text(text, r);
  if (t == FileType::yaml) harvest_yaml(text, r);
  return r;
}

inline const MetricRow& at(const FileResult& r, std::string_view locator) {
  for (const auto& row : r.rows) {
    if (row.locator == locator) return row;
  }
  static MetricRow none;
  ADD_FAILURE() << "no row at " << locator;
  return none;
}

inline bool has_row(const FileResult& r, std::string_view locator) {
  for (const auto& row : r.rows) {
    if (row.locator == locator) return true;
  }
  return false;
}

}  // namespace chimera::ingest::testing
