#include "llmperf_console.hpp"

#include <algorithm>
#include <cctype>

#include "chimera/core/text.hpp"
#include "row_builder.hpp"

namespace chimera::ingest::detail {
namespace {

constexpr std::string_view kBanner = "Results for token benchmark for ";

// "ttft_s", "request_output_throughput_token_per_s": a summary field's own name, alone on a line.
bool is_field_name(std::string_view l) {
  return !l.empty() && std::all_of(l.begin(), l.end(), [](char c) {
    return std::islower(static_cast<unsigned char>(c)) ||
           std::isdigit(static_cast<unsigned char>(c)) || c == '_';
  });
}

// "llama2-7b-chat" of "Results for token benchmark for llama2-7b-chat queried with the openai api."
std::string model_of(std::string_view banner) {
  std::string_view rest = banner.substr(kBanner.size());
  rest = rest.substr(0, rest.find(" queried with"));
  return std::string(text::trim(rest));
}

MetricRow* add(MetricRows& rows, std::string_view name, std::string_view value, std::size_t number,
               const LlmperfConsoleState& state, std::string_view locator) {
  MetricRow* row = add_text_row(rows, name, value);
  if (!row) return nullptr;
  row->locator = "llmperf_result[" + std::to_string(state.block - 1) + "]." + std::string(locator);
  row->line = number;
  default_statistic(*row, "value");
  if (!state.model.empty()) row->context.model = state.model;
  return row;
}

}  // namespace

bool llmperf_console_line(std::string_view line, std::size_t number, LlmperfConsoleState& state,
                          MetricRows& rows) {
  const std::string_view l = text::trim(line);
  if (const auto at = l.find(kBanner); at != std::string_view::npos) {  // ("\Results ...")
    state.in_block = true;
    ++state.block;
    state.model = model_of(l.substr(at));
    state.metric.clear();
    return true;
  }
  if (!state.in_block) return false;
  if (l.empty()) return true;
  const bool indented = line.front() == ' ' || line.front() == '\t';
  if (!indented && is_field_name(l)) {
    state.metric = std::string(l);
    return true;
  }
  // "    p25 = 3.69": a statistic of the field above, in the field's own unit ("_s": seconds).
  if (const auto eq = l.find(" = ");
      indented && eq != std::string_view::npos && !state.metric.empty()) {
    const std::string_view stat = text::trim(l.substr(0, eq));
    MetricRow* row = add(rows, state.metric + "_" + std::string(stat), text::trim(l.substr(eq + 3)),
                         number, state, state.metric + "." + std::string(stat));
    // One request's output tokens over its whole latency, as the summary JSON reads it
    // (json_formats.cpp): a token rate.
    if (row && state.metric.rfind("request_output_throughput", 0) == 0)
      set_metric(*row, "token_rate");
    return true;
  }
  // "Overall Output Throughput: 168.86", "Completed Requests Per Minute: 67.56": run totals.
  const auto colon = l.find(':');
  if (!indented && colon != std::string_view::npos && colon > 0) {
    const std::string_view label = text::trim(l.substr(0, colon));
    MetricRow* row = add(rows, label, text::trim(l.substr(colon + 1)), number, state, label);
    if (row && row->metric && row->unit.empty() && row->metric->id == "output_throughput")
      set_unit(*row, "tok/s");  // the summary's mean_output_throughput_token_per_s
    state.metric.clear();
    return true;
  }
  state.in_block = false;  // anything else ends the results
  state.metric.clear();
  return false;
}

}  // namespace chimera::ingest::detail
