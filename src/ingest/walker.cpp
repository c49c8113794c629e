#include "chimera/ingest/walker.hpp"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <set>
#include <utility>

#include "chimera/core/text.hpp"

namespace chimera::ingest {
namespace fs = std::filesystem;

namespace {

struct Scan {
  fs::path dir;
  std::string rel_prefix;  // "" for the layout root itself, else "reports/" etc.
  std::vector<FileType> types;
  bool allow_markdown_long_ext = true;
};

struct Frame {
  fs::path dir;
  std::string rel;  // relative path of this directory with trailing '/', or ""
  std::vector<std::string> names;
  std::size_t next = 0;
  std::pair<dev_t, ino_t> id{};
  std::string context_file;  // a file beside the results that describes their run (see model.hpp)
};

// Names of files that describe the run whose results sit beside them (upper-cased).
bool names_context_file(std::string_view upper) {
  static constexpr std::string_view kNames[] = {"ENVIRONMENT.TXT",
                                                "ENV.TXT",
                                                "META.JSON",
                                                "METADATA.JSON",
                                                "ENVIRONMENT.JSON",
                                                "ENV.JSON",
                                                "HARDWARE.TXT",
                                                "SYSTEM_INFO.JSON",
                                                "SYSTEM_INFO.TXT",
                                                "SYSINFO.TXT",
                                                "MANIFEST.JSON",
                                                "RUN_MANIFEST.JSON",
                                                "RUNTIME-MANIFEST.JSON",
                                                "RUNTIME_MANIFEST.JSON"};
  return std::find(std::begin(kNames), std::end(kNames), upper) != std::end(kNames);
}

std::optional<FileType> type_for(const std::string& name, const Scan& scan) {
  const auto dot = name.rfind('.');
  if (dot == std::string::npos || dot == 0) return std::nullopt;
  const std::string ext = text::to_lower(std::string_view(name).substr(dot + 1));
  std::optional<FileType> t;
  if (ext == "csv") t = FileType::csv;
  if (ext == "json") t = FileType::json;
  if (ext == "md" || (ext == "markdown" && scan.allow_markdown_long_ext)) t = FileType::markdown;
  if (ext == "jsonl" || ext == "ndjson") t = FileType::jsonl;
  if (ext == "txt" || ext == "log" || ext == "sql") t = FileType::text;  // sql: llama-bench -o sql
  if (ext == "yaml" || ext == "yml") t = FileType::yaml;
  if (t && std::find(scan.types.begin(), scan.types.end(), *t) == scan.types.end())
    return std::nullopt;
  return t;
}

std::string errno_text(int err) {
  return std::strerror(err);
}

constexpr std::size_t kMaxNotRead = 1000;  // listed; the rest are counted

std::string not_read_reason(const std::string& name) {
  const auto dot = name.rfind('.');
  if (dot == std::string::npos || dot == 0) return "no file extension: not a result format read";
  return "extension ." + text::to_lower(std::string_view(name).substr(dot + 1)) +
         ": not a result format read (csv, json, jsonl, md, txt, log, sql, yaml are)";
}

// The folders of a path as the command line named them, the nearest three at most, '/'
// separated; no "." or ".." and no root ("../runs/c64" gives "runs/c64").
std::string named_folders(const fs::path& dir) {
  std::vector<std::string> parts;
  for (const auto& part : dir.lexically_normal()) {
    const std::string name = part.string();
    if (name.empty() || name == "." || name == ".." || name == "/") continue;
    parts.push_back(name);
  }
  std::string out;
  for (std::size_t i = parts.size() > 3 ? parts.size() - 3 : 0; i < parts.size(); ++i)
    out += (out.empty() ? "" : "/") + parts[i];
  return out;
}

}  // namespace

bool listing_less(const std::string& a, const std::string& b) {
  const std::string ua = text::to_upper(a), ub = text::to_upper(b);
  if (ua != ub) return ua < ub;
  return a < b;  // names equal but for case: keep a total, deterministic order
}

struct TreeWalker::State {
  WalkOptions options;
  std::vector<Scan> scans;
  std::size_t scan_index = 0;
  std::vector<Frame> stack;
  std::vector<std::string> warnings;
  std::vector<NotRead> not_read;
  std::size_t not_read_unlisted = 0;
  // The one file given instead of a folder ("chimera ingest results.json"): its folder is
  // listed (for the files that describe it) and only this name is read.
  std::string only;
  std::string folders;  // ... and the folders above it, as named (FileEntry::folders)
  // Files and directories already reached (dev, inode) -> the path they were reached by, so a
  // file reached through several links is read once and doubled links cannot multiply a tree.
  // Kept only while following links (and for files with several hard links).
  std::map<std::pair<dev_t, ino_t>, std::string> seen_files, seen_dirs;

  void note_not_read(const std::string& rel, std::string why) {
    if (not_read.size() < kMaxNotRead) {
      not_read.push_back({rel, std::move(why)});
    } else {
      ++not_read_unlisted;
    }
  }

