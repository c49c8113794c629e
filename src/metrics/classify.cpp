#include "chimera/metrics/classify.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "chimera/core/text.hpp"
#include "chimera/metrics/gloss.hpp"

namespace chimera::metrics {
namespace {

using Tokens = std::vector<std::string>;

// Lower-case words of a name: split on anything but letters and digits, and at camelCase
// boundaries ("timeToFirstToken" -> time to first token). "µs" becomes "us".
Tokens tokenize(std::string_view name) {
  Tokens out;
  std::string cur;
  char prev = 0;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char ch = name[i];
    if (static_cast<unsigned char>(ch) == 0xC2 && i + 1 < name.size() &&
        static_cast<unsigned char>(name[i + 1]) == 0xB5) {  // µ
      cur += 'u';
      ++i;
      prev = 'u';
      continue;
    }
    if (ch == '\'' && i + 1 < name.size() && (name[i + 1] == 's' || name[i + 1] == 'S')) {
      ++i;  // "Cohen's d": a possessive, not seconds
      continue;
    }
    // Greek letters that are words: "η(8)" an efficiency (η² an effect size), "TTFT Δ" a change.
    const auto next = [&](std::size_t k) {
      return k < name.size() ? static_cast<unsigned char>(name[k]) : 0;
    };
    // ... and "Power α", "Exp β": a fit's coefficients, named.
    if (static_cast<unsigned char>(ch) == 0xCE && (next(i + 1) == 0xB1 || next(i + 1) == 0xB2)) {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
      out.emplace_back(next(i + 1) == 0xB1 ? "alpha" : "beta");
      ++i;
      prev = ' ';
      continue;
    }
    if (static_cast<unsigned char>(ch) == 0xCE && (next(i + 1) == 0xB7 || next(i + 1) == 0x94)) {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
      const bool eta = next(i + 1) == 0xB7;
      out.emplace_back(eta ? "eta" : "delta");
      ++i;
      prev = ' ';
      if (eta && next(i + 1) == 0xC2 && next(i + 2) == 0xB2) {
        out.emplace_back("squared");
        i += 2;
      }
      continue;
    }
    const bool upper = ch >= 'A' && ch <= 'Z';
    const bool lower = ch >= 'a' && ch <= 'z';
    const bool digit = ch >= '0' && ch <= '9';
    if (!(upper || lower || digit) && ch != '.') {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else if (ch == '.') {
      // A dot inside a number ("p99.9") stays; elsewhere it separates words.
      const bool in_number = !cur.empty() && prev >= '0' && prev <= '9' && i + 1 < name.size() &&
                             name[i + 1] >= '0' && name[i + 1] <= '9';
      if (in_number) {
        cur += '.';
      } else if (!cur.empty()) {
        out.push_back(std::move(cur));
        cur.clear();
      }
    } else {
      if (upper && prev >= 'a' && prev <= 'z' && !cur.empty()) {
        out.push_back(std::move(cur));
        cur.clear();
        // "memUsedMiB": a binary unit at the end of a camelCase name is one word, not "mi b".
        const std::string_view rest = name.substr(i);
        if (rest.size() >= 3 && rest[1] == 'i' && rest[2] == 'B' &&
            (rest[0] == 'K' || rest[0] == 'M' || rest[0] == 'G' || rest[0] == 'T') &&
            (rest.size() == 3 || !(rest[3] >= 'a' && rest[3] <= 'z'))) {
          out.push_back({static_cast<char>(ch + 32), 'i', 'b'});
          i += 2;
          prev = 'B';
          continue;
        }
      }
      cur += upper ? static_cast<char>(ch + 32) : ch;
    }
    prev = ch;
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  // "prompttps", "gentps" (ExLlamaV2's speed tests): a phase glued to "tps", two words.
  for (std::size_t k = 0; k < out.size(); ++k) {
    const std::string& w = out[k];
    if (w.size() <= 3 || !w.ends_with("tps")) continue;
    const std::string_view head = std::string_view(w).substr(0, w.size() - 3);
    for (const std::string_view phase : {"prompt", "gen", "eval", "decode", "prefill", "output",
                                         "input", "total", "completion", "pp", "tg"}) {
      if (head != phase) continue;
      std::string first(head);
      out[k] = "tps";
      out.insert(out.begin() + static_cast<std::ptrdiff_t>(k), std::move(first));
      ++k;
      break;
    }
  }
  return out;
}

struct UnitAlias {
  std::string_view alias, unit;
};

// Spellings of units inside brackets, in cells, sibling "unit" fields or slash forms.
constexpr std::array<UnitAlias, 108> kUnits = {{
    {"ms", "ms"},
    {"msec", "ms"},
    {"msecs", "ms"},
    {"millis", "ms"},
    {"milliseconds", "ms"},
    {"millisecond", "ms"},
    // A time per token ("17.5 ms/tok" in a TPOT column): the time, per the token the name counts.
    // A clock's frequency (DCGM's "sm_clock_frequency", "memory_clock_frequency"), as written.
    {"mhz", "MHz"},
    {"ghz", "GHz"},
    {"khz", "kHz"},
    {"ms/tok", "ms"},
    {"ms/token", "ms"},
    {"s/tok", "s"},
    {"s/token", "s"},
    {"s", "s"},
    {"sec", "s"},
    {"secs", "s"},
    {"second", "s"},
    {"seconds", "s"},
    {"ns", "ns"},
    {"nanoseconds", "ns"},
    {"us", "us"},
    {"\xC2\xB5s", "us"},
    {"microseconds", "us"},
    {"min", "min"},
    {"mins", "min"},
    {"minute", "min"},
    {"minutes", "min"},
    {"h", "h"},
    {"hours", "h"},
    {"hrs", "h"},
    {"tok/s", "tok/s"},
    {"tokens/s", "tok/s"},
    {"token/s", "tok/s"},
    {"tokens/sec", "tok/s"},
    {"tokens/secs", "tok/s"},  // TGI's text-generation-benchmark
    {"token/sec", "tok/s"},
    {"tok/sec", "tok/s"},
    {"t/s", "tok/s"},
    {"tokens per second", "tok/s"},
    {"tps", "tok/s"},
    {"intvty", "tok/s"},  // InferenceMAX's interactivity: a request's tokens per second
    {"tokens/min", "tok/min"},
    {"tok/min", "tok/min"},
    {"tokens/sec/user", "tok/s"},
    {"req/s", "req/s"},
    {"reqs/s", "req/s"},
    {"requests/s", "req/s"},
    {"requests/sec", "req/s"},
    {"request/s", "req/s"},
    {"req/sec", "req/s"},
    {"rps", "req/s"},
    {"qps", "req/s"},
    {"per sec", "req/s"},
    {"per second", "req/s"},
    {"req/min", "req/min"},
    {"requests/min", "req/min"},
    {"%", "%"},
    {"pct", "%"},
    {"percent", "%"},
    {"kb", "KiB"},
    {"kib", "KiB"},
    {"mb", "MiB"},
    {"mib", "MiB"},
    {"gb", "GiB"},
    {"gib", "GiB"},
    {"tb", "TiB"},
    {"tib", "TiB"},
    {"gb/s", "GB/s"},
    {"gib/s", "GiB/s"},
    {"mb/s", "MB/s"},
    {"mib/s", "MiB/s"},
    {"kb/s", "kB/s"},
    {"tb/s", "TB/s"},
    {"bytes", "bytes"},
    {"b", "bytes"},
    {"w", "W"},
    {"mw", "mW"},  // (a megawatt is no reading of a computer)
    {"watts", "W"},
    {"j", "J"},
    {"joules", "J"},
    {"wh", "Wh"},
    {"kwh", "kWh"},
    {"j/tok", "J/tok"},
    {"j/token", "J/tok"},
    {"x", "x"},
    {"tokens", "tokens"},
    {"token", "tokens"},
    {"token(s)", "tokens"},
    {"tok", "tokens"},
    {"toks", "tokens"},  // "toks=1000", "700 toks": a count ("toks/s" is a rate)
    {"toks/s", "tok/s"},
    {"count", "count"},
    {"requests", "count"},
    {"fraction", "fraction"},
    {"usd", "USD"},
    {"usd/mtok", "USD/Mtok"},
    {"usd/h", "USD/h"},
    {"usd/req", "USD/req"},
    {"usd/kreq", "USD/kreq"},
    {"usd/month", "USD/month"},
    {"usd/yr", "USD/yr"},
    {"$/1m tokens", "USD/Mtok"},
    {"usd/1m tokens", "USD/Mtok"},
    {"pp", "pp"},
    {"chars", "chars"},
    {"characters", "chars"},
    {"nats", "nats"},  // an entropy in natural units
    {"\xC2\xB0"
     "c",
     "C"},
}};

std::optional<std::string_view> unit_alias(std::string_view s) {
  const std::string low = text::to_lower(text::trim(s));
  for (const auto& a : kUnits) {
    if (low == a.alias) return a.unit;
  }
  return std::nullopt;
}

bool is_time_unit(std::string_view u) {
  return u == "ms" || u == "s" || u == "ns" || u == "us" || u == "min" || u == "h";
}
bool is_memory_unit(std::string_view u) {
  return u == "bytes" || u == "KiB" || u == "MiB" || u == "GiB" || u == "TiB";
}
bool is_data_rate_unit(std::string_view u) {
  return u == "GB/s" || u == "GiB/s" || u == "MB/s" || u == "MiB/s" || u == "kB/s" || u == "TB/s";
}

// Whether the words before a bracket name a pure number (a fraction, a coefficient), whose one
// bracketed letter is its symbol.
bool names_dimensionless(std::string_view before) {
  const std::string low = text::to_lower(text::trim(before));
  const auto space = low.find_last_of(" _");
  const std::string_view last =
      space == std::string::npos ? std::string_view(low) : std::string_view(low).substr(space + 1);
  for (const std::string_view w : {"fraction", "exponent", "slope", "intercept", "coefficient",
                                   "ratio", "share", "proportion", "factor", "probability"}) {
    if (last == w) return true;
  }
  return false;
}

// "CPU(s)", "Core(s) per socket", "Thread(s)": a plural's "(s)" glued to a noun, no seconds (a
// time's name keeps them: "Time(s)", "Latency(s)", "E2E(s)", "TTFT(s)").
bool is_plural(std::string_view name, std::size_t open, std::string_view inner) {
  if (inner != "s" || open == 0 || !std::isalpha(static_cast<unsigned char>(name[open - 1])))
    return false;
  std::size_t from = open;
  while (from > 0 && std::isalnum(static_cast<unsigned char>(name[from - 1]))) --from;
  const std::string word = text::to_lower(name.substr(from, open - from));
  for (const std::string_view w :
       {"cpu",     "core",  "thread", "socket",    "node",  "gpu",  "device",
        "request", "token", "worker", "agent",     "user",  "run",  "file",
        "model",   "item",  "step",   "iteration", "batch", "layer"})
    if (word == w) return true;
  return false;
}

// "Serial Fraction (s)": one bracketed letter after a pure number's name is its symbol.
bool is_symbol(std::string_view name, std::size_t open, std::string_view inner) {
  return (inner.size() == 1 && names_dimensionless(name.substr(0, open))) ||
         is_plural(name, open, inner);
}
bool has_symbol(std::string_view name) {
  const auto open = name.find_last_of('(');
  const auto close = open == std::string_view::npos ? open : name.find(')', open);
  return close != std::string_view::npos &&
         is_symbol(name, open, name.substr(open + 1, close - open - 1));
}

// "s_A", "s (mean)": a one-letter symbol (Amdahl's serial fraction s) with a subscript or a
// statistic, not a unit ("Mean (s)" still is seconds: its letter is bracketed).
bool is_symbol_name(std::string_view name, const Tokens& t) {
  if (t.size() < 2 || t[0].size() != 1) return false;
  for (std::size_t i = 1; i < t.size(); ++i) {
    if (parse_statistic(t[i])) continue;
    if (i == 1 && t[i].size() == 1 && name.size() > 1 && name[1] == '_') continue;
    return false;
  }
  return true;
}

// A unit written in brackets anywhere in the name, last one first: "TTFT (ms)", "Rate [tok/s]",
// "Request Throughput (per sec)", "Output Sequence Length (tokens)".
std::optional<std::string> bracketed_unit(std::string_view name) {
  std::size_t end = name.size();
  while (true) {
    const auto open = name.find_last_of("([", end == 0 ? 0 : end - 1);
    if (open == std::string_view::npos || end == 0) return std::nullopt;
    const auto close = name.find_first_of(")]", open);
    // "Exponent (b)", "Slope (a)", "Serial Fraction (s)": a coefficient's symbol, not bytes or
    // seconds.
    const auto inner = close == std::string_view::npos ? std::string_view()
                                                       : name.substr(open + 1, close - open - 1);
    // "Params (B)", "Parameters (B)": billions of parameters, no bytes.
    const bool billions = (inner == "B" || inner == "b") &&
                          text::to_lower(name.substr(0, open)).find("param") != std::string::npos;
    if (close != std::string_view::npos && inner != "b" && !billions &&
        !is_symbol(name, open, inner)) {
      if (auto u = parse_unit(inner)) return u;
    }
    if (open == 0) return std::nullopt;
    end = open;
  }
}

// "Overall Inference Speed (IPS)", "Render rate (FPS)": a rate per second named by an
// abbreviation no unit here spells (TPS, QPS and RPS are); kept as written, so the figure is not
// claimed in tokens or requests per second.
std::string per_second_abbreviation(std::string_view name) {
  const auto open = name.rfind('(');
  const auto close = name.find(')', open == std::string_view::npos ? 0 : open);
  if (open == std::string_view::npos || close == std::string_view::npos) return {};
  const std::string_view inner = name.substr(open + 1, close - open - 1);
  if (inner.size() < 3 || inner.size() > 6 || !inner.ends_with("PS")) return {};
  for (const char ch : inner)
    if (ch < 'A' || ch > 'Z') return {};
  return std::string(inner);
}

// "PP/s", "TG/s", "pp512/s", "tg128 /sec": llama.cpp's prompt processing and text generation
// per second, its tokens per second (not "pp" a duration in seconds).
bool llama_cpp_rate(std::string_view low) {
  for (auto slash = low.find('/'); slash != std::string_view::npos;
       slash = low.find('/', slash + 1)) {
    const std::string_view per = low.substr(slash + 1);
    if (!(per == "s" || per == "sec" || per.starts_with("s ") || per.starts_with("sec "))) continue;
    std::size_t end = slash;
    while (end > 0 && low[end - 1] == ' ') --end;
    std::size_t from = end;
    while (from > 0 && std::isdigit(static_cast<unsigned char>(low[from - 1]))) --from;
    if (from < 2) continue;
    const std::string_view word = low.substr(from - 2, 2);
    const bool starts = from == 2 || !std::isalnum(static_cast<unsigned char>(low[from - 3]));
    if (starts && (word == "pp" || word == "tg")) return true;
  }
  return false;
}

// A slash rate written in the name itself: "Throughput tok/s", "t/s", "tokens/sec".
std::optional<std::string> slash_rate(std::string_view name) {
  const std::string low = text::to_lower(name);
  static constexpr std::array<UnitAlias, 21> kRates = {{
      {"tokens/sec/user", "tok/s"},
      // A sequence is one request's generation (TensorRT-LLM's "seq_throughput(seq/sec)").
      {"sequences/s", "req/s"},
      {"seq/sec", "req/s"},
      {"seq/s", "req/s"},
      {"tokens/sec", "tok/s"},
      {"tokens/s", "tok/s"},
      {"token/s", "tok/s"},
      {"tok/sec", "tok/s"},
      {"tok/s", "tok/s"},
      {"t/s", "tok/s"},
      {"requests/sec", "req/s"},
      {"requests/s", "req/s"},
      {"req/s", "req/s"},
      {"req/min", "req/min"},
      {"tokens/min", "tok/min"},
      {"j/tok", "J/tok"},
      // Memory per token (a KV cache's cost): kept as written, no memory in use.
      {"kb/tok", "KB/tok"},
      {"mb/tok", "MB/tok"},
      {"gb/tok", "GB/tok"},
      {"bytes/tok", "B/tok"},
      {"b/tok", "B/tok"},
  }};
  if (llama_cpp_rate(low)) return std::string("tok/s");
  for (const auto& r : kRates) {
    const auto at = low.find(r.alias);
    if (at == std::string::npos) continue;
    // "tok/s per GB": a rate per something else is a ratio we do not normalise.
    const auto rest = std::string_view(low).substr(at + r.alias.size());
    const auto per = rest.find("per ");
    if (per < 3) {  // npos is never < 3
      const auto denom = tokenize(rest.substr(per + 4));
      // "tok/sec per user": one request's rate, in tok/s (as "tokens/sec/user").
      if (!denom.empty() && (denom[0] == "user" || denom[0] == "stream" || denom[0] == "request"))
        return std::string(r.unit);
      if (!denom.empty()) return std::string(r.unit) + "/" + denom[0];
    }
    if ((r.alias == "t/s" || r.alias == "j/tok" || r.alias == "b/tok") && at > 0 &&
        std::isalpha(static_cast<unsigned char>(low[at - 1])))
      continue;  // "tokens/s" matched above; "...t/s" inside a word ("mJ/tok") is not this unit
    return std::string(r.unit);
  }
  return std::nullopt;
}

// "Transactions/s" of "Throughput (Transactions/s)", "files/sec" -> "files/s": a per-second rate
// of a count the registry has no unit for (tokens and requests are slash_rate's); "" otherwise.
std::string rate_of_other_things(std::string_view name) {
  for (auto slash = name.find('/'); slash != std::string_view::npos;
       slash = name.find('/', slash + 1)) {
    std::size_t from = slash;
    while (from > 0 && std::isalpha(static_cast<unsigned char>(name[from - 1]))) --from;
    std::size_t to = slash + 1;
    while (to < name.size() && std::isalpha(static_cast<unsigned char>(name[to]))) ++to;
    const std::string what = text::to_lower(name.substr(from, slash - from));
    const std::string per = text::to_lower(name.substr(slash + 1, to - slash - 1));
    if (what.size() < 3 || (per != "s" && per != "sec" && per != "second")) continue;
    if (what.rfind("tok", 0) == 0 || what.rfind("req", 0) == 0 || unit_alias(what)) continue;
    return std::string(name.substr(from, slash - from)) + "/s";
  }
  return {};
}

// "Safe Sustained (70% util)": the bracket is the load it holds at, not the figure's quantity;
// the name without it. (Only a share of utilisation, load or capacity: "Mean (95% CI)" stays.)
std::string_view without_load_condition(std::string_view name) {
  // "Workers for 100 rps": the count needed at that load, not a rate.
  if (const auto at = name.find(" for "); at != std::string_view::npos && at > 0) {
    const std::string_view rest = name.substr(at + 5);
    // (Only "<number> <unit>" to the end: not "Time for 1M requests / Delta".)
    const auto space = rest.find(' ');
    if (!rest.empty() && rest.front() >= '0' && rest.front() <= '9' &&
        space != std::string_view::npos && rest.find(' ', space + 1) == std::string_view::npos)
      return text::trim(name.substr(0, at));
  }
  const auto open = name.find('(');
  if (open == std::string_view::npos || open == 0 || name.back() != ')') return name;
  const std::string low = text::to_lower(name.substr(open + 1, name.size() - open - 2));
  std::size_t i = 0;
  while (i < low.size() && (std::isdigit(static_cast<unsigned char>(low[i])) || low[i] == '.')) ++i;
  if (i == 0 || i >= low.size() || low[i] != '%') return name;
  const std::string_view rest = text::trim(std::string_view(low).substr(i + 1));
  if (rest != "util" && rest != "utilization" && rest != "utilisation" && rest != "load" &&
      rest != "capacity")
    return name;
  return text::trim(name.substr(0, open));
}

bool has(const Tokens& t, std::string_view w) {
  return std::find(t.begin(), t.end(), w) != t.end();
}

bool is_token_word(std::string_view w) {
  return w == "tok" || w == "toks" || w == "token" || w == "tokens" || w == "t";
}
bool is_request_word(std::string_view w) {
  return w == "req" || w == "reqs" || w == "request" || w == "requests" || w == "completed";
}
bool is_second_word(std::string_view w) {
  return w == "s" || w == "sec" || w == "secs" || w == "second" || w == "seconds";
}
bool is_minute_word(std::string_view w) {
  return w == "min" || w == "mins" || w == "minute" || w == "minutes";
}

// "X per Y" in the words: tokens per second -> tok/s, requests per minute -> req/min, tokens per
// GB -> tokens/gb (a ratio, not normalised). Marks the words it used in `used`.
std::optional<std::string> per_unit(const Tokens& t, std::vector<bool>& used) {
  for (std::size_t i = 1; i + 1 < t.size(); ++i) {
    if (t[i] != "per") continue;
    const std::string& num = t[i - 1];
    const std::string& den = t[i + 1];
    // Only a unit-like denominator makes a unit: "time per output token" is a name, not a unit.
    static constexpr std::array<std::string_view, 18> kDenominators = {
        "s",  "sec", "secs", "second", "seconds", "min",   "mins", "minute", "minutes",
        "gb", "gib", "mb",   "w",      "watt",    "watts", "gpu",  "user",   "usd"};
    if (std::find(kDenominators.begin(), kDenominators.end(), den) == kDenominators.end()) continue;
    // "throughput per user": a per-user rate, in no unit the words spell
    if (den == "user" && !is_token_word(num) && !is_request_word(num)) continue;
    used[i] = used[i + 1] = true;
    // What is counted: tokens ("Prompt Per Second", llama-server's "Predict Per Second": tokens
    // of the prompt, tokens predicted), or requests; through a rate's own word
    // ("request_throughput_per_s", "output_throughput_per_s").
    // (Not GuideLLM's "tokens.output_per_second": per-request figures kept as they were.)
    const auto counted = [](const std::string& w, bool of_rate) -> std::string {
      if (is_token_word(w) || w == "prompt" || w == "predict" || w == "predicted" ||
          w == "prefill" || w == "decode" || w == "completion" ||
          (of_rate && (w == "output" || w == "input")))
        return "tok";
      return is_request_word(w) ? "req" : "";
    };
    std::string n = counted(num, false);
    if (n.empty() && i >= 2 && (num == "throughput" || num == "rate" || num == "speed"))
      n = counted(t[i - 2], true);
    if (is_second_word(den)) return n.empty() ? std::string("/s") : n + "/s";
    if (is_minute_word(den)) return n.empty() ? std::string("/min") : n + "/min";
    // "output_throughput_per_gpu_tok_s", "..._per_user_tok_s": a rate in tok/s, per GPU or per
    // user, as its last words say.
    if ((den == "gpu" || den == "user") && i + 4 == t.size() && is_token_word(t[i + 2]) &&
        is_second_word(t[i + 3])) {
      used[i + 2] = used[i + 3] = true;
      return std::string("tok/s");
    }
    if (n.empty()) n = num;
    return n + "/" + den;
  }
  return std::nullopt;
}

struct Scan {
  std::string statistic;
  std::string unit;
  bool stat_only = false;
  bool stat_unit_only = false;  // only a statistic and a unit's words: "p50_s", "mean_tok_s"
};

// "50" of "N (50% threshold)": a number qualifying the next word.
bool is_number_word(const std::string& w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char ch) {
    return (ch >= '0' && ch <= '9') || ch == '.' || ch == '%';
  });
}

// Statistic and unit words anywhere in the name: "ttft_s_quantiles_p50" -> s, median;
// "eval_s_mean" -> s, mean; "avg_ts" -> tok/s, mean. "min" is a statistic unless it follows
// "per" (a rate per minute).
bool is_spread(std::string_view statistic) {
  return statistic == "std" || statistic == "variance" || statistic == "cv";
}

Scan scan_words(const Tokens& t) {
  Scan s;
  std::vector<bool> used(t.size(), false);
  if (auto u = per_unit(t, used)) s.unit = *u;
  // "effective_bandwidth_gb_s", "read_mb_s": data per second, no amount of memory.
  if (s.unit.empty() && t.size() >= 3 && (t.back() == "s" || t.back() == "sec")) {
    const std::string& d = t[t.size() - 2];
    const std::string_view rate = d == "gb"    ? "GB/s"
                                  : d == "mb"  ? "MB/s"
                                  : d == "tb"  ? "TB/s"
                                  : d == "gib" ? "GiB/s"
                                  : d == "mib" ? "MiB/s"
                                               : "";
    if (!rate.empty()) {
      s.unit = std::string(rate);
      used[t.size() - 1] = used[t.size() - 2] = true;
    }
  }
  std::size_t meaningful = 0, unit_words = 0;
  std::size_t peak_at = t.size();  // where a "peak" gave the statistic
  for (std::size_t i = 0; i < t.size(); ++i) {
    const std::string& w = t[i];
    if (used[i]) continue;
    // "per minute", and "% at Max" (at the largest load level): no statistic of the figure;
    // "Theoretical Max RPS": a capacity worked out, not the largest of observed figures.
    const bool after_per =
        i > 0 && (t[i - 1] == "per" || t[i - 1] == "at" || t[i - 1] == "theoretical");
    // "P2 NP=1 Mean (ms)": a low "percentile" beside a plain statistic is a phase or a name.
    const bool weak = s.statistic.size() == 2 && s.statistic[0] == 'p' && s.statistic[1] < '5';
    // "Throughput Delta (tok/s) / StdDev": the spread of the differences, not a difference.
    const bool of_delta = s.statistic == "delta";
    // ... and "itl_mean_std", "Mean StdDev": a standard deviation (of repeated runs' means,
    // or averaged), not a mean.
    if (s.statistic == "mean" && (w == "std" || w == "stdev" || w == "stddev")) {
      s.statistic = "std";
      continue;
    }
    // "Multiple of d_min": Cohen's d of the minimum detectable effect, no minimum of samples.
    if (w == "min" && i > 0 && t[i - 1] == "d") continue;
    // "Total samples", "Number of samples": how many there were, not one of them.
    if (w == "samples" && i > 0 &&
        (t[i - 1] == "total" || t[i - 1] == "of" || t[i - 1] == "num" || t[i - 1] == "n" ||
         t[i - 1] == "judged" || t[i - 1] == "evaluated" || t[i - 1] == "scored" ||
         t[i - 1] == "collected")) {
      s.statistic = "count";
      continue;
    }
    // "peak_gpu_mb (median)", "peak memory (mean)": the median or mean over runs of each
    // run's peak, the statistic after the peak.
    const bool of_peak = s.statistic == "max" && peak_at < i && t[i - 1] != "to" &&
                         t[i - 1] != "vs" && t[i - 1] != "over";
    if (!after_per && (s.statistic.empty() || weak || of_delta || of_peak)) {
      if (auto st = parse_statistic(w); st && (!of_delta || is_spread(*st))) {
        const bool plain = (*st)[0] != 'p' || *st == "p";
        if ((w != "samples" || t.size() > 1) && (s.statistic.empty() || plain) &&
            (!of_peak || *st == "mean" || *st == "median")) {
          s.statistic = *st;
          if (w == "peak") peak_at = i;
          continue;
        }
      }
    }
    if (w == "delta" || w == "diff" || w == "difference" || w == "change" || w == "reduction" ||
        w == "improvement" || w == "gain" || w == "regression" || w == "residual" ||
        w == "residuals" || w == "savings" || w == "saving" || w == "increase" || w == "decrease" ||
        w == "drop" || w == "degradation" || w == "advantage" || w == "slowdown" || w == "uplift" ||
        // (not a sampler's "repeat_penalty", "presence_penalty": settings)
        (w == "penalty" && (i == 0 || (t[i - 1] != "repeat" && t[i - 1] != "presence" &&
                                       t[i - 1] != "frequency" && t[i - 1] != "length"))) ||
        (w == "overhead" && (i + 1 == t.size() || (t[i + 1] != "factor" && t[i + 1] != "ratio")) &&
         (i == 0 || t[i - 1] != "connection"))) {  // AIPerf's "HTTP Connection Overhead": a time
      s.statistic = "delta";                       // a difference between two figures, not a figure
      continue;
    }
    if ((w == "expected" || w == "expectation" || w == "predicted" || w == "projected" ||
         w == "target" || w == "hypothetical" ||
         // ("Recommended VRAM", "推奨GPU VRAM": a requirement stated, nothing measured; not
         // "Recommended tok/s", measured with the recommended settings.)
         (w == "recommended" && i == 0 && i + 1 < t.size() &&
          (t[i + 1] == "vram" || t[i + 1] == "ram" || t[i + 1] == "memory" || t[i + 1] == "gpu" ||
           t[i + 1] == "disk" || t[i + 1] == "storage")) ||
         // ("Ideal", "Ideal speedup": foreseen; not "Ideal conditions", measured under them)
         (w == "ideal" && t.size() <= 3 &&
          (i == 0 || (t[i - 1] != "non" && t[i - 1] != "less" && t[i - 1] != "not")) &&
          (i + 1 == t.size() || t[i + 1] == "speedup" || t[i + 1] == "throughput" ||
           t[i + 1] == "scaling" || t[i + 1] == "efficiency")) ||
         // ("actual/theoretical", "实际/理论": the ratio of the two, no theoretical figure.)
         (w == "theoretical" && std::find(t.begin(), t.end(), "actual") == t.end()) ||
         // (Not a statistician's "Point Estimate": worked out from the data, as a mean is.)
         (w == "estimate" && t.size() > 1 && (i == 0 || t[i - 1] != "point")) || w == "estimated" ||
         (w == "threshold" && !after_per && !(i > 0 && is_number_word(t[i - 1])))) &&
        s.statistic.empty()) {
      s.statistic = "expected";  // "expected_throughput": stated beforehand, not measured
      continue;
    }
    if (w == "quantiles" || w == "quantile" || w == "percentiles" || w == "percentile" ||
        w == "stats" || w == "statistics" || w == "value" || w == "values" || w == "results" ||
        w == "result" || w == "th" ||
        // "Obs p95" beside "Observed Wait (ms)": the word says measured, not what
        w == "obs" || w == "observed" || w == "measured")
      continue;
    ++meaningful;
    if (unit_alias(w) || is_token_word(w) || w == "per") ++unit_words;
    if (!s.unit.empty()) continue;
    const bool prev_token = i > 0 && is_token_word(t[i - 1]);
    // Q3_K_S, IQ1_S, IQ3_S: a quantization's size letter, no seconds.
    const auto quant_word = [](const std::string& q) {
      const std::size_t digit = q.starts_with("iq") ? 2 : q.starts_with("q") ? 1 : 0;
      return digit > 0 && q.size() > digit && std::isdigit(static_cast<unsigned char>(q[digit]));
    };
    if (w == "s" && i > 0 &&
        (t[i - 1] == "k" || t[i - 1] == "m" || t[i - 1] == "l" || quant_word(t[i - 1])))
      continue;
    const bool prev_request = i > 0 && is_request_word(t[i - 1]);
    if (w == "ts" || w == "tps" || ((prev_token) && is_second_word(w))) {
      s.unit = "tok/s";
    } else if (prev_request && is_second_word(w)) {
      s.unit = "req/s";
    } else if (w == "rps" || w == "qps") {
      s.unit = "req/s";
    } else if (w == "ms" || w == "msec" || w == "millis" || w == "s" || w == "sec" || w == "secs" ||
               w == "seconds" || w == "ns" || w == "us" || w == "mins" || w == "minutes" ||
               ((w == "hours" || w == "hrs") &&
                (i + 1 == t.size() || t[i + 1] != "per"))) {  // (not "gpu_hours_per_1M_tok")
      s.unit = std::string(*unit_alias(w));
    } else if (w == "mb" || w == "mib" || w == "gb" || w == "gib" || w == "kb" || w == "kib" ||
               w == "bytes") {
      s.unit = std::string(*unit_alias(w));
    } else if (w == "pct" || w == "percent" || w == "percentage") {
      s.unit = "%";
    } else if ((w == "watts" && t.size() > 1) ||
               (w == "w" && t.size() > 1 &&  // (not "W.1", "Appendix W: ...": a section letter)
                (i + 1 == t.size() || parse_statistic(t[i + 1])))) {
      s.unit = "W";
    } else if ((w == "j" || w == "joule") && i > 0 &&
               (t[i - 1] == "tok" || t[i - 1] == "token" || t[i - 1] == "tokens")) {
      s.unit = "tok/J";  // "efficiency (tok/J)": tokens per joule, no energy
    } else if (w == "joules" || (w == "j" && t.size() > 1)) {
      s.unit = "J";
    } else if (w == "usd") {
      s.unit = "USD";
    } else if (w == "chars" || w == "characters") {
      s.unit = "chars";  // "response_chars": a length of text, not of tokens
    } else if ((w == "c" || w == "celsius") && i > 0 &&
               (t[i - 1] == "temp" || t[i - 1] == "temperature" ||
                (i > 1 && (t[i - 2] == "temp" || t[i - 2] == "temperature")))) {
      s.unit = "C";  // "gpu_temp_c", "gpu_temp_mean_c"
    }
  }
  s.stat_unit_only = meaningful == unit_words && !s.statistic.empty() && !s.unit.empty();
  s.stat_only = meaningful == 0 || (t.size() == 1 && (t[0] == "successful" || t[0] == "errored" ||
                                                      t[0] == "incomplete" || t[0] == "total"));
  return s;
}

// The metric a name speaks of, from its words (most specific phrases first).
const MetricDef* metric_by_phrase(const Tokens& t, std::string_view unit);

// A name that spells a metric's own label ("token rate", "time to first token", "parallel
// efficiency"), as this tool's reports write them: the multi-word labels of the registry.
const MetricDef* metric_by_label(const Tokens& t) {
  // The registry's multi-word labels as " word word " phrases, longest first; built once.
  static const std::vector<std::pair<std::string, const MetricDef*>> kLabels = [] {
    std::vector<std::pair<std::string, const MetricDef*>> out;
    for (const auto& m : all_metrics()) {
      std::string phrase = " ";
      for (const char ch : m.label) {
        const bool alnum = std::isalnum(static_cast<unsigned char>(ch)) != 0;
        if (alnum) {
          phrase += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        } else if (phrase.back() != ' ') {
          phrase += ' ';
        }
      }
      if (phrase.back() != ' ') phrase += ' ';
      if (phrase.find(' ', 1) == phrase.size() - 1) continue;  // one word: metric_of's business
      out.emplace_back(std::move(phrase), &m);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    return out;
  }();
  std::string j = " ";
  for (const auto& w : t) j += w + ' ';
  for (const auto& [phrase, m] : kLabels) {
    if (j.find(phrase) != std::string::npos) return m;
  }
  return nullptr;
}

const MetricDef* metric_of(const Tokens& t, std::string_view unit) {
  // AIPerf's "e2e_output_token_throughput" (tokens/sec/user): one request's output tokens over
  // its whole latency, TTFT included; beside AIPerf's own per-user decode rate, no second
  // decode rate and no metric of ours (the same in its CSV and JSON); never a latency.
  if (has(t, "e2e") && has(t, "output") && (has(t, "throughput") || has(t, "rate")) &&
      !has(t, "latency"))
    return nullptr;
  if (const MetricDef* m = metric_by_phrase(t, unit)) return m;
  return metric_by_label(t);
}

const MetricDef* metric_by_phrase(const Tokens& t, std::string_view unit) {
  std::string j = " ";
  std::string cat;
  for (const auto& w : t) {
    j += w;
    j += ' ';
    cat += w;
  }
  const auto in = [&](std::string_view phrase) { return j.find(phrase) != std::string::npos; };
  const auto c = [&](std::string_view s) { return cat.find(s) != std::string::npos; };
  const auto m = [](std::string_view id) { return find_metric(id); };
  // "Chimera_TP", "TP Δ (tok/s)": TP abbreviates throughput beside other words; alone or beside a
  // pipeline or size ("| TP | PP |", "tp_size") it is a tensor-parallel setting.
  if (const auto tp = j.find(" tp "); tp != std::string::npos && t.size() > 1 && !in(" pp ") &&
                                      !in(" size ") && !in(" degree ") && !in(" parallel "))
    j.replace(tp, 4, " throughput ");
  // "tput": throughput, as benchmark scripts abbreviate it.
  if (const auto tput = j.find(" tput "); tput != std::string::npos)
    j.replace(tput, 6, " throughput ");
  const bool rate_unit = unit == "tok/s" || unit == "tok/min";
  const bool time_unit = is_time_unit(unit);
  const bool ratey =
      rate_unit || in(" rate ") || in(" throughput ") || in(" speed ") || in(" tps ") || in(" ts ");

  // A GPU's "xid_errors" (faults its driver reported): no failed request, no metric of ours.
  // ... nor "itl_jitter_p95_ms": how much the gaps vary, no gap itself.
  if (in(" xid ") || in(" jitter ")) return nullptr;
  // TensorRT-LLM's "output_throughput_per_gpu_tok_s": a rate divided among the GPUs, beside the
  // system's own; no rate of ours (a system's of one GPU reads the same).
  if (in(" per gpu ") && rate_unit) return nullptr;
  // InferenceMAX's "intvty" (interactivity): a request's output tokens per second after its
  // first, its decode rate; "e2e_norm_intvty" counts the TTFT in (no second decode rate).
  if (in(" intvty ") || in(" interactivity "))
    return in(" e2e ") || in(" norm ") ? nullptr : m("decode_rate");
  // AIPerf's TTST and TTFOT (after reasoning tokens), GuideLLM's "TTFOT ms": no metric of ours.
  // (Nor AIPerf's early "Time to Last Token": no run's duration.)
  if (in(" second token ") || in(" first output token ") || c("firstoutputtoken") ||
      in(" ttfot ") || in(" ttst ") || in(" last token "))
    return nullptr;
  // ("Speed X": a speed as a multiple of a baseline's, 1.0 on the baseline's row.)
  if (in(" speedup ") || c("speedup") || j.ends_with(" speed x ")) return m("speedup");
  // Inference Perf's "avg_time_per_request", "Time per Request (s)": how long a request took,
  // not how many ran per second.
  // "Per-step decode latency (ms)": a decode step's time, one token's (the TPOT).
  if (in(" per step ") && in(" decode ") && (in(" latency ") || in(" time ")) && !rate_unit)
    return m("tpot");
  // ... and "request_time_ms" 3349: one request's time (not "total request time"; a bare
  // "request_time" the size of a Unix time is the moment it was sent, epoch_candidate below).
  if ((in(" time per request ") || in(" time per req ") ||
       (in(" request time ") && !in(" total ") && !in(" all ") && !in(" delay "))) &&
      !rate_unit && !in(" cost "))
    return m("e2e_latency");
  // AIPerf's HTTP trace ("HTTP Blocked (ms)", "http_req_connecting", "HTTP Total Time"): phases
  // of one request's HTTP exchange, no metric of ours; only the wait for the first byte is one.
  if (!t.empty() && t[0] == "http" && !in(" waiting ") && !in(" ttfb ")) return nullptr;
  // AIPerf 0.12's time-weighted figures ("Active Decode Throughput", "Effective Prefill
  // Concurrency", "Effective Latency (CO-aware)") and its scheduling delay ("Credit-to-Start
  // Latency"): none is the run's decode rate, throughput, latency or concurrency of ours, which
  // AIPerf writes beside them. ("Effective Concurrency" alone is the concurrency measured.)
  if (t.size() >= 2 && (t[0] == "active" || t[0] == "effective") &&
      (t[1] == "decode" || t[1] == "prefill" || t[1] == "total" ||
       (t[0] == "effective" && t[1] == "latency")))
    return nullptr;
  if (in(" credit to start ")) return nullptr;
  // "memory_clock_frequency" 1593 MHz, "SM clock": how fast a clock runs, no memory or SM figure.
  // (Not "wall_clock_ms": a time by the wall clock.)
  if (unit == "MHz" || unit == "GHz" || unit == "kHz" ||
      ((in(" clock ") || in(" frequency ") || in(" freq ")) && !in(" wall ") &&
       !is_time_unit(unit)))
    return nullptr;
  // "Prefill J/tok", "Energy per token (J)": joules per token, whatever phase it names.
  if (unit == "J/tok" || unit == "kWh/Mtok" ||
      ((in(" energy ") || in(" joules ")) && in(" per token ") && (unit.empty() || unit == "J")))
    return m("energy_per_token");
  // "joules_per_1k_output_tokens": energy per thousand tokens, no energy of a run (the unit says
  // which thousand: J/ktok).
  if ((in(" energy ") || in(" joules ")) && in(" per 1k ") && in(" tokens ")) return nullptr;
  if (unit == "kWh" || unit == "Wh" || unit == "J")
    if (in(" energy ") || in(" kwh ") || in(" joules ")) return m("energy");  // per request

  // "Output Token Throughput Per User", "E2E Output Token Throughput (tokens/sec/user)": one
  // request's rate (AIPerf's per-user figures), not the run's throughput.
  // genai-perf's "output_token_throughput_per_request": a request's output tokens over its whole
  // time, its first token's wait included: no decode rate, and no run's throughput either.
  if (in(" per request ") && (rate_unit || (unit.empty() && ratey))) return m("token_rate");
  // (Also "median_output_speed_per_query": one query's speed.)
  // ... "per_stream_tok_s" beside an "agg_tok_s": each stream's share; "Mean Output Speed
  // (tokens/sec)": one request's generation speed, as Artificial Analysis names it.
  if ((in(" per user ") || in(" user ") || in(" per query ") || in(" per stream ") ||
       in(" output speed ")) &&
      (rate_unit || (unit.empty() && ratey)) && !in(" prefill ") && !in(" prompt "))
    return m("decode_rate");
  // LLMPerf's "request_output_throughput_token_per_s": one request's output tokens per second,
  // as its summary's adapter reads it (a decode rate), not the run's output throughput.
  if (in(" request output throughput ") && (rate_unit || unit.empty())) return m("decode_rate");
  // A speculative decoder's acceptance length ("Accept length", vLLM's
  // "spec_decode_acceptance_length": tokens per verification step) and rate (the share of drafted
  // tokens accepted); its counts of drafts and accepted tokens, a mismatch between requested and
  // received lengths: no metric of ours (not a decode rate, not a token count).
  if ((in(" acceptance ") || in(" accept ")) && (in(" length ") || in(" len "))) {
    return m("acceptance_length");
  }
  // Spec-Bench's "#Mean Accepted Tokens" (per decoding step), "avg accepted tokens per step": the
  // same length (not "Accepted: 451 tokens", a count).
  if (in(" accepted tokens ") &&
      (in(" mean ") || in(" avg ") || in(" average ") || in(" per step ") ||
       in(" per decoding step ")) &&
      !in(" per request ") && !in(" per sequence ") && !in(" per prompt ") && !in(" total ") &&
      !in(" sum "))
    return m("acceptance_length");
  // ... and vLLM's "Per-position acceptance (%)" list: a share, in percent.
  if ((in(" acceptance ") || in(" accept ")) &&
      (in(" rate ") || in(" rates ") || (unit == "%" && !in(" accepted ")))) {
    return m("acceptance_rate");
  }
  // "MTP acc", "Draft acc", "EAGLE acceptance": a drafter's share of tokens accepted (not an
  // answer's accuracy).
  // (Not "Draft acc (MMLU)": the draft model's accuracy on a benchmark.)
  if ((in(" acc ") || in(" acceptance ") || in(" accept ")) && !in(" accepted ") && !in(" mmlu ") &&
      !in(" gsm8k ") && !in(" humaneval ") && !in(" hellaswag ") && !in(" arc ") && !in(" mbpp ") &&
      !in(" truthfulqa ") && !in(" winogrande ") &&
      (in(" mtp ") || in(" draft ") || in(" drafter ") || in(" eagle ") || in(" medusa ") ||
       in(" spec ") || in(" speculative ")))
    return m("acceptance_rate");
  if (in(" acceptance ") || in(" accepted ") || in(" mismatch ")) return nullptr;
  if (rate_unit && (in(" e2e") || in(" latency ") || in(" ttft"))) {
    // "Tokens/s (e2e_kv)": a rate, whatever else it names
    return in(" output ") ? m("output_throughput") : m("token_rate");
  }
  if ((in(" tokens generated ") || in(" total tokens generated ")) && !ratey)
    return m("output_tokens");
  if (in(" ttft") || c("timetofirsttoken") || in(" first token ") || c("firsttoken") ||
      in(" ftl ") ||            // "FTL@1": first token latency
      c("firsttimetotoken") ||  // LLMPerf READMEs' "First Time To Token (ms)"
      ((in(" time to first chunk ") || in(" first event ")) &&
       !ratey))  // a streamed reply's first chunk, its first server-sent event
    return m("ttft");
  // llama-benchy's "ttfr (ms)": the time to the first response chunk, whatever it carries (its
  // "e2e_ttft" is the time to the first token).
  if (in(" ttfb ") || in(" first byte ") || c("firstbyte") || in(" req waiting ") || in(" ttfr ") ||
      in(" time to first response "))
    return m("first_byte");  // k6's and AIPerf's "http_req_waiting": the time to the first byte
  // AIPerf's "Inter Chunk Latency": the time between stream chunks, a figure beside its ITL and
  // no latency of a request: no metric of ours.
  if (c("interchunk") || in(" time between chunks ")) return nullptr;
  // ... "TBT", "time between tokens": the same gaps under another name.
  // ... and "per_step_latency": the time of one decode step, a token's gap.
  // (A bare "Gap" with no time's unit is a difference between two figures: "| Best | Worst | Gap
  // |" of scores.)
  const bool token_gap = (in(" gap ") || in(" gaps ")) &&
                         (time_unit || in(" token ") || in(" tokens ") || in(" inter "));
  if (in(" itl ") || in(" itls ") || c("intertoken") || token_gap || in(" tbt ") ||
      c("timebetweentokens") || in(" per step latency ") || in(" step latency "))
    return m("itl");
  if (in(" gap ") || in(" gaps ")) return nullptr;  // ("NIM and vLLM gap tok/s": no rate)
  // llama-server's "prompt_per_token_ms": the prompt's processing time per prompt token, no time
  // per output token (and no metric of ours).
  if (time_unit && in(" per token ") && (in(" prompt ") || in(" prefill "))) return nullptr;
  // An OpenAI usage's "cached_tokens": prompt tokens the server had cached, no input of its own.
  if (in(" cached tokens ") || j == " cached ") return nullptr;
  // "Decode ms/token": the decode time per output token (not "ms/Token" of memory operations).
  const bool per_token_time = time_unit && (in(" ms token ") || in(" ms tok "));
  // ... and "prefill (ms/token)": a prompt token's time, as "prompt_per_token_ms" (no metric).
  // (Not "Decode ms/token (512-token prompt)": a decode's, at a prompt's length; the phase named
  // first is the one timed, "Prefill ms/token (tg 128 run)" a prompt token's.)
  if (per_token_time) {
    std::size_t prompt_at = std::string::npos, decode_at = std::string::npos;
    for (const std::string_view w : {" prompt ", " prefill ", " pp "})
      prompt_at = std::min(prompt_at, j.find(w));
    for (const std::string_view w : {" decode ", " generation ", " gen ", " tg "})
      decode_at = std::min(decode_at, j.find(w));
    if (prompt_at != std::string::npos && prompt_at < decode_at) return nullptr;
  }
  // "avg_token_ms", "Token Latency (ms)": a generated token's time, averaged over the answer.
  if (time_unit && !in(" first ") && !in(" prompt ") && !in(" prefill ") &&
      (j == " avg token " || j == " mean token " || j == " token " || j == " avg token ms " ||
       j == " mean token ms " || j == " token ms " || in(" token latency ")))
    return m("tpot");
  // A bare "ms/token" (chatglm.cpp's row label, "ms/token (CUDA @ V100 SXM2)"): a generated
  // token's time.
  if (per_token_time &&
      (j.starts_with(" ms token ") || j.starts_with(" ms tok ") || j.starts_with(" s token ")))
    return m("tpot");
  if (in(" tpot ") || c("timeperoutputtoken") || in(" per output token ") ||
      (time_unit && in(" per token ")) ||
      (time_unit && in(" time token ") &&
       (in(" decode ") || in(" generation "))) ||  // "Time/Token"
      (time_unit && in(" time token ") && !in(" first ") && !in(" prompt ") && !in(" prefill ") &&
       !in(" pp ") && !in(" input ") && !in(" encode ") && !in(" encoding ")) ||
      (per_token_time &&
       (in(" decode ") || in(" generation ") || in(" gen ") || in(" latency ") || in(" tg "))))
    return m("tpot");  // (and "Latency (ms/token)": a request's time per token)
  // ("Avg Response Time": a request's time from sending to its answer, as load testers name it.)
  // ("Saturation point (latency-safe)": a load kept within a latency bound, no latency.)
  if (in(" e2e") || c("endtoend") || in(" request latency ") ||
      (in(" latency ") && !in(" latency safe ") && !in(" latency bound ")) ||
      ((in(" response time ") || in(" response times ")) && !in(" first ")) || in(" latencies ") ||
      (in(" lat ") && !in(" lon ") && !in(" long ")))
    return m("e2e_latency");
  if (in(" goodput")) return m("goodput");
  // ... and a prompt's rate by a short name: MLX's "prompt_tps", llama.cpp's "Prompt proc.
  // (tok/s)" (not a run's "prompt_tokens_per_second" or "prompt throughput": tokens over the
  // run's time, no prefill rate).
  const bool prompt = in(" prompt eval ") || in(" prefill ") || in(" prompt processing ") ||
                      (in(" input processing ") && rate_unit) || in(" pp ") || c("prompteval") ||
                      (j == " pre " && rate_unit) || j == " prompt speed " ||
                      (in(" prompt ") && rate_unit && !in(" per second ") && !in(" throughput "));
  if (prompt && !rate_unit && !ratey && (in(" count ") || in(" tokens ") || in(" n ")))
    return m("input_tokens");  // not "Prefill Throughput (tokens/sec/user)"
  if (prompt && unit == "tokens") return m("input_tokens");  // "prompt_eval=113 tok"
  if (prompt && (ratey || in(" tok "))) return m("prompt_eval_rate");
  if (prompt && (time_unit || in(" duration ") || in(" time "))) return m("prompt_eval_time");
  // "prompt_seconds" beside "gen_seconds" (as "prompt_ms", "gen_ms"): the two phases' times.
  if (time_unit && !in(" first ") && !in(" tokens ") && !in(" token ") && !ratey) {
    if (j == " prompt s " || j == " prompt sec " || j == " prompt secs " || j == " prompt seconds ")
      return m("prompt_eval_time");
    if (j == " gen s " || j == " gen sec " || j == " gen secs " || j == " gen seconds ")
      return m("eval_time");
  }
  // A bare "prompt_eval" beside "eval_s_mean": Ollama's prompt-eval phase, named by its time
  // (its count and rate always say so).
  if (j == " prompt eval ") return m("prompt_eval_time");
  if (in(" load ") && (time_unit || in(" duration ") || in(" time "))) return m("load_time");
  // "Model Init Time": the time to bring the model up, its load.
  if ((in(" init ") || in(" initialization ") || in(" initialisation ")) &&
      (time_unit || in(" duration ") || in(" time ")) && !in(" first "))
    return m("load_time");
  if (in(" total duration ")) return m("total_duration");
  if (in(" eval count ") || in(" output tokens ") || in(" completion tokens ") ||
      in(" generated tokens ") || j == " generation tokens " || in(" output token count ") ||
      in(" output len") || in(" output length ") || in(" output sequence length ") || in(" osl ") ||
      in(" gen tokens ") || in(" number output tokens ") || in(" num output tokens ") ||
      in(" response tokens ") || in(" output token ") || in(" decode tokens ") ||
      in(" decoded tokens ") || ((in(" out token ") || in(" out tokens ")) && !in(" timed out ")) ||
      in(" tokens per response ") || in(" tokens response "))  // "Avg Tokens/Response"
    if (!ratey) return m("output_tokens");
  if (in(" input tokens ") || in(" prompt tokens ") || in(" input len") || in(" input length ") ||
      in(" input sequence length ") || in(" isl ") || in(" number input tokens ") ||
      in(" num input tokens ") || in(" prompt token ") || in(" input token ") ||
      j == " in token " || j == " in tokens ")
    if (!ratey) return m("input_tokens");
  if ((in(" total tokens ") || in(" number total tokens ") || in(" total token count ") ||
       j == " total token ") &&
      !ratey)
    return m("total_tokens");
  // llama.cpp's "sampling time": the time spent choosing the tokens (not a harness's "sample_time",
  // one example's whole generation).
  if ((in(" sampling time ") || in(" sampler time ")) && !ratey) return m("sampling_time");
  // ... and its older "sample time" (ms) as llama.cpp names it; a harness's "sample_time_s"
  // (seconds of one example's whole generation) is none.
  if (in(" sample time ") && !ratey && (unit == "ms" || unit.empty()) && !in(" s "))
    return m("sampling_time");
  // "Total decode tok/s" beside "Decode tok/s/request": the concurrent requests' decoding
  // together, the run's output throughput (no one request's rate).
  if ((in(" total decode ") || in(" total generation ") || in(" aggregate decode ") ||
       in(" aggregate generation ")) &&
      (ratey || rate_unit) && !in(" per request") && !in(" per user ") && !in(" request "))
    return m("output_throughput");
  // ("completion_speed" beside "prompt_speed": one request's generation, as "generation speed".)
  if (in(" eval rate ") || in(" evaluation rate ") || in(" decode") || in(" generation speed ") ||
      j == " completion speed " || in(" generation rate ") || in(" gen tps ") || in(" tg ") ||
      (in(" eval ") && rate_unit) ||
      (j == " dec " && rate_unit) ||  // a console's "dec=93.2t/s" beside "pre=131t/s"
      ((in(" generation ") || in(" gen ") || in(" generating ") || in(" generate ")) &&
       rate_unit))  // "Gen tok/s", "speed (tokens/s) of generating 1024 tokens", "Generate
                    // (token/s)"
    if (ratey || rate_unit) return m("decode_rate");
  if ((in(" eval ") || in(" decode ") || in(" generation ")) &&
      (time_unit || in(" duration ") || in(" time ")))
    return m("eval_time");
  // "aggregate_tps" of a block of concurrent requests: their tokens per second together, the
  // run's output throughput (not a prompt's or an input's; and not "Aggregate Performance /
  // Average Throughput", a section of aggregated figures).
  if ((in(" aggregate tps ") || in(" aggregate tok ") || in(" aggregate tokens ") ||
       in(" aggregate throughput ") || in(" aggregate token ") || j == " agg tps " ||
       j == " agg tok s " || j == " agg tokens s ") &&
      (rate_unit || in(" tps ") || in(" throughput ")) && unit != "req/s" && !in(" req ") &&
      !in(" input ") && !in(" prompt ") && !in(" total ") && !in(" request ") && !in(" requests "))
    return m("output_throughput");
  if ((((in(" output ") || in(" out tok ") || in(" out tokens ")) && ratey) ||
       (in(" generated tokens ") && rate_unit)) ||
      ((in(" output ") || in(" out tok ") || in(" out tokens ")) && rate_unit))
    return m("output_throughput");  // ("out_tok_s", "generated_tokens_per_sec": a run's output)
  // "input_throughput", "Avg prompt throughput", GuideLLM's "prompt_tokens_per_second": input
  // tokens over the run's wall time (a prompt's own rate was read above, as a prefill rate).
  if ((in(" input ") || in(" prompt ")) && (ratey || rate_unit) && !in(" request") &&
      !in(" chars ") && !in(" characters "))
    return m("input_throughput");
  if (in(" total ") && (ratey || rate_unit) && !in(" request")) return m("total_throughput");
  // (Not "Avg Tokens Per Request": a request's tokens, no rate of requests.)
  const bool per_request = in(" per request") && unit != "req/s" && unit != "req/min";
  // (Nor "requests_per_run", "requests per batch": how many of them in each, no rate in time.)
  const bool per_time =
      !(in(" per run ") || in(" per round ") || in(" per batch ") || in(" per trial ") ||
        in(" per iteration ") || in(" per test ") || in(" per client ") || in(" per worker ") ||
        in(" per session ") || in(" per conversation ") || in(" per agent ") || in(" per step "));
  if ((in(" request") || unit == "req/s" || unit == "req/min") && !per_request &&
      (in(" throughput ") || (in(" per ") && per_time) || unit == "req/s" || unit == "req/min" ||
       in(" rps ")))
    return m("request_throughput");
  if (in(" error rate ") || in(" failure rate ")) return m("error_rate");
  if (in(" success rate ")) return m("success_rate");
  if (in(" concurrent requests ")) return m("concurrency");
  // A server's gauges sampled per request (vLLM's "num_requests_running", "..._waiting"): the
  // requests in flight then, and the queue's length (no metric of ours), no requests completed.
  if (in(" requests running ") || in(" running requests ")) return m("concurrency");
  if (in(" requests waiting ") || in(" waiting requests ") || in(" requests queued "))
    return nullptr;
  // vLLM's "kv_cache_usage_perc" (0-1): the share of the KV cache in use, no amount of memory.
  if (in(" kv cache ") && (in(" usage ") || in(" util")) &&
      (in(" perc ") || in(" pct ") || in(" percent ") || unit == "%"))
    return m("utilization");
  // "successful_count" beside "actual_request_count": the requests that completed.
  if (j == " successful count " || j == " success count ") return m("requests");
  // GuideLLM's "Requests Made Incomplete" (cut off at the run's end), "incomplete requests": no
  // requests completed, nor failed ones.
  if (in(" incomplete ")) return nullptr;
  // "num_successful", "n_success": the requests that succeeded.
  if (j == " num successful " || j == " n successful " || j == " number successful ")
    return m("requests");
  // "# of req.", "num_req", "n_reqs": a count of requests, the short name.
  if ((j == " of req " || j == " of reqs " || j == " num req " || j == " num reqs " ||
       j == " n req " || j == " n reqs " || j == " number of req " || j == " total reqs ") &&
      unit.empty())
    return m("requests");
  if (in(" errors ") || in(" error count ") || in(" error request") || in(" errored requests ") ||
      in(" failed ") || in(" failures ") || in(" number errors ") || in(" num errors ") ||
      in(" errored ") || in(" records error ") || in(" requests error "))
    return m("failed_requests");  // ("records_error_dropped": the records of errored requests)
  // LLMPerf's "num_requests_started" beside its completed count, AIPerf's "Good Request Count"
  // (within the goodput SLOs) beside its "Request Count": other counts, no requests completed.
  // ... and "total_requests_sent", "requests attempted": every request, failed ones too.
  if ((in(" started ") || in(" good ") || in(" sent ") || in(" attempted ") || in(" issued ") ||
       in(" submitted ")) &&
      in(" request"))
    return nullptr;
  if (in(" completed requests ") || in(" request totals ") || in(" requests made ") ||
      in(" num requests ") || in(" request count ") || in(" successful requests ") ||
      in(" num completed requests ") || in(" completed ") || in(" total requests ") ||
      in(" requests "))
    // "Time for 1M requests": a time; AIPerf's console "Effective Concurrency (requests)": the
    // requests in flight.
    if (!in(" time ") && !in(" duration ") && !in(" concurrency ")) return m("requests");
  // "concurrency speedup", "concurrency efficiency": the speedup or efficiency of concurrency.
  if (in(" speedup ") || c("speedup")) return m("speedup");
  // "Eff_Mean", "Eff. (%)"; not "Eff. tok/s" (an effective rate).
  // "η(N)", "eta(5)": the efficiency at N agents (not an "ETA (s)", a time).
  // ("η²", "eta squared", "partial eta" are effect sizes.)
  const bool eta = in(" eta ") && !in(" eta sq") && !in(" partial eta ");
  if (in(" efficiency ") || ((in(" eff ") || eta) && (unit.empty() || unit == "%")))
    return m("efficiency");
  if (in(" concurrency ")) return m("concurrency");
  if (in(" queue") && (time_unit || in(" time ") || in(" wait "))) return m("queue_time");
  if (in(" gpu ") && (in(" temp ") || in(" temperature "))) return m("gpu_temperature");
  // Prices first: "Energy $/1M" is what the energy costs per million tokens.
  if (unit == "USD/Mtok") return m("token_cost");
  if (unit == "USD" || unit == "USD/month" || unit == "USD/yr") return m("cost");
  // "cpu_percent", "gpu_pct": a share of the processor in use (not AIPerf's "gpu_power_usage",
  // the power it draws).
  // "CPU (%)", "iGPU (%)": a processor's share in use, named by the processor alone.
  // (camelCase splits "iGPU" into "i gpu".)
  // ... after its statistic: "Avg CPU%", "Peak GPU %".
  if (unit == "%") {
    std::string_view p = j;
    for (const std::string_view s : {" avg ", " average ", " mean ", " max ", " peak ", " min "}) {
      if (p.starts_with(s)) {
        p.remove_prefix(s.size() - 1);
        break;
      }
    }
    if (p == " cpu " || p == " gpu " || p == " igpu " || p == " i gpu ")
      return m(p == " cpu " ? "cpu_utilization" : "gpu_utilization");
  }
  if ((in(" cpu ") || in(" gpu ")) && (in(" percent ") || in(" pct ") || in(" usage ")) &&
      !in(" power ") && (unit.empty() || unit == "%"))
    return m(in(" cpu ") ? "cpu_utilization" : "gpu_utilization");
  if (in(" util") || c("utilization") || c("utilisation")) {
    if (is_memory_unit(unit)) return m("memory");  // "Avg Utilization" 8.1 GB: memory in use
    if (in(" gpu ")) return m("gpu_utilization");
    if (in(" cpu ")) return m("cpu_utilization");
    return m("utilization");
  }
  // "Bandwidth (GB/s)", "Effective BW (GB/s)", "memory_bandwidth_gbps": data moved per second,
  // no memory in use (and no "BW Ratio vs Reference", a ratio).
  if (is_data_rate_unit(unit) || (in(" bandwidth ") && unit.empty() && !in(" ratio ")))
    return m("bandwidth");
  // Not a fit's "R² (power)", a "Power Law R-sq", a power law's exponent ("Power α", "power
  // exponent") or a test's "Power target" (statistical power).
  if (unit == "W" || (in(" power ") && !in(" law ") && !in(" r ") && !in(" r2 ") && !in(" sq ") &&
                      !in(" target ") && !in(" exponent ") && !in(" alpha ") && !in(" beta ") &&
                      !in(" power a ") && !in(" power b ") && !in(" power k ")))
    return m("power");
  if (in(" energy ") || unit == "J" || unit == "kJ" || unit == "MJ" || unit == "mJ" ||
      unit == "Wh" || unit == "kWh")
    return m("energy");
  if (in(" cost ") && unit.empty()) return m("cost");
  // The size of a file written (a trace, a checkpoint, a download) or of data read ("Total Data
  // Volume Analyzed") is no memory in use.
  // ... nor a compiled model's or engine's size ("ONNX Size", "TRT FP16 Size", "Engine Size",
  // "model_size_bytes").
  const bool file_size = in(" trace ") || in(" file ") || in(" disk ") || in(" download ") ||
                         in(" onnx ") || in(" trt ") || in(" tensorrt ") || in(" engine size ") ||
                         in(" model size ") || in(" gguf ") || in(" weights size ") ||
                         in(" checkpoint ") || in(" log ") || in(" data ") || in(" volume ") ||
                         in(" dataset ") || in(" corpus ") || in(" network ") || in(" net ") ||
                         in(" recv ") || in(" sent ") || in(" received ") || in(" bytes sent ");
  // What a machine has, not what a run used: "memory_total_gb", "memory_free_mb", "Available
  // VRAM" (not "Total Memory Used"); and what is left of it: "VRAM Headroom", "spare VRAM".
  // (A bare "total" only as a machine's figure: "Total VRAM (2 agents)" is what two agents use.)
  const auto bare_total = [&] {
    for (const auto& w : t) {
      if (w != "total" && w != "memory" && w != "mem" && w != "ram" && w != "vram" && w != "gpu" &&
          w != "system" && w != "size" && !unit_alias(w))  // "Total memory size : 30.19 GB"
        return false;
    }
    return true;
  };
  const bool left = in(" headroom ") || in(" spare ") || in(" unused ") || in(" remaining ");
  // (nvidia-smi's "memory.total [MiB]" too: its query field, the GPU's memory.)
  const bool capacity = ((in(" total ") && bare_total()) || c("memorytotal") || in(" free ") ||
                         in(" available ") || in(" installed ") || in(" capacity ") || left) &&
                        !in(" used ") && !in(" usage ") && !in(" peak ") && !in(" allocated ");
  // numactl's and lscpu's "node 0 size: 580105 MB", "node 1 free": a NUMA node's memory, what the
  // machine has.
  if ((j.starts_with(" node ") || in(" numa ")) && (in(" size ") || in(" free ")) &&
      is_memory_unit(unit))
    return nullptr;
  // "Largest single tensor: ~1.1 GB", "embedding matrix": the size of a part of the model's
  // weights, no memory a run used.
  if ((in(" tensor ") || in(" matrix ") || in(" matrices ")) && is_memory_unit(unit) &&
      !in(" memory ") && !in(" vram "))
    return nullptr;
  if (capacity && (in(" memory ") || in(" mem ") || in(" ram ") || in(" vram ") ||
                   ((left || in(" free ") || in(" available ")) &&
                    is_memory_unit(unit))))  // "Headroom (12GB VRAM)": 5.6 GB; "free_after_bytes"
    return nullptr;
  // (Not "kv_cache_pool_tokens": the KV cache's size in tokens, no memory.)
  if ((is_memory_unit(unit) && !file_size) || in(" memory ") || in(" vram ") || in(" mem ") ||
      in(" rss ") || (in(" kv cache ") && !in(" tokens ") && !in(" token ")))
    if (unit.empty() || is_memory_unit(unit)) return m("memory");
  if (rate_unit || ((in(" throughput ") || in(" tokens per second ")) && unit.empty()))
    return m("token_rate");
  if (unit == "req/s" || unit == "req/min") return m("request_throughput");
  // "pass@1", "Pass@k (%)": the share of problems solved in k attempts, a quality.
  const auto pass_at_k = [&] {
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
      const std::size_t at = i + 2 < t.size() && t[i + 1] == "at" ? i + 2 : i + 1;  // "pass_at_1"
      const std::string& k = t[at];
      if (t[i] == "pass" &&
          (k == "k" ||
           (!k.empty() && std::isdigit(static_cast<unsigned char>(k[0])) != 0 && k.size() <= 3)))
        return true;
    }
    return false;
  };
  // "PPL", "perplexity": a language model's perplexity on a text, lower is better.
  // (Not "PPL ratio", "PPL increase (%)": a comparison of two.)
  if ((in(" perplexity ") || in(" ppl ")) && !time_unit && unit != "%" && !in(" delta ") &&
      !in(" diff ") && !in(" ratio ") && !in(" increase ") && !in(" change ") &&
      !in(" degradation "))
    return m("perplexity");
  // (Not "Norm Score (N=8)": a score over its baseline's, a ratio.)
  if ((in(" accuracy ") || in(" acc ") || in(" mmlu ") || in(" score ") || in(" pass rate ") ||
       in(" quality ") || pass_at_k()) &&
      !in(" norm ") && !in(" normalized ") && !in(" normalised ") &&
      !time_unit &&  // "mmlu" in ms: the benchmark's latency
      !in(" risk ") && !in(" rtsi ") && !in(" z ") && !in(" anomaly "))  // lower is better there
    return m("quality");
  if (time_unit || in(" duration ") || in(" elapsed ") || in(" elapse ") || in(" runtime ") ||
      in(" wall ") || in(" time ") || in(" ns ") || in(" service times ") ||
      in(" response times ") || in(" wait times "))
    return m("duration");
  return nullptr;
}

struct ParamAlias {
  std::string_view name, id;
};

// Whole names (lower-case, words joined by '_') that are configuration parameters.
constexpr std::array<ParamAlias, 308> kParamAliases = {{
    // "Warmup: 8", "| 热身 | 8 请求 |": the warm-up requests (or runs) before the measured ones.
    {"warmup", "warmup"},
    {"warm_up", "warmup"},
    {"warmups", "warmup"},
    {"warmup_runs", "warmup"},
    {"warmup_requests", "warmup"},
    // llama-server's other sampler options ("generation_settings"): settings, no figures.
    {"presence_penalty", "sampler_option"},
    {"frequency_penalty", "sampler_option"},
    {"repeat_last_n", "sampler_option"},
    {"xtc_threshold", "sampler_option"},
    {"xtc_probability", "sampler_option"},
    {"typical_p", "sampler_option"},
    {"dry_multiplier", "sampler_option"},
    {"dry_base", "sampler_option"},
    {"dry_allowed_length", "sampler_option"},
    {"dry_penalty_last_n", "sampler_option"},
    {"mirostat", "sampler_option"},
    {"mirostat_tau", "sampler_option"},
    {"mirostat_eta", "sampler_option"},
    {"min_keep", "sampler_option"},
    {"n_probs", "sampler_option"},
    {"top_n_sigma", "sampler_option"},
    {"dynatemp_range", "sampler_option"},
    {"dynatemp_exponent", "sampler_option"},
    {"num_ctx", "num_ctx"},
    // A Jetson's "power_mode" 15W (nvpmodel), a GPU's power limit: the power it was set to run
    // at, not power drawn.
    {"power_mode", "power_mode"},
    {"nvpmodel", "power_mode"},
    {"power_limit", "power_mode"},
    {"power_cap", "power_mode"},
    {"power_profile", "power_mode"},
    // vLLM's --gpu-memory-utilization 0.9, SGLang's --mem-fraction-static: a share of the GPU's
    // memory the server may take, set, no utilisation measured.
    {"gpu_memory_utilization", "gpu_memory_fraction"},
    {"tensor_split", "tensor_split"},  // llama.cpp's -ts 8,8,0,0
    {"gpu_memory_util", "gpu_memory_fraction"},
    {"gpu_mem_util", "gpu_memory_fraction"},
    // vLLM's --max-num-seqs (the sequences it batches at once), --max-num-batched-tokens (the
    // tokens of one step's batch), and a deployment's replicas: settings.
    {"max_num_seqs", "parallel_slots"},
    {"max_num_batched_tokens", "num_batch"},
    {"max_batched_tokens", "num_batch"},
    {"replica", "data_parallel"},
    {"replicas", "data_parallel"},
    {"mem_fraction_static", "gpu_memory_fraction"},
    {"n_ctx", "num_ctx"},
    {"ctx", "num_ctx"},
    {"ctx_size", "num_ctx"},
    {"context_length", "num_ctx"},
    {"context_len", "num_ctx"},  // a sweep's "context_len" 4096
    {"ctx_len", "num_ctx"},
    {"context_size", "num_ctx"},
    {"context_window", "num_ctx"},
    {"context_window_size", "num_ctx"},
    {"arrival_rate", "rate"},  // an open-loop test's offered load ("Arrival Rate" 1.0 req/s)
    {"budget", "budget"},      // "Budget ($/mo)": what a recommendation had to fit in
    {"monthly_budget", "budget"},
    {"context", "num_ctx"},
    {"max_model_len", "num_ctx"},
    {"num_gpu", "num_gpu"},
    {"ngl", "num_gpu"},
    {"n_gpu_layers", "num_gpu"},
    {"gpu_layers", "num_gpu"},
    {"gpu_layers_offloaded", "num_gpu"},  // llama.cpp's "offloaded 36/37 layers to GPU"
    {"layers_offloaded", "num_gpu"},
    {"offloaded_layers", "num_gpu"},
    {"gpu_offload_layers", "num_gpu"},
    {"num_thread", "num_thread"},
    {"num_threads", "num_thread"},
    {"n_threads", "num_thread"},
    {"threads", "num_thread"},
    {"thread_count", "num_thread"},  // "| Thread Count |" of "-t 4"
    {"num_batch", "num_batch"},
    {"n_batch", "num_batch"},
    {"batch", "num_batch"},
    {"batch_size", "num_batch"},
    {"n_ubatch", "num_ubatch"},
    {"n_cpu_moe", "n_cpu_moe"},
    {"ncmoe", "n_cpu_moe"},
    {"cpu_moe", "n_cpu_moe"},
    {"ubatch", "num_ubatch"},
    {"ubatch_size", "num_ubatch"},
    {"microbatch_size", "num_ubatch"},  // a pipeline's micro-batch, as llama.cpp's ubatch
    {"micro_batch_size", "num_ubatch"},
    {"num_microbatches", "num_microbatches"},
    {"num_micro_batches", "num_microbatches"},
    {"num_predict", "num_predict"},
    {"max_tokens", "max_tokens"},
    {"max_new_tokens", "max_tokens"},
    {"max_output_tokens", "max_tokens"},
    {"maximum_number_of_output_tokens", "max_tokens"},  // a script's "Maximum number of output
    {"maximum_output_tokens", "max_tokens"},            // tokens: 50", what it asked for
    {"number_of_cpu_cores_to_use", "num_thread"},       // ... and "Number of CPU cores to use: 4"
    {"max_seconds", "duration_limit"},
    {"max_duration", "duration_limit"},
    {"duration_limit", "duration_limit"},
    {"profile_duration", "duration_limit"},  // a profiler's capture window (nsys --duration)
    {"profiling_duration", "duration_limit"},
    {"time_limit", "duration_limit"},
    {"timeout", "limit"},
    {"timeout_seconds", "limit"},
    {"request_timeout", "limit"},
    {"max_errors", "limit"},
    {"max_error_rate", "limit"},
    {"temperature", "temperature"},
    {"temp", "temperature"},
    {"top_p", "top_p"},
    {"top_k", "top_k"},
    {"min_p", "min_p"},
    {"repeat_penalty", "repeat_penalty"},
    {"repetition_penalty", "repeat_penalty"},
    {"seed", "seed"},
    {"random_seed", "seed"},
    {"concurrency", "concurrency"},
    {"conc", "concurrency"},
    {"c", "concurrency"},
    {"clients", "concurrency"},  // a load generator's concurrent clients
    {"num_clients",
     "concurrency"},  // a sweep table's "| c | output tok/s |", "| C | TTFT P50 (s) |"
    {"max_concurrency", "concurrency"},
    {"maximum_request_concurrency", "concurrency"},  // vLLM's "Maximum request concurrency:"
    {"num_concurrent_requests", "concurrency"},
    {"concurrent_requests", "concurrency"},
    {"streams", "concurrency"},
    {"num_streams", "concurrency"},
    {"queue_size", "max_queue"},
    {"max_queue", "max_queue"},
    {"max_queue_size", "max_queue"},
    {"num_parallel", "concurrency"},
    {"parallel", "concurrency"},
    {"np", "concurrency"},
    {"num_users", "concurrency"},
    {"ccu", "concurrency"},  // concurrent users
    {"concurrent_users", "concurrency"},
    {"max_concurrent_users", "concurrency"},
    {"request_rate", "rate"},
    {"rate", "rate"},
    {"target_rate", "rate"},
    {"n_prompt", "n_prompt"},
    {"n_gen", "n_gen"},
    {"n_depth", "n_depth"},
    {"depth", "n_depth"},          // a llama-bench sweep's context depth column ("depth,pp_tok_s")
    {"context_depth", "n_depth"},  // "| Context Depth |" of "16K (16,384 tokens)"
    {"kv_depth", "n_depth"},
    {"input_len", "input_len"},
    {"random_input_len", "input_len"},
    {"sequence_length", "input_len"},  // a scenario's configured sequence length
    {"seq_len", "input_len"},
    {"seq_length", "input_len"},
    {"prompt_len", "input_len"},  // a sweep's "Prompt Length" 128 tokens: the length asked for
    {"prompt_length", "input_len"},
    {"context_tokens", "num_ctx"},  // MLX benchmarks: the context size of a sweep
    {"output_len", "output_len"},
    {"random_output_len", "output_len"},
    {"num_prompts", "num_prompts"},
    {"repetitions", "repetitions"},
    {"reps", "repetitions"},
    {"runs", "repetitions"},
    {"rounds", "repetitions"},  // a harness's "rounds": 10 of the same load
    {"trials", "repetitions"},
    {"num_trials", "repetitions"},
    {"params_total_b", "model_params"},
    {"params_active_b", "model_params"},
    {"model_size", "model_size"},
    {"disk_size", "model_size"},  // a model's size on disk ("disk_size_mb" of an ollama list)
    {"size_on_disk", "model_size"},
    {"model_file_size", "model_size"},
    {"file_bytes", "model_size"},  // a quantization sweep's size of each GGUF written
    {"gguf_size", "model_size"},
    {"gguf_bytes", "model_size"},
    {"ollama_size", "model_size"},  // "Ollama大小": the model's size as Ollama stores it
    {"download_size", "model_size"},
    {"weights_size", "model_size"},
    {"model_n_params", "model_params"},
    {"params", "model_params"},
    {"parameters", "model_params"},  // "| Model Family | Parameters |" of "1.5 B"
    {"params_m", "model_params"},
    {"params_b", "model_params"},
    {"num_params", "model_params"},
    {"n_params", "model_params"},
    {"param_count", "model_params"},
    {"parameter_count", "model_params"},
    {"size", "model_size"},
    {"fa", "flash_attn"},
    {"flash_attn", "flash_attn"},
    {"type_k", "kv_cache_type"},  // llama-bench's KV cache types (-ctk, -ctv)
    {"type_v", "kv_cache_type"},
    {"cache_type_k", "kv_cache_type"},
    {"cache_type_v", "kv_cache_type"},
    {"cache_k", "kv_cache_type"},  // a harness's names of llama-server's -ctk/-ctv
    {"cache_v", "kv_cache_type"},
    {"kv_cache_type", "kv_cache_type"},
    {"kv_cache_dtype", "kv_cache_type"},
    {"tensor_parallel_size", "tensor_parallel"},
    // vLLM's other engine options, as a tuner's parameter pack lists them: settings, no figures
    // (not a maximum of anything measured, whatever "max_" says).
    {"optimization_level", "engine_option"},
    {"max_cudagraph_capture_size", "engine_option"},
    {"max_num_partial_prefills", "engine_option"},
    {"max_long_partial_prefills", "engine_option"},
    {"long_prefill_token_threshold", "engine_option"},
    {"max_seq_len_to_capture", "engine_option"},
    {"num_scheduler_steps", "engine_option"},
    {"swap_space", "engine_option"},
    {"embedding", "model_arch"},  // a model card's "Embedding 2560"
    {"embedding_dim", "model_arch"},
    {"embedding_size", "model_arch"},
    {"window_seconds", "window"},  // a sampling window's length ("qps": {"window_seconds": 1})
    {"window_s", "window"},
    {"window_sec", "window"},
    {"window_size", "window"},
    {"tensor_parallel", "tensor_parallel"},
    {"tensor_parallelism", "tensor_parallel"},
    {"tp_size", "tensor_parallel"},
    {"ep_size", "expert_parallel"},
    {"expert_parallel_size", "expert_parallel"},
    {"dp_size", "data_parallel"},
    {"data_parallel_size", "data_parallel"},
    // (Not a bare "tp", "pp": a table's "Baseline_TP" is a throughput, "PP" llama-bench's prompt.)
    {"pp_size", "pipeline_parallel"},
    {"pipeline_parallel_size", "pipeline_parallel"},
    {"dcp_size", "context_parallel"},  // decode- and prefill-context parallel sizes
    {"pcp_size", "context_parallel"},
    {"context_parallel_size", "context_parallel"},
    {"nodes", "num_nodes"},  // machines a distributed run spanned
    {"num_nodes", "num_nodes"},
    {"n_nodes", "num_nodes"},
    {"node_count", "num_nodes"},
    {"buffer_size", "buffer_size"},
    {"agents", "concurrency"},  // agents running at once
    {"num_agents", "concurrency"},
    {"n_agents", "concurrency"},
    {"think", "think_time"},
    {"think_time", "think_time"},
    {"think_ms", "think_time"},
    {"buffer", "buffer_size"},
    {"height", "input_shape"},  // a benchmark's input: "model": {"channels": 3, "height": 128}
    {"width", "input_shape"},
    {"channels", "input_shape"},
    {"in_channels", "input_shape"},
    {"input_dim", "input_shape"},
    {"image_size", "input_shape"},
    {"img_size", "input_shape"},
    {"num_channels", "input_shape"},
    {"vocabulary", "model_arch"},  // "Vocabulary" 50257: the model's, a constant
    {"vocab_size", "model_arch"},
    {"n_vocab", "model_arch"},
    {"d_head", "model_arch"},
    {"head_dim", "model_arch"},
    {"n_heads", "model_arch"},
    {"num_heads", "model_arch"},
    {"n_head", "model_arch"},
    {"heads", "model_arch"},
    {"kv_heads", "model_arch"},
    {"n_kv_heads", "model_arch"},
    {"num_kv_heads", "model_arch"},
    {"num_key_value_heads", "model_arch"},
    {"layers", "model_arch"},
    {"n_layer", "model_arch"},
    {"n_layers", "model_arch"},
    {"num_layers", "model_arch"},
    {"num_hidden_layers", "model_arch"},
    {"n_embd", "model_arch"},
    {"embed_dim", "model_arch"},
    {"hidden_dim", "model_arch"},
    {"hidden_size", "model_arch"},
    {"d_model", "model_arch"},
    {"vocab_size", "model_arch"},
    {"n_vocab", "model_arch"},
    {"intermediate_size", "model_arch"},
    // A model card's table written out: "Number of Query Heads" 40, "Head Size" 128.
    {"number_of_layers", "model_arch"},
    {"number_of_query_heads", "model_arch"},
    {"number_of_kv_heads", "model_arch"},
    {"number_of_attention_heads", "model_arch"},
    {"head_size", "model_arch"},
    {"vocabulary_size", "model_arch"},
    {"query_heads", "model_arch"},
    {"attention_heads", "model_arch"},
    {"num_attention_heads", "model_arch"},
    {"chunk_size", "buffer_size"},
    {"workspace_size", "buffer_size"},  // TensorRT's builder workspace: a capacity
    {"max_workspace_size", "buffer_size"},
    {"num_gpus", "gpu_count"},
    {"number_of_gpus", "gpu_count"},  // "### Number of GPUs: 2"
    {"gpus_used", "gpu_count"},
    {"gpu_count", "gpu_count"},
    {"cpu_count", "cpu_cores"},  // a system description's "cpu_count": 12, "ram_gb": 14.9
    {"cpu_cores", "cpu_cores"},
    {"num_cpus", "cpu_cores"},
    {"n_cpus", "cpu_cores"},
    {"vcpus", "cpu_cores"},
    {"logical_processors", "cpu_cores"},
    {"total_ram", "system_memory"},
    {"system_ram", "system_memory"},
    {"ram_class", "system_memory"},
    {"installed_ram", "system_memory"},
    {"accel_ram", "accelerator_memory"},  // LocalScore's: the memory its accelerator has
    {"bit", "quant_bits"},  // "| Bit | prefill (ms/token) |" of 4, 3, 2: the weights' bits
    {"bits", "quant_bits"},
    {"wbits", "quant_bits"},
    {"weight_bits", "quant_bits"},
    {"bit_width", "quant_bits"},
    {"num_of_hardware", "gpu_count"},      // LLM-Inference-Bench's "Num of Hardware" 1
    {"input_output_length", "input_len"},  // one length asked for both ("128": in 128, out 128)
    {"best_of", "best_of"},
    {"burstiness", "burstiness"},
    {"mmap", "mmap"},
    {"use_mmap", "mmap"},
    {"multi_turn_concurrency", "concurrency"},
    {"num_conversations", "conversations"},
    {"turns_per_conversation", "conversations"},
    {"inter_turn_delay", "think_time"},  // a configured pause between a conversation's turns
    {"inter_turn_delay_ms", "think_time"},
    {"worker_count", "workers"},  // GuideLLM's strategy.worker_count
    {"num_workers", "workers"},
    {"max_workers", "workers"},
    {"rampup_duration", "rampup"},  // GuideLLM's strategy.rampup_duration
    {"ramp_up_duration", "rampup"},
}};

const ParameterDef* alias_of(const Tokens& t, std::size_t from, std::size_t to) {
  std::string joined;
  for (std::size_t i = from; i < to; ++i) joined += (joined.empty() ? "" : "_") + t[i];
  for (const auto& a : kParamAliases) {
    if (joined == a.name) return find_parameter(a.id);
  }
  return nullptr;
}

// Words that say whose setting a parameter is, not what it is: "GPU (Chimera)", "CTX 2",
// "agent_b_num_gpu", "temperature_baseline".
bool is_qualifier(const std::string& w) {
  if (w.size() == 1 && ((w[0] >= '0' && w[0] <= '9') || w[0] == 'a' || w[0] == 'b')) return true;
  // ("source_num_concurrent_requests": an LLMPerf fork's copy of the run's setting.)
  // ("warmup_num_prompts": the warm-up's requests, a setting of the harness too.)
  static constexpr std::array<std::string_view, 11> kWords = {
      "chimera",  "baseline", "optimized", "optimised", "tuned", "default",
      "defaults", "agent",    "variant",   "source",    "warmup"};
  for (const auto q : kWords) {
    if (w == q) return true;
  }
  return false;
}

const ParameterDef* parameter_of(const Tokens& t) {
  if (const ParameterDef* p = alias_of(t, 0, t.size())) return p;
  // AIPerf's "concurrency_ramp_duration" 32.0, "request_rate_ramp_duration": how long the load
  // takes to build up, a time, not the concurrency or rate it builds up to.
  if (t.size() >= 2 && (has(t, "ramp") || has(t, "rampup")) &&
      (t.back() == "duration" || t.back() == "time" || t.back() == "period" ||
       t.back() == "seconds" || t.back() == "s"))
    return find_parameter("rampup");
  // llama-server's "slots" 4 ("n_slots", "--parallel"): the requests it decodes together.
  if ((t.size() == 1 && t[0] == "slots") ||
      (t.size() == 2 && t[1] == "slots" && (t[0] == "n" || t[0] == "num" || t[0] == "parallel")))
    return find_parameter("parallel_slots");
  // Ollama's OLLAMA_NUM_PARALLEL written out: "Number of Parallel Model Requests Allowed",
  // "Parallel Requests Allowed": the requests a model serves at once, a setting.
  if (t.size() >= 3 && has(t, "parallel") && (has(t, "requests") || has(t, "request")) &&
      (has(t, "allowed") || has(t, "max") || has(t, "limit")))
    return find_parameter("parallel_slots");
  // A target request rate ("qps_target", "target_qps", "target_rps"): the load offered.
  if (t.size() == 2 && ((t[0] == "target" && (t[1] == "qps" || t[1] == "rps")) ||
                        (t[1] == "target" && (t[0] == "qps" || t[0] == "rps"))))
    return find_parameter("rate");
  // "warmup_request_count" 256: the warm-up, not the run's planned requests.
  // ... and GuideLLM's "cooldown_duration": the end of the run its figures leave out.
  if (t.size() >= 2 && (t[0] == "warmup" || t[0] == "cooldown") &&
      (t.back() == "count" || t.back() == "requests" || t.back() == "duration" ||
       t.back() == "iterations"))
    return find_parameter(t[0]);
  // "max ctx" 128 000, "max_context_length", "Maximum batch": the largest context or batch set
  // (the setting itself, no maximum of samples).
  if (t.size() >= 2 && (t[0] == "max" || t[0] == "maximum")) {
    const ParameterDef* p = alias_of(t, 1, t.size());
    if (p && (p->id == "num_ctx" || p->id == "num_batch")) return p;
  }
  std::size_t from = 0, to = t.size();
  // "Optimal Think-Time (ms)", "Best Batch", "Recommended Context": the setting a sweep chose.
  bool chosen = false;
  while (from < to && (is_qualifier(t[from]) || t[from] == "optimal" || t[from] == "best" ||
                       t[from] == "recommended")) {
    chosen = chosen || !is_qualifier(t[from]);
    ++from;
  }
  // "Top-p value", "Temperature setting": the setting itself.
  while (to > from && (is_qualifier(t[to - 1]) || t[to - 1] == "value" || t[to - 1] == "setting"))
    --to;
  if (from == 0 && to == t.size()) return nullptr;
  const ParameterDef* p = alias_of(t, from, to);
  // "Best Sustained Think", "Best Per-Req Think": the setting that was best by a criterion.
  for (std::size_t k = from + 1; !p && chosen && k < to; ++k) p = alias_of(t, k, to);
  // Only settings take an owner: "size 2" or "runs a" are not agent 2's model size or runs.
  // ("4-bit", "8 bits": a precision's name, no column of bits.)
  if (p && (p->id == "model_size" || p->id == "model_params" || p->id == "model_arch" ||
            p->id == "repetitions" || p->id == "quant_bits"))
    return nullptr;
  // "Baseline Rate" 0.78-0.85: a baseline's proportion (of refusals, of errors), no load offered.
  if (p && p->id == "rate" && from > 0) return nullptr;
  return p;
}

// A setting with its unit in brackets: "Rate (rps)" (the offered rate of a load test),
// "Context (tokens)", "Buffer Size (KB)". Only a unit that fits the setting: "Temperature (C)"
// is a GPU's.
const ParameterDef* setting_in_unit(const ParameterDef* p, std::string_view unit);

const ParameterDef* parameter_before_unit(std::string_view name, std::string_view unit) {
  const auto open = name.find_last_of("([");
  if (open == std::string_view::npos || open == 0) return nullptr;
  if (unit.empty() && name.find('$', open) != std::string_view::npos) unit = "USD";  // "($/mo)"
  if (unit.empty()) return nullptr;
  return setting_in_unit(parameter_of(tokenize(name.substr(0, open))), unit);
}

// The setting a key names with its unit glued on ("size_gib", "model_size_gb", "think_ms"
// aside, which are aliases of their own): the words before the unit, where the unit fits.
const ParameterDef* parameter_before_unit_word(const Tokens& t, std::string_view unit) {
  if (t.size() < 2 || unit.empty() || !unit_alias(t.back())) return nullptr;
  return setting_in_unit(parameter_of(Tokens(t.begin(), t.end() - 1)), unit);
}

// A setting written in a unit, where the unit is one the setting has.
const ParameterDef* setting_in_unit(const ParameterDef* p, std::string_view unit) {
  if (!p) return nullptr;
  const std::string_view id = p->id;
  const bool tokens = id == "num_ctx" || id == "num_batch" || id == "num_ubatch" ||
                      id == "input_len" || id == "output_len" || id == "max_tokens" ||
                      id == "num_predict";
  const bool fits = (id == "rate" && (unit == "req/s" || unit == "req/min")) ||
                    (tokens && unit == "tokens") || (id == "think_time" && is_time_unit(unit)) ||
                    ((id == "buffer_size" || id == "model_size") && is_memory_unit(unit)) ||
                    (id == "budget" && unit.rfind("USD", 0) == 0);
  return fits ? p : nullptr;
}

// "Temperature (temp)", "Contextualization (ctx)", "Top K-value (top_k)": a setting's own short
// name in brackets says which setting the words before it (an LLM's paraphrase) describe.
const ParameterDef* parameter_in_brackets(std::string_view name) {
  name = text::trim(name);
  if (name.size() < 4 || name.back() != ')') return nullptr;
  const auto open = name.rfind('(');
  if (open == std::string_view::npos || open == 0) return nullptr;
  // Written as the option's own name, lower case ("ctx", "top_k"); not a column's axis
  // ("TR135 (Concurrency)").
  const std::string_view code = name.substr(open + 1, name.size() - open - 2);
  if (code.empty() || code.size() > 16 || !std::all_of(code.begin(), code.end(), [](char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_';
      }))
    return nullptr;
  const Tokens inner = tokenize(code);
  return inner.empty() ? nullptr : alias_of(inner, 0, inner.size());
}

// "bfloat16 actual model file size", "Q4_K_M model size": the size of one precision's weights,
// a setting of the model as a bare "model file size" is (not a file written, not memory in use).
const ParameterDef* precisions_model_size(const Tokens& t) {
  const bool sized = t.size() >= 3 && t.back() == "size" &&
                     (t[t.size() - 2] == "model" ||
                      (t.size() >= 4 && t[t.size() - 2] == "file" && t[t.size() - 3] == "model"));
  if (!sized) return nullptr;
  const std::size_t named = t[t.size() - 2] == "model" ? 2 : 3;
  const auto precision = [](const std::string& w) {
    static constexpr std::string_view kWords[] = {
        "bf16", "fp16", "f16",  "fp32",   "f32", "fp8",      "int4",    "int8", "nf4", "awq",
        "gptq", "gguf", "mlx",  "k",      "m",   "s",        "l",       "xs",   "xxs", "bits",
        "bit",  "bnb",  "real", "actual", "on",  "bfloat16", "float16", "disk"};
    if (std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords)) return true;
    const std::size_t digit = w.starts_with("iq") ? 2 : w.starts_with("q") ? 1 : 0;
    return w.size() > digit && std::all_of(w.begin() + static_cast<std::ptrdiff_t>(digit), w.end(),
                                           [](char ch) { return ch >= '0' && ch <= '9'; });
  };
  const bool all = std::all_of(t.begin(), t.end() - static_cast<std::ptrdiff_t>(named), precision);
  return all ? find_parameter("model_size") : nullptr;
}

