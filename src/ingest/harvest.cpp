#include "chimera/ingest/harvest.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "chimera/core/text.hpp"
#include "row_builder.hpp"

namespace chimera::ingest {
namespace {

// RAII file descriptor.
class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

// Reads the whole file; on failure returns false and sets `why`.
bool read_all(const FileEntry& e, std::string& out, std::string& why) {
  Fd fd(::open(e.abs_path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) {
    why = std::string("cannot open: ") + std::strerror(errno);
    return false;
  }
  out.resize(e.bytes);
  std::size_t got = 0;
  while (true) {
    if (got == out.size()) out.resize(out.size() + 65536);  // the file grew since the walk
    const ssize_t n = ::read(fd.get(), out.data() + got, out.size() - got);
    if (n < 0) {
      if (errno == EINTR) continue;
      why = std::string("read failed after ") + std::to_string(got) +
            " bytes: " + std::strerror(errno);
      return false;
    }
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  out.resize(got);
  return true;
}

FileResult skip(FileResult r, std::string why) {
  r.status = FileStatus::skipped;
  r.reason = std::move(why);
  r.rows.clear();
  r.legacy.clear();
  return r;
}

}  // namespace

bool legacy_keyword(std::string_view lower_name) {
  for (const std::string_view k : {"tok", "throughput", "latency", "ttft", "speed"}) {
    if (lower_name.find(k) != std::string_view::npos) return true;
  }
  return false;
}

FileResult ingest_file(FileEntry entry, const FileOptions& options) {
  FileResult r;
  r.entry = std::move(entry);
  if (!r.entry.walk_skip.empty()) {
    std::string why = r.entry.walk_skip;
    return skip(std::move(r), std::move(why));
  }
  if (r.entry.bytes > options.max_file_bytes) {
    return skip(std::move(r),
                "file is " + std::to_string(r.entry.bytes) + " bytes, over --max-file-bytes " +
                    std::to_string(options.max_file_bytes) + " (raise the limit to ingest it)");
  }
  std::string bytes, why;
  if (!read_all(r.entry, bytes, why)) return skip(std::move(r), why);
  r.entry.bytes = bytes.size();
  if (bytes.empty()) return skip(std::move(r), "empty file (0 bytes)");
  auto decoded = text::decode(std::move(bytes));
  r.encoding = decoded.encoding;
  if (!decoded.note.empty())
    detail::add_warning(r.warnings, decoded.note, options.max_warnings_per_file);
  switch (r.entry.type) {
    case FileType::csv:
      harvest_csv(decoded.text, r);
      break;
    case FileType::json:
      harvest_json(decoded.text, r);
      break;
    case FileType::markdown:
      harvest_markdown(decoded.text, r);
      break;
  }
  if (r.status == FileStatus::skipped) {
    std::string reason = std::move(r.reason);
    return skip(std::move(r), std::move(reason));
  }
  return r;
}

}  // namespace chimera::ingest
