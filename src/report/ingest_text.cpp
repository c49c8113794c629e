#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "chimera/core/text.hpp"
#include "chimera/metrics/registry.hpp"
#include "chimera/report/ingest_writers.hpp"

namespace chimera::report {
namespace {

struct KindStats {
  std::size_t rows = 0, files = 0, missing = 0;
  std::size_t last_file = 0;  // the number of the last file counted in `files` (files start at 1)
  std::vector<std::pair<std::string, std::size_t>> units;  // few distinct units: a flat list

  std::size_t last_unit = 0;  // rows of one metric come with one unit in runs: tried first

  void count_unit(const std::string& u) {
    if (last_unit < units.size() && units[last_unit].first == u) {
      ++units[last_unit].second;
      return;
    }
    for (std::size_t i = 0; i < units.size(); ++i) {
      if (units[i].first == u) {
        ++units[i].second;
        last_unit = i;
        return;
      }
    }
    last_unit = units.size();
    units.emplace_back(u, 1);
  }
};

std::string top_units(std::vector<std::pair<std::string, std::size_t>> units) {
  std::sort(units.begin(), units.end());  // by name first, so ties below stay in a stable order
  std::vector<std::pair<std::size_t, std::string>> v;
  for (const auto& [u, n] : units) v.emplace_back(n, u.empty() ? "(none)" : u);
  std::stable_sort(v.begin(), v.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::string s;
  for (std::size_t i = 0; i < v.size() && i < 4; ++i) s += (i ? ", " : "") + v[i].second;
  if (v.size() > 4) s += ", ...";
  return s;
}

class TextWriter final : public ingest::IngestSink {
 public:
  explicit TextWriter(std::ostream& out) : out_(out) {}

  Status begin(const ingest::IngestOptions&) override { return ok_status(); }

  Status file(const ingest::FileResult& f) override {
    ++file_no_;
    if (f.text_cells > 0 && text_cells_ == 0)
      text_cell_example_ = text::printable(f.entry.rel_path) + " " + f.text_cell_example;
    text_cells_ += f.text_cells;
    for (const auto& r : f.rows) {
      // Runs for every row on the writer thread: rows of one metric come in runs, and the keys
      // are the registry's own strings, so the last entry is found by address first.
      const std::string_view key = stats_key(r);
      if (!last_ || key.data() != last_key_.data() || key.size() != last_key_.size()) {
        auto it = stats_.find(key);
        if (it == stats_.end()) it = stats_.emplace(std::string(key), KindStats{}).first;
        last_ = &it->second;
        last_key_ = key;
      }
      auto& k = *last_;
      ++k.rows;
      k.missing += r.value ? 0 : 1;
      k.count_unit(r.normalized_unit.empty() ? r.unit : r.normalized_unit);
      // (The settings of a failed run keep their values: no figures of its errored requests.)
      const bool failed_figure =
          r.status == ingest::RowStatus::failed && r.role == metrics::Role::metric;
      failed_ += failed_figure ? 1 : 0;
      failed_valued_ += failed_figure && r.value ? 1 : 0;
      if (r.value && !r.normalized && unit_unsaid(r)) note_unit_unsaid(f, r);
      if (k.last_file != file_no_) {
        k.last_file = file_no_;
        ++k.files;
      }
    }
    // A file read without error that gave nothing (no table, record or line of figures it could
    // tell) is said, not left to the count of rows alone. (One with warnings says why already;
    // one whose only figures were cells of text is said here too, beside the count of those.)
    if (f.status == ingest::FileStatus::ingested && f.rows.empty() && f.warnings.empty()) {
      if (no_figures_.size() < 20) no_figures_.push_back(text::printable(f.entry.rel_path));
      ++no_figures_count_;
    }
    for (const auto& w : f.warnings) {
      if (warnings_.size() < kMaxListed) {
        warnings_.push_back(text::printable(f.entry.rel_path) + ": " + w);
      } else {
        ++unlisted_;
      }
    }
    return ok_status();
  }

  Status end(const ingest::IngestSummary& s) override {
    out_ << s.data_summary();
    out_ << fmt::format("Metrics: {} rows from {} files\n", s.metric_rows, s.total_ingested());
    if (s.counts[3] + s.counts[4] + s.counts[5] > 0) {
      out_ << fmt::format(
          "  (also read, outside the reference's summary: {} JSON Lines, {} text{})\n", s.counts[3],
          s.counts[4], s.counts[5] > 0 ? fmt::format(", {} YAML", s.counts[5]) : "");
    }
    out_ << fmt::format("  {:<20} {:>9} {:>6} {:>8}  {}\n", "metric", "rows", "files", "no value",
                        "units (normalised)");
    for (const auto& [name, k] : stats_) {
      out_ << fmt::format("  {:<20} {:>9} {:>6} {:>8}  {}\n", name, k.rows, k.files, k.missing,
                          top_units(k.units));
    }
    // (A failed request's own figures keep only their text; a count or statistic taken over the
    // errored requests, "Requests Made Err" 0, keeps its value.)
    if (failed_ && failed_valued_ == 0) {
      out_ << fmt::format(
          "  {} rows belong to failed requests: kept with their raw text, no value\n", failed_);
    } else if (failed_ && failed_valued_ == failed_) {
      out_ << fmt::format(
          "  {} rows (status failed) are counts or statistics of the errored requests together\n",
          failed_);
    } else if (failed_) {
      out_ << fmt::format(
          "  {} rows belong to failed requests: {} kept with their raw text, no value; {} are\n"
          "  counts or statistics of the errored requests taken together\n",
          failed_, failed_ - failed_valued_, failed_valued_);
    }
    if (text_cells_) {
      out_ << fmt::format(
          "  {} cells in figure columns start with a digit but hold no single figure\n"
          "  (ranges, fractions, '7B'): kept as text, not as rows. The first:\n"
          "  {}\n",
          text_cells_, text_cell_example_);
    }
    if (unit_unsaid_) {
      out_ << fmt::format(
          "  {} figures of metrics that have a unit have none in their file (a bare number):\n"
          "  kept with their value, not normalised, no unit guessed. The first:\n"
          "  {}\n",
          unit_unsaid_, unit_unsaid_example_);
    }
    if (!s.formats.empty()) {
      out_ << "\nRecognised formats:";
      for (const auto& [name, n] : s.formats) out_ << fmt::format(" {} ({})", name, n);
      out_ << "\n";
    }
    out_ << fmt::format("\nSkipped files: {}\n", s.skipped.size());
    for (const auto& k : s.skipped)
      out_ << "  " << text::printable(k.path) << ": " << k.reason << "\n";
    if (no_figures_count_ > 0) {
      out_ << fmt::format(
          "\nRead, no figures found: {} {} (no table, record or line of figures recognised)\n",
          no_figures_count_, no_figures_count_ == 1 ? "file" : "files");
      for (const auto& p : no_figures_) out_ << "  " << p << "\n";
      if (no_figures_count_ > no_figures_.size())
        out_ << fmt::format("  ... and {} more\n", no_figures_count_ - no_figures_.size());
    }
    if (!s.not_read.empty()) {
      out_ << fmt::format("\nNot read: {} files\n", s.not_read.size() + s.not_read_unlisted);
      for (std::size_t i = 0; i < s.not_read.size() && i < 20; ++i)
        out_ << "  " << text::printable(s.not_read[i].path) << ": " << s.not_read[i].reason << "\n";
      if (s.not_read.size() + s.not_read_unlisted > 20)
        out_ << fmt::format("  ... and {} more (--format json lists them)\n",
                            s.not_read.size() + s.not_read_unlisted - 20);
    }
    const std::size_t nwarn = warnings_.size() + unlisted_ + s.warnings.size();
    if (nwarn) out_ << fmt::format("\nWarnings: {}\n", nwarn);
    for (const auto& w : s.warnings) out_ << "  " << w << "\n";
    for (const auto& w : warnings_) out_ << "  " << w << "\n";
    if (unlisted_)
      out_ << fmt::format("  ... and {} more (--format json lists them all)\n", unlisted_);
    out_.flush();
    if (out_) return ok_status();
    return Error{ErrorCode::io, "writing the text output failed",
                 "check free disk space and the -o path"};
  }

 private:
  std::ostream& out_;
  // "(parameter)" etc. for rows that are not metrics, else the canonical id or "unknown".
  static std::string_view stats_key(const ingest::MetricRow& r) {
    switch (r.role) {
      case metrics::Role::metric:
        return r.metric_id();
      case metrics::Role::parameter:
        return "(parameter)";
      case metrics::Role::identifier:
        return "(identifier)";
      case metrics::Role::timestamp:
        break;
    }
    return "(timestamp)";
  }

  // A figure whose metric has a unit ("ttft" in ms), whose statistic keeps it, and whose file
  // names none: its number cannot be compared with the other files' ("mean_ttft": 0.865). (Not
  // a ratio such as a speedup: its bare number is in its unit, "x".)
  static bool unit_unsaid(const ingest::MetricRow& r) {
    return r.role == metrics::Role::metric && r.metric && !r.metric->unit.empty() &&
           r.metric->unit != "x" && r.unit.empty() && metrics::statistic_keeps_unit(r.statistic);
  }
  void note_unit_unsaid(const ingest::FileResult& f, const ingest::MetricRow& r) {
    if (unit_unsaid_++ == 0)
      unit_unsaid_example_ =
          fmt::format("{} {}{}: '{}' {} ({})", text::printable(f.entry.rel_path),
                      text::printable(r.locator), r.line ? fmt::format(" line {}", r.line) : "",
                      text::printable(r.name), text::printable(r.raw), r.metric->id);
  }

  std::map<std::string, KindStats, std::less<>>
      stats_;                  // by canonical metric, "unknown", "(parameter)"
  KindStats* last_ = nullptr;  // the entry of the previous row (map nodes do not move)
  std::string_view last_key_;
  std::size_t file_no_ = 0;
  std::size_t failed_ = 0;
  std::size_t failed_valued_ = 0;  // of them, rows with a value (figures over the errored requests)
  std::size_t text_cells_ = 0;     // cells of figure columns kept as text (see FileResult)
  std::vector<std::string> no_figures_;  // files read that gave no row (the first 20)
  std::size_t no_figures_count_ = 0;
  std::string text_cell_example_;
  std::size_t unit_unsaid_ = 0;  // figures whose metric has a unit and whose file gives none
  std::string unit_unsaid_example_;
  static constexpr std::size_t kMaxListed = 200;
  std::vector<std::string> warnings_;
  std::size_t unlisted_ = 0;
};

}  // namespace

std::unique_ptr<ingest::IngestSink> make_ingest_text_writer(std::ostream& out) {
  return std::make_unique<TextWriter>(out);
}

}  // namespace chimera::report
