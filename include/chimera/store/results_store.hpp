#pragma once
// The results store: one SQLite file (WAL) or a PostgreSQL database (location.hpp) that long
// runs append to as each result completes, so a crash or a kill loses nothing already measured.
// Records are JSON documents with a kind and the invocation they belong to; query them with the
// engine's JSON functions, e.g.
//   SELECT json_extract(json, '$.efficiency_pct') FROM records WHERE kind = 'agents.run';  --
//   SQLite SELECT json::jsonb ->> 'efficiency_pct' FROM records WHERE kind = 'agents.run';  --
//   PostgreSQL
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "chimera/core/error.hpp"

namespace chimera::store {

struct StoredRecord {
  std::string created, invocation, json;  // created: UTC ISO 8601, when it was appended
};

class ResultsStore {
 public:
  // Opens or creates the store (a file path or a postgresql:// URL); fails with a message naming
  // it.
  static Result<std::unique_ptr<ResultsStore>> open(const std::string& location);
  ~ResultsStore();
  ResultsStore(const ResultsStore&) = delete;
  ResultsStore& operator=(const ResultsStore&) = delete;

  // Appends one record and commits it before returning.
  Status append(std::string_view kind, std::string_view invocation, std::string_view json);
  // Whether a record of this kind with exactly this JSON is stored (resuming: append once).
  Result<bool> contains(std::string_view kind, std::string_view json);
  // The JSON of every record of this kind, in the order they were stored.
  Result<std::vector<std::string>> all(std::string_view kind);
  // The same, each with when it was stored and the invocation it belongs to.
  Result<std::vector<StoredRecord>> records(std::string_view kind);
  // The JSON of the records of this kind whose top-level member `path` ("$.load_id") equals
  // value (compared as text), in the order they were stored.
  Result<std::vector<std::string>> find(std::string_view kind, std::string_view path,
                                        std::string_view value);

 private:
  struct Impl;
  explicit ResultsStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace chimera::store
