#pragma once
// What the columns of a table (CSV or Markdown) say about the numbers of each row: label
// columns give context, parameter columns give the load level, the llama-bench test and the
// configuration, and an error column says whether the request failed. Shared by both readers.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chimera/ingest/model.hpp"

namespace chimera::ingest::detail {

struct ColumnRole {
  enum class Use { metric, context, error } use = Use::metric;
  std::string_view parameter;  // the registry's parameter id when the column is one
  bool label = false;          // its text cells name the row (not a timestamp or a metric column)
  bool names_config = false;   // an identifier of the row's configuration ("Test ID", "Config #")
  bool chosen = false;         // a setting a sweep chose ("Optimal Think-Time", "Best Batch")
  bool verdict = false;        // its cells say how each row's run ended ("Result", "Verdict")
  bool note = false;           // free text about each row ("Notes", "Remarks")
};

// The serving engine a label names ("Qwen3.5 Q4_K_M Ollama" -> "Ollama", "vllm" -> "vllm"); ""
// for a runtime or library that serves nothing (Rust, PyTorch) or none.
std::string serving_engine_in(std::string_view label);

// "Windows i5-12600K 32GB RAM, AMD 6950 XT": the GPU a machine's list of parts names in a part of
// its own (the discrete one of several); "" for none, or a list of GPUs alone.
std::string gpu_of_a_part(std::string_view machine);
// A processor's name and no GPU's: "Intel i7-8700", "AMD Ryzen 9 5900HS", "Xeon E5-2683 v4",
// "Apple M2 CPU", "Intel vServer 4 threads".
bool names_a_cpu(std::string_view v);

// "3090", "4060", "1080": a GeForce's model number alone (under a GPU's header).
bool geforce_number(std::string_view v);

// A word that is llama.cpp's compute backend, as llama.cpp spells it ("vulkan" is llama-bench's
// "Vulkan", "hip" its "ROCm"); "" for any other.
std::string compute_backend_name(std::string_view w);

// "Dense", "MoE": a model's architecture, no model's name.
bool names_an_architecture(std::string_view v);

// Such a number as the card's name: "RTX 3090", "GTX 1080".
std::string geforce_name(std::string_view v);

// Decided once per column from its header.
ColumnRole column_role(std::string_view header);

// "Notes", "Comment", "Remarks": a column of free text about each row.
bool names_a_note(std::string_view header);

struct RowLabels {
  Context context;
  bool failed = false;
  std::string error;  // why the request failed
  // What the row's setting columns say, as its config holds them ("Ctx=512 Temp=0.8", "GPU=80");
  // only when asked for (keep_settings).
  std::vector<std::string> settings;
  // "Notes=4090 only": a short note on the row, given to its figures only where it tells them
  // from another row's with the same labels (notes_that_tell_rows_apart).
  std::string note;
  // The model is a size alone, from a "| Model Size |" first column ("0.5B-4bit"): a heading's
  // family may name it more fully ("Qwen2.5 0.5B").
  bool model_by_size = false;
};

// Whether each column is a baseline's ("Baseline_TP", "baseline_ttft_ms") in a table whose columns
// name both sides, a baseline and a tuned run ("Chimera_TP"); all false otherwise. variants[c]
// is the variant word of column c's header (variant_word), "" when none.
std::vector<bool> baseline_columns(std::span<const std::string> variants);

// "| GPU_Layers | Ctx | Baseline_TP | Chimera_TP |": the row's settings are the tuned run's; a
// baseline ran at its own (the defaults). Takes them out of a baseline figure's configuration; the
// note keeps them.
void baseline_beside_tuned(MetricRow& row, std::span<const std::string> settings);

// "—", "N/A", "none", "-": a cell that says there is no value (and names nothing).
bool is_no_value(std::string_view v);

// "| Notes |" of "Memory Usage: 9.9Gi", "Peak VRAM: 21.3 GB; load: 4.2 s": the figures a note
// names, each with its name and the part of the note that holds it (none in a plain remark).
struct NoteFigure {
  std::string_view name, figure, part;
};
std::vector<NoteFigure> figures_in_note(std::string_view note);

// Where a note stands: its column's header, the locator of its cell, its line, and the statistic
// a figure of that table's rows takes ("sample", "value").
struct NoteColumn {
  std::string header, locator;
  std::size_t line = 0;
  std::string_view statistic;
};
struct RowLabels;
// Appends a row for each figure the note names (figures_in_note), with the row's context and
// status.
void add_note_figures(MetricRows& rows, std::string_view note, const NoteColumn& column,
                      const Context& context, const RowLabels& labels);

// The labels of one row; cells[c] is the text of column c (trimmed, emphasis removed). With
// keep_settings, also what its setting columns say (RowLabels::settings).
RowLabels row_labels(std::span<const ColumnRole> roles, std::span<const std::string> headers,
                     std::span<const std::string_view> cells, bool keep_settings = false);

// The names locators give the columns: the header, and "CV% (2)" for the second column of a
// repeated header, so that every cell has a locator of its own.
std::vector<std::string> locator_names(std::span<const std::string> headers);

// "Omitted Quant", "Excluded", "Dropped", "Held out": a column that names what its row left out.
bool names_absence(std::string_view header);

// "request", "Run #", "rep", "trial", "iteration", "sample", "prompt": a column that gives each
// row one measurement (one request, one repetition), so that its figures are samples.
bool names_measurement(std::string_view header);

// The name of a number in a table whose first column labels the row ("| Metric | Value |",
// genai-perf's "Metric,avg,p99"): the label names the metric, the column the statistic.
std::string labelled_name(const std::string& label, const std::string& header);

// Whether a label spells its settings: two or more letters-then-number parts
// ("gpu80_ctx1024_temp0.8", "G80/C2048/T1.0"); "test004" does not.
bool spells_settings(std::string_view label);

}  // namespace chimera::ingest::detail
