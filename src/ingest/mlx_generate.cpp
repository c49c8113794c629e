#include "mlx_generate.hpp"

#include <optional>
#include <string>

#include "chimera/core/numeric.hpp"
#include "chimera/core/text.hpp"
#include "row_builder.hpp"

namespace chimera::ingest::detail {
namespace {

// "7 tokens, 6.657 tokens-per-sec": the count and the rate, or nothing.
std::optional<std::pair<std::string_view, std::string_view>> count_and_rate(std::string_view s) {
  const auto comma = s.find(", ");
  if (comma == std::string_view::npos) return std::nullopt;
  std::string_view count = text::trim(s.substr(0, comma));
  std::string_view rate = text::trim(s.substr(comma + 2));
  if (!count.ends_with(" tokens") || !rate.ends_with(" tokens-per-sec")) return std::nullopt;
  count.remove_suffix(7);
  rate.remove_suffix(15);
  if (!numeric::parse_cell(count) || !numeric::parse_cell(rate)) return std::nullopt;
  return std::make_pair(count, rate);
}

void add(MetricRows& rows, std::size_t number, const MlxGenerateState& state, std::string_view key,
         std::string_view metric, std::string_view unit, std::string_view text,
         std::string_view statistic = "sample") {
  const auto parsed = numeric::parse_cell(text);
  if (!parsed) return;
  MetricRow& row = add_number_row(rows, key, text, parsed->value);
  set_unit(row, unit);
  if (unit == "GB") in_decimal_units(row);  // mlx divides bytes by 1e9
  set_metric(row, metric);
  row.raw.assign(text);
  row.locator = "mlx[" + std::to_string(state.block - 1) + "]." + std::string(key);
  row.line = number;
  row.statistic = std::string(statistic);
  row.context.backend = "mlx";
}

}  // namespace

bool mlx_benchmark_line(std::string_view line, std::size_t number, MlxGenerateState& state,
                        MetricRows& rows) {
  std::string_view l = text::trim(line);
  while (l.ends_with('`')) l.remove_suffix(1);  // a fence's close glued to the last line
  if (l.starts_with("Timing with prompt_tokens=")) {
    ++state.runs;
    std::string_view list = l.substr(12);
    if (list.ends_with('.')) list.remove_suffix(1);
    state.settings.clear();
    for (std::size_t at = 0; at < list.size();) {
      auto comma = list.find(", ", at);
      if (comma == std::string_view::npos) comma = list.size();
      state.settings += (state.settings.empty() ? "" : " ") +
                        std::string(text::trim(list.substr(at, comma - at)));
      at = comma + 2;
    }
    return true;
  }
  const bool averages = l.starts_with("Averages: ");
  const bool trial = l.starts_with("Trial ") && l.find(":  ") != std::string_view::npos;
  if (state.runs == 0 || !(averages || trial) || l.find("prompt_tps=") == std::string_view::npos)
    return false;
  const auto colon = l.find(':');
  std::string key_base =
      averages ? "averages" : "trial" + std::string(text::trim(l.substr(6, colon - 6)));
  std::erase(key_base, ' ');
  std::string_view pairs = text::trim(l.substr(colon + 1));
  for (std::size_t at = 0; at < pairs.size();) {
    auto comma = pairs.find(", ", at);
    if (comma == std::string_view::npos) comma = pairs.size();
    const std::string_view pair = text::trim(pairs.substr(at, comma - at));
    at = comma + 2;
    const auto eq = pair.find('=');
    if (eq == std::string_view::npos) continue;
    const std::string_view key = pair.substr(0, eq), value = pair.substr(eq + 1);
    const std::string_view metric = key == "prompt_tps"       ? "prompt_eval_rate"
                                    : key == "generation_tps" ? "decode_rate"
                                    : key == "peak_memory"    ? "memory"
                                    : key == "total_time"     ? "duration"
                                                              : "";
    if (metric.empty()) continue;
    const std::string_view unit = key == "peak_memory" ? "GB" : key == "total_time" ? "s" : "tok/s";
    const std::size_t before = rows.size();
    MlxGenerateState at_run = state;
    at_run.block = state.runs;
    add(rows, number, at_run, key, metric, unit, value,
        averages               ? "mean"
        : key == "peak_memory" ? "max"
                               : "sample");
    for (std::size_t i = before; i < rows.size(); ++i) {
      rows[i].locator =
          "mlx_bench[" + std::to_string(state.runs - 1) + "]." + key_base + "." + std::string(key);
      rows[i].context.config = state.settings;
      if (averages && key == "peak_memory") rows[i].note = "the trials' mean of their peaks";
    }
  }
  return true;
}

bool mlx_generate_line(std::string_view line, std::size_t number, MlxGenerateState& state,
                       MetricRows& rows) {
  const std::string_view l = text::trim(line);
  if (l.starts_with("Prompt: ")) {
    const auto cr = count_and_rate(l.substr(8));
    if (!cr) return false;
    ++state.block;
    state.in_block = true;
    add(rows, number, state, "prompt_tokens", "input_tokens", "tokens", cr->first);
    add(rows, number, state, "prompt_tps", "prompt_eval_rate", "tok/s", cr->second);
    return true;
  }
  if (!state.in_block) return false;
  if (l.starts_with("Generation: ")) {
    const auto cr = count_and_rate(l.substr(12));
    if (!cr) return false;
    add(rows, number, state, "generation_tokens", "output_tokens", "tokens", cr->first);
    add(rows, number, state, "generation_tps", "decode_rate", "tok/s", cr->second);
    return true;
  }
  if (l.starts_with("Peak memory: ") && l.ends_with(" GB")) {
    const std::string_view gb = text::trim(l.substr(13, l.size() - 13 - 3));
    if (!numeric::parse_cell(gb)) return false;
    add(rows, number, state, "peak_memory", "memory", "GB", gb, "max");
    state.in_block = false;  // the block's last line
    return true;
  }
  return false;
}

}  // namespace chimera::ingest::detail
