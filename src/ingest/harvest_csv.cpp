#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "chimera/core/numeric.hpp"
#include "chimera/core/text.hpp"
#include "chimera/ingest/csv_reader.hpp"
#include "chimera/ingest/harvest.hpp"
#include "chimera/metrics/classify.hpp"
#include "chimera/metrics/gloss.hpp"
#include "json_formats.hpp"
#include "markdown_context.hpp"
#include "row_builder.hpp"
#include "table_row.hpp"

namespace chimera::ingest {
namespace {

constexpr std::size_t kLegacyRows = 10;  // the reference read the first 10 data rows of a CSV

struct Column {
  std::string raw;   // header as written (the legacy key uses it)
  std::string name;  // trimmed, or "column_N" when empty
  bool legacy = false;
};

// First header cells that mean "each row names a metric" (AIPerf/genai-perf: Metric,avg,...).
bool is_label_header(std::string_view h) {
  static constexpr std::string_view kLabels[] = {"metric", "metrics", "measure", "statistic",
                                                 "stat",   "key",     "field",   "item"};
  h = text::trim(h);
  for (const auto l : kLabels) {
    if (text::iequals(h, l)) return true;
  }
  return metrics::has_cjk(h) && is_label_header(metrics::gloss(h));  // "指标"
}

// "Error (t/s)", "Std (ms)": a header that names only an error or a deviation, with its unit.
bool names_only_an_error(std::string_view name) {
  const auto open = name.find('(');
  if (open == std::string_view::npos || open == 0 || open > 14) return false;
  const std::string_view head = text::trim(name.substr(0, open));
  for (const std::string_view w :
       {"error", "err", "stddev", "std", "sd", "std dev", "uncertainty"}) {
    if (text::iequals(head, w)) return true;
  }
  return false;
}

class CsvHarvester {
 public:
  explicit CsvHarvester(FileResult& r) : r_(r) {}

  // The file's last line, where no line end closes it (a write cut short may have left it): no
  // row of it is taken for one that only left out its last field.
  void set_unterminated_line(std::size_t line) { unterminated_line_ = line; }

  bool record(std::size_t line, std::span<const std::string_view> fields) {
    if (cols_.empty()) {
      set_header(fields);
      legacy_cols_ = cols_;
      return true;
    }
    if (fields.size() == 1 && text::trim(fields[0]).empty()) {  // blank line: a section may end
      after_blank_ = true;
      return true;
    }
    if (data_row_ == 0 && fields.size() == cols_.size() && sub_header(fields)) return true;
    if (data_row_ < kLegacyRows) harvest_legacy(fields);
    if (data_row_ == 0 && fields.size() == cols_.size() && units_row(fields)) {
      ++data_row_;  // Nsight Compute's second header line: each column's unit, no figures
      return true;
    }
    // (A row of figures after blank lines is a row of the same table, a field short or not:
    // "Nvidia GH200 GPU,1,TensorRT-LLM,…,0.328" after a group's two blank lines; a header has
    // none, or one.)
    const auto figures = [&] {
      std::size_t n = 0;
      for (const auto f : fields) n += numeric::parse_cell(f) ? 1 : 0;
      return n;
    };
    const bool new_section = after_blank_ &&
                             (fields.size() != cols_.size() || is_label_header(fields[0])) &&
                             (fields.size() < 3 || figures() < 2);
    after_blank_ = false;
    if (new_section) {  // a second table in the same file (genai-perf's "Metric,Value")
      set_header(fields);
      ++data_row_;
      return true;
    }
    if (fields.size() == cols_.size()) header_again(line, fields);
    // A row one field short (a writer that leaves a last empty field out) or with one empty
    // field over (a trailing comma): read as its header's columns, said in a warning.
    thread_local std::vector<std::string_view> fitted;
    if (const auto fit = fitted_row(line, fields, fitted); fit != Fit::none) {
      detail::add_warning(
          r_.warnings,
          "line " + std::to_string(line) + ": " + std::to_string(fields.size()) +
              " fields but the header has " + std::to_string(cols_.size()) + "; read with " +
              (fit == Fit::padded ? "its last field ('" + cols_.back().name + "') empty"
                                  : "its empty last field left out"));
      data_row(line, fitted);
      ++data_row_;
      return true;
    }
    if (fields.size() != cols_.size()) {
      detail::add_warning(
          r_.warnings,
          "line " + std::to_string(line) + ": " + std::to_string(fields.size()) +
              " fields but the header has " + std::to_string(cols_.size()) +
              (line == unterminated_line_ ? ", and no line end after it (a write cut short?)"
                                          : "") +
              "; row not ingested");
      ++data_row_;
      return true;
    }
    data_row(line, fields);
    ++data_row_;
    return true;
  }

 private:
  enum class Fit { none, padded, trimmed };

  // "notes", "error", "status", "comment", "url": a column of text a row may leave empty.
  static bool optional_text(std::string_view name) {
    const std::string low = text::to_lower(name);
    for (const std::string_view w : {"note", "comment", "error", "status", "tag", "desc", "url",
                                     "link", "path", "remark", "message", "label"}) {
      if (low.find(w) != std::string::npos) return true;
    }
    return false;
  }

  // A row that fits its header once one empty last field is added or taken away: its fields
  // so (in `out`).
  Fit fitted_row(std::size_t line, std::span<const std::string_view> fields,
                 std::vector<std::string_view>& out) const {
    if (cols_.size() < 3) return Fit::none;
    // (Only where the last column is text a row may leave out, a note or an error: a figure
    // column's cell may be missing anywhere in the row, and the rest shifted.)
    if (fields.size() + 1 == cols_.size() && line != unterminated_line_ &&
        optional_text(cols_.back().name)) {
      out.assign(fields.begin(), fields.end());
      out.emplace_back();
      return Fit::padded;
    }
    if (fields.size() == cols_.size() + 1 && text::trim(fields.back()).empty()) {
      out.assign(fields.begin(), fields.end() - 1);
      return Fit::trimmed;
    }
    return Fit::none;
  }

  void data_row(std::size_t line, std::span<const std::string_view> fields) {
    const std::size_t first_row = r_.rows.size();
    data_row_cells(line, fields);
    detail::copies_in_other_units(r_.rows, first_row);
  }

