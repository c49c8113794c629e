#include "trtllm_bench.hpp"

#include <array>
#include <string>
#include <utility>

#include "chimera/core/text.hpp"
#include "chimera/metrics/registry.hpp"
#include "row_builder.hpp"

namespace chimera::ingest::detail {
namespace {

using Section = TrtllmBenchState::Section;

struct Figure {
  std::string_view label, metric, statistic, unit;
  std::string_view note = {};  // what the source computes, where the label does not say
};

// The overview's lines, in the source's words (reporting.py, 0.16 to 1.x). "" metric: no metric
// of the registry (kept under its own name).
constexpr std::array kFigures = {
    Figure{"Number of requests", "requests", "value", "count"},
    Figure{"Number of concurrent requests", "concurrency", "mean", "count"},
    Figure{"Average Input Length (tokens)", "input_tokens", "mean", "tokens"},
    Figure{"Average Output Length (tokens)", "output_tokens", "mean", "tokens"},
    Figure{"Token Throughput (tokens/sec)", "output_throughput", "value", "tok/s",
           "output tokens over the run's wall time"},
    Figure{"Request Throughput (req/sec)", "request_throughput", "value", "req/s"},
    Figure{"Total Output Throughput (tokens/sec)", "output_throughput", "value", "tok/s"},
    Figure{"Total Token Throughput (tokens/sec)", "total_throughput", "value", "tok/s"},
    Figure{"Total Latency (ms)", "duration", "value", "ms",
           "the run's wall time, first request's start to last request's end"},
    Figure{"Average request latency (ms)", "e2e_latency", "mean", "ms"},
    Figure{"Per User Output Throughput [w/ ctx] (tps/user)", "decode_rate", "mean", "tok/s",
           "each request's output tokens over its whole latency, the first token's included"},
    Figure{"Per User Output Throughput (tokens/sec/user)", "decode_rate", "mean", "tok/s",
           "each request's output tokens over its whole latency, the first token's included"},
    Figure{"Per GPU Output Throughput (tps/gpu)", "", "value", "tok/s",
           "the output throughput divided by the number of GPUs"},
    Figure{"Per GPU Output Throughput (tokens/sec/gpu)", "", "value", "tok/s",
           "the output throughput divided by the number of GPUs"},
    Figure{"Average time-to-first-token [TTFT] (ms)", "ttft", "mean", "ms"},
    Figure{"Average time-to-first-token (ms)", "ttft", "mean", "ms"},
    Figure{"Average time-per-output-token [TPOT] (ms)", "tpot", "mean", "ms"},
    Figure{"Average time-per-output-token (ms)", "tpot", "mean", "ms"},
    Figure{"Per User Output Speed [1/TPOT] (tokens/sec/user)", "decode_rate", "mean", "tok/s",
           "1/TPOT: the generation phase, the first token's time excluded"},
    Figure{"Per User Output Speed (tps/user)", "decode_rate", "mean", "tok/s",
           "the generation phase, the first token's time excluded"},
};

// "[TTFT] P50    : 3914.7621": the per-request breakdowns, by their tag.
struct Breakdown {
  std::string_view tag, metric, unit, name;
};
constexpr std::array kBreakdowns = {
    Breakdown{"[TPOT]", "tpot", "ms", "TPOT"},
    Breakdown{"[TTFT]", "ttft", "ms", "TTFT"},
    Breakdown{"[GTPS]", "decode_rate", "tok/s", "generation throughput per request"},
    Breakdown{"[Latency]", "e2e_latency", "ms", "request latency"},
    Breakdown{"[DT]", "", "tokens", "draft tokens per request"},
    Breakdown{"[ADT]", "", "tokens", "accepted draft tokens per request"},
    Breakdown{"[DAR]", "acceptance_rate", "fraction", "draft acceptance rate"},
    Breakdown{"[AL]", "acceptance_length", "tokens", "acceptance length"},
};

// The report's section titles and the world section's settings that tell runs apart.
constexpr std::pair<std::string_view, Section> kSections[] = {
    {"ENGINE DETAILS", Section::engine},
    {"PYTORCH BACKEND", Section::engine},
    {"MACHINE DETAILS", Section::machine},
    {"WORLD + RUNTIME INFORMATION", Section::world},
    {"REQUEST DETAILS", Section::request},
    {"PERFORMANCE OVERVIEW", Section::performance},
    {"STREAMING STATISTICS", Section::performance},
    {"DECODING STATISTICS", Section::decoding},  // "DECODING STATISTICS (MTP)"
};
constexpr std::pair<std::string_view, std::string_view> kSettings[] = {
    {"TP Size", "tp"},
    {"PP Size", "pp"},
    {"EP Size", "ep"},
    {"Max Runtime Batch Size", "max_batch_size"},
    {"Max Runtime Tokens", "max_num_tokens"},
};

Section section_named(std::string_view title) {
  for (const auto& [name, section] : kSections) {
    if (title == name || (section == Section::decoding && title.starts_with(name))) return section;
  }
  return Section::none;
}

void label_line(std::string_view label, std::string_view value, TrtllmBenchState& s) {
  if (s.section == Section::engine) {
    if (label == "Model") s.model = std::string(value);
    if (label == "Quantization") s.quantization = std::string(value);
    if (label == "Dtype") s.dtype = std::string(value);
    if (label == "KV Cache Dtype" && !text::iequals(value, "none"))
      s.config += (s.config.empty() ? "" : " ") + ("kv_cache_dtype=" + std::string(value));
  } else if (s.section == Section::world) {
    for (const auto& [name, key] : kSettings) {
      if (label == name)
        s.config += (s.config.empty() ? "" : " ") + std::string(key) + "=" + std::string(value);
    }
  }
}

void label_row(MetricRow& row, const TrtllmBenchState& s) {
  Context& ctx = row.context;
  ctx.model = s.model;
  // "None" when the weights are not quantized: their dtype is the precision they ran at.
  ctx.quantization =
      s.quantization.empty() || text::iequals(s.quantization, "none") ? s.dtype : s.quantization;
  ctx.gpu = s.gpu;
  ctx.config = s.config;
  ctx.backend = "TensorRT-LLM";
}

MetricRow* figure_row(std::string_view name, std::string_view value, std::string_view metric,
                      std::string_view statistic, std::string_view unit, MetricRows& rows) {
  MetricRow* row = add_text_row(rows, name, value);
  if (!row) return nullptr;
  if (!unit.empty()) set_unit(*row, unit);  // (classifies the row again: first)
  if (metric.empty()) {
    unname_metric(*row, false);
  } else {
    set_metric(*row, metric);
  }
  row->statistic.assign(statistic);
  renormalize(*row);
  return row;
}

}  // namespace

bool trtllm_bench_line(std::string_view line, std::size_t number, TrtllmBenchState& s,
                       MetricRows& rows) {
  const std::string_view l = text::trim(line);
  if (l.size() > 2 && l[0] == '=' && l[1] == ' ') {  // "= PERFORMANCE OVERVIEW "
    const Section next = section_named(text::trim(l.substr(2)));
    if (next == Section::none) return false;
    // A new report's engine section after the figures of another.
    if (next == Section::engine && s.figures) {
      s = TrtllmBenchState{Section::none, s.reports, false, {}, {}, {}, {}, {}};
    }
    s.section = next;
    return true;
  }
  if (s.section == Section::none) return false;
  if (l.empty() || l.front() == '=') return true;
  if (l.starts_with("--")) return true;  // "-- Request Latency Breakdown (ms) ------"
  if (s.section == Section::machine) {
    // "NVIDIA H100 80GB HBM3, memory 79.10 GB, 2.62 GHz" (or "No GPU info available").
    if (const auto comma = l.find(", memory"); comma != std::string_view::npos)
      s.gpu = std::string(l.substr(0, comma));
    return true;
  }
  const auto colon = l.find(':');
  if (colon == std::string_view::npos) {
    s.section = Section::none;  // the report ended
    return false;
  }
  const std::string_view label = text::trim(l.substr(0, colon));
  const std::string_view value = text::trim(l.substr(colon + 1));
  if (s.section == Section::engine || s.section == Section::world) {
    label_line(label, value, s);
    return true;
  }
  MetricRow* row = nullptr;
  if (label.front() == '[') {
    const auto close = label.find(']');
    const std::string_view tag = label.substr(0, close == std::string_view::npos ? 0 : close + 1);
    // "MINIMUM", "AVERAGE", "P50": the registry's statistics (min, mean, median).
    const auto stat =
        metrics::parse_statistic(text::to_lower(text::trim(label.substr(tag.size()))));
    for (const auto& b : kBreakdowns) {
      if (b.tag != tag || !stat) continue;
      row = figure_row(b.name, value, b.metric, *stat, b.unit, rows);
      break;
    }
  } else {
    for (const auto& f : kFigures) {
      if (f.label != label) continue;
      row = figure_row(label, value, f.metric, f.statistic, f.unit, rows);
      if (row && !f.note.empty()) row->note = std::string(f.note);
      break;
    }
  }
  if (!row) return true;  // a line of the report that holds no figure of ours
  if (!s.figures) {
    s.figures = true;
    ++s.reports;
  }
  row->name.assign(label);
  row->locator = "trtllm_bench[" + std::to_string(s.reports - 1) + "]." + std::string(label);
  row->line = number;
  label_row(*row, s);
  return true;
}

}  // namespace chimera::ingest::detail
