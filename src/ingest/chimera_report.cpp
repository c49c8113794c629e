#include "chimera_report.hpp"

#include <array>
#include <string>

#include "chimera/core/text.hpp"
#include "row_builder.hpp"

namespace chimera::ingest::detail {
namespace {

using Section = ChimeraReportState::Section;

struct Figure {
  Section section;
  std::string_view label, metric, statistic;
  std::string_view note = {};  // what the figure is, where its label does not say it
};

// What each item means, as the reference system defines it (its anchor facts) and this
// project's report writer (src/agent/report.cpp) writes it: the throughput is eval_count /
// eval_duration, the server's decode rate, averaged over the agent's calls, as the TTFT is;
// the durations and tokens are sums over the calls; the load is the one load measured.
constexpr std::array kFigures = {
    Figure{Section::metrics, "Throughput", "decode_rate", "mean"},
    Figure{Section::metrics, "TTFT", "ttft", "mean"},
    // The reference's "Total Duration" is the client's time of the agent's calls, added (its
    // metrics.json: execution_time_s); this project's report, which writes "End-to-end" for
    // that, gives the server's total there (the row is moved when the "End-to-end" line comes).
    Figure{Section::metrics, "Total Duration", "e2e_latency", "sum",
           "the agent's calls, end to end on the client, added"},
    Figure{Section::metrics, "End-to-end", "e2e_latency", "sum"},
    Figure{Section::metrics, "Tokens Generated", "output_tokens", "sum"},
    Figure{Section::metrics, "Prompt Eval", "prompt_eval_time", "sum"},
    Figure{Section::metrics, "Eval Duration", "eval_time", "sum"},
    Figure{Section::metrics, "Load Duration", "load_time", "value"},
    Figure{Section::agent, "Throughput", "decode_rate", "mean"},
    Figure{Section::agent, "TTFT", "ttft", "mean"},
    Figure{Section::agent, "Total Duration", "e2e_latency", "sum",
           "the agent's calls, end to end on the client, added"},
    // The run of both agents: the wall time they ran together, their execution times added
    // (the "sequential estimate"), and the speedup and efficiency of the reference's
    // definitions.
    Figure{Section::scenario, "Concurrent Wall Time", "duration", "value"},
    Figure{Section::scenario, "Sequential Estimate", "duration", "sum",
           "the two agents' execution times added"},
    Figure{Section::scenario, "Speedup", "speedup", "value"},
    Figure{Section::scenario, "Efficiency", "efficiency", "value"},
    Figure{Section::delta, "Throughput \xCE\x94", "decode_rate", "delta"},  // "Throughput Δ"
    // (Its own note says "positive = Agent B faster TTFT": A - B, against its heading; the
    // value is turned to B - A, as the heading and the throughput's difference are.)
    Figure{Section::delta, "TTFT \xCE\x94", "ttft", "delta",
           "the report writes A - B (its note: positive = Agent B faster); the value is B - A, "
           "as the heading says"},
};

const Figure* figure_of(Section section, std::string_view label) {
  for (const auto& f : kFigures) {
    if (f.section == section && f.label == label) return &f;
  }
  return nullptr;
}

// "num_gpu=80, num_ctx=512, temp=0.8": the settings as the rows' configuration, as the other
// readers write them ("num_gpu=80 num_ctx=512 temp=0.8"); other text as written.
std::string settings_of(std::string_view value) {
  value = text::trim(value);
  std::string out;
  const bool pairs = value.find('=') != std::string_view::npos && value.front() != '{';
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (pairs && value[i] == ',' && i + 1 < value.size() && value[i + 1] == ' ') continue;
    out += value[i];
  }
  return out;
}

MetricRow* figure_row(MetricRows& rows, std::string_view label, std::string_view value) {
  // "n/a (the model was already loaded, or the server does not report it)": missing, and why.
  // (Built as a non-finite figure is, a row with no value; its note says why.)
  if (value.size() >= 3 && text::iequals(value.substr(0, 3), "n/a")) {
    MetricRow* row = add_text_row(rows, label, "nan");
    if (!row) return nullptr;
    const std::string_view reason = text::trim(value.substr(3));
    row->note = "not measured (n/a)";
    if (reason.size() > 2 && reason.front() == '(' && reason.back() == ')')
      row->note += ": " + std::string(reason.substr(1, reason.size() - 2));
    row->raw.assign(value);
    row->unit.clear();  // (none written; not the one the label's words suggest)
    return row;
  }
  return add_text_row(rows, label, value);
}

}  // namespace

