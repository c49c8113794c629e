#include "table_row.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <unordered_map>

#include "chimera/core/numeric.hpp"
#include "chimera/core/text.hpp"
#include "chimera/metrics/classify.hpp"
#include "chimera/metrics/gloss.hpp"
#include "gpu_names.hpp"
#include "markdown_context.hpp"
#include "path_context.hpp"
#include "row_builder.hpp"

namespace chimera::ingest::detail {

namespace {

ColumnRole column_role_of(std::string_view header);
bool names_a_verdict(std::string_view header);

}  // namespace

ColumnRole column_role(std::string_view header) {
  // Runs for every column of every table: trees of results repeat the same headers file after
  // file, so each thread remembers the roles it decided (bounded like classify_cached's memo).
  thread_local std::unordered_map<std::string, ColumnRole> memo;
  if (const auto it = memo.find(std::string(header)); it != memo.end()) return it->second;
  if (memo.size() > 16384) memo.clear();
  return memo.emplace(std::string(header), column_role_of(header)).first->second;
}

namespace {

ColumnRole column_role_of(std::string_view header) {
  // "并发", "成功/失败": a header in Chinese, Japanese or Korean, read by its English words.
  if (metrics::has_cjk(header)) return column_role_of(metrics::gloss(header));
  ColumnRole role;
  role.verdict = names_a_verdict(header);
  role.note = names_a_note(header);
  Context probe;
  const std::string unqualified = metrics::unqualified_name(header);  // "GPU (Chimera)": gpu
  // Not "Stage 1", "Stage 2": columns of figures per stage, named like a workflow's stage field.
  if (context_slot(probe, header) != nullptr || (!unqualified.empty() && unqualified != "stage" &&
                                                 context_slot(probe, unqualified) != nullptr)) {
    role.use = ColumnRole::Use::context;
  } else if (is_error_field(header)) {
    role.use = ColumnRole::Use::error;
  } else {
    const auto& c = classify_cached(header);
    if (const auto* length = requested_length(header)) {
      role.parameter = length->id;
    } else if (c.parameter) {
      role.parameter = c.parameter->id;
      const std::string low = text::to_lower(text::trim(header));
      role.chosen = low.starts_with("best ") || low.starts_with("optimal ") ||
                    low.starts_with("recommended ");
    }
    if (c.role == metrics::Role::identifier) {
      // "Test ID" 101, "Config #" 7 name a configuration, "Turn" 5 of a conversation the context
      // it ran with; "Run" 3 only a repetition.
      const std::string low = text::to_lower(header);
      for (const std::string_view w :
           {"test", "config", "scenario", "case", "setting", "turn", "layer", "phase"}) {
        role.names_config = role.names_config || low.find(w) != std::string::npos;
      }
      // ... and "ROCm" 6.3.4, "Driver Version" 550.54, "Build" b4567: the software a run used,
      // which tells its figures from another build's.
      for (const std::string_view w : {"rocm", "cuda", "driver", "build", "commit"}) {
        role.names_config = role.names_config || low == w || low == std::string(w) + " version";
      }
    }
    // A metric with its unit in the header ("TTFT (ms)") holds numbers: its text is "n/a". And
    // what a row predicts ("Expected Serial Fraction" 's ≈ 0.20--0.35', "Predicted Plateau"
    // 'N=3--4') is an outcome written as text, no label of the row's configuration.
    const std::string low = text::to_lower(text::trim(header));
    // ... nor the comparison a column draws between the others ("Improvement" of "3.55x
    // faster", "Change").
    const bool outcome = low.starts_with("expected ") || low.starts_with("predicted ") ||
                         low.starts_with("projected ") || low.starts_with("estimated ") ||
                         low == "improvement" || low == "change" || low == "difference" ||
                         low == "gain" || low == "delta";
    // ... nor the reason given for a row ("| Why |", "| Rationale |", "| What It Means |",
    // "| Explanation |"), nor a judgement of it ("| Verdict |" of "Best").
    // (Not "| Reason |" of "timeout": why a run failed tells it apart.)
    const bool reason = low == "why" || low == "rationale" || low == "what it means" ||
                        low == "why it matters" || low == "explanation";
    role.label =
        c.role != metrics::Role::timestamp && (!c.metric || c.unit.empty()) && !outcome && !reason;
  }
  return role;
}

}  // namespace

namespace {

// "| Scaling Factor | 1,210× |" under a Model column: the row of ratios between the models above
// it, no model.
bool names_a_ratio(std::string_view v) {
  const std::string low = text::to_lower(v);
  return low == "ratio" || low == "scaling factor" || low == "scale factor" ||
         low == "scaling ratio";
}

// "Mean delta 20.6pp (CI: [-6.0, 35.2]pp)": a figure with its confidence interval.
bool has_interval(std::string_view v) {
  for (auto at = v.find("CI"); at != std::string_view::npos; at = v.find("CI", at + 2)) {
    const bool word = (at == 0 || !std::isalpha(static_cast<unsigned char>(v[at - 1]))) &&
                      (at + 2 == v.size() || !std::isalpha(static_cast<unsigned char>(v[at + 2])));
    if (word && v.find_first_of("0123456789") != std::string_view::npos) return true;
  }
  return false;
}

// A launch or tensor shape of three whole numbers: a profiler's "Block Size" "(128, 1, 1)". (Two
// are an interval: "(95, 102)".)
bool is_shape(std::string_view v) {
  if (v.size() < 7 || v.front() != '(' || v.back() != ')') return false;
  int parts = 0;
  std::size_t i = 1;
  while (i < v.size() - 1) {
    while (i < v.size() - 1 && v[i] == ' ') ++i;
    const std::size_t from = i;
    while (i < v.size() - 1 && v[i] >= '0' && v[i] <= '9') ++i;
    if (i == from) return false;
    ++parts;
    while (i < v.size() - 1 && v[i] == ' ') ++i;
    if (i < v.size() - 1 && v[i++] != ',') return false;
  }
  return parts == 3;
}

}  // namespace

bool is_no_value(std::string_view v) {
  static constexpr std::string_view kNoValue[] = {
      "\xE2\x80\x94", "\xE2\x80\x93", "-",   "--", "---", "n/a", "na",
      "none",         "null",         "nil", "?",  "tbd", "...", "\xE2\x80\xA6"};
  for (const auto m : kNoValue) {
    if (text::iequals(v, m)) return true;
  }
  return false;
}

std::string compute_backend_name(std::string_view w) {
  if (w.size() < 3 || w.size() > 6) return {};
  if (text::iequals(w, "hip")) return "ROCm";  // (llama-bench names the HIP build "ROCm")
  for (const std::string_view b : {"Vulkan", "SYCL", "CUDA", "ROCm", "Metal", "OpenCL"})
    if (text::iequals(w, b)) return std::string(b);
  return {};
}

namespace {

// "p = 4.33 × 10⁻⁸⁸", "p < 0.001", "p≤0.05": a test's result, a figure of the row, no name.
bool states_a_p_value(std::string_view v) {
  if (v.size() < 3 || (v[0] != 'p' && v[0] != 'P')) return false;
  std::size_t i = 1;
  while (i < v.size() && v[i] == ' ') ++i;
  const std::string_view rest = v.substr(i);
  std::size_t sign = 0;
  if (rest.starts_with("=") || rest.starts_with("<") || rest.starts_with(">")) {
    sign = 1;
  } else if (rest.starts_with("\xE2\x89\xA4") || rest.starts_with("\xE2\x89\xA5")) {
    sign = 3;  // "≤", "≥"
  }
  if (sign == 0) return false;
  std::size_t j = i + sign;
  while (j < v.size() && (v[j] == ' ' || v[j] == '=')) ++j;
  return j < v.size() && (std::isdigit(static_cast<unsigned char>(v[j])) || v[j] == '.');
}

// A text cell that names something ("rust", "generate", "Python") rather than reporting a
// measurement in words ("[13,315, 19,608]", "+68% vs FP16", "859.67 ± 12 ms").
// "27B_IQ4_XS", "1.5b-instruct": a model's size, then the rest of its name (not "7B" alone, a
// count of parameters, nor "8B/s").
bool names_sized_model(std::string_view v) {
  std::size_t i = 0;
  while (i < v.size() && (std::isdigit(static_cast<unsigned char>(v[i])) || v[i] == '.')) ++i;
  if (i == 0 || i + 2 >= v.size()) return false;
  const char scale = static_cast<char>(v[i] | 0x20);
  if (scale != 'b' && scale != 'm') return false;
  if (v[i + 1] != '_' && v[i + 1] != '-') return false;
  return std::isalpha(static_cast<unsigned char>(v[i + 2])) != 0;
}

// "Engine", "Framework", "Inference server": a column of the engines that served (not a
// "Backend" column, which may be llama.cpp's compute backend).
bool names_an_engine_column(std::string_view header) {
  const std::string low = text::to_lower(header);
  for (const std::string_view w : {"engine", "framework", "server", "software", "runtime"})
    if (low.find(w) != std::string::npos) return true;
  return false;
}

// "Vulkan", "ROCm", "CUDA": llama.cpp's (or a framework's) compute backend, no serving engine.
bool names_compute_backend(std::string_view v) {
  v = text::trim(v);
  return !compute_backend_name(v).empty() || text::iequals(v, "mps") || text::iequals(v, "cpu") ||
         text::iequals(v, "musa");
}

// "Qwen3.6-35B llama.cpp UD-Q4_K_M", "Llama-3.1-8B-Instruct Q4": the model a label names first,
// a family's name and its size in one word; "" otherwise ("short", "pp512", "7B").
std::string sized_model_first(std::string_view v) {
  const std::string_view word = v.substr(0, v.find(' '));
  if (word.size() < 4 || word.size() > 60 || !std::isalpha(static_cast<unsigned char>(word[0])))
    return {};
  for (std::size_t at = 0; at < word.size();) {
    const auto end = word.find_first_of("-_:", at);
    const std::string_view part = word.substr(at, end == std::string_view::npos ? end : end - at);
    // (A size in billions: "ctx-1M", "needle_2M" are tests of a context's length.)
    if (at > 0 && names_model_size(part) && (part.back() == 'b' || part.back() == 'B'))
      return std::string(word);
    if (end == std::string_view::npos) break;
    at = end + 1;
  }
  return {};
}

// A run's or request's id, "ba475323-e28d-4138-bd8e-8935844c0b5f" (a UUID) or a long hex hash
// "9f86d081884c7d659a2feaa0c55ad015": it tells one run from another, not what ran.
bool is_opaque_id(std::string_view v) {
  const auto hex = [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  };
  if (v.size() == 36) {
    for (std::size_t i = 0; i < v.size(); ++i) {
      const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
      if (dash ? v[i] != '-' : !hex(v[i])) return false;
    }
    return true;
  }
  return v.size() >= 16 && std::all_of(v.begin(), v.end(), hex) &&
         std::any_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
         std::any_of(v.begin(), v.end(),
                     [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
}

bool is_name_text(std::string_view v) {
  if (is_shape(v)) return true;
  if (is_opaque_id(v)) return false;
  if (states_a_p_value(v)) return false;
  // Longer than a name, unless one word and no path: "vectorized_elementwise_kernel<FillFunctor>"
  // (not prose, not "Demo_rust_agent\runs\tr109\gpu80_ctx256").
  const bool one_word = v.find_first_of(" /\\") == std::string_view::npos;
  // (A pair compared is as long as its two names: "onnxruntime-gpu vs transformers-gpu-compile".)
  const auto vs = v.find(" vs ");
  const bool pair = vs != std::string_view::npos && v.find(' ') == vs &&
                    v.find(' ', vs + 4) == std::string_view::npos;
  if (v.empty() || is_number_cell(v) || v.size() > (one_word || pair ? 80U : 40U)) return false;
  if (is_no_value(v)) return false;
  const char c = v.front();
  // "1. Baseline", "3. Think-Time": an item of a numbered list of phases or steps, by name.
  const std::size_t dot = v.find(". ");
  if (dot > 0 && dot <= 2 && dot + 2 < v.size() &&
      std::all_of(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(dot),
                  [](char d) { return d >= '0' && d <= '9'; }) &&
      std::isalpha(static_cast<unsigned char>(v[dot + 2])))
    return v.find('%') == std::string_view::npos;
  if ((c >= '0' && c <= '9') && one_word && names_sized_model(v)) return true;  // "27B_IQ4_XS"
  // "+ prefix caching": a step added to the one above it, by name (not "+12%", a change).
  if (c == '+' && v.size() > 2 && v[1] == ' ' && std::isalpha(static_cast<unsigned char>(v[2])))
    return v.find('%') == std::string_view::npos;
  if ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '[' || c == '(' || c == '<' ||
      c == '>' || c == '~' || c == '{')  // "{...}": a JSON object, no name
    return false;
  // "$0.013 (GPT-2/compile)", "Rust 1.86× higher": a figure with its words (not "2 models × 3").
  if (c == '$') return false;
  // "Consumer saves ~$1,020/yr": a sum of money in words.
  for (auto at = v.find('$'); at != std::string_view::npos; at = v.find('$', at + 1)) {
    if (at + 1 < v.size() && v[at + 1] >= '0' && v[at + 1] <= '9') return false;
  }
  if (c == '#' && v.size() > 1 && v[1] >= '0' && v[1] <= '9') return false;  // "#4 (0.74)": a rank
  const auto digit = [](char d) { return d >= '0' && d <= '9'; };
  // "≈ 90.6 %", "约 3017.56 tok/s", "約 38 tok/s": an approximate figure, no name.
  if (static_cast<unsigned char>(c) == 0xE2 || static_cast<unsigned char>(c) == 0xE7) {
    for (const std::string_view about : {"\xE2\x89\x88", "\xE7\xBA\xA6", "\xE7\xB4\x84"}) {
      if (!v.starts_with(about)) continue;
      const std::string_view rest = text::trim(v.substr(about.size()));
      if (!rest.empty() && digit(rest.front())) return false;
    }
  }
  if (v.rfind("\xC3\x97", 0) == 0 || v.rfind("\xC3\xB7", 0) == 0) return false;  // "÷1.19"
  for (auto at = v.find("\xC3\x97"); at != std::string_view::npos;
       at = v.find("\xC3\x97", at + 2)) {
    if ((at > 0 && digit(v[at - 1])) || (at + 2 < v.size() && digit(v[at + 2]))) return false;
  }
  return !has_interval(v) && v.find('%') == std::string_view::npos &&
         v.find("\xC2\xB1") == std::string_view::npos;
}

// A setting's cell ("4096", "4k", "auto", "q4_0") or a name, not a figure in words in a column
// named like a setting ("Context": "Mean delta 20.6pp (CI: [-6.0, 35.2]pp)", "83.7 to 38.4 TPS").
// "16K (16,384 tokens)": a cell without its bracketed aside.
std::string_view without_aside(std::string_view v) {
  if (v.size() < 4 || v.back() != ')') return v;
  const auto open = v.find(" (");
  return open == std::string_view::npos || open == 0 ? v : text::trim(v.substr(0, open));
}

// "16K", "0k": tokens counted in thousands (1,024 each, as context sizes are); nothing else.
std::optional<numeric::Parsed> thousands_of_tokens(std::string_view v) {
  if (v.size() < 2 || (v.back() != 'K' && v.back() != 'k')) return std::nullopt;
  const std::string_view figure = v.substr(0, v.size() - 1);
  if (figure.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
  auto cell = numeric::parse_cell(figure);
  if (cell) cell->value *= 1024;
  return cell;
}

bool is_setting_text(std::string_view v);

// A setting's value as `v` writes it, or its figure before a bracketed aside ("16K (16,384
// tokens)", "8192 (default)"): in `out`; false where it is no setting's (a sentence, a share).
bool setting_value(std::string_view v, std::string_view& out) {
  out = v;
  if (is_setting_text(v)) return true;
  const std::string_view bare = without_aside(v);
  if (bare.size() == v.size() || bare.find('%') != std::string_view::npos) return false;
  const auto figure = numeric::parse_cell(bare);
  if (!(figure && figure->suffix.empty()) && !thousands_of_tokens(bare)) return false;
  out = bare;
  return true;
}

bool is_setting_text(std::string_view v) {
  if (numeric::parse_cell(v) || is_name_text(v)) return true;
  if (is_no_value(v)) return false;  // "-", "n/a": no setting
  if (v.find('%') != std::string_view::npos || has_interval(v)) return false;
  // "4096 tokens", "60 layers", "512/1024", "80 / 100", "512-2048": numbers and their unit;
  // not "83.7 to 38.4 TPS", "5 runs each".
  const auto words = std::count(v.begin(), v.end(), ' ') + 1;
  const bool letters = std::any_of(v.begin(), v.end(), [](char ch) {
    return std::isalpha(static_cast<unsigned char>(ch)) != 0;
  });
  return words <= 2 || !letters;
}

}  // namespace

// A column whose labels name load-test profiles or runs: "profile", "strategy", "source_file".
bool names_a_profile(std::string_view header) {
  const std::string low = text::to_lower(text::trim(header));
  return low == "profile" || low == "strategy" || low == "source_file" || low == "benchmark" ||
         low == "run" || low == "load" || low == "scenario";
}

// "gpu80_ctx1024_temp0.8", "g999_c2048_t0.4" spell their settings (two or more letters-then-
// number parts); "test004" does not.
bool spells_settings(std::string_view label) {
  int parts = 0;
  std::size_t i = 0;
  while (i < label.size()) {
    std::size_t letters = 0, digits = 0;
    while (i < label.size() && std::isalpha(static_cast<unsigned char>(label[i]))) ++i, ++letters;
    while (i < label.size() && (std::isdigit(static_cast<unsigned char>(label[i])) ||
                                label[i] == '.' || label[i] == 'p'))
      ++i, ++digits;
    if (letters > 0 && digits > 0 &&
        (i == label.size() || !std::isalnum(static_cast<unsigned char>(label[i]))))
      ++parts;
    while (i < label.size() && std::isalnum(static_cast<unsigned char>(label[i]))) ++i;
    while (i < label.size() && !std::isalnum(static_cast<unsigned char>(label[i]))) ++i;
  }
  return parts >= 2;
}

namespace {

// The settings whose value a configuration label does not spell: of "CTX A=512 GPU A=80" under
// "het_g80/g120", "CTX A=512". A value is spelled when it stands in the label as a whole number
// ("80" in "g80", not in "g800").
std::string settings_not_spelled(
    std::span<const std::pair<std::string_view, std::string_view>> settings,
    std::string_view written) {
  // "temp0p8": a 'p' between digits is the decimal point.
  std::string label(written);
  for (std::size_t i = 1; i + 1 < label.size(); ++i) {
    if (label[i] == 'p' && std::isdigit(static_cast<unsigned char>(label[i - 1])) &&
        std::isdigit(static_cast<unsigned char>(label[i + 1])))
      label[i] = '.';
  }
  const auto spelled = [&](std::string_view value) {
    for (auto at = label.find(value); at != std::string::npos; at = label.find(value, at + 1)) {
      const auto digit = [](char c) { return (c >= '0' && c <= '9') || c == '.'; };
      const bool before = at > 0 && digit(label[at - 1]);
      const bool after = at + value.size() < label.size() && digit(label[at + value.size()]);
      if (!before && !after) return true;
    }
    return false;
  };
  std::string out;
  for (const auto& [header, value] : settings) {
    if (spelled(value)) continue;
    out += (out.empty() ? "" : " ") + std::string(header) + "=" + std::string(value);
  }
  return out;
}

}  // namespace

namespace {

// "Variant", "Format", "Level", "Format/Level": a column of the variants a table's rows are.
bool names_variant(std::string_view header) {
  const std::string low = text::to_lower(text::trim(header));
  return low == "variant" || low == "format" || low == "level" || low == "format/level" ||
         low == "gguf" || low == "weights";
}

// "Q2_K", "IQ4_XS": a cell that is a GGUF precision and nothing else; "" otherwise.
std::string pure_quantization(std::string_view v) {
  // ("Q4_K_M", "IQ4_XS"; "4-bit", "8bit": a weight's bits alone.)
  if (v.empty() || v.size() > 12 ||
      !(v[0] == 'Q' || v[0] == 'I' || v[0] == 'q' || (v[0] >= '2' && v[0] <= '8')))
    return {};
  std::string q = quantization_in(v);
  return q.size() == v.size() ? q : std::string();
}

// "0.5B-4bit", "7B", "14B Q4_K_M" of a "| Model Size |" column: which model the row ran, by its
// size in parameters (with its weights' precision after it, if any, returned in `quant`); not a
// size on disk ("4.7 GB") or a bare count ("7").
bool model_by_its_size(std::string_view v, std::string& quant) {
  if (v.size() < 2 || v.size() > 24 || !std::isdigit(static_cast<unsigned char>(v[0])))
    return false;
  const std::size_t end = v.find_first_of(" -_");
  const std::string_view size = v.substr(0, end);
  const char last = size.back();
  if ((last != 'b' && last != 'B') || !names_model_size(size)) return false;
  if (end == std::string_view::npos) return true;
  quant = pure_quantization(text::trim(v.substr(end + 1)));
  return !quant.empty();
}

// "Q4_K_M (n_gpu_layers=99)" of a "| Quantization |" column: the precision alone, its aside a
// label of the row's run (added to `labels`); the cell as written otherwise.
std::string_view precision_apart(std::string_view v, std::string& labels) {
  const auto open = v.find(" (");
  if (open == std::string_view::npos || v.back() != ')') return v;
  const std::string_view before = text::trim(v.substr(0, open));
  if (before.empty() || quantization_in(before).size() != before.size()) return v;
  const std::string_view aside = text::trim(v.substr(open + 2, v.size() - open - 3));
  if (!aside.empty()) {
    if (!labels.empty()) labels += ' ';
    labels.append(aside);
  }
  return before;
}

}  // namespace

bool names_absence(std::string_view header) {
  const std::string low = text::to_lower(header);
  for (const std::string_view w :
       {"omit", "exclud", "dropped", "without", "left out", "held out"}) {
    if (low.find(w) != std::string::npos) return true;
  }
  return false;
}

bool names_measurement(std::string_view header) {
  if (metrics::has_cjk(header)) return names_measurement(metrics::gloss(header));  // "次数"
  std::string_view name = text::trim(header);
  // "Run #", "Run No.", "Request ID": the index of the measurement.
  bool index = false;
  for (const std::string_view tail :
       {std::string_view(" #"), std::string_view(" no."), std::string_view(" no"),
        std::string_view(" id"), std::string_view(" number"), std::string_view(" index")}) {
    if (name.size() > tail.size() && text::iequals(name.substr(name.size() - tail.size()), tail)) {
      name.remove_suffix(tail.size());
      index = true;
    }
  }
  // (A bare "Repetition" is more often a text's lexical repetition score than a run's number.)
  if (index && text::iequals(name, "repetition")) return true;
  static constexpr std::array<std::string_view, 16> kWords = {
      "request", "request_id", "req",       "req_id",    "run",  "run_id", "run_num", "run_number",
      "rep",     "trial",      "trial_num", "iteration", "iter", "sample", "prompt",  "query"};
  for (const std::string_view w : kWords) {
    // (Not a quantity of that name.)
    if (text::iequals(name, w)) return classify_cached(header).metric == nullptr;
  }
  return false;
}

namespace {

// Whether a cell is the name of one GPU, from its first word on ("NVIDIA A100-SXM4-80GB"; not
// "llama3 on RTX 4090").
bool names_one_gpu(std::string_view v) {
  if (v.empty() || !std::isalpha(static_cast<unsigned char>(v.front()))) return false;
  const std::string g = gpu_named_in(v);
  return !g.empty() && v.substr(0, v.find(' ')) == std::string_view(g).substr(0, g.find(' '));
}

}  // namespace

// "3090", "4060", "1080": a GeForce's model number (a series 10 to 50, a tier 50 to 90).
bool geforce_number(std::string_view v) {
  if (v.size() != 4 || !std::all_of(v.begin(), v.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0;
      }))
    return false;
  const int series = (v[0] - '0') * 10 + (v[1] - '0');
  const int tier = (v[2] - '0') * 10 + (v[3] - '0');
  // (And the GTX 16 series: 1630, 1650, 1660.)
  if (series == 16) return tier == 30 || tier == 50 || tier == 60;
  return series >= 10 && series <= 50 && series % 10 == 0 && tier >= 50 && tier <= 90 &&
         tier % 10 == 0;
}

// (By its first word: "Dense (32B)", "Sparse MoE", "Hybrid Mamba".)
bool names_an_architecture(std::string_view v) {
  if (text::icontains(v, "mixture of experts")) return true;
  const std::string_view first = v.substr(0, v.find_first_of(" (-"));
  for (const std::string_view w :
       {"dense", "moe", "sparse", "hybrid", "ssm", "mamba", "transformer"})
    if (text::iequals(first, w)) return true;
  return false;
}

std::string geforce_name(std::string_view v) {
  return (v[0] == '1' ? "GTX " : "RTX ") + std::string(v);
}

// A processor's name and no GPU's: "Intel i7-8700", "AMD Ryzen 9 5900HS", "Xeon E5-2683 v4",
// "Apple M2 CPU", "Intel vServer 4 threads".
bool names_a_cpu(std::string_view v) {
  const auto words = words_of(text::to_lower(v));
  if (words.size() == 1 && words[0] == "cpu") return false;  // "cpu" itself: the gpu's "cpu"
  // (An Apple chip's CPU cores, "Apple M2 CPU" beside "Apple M2 Metal", are no GPU either.)
  if (const std::string g = gpu_named_in(v);
      !g.empty() && !(text::to_lower(g).starts_with("apple") &&
                      std::find(words.begin(), words.end(), "cpu") != words.end()))
    return false;
  for (const auto& w : words) {
    if (w == "cpu" || w == "ryzen" || w == "epyc" || w == "threadripper" || w == "xeon" ||
        w == "celeron" || w == "pentium" || w == "threads" || w == "vcpu" || w == "vcpus" ||
        w == "phenom" || w == "athlon" || w == "opteron")
      return true;
    if (w.size() >= 2 && w[0] == 'i' &&
        (w[1] == '3' || w[1] == '5' || w[1] == '7' || w[1] == '9') &&
        (w.size() == 2 || w[2] == '-' || std::isdigit(static_cast<unsigned char>(w[2]))))
      return true;  // "i7-8700", "i9"
  }
  // "Intel N100", "Intel Ultra 7 155U" (not Intel's GPUs: "Intel Arc 140V", "Iris Xe", "GPU Max
  // 1550"); "AMD FX-8300" (not "GeForce FX 5200").
  const auto has = [&](std::string_view word) {
    return std::find(words.begin(), words.end(), word) != words.end();
  };
  if (has("intel") && !has("arc") && !has("iris") && !has("xe") && !has("gpu") && !has("max") &&
      !has("flex") && !has("uhd") && !has("graphics") && !has("gaudi"))
    return true;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i] == "fx" && !has("geforce") && !has("quadro") &&
        std::isdigit(static_cast<unsigned char>(words[i + 1].front())))
      return true;
  }
  return false;
}