// "batch_size_requested", "prompt_target_tokens", "target_tokens", "requested_output_len": a
// setting asked for, named with the word that says so (the figure measured stands beside it).
const ParameterDef* requested_setting(const Tokens& t) {
  const auto asked = [](const std::string& w) {
    return w == "requested" || w == "target" || w == "configured" || w == "desired";
  };
  if (t.size() < 2 || std::none_of(t.begin(), t.end(), asked)) return nullptr;
  Tokens rest;
  for (const auto& w : t) {
    if (!asked(w)) rest.push_back(w);
  }
  if (rest.empty()) return nullptr;
  if (const ParameterDef* p = parameter_of(rest)) return p;
  // A length of tokens asked for: of the prompt (input) or of the output.
  const bool tokens = rest.back() == "tokens" || rest.back() == "len" || rest.back() == "length";
  if (!tokens) return nullptr;
  const bool input = std::any_of(rest.begin(), rest.end(), [](const std::string& w) {
    return w == "prompt" || w == "input" || w == "isl";
  });
  const bool output = std::any_of(rest.begin(), rest.end(), [](const std::string& w) {
    return w == "output" || w == "completion" || w == "generated" || w == "osl";
  });
  if (input == output)
    return rest.size() == 1 && rest[0] == "tokens" ? find_parameter("input_len") : nullptr;
  return find_parameter(input ? "input_len" : "output_len");
}

