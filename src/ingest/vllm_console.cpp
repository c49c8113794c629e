#include "vllm_console.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "chimera/core/numeric.hpp"
#include "chimera/core/text.hpp"
#include "row_builder.hpp"

namespace chimera::ingest::detail {
namespace {

bool all_of_char(std::string_view s, char c) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [c](char x) { return x == c; });
}

// The value of `key='...'` or `key=...` in a printed argument list ("Namespace(model='m', ...)").
std::string argument(std::string_view line, std::string_view key) {
  for (auto at = line.find(key); at != std::string_view::npos; at = line.find(key, at + 1)) {
    if (at > 0 && line[at - 1] != ' ' && line[at - 1] != '(' && line[at - 1] != ',') continue;
    std::string_view v = line.substr(at + key.size());
    if (!v.empty() && (v.front() == '\'' || v.front() == '"')) {
      const auto close = v.find(v.front(), 1);
      return close == std::string_view::npos ? std::string() : std::string(v.substr(1, close - 1));
    }
    return std::string(v.substr(0, v.find_first_of(",) ")));
  }
  return {};
}

// "Traffic request rate: inf" -> "inf" when the line is "label: value".
std::string labelled(std::string_view line, std::string_view label) {
  if (line.rfind(label, 0) != 0) return {};
  return std::string(text::trim(line.substr(label.size())));
}

// Whether the line runs genai-perf or AIPerf ("genai-perf profile -m gpt2", "aiperf profile").
// (Also perf_analyzer's own line as genai-perf logs it, whatever the log's prefix:
// "[INFO] genai_perf.wrapper:135 - Running Perf Analyzer : 'perf_analyzer -m llama3 ...'".)
bool runs_perf_analyzer(std::string_view l) {
  return l.find("genai-perf ") != std::string_view::npos ||
         l.find("aiperf ") != std::string_view::npos ||
         l.find("perf_analyzer ") != std::string_view::npos;
}

// The value that follows an option's name (" Qwen/Qwen2-7B", "='m'"), unquoted; nullopt when the
// name goes on ("--model-name" after "--model").
std::optional<std::string> value_after(std::string_view v) {
  if (v.empty() || (v.front() != ' ' && v.front() != '=')) return std::nullopt;
  v = text::trim(v.substr(1));
  v = v.substr(0, v.find_first_of(" \t\\"));
  if (v.size() >= 2 && (v.front() == '\'' || v.front() == '"') && v.back() == v.front())
    v = v.substr(1, v.size() - 2);
  // "--concurrency-range 16'" at the end of a command quoted in a log line: the log's quote.
  while (!v.empty() && (v.back() == '\'' || v.back() == '"') && v.find(v.back()) == v.size() - 1)
    v.remove_suffix(1);
  // A usage template's placeholder ("--model <model>", "--request-rate x.x") names no value.
  // (Not "{...}": --speculative-config's JSON is one.)
  const bool placeholder = (v.size() >= 2 && v.front() == '<' && v.back() == '>') ||
                           (!v.empty() && v.find_first_not_of("xX.") == std::string_view::npos);
  return placeholder ? std::string() : std::string(v);
}

// The model of a command line that ran the benchmark ("vllm bench serve --model Qwen/Qwen2-7B",
// "python benchmark_serving.py --model=m", "genai-perf profile -m gpt2"); "" when it names none.
std::string model_option(std::string_view l) {
  const auto at = l.find("--model");
  if (at == std::string_view::npos) {
    // GuideLLM's "Benchmarks Metadata": "Worker:type_='generative_requests_worker' ...
    // backend_model='example_model'".
    if (l.find("backend_model=") != std::string_view::npos) return argument(l, "backend_model=");
    // GuideLLM 0.5 on logs its model: "OpenAIHTTPBackend backend validated with model M", "Using
    // model 'M' as processor".
    if (const auto v = l.find("validated with model "); v != std::string_view::npos)
      return std::string(text::trim(l.substr(v + 21)));
    if (const auto u = l.find("Using model '"); u != std::string_view::npos) {
      const std::string_view rest = l.substr(u + 13);
      if (const auto end = rest.find('\''); end != std::string_view::npos && end > 0)
        return std::string(rest.substr(0, end));
    }
    return runs_perf_analyzer(l) ? option_value(l, "-m") : "";
  }
  std::string_view v = l.substr(at + 7);
  // "--model_path meta-llama/Llama-3.1-8B", "--model-path": the same model, given as a path.
  for (const std::string_view suffix : {"_path", "-path"}) {
    if (v.rfind(suffix, 0) == 0) v.remove_prefix(suffix.size());
  }
  return value_after(v).value_or(std::string());  // none for --model-name
}