  void data_row_cells(std::size_t line, std::span<const std::string_view> fields) {
    cells_.clear();
    for (const auto f : fields) cells_.push_back(text::trim(f));
    if (levels_) {
      level_row(line, fields);
      return;
    }
    if (!asked_cols_.empty()) asked_settings_hold();
    auto labels = detail::row_labels(roles_, names_, cells_, any_baseline_);
    if (grouped_) labels_from_json_cells(labels.context);
    if (labels.context.model.empty()) model_of_a_result_name(labels.context);
    // "--n-cpu-moe" changed to 8: the row's run had that setting ("--n-cpu-moe=8").
    if (changed_param_col_ != kNone && changed_param_col_ < cells_.size() &&
        after_col_ < cells_.size() && !cells_[changed_param_col_].empty() &&
        !cells_[after_col_].empty()) {
      std::string setting =
          std::string(cells_[changed_param_col_]) + "=" + std::string(cells_[after_col_]);
      std::string& config = labels.context.config;
      if (config.find(setting) == std::string::npos)
        config = config.empty() ? std::move(setting) : setting + " " + config;
    }
    const std::string label = label_col_ != kNone ? std::string(cells_[label_col_]) : std::string();
    row_at_col_.clear();
    for (std::size_t c = 0; c < cols_.size(); ++c) {
      if (roles_[c].use != detail::ColumnRole::Use::metric || c == label_col_) continue;
      // (An identifier keeps its own name: "GPU_Index" 0 is no statistic of the label's metric.)
      const std::string labelled =
          label.empty() || detail::classify_cached(cols_[c].name).role == metrics::Role::identifier
              ? std::string()
              : detail::labelled_name(label, cols_[c].name);
      if (guidellm_ && percentile_list(c, line, cells_[c], labels.context)) continue;
      const std::string_view read_as = !labelled.empty()      ? std::string_view(labelled)
                                       : !read_as_[c].empty() ? std::string_view(read_as_[c])
                                                              : std::string_view(cols_[c].name);
      MetricRow* row = detail::add_text_row(r_.rows, read_as, fields[c]);
      if (!row) {
        detail::note_text_cell(r_, line, fields[c]);
        continue;
      }
      // (A variant's column keeps the name it is read by, whose test later steps read: its
      // locator and note keep its own.)
      if (!read_as_[c].empty() && labelled.empty() && !variant_col_[c]) row->name = cols_[c].name;
      row->locator = locator(c);
      row->line = line;
      if (!labels.context.empty()) row->context = labels.context;
      if (c == successes_col_ && row->value) detail::as_successes(*row);
      if (const auto p = roles_[c].parameter;
          (p == "input_len" || p == "output_len" || p == "rate") &&
          row->role == metrics::Role::metric)
        detail::as_setting(*row, p, p == "rate");  // asked for (leading_settings)
      if (baseline_[c]) detail::baseline_beside_tuned(*row, labels.settings);
      if (c < col_units_.size() && !col_units_[c].empty() && row->unit.empty()) {
        detail::set_unit(*row, col_units_[c]);
        if (row->unit.empty() && row->role == metrics::Role::metric)
          row->unit = col_units_[c];  // "Kbyte/block": kept as written, not normalised
      }
      detail::default_statistic(*row, label_col_ != kNone || summary_ ? "value" : "sample");
      if (mean_col_[c] && row->role == metrics::Role::metric &&
          (row->statistic == "value" || row->statistic == "sample"))
        row->statistic = "mean";
      if (variant_col_[c]) {
        std::string& config = row->context.config;
        config += std::string(config.empty() ? "" : " ") + "variant=v";
        detail::add_note(*row, "the 'v' column beside '" + read_as_[c] + "': a variant's run");
      }
      // "Prompt,Temps (s),Réponse": a row of one prompt and its answer is one request, its
      // time the request's whole time.
      if (exchange_ && row->metric == kDuration && row->statistic == "sample") {
        detail::set_metric(*row, "e2e_latency");
        detail::add_note(*row, "one request's time: each row holds a prompt and its answer");
      }
      if (labels.failed) detail::mark_failed(*row, labels.error);
      if (c < spread_of_.size() && spread_of_[c] != kNone) {
        spread_of_figure(*row, spread_of_[c]);
      } else if (any_spread_) {
        row_at_col_.emplace_back(c, r_.rows.size() - 1);
      }
      if (mlx_) detail::in_decimal_units(*row);  // mlx_lm divides bytes by 1e9 for "GB"
      detail::emit_companions(r_.rows, *row, cols_[c].name);
    }
    // "notes" of "Memory Usage: 9.9Gi": the figures a note names, rows of the line's own.
    for (std::size_t c = 0; c < cols_.size() && c < cells_.size(); ++c) {
      if (roles_[c].note)
        detail::add_note_figures(
            r_.rows, cells_[c],
            {cols_[c].name, locator(c), line, label_col_ != kNone || summary_ ? "value" : "sample"},
            labels.context, labels);
    }
  }

  // GuideLLM's "Percentiles" cell of a distribution, as its csv.py writes it: "[min, p001, p01,
  // p05, p10, p25, p75, p90, p95, p99, max]" (the median has a column of its own). One row each,
  // named by GuideLLM's own keys.
  bool percentile_list(std::size_t c, std::size_t line, std::string_view cell,
                       const Context& context) {
    static constexpr std::array<std::string_view, 11> kKeys = {
        "min", "p001", "p01", "p05", "p10", "p25", "p75", "p90", "p95", "p99", "max"};
    constexpr std::string_view kColumn = " Percentiles";
    const std::string& name = cols_[c].name;
    if (!name.ends_with(kColumn) || cell.size() < 2 || cell.front() != '[' || cell.back() != ']')
      return false;
    std::vector<std::string_view> items;
    for (std::string_view rest = cell.substr(1, cell.size() - 2);;) {
      const auto comma = rest.find(',');
      items.push_back(text::trim(rest.substr(0, comma)));
      if (comma == std::string_view::npos) break;
      rest.remove_prefix(comma + 1);
    }
    if (items.size() != kKeys.size()) return false;
    const std::string base = name.substr(0, name.size() - kColumn.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
      MetricRow* row = detail::add_text_row(r_.rows, base + " " + std::string(kKeys[i]), items[i]);
      if (!row) continue;
      row->locator = locator(c) + "." + std::string(kKeys[i]);
      row->line = line;
      row->context = context;
      detail::default_statistic(*row, "value");
    }
    return true;
  }

  // "Speed (t/s)" 27.33 beside "Error (t/s)" 0.06 (llama-bench's "27.33 ± 0.06" in two columns):
  // the second is the spread of the first, which is then a mean over its repetitions.
  void spread_of_figure(MetricRow& spread, std::size_t figure_col) {
    for (const auto& [col, index] : row_at_col_) {
      if (col != figure_col) continue;
      MetricRow& figure = r_.rows[index];
      if (figure.role != metrics::Role::metric || !figure.metric) return;
      if (figure.statistic == "sample" || figure.statistic == "value") figure.statistic = "mean";
      detail::renormalize(figure);
      spread.metric = figure.metric;
      spread.kind = figure.kind;
      spread.statistic = "std";
      spread.context = figure.context;
      detail::renormalize(spread);
      return;
    }
  }

