#include "markdown_context.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "chimera/core/text.hpp"
#include "chimera/metrics/registry.hpp"
#include "row_builder.hpp"
#include "table_row.hpp"

namespace chimera::ingest::detail {

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  for (const char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '.') {
      cur += c;
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

namespace {

// "baseline" or "tuned" for a word naming one side of a baseline-against-tuned comparison.
std::string_view family_of(std::string_view word) {
  const std::string w = text::to_lower(word);
  if (w == "baseline") return "baseline";
  if (w == "chimera" || w == "optimized" || w == "optimised" || w == "tuned" || w == "best")
    return "tuned";
  return {};
}

bool is_section_number(const std::string& w) {
  for (const char c : w) {
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != '.') return false;
  }
  return true;
}

}  // namespace

std::string_view variant_family(std::string_view word) {
  return family_of(word);
}

std::string variant_word(std::string_view text) {
  // Runs for every column of every table: most headers begin with a letter no variant word does.
  const auto letter = std::find_if(
      text.begin(), text.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
  if (letter == text.end()) return {};
  const char lead = static_cast<char>(std::tolower(static_cast<unsigned char>(*letter)));
  if (lead != 'b' && lead != 'c' && lead != 'o' && lead != 't') return {};
  const auto words = words_of(text);
  std::size_t first = 0;
  while (first < words.size() && is_section_number(words[first])) ++first;
  if (first == words.size()) return {};
  const std::string_view family = family_of(words[first]);
  if (family.empty()) return {};
  // "Best (experiment 21)" beside "Baseline (experiment 1)": the best run found, tuned; not
  // "Best" alone or "Best Δ (%)", a statistic of the figures.
  if (text::iequals(words[first], "best")) {
    // ("Best (trial 3)" of five trials of one set-up: the best trial, a statistic.)
    static constexpr std::string_view kRuns[] = {"experiment", "config", "configuration",
                                                 "settings", "parameters"};
    if (first + 1 >= words.size() ||
        std::none_of(std::begin(kRuns), std::end(kRuns),
                     [&](std::string_view r) { return text::iequals(words[first + 1], r); }))
      return {};
  }
  for (std::size_t i = first + 1; i < words.size(); ++i) {
    const auto f = family_of(words[i]);
    if (!f.empty() && f != family) return {};  // "Baseline vs Chimera"
  }
  return words[first];
}

std::string variant_mentioned(std::string_view text) {
  std::string found;
  for (const auto& w : words_of(text)) {
    const auto f = family_of(w);
    if (f.empty()) continue;
    if (!found.empty() && family_of(found) != f) return {};  // "Baseline vs Chimera"
    if (found.empty()) found = w;
  }
  return found;
}

namespace {

// "256 tok", "1K tokens", "4096 ctx": a column of one sequence length, as "tokens=256".
std::string length_label(std::string_view header) {
  const auto words = words_of(text::to_lower(header));
  if (words.size() != 2) return {};
  static constexpr std::string_view kUnits[] = {"tok", "toks", "token", "tokens", "ctx"};
  if (std::find(std::begin(kUnits), std::end(kUnits), words[1]) == std::end(kUnits)) return {};
  std::string n = words[0];
  if (n.size() > 1 && n.back() == 'k') n.pop_back();
  if (n.empty() || !std::all_of(n.begin(), n.end(),
                                [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return {};
  const bool thousands = n.size() != words[0].size();
  return (words[1] == "ctx" ? "ctx=" : "tokens=") + n + (thousands ? "K" : "");
}

}  // namespace

std::string header_labels(std::string_view header) {
  if (auto length = length_label(header); !length.empty()) return length;
  std::string out;
  std::size_t i = 0;
  while (i < header.size()) {
    while (i < header.size() && header[i] == ' ') ++i;
    std::size_t j = i;
    while (j < header.size() && header[j] != ' ') ++j;
    std::string_view w = header.substr(i, j - i);
    if (w.size() > 2 && w.front() == '(' && w.back() == ')')
      w = w.substr(1, w.size() - 2);  // "(N=270)"
    // "(N=270, 30 reps)", "(CTX=2048, GPU=80)": words in brackets, without comma or bracket.
    if (w.size() > 2 && w.front() == '(' && w.find(')') == std::string_view::npos &&
        (w.back() == ',' || w.back() == ';'))
      w = w.substr(1, w.size() - 2);
    if (w.size() > 1 && w.back() == ')' && w.find('(') == std::string_view::npos)
      w.remove_suffix(1);
    const auto eq = w.find('=');
    const bool parenthesized = header.substr(i, j - i).size() > w.size();
    // "(N=270)", "(ctx=1024)"; a configuration's id in brackets: "Python (G80/C2048/T1.0)"; and
    // the study the column's figures come from: "Python (TR110)".
    if ((eq != std::string_view::npos && eq > 0 && eq + 1 < w.size() && w.size() <= 24) ||
        (parenthesized && w.size() <= 40 && (spells_settings(w) || !source_id_in(w).empty())))
      out += (out.empty() ? "" : " ") + std::string(w);
    i = j;
  }
  return out;
}

namespace {

// lm-eval's task names: "arc_easy", "arc_challenge", "arc-e".
bool names_arc_task(std::string_view header) {
  const std::string low = text::to_lower(header);
  for (const std::string_view t : {"arc_easy", "arc_challenge", "arc-easy", "arc-challenge",
                                   "arc-e", "arc-c", "arc_e", "arc_c"})
    if (low.find(t) != std::string::npos) return true;
  return false;
}

}  // namespace

std::string benchmark_in(std::string_view header) {
  static constexpr std::string_view kBenchmarks[] = {
      "mmlu",       "hellaswag",      "arc",          "gsm8k",   "humaneval", "mbpp", "truthfulqa",
      "winogrande", "advbench",       "bbq",          "toxigen", "harmbench", "piqa", "boolq",
      "openbookqa", "ifeval",         "alpacaeval",   "mtbench", "bigbench",  "drop", "squad",
      "jailbreak",  "jailbreakbench", "strongreject", "xstest",  "gpqa",      "bbh",  "lambada",
      "sciq"};
  for (const auto& w : words_of(text::to_lower(header))) {
    for (const auto b : kBenchmarks) {
      if (w != b) continue;
      // "drop" and "arc" are also words ("Drop N=2->3", "Worst Drop"): the benchmarks as their
      // authors write them, DROP and ARC.
      if ((b == "drop" || b == "arc") &&
          header.find(b == "drop" ? "DROP" : "ARC") == std::string_view::npos &&
          !(b == "arc" && (names_arc_task(header) || text::iequals(text::trim(header), "arc"))))
        continue;
      return w;
    }
  }
  return {};
}

std::string source_id_in(std::string_view header) {
  header = text::trim(header);
  const auto paren = header.find(" (");
  if (paren != std::string_view::npos && header.back() == ')') header = header.substr(0, paren);
  std::size_t i = 0;
  while (i < header.size() && std::isalpha(static_cast<unsigned char>(header[i]))) ++i;
  const std::size_t letters = i;
  if (i < header.size() && (header[i] == '-' || header[i] == '_')) ++i;
  const std::size_t digits_from = i;
  while (i < header.size() && std::isdigit(static_cast<unsigned char>(header[i]))) ++i;
  const std::size_t digits = i - digits_from;
  // "TR114_v2", "TR118-v2.1", "TR114v2": a revision of the study.
  const bool joined = i < header.size() && (header[i] == 'v' || header[i] == 'V');
  if (joined || (i + 1 < header.size() && (header[i] == '_' || header[i] == '-') &&
                 (header[i + 1] == 'v' || header[i + 1] == 'V'))) {
    std::size_t j = i + (joined ? 1 : 2);
    while (j < header.size() &&
           (std::isdigit(static_cast<unsigned char>(header[j])) || header[j] == '.'))
      ++j;
    if (j > i + (joined ? 1 : 2)) i = j;
  }
  if (i != header.size() || letters < 2 || letters > 5 || digits < 2 || digits > 4) return {};
  if (!detail::quantization_in(header).empty()) return {};  // "FP16", "INT8"
  return std::string(header);
}

std::string reference_scenario_in(std::string_view text) {
  std::string low = text::to_lower(text);
  std::replace(low.begin(), low.end(), '-', '_');
  std::replace(low.begin(), low.end(), ' ', '_');
  for (const std::string_view s : {"baseline_vs_chimera", "chimera_hetero", "chimera_homo"}) {
    const auto at = low.find(s);
    if (at == std::string::npos) continue;
    const auto end = at + s.size();
    const bool word_end = end == low.size() || !std::isalnum(static_cast<unsigned char>(low[end]));
    const bool word_start = at == 0 || !std::isalnum(static_cast<unsigned char>(low[at - 1]));
    if (word_start && word_end) return std::string(s);
  }
  return {};
}

std::string leading_study_id(std::string_view header) {
  header = text::trim(header);
  const auto space = header.find(' ');
  if (space == std::string_view::npos) return {};
  const std::string_view word = header.substr(0, space);
  std::size_t letters = 0;
  while (letters < word.size() && word[letters] >= 'A' && word[letters] <= 'Z') ++letters;
  // Upper-case letters then digits, not a device or setting ("RTX4080", "GPU80", "NP4").
  static constexpr std::string_view kNotStudies[] = {"GPU", "CPU", "RTX", "GTX", "CTX", "NP",
                                                     "BS",  "TP",  "PP",  "TG",  "QPS", "RPS"};
  const std::string_view head = word.substr(0, letters);
  if (letters < 2 ||
      std::find(std::begin(kNotStudies), std::end(kNotStudies), head) != std::end(kNotStudies))
    return {};
  std::string id = source_id_in(word);
  // "TR111 v2 (Rust)", "TR142 v2": the study's revision is part of its name.
  const std::string_view rest = header.substr(space + 1);
  std::size_t end = 0;
  while (end < rest.size() && rest[end] != ' ' && rest[end] != '(') ++end;
  const std::string_view next = rest.substr(0, end);
  if (!id.empty() && next.size() >= 2 && (next[0] == 'v' || next[0] == 'V') &&
      std::all_of(next.begin() + 1, next.end(),
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.'; }))
    id += " " + std::string(next);
  return id;
}

std::string phase_in(std::string_view header) {
  const auto words = words_of(text::trim(header));
  if (words.size() < 2) return {};
  const std::string low = text::to_lower(words[0]);
  if (low != "phase" && low != "stage" && low != "round" && low != "wave") return {};
  const std::string& n = words[1];
  if (n.empty() || n.size() > 3 || !std::all_of(n.begin(), n.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0;
      }))
    return {};
  return words[0] + " " + n;
}

std::string agents_in(std::string_view header) {
  const std::string low = text::to_lower(text::trim(header));
  // "Total tok/s at N=8", "eta at N=8", "Total TPS at N=8 (1B model)": the figure at 8 agents.
  if (const auto at = low.rfind(" at n="); at != std::string::npos) {
    const std::string_view rest = std::string_view(low).substr(at + 6);
    std::size_t digits = 0;
    while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') ++digits;
    const std::string_view after = rest.substr(digits);
    if (digits > 0 && digits <= 4 && (after.empty() || after.substr(0, 2) == " ("))
      return std::string(rest.substr(0, digits));
  }
  for (const std::string_view head : {"eta(", "\xCE\xB7("}) {  // η
    // "eta(8)", "Predicted eta(8)": at the start or after a word.
    const auto at = low.find(head);
    if (at == std::string::npos || (at > 0 && low[at - 1] != ' ') || low.back() != ')') continue;
    std::string inner = low.substr(at + head.size(), low.size() - at - head.size() - 1);
    if (!inner.empty() && inner.size() <= 4 &&
        std::all_of(inner.begin(), inner.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return inner;
  }
  return {};
}

std::string rate_in_text(std::string_view text) {
  // "QPS=1", "rps=4", "request_rate=8": the rate named before its figure.
  if (text.size() <= 200 && text.find('=') != std::string_view::npos)
    for (const std::string_view key : {"qps=", "rps=", "request_rate=", "QPS=", "RPS="})
      if (const auto at = text.find(key); at != std::string_view::npos) {
        std::string_view v = text.substr(at + key.size());
        v = v.substr(0, v.find_first_not_of("0123456789."));
        if (!v.empty() && std::isdigit(static_cast<unsigned char>(v[0])) &&
            (at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]))))
          return std::string(v);
      }
  // (Runs for every column header: most hold no digit, and no rate.)
  if (text.size() > 200 || text.find_first_of("0123456789") == std::string_view::npos) return {};
  const std::string low = text::to_lower(text);
  if (low.find("rps") == std::string::npos && low.find("qps") == std::string::npos &&
      low.find("req/s") == std::string::npos && low.find("requests/s") == std::string::npos &&
      low.find("requests per second") == std::string::npos)
    return {};
  std::string found;
  for (std::size_t i = 0; i < low.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(low[i])) ||
        (i > 0 && (std::isalnum(static_cast<unsigned char>(low[i - 1])) || low[i - 1] == '.')))
      continue;
    std::size_t j = i;
    while (j < low.size() && (std::isdigit(static_cast<unsigned char>(low[j])) || low[j] == '.'))
      ++j;
    std::string figure = low.substr(i, j - i);
    while (!figure.empty() && figure.back() == '.') figure.pop_back();
    std::size_t k = j;
    while (k < low.size() && low[k] == ' ') ++k;
    const std::string_view rest = std::string_view(low).substr(k);
    bool rate = false;
    for (const std::string_view unit : {"rps", "qps", "req/s", "requests/s", "requests per second"})
      rate = rate || (rest.starts_with(unit) &&
                      (rest.size() == unit.size() ||
                       !std::isalnum(static_cast<unsigned char>(rest[unit.size()]))));
    // (A load the figures were measured at: "at 0.37 rps", "@ 2 req/s", "(8.53 rps)", "rate 4
    // rps"; not a result, "peaks at 12.1 rps", "Throughput: 8.5 rps", nor "up to 10 rps".)
    std::size_t b = i;
    while (b > 0 && low[b - 1] == ' ') --b;
    const std::string_view before = std::string_view(low).substr(0, b);
    const bool at_load =
        (before.ends_with(" at") || before == "at" || before.ends_with("@") ||
         before.ends_with("(") || before.ends_with("rate") || before.ends_with("=")) &&
        !before.ends_with("peaks at") && !before.ends_with("peak at") &&
        !before.ends_with("up to") && !before.ends_with("max at");
    i = j;
    if (!rate || figure.empty() || !at_load) continue;
    if (!found.empty() && found != figure) return {};
    found = std::move(figure);
  }
  return found;
}

std::string in_flight_in(std::string_view label) {
  if (label.find_first_of("0123456789") == std::string_view::npos) return {};  // (most labels)
  // Words of letters or of digits ("1K ctx / 2 req" -> 1, K, ctx, 2, req), as views.
  std::array<std::string_view, 16> words{};
  std::size_t count = 0;
  for (std::size_t i = 0; i < label.size() && count < words.size();) {
    const bool digit = std::isdigit(static_cast<unsigned char>(label[i])) != 0;
    const bool alpha = std::isalpha(static_cast<unsigned char>(label[i])) != 0;
    if (!digit && !alpha) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < label.size() && (digit ? std::isdigit(static_cast<unsigned char>(label[j])) != 0
                                      : std::isalpha(static_cast<unsigned char>(label[j])) != 0))
      ++j;
    words[count++] = label.substr(i, j - i);
    i = j;
  }
  static constexpr std::string_view kInFlight[] = {"req",        "reqs",    "request", "requests",
                                                   "concurrent", "user",    "users",   "parallel",
                                                   "stream",     "streams", "clients"};
  const auto one_of = [](std::string_view w) {
    return std::any_of(std::begin(kInFlight), std::end(kInFlight),
                       [&](std::string_view k) { return text::iequals(w, k); });
  };
  for (std::size_t i = 0; i + 1 < count; ++i) {
    const std::string_view w = words[i];
    if (w.size() > 5 || !std::isdigit(static_cast<unsigned char>(w[0])) || !one_of(words[i + 1]))
      continue;
    // ("2 req/s" is a rate: no requests in flight.)
    if (i + 2 < count && (text::iequals(words[i + 2], "s") || text::iequals(words[i + 2], "sec")))
      continue;
    // ("Runs with 0 requests": a count of runs, no load.)
    if (w.find_first_not_of('0') == std::string_view::npos ||
        (i > 0 && (text::iequals(words[i - 1], "with") || text::iequals(words[i - 1], "of") ||
                   text::iequals(words[i - 1], "than") || text::iequals(words[i - 1], "over"))))
      continue;
    return std::string(w);
  }
  // "TPS @ c=50", "TTFT avg (c=1)", "conc=8": the concurrency written as a setting.
  for (const std::string_view key : {"c=", "conc=", "concurrency="}) {
    for (auto at = label.find(key); at != std::string_view::npos; at = label.find(key, at + 1)) {
      if (at > 0 && std::isalnum(static_cast<unsigned char>(label[at - 1]))) continue;
      std::string n;
      for (std::size_t i = at + key.size(); i < label.size(); ++i) {
        if (std::isdigit(static_cast<unsigned char>(label[i]))) {
          n += label[i];
        } else if (label[i] != ',' || i + 1 >= label.size() ||
                   !std::isdigit(static_cast<unsigned char>(label[i + 1]))) {
          break;
        }
      }
      if (!n.empty() && n.size() <= 6) return n;
    }
  }
  // "TPS@4", "QPS@4", "FTL@1", "Throughput @ 8": a rate's or a latency's figure at N requests
  // in flight. (Not "pass@1", "Recall@10", "Acc@5": an evaluation's k, no load.)
  if (const auto at = label.rfind('@'); at != std::string_view::npos && at > 0) {
    const std::string_view n = text::trim(label.substr(at + 1));
    const bool whole = !n.empty() && n.size() <= 5 && std::all_of(n.begin(), n.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
    if (whole) {
      const auto& c = classify_cached(text::trim(label.substr(0, at)));
      const auto k = c.metric ? c.metric->kind : c.kind;
      if (c.role == metrics::Role::metric &&
          (k == units::Kind::throughput || k == units::Kind::latency || k == units::Kind::ttft))
        return std::string(n);
    }
  }
  // llama-benchy's "(c4)": the load of its row, in brackets, lower case.
  if (const auto open = label.rfind("(c"); open != std::string_view::npos && label.back() == ')') {
    const std::string_view n = label.substr(open + 2, label.size() - open - 3);
    if (!n.empty() && n.size() <= 5 && std::all_of(n.begin(), n.end(), [](char c) {
          return std::isdigit(static_cast<unsigned char>(c)) != 0;
        }))
      return std::string(n);
  }
  return {};
}

namespace {

// The version written right after an engine's name at `from` ("2.8", "v0.6.3", "b4589"), when
// nothing after it makes the number a figure ("PyTorch 4.9 pp worse", "vLLM 2.25x").
std::string_view version_after(std::string_view header, std::size_t from) {
  while (from < header.size() && header[from] == ' ') ++from;
  std::size_t to = from;
  while (to < header.size() && header[to] != ' ' && header[to] != ')' && header[to] != ',') ++to;
  const std::string_view w = header.substr(from, to - from);
  const auto digits = [](std::string_view d) {
    return !d.empty() &&
           std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  bool version = false;
  if (w.size() >= 4 && w[0] == 'b' && digits(w.substr(1))) {  // llama.cpp's build number
    version = true;
  } else {
    std::string_view v = w.substr(!w.empty() && (w[0] == 'v' || w[0] == 'V') ? 1 : 0);
    std::size_t parts = 0;
    while (!v.empty()) {
      const auto dot = v.find('.');
      const std::string_view part = v.substr(0, dot);
      if (!digits(part) && !(parts > 0 && part == "x")) return {};  // "2.x" is a version too
      ++parts;
      v = dot == std::string_view::npos ? std::string_view() : v.substr(dot + 1);
      if (dot != std::string_view::npos && v.empty()) return {};
    }
    version = parts >= 2;
  }
  if (!version) return {};
  const std::string rest = " " + text::to_lower(header.substr(to)) + " ";
  for (const std::string_view figure : {" pp", "%", "\xC3\x97", " faster", " slower", " worse",
                                        " better", " higher", " lower", " speedup"}) {
    if (rest.find(figure) != std::string::npos) return {};
  }
  return w;
}

}  // namespace

namespace {

// "Vulkan RADV", "ROCm 7.2 HIP", "AMDVLK", "CUDA": a header that is only llama.cpp's compute
// backends (and their versions) names the backend its figures ran on; "" otherwise.
std::string gpu_backend_header(std::string_view header) {
  static constexpr std::string_view kBackends[] = {
      "vulkan", "rocm", "cuda",   "metal", "sycl", "radv",
      "amdvlk", "hip",  "opencl", "musa",  "dx12"};  // (DirectML's DirectX 12, beside Vulkan on
                                                     // Windows)
  const auto words = words_of(text::to_lower(header));
  bool backend = false;
  for (const auto& w : words) {
    const bool named =
        std::find(std::begin(kBackends), std::end(kBackends), w) != std::end(kBackends);
    const bool version = !w.empty() && std::isdigit(static_cast<unsigned char>(w[0])) &&
                         w.find_first_not_of("0123456789.") == std::string::npos;
    if (!named && !version) return {};
    backend = backend || named;
  }
  return backend ? std::string(text::trim(header)) : std::string();
}

}  // namespace

namespace {

// "NIM (TensorRT-LLM)", "NIM 1.3 Latency Results (vLLM)": the next name in the bracket that opens
// right before it, and nothing between the two that joins or compares ("NIM and vLLM", "NIM vs
// (vLLM)").
bool inside_brackets_after(std::string_view header, std::size_t end, std::size_t start) {
  if (start <= end || start > header.size()) return false;
  const std::string_view between = text::trim(header.substr(end, start - end));
  if (between.empty() || between.back() != '(') return false;
  const std::string low = " " + text::to_lower(between.substr(0, between.size() - 1)) + " ";
  for (const std::string_view w : {" and ", " vs", " or ", " versus ", "&", "/", ",", "+"})
    if (low.find(w) != std::string::npos) return false;
  return true;
}

}  // namespace

namespace {
constexpr std::pair<std::string_view, std::string_view> kTwoWordEngines[] = {
    {"lm", " studio"}, {"mlc", " llm"}, {"mnn", " llm"}, {"exllama", " v2"}, {"exllama", " v3"}};
}  // namespace

std::string engine_in(std::string_view header) {
  if (auto backend = gpu_backend_header(header); !backend.empty()) return backend;
  static constexpr std::string_view kEngines[] = {
      "ollama", "vllm", "llama.cpp", "llama-cpp", "llamacpp", "tgi", "sglang", "transformers",
      "onnx", "onnxruntime", "tensorrt", "tensorrt-llm", "trt", "trt-llm", "lmdeploy", "mlx",
      "exllamav2", "exllamav3", "hf", "pytorch", "nim",  // NVIDIA NIM
      // llama.cpp's fork and the engines people run beside it
      "ik_llama.cpp", "ik-llama.cpp", "llamafile", "koboldcpp", "mlc-llm", "aphrodite",
      "mistral.rs", "ctranslate2", "lm studio", "lmstudio", "lm-studio", "mlc llm", "mlc",
      "exllama", "exllama v2", "exllama v3", "mnn-llm", "mnn llm",  // Alibaba's MNN-LLM
      // Rust's async runtimes, compared as the agents' executors ("Tokio-default", "Smol-1KB").
      "tokio", "smol", "async-std"};
  // The runtime of an agent or client ("Rust (TR111)", "Python Mean"), kept beside an engine.
  static constexpr std::string_view kRuntimes[] = {"rust", "python", "py"};
  // "Delta from Ollama Q8_0", "Speedup vs vLLM": the engine is the reference compared with.
  const std::string low_header = " " + text::to_lower(header) + " ";
  for (const std::string_view w :
       {" from ", " vs ", " vs. ", " versus ", " than ", " relative ", " over ", " against "}) {
    if (low_header.find(w) != std::string::npos) return {};
  }
  // "GPU Mean" beside "CPU Mean": the device a backend ran on, when the header is only the device
  // and a statistic (not "GPU Memory", "GPU Util %").
  // ... or the device and a unit ("GPU tok/s" beside "Compile tok/s").
  if (const auto words = words_of(text::to_lower(header));
      words.size() >= 2 && (words[0] == "gpu" || words[0] == "cpu")) {
    const std::string_view rest = text::trim(text::trim(header).substr(3));
    if ((words.size() == 2 && metrics::parse_statistic(words[1])) || metrics::parse_unit(rest))
      return std::string(text::trim(header).substr(0, 3));
  }
  std::string found, mode, runtime;
  std::size_t nim_end = std::string_view::npos;  // where a "NIM" named ends
  std::size_t i = 0;
  while (i < header.size()) {
    const auto separator = [](char c) {
      return c == ' ' || c == '(' || c == ')' || c == '`' || c == ',';
    };
    while (i < header.size() && separator(header[i])) ++i;
    std::size_t j = i;
    while (j < header.size() && !separator(header[j])) ++j;
    std::string_view w = header.substr(i, j - i);
    i = j;
    // "LM Studio", "MLC LLM", "ExLlama V2": the engines named in two words.
    for (const auto& [first, second] : kTwoWordEngines) {
      if (text::iequals(w, first) && i + second.size() <= header.size() &&
          text::iequals(header.substr(i, second.size()), second) &&
          (i + second.size() == header.size() || separator(header[i + second.size()]))) {
        w = header.substr(i - first.size(), first.size() + second.size());
        i += second.size();
        break;
      }
    }
    const std::string low = text::to_lower(w);
    // PyTorch's eager mode and torch.compile ("Compile tok/s", "Compile Mean (ms)").
    if (low == "eager" || low == "compiled" || low == "compile") {
      mode = std::string(w);
      continue;
    }
    if (std::find(std::begin(kRuntimes), std::end(kRuntimes), low) != std::end(kRuntimes)) {
      runtime = std::string(w);
      continue;
    }
    for (const auto e : kEngines) {
      // The engine's name, alone or as the head of a variant ("transformers-gpu-compile",
      // "vllm_fp16"); two engines in one header name no single one ("vLLM vs Ollama").
      const bool head = low.size() > e.size() && low.compare(0, e.size(), e) == 0 &&
                        (low[e.size()] == '-' || low[e.size()] == '_');
      if (low != e && !head) continue;
      // "NIM (TensorRT-LLM)", "NIM 1.3 (vLLM)": NVIDIA's NIM and the engine inside it, in brackets
      // right after it, one set-up (not "NIM and vLLM": two compared).
      if (nim_end != std::string_view::npos && low != "nim" &&
          inside_brackets_after(header, nim_end, i - w.size())) {
        found += " (" + std::string(w) + ")";
        nim_end = std::string_view::npos;
        break;
      }
      // ("TRT-LLM (TRT engine)": a short name of the one named before, no second engine.)
      if (!found.empty()) {
        const std::string before = text::to_lower(found);
        if (before.starts_with(low) || low.starts_with(before)) break;
        return {};
      }
      found = std::string(w);
      if (low == "nim") nim_end = i;
      // "PyTorch 2.8", "vLLM v0.6.3", "llama.cpp b4589": the engine's version is part of its name.
      if (const auto version = version_after(header, i); !version.empty())
        found += " " + std::string(version);
      break;
    }
  }
  if (!mode.empty()) found = found.empty() ? mode : found + " " + mode;  // "HF Eager"
  if (runtime.empty()) return found;
  return found.empty() ? runtime : found + " (" + runtime + ")";  // "Ollama (Rust)"
}

bool is_config_heading(std::string_view heading) {
  auto words = words_of(text::to_lower(heading));
  while (!words.empty() && is_section_number(words.front())) words.erase(words.begin());
  if (words.empty() || words.size() > 2) return false;
  const std::string& w = words[0];
  const bool config = w == "configuration" || w == "configurations" || w == "config" ||
                      w == "settings" || w == "options";
  return config && (words.size() == 1 || words[1] == "details" || words[1] == "used");
}

void DocumentConfigs::heading(std::size_t level, std::string_view text) {
  heading(level, variant_word(text), is_config_heading(text));
}

void DocumentConfigs::heading(std::size_t level, const std::string& variant, bool config_heading,
                              bool differences) {
  if (open_level_ && level > open_level_) {  // "### Baseline" inside "## Configuration Details"
    open_variant_ = variant;
    armed_ = !differences || !variant.empty();
    listing_ = false;
    return;
  }
  open_level_ = config_heading ? level : 0;
  armed_ = open_level_ != 0;
  listing_ = false;
  open_variant_.clear();
}

void DocumentConfigs::block() {
  armed_ = false;  // a code block or table first: no one-line configuration here
  listing_ = false;
}

bool DocumentConfigs::text_line(std::string_view line) {
  const std::string_view t = text::trim(line);
  // ("1. **ubatch size:** 1024", "2) ...": a numbered list's items too.)
  // (... "10. **mmap:** off": past nine too.)
  std::size_t digits = 0;
  while (digits < t.size() && digits < 3 && std::isdigit(static_cast<unsigned char>(t[digits])))
    ++digits;
  const bool numbered = digits >= 1 && digits <= 2 && t.size() > digits + 2 &&
                        (t[digits] == '.' || t[digits] == ')') && t[digits + 1] == ' ';
  const bool item = t.substr(0, 2) == "- " || t.substr(0, 2) == "* " || numbered;
  if (listing_) {  // "- num_gpu: 60" items of a configuration list, up to its end
    if (!item) {
      listing_ = false;
      return false;
    }
    std::string entry(text::trim(t.substr(numbered ? digits + 2 : 2)));
    // (A numbered list of steps, "1. Start the server with the default flags.", is no list of
    // settings: its items name one each, with a colon or an '='.)
    if (numbered && entry.find(':') == std::string::npos && entry.find('=') == std::string::npos) {
      listing_ = false;
      return false;
    }
    // "- **Model**: Llama-3.2-3B-Instruct": the key in bold or code marks, as plain text.
    if (const auto colon = entry.find(':'); colon < 40) {  // (npos is larger)
      std::string key = entry.substr(0, colon);
      std::erase_if(key, [](char c) { return c == '*' || c == '`'; });
      // ("**ubatch size:** 1024": the bold's closing marks after the colon too.)
      std::string_view rest = std::string_view(entry).substr(colon + 1);
      while (!rest.empty() && (rest.front() == '*' || rest.front() == '`')) rest.remove_prefix(1);
      entry = std::string(text::trim(key)) + ":" + std::string(rest);
      // ... and where it names the model, GPU, precision or engine, a label of the document's
      // rows (read by its labels), not a setting of its configuration.
      Context probe;
      const std::string* named = context_slot(probe, text::trim(key));
      if (named == &probe.model || named == &probe.gpu || named == &probe.quantization ||
          named == &probe.backend)
        return false;
    }
    if (const auto paren = entry.find(" ("); paren != std::string::npos) entry.resize(paren);
    // "- `V100_MODELS` - Dense models tested on the V100": a description of something, no
    // setting ("num_gpu=60", "Agent A: Ollama defaults") nor a short name of one ("Ollama
    // defaults"); the list is no configuration.
    if (entry.size() > 40 && entry.find('=') == std::string::npos &&
        entry.find(": ") == std::string::npos && entry.find(" - ") != std::string::npos &&
        entry.find("--") == std::string::npos) {
      listing_ = false;
      return false;
    }
    // "- Expected Throughput: 102.31 tok/s" states a figure, not a setting.
    if (const auto colon = entry.find(": "); colon != std::string::npos) {
      const auto& c = classify_cached(std::string_view(entry).substr(0, colon));
      if (c.role == metrics::Role::metric && c.metric) return true;
    }
    if (const auto colon = entry.find(": "); colon != std::string::npos)
      entry = entry.substr(0, colon) + "=" + entry.substr(colon + 2);
    std::string& slot = slot_of_open();
    if (slot.size() + entry.size() < 240) slot += (slot.empty() ? "" : ", ") + entry;
    return true;
  }
  if (!armed_) return false;
  if (t.empty()) return false;  // still waiting for the section's first line
  // "Chimera-Optimized Configuration:" introduces the list below it; so does a sentence ("The
  // orchestrator defines model lists at the top of `scripts/bench_orchestrator.py`:").
  if (t.back() == ':' && t.front() != '|') return true;
  armed_ = false;
  std::string& slot = slot_of_open();
  if (!slot.empty()) return false;
  if (item) {  // the configuration is a list
    listing_ = true;
    return text_line(line);
  }
  // Otherwise only a plain line of text: not a thematic break ("---"), table, heading or quote.
  if (t.size() > 240 || t.find_first_not_of("-*_= ") == std::string_view::npos ||
      t.front() == '|' || t.front() == '#' || t.front() == '>' || t.front() == '<')
    return false;
  slot = std::string(t);
  return true;
}

std::string& DocumentConfigs::slot_of_open() {
  return open_variant_.empty() ? document_ : by_family_[std::string(family_of(open_variant_))];
}

void DocumentConfigs::set_document_config(std::string value) {
  if (document_.empty()) document_ = std::move(value);
}

void DocumentConfigs::open_document_list() {
  open_variant_.clear();
  armed_ = document_.empty();
  listing_ = false;
}

void DocumentConfigs::mark(const MetricRows& rows, std::size_t from, const std::string& variant) {
  if (from >= rows.size()) return;
  if (!marks_.empty() && marks_.back().second == variant) return;
  if (!marks_.empty() && marks_.back().first == from) {
    marks_.back().second = variant;
    return;
  }
  marks_.emplace_back(from, variant);
}

void DocumentConfigs::apply(MetricRows& rows) const {
  bool any_variant = false;
  std::string_view only_family;
  bool one_family = true;
  for (const auto& [_, v] : marks_) {
    if (v.empty() || v == kForeign) continue;
    any_variant = true;
    const auto f = family_of(v);
    if (!only_family.empty() && f != only_family) one_family = false;
    only_family = f;
  }
  if (!any_variant && document_.empty() && title_variant_.empty()) return;
  for (std::size_t m = 0; m < marks_.size(); ++m) {
    const std::size_t end = m + 1 < marks_.size() ? marks_[m + 1].first : rows.size();
    std::string variant = marks_[m].second;
    if (variant == kForeign) continue;
    std::string config;
    if (variant.empty() && !any_variant) variant = title_variant_;
    // "Baseline Expectation" in "Technical Report: Baseline Agent Analysis": when every mark is
    // of the variant the title names, the unmarked rows are of it too.
    // (Only where the document states a configuration: "From Python Baseline to Rust" names
    // no run of its own.)
    if (variant.empty() && any_variant && one_family && !title_mention_.empty() &&
        family_of(title_mention_) == only_family &&
        (!document_.empty() || by_family_.count(std::string(only_family)) > 0))
      variant = title_mention_;
    if (!variant.empty()) {
      const auto it = by_family_.find(std::string(family_of(variant)));
      config = variant;
      if (it != by_family_.end()) {
        config += ": " + it->second;
      } else if (!document_.empty() && one_family && by_family_.empty()) {
        config += ": " + document_;  // a one-variant report: its configuration is the variant's
      }
    } else if (!any_variant) {
      config = document_;
    }
    if (config.empty()) continue;
    for (std::size_t i = marks_[m].first; i < end && i < rows.size(); ++i) {
      std::string& c = rows[i].context.config;
      if (c.find(config) != std::string::npos) continue;
      c = c.empty() ? config : config + " " + c;
    }
  }
}

}  // namespace chimera::ingest::detail