// The pairs of "--metadata "a=1 b=2"", "--metadata a=1 b=2 --next" or "metadata=['a=1', 'b=2']".
std::vector<std::string> metadata_pairs(std::string_view l) {
  std::vector<std::string> pairs;
  std::string_view v;
  if (const auto at = l.find("metadata=['"); at != std::string_view::npos) {
    v = l.substr(at + 10);
    v = v.substr(0, v.find(']'));
  } else if (const auto opt = l.find("--metadata "); opt != std::string_view::npos) {
    v = text::trim(l.substr(opt + 11));
    if (!v.empty() && (v.front() == '"' || v.front() == '\'')) {
      const auto close = v.find(v.front(), 1);
      v = v.substr(1, close == std::string_view::npos ? std::string_view::npos : close - 1);
    } else if (const auto next = v.find(" -"); next != std::string_view::npos) {
      v = v.substr(0, next);
    }
  } else {
    return pairs;
  }
  std::size_t start = 0;
  while (start < v.size()) {
    auto end = v.find_first_of(" ,", start);
    if (end == std::string_view::npos) end = v.size();
    std::string_view pair = v.substr(start, end - start);
    while (!pair.empty() && (pair.front() == '\'' || pair.front() == '"')) pair.remove_prefix(1);
    while (!pair.empty() && (pair.back() == '\'' || pair.back() == '"' || pair.back() == '\\'))
      pair.remove_suffix(1);
    if (pair.find('=') != std::string_view::npos && pair.front() != '=') pairs.emplace_back(pair);
    start = end + 1;
  }
  return pairs;
}

void note_metadata(std::string_view l, VllmConsoleState& state) {
  if (l.find("metadata") == std::string_view::npos) return;
  const auto pairs = metadata_pairs(l);
  if (pairs.empty()) return;
  state.metadata.clear();
  state.gpu.clear();
  for (const auto& p : pairs) {
    const auto eq = p.find('=');
    const std::string_view key = std::string_view(p).substr(0, eq);
    if (key == "gpu" || key == "gpus" || key == "accelerator" || key == "platform" ||
        key == "device") {
      state.gpu = p.substr(eq + 1);
    } else if (key != "model") {  // the run's model is its own label
      state.metadata += (state.metadata.empty() ? "" : " ") + p;
    }
  }
}

// The pairs of a printed argument list, "Namespace(backend='vllm', num_prompts=1,
// percentile_metrics='ttft,tpot', ...)": quoted values and bracketed lists kept whole.
VllmConsoleState::Arguments namespace_arguments(std::string_view l) {
  VllmConsoleState::Arguments args;
  std::string_view rest = l.substr(l.find('(') + 1);
  while (!rest.empty()) {
    rest = text::trim(rest);
    const auto eq = rest.find('=');
    if (eq == std::string_view::npos || eq == 0) break;
    const std::string_view key = text::trim(rest.substr(0, eq));
    rest.remove_prefix(eq + 1);
    std::size_t end = 0;
    const char open = rest.empty() ? '\0' : rest.front();
    if (open == '\'' || open == '"') {
      end = rest.find(open, 1);
      end = end == std::string_view::npos ? rest.size() : end + 1;
    } else if (open == '[' || open == '{' || open == '(') {
      const char close = open == '[' ? ']' : open == '{' ? '}' : ')';
      int depth = 0;
      for (; end < rest.size(); ++end) {
        depth += rest[end] == open ? 1 : rest[end] == close ? -1 : 0;
        if (depth == 0) break;
      }
      end = std::min(end + 1, rest.size());
    } else {
      end = std::min(rest.find(','), rest.find(')'));
      if (end == std::string_view::npos) end = rest.size();
    }
    std::string_view value = text::trim(rest.substr(0, end));
    if (value.size() >= 2 && (value.front() == '\'' || value.front() == '"'))
      value = value.substr(1, value.size() - 2);
    if (key.find_first_of(" ()") != std::string_view::npos) break;  // not an argument list
    args.emplace_back(std::string(key), std::string(value));
    rest.remove_prefix(std::min(end, rest.size()));
    if (rest.empty() || rest.front() == ')') break;
    if (rest.front() == ',') rest.remove_prefix(1);
  }
  return args;
}