  // For each column, the figure column it is the spread of: a column named only an error or a
  // deviation, with the unit of the figure column before it ("Speed (t/s)", "Error (t/s)").
  void find_spreads() {
    spread_of_.assign(cols_.size(), kNone);
    for (std::size_t c = 1; c < cols_.size(); ++c) {
      if (roles_[c].use != detail::ColumnRole::Use::metric ||
          roles_[c - 1].use != detail::ColumnRole::Use::metric)
        continue;
      const std::string& name = cols_[c].name;
      if (!names_only_an_error(name)) continue;
      const auto& mine = detail::classify_cached(name);
      const auto& before = detail::classify_cached(cols_[c - 1].name);
      if (!mine.unit.empty() && mine.unit == before.unit && before.metric) spread_of_[c] = c - 1;
    }
    any_spread_ =
        std::any_of(spread_of_.begin(), spread_of_.end(), [](std::size_t s) { return s != kNone; });
  }

  // A table written the other way round (pandas' DataFrame.T.to_csv(): an unnamed first column
  // of names, one column per level of a sweep, "",1,2,4,...): each row is one quantity, each
  // column one level. A row that names a setting ("concurrency") says which setting the levels
  // are; its figures are that setting's, and the other rows' figures are at those levels.
  void level_row(std::size_t line, std::span<const std::string_view> fields) {
    const std::string_view name = cells_[0];
    if (name.empty()) return;
    const auto& cls = detail::classify_cached(name);
    const bool setting = cls.role == metrics::Role::parameter;
    if (setting && level_setting_.empty() && cls.parameter) {
      level_setting_ = std::string(cls.parameter->id);
      level_values_.assign(cells_.begin(), cells_.end());
    }
    for (std::size_t c = 1; c < cols_.size(); ++c) {
      MetricRow* row = detail::add_text_row(r_.rows, name, fields[c]);
      if (!row) {
        detail::note_text_cell(r_, line, fields[c]);
        continue;
      }
      row->locator = locator(c);
      row->line = line;
      if (row->role == metrics::Role::metric) {
        const std::string& level = c < level_values_.size() && !level_values_[c].empty()
                                       ? level_values_[c]
                                       : cols_[c].name;
        if (level_setting_ == "concurrency") {
          row->context.concurrency = level;
        } else if (level_setting_ == "rate") {
          row->context.rate = level;
        } else {
          row->context.config = (level_setting_.empty() ? "level" : level_setting_) + "=" + level;
        }
      }
      detail::default_statistic(*row, "value");
      detail::emit_companions(r_.rows, *row, name);
    }
  }

  // The first non-empty string value of `key` ("\"model\"") in a JSON text; "" when none.
  static std::string json_string_field(std::string_view json, std::string_view key) {
    for (auto at = json.find(key); at != std::string_view::npos; at = json.find(key, at + 1)) {
      auto v = json.find_first_not_of(" :", at + key.size());
      if (v == std::string_view::npos || json[v] != '"') continue;
      const auto end = json.find('"', v + 1);
      if (end != std::string_view::npos && end > v + 1)
        return std::string(json.substr(v + 1, end - v - 1));
    }
    return {};
  }

  // GuideLLM's CSV keeps its run's arguments as JSON in cells ("Backend": {"model": ...},
  // "Profile": {"streams": [1]}): the model and load they name label the row's figures.
  void labels_from_json_cells(Context& ctx) const {
    for (const auto cell : cells_) {
      if (cell.size() < 2 || cell.front() != '{' || cell.back() != '}') continue;
      if (ctx.model.empty()) ctx.model = json_string_field(cell, "\"model\"");
      FileResult inner;
      harvest_json(cell, inner);
      for (const auto& row : inner.rows) {
        if (row.role != metrics::Role::parameter || row.raw.empty()) continue;
        if (ctx.concurrency.empty() && row.parameter == "concurrency" &&
            row.locator.find("max_") == std::string::npos)
          ctx.concurrency = row.raw;
        if (ctx.rate.empty() && row.parameter == "rate") ctx.rate = row.raw;
      }
    }
  }

  // GuideLLM's CSV: a header of groups ("Run Info,Run Info,...,Time to First Token,...") over
  // rows of fields and of units or statistics ("Successful ms", "Mean"), no figures in them:
  // each column is named by its group, field and statistic together
  // ("Time to First Token Successful ms Mean").
  bool sub_header(std::span<const std::string_view> fields) {
    if (!grouped_) {
      std::size_t repeats = 0;
      for (std::size_t c = 1; c < cols_.size(); ++c)
        repeats += !cols_[c].raw.empty() && cols_[c].raw == cols_[c - 1].raw;
      if (repeats < 2 || repeats * 4 < cols_.size()) return false;  // columns share groups
    }
    std::size_t filled = 0;
    for (const auto f : fields) {
      const auto v = text::trim(f);
      if (v.empty()) continue;
      if (detail::is_number_cell(v)) return false;
      ++filled;
    }
    if (filled == 0) return false;
    std::vector<std::string> names;
    for (std::size_t c = 0; c < cols_.size(); ++c) {
      const std::string_view sub = text::trim(fields[c]);
      const std::string& group = cols_[c].name;
      names.push_back(sub.empty() ? group : group + " " + std::string(sub));
    }
    std::vector<std::string_view> views(names.begin(), names.end());
    grouped_ = true;
    set_header(views);
    if (cols_[0].name.rfind("Run Info", 0) == 0) {
      r_.format = "guidellm csv";
      guidellm_ = true;
    }
    return true;
  }

  // A row of units under the header ("", "us", "Kbyte/block", "%"): no numbers, at least three
  // cells, most of them units. Kept per column for the rows below.
  bool units_row(std::span<const std::string_view> fields) {
    std::size_t filled = 0, units = 0;
    for (const auto f : fields) {
      const auto v = text::trim(f);
      if (v.empty()) continue;
      ++filled;
      if (detail::is_number_cell(v) || v.size() > 24) return false;
      const std::string low = text::to_lower(v);
      if (metrics::parse_unit(v) || v == "%" || low.find("byte") != std::string::npos ||
          low.find("second") != std::string::npos || low.find('/') != std::string::npos ||
          low == "cycle" || low == "block" || low == "warp" || low == "thread" || low == "pass")
        ++units;
    }
    if (filled < 3 || units * 2 < filled) return false;
    col_units_.assign(fields.size(), std::string());
    for (std::size_t c = 0; c < fields.size(); ++c)
      col_units_[c] = std::string(text::trim(fields[c]));
    return true;
  }