namespace {

// "| GPU | 8B Q4_K_M | 70B F16 |": a column named by a configuration (a model's size and its
// weights' precision) holds that configuration's figures; a word in it ("OOM") says how that
// configuration fared, no label of the row's other figures.
bool names_a_configuration(std::string_view header) {
  // (Runs for a label column's every cell: a header with no digit names no size or precision.)
  if (header.find_first_of("0123456789") == std::string_view::npos) return false;
  if (quantization_in(header).empty()) return false;
  const auto words = words_of(text::to_lower(header));
  return std::any_of(words.begin(), words.end(),
                     [](const std::string& w) { return names_model_size(w); });
}

}  // namespace

// "Radeon 780M", "Iris Xe", "UHD Graphics 630", "Vega 8": a processor's own graphics.
bool names_an_integrated_gpu(std::string_view gpu) {
  const std::string low = text::to_lower(gpu);
  if (low.find("iris") != std::string::npos || low.find("uhd") != std::string::npos ||
      low.find("vega") != std::string::npos)
    return true;
  const auto at = low.find("radeon ");
  if (at == std::string::npos) return false;
  const std::string_view n = std::string_view(low).substr(at + 7);
  return n.size() >= 4 && std::isdigit(static_cast<unsigned char>(n[0])) &&
         std::isdigit(static_cast<unsigned char>(n[1])) &&
         std::isdigit(static_cast<unsigned char>(n[2])) && n[3] == 'm';
}

