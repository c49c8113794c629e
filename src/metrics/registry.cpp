#include "chimera/metrics/registry.hpp"

#include <array>
#include <cctype>

#include "chimera/core/text.hpp"

namespace chimera::metrics {
namespace {

using D = Direction;
using K = units::Kind;

// The canonical metrics. Ids are stable: stores, JSON outputs and tests name them.
constexpr std::array<MetricDef, 48> kMetrics = {{
    {"ttft", "time to first token", "ms", D::lower, K::ttft,
     "time from sending the request to the first content token of the answer (client clock; "
     "role-only and empty chunks do not count)"},
    {"first_byte", "time to first byte", "ms", D::lower, K::latency,
     "time from sending the request to the first byte of the response body"},
    {"itl", "inter-token latency", "ms", D::lower, K::latency,
     "time between two consecutive text-carrying chunks (tokens) of one answer"},
    {"tpot", "time per output token", "ms", D::lower, K::latency,
     "decode time per token after the first: (end-to-end - TTFT) / (output tokens - 1)"},
    {"e2e_latency", "end-to-end latency", "ms", D::lower, K::latency,
     "time from sending a request to its final record (Ollama done: true, OpenAI [DONE])"},
    {"decode_rate", "decode rate", "tok/s", D::higher, K::throughput,
     "generation speed of one request or run: decode steps per second, (output tokens - 1) / "
     "decode time (the first token comes from the prompt pass), or the server's own rate where "
     "it reports one (llama-server predicted_per_second, llama-bench tg); n/a under 2 tokens"},
    {"output_rate", "output rate", "tok/s", D::higher, K::throughput,
     "client-side generation speed of one request: (output tokens - 1) / (end - first token "
     "arrival), i.e. 1000 / TPOT; n/a under 2 tokens"},
    {"prompt_eval_rate", "prompt-eval rate", "tok/s", D::higher, K::throughput,
     "prompt processing speed: evaluated prompt tokens per second of prompt evaluation "
     "(llama-bench pp, Ollama prompt eval rate, llama-server prompt_per_second)"},
    {"token_rate", "token rate", "tok/s", D::higher, K::throughput,
     "tokens per second where the source does not say whether per request or aggregate, or "
     "prompt and generation together (llama-bench pp+tg)"},
    {"output_throughput", "output token throughput", "tok/s", D::higher, K::throughput,
     "output tokens per second of wall time, over all requests of a run"},
    {"input_throughput", "input token throughput", "tok/s", D::higher, K::throughput,
     "input (prompt) tokens per second of wall time, over all requests of a run or of a "
     "server's logging interval (SGLang input_throughput, vLLM's avg prompt throughput)"},
    {"total_throughput", "total token throughput", "tok/s", D::higher, K::throughput,
     "input plus output tokens per second of wall time, over all requests of a run"},
    {"request_throughput", "request throughput", "req/s", D::higher, K::throughput,
     "completed requests per second of wall time"},
    {"goodput", "goodput", "req/s", D::higher, K::throughput,
     "requests per second that succeeded and met every service-level objective"},
    {"load_time", "load time", "ms", D::lower, K::duration,
     "time the server spent loading the model for a request"},
    {"prompt_eval_time", "prompt-eval time", "ms", D::lower, K::duration,
     "time the server spent evaluating the prompt"},
    {"sampling_time", "sampling time", "ms", D::lower, K::duration,
     "time the server spent choosing the output tokens from the model's probabilities "
     "(llama.cpp's sample time)"},
    {"eval_time", "eval time", "ms", D::lower, K::duration,
     "time the server spent generating the output tokens"},
    {"total_duration", "server total duration", "ms", D::lower, K::duration,
     "the server's own total time for a request (Ollama total_duration)"},
    {"duration", "duration", "ms", D::lower, K::duration,
     "wall-clock time of a run, benchmark, test or stage"},
    {"input_tokens", "input tokens", "tokens", D::neither, K::tokens,
     "prompt (input) tokens of a request"},
    {"output_tokens", "output tokens", "tokens", D::neither, K::tokens,
     "generated (output) tokens of a request"},
    {"total_tokens", "total tokens", "tokens", D::neither, K::tokens,
     "input plus output tokens of a request"},
    {"requests", "requests", "count", D::neither, K::count, "requests completed successfully"},
    {"failed_requests", "failed requests", "count", D::lower, K::count,
     "requests that ended in an error"},
    {"success_rate", "success rate", "%", D::higher, K::utilization,
     "share of requests that completed successfully"},
    {"error_rate", "error rate", "%", D::lower, K::utilization,
     "share of requests that ended in an error"},
    {"memory", "memory", "bytes", D::lower, K::memory,
     "memory used (GPU VRAM, host RSS or KV cache, as the source names it)"},
    {"gpu_utilization", "GPU utilisation", "%", D::neither, K::utilization,
     "share of time the GPU was busy"},
    {"cpu_utilization", "CPU utilisation", "%", D::neither, K::utilization,
     "share of CPU time used"},
    {"utilization", "utilisation", "%", D::neither, K::utilization,
     "share of a resource in use, resource not named"},
    {"power", "power", "W", D::lower, K::other, "electrical power drawn"},
    {"energy", "energy", "J", D::lower, K::other, "electrical energy used"},
    {"energy_per_token", "energy per token", "J/tok", D::lower, K::other,
     "electrical energy used per token processed"},
    {"cost", "cost", "USD", D::lower, K::other, "money spent"},
    {"token_cost", "cost per million tokens", "USD/Mtok", D::lower, K::other,
     "price of one million tokens"},
    {"bandwidth", "bandwidth", "GB/s", D::higher, K::other,
     "data moved per second (memory, interconnect, disk or network bandwidth, as the source "
     "names it); not memory in use"},
    {"gpu_temperature", "GPU temperature", "C", D::lower, K::other, "GPU temperature"},
    {"efficiency", "parallel efficiency", "%", D::higher, K::other,
     "speedup divided by the number of concurrent agents or workers"},
    {"speedup", "speedup", "x", D::higher, K::other, "sequential time divided by concurrent time"},
    {"slowdown", "slowdown against the solo run", "x", D::lower, K::other,
     "an agent's time while it shares the machine divided by its time alone (1 = none)"},
    {"concurrency", "measured concurrency", "count", D::neither, K::count,
     "requests in flight at once, as measured"},
    {"quality", "answer quality", "", D::higher, K::other,
     "a score of the answers (accuracy, pass rate, judge score)"},
    {"perplexity", "perplexity", "", D::lower, K::other,
     "exp of the mean negative log-likelihood per token of a text (llama-perplexity's PPL)"},
    {"reload_count", "model reloads", "count", D::lower, K::count, "times a model was (re)loaded"},
    {"queue_time", "queue time", "ms", D::lower, K::duration,
     "time a request waited before the server began it"},
    {"acceptance_rate", "draft acceptance rate", "%", D::higher, K::utilization,
     "speculative decoding: share of the drafted tokens the target model accepted (vLLM "
     "spec_decode_acceptance_rate; per draft position where the source gives one)"},
    {"acceptance_length", "acceptance length", "tokens", D::higher, K::other,
     "speculative decoding: mean tokens produced per verification step, 1 + accepted draft "
     "tokens / drafts (vLLM spec_decode_acceptance_length, SGLang accept length)"},
}};

constexpr std::array<StatisticDef, 18> kStatistics = {{
    {"delta", "a difference between two figures (change, improvement, reduction)"},
    {"expected", "a figure stated beforehand (expected, target, predicted), not a measurement"},
    {"sample", "one raw measurement (one request, repetition or run)"},
    {"value", "a single reported figure that is not a summary of samples"},
    {"mean", "arithmetic mean of the samples"},
    {"median", "50th percentile of the samples"},
    {"min", "smallest sample"},
    {"max", "largest sample"},
    {"std", "standard deviation of the samples"},
    {"variance", "variance of the samples (squared unit)"},
    {"mode", "most frequent sample value"},
    {"count", "number of samples"},
    {"sum", "sum of the samples"},
    {"pNN", "NN-th percentile of the samples (p95, p99, p99.9)"},
    {"cv", "coefficient of variation (std / mean)"},
    {"ci_half", "half-width of a confidence interval around the mean (the x of 'mean \u00b1 x')"},
    {"sem", "standard error of an estimate (the \u00b1 error beside a perplexity, a mean)"},
    {"max_dev",
     "largest deviation from the mean, max(|x - mean|) (the x of 'mean \u00b1 max dev')"},
}};

constexpr std::array<ParameterDef, 66> kParameters = {{
    {"num_ctx", "context window in tokens", ""},
    {"num_gpu", "layers offloaded to the GPU (ngl)", ""},
    {"num_thread", "CPU threads", ""},
    {"num_batch", "logical batch size", ""},
    {"num_ubatch", "physical (micro) batch size", ""},
    {"num_microbatches", "micro-batches a batch is split into (pipeline parallelism)", ""},
    {"num_predict", "maximum output tokens", ""},
    {"temperature", "sampling temperature", ""},
    {"top_p", "nucleus sampling threshold", ""},
    {"top_k", "top-k sampling cut-off", ""},
    {"min_p", "min-p sampling threshold", ""},
    {"repeat_penalty", "repetition penalty", ""},
    {"sampler_option",
     "another option of the token sampler (presence and frequency penalties, XTC, "
     "DRY, mirostat, typical-p)",
     ""},
    {"seed", "random seed", ""},
    {"concurrency", "configured requests in flight (streams, max concurrency)", "concurrency"},
    {"rate", "configured request rate (requests per second)", "rate"},
    {"n_prompt", "prompt tokens of a llama-bench test", ""},
    {"n_gen", "generated tokens of a llama-bench test", ""},
    {"n_depth", "context depth before a llama-bench test", ""},
    {"input_len", "configured input length in tokens", ""},
    {"output_len", "configured output length in tokens", ""},
    {"batch_tokens", "configured tokens of one batch of a defined workload (batch x length)", ""},
    {"budget", "a spending limit a plan or recommendation was made for", ""},
    {"num_prompts", "requests planned for a run", ""},
    {"repetitions", "repetitions of a test", ""},
    {"model_size", "size of the model file", ""},
    {"model_params", "parameters of the model", ""},
    {"model_arch", "a dimension of the model's architecture (layers, heads, hidden size)", ""},
    {"input_shape", "the size of one model input (image height, width, channels; feature count)",
     ""},
    {"flash_attn", "flash attention on or off", ""},
    {"kv_cache_type", "KV cache data type", ""},
    {"tensor_parallel", "tensor-parallel size", ""},
    {"pipeline_parallel", "pipeline-parallel size", ""},
    {"expert_parallel", "expert-parallel size", ""},
    {"data_parallel", "data-parallel size (replicas)", ""},
    {"context_parallel", "context-parallel size (prefill or decode)", ""},
    {"max_tokens", "maximum output tokens of a request", ""},
    {"warmup", "warm-up requests or time", ""},
    {"cooldown", "cool-down requests or time at a run's end, left out of its figures", ""},
    {"parallel_slots", "a server's slots decoding requests in parallel (llama-server --parallel)",
     ""},
    {"max_queue",
     "the requests a server queues at most before refusing more (OLLAMA_MAX_QUEUE, --max-queue)",
     ""},
    {"duration_limit", "configured run length", ""},
    {"limit", "a configured limit or timeout (errors allowed, request timeout)", ""},
    {"gpu_count", "GPUs used", ""},
    {"cpu_cores", "CPU cores (or logical processors) of the machine", ""},
    {"system_memory", "memory installed in the machine (RAM), not memory in use", ""},
    {"num_nodes", "machines (nodes) a distributed run spanned", ""},
    {"window", "length of a sampling, averaging or attention window", ""},
    {"think_time", "configured pause between an agent's requests", ""},
    {"buffer_size", "size of a configured buffer or chunk (a capacity, not memory in use)", ""},
    {"default_value", "the default of a setting or command-line option", ""},
    {"best_of", "completions sampled per request (vLLM best_of)", ""},
    {"burstiness", "burstiness of request arrivals (vLLM: 1 is a Poisson process)", ""},
    {"mmap", "model file memory-mapped or read (llama-bench mmap)", ""},
    {"conversations", "conversations, or turns per conversation, of a multi-turn run", ""},
    {"workers", "worker processes or threads of a load generator's client", ""},
    {"rampup", "configured ramp-up period before the target rate is reached", ""},
    {"n_cpu_moe", "MoE expert layers kept on the CPU (llama.cpp -ncmoe)", ""},
    {"interval", "a configured polling or sampling interval of a monitor", ""},
    {"tensor_split", "how a model's layers are split across GPUs (llama.cpp -ts)", ""},
    {"gpu_memory_fraction",
     "share of the GPU's memory a server may take (vLLM "
     "--gpu-memory-utilization)",
     ""},
    {"speculative",
     "speculative decoding's draft model (its name, size or precision) or draft length", ""},
    {"power_mode",
     "a device's configured power mode or power cap (Jetson nvpmodel, a GPU's power limit), not "
     "power drawn",
     ""},
    {"quant_bits", "bits per weight the model was quantized to (4 for 4-bit weights)", ""},
    {"engine_option",
     "another option of a serving engine (vLLM's block size, optimization level, CUDA graph "
     "capture size, partial-prefill limits)",
     ""},
    {"accelerator_memory", "memory an accelerator (a GPU) has, not memory in use", ""},
}};

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (const char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// "95" -> "p95", "999" -> "p99.9", "001" -> "p0.1", "05" -> "p5", "99.9" -> "p99.9".
std::optional<std::string> percentile_id(std::string_view digits) {
  if (digits.empty() || digits.size() > 5) return std::nullopt;
  const auto dot = digits.find('.');
  if (dot != std::string_view::npos) {
    if (!all_digits(digits.substr(0, dot)) || !all_digits(digits.substr(dot + 1)))
      return std::nullopt;
    return "p" + std::string(digits);
  }
  if (!all_digits(digits)) return std::nullopt;
  std::string s(digits);
  if (s == "100") return "max";  // p100: the largest
  // p999 = 99.9, p001 = 0.1; not "P106" (a GPU, NVIDIA's P106-100): a three-digit percentile
  // is of a tail, 99.x or 0.x.
  if (s.size() == 3 && !(s.starts_with("99") || s[0] == '0')) return std::nullopt;
  if (s.size() == 3) s = s.substr(0, 2) + "." + s.substr(2);
  while (s.size() > 1 && s[0] == '0' && s[1] != '.') s.erase(0, 1);
  if (s == "50") return "median";
  if (s == "0" || s == "100") return s == "0" ? "min" : "max";
  return "p" + s;
}

}  // namespace

std::span<const MetricDef> all_metrics() {
  return kMetrics;
}

const MetricDef* find_metric(std::string_view id) {
  for (const auto& m : kMetrics) {
    if (m.id == id) return &m;
  }
  return nullptr;
}

std::string_view definition_of(std::string_view id) {
  const MetricDef* m = find_metric(id);
  return m ? m->definition : std::string_view();
}

std::span<const StatisticDef> all_statistics() {
  return kStatistics;
}

std::optional<std::string> parse_statistic(std::string_view word) {
  std::string w = text::to_lower(text::trim(word));
  for (const std::string_view pre : {"quantiles_", "quantile_", "percentile_", "percentiles_"}) {
    if (w.rfind(pre, 0) == 0) w.erase(0, pre.size());
  }
  struct Alias {
    std::string_view word, stat;
  };
  static constexpr std::array<Alias, 32> kAliases = {{
      {"mean", "mean"},
      {"avg", "mean"},
      {"average", "mean"},
      {"median", "median"},
      {"med", "median"},
      {"min", "min"},
      {"minimum", "min"},
      {"max", "max"},
      {"maximum", "max"},
      {"lowest", "min"},  // TGI's text-generation-benchmark tables
      {"highest", "max"},
      {"std", "std"},
      {"stddev", "std"},
      {"std_dev", "std"},
      {"stdev", "std"},
      {"sd", "std"},
      {"stderr", "sem"},  // lm-evaluation-harness's "| Value | | Stderr |"
      {"sem", "sem"},
      {"variance", "variance"},
      {"var", "variance"},
      {"mode", "mode"},
      {"cv", "cv"},
      {"samples", "sample"},
      {"total_sum", "sum"},
      {"peak", "max"},
      {"sum", "sum"},
      {"mdn", "median"},  // GuideLLM's console tables (0.4 on)
      // Spanish, German and French notes' rows: "PROMEDIO", "Durchschnitt", "Moyenne".
      {"promedio", "mean"},
      {"mediana", "median"},
      {"durchschnitt", "mean"},
      {"mittelwert", "mean"},
      {"moyenne", "mean"},
  }};
  for (const auto& a : kAliases) {
    if (w == a.word) return std::string(a.stat);
  }
  if (w.size() >= 2 && w[0] == 'p') return percentile_id(std::string_view(w).substr(1));
  // "95th", "99th percentile" forms reach here as "95th".
  if (w.size() > 2 && w.substr(w.size() - 2) == "th")
    return percentile_id(std::string_view(w).substr(0, w.size() - 2));
  return std::nullopt;
}

bool unit_fits(const MetricDef& m, std::string_view unit, std::string_view statistic) {
  if (unit.empty() || m.unit.empty() || !statistic_keeps_unit(statistic)) return true;
  // A cost over a period ("$27.95/month", "-$2,400/yr") is a cost, its period kept in its unit.
  if (m.id == "cost" && (unit == "USD/month" || unit == "USD/yr")) return true;
  const auto n = units::normalize(1.0, unit);
  return n && n->unit == m.unit;
}

bool statistic_keeps_unit(std::string_view s) {
  return s != "count" && s != "variance" && s != "cv";
}

std::span<const ParameterDef> all_parameters() {
  return kParameters;
}

const ParameterDef* find_parameter(std::string_view id) {
  for (const auto& p : kParameters) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

std::string_view direction_name(Direction d) {
  switch (d) {
    case Direction::higher:
      return "higher";
    case Direction::lower:
      return "lower";
    case Direction::neither:
      break;
  }
  return "neither";
}

std::string describe(const MetricDef& m) {
  std::string s(m.label);
  s += " (";
  s += m.unit.empty() ? "no unit" : m.unit;
  if (m.direction != Direction::neither) {
    s += ", ";
    s += direction_name(m.direction);
    s += " is better";
  }
  s += "): ";
  s += m.definition;
  return s;
}

}  // namespace chimera::metrics