  // LLMPerf names a result by its model and the lengths it asked for, the model's '/' a '-'
  // ("deepseek-ai-DeepSeek-R1-Distill-Qwen-32B_1024_512"): a label cell of that form, in a row
  // whose own cells hold those lengths, names the row's model.
  void model_of_a_result_name(Context& ctx) const {
    for (std::size_t c = 0; c < cells_.size() && c < roles_.size(); ++c) {
      const std::string_view v = cells_[c];
      if (!roles_[c].label || v.size() < 12 || v.size() > 96 ||
          v.find(' ') != std::string_view::npos)
        continue;
      const auto last = v.rfind('_');
      const auto before =
          last == std::string_view::npos || last == 0 ? last : v.rfind('_', last - 1);
      if (before == std::string_view::npos || before == 0) continue;
      const std::string_view in = v.substr(before + 1, last - before - 1), out = v.substr(last + 1);
      const auto held = [&](std::string_view n) {
        return !n.empty() && std::all_of(n.begin(), n.end(), [](char ch) {
          return std::isdigit(static_cast<unsigned char>(ch)) != 0;
        }) && std::find(cells_.begin(), cells_.end(), n) != cells_.end();
      };
      if (!held(in) || !held(out)) continue;
      Context named;
      if (detail::model_in_key(v.substr(0, before), named)) {
        ctx.model = named.model;
        if (ctx.quantization.empty()) ctx.quantization = named.quantization;
        return;
      }
    }
  }

  // A log of a monitor that prints its tool's own header before each sample's rows, behind a
  // header of its own that does not fit them ("Time,GPU,Name,Used_MB,..." over "2026-05-07
  // 16:01:08,timestamp,deviceId,dieId,deviceName,..."): a row of names only, then rows with
  // figures under two or more of those names. The names row is the header from there on (its
  // leading date or time keeps the first header's name), said in a warning.
  // (Where it is no header's place, the first row under the header, the names row must come
  // again: a monitor prints it over every sample, a failed run's words come once.)
  void header_again(std::size_t line, std::span<const std::string_view> fields) {
    if (names_row(fields)) {
      std::vector<std::string> names(fields.begin(), fields.end());
      const auto same_names = [&](const std::vector<std::string>& seen) {
        return seen.size() == names.size() &&
               std::equal(seen.begin() + 1, seen.end(), names.begin() + 1);
      };
      if (data_row_ == 0 || same_names(seen_names_)) {
        pending_names_ = names;
        pending_line_ = line;
      }
      seen_names_ = std::move(names);
      return;
    }
    if (pending_names_.empty()) return;
    std::size_t under = 0;
    for (std::size_t c = 1; c < fields.size(); ++c)
      under += detail::is_number_cell(text::trim(fields[c]));
    std::vector<std::string> names = std::move(pending_names_);
    pending_names_.clear();
    if (under < 2) return;
    if (starts_with_date(names[0])) names[0] = cols_[0].name;
    bool same = true;
    for (std::size_t c = 0; c < names.size() && same; ++c) same = names[c] == cols_[c].name;
    if (same) return;
    detail::add_warning(r_.warnings, "line " + std::to_string(pending_line_) +
                                         ": a row of column names that are not the header's (" +
                                         names[1] + ", ...); the rows below it are read under it");
    std::vector<std::string_view> views(names.begin(), names.end());
    set_header(views);
  }

  // Names only: three or more cells, all different, each a word of up to 40 characters and no
  // marker of a failed run ("N/A", "error", "timeout"); the first may be a date or time; two at
  // least name something a column does ("timestamp", "utilization.GPU [%]", "deviceName").
  static bool names_row(std::span<const std::string_view> fields) {
    if (fields.size() < 3) return false;
    // (Runs for every row: most have a figure, found by its first character before anything
    // else is looked at.)
    for (std::size_t c = 0; c < fields.size(); ++c) {
      const std::string_view v = text::trim(fields[c]);
      if (c == 0 && starts_with_date(v)) continue;
      if (v.empty() || v.size() > 40 || std::isalpha(static_cast<unsigned char>(v.front())) == 0)
        return false;
    }
    for (std::size_t c = 0; c < fields.size(); ++c) {
      const std::string_view v = text::trim(fields[c]);
      if (c == 0 && starts_with_date(v)) continue;
      if (v.empty() || v.size() > 40 || std::isalpha(static_cast<unsigned char>(v.front())) == 0)
        return false;
      const std::string low = text::to_lower(v);
      for (const std::string_view marker :
           {"n/a", "na", "nan", "none", "null", "error", "failed", "fail", "timeout", "oom", "true",
            "false", "yes", "no", "ok", "success", "skipped", "crash", "inf"}) {
        if (low == marker) return false;
      }
      for (std::size_t d = 0; d < c; ++d) {
        if (text::trim(fields[d]) == v) return false;
      }
    }
    std::size_t known = 0;
    Context probe;
    for (const auto f : fields) {
      const auto& cls = detail::classify_cached(text::trim(f));
      known += cls.metric != nullptr || cls.role != metrics::Role::metric || !cls.unit.empty() ||
               context_slot(probe, text::trim(f)) != nullptr;
    }
    return known >= 2;
  }

  // "2026-05-07 16:01:08", "2026/5/7": a date first.
  static bool starts_with_date(std::string_view v) {
    v = text::trim(v);
    return v.size() >= 8 &&
           std::all_of(v.begin(), v.begin() + 4,
                       [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) != 0; }) &&
           (v[4] == '-' || v[4] == '/');
  }

  // "p99 TTFT", "mean_itl_ms", "throughput_delta": a statistic over several measurements or a
  // difference of two configurations, so the rows are configurations. Not a peak
  // ("peak_memory_gb" is the maximum within one run).
  static bool names_aggregate(std::string_view name) {
    const auto& cls = detail::classify_cached(name);
    if (cls.statistic.empty() || cls.statistic == "sample" || cls.statistic == "value")
      return false;
    return !(cls.statistic == "max" && text::to_lower(name).find("peak") != std::string::npos);
  }

  // "refusal_rate_ci_lo", "ttft_ci_upper", "tps_stderr": a bound or error of an estimate.
  static bool names_ci_bound(std::string_view name) {
    const std::string low = text::to_lower(name);
    for (const std::string_view end :
         {"ci_lo", "ci_hi", "ci_low", "ci_high", "ci_lower", "ci_upper", "_stderr", "_sem"}) {
      if (low.size() > end.size() && low.compare(low.size() - end.size(), end.size(), end) == 0)
        return true;
    }
    return false;
  }

  // A table whose rows are configurations (a config column, or headers naming a statistic such
  // as "p99 TTFT") holds one figure per configuration, not one request per row.
  // "modified_param,old_value,new_value" (a tuning log: each row changes one setting): the
  // values are that setting's, before and after, no figures; they join the row's configuration.
  void changed_setting_values() {
    const auto find = [&](std::initializer_list<std::string_view> names) {
      for (std::size_t c = 0; c < names_.size(); ++c) {
        for (const auto n : names)
          if (text::iequals(names_[c], n)) return c;
      }
      return kNone;
    };
    const std::size_t param = find({"modified_param", "changed_param", "param", "parameter",
                                    "setting", "changed_setting", "knob", "flag", "option"});
    const std::size_t after = find({"new_value", "new", "value_new", "to_value", "value_after"});
    changed_param_col_ = after_col_ = kNone;
    if (param == kNone || after == kNone) return;
    changed_param_col_ = param;
    after_col_ = after;
    const std::size_t before =
        find({"old_value", "old", "value_old", "from_value", "value_before"});
    for (const std::size_t c : {before, after}) {
      if (c == kNone) continue;
      roles_[c] = detail::ColumnRole{};
      roles_[c].use = detail::ColumnRole::Use::context;
    }
  }

