// Context a Markdown report states around its tables rather than in them: the configuration of
// the document ("## Configuration" sections, "**Configuration:**" lines) and of the variants it
// compares ("### Baseline" / "### Chimera Optimized" sub-sections, "Baseline" / "Chimera" columns
// and "Chimera Individual Runs" sections), and labels in column headers ("N=8", "NP=1").
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "chimera/ingest/model.hpp"

namespace chimera::ingest::detail {

// The words of a text: runs of letters, digits and dots ("Best Observed" -> Best, Observed).
std::vector<std::string> words_of(std::string_view text);

// The variant a heading or column header names by its first word ("Baseline", "Chimera",
// "Optimized", "Tuned", as written), or "" when it names none or both sides ("Baseline vs
// Chimera").
std::string variant_word(std::string_view text);
// The one variant a text names anywhere ("Technical Report: Baseline Agent Analysis" ->
// "Baseline"); "" when it names none or both sides ("Baseline vs Chimera").
std::string variant_mentioned(std::string_view text);
// The side a variant word stands for: "baseline", "tuned" (Chimera, Optimized, Tuned), or "".
std::string_view variant_family(std::string_view word);

// "KEY=VALUE" words of a column header ("N=8", "P2 NP=1 Mean (ms)" -> "NP=1"), space-separated;
// a header that is one sequence length ("256 tok", "4096 ctx") as "tokens=256", "ctx=4096".
std::string header_labels(std::string_view header);

// The well-known evaluation benchmark a column header names ("advbench", "HellaSwag (n=100)",
// "MMLU"), lower-case, or "": the column's figures are of that test.
std::string benchmark_in(std::string_view header);

// The serving engine or inference backend a column header names, as written ("vLLM tok/s" ->
// "vLLM", "`transformers-gpu-compile` median (ms)" -> "transformers-gpu-compile"), or "".
std::string engine_in(std::string_view header);

// A study or run id that heads a column of figures: "TR134", "TR108 (Reference)", "EXP12" ->
// "TR134", "TR108", "EXP12"; "" for a quantization ("FP16"), a statistic or anything else.
std::string source_id_in(std::string_view header);
// The study id that opens a column header naming its quantity: "TR127 Mean (ms)", "TR128 eff.
// tok/s" -> "TR127", "TR128"; "" for a device or setting ("RTX4080 tok/s", "GPU80 TTFT").
std::string leading_study_id(std::string_view header);
// The reference Chimera system's scenario a label names ("Best Chimera-Homo" -> "chimera_homo",
// "Baseline vs Chimera" -> "baseline_vs_chimera"), or "".
std::string reference_scenario_in(std::string_view text);

// The phase of a study a column's figures come from: "Phase 2 (N=270, 30 reps)" -> "Phase 2",
// also "Stage 3", "Round 1", "Wave 2"; "" for anything else.
std::string phase_in(std::string_view header);

// The number of agents an efficiency column is at: "eta(5)", "η(8)" -> "5", "8"; a figure's
// "at N=8" -> "8"; else "".
std::string agents_in(std::string_view header);

// The requests in flight a row's label names: "1K ctx / 2 req", "32 concurrent", "4 users",
// llama-benchy's "(c4)"; "" when none ("2 req/s" is a rate).
std::string in_flight_in(std::string_view label);

// The one request rate a header or caption names: "At Low Load (0.37 rps)", "at 2 req/s", "8 QPS"
// -> "0.37", "2", "8"; "" when it names none or several ("from 0.37 rps to 8.53 rps").
std::string rate_in_text(std::string_view text);

// Whether a heading opens a configuration section ("Configuration", "2. Configuration Details",
// "Settings").
bool is_config_heading(std::string_view heading);

// Configurations gathered while a document is read, applied to its rows when it ends (a
// comparison report states them after its tables).
class DocumentConfigs {
 public:
  // A heading of `level`: opens, continues or closes a configuration section.
  void heading(std::size_t level, std::string_view text);
  // The same, with the heading's variant word and is_config_heading() decided by the caller, and
  // whether it titles differences between variants ("### Key Differences": no configuration of
  // the whole document under it).
  void heading(std::size_t level, const std::string& variant, bool config_heading,
               bool differences = false);
  // Whether a configuration section is open (its subsections' headings are then asked of).
  bool section_open() const { return open_level_ != 0; }
  // A text line outside tables; returns true when it was configuration text (the first line of
  // a configuration section, when it is a plain line of text).
  bool text_line(std::string_view line);
  // A code fence or table started: the section's configuration is not one line of text.
  void block();
  // "**Configuration:** num_gpu=60, ..." in the document's header.
  void set_document_config(std::string value);
  // The next lines list the document's configuration ("- Ollama defaults"), as under a
  // "## Configuration" heading.
  void open_document_list();
  // The variant named by the document's title ("# Chimera Agent Report").
  void set_title_variant(std::string word) { title_variant_ = std::move(word); }
  // The one variant the title names anywhere ("Technical Report: Baseline Agent Analysis"):
  // the variant of unmarked rows when every marked row is of that same variant.
  void set_title_mention(std::string word) { title_mention_ = std::move(word); }
  // Rows [from, rows.size()) belong to `variant` ("" = none named by their column or section).
  void mark(const MetricRows& rows, std::size_t from, const std::string& variant);
  // Rows [from, rows.size()) are another study's figures ("TR108 (Rank 1)" beside this run's
  // "Value"): none of this document's configurations is theirs.
  void mark_foreign(const MetricRows& rows, std::size_t from) { mark(rows, from, kForeign); }
  // Prefixes each marked row's config with its variant's configuration.
  void apply(MetricRows& rows) const;

 private:
  std::size_t open_level_ = 0;  // heading level of the open configuration section; 0 = none
  std::string open_variant_;    // variant of the sub-heading inside it
  bool armed_ = false;          // the next non-empty line may be the configuration
  bool listing_ = false;        // reading the items of a configuration list
  std::string& slot_of_open();  // where the open section's configuration goes
  static constexpr const char* kForeign = "\x1f";  // the variant mark_foreign() gives
  std::string document_;                           // configuration of the whole document
  std::map<std::string, std::string> by_family_;   // "baseline"/"tuned" -> configuration text
  std::string title_variant_;
  std::string title_mention_;
  std::vector<std::pair<std::size_t, std::string>> marks_;  // first row of a run, its variant
};

}  // namespace chimera::ingest::detail
