#pragma once
// Private helpers shared by the per-format harvesters.
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chimera/ingest/model.hpp"
#include "named_figures.hpp"

namespace chimera::ingest::detail {

// metrics::classify, memoised per thread (names repeat for every row of a column or element of an
// array, and for every file of a tree).
const metrics::Classification& classify_cached(std::string_view name, std::string_view unit = {});

// Whether a cell holds a number as add_text_row reads it ("12 ms", "**3.5**", "5213 ± 59").
bool is_number_cell(std::string_view cell);

// Counts a cell of a figure column that add_text_row did not read when it begins with a digit
// ("0.78-0.85", "13/18", "7B"), and keeps the first as the file's example.
void note_text_cell(FileResult& file, std::size_t line, std::string_view cell);

// Appends a metric row for a text cell (CSV, Markdown, JSON string) to rows and returns it; returns
// nullptr (appending nothing) when the cell is neither a number (with an optional unit) nor a
// NaN/Infinity marker. Rows are built in place: this runs once per cell.
MetricRow* add_text_row(MetricRows& rows, std::string_view name, std::string_view cell);

// Appends a metric row for a JSON number or non-finite literal and returns it.
MetricRow& add_number_row(MetricRows& rows, std::string_view name, std::string_view literal,
                          double value);

// Classifies the row again with a unit written beside it (a sibling "unit" field, a tool's
// documented convention); the written unit wins over the name's.
void set_unit(MetricRow& row, std::string_view unit);

// Markdown emphasis and code marks around a number: "**12.5**" -> "12.5", "`3 ms`" -> "3 ms".
std::string_view strip_marks(std::string_view s);

// A generic leaf name ("p95", "value", "mean", "count") says nothing of what was measured: take
// the metric (and unit, when the leaf has none) from the nearest named ancestor of a JSON path
// ("metrics.time_to_first_token_ms.successful.percentiles.p95"), skipping grouping words and
// noting the status they imply (errored -> failed). Only the nearest named ancestor counts.
// `leaf_size`, when given, is the length of the value's own key at the path's end (a key may hold
// dots of its own).
void refine_from_path(MetricRow& row, std::string_view path, std::size_t leaf_size = 0);

// A bare "ISL"/"OSL" (TensorRT-LLM's and genai-perf's sweep columns, a run's "osl": 256 beside
// its figures) is the sequence length asked for: its parameter, or nullptr for any other name. A
// measured length comes with its statistic ("isl": {"mean": ...}, "p99 Output Sequence Length").
const metrics::ParameterDef* requested_length(std::string_view name);

// Makes a row a setting of the run, not a measurement: role parameter with the registry's
// parameter id (a string with static storage; empty for a setting of no registry id), no metric,
// no statistic; its unit kept or dropped.
void as_setting(MetricRow& row, std::string_view parameter_id, bool keep_unit);
// How a row's note begins when its cell had an aside after the figure ("0.4pp (Llama 3B)"):
// the aside follows, in single quotes.
inline constexpr std::string_view kAsideNote = "the source adds '";

// A range written in a cell ("~15-17 tokens/sec"): each end as a figure with the range's unit.
struct Range {
  std::string low, high;
  bool approx = false;
};
// bare: a range of figures without a unit ("57-71") is taken too (under a header that names the
// unit and quantity: bare_range_column).
std::optional<Range> range_in(std::string_view cell, bool bare = false);
// "84.12/107.51" under a "Min/Max" column: its two ends, written with a slash.
std::optional<Range> slashed_ends(std::string_view name, std::string_view cell);
// "Expected Value", "Potential Range", "Target", "Minimum", "Recommended": what a name foresees,
// requires or aims at, nothing measured.
bool names_a_foreseen_range(std::string_view name);
// A column whose bare ranges ("57-71") are a spread measured: its name gives a known metric and a
// unit, and is no interval's ("95% CI", "Confidence Interval", "Bounds") nor a foreseen range's.
bool bare_range_column(std::string_view name);
// The note on a range's rows (add_text_row reads its low end, emit_companions its high end).
inline constexpr std::string_view kRangeNote = "an end of the range written in the cell";

// Makes a row an identifier (a version, an id, bookkeeping): no metric, statistic or unit.
void as_identifier(MetricRow& row);
// Names the row's metric by its registry id (a tool's documented meaning of a field).
void set_metric(MetricRow& row, std::string_view id);

// "total_ms" of one request (a sample of a per-request table or record): the request's whole
// time, its end-to-end latency (a run's total is its duration).
void request_total(MetricRow& row);

// Marks a row as the cell of a failed request: the raw text stays, the value goes.
void mark_failed(MetricRow& row, std::string_view error);
// A request the run cut off (GuideLLM's "requests.incomplete[0]" with its "error"): status
// incomplete, its figures kept (measured up to then; the tool's statistics keep such requests
// apart from the successful and the errored), the error named in the note.
void mark_incomplete(MetricRow& row, std::string_view error);

// The statistic a row gets when its name says none ("sample" for one request's cell, "value"
// for a single reported figure).
void default_statistic(MetricRow& row, std::string_view statistic);

// A serving client's total token count ("total_output_tokens", "Total Input Sequence Length
// (tokens)", AIPerf's "total_isl.avg"): the sum over the run's requests, not one request's count.
void total_over_requests(MetricRow& row);

// Recomputes the normalised value from value, unit and statistic.
void renormalize(MetricRow& row);

// A tool that writes memory in decimal units ("GB" as 1e9 bytes: DCGM's, MLX's), where a bare
// "GB" reads as GiB: GiB and MiB become GB and MB, and the row is renormalised.
void in_decimal_units(MetricRow& row);

// A figure that is none of the registry's metrics (a ratio under a token count's name, a serial
// fraction headed "s"): metric unknown, and its unit dropped when that came from the wrong reading.
void unname_metric(MetricRow& row, bool drop_unit);

// Appends `note` to the row's note, "; " between.
void add_note(MetricRow& row, std::string_view note);
// The model a path to its weights names: its last part, or a Hugging Face cache's repository
// (".../models--Qwen--Qwen3-VL-8B-Instruct/snapshots/<hash>" -> "Qwen/Qwen3-VL-8B-Instruct").
std::string model_of_path(std::string_view path);
// A figure that is no measurement (a placeholder 0, a cut-off figure): no value, and why.
void drop_value(MetricRow& row, std::string note);
// A time to first token of 0 in milliseconds (or finer), a figure's own (not a spread's): a
// placeholder of a run that timed no first token; no value, with why.
void zero_ttft_placeholder(MetricRow& r);

// The record a row belongs to: its locator without the last field ("[3]" of "[3].ttft", "" for a
// JSON document's top-level keys).
std::string_view record_of(const MetricRow& row);

// Whether a column or key reports a request's failure, and whether a cell of it says the request
// failed ("error": "timeout", "success": false, "status": "error", "error_code": -1).
bool is_error_field(std::string_view name);
bool says_failed(std::string_view field_name, std::string_view cell);

// llama-bench's test name from its token counts: pp512, tg128, pp512+tg128, "tg128 @ d4096".
std::string llama_bench_test(double n_prompt, double n_gen, double n_depth);

// One of llama-batched-bench's fields, by its table column ("S_TG t/s") or its JSON Lines key
// ("speed_tg"), made what it is: a setting (PP, TG, B, N_KV, ...) or a figure of the batch (its
// times in s, its speeds in tok/s of the B sequences together). Whether the field is one.
bool batched_bench_field(MetricRow& row, std::string_view field);
// The llama-bench test a text names ("pp512", "tg128 @ d4096", "pp512+tg128"; "pp 512" as old
// builds printed it reads "pp512"); "" when it is none.
std::string bench_test_id(std::string_view s);
// Device names as one label, repeats counted: {"A", "A", "B"} -> "2x A, B".
std::string counted_names(const std::vector<std::string>& names);

// File-level rules run after harvesting: token rates and durations of a llama-bench test become
// prompt-eval or decode rates and prompt-eval or eval times.
void refine_by_test(MetricRows& rows);

// What "± x" in a table's cells is: a confidence interval's half-width ("ci_half") when the
// column or the table's title says so ("Confidence Intervals (95%)", "Mean ± 95% CI"), else a
// standard deviation ("std"), as llama-bench and "(mean ± σ)" columns write it.
std::string_view spread_statistic(std::string_view column, std::string_view title);

// When a cell wrote "mean ± spread" (llama-bench), appends the spread as a second row of the
// same metric, its statistic the spread_statistic() of the cell's column and table title. Call
// after the row's locator and context are set.
void emit_spread(MetricRows& rows, const MetricRow& row, std::string_view column = {},
                 std::string_view title = {});

// "successful", "succeeded", "success": a name that, beside a count of failed requests, counts
// the requests that succeeded (alone it may be one request's flag).
bool names_successes(std::string_view name);

// "concurrent_users,successful,failed,…", "| Total | Success | Failed |": beside a column of
// failed requests counted, the column of a table's `names` that counts the requests that
// succeeded (no flag of one request, whose 0 would fail the row); npos when there is none.
std::size_t successes_column(std::span<const std::string> names);

// Makes the row a count of the requests that succeeded (metric "requests", with a note).
void as_successes(
    MetricRow& row,
    std::string_view note =
        "the requests that succeeded (counted beside the failed ones or the runs made)");

// "16/0" under "Success/Fail" (a row of the requests that succeeded, `row.raw` holding a slash):
// appends the requests that failed as a second row. Call after the row's locator and context are
// set.
void emit_failed_of_pair(MetricRows& rows, const MetricRow& row);

// "682.92 (p95: 684.79)": appends the statistic in the brackets after a figure as a second row
// of the same metric (its unit the figure's). Call after the row's locator and context are set.
void emit_statistic_aside(MetricRows& rows, const MetricRow& row);

// "~15-17 tokens/sec" read as its low end (min): appends its high end (max). Call after the
// row's locator and context are set.
void emit_range_high(MetricRows& rows, const MetricRow& row);

// "81W + 86W", "10.2 + 9.8 GB": figures of one quantity added in a cell (one per card), each
// with the unit written (on every part, or on the last only). Empty when the cell is no such sum.
std::vector<std::string> parts_in(std::string_view cell);
// The first part read (add_text_row; its note says "part 1 of N"): appends the others, each named
// by the header's own parts ("Power Usage (1st card + 2nd card)") where it lists as many.
void emit_parts(MetricRows& rows, const MetricRow& row, std::string_view column);

// "59.27 / 59.95 / 59.74 (avg 59.65)", or "41.0 / 42.2 / 40.8" under "Decode t/s (3 runs)": one
// figure per run of the row (each with the unit written, or on the last only), and the mean
// written after them ("" when none). Empty when the cell is not so: its runs are taken only where
// the cell states their mean (lying within them) or the header names runs, of a measurement.
struct CellRuns {
  std::vector<std::string> figures;
  std::string mean;
};
CellRuns runs_in(std::string_view cell, std::string_view column);
inline constexpr std::string_view kRunNote = "run 1 of ";
// The first run read (add_text_row, its note starting with kRunNote): appends the others and the
// mean written after them.
void emit_runs(MetricRows& rows, const MetricRow& row);

// "| Prompt Tokens | PP/s | TTFT | Generated Tokens | TG/s | Duration |" of "469 | 1169.37 | 0.40
// | 1028 | 35.88 | 29.05": times written without their unit (rows[first..], one table's, a line
// each) in the unit their row's tokens over its rates give: the prompt's tokens over its rate are
// the TTFT, and with the generated tokens over the decode rate, the whole time. A column takes a
// unit only where its rows agree on it.
void bare_times_from_rates(MetricRows& rows, std::size_t first);

// "69.26 output tok/s": a figure, the words naming its quantity and its unit, as a name ("output
// (tok/s)") and a figure with its unit ("69.26 tok/s"); empty when the cell is not so.
std::pair<std::string, std::string> figure_named_in_cell(std::string_view cell);

// "4.19 → 6.53", "1,790 -> 2,113" under "Output tok/s, baseline → candidate": one quantity before
// and after a change, two figures (the first read by add_text_row, its note kArrowNote); empty
// when the cell is not so.
std::vector<std::string> arrow_pair(std::string_view cell);
inline constexpr std::string_view kArrowNote = "the figure before the arrow in '";
// Appends the figure after the arrow; each of the two labelled by the side of the header's arrow
// it stands on ("baseline", "candidate") where the header names them.
void emit_arrow(MetricRows& rows, MetricRow& row, std::string_view column);

// "ttft_seconds" 38.0 beside "ttft_minutes" 0.63 in one record (rows[first..]): one figure
// written twice, in two units; the coarser copy keeps its raw text, no metric (counted once).
void copies_in_other_units(MetricRows& rows, std::size_t first);

// Every second row a cell holds: the failures of a success/fail pair, the spread of a mean, a
// statistic in brackets after the figure.
// (Inline: it runs for every cell of every table, and few cells hold either.)
inline void emit_companions(MetricRows& rows, MetricRow& row, std::string_view column = {},
                            std::string_view title = {}) {
  if (row.metric && row.metric->id == "requests" && row.raw.find('/') != std::string::npos)
    emit_failed_of_pair(rows, row);
  if (row.statistic == "mean") emit_spread(rows, row, column, title);
  if (row.note.empty()) return;  // (most rows: no companion a note announces)
  if (row.note.starts_with(kArrowNote)) return emit_arrow(rows, row, column);
  if (row.statistic == "min" && row.note.starts_with(kRangeNote)) emit_range_high(rows, row);
  if (row.note.starts_with("part 1 of ")) emit_parts(rows, row, column);
  if (row.note.starts_with(kRunNote)) return emit_runs(rows, row);
  if (row.note.starts_with(kNamedFigureNote)) return emit_named_figures(rows, row, column);
  if (!row.note.empty() && row.raw.size() > 6 && row.raw.back() == ')')
    emit_statistic_aside(rows, row);
}

// The configuration a row's parameters describe ("ngl=99 fa=1"), from name=value pairs; the
// parameters that have context fields of their own (concurrency, rate, test sizes) are left out.
bool is_config_parameter(std::string_view parameter_id);

// A setting llama-bench writes in every record at its default, which tells no run apart: n_cpu_moe
// 0 (no expert on the CPU), tensor_split 0.00 (no split).
bool is_default_setting(std::string_view parameter_id, std::string_view raw);

// A GGUF quantization type among the words of a model name: Q4_0, Q4_K_M, IQ4_XS, F16, BF16;
// "" when none.
std::string quantization_in(std::string_view model);

// The model (and quantization) an object key names: "llama3.1:8b", "qwen2.5-7b",
// "mistral-7b|Q6_K" (a lookup key of model and quantization). Returns false, leaving ctx alone,
// for any other key ("results", "gpu80_ctx512", "llama_bench").
bool model_in_key(std::string_view key, Context& ctx);

// "7B", "4.3B", "500M", "270m": a model's parameter count written as one word.
bool names_model_size(std::string_view word);

// File-level pass after harvesting: quantization read from model names ("llama 7B Q4_0",
// "qwen3:4b-q4_K_M") where no field gave it.
void finalize_rows(MetricRows& rows);

// Adds a warning, keeping at most `limit` listed and counting the rest in the last entry.
void add_warning(std::vector<std::string>& warnings, std::string text, std::size_t limit = 20);

// Moves the rows of a part of a file read on its own (a CSV block of a log, results pasted in a
// code fence, a table of SQL inserts, a tool's output kept in a JSON string) to the end of the
// file's rows: each locator under `prefix`, with `key_sep` before one that names a key rather
// than an element ("fence[0]" "." "engine.model", "csv[0]" "[3].TTFT"), each line through
// `line_of` (the part's line to the file's).
void take_rows(MetricRows& into, MetricRows& part, std::string_view prefix,
               std::string_view key_sep, const std::function<std::size_t(std::size_t)>& line_of);
// ... and counts the part's text cells as the file's, its first example on the file's line.
void take_text_cells(FileResult& into, const FileResult& part,
                     const std::function<std::size_t(std::size_t)>& line_of);

}  // namespace chimera::ingest::detail