bool names_speculative_setting(const Tokens& t) {
  const auto spec = [](const std::string& w) {
    return w == "spec" || w == "speculative" || w == "draft";
  };
  if (std::none_of(t.begin(), t.end(), spec)) return false;
  // (... and llama-server's draft options: "draft-max", "draft-min", "draft-p-min", "n_draft".)
  // (Not llama-server's measured "draft_n", the tokens it drafted.)
  static constexpr std::string_view kSetting[] = {
      "dec", "decode", "decoding", "model", "quant", "quantization", "size", "b", "type"};
  // ("max", "min", "p" only after "draft", as llama-server spells its options: "Speculative
  // min" is a measured minimum.)
  const auto draft_option = [&](std::size_t i) {
    const std::string& w = t[i];
    return (w == "max" || w == "min" || w == "p") && i > 0 &&
           (t[i - 1] == "draft" || (w == "min" && t[i - 1] == "p"));
  };
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!spec(t[i]) && !draft_option(i) &&
        std::find(std::begin(kSetting), std::end(kSetting), t[i]) == std::end(kSetting))
      return false;
  }
  return true;
}

// "`n_gpu_layers` (CPU run)", "n_ctx (GPU run)": an option's own name with a qualifier in
// brackets that is no unit (which run it set).
const ParameterDef* parameter_before_qualifier(std::string_view name) {
  name = text::trim(name);
  if (name.size() < 4 || name.back() != ')') return nullptr;
  const auto open = name.find(" (");
  if (open == std::string_view::npos || open == 0) return nullptr;
  std::string_view option = text::trim(name.substr(0, open));
  // "Reps (N=30 baseline)": a setting with the sample size of another beside it.
  if (const std::string_view inside = name.substr(open + 2);
      inside.size() > 2 && (inside[0] == 'N' || inside[0] == 'n') && inside[1] == '=') {
    const Tokens words = tokenize(option);
    if (!words.empty())
      if (const ParameterDef* p = alias_of(words, 0, words.size())) return p;
  }
  if (option.size() > 2 && option.front() == '`' && option.back() == '`')
    option = option.substr(1, option.size() - 2);
  if (option.size() < 3 || option.find('_') == std::string_view::npos ||
      !std::all_of(option.begin(), option.end(), [](char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_';
      }))
    return nullptr;
  if (parse_unit(name.substr(open + 2, name.size() - open - 3))) return nullptr;
  const Tokens inner = tokenize(option);
  return inner.empty() ? nullptr : alias_of(inner, 0, inner.size());
}

