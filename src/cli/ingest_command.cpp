#include <fmt/format.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <fstream>
#include <iostream>

#include "chimera/cli/cli.hpp"
#include "chimera/cli/support.hpp"
#include "chimera/core/text.hpp"
#include "chimera/ingest/pipeline.hpp"
#include "chimera/report/ingest_writers.hpp"
#include "chimera/store/ingest_sqlite.hpp"

namespace chimera::cli {
namespace {

struct IngestArgs {
  std::string dir;
  std::string layout = "all";
  Format format = Format::text;
  std::string output;
  std::string max_file_bytes = "256MiB";
  bool follow_symlinks = false;
  bool strict = false;
  bool quiet = false;
  unsigned jobs = 0;
};

// "1048576", "64KiB", "256MiB", "1GiB" (K/M/G and KB/MB/GB are read as binary multiples too).
std::optional<std::uint64_t> parse_size(std::string_view s) {
  std::size_t i = 0;
  std::uint64_t v = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
    if (v > (UINT64_MAX - 9) / 10) return std::nullopt;
    v = v * 10 + static_cast<std::uint64_t>(s[i++] - '0');
  }
  if (i == 0) return std::nullopt;
  const std::string unit = text::to_lower(s.substr(i));
  const std::pair<std::string_view, int> kUnits[] = {
      {"", 0},    {"b", 0},    {"k", 10}, {"kb", 10}, {"kib", 10}, {"m", 20},
      {"mb", 20}, {"mib", 20}, {"g", 30}, {"gb", 30}, {"gib", 30}};
  for (const auto& [u, shift] : kUnits) {
    if (unit == u) {
      if (shift && v > (UINT64_MAX >> shift)) return std::nullopt;
      return v << shift;
    }
  }
  return std::nullopt;
}

// Shows "files, rows" on stderr while the ingest runs, when stderr is a terminal.
class Progress {
 public:
  explicit Progress(bool enabled) : enabled_(enabled && ::isatty(STDERR_FILENO)) {}
  void update(std::size_t files, std::size_t rows) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    shown_ = true;
    std::cerr << fmt::format("\ringest: {} files, {} metric rows", files, rows) << std::flush;
  }
  void clear() {
    if (shown_) std::cerr << "\r\033[K" << std::flush;
  }

 private:
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point last_{};
};

void print_outcome(const ingest::IngestSummary& s, const IngestArgs& a) {
  std::cerr << fmt::format("chimera ingest: {} files ingested ({} csv, {} json, {} markdown",
                           s.total_ingested(), s.counts[0], s.counts[1], s.counts[2]);
  if (s.counts[3] + s.counts[4] > 0)
    std::cerr << fmt::format(", {} json lines, {} text", s.counts[3], s.counts[4]);
  if (s.counts[5] > 0) std::cerr << fmt::format(", {} yaml", s.counts[5]);
  std::cerr << fmt::format("), {} skipped, {} metric rows", s.skipped.size(), s.metric_rows);
  if (!a.output.empty()) std::cerr << " -> " << a.output;
  std::cerr << "\n";
  for (std::size_t i = 0; i < s.skipped.size() && i < 10; ++i) {
    std::cerr << "  skipped " << text::printable(s.skipped[i].path) << ": " << s.skipped[i].reason
              << "\n";
  }
  if (s.skipped.size() > 10)
    std::cerr << "  ... and " << s.skipped.size() - 10 << " more skipped\n";
}

int usage_error(const std::string& msg) {
  std::cerr << "chimera ingest: " << msg << "\nRun 'chimera ingest --help' for the options.\n";
  return kExitUsage;
}