  // Pushes a directory frame; false (with a warning) when it cannot be listed.
  // `above`: the description file of the folder above, as seen from it ("README.md",
  // "../README.md"); a folder with none of its own takes it, up to two levels down.
  bool push_dir(const fs::path& dir, std::string rel, std::string_view above = {}) {
    struct stat st {};
    if (::stat(dir.c_str(), &st) != 0) {
      warnings.push_back("cannot read directory " + text::printable(dir.string()) + ": " +
                         errno_text(errno));
      return false;
    }
    Frame f{dir, std::move(rel), {}, 0, {st.st_dev, st.st_ino}, {}};
    DIR* d = ::opendir(dir.c_str());
    if (!d) {
      warnings.push_back("cannot read directory " + text::printable(dir.string()) + ": " +
                         errno_text(errno));
      return false;
    }
    std::vector<std::pair<std::string, std::string>>
        keyed;  // (upper-cased, name): one key per entry
    while (const dirent* e = ::readdir(d)) {
      std::string n = e->d_name;
      if (n != "." && n != "..") keyed.emplace_back(text::to_upper(n), std::move(n));
    }
    ::closedir(d);
    std::sort(keyed.begin(), keyed.end());  // same order as listing_less
    f.names.reserve(keyed.size());
    std::string readme;  // the folder's README: its hardware lines, when no other file describes
    for (auto& k : keyed) {
      if (f.context_file.empty() && names_context_file(k.first)) f.context_file = k.second;
      if (readme.empty() && k.first == "README.MD") readme = k.second;
      f.names.push_back(std::move(k.second));
    }
    if (f.context_file.empty()) f.context_file = std::move(readme);
    // A results folder under the one its README describes ("AMD_iGPU_AI_Setup/README.md" over
    // "speed_test/"): that description, as seen from here.
    if (f.context_file.empty() && !above.empty() && !above.starts_with("../../"))
      f.context_file = "../" + std::string(above);
    if (!only.empty() && stack.empty()) f.names = {only};
    stack.push_back(std::move(f));
    return true;
  }

  bool on_stack(const struct stat& st) const {
    return std::any_of(stack.begin(), stack.end(), [&](const Frame& f) {
      return f.id == std::make_pair(st.st_dev, st.st_ino);
    });
  }

  // Looks at one directory entry; returns a file entry when it is a candidate for ingest.
  std::optional<FileEntry> visit(const Frame& parent, const std::string& name) {
    const fs::path p = parent.dir / name;
    const std::string rel = parent.rel + name;
    const Scan& scan = scans[scan_index];
    struct stat lst {};
    if (::lstat(p.c_str(), &lst) != 0) {
      warnings.push_back("cannot inspect " + text::printable(rel) + ": " + errno_text(errno));
      return std::nullopt;
    }
    struct stat st = lst;
    const bool is_link = S_ISLNK(lst.st_mode);
    const auto type = type_for(name, scan);
    if (is_link) {
      if (!options.follow_symlinks) {
        if (type)
          return skipped(rel, p, *type, lst,
                         "symbolic link not followed (use --follow-symlinks to follow links)");
        return std::nullopt;
      }
      if (::stat(p.c_str(), &st) != 0) {
        if (type) return skipped(rel, p, *type, lst, "broken symbolic link: " + errno_text(errno));
        return std::nullopt;
      }
    }
    if (S_ISDIR(st.st_mode)) {
      if (on_stack(st)) {
        warnings.push_back("symbolic link loop: " + text::printable(rel) +
                           " leads back to one of its own parent directories; not followed");
        return std::nullopt;
      }
      if (options.follow_symlinks) {
        const auto [it, fresh] = seen_dirs.emplace(std::make_pair(st.st_dev, st.st_ino), rel);
        if (!fresh) {
          warnings.push_back("directory " + text::printable(rel) + " is the same as " +
                             text::printable(it->second) +
                             " (reached through another link); read once");
          return std::nullopt;
        }
      }
      push_dir(p, rel + "/", parent.context_file);
      return std::nullopt;
    }
    if (!type) {
      if (S_ISREG(st.st_mode)) {
        Scan every = scan;
        every.types = {FileType::csv,   FileType::json, FileType::markdown,
                       FileType::jsonl, FileType::text, FileType::yaml};
        every.allow_markdown_long_ext = true;
        note_not_read(rel, type_for(name, every)
                               ? "not scanned by --layout chimera (reports/: csv, json, md; "
                                 "csv_data/: csv, json)"
                               : not_read_reason(name));
      }
      return std::nullopt;
    }
    if (!S_ISREG(st.st_mode))
      return skipped(rel, p, *type, st, "not a regular file (device, FIFO or socket)");
    if (options.follow_symlinks || st.st_nlink > 1) {
      const auto [it, fresh] = seen_files.emplace(std::make_pair(st.st_dev, st.st_ino), rel);
      if (!fresh)
        return skipped(rel, p, *type, st,
                       "same file as " + text::printable(it->second) +
                           " (reached through another link or hard link); read once");
    }
    FileEntry e{rel,
                p,
                *type,
                static_cast<std::uint64_t>(st.st_size),
                static_cast<std::int64_t>(st.st_mtime),
                {},
                {},
                folders};
    if (parent.context_file != name) e.context_file = parent.context_file;
    return e;
  }