// "GPU Config" 80, "CTX Config" 1024, "Batch Setting": the setting a column configures; "Max N
// Tested" 8: the largest setting a sweep ran (N agents in flight).
const ParameterDef* configured_setting(const Tokens& t) {
  if (t.size() < 2) return nullptr;
  const std::string& last = t.back();
  // A protocol's "Minimum Runs", "Recommended Repetitions": the repetitions it asks for.
  // A scenario's "Measured Runs" 5 (and "Warmup Runs" 3, its warm-up): what it is set to run.
  if (t.size() == 2 &&
      (t[0] == "minimum" || t[0] == "min" || t[0] == "recommended" || t[0] == "required" ||
       t[0] == "warmup" || t[0] == "measured") &&
      (last == "runs" || last == "repetitions" || last == "reps" || last == "trials" ||
       last == "iterations"))
    return find_parameter(t[0] == "warmup" ? "warmup" : "repetitions");
  // A harness's "warmup_requests" 3, "warmup_prompts": the warm-up it is set to send.
  if (t.size() == 2 && t[0] == "warmup" &&
      (last == "requests" || last == "prompts" || last == "steps" || last == "samples"))
    return find_parameter("warmup");
  // "ollama_timeout_s" 120, "http timeout": how long a request may take, a limit (not
  // "timeouts" or "timeout_count", which count them).
  const bool unit_last = t.size() > 1 && (last == "s" || last == "ms" || last == "sec" ||
                                          last == "secs" || last == "seconds" || last == "us");
  const std::string& named = unit_last ? t[t.size() - 2] : last;
  if (named == "timeout") return find_parameter("limit");
  // "gpu_poll_interval_s" 1.0, "sampling interval (ms)": how often a monitor samples.
  if (named == "interval" && (has(t, "poll") || has(t, "polling") || has(t, "sampling") ||
                              has(t, "sample") || has(t, "scrape") || has(t, "monitor") ||
                              has(t, "monitoring") || has(t, "logging") || has(t, "log")))
    return find_parameter("interval");
  if (last == "tested" || last == "swept") {
    std::size_t from = 0;
    while (from + 1 < t.size() && (t[from] == "max" || t[from] == "min" || t[from] == "maximum" ||
                                   t[from] == "minimum" || t[from] == "largest"))
      ++from;
    const Tokens rest(t.begin() + static_cast<std::ptrdiff_t>(from), t.end() - 1);
    if (rest.size() == 1 && (rest[0] == "n" || rest[0] == "agents"))
      return find_parameter("concurrency");
    return rest.empty() ? nullptr : parameter_of(rest);
  }
  if (last != "config" && last != "configuration" && last != "setting" && last != "settings")
    return nullptr;
  const Tokens rest(t.begin(), t.end() - 1);
  if (rest.size() == 1 && rest[0] == "gpu") return find_parameter("num_gpu");  // layers on GPU
  return parameter_of(rest);
}