// "✅", "⚠️", "🚀": symbols and emoji (UTF-8 from U+2000 to U+2BFF, from U+1F000, variation
// selectors), no letters.
bool is_marks(std::string_view s) {
  if (s.empty()) return false;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b == 0xE2 && i + 2 < s.size()) {
      i += 3;  // U+2000..U+2FFF: punctuation, arrows, symbols, dingbats
    } else if (b == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xB8) {
      i += 3;  // a variation selector
    } else if (b == 0xF0 && i + 3 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x9F) {
      i += 4;  // U+1F000..: emoji
    } else {
      return false;
    }
  }
  return true;
}

// "Windows i5-12600K 32GB RAM, AMD 6950 XT": the GPU a machine's list of parts names in a part
// of its own (not "Apple M2 CPU", a chip's processor); "" for none.
// (Of several, the discrete GPU: "Ryzen 7 7840HS (Radeon 780M), RTX 4060 Laptop" ran on the RTX.)
std::string gpu_of_a_part(std::string_view machine) {
  // (One name that holds a '+': "Apple M3 Ultra 24P+8E+80GPU", its cores.)
  if (machine.find('+') != std::string_view::npos &&
      gpu_named_in(machine).find('+') != std::string::npos)
    return {};
  // (A machine's parts: one of them no GPU. "Tesla P100, Tesla P100" lists two GPUs.)
  bool other_part = false;
  for (std::size_t from = 0; from < machine.size();) {
    auto end = machine.find_first_of(",+;/", from);
    if (end == std::string_view::npos) end = machine.size();
    const std::string_view part = text::trim(machine.substr(from, end - from));
    other_part = other_part || (!part.empty() && gpu_named_in(part).empty());
    from = end + 1;
  }
  if (!other_part) return {};
  std::string first;
  std::size_t from = 0;
  while (from < machine.size()) {
    auto end = machine.find_first_of(",+;/", from);
    if (end == std::string_view::npos) end = machine.size();
    if (from > 0 || end < machine.size()) {
      const std::string_view part = text::trim(machine.substr(from, end - from));
      if (!part.empty() && !names_a_cpu(part))
        if (std::string gpu = gpu_named_in(part); !gpu.empty()) {
          if (!names_an_integrated_gpu(gpu)) return gpu;
          if (first.empty()) first = std::move(gpu);
        }
    }
    from = end + 1;
  }
  return first;
}

