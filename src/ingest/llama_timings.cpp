#include "llama_timings.hpp"

#include <array>
#include <span>
#include <vector>

#include "chimera/core/numeric.hpp"
#include "chimera/core/text.hpp"
#include "row_builder.hpp"

namespace chimera::ingest::detail {
namespace {

struct Label {
  std::string_view text;   // as printed before " = "
  std::string_view time;   // metric of the milliseconds
  std::string_view count;  // metric of "/ N tokens" or "/ N runs" ("" = none)
  std::string_view rate;   // metric of "N tokens per second" ("" = none)
};

// ("sample time", "sampling time": the time spent choosing tokens; its "/ N runs" and rate are
// of the sampler's calls, no token count or decode rate of the answer.)
constexpr std::array<Label, 6> kLabels = {{
    {"load time", "load_time", "", ""},
    {"sample time", "sampling_time", "", ""},
    {"sampling time", "sampling_time", "", ""},
    {"prompt eval time", "prompt_eval_time", "input_tokens", "prompt_eval_rate"},
    {"eval time", "eval_time", "output_tokens", "decode_rate"},
    {"total time", "total_duration", "total_tokens", ""},
}};

// The text after the last of the line's prefixes ("llama_print_timings:", "slot print_timings:
// id 0 | task 0 |"), or the line itself when it starts with a label.
std::string_view body_of(std::string_view l) {
  for (const std::string_view p :
       {"llama_print_timings:", "llama_perf_context_print:", "llama_perf_sampler_print:",
        "common_perf_print:", "print_timings:", "print_timing:"}) {
    if (const auto at = l.find(p); at != std::string_view::npos) {
      std::string_view rest = l.substr(at + p.size());
      if (const auto bar = rest.rfind('|'); bar != std::string_view::npos)
        rest = rest.substr(bar + 1);  // the server's "id  0 | task 0 |"
      return text::trim(rest);
    }
  }
  return text::trim(l);  // the server's lines under "slot print_timing: id 0 | task 0 |"
}

MetricRow* add(MetricRows& rows, std::string_view name, std::string_view value,
               std::string_view unit, std::string_view metric, std::size_t number,
               const LlamaTimingsState& state, std::string_view what) {
  MetricRow* row = add_text_row(rows, name, value);
  if (!row) return nullptr;
  row->locator = "llama_timings[" + std::to_string(state.block - 1) + "]." + std::string(what);
  row->line = number;
  set_unit(*row, unit);
  if (!metric.empty()) set_metric(*row, metric);
  row->statistic = "sample";  // one generation's
  if (!state.model.empty()) row->context.model = state.model;
  row->context.config = state.settings();
  if (!state.draft.empty())
    row->context.config += (row->context.config.empty() ? "draft=" : " draft=") + state.draft;
  return row;
}

// The model a GGUF's path (without ".gguf") names: its file's name, or where that is
// llama.cpp's converter's generic one ("../models-mnt/pythia/1.4B/ggml-model-q4_0") the folders
// above it too ("pythia/1.4B/ggml-model-q4_0").
std::string_view gguf_model(std::string_view path) {
  const auto slash = path.find_last_of("/\\");
  if (slash == std::string_view::npos) return path;
  const std::string_view file = path.substr(slash + 1);
  if (!(file.starts_with("ggml-model") || file == "model")) return file;
  // Up to two folders above that are names (not ".", "..", "models", "models-mnt").
  std::size_t start = slash + 1;
  for (int up = 0; up < 2 && start > 1; ++up) {
    const std::size_t end = start - 1;  // the separator before what is taken so far
    const auto above = path.find_last_of("/\\", end - 1);
    const std::size_t from = above == std::string_view::npos ? 0 : above + 1;
    const std::string_view folder = path.substr(from, end - from);
    if (folder.empty() || folder == "." || folder == ".." || folder.starts_with("models")) break;
    start = from;
  }
  return path.substr(start);
}

// "llama-server -m models/Qwen3-0.6B-f16.gguf ...", "llama-cli --model x.gguf": the GGUF's name.
void note_model(std::string_view line, LlamaTimingsState& state) {
  if (line.find(".gguf") == std::string_view::npos) return;
  // llama-server's "common_speculative_init_result: loading draft model '/…/mtp-X-Q4_0.gguf'":
  // the draft model of its speculative decoding, a setting of every request after it.
  if (const auto draft = line.find("loading draft model '"); draft != std::string_view::npos) {
    std::string_view path = line.substr(draft + 21);
    path = path.substr(0, path.find('\''));
    if (path.ends_with(".gguf"))
      state.draft = std::string(gguf_model(path.substr(0, path.size() - 5)));
    return;
  }
  // llama-server's "srv    load_model: loading model '/…/Qwen3.8-27B-UD-Q4_K_XL.gguf'".
  if (const auto loading = line.find("load_model: loading model '");
      loading != std::string_view::npos) {
    std::string_view path = line.substr(loading + 27);
    path = path.substr(0, path.find('\''));
    if (path.ends_with(".gguf")) {
      path.remove_suffix(5);
      path = gguf_model(path);
      if (!path.empty() && path.find(' ') == std::string_view::npos)
        state.model = std::string(path);
    }
    state.draft.clear();  // (a model loaded again: its draft, if any, is announced after it)
    return;
  }
  if (line.find("llama") == std::string_view::npos) return;
  if (line.find("loaded meta data with ") != std::string_view::npos) {
    // (A model loaded: a run of its own, whose settings are printed after it.)
    state.n_ctx.clear();
    state.n_batch.clear();
    state.n_predict.clear();
    state.n_threads.clear();
  }
  // The loader's own line: "llama_model_loader: loaded meta data with 19 key-value pairs and 291
  // tensors from models/llama-2-7b.Q4_0.gguf (version GGUF V2)".
  if (const auto loaded = line.find("loaded meta data with "); loaded != std::string_view::npos) {
    const auto from = line.find(" from ", loaded);
    const auto gguf = from == std::string_view::npos ? from : line.find(".gguf", from);
    if (gguf != std::string_view::npos) {
      const std::string_view path = gguf_model(line.substr(from + 6, gguf - from - 6));
      if (!path.empty() && path.find(' ') == std::string_view::npos)
        state.model = std::string(path);
    }
    return;
  }
  for (const std::string_view flag : {" -m ", " --model "}) {
    const auto at = line.find(flag);
    if (at == std::string_view::npos) continue;
    std::string_view path = text::trim(line.substr(at + flag.size()));
    path = path.substr(0, path.find_first_of(" \t"));
    if (!path.ends_with(".gguf")) continue;
    path.remove_suffix(5);
    path = gguf_model(path);
    if (!path.empty()) state.model = std::string(path);
    return;
  }
}

// "encoded 15718 tokens in   87.373 seconds, speed:  179.895 t/s", "decoded  193 tokens in ...".
bool speed_line(std::string_view line, std::size_t number, LlamaTimingsState& state,
                MetricRows& rows) {
  const auto speed = line.find(" seconds, speed: ");
  if (speed == std::string_view::npos) return false;
  const bool encoded = line.find("encoded ") != std::string_view::npos;
  const auto word = line.find(encoded ? "encoded " : "decoded ");
  if (word == std::string_view::npos || word > speed) return false;
  std::string_view rest = text::trim(line.substr(word + 8));
  const auto tokens = rest.find(" tokens in ");
  if (tokens == std::string_view::npos) return false;
  const std::string_view count = rest.substr(0, tokens);
  const std::string_view seconds =
      text::trim(rest.substr(tokens + 11, rest.find(" seconds") - tokens - 11));
  std::string_view rate = text::trim(line.substr(speed + 17));
  if (!rate.ends_with("t/s")) return false;
  rate = text::trim(rate.substr(0, rate.size() - 3));
  if (!numeric::parse_cell(count) || !numeric::parse_cell(seconds) || !numeric::parse_cell(rate))
    return false;
  if (encoded || state.speeds == 0) ++state.speeds;
  LlamaTimingsState at = state;
  at.block = state.speeds;
  const std::string what = encoded ? "encoded" : "decoded";
  const auto put = [&](std::string_view value, std::string_view unit, std::string_view metric,
                       const std::string& key) {
    if (MetricRow* row =
            add(rows, what + " " + key, value, unit, metric, number, at, what + "." + key))
      row->locator = "llama_speed[" + std::to_string(state.speeds - 1) + "]." + what + "." + key;
  };
  put(count, "tokens", encoded ? "input_tokens" : "output_tokens", "tokens");
  put(seconds, "s", encoded ? "prompt_eval_time" : "eval_time", "seconds");
  put(rate, "tok/s", encoded ? "prompt_eval_rate" : "decode_rate", "speed");
  return true;
}

// llama.cpp's speculative decoding summary after its "decoded ..." line: "n_drafted = 24",
// "n_accept  = 23", "accept    = 95.833%" (a log's time and level before them): the draft tokens
// made and accepted, under their own names (no metric of ours: no decode rate, no token count of
// the answer), and the share accepted, the draft acceptance rate; "n_draft = 2", the draft
// length set, is a setting.
bool speculative_line(std::string_view line, std::size_t number, LlamaTimingsState& state,
                      MetricRows& rows) {
  if (state.speeds == 0 || line.find(" = ") == std::string_view::npos) return false;
  std::string_view body = text::trim(line);
  // (After "0.05.504.001 I ": the log's time and level.)
  if (const auto level = body.find(" I "); level < 16)  // (npos is larger)
    body = text::trim(body.substr(level + 3));
  const auto eq = body.find(" = ");
  const std::string_view key = text::trim(body.substr(0, eq));
  const bool drafted = key == "n_drafted", accepted = key == "n_accept", share = key == "accept";
  const bool draft = key == "n_draft";
  if (!(drafted || accepted || share || draft)) return false;
  const std::string_view value = text::trim(body.substr(eq + 3));
  // ("n_draft = 0": no speculative decoding in this run; its counts of 0 and "accept = nan%" are
  // no figures.)
  if (draft && value == "0") state.undrafted = state.speeds;
  if (state.undrafted == state.speeds) return true;
  MetricRow* row = add_text_row(rows, key, value);
  if (!row) return false;
  row->locator = "llama_speed[" + std::to_string(state.speeds - 1) + "]." + std::string(key);
  row->line = number;
  if (draft) {
    as_setting(*row, "speculative", false);
  } else if (share) {
    set_metric(*row, "acceptance_rate");
    row->unit = "%";
    renormalize(*row);
    row->statistic = "value";  // (of the run's drafted tokens, all of them)
  } else {
    unname_metric(*row, false);
    row->unit = "tokens";
    renormalize(*row);
    row->statistic = "sample";
    add_note(*row, "speculative decoding's draft tokens");
  }
  if (!state.model.empty()) row->context.model = state.model;
  return true;
}

// llama-perplexity's "Final estimate: PPL = 11.1740 +/- 3.48446": the model's perplexity on
// the text, its uncertainty beside it.
bool perplexity_line(std::string_view line, std::size_t number, LlamaTimingsState& state,
                     MetricRows& rows) {
  // (Runs for every line of a log: one memchr for the 'P' of "PPL" first.)
  if (line.find('P') == std::string_view::npos) return false;
  const auto at = line.find("Final estimate: PPL = ");
  if (at == std::string_view::npos) return false;
  const std::string_view value = text::trim(line.substr(at + 22));
  MetricRow* row = add_text_row(rows, "PPL", value);
  if (!row) return false;
  set_metric(*row, "perplexity");
  row->locator = "llama_perplexity[" + std::to_string(state.perplexities++) + "].PPL";
  row->line = number;
  row->statistic = "value";
  if (!state.model.empty()) row->context.model = state.model;
  return true;
}

// llama-server's "draft acceptance = 0.44902 (  229 accepted /   510 generated), mean len =  2.35"
// (older: "draft acceptance rate = ...") after a request's timings: its drafted tokens' share
// accepted and the tokens accepted per step.
bool draft_acceptance_line(std::string_view line, std::size_t number, LlamaTimingsState& state,
                           MetricRows& rows) {
  const std::string_view body = body_of(line);
  // (Older builds: "draft acceptance rate = 0.57143 (  240 accepted /   420 generated)".)
  const std::size_t name = body.starts_with("draft acceptance = ")        ? 19
                           : body.starts_with("draft acceptance rate = ") ? 24
                                                                          : 0;
  if (name == 0 || state.block == 0) return false;
  const std::string_view rest = body.substr(name);
  const auto open = rest.find(" (");
  if (MetricRow* row = add(rows, "draft acceptance", text::trim(rest.substr(0, open)), "fraction",
                           "acceptance_rate", number, state, "draft acceptance")) {
    if (open != std::string_view::npos) {
      const auto close = rest.find(')', open);
      add_note(*row, "of the drafted tokens: " +
                         std::string(text::trim(rest.substr(open + 2, close - open - 2))));
    }
  }
  if (const auto len = rest.find("mean len = "); len != std::string_view::npos) {
    if (MetricRow* row = add(rows, "mean len", text::trim(rest.substr(len + 11)), "",
                             "acceptance_length", number, state, "mean len"))
      row->statistic = "mean";
  }
  return true;
}

// The settings a llama.cpp log prints before its run: "generate: n_ctx = 4096, n_batch = 2048,
// n_predict = 200, n_keep = 1" (llama-cli), "llama_new_context_with_model: n_ctx = 4096" and
// "llama_context: n_batch = 2048" (the context made; "llama_init_from_model:"), "system_info:
// n_threads = 4 / 4 | AVX = 1" (newer: "n_threads = 8 (n_threads_batch = 8) / 16"). Kept as the
// configuration of the timings and allocations after them.
void settings_line(std::string_view line, LlamaTimingsState& state) {
  // (Runs for every line of a log: its settings hold "n_" and " = ".)
  const auto n = line.find("n_");
  if (n == std::string_view::npos || line.find(" = ", n) == std::string_view::npos) return;
  const auto figure = [](std::string_view v) {
    v = text::trim(v);
    std::size_t end = v.starts_with('-') ? 1 : 0;
    while (end < v.size() && std::isdigit(static_cast<unsigned char>(v[end]))) ++end;
    return end > 0 && v[end - 1] != '-' ? std::string(v.substr(0, end)) : std::string();
  };
  // "key = value" of the text after `tag`, pairs apart by ", ".
  const auto take = [&](std::string_view tag, bool several) {
    const auto at = line.find(tag);
    if (at == std::string_view::npos) return false;
    std::string_view rest = line.substr(at + tag.size());
    while (!rest.empty()) {
      const auto comma = several ? rest.find(", ") : std::string_view::npos;
      const std::string_view pair = rest.substr(0, comma);
      const auto eq = pair.find(" = ");
      if (eq != std::string_view::npos) {
        const std::string_view key = text::trim(pair.substr(0, eq));
        const std::string value = figure(pair.substr(eq + 3));
        if (!value.empty()) {
          if (key == "n_ctx") state.n_ctx = value;
          if (key == "n_batch") state.n_batch = value;
          if (key == "n_predict") state.n_predict = value;
          if (key == "n_threads") state.n_threads = value;
        }
      }
      if (comma == std::string_view::npos) break;
      rest = rest.substr(comma + 2);
    }
    return true;
  };
  if (take("generate: ", true) || take("system_info: ", false) || take("system info: ", false))
    return;
  // (A draft model's context, made after the main model's, is not the run's.)
  if (!state.draft.empty()) return;
  for (const std::string_view tag :
       {"llama_new_context_with_model: ", "llama_context: ", "llama_init_from_model: "}) {
    const auto at = line.find(tag);
    if (at == std::string_view::npos) continue;
    const std::string_view rest = text::trim(line.substr(at + tag.size()));
    if (rest.starts_with("n_ctx ") || rest.starts_with("n_batch ")) take(tag, false);
    return;
  }
}

// llama.cpp's allocations as its loader and context print them: "llm_load_tensors: CPU buffer
// size = 70.31 MiB", "load_tensors: CUDA0 model buffer size = 4168.09 MiB", "llama_kv_cache_init:
// SYCL0 KV buffer size = 256.00 MiB", "sched_reserve: CUDA0 compute buffer size = 296.00 MiB": the
// memory it took on each device for the model's weights, the KV cache, the compute graph and the
// output (a host's, "CPU", "CUDA_Host", the CPU's memory).
bool buffer_line(std::string_view line, std::size_t number, const LlamaTimingsState& state,
                 MetricRows& rows) {
  const auto at = line.find(" buffer size = ");
  if (at == std::string_view::npos) return false;
  const auto colon = line.rfind(": ", at);
  if (colon == std::string_view::npos) return false;
  const std::string_view tag = line.substr(0, colon);
  std::string_view kind;
  if (tag.ends_with("load_tensors"))
    kind = "model";
  else if (tag.find("kv_cache") != std::string_view::npos)
    kind = "KV";
  else if (tag.find("memory_recurrent") != std::string_view::npos)
    kind = "RS";
  else if (!tag.ends_with("context_with_model") && !tag.ends_with("llama_context") &&
           !tag.ends_with("init_from_model") && !tag.ends_with("sched_reserve"))
    return false;
  std::string_view device = text::trim(line.substr(colon + 2, at - colon - 2));
  if (const auto space = device.rfind(' '); space != std::string_view::npos) {
    const std::string_view word = device.substr(space + 1);
    if (word == "model" || word == "KV" || word == "compute" || word == "output" || word == "RS") {
      kind = word;
      device = text::trim(device.substr(0, space));
    }
  }
  if (device.empty() || device.size() > 80 || kind.empty()) return false;
  const std::string_view value = text::trim(line.substr(at + 15));
  const std::string name = std::string(device) + " " + std::string(kind) + " buffer size";
  MetricRow* row = add_text_row(rows, name, value);
  if (!row) return false;
  if (!row->value || row->unit.empty()) {
    rows.pop_back();
    return false;
  }
  set_metric(*row, "memory");
  row->statistic = "value";
  renormalize(*row);
  row->locator = "llama_buffer[" + std::to_string(number) + "]." + name;
  row->line = number;
  if (!state.model.empty()) row->context.model = state.model;
  row->context.config = "device=" + std::string(device) + " memory=" + std::string(kind);
  const bool host =
      device.find("CPU") != std::string_view::npos || device.find("Host") != std::string_view::npos;
  const std::string_view what = kind == "model"     ? "the model's weights"
                                : kind == "KV"      ? "the KV cache"
                                : kind == "compute" ? "the compute graph"
                                : kind == "output"  ? "the output"
                                                    : "the recurrent state";
  add_note(*row, "the memory llama.cpp allocated on " + std::string(device) + " for " +
                     std::string(what) + (host ? " (the host's memory)" : ""));
  return true;
}

}  // namespace

namespace {

// "1,10" as llama.cpp prints it under a decimal-comma locale: "1.10".
std::string with_decimal_point(std::string_view figure) {
  std::string out(figure);
  for (std::size_t i = 1; i + 1 < out.size(); ++i) {
    if (out[i] == ',' && std::isdigit(static_cast<unsigned char>(out[i - 1])) &&
        std::isdigit(static_cast<unsigned char>(out[i + 1])))
      out[i] = '.';
  }
  return out;
}

// llama.cpp's load log: "llm_load_print_meta: model size = 636.18 MiB (4.85 BPW)" and "model
// params = 1.10 B" (newer builds: "print_info:"), the model's size and its parameters (settings
// of the run); "llm_load_tensors: VRAM used: 601.02 MiB" and "llama_new_context_with_model: total
// VRAM used: 608.60 MiB (model: ..., context: ...)", the GPU memory the weights, and the weights
// with the context, took.
bool load_line(std::string_view line, std::size_t number, const LlamaTimingsState& state,
               MetricRows& rows) {
  // (Runs for every line of a log: each of its prefixes holds an underscore.)
  const auto under = line.find('_');
  if (under == std::string_view::npos) return false;
  const bool meta = line.find("print_meta:") != std::string_view::npos ||
                    line.find("print_info:") != std::string_view::npos;
  const bool vram = !meta && line.find("VRAM used:", under) != std::string_view::npos &&
                    (line.find("llm_load_tensors:") != std::string_view::npos ||
                     line.find("llama_new_context_with_model:") != std::string_view::npos);
  if (!meta && !vram) return false;
  std::string_view key, value;
  if (meta) {
    // (The colon after the tag: a timestamp's before it, "2024-05-01T10:00:00Z llm_load_…".)
    auto tag = line.find("print_meta:");
    if (tag == std::string_view::npos) tag = line.find("print_info:");
    const auto colon = line.find(':', tag);
    const auto eq = line.find(" = ", colon);
    if (eq == std::string_view::npos) return false;
    key = text::trim(line.substr(colon + 1, eq - colon - 1));
    if (key == "file size") key = "model size";  // (newer builds' name of the same)
    if (key != "model size" && key != "model params") return false;
    value = text::trim(line.substr(eq + 3));
  } else {
    const auto at = line.find("VRAM used:");
    key = line.find("total VRAM used:") != std::string_view::npos ? "total VRAM used" : "VRAM used";
    value = text::trim(line.substr(at + 10));
  }
  value = value.substr(0, value.find(" ("));  // "(4.85 BPW)", "(model: ..., context: ...)"
  const std::string figure = with_decimal_point(value);
  // ("1.10 B": billions of parameters, the figure alone read; its scale below.)
  const bool params = key == "model params";
  const auto space = figure.find(' ');
  const std::string suffix = space == std::string::npos ? "" : figure.substr(space + 1);
  if (params && suffix != "B" && suffix != "M" && suffix != "K") return false;
  const auto parsed = numeric::parse_cell(params ? figure.substr(0, space) : figure);
  if (!parsed) return false;
  MetricRow* row = add_text_row(rows, key, params ? figure.substr(0, space) : figure);
  if (!row) return false;
  row->raw.assign(value);
  row->locator = "llama_load[" + std::to_string(number) + "]." + std::string(key);
  row->line = number;
  if (!state.model.empty()) row->context.model = state.model;
  if (key == "model size") {
    as_setting(*row, "model_size", true);
  } else if (params) {
    as_setting(*row, "model_params", false);
    row->value = parsed->value * (suffix == "B" ? 1e9 : suffix == "M" ? 1e6 : 1e3);
    row->normalized.reset();
  } else {
    set_metric(*row, "memory");
    row->statistic = "value";
    add_note(*row, key == "VRAM used" ? "the GPU memory the model's weights took"
                                      : "the GPU memory the weights and the context took");
  }
  if (figure != value) add_note(*row, "written with a decimal comma");
  return true;
}

// llama.cpp's memory breakdown at exit, one line per device under its header:
//   llama_memory_breakdown_print: | memory breakdown [MiB] | total   free     self   model ...
//   llama_memory_breakdown_print: |   - CUDA0 (RTX 3080)   | 20181 = 1689 + (18238 = 15686 +
//   1584 +     967) +         253 |
//   llama_memory_breakdown_print: |   - Host               |    78362 = 78278 +       0 +  84  |
// A device's total is the memory it has (total = free + self + unaccounted), its "self" what
// llama.cpp took (self = model + context + compute); the host's row gives self and its parts.
bool memory_breakdown_line(std::string_view line, std::size_t number, LlamaTimingsState& state,
                           MetricRows& rows) {
  const auto tag = line.find("memory_breakdown_print:");
  if (tag == std::string_view::npos) return false;
  std::string_view body = text::trim(line.substr(tag + 23));
  if (body.size() < 3 || body.front() != '|' || body.back() != '|') return true;
  body = body.substr(1, body.size() - 2);
  const auto bar = body.find('|');
  if (bar == std::string_view::npos) return true;
  std::string_view name = text::trim(body.substr(0, bar));
  const std::string_view cells = body.substr(bar + 1);
  if (name.starts_with("memory breakdown")) {
    const auto open = name.find('['), close = name.find(']');
    state.breakdown_unit = open < close && close != std::string_view::npos
                               ? std::string(name.substr(open + 1, close - open - 1))
                               : std::string();
    ++state.breakdowns;
    return true;
  }
  if (state.breakdown_unit.empty() || !name.starts_with("- ")) return true;
  name = text::trim(name.substr(2));
  std::vector<std::string_view> figures;
  for (std::size_t at = 0; at < cells.size();) {
    if (!std::isdigit(static_cast<unsigned char>(cells[at]))) {
      ++at;
      continue;
    }
    std::size_t end = at;
    while (end < cells.size() &&
           (std::isdigit(static_cast<unsigned char>(cells[end])) || cells[end] == '.'))
      ++end;
    figures.push_back(cells.substr(at, end - at));
    at = end;
  }
  static constexpr std::array<std::string_view, 7> kDevice = {
      "total", "free", "self", "model", "context", "compute", "unaccounted"};
  static constexpr std::array<std::string_view, 4> kHost = {"self", "model", "context", "compute"};
  std::span<const std::string_view> parts;
  if (figures.size() == kDevice.size()) parts = kDevice;
  if (figures.size() == kHost.size()) parts = kHost;
  if (parts.empty()) return true;
  // "CUDA0 (RTX 3080)": the device and, in brackets, its GPU.
  std::string_view device = name, gpu;
  if (const auto open = name.find(" ("); open != std::string_view::npos && name.back() == ')') {
    device = name.substr(0, open);
    gpu = name.substr(open + 2, name.size() - open - 3);
  }
  for (std::size_t k = 0; k < parts.size(); ++k) {
    const std::string value = std::string(figures[k]) + " " + state.breakdown_unit;
    MetricRow* row = add_text_row(rows, std::string(device) + " " + std::string(parts[k]), value);
    if (!row) continue;
    // (Numbered as the file's breakdowns are: two runs' in one log stay apart.)
    row->locator = "llama_memory[" + std::to_string(state.breakdowns - 1) + "][" +
                   std::string(device) + "]." + std::string(parts[k]);
    row->line = number;
    if (!gpu.empty()) row->context.gpu.assign(gpu);
    row->context.config = "device=" + std::string(device) + " memory=" + std::string(parts[k]);
    if (!state.model.empty()) row->context.model = state.model;
    if (parts[k] == "total") {
      as_setting(*row, "accelerator_memory", true);
      continue;
    }
    // ("17592186029324" MiB of "unaccounted": an unsigned count gone below zero, no figure.)
    if (row->value && *row->value > 1e12) {
      drop_value(*row, "'" + row->raw +
                           "' is no memory a device has (a count below zero printed "
                           "unsigned): no value");
      continue;
    }
    set_metric(*row, "memory");
    row->statistic = "value";
    if (parts[k] == "free" || parts[k] == "unaccounted") {
      unname_metric(*row, false);
      add_note(*row, parts[k] == "free" ? "the device's memory left free"
                                        : "the device's memory taken by others than llama.cpp");
    } else {
      add_note(*row, parts[k] == "self" ? "all llama.cpp took on the device (model + context + "
                                          "compute)"
                                        : "a part of what llama.cpp took on the device (self)");
    }
  }
  return true;
}

}  // namespace

bool llama_timings_line(std::string_view line, std::size_t number, LlamaTimingsState& state,
                        MetricRows& rows) {
  // (Runs for every line of a log: its rows end with a bar, few others do.)
  if (!line.empty() && line.back() == '|' && line.find("breakdown") != std::string_view::npos &&
      memory_breakdown_line(line, number, state, rows))
    return true;
  note_model(line, state);
  settings_line(line, state);
  if (line.size() > 20 && load_line(line, number, state, rows)) return true;
  if (line.find("buffer size") != std::string_view::npos && buffer_line(line, number, state, rows))
    return true;
  if (line.find("draft acceptance") != std::string_view::npos &&
      draft_acceptance_line(line, number, state, rows))
    return true;
  if (speed_line(line, number, state, rows)) return true;
  if (perplexity_line(line, number, state, rows)) return true;
  if (speculative_line(line, number, state, rows)) return true;
  if (line.find("time =") == std::string_view::npos) return false;  // cheap
  // A build run under a locale with a decimal comma: "load time =    2951,76 ms" (printf's %.2f).
  if (line.find('.') == std::string_view::npos && line.find(',') != std::string_view::npos) {
    std::string pointed(line);
    bool any = false;
    for (std::size_t i = 1; i + 2 < pointed.size(); ++i) {
      const auto digit = [&](std::size_t k) {
        return std::isdigit(static_cast<unsigned char>(pointed[k])) != 0;
      };
      if (pointed[i] == ',' && digit(i - 1) && digit(i + 1) && digit(i + 2) &&
          (i + 3 == pointed.size() || !digit(i + 3))) {
        pointed[i] = '.';
        any = true;
      }
    }
    if (!any) return false;
    const std::size_t before = rows.size();
    const bool read = llama_timings_line(pointed, number, state, rows);
    for (std::size_t i = before; i < rows.size(); ++i)
      rows[i].note +=
          (rows[i].note.empty() ? "" : "; ") + std::string("written with a decimal comma");
    return read;
  }
  const std::string_view body = body_of(line);
  const auto eq = body.find(" = ");
  if (eq == std::string_view::npos) return false;
  const std::string_view label = text::trim(body.substr(0, eq));
  std::size_t index = kLabels.size();
  for (std::size_t i = 0; i < kLabels.size(); ++i) {
    if (label == kLabels[i].text) index = i;
  }
  if (index == kLabels.size()) return false;
  // "81.13 ms /     5 tokens (   16.23 ms per token,    61.63 tokens per second)"
  std::string_view rest = text::trim(body.substr(eq + 3));
  const auto ms = rest.find(" ms");
  if (ms == std::string_view::npos || !numeric::parse_cell(rest.substr(0, ms))) return false;
  if (state.seen & (1u << index) || state.block == 0) {
    ++state.block;
    state.seen = 0;
  }
  state.seen |= 1u << index;
  const Label& l = kLabels[index];
  // "eval time = 0.00 ms / 1 tokens (0.00 ms per token, 0.00 tokens per second)": a request of
  // one generated token has no decoding to time; its zeros are placeholders.
  const bool untimed = numeric::parse_cell(rest.substr(0, ms))->value == 0;
  if (!l.time.empty())
    if (MetricRow* row = add(rows, label, rest.substr(0, ms), "ms", l.time, number, state, label);
        row && untimed) {
      row->value.reset();
      row->normalized.reset();
      row->note = "0.00 ms: nothing timed (one token), no value";
    }
  rest = text::trim(rest.substr(ms + 3));
  if (!rest.empty() && rest.front() == '/' && !l.count.empty()) {
    rest = text::trim(rest.substr(1));
    const auto space = rest.find(' ');
    const std::string_view n = rest.substr(0, space);
    add(rows, std::string(label) + " count", n, "tokens", l.count, number, state,
        std::string(label) + " count");
  }
  // Old builds wrote no rate: "eval time = 4178.32 ms / 31 runs (134.78 ms per token)": the time
  // per generated token.
  if (const auto per = rest.find(" ms per token");
      per != std::string_view::npos && l.rate == "decode_rate" &&
      rest.find(" tokens per second") == std::string_view::npos) {
    const auto open = rest.rfind('(', per);
    if (open != std::string_view::npos)
      add(rows, std::string(label) + " per token",
          text::trim(rest.substr(open + 1, per - open - 1)), "ms", "tpot", number, state,
          std::string(label) + " per token");
  }
  if (const auto per = rest.find(" tokens per second");
      per != std::string_view::npos && !l.rate.empty() && !untimed) {
    const auto comma = rest.rfind(',', per);
    if (comma != std::string_view::npos)
      add(rows, std::string(label) + " rate", text::trim(rest.substr(comma + 1, per - comma - 1)),
          "tok/s", l.rate, number, state, std::string(label) + " rate");
  }
  return true;
}

std::string LlamaTimingsState::settings() const {
  std::string out;
  const auto put = [&](std::string_view key, const std::string& value) {
    if (value.empty()) return;
    out.append(out.empty() ? "" : " ").append(key).append("=").append(value);
  };
  put("n_ctx", n_ctx);
  put("n_batch", n_batch);
  put("n_predict", n_predict);
  put("n_threads", n_threads);
  return out;
}

}  // namespace chimera::ingest::detail