  // A prompt's column and its answer's ("Prompt" and "Response", "question" and "answer"):
  // each row one request.
  static bool names_exchange(const std::vector<std::string>& names) {
    bool prompt = false, answer = false;
    for (const auto& n : names) {
      const std::string low = text::to_lower(n);
      prompt = prompt || low == "prompt" || low == "question" || low == "query";
      answer = answer || low == "response" || low == "answer" || low == "reply" ||
               low == "completion" || low == "output_text" || low == "r\xC3\xA9ponse" ||
               low == "respuesta" || low == "antwort" || low == "risposta" || low == "resposta";
    }
    return prompt && answer;
  }

  // Exactly one column of a duration, and no stage's ("retrieval_time_s", "think_time_s") nor an
  // end-to-end latency beside it: that column is the request's whole time.
  static bool one_whole_time(const std::vector<std::string>& names) {
    std::size_t durations = 0;
    for (const auto& n : names) {
      const auto* m = detail::classify_cached(n, {}).metric;
      if (!m) continue;
      if (m->id == "e2e_latency") return false;
      if (m->id != "duration") continue;
      const std::string low = text::to_lower(n);
      for (const std::string_view stage :
           {"retriev", "rerank", "embed", "search", "tool", "think", "answer", "queue", "tokeniz",
            "load", "prefill", "decode", "generation", "first"})
        if (low.find(stage) != std::string::npos) return false;
      ++durations;
    }
    return durations == 1;
  }

  void set_header(std::span<const std::string_view> fields) {
    cols_.clear();
    roles_.clear();
    names_.clear();
    summary_ = false;
    bool per_measurement = false;
    Context probe;
    for (std::size_t c = 0; c < fields.size(); ++c) {
      Column col;
      col.raw = std::string(fields[c]);
      col.name = std::string(text::trim(fields[c]));
      if (col.name.empty()) col.name = "column_" + std::to_string(c + 1);
      col.legacy = !col.raw.empty() && legacy_keyword(col.raw);
      const auto role = detail::column_role(col.name);
      if (role.use == detail::ColumnRole::Use::context) {
        const std::string* slot = context_slot(probe, col.name);
        if (slot == &probe.config && text::to_lower(col.name).rfind("config", 0) == 0)
          summary_ = true;
      } else if (role.use == detail::ColumnRole::Use::metric && role.parameter.empty()) {
        if (names_aggregate(col.name)) summary_ = true;
      }
      if (names_ci_bound(col.name)) summary_ = true;  // rows with their own intervals: aggregates
      // (A CSV's bare "repetition" column is a harness's run number.)
      per_measurement = per_measurement || detail::names_measurement(col.name) ||
                        text::iequals(col.name, "repetition");
      roles_.push_back(role);
      names_.push_back(col.name);
      cols_.push_back(std::move(col));
    }
    exchange_ = names_exchange(names_) && one_whole_time(names_);
    // A "request" or "run" column numbers the rows, a "prompt" column gives each its own request:
    // each is one measurement of its configuration, whatever else names the configuration.
    if (per_measurement) summary_ = false;
    successes_col_ = detail::successes_column(names_);
    leading_settings();
    if (successes_col_ != kNone) roles_[successes_col_] = detail::column_role("requests");
    where_ = detail::locator_names(names_);
    std::vector<std::string> variants;
    variants.reserve(names_.size());
    for (const auto& n : names_) variants.push_back(detail::variant_word(n));
    baseline_ = detail::baseline_columns(variants);
    any_baseline_ = std::find(baseline_.begin(), baseline_.end(), true) != baseline_.end();
    find_spreads();
    levels_ = names_levels();
    level_setting_.clear();
    level_values_.clear();
    label_col_ = label_column();
    if (label_col_ != kNone) roles_[label_col_].label = false;  // it names the metric, no setting
    measured_maxima();
    changed_setting_values();
    // mlx_lm.benchmark's figures ("prompt_tps", "generation_tps", "peak_memory" in GB) gathered
    // in a table.
    mlx_ = std::find(names_.begin(), names_.end(), "prompt_tps") != names_.end() &&
           std::find(names_.begin(), names_.end(), "generation_tps") != names_.end();
    if (mlx_ && r_.format.empty()) r_.format = "mlx-lm benchmark csv";
  }

  // "max_duration" beside "min_duration" and "avg_duration": the largest of the durations
  // measured, no limit set (as "max_duration" alone, a run's setting, is). Read as "duration max".
  void measured_maxima() {
    read_as_.assign(names_.size(), {});
    bool storage = false;
    for (std::size_t c = 0; c < names_.size(); ++c) {
      const std::string& name = names_[c];
      storage = storage || text::iequals(name, "storage") || text::iequals(name, "disk");
      // (Cheap rejects first: this runs for every column of every CSV.)
      if (name.size() < 6 || (name[0] != 'm' && name[0] != 'M') ||
          (name[3] != '_' && name[3] != ' ') || !text::iequals(name.substr(0, 3), "max"))
        continue;
      const std::string low = text::to_lower(name);
      if (detail::classify_cached(name).role != metrics::Role::parameter) continue;
      const std::string stem = low.substr(4);
      // (Both a minimum and a mean of it measured, and the maximum of a time, memory or rate:
      // not "max_tokens" beside "avg_tokens", a setting beside what came of it.)
      const auto sibling = [&](std::initializer_list<std::string_view> prefixes) {
        return std::any_of(names_.begin(), names_.end(), [&](const std::string& n) {
          const std::string other = text::to_lower(n);
          for (const std::string_view prefix : prefixes)
            if (other.size() == prefix.size() + 1 + stem.size() && other.starts_with(prefix) &&
                (other[prefix.size()] == '_' || other[prefix.size()] == ' ') &&
                other.ends_with(stem))
              return detail::classify_cached(n).role == metrics::Role::metric;
          return false;
        });
      };
      const auto& as_max = detail::classify_cached(stem + " max");
      const bool measured =
          as_max.metric &&
          (as_max.kind == units::Kind::duration || as_max.kind == units::Kind::latency ||
           as_max.kind == units::Kind::ttft || as_max.kind == units::Kind::memory ||
           as_max.kind == units::Kind::throughput);
      if (measured && sibling({"min"}) && sibling({"avg", "mean"})) read_as_[c] = stem + " max";
    }
    means_beside_spreads();
    // "vctx", "vpp1024_tps" beside "ctx", "pp1024_tps": the same quantities of a variant of the
    // run (a tuner's vision run), read by the other column's name and told apart in the config.
    // (Two such pairs at least, and none a "vram" beside a "ram": a different quantity.)
    variant_col_.assign(names_.size(), false);
    std::size_t pairs = 0;
    for (std::size_t c = 0; c < names_.size(); ++c) {
      const std::string& name = names_[c];
      if (name.size() < 4 || (name[0] != 'v' && name[0] != 'V') || !read_as_[c].empty() ||
          text::iequals(name.substr(0, 4), "vram") || text::iequals(name.substr(0, 4), "vcpu"))
        continue;
      const std::string_view rest = std::string_view(name).substr(1);
      if (std::find(names_.begin(), names_.end(), rest) == names_.end()) continue;
      read_as_[c] = std::string(rest);
      variant_col_[c] = true;
      ++pairs;
    }
    if (pairs < 2)
      for (std::size_t c = 0; c < names_.size(); ++c)
        if (variant_col_[c]) {
          variant_col_[c] = false;
          read_as_[c].clear();
        }
    // "model,param_count,storage": a model's storage is the size of its files, no memory in use.
    if (!storage) return;
    Context probe;
    const bool models = std::any_of(names_.begin(), names_.end(), [&](const std::string& n) {
      return context_slot(probe, n) == &probe.model;
    });
    for (std::size_t c = 0; models && c < names_.size(); ++c) {
      if (text::iequals(names_[c], "storage") || text::iequals(names_[c], "disk"))
        read_as_[c] = "model_size";
    }
  }