// The LLM serving engine a label names ("Qwen3.5 4bit mlx-lm" -> mlx-lm, "Qwen3.5 Q4_K_M Ollama"
// -> Ollama); "" for none, and for a language runtime or an executor ("python", "tokio-default").
std::string serving_engine_in(std::string_view label) {
  static constexpr std::string_view kServing[] = {
      "ollama",    "vllm",      "llama",      "tgi",     "sglang",    "tensorrt",
      "trt",       "lmdeploy",  "mlx",        "exllama", "llamafile", "koboldcpp",
      "mlc",       "aphrodite", "mistral.rs", "nim",     "ik_llama",  "ik-llama",
      "lm studio", "lmstudio",  "lm-studio",  "mnn"};
  // (A label that holds no serving engine's name is decided before the costlier look at which.)
  const std::string label_low = text::to_lower(label);
  if (std::none_of(std::begin(kServing), std::end(kServing),
                   [&](std::string_view k) { return label_low.find(k) != std::string::npos; }))
    return {};
  std::string engine = engine_in(label);
  const std::string low = text::to_lower(engine);
  for (const auto k : kServing) {
    if (low.starts_with(k)) return engine;
  }
  return {};
}

namespace {

// Whether a header, trimmed, is one of `names` (written in lower case), in any case.
bool header_is_one_of(std::string_view header, std::span<const std::string_view> names) {
  header = text::trim(header);
  return std::any_of(names.begin(), names.end(),
                     [&](std::string_view k) { return text::iequals(header, k); });
}

// A column whose cells name what served each row: "Name", "Engine", "Server", "Framework" (not a
// comparison's "Group A", a "Winner", a "Claim" or a recommendation).
bool names_what_served(std::string_view header) {
  // "엔진", "引擎", "エンジン" alone (not "엔진 버전", the engine's version).
  for (const std::string_view cjk : {"\xEC\x97\x94\xEC\xA7\x84", "\xE5\xBC\x95\xE6\x93\x8E",
                                     "\xE3\x82\xA8\xE3\x83\xB3\xE3\x82\xB8\xE3\x83\xB3"})
    if (text::trim(header) == cjk) return true;
  static constexpr std::string_view kNames[] = {
      "name",   "engine",  "server",           "framework",
      "runner", "serving", "inference engine", "serving engine"};
  return header_is_one_of(header, kNames);
}

// A column whose cells say what each row ran on or as: "Run", "Device", "Mode", "Setup".
// "Platform", "Test Platform", "Hardware", "Machine": a column of the machines the rows ran on.
bool names_a_machine(std::string_view header) {
  if (metrics::has_cjk(header)) return names_a_machine(metrics::gloss(header));  // "测试平台"
  static constexpr std::string_view kNames[] = {"platform", "test platform", "hardware",
                                                "machine",  "system",        "test machine"};
  return header_is_one_of(header, kNames);
}

bool names_where_it_ran(std::string_view header) {
  static constexpr std::string_view kNames[] = {
      "run",    "device", "mode",    "setup",  "hardware", "platform", "processor",
      "target", "config", "variant", "engine", "cpu/gpu",  "gpu/cpu"};
  return header_is_one_of(header, kNames);
}

// A column whose cells say how each row's run ended: "Result", "Verdict", "Pass/Fail".
bool names_a_verdict(std::string_view header) {
  static constexpr std::string_view kNames[] = {"result",    "results",     "verdict",
                                                "pass/fail", "test result", "run result"};
  return header_is_one_of(header, kNames);
}

}  // namespace

