#include "chimera/ingest/harvest.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

#include "chimera/core/markdown_table.hpp"
#include "chimera/core/numeric.hpp"
#include "chimera/core/text.hpp"
#include "path_context.hpp"
#include "row_builder.hpp"
#include "sql_inserts.hpp"

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
  // Read into an uninitialised buffer (std::string::resize would zero it first), then copy once.
  // One byte more than the walk saw: a regular file's read comes back short only at its end, so
  // a file that did not grow is read in one call, with no second read to find the end.
  std::unique_ptr<char[]> buf(new char[e.bytes + 1]);
  std::size_t got = 0;
  char probe[4096];  // reads past the size seen by the walk, in case the file grew since
  std::string tail;
  while (true) {
    const bool into_buf = got <= e.bytes;
    const ssize_t n = into_buf ? ::read(fd.get(), buf.get() + got, e.bytes + 1 - got)
                               : ::read(fd.get(), probe, sizeof probe);
    if (n < 0) {
      if (errno == EINTR) continue;
      why = std::string("read failed after ") + std::to_string(got) +
            " bytes: " + std::strerror(errno);
      return false;
    }
    if (n == 0) break;
    if (!into_buf) tail.append(probe, static_cast<std::size_t>(n));
    got += static_cast<std::size_t>(n);
    if (into_buf && got == e.bytes && static_cast<std::size_t>(n) < e.bytes + 1) break;  // short
  }
  out.assign(buf.get(), std::min<std::size_t>(got, e.bytes + 1));
  out += tail;
  return true;
}

// "## DX12 vs Vulkan Benchmark Comparison" over "#### Vulkan" and GFM tables: a .txt file written
// in Markdown (a heading first, a table's delimiter row below), whose headings label its tables.
// (A log's "# comment" line over a console table has no delimiter row of pipes.)
bool written_in_markdown(std::string_view text) {
  text::LineCursor lines(text);
  const auto first = [&] {
    while (auto l = lines.next()) {
      if (!text::trim(*l).empty()) return text::trim(*l);
    }
    return std::string_view();
  }();
  std::size_t level = 0;
  while (level < first.size() && first[level] == '#') ++level;
  if (level == 0 || level > 6 || level >= first.size() || first[level] != ' ') return false;
  for (std::size_t n = 0; n < 200; ++n) {
    const auto l = lines.next();
    if (!l) return false;
    const std::string_view t = text::trim(*l);
    if (t.starts_with('|') && markdown::is_delimiter_row(t)) return true;
  }
  return false;
}

// A .txt or .log file that holds one JSON document (an API response saved as text) is read as
// JSON; anything else as a console log or note. A document followed by other text (llama-bench's
// `-o json` with its stderr appended, "===== STDERR =====") is read as JSON, and what follows is
// said, not read.
void harvest_text_or_json(std::string_view text, FileResult& r) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && (text[first] == '{' || text[first] == '[')) {
    FileResult probe;
    probe.entry = r.entry;
    harvest_json(text, probe);
    std::size_t trailer_line = 0;
    if (probe.status != FileStatus::ingested) {
      const std::size_t end = json_document_end(text, first);
      const auto after = end == std::string_view::npos ? std::string_view::npos
                                                       : text.find_first_not_of(" \t\r\n", end);
      if (after != std::string_view::npos && text.find('\n', end) <= after) {
        probe = FileResult{};
        probe.entry = r.entry;
        harvest_json(text.substr(0, end), probe);
        trailer_line = static_cast<std::size_t>(std::count(
                           text.begin(), text.begin() + static_cast<std::ptrdiff_t>(after), '\n')) +
                       1;
      }
    }
    if (probe.status == FileStatus::ingested) {
      r.rows = std::move(probe.rows);
      r.warnings.insert(r.warnings.end(), probe.warnings.begin(), probe.warnings.end());
      r.format = probe.format.empty() ? "json in a text file" : probe.format;
      if (trailer_line > 0)
        r.warnings.push_back("line " + std::to_string(trailer_line) +
                             ": text after the JSON document (a program's other output, as "
                             "stderr appended to a result file): not read");
      return;
    }
  }
  if (written_in_markdown(text)) {
    harvest_markdown(text, r);  // its headings and tables read as a .md file's
    return;
  }
  harvest_text(text, r);
}

FileResult skip(FileResult r, std::string why) {
  r.status = FileStatus::skipped;
  r.reason = std::move(why);
  r.rows.clear();
  r.legacy.clear();
  return r;
}

}  // namespace