  // "pp1024_tps" beside "pp1024_stddev_tps": the figure is the mean of the runs the spread is of.
  void means_beside_spreads() {
    mean_col_.assign(names_.size(), false);
    const auto spread = [](std::string_view w) {
      return w == "std" || w == "stddev" || w == "stdev" || w == "sd";
    };
    const auto without_spread = [&](const std::string& name) {
      std::string out;
      for (const auto& w : detail::words_of(text::to_lower(name))) {
        if (spread(w)) continue;
        out += (out.empty() ? "" : "_") + w;
      }
      return out;
    };
    std::vector<std::string> spreads;  // the spreads' names without their spread word
    for (const auto& n : names_) {
      const auto& c = detail::classify_cached(n);
      if (c.metric && c.statistic == "std") spreads.push_back(without_spread(n));
    }
    if (spreads.empty()) return;
    for (std::size_t c = 0; c < names_.size(); ++c) {
      const auto& cls = detail::classify_cached(names_[c]);
      if (!cls.metric || !cls.statistic.empty()) continue;
      const std::string bare = without_spread(names_[c]);
      mean_col_[c] = std::find(spreads.begin(), spreads.end(), bare) != spreads.end();
    }
  }

  // "model_name,gpu_type,input_tokens,output_tokens,qps,...,mean_latency,p99_latency": a sweep's
  // leading token counts and request rate, before its first measured figure, are what each run
  // asked for (settings in its configuration and its rate), no measurements. (As a Markdown
  // sweep's leading "Input Length" columns; checked on the first row, asked_settings_hold.)
  void leading_settings() {
    asked_cols_.clear();
    const bool llmperf = std::any_of(names_.begin(), names_.end(), [](const std::string& n) {
      return n.starts_with("results_");
    });
    std::vector<std::pair<std::size_t, std::string_view>> asked;
    for (std::size_t c = 0; c < cols_.size(); ++c) {
      if (roles_[c].use != detail::ColumnRole::Use::metric || !roles_[c].parameter.empty())
        continue;
      // (Copies: the classification cache may be cleared by the calls below.)
      const auto& cls = detail::classify_cached(cols_[c].name);
      if (cls.role != metrics::Role::metric) continue;
      const std::string_view id = cls.metric ? cls.metric->id : std::string_view();
      const std::string statistic = cls.statistic;
      const std::string low = text::to_lower(cols_[c].name);
      // (LLMPerf's "mean_input_tokens" of 1024 before its measured "number_input_tokens_mean":
      // the mean it asked for.)
      // (... and in a table of LLMPerf's summaries, "results_ttft_s_quantiles_p90" beside it: its
      // "mean_input_tokens" is always the mean it asked for.)
      const bool asked_mean = statistic == "mean" && (llmperf || measured_again(c, id));
      if (id == "input_tokens" && (statistic.empty() || asked_mean)) {
        asked.emplace_back(c, "input_len");
      } else if (id == "output_tokens" && (statistic.empty() || asked_mean)) {
        asked.emplace_back(c, "output_len");
      } else if (id == "request_throughput" && (low == "qps" || low == "request_rate")) {
        asked.emplace_back(c, "rate");
      } else {
        // The first measured figure: settings stand before it, and some must.
        if (asked.empty()) return;
        for (const auto& [col, parameter] : asked) {
          asked_cols_.emplace_back(col, roles_[col]);
          roles_[col] = detail::column_role(parameter);
        }
        return;
      }
    }
  }

  // A later column of the same metric's mean: the mean measured.
  bool measured_again(std::size_t c, std::string_view id) const {
    if (id.empty()) return false;
    for (std::size_t k = c + 1; k < cols_.size(); ++k) {
      const auto& cls = detail::classify_cached(cols_[k].name);
      if (cls.metric && cls.metric->id == id && cls.statistic == "mean") return true;
    }
    return false;
  }

  // ... as long as the first row's lengths are round ones a run asks for (128, 256, 1000: a
  // multiple of 32 or 100) and its rate a round one (1.0, 2.5, inf): "441" prompt tokens or
  // "312.7" under "qps" were measured.
  void asked_settings_hold() {
    for (const auto& [c, original] : asked_cols_) {
      if (c >= cells_.size()) continue;
      const auto n = numeric::parse_cell(cells_[c]);
      const bool inf = text::iequals(cells_[c], "inf");
      const bool round = n && n->suffix.empty() && std::fmod(n->value * 2, 1.0) == 0.0;
      const bool whole = n && n->suffix.empty() && n->value >= 32 &&
                         (std::fmod(n->value, 32.0) == 0.0 || std::fmod(n->value, 100.0) == 0.0);
      if (roles_[c].parameter == "rate" ? !(round || inf) : !whole) roles_[c] = original;
    }
    // ("prompt_tokens,response_tokens" of 29704 and 1024: a request's measured counts, both; an
    // output count that looks asked for beside a prompt measured is no run's setting either.)
    const auto measured = [&](std::string_view p) {
      return std::any_of(asked_cols_.begin(), asked_cols_.end(), [&](const auto& a) {
        if (!roles_[a.first].parameter.empty()) return false;  // (still asked)
        // (A length by name, "Output Length" 1 of a TTFT test, is asked for all the same.)
        if (text::icontains(cols_[a.first].name, "len")) return false;
        const auto* metric = detail::classify_cached(cols_[a.first].name).metric;
        return metric != nullptr && metric->id == p;
      });
    };
    // (One way only: a sweep's asked prompt lengths beside the output counts measured stay.)
    if (measured("input_tokens")) {
      for (const auto& [c, original] : asked_cols_) {
        if (roles_[c].parameter == "input_len" || roles_[c].parameter == "output_len")
          roles_[c] = original;
      }
    }
    asked_cols_.clear();
  }