bool is_identifier(const Tokens& t) {
  if (t.empty()) return false;
  // "cuDNN" comes apart at its capitals: the library's name again ("| cuDNN | 91002 |").
  if (t.size() >= 2 && t[0] == "cu" && t[1] == "dnn") {
    Tokens joined{"cudnn"};
    joined.insert(joined.end(), t.begin() + 2, t.end());
    return is_identifier(joined);
  }
  // "Jain's Index", "Gini index": a measured index, not a position.
  if (t.back() == "index" && (has(t, "jain") || has(t, "fairness") || has(t, "gini") ||
                              has(t, "diversity") || has(t, "similarity")))
    return false;
  static constexpr std::array<std::string_view, 18> kLast = {
      "id",   "ids", "uuid", "idx",  "index", "hash",      "commit", "sha", "version",
      "port", "pid", "rank", "step", "iter",  "iteration", "line",   "row", "opset"};
  const std::string& last = t.back();
  // "output_tokens_per_iteration", "tokens per step": a quantity per iteration, no position.
  const bool per_last = t.size() >= 2 && t[t.size() - 2] == "per";
  for (const auto w : kLast) {
    if (last == w && !per_last) return true;
  }
  if (t.size() == 1 && (last == "phase" || last == "stage")) return true;  // "| Phase |": 1, 2, 3
  // nvidia-smi topo's "NUMA Affinity", "CPU Affinity": which node or cores a GPU sits by.
  if (last == "affinity" || (t.size() >= 2 && t[0] == "numa")) return true;
  // llama-server's "id_slot", a "slot_id": which of its slots served the request.
  if (t.size() == 2 && ((t[0] == "id" && t[1] == "slot") || (t[0] == "slot" && t[1] == "id")))
    return true;
  // "| Driver | 535 |", "nvidia_driver": a driver's version.
  if (last == "driver" && t.size() <= 2) return true;
  // pandas' unnamed index column written out: "column_1", "Unnamed: 0".
  if (t.size() == 2 && (t[0] == "column" || t[0] == "unnamed") && !t[1].empty() &&
      std::all_of(t[1].begin(), t[1].end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
    return true;
  // "exit_code" 0, "returncode" 1: how a process ended, a code, no amount.
  // ... and "http_code" 200, "status_code": how a request ended, a code.
  if (last == "returncode" || (last == "rc" && t.size() == 1) ||
      ((last == "code" || last == "status") && t.size() >= 2 &&
       (t[t.size() - 2] == "exit" || t[t.size() - 2] == "return" || t[t.size() - 2] == "http" ||
        (t.size() == 2 && t[0] == "status"))))
    return true;
  // A system component's name ("CUDA" 12.4, "Driver" 550.54): its number is a version. (Not a
  // framework or language: "PyTorch", "Python" or "Triton" columns hold that runtime's figures.)
  static constexpr std::array<std::string_view, 5> kSoftware = {"cuda", "driver", "cudnn", "nccl",
                                                                "rocm"};
  // ... alone, or as a row label before a generic column: "CUDA / Specification".
  const auto generic = [](const std::string& w) {
    return w == "specification" || w == "spec" || w == "version" || w == "value" ||
           w == "details" || w == "used";
  };
  // ... also after its vendor: "nvidia_driver" 581.29, "gpu_driver".
  const bool vendor = t.size() >= 2 && (t[0] == "nvidia" || t[0] == "amd" || t[0] == "gpu");
  const std::size_t first = vendor ? 1 : 0;
  if (t.size() == first + 1 || std::all_of(t.begin() + first + 1, t.end(), generic)) {
    for (const auto w : kSoftware) {
      if (t[first] == w) return true;
    }
  }
  // A runtime or library as the row label of a specification: "Python / Specification" 3.12.
  // (Not before "Value": "| Runtime | Value |" may hold Rust's throughput.)
  static constexpr std::array<std::string_view, 8> kRuntimes = {
      "python", "pytorch", "torch", "triton", "ollama", "transformers", "rust", "os"};
  const auto spec = [](const std::string& w) {
    return w == "specification" || w == "spec" || w == "specs" || w == "version";
  };
  if (t.size() > 1 && std::all_of(t.begin() + 1, t.end(), spec)) {
    for (const auto w : kRuntimes) {
      if (t[0] == w) return true;
    }
  }
  if (t.size() == 1) {
    static constexpr std::array<std::string_view, 13> kWhole = {
        "run",   "trial", "rep",   "i",       "build",   "number", "no",
        "layer", "turn",  "round", "attempt", "request", "req"};
    for (const auto w : kWhole) {
      if (last == w) return true;
    }
  }
  // "run_num" 2, "trial_num": a repetition's number.
  if (t.size() == 2 && t[1] == "num" &&
      (t[0] == "run" || t[0] == "trial" || t[0] == "rep" || t[0] == "iteration" || t[0] == "iter" ||
       t[0] == "attempt" || t[0] == "round" || t[0] == "turn"))
    return true;
  // "Build 4", "Build number", "run number"; not "Build Time" 240s or "Build Size" 941.8 MB.
  const auto measured = [](const std::string& w) {
    return w == "time" || w == "duration" || w == "s" || w == "sec" || w == "seconds" ||
           w == "ms" || w == "min" || w == "minutes" || w == "size" || w == "memory";
  };
  return t.size() == 2 && (t[0] == "build" || t[1] == "number") && !has(t, "tokens") &&
         !measured(t[1]);
}

// Ollama's API reports these durations in nanoseconds without saying so in the name.
bool is_ollama_ns_duration(const Tokens& t) {
  if (t.empty() || t.back() != "duration") return false;
  std::string j;
  for (const auto& w : t) j += (j.empty() ? "" : "_") + w;
  return j == "total_duration" || j == "load_duration" || j == "prompt_eval_duration" ||
         j == "eval_duration";
}

bool is_timestamp_word(const Tokens& t) {
  // ... and vLLM's per-request "start_times" (a monotonic clock's readings), "end_time": when
  // something began or ended, whatever the clock's origin.
  const bool moment = t.size() == 2 && (t[1] == "time" || t[1] == "times") &&
                      (t[0] == "start" || t[0] == "end" || t[0] == "begin" || t[0] == "finish");
  return moment || has(t, "timestamp") || has(t, "epoch") || has(t, "date") || has(t, "datetime") ||
         has(t, "timestamps") || (t.size() >= 2 && t.back() == "unix");  // "started_unix"
}

bool is_event(std::string_view w) {
  for (const std::string_view event : {"queued", "dequeued", "scheduled", "finalized", "completed",
                                       "resolved", "submitted", "dispatched"}) {
    if (w == event) return true;
  }
  return false;
}

// A name for the moment something happened, whatever metric its words suggest:
// "first_token_time", "queued_time", "completed_at" (not "eval_time", a phase's length).
bool names_a_moment(const Tokens& t) {
  if (t.empty()) return false;
  if (t.back() == "at") return true;
  if (t.back() != "time") return false;
  return std::any_of(t.begin(), t.end(), [](const std::string& w) {
    return w == "first" || w == "last" || is_event(w);
  });
}

bool is_epoch_candidate(const Tokens& t) {
  if (t.empty()) return false;
  const std::string& last = t.back();
  if (t.size() == 1 && (last == "ts" || last == "t")) return true;
  if (is_event(last)) return true;  // GuideLLM's per-request "queued", "dequeued", "finalized"
  return last == "time" || last == "at" || last == "created" || last == "started" ||
         last == "finished" || last == "start" || last == "end" || has(t, "created");
}

bool per_million(std::string_view low) {
  for (const std::string_view m :
       {"/1m", "/ 1m", "per 1m", "per_1m", "per million", "_1m_tok", "/m tok"}) {
    if (low.find(m) != std::string_view::npos) return true;
  }
  return false;
}

// What a sum of dollars is paid for, from the header: "$/1M Tokens" a million tokens, "Rate
// ($/hr)" an hour, "Cost ($/req, Consumer)" a request, "AWS $/1k req" a thousand requests;
// otherwise a plain sum ("Monthly Cost", "5-year TCO").
std::string_view price_basis(std::string_view name) {
  const std::string low = text::to_lower(name);
  if (per_million(low)) return "USD/Mtok";
  const auto any = [&](std::initializer_list<std::string_view> marks) {
    return std::any_of(marks.begin(), marks.end(),
                       [&](std::string_view m) { return low.find(m) != std::string::npos; });
  };
  if (any({"$/1k req", "per 1k req", "per 1,000 req", "per 1000 req"})) return "USD/kreq";
  if (any({"$/req", "$/request", "$ per request", "cost per request", "per_request"}))
    return "USD/req";
  if (any({"$/hr", "$/hour", "$/h)", "$ per hour", "per_hour", "cost per hour"})) return "USD/h";
  return "USD";
}

bool names_price_per_million(const Tokens& t) {
  // The words before "per": only the kind of tokens paid for.
  std::size_t per = 0;
  while (per < t.size() && t[per] != "per") ++per;
  if (per == 0 || per + 2 != t.size() || (t[per + 1] != "1m" && t[per + 1] != "million"))
    return false;
  for (std::size_t i = 0; i < per; ++i) {
    const std::string& w = t[i];
    if (w != "input" && w != "output" && w != "prompt" && w != "completion" && w != "cached" &&
        w != "cache" && w != "read" && w != "write")
      return false;
  }
  return true;
}

// "energy_kwh_per_1M_tok", "Mean energy (kWh/1M)": energy per million tokens (normalised to
// J/tok); "Energy (kWh/req)", "energy_kwh_per_request": one request's energy, in kWh;
// "energy_usd_per_1M": a price per million tokens, not a sum of money.
void per_million_basis(std::string_view name, std::string& unit) {
  const std::string low = text::to_lower(name);
  const bool kwh = low.find("kwh") != std::string::npos;
  const bool usd = low.find("usd") != std::string::npos;
  const bool per_kwh = low.find("/kwh") != std::string::npos ||
                       low.find("per kwh") != std::string::npos ||
                       low.find("per_kwh") != std::string::npos;
  // "Decode tok/kWh", "tokens_per_kwh": tokens per energy, as written.
  if (per_kwh && unit.empty() && (low.find("tok") != std::string::npos)) unit = "tok/kWh";
  // "gpu_hours_per_1M_tok", "GPU-hours / 1M tokens": the machine time a million tokens take.
  if (unit.empty() && per_million(low) &&
      (low.find("hours") != std::string::npos || low.find("hrs") != std::string::npos))
    unit = "h/Mtok";
  // "Mean seconds/1M": the time a million tokens take, no duration of one request.
  if ((unit.empty() || unit == "s") && per_million(low) &&
      (low.find("seconds") != std::string::npos || low.find("sec/") != std::string::npos))
    unit = "s/Mtok";
  if ((!kwh && !usd) || per_kwh) return;
  if (per_million(low)) {
    unit = kwh ? "kWh/Mtok" : "USD/Mtok";
  } else if (kwh && (unit.empty() || unit == "req/s")) {
    unit = "kWh";
  }
}

// "carbon_gco2e_per_1M_tok", "Mean carbon (gCO2e/1M)": grams of CO2-equivalent per million
// tokens, kept as written; "Carbon (gCO2e)": grams. Another basis ("gCO2e/req") stays unnamed.
std::string emissions_unit(const std::string& low) {
  const bool grams =
      low.find("gco2") != std::string::npos || low.find("g co2") != std::string::npos;
  if (!grams || low.find("kgco2") != std::string::npos) return {};
  if (per_million(low)) return "gCO2e/Mtok";
  const bool other_basis =
      low.find('/') != std::string::npos || low.find("per") != std::string::npos;
  return other_basis ? std::string() : std::string("gCO2e");
}

// "throughput_pct", "ttft_pct": a percentage of a speed or a latency (which are no shares) is its
// relative change against a baseline. (The metric stays unnamed: a TTFT is never in %.)
void relative_change(const Tokens& t, Classification& c) {
  if (t.size() < 2 || t.back() != "pct") return;
  const MetricDef* m = metric_of(Tokens(t.begin(), t.end() - 1), "");
  if (m && (m->kind == units::Kind::throughput || m->kind == units::Kind::ttft ||
            m->kind == units::Kind::latency))
    c.statistic = "delta";
}

}  // namespace

std::string unqualified_name(std::string_view name) {
  const Tokens t = tokenize(name);
  std::size_t from = 0, to = t.size();
  while (from < to && is_qualifier(t[from])) ++from;
  while (to > from && is_qualifier(t[to - 1])) --to;
  if ((from == 0 && to == t.size()) || from == to) return {};
  std::string out;
  for (std::size_t i = from; i < to; ++i) out += (out.empty() ? "" : "_") + t[i];
  return out;
}

std::string_view role_name(Role r) {
  switch (r) {
    case Role::metric:
      return "metric";
    case Role::parameter:
      return "parameter";
    case Role::identifier:
      return "identifier";
    case Role::timestamp:
      return "timestamp";
  }
  return "metric";
}

std::optional<std::string> parse_unit(std::string_view text) {
  text = text::trim(text);
  if (text.empty() || text.size() > 24) return std::nullopt;
  // Joules by their prefix, whose case is the prefix: AIPerf's energy in "MJ", DCGM's in "mJ".
  if (text == "kJ" || text == "MJ" || text == "mJ") return std::string(text);
  if (auto u = unit_alias(text)) return std::string(*u);
  if (auto r = slash_rate(text)) return r;
  return std::nullopt;
}

bool is_filler_segment(std::string_view segment, std::string* status) {
  // Runs for every JSON value's parent: compare without allocating.
  const std::string_view s = segment;
  const auto is = [&](std::string_view w) { return text::iequals(s, w); };
  const auto set = [&](std::string_view v) {
    if (status) *status = std::string(v);
    return true;
  };
  if (is("errored") || is("failed") || is("errors_stats")) return set("failed");
  if (is("incomplete")) return set("incomplete");
  if (is("total") || is("all")) return set("all");
  static constexpr std::array<std::string_view, 17> kFiller = {
      "successful", "success", "ok",        "stats",   "statistics", "percentiles",
      "quantiles",  "metrics", "results",   "summary", "values",     "distribution",
      "data",       "value",   "aggregate", "overall", "lookup"};
  for (const auto f : kFiller) {
    if (is(f)) return true;
  }
  return false;
}

bool names_risk_index(std::string_view text) {
  const Tokens t = tokenize(text);
  return has(t, "risk") || has(t, "rtsi") || has(t, "anomaly");
}

// "Min/Max", "最小/最大" alone: a column whose cells hold both ends ("0.29-0.45 s", "3 / 7"), the
// statistics of the quantity its neighbour names. (Min first: "Max/Min" of 1.28 is the ratio of
// the two.)
bool names_min_and_max(std::string_view name) {
  const auto slash = name.find('/');
  if (slash == std::string_view::npos || name.size() > 24) return false;
  const Tokens a = tokenize(name.substr(0, slash)), b = tokenize(name.substr(slash + 1));
  if (a.size() != 1 || b.size() != 1) return false;
  const auto first = parse_statistic(a[0]), second = parse_statistic(b[0]);
  return first && second && *first == "min" && *second == "max";
}

// "p99/p50", "max/min", "Mean/Median Ratio", "TTFT p99/p50": a ratio of two statistics of one
// quantity, a figure of its own.
bool is_ratio_of_statistics(std::string_view name) {
  const auto slash = name.find('/');
  if (slash == std::string_view::npos || name.size() > 40 ||
      name.find('/', slash + 1) != std::string_view::npos)
    return false;
  const Tokens a = tokenize(name.substr(0, slash));
  Tokens b = tokenize(name.substr(slash + 1));
  const bool ratio = !b.empty() && b.back() == "ratio";
  if (ratio) b.pop_back();
  if (a.empty() || b.size() != 1) return false;
  const auto first = parse_statistic(a.back()), second = parse_statistic(b[0]);
  if (!first || !second) return false;
  // ("Latency Min/Max": a column of both ends, "0.29-0.45 s"; no ratio unless it says so.)
  return ratio || !(*first == "min" && *second == "max");
}

// "dT/dt (°C/min)", "Heating rate (C/min)": a rate per minute in the bracket; its "min" is the
// time base, no minimum. Returns the bracket's unit as written, or "" when the name is not so.
std::string per_minute_bracket(std::string_view name) {
  const auto open = name.rfind('(');
  if (open == std::string_view::npos || name.back() != ')') return {};
  const std::string_view inner = text::trim(name.substr(open + 1, name.size() - open - 2));
  const auto slash = inner.find('/');
  if (slash == std::string_view::npos || slash == 0 || inner.find('/', slash + 1) != inner.npos)
    return {};
  const std::string per = text::to_lower(text::trim(inner.substr(slash + 1)));
  if (per != "min" && per != "minute") return {};
  return std::string(inner);
}

// "VRAM R²", "Throughput R^2", "r_squared": how well a model of the quantity fits, no amount of it.
bool names_a_fit(std::string_view name) {
  // Runs for every JSON value's name: a look for the letters every such name has before any copy
  // ("coef", "power", "exponent", "intercept", "slope", "r²", "r^2", "r-squared", "r squared",
  // "r_squared").
  constexpr auto npos = std::string_view::npos;
  if (name.find("\xC2\xB2") == npos && name.find("^2") == npos && name.find("ared") == npos &&
      name.find("ARED") == npos && name.find("pon") == npos && name.find("PON") == npos &&
      name.find("ow") == npos && name.find("OW") == npos && name.find("oef") == npos &&
      name.find("OEF") == npos && name.find("erc") == npos && name.find("ERC") == npos &&
      name.find("lop") == npos && name.find("LOP") == npos)
    return false;
  const auto has = [&](std::string_view w) { return text::icontains(name, w); };
  if (!has("coef") && !has("power") && !has("exponent") && !has("intercept") && !has("r\xC2\xB2") &&
      !has("r^2") && !has("squared") && !has("slope"))
    return false;
  const std::string low = text::to_lower(name);
  // A fitted model's coefficients: "size_power_b" (the exponent of a power law), "act_coeff",
  // "slope", "intercept".
  const auto words = tokenize(name);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w == "coeff" || w == "coef" || w == "coefficient" || w == "exponent" || w == "intercept" ||
        w == "slope" ||
        (w == "power" && i + 1 < words.size() &&
         (words[i + 1] == "a" || words[i + 1] == "b" || words[i + 1] == "c" ||
          words[i + 1] == "k")))  // not "Power (W)"
      return true;
  }
  for (const std::string_view m : {"r\xC2\xB2", "r^2", "r-squared", "r squared", "r_squared"}) {
    const auto at = low.find(m);
    if (at != std::string::npos &&
        (at == 0 || !std::isalnum(static_cast<unsigned char>(low[at - 1]))))
      return true;
  }
  return false;
}

