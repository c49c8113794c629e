#include "ollama_verbose.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <utility>

#include "chimera/core/numeric.hpp"
#include "chimera/core/text.hpp"
#include "chimera/core/units.hpp"
#include "chimera/metrics/classify.hpp"
#include "row_builder.hpp"

namespace chimera::ingest::detail {
namespace {

struct Stat {
  std::string_view label;  // as Ollama prints it
  std::string_view key;    // locator key
  char kind;               // 'd' duration, 'c' count, 'r' rate
};

constexpr std::array<Stat, 10> kStats = {{
    {"total duration", "total_duration", 'd'},
    {"load duration", "load_duration", 'd'},
    {"prompt eval count", "prompt_eval_count", 'c'},
    {"prompt eval duration", "prompt_eval_duration", 'd'},
    {"prompt eval rate", "prompt_eval_rate", 'r'},
    {"eval count", "eval_count", 'c'},
    {"eval duration", "eval_duration", 'd'},
    {"eval rate", "eval_rate", 'r'},
    // The same rates as scripts over the client libraries print them (eval_count / eval_duration
    // of the response, "Completion tokens per second: 5.3").
    {"prompt tokens per second", "prompt_eval_rate", 'r'},
    {"completion tokens per second", "eval_rate", 'r'},
}};

// The model of an "ollama run MODEL ..." command line, if the line is one.
std::optional<std::string> run_model(std::string_view line) {
  const auto at = line.find("ollama run ");
  if (at == std::string_view::npos) return std::nullopt;
  std::string_view rest = text::trim(line.substr(at + 11));
  while (!rest.empty() && rest.front() == '-') {  // flags before the model: --verbose
    const auto sp = rest.find(' ');
    if (sp == std::string_view::npos) return std::nullopt;
    rest = text::trim(rest.substr(sp));
  }
  if (!rest.empty() && (rest.front() == '"' || rest.front() == '\'')) rest.remove_prefix(1);
  const auto end = rest.find_first_of(" \t\"'`");
  const auto model = rest.substr(0, end);
  // "ollama run $i" in a shell loop, "ollama run <model>" in a how-to: a placeholder, no model.
  if (model.empty() || model.front() == '$' || model.front() == '<' || model.front() == '{' ||
      model.front() == '[')
    return std::string();
  return std::string(model);
}

}  // namespace

namespace {

// "Average of eval rate:  66.966  tokens/s": the mean of the blocks above, a row of its own.
bool average_row(std::string_view value, std::size_t number, const Stat& stat,
                 OllamaVerboseState& state, MetricRows& rows) {
  state.in_block = false;
  value = text::trim(value);
  const auto num = numeric::parse_cell(value.substr(0, value.find(' ')));
  if (!num || stat.kind == 'd') return true;
  MetricRow& row = add_number_row(rows, stat.label, value, num->value);
  set_unit(row, stat.kind == 'r' ? "tok/s" : "tokens");
  row.raw.assign(value);
  row.locator = "ollama_mean[" + std::to_string(state.means++) + "]." + std::string(stat.key);
  row.line = number;
  row.statistic = "mean";
  if (!state.model.empty()) row.context.model = state.model;
  return true;
}

}  // namespace

std::optional<double> go_duration_ms(std::string_view s) {
  s = text::trim(s);
  if (s.empty()) return std::nullopt;
  double total = 0;
  bool any = false;
  while (!s.empty()) {
    std::size_t i = 0;
    while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.')) ++i;
    if (i == 0) return std::nullopt;
    double v = 0;
    if (std::from_chars(s.data(), s.data() + i, v).ec != std::errc()) return std::nullopt;
    s.remove_prefix(i);
    double factor = 0;
    for (const auto& [unit, f] :
         std::array<std::pair<std::string_view, double>, 7>{{{"ms", 1.0},
                                                             {"\xC2\xB5s", 1e-3},
                                                             {"us", 1e-3},
                                                             {"ns", 1e-6},
                                                             {"h", 3600e3},
                                                             {"m", 60e3},
                                                             {"s", 1e3}}}) {
      if (s.substr(0, unit.size()) == unit) {
        factor = f;
        s.remove_prefix(unit.size());
        break;
      }
    }
    if (factor == 0) return std::nullopt;
    total += v * factor;
    any = true;
  }
  if (!any) return std::nullopt;
  return total;
}

// "gemma3:27b  a418f5838eaf  21 GB  25%/75% CPU/GPU  4 minutes from now": the processor
// column's "N% CPU", "N% GPU" or "N%/M% CPU/GPU", or "".
std::string processor_in(std::string_view l) {
  for (const std::string_view unit : {"% CPU/GPU", "% GPU", "% CPU"}) {
    const auto at = l.find(unit);
    if (at == std::string_view::npos) continue;
    std::size_t from = at;
    while (from > 0 && (std::isdigit(static_cast<unsigned char>(l[from - 1])) ||
                        l[from - 1] == '%' || l[from - 1] == '/'))
      --from;
    if (from == at) continue;
    return std::string(l.substr(from, at + unit.size() - from));
  }
  return {};
}

// "0.04 seconds", "85.99 s", "1,204 ms": a figure and a unit of time, in milliseconds.
std::optional<double> duration_in_words_ms(std::string_view s) {
  const auto parsed = numeric::parse_cell(s);
  if (!parsed || parsed->suffix.empty()) return std::nullopt;
  const auto unit = metrics::parse_unit(parsed->suffix);
  if (!unit) return std::nullopt;
  const auto n = units::normalize(parsed->value, *unit);
  if (!n || n->unit != "ms") return std::nullopt;
  return n->value;
}

void label_processor(std::string_view l, const OllamaVerboseState& state, MetricRows& rows) {
  const std::string processor = processor_in(l);
  if (processor.empty() || state.block == 0) return;
  const std::string block = "ollama[" + std::to_string(state.block - 1) + "].";
  for (auto it = rows.rbegin(); it != rows.rend() && it->locator.rfind(block, 0) == 0; ++it) {
    if (it->context.model != state.model && !it->context.model.empty()) return;
    if (it->context.config.empty()) it->context.config = "processor=" + processor;
  }
}

namespace {

// `ollama ps`'s SIZE of a loaded model ("49 GB"): the memory the model takes loaded, its weights,
// cache and buffers (on the GPU and in RAM as its PROCESSOR column splits it).
void ps_size(std::string_view l, std::size_t number, OllamaVerboseState& state, MetricRows& rows) {
  if (state.ps_size_at == std::string_view::npos || state.ps_size_end == std::string_view::npos ||
      state.ps_size_end <= state.ps_size_at || state.ps_size_end > l.size())
    return;
  const std::string_view cell =
      text::trim(l.substr(state.ps_size_at, state.ps_size_end - state.ps_size_at));
  const auto parsed = numeric::parse_cell(cell);
  if (!parsed || parsed->suffix.empty()) return;
  // (A listing pasted again after the next request lists the same loaded model: counted once.)
  const std::string model(l.substr(0, l.find_first_of(" \t")));
  const std::string listed = model + "|" + std::string(cell) + "|" + processor_in(l);
  if (std::find(state.ps_listed.begin(), state.ps_listed.end(), listed) != state.ps_listed.end())
    return;
  state.ps_listed.push_back(listed);
  MetricRow* row = add_text_row(rows, "SIZE", cell);
  if (!row || !row->value) return;
  set_metric(*row, "memory");
  row->statistic = "value";
  row->locator = "ollama_ps[" + std::to_string(state.ps_models++) + "].SIZE";
  row->line = number;
  row->context.model = model;
  const std::string processor = processor_in(l);
  if (!processor.empty()) row->context.config = "processor=" + processor;
  row->note = "ollama ps: the memory the loaded model takes";
  renormalize(*row);
}

// Ends the block being read: counts it when it had more than a "total duration" (bit 0).
void end_block(OllamaVerboseState& state) {
  const unsigned seen = std::exchange(state.seen, 0U);
  if (state.block > 0 && seen != 0 && seen != 1U) ++state.full_blocks;
}

}  // namespace

bool ollama_verbose_line(std::string_view line, std::size_t number, OllamaVerboseState& state,
                         MetricRows& rows) {
  const std::string_view l = text::trim(line);
  const auto colon = l.find(':');
  const Stat* stat = nullptr;
  bool average = false;  // llm_benchmark's "Average of eval rate:  66.966  tokens/s"
  if (colon <= 32) {     // none, or a label no longer than any: prose is cheap
    std::string_view label = text::trim(l.substr(0, colon));
    if (label.size() > 11 && text::iequals(label.substr(0, 11), "average of ")) {
      label.remove_prefix(11);
      average = true;
    }
    for (const auto& s : kStats) {
      if (text::iequals(label, s.label)) stat = &s;
    }
  }
  if (!stat) {
    // llm_benchmark's and captured logs' "model_name =    mistral:7b" names the model that follows.
    if (l.rfind("model_name", 0) == 0) {
      if (const auto eq = l.find(" = "); eq <= 12)  // npos is larger
        state.model = std::string(text::trim(l.substr(eq + 3)));
    }
    if (auto m = run_model(l)) {
      if (state.runs_without_output > 0 && *m != state.last_run_model)
        state.model.clear();  // (several models: which one a block below is, no line says)
      else
        state.model = *m;
      ++state.runs_without_output;
      state.model_from_lead = false;
      state.last_run_model = *m;
      if (std::find(state.run_models.begin(), state.run_models.end(), *m) == state.run_models.end())
        state.run_models.push_back(*m);
    }
    // `ollama ps` pasted beside the statistics: "NAME  ID  SIZE  PROCESSOR  UNTIL", then one
    // line per loaded model, its name first.
    // (A row of the listing says where its model runs: "100% GPU"; not `ollama list`'s rows.)
    const bool ps_row =
        (state.ps_header || state.ps_listing) && !l.empty() && !processor_in(l).empty();
    if (ps_row && state.ps_header) {
      state.model = std::string(l.substr(0, l.find_first_of(" \t")));
      // Its PROCESSOR column ("100% GPU", "25%/75% CPU/GPU"): where that model ran. `ollama ps`
      // is run after the request, so it says so of the block just read when that was this model's.
      label_processor(l, state, rows);
    }
    // (Every model it lists has its SIZE, up to the listing's end.)
    if (ps_row) ps_size(l, number, state, rows);
    state.ps_listing = ps_row;
    state.ps_header = l.rfind("NAME ", 0) == 0 && l.find(" ID ") != std::string_view::npos &&
                      l.find(" PROCESSOR") != std::string_view::npos;
    if (state.ps_header) {
      state.ps_size_at = l.find(" SIZE ");
      state.ps_size_end = l.find(" PROCESSOR");
      state.ps_listing = false;
    }
    // A blank line or a shell comment between the statistics ("# **eval rate**: tokens per
    // second ...", a note annotating each) does not end the request's block; a statistic seen
    // twice does.
    if (!l.empty() && l.front() != '#') state.in_block = false;
    return false;
  }
  state.ps_header = false;
  state.runs_without_output = 0;
  if (average) return average_row(l.substr(colon + 1), number, *stat, state, rows);
  // A statistic already seen starts the next block, even with no line between the two (a
  // captured terminal's redraws leave "total duration:" at the end of the answer's line).
  const unsigned bit = 1U << static_cast<unsigned>(stat - kStats.data());
  if (!state.in_block || (state.seen & bit) != 0) {
    end_block(state);
    ++state.block;
    state.seen = 0;
  }
  state.seen |= bit;
  state.in_block = true;
  const std::string_view value = text::trim(l.substr(colon + 1));
  MetricRow* row = nullptr;
  if (stat->kind == 'd') {
    auto ms = go_duration_ms(value);
    if (!ms) ms = duration_in_words_ms(value);  // "0.04 seconds": a script's, not Go's
    row = &add_number_row(rows, stat->label, value, ms ? *ms : 0.0);
    if (!ms) {
      row->value.reset();
      row->note = "not a Go duration";
    }
    set_unit(*row, "ms");
  } else {
    const auto sp = value.find(' ');
    const auto num = numeric::parse_cell(value.substr(0, sp));
    if (!num) return true;
    row = &add_number_row(rows, stat->label, value, num->value);
    set_unit(*row, stat->kind == 'r' ? "tok/s" : "tokens");
    // "Prompt tokens per second": the prompt-eval rate Ollama's own label says.
    if (stat->kind == 'r') set_metric(*row, stat->key == "eval_rate" ? "decode_rate" : stat->key);
  }
  row->raw.assign(value);
  row->locator = "ollama[" + std::to_string(state.block - 1) + "]." + std::string(stat->key);
  row->line = number;
  row->statistic = "sample";
  if (!state.model.empty()) row->context.model = state.model;
  row->context.backend = "ollama";  // its own statistics, whatever the document names
  return true;
}

std::string model_of_lead(std::string_view lead, const OllamaVerboseState& state) {
  if (state.run_models.size() < 2) return {};
  lead = text::trim(lead);
  const auto end = lead.find_first_of(" :");
  const std::string_view word = lead.substr(0, end);
  if (word.size() < 3) return {};
  std::string found;
  for (const auto& m : state.run_models) {
    if (m.size() < word.size() || !text::iequals(std::string_view(m).substr(0, word.size()), word))
      continue;
    // ("llama" of "llama3.1:8b", not of "llamafile"): the family ends at a digit or a mark.
    if (m.size() > word.size() && std::isalpha(static_cast<unsigned char>(m[word.size()])))
      continue;
    if (!found.empty() && found != m) return {};
    found = m;
  }
  return found;
}

void end_ollama(OllamaVerboseState& state, MetricRows& rows) {
  end_block(state);
  if (state.block == 0 || state.full_blocks > 0) return;
  for (auto& row : rows) {
    if (!row.locator.starts_with("ollama[") || !row.locator.ends_with("].total_duration")) continue;
    row.locator = "line[" + std::to_string(row.line) + "].total duration";
    set_metric(row, "duration");
    row.statistic = "value";
    row.context.backend.clear();
    row.note = "a run's total duration alone, without Ollama's statistics of a request";
    ++state.lone_totals;
  }
}

bool ollama_response_repr_line(std::string_view line, std::size_t number, OllamaVerboseState& state,
                               MetricRows& rows) {
  // Runs for fenced and log lines: most have no "model='", "_duration=" or "_count=". The older
  // client's dict prints "'model': 'gemma3'" and "'eval_count': 1690".
  for (const std::string_view open :
       {std::string_view("model='"), std::string_view("'model': '")}) {
    if (const auto m = line.find(open); m != std::string_view::npos) {
      const auto end = line.find('\'', m + open.size());
      if (end != std::string_view::npos)
        state.repr_model = std::string(line.substr(m + open.size(), end - m - open.size()));
    }
  }
  if (line.find("_duration") == std::string_view::npos &&
      line.find("_count") == std::string_view::npos)
    return false;
  static constexpr std::array<std::string_view, 6> kKeys = {
      "total_duration",       "load_duration", "prompt_eval_count",
      "prompt_eval_duration", "eval_count",    "eval_duration"};
  bool any = false;
  for (std::size_t k = 0; k < kKeys.size(); ++k) {
    const std::string_view key = kKeys[k];
    for (auto at = line.find(key); at != std::string_view::npos; at = line.find(key, at + 1)) {
      // The whole key: not "eval_count" inside "prompt_eval_count".
      if (at > 0 && (std::isalnum(static_cast<unsigned char>(line[at - 1])) || line[at - 1] == '_'))
        continue;
      // "eval_count=1690" (a pydantic repr) or "'eval_count': 1690" (a dict's).
      std::size_t eq = at + key.size();
      const bool quoted = at > 0 && line[at - 1] == '\'' && eq + 1 < line.size() &&
                          line[eq] == '\'' && line[eq + 1] == ':';
      if (quoted) {
        eq += 1;
        while (eq + 1 < line.size() && line[eq + 1] == ' ') ++eq;
      } else if (eq >= line.size() || line[eq] != '=') {
        continue;
      }
      std::size_t end = eq + 1;
      while (end < line.size() && std::isdigit(static_cast<unsigned char>(line[end]))) ++end;
      if (end == eq + 1) continue;
      const std::string_view digits = line.substr(eq + 1, end - eq - 1);
      // A response begins with its totals, or where a figure of the last one comes again (a
      // harness printing only some of them).
      const unsigned bit = 1U << k;
      if (key == "total_duration" || state.responses == 0 || (state.repr_seen & bit) != 0) {
        ++state.responses;
        state.repr_seen = 0;
      }
      state.repr_seen |= bit;
      MetricRow& row = add_number_row(rows, key, digits, std::stod(std::string(digits)));
      set_unit(row, key.ends_with("duration") ? "ns" : "tokens");
      row.locator =
          "ollama_response[" + std::to_string(state.responses - 1) + "]." + std::string(key);
      row.line = number;
      row.statistic = "sample";
      if (!state.repr_model.empty()) row.context.model = state.repr_model;
      any = true;
    }
  }
  return any;
}

}  // namespace chimera::ingest::detail