  static FileEntry skipped(const std::string& rel, const fs::path& p, FileType t,
                           const struct stat& st, std::string why) {
    return FileEntry{rel,
                     p,
                     t,
                     static_cast<std::uint64_t>(st.st_size),
                     static_cast<std::int64_t>(st.st_mtime),
                     std::move(why),
                     {},
                     {}};
  }
};

TreeWalker::TreeWalker(std::unique_ptr<State> s) : s_(std::move(s)) {}
TreeWalker::TreeWalker(TreeWalker&&) noexcept = default;
TreeWalker& TreeWalker::operator=(TreeWalker&&) noexcept = default;
TreeWalker::~TreeWalker() = default;

const std::vector<std::string>& TreeWalker::warnings() const {
  return s_->warnings;
}

const std::vector<NotRead>& TreeWalker::not_read() const {
  return s_->not_read;
}

std::size_t TreeWalker::not_read_unlisted() const {
  return s_->not_read_unlisted;
}

Result<TreeWalker> TreeWalker::open(const fs::path& root, const WalkOptions& options) {
  struct stat st {};
  if (::stat(root.c_str(), &st) != 0) {
    return Error{
        ErrorCode::input,
        "cannot open directory '" + text::printable(root.string()) + "': " + errno_text(errno),
        "check the path given as DIR"};
  }
  // One file: read alone, its folder's description files labelling it as they would in a walk.
  const bool one_file = !S_ISDIR(st.st_mode);
  if (one_file && (!S_ISREG(st.st_mode) || options.layout != Layout::all)) {
    if (S_ISREG(st.st_mode))
      return Error{ErrorCode::input,
                   "'" + text::printable(root.string()) +
                       "' is a file; --layout chimera scans a folder's reports/ and csv_data/",
                   "pass the folder above reports/ and csv_data/, or read the file with "
                   "--layout all"};
    return Error{ErrorCode::input,
                 "'" + text::printable(root.string()) + "' is neither a directory nor a file",
                 "pass the folder that holds the benchmark artifacts, or one result file"};
  }
  auto state = std::make_unique<State>();
  state->options = options;
  using T = FileType;
  if (options.layout == Layout::all) {
    fs::path dir = root;
    if (one_file) {
      state->only = root.filename().string();
      dir = root.has_parent_path() ? root.parent_path() : fs::path(".");
      state->folders = named_folders(root.parent_path());
    }
    state->scans.push_back(
        {dir, "", {T::csv, T::json, T::markdown, T::jsonl, T::text, T::yaml}, true});
  } else {
    for (const auto& [sub, types] :
         {std::pair{"reports", std::vector{T::csv, T::json, T::markdown}},
          std::pair{"csv_data", std::vector{T::csv, T::json}}}) {
      struct stat sst {};
      if (::stat((root / sub).c_str(), &sst) == 0 && S_ISDIR(sst.st_mode)) {
        state->scans.push_back({root / sub, std::string(sub) + "/", types, false});
      } else {
        state->warnings.push_back(std::string("--layout chimera: no folder '") + sub + "' below " +
                                  text::printable(root.string()) + "; nothing ingested from it");
      }
    }
    if (state->scans.empty()) {
      return Error{ErrorCode::input,
                   "'" + text::printable(root.string()) +
                       "' has neither reports/ nor csv_data/, which --layout chimera scans",
                   "point DIR at the folder above reports/ and csv_data/, or use --layout all"};
    }
  }
  if (!state->push_dir(state->scans[0].dir, state->scans[0].rel_prefix)) {
    return Error{ErrorCode::input, state->warnings.back(), "check the permissions of DIR"};
  }
  return TreeWalker(std::move(state));
}

std::optional<FileEntry> TreeWalker::next() {
  State& s = *s_;
  while (true) {
    if (s.stack.empty()) {
      if (++s.scan_index >= s.scans.size()) return std::nullopt;
      s.push_dir(s.scans[s.scan_index].dir, s.scans[s.scan_index].rel_prefix);
      continue;
    }
    Frame& top = s.stack.back();
    if (top.next >= top.names.size()) {
      s.stack.pop_back();
      continue;
    }
    const std::string name = top.names[top.next++];
    // visit() may push a new frame, which invalidates `top`; copy what it needs first.
    const Frame parent{top.dir, top.rel, {}, 0, top.id, top.context_file};
    if (auto e = s.visit(parent, name)) return e;
  }
}

}  // namespace chimera::ingest
