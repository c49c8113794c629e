#pragma once
// `ollama run --verbose` statistics, as people paste them into notes and logs:
//   total duration:       1.2s
//   prompt eval count:    26 token(s)
//   eval rate:            59.18 tokens/s
#include <string>
#include <string_view>
#include <vector>

#include "chimera/ingest/model.hpp"

namespace chimera::ingest::detail {

struct OllamaVerboseState {
  std::size_t block = 0;   // blocks seen so far
  std::size_t means = 0;   // "Average of ..." lines seen so far
  bool in_block = false;   // the previous line was a statistic
  unsigned seen = 0;       // the statistics of the current block (a repeated one starts the next)
  std::string model;       // from the last "ollama run MODEL" line or `ollama ps` table
  bool ps_header = false;  // the previous line was `ollama ps`'s "NAME ID SIZE PROCESSOR" header
  std::size_t ps_size_at = 0, ps_size_end = 0;  // where its SIZE column stands on the line
  std::size_t ps_models = 0;                    // `ollama ps` models read so far
  bool ps_listing = false;                      // the previous line was a model of the listing
  std::vector<std::string> ps_listed;           // "model|size|processor" of the models read
  std::size_t responses = 0;                    // Python client responses seen so far
  std::string repr_model;                       // the model='...' of the response being read
  unsigned repr_seen = 0;       // the figures of that response read so far (a repeat starts one)
  std::size_t full_blocks = 0;  // blocks with more than a "total duration" line
  std::size_t lone_totals = 0;  // "total duration" rows that were no Ollama block (end_ollama)
  // `ollama run` lines since the last statistic: two models run one after the other with no
  // output between them ("ollama run A", "ollama stop A", "ollama run B") leave none named.
  std::size_t runs_without_output = 0;
  std::string last_run_model;
  std::vector<std::string> run_models;  // every model an `ollama run` line named, in order
  bool model_from_lead = false;         // `model` is the one a lead line named (model_of_lead)
};

// "Llama results:" over a fence of statistics, after commands that ran several models: the one
// model of those whose name starts with the lead's first word ("llama3.1:8b"); "" for none or
// several.
std::string model_of_lead(std::string_view lead, const OllamaVerboseState& state);

// Appends a row when the line is one of the statistics; tracks blocks and the model named by an
// `ollama run` command line. Returns true when the line was a statistic.
bool ollama_verbose_line(std::string_view line, std::size_t number, OllamaVerboseState& state,
                         MetricRows& rows);

// The response the `ollama` Python client prints (a pydantic repr, often pasted as comments and
// wrapped over lines): "model='gemma3' ... total_duration=19211740040 load_duration=8867467023
// prompt_eval_count=79 ... eval_duration=3736000000". One row per figure (durations in ns, counts
// in tokens), one request per total_duration. Returns true when the line held one.
bool ollama_response_repr_line(std::string_view line, std::size_t number, OllamaVerboseState& state,
                               MetricRows& rows);

// Ends the file's statistics: where no block had more than a "Total duration: 5m12s" line, those
// lines are a script's whole runs, not the statistics of requests (no Ollama block at all).
void end_ollama(OllamaVerboseState& state, MetricRows& rows);

// A Go duration ("1.2s", "5.1ms", "1m2.5s", "120µs") in milliseconds.
std::optional<double> go_duration_ms(std::string_view text);

}  // namespace chimera::ingest::detail
