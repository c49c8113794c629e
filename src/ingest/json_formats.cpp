#include "json_formats.hpp"

#include <algorithm>
#include <array>
#include <bitset>
#include <cctype>
#include <charconv>
#include <cmath>
#include <functional>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "chimera/core/numeric.hpp"
#include "chimera/core/text.hpp"
#include "gpu_names.hpp"
#include "markdown_context.hpp"
#include "row_builder.hpp"
#include "table_row.hpp"

namespace chimera::ingest::detail {
namespace {

// The key of the value itself: the last named segment of a locator ("a.b[2]" -> "b").
std::string_view leaf_key(std::string_view loc) {
  while (!loc.empty() && loc.back() == ']') {
    const auto open = loc.rfind('[');
    if (open == std::string_view::npos) break;
    loc = loc.substr(0, open);
  }
  const auto dot = loc.rfind('.');
  return dot == std::string_view::npos ? loc : loc.substr(dot + 1);
}

bool any_row(const FileResult& r, const std::function<bool(const MetricRow&)>& pred) {
  for (const auto& row : r.rows) {
    if (pred(row)) return true;
  }
  return false;
}

bool under(std::string_view loc, std::string_view segment) {
  return loc.find(segment) != std::string_view::npos;
}

// "key" at the top level, or in an element of a top-level list of runs ("[3].key").
std::string_view run_prefix(std::string_view loc) {
  if (loc.empty() || loc.front() != '[') return {};
  const auto close = loc.find("].");
  return close == std::string_view::npos ? std::string_view() : loc.substr(0, close + 2);
}

// The keys the recognisers below ask for.
constexpr std::array<std::string_view, 33> kKeys = {"request_throughput",
                                                    "overall_throughput",
                                                    "prefill_latency",
                                                    "total_latency",
                                                    "last_ttft",
                                                    "latency",
                                                    "input_len",
                                                    "output_len",
                                                    "mean_ttft_ms",
                                                    "median_ttft_ms",
                                                    "ttfts",
                                                    "elapsed_time",
                                                    "requests_per_second",
                                                    "tokens_per_second",
                                                    "total_num_tokens",
                                                    "ttft_s",
                                                    "end_to_end_latency_s",
                                                    "avg_ts",
                                                    "n_prompt",
                                                    "eval_count",
                                                    "eval_duration",
                                                    "eval_duration_ms",
                                                    "eval_duration_s",
                                                    "eval_duration_sec",
                                                    "eval_duration_ns",
                                                    "concur_requests",
                                                    "total_requests",
                                                    "num_exceptions",
                                                    "predicted_per_second",
                                                    "avg_latency",
                                                    "latencies",
                                                    "speed_pp",
                                                    "speed_tg"};

std::size_t key_index(std::string_view key) {
  if (key.size() < 5 || key.size() > 20) return kKeys.size();  // (most keys: no need to look)
  const auto it = std::find(kKeys.begin(), kKeys.end(), key);
  return static_cast<std::size_t>(it - kKeys.begin());  // kKeys.size() for no such key
}

// What the recognisers look for in a file's rows, gathered in one pass over them (a pass per
// question was a measurable share of ingest time on trees of many files).
struct Signals {
  std::bitset<kKeys.size()> leaf;  // a row's own key ("a.b[2]" -> "b")
  std::bitset<kKeys.size()> run;   // a key at the top level or in a top-level run ("[3].key")
  bool llmperf_summary = false;    // a "results_*" key of a time to first token
  bool guidellm = false;           // "benchmarks[i]...metrics..."
  bool aiperf = false;             // an "avg" of AIPerf's records or time to first token
  bool llmperf_v1_raw = false;     // "tokens_out.3": the first LLMPerf's per-request columns
  bool sglang = false;             // SGLang's bench_serving: "server_info", retokenized totals
  bool trtllm_report = false;      // trtllm-bench's report JSON: "world_info" and "performance"
  explicit Signals(const FileResult& r);
  // (A key no recogniser asks for is in no file's signals.)
  bool has_key(std::string_view key) const {
    const auto i = key_index(key);
    return i < kKeys.size() && leaf.test(i);
  }
  bool has_run_key(std::string_view key) const {
    const auto i = key_index(key);
    return i < kKeys.size() && run.test(i);
  }
};

Signals::Signals(const FileResult& r) {
  for (const auto& row : r.rows) {
    const std::string_view loc = row.locator;
    const std::string_view key = leaf_key(loc);
    if (const auto i = key_index(key); i < kKeys.size()) leaf.set(i);
    const std::string_view prefix = run_prefix(loc);
    if (const auto i = key_index(loc.substr(prefix.size())); i < kKeys.size()) run.set(i);
    llmperf_summary = llmperf_summary || (key.rfind("results_", 0) == 0 && under(key, "ttft_s"));
    guidellm = guidellm || (loc.rfind("benchmarks[", 0) == 0 && under(loc, ".metrics."));
    aiperf = aiperf || (key == "avg" &&
                        (loc.rfind("records.", 0) == 0 || under(loc, "time_to_first_token.")));
    llmperf_v1_raw = llmperf_v1_raw || (loc.size() > 11 && loc.starts_with("tokens_out."));
    sglang = sglang || key == "total_output_tokens_retokenized" ||
             (loc.size() > 12 && under(loc, "server_info."));
    trtllm_report = trtllm_report || loc.starts_with("world_info.");
  }
}

// A run whose "completed" is 0 wrote 0.0 for every statistic: placeholders, not measurements.
void fail_runs_without_requests(FileResult& r) {
  std::vector<std::string> empty_runs;
  for (const auto& row : r.rows) {
    const std::string_view prefix = run_prefix(row.locator);
    if (row.locator.substr(prefix.size()) == "completed" && row.value && *row.value == 0)
      empty_runs.emplace_back(prefix);
  }
  for (auto& row : r.rows) {
    if (row.role != metrics::Role::metric || !row.metric) continue;
    const std::string_view id = row.metric->id;
    if (id == "requests" || id == "failed_requests") continue;
    for (const auto& p : empty_runs) {
      if (std::string_view(row.locator).substr(0, p.size()) == p && run_prefix(row.locator) == p) {
        mark_failed(row, "no request completed: the run's figures are placeholders");
      }
    }
  }
}

// Figures of `metric` that are all exactly 0 in the rows `in` selects: what a client writes when
// it could not measure (a TTFT of a non-streaming endpoint, the time per output token of
// one-token answers), not a measurement. Their values go, with `why`; returns how many went.
std::size_t zeros_are_placeholders(FileResult& r, std::string_view metric,
                                   const std::function<bool(const MetricRow&)>& in,
                                   std::string_view why, std::size_t at_least = 2) {
  const auto looked_at = [&](const MetricRow& row) {
    return row.metric && row.metric->id == metric && row.status == RowStatus::ok && row.value &&
           in(row);
  };
  std::size_t zeros = 0;
  for (const auto& row : r.rows) {
    if (!looked_at(row)) continue;
    if (*row.value != 0) return 0;
    ++zeros;
  }
  if (zeros < at_least) return 0;
  for (auto& row : r.rows) {
    if (!looked_at(row)) continue;
    row.value.reset();
    row.normalized.reset();
    row.note = std::string(why);
  }
  return zeros;
}

// vLLM writes 0 for the time per output token and the inter-token latency of a run whose
// requests each produced one token (none between tokens to time).
void one_token_runs(FileResult& r) {
  std::map<std::string, std::pair<double, double>, std::less<>> runs;  // completed, output tokens
  for (const auto& row : r.rows) {
    const std::string_view prefix = run_prefix(row.locator);
    const std::string_view key = std::string_view(row.locator).substr(prefix.size());
    if (!row.value || (key != "completed" && key != "total_output_tokens")) continue;
    auto& [completed, output] = runs[std::string(prefix)];
    (key == "completed" ? completed : output) = *row.value;
  }
  std::size_t affected = 0;
  for (const auto& [prefix, counts] : runs) {
    if (counts.first <= 0) continue;
    const auto in_run = [&p = prefix](const MetricRow& row) {
      return run_prefix(row.locator) == p;
    };
    if (counts.second > 2 * counts.first) {
      // SGLang's "median_itl_ms": 0.0 of a run of 219 tokens per request (its client timed no
      // chunks): a time between tokens of 0 is no measurement, even written once.
      for (const std::string_view m : {"tpot", "itl"})
        zeros_are_placeholders(r, m, in_run,
                               "the run's requests produced many tokens each, so a time between "
                               "them of 0 is no measurement (the client wrote 0)",
                               1);
      continue;
    }
    if (counts.second > counts.first) continue;
    std::size_t gone = 0;
    for (const std::string_view m : {"tpot", "itl"})
      gone += zeros_are_placeholders(r, m, in_run,
                                     "every request produced at most one token: no time between "
                                     "tokens to measure (the client wrote 0)");
    affected += gone > 0 ? 1 : 0;
  }
  if (affected > 0)
    add_warning(r.warnings, std::to_string(affected) + " of " + std::to_string(runs.size()) +
                                " runs: every request produced at most one token; their TPOT and "
                                "ITL (written 0) are no measurements and have no value");
}

// A run that completed fewer requests than it sent ("num_prompts": 2000, "completed": 1015):
// its figures describe the completed requests only, which the reader should know.
void incomplete_runs(FileResult& r) {
  struct Counts {
    std::optional<double> sent, completed;
    std::size_t line = 0;
  };
  std::map<std::string, Counts, std::less<>> runs;
  for (const auto& row : r.rows) {
    const std::string_view prefix = run_prefix(row.locator);
    const std::string_view key = std::string_view(row.locator).substr(prefix.size());
    if (!row.value || (key != "num_prompts" && key != "completed")) continue;
    auto& c = runs[std::string(prefix)];
    (key == "completed" ? c.completed : c.sent) = *row.value;
    c.line = row.line;
  }
  std::size_t short_runs = 0;
  const Counts* first = nullptr;  // the earliest in the file
  for (const auto& [prefix, c] : runs) {
    // (A run that completed none is failed as a whole: fail_runs_without_requests.)
    if (!c.sent || !c.completed || *c.completed <= 0 || !(*c.completed < *c.sent)) continue;
    ++short_runs;
    if (!first || c.line < first->line) first = &c;
  }
  if (short_runs > 0)
    add_warning(r.warnings, std::to_string(short_runs) + " of " + std::to_string(runs.size()) +
                                " runs completed fewer requests than they sent (line " +
                                std::to_string(first->line) + ": " +
                                numeric::format_double(*first->completed) + " of " +
                                numeric::format_double(*first->sent) +
                                "): their figures are of the completed requests only");
}

// The figures a vLLM client writes beside its results that are none of its own keys: the
// `--metadata KEY=VALUE` pairs of the run ("iteration": 1, "chunksize": 256, "kvcache":
// "gds-800g", a harness's "type": "warmup"). They are settings of that run and join its
// configuration, in the order written, so runs that differ only by them are told apart.
void vllm_metadata(FileResult& r) {
  // vLLM's own text fields (the model and backend are context already).
  static constexpr std::array<std::string_view, 8> kOwnText = {
      "date",          "tokenizer_id", "request_rate",     "label",
      "endpoint_type", "endpoint",     "ramp_up_strategy", "served_model_name"};
  static constexpr std::array<std::string_view, 13> kOwn = {
      "num_prompts",
      "request_rate",
      "burstiness",
      "max_concurrency",
      "duration",
      "completed",
      "failed",
      "total_input_tokens",
      "total_output_tokens",
      "max_output_tokens_per_s",
      "max_concurrent_requests",
      "date",
      "rtfx"};  // speech-to-text's real-time factor: a measurement
  // run prefix -> (place in the file, "key=value")
  std::map<std::string, std::vector<std::pair<std::pair<std::size_t, int>, std::string>>,
           std::less<>>
      pairs;
  std::map<std::string, std::string, std::less<>> gpus;  // run prefix -> its accelerator
  std::size_t i = 0;
  for (auto& row : r.rows) {
    const std::string_view loc = row.locator;
    const std::string_view prefix = run_prefix(loc);
    const std::string_view key = loc.substr(prefix.size());
    ++i;
    // SGLang's "total_input_text_tokens", "total_input_vision_tokens": its measured sums over
    // the requests, by modality, no settings of the client's.
    if (!row.metric && row.value && key.starts_with("total_") && key.ends_with("_tokens") &&
        key.find_first_of(".[") == std::string_view::npos) {
      set_unit(row, "tokens");
      set_metric(row, key.find("output") != std::string_view::npos  ? "output_tokens"
                      : key.find("input") != std::string_view::npos ? "input_tokens"
                                                                    : "total_tokens");
      row.statistic = "sum";
      renormalize(row);
      // (The text and the images of the prompts apart, each from the run's own total.)
      for (const std::string_view modality : {"text", "vision", "image", "audio", "video"}) {
        if (key.find("_" + std::string(modality) + "_") == std::string_view::npos) continue;
        std::string& config = row.context.config;
        const std::string label = "modality=" + std::string(modality);
        config = config.empty() ? label : config + " " + label;
        break;
      }
      continue;
    }
    // (Speculative decoding's acceptance figures are vLLM's own measurements.)
    if (key.find_first_of(".[") != std::string_view::npos ||
        std::find(kOwn.begin(), kOwn.end(), key) != kOwn.end() || key.starts_with("spec_decode_") ||
        row.metric || row.role == metrics::Role::timestamp || !row.value)
      continue;
    if (row.role == metrics::Role::metric) as_setting(row, {}, true);
    pairs[std::string(prefix)].push_back({{i - 1, 1}, std::string(key) + "=" + row.raw});
  }
  for (const auto& t : r.run_texts) {
    const std::string_view prefix = run_prefix(t.locator);
    const std::string_view key = std::string_view(t.locator).substr(prefix.size());
    Context probe;  // "model_id", "backend": the rows' context already
    if (key.empty() || std::find(kOwnText.begin(), kOwnText.end(), key) != kOwnText.end() ||
        context_slot(probe, key) != nullptr || t.text.find_first_of(" \t\n") != std::string::npos ||
        numeric::parse_cell(t.text))  // "iteration": "1" has its row, taken above
      continue;
    pairs[std::string(prefix)].push_back({{t.rows_before, 0}, std::string(key) + "=" + t.text});
    // "--metadata platform=MI300X": the accelerator the run served on, its GPU too.
    if (key == "platform" || key == "accelerator" || key == "gpu_name")
      gpus[std::string(prefix)] = t.text;
  }
  if (pairs.empty()) return;
  std::map<std::string, std::string, std::less<>> config;  // run prefix -> "key=value ..."
  for (auto& [prefix, list] : pairs) {
    std::sort(list.begin(), list.end());
    std::string& c = config[prefix];
    for (const auto& p : list) c += (c.empty() ? "" : " ") + p.second;
  }
  for (auto& row : r.rows) {
    if (row.role != metrics::Role::metric) continue;
    const auto it = config.find(run_prefix(row.locator));
    if (it == config.end()) continue;
    if (row.context.config.empty()) {
      row.context.config = it->second;
    } else {  // (a setting the row's config holds already, "inter_turn_delay_ms=0", once)
      for (const auto& p : pairs[it->first]) {
        const std::string& pair = p.second;
        const std::string& c = row.context.config;
        const auto at = c.find(pair);
        const bool held = at != std::string::npos && (at == 0 || c[at - 1] == ' ') &&
                          (at + pair.size() == c.size() || c[at + pair.size()] == ' ');
        if (!held) row.context.config += " " + pair;
      }
    }
    if (const auto gpu = gpus.find(it->first); gpu != gpus.end() && row.context.gpu.empty())
      row.context.gpu = gpu->second;
  }
}

// A multi-turn run's `per_turn_metrics[k]`: the figures of one turn, which its `turn_index`
// names; each of its rows says which ("turn=3" in config).
void vllm_turns(FileResult& r) {
  static constexpr std::string_view kTurns = "per_turn_metrics[";
  std::map<std::string, std::string, std::less<>> turn;  // "...per_turn_metrics[3]." -> "3"
  for (const auto& row : r.rows) {
    const std::string_view loc = row.locator;
    const auto at = loc.find(kTurns);
    if (at == std::string_view::npos || !loc.ends_with("].turn_index")) continue;
    turn[std::string(loc.substr(0, loc.size() - 10))] = row.raw;
  }
  if (turn.empty()) return;
  for (auto& row : r.rows) {
    const std::string_view loc = row.locator;
    const auto at = loc.find(kTurns);
    if (at == std::string_view::npos || row.role != metrics::Role::metric) continue;
    const auto close = loc.find("].", at);
    if (close == std::string_view::npos) continue;
    const auto it = turn.find(loc.substr(0, close + 2));
    if (it == turn.end()) continue;
    row.context.config += (row.context.config.empty() ? "turn=" : " turn=") + it->second;
  }
}

// SGLang's bench_serving writes vLLM's keys and its own: the run's `max_concurrency` is its load
// (the `concurrency` beside it is measured: the requests' summed latency over the run's time), and
// `server_info` dumps the server's launch arguments (settings), with its scheduler's last
// generation throughput (a gauge, no figure of the run) and memory use (GiB) under
// `internal_states`.
void sglang_runs(FileResult& r) {
  std::map<std::string, std::string, std::less<>> cap;  // run prefix -> max_concurrency
  for (const auto& row : r.rows) {
    const std::string_view loc = row.locator;
    const auto prefix = run_prefix(loc);
    if (loc.substr(prefix.size()) == "max_concurrency") cap[std::string(prefix)] = row.raw;
  }
  for (auto& row : r.rows) {
    const std::string_view loc = row.locator;
    const auto prefix = run_prefix(loc);
    const std::string_view key = loc.substr(prefix.size());
    const auto it = cap.find(prefix);
    row.context.concurrency = it == cap.end() ? std::string() : it->second;
    // `server_info.device` "cuda": the kind of device, no accelerator's name.
    if (text::iequals(row.context.gpu, "cuda") || text::iequals(row.context.gpu, "rocm") ||
        text::iequals(row.context.gpu, "npu") || text::iequals(row.context.gpu, "xpu"))
      row.context.gpu.clear();
    if (key == "concurrency") {
      row.role = metrics::Role::metric;
      row.parameter = {};
      set_metric(row, "concurrency");
      row.statistic = "mean";
      row.unit = "count";
      renormalize(row);
    } else if (key.starts_with("server_info.")) {
      const std::string_view leaf = leaf_key(loc);
      // A disaggregated server's prefill and decode workers ("server_info.prefill[0]."): whose.
      for (const std::string_view role : {"prefill", "decode"}) {
        if (key.starts_with("server_info." + std::string(role) + "[")) {
          const std::string label = "pd_worker=" + std::string(role);
          if (row.context.config.find(label) == std::string::npos)
            row.context.config += (row.context.config.empty() ? "" : " ") + label;
        }
      }
      if (under(key, "internal_states") && leaf == "last_gen_throughput") {
        // (The scheduler's gauge of its last logging interval, no throughput of the run: the
        // run's is its "output_throughput".)
        set_unit(row, "tok/s");
        unname_metric(row, false);
        add_note(row,
                 "SGLang's scheduler's last logged generation throughput (a gauge of its last "
                 "interval), not the run's output throughput");
      } else if (under(key, ".memory_usage.") && leaf != "token_capacity" &&
                 row.role == metrics::Role::metric) {
        set_metric(row, "memory");
        row.statistic = "value";
        row.unit = "GiB";  // (its scheduler divides bytes by 1 << 30)
        renormalize(row);
      } else if (row.role == metrics::Role::metric) {
        as_setting(row, row.parameter, true);
      }
    }
  }
}

// vLLM `vllm bench serve` and benchmarks/benchmark_serving.py (one run, or `vllm bench sweep`'s
// list of runs): rates unlabelled, durations and per-request arrays in seconds.
bool vllm(FileResult& r, const Signals& s) {
  // (SGLang's bench_serving of late 2024 wrote no request_throughput: its retokenized output
  // total tells it.)
  if (!(s.has_run_key("request_throughput") || s.sglang) ||
      !(s.has_run_key("mean_ttft_ms") || s.has_run_key("median_ttft_ms") || s.has_run_key("ttfts")))
    return false;
  r.format = s.sglang ? "sglang bench_serving" : "vllm bench serve";
  if (s.sglang) sglang_runs(r);
  fail_runs_without_requests(r);
  vllm_metadata(r);
  vllm_turns(r);
  one_token_runs(r);
  incomplete_runs(r);
  for (auto& row : r.rows) {
    const auto key = leaf_key(row.locator);
    total_over_requests(row);
    if (key == "rtfx" && row.value && *row.value == 0) {
      // The real-time factor of speech input (audio seconds per second): 0 where the requests
      // held no audio, a placeholder.
      row.value.reset();
      row.normalized.reset();
      row.note = "vLLM writes 0 when the requests held no audio: no real-time factor measured";
    } else if (key == "spec_decode_acceptance_rate") {
      set_unit(row, "%");  // of the drafted tokens, accepted
    } else if (key == "spec_decode_per_position_acceptance_rates" && row.value) {
      // One share per draft position (fractions: vLLM's accepted at the position / drafts), no
      // samples of one quantity.
      set_unit(row, "fraction");
      row.statistic = "value";
      renormalize(row);
      const std::string_view loc = row.locator;
      const auto open = loc.rfind('[');
      row.context.config =
          std::string("draft position ")
              .append(std::to_string(std::stoul(std::string(loc.substr(open + 1))) + 1));
    } else if (key == "request_throughput" || key == "request_goodput") {
      if (key == "request_goodput") set_metric(row, "goodput");
      set_unit(row, "req/s");
    } else if (key == "output_throughput" || key == "total_token_throughput" ||
               key == "input_throughput" || key == "total_throughput") {  // (SGLang's total)
      set_unit(row, "tok/s");
    } else if (key == "duration" || key == "ttfts" || key == "itls" || key == "e2els" ||
               key == "latencies") {
      if (key == "latencies") set_metric(row, "e2e_latency");
      set_unit(row, "s");
    }
  }
  return true;
}

// `vllm bench throughput` (benchmarks/benchmark_throughput.py --output-json): an offline run's
// elapsed seconds, its requests and tokens (prompt and output together), and their rates.
bool vllm_throughput(FileResult& r, const Signals& s) {
  if (!s.has_run_key("elapsed_time") || !s.has_run_key("requests_per_second") ||
      !s.has_run_key("tokens_per_second") || !s.has_run_key("total_num_tokens"))
    return false;
  r.format = "vllm bench throughput";
  for (auto& row : r.rows) {
    const auto key = leaf_key(row.locator);
    if (key == "elapsed_time") {
      set_unit(row, "s");
      set_metric(row, "duration");
    } else if (key == "total_num_tokens") {
      set_unit(row, "tokens");
      set_metric(row, "total_tokens");
      row.statistic = "sum";  // (the prompt and output tokens of all the requests)
    } else if (key == "tokens_per_second") {
      set_unit(row, "tok/s");
      set_metric(row, "total_throughput");  // total_num_tokens / elapsed_time
    } else if (key == "requests_per_second") {
      set_unit(row, "req/s");
    }
  }
  return true;
}

// `vllm bench latency` (benchmarks/benchmark_latency.py --output-json): the seconds of each
// timed iteration, one batch of the run's prompts generated offline ("latencies"), their mean
// ("avg_latency") and their 10th to 99th percentiles ("percentiles": {"10": ..., "99": ...}).
bool vllm_latency(FileResult& r, const Signals& s) {
  if (!s.has_run_key("avg_latency") || !s.has_key("latencies")) return false;
  // (vLLM writes no unit and its percentiles by number: a script's own latencies with their
  // "unit": "ms" are not its.)
  bool numbered = false;
  for (const auto& row : r.rows) {
    const std::string_view loc = row.locator;
    if ((loc == "avg_latency" || loc.starts_with("latencies[")) && !row.unit.empty()) return false;
    numbered = numbered ||
               (loc.starts_with("percentiles.") && numeric::parse_cell(loc.substr(12)).has_value());
  }
  if (!numbered) return false;
  r.format = "vllm bench latency";
  for (auto& row : r.rows) {
    if (!row.value) continue;
    const std::string_view loc = row.locator;
    std::string stat;
    if (loc == "avg_latency") {
      stat = "mean";
    } else if (loc.starts_with("latencies[")) {
      stat = "sample";
    } else if (loc.starts_with("percentiles.") && numeric::parse_cell(loc.substr(12)).has_value()) {
      stat = "p" + std::string(loc.substr(12));
    } else {
      continue;
    }
    set_metric(row, "e2e_latency");
    row.parameter = {};
    row.statistic = stat;
    row.unit = "s";
    renormalize(row);
    add_note(row, "one batch of the run's prompts generated offline, from start to last token");
    if (row.context.backend.empty()) row.context.backend = "vLLM";
  }
  return true;
}

// llama.cpp's llama-batched-bench `-o jsonl`: one record per line of its table, "pp", "tg" and
// "pl" (prompt and generated tokens of each of pl sequences decoded together) with "n_kv" (the
// KV cells used) its settings, the batch's times in seconds and its speeds in tokens per second
// of the pl sequences together (as batched_bench_rows reads the table it prints).
bool llama_batched_bench(FileResult& r, const Signals& s) {
  if (!s.has_run_key("speed_pp") || !s.has_run_key("speed_tg")) return false;
  r.format = "llama-batched-bench jsonl";
  std::map<std::string_view, std::array<double, 3>> settings;  // record -> pp, tg, pl
  for (const auto& row : r.rows) {
    if (!row.value) continue;
    const std::string_view prefix = run_prefix(row.locator);
    const std::string_view key = std::string_view(row.locator).substr(prefix.size());
    auto& v = settings.try_emplace(prefix, std::array<double, 3>{-1, -1, -1}).first->second;
    if (key == "pp") v[0] = *row.value;
    if (key == "tg") v[1] = *row.value;
    if (key == "pl") v[2] = *row.value;
  }
  for (auto& row : r.rows) {
    const std::string_view prefix = run_prefix(row.locator);
    const std::string_view key = std::string_view(row.locator).substr(prefix.size());
    batched_bench_field(row, key);
    const auto it = settings.find(prefix);
    if (it == settings.end()) continue;
    const auto& v = it->second;
    if (v[0] >= 0 && v[1] >= 0) row.context.test = llama_bench_test(v[0], v[1], 0);
    if (v[2] >= 1) row.context.concurrency = std::to_string(static_cast<long long>(v[2]));
    if (row.context.backend.empty()) row.context.backend = "llama.cpp";
  }
  return true;
}

// SGLang's bench_one_batch (the engine run offline on one batch: "prefill_latency",
// "median_decode_latency", "total_latency") and bench_one_batch_server (one batch sent to a
// server: "latency", "last_ttft") JSON Lines, one record per batch size and lengths. Times in
// seconds, rates in tokens per second of the whole batch.
bool sglang_one_batch(FileResult& r, const Signals& s) {
  if (!s.has_run_key("overall_throughput") || !s.has_run_key("input_len") ||
      !s.has_run_key("output_len") ||
      !(s.has_run_key("prefill_latency") || s.has_run_key("total_latency") ||
        s.has_run_key("latency")))
    return false;
  const bool offline = s.has_run_key("prefill_latency") || s.has_run_key("total_latency");
  r.format = offline ? "sglang bench_one_batch" : "sglang bench_one_batch_server";
  // Each record's batch and lengths: the workload its figures are of.
  // ("run_name" first where it names one: "default" names none.)
  std::map<std::string, std::string, std::less<>> workload;
  for (const auto& t : r.run_texts) {
    const std::string_view prefix = run_prefix(t.locator);
    if (std::string_view(t.locator).substr(prefix.size()) == "run_name" && t.text != "default")
      workload[std::string(prefix)] = "run_name=" + t.text;
  }
  for (const auto& row : r.rows) {
    const std::string_view prefix = run_prefix(row.locator);
    const std::string_view key = std::string_view(row.locator).substr(prefix.size());
    if (key == "batch_size" || key == "input_len" || key == "output_len") {
      std::string& w = workload[std::string(prefix)];
      w += (w.empty() ? "" : " ") + std::string(key) + "=" + row.raw;
    }
  }
  const auto figure = [](MetricRow& row, std::string_view id, std::string_view stat,
                         std::string_view unit, std::string_view note) {
    set_metric(row, id);
    row.parameter = {};
    row.statistic = std::string(stat);
    row.unit = std::string(unit);
    renormalize(row);
    if (!note.empty()) add_note(row, note);
  };
  for (auto& row : r.rows) {
    const std::string_view prefix = run_prefix(row.locator);
    const std::string_view key = std::string_view(row.locator).substr(prefix.size());
    if (const auto it = workload.find(prefix); it != workload.end())
      row.context.config = it->second;
    if (row.context.backend.empty()) row.context.backend = "SGLang";
    if (!row.value || row.role == metrics::Role::parameter) continue;
    if (key == "prefill_latency") {
      figure(row, "prompt_eval_time", "value", "s", "the whole batch's prefill");
    } else if (key == "prefill_throughput") {
      figure(row, "prompt_eval_rate", "value", "tok/s", "the batch's prompt tokens per second");
    } else if (key == "median_decode_latency") {
      figure(row, "tpot", "median", "s", "the median time of one decode step of the batch");
    } else if (key == "median_decode_throughput") {
      figure(row, "output_throughput", "median", "tok/s",
             "the batch's tokens per decode step, at the median step's time");
    } else if (key == "total_latency" || key == "latency") {
      figure(row, "e2e_latency", "value", "s", "the whole batch's time, prefill and decode");
    } else if (key == "overall_throughput") {
      figure(row, "total_throughput", "value", "tok/s",
             "the batch's prompt and output tokens over its whole time");
    } else if (key == "input_throughput") {
      figure(row, "input_throughput", "value", "tok/s",
             "the batch's prompt tokens up to its last first token");
    } else if (key == "output_throughput") {
      // (The first versions wrote no last_ttft, and timed the output over the whole batch.)
      figure(row, "output_throughput", "value", "tok/s",
             s.has_run_key("last_ttft") ? "the batch's output tokens after its last first token"
                                        : "the batch's output tokens per second");
    } else if (key == "last_ttft") {
      figure(row, "ttft", "max", "s", "the batch's last request's time to its first token");
    } else if (key == "last_gen_throughput") {
      set_unit(row, "tok/s");
      unname_metric(row, false);
      add_note(row,
               "SGLang's scheduler's last logged generation throughput (a gauge of its last "
               "interval), not the batch's output throughput");
    } else if (key == "acc_length") {
      figure(row, "acceptance_length", "mean", "tokens", "");
    } else if (key == "cache_hit_rate") {
      as_setting(row, "cache_hit_rate", true);  // (the share of the prompt it cached first)
    }
    // (-1: what later versions write where a figure was not measured, a speculative decoder's
    // acceptance length without one.)
    if (row.role == metrics::Role::metric && *row.value < 0) {
      row.value.reset();
      row.normalized.reset();
      row.normalized_unit.clear();
      row.note = "SGLang writes -1 where it measured nothing: no value";
    }
  }
  return true;
}

// LLMPerf names its files by the model ('/' as '-') and the lengths it asked for:
// "deepseekr1_4000_1500_individual_responses.json", "meta-llama-Llama-2-7b-chat-hf_550_150_
// summary.json". The model, or "".
std::string llmperf_file_model(std::string_view rel_path) {
  std::string_view name = rel_path.substr(rel_path.rfind('/') + 1);  // (npos + 1 is 0)
  for (const std::string_view end : {"_individual_responses.json", "_summary.json"}) {
    if (!name.ends_with(end)) continue;
    name.remove_suffix(end.size());
    for (int lengths = 0; lengths < 2; ++lengths) {
      const auto under = name.rfind('_');
      if (under == std::string_view::npos || under == 0) return {};
      const std::string_view n = name.substr(under + 1);
      if (n.empty() || !std::all_of(n.begin(), n.end(), [](char ch) {
            return std::isdigit(static_cast<unsigned char>(ch)) != 0;
          }))
        return {};
      name = name.substr(0, under);
    }
    return std::string(name);
  }
  return {};
}

// Ray LLMPerf: the summary (`results_*` keys are measurements, the rest is configuration) and
// the per-request responses.
bool llmperf(FileResult& r, const Signals& s) {
  // A summary at the top level, or summaries keyed by concurrency ("1": {...}, "16": {...}).
  const auto measured = [](const MetricRow& row) {
    return under(row.locator, "results_") && leaf_key(row.locator).rfind("results_", 0) == 0;
  };
  const bool summary = s.llmperf_summary;
  const bool responses = !summary && s.has_key("ttft_s") && s.has_key("end_to_end_latency_s");
  if (!summary && !responses) return false;
  r.format = summary ? "llmperf summary" : "llmperf individual responses";
  // A fork writes both in one document ({"individual_responses": [...], "summary": {...}}): the
  // records are requests, as in the responses file, with the summary's model and concurrency.
  const auto per_request = [](const MetricRow& row) {
    return row.locator.rfind("individual_responses[", 0) == 0;
  };
  std::string model, concurrency;
  for (const auto& row : r.rows) {
    if (!summary || per_request(row)) continue;
    if (model.empty()) model = row.context.model;
    if (concurrency.empty() && row.parameter == "concurrency") concurrency = row.raw;
  }

  for (auto& row : r.rows) {
    const auto key = leaf_key(row.locator);
    if (summary && per_request(row)) {
      if (row.context.model.empty()) row.context.model = model;
      if (row.context.concurrency.empty() && row.role == metrics::Role::metric)
        row.context.concurrency = concurrency;
      if (under(key, "request_output_throughput")) set_metric(row, "token_rate");
      continue;
    }
    // A fork's outcome counts beside the settings ("successful_requests" 148, "failed_requests"
    // 2, "actual_completed_requests" 150): what happened, not what was asked for.
    if (summary && !measured(row) && row.role == metrics::Role::metric &&
        (key == "successful_requests" || key == "actual_completed_requests" ||
         key == "failed_requests")) {
      set_metric(row, key == "failed_requests" ? "failed_requests" : "requests");
      row.statistic = key == "actual_completed_requests" ? "sum" : "value";
      if (key == "actual_completed_requests") row.status = RowStatus::all;
      continue;
    }
    // mean_input_tokens, additional_sampling_params_temperature: what was asked for (the
    // requested lengths are the input and output lengths of the run).
    if (summary && !measured(row) && row.role == metrics::Role::metric) {
      as_setting(row,
                 key == "mean_input_tokens"    ? "input_len"
                 : key == "mean_output_tokens" ? "output_len"
                                               : std::string_view(),
                 true);
      continue;
    }
    if (key == "results_overall_test_time" && row.unit.empty()) set_unit(row, "s");
    // One request's output tokens over its whole latency, TTFT included (LLMPerf's
    // token_benchmark_ray: num_output_tokens / e2e_lat): no decode rate, a token rate.
    if (under(key, "request_output_throughput")) set_metric(row, "token_rate");
    // "results_request_input_throughput_tokens_per_s_*": input tokens over the time to the first
    // token, the prompt's processing rate.
    if (under(key, "request_input_throughput_tokens_per_s") ||
        under(key, "request_input_throughput_token_per_s"))
      set_metric(row, "prompt_eval_rate");
    if (key == "results_mean_output_throughput_token_per_s") row.statistic = "value";
    if (under(key, "error_rate")) set_unit(row, "fraction");
  }
  // The lengths asked for (mean_input_tokens 750, mean_output_tokens 150): the workload of the
  // summary's figures, in their configuration as a CSV of summaries has it
  // ("mean_input_tokens=750 mean_output_tokens=150"; summaries at two lengths stay apart).
  if (summary) {
    std::map<std::string, std::string, std::less<>> lengths;  // record -> its settings
    for (const auto& row : r.rows) {
      if (row.role != metrics::Role::parameter ||
          (row.parameter != "input_len" && row.parameter != "output_len") || row.raw.empty())
        continue;
      const std::string_view key = leaf_key(row.locator);
      std::string& l = lengths[row.locator.substr(0, row.locator.size() - key.size())];
      // ("550.0": the same length as another summary's "550".)
      std::string value = row.raw;
      if (row.value && *row.value == std::floor(*row.value) && std::abs(*row.value) < 1e12)
        value = std::to_string(static_cast<long long>(*row.value));
      l += (l.empty() ? "" : " ") + std::string(key) + "=" + value;
    }
    for (auto& row : r.rows) {
      if (lengths.empty() || !measured(row) || per_request(row)) continue;
      const std::string_view key = leaf_key(row.locator);
      const auto l =
          lengths.find(std::string_view(row.locator).substr(0, row.locator.size() - key.size()));
      if (l == lengths.end() || row.context.config.find(l->second) != std::string::npos) continue;
      row.context.config = l->second + (row.context.config.empty() ? "" : " ") + row.context.config;
    }
  }
  // (Responses that name no model, nor a summary beside them: the file's name does.)
  if (const std::string named = llmperf_file_model(r.entry.rel_path); !named.empty()) {
    for (auto& row : r.rows) {
      if (row.context.model.empty()) row.context.model = named;
    }
  }
  // A non-streaming endpoint gives LLMPerf no first token to time: it writes 0 for every TTFT
  // and inter-token latency.
  std::string zeroed;
  for (const std::string_view m : {"ttft", "itl"}) {
    if (zeros_are_placeholders(
            r, m, [](const MetricRow&) { return true; },
            "every request's figure is 0: the endpoint did not stream, so there was nothing to "
            "time") > 0)
      zeroed += (zeroed.empty() ? "" : " and ") + std::string(m == "ttft" ? "TTFT" : "ITL");
  }
  if (!zeroed.empty())
    add_warning(r.warnings, "every " + zeroed +
                                " figure is 0 (a non-streaming endpoint?): no measurement, no "
                                "value");
  return true;
}

// A GuideLLM statistics block: the path up to its subset ("…metrics.ttft_ms.errored"), or "".
std::string_view guidellm_block(std::string_view loc) {
  if (!under(loc, ".metrics.")) return {};
  for (const std::string_view subset : {".successful.", ".errored.", ".incomplete.", ".total."}) {
    if (const auto at = loc.find(subset); at != std::string_view::npos)
      return loc.substr(0, at + subset.size() - 1);
  }
  return {};
}

// The figures of the given GuideLLM statistics blocks (their counts excepted) are placeholders:
// no value, with `note`. Returns how many lost their value.
std::size_t withhold_blocks(FileResult& r, std::set<std::string_view>& blocks,
                            std::string_view note) {
  blocks.erase(std::string_view());
  std::size_t gone = 0;
  for (auto& row : r.rows) {
    if (blocks.empty()) break;
    if (row.statistic == "count" || !row.value || !blocks.count(guidellm_block(row.locator)))
      continue;
    row.value.reset();
    row.normalized.reset();
    row.note = std::string(note);
    ++gone;
  }
  return gone;
}

// A subset with no requests ("errored": {"count": 0, "mean": 0.0, ...}) writes 0.0 for every
// statistic: placeholders, not measurements.
void empty_subsets_have_no_values(FileResult& r) {
  std::set<std::string_view> empty;
  for (const auto& row : r.rows) {
    if (row.statistic == "count" && row.value && *row.value == 0 &&
        leaf_key(row.locator) == "count")
      empty.insert(guidellm_block(row.locator));
  }
  withhold_blocks(r, empty, "no request in this subset: its figures are placeholders");
}

// A time whose largest sample is 0 over requests that ran ("time_to_last_round_trip_ms":
// {"count": 2, "max": 0.0, ...} of a run with no multi-turn round trips): no clock was read;
// its figures are placeholders, not measurements of zero time.
void unmeasured_times_have_no_values(FileResult& r) {
  std::set<std::string_view> zero;
  for (const auto& row : r.rows) {
    if (row.statistic == "max" && row.value && *row.value == 0 && row.normalized_unit == "ms")
      zero.insert(guidellm_block(row.locator));
  }
  const std::size_t gone =
      withhold_blocks(r, zero, "every request's time is 0: not measured in this run, no value");
  if (gone > 0)
    add_warning(r.warnings, std::to_string(zero.size()) +
                                " statistics blocks of a time are 0 for every request (not "
                                "measured in this run): their figures have no value");
}

// GuideLLM 0.8's scheduler_state: a constraint's "max_requests" is the run's limit, its worker
// processes a setting, and its request counters (created, queued, processed, remaining, ...) the
// scheduler's bookkeeping; the run's request counts are metrics.request_totals, read once.
void scheduler_state(MetricRow& row, std::string_view key) {
  if (!under(row.locator, ".scheduler_state.") || row.role != metrics::Role::metric) return;
  if (key.rfind("max_", 0) == 0) {
    as_setting(row, "limit", false);
  } else if (key == "num_processes") {
    as_setting(row, "workers", false);
  } else if (row.metric && (row.metric->id == "requests" || row.metric->id == "failed_requests")) {
    as_identifier(row);
    row.note = "the scheduler's bookkeeping; the run's request counts are metrics.request_totals";
  }
}

// The first LLMPerf's figures are means over the run's requests (llmperf.py: "total_time" is
// cdf.total_time.mean() in seconds, "mean_ttft" the mean TTFT x 1000, "inter_token_delay" the
// mean delay x 1000, the token rates the means of each request's rate).
void llmperf_v1_mean(MetricRow& row, std::string_view key) {
  struct Figure {
    std::string_view key, metric, unit;
  };
  static constexpr std::array<Figure, 7> kFigures = {{
      {"total_time", "e2e_latency", "s"},
      {"mean_ttft", "ttft", "ms"},
      {"mean_tokens_in", "input_tokens", "tokens"},
      {"mean_tokens_out", "output_tokens", "tokens"},
      {"out_tokens_per_s", "token_rate", "tok/s"},
      {"total_tokens_per_s", "", "tok/s"},  // (input + output) / time of each request: no run's
      {"inter_token_delay", "itl", "ms"},
  }};
  for (const auto& f : kFigures) {
    if (key != f.key || row.role != metrics::Role::metric) continue;
    if (!f.metric.empty()) set_metric(row, f.metric);
    row.statistic = "mean";
    set_unit(row, f.unit);
    if (f.metric.empty()) {
      unname_metric(row, false);
      row.note =
          "the mean over requests of each one's (input + output tokens) / its time, not "
          "the run's total throughput";
    }
    return;
  }
}

// The first LLMPerf's per-request file ("<run>_raw.json", pandas' column-oriented JSON:
// {"ttft": {"0": 36.67, ...}, "total_time": {...}, "tokens_in": {...}, "valid": {...}}): one
// sample per request, times in seconds.
bool llmperf_v1_raw(FileResult& r, const Signals& s) {
  if (!s.llmperf_v1_raw ||
      !any_row(r, [](const MetricRow& row) { return row.locator.starts_with("ttft."); }))
    return false;
  r.format = "llmperf v1 responses";
  struct Column {
    std::string_view key, metric, unit;
  };
  static constexpr std::array<Column, 4> kColumns = {{{"ttft", "ttft", "s"},
                                                      {"total_time", "e2e_latency", "s"},
                                                      {"tokens_in", "input_tokens", "tokens"},
                                                      {"tokens_out", "output_tokens", "tokens"}}};
  for (auto& row : r.rows) {
    const std::string_view loc = row.locator;
    const std::string_view column = loc.substr(0, loc.find('.'));
    for (const auto& c : kColumns) {
      if (column != c.key || row.role != metrics::Role::metric) continue;
      set_metric(row, c.metric);
      row.statistic = "sample";
      set_unit(row, c.unit);
    }
  }
  return true;
}

// GuideLLM benchmarks.json: statistics per benchmark, latencies in seconds unless the key says.
// The first LLMPerf (llmperf.py, 2023): a run's settings and its counts of valid, failed
// ("exceptions") and mismatched responses, with their rates, in one flat object.
bool llmperf_v1(FileResult& r, const Signals& s) {
  if (!s.has_run_key("concur_requests") || !s.has_run_key("total_requests") ||
      !s.has_run_key("num_exceptions"))
    return false;
  r.format = "llmperf v1 summary";
  std::string concurrency, backend;
  for (const auto& row : r.rows) {
    const auto key = leaf_key(row.locator);
    if (key == "concur_requests") concurrency = row.raw;
  }
  for (const auto& t : r.run_texts) {
    if (leaf_key(t.locator) == "framework") backend = t.text;
  }
  for (auto& row : r.rows) {
    const auto key = leaf_key(row.locator);
    if (key == "concur_requests") {
      as_setting(row, "concurrency", false);
    } else if (key == "total_requests") {
      as_setting(row, "num_prompts", false);
    } else if (key == "min_lines" || key == "max_lines" || key == "req_lines" ||
               key == "num_digits" || key == "sleep") {
      as_setting(row, "", false);  // the prompt generator's settings
    } else if (key == "num_valid" || key == "num_exceptions" || key == "num_mismatch") {
      if (key != "num_mismatch")
        set_metric(row, key == "num_valid" ? "requests" : "failed_requests");
      set_unit(row, "count");
      if (key == "num_valid") row.note = "responses that passed llmperf's check";
    } else if (key == "valid_rate" || key == "exception_rate" || key == "mismatch_rate") {
      if (key != "mismatch_rate")
        set_metric(row, key == "valid_rate" ? "success_rate" : "error_rate");
      row.unit = "fraction";
      renormalize(row);
    } else {
      llmperf_v1_mean(row, key);
    }
    if (row.role == metrics::Role::metric) {
      if (row.context.concurrency.empty()) row.context.concurrency = concurrency;
      if (row.context.backend.empty()) row.context.backend = backend;
    }
  }
  return true;
}

bool guidellm(FileResult& r, const Signals& s) {
  if (!s.guidellm) return false;
  r.format = "guidellm benchmarks";
  empty_subsets_have_no_values(r);
  unmeasured_times_have_no_values(r);
  for (auto& row : r.rows) {
    const std::string_view loc = row.locator;
    // Per-request "request_latency" and every "*duration" ("total_duration" of the scheduler's
    // progress) are seconds, not Ollama's nanoseconds.
    const std::string_view key = leaf_key(loc);
    const bool duration = key.size() >= 8 && key.substr(key.size() - 8) == "duration";
    // The scheduler's averages ("queued_time_avg", "request_start_delay_avg") are seconds,
    // as its timestamps are.
    const bool scheduler = under(loc, ".run_stats.") || under(loc, ".scheduler_metrics.");
    if (under(loc, ".metrics.request_latency.") || key == "request_latency" || duration ||
        (scheduler && row.role == metrics::Role::metric &&
         (under(key, "_time") || under(key, "_delay"))))
      set_unit(row, "s");
    if (under(loc, ".metrics.tokens_per_second.")) set_metric(row, "total_throughput");
    // 0.6's "metrics.text.tokens.input_concurrency", ".words.", ".characters.": the text in flight
    // at once, an amount of tokens, words or characters, no count of requests.
    if (under(loc, ".metrics.text.") && under(loc, "_concurrency") &&
        row.role == metrics::Role::metric && row.metric && row.metric->id == "concurrency") {
      unname_metric(row, true);
      if (under(loc, ".text.tokens.")) set_unit(row, "tokens");
      if (under(loc, ".text.characters.")) set_unit(row, "chars");
      row.note = "the text in flight at once (GuideLLM's text concurrency), no count of requests";
    }
    if (under(loc, "error_rate")) set_unit(row, "fraction");
    // "request_totals.errored" 3: the count of failed requests, a measurement of its own (as its
    // CSV's "Request Counts Errored" and vLLM's "failed"), not a figure of failed requests.
    if (key == "errored" && row.role == metrics::Role::metric && row.metric &&
        row.metric->id == "requests" &&
        (under(loc, "request_totals.") || under(loc, "requests_made."))) {
      set_metric(row, "failed_requests");
      row.status = RowStatus::ok;
    }
    scheduler_state(row, key);
    // "run_stats.request_time_avg", "scheduler_metrics.request_time_avg": the scheduler's own
    // timing of its workers' requests, overhead included (the requests' end-to-end latency is
    // metrics.request_latency, read once).
    if (row.metric_id() == "e2e_latency" &&
        (under(row.locator, ".run_stats.") || under(row.locator, ".scheduler_metrics.")))
      set_metric(row, "duration");
    // 0.2's args: "max_number" is the run's request limit; the profile's count of strategies
    // completed is no prompt count.
    if (under(loc, ".args.") && key == "max_number") as_setting(row, "limit", false);
    if (key == "completed_strategies") as_setting(row, {}, false);
    // One request's "output_tokens_per_second" (its "requests.successful[i]" record): the rate
    // it was decoded at, no throughput of the run.
    if (key == "output_tokens_per_second" && under(loc, "requests.") &&
        loc.find('[', loc.find("requests.")) != std::string_view::npos && row.metric &&
        row.metric->id == "output_throughput")
      set_metric(row, "decode_rate");
    // A sweep's "measured_rates" and "measured_concurrencies": what its synchronous and
    // throughput runs measured, from which the sweep's rates were set; measurements.
    if (key == "measured_rates" || key == "measured_concurrencies") {
      row.role = metrics::Role::metric;
      row.parameter = {};
      set_metric(row, key == "measured_rates" ? "request_throughput" : "concurrency");
      row.statistic = key == "measured_rates" ? "value" : "mean";
      row.unit = key == "measured_rates" ? "req/s" : "count";
      renormalize(row);
    }
  }
  return true;
}

// llama-bench's figures are its timings (avg/stddev/samples in ns and t/s); every other field
// of a test ("poll", "main_gpu", "n_cpu_moe", "tensor_split") is part of how it was run.
// (Only within a test's record: a harness's own "pp_tps" beside the records it wraps is its
// figure.)
void llama_bench_settings(FileResult& r) {
  const auto parent = [](std::string_view loc) {
    const auto dot = loc.rfind('.');
    return dot == std::string_view::npos ? std::string_view() : loc.substr(0, dot);
  };
  std::set<std::string_view> records;  // the objects holding an "avg_ts"
  for (const auto& row : r.rows) {
    if (leaf_key(row.locator) == "avg_ts") records.insert(parent(row.locator));
  }
  for (auto& row : r.rows) {
    if (row.role != metrics::Role::metric || !records.contains(parent(row.locator))) continue;
    const auto key = leaf_key(row.locator);
    bool timing = false;
    for (const std::string_view k :
         {"avg_ns", "stddev_ns", "avg_ts", "stddev_ts", "samples_ns", "samples_ts"}) {
      timing = timing || key == k;
    }
    if (!timing) as_setting(row, {}, true);
  }
}

// llama-bench's gpu_info lists every device the backend found: "AMD Radeon RX 7900 XTX, AMD Ryzen 9
// 7950X 16-Core Processor (RADV RAPHAEL_MENDOCINO)". A processor's integrated GPU beside a
// discrete one is left out, as in its logs, and repeats are counted ("2x NVIDIA RTX 3090").
std::vector<std::string> discrete_gpu_list(std::string_view info) {
  std::vector<std::string> devices;
  for (std::size_t start = 0; start <= info.size();) {
    auto end = info.find(", ", start);
    if (end == std::string_view::npos) end = info.size();
    std::string name(text::trim(info.substr(start, end - start)));
    start = end + 2;
    if (!name.empty() && name.find("Processor") == std::string::npos &&
        name.find(" CPU") == std::string::npos)
      devices.push_back(std::move(name));
  }
  return devices;
}

std::string discrete_gpus(std::string_view info) {
  const auto devices = discrete_gpu_list(info);
  return devices.empty() ? std::string(info) : counted_names(devices);
}

// llama-bench's "devices" ("CUDA0", "CUDA0/CUDA1"; "auto" or "none" for all or no GPU): the ones
// the run was given, of those its gpu_info lists, by their index. "" when it does not say.
std::string gpus_given(std::string_view info, std::string_view config) {
  const auto at = config.find("devices=");
  if (at == std::string_view::npos || (at > 0 && config[at - 1] != ' ')) return {};
  std::string_view devices = config.substr(at + 8);
  devices = devices.substr(0, devices.find(' '));
  const auto listed = discrete_gpu_list(info);
  std::vector<std::string> given;
  for (std::size_t start = 0; start < devices.size();) {
    auto end = std::min(devices.find('/', start), devices.size());
    const std::string_view dev = devices.substr(start, end - start);
    start = end + 1;
    std::size_t digits = dev.size();
    while (digits > 0 && std::isdigit(static_cast<unsigned char>(dev[digits - 1]))) --digits;
    if (digits == dev.size() || digits == 0) return {};  // "auto", "none", "RPC[...]"
    std::size_t index = 0;
    std::from_chars(dev.data() + digits, dev.data() + dev.size(), index);
    if (index >= listed.size()) return {};
    given.push_back(listed[index]);
  }
  return given.empty() ? std::string() : counted_names(given);
}

// The GPUs behind llama-bench's figures: those its devices name, else those gpu_info lists
// (a processor's own graphics aside).
void llama_bench_gpus(FileResult& r) {
  std::string last_info, last_gpus;
  for (auto& row : r.rows) {
    if (row.context.gpu.empty()) continue;
    if (const auto given = gpus_given(row.context.gpu, row.context.config); !given.empty()) {
      row.context.gpu = given;
      continue;
    }
    if (row.context.gpu.find(", ") == std::string::npos) continue;
    if (row.context.gpu != last_info) {
      last_info = row.context.gpu;
      last_gpus = discrete_gpus(last_info);
    }
    row.context.gpu = last_gpus;
  }
}

// A harness's record wrapping llama-bench's ({"name": "llama-3.2-3b", ..., "raw": [{llama-bench's
// record}]}): the inner records' model is llama-bench's model type ("llama 3B Q6_K"), which two
// models may share; the harness's name of the run joins their configuration, so runs of
// different models stay apart.
void harness_names_of_inner_records(FileResult& r) {
  std::map<std::string_view, std::string_view> outer;  // run prefix -> the harness's model
  for (const auto& row : r.rows) {
    const std::string_view prefix = run_prefix(row.locator);
    if (prefix.empty() || row.context.model.empty()) continue;
    if (record_of(row).size() + 1 == prefix.size()) outer.emplace(prefix, row.context.model);
  }
  if (outer.empty()) return;
  for (auto& row : r.rows) {
    const std::string_view prefix = run_prefix(row.locator);
    const auto it = outer.find(prefix);
    if (it == outer.end() || record_of(row).size() + 1 == prefix.size() ||
        row.context.model == it->second)
      continue;
    const std::string label = "name=" + std::string(it->second);
    std::string& config = row.context.config;
    if (config.find(label) == std::string::npos)
      config = config.empty() ? label : label + " " + config;
  }
}

bool llama_bench(FileResult& r, const Signals& s) {
  if (!s.has_key("avg_ts") || !s.has_key("n_prompt")) return false;
  r.format = "llama-bench";
  llama_bench_settings(r);
  llama_bench_gpus(r);
  harness_names_of_inner_records(r);
  return true;
}

// Ollama's /api/generate and /api/chat responses: each is one request, so its timings and
// counts are samples, as the same figures of an `ollama run --verbose` block are.
// ... and a script's records of them, the durations renamed with their unit ("eval_duration_ms")
// and the rates it worked out beside them ("eval_rate"): one request each too.
bool ollama_api(FileResult& r, const Signals& s) {
  const bool api = s.has_key("eval_duration");
  if (!s.has_key("eval_count") ||
      !(api || s.has_key("eval_duration_ms") || s.has_key("eval_duration_s") ||
        s.has_key("eval_duration_sec") || s.has_key("eval_duration_ns")))
    return false;
  if (api) r.format = "ollama api";
  static constexpr std::array<std::string_view, 9> kPerRequest = {
      "total_duration", "load_duration", "prompt_eval_count", "prompt_eval_duration",
      "eval_count",     "eval_duration", "eval_rate",         "prompt_eval_rate",
      "wall_time"};  // (the script's own clock around the request)
  for (auto& row : r.rows) {
    // "context": [248045, 846, ...]: the conversation's encoding, token ids, no context window.
    // (In a text file the response is a line of it: "line[13].context[0]".)
    if (row.locator.ends_with(']') && leaf_key(row.locator) == "context") {
      detail::as_identifier(row);
      row.parameter = {};
      if (row.note.empty()) row.note = "a token id of the conversation's encoding, no figure";
      continue;
    }
    std::string_view key = leaf_key(row.locator);
    for (const std::string_view unit : {"_ms", "_sec", "_s", "_ns"}) {
      if (key.ends_with(unit)) {
        key.remove_suffix(unit.size());
        break;
      }
    }
    if (row.role == metrics::Role::metric && row.statistic == "value" &&
        std::find(kPerRequest.begin(), kPerRequest.end(), key) != kPerRequest.end())
      row.statistic = "sample";
  }
  ollama_rates(r.rows, api);
  return true;
}

// llama-server's /completion response: its "timings" object ("predicted_per_second"). Its
// "model": "gpt-3.5-turbo" is the OpenAI name it answers with when no alias was set, no model of
// the run; it counts its tokens twice: "tokens_predicted" is the timings' "predicted_n" (counted
// once, the timings' kept), and the timings' "prompt_n" is the prompt tokens it processed, the
// cached ones apart (1 of "tokens_evaluated" 4): no count of the prompt's tokens beside it.
bool llama_server(FileResult& r, const Signals& s) {
  if (!s.has_key("predicted_per_second")) return false;
  const auto find = [&](std::string_view locator) -> MetricRow* {
    for (auto& row : r.rows)
      if (row.locator == locator) return &row;
    return nullptr;
  };
  if (!find("timings.predicted_per_second")) return false;
  r.format = "llama-server response";
  for (auto& row : r.rows)
    if (row.context.model == "gpt-3.5-turbo") row.context.model.clear();
  const MetricRow* predicted = find("timings.predicted_n");
  if (MetricRow* copy = find("tokens_predicted");
      copy && copy->value && predicted && predicted->value && *copy->value == *predicted->value) {
    detail::unname_metric(*copy, false);
    detail::add_note(*copy, "the completion's tokens again (timings.predicted_n): counted once");
  }
  MetricRow* processed = find("timings.prompt_n");
  const MetricRow* prompt = find("tokens_evaluated");
  if (processed && processed->value && prompt && prompt->value &&
      *processed->value != *prompt->value) {
    detail::unname_metric(*processed, false);
    detail::add_note(*processed,
                     "the prompt tokens processed, the cached ones apart (tokens_evaluated counts "
                     "the whole prompt)");
  }
  return true;
}

// genai-perf analyze: one row per configuration, its run-level figures (throughputs, counts,
// the duration) written as averages are single values.
void run_level_figures(FileResult& r) {
  for (auto& row : r.rows) {
    if (!row.metric || row.statistic != "mean") continue;
    const std::string_view id = row.metric->id;
    if (id == "request_throughput" || id == "output_throughput" || id == "total_throughput" ||
        id == "goodput" || id == "requests" || id == "failed_requests" || id == "duration")
      row.statistic = "value";
  }
}

// The statistics block a row belongs to: a JSON locator without its last key ("ttft.avg" ->
// "ttft"), a CSV row ("[3].Avg. GPU Power Limit (W)" -> "[3]").
std::string_view stats_block(const MetricRow& row, bool csv) {
  const std::string_view locator = row.locator;
  const auto end = csv ? locator.find(']') + 1 : locator.rfind('.');
  return end == std::string_view::npos || end == 0 ? locator : locator.substr(0, end);
}

// AIPerf writes run-level figures (throughputs, counts, totals, the duration) as an "avg" with
// no other statistic (older versions write the others as null, and a count of 1): single
// values, not means of samples. A block with other statistics ("http_req_duration": avg, p50,
// p99, ...) is a distribution over requests: its avg is a mean.
void aiperf_adapt(FileResult& r, bool csv) {
  std::set<std::string_view> distributions;
  for (const auto& row : r.rows) {
    const std::string_view s = row.statistic;
    if (row.role == metrics::Role::metric && row.value && !s.empty() && s != "mean" &&
        s != "value" && s != "count" && s != "sum")
      distributions.insert(stats_block(row, csv));
  }
  for (auto& row : r.rows) {
    // "Error Input Sequence Length (tokens)", "error_isl": figures of the errored requests only
    // (not "error_request_count", which counts them: a figure of the run).
    const std::string_view name = row.name;
    const bool counts_errors = row.metric && row.metric->id == "failed_requests";
    if (row.role == metrics::Role::metric && !counts_errors &&
        (name.rfind("Error ", 0) == 0 || name.rfind("error_", 0) == 0 ||
         name.rfind("Total Error ", 0) == 0 || row.locator.rfind("records.error_", 0) == 0 ||
         row.locator.rfind("error_", 0) == 0)) {
      row.status = RowStatus::failed;
      if (row.note.empty()) row.note = "a figure of the errored requests";
    }
    if (row.role == metrics::Role::metric && row.statistic == "mean" &&
        row.locator.rfind("input_config.", 0) != 0 &&  // a requested length's mean: as written
        !distributions.count(stats_block(row, csv)))
      row.statistic = "value";
    total_over_requests(row);
  }
}

// genai-perf and AIPerf write GPU memory from DCGM in decimal gigabytes ("GB", read as GiB
// where a file does not say which).
void decimal_memory(FileResult& r) {
  for (auto& row : r.rows) in_decimal_units(row);
}

// DCGM's energy_consumption is a counter since the driver loaded: statistics over its readings
// in a run's telemetry (avg 1,443.99 MJ, min 1,443.96, max 1,444.02) are no energy of the run,
// which is their difference. A lone value (AIPerf's newer exports) is the run's.
void energy_counter_readings(FileResult& r) {
  for (auto& row : r.rows) {
    if (!row.metric || row.metric->id != "energy" || row.statistic == "value" ||
        row.statistic == "sum" || row.locator.find("telemetry") == std::string::npos ||
        row.locator.find("energy_consumption.") == std::string::npos)
      continue;
    unname_metric(row, false);
    add_note(row,
             "a statistic of DCGM's energy counter readings (energy since the driver loaded), not "
             "the run's energy (the run's is max - min)");
  }
}

bool aiperf(FileResult& r, const Signals& s) {
  if (!s.aiperf) return false;
  r.format = "aiperf json";
  aiperf_adapt(r, false);
  decimal_memory(r);
  energy_counter_readings(r);
  return true;
}

// The reference Chimera demo agent's `performance_delta` (run_demo.py): its
// `baseline_total_tokens` and `chimera_total_tokens` are the tokens each agent generated, as its
// docstring says ("Baseline tokens generated"), not input plus output.
void reference_performance_delta(FileResult& r) {
  for (auto& row : r.rows) {
    if (!row.metric || row.metric->id != "total_tokens" ||
        row.locator.find("performance_delta.") == std::string::npos ||
        !leaf_key(row.locator).ends_with("_total_tokens"))
      continue;
    set_metric(row, "output_tokens");
  }
}

// "[0].chimera_results." of "[0].chimera_results.metrics.configuration.num_gpu": the record of
// one agent's run in the reference Chimera sweep's metrics.json; "" for other locators.
std::string_view results_record(std::string_view loc) {
  const auto at = loc.find("_results.");
  return at == std::string_view::npos ? std::string_view() : loc.substr(0, at + 9);
}

// The reference Chimera sweep's metrics.json: a run's `chimera_results` states its options once,
// in `metrics.configuration`; the record's other figures (`execution_time`,
// `benchmark_data_count`, `analysis.performance_metrics.*`) are of the same run with the same
// options. (A record with no configuration, the baseline's defaults, keeps none.)
void results_record_config(FileResult& r) {
  std::vector<std::pair<std::string_view, const std::string*>> configs;  // record -> its options
  for (const auto& row : r.rows) {
    const std::string_view record = results_record(row.locator);
    if (record.empty() || row.context.config.empty() ||
        std::string_view(row.locator).find("configuration.", record.size()) ==
            std::string_view::npos)
      continue;
    if (configs.empty() || configs.back().first != record)
      configs.emplace_back(record, &row.context.config);
  }
  if (configs.empty()) return;
  for (auto& row : r.rows) {
    if (!row.context.config.empty()) continue;
    const std::string_view record = results_record(row.locator);
    if (record.empty()) continue;
    for (const auto& [name, config] : configs) {
      if (name == record) {
        row.context.config = *config;
        break;
      }
    }
  }
}

// An OpenAI-compatible server's response saved whole ("object": "chat.completion", with its
// "usage" and llama-server's "timings"): one request's figures, samples.
void one_completion(FileResult& r) {
  const bool completion = std::any_of(r.run_texts.begin(), r.run_texts.end(), [](const RunText& t) {
    return t.locator == "object" &&
           (t.text == "chat.completion" || t.text == "text_completion" || t.text == "completion");
  });
  if (!completion) return;
  for (auto& row : r.rows) {
    if (row.role == metrics::Role::metric && row.statistic == "value") row.statistic = "sample";
  }
}

// A list of records, each of one prompt ("prompt": "Hello world", "Explain babashka in two
// sentences."): the prompt tells their figures apart (the same model, run on two prompts), so it
// joins each record's configuration. Only where the records hold two prompts or more.
void prompt_labels(FileResult& r) {
  std::map<std::string_view, std::string_view> prompt_of;  // record prefix -> its prompt
  std::set<std::string_view> prompts;
  for (const auto& t : r.run_texts) {
    const std::string_view prefix = run_prefix(t.locator);
    if (prefix.empty()) return;  // (a single document: no list of records)
    const std::string_view key = std::string_view(t.locator).substr(prefix.size());
    if (!text::iequals(key, "prompt") && !text::iequals(key, "prompt_name") &&
        !text::iequals(key, "question"))
      continue;
    if (t.text.find('\n') != std::string::npos) continue;
    prompt_of[prefix] = t.text;
    prompts.insert(t.text);
  }
  if (prompts.size() < 2) return;
  for (auto& row : r.rows) {
    const auto it = prompt_of.find(run_prefix(row.locator));
    if (it == prompt_of.end()) continue;
    const std::string label = "prompt=" + std::string(it->second);
    if (row.context.config.find(label) != std::string::npos) continue;
    std::string& config = row.context.config;
    config = config.empty() ? label : config + " " + label;
  }
}

// "results": [{"request": 1, "total_time": 9.05, "tokens": 272, "tokens_per_sec": 30.06}]: the
// elements of a list that number their requests or runs (a "request", "run_number", "iteration"
// or "trial" index, a whole number) are one measurement each: their single figures are samples, a
// total time the request's end-to-end latency; and a time written without its unit is in seconds
// (or milliseconds) where the tokens over it are the rate the record gives beside it.
void per_request_records(FileResult& r) {
  std::set<std::string_view> requests;  // records that number their request
  for (const auto& row : r.rows) {
    // (Runs for every row of a generic JSON file: the cheap tests first.)
    if (row.role == metrics::Role::metric || !row.value || *row.value < 0 ||
        *row.value != std::floor(*row.value) || row.locator.empty() || row.locator.back() == ']')
      continue;
    const std::string_view record = record_of(row);
    if (record.empty() || record.back() != ']') continue;
    if (names_measurement(leaf_key(row.locator))) requests.insert(record);
  }
  if (requests.empty()) return;
  struct Parts {
    MetricRow* time = nullptr;  // a time with no unit
    const MetricRow* tokens = nullptr;
    const MetricRow* rate = nullptr;
  };
  std::map<std::string_view, Parts> parts;
  for (auto& row : r.rows) {
    const std::string_view record = record_of(row);
    if (row.role != metrics::Role::metric || !requests.contains(record)) continue;
    if (row.statistic == "value") row.statistic = "sample";
    request_total(row);  // "total_time": the request's whole time
    Parts& p = parts[record];
    if (!row.value) continue;
    if (row.unit.empty() && row.metric &&
        (row.metric->id == "e2e_latency" || row.metric->id == "duration"))
      p.time = &row;
    else if (row.unit == "tokens")
      p.tokens = &row;
    else if (row.normalized_unit == "tok/s" && row.normalized)
      p.rate = &row;
  }
  for (auto& [record, p] : parts) {
    if (!p.time || !p.tokens || !p.rate || !(*p.time->value > 0)) continue;
    const double rate = *p.rate->normalized;
    const auto close = [&](double per_second) {
      return std::abs(per_second - rate) <= 0.01 * rate;
    };
    const double tokens = *p.tokens->value;
    const std::string_view unit = close(tokens / *p.time->value)            ? "s"
                                  : close(tokens / (*p.time->value / 1000)) ? "ms"
                                                                            : "";
    if (unit.empty()) continue;
    set_unit(*p.time, unit);
    if (p.time->statistic == "value") p.time->statistic = "sample";
    request_total(*p.time);
    add_note(*p.time, std::string("in ").append(unit).append(
                          ": the record's tokens over it are its rate beside it"));
  }
}

// "num_requests_total" 693 beside "num_requests_successful" 647 in one object: the total counts the
// failed requests in (all sent), no requests completed.
void requests_total_beside_successes(FileResult& r) {
  static const metrics::MetricDef* const kRequests = metrics::find_metric("requests");
  const auto parent_of = [](std::string_view loc) {
    const auto dot = loc.rfind('.');
    return dot == std::string_view::npos ? std::string_view() : loc.substr(0, dot);
  };
  std::map<std::string_view, double> successes;  // object -> its successful requests
  for (const auto& row : r.rows) {
    if (row.metric == kRequests && row.value && text::icontains(leaf_key(row.locator), "success"))
      successes[parent_of(row.locator)] = *row.value;
  }
  if (successes.empty()) return;
  for (auto& row : r.rows) {
    if (row.metric != kRequests || !row.value ||
        (row.status != RowStatus::ok && row.status != RowStatus::all))
      continue;
    const std::string_view key = leaf_key(row.locator);
    if (!text::icontains(key, "total") || text::icontains(key, "success")) continue;
    const auto it = successes.find(parent_of(row.locator));
    if (it == successes.end() || !(*row.value > it->second)) continue;
    row.status = RowStatus::all;
    add_note(row, "all requests, the failed ones counted in (" +
                      numeric::format_double(it->second) + " succeeded)");
  }
}

// "latency": {"tpot": {"p50": 0.00353}, "intvty": {"p50": 283.38}, "ttft": {...}}: latencies
// written without their unit, beside the decode rate (tokens per second) their time per token
// inverts: where the two medians (or means) multiply to 1, the times are in seconds; to 1,000,
// in milliseconds. Every bare latency of the block then takes that unit.
void latency_unit_from_rate(FileResult& r) {
  static const metrics::MetricDef* const kTpot = metrics::find_metric("tpot");
  static const metrics::MetricDef* const kItl = metrics::find_metric("itl");
  static const metrics::MetricDef* const kDecode = metrics::find_metric("decode_rate");
  // "a.latency.tpot.p50" -> "a.latency"; "tpot.p50" -> "$", the document's own level.
  const auto block_of = [](std::string_view loc) {
    const auto last = loc.rfind('.');
    if (last == std::string_view::npos || last == 0) return std::string_view();
    const auto before = loc.rfind('.', last - 1);
    return before == std::string_view::npos ? std::string_view("$") : loc.substr(0, before);
  };
  // block -> statistic -> (per-token time, rate)
  std::map<std::string_view, std::map<std::string_view, std::pair<double, double>>> pairs;
  for (const auto& row : r.rows) {
    const bool time = (row.metric == kTpot || row.metric == kItl) && row.unit.empty() && row.value;
    const bool rate = row.metric == kDecode && row.normalized_unit == "tok/s" && row.normalized;
    if ((!time && !rate) || (row.statistic != "median" && row.statistic != "mean")) continue;
    const std::string_view block = block_of(row.locator);
    if (block.empty()) continue;
    auto& pair = pairs[block][row.statistic];
    (time ? pair.first : pair.second) = time ? *row.value : *row.normalized;
  }
  std::map<std::string_view, std::string_view> unit_of;
  for (const auto& [block, by_statistic] : pairs) {
    for (const std::string_view statistic : {"median", "mean"}) {
      const auto it = by_statistic.find(statistic);
      if (it == by_statistic.end() || !(it->second.first > 0) || !(it->second.second > 0)) continue;
      const double product = it->second.first * it->second.second;
      if (std::abs(product - 1) <= 0.05) unit_of[block] = "s";
      if (std::abs(product - 1000) <= 50) unit_of[block] = "ms";
      break;
    }
  }
  if (unit_of.empty()) return;
  for (auto& row : r.rows) {
    if (!row.unit.empty() || !row.value || !row.metric) continue;
    const std::string_view loc = row.locator;
    const auto it = std::find_if(unit_of.begin(), unit_of.end(), [&](const auto& b) {
      if (b.first == "$") return block_of(loc) == "$";
      return loc.size() > b.first.size() && loc.starts_with(b.first) && loc[b.first.size()] == '.';
    });
    if (it == unit_of.end()) continue;
    const auto kind = row.metric->kind;
    if (kind != units::Kind::ttft && kind != units::Kind::latency) continue;
    set_unit(row, it->second);
    add_note(row, std::string("in ")
                      .append(it->second)
                      .append(": the block's time per token inverts its decode rate"));
  }
}

// {"first_event_seconds": 2.434, "wall_seconds": 4.048, ...}: a list's record of one request, its
// time to first token beside a whole time (a wall, total or elapsed time no shorter than it):
// that time is the request's end-to-end latency, no run's duration.
void request_time_beside_ttft(FileResult& r) {
  static const metrics::MetricDef* const kDuration = metrics::find_metric("duration");
  static const metrics::MetricDef* const kTtft = metrics::find_metric("ttft");
  const auto single = [](const MetricRow& row) {
    return row.statistic == "sample" || row.statistic == "value";
  };
  // record -> its TTFT in ms (NaN where it holds several: two agents' of one run, no request)
  std::map<std::string_view, double> ttft;
  for (const auto& row : r.rows) {
    if (row.metric != kTtft || !single(row) || !row.normalized) continue;
    const std::string_view record = record_of(row);
    if (record.empty() || record.back() != ']') continue;
    const bool again = ttft.contains(record);
    ttft[record] = again ? std::nan("") : *row.normalized;
  }
  if (ttft.empty()) return;
  // (Not a run's record: one that counts its requests, sets a load or gives a throughput.)
  for (const auto& row : r.rows) {
    const auto it = ttft.find(record_of(row));
    if (it == ttft.end()) continue;
    const std::string_view id = row.metric ? row.metric->id : std::string_view();
    const bool run = (id == "requests" && row.value && *row.value > 1) ||
                     id == "request_throughput" || id == "output_throughput" ||
                     id == "total_throughput" || row.parameter == "concurrency" ||
                     row.parameter == "rate" || row.parameter == "num_prompts";
    if (run) it->second = std::nan("");
  }
  for (auto& row : r.rows) {
    if (row.metric != kDuration || !single(row) || !row.normalized) continue;
    const auto it = ttft.find(record_of(row));
    if (it == ttft.end() || std::isnan(it->second) || *row.normalized < it->second) continue;
    bool whole = false, other = false;  // (not a run's: "concurrent_wall_time_s")
    for (const auto& w : words_of(text::to_lower(leaf_key(row.locator)))) {
      other = other || w == "concurrent" || w == "sequential" || w == "run" || w == "benchmark";
      whole = whole || w == "wall" || w == "total" || w == "elapsed";
    }
    if (!whole || other) continue;
    set_metric(row, "e2e_latency");
    row.statistic = "sample";
    add_note(row, "the request's whole time: its record gives its time to first token beside it");
  }
}

// A list of run records, each with a short word that sorts it ("payload": "small" / "medium" /
// "large", "mode": "warm"): the word labels the record's figures, as a text column labels a CSV
// row's. Only a field whose words repeat over the records (a category, not a name of each) and
// that no other rule reads (a model, a backend, an error, a status).
void categorical_record_labels(FileResult& r) {
  std::map<std::string_view, std::map<std::string_view, std::size_t>> values;  // key -> counts
  std::size_t records = 0;
  std::string_view last;
  for (const auto& t : r.run_texts) {
    const std::string_view prefix = run_prefix(t.locator);
    if (prefix.empty()) return;  // (a single document: no list of records)
    if (prefix != last) ++records;
    last = prefix;
    const std::string_view key = std::string_view(t.locator).substr(prefix.size());
    Context probe;
    if (key.empty() || t.text.size() > 24 || context_slot(probe, key) != nullptr ||
        t.text.find_first_of(" \t\n/:") != std::string::npos || numeric::parse_cell(t.text) ||
        says_failed("status", t.text) || text::iequals(key, "status") ||
        text::iequals(key, "error") || text::iequals(key, "type") || text::iequals(key, "id") ||
        text::iequals(key, "finish_reason") || text::iequals(key, "stop_reason") ||
        text::iequals(key, "done_reason") || text::iequals(key, "role") ||
        text::iequals(key, "object") || !std::isalpha(static_cast<unsigned char>(t.text.front())))
      continue;
    ++values[key][t.text];
  }
  if (records < 4) return;
  std::set<std::string_view> keys;
  for (const auto& [key, counts] : values) {
    // (Two to eight words, each on more than one record.)
    const bool repeated = std::all_of(counts.begin(), counts.end(),
                                      [](const auto& word) { return word.second >= 2; });
    if (counts.size() < 2 || counts.size() > 8 || !repeated) continue;
    keys.insert(key);
  }
  if (keys.empty()) return;
  std::map<std::string_view, std::string> label_of;  // record prefix -> "payload=small"
  for (const auto& t : r.run_texts) {
    const std::string_view prefix = run_prefix(t.locator);
    const std::string_view key = std::string_view(t.locator).substr(prefix.size());
    if (!keys.count(key)) continue;
    std::string& label = label_of[prefix];
    label += (label.empty() ? "" : " ") + std::string(key) + "=" + t.text;
  }
  for (auto& row : r.rows) {
    const auto it = label_of.find(run_prefix(row.locator));
    if (it == label_of.end() || row.context.config.find(it->second) != std::string::npos) continue;
    std::string& config = row.context.config;
    config = config.empty() ? it->second : it->second + " " + config;
  }
}

// "runs": [{"method": "baseline", "records": [...]}, {"method": "draft", ...}]: a list of runs
// each holding its own list of records, a run told apart by its method (or mode, variant,
// strategy, arm): that word labels the figures under it. The first such key whose values differ
// between the runs; one word each (not "No speculation", a description).
void nested_run_labels(FileResult& r) {
  static constexpr std::string_view kRunKeys[] = {"method", "mode", "variant", "strategy", "arm"};
  for (const std::string_view want : kRunKeys) {
    std::map<std::string, std::string> label_of;  // run prefix ("runs[0].") -> "method=baseline"
    std::set<std::string> values;
    for (const auto& t : r.run_texts) {
      const std::string_view loc = t.locator;
      const auto close = loc.rfind("].");
      if (close == std::string_view::npos || loc.substr(close + 2) != want) continue;
      if (t.text.empty() || t.text.size() > 32 || t.text.find(' ') != std::string::npos) continue;
      label_of[std::string(loc.substr(0, close + 2))] = std::string(want) + "=" + t.text;
      values.insert(t.text);
    }
    if (label_of.size() < 2 || values.size() < 2) continue;
    // (Only runs holding records of their own: a figure under the run a list deeper.)
    bool nested = false;
    for (const auto& row : r.rows) {
      const std::string_view loc = row.locator;
      for (const auto& [prefix, label] : label_of)
        nested = nested || (loc.starts_with(prefix) &&
                            loc.find('[', prefix.size()) != std::string_view::npos);
      if (nested) break;
    }
    if (!nested) continue;
    for (auto& row : r.rows) {
      for (const auto& [prefix, label] : label_of) {
        if (!std::string_view(row.locator).starts_with(prefix)) continue;
        std::string& config = row.context.config;
        if (config.find(label) == std::string::npos)
          config = config.empty() ? label : label + " " + config;
      }
    }
    return;
  }
}

// Whether each key of the children is a plain word labelling its figures: no container's name
// ("metrics", "metadata", "baseline_results"), no word that says which of a quantity ("input" /
// "output" / "total" under "throughput"), no quantity, statistic or setting of its own.
template <typename Figures>
bool plain_labels(const std::vector<std::pair<std::size_t, std::size_t>>& children,
                  const Figures& figures) {
  static constexpr std::string_view kNot[] = {
      "input",   "output",   "total",    "prompt",     "prefill",     "decode",   "generation",
      "request", "requests", "e2e",      "overall",    "summary",     "metrics",  "metric",
      "meta",    "metadata", "stats",    "statistics", "data",        "values",   "aggregate",
      "config",  "params",   "settings", "info",       "system",      "hardware", "environment",
      "timing",  "timings",  "latency",  "throughput", "performance", "details",  "raw",
      "best",    "worst",    "gpu",      "cpu"};
  for (const auto& c : children) {
    const std::string_view key = figures[c.first].key;
    const std::string low = text::to_lower(key);
    if (std::find(std::begin(kNot), std::end(kNot), low) != std::end(kNot) ||
        low.ends_with("results") || low.ends_with("result") || key.size() > 32 ||
        std::isalpha(static_cast<unsigned char>(key[0])) == 0 || numeric::parse_cell(key))
      return false;
    const auto& cls = classify_cached(key);
    if (cls.metric || !cls.statistic.empty() || cls.parameter || cls.role != metrics::Role::metric)
      return false;
  }
  return true;
}

// {"structured": {"ar_tok_s": 22.91, ...}, "code": {"ar_tok_s": 22.61, ...}}: sibling objects
// of the same figures, each keyed by a word that names no quantity, statistic or setting (a
// workload, a case): the key labels the figures under it, where nothing else labels them.
void sibling_object_labels(FileResult& r) {
  // Each figure's grandparent path, parent key and own key ("a", "structured", "ar_tok_s"),
  // sorted: a grandparent's children side by side, each child's keys in order.
  struct Figure {
    std::string_view grand, key, leaf;
    bool operator<(const Figure& o) const {
      return std::tie(grand, key, leaf) < std::tie(o.grand, o.key, o.leaf);
    }
  };
  thread_local std::vector<Figure> figures;
  figures.clear();
  for (const auto& row : r.rows) {
    if (row.role != metrics::Role::metric || !row.metric) continue;
    const std::string_view loc = row.locator;
    const auto dot = loc.rfind('.');
    if (dot == std::string_view::npos || loc.find('[', dot) != std::string_view::npos) continue;
    const std::string_view parent = loc.substr(0, dot);
    const auto up = parent.rfind('.');
    const std::string_view key = up == std::string_view::npos ? parent : parent.substr(up + 1);
    if (key.empty() || key.find_first_of("[]") != std::string_view::npos) continue;
    figures.push_back({up == std::string_view::npos ? std::string_view() : parent.substr(0, up),
                       key, loc.substr(dot + 1)});
  }
  if (figures.size() < 2) return;
  std::sort(figures.begin(), figures.end());
  // Parent path ("a.structured") -> its label (the key; "\x01" first for an engine's).
  std::vector<std::pair<std::string, std::string>> label_of;
  for (std::size_t g = 0; g < figures.size();) {
    std::size_t g_end = g;
    while (g_end < figures.size() && figures[g_end].grand == figures[g].grand) ++g_end;
    // The children: [begin, end) ranges of one key each.
    std::vector<std::pair<std::size_t, std::size_t>> children;
    for (std::size_t k = g; k < g_end;) {
      std::size_t k_end = k;
      while (k_end < g_end && figures[k_end].key == figures[k].key) ++k_end;
      children.emplace_back(k, k_end);
      k = k_end;
    }
    const std::string_view grand = figures[g].grand;
    g = g_end;
    if (children.size() < 2 || children.size() > 64) continue;
    // (The same figures in each: a key shared by every child.)
    const auto holds = [&](std::pair<std::size_t, std::size_t> c, std::string_view leaf) {
      return std::binary_search(figures.begin() + static_cast<std::ptrdiff_t>(c.first),
                                figures.begin() + static_cast<std::ptrdiff_t>(c.second),
                                Figure{grand, {}, leaf},
                                [](const Figure& a, const Figure& b) { return a.leaf < b.leaf; });
    };
    bool shared = false;
    for (std::size_t i = children[0].first; i < children[0].second && !shared; ++i)
      shared = std::all_of(children.begin() + 1, children.end(),
                           [&](const auto& c) { return holds(c, figures[i].leaf); });
    if (!shared || !plain_labels(children, figures)) continue;
    // ("backends": {"tensorrt": {...}, "eager": {...}}: each key the engine its figures ran on.)
    const std::string_view holder = grand.substr(grand.rfind('.') + 1);
    const bool engines = holder == "backends" || holder == "engines" || holder == "frameworks" ||
                         holder == "runtimes" || holder == "providers" || holder == "servers";
    for (const auto& c : children) {
      const std::string_view key = figures[c.first].key;
      label_of.emplace_back(
          (grand.empty() ? std::string() : std::string(grand) + ".") + std::string(key),
          (engines ? "\x01" : "") + std::string(key));
    }
  }
  if (label_of.empty()) return;
  std::sort(label_of.begin(), label_of.end());
  for (auto& row : r.rows) {
    const std::string_view loc = row.locator;
    const auto dot = loc.rfind('.');
    if (dot == std::string_view::npos) continue;
    const std::string_view parent = loc.substr(0, dot);
    const auto it = std::lower_bound(
        label_of.begin(), label_of.end(), parent,
        [](const auto& entry, std::string_view p) { return std::string_view(entry.first) < p; });
    if (it == label_of.end() || it->first != parent) continue;
    Context& ctx = row.context;
    const bool engine = it->second.starts_with('\x01');
    const std::string key = engine ? it->second.substr(1) : it->second;
    if (engine) {
      if (ctx.backend.empty()) ctx.backend = key;
      continue;
    }
    // ({"a100": {...}, "h100": {...}}: each key the GPU its figures ran on.)
    if (std::string gpu = gpu_named_in(key); !gpu.empty()) {
      if (ctx.gpu.empty()) ctx.gpu = std::move(gpu);
      continue;
    }
    // (Where the key is already the row's model, precision, engine or label: nothing to add.)
    if (text::icontains(ctx.config, key) || text::icontains(ctx.test, key) ||
        text::iequals(ctx.model, key) || text::iequals(ctx.quantization, key) ||
        text::iequals(ctx.backend, key) || text::iequals(ctx.gpu, key))
      continue;
    ctx.config = ctx.config.empty() ? key : key + " " + ctx.config;
  }
}

}  // namespace

// GuideLLM's CSV flattens the fields of its JSON into column names: each is read as that field
// ("Request Counts Successful" the run's successful requests, "Scheduler State ..." the
// scheduler's bookkeeping and its worker processes).
// The status a GuideLLM CSV column's second header row begins with ("Time to First Token" /
// "Incomplete ms" / "Mean"): "Successful", "Incomplete", "Errored", or "" when none.
std::string_view distribution_subset(std::string_view name) {
  for (const std::string_view s : {"Successful", "Incomplete", "Errored"}) {
    const std::string word = " " + std::string(s) + " ";
    if (name.find(word) != std::string_view::npos) return s;
  }
  return {};
}

void guidellm_csv(FileResult& r) {
  // GuideLLM 0.6 adds a third header row of units to the names ("Request Counts Incomplete
  // Reqs", "Input Tokens Total Tokens", "Benchmark Rate Req/s").
  const auto without_unit = [](std::string_view subset) {
    for (const std::string_view unit : {" Reqs", " Tokens", " Sec"}) {
      if (subset.ends_with(unit)) return subset.substr(0, subset.size() - unit.size());
    }
    return subset;
  };
  std::string rate;  // the benchmark's configured rate, for its figures
  for (auto& row : r.rows) {
    if (row.role == metrics::Role::metric && row.name.rfind("Benchmark Rate", 0) == 0) {
      rate = row.raw;
      as_setting(row, "rate", true);  // configured, not the measured request throughput
    } else if (row.role == metrics::Role::metric && row.name.rfind("Timings Warmup", 0) == 0) {
      as_setting(row, "warmup", true);  // how long the phases the figures leave out last
    } else if (row.role == metrics::Role::metric && row.name.rfind("Timings Cooldown", 0) == 0) {
      as_setting(row, "cooldown", true);
    }
    if (row.role == metrics::Role::metric && !rate.empty() && row.context.rate.empty() &&
        row.context.concurrency.empty())
      row.context.rate = rate;
  }
  for (auto& row : r.rows) {
    const std::string_view name = row.name;
    if (row.role != metrics::Role::metric) continue;
    if (name.rfind("Input Tokens ", 0) == 0 || name.rfind("Output Tokens ", 0) == 0) {
      const std::string_view subset = without_unit(name.substr(name.find(" Tokens ") + 8));
      row.statistic = "sum";  // over the subset's requests
      if (subset == "Errored") row.status = RowStatus::failed;
      if (subset == "Incomplete") row.status = RowStatus::incomplete;
      if (subset == "Total") row.status = RowStatus::all;
      renormalize(row);
    } else if (name.rfind("Request Counts ", 0) == 0) {
      const std::string_view subset = without_unit(name.substr(15));
      if (subset == "Errored") continue;  // failed_requests already
      set_metric(row, "requests");
      set_unit(row, "count");
      if (subset == "Incomplete") row.status = RowStatus::incomplete;
      if (subset == "Total") row.status = RowStatus::all;
    } else if (name.rfind("Scheduler Metrics Requests Made ", 0) == 0) {
      const std::string_view subset = name.substr(32);
      if (subset == "Incomplete") row.status = RowStatus::incomplete;
      if (subset == "Total") row.status = RowStatus::all;
    } else if (name.rfind("Scheduler State ", 0) == 0) {
      if (name.ends_with("Num Processes")) {
        as_setting(row, "workers", false);
      } else if (!row.metric || row.metric->id == "requests" ||
                 row.metric->id == "failed_requests") {
        as_identifier(row);
        row.note = "the scheduler's bookkeeping; the run's request counts are Request Counts";
      }
    } else if (const auto subset = distribution_subset(name); !subset.empty()) {
      // "Time to First Token Incomplete ms Mean": a statistic over the requests of one status.
      // (The errored requests' concurrency is a concurrency, no count of failures.)
      if (name.find(" Errored Concurrency ") != std::string_view::npos)
        set_metric(row, "concurrency");
      if (subset == "Errored") row.status = RowStatus::failed;
      if (subset == "Incomplete") row.status = RowStatus::incomplete;
    }
  }
}

// TensorRT-LLM's gptManagerBenchmark --output_csv ("num_samples,num_error_samples,
// total_latency(ms),seq_throughput(seq/sec),token_throughput(token/sec),avg_sequence_latency(ms),
// ..."): its source counts the requests without an error as samples and the errored ones apart,
// times the whole run as total_latency, and divides the output tokens by it as token_throughput.
bool trtllm_gpt_manager_csv(FileResult& r) {
  // (Its first column, always: one look for every other CSV.)
  if (r.rows.empty() || r.rows.front().name != "num_samples") return false;
  if (!any_row(r, [](const MetricRow& row) { return row.name == "num_error_samples"; }) ||
      !any_row(r, [](const MetricRow& row) { return row.name == "seq_throughput(seq/sec)"; }))
    return false;
  r.format = "trtllm gptManagerBenchmark csv";
  for (auto& row : r.rows) {
    const std::string_view name = row.name;
    const std::string_view id = name == "num_samples"                   ? "requests"
                                : name == "num_error_samples"           ? "failed_requests"
                                : name == "total_latency(ms)"           ? "duration"
                                : name == "token_throughput(token/sec)" ? "output_throughput"
                                                                        : "";
    if (id.empty()) continue;
    set_metric(row, id);
    if (id == "requests" || id == "failed_requests") set_unit(row, "count");
    row.statistic = "value";
    add_note(row, "TensorRT-LLM gptManagerBenchmark's " + row.name);
  }
  return true;
}

// A record's generated tokens, its eval (generation) time and a rate beside them: where the
// rate is the tokens over the eval time ("tokens" 92, "eval_s" 0.791, "tokens_per_second"
// 116.3), it is the decode rate, and the tokens are the output tokens, whatever the names; a
// summary's mean of such rates beside them ("mean_tps") is their mean decode rate.
void decode_rate_identity(MetricRows& rows) {
  if (std::none_of(rows.begin(), rows.end(), [](const MetricRow& row) {
        return row.metric && row.metric->id == "eval_time" && row.normalized;
      }))
    return;
  struct Parts {
    const MetricRow* time = nullptr;
    MetricRow* tokens = nullptr;
    std::vector<MetricRow*> rates;
  };
  std::map<std::string_view, Parts> records;
  for (auto& row : rows) {
    if (row.status != RowStatus::ok || !row.normalized || row.role != metrics::Role::metric)
      continue;
    const std::string_view id = row.metric ? row.metric->id : std::string_view();
    if (id == "eval_time" && row.normalized_unit == "ms") {
      records[record_of(row)].time = &row;
    } else if ((id == "output_tokens" || (id.empty() && row.unit == "tokens")) &&
               row.statistic != "sum") {
      records[record_of(row)].tokens = &row;
    } else if (id == "token_rate" && row.normalized_unit == "tok/s") {
      records[record_of(row)].rates.push_back(&row);
    }
  }
  // The rates named so, by run and key ("[0]." and "tps"), with their values.
  std::map<std::pair<std::string_view, std::string_view>, std::vector<double>> renamed;
  for (auto& [record, p] : records) {
    if (!p.time || !p.tokens || p.rates.empty() || !(*p.time->normalized > 0)) continue;
    const double rate = *p.tokens->normalized / (*p.time->normalized / 1000);
    for (MetricRow* w : p.rates) {
      if (std::abs(*w->normalized - rate) > 0.01 * rate) continue;
      renamed[{run_prefix(w->locator), leaf_key(w->locator)}].push_back(*w->normalized);
      set_metric(*w, "decode_rate");
      add_note(*w, "equals " + p.tokens->name + " / " + p.time->name + " beside it");
      if (!p.tokens->metric) {
        set_metric(*p.tokens, "output_tokens");
        add_note(*p.tokens, "the tokens its decode rate is of");
      }
    }
  }
  // "summary": {"mean_tps": 77.23} beside "runs": [{"tps": 76.57}, {"tps": 77.89}]: the mean of
  // the rates just named, so the same metric.
  if (!renamed.empty()) {
    for (auto& row : rows) {
      if (!row.metric || row.metric->id != "token_rate" || !row.normalized) continue;
      const std::string_view key = leaf_key(row.locator);
      const bool mean = key.starts_with("mean_") || key.starts_with("avg_");
      if (!mean) continue;
      const auto it = renamed.find({run_prefix(row.locator), key.substr(key.find('_') + 1)});
      if (it == renamed.end() || it->second.size() < 2) continue;
      double sum = 0;
      for (const double v : it->second) sum += v;
      const double average = sum / static_cast<double>(it->second.size());
      if (std::abs(*row.normalized - average) > 0.005 * average) continue;
      set_metric(row, "decode_rate");
      add_note(row,
               "the mean of the decode rates of its runs (" + std::string(it->first.second) + ")");
    }
  }
}

void recognise_csv(FileResult& r) {
  decode_rate_identity(r.rows);
  if (r.format == "guidellm csv") guidellm_csv(r);
  if (!r.format.empty()) return;  // the reader knew it (GuideLLM's grouped header)
  if (trtllm_gpt_manager_csv(r)) return;
  if (any_row(r, [](const MetricRow& row) { return leaf_key(row.locator) == "avg_ts"; }) &&
      any_row(r, [](const MetricRow& row) { return row.parameter == "n_prompt"; })) {
    r.format = "llama-bench csv";
    llama_bench_settings(r);
    llama_bench_gpus(r);
    return;
  }
  // (A run where every request failed has only its "Error ..." rows.)
  // (Its metrics by their names with a unit in brackets, "Time To First Token (ms) / avg": not a
  // script's own "Time To First Token" column of one figure per run.)
  const bool profile = any_row(r, [](const MetricRow& row) {
    const bool named = row.name.rfind("Time To First Token", 0) == 0 ||
                       row.name.rfind("Time to First Token", 0) == 0 ||
                       row.name.rfind("Request Throughput", 0) == 0;
    return (named && row.name.find(" (") != std::string::npos) ||
           row.name.rfind("Error Request Count", 0) == 0;
  });
  const bool analyze = any_row(r, [](const MetricRow& row) {
    return under(row.name, "Time To First Token") && !row.context.config.empty();
  });
  if (!profile && !analyze) return;
  r.format = profile ? "aiperf csv" : "genai-perf analyze csv";
  if (profile && !any_row(r, [](const MetricRow& row) {
        return row.role == metrics::Role::metric && row.name.find("Error") == std::string::npos;
      }))
    add_warning(r.warnings,
                "every request of the run failed: the file has only the errored "
                "requests' figures");
  if (analyze)
    run_level_figures(r);  // a table of configurations, one figure of each per row
  else
    aiperf_adapt(r, true);
  decimal_memory(r);
}

namespace {

// The phase of an optimum-benchmark figure ("report.prefill.latency.p99" -> "prefill") and what
// it is ("latency", "throughput", "memory", "energy", "efficiency"); both "" when it is none.
std::pair<std::string_view, std::string_view> optimum_phase(std::string_view loc) {
  for (const std::string_view what : {"latency", "throughput", "memory", "energy", "efficiency"}) {
    const std::string mid = "." + std::string(what) + ".";
    const auto at = loc.find(mid);
    if (at == std::string_view::npos) continue;
    const std::string_view before = loc.substr(0, at);
    const auto dot = before.rfind('.');
    return {dot == std::string_view::npos ? before : before.substr(dot + 1), what};
  }
  return {};
}

// Hugging Face's optimum-benchmark (its benchmark_report.json, or the "report" of its
// benchmark.json): per phase ("load_model", "prefill", "decode", "per_token", "forward") a latency
// {unit, values, count, total, mean, p50...p99, stdev, stdev_ (the stdev in % of the mean)}, a
// throughput {unit, value}, a memory {unit "MB" of 10^6 bytes, max_ram, max_global_vram, ...}.
// The prefill is the generation of the first token, the decode the rest, per_token the time
// between two tokens.
bool optimum_benchmark(FileResult& r, const Signals&) {
  if (!any_row(r, [](const MetricRow& row) { return row.locator.ends_with(".latency.stdev_"); }))
    return false;
  r.format = "optimum-benchmark report";
  for (auto& row : r.rows) {
    const auto [phase, what] = optimum_phase(row.locator);
    optimum_figure(row, phase, what, leaf_key(row.locator));
  }
  return true;
}

// TensorRT-LLM's `trtllm-bench --report_json`: the report its console prints (reporting.py), as
// JSON: "engine", "machine", "world_info", "request_info", "performance", "streaming_metrics",
// "dataset". The engine's, world's and dataset's figures are the run's settings (TP/PP/EP join its
// configuration), its "total_latency_ms" the run's duration, the streaming percentiles in ms,
// and "token_output_speed_tok_s" the mean of the requests' output speeds (a decode rate).
bool trtllm_report(FileResult& r, const Signals& s) {
  if (!s.trtllm_report ||
      !any_row(r, [](const MetricRow& row) { return row.locator.starts_with("performance."); }))
    return false;
  r.format = "trtllm-bench report json";
  std::string config;
  // The engine's precision and its KV cache's ("engine": {"quantization": "FP8",
  // "kv_cache_dtype": "FP8"}): of every figure the engine gave, not of its own settings alone.
  std::string quantization, kv_cache;
  for (const auto& row : r.rows) {
    if (!row.locator.starts_with("engine.")) continue;
    if (quantization.empty()) quantization = row.context.quantization;
    if (const auto at = row.context.config.find("kv_cache_dtype=");
        kv_cache.empty() && at != std::string::npos)
      kv_cache = row.context.config.substr(at, row.context.config.find(' ', at) - at);
  }
  if (text::iequals(kv_cache, "kv_cache_dtype=none") ||
      text::iequals(kv_cache, "kv_cache_dtype=null"))
    kv_cache.clear();  // (no KV cache type set: none to name)
  for (const auto& row : r.rows) {
    for (const auto& [key, label] :
         {std::pair{"world_info.tp_size", "tp"}, std::pair{"world_info.pp_size", "pp"},
          std::pair{"world_info.ep_size", "ep"}}) {
      if (row.locator == key)
        config += (config.empty() ? "" : " ") + std::string(label) + "=" + row.raw;
    }
  }
  for (auto& row : r.rows) {
    const std::string_view loc = row.locator;
    // trtllm-bench's own engine backend ("TRT", "Pytorch"): how TensorRT-LLM ran.
    if (!row.context.backend.empty() && !text::iequals(row.context.backend, "TensorRT-LLM")) {
      row.context.config +=
          (row.context.config.empty() ? "" : " ") + ("trtllm_backend=" + row.context.backend);
      row.context.backend.clear();
    }
    if (row.context.backend.empty()) row.context.backend = "TensorRT-LLM";
    if (!config.empty() && row.role == metrics::Role::metric)
      row.context.config += (row.context.config.empty() ? "" : " ") + config;
    if (row.context.quantization.empty()) row.context.quantization = quantization;
    if (!kv_cache.empty() && row.context.config.find(kv_cache) == std::string::npos)
      row.context.config = kv_cache + (row.context.config.empty() ? "" : " ") + row.context.config;
    if ((loc.starts_with("engine.") || loc.starts_with("world_info.") ||
         loc.starts_with("dataset.")) &&
        row.role == metrics::Role::metric) {
      as_setting(row, row.parameter, true);
    } else if (loc == "performance.total_latency_ms") {
      set_metric(row, "duration");
    } else if (loc == "streaming_metrics.token_output_speed_tok_s") {
      set_metric(row, "decode_rate");
      row.statistic = "mean";
    } else if ((loc.starts_with("streaming_metrics.ttft_percentiles.") ||
                loc.starts_with("streaming_metrics.tpot_percentiles.")) &&
               row.unit.empty()) {
      set_unit(row, "ms");
    } else if (loc.starts_with("machine.clocks.")) {
      unname_metric(row, false);  // a clock's rate (GHz), no memory
    }
  }
  return true;
}

}  // namespace

// Ollama's documentation gives tokens per second as "eval_count / eval_duration * 10^9"; a
// response writes only the counts and durations. (A rate a script wrote beside them that equals
// their quotient is named by decode_rate_identity.)
void ollama_rates(MetricRows& rows, bool derive) {
  struct Parts {
    const MetricRow* count = nullptr;
    const MetricRow* duration = nullptr;
    bool written = false;  // the record wrote a rate of its own, under any name
  };
  std::map<std::pair<std::string_view, bool>, Parts> records;  // (record, prompt?) -> its parts
  for (auto& row : rows) {
    if (row.status != RowStatus::ok || !row.value) continue;
    if (row.metric && row.kind == units::Kind::throughput) {
      records[{record_of(row), row.metric->id == "prompt_eval_rate"}].written = true;
      continue;
    }
    const std::string_view key = leaf_key(row.locator);
    const bool prompt = key.starts_with("prompt_");
    const std::string_view rest = prompt ? key.substr(7) : key;
    // ("eval_duration_ns", "_ms", "_s": a script's, its unit in its name.)
    const bool duration = rest == "eval_duration" || rest.starts_with("eval_duration_");
    if (rest != "eval_count" && !duration) continue;
    Parts& parts = records[{record_of(row), prompt}];
    (duration ? parts.duration : parts.count) = &row;
  }
  std::vector<MetricRow> rates;
  for (auto& [record, parts] : records) {
    if (!parts.count || !parts.duration || parts.duration->normalized_unit != "ms") continue;
    const double seconds = parts.duration->normalized.value_or(0) / 1000;
    if (!(seconds > 0) || !(*parts.count->value > 0)) continue;
    const double tokens_per_second = *parts.count->value / seconds;
    const std::string_view target = record.second ? "prompt_eval_rate" : "decode_rate";
    const std::string_view count_key = leaf_key(parts.count->locator);
    const std::string_view duration_key = leaf_key(parts.duration->locator);
    if (parts.written || !derive) continue;
    MetricRow rate = *parts.count;
    rate.locator = std::string(parts.count->locator).append("/").append(duration_key);
    rate.name = std::string(count_key).append(" / ").append(duration_key);
    rate.raw = std::string(parts.count->raw).append(" / ").append(parts.duration->raw);
    set_metric(rate, target);
    rate.parameter = {};
    rate.statistic = "sample";
    rate.unit = "tok/s";
    rate.value = tokens_per_second;
    renormalize(rate);
    rate.note = std::string("worked out: ")
                    .append(count_key)
                    .append(" / ")
                    .append(duration_key)
                    .append(" (Ollama's tokens per second; the response writes no rate)");
    rates.push_back(std::move(rate));
  }
  for (auto& rate : rates) rows.push_back(std::move(rate));
}

namespace {

// The figure a sibling key's spread is of: "tg_tps" of "tg_tps_std" (and the spread's kind:
// 's' a standard deviation, 'e' an error of the estimate); "" when the key is no spread's.
std::pair<std::string_view, char> spread_stem(std::string_view key) {
  for (const auto& [suffix, kind] : {std::pair<std::string_view, char>{"_std", 's'},
                                     {"_stdev", 's'},
                                     {"_stddev", 's'},
                                     {"_sd", 's'},
                                     {"_err", 'e'},
                                     {"_stderr", 'e'},
                                     {"_sem", 'e'}}) {
    if (key.size() > suffix.size() + 1 && key.ends_with(suffix))
      return {key.substr(0, key.size() - suffix.size()), kind};
  }
  return {};
}

// {"tg_tps": 7.40, "tg_tps_std": 0.08, "ppl": 10.9, "ppl_err": 0.41}: a figure beside its spread
// is a mean over repetitions; an "_err" beside a figure is that estimate's standard error (of
// the same metric), no second figure of it.
void spread_siblings(FileResult& r) {
  // (One cheap look first: most files have no spread beside a figure.)
  if (std::none_of(r.rows.begin(), r.rows.end(), [](const MetricRow& row) {
        return row.role == metrics::Role::metric && spread_stem(leaf_key(row.locator)).second != 0;
      }))
    return;
  std::map<std::pair<std::string_view, std::string_view>, MetricRow*> figures;
  for (auto& row : r.rows) {
    if (row.role != metrics::Role::metric) continue;
    const std::string_view key = leaf_key(row.locator);
    if (spread_stem(key).second == 0) figures[{record_of(row), key}] = &row;
  }
  for (auto& row : r.rows) {
    if (row.role != metrics::Role::metric) continue;
    const auto [stem, kind] = spread_stem(leaf_key(row.locator));
    if (kind == 0) continue;
    const auto it = figures.find({record_of(row), stem});
    if (it == figures.end() || !it->second->metric) continue;
    MetricRow& figure = *it->second;
    if (kind == 's' && (figure.statistic == "value" || figure.statistic == "sample")) {
      figure.statistic = "mean";
      add_note(figure, "a mean: its standard deviation is written beside it");
    }
    // ("requests_err" beside "requests": the requests that failed, no error of an estimate; an
    // "_err" only beside an estimate's figure, "_stderr"/"_sem" beside any.)
    if (kind == 'e' && leaf_key(row.locator).ends_with("_err") &&
        figure.metric->id != "perplexity" && figure.metric->id != "quality")
      continue;
    if (kind == 'e' && row.metric == figure.metric && row.statistic != "sem") {
      row.statistic = "sem";
      add_note(row, "the standard error of " + figure.name + " beside it");
    } else if (kind == 'e' && (!row.metric || row.metric == figure.metric)) {
      set_metric(row, figure.metric->id);
      if (row.unit.empty() && !figure.unit.empty()) set_unit(row, figure.unit);
      row.statistic = "sem";
      add_note(row, "the standard error of " + figure.name + " beside it");
    }
  }
}

// {"settings": {"tg_tokens": 64}, "rows": [{"tg_tokens": 64, "tg_tps": 7.4}]}: a record's key
// that a settings object of the document sets to the same value is that setting again, no
// figure of the record.
void settings_repeated(FileResult& r) {
  std::vector<const MetricRow*> settings;  // a document's settings are few: a scan finds one
  for (const auto& row : r.rows) {
    if (row.role == metrics::Role::parameter && row.locator.find('[') == std::string::npos)
      settings.push_back(&row);
  }
  if (settings.empty() || settings.size() > 64) return;
  for (auto& row : r.rows) {
    if (row.role != metrics::Role::metric || row.locator.find('[') == std::string::npos) continue;
    const std::string_view key = leaf_key(row.locator);
    const auto it = std::find_if(settings.begin(), settings.end(), [&](const MetricRow* s) {
      return s->raw == row.raw && leaf_key(s->locator) == key;
    });
    if (it == settings.end()) continue;
    const std::string at = (*it)->locator;
    row.role = metrics::Role::parameter;
    row.parameter = (*it)->parameter;
    row.metric = nullptr;
    row.kind = units::Kind::other;
    row.statistic.clear();
    row.unit.clear();
    renormalize(row);
    add_note(row, "the setting " + at + " again");
  }
}

// {"llama_cpp": "b11254 (8019dc563)", "rows": [...]}, {"vllm_version": "0.18.0"}: a top-level key
// that is an engine's name (or its version's) says what served the document's figures.
void engine_of_the_document(FileResult& r) {
  std::string found;
  std::size_t engines = 0;
  for (const auto& t : r.run_texts) {
    std::string_view key = t.locator;
    if (key.find_first_of(".[") != std::string_view::npos) continue;  // the document's own keys
    for (const std::string_view suffix : {"_version", "_build", "_commit"}) {
      if (key.size() > suffix.size() && key.ends_with(suffix)) key.remove_suffix(suffix.size());
    }
    std::string engine;
    for (const std::string_view e : {"llama_cpp", "llamacpp", "llama.cpp", "vllm", "sglang",
                                     "ollama", "tensorrt_llm", "trtllm", "lmdeploy", "mlx_lm"}) {
      if (text::iequals(key, e))
        engine = detail::serving_engine_in(e == "llama_cpp" ? "llama.cpp" : e);
    }
    // (A script that records every package's version names no one engine: "transformers_version"
    // beside "vllm_version".)
    for (const std::string_view f : {"transformers", "torch", "pytorch", "onnxruntime"}) {
      if (text::iequals(key, f)) ++engines;
    }
    if (engine.empty()) continue;
    ++engines;
    found = std::move(engine);
  }
  if (engines != 1 || found.empty()) return;
  for (auto& row : r.rows) {
    if (row.role == metrics::Role::metric && row.context.backend.empty())
      row.context.backend = found;
  }
}

}  // namespace

// One figure of an optimum-benchmark report (JSON or its Markdown print): what its phase
// ("prefill") and its kind ("latency") make it; the phase is its test.
void optimum_figure(MetricRow& row, std::string_view phase, std::string_view what,
                    std::string_view key) {
  if (what.empty() || row.role != metrics::Role::metric) return;
  if (row.context.test.empty() && !phase.empty()) row.context.test = std::string(phase);
  if (what == "latency") {
    if (phase == "load_model") set_metric(row, "load_time");
    if (phase == "prefill") set_metric(row, "ttft");
    if (phase == "decode") set_metric(row, "eval_time");
    if (phase == "per_token") set_metric(row, "itl");
    if (key == "total") row.statistic = "sum";  // over its `count` measurements
    if (key == "stdev_") {
      row.statistic = "cv";
      row.unit = "%";
    }
    renormalize(row);
  } else if (what == "throughput" && (key == "value" || key == "throughput")) {
    const bool tokens = row.unit == "tok/s";
    if (tokens && phase == "prefill") set_metric(row, "prompt_eval_rate");
    if (tokens && phase == "decode") set_metric(row, "decode_rate");
    if (!tokens) {  // "samples/s": sequences of the batch per second, no tokens
      unname_metric(row, true);
      row.unit = "samples/s";
    }
  } else if (what == "memory") {
    in_decimal_units(row);  // its "MB" is 10^6 bytes (its memory tracker's)
  }
}

namespace {

// "server_info.piecewise_cuda_graph_tokens[7]" of "[4, 8, ..., 2048]": the path of the list a
// value stands in, "" for a value of no list.
std::string_view list_of(std::string_view locator) {
  if (locator.empty() || locator.back() != ']') return {};
  const auto open = locator.rfind('[');
  if (open == std::string_view::npos || open + 2 > locator.size() - 1) return {};
  const std::string_view index = locator.substr(open + 1, locator.size() - open - 2);
  if (index.find_first_not_of("0123456789") != std::string_view::npos) return {};
  return locator.substr(0, open);
}

// A list one setting holds (a server's launch arguments: "piecewise_cuda_graph_tokens": [4, 8,
// ..., 2048]), no setting per value: more than eight values of a setting of no registry id are
// left out of the rows, said once.
void long_setting_lists(FileResult& r) {
  const auto unnamed_setting = [](const MetricRow& row) {
    return row.role == metrics::Role::parameter && row.parameter.empty();
  };
  std::vector<std::pair<std::size_t, std::size_t>> lists;  // [first, end) of each left out
  for (std::size_t i = 0; i < r.rows.size();) {
    const std::string_view list = list_of(r.rows[i].locator);
    std::size_t j = i + 1;
    if (!list.empty() && unnamed_setting(r.rows[i])) {
      while (j < r.rows.size() && unnamed_setting(r.rows[j]) && list_of(r.rows[j].locator) == list)
        ++j;
      if (j - i > 8) lists.emplace_back(i, j);
    }
    i = j;
  }
  if (lists.empty()) return;
  r.warnings.push_back("'" + r.rows[lists.front().first].name + "': a list of " +
                       std::to_string(lists.front().second - lists.front().first) +
                       " values of a setting, not read as rows (one per value)" +
                       (lists.size() > 1
                            ? " (and " + std::to_string(lists.size() - 1) + " more such lists)"
                            : std::string()));
  MetricRows kept;
  std::size_t next = 0;
  for (std::size_t k = 0; k < r.rows.size(); ++k) {
    if (next < lists.size() && k >= lists[next].first) {
      if (k + 1 == lists[next].second) ++next;
      continue;
    }
    kept.push_back(std::move(r.rows[k]));
  }
  r.rows.swap(kept);
}

}  // namespace

void recognise_json(FileResult& r) {
  const Signals s(r);
  for (const auto& adapter :
       {vllm, vllm_throughput, vllm_latency, llama_batched_bench, sglang_one_batch, llmperf,
        llmperf_v1, llmperf_v1_raw, guidellm, llama_bench, ollama_api, llama_server, aiperf,
        trtllm_report, optimum_benchmark}) {
    if (adapter(r, s)) break;
  }
  reference_performance_delta(r);
  results_record_config(r);
  if (r.format.empty()) categorical_record_labels(r);
  if (r.format.empty()) nested_run_labels(r);
  if (r.format.empty()) sibling_object_labels(r);
  prompt_labels(r);
  one_completion(r);
  if (r.format.empty()) per_request_records(r);
  if (r.format.empty()) request_time_beside_ttft(r);
  latency_unit_from_rate(r);
  requests_total_beside_successes(r);
  spread_siblings(r);
  settings_repeated(r);
  if (!r.run_texts.empty()) engine_of_the_document(r);
  decode_rate_identity(r.rows);
  long_setting_lists(r);
}

namespace {

// The column a console cell stands in: "table[2][0].Req Latency (ms) mean" -> "Req Latency (ms)
// mean".
std::string_view console_column(const MetricRow& row) {
  const std::string_view loc = row.locator;
  const auto dot = loc.find("].");
  return dot == std::string_view::npos ? loc : loc.substr(dot + 2);
}

// GuideLLM 0.2 headed its request latency "Req Latency (ms)" over figures in seconds
// (vllm-project/guidellm#245): a request's latency below its own time to first token shows it.
void latency_in_seconds(MetricRows& rows, std::size_t first) {
  std::optional<double> ttft, latency;
  for (std::size_t i = first; i < rows.size(); ++i) {
    const std::string_view col = console_column(rows[i]);
    if (col == "TTFT (ms) mean") ttft = rows[i].value;
    if (col == "Req Latency (ms) mean") latency = rows[i].value;
  }
  if (!ttft || !latency || !(*latency < *ttft)) return;
  for (std::size_t i = first; i < rows.size(); ++i) {
    MetricRow& row = rows[i];
    if (console_column(row).rfind("Req Latency (ms) ", 0) != 0) continue;
    set_unit(row, "s");
    row.note =
        "GuideLLM 0.2 heads this column (ms) over seconds (vllm-project/guidellm#245): its mean is "
        "below the TTFT, so it is read in seconds";
  }
}

}  // namespace

void guidellm_console_row(MetricRows& rows, std::size_t first) {
  latency_in_seconds(rows, first);
  for (std::size_t i = first; i < rows.size(); ++i) {
    const MetricRow& count = rows[i];
    if (!count.metric || count.metric->id != "requests" || !count.value || *count.value != 0 ||
        count.name.rfind(" Made ") == std::string::npos)
      continue;
    const std::string_view subset = std::string_view(count.name).substr(count.name.rfind(' '));
    for (std::size_t j = first; j < rows.size(); ++j) {
      MetricRow& row = rows[j];
      if (row.statistic != "mean" || !row.value || row.name.size() < subset.size() ||
          std::string_view(row.name).substr(row.name.size() - subset.size()) != subset)
        continue;
      row.value.reset();
      row.normalized.reset();
      row.note = "no request in this subset: its figures are placeholders";
    }
  }
}

bool guidellm_strategy(std::string_view label, Context& ctx) {
  static constexpr std::array<std::string_view, 7> kTypes = {
      "synchronous", "throughput", "concurrent", "constant", "poisson", "async", "asynchronous"};
  const auto at = label.find('@');
  const std::string_view type = text::trim(label.substr(0, at));
  if (std::find(kTypes.begin(), kTypes.end(), type) == kTypes.end()) return false;
  std::string_view load = at == std::string_view::npos ? "" : text::trim(label.substr(at + 1));
  // "asynchronous@0.38 req/sec": the rate, its unit written after it.
  if (const auto space = load.find(' '); space != std::string_view::npos) {
    const std::string_view unit = text::trim(load.substr(space));
    if (unit != "req/sec" && unit != "req/s" && unit != "rps") return false;
    load = load.substr(0, space);
  }
  if (at != std::string_view::npos && !numeric::parse_cell(load)) return false;
  ctx.config = std::string(type);
  if (type == "concurrent")
    ctx.concurrency = std::string(load);
  else if (!load.empty())
    ctx.rate = std::string(load);
  else if (type == "synchronous")
    ctx.concurrency = "1";  // one request at a time, by definition
  return true;
}

// GuideLLM 0.5 on: "Input Tokens Comp Tot" a sum over the completed requests (Inc, Err the
// incomplete and errored ones); "Input Tok Per Req Mdn", "Input Tokens Per Request p95" a
// request's tokens; "Input Words Per Request" a request's words, no request rate.
bool guidellm_recent_figure(MetricRow& row, std::string_view header) {
  const auto starts = [&](std::string_view p) { return header.rfind(p, 0) == 0; };
  const std::string_view tokens = starts("Input Tok")    ? "input_tokens"
                                  : starts("Output Tok") ? "output_tokens"
                                  : starts("Total Tok")  ? "total_tokens"
                                                         : "";
  if (header.ends_with(" Tot")) {
    const std::string_view subset = header.substr(0, header.size() - 4);
    const bool incomplete = subset.ends_with(" Inc"), errored = subset.ends_with(" Err");
    if (!(subset.ends_with(" Comp") || incomplete || errored) || tokens.empty()) return false;
    set_metric(row, tokens);
    set_unit(row, "tokens");
    row.statistic = "sum";
    if (incomplete) row.status = RowStatus::incomplete;
    if (errored) {
      row.status = RowStatus::failed;
      row.note = "a figure of the errored requests";
    }
    return true;
  }
  if (header.find(" Per Req") == std::string_view::npos ||
      header.find(" Per Request Rate") != std::string_view::npos)
    return false;
  if (!tokens.empty()) {
    set_metric(row, tokens);
    set_unit(row, "tokens");
  } else if (row.metric && row.metric->id == "request_throughput") {
    unname_metric(row, true);  // "Input Words Per Request": words, not requests per second
  }
  return true;
}

void guidellm_console_figure(MetricRow& row, std::string_view header) {
  if (row.role != metrics::Role::metric) return;
  if (guidellm_recent_figure(row, header)) return;
  // "Benchmarks Info": each group split by request subset, "Requests Made Comp|Inc|Err".
  const auto ends = [&](std::string_view w) {
    return header.size() > w.size() + 1 && header.substr(header.size() - w.size()) == w &&
           header[header.size() - w.size() - 1] == ' ';
  };
  const bool completed = ends("Comp"), incomplete = ends("Inc"), errored = ends("Err");
  if (completed || incomplete || errored) {
    const auto starts = [&](std::string_view p) { return header.rfind(p, 0) == 0; };
    const bool per_request = starts("Prompt Tok/Req") || starts("Output Tok/Req");
    const bool total = starts("Prompt Tok Total") || starts("Output Tok Total");
    if (starts("Requests Made")) {
      set_unit(row, "count");
      set_metric(row, "requests");
      row.statistic = "value";
    } else if (per_request || total) {
      set_unit(row, "tokens");
      set_metric(row, starts("Prompt") ? "input_tokens" : "output_tokens");
      row.statistic = per_request ? "mean" : "sum";
    } else {
      return;
    }
    if (incomplete) row.status = RowStatus::incomplete;
    if (errored) {
      row.status = RowStatus::failed;
      row.note = "a figure of the errored requests";
    }
    return;
  }
  // The console prints the successful requests' means of GuideLLM's metrics.
  if (header.rfind("Out Tok/sec", 0) == 0) {
    set_metric(row, "output_throughput");
  } else if (header.rfind("Tot Tok/sec", 0) == 0) {
    set_metric(row, "total_throughput");
  } else if (header == "Request Stats Per Second") {
    set_metric(row, "request_throughput");
    row.unit = "req/s";
    row.statistic = "mean";
    renormalize(row);
  } else if (header == "Request Stats Concurrency") {
    set_metric(row, "concurrency");
    row.statistic = "mean";
    set_unit(row, "count");  // whatever the row's label ("throughput") suggested
  }
}

}  // namespace chimera::ingest::detail