// "Cohen's d / Change", "p-value (degradation) / Delta", "t-statistic / Change": a row naming a
// test of a comparison, in the comparison's change column; the figure is the test's, no difference.
bool labels_a_test_statistic(std::string_view name) {
  const auto slash = name.find(" / ");
  std::string label = text::to_lower(text::trim(name.substr(0, slash)));
  if (const auto bracket = label.find(" ("); bracket != std::string::npos) label.resize(bracket);
  for (const std::string_view s :
       {"p", "p-value", "p value", "p_value", "pvalue", "cohen's d", "cohen\xE2\x80\x99s d",
        "cohens d", "cohen d", "t-statistic", "t statistic", "t-stat", "effect size", "hedges' g",
        "hedges g"}) {
    if (label == s) return true;
  }
  return false;
}

namespace {

// llama-server's timings of a completion ("timings": {"prompt_n": 85, "prompt_ms": 1120.4,
// "prompt_per_second": 75.9, "predicted_n": 256, "predicted_ms": 21581.1,
// "predicted_per_token_ms": 84.3, "predicted_per_second": 11.9}) and harnesses that copy its names
// ("predicted_tps"): measured, no "predicted" as in stated beforehand.
std::optional<Classification> llama_server_timing(std::string_view name) {
  struct Key {
    std::string_view key, metric, unit;
  };
  static constexpr std::array<Key, 15> kKeys = {{
      {"prompt_n", "input_tokens", "tokens"},
      {"prompt_ms", "prompt_eval_time", "ms"},
      {"prompt_per_second", "prompt_eval_rate", "tok/s"},
      {"prompt_tps", "prompt_eval_rate", "tok/s"},
      {"predicted_n", "output_tokens", "tokens"},
      {"predicted_ms", "eval_time", "ms"},
      {"predicted_per_token_ms", "tpot", "ms"},
      {"predicted_per_second", "decode_rate", "tok/s"},
      {"predicted_tps", "decode_rate", "tok/s"},
      {"predict_per_second", "decode_rate", "tok/s"},
      // Its completion's "tokens_predicted"/"tokens_evaluated", a harness's sum of them.
      {"tokens_predicted", "output_tokens", "tokens"},
      {"tokens_evaluated", "input_tokens", "tokens"},
      {"total_predicted", "output_tokens", "tokens"},
      // A harness's own short names of them ("server_gen_ms", "server_gen_tps").
      {"gen_ms", "eval_time", "ms"},
      {"gen_tps", "decode_rate", "tok/s"},
  }};
  // ("server_prompt_ms": the server's own figure, as the harness names it beside its client's.)
  if (name.size() > 7 && (name[0] == 's' || name[0] == 'S') &&
      text::iequals(name.substr(0, 7), "server_"))
    name.remove_prefix(7);
  // (Also in words, as a table of the server's figures heads them: "Prompt Per Second".)
  if (name.size() < 6 || (name[1] != 'r' && name[1] != 'R' && name[1] != 'o' && name[1] != 'O' &&
                          name[1] != 'e' && name[1] != 'E'))
    return std::nullopt;
  std::array<char, 24> buf{};
  const std::string_view key = text::key_form(name, buf);
  for (const auto& k : kKeys) {
    if (key != k.key) continue;
    Classification c;
    c.metric = find_metric(k.metric);
    c.kind = c.metric->kind;
    c.unit = std::string(k.unit);
    return c;
  }
  return std::nullopt;
}

}  // namespace