// A precision named by its format ("Q4_K_M", "FP16", "AWQ"), not by its bits alone ("8bit": "TGI
// eetq 8bit" says more than an engine and a precision).
bool names_a_format(std::string_view quant) {
  return !quant.empty() &&
         !(quant.size() >= 3 && text::iequals(quant.substr(quant.size() - 3), "bit"));
}

bool names_a_note(std::string_view header) {
  const std::string low = text::to_lower(text::trim(header));
  return low == "notes" || low == "note" || low == "comment" || low == "comments" ||
         low == "remarks" || low == "remark";
}

std::vector<NoteFigure> figures_in_note(std::string_view note) {
  std::vector<NoteFigure> out;
  if (note.find(": ") == std::string_view::npos || note.size() > 200) return out;
  for (std::size_t at = 0; at < note.size();) {
    auto end = note.find_first_of(";,", at);
    // (A thousands separator is no part's end: "Tokens: 1,024".)
    while (end != std::string_view::npos && note[end] == ',' && end + 1 < note.size() &&
           std::isdigit(static_cast<unsigned char>(note[end + 1])))
      end = note.find_first_of(";,", end + 1);
    if (end == std::string_view::npos) end = note.size();
    const std::string_view part = text::trim(note.substr(at, end - at));
    at = end + 1;
    const auto colon = part.find(": ");
    if (colon == std::string_view::npos || colon == 0 || colon > 40) continue;
    const std::string_view name = text::trim(part.substr(0, colon));
    std::string_view figure = text::trim(part.substr(colon + 2));
    // "Memory Usage: 9.895Gi/16.000Gi": what was used, of what there is (the part's note says
    // both).
    if (const auto slash = figure.find('/');
        slash != std::string_view::npos && slash > 0 && !is_number_cell(figure)) {
      const auto used = numeric::parse_cell(figure.substr(0, slash));
      const auto total = numeric::parse_cell(figure.substr(slash + 1));
      if (used && total && !used->suffix.empty() && used->suffix == total->suffix)
        figure = figure.substr(0, slash);
    }
    if (name.empty() || !std::isalpha(static_cast<unsigned char>(name[0])) ||
        !is_number_cell(figure) || numeric::is_missing_marker(figure))
      continue;
    // A quantity measured on the row's own run ("Memory Usage", "Peak VRAM", "load"): not
    // another run's figure ("Baseline: 45.2 tok/s", "vs llama.cpp: 30 tok/s"), nor a name that
    // says no quantity.
    const std::string low = text::to_lower(name);
    bool other_run = false;
    for (const std::string_view w : {"baseline", "vs", "before", "previous", "target", "expected",
                                     "reference", "original", "old", "prior", "was", "upstream"}) {
      other_run = other_run || low == w || low.starts_with(std::string(w) + " ");
    }
    if (other_run) continue;
    const auto parsed = numeric::parse_cell(figure);
    if (!classify_cached(name, parsed ? std::string_view(parsed->suffix) : std::string_view())
             .metric)
      continue;
    out.push_back({name, figure, part});
  }
  return out;
}

void add_note_figures(MetricRows& rows, std::string_view note, const NoteColumn& column,
                      const Context& context, const RowLabels& labels) {
  for (const auto& f : figures_in_note(note)) {
    MetricRow* row = add_text_row(rows, f.name, f.figure);
    if (!row) continue;
    row->locator = column.locator + "." + std::string(f.name);
    row->line = column.line;
    row->context = context;
    add_note(*row, "written in the row's " + column.header + ": '" + std::string(f.part) + "'");
    default_statistic(*row, column.statistic);
    if (labels.failed) mark_failed(*row, labels.error);
  }
}