  // "",1,2,4,8: an unnamed first column, then only numbers (the levels of a sweep).
  bool names_levels() const {
    if (cols_.size() < 3 || !text::trim(cols_[0].raw).empty()) return false;
    for (std::size_t c = 1; c < cols_.size(); ++c) {
      const auto n = numeric::parse_cell(cols_[c].name);
      if (!n || !n->suffix.empty()) return false;
    }
    return true;
  }

  // The column that names each row's metric: the first ("Metric,avg,p99"), or one further right
  // when the figure columns are statistics of it, none a metric of its own (AIPerf's GPU
  // telemetry, "Endpoint,GPU_Index,GPU_Name,GPU_UUID,Metric,avg,min,...,std,Hostname").
  // kNone when there is none.
  std::size_t label_column() const {
    if (cols_.empty()) return kNone;
    if (is_label_header(cols_[0].name)) return 0;
    std::size_t label = kNone;
    for (std::size_t c = 1; c < cols_.size() && label == kNone; ++c) {
      if (is_label_header(cols_[c].name)) label = c;
    }
    if (label == kNone) return kNone;
    std::size_t statistics = 0;
    for (std::size_t c = 1; c < cols_.size(); ++c) {
      if (c == label) continue;
      if (roles_[c].use != detail::ColumnRole::Use::metric || !roles_[c].parameter.empty())
        continue;
      const auto& cls = detail::classify_cached(cols_[c].name);
      if (cls.role == metrics::Role::identifier) continue;  // "GPU_Index"
      if (cls.metric) return kNone;  // a figure of its own, no statistic of the named metric
      if (!cls.statistic.empty() && cls.statistic != "sample") ++statistics;  // (not "Hostname")
    }
    return statistics >= 2 ? label : kNone;
  }

  // "[row].column" for the current data row.
  std::string locator(std::size_t c) const {
    char num[24];
    const auto end = std::to_chars(num, num + sizeof num, data_row_).ptr;
    std::string s;
    s.reserve(static_cast<std::size_t>(end - num) + where_[c].size() + 3);
    s += '[';
    s.append(num, end);
    s += "].";
    s += where_[c];
    return s;
  }

  // The reference's harvest: the first header's keyword columns over the first 10 records.
  void harvest_legacy(std::span<const std::string_view> fields) {
    const std::size_t n = std::min(fields.size(), legacy_cols_.size());
    for (std::size_t c = 0; c < n; ++c) {
      if (!legacy_cols_[c].legacy) continue;
      std::string key = "csv_" + legacy_cols_[c].raw;
      if (!seen_.insert(key).second) continue;
      char num[24];
      const auto end = std::to_chars(num, num + sizeof num, data_row_).ptr;
      LegacyValue lv{std::move(key), std::string(fields[c]),
                     "[" + std::string(num, end) + "]." + legacy_cols_[c].name};
      if (auto d = numeric::parse_legacy(fields[c])) lv.value = *d;
      r_.legacy.push_back(std::move(lv));
    }
  }

  FileResult& r_;
  std::vector<Column> cols_, legacy_cols_;
  bool grouped_ = false;            // the header is groups over fields (sub_header)
  bool guidellm_ = false;           // GuideLLM's CSV (its grouped header begins with "Run Info")
  std::vector<std::string> where_;  // column c's name in locators (repeated headers numbered)
  std::vector<detail::ColumnRole> roles_;  // per column of the current section
  std::size_t changed_param_col_ = kNone;  // a tuning log's "modified_param" column
  std::size_t after_col_ = kNone;          // ... and its "new_value" column
  std::vector<bool> baseline_;             // a baseline's column beside a tuned run's
  bool any_baseline_ = false;
  std::vector<std::string> names_;
  std::vector<std::string_view> cells_;  // the current row's trimmed cells
  std::vector<std::string> col_units_;   // a units row's unit per column ("us", "Kbyte/block")
  std::size_t data_row_ = 0;
  bool after_blank_ = false;
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::size_t label_col_ = kNone;
  bool levels_ = false;                    // a table the other way round (see level_row)
  std::string level_setting_;              // the setting its levels are ("concurrency")
  std::vector<std::string> level_values_;  // that setting's value per column
  std::vector<std::size_t> spread_of_;     // per column: the figure column it is the spread of
  bool any_spread_ = false;
  std::vector<std::pair<std::size_t, std::size_t>> row_at_col_;  // this row's: column, row index
  bool summary_ = false;
  bool exchange_ = false;  // each row a prompt and its answer (names_exchange)
  inline static const metrics::MetricDef* const kDuration = metrics::find_metric("duration");
  bool mlx_ = false;                   // MLX-LM's figures: GB in decimal units
  std::size_t successes_col_ = kNone;  // "successful" beside "failed": a count of requests
  // Leading "input_tokens", "output_tokens", "qps" columns taken for the sweep's settings, with
  // the roles they had (restored when the first row's cells are no settings).
  std::vector<std::pair<std::size_t, detail::ColumnRole>> asked_cols_;
  std::vector<std::string> read_as_;  // per column: the name its cells are read by, "" its own
  std::vector<bool> mean_col_;        // per column: a figure beside its spread's column (a mean)
  std::vector<bool> variant_col_;     // per column: a variant's copy of another ("vctx" of "ctx")
  std::set<std::string> seen_;
  std::vector<std::string> pending_names_;  // a row of names only, the header's if figures follow
  std::vector<std::string> seen_names_;     // the last row of names only
  std::size_t pending_line_ = 0;
  std::size_t unterminated_line_ = 0;  // set_unterminated_line; 0: the file ends a line
};

}  // namespace