// The options of a command line that ran the client ("--num-prompts 10 --random-input-len=512
// --save-result"), named as its printed arguments name them ("num_prompts").
VllmConsoleState::Arguments command_arguments(std::string_view l) {
  VllmConsoleState::Arguments args;
  for (auto at = l.find(" --"); at != std::string_view::npos; at = l.find(" --", at + 1)) {
    std::string_view opt = l.substr(at + 3);
    opt = opt.substr(0, opt.find_first_of(" \t"));
    std::string key(opt.substr(0, opt.find('=')));
    std::replace(key.begin(), key.end(), '-', '_');
    if (key.empty()) continue;
    std::string value;
    if (const auto eq = opt.find('='); eq != std::string_view::npos) {
      value = std::string(opt.substr(eq + 1));
    } else if (auto v = value_after(l.substr(at + 3 + opt.size())); v && !v->starts_with("-")) {
      value = std::move(*v);
    } else {
      value = "true";  // a switch
    }
    while (!value.empty() && (value.back() == '\'' || value.back() == '"')) value.pop_back();
    while (!value.empty() && (value.front() == '\'' || value.front() == '"')) value.erase(0, 1);
    args.emplace_back(std::move(key), std::move(value));
  }
  return args;
}

bool runs_serving_client(std::string_view l) {
  return l.find("bench serve") != std::string_view::npos ||
         l.find("benchmark_serving") != std::string_view::npos ||
         l.find("bench_serving") != std::string_view::npos;  // SGLang's sglang.bench_serving
}

void note_run(std::string_view l, VllmConsoleState& state) {
  if (auto m = model_option(l); !m.empty()) state.model = std::move(m);
  note_metadata(l, state);
  // "--speculative-config '{"method":"qwen3_next_mtp","num_speculative_tokens":2}'": how the
  // server decoded, part of the run's configuration.
  if (auto n = option_value(l, "--num-prompts"); !n.empty()) state.num_prompts = std::move(n);
  // The client's own options on the command line that ran it: its load and backend (the block's
  // own "Maximum request concurrency:" line, where printed, wins below).
  if (runs_serving_client(l)) {
    if (auto args = command_arguments(l); !args.empty()) state.args = std::move(args);
    if (auto c = option_value(l, "--max-concurrency"); !c.empty()) {
      state.concurrency = c;
      state.command_concurrency = std::move(c);
    }
    if (auto r = option_value(l, "--request-rate"); !r.empty()) {
      state.rate = r;
      state.command_rate = std::move(r);
    }
    if (auto b = option_value(l, "--backend"); !b.empty()) state.backend = std::move(b);
    for (const std::string_view o : {"--gpu", "--gpuname", "--gpu-name"})
      if (auto g = option_value(l, o); !g.empty()) state.gpu = std::move(g);
  }
  if (auto spec = option_value(l, "--speculative-config"); !spec.empty())
    state.metadata += (state.metadata.empty() ? "" : " ") + ("speculative_config=" + spec);
  if (runs_perf_analyzer(l)) {
    state.client_concurrency = option_value(l, "--concurrency");
    // perf_analyzer's own line, as genai-perf logs it: "--concurrency-range 16" (one level; not
    // a sweep "1:16:2").
    if (const auto range = option_value(l, "--concurrency-range");
        state.client_concurrency.empty() && !range.empty() && range.find(':') == std::string::npos)
      state.client_concurrency = range;
  }
  if (l.empty() || (l.front() != 'N' && l.front() != 'T' && l.front() != 'M')) return;  // cheap
  if (l.rfind("Namespace(", 0) == 0) {  // the run's arguments, as vLLM prints them
    state.args = namespace_arguments(l);
    if (auto m = argument(l, "model="); !m.empty() && m != "None") state.model = std::move(m);
    // The client's backend ('openai', 'vllm', 'tgi'), as the result JSON's "backend" says.
    if (auto b = argument(l, "backend="); !b.empty() && b != "None") state.backend = std::move(b);
    if (auto n = argument(l, "num_prompts="); !n.empty() && n != "None")
      state.num_prompts = std::move(n);
  }
  if (auto r = labelled(l, "Traffic request rate:"); !r.empty()) state.rate = std::move(r);
  for (const std::string_view key : {"Maximum request concurrency:", "Max request concurrency:"}) {
    if (auto c = labelled(l, key); !c.empty() && c != "None") state.concurrency = std::move(c);
  }
}

}  // namespace