bool legacy_keyword(std::string_view name) {
  // Case-insensitive search without allocating: this runs once per JSON value.
  static constexpr std::string_view kWords[] = {"tok", "throughput", "latency", "ttft", "speed"};
  const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; };
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = lower(name[i]);
    if (c != 't' && c != 'l' && c != 's') continue;
    for (const auto w : kWords) {
      if (w[0] != c || i + w.size() > name.size()) continue;
      std::size_t k = 1;
      while (k < w.size() && lower(name[i + k]) == w[k]) ++k;
      if (k == w.size()) return true;
    }
  }
  return false;
}

namespace {

// The JSON file `name` beside the file being read, harvested; nullopt when it is absent, too
// large or not of the format `format`.
std::optional<FileResult> sibling_json(const FileEntry& entry, const std::string& name,
                                       std::string_view format) {
  FileEntry sibling;
  sibling.abs_path = entry.abs_path.parent_path() / name;
  std::error_code ec;
  const auto size = std::filesystem::file_size(sibling.abs_path, ec);
  if (ec || size == 0 || size > (std::uintmax_t{16} << 20)) return std::nullopt;
  sibling.bytes = size;
  std::string bytes, why;
  if (!read_all(sibling, bytes, why)) return std::nullopt;
  FileResult result;
  result.entry = sibling;
  harvest_json(text::decode(std::move(bytes)).text, result);
  if (result.format != format) return std::nullopt;
  return result;
}

// LLMPerf writes each run as a pair, "<prefix>_summary.json" beside
// "<prefix>_individual_responses.json"; the responses name neither the model nor the concurrency,
// so they take them from their summary.
void join_llmperf_summary(FileResult& r) {
  constexpr std::string_view kSuffix = "_individual_responses.json";
  if (r.format != "llmperf individual responses" ||
      !std::string_view(r.entry.rel_path).ends_with(kSuffix))
    return;
  std::string name = r.entry.abs_path.filename().string();
  name.replace(name.size() - kSuffix.size(), kSuffix.size(), "_summary.json");
  const auto summary = sibling_json(r.entry, name, "llmperf summary");
  if (!summary) return;
  std::string model, concurrency;
  for (const auto& row : summary->rows) {
    if (model.empty()) model = row.context.model;
    if (concurrency.empty() && row.parameter == "concurrency") concurrency = row.raw;
  }
  for (auto& row : r.rows) {
    if (row.context.model.empty()) row.context.model = model;
    if (row.context.concurrency.empty() && row.role == metrics::Role::metric)
      row.context.concurrency = concurrency;
  }
}

// The first LLMPerf writes "<run>.json" (its summary, which names the model, the concurrency and
// the framework) beside "<run>_raw.json" (its requests, which name none).
void join_llmperf_v1_summary(FileResult& r) {
  constexpr std::string_view kSuffix = "_raw.json";
  if (r.format != "llmperf v1 responses" || !std::string_view(r.entry.rel_path).ends_with(kSuffix))
    return;
  std::string name = r.entry.abs_path.filename().string();
  name.replace(name.size() - kSuffix.size(), kSuffix.size(), ".json");
  const auto summary = sibling_json(r.entry, name, "llmperf v1 summary");
  if (!summary) return;
  Context shared;
  for (const auto& row : summary->rows) {
    if (row.role == metrics::Role::metric) shared.fill_from(row.context);
  }
  shared.config.clear();
  shared.section.clear();
  for (auto& row : r.rows) {
    if (row.role == metrics::Role::metric) row.context.fill_from(shared);
  }
}

// AIPerf and genai-perf write each profile twice, "<name>.csv" beside "<name>.json"
// (profile_export_aiperf.*, profile_export_genai_perf.*); the CSV names neither the model nor the
// load, so its figures take the labels every figure of the JSON shares.
void join_aiperf_json(FileResult& r) {
  if (r.format != "aiperf csv" || !std::string_view(r.entry.rel_path).ends_with(".csv")) return;
  std::string name = r.entry.abs_path.filename().string();
  name.replace(name.size() - 4, 4, ".json");
  const auto json = sibling_json(r.entry, name, "aiperf json");
  if (!json) return;
  Context shared;
  std::array<bool, Context::kFields> differ{};
  bool first = true;
  for (const auto& row : json->rows) {
    if (row.role != metrics::Role::metric || row.status != RowStatus::ok) continue;
    for (std::size_t f = 0; f < Context::kFields; ++f) {
      if (first) shared.field(f) = row.context.field(f);
      differ[f] = differ[f] || shared.field(f) != row.context.field(f);
    }
    first = false;
  }
  for (std::size_t f = 0; f < Context::kFields; ++f) {
    if (differ[f] || Context::field_name(f) == "section") shared.field(f).clear();
  }
  for (auto& row : r.rows) {
    if (row.role == metrics::Role::metric)
      row.context.fill_from(shared);
    else if (row.context.model.empty())
      row.context.model = shared.model;
  }
}

// A number with a unit of time, rate, tokens or memory after it ("57.55 sec", "15.05 tokens/sec",
// "866 tokens", "12ms") at `at` of `line`, where a digit run ends.
bool unit_after(std::string_view line, std::size_t at) {
  while (at < line.size() && line[at] == ' ') ++at;
  std::size_t end = at;
  while (end < line.size() &&
         (std::isalpha(static_cast<unsigned char>(line[end])) != 0 || line[end] == '/'))
    ++end;
  static constexpr std::array<std::string_view, 16> kUnits = {
      "ms",       "s",          "sec",     "secs",  "seconds", "tokens", "tok/s", "t/s",
      "tokens/s", "tokens/sec", "tok/sec", "req/s", "gb",      "gib",    "mb",    "mib"};
  std::string unit(line.substr(at, end - at));
  for (auto& c : unit) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::find(kUnits.begin(), kUnits.end(), unit) != kUnits.end();
}

// Lines of a file that hold a figure with its unit, and the first of them ("line 3: '...'"):
// what a file that gave no rows may still hold. Looks at its first 2,000 lines.
std::pair<std::size_t, std::string> lines_with_figures(std::string_view text) {
  std::size_t count = 0, number = 0;
  std::string first;
  for (std::size_t at = 0; at < text.size() && number < 2000;) {
    auto end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(at, end - at);
    at = end + 1;
    ++number;
    bool found = false;
    for (std::size_t i = 0; i < line.size() && !found; ++i) {
      if (std::isdigit(static_cast<unsigned char>(line[i])) == 0) continue;
      const bool starts = i == 0 || std::isalnum(static_cast<unsigned char>(line[i - 1])) == 0;
      std::size_t j = i;
      while (j < line.size() &&
             (std::isdigit(static_cast<unsigned char>(line[j])) != 0 || line[j] == '.'))
        ++j;
      found = starts && unit_after(line, j);
      i = j;
    }
    if (!found) continue;
    if (count++ == 0) {
      std::string shown(text::trim(line).substr(0, 80));
      first = "line " + std::to_string(number) + ": '" + shown + "'";
    }
  }
  return {count, first};
}

// A log's CSV summary printed after lines of text ("=== Results ===", "ISL,OSL,Requests,
// Throughput(tokens/sec),Latency(ms),Status" and its rows): a header of words and two commas or
// more, then rows of as many commas that hold a figure. Where each block starts (0-based line)
// and its text.
std::vector<std::pair<std::size_t, std::string_view>> csv_blocks(std::string_view text) {
  std::vector<std::pair<std::size_t, std::string_view>> blocks;
  // (Outside quotes: llama-bench's "Tesla P100-PCIE-16GB, Tesla P100-PCIE-16GB" is one field.)
  const auto commas = [](std::string_view l) {
    std::size_t n = 0;
    bool quoted = false;
    for (const char c : l) {
      if (c == '"') quoted = !quoted;
      n += (c == ',' && !quoted) ? 1 : 0;
    }
    return n;
  };
  const auto has_digit = [](std::string_view l) {
    return l.find_first_of("0123456789") != std::string_view::npos;
  };
  std::size_t number = 0, start = 0, start_at = 0, width = 0, rows = 0, end_at = 0;
  bool header_words = false;
  const auto close = [&] {
    if (width >= 2 && header_words && rows >= 2)
      blocks.emplace_back(start, text.substr(start_at, end_at - start_at));
    width = 0;
    rows = 0;
  };
  for (std::size_t at = 0; at <= text.size(); ++number) {
    auto end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text::trim(text.substr(at, end - at));
    const std::size_t n = line.empty() ? 0 : commas(line);
    if (width > 0 && n == width && has_digit(line)) {
      ++rows;
      end_at = end;
    } else {
      close();
      if (n >= 2 && std::any_of(line.begin(), line.end(),
                                [](unsigned char c) { return std::isalpha(c) != 0; })) {
        // A header names its columns: no cell of it is a bare number.
        header_words = true;
        for (std::size_t b = 0; b <= line.size();) {
          auto e = line.find(',', b);
          if (e == std::string_view::npos) e = line.size();
          if (numeric::parse_cell(text::trim(line.substr(b, e - b)))) header_words = false;
          b = e + 1;
        }
        width = n;
        start = number;
        start_at = at;
        end_at = end;
      }
    }
    if (end == text.size()) break;
    at = end + 1;
  }
  close();
  return blocks;
}

// A banner line of settings among the few lines above line `first` (0-based) of a text
// ("########## p2p=on", "=== batch=8 ctx=4096 ==="): its pairs, or "".
std::string settings_banner_above(std::string_view text, std::size_t first) {
  std::vector<std::string_view> lines;
  std::size_t number = 0;
  for (std::size_t at = 0; at < text.size() && number < first; ++number) {
    auto end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  for (std::size_t back = 0; back < 6 && back < lines.size(); ++back) {
    std::string_view l = text::trim(lines[lines.size() - 1 - back]);
    if (l.size() < 5 || (l.front() != '#' && l.front() != '=')) continue;
    while (!l.empty() && (l.front() == '#' || l.front() == '=' || l.front() == ' '))
      l.remove_prefix(1);
    while (!l.empty() && (l.back() == '#' || l.back() == '=' || l.back() == ' '))
      l.remove_suffix(1);
    if (l.empty() || l.find('=') == std::string_view::npos || l.size() > 80) continue;
    bool pairs = true;
    for (std::size_t at = 0; at < l.size() && pairs;) {
      const auto end = std::min(l.find(' ', at), l.size());
      const std::string_view word = l.substr(at, end - at);
      const auto eq = word.find('=');
      pairs = word.empty() || (eq != std::string_view::npos && eq > 0 && eq + 1 < word.size());
      at = end + 1;
    }
    if (pairs) return std::string(l);
  }
  return {};
}

// Reads the CSV blocks of a text file in no other layout as CSV files are read, their rows'
// lines those of the file ("csv[0][3].Latency(ms)").
void harvest_csv_blocks(std::string_view text, FileResult& r) {
  const auto blocks = csv_blocks(text);
  // The lines other readers of the file took figures from ("Avg prompt throughput: 1.0
  // tokens/s, Running: 1 reqs, ..." lines have commas too): a block on any of them is theirs.
  std::vector<std::size_t> taken;
  for (const auto& row : r.rows) taken.push_back(row.line);
  std::sort(taken.begin(), taken.end());
  const std::size_t before = r.rows.size();
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    const std::size_t first = blocks[k].first + 1;
    const auto lines = static_cast<std::size_t>(
        std::count(blocks[k].second.begin(), blocks[k].second.end(), '\n'));
    const auto hit = std::lower_bound(taken.begin(), taken.end(), first);
    if (hit != taken.end() && *hit <= first + lines) continue;
    FileResult block;
    block.entry = r.entry;
    harvest_csv(blocks[k].second, block);
    if (block.status != FileStatus::ingested) continue;
    // "########## p2p=on" a few lines above: the setting the block's run had.
    if (const std::string banner = settings_banner_above(text, blocks[k].first); !banner.empty()) {
      for (auto& row : block.rows) {
        std::string& config = row.context.config;
        if (config.find(banner) == std::string::npos)
          config = config.empty() ? banner : banner + " " + config;
      }
    }
    const std::size_t offset = blocks[k].first;
    const auto file_line = [&](std::size_t line) { return line > 0 ? line + offset : 0; };
    detail::take_rows(r.rows, block.rows, "csv[" + std::to_string(k) + "]", "", file_line);
    detail::take_text_cells(r, block, file_line);  // (none left unsaid)
    // ("line 2: ..." of the block is the file's line 7: said as the file numbers it.)
    for (auto& w : block.warnings) {
      std::size_t n = 0, at = 5;
      while (w.starts_with("line ") && at < w.size() &&
             std::isdigit(static_cast<unsigned char>(w[at])))
        n = n * 10 + static_cast<std::size_t>(w[at++] - '0');
      if (n > 0 && at < w.size() && w[at] == ':')
        w = "line " + std::to_string(file_line(n)) + w.substr(at);
      r.warnings.push_back("the CSV block at line " + std::to_string(blocks[k].first + 1) + ", " +
                           w);
    }
  }
  if (r.rows.size() > before && r.format.empty()) r.format = "csv in a text file";
}

// A column (or key) of times between tokens that is 0 in every row of the file ("mean_itl_ms"
// 0.0 beside each run's TTFT): what a client writes when no gap between tokens was timed
// (one-token answers, or none streamed), not a measurement of zero time. No value, said why.
void zero_gap_columns(FileResult& r) {
  static const metrics::MetricDef* const kItl = metrics::find_metric("itl");
  static const metrics::MetricDef* const kTpot = metrics::find_metric("tpot");
  static const metrics::MetricDef* const kTtft = metrics::find_metric("ttft");
  static const metrics::MetricDef* const kMemory = metrics::find_metric("memory");
  const auto gap = [](const MetricRow& row) {
    // (... and a peak memory of 0 in every record: a runtime that reports none, "peak_memory_gb"
    // 0.0 of llama.cpp beside MLX's real figures.)
    return row.metric &&
           (row.metric == kItl || row.metric == kTpot || row.metric == kTtft ||
            (row.metric == kMemory && row.statistic == "max")) &&
           row.status == RowStatus::ok && row.value &&
           // (A spread of 0 is a real one: one sample, or equal ones.)
           row.statistic != "std" && row.statistic != "variance" && row.statistic != "cv" &&
           row.statistic != "ci_half" && row.statistic != "delta";
  };
  std::vector<std::pair<std::string_view, std::size_t>> zeros;  // name, rows; nonzero: npos
  for (const auto& row : r.rows) {
    if (!gap(row)) continue;
    auto it = std::find_if(zeros.begin(), zeros.end(),
                           [&](const auto& z) { return z.first == row.name; });
    if (it == zeros.end()) it = zeros.insert(zeros.end(), {row.name, 0});
    if (it->second == std::string::npos) continue;
    it->second = *row.value == 0 ? it->second + 1 : std::string::npos;
  }
  for (const auto& [name, count] : zeros) {
    if (count == std::string::npos || count < 2) continue;
    const std::string note = "every '" + std::string(name) +
                             "' figure of the file is 0: no time that was measured, so no value";
    const std::string memory_note =
        "every '" + std::string(name) +
        "' figure of the file is 0: no peak of memory that was measured, so no value";
    for (auto& row : r.rows) {
      if (!gap(row) || row.name != name) continue;
      row.value.reset();
      row.normalized.reset();
      row.note = row.metric->id == "memory" ? memory_note : note;
    }
  }
  // (And a TTFT of 0 ms among others that are not: one run's placeholder.)
  for (auto& row : r.rows) {
    if (row.metric == kTtft && row.value && *row.value == 0.0) detail::zero_ttft_placeholder(row);
  }
}

}  // namespace