namespace {

bool names_figures(std::string_view note) {
  return !figures_in_note(note).empty();
}

// "Runtime=rust" after the row's other labels; a column with no header ("| | 4-bit | 8-bit |")
// labels its row by the cell alone ("metal_limit").
void add_label(std::string& labels, const std::string& header, std::string_view cell) {
  if (!labels.empty()) labels += ' ';
  if (!header.empty()) labels.append(header).append(1, '=');
  labels.append(cell);
}

}  // namespace

RowLabels row_labels(std::span<const ColumnRole> roles, std::span<const std::string> headers,
                     std::span<const std::string_view> cells, bool keep_settings) {
  RowLabels out;
  Context& ctx = out.context;
  double n_prompt = -1, n_gen = -1, n_depth = 0;
  std::string depth_setting;  // "depth=4096", as the row writes it
  std::string config, labels;
  // config's settings, in order (a per-thread buffer: this runs for every table row)
  thread_local std::vector<std::pair<std::string_view, std::string_view>> settings;
  settings.clear();
  bool scenario_label = false;         // the configuration label is a scenario's name
  std::string label_quant;             // a label that is a weights' precision alone ("Q2_K")
  std::string size_model, size_quant;  // "| Model Size |" of "0.5B-4bit": the model by its size
  const std::size_t n = std::min({roles.size(), headers.size(), cells.size()});
  // "| Best Per-Req Think | Best Sustained Think |": settings chosen by different criteria; the
  // row's figures ran at neither for certain. (One "Optimal Think-Time" column is the setting its
  // row's figures were measured at.)
  const bool rival_choices =
      std::count_if(roles.begin(), roles.begin() + static_cast<std::ptrdiff_t>(n),
                    [](const ColumnRole& r) { return r.chosen; }) > 1;
  // "name,quant,device,pp_tok_s": where the rows name a quantization, a "name" column names the
  // model quantized (not a run's label).
  const auto header_begin = headers.begin();
  const auto header_end = headers.begin() + static_cast<std::ptrdiff_t>(n);
  const bool quantized =
      std::any_of(header_begin, header_end,
                  [](const std::string& h) { return text::iequals(h, "name"); }) &&
      std::any_of(header_begin, header_end, [](const std::string& h) {
        Context probe;
        return context_slot(probe, h) == &probe.quantization;
      });
  std::string backend_header;  // the column that named the row's backend
  // Whether a column names the rows' models (asked only of a test column's label).
  std::optional<bool> model_col;
  const auto model_column = [&] {
    if (!model_col)
      model_col = std::any_of(header_begin, header_end, [](const std::string& h) {
        Context probe;
        return context_slot(probe, h) == &probe.model;
      });
    return *model_col;
  };
  for (std::size_t c = 0; c < n; ++c) {
    const std::string_view v = cells[c];
    const ColumnRole& role = roles[c];
    std::string_view sv = v;  // a setting's value, its aside apart ("16K (16,384 tokens)")
    // "| Result |" of "❌ FAIL (server drop)" beside "✅ PASS (2/2)": the row's run failed (its
    // text stays among the row's labels below).
    if (role.use != ColumnRole::Use::error && role.verdict && says_failed("status", v)) {
      out.failed = true;
      if (out.error.empty()) out.error = std::string(v);
    }
    if (quantized && ctx.model.empty() && text::iequals(headers[c], "name") && is_name_text(v) &&
        !numeric::parse_cell(v)) {
      ctx.model = std::string(v);
      if (ctx.backend.empty()) ctx.backend = serving_engine_in(v);  // "Qwen3.5 Q4_K_M Ollama"
      continue;
    }
    // nvidia-smi's "name" query field: the GPU ("NVIDIA GeForce RTX 4090", "Tesla V100-SXM2-16GB"),
    // where the cell is one GPU's name from its start.
    if (ctx.gpu.empty() && headers[c].size() == 4 && text::iequals(headers[c], "name") &&
        names_one_gpu(v)) {
      ctx.gpu = std::string(v);
      continue;
    }
    if (role.use == ColumnRole::Use::context) {
      if (v.empty()) continue;
      std::string* slot = context_slot(ctx, headers[c]);
      // "| 测试平台 |" (test platform) of "Nvidia 3090（24G）": the machine, no test.
      if (slot == &ctx.test && names_a_machine(headers[c])) {
        if (names_a_cpu(v)) {
          add_label(labels, headers[c], v);
        } else {
          const std::string gpu = gpu_named_in(v);
          ctx.gpu = gpu.empty() ? std::string(v) : gpu;
        }
        continue;
      }
      // "| Task | Best Model | Best Score | Worst Model | Gap |": two models compared, the row's
      // figures neither's alone (the best model a label).
      if (slot == &ctx.model && text::to_lower(headers[c]).starts_with("best ") &&
          std::any_of(header_begin, header_end, [](const std::string& h) {
            return text::to_lower(h).starts_with("worst ");
          })) {
        add_label(labels, headers[c], v);
        continue;
      }
      if (slot == &ctx.config && !ctx.config.empty() && !numeric::parse_cell(v)) {
        // "| Config | Scenario |": test004 of baseline_vs_chimera, both names kept.
        add_label(labels, headers[c], v);
      } else if (slot == &ctx.quantization && !slot->empty()) {
        // "| Quantization | Precision |": q4_0 named first; "4-bit" stays a label beside it.
        add_label(labels, headers[c], v);
      } else if (slot == &ctx.test && ctx.model.empty() && !names_sized_model(v) &&
                 !sized_model_first(v).empty() && !text::icontains(v, "draft") && !model_column()) {
        // "| test_name |" of "Qwen3.6-35B llama.cpp UD-Q4_K_M" where no column names the model:
        // a configuration named by its model first, no test (a "prompt_type" column is it).
        ctx.model = sized_model_first(v);
        add_label(labels, headers[c], v);
      } else if (slot == &ctx.backend && !slot->empty() && !text::iequals(*slot, v) &&
                 !numeric::parse_cell(v)) {
        // "| Engine | Backend |" of "LM Studio | llama.cpp": the engine is the row's (rows of LM
        // Studio and Ollama, both on llama.cpp, stay apart), whichever column comes first; the
        // other a label. (llama.cpp's own rows: its compute backend, "Vulkan", as llama-bench
        // names it.)
        const bool engine_here = names_an_engine_column(headers[c]);
        const bool engine_before = names_an_engine_column(backend_header);
        const bool llama_here = text::iequals(v, "llama.cpp");
        const bool llama_before = text::iequals(*slot, "llama.cpp");
        const bool compute_here = names_compute_backend(v);
        const bool compute_before = names_compute_backend(*slot);
        const bool swap = (engine_here && !engine_before && !(llama_here && compute_before)) ||
                          (compute_here && llama_before);
        if (swap) {
          add_label(labels, backend_header.empty() ? std::string("backend") : backend_header,
                    *slot);
          *slot = std::string(v);
          backend_header = headers[c];
        } else {
          add_label(labels, headers[c], v);
        }
      } else if (slot == &ctx.test && !slot->empty() && !text::iequals(*slot, v) &&
                 !numeric::parse_cell(v)) {
        // "| workload | prompt_type |" of "chat | short": the first the row's test, the other a
        // label (both kept: rows of two workloads stay apart).
        add_label(labels, headers[c], v);
      } else if (slot == &ctx.model && names_an_architecture(v)) {
        // "model_type" of "Dense", "MoE" beside the "model" column: the model's architecture, a
        // label of the row, no model's name.
        add_label(labels, headers[c], v);
      } else if (slot == &ctx.backend && v.find_first_of("0123456789") != std::string_view::npos &&
                 !numeric::parse_cell(v) && v.find(" vs ") == std::string_view::npos &&
                 names_a_format(quantization_in(v)) && !engine_in(v).empty()) {
        // "llama.cpp Q4_K_M (2026-08-15)", "vLLM FP16": the engine, and the weights' precision
        // it ran.
        *slot = engine_in(v);
        if (ctx.quantization.empty()) ctx.quantization = quantization_in(v);
      } else if (slot == &ctx.gpu && names_a_cpu(v)) {
        // "| Device |" of "Intel i7-8700", "AMD Ryzen 9 5900HS", "Apple M2 CPU": the figures ran
        // on that processor, no GPU; the row's label. (A machine's "Windows i5-12600K 32GB RAM,
        // AMD 6950 XT" names its GPU in a part of its own: that GPU.)
        if (std::string gpu = gpu_of_a_part(v); !gpu.empty()) *slot = std::move(gpu);
        add_label(labels, headers[c], v);
      } else if (slot == &ctx.gpu && text::iequals(headers[c], "gpus") && gpu_named_in(v).empty()) {
        add_label(labels, headers[c], v);  // ("all", "0,1,2,3": which devices, no GPU's name)
      } else if (slot == &ctx.gpu && geforce_number(v)) {
        // "| GPU |" of "3090": a GeForce by its number alone (no count of layers has four digits),
        // named as the card ("RTX 3090") so that it is the same GPU as a row's "RTX 3090".
        *slot = geforce_name(v);
      } else if (slot && !numeric::parse_cell(v) && !(slot == &ctx.model && names_a_ratio(v))) {
        // "Qwen3-0.6B ⭐": a mark after the name (a star, an emoji) is no part of it.
        std::string_view value = v;
        if (slot == &ctx.model) {
          // ("✅ deepseek-coder:6.7b": a mark before it and a space, a symbol's or an emoji's
          // bytes; not a name's own letters, "通义千问2.5-7B".)
          if (const auto space = v.find(' ');
              space <= 8 && is_marks(v.substr(0, space)))  // (npos too: past 8)
            value = text::trim(v.substr(space + 1));
          std::string_view name = value;
          while (!name.empty() &&
                 (name.back() == ' ' || static_cast<unsigned char>(name.back()) >= 0x80))
            name.remove_suffix(1);
          if (!name.empty() && name.size() < value.size() &&
              (std::isalnum(static_cast<unsigned char>(name.back())) != 0 || name.back() == ')'))
            value = name;
        }
        // llama-bench's "model_filename" and "model_type" of one row: the GGUF's file names the
        // model where the type has no size ("llama ?B Q3_K - Large"); a path by its file.
        const bool gguf = slot == &ctx.model && value.size() > 5 &&
                          text::iequals(value.substr(value.size() - 5), ".gguf");
        const auto unsized = [](std::string_view m) {
          return m.find(" ?B ") != std::string_view::npos;
        };
        // "| Model + Backend |" of "Qwen 2.5-7B AWQ + GenAI", "| Model / Quant |" of "… / AWQ":
        // the model, and the part after the joint where the header's part names it (an engine, a
        // precision, a GPU; else a label of the row: a draft, an adapter).
        if (slot == &ctx.model)
          for (const std::string_view joint : {" + ", " / ", " & "}) {
            const auto in_header = headers[c].find(joint);
            const auto in_value = value.find(joint);
            if (in_header == std::string::npos || in_value == std::string_view::npos) continue;
            const std::string second_name =
                std::string(text::trim(std::string_view(headers[c]).substr(in_header + 3)));
            const std::string_view second = text::trim(value.substr(in_value + 3));
            value = text::trim(value.substr(0, in_value));
            Context probe;
            const std::string* part = context_slot(probe, second_name);
            const std::string low = text::to_lower(second_name);
            if (part == &probe.quantization || low.starts_with("quant") || low == "precision") {
              if (ctx.quantization.empty()) ctx.quantization = std::string(second);
            } else if (part == &probe.gpu) {
              if (ctx.gpu.empty()) ctx.gpu = std::string(second);
            } else if (part == &probe.backend || low == "runtime" || low == "server") {
              if (ctx.backend.empty()) ctx.backend = std::string(second);
            } else {
              add_label(labels, second_name, second);
            }
            break;
          }
        if (slot == &ctx.model && !slot->empty() && unsized(value)) {
          // (keeps the file's name)
        } else if (gguf) {
          if (slot->empty() || unsized(*slot)) *slot = model_of_path(value);
        } else {
          if (slot == &ctx.quantization) value = precision_apart(value, labels);
          *slot = std::string(value);
          if (slot == &ctx.backend) backend_header = headers[c];
        }
        if (slot == &ctx.config)  // ("8-bit, concurrency=1": by its first part)
          if (std::string q = pure_quantization(v.substr(0, v.find(", ")));
              !q.empty() && names_variant(headers[c]))
            label_quant = std::move(q);
        // A scenario names the workload, not the configuration: rows of one scenario may differ
        // in their settings ("baseline_vs_chimera" with agent_b_num_gpu=80 or 120).
        if (slot == &ctx.config)
          scenario_label = text::to_lower(headers[c]).find("scenario") != std::string::npos;
      } else {  // "GPU" = 80 (layers), "Model" = 3, "GPU (Chimera)" = 80: the row's label
        add_label(labels, headers[c], v);
        if (keep_settings && slot == &ctx.gpu)
          out.settings.push_back(headers[c] + "=" + std::string(v));  // layers
      }
    } else if (role.use == ColumnRole::Use::error) {
      if (says_failed(headers[c], v)) {
        out.failed = true;
        // ("success" of "False": the flag with its name, "success=False", not a bare "False".)
        const bool flag = text::iequals(v, "false") || text::iequals(v, "no") || v == "0" ||
                          text::iequals(v, "true") || text::iequals(v, "yes") || v == "1";
        if (out.error.empty() || !numeric::parse_cell(v))
          out.error = flag ? headers[c] + "=" + std::string(v) : std::string(v);
      }
    } else if (role.names_config && !v.empty()) {
      add_label(labels, headers[c], v);
    } else if (role.note && names_figures(v)) {
      // "Memory Usage: 9.9Gi": figures of the row's own (the table's reader makes them rows), no
      // label of its run.
    } else if (role.note && role.label && !v.empty() && v.size() <= 30 && !is_name_text(v) &&
               !is_no_value(v) && !numeric::parse_cell(v) &&
               v.find_first_of(";(%") == std::string_view::npos) {
      // "| Notes |" of "4090 only", "4090+3090": what may tell the row's run apart, as written
      // (not a sentence of comment: "Warm-up hit first prompt (2.86 s); ...").
      if (out.note.empty()) add_label(out.note, headers[c], v);
    } else if (role.parameter.empty() && role.label && ctx.test.empty() && v.size() >= 3 &&
               (v[0] == 'p' || v[0] == 't' || v[0] == 'P' || v[0] == 'T') &&
               bench_test_id(v) == v) {
      ctx.test = std::string(v);  // "| Model | Metric | RADV | ...": the row is a test's, "pp512"
    } else if (role.parameter.empty() && role.label && is_name_text(v) &&
               !(names_a_configuration(headers[c]) && !numeric::parse_cell(v))) {
      // Text in a column of a numbers' table names the row: "Runtime=rust", "Mode=generate".
      add_label(labels, headers[c], v);
      if (ctx.gpu.empty() && names_where_it_ran(headers[c]) && names_a_cpu_run(v))
        ctx.gpu = "cpu";  // "| Run | ... |" of "CPU" (not "| Resource |" of "CPU", its usage)
      // "| Platform |" of "Nvidia 3090（24G）", "| Hardware |" of "RTX 4090": also the GPU.
      if (ctx.gpu.empty() && (names_a_machine(headers[c])) && !names_a_cpu(v))
        ctx.gpu = gpu_named_in(v);
      // "| Name |" of "Qwen3.5 4bit mlx-lm", "Qwen3.5 Q4_K_M Ollama": the engine it ran on, over
      // any the document names (not a pair compared: "vLLM vs SGLang").
      if (ctx.backend.empty() && names_what_served(headers[c]) &&
          v.find(" vs ") == std::string_view::npos)
        ctx.backend = serving_engine_in(v);
      // "| Variant | ... |" of GGUF types ("Q2_K", "IQ4_XS"), or the row's own label: also its
      // quantization, where no column names one. (Not "Higher Q", "Critical Quant",
      // "Recommended Quant": a compared, chosen or telling level, not the row's.)
      // ("8-bit, concurrency=1": the label's first part.)
      if (label_quant.empty())
        if (std::string q = pure_quantization(v.substr(0, v.find(", ")));
            !q.empty() && (c == 0 || names_variant(headers[c])) &&
            !names_absence(headers[c]))  // ("Omitted Quant" Q2_K: figures without it)
          label_quant = std::move(q);
      // A load-test profile's name says its load: "concurrent16", "synchronous" (GuideLLM's
      // strategies, as a summary of its runs names them).
      if (ctx.concurrency.empty() && ctx.rate.empty() && names_a_profile(headers[c])) {
        const auto load = load_in_label(v);
        ctx.concurrency = load.concurrency;
        ctx.rate = load.rate;
      }
    } else if (role.parameter == "model_size" && c == 0 && size_model.empty() &&
               model_by_its_size(v, size_quant)) {
      // (The first column's: "| Model Size | Tokens/Second |" names each row by it; a
      // "| Params |" beside a name, or after other labels, is a property of the model.)
      size_model = std::string(v);  // (the model's, where no column names it: below)
    } else if (!role.parameter.empty() && !v.empty() && !(role.chosen && rival_choices) &&
               setting_value(v, sv)) {
      auto num = numeric::parse_cell(sv);
      // (llama-bench's CSV writes tensor_split 0.00 in every record, as its JSON; its Markdown
      // prints a "ts" column only when a split was asked for: 0.00 there tells rows apart.)
      // A table's requested lengths ("input_len" 128, "prompt_length" short) tell its rows
      // apart too.
      const bool config_column = is_config_parameter(role.parameter) ||
                                 role.parameter == "input_len" || role.parameter == "output_len";
      if (config_column && !(is_default_setting(role.parameter, sv) && headers[c] != "ts")) {
        config += (config.empty() ? "" : " ") + headers[c] + "=" + std::string(sv);
        settings.emplace_back(headers[c], sv);
      }
      if (role.parameter == "concurrency") ctx.concurrency = std::string(sv);
      // (Not a proportion: "Rate" 11.4% of outliers, "Baseline Rate" 0.78-0.85.)
      if (role.parameter == "rate" && sv.find('%') == std::string_view::npos && !has_interval(sv) &&
          sv.find('-', 1) == std::string_view::npos)
        ctx.rate = std::string(sv);
      if (num && role.parameter == "n_prompt") n_prompt = num->value;
      if (num && role.parameter == "n_gen") n_gen = num->value;
      // ("16K (16,384 tokens)", "0K": a depth in thousands of tokens, 1,024 each.)
      if (!num && role.parameter == "n_depth") num = thousands_of_tokens(sv);
      if (num && role.parameter == "n_depth") {
        n_depth = num->value;
        depth_setting = headers[c] + "=" + std::string(sv);
      }
    }
  }
  // "label,depth,pp_tok_s,tg_tok_s": a sweep of the context depth with no test columns to name
  // it in: the depth joins the configuration.
  if (!depth_setting.empty() && !(n_prompt >= 0 && n_gen >= 0) && ctx.test.empty())
    config += (config.empty() ? "" : " ") + depth_setting;
  if (ctx.quantization.empty()) ctx.quantization = std::move(label_quant);
  // "| Model Size | Tokens/Second |" of "7B-4bit": where no column names the model, the size
  // that tells the rows' models apart is the name the table gives it.
  if (!size_model.empty() && ctx.model.empty() && !model_column()) {
    out.model_by_size = true;
    ctx.model = std::move(size_model);
    if (ctx.quantization.empty()) ctx.quantization = std::move(size_quant);
  }
  if (keep_settings && !config.empty()) out.settings.push_back(config);
  if (ctx.test.empty() && n_prompt >= 0 && n_gen >= 0)
    ctx.test = llama_bench_test(n_prompt, n_gen, n_depth);
  // An explicit configuration label ("ctx1024-temp0.8") wins over the settings it names, so the
  // configuration has one name in every file; a scenario label ("baseline_vs_chimera") comes
  // first, then the row's settings (agent_b_num_gpu=80). The row's other labels (Runtime=rust,
  // Mode=generate) follow.
  // (Only the settings it spells: "het_g80/g120" names the GPU layers of both agents, not their
  // CTX A=512 and TEMP A=0.8 beside it.)
  if (!ctx.config.empty() && !config.empty() && !scenario_label && spells_settings(ctx.config))
    config = settings_not_spelled(settings, ctx.config);
  if (!ctx.config.empty()) config = config.empty() ? ctx.config : ctx.config + " " + config;
  if (!labels.empty()) config += (config.empty() ? "" : " ") + labels;
  ctx.config = std::move(config);
  host_of_cpu_run(ctx);
  return out;
}