int run_ingest_command(const IngestArgs& a) {
  if (auto st = check_output_path(a.output, "-o"); !st) return report_error(st.error());
  ingest::IngestOptions o;
  o.root = a.dir;
  o.walk.layout = a.layout == "chimera" ? ingest::Layout::chimera : ingest::Layout::all;
  o.walk.follow_symlinks = a.follow_symlinks;
  o.jobs = a.jobs;
  const auto max = parse_size(a.max_file_bytes);
  if (!max)
    return usage_error("--max-file-bytes '" + a.max_file_bytes +
                       "' is not a size (examples: 1048576, 64KiB, 256MiB, 1GiB)");
  o.file.max_file_bytes = *max;
  if (a.format == Format::sqlite && a.output.empty())
    return usage_error("--format sqlite writes a database file: add -o FILE.db");

  OutputFile out(a.output);
  if (a.format == Format::sqlite && out.is_special()) {
    return usage_error("--format sqlite needs a regular file for -o, not '" + a.output + "'");
  }
  std::ostream* stream = &std::cout;
  std::unique_ptr<ingest::IngestSink> sink;
  if (a.format == Format::sqlite) {
    auto w = store::make_ingest_sqlite_writer(out.temp_path());
    if (!w) return report_error(w.error());
    sink = std::move(w.value());
  } else {
    if (!a.output.empty()) {
      if (auto st = out.open_stream(); !st) return report_error(st.error());
      stream = &out.stream();
    }
    if (a.format == Format::json) sink = report::make_ingest_json_writer(*stream);
    if (a.format == Format::csv) sink = report::make_ingest_csv_writer(*stream);
    if (a.format == Format::text) sink = report::make_ingest_text_writer(*stream);
  }
  Progress progress(!a.quiet);
  auto result =
      ingest::run_ingest(o, *sink, [&](std::size_t f, std::size_t r) { progress.update(f, r); });
  progress.clear();
  sink.reset();  // closes the database / flushes before the output is committed
  if (!result) {
    Error e = result.error();
    if (e.code == ErrorCode::io && !a.output.empty())
      e.message = "writing '" + a.output + "' failed: " + e.message;
    return report_error(e);  // the temporary file is removed: no half-written output remains
  }
  if (auto st = out.commit(); !st) return report_error(st.error());
  if (!a.quiet && a.format != Format::text) print_outcome(result.value(), a);
  if (a.strict && !result.value().skipped.empty()) {
    std::cerr << "chimera ingest: --strict: " << result.value().skipped.size()
              << " file(s) skipped\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace

void add_ingest_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* cmd = app.add_subcommand(
      "ingest",
      "Read every benchmark artifact (CSV, JSON, JSON Lines, "
      "Markdown, text logs, SQL inserts, YAML reports) below DIR into one "
      "metrics table "
      "with provenance:\n"
      "each number's canonical metric, statistic, unit and "
      "context (model, test, GPU, ...); llama-bench, llama-batched-bench, vLLM, "
      "SGLang,\n"
      "trtllm-bench and gptManagerBenchmark, optimum-benchmark, GuideLLM, AIPerf, LLMPerf,\n"
      "llama-benchy, llama-cli, Ollama (its API responses and its Go benchmark suite),\n"
      "llama-server, MLX-LM, TGI's benchmark, ExecuTorch, vegeta and Chimera run files are "
      "recognised "
      "by content, with the "
      "model,\n"
      "GPU and load a folder's or file's name, "
      "a README or a run's manifest states. Plus the reference-compatible data summary and keyword "
      "metrics.\nBad files are skipped with a reason; "
      "files of other types are listed as not read, and files read that give no figure as such.");
  cmd->add_option("DIR", args->dir,
                  "Folder holding the benchmark artifacts (or one result file, read alone: the "
                  "folders named above it label it as a folder's name labels its files)")
      ->required();
  cmd->add_option(
         "--layout", args->layout,
         "all: every .csv .json .jsonl .md .markdown .txt .log .sql .yaml below DIR; chimera: "
         "exactly what the reference scanned\n"
         "(DIR/reports: csv json md, then DIR/csv_data: csv json)")
      ->check(CLI::IsMember({"all", "chimera"}))
      ->capture_default_str();
  add_format_option(
      cmd, args->format, {Format::text, Format::json, Format::csv, Format::sqlite},
      "text: summary for people; json: everything, self-describing; csv: the metrics\n"
      "table; sqlite: tables files, metrics, skipped, not_read, legacy_metrics, meta\n"
      "(needs -o)");
  add_output_option(cmd, args->output, "Write to FILE instead of stdout, atomically");
  cmd->add_option("--max-file-bytes", args->max_file_bytes,
                  "Skip files larger than this (e.g. 64MiB)")
      ->capture_default_str();
  cmd->add_flag("--follow-symlinks", args->follow_symlinks,
                "Follow symbolic links (loops are detected; a file reached twice is read once)");
  cmd->add_flag("--strict", args->strict, "Exit with code 1 when any file was skipped");
  cmd->add_flag("-q,--quiet", args->quiet, "No progress or summary on stderr");
  cmd->add_option("-j,--jobs", args->jobs, "Parser threads (default: one per core)")
      ->check(CLI::Range(0u, 256u));
  cmd->callback([args, &exit_code] { exit_code = run_ingest_command(*args); });
}

}  // namespace chimera::cli