namespace {

// "ollama_benchmark_averages.csv", "results_mean.csv": a file whose name says its rows are
// averages, each row's figures the mean of its runs (a bare "sample" or "value" is not).
void averages_by_name(FileResult& r) {
  std::string stem = r.entry.rel_path.substr(r.entry.rel_path.rfind('/') + 1);
  stem = text::to_lower(stem.substr(0, stem.rfind('.')));
  // (The stem's last word: "sweep_avg_input_len" names an averaged parameter, no averages.)
  const auto words = detail::words_of(stem);
  const std::string last = words.empty() ? std::string() : words.back();
  if (last != "averages" && last != "average" && last != "avg" && last != "means" &&
      last != "mean" && last != "averaged")
    return;
  // (Not where a column numbers each row's run or prompt, "run" 1, 2, 3: one run per row. A
  // "run" of 3.0 on every row counts the runs averaged.)
  std::set<std::string> numbers;
  for (const auto& row : r.rows) {
    const std::string name = text::to_lower(row.name);
    if (name == "run" || name == "trial" || name == "iteration" || name == "rep")
      numbers.insert(row.raw);
    if (name == "prompt_id" || name == "request_id" || name == "timestamp") return;
  }
  if (numbers.size() > 1) return;
  for (auto& row : r.rows) {
    if (row.role != metrics::Role::metric ||
        (row.statistic != "sample" && row.statistic != "value"))
      continue;
    row.statistic = "mean";
    detail::add_note(row, "a mean: the file's name says its rows are averages");
  }
}

// A row's workload: its line's settings and input token counts (see repeated_runs).
bool workload_row(const MetricRow& row) {
  return row.role == metrics::Role::parameter ||
         (row.metric && (row.metric->id == "input_tokens" || row.metric->id == "total_tokens"));
}

void mix(std::size_t& h, std::size_t v) {
  h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
}

// (An empty field mixes its place only: most of a CSV row's context is empty.)
void mix(std::size_t& h, std::string_view s) {
  mix(h, s.empty() ? std::size_t{0} : std::hash<std::string_view>{}(s));
}

// Whether any two value rows may share repeated_runs' key: equal keys hash alike, so no repeat
// among the hashes means none among the keys (a cheap pass; most files repeat nothing).
bool may_repeat(const FileResult& r) {
  std::unordered_map<std::size_t, std::size_t> workload;
  for (const MetricRow& row : r.rows) {
    if (!workload_row(row)) continue;
    std::size_t& h = workload[row.line];
    mix(h, row.name);
    mix(h, row.raw);
  }
  std::unordered_set<std::size_t> seen;
  for (const MetricRow& row : r.rows) {
    if (row.role != metrics::Role::metric || row.statistic != "value") continue;
    const Context& c = row.context;
    std::size_t h = 0;
    for (const std::string* f : {&row.name, &c.model, &c.config, &c.test, &c.concurrency, &c.rate,
                                 &c.gpu, &c.quantization, &c.backend})
      mix(h, *f);
    const auto w = workload.find(row.line);
    mix(h, w == workload.end() ? std::size_t{0} : w->second);
    if (!seen.insert(h).second) return true;
  }
  return false;
}

// "gpt-4o,0.73,…" on thirteen rows, "gpt-4o,0.62,…": rows whose labels and context repeat are
// repetitions of one run, each row's figure one sample of it (not a one-off value).
void repeated_runs(FileResult& r) {
  if (!may_repeat(r)) return;
  std::map<std::string, std::size_t> seen;
  // (A row's workload among its figures, "mean_input_tokens" 128 or 2048, or a setting: rows
  // that differ there are different runs. Not the tokens a reply happened to have.)
  std::map<std::size_t, std::string> workload;
  for (const MetricRow& row : r.rows)
    if (workload_row(row)) workload[row.line] += row.name + '=' + row.raw + '\x1f';
  const auto key = [&](const MetricRow& row) {
    const Context& c = row.context;
    const auto w = workload.find(row.line);
    return row.name + '\x1f' + c.model + '\x1f' + c.config + '\x1f' + c.test + '\x1f' +
           c.concurrency + '\x1f' + c.rate + '\x1f' + c.gpu + '\x1f' + c.quantization + '\x1f' +
           c.backend + '\x1f' + (w == workload.end() ? std::string() : w->second);
  };
  for (const MetricRow& row : r.rows)
    if (row.role == metrics::Role::metric && row.statistic == "value") ++seen[key(row)];
  if (std::none_of(seen.begin(), seen.end(), [](const auto& s) { return s.second > 1; })) return;
  for (MetricRow& row : r.rows) {
    if (row.role != metrics::Role::metric || row.statistic != "value") continue;
    if (const auto it = seen.find(key(row)); it != seen.end() && it->second > 1) {
      row.statistic = "sample";
      detail::add_note(row, "one of " + std::to_string(it->second) + " rows of the same run");
    }
  }
}

// "GPU,GPU Memory (MB)" of "NVIDIA GeForce RTX 3090,24576" on every row of that card: the card's
// memory (a whole number of GiB, the same wherever the card is), a property of the machine, not
// memory the run used.
void card_memory_columns(FileResult& r) {
  std::map<std::string, std::map<std::string, std::set<double>>> by_name;  // name -> gpu -> values
  for (const MetricRow& row : r.rows) {
    if (row.role != metrics::Role::metric || !row.metric || row.metric->id != "memory" ||
        !row.normalized || row.context.gpu.empty())
      continue;
    const std::string low = text::to_lower(row.name);
    if (low.find("gpu") == std::string::npos && low.find("vram") == std::string::npos) continue;
    if (low.find("used") != std::string::npos || low.find("peak") != std::string::npos ||
        low.find("usage") != std::string::npos || low.find("alloc") != std::string::npos)
      continue;
    by_name[row.name][row.context.gpu].insert(*row.normalized);
  }
  for (const auto& [name, gpus] : by_name) {
    bool capacity = true;
    for (const auto& [gpu, values] : gpus) {
      const double gib = *values.begin() / (1024.0 * 1024 * 1024);
      capacity = capacity && values.size() == 1 && gib >= 2 && gib == std::floor(gib);
    }
    if (!capacity) continue;
    for (MetricRow& row : r.rows) {
      if (row.name != name || row.role != metrics::Role::metric) continue;
      detail::as_setting(row, "accelerator_memory", true);
      detail::add_note(
          row, "the card's memory (the same whole GiB on every row of it), not memory used");
    }
  }
}

}  // namespace

void harvest_csv(std::string_view text, FileResult& r) {
  CsvHarvester h(r);
  if (!text.empty() && text.back() != '\n' && text.back() != '\r')
    h.set_unterminated_line(1 +
                            static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')));
  const auto err = read_csv(
      text, sniff_delimiter(text),
      [&](std::size_t line, std::span<const std::string_view> f) { return h.record(line, f); });
  if (err) {
    detail::add_warning(r.warnings, "line " + std::to_string(err->line) + ": " + err->message +
                                        "; the rest of the file was not ingested");
  }
  detail::recognise_csv(r);
  if (r.format.empty()) detail::bare_times_from_rates(r.rows, 0);
  if (r.format.empty()) averages_by_name(r);
  if (r.format.empty()) repeated_runs(r);
  if (r.format.empty()) card_memory_columns(r);
  detail::refine_by_test(r.rows);
  detail::finalize_rows(r.rows);
}

}  // namespace chimera::ingest