void chimera_report_heading(ChimeraReportState& s, std::size_t level, std::string_view text) {
  text = text::trim(text);
  if (level == 1) {
    if (!s.seen_title) {
      s.seen_title = true;
      s.titled = text.starts_with("Chimera") || text == "Baseline Collector" ||
                 text.find("Multi-Agent Report") != std::string_view::npos;
    } else {
      s.in_text = true;  // the model's report, embedded under a title of its own
    }
    s.section = Section::none;
    return;
  }
  if (text == "Workflow Summary") s.in_text = false;  // the writer's own sections again
  s.agent_config.clear();
  s.total_row = static_cast<std::size_t>(-1);
  if (!s.titled || s.in_text) {
    s.section = Section::none;
  } else if (text == "Metrics") {
    s.section = Section::metrics;
  } else if (text == "Scenario") {
    s.section = Section::scenario;
  } else if (text.starts_with("Agent ") && text.find(" (") != std::string_view::npos) {
    s.section = Section::agent;  // "Agent A (Chimera Agent A)"
  } else if (text == "Delta (B - A)") {
    s.section = Section::delta;
  } else {
    s.section = Section::none;
  }
}

bool chimera_report_line(std::string_view line, std::size_t number, ChimeraReportState& s,
                         MetricRows& rows) {
  if (!s.titled) return false;
  const std::string_view t = text::trim(line);
  // The per-agent report's "Configuration: num_gpu=80, num_ctx=1024, ..." (or "Ollama
  // defaults", or this project's "**Configuration:** {"num_ctx":2048}") before its sections; the
  // line is left to the other readers too.
  // (This project's report states it under the second title, above the model's text.)
  if (s.section == Section::none && s.config.empty()) {
    for (const std::string_view key : {"Configuration: ", "**Configuration:** "}) {
      if (t.starts_with(key)) s.config = settings_of(t.substr(key.size()));
    }
    return false;
  }
  if (s.section == Section::none || !t.starts_with("- ")) return false;
  const std::string_view item = t.substr(2);
  const auto colon = item.find(": ");
  if (colon == std::string_view::npos) return false;
  const std::string_view label = item.substr(0, colon);
  const std::string_view value = text::trim(item.substr(colon + 2));
  if (s.section == Section::agent && label == "Config") {
    s.agent_config = settings_of(value);
    return true;
  }
  if (s.section == Section::scenario && label == "Type") {
    s.scenario = std::string(value);
    return true;
  }
  const Figure* f = figure_of(s.section, label);
  if (!f) return false;
  if (s.repeated) {
    ++s.skipped;
    return true;
  }
  MetricRow* row = figure_row(rows, label, value);
  if (!row) return false;
  set_metric(*row, f->metric);
  row->statistic.assign(f->statistic);
  renormalize(*row);
  // (The difference's direction only where the report's own note states it.)
  const bool noted = f->section != Section::delta ||
                     value.find("positive = Agent B faster") != std::string_view::npos;
  if (!f->note.empty() && noted)
    row->note = std::string(f->note) + (row->note.empty() ? "" : "; ") + row->note;
  if (f->section == Section::delta && label.starts_with("TTFT") && noted && row->value) {
    row->value = -*row->value;
    renormalize(*row);
  }
  if (s.section == Section::metrics && label == "Total Duration") s.total_row = rows.size() - 1;
  if (s.section == Section::metrics && label == "End-to-end" && s.total_row < rows.size() - 1) {
    // This project's report: its "Total Duration" is the server's total (Ollama's).
    MetricRow& total = rows[s.total_row];
    set_metric(total, "total_duration");
    total.note = "the server's total duration (Ollama's total_duration), added over the calls";
  }
  row->locator = "line[" + std::to_string(number) + "]." + std::string(label);
  row->line = number;
  switch (s.section) {
    case Section::metrics:
      row->context.config = s.config;
      break;
    case Section::agent:
      row->context.config = s.agent_config.empty() ? s.scenario : s.agent_config;
      break;
    default:
      row->context.config = s.scenario;
      break;
  }
  return true;
}

}  // namespace chimera::ingest::detail