// The value of a command line's option ("--concurrency 24", "--concurrency=24"), "" when absent.
std::string option_value(std::string_view l, std::string_view option) {
  for (auto at = l.find(option); at != std::string_view::npos; at = l.find(option, at + 1)) {
    if (at > 0 && l[at - 1] != ' ') continue;
    if (auto v = value_after(l.substr(at + option.size()))) {
      // "--num-concurrent-requests ${vu}": a shell variable names no value here.
      if (!v->empty() && v->front() == '$') return {};
      return std::move(*v);
    }
  }
  return {};
}

namespace {

// One figure of `vllm bench throughput`'s console summary, with the run's context.
void add_throughput_figure(MetricRows& rows, const VllmConsoleState& state, std::string_view name,
                           std::string_view value, std::string_view metric, std::string_view unit,
                           std::size_t number) {
  MetricRow* row = add_text_row(rows, name, value);
  if (!row) return;
  row->locator =
      "vllm_throughput[" + std::to_string(state.throughput_runs - 1) + "]." + std::string(name);
  row->line = number;
  set_metric(*row, metric);
  set_unit(*row, unit);
  row->statistic = unit == "tokens" ? "sum" : "value";
  if (!state.model.empty()) row->context.model = state.model;
  if (!state.metadata.empty()) row->context.config = state.metadata;
}

// `vllm bench throughput` prints "Throughput: 2.73 requests/s, 699.93 total tokens/s, 349.97
// output tokens/s" and "Total num prompt tokens:  1280": the run's rates and token sums.
bool throughput_summary(std::string_view l, std::size_t number, VllmConsoleState& state,
                        MetricRows& rows) {
  if (l.rfind("Throughput: ", 0) == 0 && l.find(" requests/s") != std::string_view::npos) {
    ++state.throughput_runs;
    std::string_view rest = l.substr(12);
    while (!rest.empty()) {
      const auto comma = rest.find(", ");
      const std::string_view part = text::trim(rest.substr(0, comma));
      const auto space = part.find(' ');
      if (space != std::string_view::npos) {
        const std::string_view value = part.substr(0, space), what = part.substr(space + 1);
        if (what == "requests/s")
          add_throughput_figure(rows, state, "requests/s", value, "request_throughput", "req/s",
                                number);
        else if (what == "total tokens/s")
          add_throughput_figure(rows, state, "total tokens/s", value, "total_throughput", "tok/s",
                                number);
        else if (what == "output tokens/s")
          add_throughput_figure(rows, state, "output tokens/s", value, "output_throughput", "tok/s",
                                number);
      }
      if (comma == std::string_view::npos) break;
      rest.remove_prefix(comma + 2);
    }
    return true;
  }
  if (state.throughput_runs == 0) return false;
  for (const auto& [label, metric] :
       {std::pair<std::string_view, std::string_view>{"Total num prompt tokens:", "input_tokens"},
        {"Total num output tokens:", "output_tokens"}}) {
    if (l.rfind(label, 0) == 0) {
      add_throughput_figure(rows, state, label.substr(0, label.size() - 1),
                            text::trim(l.substr(label.size())), metric, "tokens", number);
      return true;
    }
  }
  return false;
}

}  // namespace