FileResult ingest_file(FileEntry entry, const FileOptions& options) {
  FileResult r;
  r.entry = std::move(entry);
  if (!r.entry.walk_skip.empty()) {
    std::string why = r.entry.walk_skip;
    return skip(std::move(r), std::move(why));
  }
  if (r.entry.bytes > options.max_file_bytes) {
    std::string why = "file is " + std::to_string(r.entry.bytes) +
                      " bytes, over --max-file-bytes " + std::to_string(options.max_file_bytes) +
                      " (raise the limit to ingest it)";
    return skip(std::move(r), std::move(why));  // the reason first: r is moved from here
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
    case FileType::jsonl:
      harvest_jsonl(decoded.text, r);
      break;
    case FileType::text:
      // llama-bench's `-o sql` (any INSERT statements with their columns), whatever the name.
      if (detail::has_sql_inserts(decoded.text) && detail::harvest_sql_inserts(decoded.text, r))
        break;
      harvest_text_or_json(decoded.text, r);
      // (Beside what other readers took: a log of a run with nvidia-smi's samples in it.)
      if (!r.json_document) harvest_csv_blocks(decoded.text, r);
      break;
    case FileType::yaml:
      harvest_yaml(decoded.text, r);
      break;
  }

  if (r.status == FileStatus::skipped) {
    std::string reason = std::move(r.reason);
    return skip(std::move(r), std::move(reason));
  }
  if (r.status == FileStatus::not_results) {
    r.rows.clear();
    r.legacy.clear();
    return r;
  }
  join_llmperf_summary(r);
  join_llmperf_v1_summary(r);
  join_aiperf_json(r);
  zero_gap_columns(r);
  detail::label_load_from_path(r);
  detail::label_from_model_names(r);
  detail::label_from_context_file(r);
  // A file recognised as a tool's output that gave no figure lost them somewhere: say so.
  if (!r.format.empty() && r.rows.empty()) {
    detail::add_warning(
        r.warnings, "recognised as " + r.format + " output, but no figure could be read from it",
        options.max_warnings_per_file);
  } else if (r.rows.empty() && r.legacy.empty() && r.entry.type == FileType::text) {
    // ... and a log or text file in no layout read here that holds figures with their units.
    // (Not a Markdown note: its prose figures are not read, as documented.)
    if (const auto [lines, first] = lines_with_figures(decoded.text); lines >= 3)
      detail::add_warning(r.warnings,
                          "no figure read, though " + std::to_string(lines) +
                              " lines hold numbers with units (" + first +
                              "): a layout chimera does not read",
                          options.max_warnings_per_file);
  }
  return r;
}

}  // namespace chimera::ingest
