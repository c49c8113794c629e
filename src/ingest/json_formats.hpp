#pragma once
// Recognises the result JSON of the tools of the field by content (never by file name) and
// applies what their documentation says and their files do not: units left unsaid, configured
// values that are not measurements, aggregate figures named like means. Also what GuideLLM's
// console tables mean, the same figures its JSON holds.
#include "chimera/ingest/model.hpp"

namespace chimera::ingest::detail {

// Sets result.format and adjusts the rows of a recognised document; leaves others as they are.
void recognise_json(FileResult& result);
// The same for CSV (AIPerf / genai-perf exports).
void recognise_csv(FileResult& result);

// The tokens per second of Ollama responses ("eval_count / eval_duration * 10^9", its API
// documentation's rate, what `ollama run --verbose` prints as "eval rate"): with `derive`, a
// record that wrote no rate gets it worked out and appended as a row. (A rate it wrote that
// equals its count over its duration, "tps", is named in recognise_json/recognise_csv.)
void ollama_rates(MetricRows& rows, bool derive);

// One figure of Hugging Face optimum-benchmark's report, of its phase ("load_model", "prefill",
// "decode", "per_token") and kind ("latency", "throughput", "memory"; the figure's key "p99"):
// its metric, statistic, unit and test. Nothing for an empty kind.
void optimum_figure(MetricRow& row, std::string_view phase, std::string_view what,
                    std::string_view key);

// GuideLLM's console table names each benchmark by its strategy and load ("concurrent@4",
// "constant@2.00", "synchronous"): sets the row's config (the strategy) and concurrency or rate.
// Returns false, changing nothing, for any other label.
bool guidellm_strategy(std::string_view label, Context& ctx);
// The figure of a GuideLLM console column ("Out Tok/sec mean", "Request Stats Per Second"): its
// metric, unit and statistic, where the abbreviated header leaves them unsaid.
void guidellm_console_figure(MetricRow& row, std::string_view header);
// The figures of one row of that table, rows[first..]: a subset of no request ("Requests Made
// Err" 0) has placeholders for means, not measurements.
void guidellm_console_row(MetricRows& rows, std::size_t first);

}  // namespace chimera::ingest::detail