namespace {
Classification classify_words(std::string_view name, std::string_view written_unit);
Classification classify_any(std::string_view name, std::string_view written_unit);

// "Total requests", "总请求数" (beside "Successful requests"): every request sent, failed ones
// too, no count of the completed ones alone.
bool counts_every_request(std::string_view english) {
  const Tokens t = tokenize(english);
  if (!has(t, "total") && !has(t, "all")) return false;
  // (Not the requests done: "Total finished requests", "Total requests processed".)
  for (const char* done :
       {"successful", "success", "completed", "succeeded", "ok", "passed", "finished", "processed",
        "served", "answered", "done", "returned", "handled", "complete"})
    if (has(t, done)) return false;
  return true;
}

// "... /6", "... (/9)": a name ending in a slash and a whole number, the most it could be.
bool out_of_a_maximum(std::string_view name) {
  name = text::trim(name);
  const bool bracket = name.ends_with(')');
  if (bracket) name.remove_suffix(1);
  const auto slash = name.rfind('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 >= name.size() ||
      name.size() - slash > 5)
    return false;
  const std::string_view digits = name.substr(slash + 1);
  if (!std::all_of(digits.begin(), digits.end(),
                   [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) != 0; }))
    return false;
  std::string_view before = name.substr(0, slash);
  if (bracket) {
    if (!before.ends_with('(')) return false;
    before.remove_suffix(1);
  } else if (!before.ends_with(' ')) {
    return false;
  }
  before = text::trim(before);
  if (before.empty() || std::isalpha(static_cast<unsigned char>(before.back())) == 0) return false;
  // (Not a count out of what a machine has: "Layers offloaded /33", "Slots busy /8".)
  for (const std::string_view w : {"layer", "offload", "slot", "expert", "gpu", "thread", "queue",
                                   "core", "node", "worker", "replica", "request", "batch"})
    if (text::icontains(before, w)) return false;
  return true;
}

bool sends_requests(std::string_view english) {
  const Tokens t = tokenize(english);
  return (has(t, "sent") || has(t, "send") || has(t, "sending") || has(t, "dispatch")) &&
         (has(t, "request") || has(t, "requests"));
}
}  // namespace

// "Gen tok/s (incl. prefill)", "NVFP4/vLLM tile(含 prefill)": what a figure counts in beside its
// quantity, in brackets; the name less that aside (its quantity the words before it), or "".
static std::string without_inclusion_aside(std::string_view name) {
  if (name.size() > 160) return {};
  for (const std::string_view open :
       {"(incl", "(Incl", "(including", "(Including", "(inc.", "(\xE5\x90\xAB",
        "\xEF\xBC\x88\xE5\x90\xAB", "(\xE5\x8C\x85\xE5\x90\xAB",
        "\xEF\xBC\x88\xE5\x8C\x85\xE5\x90\xAB"}) {  // 含, （含, 包含, （包含
    const auto at = name.find(open);
    if (at == std::string_view::npos || at == 0) continue;
    const bool wide = static_cast<unsigned char>(open[0]) == 0xEF;
    const auto close = name.find(wide ? std::string_view("\xEF\xBC\x89") : std::string_view(")"),
                                 at + open.size());
    if (close == std::string_view::npos) continue;
    std::string out(text::trim(name.substr(0, at)));
    const auto rest = text::trim(name.substr(close + (wide ? 3 : 1)));
    if (!rest.empty()) out.append(" ").append(rest);
    return out;
  }
  return {};
}

// "P40", "2xP40", "Tesla P4", "P100" written in capitals as a word: NVIDIA's Tesla cards (a header
// "p40" beside "p10" ... "p90" is a percentile still), and the percentile their digits would make.
std::string_view tesla_card_percentile(std::string_view name) {
  for (std::size_t at = name.find('P'); at != std::string_view::npos; at = name.find('P', at + 1)) {
    std::size_t end = at + 1;
    while (end < name.size() && name[end] >= '0' && name[end] <= '9') ++end;
    const std::string_view digits = name.substr(at + 1, end - at - 1);
    const bool word_start =
        at == 0 || !std::isalpha(static_cast<unsigned char>(name[at - 1])) ||
        (name[at - 1] == 'x' && at >= 2 && std::isdigit(static_cast<unsigned char>(name[at - 2])));
    const bool word_end =
        end == name.size() || !std::isalnum(static_cast<unsigned char>(name[end]));
    if (!word_start || !word_end) continue;
    if (digits == "4") return "p4";
    if (digits == "40") return "p40";
    if (digits == "6") return "p6";
    if (digits == "100") return "max";
  }
  return {};
}

Classification classify(std::string_view name, std::string_view written_unit) {
  // (The quantity is named before what it counts in: "Gen tok/s (incl. prefill)" is a
  // generation rate, not a prefill's.)
  if (const std::string plain = without_inclusion_aside(name); !plain.empty())
    return classify(plain, written_unit);
  Classification c = classify_any(name, written_unit);
  if (!c.statistic.empty() && c.statistic == tesla_card_percentile(name)) {
    c.statistic.clear();  // ("P40 TPS": a card's figure, no 40th percentile)
    c.stat_only = false;
  }
  static const MetricDef* const kRequests = find_metric("requests");
  if (c.metric == kRequests && !c.every_request)
    c.every_request = counts_every_request(in_english(name));
  // "reasoning mean /6", "kod med /9", "code (/9)": a score out of its maximum, a quality score.
  if (!c.metric && c.role == Role::metric && c.unit.empty() && written_unit.empty() &&
      out_of_a_maximum(name))
    c.metric = find_metric("quality");
  // vLLM's bench keys ("output_throughput" 3904.06 in a sweep's export), which vLLM writes in
  // tok/s and req/s, in any file that uses them with no unit of its own.
  if (c.metric && c.unit.empty() && written_unit.empty()) {
    if (name == "output_throughput" || name == "total_token_throughput")
      c.unit = "tok/s";
    else if (name == "request_throughput" || name == "request_goodput")
      c.unit = "req/s";
  }
  // "prefill_token_throughput", "decode_token_throughput" (a serving engine's tokens per second
  // over all its requests, as vLLM names them): the input and output throughputs; "prefill +
  // decode throughput" their sum, the total.
  if (c.metric && c.kind == units::Kind::throughput && name.size() < 100) {
    const std::string low = text::to_lower(name);
    const bool token_throughput = low.find("token_throughput") != std::string::npos ||
                                  low.find("token throughput") != std::string::npos;
    const bool in =
        low.find("prefill") != std::string::npos || low.find("prompt") != std::string::npos;
    const bool out =
        low.find("decode") != std::string::npos || low.find("generation") != std::string::npos;
    const char* id = nullptr;
    // (Not a request's own rate, "per-request decode token throughput", nor a name that says
    // what it leaves out, "output token throughput excl. prefill".)
    const bool per_request =
        low.find("per request") != std::string::npos ||
        low.find("per-request") != std::string::npos || low.find("per user") != std::string::npos ||
        low.find("per-user") != std::string::npos || low.find("per sequence") != std::string::npos;
    const bool excluding = low.find("excl") != std::string::npos ||
                           low.find("without") != std::string::npos ||
                           low.find("w/o") != std::string::npos;
    if (per_request || excluding)
      ;
    else if (in && out && low.find('+') != std::string::npos)
      id = "total_throughput";
    else if (token_throughput && in && !out)
      id = "input_throughput";
    else if (token_throughput && out && !in)
      id = "output_throughput";
    if (id) {
      c.metric = find_metric(id);
      if (c.unit.empty() && written_unit.empty()) c.unit = "tok/s";
    }
  }
  // "Stable context", "Usable context length": a context window as a run was set or found to
  // hold, a setting (as "Max context" is), no figure.
  if (!c.metric && c.role == Role::metric && c.unit.empty() && name.size() < 40) {
    const std::string low = text::to_lower(text::trim(name));
    const auto space = low.find(' ');
    const std::string_view rest =
        space == std::string::npos ? std::string_view() : std::string_view(low).substr(space + 1);
    const std::string_view first = std::string_view(low).substr(0, space);
    // (Not an outcome's context, "Spillover Context", "OOM Context": where a run failed.)
    const bool configured = first == "stable" || first == "usable" || first == "supported" ||
                            first == "configured" || first == "default" || first == "target" ||
                            first == "effective" || first == "safe";
    if (space != std::string::npos && low.find(' ', space + 1) == std::string::npos && configured &&
        (rest == "context" || rest == "ctx")) {
      c = Classification{};
      c.role = Role::parameter;
      c.parameter = find_parameter("num_ctx");
      return c;
    }
  }
  // "| Total |" of "1.56s": a whole time, the run's (or request's) duration.
  if (!c.metric && c.role == Role::metric && text::iequals(text::trim(name), "total") &&
      !c.unit.empty()) {
    if (const auto kind = units::infer("", c.unit).kind;
        kind == units::Kind::duration || kind == units::Kind::latency) {
      c.metric = find_metric("duration");
      c.kind = c.metric->kind;
    }
  }
  // "tps_ratio", "throughput ratio": one run's rate over another's, how many times as fast.
  if (!c.metric && c.unit.empty() && written_unit.empty() && name.size() > 6 && name.size() < 40) {
    const std::string low = text::to_lower(name);
    for (const std::string_view tail : {"_ratio", " ratio"}) {
      if (!low.ends_with(tail)) continue;
      const Classification rate = classify(std::string_view(name).substr(0, name.size() - 6));
      if (rate.metric && rate.metric->kind == units::Kind::throughput) {
        c.metric = find_metric("speedup");
        c.kind = c.metric->kind;
        c.unit = "x";
        c.statistic = "value";
      }
    }
  }
  // "Time to send all requests", "所有请求全部发出的总时间": the time the requests took to be sent
  // (a stage of the client's), no run's duration nor a request's latency.
  if (c.metric && (c.kind == units::Kind::duration || c.kind == units::Kind::latency) &&
      sends_requests(in_english(name))) {
    c.metric = nullptr;
    c.kind = units::Kind::other;
  }
  return c;
}

