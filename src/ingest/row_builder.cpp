#include "row_builder.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>

#include "chimera/core/numeric.hpp"
#include "chimera/core/text.hpp"
#include "chimera/metrics/classify.hpp"
#include "chimera/metrics/gloss.hpp"
#include "gpu_names.hpp"
#include "markdown_context.hpp"

namespace chimera::ingest::detail {
namespace {

// Classification depends only on (name, written unit), and names repeat for every row of a
// column or every element of an array: memoise it per thread, looked up without allocating.
struct ViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

}  // namespace

const metrics::Classification& classify_cached(std::string_view name, std::string_view unit) {
  using Cache = std::unordered_map<std::string, metrics::Classification, ViewHash, std::equal_to<>>;
  thread_local Cache by_name;       // values without a written unit: the common case
  thread_local Cache by_name_unit;  // key "name\0unit"
  // A small direct-mapped memo first, indexed by a few bytes of the name: a table's columns
  // cycle through their names row after row, and an array's elements repeat one. A slot points
  // at the cached entry's key, so a hit copies and hashes nothing.
  struct Memo {
    const Cache::value_type* entry = nullptr;
    bool with_unit = false;
  };
  constexpr std::size_t kSlots = 64;
  thread_local std::array<Memo, kSlots> memo{};
  const auto byte = [](std::string_view s, std::size_t i) {
    return static_cast<std::size_t>(static_cast<unsigned char>(s[i]));
  };
  std::size_t h = name.size() * 31 + unit.size();
  if (!name.empty())
    h = h * 131 + byte(name, 0) * 7 + byte(name, name.size() - 1) +
        byte(name, name.size() / 2) * 17;
  if (!unit.empty()) h = h * 131 + byte(unit, unit.size() - 1);
  Memo& slot = memo[h % kSlots];
  if (slot.entry && slot.with_unit == !unit.empty()) {
    const std::string_view k = slot.entry->first;
    if (unit.empty() ? k == name
                     : k.size() == name.size() + 1 + unit.size() && k.starts_with(name) &&
                           k[name.size()] == '\0' && k.ends_with(unit))
      return slot.entry->second;
  }
  Cache& cache = unit.empty() ? by_name : by_name_unit;
  thread_local std::string key;
  std::string_view k = name;
  if (!unit.empty()) {
    key.assign(name).append(1, '\0').append(unit);
    k = key;
  }
  auto it = cache.find(k);
  if (it == cache.end()) {
    if (cache.size() > 65536) {  // bound memory on trees with endless distinct names
      cache.clear();
      memo.fill(Memo{});
    }
    it = cache.emplace(std::string(k), metrics::classify(name, unit)).first;
  }
  slot = {&*it, !unit.empty()};  // nodes stay put until clear(), which also empties the memo
  return it->second;
}

// Markdown emphasis and code marks around a number: "**12.5**", "`3 ms`".
std::string_view strip_marks(std::string_view s) {
  s = text::trim(s);
  while (s.size() >= 2 && (s.front() == '*' || s.front() == '_' || s.front() == '`') &&
         s.back() == s.front()) {
    s = text::trim(s.substr(1, s.size() - 2));
  }
  return s;
}

namespace {

bool looks_like_epoch(double v) {
  const double a = std::fabs(v);
  return (a >= 1e9 && a < 1e10) || (a >= 1e12 && a < 1e13) || (a >= 1e15 && a < 1e16) ||
         (a >= 1e18 && a < 1e19);
}

// A time in a unit the size of a Unix time (2001-2286) in it: AIPerf's "request_start_ns" of
// 1759813207532900363 is a moment, no duration of 56 years. (No benchmark's duration lasts 31
// years; a bare number's epoch takes its name's word for a moment, above.)
bool epoch_in_unit(double v, std::string_view unit) {
  if (unit.empty() || std::fabs(v) < 1e9) return false;  // (most figures: no call to normalize)
  const auto n = units::normalize(v, unit);
  return n && n->unit == "ms" && std::fabs(n->value) >= 1e12 && std::fabs(n->value) < 1e13;
}

bool is_model_property(std::string_view parameter_id) {
  return parameter_id == "model_params" || parameter_id == "model_arch" ||
         parameter_id == "model_size";
}

void apply(MetricRow& r, const metrics::Classification& c) {
  r.role = c.role;
  r.metric = c.metric;
  r.parameter = c.parameter ? c.parameter->id : std::string_view();
  if (!c.statistic.empty() || r.statistic.empty()) r.statistic = c.statistic;
  r.unit = c.unit;
  r.kind = c.kind;
  if (c.every_request && r.status == RowStatus::ok) r.status = RowStatus::all;
  if (r.value &&
      ((c.epoch_candidate && looks_like_epoch(*r.value)) || epoch_in_unit(*r.value, r.unit))) {
    r.role = metrics::Role::timestamp;
    r.metric = nullptr;
    r.unit.clear();
    r.kind = units::Kind::other;
  }
  // A "Rate" of 11.4% is a proportion (of outliers, of refusals), no load offered in req/s.
  if (r.role == metrics::Role::parameter && r.parameter == "rate" && r.unit == "%") {
    r.role = metrics::Role::metric;
    r.metric = nullptr;
    r.parameter = {};
    r.kind = units::Kind::other;
    if (r.statistic.empty()) r.statistic = "value";
  }
  // "| Vocabulary | 256 | 50,257 | 196× |": a model's property given as a multiple is the ratio of
  // two models' (a scaling factor), no property of one.
  if (r.role == metrics::Role::parameter && r.unit == "x" && is_model_property(r.parameter)) {
    r.role = metrics::Role::metric;
    r.metric = nullptr;
    r.parameter = {};
    if (r.statistic.empty()) r.statistic = "value";
  }
  // A count of replicas or parallel ranks is whole: "replica (no vector instructions)" 23.18 is
  // a figure of that set-up, no setting.
  if (r.role == metrics::Role::parameter && r.value && *r.value != std::floor(*r.value) &&
      (r.parameter == "data_parallel" || r.parameter == "tensor_parallel" ||
       r.parameter == "pipeline_parallel")) {
    r.role = metrics::Role::metric;
    r.metric = nullptr;
    r.parameter = {};
    r.kind = units::Kind::other;
    if (r.statistic.empty()) r.statistic = "value";
  }
  // A "temperature" of 61 is a GPU's, not the sampler's (0 to 2).
  if (r.role == metrics::Role::parameter && r.parameter == "temperature" && r.value &&
      *r.value > 5) {
    r.role = metrics::Role::metric;
    r.metric = metrics::find_metric("gpu_temperature");
    r.kind = r.metric->kind;
    r.parameter = {};
    r.unit = "C";
  }
  // "Output Length" 0.968 in a table of quality scores: a ratio, not a count of tokens (a
  // difference or spread of counts may be fractional; a count, its mean or median is not below 1).
  if (r.metric && r.metric->kind == units::Kind::tokens && r.value && *r.value > 0 &&
      *r.value < 1 && r.statistic != "delta" && r.statistic != "std" && r.statistic != "cv" &&
      r.statistic != "variance") {
    r.metric = nullptr;
    r.kind = units::Kind::other;
    r.unit.clear();
  }
  // "RAM Usage (MB)" -120.5: memory in use is never below zero; the figure is a change of it.
  if (r.metric && r.metric->kind == units::Kind::memory && r.value && *r.value < 0 &&
      (r.statistic.empty() || r.statistic == "sample" || r.statistic == "value"))
    r.statistic = "delta";
  if (r.role != metrics::Role::metric) {
    r.kind = units::Kind::other;
    if (r.role != metrics::Role::parameter) r.unit.clear();
  }
}

void finish(MetricRow& r, std::string_view written_unit) {
  if (r.value && !std::isfinite(*r.value)) {
    r.note = "number out of the range of a double";
    r.value.reset();
  }
  apply(r, classify_cached(r.name, written_unit));
  // "total_duration": 24.657 (a script's own seconds): Ollama writes its durations in whole
  // nanoseconds, so a figure with decimals under one of its names is a script's, in seconds where
  // it is below ten minutes (one generation's); above, its unit is unsaid (2310.77: ms?).
  // (Not "21004000.0", a whole count a table writer printed as a float.)
  if (r.unit.size() == 2 && r.unit == "ns" && written_unit.empty() && r.value && *r.value >= 0 &&
      r.raw.find_first_not_of("0123456789.") == std::string::npos &&
      r.raw.find('.') != std::string::npos &&
      r.raw.find_first_not_of('0', r.raw.find('.') + 1) != std::string::npos &&
      text::to_lower(r.name).ends_with("duration")) {
    if (*r.value < 600) {
      r.unit = "s";
      add_note(r, "a fraction, so no count of Ollama's nanoseconds: read as seconds");
    } else {
      r.unit.clear();
      add_note(r, "a fraction, so no count of Ollama's nanoseconds; its unit is not stated");
    }
  }
  if (r.role == metrics::Role::metric)
    if (const auto* p = requested_length(r.name)) as_setting(r, p->id, false);
  // "success_rate": 0.15 with no unit: a share of the requests written as a fraction (15 %).
  if (r.metric && (r.metric->id == "success_rate" || r.metric->id == "error_rate") &&
      r.unit.empty() && r.value && *r.value >= 0 && *r.value <= 1 && r.statistic != "expected")
    r.unit = "fraction";
  // A speculative decoder's acceptance rate with no unit: a share, as a fraction up to 1, else in
  // percent ("accept_rate": 62.0).
  if (r.metric && r.metric->id == "acceptance_rate" && r.unit.empty() && r.value && *r.value >= 0 &&
      *r.value <= 100 && r.statistic != "expected")
    r.unit = *r.value <= 1 ? "fraction" : "%";
  renormalize(r);
}

// Splits "5213.12 ± 59.40" (llama-bench) or "12 +/- 3" into the value and its spread.
std::pair<std::string_view, std::string_view> split_spread(std::string_view s) {
  for (const std::string_view sep : {std::string_view("\xC2\xB1"), std::string_view("+/-")}) {
    const auto at = s.find(sep);
    if (at != std::string_view::npos)
      return {s.substr(0, at), text::trim(s.substr(at + sep.size()))};
  }
  return {s, {}};
}

// Where an arrow that points back at what is before it starts ("12.5 ← slow", "12.5 <- slow"),
// after a space; npos when there is none.
std::size_t arrow_at(std::string_view s) {
  // (Looks for the arrow's own rare first byte, then for the space before it.)
  for (const std::string_view a : {std::string_view("\xE2\x86\x90"), std::string_view("<-")}) {
    if (const auto at = s.find(a); at != std::string_view::npos && at > 1 && s[at - 1] == ' ')
      return at;
  }
  return std::string_view::npos;
}

// Where a full-width bracket's aside begins in the cell less its emphasis ("95.6（1.82×）"), or
// npos when the cell does not end with one.
std::size_t full_width_aside(std::string_view head) {
  constexpr std::string_view kClose = "\xEF\xBC\x89", kOpen = "\xEF\xBC\x88";  // "）", "（"
  // (Runs for every text cell: its last bytes first.)
  if (head.size() < 8 || (static_cast<unsigned char>(head.back()) < 0x80 && head.back() != '*'))
    return std::string_view::npos;
  const std::string_view t = strip_marks(head);
  if (!t.ends_with(kClose)) return std::string_view::npos;
  const auto open = t.find(kOpen);
  return open == 0 ? std::string_view::npos : open;
}

// "105.2 (-5%)", "**12.5** ✅", "1.93x (96% eff)": a figure, then an aside in brackets or a
// status mark after it. Returns the figure and the aside, or nothing when the cell is not so.
std::optional<std::pair<std::string_view, std::string_view>> figure_and_aside(
    std::string_view cell) {
  std::string_view head = text::trim(cell);
  // (Runs for every text cell: one that starts with a letter holds no figure first.)
  if (head.empty() || std::isalpha(static_cast<unsigned char>(head.front())) != 0)
    return std::nullopt;
  std::string_view aside;
  // "**2.49 t/s** *(Optimal)*", "3.1 t/s _(slow)_": an aside in brackets, itself in emphasis.
  const bool emphasis_last = !head.empty() && (head.back() == '*' || head.back() == '_');
  for (const std::string_view mark : {"**", "__", "*", "_"}) {
    if (!emphasis_last) break;
    if (head.size() < 6 || !head.ends_with(mark) || head[head.size() - mark.size() - 1] != ')')
      continue;
    const auto open = head.rfind(std::string(" ").append(mark).append("("));
    if (open == std::string_view::npos || open == 0) continue;
    aside = head.substr(open + 1);
    head = text::trim(head.substr(0, open));
    break;
  }
  // "3337.24      ← key metric", "**22.3** ← VRAM cliff", "12.5 <- slow": a note pointed at the
  // figure by an arrow.
  const auto arrow = aside.empty() ? arrow_at(head) : std::string_view::npos;
  // "**30** every run": a figure in bold, and words after it.
  const auto bold_end = aside.empty() && arrow == std::string_view::npos && head.starts_with("**")
                            ? head.find("** ", 2)
                            : std::string_view::npos;
  if (!aside.empty()) {
  } else if (arrow != std::string_view::npos) {
    aside = text::trim(head.substr(arrow));
    head = text::trim(head.substr(0, arrow));
  } else if (bold_end != std::string_view::npos && bold_end > 2 &&
             head.find_first_of("0123456789", bold_end) == std::string_view::npos) {
    // (Not "**82.1 %** pass@1 · 80.4 % thinking-off": a second figure, no one cell's.)
    aside = text::trim(head.substr(bold_end + 2));
    head = head.substr(0, bold_end + 2);
  } else if (const auto wide = full_width_aside(head); wide != std::string_view::npos) {
    // "95.6（1.82×）", "**3,536 t/s（5.1×）**": the aside in full-width brackets (CJK text),
    // the figure and its aside in bold together.
    const std::string_view t = strip_marks(head);
    aside = t.substr(wide);
    head = text::trim(t.substr(0, wide));
  } else if (head.size() > 3 && head.back() == ')') {
    const auto open = head.find(" (");
    if (open == std::string_view::npos || open == 0) return std::nullopt;
    aside = head.substr(open + 1);
    head = head.substr(0, open);
  } else if (const auto at = strip_marks(head).find(" @ ");
             at != std::string_view::npos && at > 0) {
    head = strip_marks(head);                 // "**~4,108 @ c=64**": in bold, the aside with it
    aside = text::trim(head.substr(at + 1));  // "~2,917 @ c=64": the load it was reached at
    head = text::trim(head.substr(0, at));
  } else {
    // Status marks and emoji after the figure: bytes of multi-byte UTF-8 characters.
    std::size_t end = head.size();
    while (end > 0 && (static_cast<unsigned char>(head[end - 1]) >= 0x80 || head[end - 1] == ' '))
      --end;
    if (end == head.size() || end == 0) return std::nullopt;
    aside = text::trim(head.substr(end));
    head = head.substr(0, end);
  }
  head = strip_marks(head);
  if (head.empty() ||
      !(std::isdigit(static_cast<unsigned char>(head.front())) || head.front() == '+' ||
        head.front() == '-' || head.front() == '$' || head.front() == '.'))
    return std::nullopt;
  return std::pair{head, aside};
}

std::string number_text(double v) {
  char buf[32];
  const auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
  return std::string(buf, end);
}

}  // namespace

namespace {

// "982e3472" in a table's `llama.cpp` column: a build's short hash, not 982 x 10^3472. (Digits,
// an 'e' and an exponent no double reaches, with no sign or point: no one writes a number so.)
bool is_hash_like(std::string_view core) {
  const auto e = core.find('e');
  if (e == std::string_view::npos || e == 0 || core.size() - e - 1 < 3) return false;
  const auto digits = [](std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  const std::string_view exponent = core.substr(e + 1);
  return digits(core.substr(0, e)) && digits(exponent) &&
         (exponent.size() > 3 || exponent > std::string_view("308"));
}

}  // namespace

bool is_number_cell(std::string_view cell) {
  const auto core = split_spread(strip_marks(cell)).first;
  return (numeric::parse_cell(core) && !is_hash_like(core)) || numeric::is_missing_marker(core);
}

void note_text_cell(FileResult& file, std::size_t line, std::string_view cell) {
  const std::string_view t = strip_marks(cell);
  std::size_t at = 0;
  while (at < t.size() && at < 2 && (t[at] == '+' || t[at] == '-' || t[at] == '$')) ++at;
  if (at >= t.size() || !std::isdigit(static_cast<unsigned char>(t[at]))) return;
  // (Not a date or a time of day, "2025-09-30T20:11:33", "14:05": text by nature.)
  const bool date = t.size() >= 10 && t[4] == '-' && t[7] == '-' &&
                    std::isdigit(static_cast<unsigned char>(t[0]));
  if (date || t.find(':') <= 2) return;  // (npos is far)
  if (file.text_cells++ == 0) {
    std::string shown(t.substr(0, 60));
    file.text_cell_example = "line " + std::to_string(line) + ": '" + shown + "'";
  }
}

void in_decimal_units(MetricRow& r) {
  if (r.unit != "GiB" && r.unit != "MiB") return;
  r.unit = r.unit == "GiB" ? "GB" : "MB";
  renormalize(r);
}

void renormalize(MetricRow& r) {
  r.normalized.reset();
  r.normalized_unit.clear();
  if (!r.value || r.role != metrics::Role::metric) return;
  if (r.statistic == "count") {
    r.normalized = *r.value;
    r.normalized_unit = "count";
    return;
  }
  if (!metrics::statistic_keeps_unit(r.statistic)) return;
  if (auto n = units::normalize(*r.value, r.unit)) {
    r.normalized = n->value;
    r.normalized_unit = n->unit;
  }
}

// "TTFT(ms) 0.00" of a run that failed (a context past the model's window): no first token comes
// in no time; in milliseconds or finer a 0 is a placeholder. (In seconds "0.00" may be a few
// milliseconds rounded: kept.)
void zero_ttft_placeholder(MetricRow& r) {
  if (r.role != metrics::Role::metric || !r.value || *r.value != 0.0 || !r.metric ||
      r.metric->id != "ttft" || r.status != RowStatus::ok || r.statistic == "delta" ||
      r.statistic == "std" || r.statistic == "variance" || r.statistic == "cv" ||
      r.statistic == "ci_half" || r.statistic == "min" ||
      (r.unit != "ms" && r.unit != "us" && r.unit != "ns"))
    return;
  r.value.reset();
  r.normalized.reset();
  add_note(r,
           "a time to first token of 0 is no measurement (a placeholder: the run timed no "
           "first token)");
}

// The model a path to its weights names: its last part ("/home/llm/Qwen/Qwen2.5-7B" ->
// "Qwen2.5-7B"), or the repository of a Hugging Face cache
// (".../hub/models--Qwen--Qwen3-VL-8B-Instruct/snapshots/0c351dd0..." -> "Qwen/Qwen3-VL-8B-
// Instruct", not the snapshot's hash).
std::string model_of_path(std::string_view path) {
  while (!path.empty() && (path.back() == '/' || path.back() == '\\')) path.remove_suffix(1);
  if (const auto cache = path.find("models--"); cache != std::string_view::npos) {
    std::string_view repo = path.substr(cache + 8);
    repo = repo.substr(0, repo.find_first_of("/\\"));
    std::string out(repo);
    if (const auto sep = out.find("--"); sep != std::string::npos) out.replace(sep, 2, "/");
    if (!out.empty()) return out;
  }
  const auto slash = path.find_last_of("/\\");
  std::string_view file = path.substr(slash + 1);
  // ("…/Snowpiercer-15B-v1.Q3_K_L.gguf": the model's file, its format's extension aside.)
  if (file.size() > 5 && text::iequals(file.substr(file.size() - 5), ".gguf"))
    file.remove_suffix(5);
  // (".../Meta-Llama-3.1-8B-Instruct/ggml-model-Q4_K_M.gguf": the converter's generic name, the
  // model its folder: "Meta-Llama-3.1-8B-Instruct/ggml-model-Q4_K_M", as llama.cpp's logs read.)
  if (slash != std::string_view::npos && slash > 0 &&
      ((file.size() >= 10 && text::iequals(file.substr(0, 10), "ggml-model")) ||
       text::iequals(file, "model"))) {
    const std::string_view above = path.substr(0, slash);
    const std::string_view folder = above.substr(above.find_last_of("/\\") + 1);
    if (!folder.empty() && folder != "." && folder != ".." && !folder.starts_with("models"))
      return std::string(folder) + "/" + std::string(file);
  }
  return std::string(file);
}

void drop_value(MetricRow& row, std::string note) {
  row.value.reset();
  row.normalized.reset();
  row.note = std::move(note);
}

void add_note(MetricRow& row, std::string_view note) {
  if (!row.note.empty()) row.note += "; ";
  row.note += note;
}

void unname_metric(MetricRow& row, bool drop_unit) {
  row.metric = nullptr;
  row.kind = units::Kind::other;
  if (drop_unit) row.unit.clear();
  renormalize(row);
}

// "1.78 B", "596.05 M", "7B": a count of a model's parameters, in thousands, millions, billions
// or trillions as llama-bench's Markdown writes it.
std::optional<double> parameter_count(std::string_view s) {
  if (s.size() < 2) return std::nullopt;
  const char m = s.back();
  const double scale = m == 'K' ? 1e3 : m == 'M' ? 1e6 : m == 'B' ? 1e9 : m == 'T' ? 1e12 : 0;
  if (scale == 0) return std::nullopt;
  const auto p = numeric::parse_cell(text::trim(s.substr(0, s.size() - 1)));
  if (!p || !p->suffix.empty() || p->value < 0) return std::nullopt;
  return p->value * scale;
}

MetricRow* add_parameter_count(MetricRows& rows, std::string_view name, std::string_view cell,
                               double count) {
  MetricRow& r = rows.emplace_back();
  r.name.assign(name);
  r.raw.assign(text::trim(cell));
  r.value = count;
  finish(r, {});
  return &r;
}

namespace {

// "80 / 80", "78/80": a count and the total it is of (whole numbers); nothing otherwise.
std::optional<std::pair<double, std::string>> count_of_total(std::string_view cell) {
  const auto slash = cell.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const auto whole = [](std::string_view t) {
    t = text::trim(t);
    return !t.empty() && t.size() < 10 &&
           std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  const std::string_view part = cell.substr(0, slash), total = cell.substr(slash + 1);
  if (!whole(part) || !whole(total)) return std::nullopt;
  return std::make_pair(std::stod(std::string(text::trim(part))), std::string(text::trim(total)));
}

// "Success/Fail", "OK / Error", "成功/失败": a header that names the requests that succeeded and
// those that failed, one count each in a cell "16/0". Which side names the successes (0 or 1);
// nothing for any other header.
std::optional<int> success_fail_sides(std::string_view name) {
  const std::string english = metrics::in_english(name);
  const auto slash = english.find('/');
  if (slash == std::string::npos || english.find('/', slash + 1) != std::string::npos)
    return std::nullopt;
  const auto side = [](std::string_view part) {
    std::string low = text::to_lower(text::trim(part));
    if (low.ends_with(" requests")) low.resize(low.size() - 9);
    for (const std::string_view w : {"success", "successful", "succeeded", "ok", "pass", "passed",
                                     "completed", "complete", "done", "finished"})
      if (low == w) return 0;
    for (const std::string_view w : {"fail", "failed", "failure", "failures", "error", "errors"})
      if (low == w) return 1;
    return -1;
  };
  const int left = side(std::string_view(english).substr(0, slash));
  const int right = side(std::string_view(english).substr(slash + 1));
  if (left < 0 || right < 0 || left == right) return std::nullopt;
  return left;
}

// "OK/Total", "Success/Total", "Passed/All": the requests that succeeded, of all sent.
bool success_of_total(std::string_view name) {
  const auto slash = name.find('/');
  if (slash == std::string_view::npos || name.size() > 40 ||
      name.find('/', slash + 1) != std::string_view::npos)
    return false;
  const std::string left = text::to_lower(text::trim(name.substr(0, slash)));
  const std::string right = text::to_lower(text::trim(name.substr(slash + 1)));
  const bool ok = left == "ok" || left == "success" || left == "successful" ||
                  left == "succeeded" || left == "pass" || left == "passed" || left == "completed";
  return ok && (right == "total" || right == "all" || right == "sent" || right == "attempted");
}

// "~4100 s", "≈ 90.6 %" (approximate), "2 934", "17 430" (thousands set apart by a space or a
// no-break space, as SI style writes them): `cell` as a plain figure in `out`. False when the
// cell is written neither way.
bool written_apart(std::string_view cell, std::string& out, bool& approx) {
  approx = false;
  std::size_t i = 0;
  while (i < cell.size() && (cell[i] == ' ' || cell[i] == '*' || cell[i] == '_')) ++i;
  // Runs for every cell that is no number, most of them words: only one that starts with '~',
  // '≈' or a digit, and has a space after it, is looked at.
  if (i == cell.size()) return false;
  const auto first = static_cast<unsigned char>(cell[i]);
  if (first != '~' && first != 0xE2 && first != 0xE7 &&
      !(std::isdigit(first) != 0 && cell.find_first_of(" \xC2\xE2", i) != std::string_view::npos))
    return false;
  out.assign(cell.substr(0, i));
  if (i < cell.size() && cell[i] == '~') {
    approx = true;
    ++i;
  } else if (cell.substr(i).starts_with("\xE2\x89\x88") ||  // "≈"
             cell.substr(i).starts_with("\xE7\xBA\xA6") ||  // "约" (Chinese: about)
             cell.substr(i).starts_with("\xE7\xB4\x84")) {  // "約" (Traditional, Japanese)
    approx = true;
    i += 3;
  }
  while (approx && i < cell.size() && cell[i] == ' ') ++i;
  const auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  bool joined = false;
  std::size_t run = 0;  // digits of the group just written (0 after a non-digit)
  for (; i < cell.size(); ++i) {
    const std::string_view at = cell.substr(i);
    const std::size_t gap = at.starts_with(' ')              ? 1
                            : at.starts_with("\xC2\xA0")     ? 2
                            : at.starts_with("\xE2\x80\xAF") ? 3
                                                             : 0;
    const std::size_t next = i + gap;
    if (gap > 0 && run >= 1 && run <= 3 && next + 3 <= cell.size() && digit(cell[next]) &&
        digit(cell[next + 1]) && digit(cell[next + 2]) &&
        (next + 3 == cell.size() || !digit(cell[next + 3]))) {
      joined = true;
      i = next - 1;
      run = 0;  // the next group's three digits follow
      continue;
    }
    out += cell[i];
    run = digit(cell[i]) ? run + 1 : 0;
  }
  return approx || joined;
}

}  // namespace

// "Expected Value", "Potential Range", "Target", "Estimated Gain": what a column's range foresees
// or aims at, no range measured.
bool names_a_foreseen_range(std::string_view name) {
  const std::string low = text::to_lower(name);
  for (const std::string_view w :
       {"expect", "potential", "estimat", "target", "project", "predict", "goal", "typical",
        "require", "recommend", "need", "minimum", "suggest"}) {
    if (low.find(w) != std::string::npos) return true;
  }
  return false;
}

// A range with its unit, or written as approximate: "~15-17 tokens/sec", "5–7 t/s", "~10-12";
// both ends with the unit ("15 tokens/sec", "17 tokens/sec"). Not a date, a ratio or a range of
// bare figures ("0.78-0.85": a confidence interval as likely as a spread of runs).
std::optional<Range> range_in(std::string_view cell, bool bare) {
  // (Runs for every cell that is no figure: only one with a dash after a digit is looked at.)
  if (cell.size() > 60) return std::nullopt;
  auto dash = cell.find('-');
  if (dash == std::string_view::npos) dash = cell.find("\xE2\x80\x93");  // an en dash
  // (Japanese and Chinese write a range with a wave dash, "0.409〜1.317秒", or a full-width
  // tilde, "8～9秒".)
  if (dash == std::string_view::npos) dash = cell.find("\xE3\x80\x9C");
  if (dash == std::string_view::npos) dash = cell.find("\xEF\xBD\x9E");
  if (dash == std::string_view::npos || dash == 0 ||
      cell.substr(0, dash).find_first_of("0123456789") == std::string_view::npos)
    return std::nullopt;
  std::string_view t = strip_marks(cell);
  bool approx = false;
  if (t.starts_with("~")) {
    approx = true;
    t = text::trim(t.substr(1));
  } else if (t.starts_with("\xE2\x89\x88")) {  // "≈"
    approx = true;
    t = text::trim(t.substr(3));
  }
  const auto figure_end = [&](std::size_t at) {
    while (at < t.size() && (std::isdigit(static_cast<unsigned char>(t[at])) || t[at] == '.')) ++at;
    return at;
  };
  const std::size_t low_end = figure_end(0);
  if (low_end == 0 || low_end >= t.size()) return std::nullopt;
  std::size_t at = low_end;
  while (at < t.size() && t[at] == ' ') ++at;
  if (t.substr(at).starts_with("-")) {
    at += 1;
  } else if (t.substr(at).starts_with("\xE2\x80\x93") ||  // an en dash
             t.substr(at).starts_with("\xE3\x80\x9C") || t.substr(at).starts_with("\xEF\xBD\x9E")) {
    at += 3;
  } else {
    return std::nullopt;
  }
  while (at < t.size() && t[at] == ' ') ++at;
  const std::size_t high_begin = at;
  const std::size_t high_end = figure_end(at);
  if (high_end == high_begin) return std::nullopt;
  const std::string_view unit = text::trim(t.substr(high_end));
  if (unit.empty() && !approx && !bare) return std::nullopt;
  const auto low = numeric::parse_cell(t.substr(0, low_end));
  const auto high = numeric::parse_cell(t.substr(high_begin, high_end - high_begin));
  if (!low || !high || !(low->value < high->value)) return std::nullopt;
  Range r{std::string(t.substr(0, low_end)),
          std::string(t.substr(high_begin, high_end - high_begin)), approx};
  if (!unit.empty()) {
    // (A unit the figures take: not "3-5 runs", "1-2 of 8".)
    const auto with_unit = numeric::parse_cell(r.high + " " + std::string(unit));
    if (!with_unit || with_unit->suffix.empty()) return std::nullopt;
    r.low.append(1, ' ').append(unit);
    r.high.append(1, ' ').append(unit);
  }
  return r;
}

std::optional<Range> slashed_ends(std::string_view name, std::string_view cell) {
  // (Its column's header: a row label before it, "gen tok/s / Min/Max".)
  if (const auto label = name.rfind(" / "); label != std::string_view::npos)
    name = name.substr(label + 3);
  if (cell.size() > 40 || !metrics::names_min_and_max(name)) return std::nullopt;
  const std::string_view t = strip_marks(cell);
  const auto at = t.find('/');
  if (at == std::string_view::npos || t.find('/', at + 1) != std::string_view::npos)
    return std::nullopt;
  const std::string_view low = text::trim(t.substr(0, at)), high = text::trim(t.substr(at + 1));
  const auto l = numeric::parse_cell(low), h = numeric::parse_cell(high);
  if (!l || !h || !(l->value <= h->value) || (!l->suffix.empty() && l->suffix != h->suffix))
    return std::nullopt;
  return Range{
      std::string(l->suffix.empty() && !h->suffix.empty() ? std::string(low) + " " + h->suffix
                                                          : std::string(low)),
      std::string(high), false};
}

bool bare_range_column(std::string_view name) {
  const auto& c = classify_cached(name);
  // (Not a count's: "prompt_tokens" 1-512 is a bucket of lengths, no tokens measured.)
  if (c.role != metrics::Role::metric || c.metric == nullptr || c.unit.empty() ||
      !c.statistic.empty() || names_a_foreseen_range(name) || c.metric->unit == "tokens" ||
      c.unit == "count")
    return false;
  const std::string low = text::to_lower(name);
  // (Nor a spread of another statistic, a percentage's interval or a window of time: "IQR (ms)",
  // "Latency range 95% (s)", "Elapsed (s)" 0-10.)
  for (const std::string_view w :
       {"iqr", "quartile", "percentile", "%", "window", "bucket", "elapsed", "since", "offset"})
    if (low.find(w) != std::string::npos) return false;
  for (const auto& w : words_of(low))  // (a word: not "Combined", "Round-robin")
    if (w == "bin" || w == "bins") return false;
  for (const std::string_view w : {"ci", "interval", "confidence", "bound", "error", "delta"}) {
    const auto at = low.find(w);
    if (at == std::string::npos) continue;
    const bool word_start = at == 0 || !std::isalpha(static_cast<unsigned char>(low[at - 1]));
    if (word_start || w.size() > 2) return false;
  }
  return true;
}

namespace {

// "7.7 GB VRAM": the word after a memory figure that names the memory ("VRAM", "RAM", "unified"),
// "" when the cell is no such figure.
std::string_view memory_pool_after(std::string_view cell) {
  cell = text::trim(cell);
  const auto space = cell.rfind(' ');
  if (space == std::string_view::npos || space + 1 >= cell.size() || cell.size() > 40) return {};
  const std::string_view word = cell.substr(space + 1);
  bool pool = false;
  for (const std::string_view w : {"VRAM", "RAM", "vram", "ram", "unified", "GPU", "system"})
    pool = pool || word == w;
  if (!pool) return {};
  const auto figure = numeric::parse_cell(text::trim(cell.substr(0, space)));
  if (!figure || figure->suffix.empty()) return {};
  const auto unit = metrics::parse_unit(figure->suffix);
  const auto as = unit ? units::normalize(1.0, *unit) : std::nullopt;
  if (!as || as->unit != "bytes") return {};
  return cell.substr(space);
}

// "VRAM used peak / total (MB)": a header whose second half names the total (or capacity,
// available, max).
bool names_a_total_after(std::string_view header) {
  const std::string after = text::to_lower(header.substr(header.rfind('/') + 1));
  for (const std::string_view w : {"total", "capacity", "available", "max"})
    if (after.find(w) != std::string::npos) return true;
  return false;
}

// "3339 / 4096", "18.2 / 24 GB", "20.1GB/24GB": a figure of so much of a total, no more than it;
// the first as written, with the total's unit where it has none ("18.2 GB"); empty otherwise.
std::string used_of_total(std::string_view cell) {
  const auto slash = cell.find('/');
  if (slash == std::string_view::npos || slash == 0 || cell.size() > 32 ||
      cell.find('/', slash + 1) != std::string_view::npos)
    return {};
  const auto used = numeric::parse_cell(text::trim(cell.substr(0, slash)));
  const auto total = numeric::parse_cell(text::trim(cell.substr(slash + 1)));
  if (!used || !total || used->value < 0 || used->value > total->value || total->value <= 0)
    return {};
  if (!used->suffix.empty() && !total->suffix.empty() && used->suffix != total->suffix) return {};
  std::string out(text::trim(cell.substr(0, slash)));
  if (used->suffix.empty() && !total->suffix.empty()) out.append(" ").append(total->suffix);
  return out;
}

}  // namespace

std::vector<std::string> parts_in(std::string_view cell) {
  std::vector<std::string> parts;
  if (cell.size() > 80 || cell.find(" + ") == std::string_view::npos) return parts;
  std::string_view t = strip_marks(cell);
  std::string unit;
  std::size_t with_unit = 0;
  while (!t.empty()) {
    const auto plus = t.find('+');
    const std::string_view part = text::trim(t.substr(0, plus));
    const auto parsed = numeric::parse_cell(part);
    if (part.empty() || !parsed || parts.size() == 8) return {};
    if (!parsed->suffix.empty()) {
      if (!unit.empty() && parsed->suffix != unit) return {};
      unit = parsed->suffix;
      ++with_unit;
    }
    parts.emplace_back(part);
    if (plus == std::string_view::npos) break;
    t = t.substr(plus + 1);
  }
  // (Every part with its unit, or the last only: "10.2 + 9.8 GB"; not "2 + 3 ms" of a setting.)
  const bool units_written = with_unit == parts.size() ||
                             (with_unit == 1 && numeric::parse_cell(parts.back())->suffix == unit);
  if (parts.size() < 2 || unit.empty() || unit == "%" || !units_written) return {};
  for (auto& part : parts)
    if (numeric::parse_cell(part)->suffix.empty()) part.append(1, ' ').append(unit);
  return parts;
}

namespace {

// The figures of "a / b / c (avg m)" and its mean, undecided whether they are runs.
CellRuns split_runs(std::string_view cell) {
  CellRuns runs;
  std::string_view t = text::trim(cell);
  if (t.size() > 120 || t.find('/') == std::string_view::npos) return {};
  // "(avg 59.65)", "(mean: 59.65)", "(average=59.65 t/s)": the mean after the runs.
  if (t.back() == ')') {
    const auto open = t.rfind('(');
    if (open == std::string_view::npos) return {};
    std::string_view inside = text::trim(t.substr(open + 1, t.size() - open - 2));
    const auto end = inside.find_first_of(":= ");
    const auto word = metrics::parse_statistic(inside.substr(0, end));
    if (end == std::string_view::npos || !word || *word != "mean") return {};
    inside = text::trim(inside.substr(end + 1));
    if (inside.starts_with(':') || inside.starts_with('=')) inside = text::trim(inside.substr(1));
    for (const char c : inside)  // ("(avg **59.65**)": the mean in bold)
      if (c != '*') runs.mean.push_back(c);
    t = text::trim(t.substr(0, open));
  }
  std::string unit;
  std::size_t with_unit = 0;
  while (true) {
    const auto slash = t.find('/');
    const std::string_view part = text::trim(t.substr(0, slash));
    const auto parsed = numeric::parse_cell(part);
    if (part.empty() || !std::isdigit(static_cast<unsigned char>(part.front())) || !parsed ||
        runs.figures.size() == 12)
      return {};
    if (!parsed->suffix.empty()) {
      if (!unit.empty() && parsed->suffix != unit) return {};
      unit = parsed->suffix;
      ++with_unit;
    }
    runs.figures.emplace_back(part);
    if (slash == std::string_view::npos) break;
    t = t.substr(slash + 1);
  }
  // (Every figure with its unit, or the last only, or none.)
  const bool units_written =
      with_unit == 0 || with_unit == runs.figures.size() ||
      (with_unit == 1 && !numeric::parse_cell(runs.figures.back())->suffix.empty());
  if (runs.figures.size() < 2 || !units_written) return {};
  for (auto& figure : runs.figures)
    if (!unit.empty() && numeric::parse_cell(figure)->suffix.empty())
      figure.append(1, ' ').append(unit);
  if (!runs.mean.empty() && !unit.empty() && numeric::parse_cell(runs.mean) &&
      numeric::parse_cell(runs.mean)->suffix.empty())
    runs.mean.append(1, ' ').append(unit);
  return runs;
}

// "Decode t/s (3 runs)", "TTFT ms, trials", "Decode tok/s (n=3)" over three figures: a header that
// names the runs its cells' n figures are (a count it states, the figures').
bool names_runs(std::string_view column, std::size_t n) {
  const auto words = words_of(text::to_lower(column));
  bool named = false;
  for (std::size_t k = 0; k < words.size(); ++k) {
    for (const std::string_view r : {"runs", "trials", "reps", "repetitions", "attempts", "tries"})
      named = named || words[k] == r;
    const bool count =
        !words[k].empty() &&
        std::all_of(words[k].begin(), words[k].end(), [](char c) { return c >= '0' && c <= '9'; });
    // "5 runs" over 2 figures: no runs of its; "n=3" over 3: runs.
    if (count && k + 1 < words.size() && (words[k + 1] == "runs" || words[k + 1] == "trials") &&
        words[k] != std::to_string(n))
      return false;
    if (words[k] == "n" && k + 1 < words.size() && column.find('=') != std::string_view::npos)
      named = named || words[k + 1] == std::to_string(n);
  }
  return named;
}

// "TTFT ms (min / avg / max, 5 runs)", "PP / TG (t/s)", "Output tok/s (c=1 / 8 / 32)", "Latency
// p50 / p99": a header that names what each of a cell's figures is, a statistic, a quantity or a
// load of its own, no runs.
bool names_each_figure(std::string_view column, std::size_t n) {
  // (As many names between " / " as figures: "PP / TG" of two; not a row's label joined to its
  // column's name, "default / Output tok/s (3 runs)" of three.)
  std::size_t names = 1;
  for (auto at = column.find(" / "); at != std::string_view::npos; at = column.find(" / ", at + 3))
    ++names;
  if (names > 1 && names == n) return true;
  // ("c=1 / 8 / 32": a list of loads, "c=" its own word; not "conc=8", "spec=off".)
  for (auto at = column.find("c="); at != std::string_view::npos; at = column.find("c=", at + 2)) {
    const bool own = at == 0 || !std::isalpha(static_cast<unsigned char>(column[at - 1]));
    if (own && column.find('/', at) != std::string_view::npos) return true;
  }
  for (const auto& w : words_of(text::to_lower(column)))
    if (metrics::parse_statistic(w)) return true;
  // ("pp/tg", "min/max": names on both sides of a slash; not a unit's "t/s", "tok/s".)
  for (auto at = column.find('/'); at != std::string_view::npos; at = column.find('/', at + 1)) {
    std::size_t a = at, b = at + 1;
    while (a > 0 && std::isalpha(static_cast<unsigned char>(column[a - 1]))) --a;
    while (b < column.size() && std::isalpha(static_cast<unsigned char>(column[b]))) ++b;
    const std::string left = text::to_lower(column.substr(a, at - a));
    const std::string right = text::to_lower(column.substr(at + 1, b - at - 1));
    const bool unit = right == "s" || right == "sec" || right == "second" || right == "min" ||
                      right == "token" || right == "tok" || right == "req" || right == "gpu";
    if (!unit && left.size() >= 2 && right.size() >= 2) return true;
  }
  return false;
}

}  // namespace

CellRuns runs_in(std::string_view cell, std::string_view column) {
  // (Runs for text cells with a slash only.)
  if (cell.find('/') == std::string_view::npos) return {};
  CellRuns runs = split_runs(cell);
  if (runs.figures.empty()) return {};
  // Of a measurement in a unit of time, rate, memory, ... (not "3/3" under "Runs": succeeded of
  // all; not "3 / 4" of counts).
  const auto* metric = classify_cached(column, {}).metric;
  if (!metric || metric->kind == units::Kind::count || metric->kind == units::Kind::tokens ||
      names_each_figure(column, runs.figures.size()))
    return {};
  if (!runs.mean.empty()) {
    const auto mean = numeric::parse_cell(runs.mean);
    if (!mean) return {};
    double low = 0, high = 0;
    for (std::size_t k = 0; k < runs.figures.size(); ++k) {
      const double v = numeric::parse_cell(runs.figures[k])->value;
      low = k == 0 ? v : std::min(low, v);
      high = k == 0 ? v : std::max(high, v);
    }
    const double slack = 0.005 * std::max(std::abs(low), std::abs(high));  // (rounding)
    if (mean->value < low - slack || mean->value > high + slack) return {};
    return runs;
  }
  // (Two bare whole numbers, "1/2", are more likely a fraction.)
  const bool fraction = runs.figures.size() == 2 &&
                        std::none_of(runs.figures.begin(), runs.figures.end(), [](auto& f) {
                          return f.find_first_not_of("0123456789") != std::string::npos;
                        });
  return !fraction && names_runs(column, runs.figures.size()) ? runs : CellRuns{};
}

std::pair<std::string, std::string> figure_named_in_cell(std::string_view cell) {
  const std::string_view t = text::trim(cell);
  if (t.size() > 48 || t.empty() || !std::isdigit(static_cast<unsigned char>(t.front()))) return {};
  const auto first = t.find(' ');
  const auto last = t.rfind(' ');
  if (first == std::string_view::npos || first == last) return {};
  const std::string_view figure = t.substr(0, first),
                         words = text::trim(t.substr(first + 1, last - first - 1)),
                         unit = t.substr(last + 1);
  const auto parsed = numeric::parse_cell(figure);
  if (!parsed || !parsed->suffix.empty() || words.empty() || words.size() > 24 ||
      !metrics::parse_unit(unit) || !std::all_of(words.begin(), words.end(), [](char c) {
        return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == ' ' || c == '-';
      }))
    return {};
  return {std::string(words) + " (" + std::string(unit) + ")",
          std::string(figure) + " " + std::string(unit)};
}

std::vector<std::string> arrow_pair(std::string_view cell) {
  std::string_view t = text::trim(cell);
  // (Runs for every text cell: a figure's first character first.)
  if (t.size() > 80 || t.size() < 4 ||
      !(std::isdigit(static_cast<unsigned char>(t[0])) || t[0] == '*' || t[0] == '_'))
    return {};
  std::size_t at = t.find("\xE2\x86\x92"), width = 3;  // "→"
  if (at == std::string_view::npos) {
    at = t.find("->");
    width = 2;
  }
  if (at == std::string_view::npos) return {};
  const std::string left(strip_marks(t.substr(0, at)));
  const std::string right(strip_marks(t.substr(at + width)));
  auto a = numeric::parse_cell(left), b = numeric::parse_cell(right);
  if (left.empty() || right.empty() || !a || !b ||
      !std::isdigit(static_cast<unsigned char>(left.front())) ||
      !std::isdigit(static_cast<unsigned char>(right.front())))
    return {};
  // (The unit on both, or the last only: "4.19 → 6.53 tok/s".)
  if (!a->suffix.empty() && a->suffix != b->suffix) return {};
  std::vector<std::string> pair{left, right};
  if (a->suffix.empty() && !b->suffix.empty()) pair[0] += " " + b->suffix;
  return pair;
}

namespace {

// The names on each side of a header's arrow ("Output tok/s, baseline → candidate": "baseline"
// and "candidate"), or none.
std::pair<std::string, std::string> arrow_sides(std::string_view column) {
  std::size_t at = column.find("\xE2\x86\x92"), width = 3;
  if (at == std::string_view::npos) {
    at = column.find("->");
    width = 2;
  }
  if (at == std::string_view::npos) return {};
  std::string_view left = text::trim(column.substr(0, at));
  std::string_view right = text::trim(column.substr(at + width));
  // (Each side from its bracket or comma to the arrow: "Decode t/s (RTX 3090 → RTX 4090)" of
  // "RTX 3090" and "RTX 4090"; "512→32K TTFT" of "512" and "32K".)
  if (const auto cut = left.find_last_of(",(:"); cut != std::string_view::npos)
    left = text::trim(left.substr(cut + 1));
  if (const auto cut = right.find_first_of(",):"); cut != std::string_view::npos)
    right = text::trim(right.substr(0, cut));
  // (A side that is a header's words before it, "Output tok/s baseline": its last word.)
  if (const auto space = left.rfind(' '); space != std::string_view::npos &&
                                          detail::gpu_named_in(left).empty() &&
                                          engine_in(left).empty())
    left = left.substr(space + 1);
  if (const auto space = right.find(' '); space != std::string_view::npos &&
                                          detail::gpu_named_in(right).empty() &&
                                          engine_in(right).empty())
    right = right.substr(0, space);
  if (left.empty() || right.empty() || left.size() > 24 || right.size() > 24) return {};
  return {std::string(left), std::string(right)};
}

// "ISL → OSL", "prefill → decode", "in → out": a header whose arrow joins two quantities or two
// settings, no change of one.
bool arrow_joins_quantities(std::string_view column) {
  const auto [left, right] = arrow_sides(column);
  if (left.empty()) return false;
  for (const std::string& side : {left, right}) {
    const auto& c = classify_cached(side, {});
    const std::string low = text::to_lower(side);
    if (c.metric || c.role == metrics::Role::parameter || low == "in" || low == "out" ||
        low == "isl" || low == "osl" || low == "input" || low == "output" || low == "prefill" ||
        low == "decode")
      return true;
  }
  return false;
}

void add_config_label(MetricRow& row, const std::string& label) {
  std::string& config = row.context.config;
  if (config.find(label) == std::string::npos) config += (config.empty() ? "" : " ") + label;
}

}  // namespace

void emit_arrow(MetricRows& rows, MetricRow& row, std::string_view column) {
  const auto pair = arrow_pair(row.raw);
  if (pair.size() != 2 || !row.value) return;
  const auto after = numeric::parse_cell(pair[1]);
  if (!after) return;
  const auto [before_name, after_name] = arrow_sides(column);
  MetricRow copy = row;
  copy.value = after->value;
  copy.note = "the figure after the arrow in '" + row.raw + "'";
  renormalize(copy);
  // (A side that names a GPU or an engine is that row's; else a label. Where the header names no
  // sides, the figures are still told apart: before and after.)
  const auto label = [](MetricRow& r, const std::string& side, const char* fallback) {
    if (side.empty()) return add_config_label(r, fallback);
    if (std::string gpu = detail::gpu_named_in(side); !gpu.empty()) {
      r.context.gpu = std::move(gpu);
    } else if (std::string engine = engine_in(side);
               !engine.empty() && engine.size() == side.size()) {
      r.context.backend = std::move(engine);
    } else {
      add_config_label(r, side);
    }
  };
  label(row, before_name, "before");
  label(copy, after_name, "after");
  rows.push_back(std::move(copy));
}

// Half the step of a figure's last decimal written, in the normalised unit ("0.63" min: 0.005 min,
// 300 ms); 0 for a figure written without decimals.
double rounding_of(const MetricRow& row) {
  const auto dot = row.raw.find('.');
  if (dot == std::string::npos) return 0;
  std::size_t decimals = 0;
  while (dot + 1 + decimals < row.raw.size() &&
         std::isdigit(static_cast<unsigned char>(row.raw[dot + 1 + decimals])))
    ++decimals;
  if (decimals == 0) return 0;
  const auto step =
      units::normalize(0.5 * std::pow(10.0, -static_cast<double>(decimals)), row.unit);
  return step ? std::abs(step->value) : 0;
}

// "ttft_seconds" and "ttft_minutes", "elapsed_s" and "elapsed_min": names the same once their
// last word, a unit's, is left out.
bool same_but_unit(std::string_view a, std::string_view b) {
  const auto stem = [](std::string_view n) {
    const auto cut = n.find_last_of("_ ");
    return cut == std::string_view::npos ? std::string_view() : n.substr(0, cut);
  };
  const std::string_view sa = stem(a), sb = stem(b);
  return !sa.empty() && text::iequals(sa, sb);
}

void copies_in_other_units(MetricRows& rows, std::size_t first) {
  for (std::size_t i = first; i < rows.size(); ++i) {
    MetricRow& a = rows[i];
    if (!a.metric || a.role != metrics::Role::metric || !a.normalized || a.unit.empty()) continue;
    for (std::size_t j = i + 1; j < rows.size(); ++j) {
      MetricRow& b = rows[j];
      if (b.metric != a.metric || b.statistic != a.statistic || !b.normalized || b.unit.empty() ||
          b.unit == a.unit || b.name == a.name)
        continue;
      const double x = *a.normalized, y = *b.normalized;
      // (Within the rounding of either as written, "0.04" min of "2.7" s, where the two names
      // differ only by their units: "ttft_minutes" beside "ttft_seconds".)
      const double slack =
          std::max(0.015 * std::max(std::abs(x), std::abs(y)),
                   same_but_unit(a.name, b.name) ? rounding_of(a) + rounding_of(b) : 0.0);
      if (!(std::abs(x - y) <= slack)) continue;
      // (The one in the larger unit is the rounder: "0.63" min of "38.0" s.)
      const auto ua = units::normalize(1.0, a.unit), ub = units::normalize(1.0, b.unit);
      if (!ua || !ub) continue;
      MetricRow& copy = ub->value > ua->value ? b : a;
      const std::string other = &copy == &b ? a.name : b.name;
      unname_metric(copy, false);
      add_note(copy, "the same figure as '" + other + "' in another unit: counted once");
    }
  }
}

void bare_times_from_rates(MetricRows& rows, std::size_t first) {
  struct Line {
    std::optional<double> prompt, prompt_rate, output, decode;
    MetricRow* ttft = nullptr;      // bare
    MetricRow* whole = nullptr;     // bare duration or end-to-end latency
    std::optional<double> ttft_ms;  // known in ms (written with its unit)
  };
  // (Runs for every table: a look for a bare time first.)
  bool bare = false;
  for (std::size_t i = first; i < rows.size() && !bare; ++i) {
    const MetricRow& row = rows[i];
    bare = row.unit.empty() && row.metric &&
           (row.metric->kind == units::Kind::ttft || row.metric->kind == units::Kind::duration ||
            row.metric->kind == units::Kind::latency);
  }
  if (!bare) return;
  std::map<std::size_t, Line> lines;
  for (std::size_t i = first; i < rows.size(); ++i) {
    MetricRow& row = rows[i];
    if (row.role != metrics::Role::metric || !row.metric || !row.value || row.line == 0) continue;
    const std::string_view id = row.metric->id;
    Line& l = lines[row.line];
    if (id == "input_tokens") l.prompt = row.value;
    if (id == "output_tokens") l.output = row.value;
    if (id == "prompt_eval_rate" && row.normalized_unit == "tok/s") l.prompt_rate = row.normalized;
    if (id == "decode_rate" && row.normalized_unit == "tok/s") l.decode = row.normalized;
    if (id == "ttft" && row.unit.empty()) l.ttft = &row;
    if (id == "ttft" && row.normalized_unit == "ms") l.ttft_ms = row.normalized;
    if ((id == "duration" || id == "e2e_latency") && row.unit.empty()) l.whole = &row;
  }
  // column -> units its rows' figures agree with ("" where one disagrees with both)
  std::map<std::string, std::set<std::string>> votes;
  const auto vote = [&](const MetricRow& row, double written, double seconds) {
    const auto near = [](double a, double b) { return std::abs(a - b) <= 0.1 * std::abs(b); };
    std::set<std::string>& v = votes[row.name];
    v.insert(near(written, seconds) ? "s" : near(written, seconds * 1000) ? "ms" : "");
  };
  for (auto& [line, l] : lines) {
    std::optional<double> ttft_s;
    if (l.prompt && l.prompt_rate && *l.prompt_rate > 0) ttft_s = *l.prompt / *l.prompt_rate;
    if (l.ttft && ttft_s) vote(*l.ttft, *l.ttft->value, *ttft_s);
    if (l.ttft_ms) ttft_s = *l.ttft_ms / 1000;
    if (l.whole && ttft_s && l.output && l.decode && *l.decode > 0)
      vote(*l.whole, *l.whole->value, *ttft_s + *l.output / *l.decode);
  }
  for (auto& [line, l] : lines) {
    for (MetricRow* row : {l.ttft, l.whole}) {
      if (!row) continue;
      const auto it = votes.find(row->name);
      if (it == votes.end() || it->second.size() != 1 || it->second.begin()->empty()) continue;
      const std::string unit = *it->second.begin();
      set_unit(*row, unit);
      add_note(*row, "in " + unit + ": its row's tokens over its rates give it");
    }
  }
}

void emit_runs(MetricRows& rows, const MetricRow& row) {
  const CellRuns runs = split_runs(row.raw);
  if (runs.figures.size() < 2 || !row.value) return;
  const std::string n = std::to_string(runs.figures.size());
  for (std::size_t k = 1; k <= runs.figures.size(); ++k) {
    const bool mean = k == runs.figures.size();
    if (mean && runs.mean.empty()) break;
    const auto parsed = numeric::parse_cell(mean ? runs.mean : runs.figures[k]);
    if (!parsed) return;
    MetricRow copy = row;
    copy.value = parsed->value;
    copy.statistic = mean ? "mean" : "sample";
    copy.note = mean ? "the mean written after the runs in '" + row.raw + "'"
                     : "run " + std::to_string(k + 1) + " of " + n + " in '" + row.raw + "'";
    renormalize(copy);
    rows.push_back(std::move(copy));
  }
}

namespace {

// "Power Usage (1st card + 2nd card)": the names of a cell's n parts the header gives.
std::vector<std::string_view> part_names(std::string_view column, std::size_t n) {
  std::vector<std::string_view> names;
  const auto open = column.rfind('('), close = column.rfind(')');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open)
    return names;
  std::string_view inside = column.substr(open + 1, close - open - 1);
  while (true) {
    const auto plus = inside.find('+');
    names.push_back(text::trim(inside.substr(0, plus)));
    if (plus == std::string_view::npos) break;
    inside = inside.substr(plus + 1);
  }
  if (names.size() != n) names.clear();
  return names;
}

// "(1st card + 2nd card)", "(GPU0 + GPU1)": parts that are devices, each holding a figure of the
// same quantity (not a whole's components: "weights + KV", "prefill + decode", "in + out").
bool parts_are_devices(std::string_view column, std::size_t n) {
  const auto names = part_names(column, n);
  if (names.empty()) return false;
  return std::all_of(names.begin(), names.end(), [](std::string_view name) {
    const std::string low = text::to_lower(name);
    for (const std::string_view w : {"card", "gpu", "device", "node", "socket", "rank"})
      if (low.find(w) != std::string::npos) return true;
    if (!gpu_named_in(name).empty()) return true;  // "(3090 + 4090)", "(RTX 3090 + P40)"
    for (const std::string_view w : {"1st", "2nd", "3rd", "4th", "first", "second", "third"})
      if (low.starts_with(w)) return true;
    return false;
  });
}

std::string part_note(std::size_t k, std::size_t n, std::string_view cell,
                      std::string_view column) {
  const auto names = part_names(column, n);
  std::string note = "part " + std::to_string(k + 1) + " of " + std::to_string(n);
  if (!names.empty()) note.append(" (").append(names[k]).append(")");
  note.append(" of the figures added in '").append(text::trim(cell)).append("'");
  return note;
}

}  // namespace

void emit_parts(MetricRows& rows, const MetricRow& row, std::string_view column) {
  const auto parts = parts_in(row.raw);
  if (parts.size() < 2 || row.role != metrics::Role::metric) return;
  for (std::size_t k = 1; k < parts.size(); ++k) {
    const auto parsed = numeric::parse_cell(parts[k]);
    if (!parsed) return;
    MetricRow copy = row;
    copy.value = parsed->value;
    copy.note = part_note(k, parts.size(), row.raw, column);
    renormalize(copy);
    rows.push_back(std::move(copy));
  }
}

// "Completed", "Requests completed", "完成情况" (a row label, before " / " and its column): words
// of requests done alone, no other thing counted ("cells completed").
bool names_requests_done(std::string_view name) {
  const std::string english = text::to_lower(metrics::in_english(name.substr(0, name.find(" / "))));
  bool any = false;
  for (const auto& w : words_of(english)) {
    static constexpr std::string_view kDone[] = {
        "completed", "complete", "success", "successful", "succeeded", "ok",     "done",
        "finished",  "requests", "request", "req",        "reqs",      "status", "num"};
    if (std::find(std::begin(kDone), std::end(kDone), w) == std::end(kDone)) return false;
    any = true;
  }
  return any;
}

MetricRow* add_text_row(MetricRows& rows, std::string_view name, std::string_view cell) {
  // Runs for every cell, most of them text: decide before building anything.
  auto [core, spread] = split_spread(strip_marks(cell));
  auto parsed = numeric::parse_cell(core);
  std::string_view aside;
  if (!parsed && !numeric::is_missing_marker(core)) {
    if (thread_local std::string plain; cell.size() < 200) {
      if (bool approx = false; written_apart(cell, plain, approx)) {
        const std::string as_written(text::trim(cell));
        MetricRow* r = add_text_row(rows, name, std::string(plain));
        if (r) {
          r->raw = as_written;
          if (approx) add_note(*r, "approximate, as written");
        }
        return r;
      }
    }
    // "~15-17 tokens/sec", "5–7 t/s": a range, its low end a row (min) and its high end another
    // (max, emit_companions).
    // (Not a range of outcomes foreseen: "| Expected Value |", "| Potential Range |".)
    // "57-71" under "observed_time_seconds": a bare range under a header naming quantity and unit.
    auto range = range_in(cell, true);
    if (range && !range->approx && range->low.find(' ') == std::string::npos &&
        (range->low == "0" || !bare_range_column(name)))
      range.reset();  // (a bare range: only under a header that names its quantity and unit)
    if (!range) range = slashed_ends(name, cell);  // ("84.12/107.51" under "Min/Max")
    if (range && !names_a_foreseen_range(name)) {
      MetricRow* r = add_text_row(rows, name, range->low);
      if (r && r->value) {
        r->raw.assign(text::trim(cell));
        r->statistic = "min";
        add_note(*r, std::string(kRangeNote) + (range->approx ? " (approximate)" : ""));
      }
      return r;
    }
    // "7.7 GB VRAM", "5.4GB RAM": a memory figure, with the memory it is of.
    // (Not a requirement's: "| Minimum | Recommended |" of "6 GB VRAM" foresees, measures nothing.)
    if (const auto pool = memory_pool_after(core); !pool.empty() && !names_a_foreseen_range(name)) {
      MetricRow* r =
          add_text_row(rows, name, text::trim(core.substr(0, core.size() - pool.size())));
      if (r) {
        r->raw.assign(text::trim(cell));
        add_note(*r, "of" + std::string(pool));  // (" VRAM")
      }
      return r;
    }
    // "81W + 86W" under "Power Usage (1st card + 2nd card)": a figure per card, each a row (the
    // first here, the others emit_parts).
    if (const auto parts = parts_in(cell);
        !parts.empty() && parts_are_devices(name, parts.size())) {
      MetricRow* r = add_text_row(rows, name, parts.front());
      if (r && r->value) {
        r->raw.assign(text::trim(cell));
        r->note = part_note(0, parts.size(), cell, name);
      }
      return r;
    }
    // "3339 / 4096", "18.2 / 24 GB", "20.1GB/24GB" under "| VRAM used |": the memory in use, of
    // the card's (its total a setting, in the note).
    // (A header of two quantities, "RAM / VRAM", "before / after", "weights / KV cache", pairs
    // them; only "... / total" is of so much of a total.)
    if (const auto used = used_of_total(core);
        !used.empty() && (name.find('/') == std::string_view::npos || names_a_total_after(name))) {
      if (const auto& header = classify_cached(name, {});
          header.metric && header.metric->kind == units::Kind::memory) {
        MetricRow* r = add_text_row(rows, name, used);
        if (r && r->value) {
          r->raw.assign(text::trim(cell));
          add_note(*r, "in use of " + std::string(text::trim(core.substr(core.find('/') + 1))));
        }
        return r;
      }
    }
    // "288/288" under "| Completed |": the requests completed, of those sent.
    if (const auto slash = core.find('/'); slash != std::string_view::npos && core.size() <= 15) {
      const std::string_view done = text::trim(core.substr(0, slash));
      const std::string_view sent = text::trim(core.substr(slash + 1));
      const auto whole = [](std::string_view d) {
        return !d.empty() && d.size() <= 6 && std::all_of(d.begin(), d.end(), [](char ch) {
          return std::isdigit(static_cast<unsigned char>(ch)) != 0;
        });
      };
      const auto& header = classify_cached(name, {});
      if (whole(done) && whole(sent) && header.metric && header.metric->id == "requests" &&
          !header.every_request && names_requests_done(name) &&
          std::stoul(std::string(done)) <= std::stoul(std::string(sent))) {
        MetricRow* r = add_text_row(rows, name, done);
        if (r && r->value) {
          r->raw.assign(text::trim(cell));
          add_note(*r, "of " + std::string(sent) + " sent");
        }
        return r;
      }
      // "43/48" under "| Balanced quality |", "10/10" under "| 正确率 |": a score as the answers
      // right of those asked, its share (a success rate's in %).
      if (whole(done) && whole(sent) && header.metric &&
          (header.metric->id == "quality" || header.metric->id == "success_rate")) {
        const double right = std::stod(std::string(done));
        const double asked = std::stod(std::string(sent));
        if (asked > 0 && right <= asked) {
          const bool percent = header.metric->id == "success_rate";
          MetricRow& r = add_number_row(rows, name, text::trim(cell),
                                        percent ? 100.0 * right / asked : right / asked);
          if (percent) set_unit(r, "%");
          r.raw.assign(text::trim(cell));
          add_note(r, std::string(done) + " of " + std::string(sent) + ", as a share");
          return &r;
        }
      }
    }
    // "69.26 output tok/s" under "| Primary metric |": the figure, the words naming its quantity
    // and its unit, where the header names no quantity of its own.
    if (const auto named = figure_named_in_cell(cell); !named.first.empty()) {
      const auto& header = classify_cached(name, {});
      if (!header.metric && header.role == metrics::Role::metric) {
        MetricRow* r = add_text_row(rows, named.first, named.second);
        if (r && r->value && r->role == metrics::Role::metric && r->metric) {
          r->raw.assign(text::trim(cell));
          add_note(*r, "the quantity the cell names, under '" + std::string(name) + "'");
          return r;
        }
        if (r) rows.pop_back();
      }
    }
    // "4.19 → 6.53": a quantity before and after a change (the first here, the other emit_arrow).
    if (const auto pair = arrow_pair(cell); !pair.empty() && !arrow_joins_quantities(name)) {
      MetricRow* r = add_text_row(rows, name, pair.front());
      if (r && r->value && r->role == metrics::Role::metric) {
        r->raw.assign(text::trim(cell));
        r->note = std::string(kArrowNote) + r->raw + "'";
      }
      return r;
    }
    // "59.27 / 59.95 / 59.74 (avg 59.65)": a figure per run (the first here, the others and
    // the mean emit_runs).
    if (const auto runs = runs_in(cell, name); !runs.figures.empty()) {
      MetricRow* r = add_text_row(rows, name, runs.figures.front());
      if (r && r->value && r->role == metrics::Role::metric) {
        r->raw.assign(text::trim(cell));
        r->statistic = "sample";
        r->note =
            std::string(kRunNote) + std::to_string(runs.figures.size()) + " in '" + r->raw + "'";
      }
      return r;
    }
    // "80 / 80" under "Successful Requests": the requests that succeeded, of those sent.
    if (const auto part = count_of_total(core)) {
      if (const auto successes = success_fail_sides(name)) {
        const double first = part->first, second = std::stod(part->second);
        MetricRow* r = add_parameter_count(rows, name, cell, *successes == 0 ? first : second);
        as_successes(*r, "the requests that succeeded, of '" + std::string(text::trim(cell)) +
                             "' (succeeded and failed, as the header names them)");
        return r;
      }
      if (success_of_total(name)) {
        MetricRow* r = add_parameter_count(rows, name, cell, part->first);
        as_successes(*r, "the requests that succeeded, of '" + std::string(text::trim(cell)) +
                             "' (succeeded of all, as the header names them)");
        return r;
      }
      const auto* m = classify_cached(name, {}).metric;
      if (m && (m->id == "requests" || m->id == "failed_requests") &&
          text::to_lower(name).find("request") != std::string::npos) {
        MetricRow* r = add_parameter_count(rows, name, cell, part->first);
        r->note = "of " + part->second + " sent, as written";
        return r;
      }
    }
    // "4.930 s / 1,011.08 tok/s" under "Latency / Throughput", "mean 52.55 / median 52.56": a
    // figure per name (the first here, the others emit_named_figures). (Not "used / total", a
    // figure and its bound, read above.)
    if (const auto figures = cell.find(" / ") == std::string_view::npos || names_a_total_after(name)
                                 ? std::vector<NamedFigure>{}
                                 : named_figures(cell, name);
        !figures.empty()) {
      MetricRow* r = add_text_row(rows, figures.front().name, figures.front().figure);
      if (r && r->value) {
        r->raw.assign(text::trim(cell));
        r->note = named_figure_note(0, figures.size(), cell, figures.front().name);
      }
      return r;
    }
    // "| params | 1.78 B |" (llama-bench's Markdown): the model's parameters, counted.
    if (const auto count = parameter_count(core)) {
      const auto* p = classify_cached(name, {}).parameter;
      if (p && p->id == "model_params") return add_parameter_count(rows, name, cell, *count);
    }
    // "1,081…", "1,311,…": a figure a console (rich) cut short to fit its column; what is left
    // is no measurement. A row without a value, so the cell is neither lost nor misread.
    if (const auto t = text::trim(cell); t.size() > 3 && t.ends_with("\xE2\x80\xA6") &&
                                         std::isdigit(static_cast<unsigned char>(t[0]))) {
      MetricRow& r = rows.emplace_back();
      r.name.assign(name);
      r.raw.assign(t);
      r.note = "the console cut the figure short ('" + std::string(t) +
               "'): its whole value is not in the file, no value";
      finish(r, {});
      return &r;
    }
    // "20.42*": a figure marked for a footnote.
    if (const auto t = text::trim(cell);
        t.size() > 1 && (t.back() == '*' || t.ends_with("\xE2\x80\xA0"))) {
      std::string_view bare =
          t.substr(0, t.back() == '*' ? t.find_last_not_of('*') + 1 : t.size() - 3);
      // ("1380ms*": its unit before the mark; "~1380ms*" reaches here as "1380ms*".)
      const std::size_t first = bare.find_first_not_of("+-.");  // ("-12.3*", "+4.1*"; npos > 2)
      if (first <= 2 && std::isdigit(static_cast<unsigned char>(bare[first])) &&
          numeric::parse_cell(bare) && bare.find('*') == std::string_view::npos) {
        MetricRow* r = add_text_row(rows, name, bare);
        if (r) {
          r->raw.assign(t);
          add_note(*r, "marked for a footnote, as written");
        }
        return r;
      }
    }
    // "18.4 GiB weights + 23.5 GiB KV + 0.9 GiB graph = **44.0 GiB**": parts summed to the
    // figure after the last " = ", the row's.
    if (const auto t = text::trim(cell);
        t.size() < 200 && t.find(" + ") != std::string_view::npos) {
      const auto eq = t.rfind(" = ");
      // (Each part a figure: not "Welch's t + Cohen's d = -0.59".)
      const auto parts_are_figures = [](std::string_view sum) {
        for (std::size_t at = 0; at <= sum.size();) {
          auto plus = sum.find(" + ", at);
          if (plus == std::string_view::npos) plus = sum.size();
          std::string_view part = text::trim(sum.substr(at, plus - at));
          while (!part.empty() && (part.front() == '~' || part.front() == '*'))
            part.remove_prefix(1);
          if (part.empty() || !std::isdigit(static_cast<unsigned char>(part.front()))) return false;
          at = plus + 3;
        }
        return true;
      };
      if (eq != std::string_view::npos && eq > t.find(" + ") &&
          parts_are_figures(t.substr(0, eq))) {
        const std::string_view total = text::trim(t.substr(eq + 3));
        if (numeric::parse_cell(strip_marks(total))) {
          MetricRow* r = add_text_row(rows, name, total);
          if (r) {
            r->raw.assign(t);
            add_note(*r, "the total of the parts written before it");
          }
          return r;
        }
      }
    }
    const auto figure = figure_and_aside(cell);
    if (!figure) return nullptr;
    std::tie(core, spread) = split_spread(figure->first);
    parsed = numeric::parse_cell(core);
    if (!parsed) return nullptr;
    aside = figure->second;
    // "**90.19** tokens/s": the words after a figure in bold are its unit, when they are one.
    if (thread_local std::string with_unit; parsed->suffix.empty() && !aside.empty()) {
      with_unit.assign(core).append(1, ' ').append(aside);
      if (auto p = numeric::parse_cell(with_unit); p && !p->suffix.empty()) {
        parsed = std::move(p);
        aside = {};
      }
    }
  }
  if (parsed && is_hash_like(core)) return nullptr;  // a build's hash: text
  MetricRow& r = rows.emplace_back();
  r.name.assign(name);
  r.raw.assign(text::trim(cell));
  if (!aside.empty()) r.note = std::string(kAsideNote) + std::string(aside) + "' after the figure";
  if (parsed) {
    r.value = parsed->value;
    std::string suffix = parsed->suffix;
    if (!spread.empty()) {
      r.note += (r.note.empty() ? "" : "; ") +
                std::string("the source gives a spread of \xC2\xB1 ") + std::string(spread);
      r.statistic = "mean";  // "mean ± sd", as llama-bench writes it
      const auto sd = numeric::parse_cell(spread);
      if (suffix.empty() && sd) suffix = sd->suffix;  // "25.89 ± 0.61 s": the unit follows both
    }
    finish(r, suffix);
  } else {
    r.note = "the source wrote '" + std::string(core) + "' (not a finite number)";
    finish(r, {});
  }
  return &r;
}

MetricRow& add_number_row(MetricRows& rows, std::string_view name, std::string_view literal,
                          double value) {
  MetricRow& r = rows.emplace_back();
  r.name.assign(name);
  r.raw.assign(literal);
  if (std::isnan(value) || literal == "Infinity" || literal == "-Infinity") {
    r.note = "the source wrote '" + std::string(literal) + "' (not a finite number)";
  } else {
    r.value = value;
  }
  finish(r, {});
  return r;
}

const metrics::ParameterDef* requested_length(std::string_view name) {
  if (name.size() != 3) return nullptr;
  if (text::iequals(name, "isl")) return metrics::find_parameter("input_len");
  if (text::iequals(name, "osl")) return metrics::find_parameter("output_len");
  return nullptr;
}

void as_setting(MetricRow& row, std::string_view parameter_id, bool keep_unit) {
  // "| Vocabulary | 256 | 50,257 | 196× |": a multiple of a model's property is a ratio of two
  // models' (left a figure), no property of one.
  if (row.unit == "x" && row.role == metrics::Role::metric && is_model_property(parameter_id))
    return;
  row.role = metrics::Role::parameter;
  row.parameter = parameter_id;
  row.metric = nullptr;
  row.kind = units::Kind::other;
  row.statistic.clear();
  if (!keep_unit) row.unit.clear();
  renormalize(row);
}

void as_identifier(MetricRow& row) {
  unname_metric(row, true);
  row.role = metrics::Role::identifier;
  row.statistic.clear();
}

void set_metric(MetricRow& row, std::string_view id) {
  if (const auto* m = metrics::find_metric(id)) {
    row.metric = m;
    row.kind = m->kind;
    row.role = metrics::Role::metric;
  }
}

void set_unit(MetricRow& row, std::string_view unit) {
  if (row.role != metrics::Role::metric) return;
  const std::string stat = row.statistic;
  const metrics::MetricDef* metric = row.metric;
  const std::string_view parameter = row.parameter;
  apply(row, classify_cached(row.name, unit));
  // The name alone said nothing, or only that a time in seconds is a duration ("std_dev",
  // "total_sum" under GuideLLM's "request_latency"): keep what the path said.
  const auto timed = [](const metrics::MetricDef* m) {
    return m->kind == units::Kind::ttft || m->kind == units::Kind::latency ||
           m->kind == units::Kind::duration;
  };
  const bool generic = !row.metric || (row.metric->id == "duration" && metric &&
                                       metric != row.metric && timed(metric));
  if (generic && metric && metrics::unit_fits(*metric, row.unit, row.statistic)) {
    row.metric = metric;
    row.kind = metric->kind;
    row.role = metrics::Role::metric;
  }
  if (row.parameter.empty()) row.parameter = parameter;
  if (row.statistic.empty()) row.statistic = stat;
  if (row.unit.empty()) {
    if (auto u = metrics::parse_unit(unit)) row.unit = *u;
  }
  renormalize(row);
}

namespace {

// "fp16_baselines", "int8", "q4_0_runs": a JSON container named by a precision and nothing of a
// quantity.
bool names_only_precision(std::string_view seg) {
  if (seg.find_first_of("0123456789") == std::string_view::npos) return false;
  bool precision = false;
  std::size_t i = 0;
  while (i < seg.size()) {
    std::size_t j = seg.find_first_of("_- ", i);
    if (j == std::string_view::npos) j = seg.size();
    const std::string_view w = seg.substr(i, j - i);
    i = j + 1;
    if (w.empty()) continue;
    const std::string q = quantization_in(w);
    if (!q.empty() && q.size() == w.size()) {
      precision = true;
    } else if (!text::iequals(w, "baseline") && !text::iequals(w, "baselines") &&
               !text::iequals(w, "reference") && !text::iequals(w, "runs")) {
      return false;
    }
  }
  return precision;
}

}  // namespace

namespace {

bool names_a_multiplier(std::string_view name) {
  const auto ends = [&](std::string_view w) {
    return name.size() > w.size() && text::iequals(name.substr(name.size() - w.size()), w) &&
           !std::isalnum(static_cast<unsigned char>(name[name.size() - w.size() - 1]));
  };
  return ends("factor") || ends("multiplier");
}

}  // namespace

namespace {

// Whether a path holds a segment (between dots, indices aside) equal to `word`, in any case.
bool has_segment(std::string_view path, std::string_view word) {
  for (std::size_t at = 0; at < path.size();) {
    auto end = path.find('.', at);
    if (end == std::string_view::npos) end = path.size();
    std::string_view seg = path.substr(at, end - at);
    if (const auto open = seg.find('['); open != std::string_view::npos) seg = seg.substr(0, open);
    if (text::iequals(seg, word)) return true;
    at = end + 1;
  }
  return false;
}

// "throughput": {"output": {"tokens_per_second": 185.9}}: a bare token rate under a container
// that says which tokens, input, output or all of them, is that throughput.
bool tokens_named_above(MetricRow& row, std::string_view path, std::size_t leaf_size) {
  if (!row.metric || row.metric->id != "token_rate" || leaf_size >= path.size()) return false;
  const std::string_view above = path.substr(0, path.size() - leaf_size - 1);
  const auto dot = above.rfind('.');
  const std::string_view parent = dot == std::string_view::npos ? above : above.substr(dot + 1);
  const std::string_view grand = dot == std::string_view::npos ? "" : above.substr(0, dot);
  if (!grand.ends_with("throughput")) return false;
  for (const auto& [word, id] :
       {std::pair{"output", "output_throughput"}, std::pair{"input", "input_throughput"},
        std::pair{"total", "total_throughput"}}) {
    if (!text::iequals(parent, word)) continue;
    set_metric(row, id);
    return true;
  }
  return false;
}

void climb_path(MetricRow& row, std::string_view path, std::size_t leaf_size);

}  // namespace

void refine_from_path(MetricRow& row, std::string_view path, std::size_t leaf_size) {
  if (row.role != metrics::Role::metric) return;
  // "throughput.per_gpu.output_tput_tps": a rate divided among the GPUs, beside the system's
  // own; no rate of ours (as a key's "_per_gpu_").
  if (row.unit == "tok/s" && (has_segment(path, "per_gpu") || has_segment(path, "per_device"))) {
    unname_metric(row, false);
    return;
  }
  const RowStatus before = row.status;
  const bool token_kind = tokens_named_above(row, path, leaf_size);
  climb_path(row, path, leaf_size);
  // (Its "total" said which tokens, not that the run's failed requests are counted in.)
  if (token_kind && before == RowStatus::ok && row.status == RowStatus::all)
    row.status = RowStatus::ok;
  // "server_metrics.kv_cache.gpu_usage_pct" 0.11, "kv_cache.gpu_total_tokens": the KV cache's
  // share in use (as vLLM's kv_cache_usage_perc) and its size in tokens, no GPU's busy time and
  // no request's tokens.
  if (const std::string_view id = row.metric ? row.metric->id : std::string_view();
      (id == "gpu_utilization" || id == "total_tokens" || id == "input_tokens" ||
       id == "output_tokens" || id == "memory") &&
      has_segment(path, "kv_cache")) {
    if (id == "gpu_utilization") {
      set_metric(row, "utilization");
      add_note(row, "the share of the KV cache in use");
    } else if ((id == "total_tokens" || id == "input_tokens" || id == "output_tokens" ||
                id == "memory") &&
               row.name.find("token") != std::string::npos) {
      unname_metric(row, false);
      add_note(row, "the KV cache's size in tokens");
    }
  }
}

namespace {

bool names_success_subset(std::string_view seg) {
  return text::iequals(seg, "successful") || text::iequals(seg, "success");
}

void climb_path(MetricRow& row, std::string_view path, std::size_t leaf_size) {
  // "safety.rtsi.<model>.score": a score under a risk index is no quality score.
  if (row.metric && row.metric->id == "quality" && leaf_size < path.size() &&
      metrics::names_risk_index(path.substr(0, path.size() - leaf_size)))
    unname_metric(row, false);
  // Walk the named segments from the value outwards; the first is the value's own name.
  std::size_t end = path.size();
  bool first = true;
  // "ttft": {"p50_s": 0.123}: a key of only a statistic and a unit gives the value no more than
  // the unit's generic metric (a duration); the quantity is its container's.
  bool generic = false;
  // "qps": {"samples": 3586, "mean": 0.18}: how many samples the container's statistics are over,
  // a count, not a figure of the quantity.
  bool sample_count = false;
  bool subset_seen = false;  // a request subset ("successful", "errored", "total") on the way
  while (end > 0) {
    std::string_view seg;
    if (first && leaf_size > 0 && leaf_size < end && path[end - leaf_size - 1] == '.') {
      seg = path.substr(end - leaf_size);  // a key with dots of its own: "llama3.2-1b|FP16"
      end -= leaf_size + 1;
    } else {
      while (end > 0 && path[end - 1] == ']') {  // drop "[i]" indices
        const auto open = path.rfind('[', end - 1);
        if (open == std::string_view::npos) return;
        end = open;
      }
      if (end == 0) return;
      const auto dot = path.rfind('.', end - 1);
      const std::size_t begin = dot == std::string_view::npos ? 0 : dot + 1;
      seg = path.substr(begin, end - begin);
      end = dot == std::string_view::npos ? 0 : dot;
    }
    std::string status;
    if (first) {
      first = false;
      // "throughput.size_power_b": a fit's coefficient under what it models, no amount of it.
      // (Only a value with no metric of its own climbs to its parents'.)
      // ... nor is a multiplier ("vram.overhead_factor" 1.06, "latency.safety_factor" 0.7).
      if (!row.metric && (metrics::names_a_fit(seg) || names_a_multiplier(seg))) return;
      // ... nor are a prompt's cached tokens ("prompt_tokens_details.cached_tokens") its input.
      if (!row.metric && text::icontains(seg, "cached")) return;
      // A number named "failed" or "errored" counts the failed requests (a load level's
      // `"failed": 0`, GuideLLM's request totals): a measurement of its own, not a failed one.
      const bool counts_failures = row.metric && row.metric->id == "failed_requests";
      generic = row.metric && classify_cached(seg, {}).stat_unit_only;
      sample_count =
          !row.metric && (text::iequals(seg, "samples") || text::iequals(seg, "num_samples") ||
                          text::iequals(seg, "n_samples"));
      if (metrics::is_filler_segment(seg, &status)) {
        if (status == "failed" && !counts_failures) row.status = RowStatus::failed;
        if (status == "incomplete") row.status = RowStatus::incomplete;
        if (status == "all") row.status = RowStatus::all;
        subset_seen = !status.empty() || names_success_subset(seg);
      }
      continue;
    }
    if (metrics::is_filler_segment(seg, &status)) {
      // (The subset nearest the figure is its own: GuideLLM's "tokens.total.successful.mean"
      // is the successful requests' total tokens, not a figure over all requests.)
      if (!subset_seen) {
        if (status == "failed") row.status = RowStatus::failed;
        if (status == "incomplete") row.status = RowStatus::incomplete;
        if (status == "all" && row.status == RowStatus::ok) row.status = RowStatus::all;
        subset_seen = !status.empty() || names_success_subset(seg);
      }
      continue;
    }
    // GuideLLM's request record: "input_metrics.total_tokens", "output_metrics.total_tokens"
    // are the request's input and output tokens, each the total of its kind.
    // (One request's: a sample, not a sum over requests.)
    if (row.metric && row.metric->id == "total_tokens") {
      const bool input = text::iequals(seg, "input_metrics") || text::iequals(seg, "input");
      if (input || text::iequals(seg, "output_metrics") || text::iequals(seg, "output")) {
        set_metric(row, input ? "input_tokens" : "output_tokens");
        if (path.find("requests.") != std::string_view::npos) row.statistic = "sample";
        return;
      }
    }
    if (row.metric && !generic) return;
    // "runtime_timings.cache_n": a count by its name ("_n", "n_"), no figure of its container's
    // quantity (a time).
    if (!row.metric && !sample_count &&
        (row.name.ends_with("_n") || (row.name.starts_with("n_") && row.name.size() > 2)))
      return;
    // "telemetry_stats.gpu_power_usage.0.avg": a key that is only a number indexes its entries
    // (genai-perf's GPUs), as "[0]" does; the name above it is the quantity's.
    if (std::all_of(seg.begin(), seg.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
      continue;
    // "quality.fp16_baselines.<model>": a container that names only the precision (and that its
    // values are baselines) says nothing of the quantity; its parent does.
    if (names_only_precision(seg)) continue;
    // "requests.successful[0].iter_tokens_per_iteration": a list of request records names no
    // quantity of the fields inside them.
    if (text::iequals(seg, "requests") && path.find('[', end) != std::string_view::npos) return;
    const auto& c = classify_cached(seg, {});
    if (generic && (c.role != metrics::Role::metric || !c.metric)) return;  // only a quantity
    if (c.role == metrics::Role::timestamp || c.role == metrics::Role::identifier) {
      row.role = c.role;  // "min_request_timestamp.avg" is a point in time, not a quantity
      row.metric = nullptr;
      row.unit.clear();
      row.kind = units::Kind::other;
      renormalize(row);
      return;
    }
    if (c.role != metrics::Role::metric) return;
    if (!c.metric) {
      // "time_to_first_output_token_ms": {"mean": 11.4}: no metric of ours, but its unit is the
      // statistic's.
      // (Not a variance, in the unit squared, nor a bare "/s" of "input_per_second".)
      if (!c.unit.empty() && c.unit.front() != '/' && row.unit.empty() && !row.metric &&
          !row.statistic.empty() && row.statistic != "count" && row.statistic != "value" &&
          row.statistic != "variance") {
        row.unit = c.unit;
        renormalize(row);
      }
      return;
    }
    const std::string_view unit = row.unit.empty() || row.unit == "tokens" || row.unit == "count"
                                      ? std::string_view(c.unit)
                                      : row.unit;
    if (sample_count) {
      row.statistic = "count";
    } else if (!metrics::unit_fits(*c.metric, unit, row.statistic)) {
      return;
    }
    row.metric = c.metric;
    row.kind = c.kind;
    if (row.unit.empty() || row.unit == "tokens" || row.unit == "count") row.unit = c.unit;
    if (sample_count) row.unit = "count";
    if (row.statistic.empty()) row.statistic = c.statistic;
    renormalize(row);
    return;
  }
}

}  // namespace

namespace {
// A request's error as a note quotes it: trimmed, at most 120 characters.
std::string short_error(std::string_view error) {
  std::string e(text::trim(error));
  if (e.size() > 120) e = e.substr(0, 117) + "...";
  return e;
}
}  // namespace

void mark_failed(MetricRow& row, std::string_view error) {
  row.status = RowStatus::failed;
  const bool setting = row.role != metrics::Role::metric;
  // (A setting of the failed run keeps its value, and says why the run failed beside it: a run
  // whose only numbers are its settings still tells.)
  if (setting ? !row.note.empty() : !row.value) return;
  const std::string e = short_error(error);
  row.note = "request failed" + (e.empty() ? std::string() : ": " + e) +
             (setting ? "; this row describes that request" : "; the value is not a measurement");
  if (setting) return;
  row.value.reset();
  row.normalized.reset();
  row.normalized_unit.clear();
}

void mark_incomplete(MetricRow& row, std::string_view error) {
  row.status = RowStatus::incomplete;
  const std::string e = short_error(error);
  if (row.note.empty() && !e.empty())
    row.note = "request incomplete: " + e + "; measured up to where it was cut off";
}

void total_over_requests(MetricRow& row) {
  if (!row.metric || row.statistic != "value") return;
  const std::string_view id = row.metric->id;
  if (id != "input_tokens" && id != "output_tokens") return;
  const auto starts_total = [](std::string_view s) {
    return s.size() > 6 && (s[0] == 't' || s[0] == 'T') && text::iequals(s.substr(0, 5), "total") &&
           (s[5] == '_' || s[5] == ' ');
  };
  bool total = starts_total(row.name);
  for (std::string_view loc = row.locator; !total && !loc.empty();) {
    const auto dot = loc.find('.');
    std::string_view seg = loc.substr(0, dot);
    if (const auto close = seg.rfind(']'); close != std::string_view::npos)
      seg.remove_prefix(close + 1);  // "[3].total_input_tokens"
    total = starts_total(seg);
    loc = dot == std::string_view::npos ? std::string_view() : loc.substr(dot + 1);
  }
  if (total) row.statistic = "sum";
}

void default_statistic(MetricRow& row, std::string_view statistic) {
  if (row.role != metrics::Role::metric) return;
  if (row.statistic.empty()) row.statistic.assign(statistic);
  request_total(row);
}

void request_total(MetricRow& row) {
  if (!row.metric || row.metric->id != "duration") return;
  static constexpr std::string_view kTotals[] = {"total",        "total_ms",      "total_s",
                                                 "total_sec",    "total_time",    "total_time_ms",
                                                 "total_time_s", "total_time_sec"};
  std::string key;
  if (row.statistic == "sample") {
    std::array<char, 24> buffer{};
    key = text::key_form(row.name, buffer);
  } else if (row.statistic == "mean" || row.statistic == "median" || row.statistic == "min" ||
             row.statistic == "max" || (row.statistic.size() == 3 && row.statistic[0] == 'p')) {
    // "Total s (mean)" beside the requests' own "Total s": a statistic of the requests' total
    // times, its words without the statistic's.
    if (row.name.size() > 24 || !text::icontains(row.name, "total")) return;
    bool named = false;  // (the statistic is the name's, not a spread's: "5.06 ± 0.05")
    for (const auto& w : words_of(text::to_lower(row.name))) {
      if (metrics::parse_statistic(w)) {
        named = true;
        continue;
      }
      key += (key.empty() ? "" : "_") + w;
    }
    if (!named) return;
  } else {
    return;
  }
  if (std::find(std::begin(kTotals), std::end(kTotals), key) != std::end(kTotals))
    set_metric(row, "e2e_latency");
}

bool is_error_field(std::string_view name) {
  name = text::trim(name);
  static constexpr std::string_view kNames[] = {
      "error",     "error_msg",      "error_message", "err",        "exception",
      "failure",   "failure_reason", "error_code",    "error_type", "success",
      "succeeded", "is_success",     "successful",    "status",     "outcome"};
  for (const auto k : kNames) {
    if (text::iequals(name, k)) return true;
  }
  return false;
}

bool says_failed(std::string_view field_name, std::string_view cell) {
  using text::iequals;
  const std::string_view n = text::trim(field_name);
  const std::string_view v = text::trim(cell);
  if (iequals(n, "success") || iequals(n, "succeeded") || iequals(n, "is_success") ||
      iequals(n, "successful"))
    return iequals(v, "false") || v == "0" || iequals(v, "no") || iequals(v, "f");
  if (iequals(n, "status") || iequals(n, "outcome")) {
    static constexpr std::string_view kBad[] = {"error",     "failed",   "fail",      "failure",
                                                "errored",   "timeout",  "timed_out", "aborted",
                                                "cancelled", "exception"};
    for (const auto b : kBad) {
      if (iequals(v, b)) return true;
    }
    if (v.size() == 3 && (v[0] == '4' || v[0] == '5') && std::isdigit((unsigned char)v[1]) &&
        std::isdigit((unsigned char)v[2]))
      return true;
    // "Benchmark Failed", "FAILED (OOM)", "invalid_artifact", "degenerate_response" (an answer
    // that looped, its figures left out): a status of several words that says the run failed (not
    // "no errors", "not failed"; not a finding's "Critical failure").
    static constexpr std::string_view kFailedRun[] = {"failed",  "fail",      "errored", "timeout",
                                                      "aborted", "cancelled", "invalid", "oom",
                                                      "crashed", "degenerate"};
    bool bad = false;
    for (const auto& word : words_of(v)) {
      const std::string w = text::to_lower(word);
      if (w == "no" || w == "not" || w == "without" || w == "0") return false;
      for (const auto b : kFailedRun) bad = bad || w == b;
    }
    return bad;
  }
  static constexpr std::string_view kNone[] = {"",    "none",  "null", "nan", "n/a", "-",  "0",
                                               "0.0", "false", "ok",   "200", "[]",  "{}", "no"};
  for (const auto k : kNone) {
    if (iequals(v, k)) return false;
  }
  return true;
}

bool batched_bench_field(MetricRow& row, std::string_view field) {
  struct Field {
    std::string_view column, key, id;
    bool setting;
  };
  static constexpr Field kFields[] = {
      {"PP", "pp", "n_prompt", true},
      {"TG", "tg", "n_gen", true},
      {"B", "pl", "concurrency", true},
      {"N_KV", "n_kv", "batch_tokens", true},
      {"", "n_kv_max", "num_ctx", true},
      {"", "is_pp_shared", "engine_option", true},
      {"", "n_threads_batch", "num_thread", true},
      {"T_PP s", "t_pp", "prompt_eval_time", false},
      {"S_PP t/s", "speed_pp", "prompt_eval_rate", false},
      {"T_TG s", "t_tg", "eval_time", false},
      {"S_TG t/s", "speed_tg", "output_throughput", false},
      {"T s", "t", "duration", false},
      {"S t/s", "speed", "total_throughput", false},
  };
  for (const auto& f : kFields) {
    if (field.empty() || (f.column != field && f.key != field)) continue;
    if (f.setting) {
      as_setting(row, f.id, false);
    } else {
      row.role = metrics::Role::metric;
      row.parameter = {};
      set_metric(row, f.id);
      row.unit = f.key.starts_with("speed") ? "tok/s" : "s";
      row.statistic = "value";
      renormalize(row);
    }
    return true;
  }
  return false;
}

std::string llama_bench_test(double n_prompt, double n_gen, double n_depth) {
  std::string t;
  const std::string p = number_text(n_prompt), g = number_text(n_gen);
  if (n_prompt > 0 && n_gen > 0) {
    t = "pp" + p + "+tg" + g;
  } else if (n_prompt > 0) {
    t = "pp" + p;
  } else if (n_gen > 0) {
    t = "tg" + g;
  }
  if (!t.empty() && n_depth > 0) t += " @ d" + number_text(n_depth);
  return t;
}

std::string counted_names(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size();) {
    std::size_t k = 1;
    while (i + k < names.size() && names[i + k] == names[i]) ++k;
    out +=
        (out.empty() ? "" : ", ") + (k > 1 ? std::to_string(k) + "x " : std::string()) + names[i];
    i += k;
  }
  return out;
}

std::string bench_test_id(std::string_view s) {
  s = text::trim(s);
  std::string out;
  std::size_t i = 0;
  const auto digits = [&] {
    const std::size_t from = i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    out.append(s.substr(from, i - from));
    return i > from;
  };
  const auto part = [&] {  // "pp512", "tg 128" (old builds printed the space)
    if (i + 2 > s.size()) return false;
    const std::string kind = text::to_lower(s.substr(i, 2));
    if (kind != "pp" && kind != "tg" && kind != "pg") return false;
    out += kind;
    i += 2;
    while (i < s.size() && s[i] == ' ') ++i;
    return digits();
  };
  if (!part()) return {};
  if (i < s.size() && s[i] == '+') {
    out += '+';
    ++i;
    if (!part()) return {};
  }
  std::size_t j = i;
  while (j < s.size() && s[j] == ' ') ++j;
  if (j + 1 < s.size() && s[j] == '@') {  // "tg128 @ d4096": at a context depth
    i = j + 1;
    while (i < s.size() && s[i] == ' ') ++i;
    if (i >= s.size() || s[i] != 'd') return {};
    ++i;
    out += " @ d";
    if (!digits()) return {};
  }
  return i == s.size() ? out : std::string();
}

namespace {

// The llama-bench test a name begins with ("pp4096_tps" -> "pp4096", "tg128 (t/s)" -> "tg128"),
// "" when none: "pp" or "tg", digits, then the name's end or a separator.
std::string test_named_first(std::string_view name) {
  if (name.size() < 3) return {};
  const char a = static_cast<char>(name[0] | 0x20), b = static_cast<char>(name[1] | 0x20);
  if (!((a == 'p' && b == 'p') || (a == 't' && b == 'g'))) return {};
  std::size_t end = 2;
  while (end < name.size() && std::isdigit(static_cast<unsigned char>(name[end]))) ++end;
  if (end == 2 || (end < name.size() && std::isalnum(static_cast<unsigned char>(name[end]))))
    return {};
  std::string test{a, b};
  test.append(name.substr(2, end - 2));
  return test;
}

// The llama-bench test a JSON path holds as a key ("results.pp512.tokens_per_sec" -> "pp512").
std::string test_in_path(std::string_view locator) {
  for (std::size_t at = 0; at < locator.size();) {
    auto end = locator.find('.', at);
    if (end == std::string_view::npos) end = locator.size();
    const std::string_view seg = locator.substr(at, end - at);
    at = end + 1;
    if (end == locator.size()) break;  // the value's own key
    if (auto t = test_named_first(seg); !t.empty() && t.size() == seg.size()) return t;
  }
  return {};
}

// llama-benchy's "pp2048 (c4)", "tg128 @ d8192 (c2)": the test, then the requests it kept in
// flight; the load goes to the concurrency (where nothing else set one).
void split_concurrency_of_test(Context& ctx) {
  std::string& test = ctx.test;
  if (test.size() < 6 || test.back() != ')') return;
  const auto open = test.rfind(" (c");
  if (open == std::string::npos) return;
  const std::string_view n = std::string_view(test).substr(open + 3, test.size() - open - 4);
  if (n.empty() || n.size() > 5 || !std::all_of(n.begin(), n.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0;
      }))
    return;
  if (ctx.concurrency.empty()) ctx.concurrency = std::string(n);
  test.resize(open);
}

}  // namespace

void refine_by_test(MetricRows& rows) {
  static const metrics::MetricDef* const kTokenRate = metrics::find_metric("token_rate");
  static const metrics::MetricDef* const kDuration = metrics::find_metric("duration");
  static const metrics::MetricDef* const kTotal = metrics::find_metric("total_throughput");
  // llama-benchy's "peak t/s" beside "peak t/s (req)": the first of all the requests together.
  // (Gathered at the first token rate of a test that needs it: most files have none.)
  std::optional<std::set<std::string_view>> per_request;
  const auto beside_per_request = [&](const MetricRow& row) {
    if (!per_request) {
      per_request.emplace();
      for (const auto& r : rows) {
        if (!r.context.test.empty() && !r.locator.empty() && r.locator.back() == ')' &&
            r.locator.ends_with(" (req)"))
          per_request->insert(std::string_view(r.locator).substr(0, r.locator.size() - 6));
      }
    }
    return per_request->count(row.locator) != 0;
  };
  for (auto& r : rows) {
    // "pp 512" as old llama-bench builds printed it is the test "pp512" of newer ones.
    if (r.context.test.size() > 4 && r.context.test[2] == ' ')
      if (auto id = bench_test_id(r.context.test); !id.empty()) r.context.test = std::move(id);
    // "pp4096_tps", "tg128 (t/s)": a rate named by the test it measured (an assembled
    // llama-bench table, a test per column); "results": {"pp512": {"tokens_per_sec": 725}}: one
    // kept under the test's name.
    if (r.context.test.empty() && r.metric == kTokenRate) r.context.test = test_named_first(r.name);
    if (r.context.test.empty() && r.metric == kTokenRate) r.context.test = test_in_path(r.locator);
    if (r.context.test.empty()) continue;
    split_concurrency_of_test(r.context);
    const std::string t = text::to_lower(r.context.test);
    const bool pp = t.rfind("pp", 0) == 0 && t.find("tg") == std::string::npos;
    const bool tg = t.rfind("tg", 0) == 0;
    // llama-benchy's "t/s (total)": the rate of all the test's requests together, of the prompt
    // tokens in a prompt test and of the output tokens in a generation test (no sum of both).
    if ((pp || tg) && (r.metric == kTotal || (r.metric == kTokenRate && beside_per_request(r)))) {
      r.metric = metrics::find_metric(pp ? "input_throughput" : "output_throughput");
      r.kind = r.metric->kind;
      continue;
    }
    // "| Model | Metric | Vulkan | ROCm 7.2 HIP |" with a row per test: a bare figure of a
    // backend's column is that test's tokens per second, as llama-bench reports its tests.
    if (!r.metric && r.role == metrics::Role::metric && r.unit.empty() && (pp || tg) &&
        !r.context.backend.empty() && r.value && *r.value > 0 &&
        (r.statistic == "value" || r.statistic == "mean")) {
      r.metric = kTokenRate;
      r.unit = "tok/s";
      renormalize(r);
    }
    if ((r.metric != kTokenRate && r.metric != kDuration)) continue;
    const bool rate = r.metric == kTokenRate;
    if (pp) r.metric = metrics::find_metric(rate ? "prompt_eval_rate" : "prompt_eval_time");
    if (tg) r.metric = metrics::find_metric(rate ? "decode_rate" : "eval_time");
    if (r.metric) r.kind = r.metric->kind;
  }
}

std::string_view spread_statistic(std::string_view column, std::string_view title) {
  const auto says = [](std::string_view label) -> std::string_view {
    const std::string low = " " + text::to_lower(label) + " ";
    if (low.find("confidence interval") != std::string::npos) return "ci_half";
    for (std::size_t at = low.find("ci"); at != std::string::npos; at = low.find("ci", at + 1)) {
      const auto word = [&](std::size_t i) {
        return std::isalpha(static_cast<unsigned char>(low[i]));
      };
      if (!word(at - 1) && (!word(at + 2) || low.compare(at, 4, "ci95") == 0)) return "ci_half";
    }
    // ("Mean ± Max Deviation": the largest distance from the mean, no standard deviation.)
    if (low.find("max deviation") != std::string::npos ||
        low.find("maximum deviation") != std::string::npos ||
        low.find("max. deviation") != std::string::npos)
      return "max_dev";
    for (const std::string_view w : {"\xCF\x83", " std", "stdev", " sd ", " sd)", "standard dev"}) {
      if (low.find(w) != std::string::npos) return "std";  // σ
    }
    return {};
  };
  if (const auto s = says(column); !s.empty()) return s;
  if (const auto s = says(title); !s.empty()) return s;
  return "std";
}

bool names_successes(std::string_view name) {
  name = text::trim(name);
  return text::iequals(name, "successful") || text::iequals(name, "succeeded") ||
         text::iequals(name, "success");
}

std::size_t successes_column(std::span<const std::string> names) {
  const bool failures = std::any_of(names.begin(), names.end(), [](const std::string& n) {
    const auto& c = classify_cached(n);
    return c.metric && c.metric->id == "failed_requests" && !is_error_field(n);
  });
  // ... or beside the count of runs made ("| Runs | OK |" of a script's repeated requests).
  const bool runs = std::any_of(names.begin(), names.end(), [](const std::string& n) {
    return text::iequals(n, "runs") || text::iequals(n, "attempts") || text::iequals(n, "tries") ||
           text::iequals(n, "trials");
  });
  if (!failures && !runs) return std::string::npos;
  for (std::size_t c = 0; c < names.size(); ++c) {
    if (names_successes(names[c]) || (runs && text::iequals(names[c], "ok"))) return c;
  }
  return std::string::npos;
}

void as_successes(MetricRow& row, std::string_view note) {
  row.parameter = {};
  set_metric(row, "requests");
  row.statistic = "value";
  row.unit = "count";
  renormalize(row);
  add_note(row, note);
}

void emit_failed_of_pair(MetricRows& rows, const MetricRow& row) {
  const auto successes = success_fail_sides(row.name);
  const bool of_all = !successes && success_of_total(row.name);
  const auto part = count_of_total(row.raw);
  if ((!successes && !of_all) || !part) return;
  MetricRow copy = row;
  if (of_all) {
    copy.value = std::stod(part->second) - part->first;
    if (*copy.value < 0) return;
  } else {
    copy.value = *successes == 0 ? std::stod(part->second) : part->first;
  }
  set_metric(copy, "failed_requests");
  copy.note = "the requests that failed, of '" + row.raw +
              (of_all ? "' (all less those that succeeded, as the header names them)"
                      : "' (succeeded and failed, as the header names them)");
  renormalize(copy);
  rows.push_back(std::move(copy));
}

void emit_spread(MetricRows& rows, const MetricRow& row, std::string_view column,
                 std::string_view title) {
  if (row.statistic != "mean" || row.role != metrics::Role::metric) return;
  if (row.raw.find("\xC2\xB1") == std::string::npos && row.raw.find("+/-") == std::string::npos)
    return;                                       // no spread written
  const auto figure = figure_and_aside(row.raw);  // "**2.49 ± 0.00 t/s** *(Optimal)*"
  const auto [core, spread] = split_spread(figure ? figure->first : strip_marks(row.raw));
  if (spread.empty()) return;
  const auto parsed = numeric::parse_cell(spread);
  if (!parsed) return;
  MetricRow copy = row;
  copy.raw.assign(spread);
  copy.value = parsed->value;
  const std::string_view statistic = spread_statistic(column, title);
  copy.statistic.assign(statistic);
  copy.note = (statistic == "ci_half"   ? "the confidence interval's half-width written after "
               : statistic == "max_dev" ? "the largest deviation from the mean written after "
                                        : "the spread written after ") +
              std::string("\xC2\xB1 in '") + row.raw + "'";
  renormalize(copy);
  rows.push_back(std::move(copy));
}

void emit_range_high(MetricRows& rows, const MetricRow& row) {
  auto range = range_in(row.raw, true);  // (a range's low end: its cell was one)
  if (!range) range = slashed_ends(row.name, row.raw);
  if (!range || row.role != metrics::Role::metric) return;
  const auto parsed = numeric::parse_cell(range->high);
  if (!parsed) return;
  MetricRow copy = row;
  copy.value = parsed->value;
  copy.statistic = "max";
  renormalize(copy);
  rows.push_back(std::move(copy));
}

void emit_statistic_aside(MetricRows& rows, const MetricRow& row) {
  if (row.role != metrics::Role::metric || !row.value) return;
  const auto figure = figure_and_aside(row.raw);
  if (!figure) return;
  std::string_view aside = text::trim(figure->second);
  if (aside.size() < 5 || aside.front() != '(' || aside.back() != ')') return;
  aside = text::trim(aside.substr(1, aside.size() - 2));
  // The statistic's word, a colon or '=' or a space, one figure: "p95: 684.79", "P99=12.1 ms".
  const auto end = aside.find_first_of(":= ");
  if (end == std::string_view::npos) return;
  const auto statistic = metrics::parse_statistic(aside.substr(0, end));
  // (Not "(n=5)": a count of samples, no figure in the metric's unit.)
  const bool same_unit =
      statistic && ((statistic->size() > 1 && (*statistic)[0] == 'p' &&
                     std::isdigit(static_cast<unsigned char>((*statistic)[1]))) ||
                    *statistic == "median" || *statistic == "mean" || *statistic == "min" ||
                    *statistic == "max" || *statistic == "std");
  if (!same_unit || *statistic == row.statistic) return;
  const std::string_view value = text::trim(aside.substr(end + 1));
  const auto parsed = numeric::parse_cell(
      value.starts_with('=') || value.starts_with(':') ? text::trim(value.substr(1)) : value);
  if (!parsed || (!parsed->suffix.empty() && parsed->suffix != row.unit)) return;
  MetricRow copy = row;
  copy.raw.assign(value);
  copy.value = parsed->value;
  copy.statistic = *statistic;
  copy.note = "the " + *statistic + " written after the figure in '" + row.raw + "'";
  renormalize(copy);
  rows.push_back(std::move(copy));
}

bool is_config_parameter(std::string_view p) {
  static constexpr std::string_view kConfig[] = {
      "num_ctx",        "num_gpu",         "num_thread",       "num_batch",
      "num_ubatch",     "num_predict",     "temperature",      "top_p",
      "top_k",          "min_p",           "repeat_penalty",   "flash_attn",
      "kv_cache_type",  "tensor_parallel", "gpu_count",        "buffer_size",
      "think_time",     "budget",          "n_cpu_moe",        "tensor_split",
      "parallel_slots", "speculative",     "num_microbatches", "pipeline_parallel",
      "power_mode",     "quant_bits"};
  for (const auto k : kConfig) {
    if (p == k) return true;
  }
  return false;
}

bool is_default_setting(std::string_view parameter_id, std::string_view raw) {
  if (parameter_id == "n_cpu_moe") return raw == "0";
  if (parameter_id != "tensor_split" || raw.empty()) return false;
  return raw.find_first_not_of("0./, ") == std::string_view::npos;  // "0.00", "0.00/0.00"
}

// A GGUF quantization type among the words of a model name: Q4_0, Q4_K_M, IQ4_XS, F16, BF16.
namespace {

// The size suffix llama.cpp's type names spell out after a K-quant: "Q4_K - Medium" -> "_M".
std::string_view k_quant_size(std::string_view word, std::string_view rest) {
  if (word.size() < 4 || word.substr(word.size() - 2) != "_K") return {};
  std::size_t i = 0;
  while (i < rest.size() && rest[i] == ' ') ++i;
  if (i >= rest.size() || rest[i] != '-') return {};
  ++i;
  while (i < rest.size() && rest[i] == ' ') ++i;
  const std::string size = text::to_lower(rest.substr(i, 6));
  // (llama.cpp's "Q2_K - Medium" is its plain Q2_K: there is no Q2_K_M; "Q2_K - Small" is Q2_K_S.)
  if (size.rfind("medium", 0) == 0) return word.starts_with("Q2_") ? "" : "_M";
  if (size.rfind("small", 0) == 0) return "_S";
  if (size.rfind("large", 0) == 0) return "_L";
  return {};
}

}  // namespace

namespace {

// "W8A8", "W4A16", "W8A8-FP8": the bits of the weights and of the activations (vLLM's and
// llm-compressor's names of a precision).
bool weights_activations(std::string_view w) {
  if (w.size() < 4 || w.size() > 6 || w[0] != 'W') return false;
  const auto a = w.find('A', 1);
  if (a == std::string_view::npos || a == 1 || a + 1 == w.size()) return false;
  const auto bits = [](std::string_view d) {
    return d.size() <= 2 && std::all_of(d.begin(), d.end(), [](char c) {
             return std::isdigit(static_cast<unsigned char>(c)) != 0;
           });
  };
  return bits(w.substr(1, a - 1)) && bits(w.substr(a + 1));
}

}  // namespace

namespace {

// The word at [from, to) of `text` naming a weight precision in bits ("4bit", "4-bit", "8 bit":
// 1 to 8 bits, "Bonsai-8B (1-bit)" a ternary or binary model's), with its spelling; "" for any
// other word ("64-bit", "16bit").
std::string bits_named(std::string_view text, std::size_t from, std::size_t to) {
  const std::string_view word = text.substr(from, to - from);
  // ("BitNet b1.58 (1.58-bit)": a ternary model's weights.)
  if (word == "1")
    for (const std::string_view tail : {".58-bit", ".58bit", ".58 bit"})
      if (text.substr(to).starts_with(tail) &&
          (to + tail.size() == text.size() ||
           !std::isalnum(static_cast<unsigned char>(text[to + tail.size()]))))
        return std::string(text.substr(from, to + tail.size() - from));
  if (word.empty() || word[0] < '1' || word[0] > '8' || word[0] == '7') return {};
  std::size_t end = to;
  if ((word.size() == 4 && text::iequals(word.substr(1), "bit")) ||
      (word.size() == 5 && text::iequals(word.substr(1), "bits"))) {
    end = to;  // "4bit", "8bits"
  } else if (word.size() == 1 && to + 4 <= text.size() && (text[to] == '-' || text[to] == ' ') &&
             text::iequals(text.substr(to + 1, 3), "bit")) {
    end = to + 4;  // "4-bit", "4 bit" ("4-bits" below)
    if (end < text.size() && (text[end] == 's' || text[end] == 'S')) ++end;
  } else {
    return {};
  }
  if (end < text.size() && std::isalnum(static_cast<unsigned char>(text[end]))) return {};
  return std::string(text.substr(from, end - from));
}

}  // namespace

std::string quantization_in(std::string_view model) {
  std::string best;
  bool only_bits = false;  // best names only the weights' bits
  std::size_t i = 0;
  while (i < model.size()) {
    while (i < model.size() && !std::isalnum(static_cast<unsigned char>(model[i]))) ++i;
    std::size_t j = i;
    while (j < model.size() &&
           (std::isalnum(static_cast<unsigned char>(model[j])) || model[j] == '_'))
      ++j;
    const std::string w = text::to_upper(model.substr(i, j - i));
    // "4-bit", "8bit" (MLX's "-4bit" checkpoints): the weights' bits, as written.
    // (The weakest name of a precision: "AWQ (4-bit)" is AWQ, "Q4_K_M 4-bit" Q4_K_M.)
    if (const auto bits = bits_named(model, i, j); !bits.empty()) {
      i += bits.size();
      if (best.empty()) {
        best = bits;
        only_bits = true;
      }
      continue;
    }
    const std::size_t start = i;
    i = j;
    // ("W8A8+FP8 KV", "Q4_K_M + Q8_0 KV", "AWQ w/ KV cache FP8": the KV cache's precision, named
    // after the weights', not theirs.)
    const auto kv_cache = [&] {
      const std::string_view after = text::trim(model.substr(i));
      if (after.size() >= 2 && (after[0] == 'K' || after[0] == 'k') &&
          (after[1] == 'V' || after[1] == 'v') &&
          (after.size() == 2 || !std::isalpha(static_cast<unsigned char>(after[2]))))
        return true;
      std::string before =
          text::to_lower(model.substr(start >= 24 ? start - 24 : 0, start >= 24 ? 24 : start));
      while (!before.empty() && (before.back() == ' ' || before.back() == ':' ||
                                 before.back() == '=' || before.back() == '\''))
        before.pop_back();
      for (const std::string_view kv : {"kv", "kv cache", "kv-cache", "kv_cache", "kv_cache_dtype",
                                        "kv-cache-dtype", "kv cache dtype"}) {
        if (before.ends_with(kv) &&
            (before.size() == kv.size() ||
             !std::isalpha(static_cast<unsigned char>(before[before.size() - kv.size() - 1]))))
          return true;
      }
      return false;
    };
    // (Each part after the first short, as GGUF types are: "Q4_K_M", "IQ2_XXS", "Q4_0_4_8",
    // "Q4_K_Medium"; not a key's words, "q4_change_relative_to_q8".)
    const auto gguf_parts = [](std::string_view word) {
      for (std::size_t at = word.find('_'); at != std::string_view::npos;) {
        const auto next = word.find('_', at + 1);
        const std::string_view part = word.substr(
            at + 1, next == std::string_view::npos ? std::string_view::npos : next - at - 1);
        if (part.size() > 3 && part != "MEDIUM" && part != "SMALL" && part != "LARGE") return false;
        at = next;
      }
      return true;
    };
    const bool q = w.size() >= 2 &&
                   (w[0] == 'Q' || (w.size() >= 3 && w[0] == 'I' && w[1] == 'Q')) && gguf_parts(w);
    const std::size_t digit = w[0] == 'I' ? 2 : 1;
    if (q && w.size() > digit && std::isdigit(static_cast<unsigned char>(w[digit])) &&
        (w.size() == digit + 1 || w[digit + 1] == '_' || w.substr(digit + 1, 1) == "K")) {
      if (!best.empty() && kv_cache()) continue;
      // ("q4k", "q512": a query's length, 4K tokens, in a kernel's benchmark; llama.cpp's types
      // have their underscore or a capital K.)
      if (w.size() == digit + 2 && w[digit + 1] == 'K' && model[start + digit + 1] == 'k') continue;
      best = w;
      only_bits = false;
      // "Q4_K_Medium", "Q3_K_Small" written out: Q4_K_M, Q3_K_S.
      for (const auto& [word, letter] :
           {std::pair<std::string_view, std::string_view>{"_MEDIUM", "_M"},
            {"_SMALL", "_S"},
            {"_LARGE", "_L"}}) {
        if (best.ends_with(word)) best.replace(best.size() - word.size(), word.size(), letter);
      }
      best += k_quant_size(w, model.substr(i));  // llama-bench's "Q4_K - Medium": Q4_K_M
      // llama.cpp names IQ3_M's file type "IQ3_S mix - 3.66 bpw" (llama-bench's model_type).
      if (best == "IQ3_S" && text::trim(model.substr(i)).starts_with("mix")) best = "IQ3_M";
      // Unsloth's dynamic quantization, "UD-Q4_K_XL": its own recipe of the type.
      if (start >= 3 && model[start - 1] == '-' &&
          text::iequals(model.substr(start - 3, 2), "UD") &&
          (start == 3 || !std::isalnum(static_cast<unsigned char>(model[start - 4]))))
        best = "UD-" + best;
      continue;
    }
    static constexpr std::string_view kFormats[] = {"F16",  "BF16",  "F32",   "FP16", "FP8",
                                                    "FP32", "AWQ",   "GPTQ",  "INT4", "INT8",
                                                    "NF4",  "MXFP4", "NVFP4", "FP4"};
    // ("bfloat16", "float16" written out: BF16, FP16.)
    // (Not over a method's precision named before: "AWQ float16" computes in float16.)
    if ((w.size() == 7 || w.size() == 8) && (w[0] == 'B' || w[0] == 'F') &&
        (w == "BFLOAT16" || w == "FLOAT16" || w == "FLOAT32")) {
      if (best.empty() || only_bits) {
        best = w == "BFLOAT16" ? "BF16" : w == "FLOAT16" ? "FP16" : "FP32";
        only_bits = false;
      }
      continue;
    }
    const std::string_view word = w;  // compared by size first, no strlen per candidate
    // "…-FP8-GPTQ": the precision, not the method that made it (GPTQ, AWQ), when both are named.
    const auto method = [](std::string_view f) { return f == "GPTQ" || f == "AWQ"; };
    if ((std::find(std::begin(kFormats), std::end(kFormats), word) != std::end(kFormats) ||
         weights_activations(word)) &&
        !(method(word) && !best.empty() && !method(best) && !only_bits) &&
        !(!best.empty() && kv_cache())) {
      best = w;
      only_bits = false;
    }
  }
  return best;
}

namespace {

// A model's name as a key writes it: an LLM family at its start (after an organisation,
// "meta-llama/"), a version digit or an Ollama tag, no spaces, and none of the words that make
// it a file or object about a model ("gpt2_results", "llama_bench", "qwen_config").
bool is_model_name(std::string_view key) {
  if (key.size() < 4 || key.size() > 64 || key.find(' ') != std::string_view::npos) return false;
  if (const auto slash = key.rfind('/'); slash != std::string_view::npos)
    key.remove_prefix(slash + 1);
  const std::string low = text::to_lower(key);
  static constexpr std::string_view kFamilies[] = {"llama",     "gemma",     "qwen",
                                                   "mistral",   "mixtral",   "phi-",
                                                   "phi3",      "phi2",      "gpt-",
                                                   "gpt2",      "deepseek",  "falcon",
                                                   "vicuna",    "smollm",    "granite",
                                                   "olmo",      "tinyllama", "starcoder",
                                                   "codellama", "command-r", "yi-",
                                                   "meta-llama"};  // (Meta's own names:
                                                                   // "Meta-Llama-3-8B-Instruct")
  bool family = false;
  for (const auto f : kFamilies) family = family || low.compare(0, f.size(), f) == 0;
  if (!family) return false;
  if (low.find("result") != std::string::npos || low.find("config") != std::string::npos ||
      low.find("bench") != std::string::npos)
    return false;
  return std::any_of(low.begin(), low.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
         low.find(':') != std::string::npos;
}

}  // namespace

bool names_model_size(std::string_view w) {
  // A mixture of experts' total and active sizes: "35B-A3B", "30B-A3B".
  if (const auto dash = w.find("-A");
      dash != std::string_view::npos && dash > 0 && w.size() - dash > 3 && w.size() <= 13)
    return names_model_size(w.substr(0, dash)) && names_model_size(w.substr(dash + 2));
  if (w.size() < 2 || w.size() > 6 || !std::isdigit(static_cast<unsigned char>(w[0]))) return false;
  const char last = static_cast<char>(std::tolower(static_cast<unsigned char>(w.back())));
  const std::string_view figure = w.substr(0, w.size() - 1);
  return (last == 'b' || last == 'm') && std::all_of(figure.begin(), figure.end(), [](char c) {
           return std::isdigit(static_cast<unsigned char>(c)) != 0 || c == '.';
         });
}

bool model_in_key(std::string_view key, Context& ctx) {
  // Runs for every JSON object: most keys ("results", "metrics", "ttft") are rejected here, by
  // having no digit and no tag colon, without building any string.
  if (key.size() < 4 || key.size() > 64 ||
      key.find_first_of("0123456789:") == std::string_view::npos)
    return false;
  // "Qwopus3.6-27B-Coder-MTP-Q5_K_S.gguf [MTP-n3]": a GGUF file's name, with the tag of its run
  // in brackets after it: the model, its weights' precision, and the tag its configuration.
  if (const auto gguf = text::to_lower(key).find(".gguf"); gguf != std::string::npos && gguf >= 3) {
    const std::string_view file = key.substr(0, gguf + 5);
    const std::string_view tag = text::trim(key.substr(gguf + 5));
    const bool bracketed = tag.size() > 2 && ((tag.front() == '[' && tag.back() == ']') ||
                                              (tag.front() == '(' && tag.back() == ')'));
    if (file.find_first_of(" |") == std::string_view::npos && (tag.empty() || bracketed)) {
      ctx.model = model_of_path(file);
      if (std::string q = quantization_in(ctx.model); !q.empty()) ctx.quantization = std::move(q);
      if (bracketed) ctx.config = std::string(text::trim(tag.substr(1, tag.size() - 2)));
      return true;
    }
  }
  std::string model, quant, engine;
  std::size_t i = 0;
  while (i <= key.size()) {
    std::size_t j = key.find('|', i);
    if (j == std::string_view::npos) j = key.size();
    const std::string_view part = text::trim(key.substr(i, j - i));
    i = j + 1;
    if (is_model_name(part)) {
      if (!model.empty()) return false;  // two models: a pair, not one model's key
      model = std::string(part);
    } else if (const std::string q = quantization_in(part); !q.empty() && q.size() == part.size()) {
      quant = q;
    } else if (std::string e = engine_in(part); !e.empty() && e.size() == part.size()) {
      engine = std::move(e);  // "phi-2|transformers-gpu|FP16": the engine it ran on
    }
  }
  if (model.empty()) return false;
  ctx.model = std::move(model);
  if (!quant.empty()) ctx.quantization = std::move(quant);
  if (!engine.empty()) ctx.backend = std::move(engine);
  return true;
}

namespace {

// PyTorch's dtype names as the precisions everyone else writes: "torch.float16" -> FP16.
void torch_dtype_as_precision(std::string& q) {
  if (q.rfind("torch.", 0) != 0) return;
  static constexpr std::pair<std::string_view, std::string_view> kNames[] = {
      {"torch.float16", "FP16"}, {"torch.half", "FP16"},        {"torch.bfloat16", "BF16"},
      {"torch.float32", "FP32"}, {"torch.float", "FP32"},       {"torch.float64", "FP64"},
      {"torch.int8", "INT8"},    {"torch.float8_e4m3fn", "FP8"}};
  for (const auto& [torch, name] : kNames) {
    if (q == torch) {
      q = name;
      return;
    }
  }
}

}  // namespace

namespace {

// LLMPerf's per-request records of failed requests, and many scripts, write -1 where a time, a
// token count or a rate was not measured: a placeholder, never a figure (none of these can be
// negative).
void minus_one_placeholder(MetricRow& r) {
  if (r.role != metrics::Role::metric || !r.metric || !r.value || *r.value != -1.0 ||
      r.statistic == "delta")
    return;
  const std::string_view unit = r.metric->unit;
  if (unit != "ms" && unit != "tokens" && !unit.ends_with("/s")) return;
  r.value.reset();
  r.normalized.reset();
  add_note(r, "-1 is a placeholder: no time, token count or rate is negative");
}

}  // namespace

namespace {

// {"tokens_per_sec": 725, "std_dev": 1.88}: a spread with no name of its own is of the figure
// beside it in the same object (the nearest row before it there with a metric).
void spread_of_its_sibling(MetricRows& rows) {
  for (std::size_t i = 1; i < rows.size(); ++i) {
    MetricRow& s = rows[i];
    if (s.metric || s.role != metrics::Role::metric || s.statistic != "std" || !s.unit.empty())
      continue;
    const std::string_view loc = s.locator;
    const auto dot = loc.rfind('.');
    // (A JSON object's keys; not a table's columns, where the figure before may be of another.)
    if (dot == std::string_view::npos || loc.starts_with('[') || loc.starts_with("table[") ||
        loc.find(']', dot) != std::string_view::npos)
      continue;
    const std::string_view parent = loc.substr(0, dot + 1);
    for (std::size_t k = i; k-- > 0 && i - k <= 3;) {
      const MetricRow& f = rows[k];
      if (!std::string_view(f.locator).starts_with(parent) ||
          f.locator.find('.', parent.size()) != std::string::npos)
        break;  // not a sibling
      if (!f.metric || f.role != metrics::Role::metric) continue;
      s.metric = f.metric;
      s.kind = f.kind;
      s.unit = f.unit;
      s.context.test = f.context.test;
      renormalize(s);
      break;
    }
  }
}

// vLLM's old client beside its TPOT: "Average latency per token (ms)" is a request's latency
// over all its tokens, prompt included; "... per output token" is the TPOT. Where a table has
// both, the first is no TPOT.
void latency_over_all_tokens(MetricRows& rows) {
  const auto table_of = [](const MetricRow& row) {
    const std::string_view loc = row.locator;
    return loc.substr(0, loc.find(']') + 1);  // "table[3]", or "[" of a CSV's rows
  };
  static const metrics::MetricDef* const kTpot = metrics::find_metric("tpot");
  const auto tpot = [](const MetricRow& row) { return row.metric == kTpot; };
  std::vector<std::string_view> with_output;  // tables with a "per output token" TPOT
  for (const auto& row : rows) {
    if (!tpot(row) || !text::icontains(row.name, "per output token")) continue;
    const auto t = table_of(row);
    if (std::find(with_output.begin(), with_output.end(), t) == with_output.end())
      with_output.push_back(t);
  }
  if (with_output.empty()) return;
  for (auto& row : rows) {
    if (!tpot(row) || !text::icontains(row.name, "per token") ||
        std::find(with_output.begin(), with_output.end(), table_of(row)) == with_output.end())
      continue;
    unname_metric(row, false);
    add_note(row,
             "a latency over all of a request's tokens, prompt included, beside the table's TPOT "
             "(per output token): no TPOT");
  }
}

}  // namespace

namespace {

// Significant digits a figure is written with ("7304.09049987793": 15; "0.5": 1; "99.16 ± 0.25":
// 4, the figure's own).
std::size_t significant_digits(std::string_view raw) {
  std::size_t n = 0;
  bool leading = true;
  for (const char c : raw) {
    if (c == ' ' && n > 0) break;
    if (c < '0' || c > '9') continue;
    if (c == '0' && leading) continue;
    leading = false;
    ++n;
  }
  return n;
}

// The row's figure in `unit`, its metric and statistic as they were (set_unit would classify
// the name again).
void in_unit(MetricRow& r, const std::string& unit) {
  r.unit = unit;
  renormalize(r);
}

// "median_end_to_end_latency": 7304.09049987793 beside "median_latency_ms": 7304.09049987793: a
// figure the file writes twice, once with its unit, has that unit both times (as many digits
// agreeing by chance do not happen). Only figures of the same kind, written with 6 or more
// significant digits.
bool unitless(const MetricRow& r) {
  return r.role == metrics::Role::metric && r.metric && r.unit.empty() && r.value &&
         (r.kind == units::Kind::latency || r.kind == units::Kind::ttft ||
          r.kind == units::Kind::duration || r.kind == units::Kind::throughput);
}

void unit_of_the_same_figure(MetricRows& rows) {
  std::unordered_map<double, const MetricRow*> written;
  for (const auto& r : rows) {
    if (r.role == metrics::Role::metric && r.value && !r.unit.empty() &&
        significant_digits(r.raw) >= 6)
      written.emplace(*r.value, &r);
  }

  bool learned = false;
  for (auto& r : rows) {
    if (!unitless(r) || significant_digits(r.raw) < 6) continue;
    const auto it = written.find(*r.value);
    if (it == written.end() || it->second->kind != r.kind) continue;
    const std::string unit = it->second->unit, at = it->second->locator;
    in_unit(r, unit);
    if (r.unit == unit) add_note(r, "unit of the same figure at " + at);
    learned = learned || r.unit == unit;
  }
  if (!learned) return;
  // ... and the other figures of that metric in the same record ("p99_end_to_end_latency" beside
  // the median that took ms), where the record gives it one unit.
  std::map<std::pair<std::string_view, std::string_view>, std::string> unit_of;
  for (const auto& r : rows) {
    if (r.role != metrics::Role::metric || !r.metric || r.unit.empty()) continue;
    auto [it, fresh] = unit_of.try_emplace({record_of(r), r.metric->id}, r.unit);
    if (!fresh && it->second != r.unit) it->second = "?";  // units disagree: none
  }
  for (auto& r : rows) {
    if (!unitless(r)) continue;
    const auto it = unit_of.find({record_of(r), r.metric->id});
    if (it == unit_of.end() || it->second == "?") continue;
    const std::string unit = it->second;
    in_unit(r, unit);
    if (r.unit == unit) add_note(r, "unit of the record's other " + std::string(r.metric->id));
  }
}

bool timed(const MetricRow& r) {
  return r.kind == units::Kind::latency || r.kind == units::Kind::duration ||
         r.kind == units::Kind::ttft;
}

bool close_to(double a, double b) {
  return b > 0 && std::abs(a - b) <= 0.01 * b;
}

// One record's tokens, time and rate that fit tokens / time = rate with the time in seconds
// (and the rate in tokens per second) or in milliseconds: the units the record never wrote.
// Returns the time's unit ("s", "ms") once the fit has named the rows' units, or "".
std::string ratio_units(MetricRow& tokens, MetricRow& time, MetricRow& rate) {
  // (A placeholder's value may have gone: a one-token answer's decode time of 0.)
  if (!tokens.value || !time.value || !rate.value) return {};
  const double t = *tokens.value, d = *time.value, r = *rate.value;
  if (t < 2 || d <= 0 || r <= 0) return {};
  std::string time_unit;
  if (!time.unit.empty()) {
    if (!time.normalized || time.normalized_unit != "ms" || !rate.unit.empty()) return {};
    if (!close_to(t / (*time.normalized / 1000.0), r)) return {};
  } else if (!rate.unit.empty()) {
    if (!rate.normalized || rate.normalized_unit != "tok/s") return {};
    time_unit = close_to(d, t / *rate.normalized)            ? "s"
                : close_to(d, 1000.0 * t / *rate.normalized) ? "ms"
                                                             : "";
    if (time_unit.empty()) return {};
  } else {
    time_unit = close_to(t / d, r) ? "s" : close_to(1000.0 * t / d, r) ? "ms" : "";
    if (time_unit.empty()) return {};
  }
  const std::string why = "unit from " + tokens.name + " / " + time.name + " = " + rate.name;
  if (rate.unit.empty()) {
    in_unit(rate, "tok/s");
    add_note(rate, why);
  }
  if (!time_unit.empty()) {
    in_unit(time, time_unit);
    add_note(time, why);
  }
  return time_unit;
}

// "generated_tokens": 1 beside "eval_time_s": 0.0: an answer of one token (or none) has no
// decoding to time, so its decode time of 0 is a placeholder, not a measurement. No value, said
// why.
void untimed_single_token(const std::vector<MetricRow*>& tokens,
                          const std::vector<MetricRow*>& times) {
  const bool single = std::any_of(tokens.begin(), tokens.end(), [](const MetricRow* t) {
    return t->metric->id == "output_tokens" && *t->value <= 1;
  });
  if (!single) return;
  for (MetricRow* d : times) {
    if (d->metric->id != "eval_time" || *d->value != 0) continue;
    d->value.reset();
    d->normalized.reset();
    add_note(*d, "0: nothing timed (at most one token generated), no value");
  }
}

// "| Output Tokens | Time (s) | Throughput (tokens/s) |" of "63,488 | 83.13s | 763.73": a generic
// token rate that is the record's output tokens over its run's duration is its output
// throughput.
void output_over_the_run(const std::vector<MetricRow*>& tokens,
                         const std::vector<MetricRow*>& times,
                         const std::vector<MetricRow*>& rates) {
  // (A run's figures: not one request's rate, a sample, nor a median time of repetitions.)
  for (MetricRow* r : rates) {
    if (r->metric->id != "token_rate" || !r->normalized || r->normalized_unit != "tok/s" ||
        r->statistic == "sample")
      continue;
    for (const MetricRow* t : tokens) {
      if (t->metric->id != "output_tokens" || *t->value < 2) continue;
      for (const MetricRow* d : times) {
        if (d->metric->id != "duration" || d->statistic != "value" || !d->normalized ||
            d->normalized_unit != "ms" || *d->normalized <= 0 ||
            !close_to(*t->value / (*d->normalized / 1000.0), *r->normalized))
          continue;
        set_metric(*r, "output_throughput");
        add_note(*r, t->name + " / " + d->name + ": the run's output throughput");
        return;
      }
    }
  }
}

// "tokens_generated": 743, "total_time": 122.47, "tokens_per_sec": 6.07 with no unit written
// for the time (or the rate): the units that make the three agree, and the record's other times
// without a unit ("ttft": 0.126) in the same unit as its time.
void units_of_a_ratio(MetricRows& rows) {
  // (A unit learned from the requests' ratio holds for the record's nested statistics too:
  // "[0].latency.average" under "[0]", whose "total_time" it fitted.)
  std::vector<std::pair<std::string, std::string>> learned_by_request_ratio;
  std::size_t begin = 0;
  while (begin < rows.size()) {
    const std::string_view record = record_of(rows[begin]);
    std::size_t end = begin + 1;
    while (end < rows.size() && record_of(rows[end]) == record) ++end;
    thread_local std::vector<MetricRow*> tokens, times, rates, requests, request_rates;
    tokens.clear();
    times.clear();
    rates.clear();
    requests.clear();
    request_rates.clear();
    bool open = false;
    for (std::size_t i = begin; i < end; ++i) {
      MetricRow& r = rows[i];
      if (r.role != metrics::Role::metric || !r.metric || !r.value || r.status != RowStatus::ok)
        continue;
      const std::string_view id = r.metric->id;
      if (id == "output_tokens" || id == "input_tokens") tokens.push_back(&r);
      if (timed(r) && r.kind != units::Kind::ttft) times.push_back(&r);
      if (r.kind == units::Kind::throughput && id != "request_throughput") rates.push_back(&r);
      if (id == "requests" && r.statistic == "value") requests.push_back(&r);
      if (id == "request_throughput" && r.statistic == "value") request_rates.push_back(&r);
      open = open || unitless(r);
    }
    untimed_single_token(tokens, times);
    output_over_the_run(tokens, times, rates);
    std::string learned;
    // "successful_requests": 10, "total_time": 38.66, "requests_per_second": 0.2587: the time's
    // unit that makes the three agree (seconds here).
    bool by_requests = false;
    for (std::size_t k = 0; open && k < requests.size(); ++k) {
      const MetricRow* n = requests[k];
      for (MetricRow* d : times) {
        for (MetricRow* q : request_rates) {
          if (!unitless(*d) || !q->normalized || q->normalized_unit != "req/s" || *n->value < 2 ||
              *d->value <= 0 || *q->normalized <= 0)
            continue;
          const double per_second = *n->value / *q->normalized;
          const std::string u = close_to(*d->value, per_second)            ? "s"
                                : close_to(*d->value, 1000.0 * per_second) ? "ms"
                                                                           : "";
          if (!u.empty()) {
            learned = u;
            by_requests = true;
          }
        }
      }
    }
    if (by_requests) learned_by_request_ratio.emplace_back(std::string(record) + ".", learned);
    for (std::size_t k = 0; open && k < tokens.size(); ++k) {
      MetricRow* t = tokens[k];
      for (MetricRow* d : times) {
        for (MetricRow* r : rates) {
          if (!d->unit.empty() && !r->unit.empty()) continue;
          if (auto u = ratio_units(*t, *d, *r); !u.empty()) learned = std::move(u);
        }
      }
    }
    for (std::size_t i = begin; i < end && !learned.empty(); ++i) {
      MetricRow& r = rows[i];
      if (!unitless(r) || !timed(r) || r.status != RowStatus::ok) continue;
      in_unit(r, learned);
      add_note(r, by_requests ? "unit of the record's time that fits its requests and rate"
                              : "unit of the record's time that fits its tokens and rate");
    }
    begin = end;
  }
  for (const auto& [prefix, unit] : learned_by_request_ratio) {
    for (auto& r : rows) {
      if (!unitless(r) || !timed(r) || r.status != RowStatus::ok ||
          !std::string_view(r.locator).starts_with(prefix))
        continue;
      in_unit(r, unit);
      add_note(r, "unit of the record's time that fits its requests and rate");
    }
  }
}

// A field of records in an array ("tests[3].elapsed") with its array indexes left out:
// "tests[].elapsed".
std::string field_of(std::string_view locator) {
  std::string out;
  out.reserve(locator.size());
  for (std::size_t i = 0; i < locator.size(); ++i) {
    out += locator[i];
    if (locator[i] != '[') continue;
    while (i + 1 < locator.size() && std::isdigit(static_cast<unsigned char>(locator[i + 1]))) ++i;
  }
  return out;
}

// A field of a JSON document's array of records ("tests[3].elapsed", "[2].ttft"); not a
// Markdown table's cell ("table[17][4].Value": its tables' columns are no one field).
bool in_records(std::string_view locator) {
  return locator.find("].") != std::string_view::npos && !locator.starts_with("table[") &&
         !locator.starts_with("line[");
}

// "tests[0].elapsed": 28.161 with no unit where the ratio of "tests[1..6]" named theirs
// seconds: one script writes one field of its records in one unit. A unit-less figure takes the
// unit its field has in every other record that has one.
void unit_of_the_same_field(MetricRows& rows) {
  // (Runs for most files: first the metrics that have a unit-less time in a record, no string
  // built for any other row.)
  thread_local std::vector<const metrics::MetricDef*> open;
  open.clear();
  for (const auto& r : rows) {
    if (unitless(r) && timed(r) && in_records(r.locator) &&
        std::find(open.begin(), open.end(), r.metric) == open.end())
      open.push_back(r.metric);
  }
  if (open.empty()) return;
  const auto wanted = [&](const MetricRow& r) {
    return r.role == metrics::Role::metric && r.metric &&
           std::find(open.begin(), open.end(), r.metric) != open.end() && in_records(r.locator);
  };
  std::map<std::pair<std::string, std::string_view>, std::pair<std::string, std::size_t>> unit_of;
  for (const auto& r : rows) {
    if (!wanted(r) || r.unit.empty() || !timed(r)) continue;
    auto [it, fresh] = unit_of.try_emplace({field_of(r.locator), r.metric->id}, r.unit, 0);
    if (!fresh && it->second.first != r.unit) it->second.first = "?";  // units disagree: none
    ++it->second.second;
  }
  if (unit_of.empty()) return;
  for (auto& r : rows) {
    if (!wanted(r) || !unitless(r) || !timed(r)) continue;
    const auto it = unit_of.find({field_of(r.locator), r.metric->id});
    if (it == unit_of.end() || it->second.first == "?" || it->second.second < 2) continue;
    const std::string unit = it->second.first;
    in_unit(r, unit);
    if (r.unit == unit) add_note(r, "unit of the same field in the file's other records");
  }
}

}  // namespace

namespace {

// "throughput_tokens_per_sec": 139.22210233217695 beside "system_output_throughput" of the same
// figure: a rate read as a generic token rate is the output throughput (or decode rate) the file
// names elsewhere with the same many digits.
bool generic_rate(const MetricRow& r) {
  return r.metric && r.metric->id == "token_rate" && r.value && significant_digits(r.raw) >= 6;
}

void rate_of_the_same_figure(MetricRows& rows) {
  std::unordered_map<double, const MetricRow*> named;
  for (const auto& r : rows) {
    if (!r.metric || !r.value || significant_digits(r.raw) < 6) continue;
    const std::string_view id = r.metric->id;
    if (id == "output_throughput" || id == "decode_rate" || id == "total_throughput")
      named.emplace(*r.value, &r);
  }
  for (auto& r : rows) {
    if (!generic_rate(r)) continue;
    const auto it = named.find(*r.value);
    // (Not a figure of the same record: at one request in flight a run's tokens per second and
    // its per-user rate are equal, and still two quantities.)
    if (it == named.end() || it->second->line == r.line) continue;
    const std::string at = it->second->locator;
    set_metric(r, it->second->metric->id);
    add_note(r, "the same figure as " + at);
  }
}

}  // namespace

std::string_view record_of(const MetricRow& r) {
  const std::string_view loc = r.locator;
  // (A JSON document's top-level keys are one record, "". A CSV column named with dots,
  // "utilization.gpu [%]", splits its row: a unit missed, never a wrong one.)
  const auto dot = loc.rfind('.');
  return loc.substr(0, dot == std::string_view::npos ? 0 : dot);
}

namespace {

// "Qwen3-235B-A22B-UD-Q2_K_XL-00001-of-00002.gguf": the first of a model's split GGUF files names
// the model, without its part's number (and its file's extension with it).
void without_split_part(std::string& model) {
  if (model.size() < 16) return;
  std::string_view m = model;
  if (m.ends_with(".gguf")) m.remove_suffix(5);
  const auto of = m.size() >= 15 ? m.size() - 9 : std::string_view::npos;  // "-of-00002"
  if (of == std::string_view::npos || m.substr(of, 4) != "-of-" || m[of - 6] != '-') return;
  const auto digits = [](std::string_view d) {
    return d.find_first_not_of("0123456789") == std::string_view::npos;
  };
  if (!digits(m.substr(of - 5, 5)) || !digits(m.substr(of + 4))) return;
  model.resize(of - 6);
}

}  // namespace

// "| Concurrency | TPS |" of 213.5 at 1 and 2,413.3 at 32: a generic token rate of one column that
// grows with the requests in flight (twice or more over four times the load) is the run's
// aggregate (a request's own rate falls as the load rises): the output throughput.
// "| Steady-State Latency (ms) | 12.20 |" beside "| Average Throughput (tok/s) | 82.0 |" in one
// column of a table: a latency that is the rate's inverse (1000 / 82 = 12.2 ms) is the time per
// output token, no request's whole time.
void latencies_per_token(MetricRows& rows) {
  static const metrics::MetricDef* const kE2e = metrics::find_metric("e2e_latency");
  const auto column_of = [](std::string_view loc) -> std::string {
    if (!loc.starts_with("table[")) return {};
    const auto first = loc.find(']');
    const auto second = loc.find(']', first + 1);
    if (first == std::string_view::npos || second == std::string_view::npos) return {};
    return std::string(loc.substr(0, first + 1)) + std::string(loc.substr(second + 1));
  };
  std::map<std::string, std::vector<std::size_t>> latencies, rates;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const MetricRow& r = rows[i];
    if (!r.metric || !r.normalized || r.status != RowStatus::ok || r.role != metrics::Role::metric)
      continue;
    const bool latency = r.metric == kE2e && r.normalized_unit == "ms" &&
                         (r.statistic == "value" || r.statistic == "mean");
    const bool rate = r.metric->kind == units::Kind::throughput && r.normalized_unit == "tok/s" &&
                      (r.statistic == "value" || r.statistic == "mean");
    if (!latency && !rate) continue;
    std::string column = column_of(r.locator);
    if (column.empty()) continue;
    (latency ? latencies : rates)[std::move(column)].push_back(i);
  }
  for (const auto& [column, lats] : latencies) {
    const auto it = rates.find(column);
    if (it == rates.end() || it->second.size() != 1 || lats.size() != 1) continue;
    MetricRow& lat = rows[lats.front()];
    const double rate = *rows[it->second.front()].normalized;
    if (rate <= 0 || std::abs(*lat.normalized * rate / 1000.0 - 1.0) > 0.03) continue;
    set_metric(lat, "tpot");
    add_note(lat, "the inverse of " + rows[it->second.front()].name + ": a time per output token");
  }
}

void rates_that_grow_with_the_load(MetricRows& rows) {
  static const metrics::MetricDef* const kTokenRate = metrics::find_metric("token_rate");
  // The column a row's figure is in: its locator without the row's index ("table[0][3].TPS"
  // -> "table[0].TPS", "[3].tok_s" -> ".tok_s").
  const auto column_of = [](std::string_view loc) -> std::string {
    if (loc.starts_with("table[")) {
      const auto first = loc.find(']');
      const auto second = loc.find(']', first + 1);
      if (first == std::string_view::npos || second == std::string_view::npos) return {};
      return std::string(loc.substr(0, first + 1)) + std::string(loc.substr(second + 1));
    }
    if (loc.starts_with('[')) {
      const auto first = loc.find(']');
      return first == std::string_view::npos ? std::string() : std::string(loc.substr(first + 1));
    }
    return {};
  };
  struct Level {
    double load, rate;
  };
  std::map<std::string, std::vector<std::pair<Level, std::size_t>>> columns;
  std::map<std::string, std::vector<std::size_t>> by_column;  // every group's rows, by column
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const MetricRow& r = rows[i];
    if (r.metric != kTokenRate || !r.normalized || r.status != RowStatus::ok ||
        (r.statistic != "value" && r.statistic != "mean" && r.statistic != "sample"))
      continue;
    const auto load = numeric::parse_cell(r.context.concurrency);
    if (!load || !load->suffix.empty() || load->value < 1) continue;
    std::string column = column_of(r.locator);
    if (column.empty()) continue;
    by_column[column + '\x1f' + r.context.test].push_back(i);
    // (One model's, GPU's, engine's and set-up's rows: not 70B at 1 beside 8B at 8.)
    const Context& c = r.context;
    column += '\x1f' + c.model + '\x1f' + c.gpu + '\x1f' + c.backend + '\x1f' + c.config + '\x1f' +
              c.quantization + '\x1f' + c.test;
    columns[std::move(column)].push_back({{load->value, *r.normalized}, i});
  }
  for (auto& [column, levels] : columns) {
    if (levels.size() < 3) continue;
    std::sort(levels.begin(), levels.end(),
              [](const auto& a, const auto& b) { return a.first.load < b.first.load; });
    const auto& low = levels.front();
    const auto& high = levels.back();
    if (high.first.load < 4 * low.first.load || !(high.first.rate >= 2 * low.first.rate)) continue;
    // (It grows, or holds, at every step of the load: a saturated one may hold.)
    bool grows = true;
    for (std::size_t k = 1; k < levels.size() && grows; ++k)
      grows = levels[k].first.load == levels[k - 1].first.load ||
              levels[k].first.rate >= 0.9 * levels[k - 1].first.rate;
    if (!grows) continue;
    for (const auto& [level, i] : levels) {
      set_metric(rows[i], "output_throughput");
      add_note(rows[i], "the column's rate grows with the requests in flight: the run's aggregate");
    }
  }
  // ... and the same column's other set-ups ("runtime=ollama" beside "runtime=vllm"), whose
  // rates may level off sooner: one column, one quantity.
  for (const auto& [column, members] : by_column) {
    const bool aggregate = std::any_of(members.begin(), members.end(), [&](std::size_t i) {
      return rows[i].metric && rows[i].metric->id == "output_throughput";
    });
    if (!aggregate) continue;
    for (const std::size_t i : members) {
      // (Not a row that says it is one request's: "per_request", "per user".)
      const MetricRow& r = rows[i];
      if (r.metric != kTokenRate) continue;
      const std::string said = r.context.config + " " + r.note + " " + r.name;
      if (text::icontains(said, "per request") || text::icontains(said, "per_request") ||
          text::icontains(said, "per user") || text::icontains(said, "per_user"))
        continue;
      set_metric(rows[i], "output_throughput");
      add_note(rows[i],
               "the column's rate grows with the requests in flight in another set-up's "
               "rows: the run's aggregate");
    }
  }
}

// The record part of a table row's locator ("[5].", "table[0][5]."), or "" for another's.
std::string_view record_of(std::string_view locator) {
  const auto end = locator.find("].");
  if (end == std::string_view::npos || locator.find("].", end + 2) != std::string_view::npos)
    return {};
  const std::string_view head = locator.substr(0, end + 2);
  return head.starts_with('[') || head.starts_with("table[") ? head : std::string_view();
}

// A table's run that completed no request ("requests" 0 beside a total time of 0.0 and rates
// of "None", no figure other than 0): its other figures are placeholders, the run failed (its
// count of 0 stays).
void records_without_requests(MetricRows& rows) {
  std::vector<std::string_view> empty;
  for (const auto& r : rows) {
    if (r.role == metrics::Role::metric && r.metric && r.metric->id == "requests" && r.value &&
        *r.value == 0 && r.status == RowStatus::ok && !record_of(r.locator).empty())
      empty.push_back(record_of(r.locator));
  }
  if (empty.empty()) return;
  // (Only a record whose other figures are all 0 or absent: a "Queued requests" of 0 beside a
  // TTFT measured is no empty run.)
  for (const auto& r : rows) {
    if (r.role != metrics::Role::metric || !r.metric || r.metric->id == "requests" ||
        r.metric->id == "failed_requests" || !r.value || *r.value == 0)
      continue;
    const std::string_view record = record_of(r.locator);
    empty.erase(std::remove(empty.begin(), empty.end(), record), empty.end());
  }
  if (empty.empty()) return;
  for (auto& r : rows) {
    if (r.role != metrics::Role::metric || !r.metric || r.metric->id == "requests" ||
        r.metric->id == "failed_requests" || r.status != RowStatus::ok)
      continue;
    const std::string_view record = record_of(r.locator);
    if (!record.empty() && std::find(empty.begin(), empty.end(), record) != empty.end())
      mark_failed(r, "the run completed no request: its figures are placeholders");
  }
}

void utilisations_in_percent(MetricRows& rows);

// A figure whose metric has one unit, written without it: a decode or prefill rate in tokens per
// second ("generation_speed" 87.09); utilisations in percent where their field's run above 1
// (utilisations_in_percent; one of 1 or less alone may be a fraction, left as written).
// (Not a rate beside its record's tokens and time, which did not give it: "eval_rate" 12.0
// where 469 tokens took 10.4 s is no rate in tokens per second.)
void units_the_metric_implies(MetricRows& rows) {
  std::vector<std::string_view> timed_records;  // records with a token count and a time
  bool open = false;
  for (const auto& r : rows) {
    if (r.role != metrics::Role::metric || !r.metric || !r.value) continue;
    const std::string_view id = r.metric->id;
    open = open || (r.unit.empty() && (id == "decode_rate" || id == "prompt_eval_rate" ||
                                       r.metric->kind == units::Kind::utilization));
    if (id == "output_tokens" || id == "input_tokens") timed_records.push_back(record_of(r));
  }
  if (!open) return;
  std::sort(timed_records.begin(), timed_records.end());
  for (auto& r : rows) {
    if (r.role != metrics::Role::metric || !r.metric || !r.unit.empty() || !r.value ||
        r.statistic == "cv" || r.statistic == "count" || r.statistic == "delta")
      continue;
    const std::string_view id = r.metric->id;
    // (Not a relative speed, "relative_decode_speed" 1.35.)
    if ((id == "decode_rate" || id == "prompt_eval_rate") && !text::icontains(r.name, "relative") &&
        !text::icontains(r.name, "ratio") && !text::icontains(r.name, "speedup") &&
        !text::icontains(r.name, "norm") &&
        !std::binary_search(timed_records.begin(), timed_records.end(), record_of(r))) {
      set_unit(r, "tok/s");
      add_note(r, "unit tok/s: a rate of tokens per second by definition");
    }
  }
  utilisations_in_percent(rows);
}

// A field's unit-less utilisations of which some are above 5 and none above 100 ("util_avg"
// 97.46, "utilization_gpu" 0, 12, 93): percentages, all of that field.
void utilisations_in_percent(MetricRows& rows) {
  const auto wanted = [](const MetricRow& r) {
    if (r.role != metrics::Role::metric || !r.metric || !r.unit.empty() || !r.value ||
        r.statistic == "cv" || r.statistic == "count" || r.statistic == "delta")
      return false;
    const std::string_view id = r.metric->id;
    return id == "gpu_utilization" || id == "cpu_utilization" || id == "utilization";
  };
  std::map<std::string, std::pair<bool, bool>> fields;  // above 1, above 100
  for (const auto& r : rows) {
    if (!wanted(r)) continue;
    auto& [above_one, above_hundred] = fields[field_of(r.locator)];
    above_one = above_one || *r.value > 5;  // (not a fraction's rounding, 1.07)
    above_hundred = above_hundred || *r.value > 100 || *r.value < 0;
  }
  if (fields.empty()) return;
  for (auto& r : rows) {
    if (!wanted(r)) continue;
    const auto& [above_one, above_hundred] = fields[field_of(r.locator)];
    if (!above_one || above_hundred) continue;
    set_unit(r, "%");
    add_note(r, "unit %: its field's utilisations run above 5, percentages");
  }
}

// "acc": 6645.0 beside a speculative decoder's "drafts": 2940.0: no accuracy (a share, at most 1
// or 100 %), a count of something accepted; its name says no more.
void no_accuracy_above_its_whole(MetricRow& r) {
  if (!r.metric || r.metric->id != "quality" || !r.unit.empty() || !r.value || *r.value <= 100 ||
      r.role != metrics::Role::metric)
    return;
  const std::string low = text::to_lower(r.name);
  if (low != "acc" && low != "accuracy" && low != "accepted" && low != "acc_count") return;
  unname_metric(r, false);
  add_note(r, "no accuracy: above 100, a count (of tokens accepted?), not a share");
}

void finalize_rows(MetricRows& rows) {
  latency_over_all_tokens(rows);
  // "/Users/kris/models/qwen3.6-27b-bf16.gguf" as a model (a script's "Model:" line): the GGUF's
  // name, "qwen3.6-27b-bf16".
  for (auto& r : rows) {
    std::string& model = r.context.model;
    if (model.size() > 5 &&
        text::iequals(std::string_view(model).substr(model.size() - 5), ".gguf"))
      model = model_of_path(model);
  }
  // (One look over the rows for all: most files have none.)
  bool without_unit = false, generic = false, untimed = false, token_rate = false,
       output_tokens = false, run_time = false, e2e = false, no_requests = false, implied = false;
  for (const auto& r : rows) {
    if (r.metric && r.value && r.role == metrics::Role::metric) {
      no_requests = no_requests || (*r.value == 0 && r.metric->id == "requests");
      implied = implied || (r.unit.empty() && (r.metric->kind == units::Kind::utilization ||
                                               r.metric->kind == units::Kind::throughput));
    }
    without_unit = without_unit || unitless(r);
    generic = generic || generic_rate(r);
    untimed = untimed || (r.metric && r.metric->id == "eval_time" && r.value && *r.value == 0);
    token_rate = token_rate || (r.metric && r.metric->id == "token_rate");
    e2e = e2e || (r.metric && r.metric->id == "e2e_latency");
    output_tokens = output_tokens || (r.metric && r.metric->id == "output_tokens");
    run_time = run_time || (r.metric && r.metric->id == "duration" && r.statistic == "value");
    if (without_unit && generic && untimed && token_rate && output_tokens && run_time && e2e &&
        no_requests && implied)
      break;
  }
  if (no_requests) records_without_requests(rows);
  if (token_rate) rates_that_grow_with_the_load(rows);
  if (token_rate && e2e) latencies_per_token(rows);
  if (without_unit) unit_of_the_same_figure(rows);
  // (The ratio pass groups the rows by record: only where something may come of it.)
  if (without_unit || untimed || (token_rate && output_tokens && run_time)) units_of_a_ratio(rows);
  if (without_unit) unit_of_the_same_field(rows);
  if (generic) rate_of_the_same_figure(rows);
  spread_of_its_sibling(rows);
  if (implied) units_the_metric_implies(rows);
  std::string last_model, last_quant;
  for (auto& r : rows) {
    torch_dtype_as_precision(r.context.quantization);
    // "time_to_first_token.count": how many samples, not milliseconds.
    if (r.role == metrics::Role::metric && r.statistic == "count" && r.unit != "count" &&
        r.unit != "%") {
      r.unit = "count";
      renormalize(r);
    }
    minus_one_placeholder(r);
    no_accuracy_above_its_whole(r);
    without_split_part(r.context.model);
  }
  for (auto& r : rows) {
    if (!r.context.quantization.empty() || r.context.model.empty()) continue;
    if (r.context.model != last_model) {
      last_model = r.context.model;
      last_quant = quantization_in(last_model);
    }
    r.context.quantization = last_quant;
  }
}

void take_rows(MetricRows& into, MetricRows& part, std::string_view prefix,
               std::string_view key_sep, const std::function<std::size_t(std::size_t)>& line_of) {
  for (auto& row : part) {
    std::string locator(prefix);
    if (!row.locator.starts_with('[')) locator += key_sep;
    row.locator.insert(0, locator);
    row.line = line_of(row.line);
    into.push_back(std::move(row));
  }
}

void take_text_cells(FileResult& into, const FileResult& part,
                     const std::function<std::size_t(std::size_t)>& line_of) {
  into.text_cells += part.text_cells;
  const std::string& e = part.text_cell_example;  // "line 3: '13/18'"
  if (!into.text_cell_example.empty() || !e.starts_with("line ")) return;
  const std::size_t colon = e.find(':');
  std::size_t line = 0;
  for (std::size_t i = 5; i < colon && i < e.size(); ++i) line = line * 10 + (e[i] - '0');
  into.text_cell_example = "line " + std::to_string(line_of(line)) + e.substr(colon);
}

void add_warning(std::vector<std::string>& warnings, std::string text, std::size_t limit) {
  if (warnings.size() < limit) {
    warnings.push_back(std::move(text));
    return;
  }
  static constexpr std::string_view kMore = "further warnings not listed: ";
  if (warnings.size() == limit) {
    warnings.push_back(std::string(kMore) + "1");
    return;
  }
  auto& last = warnings.back();
  const auto n = std::stoull(last.substr(kMore.size()));
  last = std::string(kMore) + std::to_string(n + 1);
}

}  // namespace chimera::ingest::detail
