#pragma once
// An output written to a temporary file beside its destination and renamed into place only when
// complete, so a failed or interrupted run never leaves a half-written file under the real name.
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "chimera/core/error.hpp"

namespace chimera {

class OutputFile {
 public:
  // An empty path means standard output: commit() is then a no-op. A path that exists and is not
  // a regular file (/dev/null, a FIFO) is written directly, never replaced.
  // atomic = false writes straight to the destination (JSON Lines logs: every completed record
  // must be on disk even if the process is killed).
  explicit OutputFile(std::filesystem::path path, bool atomic = true);
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;
  ~OutputFile();  // removes the temporary file unless committed

  const std::filesystem::path& temp_path() const { return temp_; }
  bool is_special() const { return special_; }  // an existing device or FIFO
  Status open_stream();                         // opens temp_path() for writing
  std::ofstream& stream() { return stream_; }
  Status commit();  // flushes, closes and renames onto the destination

 private:
  std::filesystem::path path_, temp_;
  std::ofstream stream_;
  bool committed_ = false;
  bool special_ = false;
};

// Checked before any work starts: the file (or, with folder = true, the folder) named by `flag`
// can be created or replaced. A path that cannot even be looked at (too long, a symbolic-link
// loop, a folder without search permission) or whose folder is missing or read-only is an I/O
// error naming the path, the flag and the cause. An empty path (standard output) passes.
Status check_output_path(const std::filesystem::path& path, std::string_view flag,
                         bool folder = false);

// Writes text to path atomically (through OutputFile), or to stdout when path is empty.
Status write_output(const std::string& path, const std::string& text);

}  // namespace chimera