bool vllm_console_line(std::string_view line, std::size_t number, VllmConsoleState& state,
                       MetricRows& rows) {
  const std::string_view l = text::trim(line);
  if (!state.in_block && !l.empty() && (l.front() == 'T') &&
      throughput_summary(l, number, state, rows))
    return true;
  if (!state.in_block) {
    if (!l.empty() && l.front() == '=' &&
        l.find("Serving Benchmark Result") != std::string_view::npos) {
      state.in_block = true;
      ++state.block;
      state.first_row = rows.size();
      state.group.clear();
      state.blocks.push_back({rows.size(), std::string_view::npos, state.args});
      return true;
    }
    note_run(l, state);
    return false;
  }
  if (all_of_char(l, '=')) {  // the closing rule
    state.in_block = false;
    state.blocks.back().end_row = rows.size();
    // (A load the block printed is its own: a next block that prints none ran without one.)
    // (... the command's, for a next block that prints none.)
    if (state.concurrency_printed) state.concurrency = state.command_concurrency;
    state.concurrency_printed = false;
    if (state.rate_printed) state.rate = state.command_rate;
    state.rate_printed = false;
    return true;
  }
  if (l.empty() || l.front() == '-') return true;  // "-----Time to First Token-----"
  const auto colon = l.rfind(':');
  if (colon == std::string_view::npos) {
    state.in_block = false;  // not a result line: the block was cut short
    state.blocks.back().end_row = rows.size();
    return false;
  }
  std::string_view label = text::trim(l.substr(0, colon));
  const std::string_view value = text::trim(l.substr(colon + 1));
  // "Per-position acceptance (%):" over "  Position 0: 84.00": the indented lines are its figures.
  const bool indented = !line.empty() && (line.front() == ' ' || line.front() == '\t');
  if (value.empty()) {
    state.group = std::string(label);
    return true;
  }
  std::string grouped;
  if (indented && !state.group.empty()) {
    const auto open = state.group.rfind(" (");
    const bool bracket = open != std::string::npos && state.group.back() == ')';
    grouped = state.group.substr(0, bracket ? open : std::string::npos) + " " + std::string(label) +
              (bracket ? state.group.substr(open) : std::string());
    label = grouped;
  } else {
    state.group.clear();
  }
  if (label == "Backend" || label == "Total generated tokens (retokenized)") state.sglang = true;
  // SGLang's "Backend: sglang-oai": the server API its client drove, for every figure of the
  // block.
  if (label == "Backend") {
    state.backend = std::string(value);
    for (std::size_t i = state.first_row; i < rows.size(); ++i) {
      if (rows[i].role == metrics::Role::metric) rows[i].context.backend = state.backend;
    }
    return true;
  }
  // SGLang's bench_serving prints the rate asked for inside its block ("Traffic request rate:
  // 2.0"), where vLLM prints it above: the load of every figure of the block, no figure itself.
  if (label == "Traffic request rate") {
    state.rate = std::string(value);
    for (std::size_t i = state.first_row; i < rows.size(); ++i) {
      if (rows[i].role == metrics::Role::metric) rows[i].context.rate = state.rate;
    }
    return true;
  }
  // (SGLang's bench_serving prints it "Max request concurrency".)
  const bool max_concurrency =
      label == "Maximum request concurrency" || label == "Max request concurrency";
  // (SGLang prints "not set" where vLLM prints "None": no limit, no load of the block.)
  if (max_concurrency && (value == "None" || value == "not set")) return true;
  if (max_concurrency) {
    // Printed inside the block: the load of every figure of it, those above the line too.
    state.concurrency = std::string(value);
    state.concurrency_printed = true;
    for (std::size_t i = state.first_row; i < rows.size(); ++i) {
      if (rows[i].role == metrics::Role::metric) rows[i].context.concurrency = state.concurrency;
    }
  }
  MetricRow* row = add_text_row(rows, label, value);
  if (!row) return true;  // "None", text
  if (label == "Successful requests" && row->value && !state.num_prompts.empty()) {
    const auto sent = numeric::parse_cell(state.num_prompts);
    if (sent && *row->value > 0 && *row->value < sent->value)
      state.short_runs.push_back("line " + std::to_string(number) + ": " + std::string(value) +
                                 " of " + state.num_prompts);
  }
  row->locator = "vllm_result[" + std::to_string(state.block - 1) + "]." + std::string(label);
  row->line = number;
  default_statistic(*row, "value");
  total_over_requests(*row);
  if (max_concurrency)  // the run's setting (--max-concurrency)
    as_setting(*row, "concurrency", false);
  // SGLang's "Concurrency: 13.74": the requests in flight on average over the run, measured.
  if (label == "Concurrency" && state.sglang && row->value) {
    set_metric(*row, "concurrency");
    row->parameter = {};
    row->statistic = "mean";
    set_unit(*row, "count");
  }
  // "Request rate configured (RPS)": the rate asked for (--request-rate), not the one measured.
  if (label.find("configured") != std::string_view::npos && row->metric &&
      row->metric->id == "request_throughput") {
    as_setting(*row, "rate", true);
    // (The block's own line: over a rate an earlier block or command left, for its figures above
    // the line too.)
    if (numeric::parse_cell(value)) {
      state.rate = std::string(text::trim(value));
      state.rate_printed = true;
      for (std::size_t i = state.first_row; i + 1 < rows.size(); ++i) {
        if (rows[i].role == metrics::Role::metric) rows[i].context.rate = state.rate;
      }
    }
  }
  // Speculative decoding's "Draft tokens", "Accepted tokens": counts of tokens.
  if (!row->metric && row->unit.empty() && label.ends_with(" tokens")) set_unit(*row, "tokens");
  // The console prints the same figures as the result JSON: rates per second, its duration in s.
  if (row->metric && row->unit.empty()) {
    const std::string_view id = row->metric->id;
    if (id == "request_throughput" || id == "goodput") set_unit(*row, "req/s");
    if (id == "output_throughput" || id == "total_throughput") set_unit(*row, "tok/s");
  }
  if (!state.model.empty()) row->context.model = state.model;
  if (!state.gpu.empty()) row->context.gpu = state.gpu;
  if (!state.metadata.empty()) row->context.config = state.metadata;
  if (row->role == metrics::Role::metric) {
    if (!state.concurrency.empty()) row->context.concurrency = state.concurrency;
    if (!state.rate.empty()) row->context.rate = state.rate;
    row->context.backend = state.backend;  // the server may be any OpenAI-compatible one
  }
  return true;
}

