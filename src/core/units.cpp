#include "chimera/core/units.hpp"

#include <array>
#include <utility>
#include <vector>

#include "chimera/core/text.hpp"

namespace chimera::units {
namespace {

struct UnitAlias {
  std::string_view alias;  // lower-case spelling in names, headers and cells
  std::string_view unit;   // canonical spelling
};

// Spellings of units, as a trailing name token, a "(unit)" in a header or a cell suffix.
constexpr std::array<UnitAlias, 33> kUnitAliases = {{
    {"ms", "ms"},       {"msec", "ms"},     {"millis", "ms"},    {"s", "s"},
    {"sec", "s"},       {"secs", "s"},      {"second", "s"},     {"seconds", "s"},
    {"ns", "ns"},       {"us", "us"},       {"\xC2\xB5s", "us"}, {"min", "min"},
    {"mins", "min"},    {"minutes", "min"}, {"tok/s", "tok/s"},  {"tokens/s", "tok/s"},
    {"t/s", "tok/s"},   {"tps", "tok/s"},   {"toks/s", "tok/s"}, {"%", "%"},
    {"pct", "%"},       {"percent", "%"},   {"kb", "KiB"},       {"kib", "KiB"},
    {"mb", "MiB"},      {"mib", "MiB"},     {"gb", "GiB"},       {"gib", "GiB"},
    {"bytes", "bytes"}, {"b", "bytes"},     {"w", "W"},          {"watts", "W"},
    {"x", "x"},
}};

std::optional<std::string_view> unit_alias(std::string_view s, bool allow_bare_b) {
  const std::string_view t = text::trim(s);
  // Kubernetes' binary quantities, as it capitalises them ("memory (Gi)").
  if (t == "Gi") return "GiB";
  if (t == "Mi") return "MiB";
  if (t == "Ki") return "KiB";
  const std::string low = text::to_lower(t);
  if (low == "b" && !allow_bare_b) return std::nullopt;
  for (const auto& a : kUnitAliases) {
    if (low == a.alias) return a.unit;
  }
  return std::nullopt;
}

std::vector<std::string> tokens_of(std::string_view name) {
  std::vector<std::string> out;
  std::string cur;
  for (const char ch : text::to_lower(name)) {
    const bool alnum = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
    if (alnum) {
      cur += ch;
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

bool has_token(const std::vector<std::string>& t, std::string_view needle) {
  for (const auto& s : t) {
    if (s.find(needle) != std::string::npos) return true;
  }
  return false;
}

// A unit written inside brackets in a header: "TTFT (ms)", "Rate [tok/s]".
std::optional<std::string_view> bracketed_unit(std::string_view name) {
  const auto open = name.find_last_of("([");
  if (open == std::string_view::npos) return std::nullopt;
  const auto close = name.find_first_of(")]", open);
  if (close == std::string_view::npos) return std::nullopt;
  return unit_alias(name.substr(open + 1, close - open - 1), true);
}

bool is_rate_name(const std::vector<std::string>& t) {
  const bool tok = has_token(t, "tok");
  if (!tok) return false;
  const std::string& last = t.back();
  if (last == "s" || last == "sec" || last == "second" || last == "ps" || last == "tps")
    return true;
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if (t[i] == "per" && (t[i + 1].rfind("sec", 0) == 0 || t[i + 1] == "s")) return true;
  }
  return false;
}

// Ollama reports these durations in nanoseconds without saying so in the name.
bool is_ollama_ns_duration(std::string_view name) {
  static constexpr std::array<std::string_view, 4> kNames = {
      "total_duration", "load_duration", "prompt_eval_duration", "eval_duration"};
  for (const auto n : kNames) {
    if (name == n) return true;
  }
  return false;
}

// llama-bench's JSON names its token rates "*_ts".
bool is_llama_bench_rate(std::string_view name) {
  return name == "avg_ts" || name == "stddev_ts" || name == "samples_ts";
}

std::string unit_from_name(std::string_view name, const std::vector<std::string>& t) {
  if (auto u = unit_alias(name, false)) return std::string(*u);  // a header that is a unit: "t/s"
  if (auto u = bracketed_unit(name)) return std::string(*u);
  if (is_llama_bench_rate(text::to_lower(name))) return "tok/s";
  if (t.empty()) return {};
  // ("toks" alone counts tokens: "toks=1000", "700 toks"; "toks/s" is a rate.)
  if (is_rate_name(t) || t.back() == "tps") return "tok/s";
  if (is_ollama_ns_duration(text::to_lower(name))) return "ns";
  // A trailing "x" names an axis ("block_dim_x"), not a ratio; ratios carry "x" in the cell.
  if ((t.size() > 1 && t.back() != "x") || t.back() == "percent" || t.back() == "pct") {
    if (auto u = unit_alias(t.back(), false)) return std::string(*u);
  }
  // "percent", "pct", "percentage" mean %, "percentiles" does not.
  for (const auto& tok : t) {
    if ((tok.rfind("percent", 0) == 0 && tok.rfind("percentil", 0) != 0) || tok == "pct")
      return "%";
  }
  if (has_token(t, "util")) return "%";
  return {};
}

bool is_time_unit(std::string_view u) {
  return u == "ms" || u == "s" || u == "ns" || u == "us" || u == "min";
}
bool is_memory_unit(std::string_view u) {
  return u == "bytes" || u == "KiB" || u == "MiB" || u == "GiB";
}

Kind kind_from(const std::vector<std::string>& t, std::string_view unit) {
  const auto has = [&](std::string_view n) { return has_token(t, n); };
  if (has("ttft") || (has("first") && has("token"))) return Kind::ttft;
  if (unit == "tok/s" || has("throughput")) return Kind::throughput;
  if (has("latency") || has("itl") || has("tpot") || has("e2e")) return Kind::latency;
  if (unit == "%") return Kind::utilization;
  if (is_memory_unit(unit) || has("memory") || has("vram") || has("mem")) return Kind::memory;
  if (is_time_unit(unit) || has("duration") || has("elapsed") || has("time")) return Kind::duration;
  if (has("tok") || (has("eval") && has("count"))) return Kind::tokens;
  if (has("count") || has("num") || has("runs") || has("iterations") || has("total")) {
    return Kind::count;
  }
  return Kind::other;
}

}  // namespace

std::string_view kind_name(Kind k) {
  static constexpr std::array<std::string_view, 9> kNames = {"throughput",  "ttft",   "latency",
                                                             "duration",    "tokens", "memory",
                                                             "utilization", "count",  "other"};
  return kNames[static_cast<std::size_t>(k)];
}

std::optional<Kind> kind_from_name(std::string_view name) {
  for (int i = 0; i <= static_cast<int>(Kind::other); ++i) {
    if (kind_name(static_cast<Kind>(i)) == name) return static_cast<Kind>(i);
  }
  return std::nullopt;
}

Inferred infer(std::string_view name, std::string_view value_suffix) {
  const auto t = tokens_of(name);
  std::string unit;
  if (!value_suffix.empty()) {
    if (auto u = unit_alias(value_suffix, true)) unit = std::string(*u);
  }
  if (unit.empty()) unit = unit_from_name(name, t);
  return {kind_from(t, unit), unit};
}

std::optional<Normalized> normalize(double value, std::string_view unit) {
  struct Factor {
    std::string_view unit;
    double factor;
    std::string_view to;
  };
  static constexpr std::array<Factor, 50> kFactors = {{
      {"ms", 1.0, "ms"},
      {"s", 1e3, "ms"},
      {"ns", 1e-6, "ms"},
      {"us", 1e-3, "ms"},
      {"min", 60e3, "ms"},
      {"h", 3600e3, "ms"},
      {"tok/s", 1.0, "tok/s"},
      {"tok/min", 1.0 / 60.0, "tok/s"},
      {"req/s", 1.0, "req/s"},
      {"req/min", 1.0 / 60.0, "req/s"},
      {"bytes", 1.0, "bytes"},
      {"KiB", 1024.0, "bytes"},
      {"MiB", 1024.0 * 1024.0, "bytes"},
      {"GiB", 1024.0 * 1024.0 * 1024.0, "bytes"},
      {"TiB", 1024.0 * 1024.0 * 1024.0 * 1024.0, "bytes"},
      {"kB", 1e3, "bytes"},
      {"MB", 1e6, "bytes"},
      {"GB", 1e9, "bytes"},
      {"%", 1.0, "%"},
      {"fraction", 100.0, "%"},
      {"W", 1.0, "W"},
      {"mW", 1e-3, "W"},
      {"J", 1.0, "J"},
      {"mJ", 1e-3, "J"},
      {"kJ", 1e3, "J"},
      {"MJ", 1e6, "J"},
      {"Wh", 3600.0, "J"},
      {"kWh", 3.6e6, "J"},
      {"J/tok", 1.0, "J/tok"},
      {"kWh/Mtok", 3.6, "J/tok"},   // 3.6e6 J per 1e6 tokens
      {"tok/kWh", 1.0, "tok/kWh"},  // tokens per energy: kept as written
      {"h/Mtok", 1.0, "h/Mtok"},    // machine hours per million tokens: kept as written
      {"s/Mtok", 1.0, "s/Mtok"},    // seconds per million tokens: kept as written
      {"tokens", 1.0, "tokens"},
      {"count", 1.0, "count"},
      {"USD", 1.0, "USD"},
      {"USD/Mtok", 1.0, "USD/Mtok"},
      {"USD/h", 1.0, "USD/h"},          // a price per hour (a GPU's rent): kept as written
      {"USD/req", 1.0, "USD/req"},      // per request
      {"USD/kreq", 1.0, "USD/kreq"},    // per thousand requests
      {"USD/month", 1.0, "USD/month"},  // a sum per month ("$27.95/month"): kept as written
      {"USD/yr", 1.0, "USD/yr"},        // ... per year
      {"C", 1.0, "C"},
      {"x", 1.0, "x"},
      // Data rates (bandwidth) in decimal gigabytes per second, as GPU and disk makers state them.
      {"GB/s", 1.0, "GB/s"},
      {"MB/s", 1e-3, "GB/s"},
      {"kB/s", 1e-6, "GB/s"},
      {"TB/s", 1e3, "GB/s"},
      {"GiB/s", 1.073741824, "GB/s"},
      {"MiB/s", 1.048576e-3, "GB/s"},
  }};
  for (const auto& f : kFactors) {
    if (f.unit == unit) return Normalized{value * f.factor, std::string(f.to)};
  }
  return std::nullopt;
}

}  // namespace chimera::units
