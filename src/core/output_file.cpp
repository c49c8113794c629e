#include "chimera/core/output_file.hpp"

#include <unistd.h>

#include <cstring>
#include <iostream>

namespace chimera {

OutputFile::OutputFile(std::filesystem::path path, bool atomic) : path_(std::move(path)) {
  std::error_code ec;
  const auto st = std::filesystem::status(path_, ec);
  special_ =
      !path_.empty() && !ec && std::filesystem::exists(st) && !std::filesystem::is_regular_file(st);
  special_ = special_ || (!path_.empty() && !atomic);  // written in place, never renamed
  if (special_) {
    temp_ = path_;
  } else if (!path_.empty()) {
    temp_ = path_;
    temp_ += ".tmp." + std::to_string(::getpid());
    std::filesystem::remove(temp_, ec);
  }
}

OutputFile::~OutputFile() {
  if (!committed_ && !special_ && !temp_.empty()) {
    if (stream_.is_open()) stream_.close();
    std::error_code ec;
    std::filesystem::remove(temp_, ec);
  }
}

Status OutputFile::open_stream() {
  std::error_code ec;
  const auto st = std::filesystem::status(temp_, ec);
  const bool device = !ec && std::filesystem::exists(st) && !std::filesystem::is_regular_file(st);
  stream_.open(temp_, device ? std::ios::binary : std::ios::binary | std::ios::trunc);
  if (!stream_) {
    return Error{ErrorCode::io, "cannot write '" + path_.string() + "': " + std::strerror(errno),
                 "check that the folder exists and is writable (-o)"};
  }
  return ok_status();
}

Status OutputFile::commit() {
  if (path_.empty()) {
    std::cout.flush();
    if (!std::cout) return Error{ErrorCode::io, "writing to standard output failed", ""};
    return ok_status();
  }
  if (stream_.is_open()) {
    stream_.flush();
    const bool good = static_cast<bool>(stream_);
    stream_.close();
    if (!good) {
      return Error{ErrorCode::io, "writing '" + path_.string() + "' failed",
                   "check free disk space (-o)"};
    }
  }
  if (special_) {
    committed_ = true;
    return ok_status();
  }
  std::error_code ec;
  std::filesystem::rename(temp_, path_, ec);
  if (ec) {
    return Error{ErrorCode::io,
                 "cannot move the output into place at '" + path_.string() + "': " + ec.message(),
                 "check that -o names a writable file path"};
  }
  committed_ = true;
  return ok_status();
}

Status check_output_path(const std::filesystem::path& path, std::string_view flag, bool folder) {
  namespace fs = std::filesystem;
  if (path.empty()) return ok_status();
  const auto bad = [&](const std::string& why) {
    return Error{ErrorCode::io,
                 "cannot write '" + path.string() + "' (" + std::string(flag) + "): " + why,
                 "give " + std::string(flag) + " a path in a folder you can write"};
  };
  std::error_code ec;
  const auto st = fs::status(path, ec);
  if (ec && ec != std::errc::no_such_file_or_directory) return bad(ec.message());
  if (!ec && fs::exists(st)) {
    if (folder && !fs::is_directory(st)) return bad("it exists and is not a folder");
    if (!folder && fs::is_directory(st)) return bad("it is a folder");
    if (::access(path.c_str(), W_OK) != 0) return bad(std::strerror(errno));
    return ok_status();
  }
  // Not there yet: the nearest existing folder above it must be searchable and writable (a file
  // needs its own folder to exist; a folder is created with its parents).
  fs::path up = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  for (;;) {
    const auto ps = fs::status(up, ec);
    if (ec && ec != std::errc::no_such_file_or_directory) return bad(ec.message());
    if (!ec && fs::exists(ps)) {
      if (!fs::is_directory(ps)) return bad("'" + up.string() + "' is not a folder");
      if (::access(up.c_str(), W_OK | X_OK) != 0)
        return bad("'" + up.string() + "': " + std::strerror(errno));
      return ok_status();
    }
    if (!folder) return bad("the folder '" + up.string() + "' does not exist");
    fs::path next = up.parent_path().empty() ? fs::path(".") : up.parent_path();
    if (next == up) return bad("no existing folder above it");
    up = std::move(next);
  }
}

Status write_output(const std::string& path, const std::string& text) {
  if (path.empty()) {
    std::cout << text;
    return ok_status();
  }
  OutputFile out(path);
  if (auto st = out.open_stream(); !st) return st;
  out.stream() << text;
  return out.commit();
}

}  // namespace chimera