namespace {

// An argument that says nothing about the figures where its values differ, or says it in a
// column of its own: where results went, how the client talked to the server, the model (and
// the load, its rate and concurrency).
bool swept_setting(std::string_view key, std::string_view value) {
  for (const std::string_view own :
       {"model", "served_model_name", "tokenizer", "backend", "request_rate", "max_concurrency",
        "metadata", "endpoint", "disable_tqdm", "profile", "save_result", "save_detailed"})
    if (key == own) return false;
  for (const std::string_view where : {"file", "dir", "path", "url", "host", "port", "log"})
    if (key.find(where) != std::string_view::npos) return false;
  return !value.empty() && value != "None" && value.size() <= 40;
}

}  // namespace

void label_swept_arguments(const VllmConsoleState& state, MetricRows& rows) {
  if (state.blocks.size() < 2) return;
  const auto value_of = [](const VllmConsoleState::Arguments& args, std::string_view key) {
    for (const auto& [k, v] : args)
      if (k == key) return std::string_view(v);
    return std::string_view();
  };
  std::vector<std::string_view> swept;  // in the order the arguments were printed
  for (const auto& block : state.blocks) {
    for (const auto& arg : block.args) {
      const std::string& key = arg.first;
      const std::string& value = arg.second;
      if (std::find(swept.begin(), swept.end(), key) != swept.end() || !swept_setting(key, value))
        continue;
      // (Among the blocks that printed it: a command line names fewer than a printed list.)
      const bool differs =
          std::any_of(state.blocks.begin(), state.blocks.end(), [&](const auto& b) {
            const auto other = value_of(b.args, key);
            return !other.empty() && other != value;
          });
      if (differs) swept.push_back(key);
    }
  }
  if (swept.empty()) return;
  for (const auto& block : state.blocks) {
    std::string config;
    for (const auto key : swept) {
      const auto value = value_of(block.args, key);
      if (!value.empty())
        config += (config.empty() ? "" : " ") + std::string(key) + "=" + std::string(value);
    }
    if (config.empty()) continue;
    const std::size_t end = std::min(block.end_row, rows.size());
    for (std::size_t i = block.first_row; i < end; ++i) {
      if (rows[i].role != metrics::Role::metric) continue;
      std::string& c = rows[i].context.config;
      c += (c.empty() ? "" : " ") + config;
    }
  }
}

std::size_t one_token_blocks(const VllmConsoleState& state, MetricRows& rows) {
  std::size_t affected = 0;
  for (const auto& block : state.blocks) {
    const std::size_t end = std::min(block.end_row, rows.size());
    double requests = -1, output = -1;
    for (std::size_t i = block.first_row; i < end; ++i) {
      const MetricRow& row = rows[i];
      if (!row.metric || !row.value || row.status != RowStatus::ok) continue;
      if (row.metric->id == "requests" && row.statistic == "value") requests = *row.value;
      if (row.metric->id == "output_tokens" && row.statistic == "sum" && output < 0)
        output = *row.value;  // (not the retokenized count after it)
    }
    if (requests <= 0 || output < 0 || output > requests) continue;
    bool any = false;
    for (std::size_t i = block.first_row; i < end; ++i) {
      MetricRow& row = rows[i];
      if (!row.metric || !row.value || *row.value != 0 ||
          (row.metric->id != "itl" && row.metric->id != "tpot"))
        continue;
      drop_value(row,
                 "every request produced at most one token: no time between tokens to measure (the "
                 "client printed 0)");
      any = true;
    }
    affected += any ? 1 : 0;
  }
  return affected;
}

}  // namespace chimera::ingest::detail
