#pragma once
// The ingest pipeline: walk → parse files in parallel → hand results to a sink in listing order.
// Rows stream to the sink file by file, so memory does not grow with the size of the tree.
#include <array>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "chimera/core/error.hpp"
#include "chimera/ingest/harvest.hpp"
#include "chimera/ingest/walker.hpp"

namespace chimera::ingest {

struct IngestOptions {
  std::filesystem::path root;
  WalkOptions walk;
  FileOptions file;
  unsigned jobs = 0;  // worker threads; 0 = one per core
};

struct SkippedFile {
  std::string path, reason;
};

// Everything about an ingest that is known only at its end.
struct IngestSummary {
  std::array<std::size_t, kFileTypes> counts{};         // ingested files by FileType
  std::array<std::int64_t, kFileTypes> latest_mtime{};  // newest mtime by FileType (0 when none)
  std::array<std::vector<std::string>, kFileTypes> first_paths;  // first five paths by type
  std::uint64_t total_bytes = 0;                                 // bytes of ingested files
  std::size_t heading_count = 0;
  std::size_t json_documents = 0;
  std::size_t metric_rows = 0;
  std::size_t files_seen = 0;
  std::vector<SkippedFile> skipped;
  std::vector<std::string> warnings;                // tree-level warnings from the walker
  std::map<std::string, LegacyValue> legacy;        // first value per key, in listing order
  std::map<std::string, std::string> legacy_files;  // legacy key -> file it came from

  std::vector<SkippedFile> not_read;           // files of other types, with the reason
  std::size_t not_read_unlisted = 0;           // beyond the listed ones
  std::map<std::string, std::size_t> formats;  // recognised formats -> files

  std::size_t total_ingested() const {
    std::size_t n = 0;
    for (const auto c : counts) n += c;
    return n;
  }
  // Files of the reference's types (CSV, JSON, Markdown): the data summary's total.
  std::size_t reference_total() const { return counts[0] + counts[1] + counts[2]; }
  std::string data_summary() const;  // the reference's exact format
};

// Receives results in listing order. Implementations write one output format.
class IngestSink {
 public:
  virtual ~IngestSink() = default;
  virtual Status begin(const IngestOptions& options) = 0;
  virtual Status file(const FileResult& result) = 0;
  virtual Status end(const IngestSummary& summary) = 0;
};

// Progress callback: files done so far and metric rows so far.
using ProgressFn = std::function<void(std::size_t files, std::size_t rows)>;

// Runs the whole ingest. Fails only when the root is unusable or the sink fails; bad files
// are part of the summary.
Result<IngestSummary> run_ingest(const IngestOptions& options, IngestSink& sink,
                                 const ProgressFn& progress = {});

// "YYYY-MM-DD HH:MM:SS UTC" for seconds since the epoch.
std::string format_utc(std::int64_t seconds);

}  // namespace chimera::ingest