namespace {

Classification classify_any(std::string_view name, std::string_view written_unit) {
  // "gen_tok_s_after_long_prompt": a quantity measured after something, the quantity named
  // before "after" (a generation rate, not the prompt's).
  for (const std::string_view after : {"_after_", " after "}) {
    if (const auto at = name.find(after); at != std::string_view::npos && at >= 3) {
      // ("latency after first token": the time after the first token, a phase of its own.)
      const std::string rest = text::to_lower(name.substr(at + after.size()));
      if (rest.starts_with("first") || rest.starts_with("prefill") || rest.starts_with("ttft"))
        break;
      // (A unit at the end is the quantity's: "ttft after warmup (ms)", "ttft_after_warmup_ms".)
      std::string quantity(name.substr(0, at));
      if (const auto open = name.rfind(" (");
          open != std::string_view::npos && open > at && name.back() == ')')
        quantity += name.substr(open);
      else if (const auto last = name.rfind('_');
               last != std::string_view::npos && last > at && parse_unit(name.substr(last + 1)))
        quantity += name.substr(last);
      Classification before = classify(quantity, written_unit);
      if (before.metric) return before;
    }
  }
  // "vLLM.max_num_seqs", "sglang.mem_fraction_static": an engine's option named with its engine,
  // as a tuner's parameter pack writes it: the option.
  if (const auto dot = name.find('.'); dot != std::string_view::npos && dot >= 3 && dot <= 8 &&
                                       dot + 1 < name.size() &&
                                       std::isalpha(static_cast<unsigned char>(name[dot + 1]))) {
    const std::string head = text::to_lower(name.substr(0, dot));
    for (const std::string_view engine :
         {"vllm", "sglang", "tgi", "ollama", "trtllm", "llamacpp", "lmdeploy"}) {
      if (head != engine) continue;
      std::string_view option = name.substr(dot + 1);
      Classification c = classify(option, written_unit);
      // ("vLLM.max_num_seqs / Best (experiment 21)": the option, whatever column holds it.)
      if (const auto slash = option.find(" / ");
          !c.metric && c.role == Role::metric && slash != std::string_view::npos)
        c = classify(option.substr(0, slash), written_unit);
      const std::string opt = text::to_lower(option.substr(0, option.find(' ')));
      const bool option_like =
          opt.starts_with("max_") || opt.starts_with("min_") || opt.starts_with("enable_") ||
          opt.starts_with("disable_") || opt.ends_with("_size") || opt.ends_with("_threshold") ||
          opt.ends_with("_level") || opt.ends_with("_mode") || opt.ends_with("_steps") ||
          opt.ends_with("_len") || opt.ends_with("_dtype") || opt.ends_with("_backend") ||
          opt == "swap_space" || opt == "dtype" || opt == "seed";
      // ("vLLM.block_size": an option all the same; not "vllm.num_preemptions", a count of what
      // happened.)
      if (!c.metric && c.role == Role::metric && option_like) {
        c = Classification{};
        c.role = Role::parameter;
        c.parameter = find_parameter("engine_option");
      }
      return c;
    }
  }
  // "请求耗时 P50", "吞吐量（tok/s）": the English words of its terms, classified as any name.
  if (has_cjk(name) || has_cjk(written_unit))
    return classify_words(in_english(name), in_english(written_unit));
  // "Tiempo de respuesta (s)", "Tamaño", "Скорость генерации": as their English words.
  if (const std::string european = european_gloss(name); !european.empty())
    return classify(european, written_unit);
  Classification c = classify_words(name, written_unit);
  // "Average inference time", "p95 inference time": a statistic over the inferences (requests)
  // of their time, the end-to-end latency; not a total, nor one figure ("PyTorch Inference Time
  // (ms)" of a model's forward pass stays a duration).
  static const MetricDef* const kDuration = find_metric("duration");
  if (c.metric == kDuration && !c.statistic.empty() && c.statistic != "value" &&
      c.statistic != "sum" && c.statistic != "count" && text::icontains(name, "inference time")) {
    c.metric = find_metric("e2e_latency");
    c.kind = c.metric->kind;
  }
  // "OSL Mismatch Diff % (%) / avg": a row label naming a difference under a column naming the
  // statistic (AIPerf's CSV): the mean of the differences, not a difference of two statistics.
  // (Only a quantity of no metric of ours: "Throughput Delta / Mean" keeps its delta, lest it
  // read as a mean throughput.)
  if (c.statistic == "delta" && !c.metric) {
    if (const auto slash = name.rfind(" / "); slash != std::string_view::npos) {
      if (auto stat = parse_statistic(text::trim(name.substr(slash + 3)));
          stat && *stat != "delta" && *stat != "value")
        c.statistic = std::move(*stat);
    }
  }
  return c;
}

Classification classify_words(std::string_view name, std::string_view written_unit) {
  Classification c;
  const std::string_view trimmed_name = text::trim(name);
  // (A design's "Level" 1..7: which of its levels, no measurement.)
  if (trimmed_name == "#" || trimmed_name == "No." || trimmed_name == "Nr." ||
      trimmed_name == "Level" || trimmed_name == "level") {
    c.role = Role::identifier;  // a table's numbering column
    return c;
  }
  if (auto timing = llama_server_timing(trimmed_name)) return *timing;
  // "Us (RADV)", "Ours": the writer's own results beside another's ("kyuz0 Best"), no
  // microseconds.
  if (trimmed_name == "Us" || trimmed_name == "Ours" || trimmed_name.starts_with("Us (") ||
      trimmed_name.starts_with("Ours (")) {
    c.statistic = "value";
    return c;
  }
  if (names_min_and_max(trimmed_name)) {
    c.statistic = "min";
    c.stat_only = true;
    if (auto u = parse_unit(written_unit)) c.unit = *u;  // (as "Min" alone: its figure's)
    return c;
  }
  if (is_ratio_of_statistics(trimmed_name)) {
    c.statistic = "value";
    c.unit = "x";
    return c;
  }
  Tokens t = tokenize(without_load_condition(name));
  // Rust's "async-std" runtime ("Async-std mean") names no standard deviation, and "Standard
  // Deviation" written out names one.
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if ((t[i] == "async" && t[i + 1] == "std") || (t[i] == "standard" && t[i + 1] == "deviation")) {
      t[i] = t[i] == "async" ? "async_std" : "std";
      t.erase(t.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    }
  }
  // "% of Peak (432 GB/s)": a share of a peak, no maximum of samples.
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if (t[i] == "of" && t[i + 1] == "peak") t[i + 1] = "peak_reference";
  }
  // "LOADED_AFTER_S", "loaded in (s)": the time a model took to load.
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if (t[i] == "loaded" && (t[i + 1] == "after" || t[i + 1] == "in")) {
      t[i] = "load";
      t[i + 1] = "time";
    }
  }
  // "Decoding Speed", "Prefilling speed": the decode and prefill phases, as "Decode Speed".
  for (auto& w : t) {
    if (w == "decoding") w = "decode";
    if (w == "prefilling") w = "prefill";
  }
  // "Gen toks", "Prompt toks": a count of tokens, as "Gen tokens" ("toks/s" is a rate).
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] == "toks" && (i + 1 == t.size() || (t[i + 1] != "s" && t[i + 1] != "per" &&
                                                 t[i + 1] != "sec" && t[i + 1] != "second")))
      t[i] = "tokens";
  }
  // "Mac Studio M4 Max 128GB": Apple's chip, no maximum.
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if (t[i].size() == 2 && t[i][0] == 'm' && t[i][1] >= '1' && t[i][1] <= '9' && t[i + 1] == "max")
      t[i + 1] = "chip_max";
  }
  // "Jain's J": Jain's fairness index, no joules.
  if (has(t, "jain")) t.erase(std::remove(t.begin(), t.end(), std::string("j")), t.end());
  const Scan words = scan_words(t);
  c.statistic = words.statistic;
  if (c.statistic == "delta" && labels_a_test_statistic(name)) c.statistic = "value";
  std::string per_minute;  // the unit of a rate per minute, as written
  if (c.statistic == "min" && written_unit.empty()) {
    per_minute = per_minute_bracket(name);
    if (!per_minute.empty()) c.statistic.clear();
  }
  // "Degradation Events", "Throttle events": how many times it happened, not a change.
  if (!t.empty() && (t.back() == "events" || t.back() == "occurrences" || t.back() == "incidents"))
    c.statistic = "count";
  // Nsight Compute's "device__attribute_max_registers_per_block": a limit of the device, one
  // figure, no maximum of samples.
  if (trimmed_name.rfind("device__attribute_", 0) == 0) c.statistic.clear();
  c.stat_only = words.stat_only;
  c.stat_unit_only = words.stat_unit_only;
  if (!written_unit.empty()) {
    if (auto u = parse_unit(written_unit)) c.unit = *u;
    if (c.unit == "USD") c.unit = price_basis(name);  // "$0.075" under "$/1M Tokens"
  }
  if (c.unit.empty()) {
    if (auto u = bracketed_unit(name)) {
      c.unit = *u;
      // "Output Token Throughput (per sec)" (genai-perf): a rate of what the name counts.
      if (c.unit == "req/s" && (has(t, "token") || has(t, "tokens")) && !has(t, "request") &&
          !has(t, "requests") && text::to_lower(name).find("per sec") != std::string::npos)
        c.unit = "tok/s";
    } else if (auto ps = per_second_abbreviation(name); !ps.empty()) {
      c.unit = std::move(ps);
    } else if (auto r = slash_rate(name)) {
      c.unit = *r;
    } else if (t.size() == 1 && !parse_statistic(t[0])) {
      if (auto a = unit_alias(t[0]); a && t[0] != "b" && t[0] != "x" && t[0] != "count")
        c.unit = std::string(*a);  // a header that is only a unit: "ms", "t/s"
    }
    if (c.unit == "min" && c.statistic == "min") c.statistic.clear();  // "Time (min)"
  }
  // "Throughput (Transactions/s)", "files/sec": a rate of things no unit here counts, kept as
  // written; its "s" is no duration.
  if (c.unit.empty()) c.unit = rate_of_other_things(name);
  if (c.unit.empty()) c.unit = per_minute;  // "C/min": kept as written
  if (c.unit.empty() && !has_symbol(name) && !is_symbol_name(name, t) && !has(t, "amdahl"))
    c.unit = words.unit;  // not "Amdahl s": the law's serial fraction
  // "prompt eval count (s)" 26 (a CSV whose writer copied a header's unit): a count, whatever time
  // unit its bracket claims; 26 tokens are no 26 s.
  if (written_unit.empty() && has(t, "count") && !has(t, "per") && is_time_unit(c.unit))
    c.unit.clear();
  // "S/C Ratio" (safety over capability): a ratio has no unit; its "s" is no second.
  if (written_unit.empty() && has(t, "ratio") && c.unit == words.unit &&
      (c.unit == "s" || c.unit == "ms" || c.unit == "min"))
    c.unit.clear();
  // "B0_to_C11_tps_ratio" 1.439: one rate over another, no rate (and no tokens per second).
  if (written_unit.empty() && has(t, "ratio") && c.unit == words.unit &&
      (c.unit == "tok/s" || c.unit == "req/s") && c.role == Role::metric) {
    c.unit.clear();
    c.metric = nullptr;
    c.kind = units::Kind::other;
  }
  // "Mean bias" +0.25 GB, "TTFT bias (ms)": a prediction's systematic error, predicted minus
  // actual, in the quantity's unit (not a bias score, a share in %).
  // "MAE" 1.01 GB, "RMSE (ms)": a prediction's typical error in the quantity's unit, a difference
  // of predicted and actual figures, no amount of the quantity itself.
  if (has(t, "mae") || has(t, "rmse") || has(t, "mse")) c.statistic = "delta";
  if (has(t, "bias") && (is_time_unit(c.unit) || is_memory_unit(c.unit) || c.unit == "tok/s"))
    c.statistic = "delta";
  if (c.statistic == "cv" && written_unit.empty() && c.unit == words.unit && c.unit != "%")
    c.unit.clear();  // "TPS CV", "latency_ms_cv": a share of the mean, in no unit of the metric
  if (const auto trimmed = text::trim(name);
      c.unit.empty() && !trimmed.empty() && trimmed.back() == '%')
    c.unit = "%";  // "TTFT_Reduction_%", "Agent TPS CV%"
  if (c.unit.empty() && is_ollama_ns_duration(t)) c.unit = "ns";
  // "Spec Dec (B)", "Spec Quant", "draft_model": what speculative decoding drafted with, a
  // setting (not "Spec Accept Rate", "Draft tokens", "draft_acceptance_rate": figures).
  if (names_speculative_setting(t)) {
    c.role = Role::parameter;
    c.parameter = find_parameter("speculative");
    c.statistic.clear();
    return c;
  }
  if ((t.size() == 1 && t[0] == "default") ||
      (t.size() == 2 && t[0] == "default" && (t[1] == "value" || t[1] == "setting"))) {
    c.role = Role::parameter;  // "| Flag | Meaning | Default |": an option's default setting
    c.parameter = find_parameter("default_value");
    return c;
  }
  if (t.size() == 1 && (t[0] == "count" || t[0] == "n" || t[0] == "sum")) {
    c.statistic = t[0] == "sum" ? "sum" : "count";  // a stats block's "count": of samples
    c.stat_only = true;
    return c;
  }
  // A table's "Result" column of "68.93 Tokens/S": a rate of tokens, as its cells say.
  if (t.size() == 1 && (t[0] == "result" || t[0] == "results") && !written_unit.empty() &&
      (c.unit == "tok/s" || c.unit == "req/s")) {
    c.metric = find_metric(c.unit == "tok/s" ? "token_rate" : "request_throughput");
    c.kind = c.metric->kind;
    return c;
  }
  if (t.size() == 1 && t[0] == "slowdown" && (c.unit.empty() || c.unit == "x")) {
    c.metric = find_metric("slowdown");  // a list of the agents' slowdowns against solo runs
    c.kind = c.metric->kind;
    c.statistic.clear();
    c.stat_only = false;
    if (c.unit.empty()) c.unit = "x";  // a ratio's bare number is in its unit
    return c;
  }
  if (c.stat_only && t.size() <= 2) return c;  // "p95", "mean", "value": the caller looks up
  const ParameterDef* p = parameter_of(t);
  // "context_k" 10, "ctx_k": a setting counted in thousands (of tokens), its name before the k.
  if (!p && t.size() >= 2 && t.back() == "k") p = parameter_of(Tokens(t.begin(), t.end() - 1));
  if (!p) p = parameter_before_unit(name, c.unit);
  if (!p) p = parameter_before_unit_word(t, c.unit);
  // (Not Nsight Compute's "device__attribute_kernel_exec_timeout", a flag of the device.)
  if (!p && trimmed_name.rfind("device__attribute_", 0) != 0) p = configured_setting(t);
  if (!p) p = parameter_in_brackets(name);
  if (!p) p = parameter_before_qualifier(name);
  if (!p) p = requested_setting(t);
  if (!p) p = precisions_model_size(t);
  if (p && p->id == "n_depth" && c.unit == "%") p = nullptr;  // a layer's depth, below
  // ("Warmup" of "~2s": the warm-up's time measured, no count of warm-up requests.)
  if (p && p->id == "warmup" && is_time_unit(c.unit)) p = nullptr;
  if (p) {
    c.role = Role::parameter;
    c.parameter = p;
    c.statistic.clear();  // "Max new tokens", "Max N Tested": a setting, not a maximum of samples
    return c;
  }
  // "Depth %" 19% beside a "Layer" 3, "Layer depth", "Relative depth": where a layer sits in
  // the model, a position and no measurement (not llama-bench's n_depth, a context in tokens).
  const bool layer_depth =
      (t.size() == 1 && t[0] == "depth" && c.unit == "%") ||
      (t.size() == 2 && t[1] == "depth" && (t[0] == "layer" || t[0] == "relative"));
  if (is_identifier(t) || layer_depth) {
    c.role = Role::identifier;
    return c;
  }
  if (is_timestamp_word(t)) {
    c.role = Role::timestamp;
    return c;
  }
  per_million_basis(name, c.unit);
  if ((c.unit.empty() || c.unit == "tokens" || c.unit == "count") &&
      name.find('$') != std::string_view::npos) {
    // "$/1M Decode", "$ per 1M tokens", "$/1M total tokens (shadow)": a price per million tokens
    // (its "tokens" what is paid for), not a sum of money.
    c.unit = price_basis(name);
  }
  // "input_per_1m", "cached_input_per_1m", "output per 1M": an API's list price per million
  // tokens of that kind (quoted in USD by every vendor), not a count of tokens.
  if (c.unit.empty() && names_price_per_million(t)) c.unit = "USD/Mtok";
  // "Mean total cost per 1M tokens", "Price per million tokens": a price per million tokens, in
  // the US dollars every vendor quotes, though the header leaves the currency unsaid.
  if ((c.unit.empty() || c.unit == "tokens") && (has(t, "cost") || has(t, "price")) &&
      per_million(text::to_lower(name)))
    c.unit = "USD/Mtok";
  // A power analysis ("Min d (80% power)", "Min Detectable (ms)", "N Required (80% power)"): what
  // a test could detect or would need; no measurement, and no minimum of one.
  if (has(t, "detectable") || has(t, "mde") || name.find("% power") != std::string_view::npos) {
    c.statistic = has(t, "required") ? "expected" : "delta";
    return c;
  }
  // Emissions have no metric of ours ("Carbon (gCO2e / 1M total tokens)" counts no tokens).
  if (has(t, "carbon") || has(t, "gco2e") || has(t, "co2") || has(t, "co2e") ||
      has(t, "emissions")) {
    if (c.unit == "tokens" || c.unit == "count") c.unit.clear();
    if (c.unit.empty()) c.unit = emissions_unit(text::to_lower(name));
    return c;
  }
  // A cv's own unit (% or none) says nothing of its metric; the words' unit ("TPS") may.
  // "output_tokens_per_iteration" (GuideLLM 0.8), "tokens per step": a ratio per engine step,
  // neither a count of tokens nor a rate in time; no metric of ours, no unit of its words.
  const bool slash_iter =
      name.find("/Iter") != std::string_view::npos || name.find("/iter") != std::string_view::npos;
  if ((t.size() >= 3 && t[t.size() - 2] == "per" &&
       (t.back() == "iteration" || t.back() == "iter" || t.back() == "step")) ||
      slash_iter) {
    if (c.unit == words.unit) c.unit.clear();
    return c;
  }
  c.metric = names_a_fit(name) ? nullptr : metric_of(t, c.statistic == "cv" ? words.unit : c.unit);
  if (c.metric && c.metric->id == "energy_per_token" && c.unit == "J") c.unit = "J/tok";
  // "slowdown_vs_solo", "slowdown InsightAgent" 1.13x: an agent's time while sharing over its
  // time alone, a ratio of its own (not "TTFT slowdown", a difference of the TTFT).
  if (!c.metric && c.statistic == "delta" && has(t, "slowdown") &&
      (c.unit.empty() || c.unit == "x")) {
    c.metric = find_metric("slowdown");
    c.statistic.clear();
  }
  if (c.metric && !unit_fits(*c.metric, c.unit, c.statistic)) c.metric = nullptr;
  // "20 ms/token" under "Decode": the decode time per output token, no phase's whole time.
  const auto per_token = [&](std::string_view w) {
    return written_unit.size() > w.size() &&
           text::iequals(written_unit.substr(written_unit.size() - w.size()), w);
  };
  if ((per_token("/tok") || per_token("/token")) && c.metric && c.metric->id == "eval_time")
    c.metric = find_metric("tpot");
  if ((per_token("/tok") || per_token("/token")) && c.metric && c.metric->id == "prompt_eval_time")
    c.metric = nullptr;  // (a prompt token's time: no phase's whole time)
  // "Power Samples" 412, "Latency readings": how many samples of the quantity were taken, no
  // sample of it. (A key "ttft_samples" holds the samples themselves, an array of them.)
  if (c.role == Role::metric && t.size() >= 2 &&
      (t.back() == "samples" || t.back() == "readings") && written_unit.empty() &&
      trimmed_name.find(' ') != std::string_view::npos) {
    c.metric = nullptr;
    c.statistic = "count";
    c.unit.clear();
  }
  // "Error (GB)" beside "Predicted VRAM (GB)" and "Actual VRAM (GB)": a prediction's error, the
  // difference of two figures (not an error rate or count, which are measurements of their own).
  // (Not AIPerf's "Error Input Sequence Length": a figure of the errored requests.)
  const std::size_t lead = t.size() > 1 && t.front() == "total" ? 1 : 0;  // "Total Error ISL"
  const bool of_errored =
      t[lead] == "error" && std::any_of(t.begin() + static_cast<std::ptrdiff_t>(lead) + 1, t.end(),
                                        [](const std::string& w) { return !unit_alias(w); });
  if (c.metric && has(t, "error") && !of_errored && !has(t, "rate") && !has(t, "count") &&
      !c.unit.empty() && (c.statistic.empty() || c.statistic == "mean"))
    c.statistic = "delta";
  if (!c.metric && c.unit == "%" && c.statistic.empty()) relative_change(t, c);
  // A price names what it pays for ("$/1M total tokens"): its unit says it is a price.
  const bool sum_of_dollars = c.unit == "USD" || c.unit == "USD/month" || c.unit == "USD/yr";
  if (!c.metric && (c.unit == "USD/Mtok" || sum_of_dollars) && c.statistic != "delta")
    c.metric = find_metric(sum_of_dollars ? "cost" : "token_cost");
  // "Temp (°C)", "Temperature ( C)" in a benchmark's telemetry: the GPU's, which is what the
  // tools of the field record (not a CPU's or the room's, which say so).
  if (!c.metric && c.role == Role::metric && c.unit == "C" &&
      (has(t, "temp") || has(t, "temperature")) && !has(t, "cpu") && !has(t, "ambient") &&
      !has(t, "room"))
    c.metric = find_metric("gpu_temperature");
  // Nsight Compute's "device__attribute_managed_memory", "..._global_memory_bus_width": what the
  // device can do or has, a flag or a specification, no memory in use.
  if (c.metric && c.metric->id == "memory" && trimmed_name.rfind("device__attribute_", 0) == 0)
    c.metric = nullptr;
  // Whatever metric the words suggest ("first_token_time", "queued_time", "completed_at"), a
  // unitless value the size of a Unix time under a moment's name is a timestamp: GuideLLM's
  // per-request timings.
  c.epoch_candidate =
      is_epoch_candidate(t) && c.unit.empty() &&
      (!c.metric || c.metric->id == "duration" || names_a_moment(t) ||
       (c.metric->id == "e2e_latency" && t.size() == 2 && t[0] == "request" && t[1] == "time"));
  // A bare "ts" (a record's timestamp, or llama-bench's t/s): a Unix time's size decides; no
  // rate of tokens is a billion a second.
  if (t.size() == 1 && t[0] == "ts") c.epoch_candidate = true;
  if (c.metric) {
    c.kind = c.metric->kind;
    // Counts of tokens and requests carry their unit in what they are, as ratios (a speedup,
    // a slowdown) do.
    if (c.unit.empty() &&
        (c.metric->unit == "tokens" || c.metric->unit == "count" || c.metric->unit == "x"))
      c.unit = std::string(c.metric->unit);
  }
  return c;
}

}  // namespace

// "concurrencies": [1, 2, 4], "request_rates", "batch_sizes", "temperatures": the values of a
// setting a sweep ran, named by the setting's plural.
const ParameterDef* swept_parameter(std::string_view name) {
  const Tokens t = tokenize(name);
  if (t.empty()) return nullptr;
  const std::string& last = t.back();
  if (last.size() < 5 || last.back() != 's' || last.ends_with("ss")) return nullptr;
  Tokens singular = t;
  singular.back() = text::singular(last);
  const ParameterDef* p = parameter_of(singular);
  if (!p) return nullptr;
  // (Not "depths": an audio input's bit depths are no context depth.)
  static constexpr std::string_view kSwept[] = {
      "concurrency", "rate",       "temperature", "num_batch", "num_ubatch",     "num_ctx",
      "input_len",   "output_len", "max_tokens",  "n_prompt",  "n_gen",          "num_thread",
      "top_p",       "top_k",      "num_gpu",     "seed",      "tensor_parallel"};
  for (const auto id : kSwept)
    if (p->id == id) return p;
  return nullptr;
}

}  // namespace chimera::metrics
