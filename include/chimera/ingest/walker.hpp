#pragma once
// Deterministic tree walk: depth-first pre-order, each directory's entries sorted by their
// upper-cased name (ordinal bytes), the order of the reference's listing. Memory grows with the
// depth and width of the tree, never with the number of files already returned.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "chimera/core/error.hpp"
#include "chimera/ingest/model.hpp"

namespace chimera::ingest {

enum class Layout {
  all,      // every .csv .json .jsonl .ndjson .md .markdown .txt .log below the root
  chimera,  // the reference's scan: root/reports (csv json md), then root/csv_data (csv json)
};

// A regular file the walk passed by without reading, and why.
struct NotRead {
  std::string path, reason;
};

struct WalkOptions {
  Layout layout = Layout::all;
  bool follow_symlinks = false;
};

class TreeWalker {
 public:
  // Fails with ErrorCode::input when the root is missing, unreadable, neither a directory nor a
  // regular file, or (for the chimera layout) not a directory with reports/ or csv_data/. A
  // regular file is walked alone, as the one entry of its folder.
  static Result<TreeWalker> open(const std::filesystem::path& root, const WalkOptions& options);

  // The next matching file in listing order, or nullopt at the end.
  std::optional<FileEntry> next();

  // Problems met on the way that are not about one file (a missing layout folder, an
  // unreadable directory), in the order met.
  const std::vector<std::string>& warnings() const;

  // Files of other types below the root (the first 1,000; the rest are counted).
  const std::vector<NotRead>& not_read() const;
  std::size_t not_read_unlisted() const;

  TreeWalker(TreeWalker&&) noexcept;
  TreeWalker& operator=(TreeWalker&&) noexcept;
  ~TreeWalker();

 private:
  struct State;
  explicit TreeWalker(std::unique_ptr<State> s);
  std::unique_ptr<State> s_;
};

// Upper-cased-name order used by the walker (exposed for tests).
bool listing_less(const std::string& a, const std::string& b);

}  // namespace chimera::ingest
