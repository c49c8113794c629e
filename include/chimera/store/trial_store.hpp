#pragma once
// Sweep trials in the results store (the same SQLite file or PostgreSQL database as the records of
// results_store.hpp): one row per completed trial,
// committed when the trial completes, so `--resume` after any stop (kill -9 included) continues
// without repeating or losing a completed trial. A trial is (sweep, point, repetition), unique.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "chimera/core/error.hpp"

namespace chimera::store {

struct TrialRow {
  std::int64_t id = 0;  // insertion order
  std::string sweep, point;
  int rep = 0;
  bool ok = false;
  std::string model, options_json;
  std::string metrics_json;  // {"decode_tok_s": 41.2, ...}; "{}" for a failed trial
  std::string error;
  std::string started;  // UTC, ISO 8601
  double seconds = 0;
};

struct SweepRow {
  std::string id, name, created, definition_json;
  std::string objective;    // objective metrics, comma-separated
  std::string weights;      // comma-separated, one per objective
  std::string constraints;  // constraint texts, ';'-separated
  std::string command;      // reproduces a point: {model} and {options} are filled in
};

class TrialStore {
 public:
  // A file path or a postgresql:// URL (location.hpp).
  static Result<std::unique_ptr<TrialStore>> open(const std::string& location);
  ~TrialStore();
  TrialStore(const TrialStore&) = delete;
  TrialStore& operator=(const TrialStore&) = delete;

  // Records a sweep's definition (once; later calls with the same id keep the first).
  Status add_sweep(const SweepRow& s);
  Result<std::vector<SweepRow>> sweeps();
  // Appends one trial and commits it before returning; a second trial with the same
  // (sweep, point, rep) is an error.
  Status add(const TrialRow& t);
  Result<std::vector<TrialRow>> trials(const std::string& sweep);
  // Copies every sweep, trial and record of another store (either engine) into this one in one
  // transaction, skipping those already here. Returns the number of trials copied.
  Result<std::size_t> merge_from(const std::string& other);

 private:
  struct Impl;
  explicit TrialStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Current UTC time, ISO 8601 with seconds.
std::string now_utc();

}  // namespace chimera::store