std::vector<bool> baseline_columns(std::span<const std::string> variants) {
  std::vector<bool> baseline(variants.size(), false);
  bool tuned = false;
  for (std::size_t c = 0; c < variants.size(); ++c) {
    const std::string_view family = variant_family(variants[c]);
    baseline[c] = family == "baseline";
    tuned = tuned || family == "tuned";
  }
  if (!tuned) baseline.assign(variants.size(), false);
  return baseline;
}

void baseline_beside_tuned(MetricRow& row, std::span<const std::string> settings) {
  std::string& config = row.context.config;
  std::string taken;
  for (const std::string& s : settings) {
    const auto at = config.find(s);
    if (at == std::string::npos) continue;
    std::size_t end = at + s.size();
    if (end < config.size() && config[end] == ' ') ++end;
    config.erase(at, end - at);
    taken += (taken.empty() ? "" : " ") + s;
  }
  if (taken.empty()) return;
  while (!config.empty() && config.back() == ' ') config.pop_back();
  row.note += std::string(row.note.empty() ? "" : "; ") + "measured beside the tuned run's '" +
              taken + "'; a baseline runs at its own settings";
}

std::vector<std::string> locator_names(std::span<const std::string> headers) {
  std::vector<std::string> out;
  out.reserve(headers.size());
  for (std::size_t c = 0; c < headers.size(); ++c) {
    std::size_t seen = 1;
    for (std::size_t k = 0; k < c; ++k) seen += headers[k] == headers[c] ? 1 : 0;
    out.push_back(seen == 1 ? headers[c] : headers[c] + " (" + std::to_string(seen) + ")");
  }
  return out;
}

std::string labelled_name(const std::string& label, const std::string& header) {
  if (label.empty()) return header;
  const std::string h = text::to_lower(metrics::in_english(header));  // "数值"
  if (h == "value" || h == "values" || h.empty()) return label;
  return label + " / " + header;
}

}  // namespace chimera::ingest::detail
