#include "path_context.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <unordered_map>
#include <vector>

#include "chimera/core/numeric.hpp"
#include "chimera/core/text.hpp"
#include "gpu_names.hpp"
#include "markdown_context.hpp"
#include "row_builder.hpp"

namespace chimera::ingest::detail {
namespace {

bool all_digits(std::string_view s) {
  return !s.empty() && s.size() <= 7 &&
         std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

// "16", "2.5", "10.0": a plain non-negative figure as a path writes it.
bool is_figure(std::string_view s) {
  const auto dot = s.find('.');
  if (dot == std::string_view::npos) return all_digits(s);
  return all_digits(s.substr(0, dot)) && all_digits(s.substr(dot + 1));
}

// "0016" -> "16".
std::string without_leading_zeros(std::string_view digits) {
  while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
  return std::string(digits);
}

// The words of one path part, lower-cased, split at '-', '_', '=', '+', ',' and spaces (not at
// '.', which figures hold: "10.0qps").
std::vector<std::string> words_of_part(std::string_view part) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : part) {
    if (c == '-' || c == '_' || c == '=' || c == '+' || c == ',' || c == ' ') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// "concurrency16", "conc4", "c16", or "concurrency" then "16": the concurrency a word names.
std::optional<std::string> concurrency_word(const std::vector<std::string>& w, std::size_t i) {
  for (const std::string_view stem : {"concurrency", "concurrent", "conc", "c"}) {
    if (!w[i].starts_with(stem)) continue;
    const std::string_view rest = std::string_view(w[i]).substr(stem.size());
    if (all_digits(rest)) return without_leading_zeros(rest);
    if (rest.empty() && stem != "c" && i + 1 < w.size() && all_digits(w[i + 1]))
      return without_leading_zeros(w[i + 1]);
  }
  return std::nullopt;
}

// Rates that are no request rate: "error_rate_5", "learning_rate_0.1", "hit_rate90".
bool other_rate(const std::vector<std::string>& w, std::size_t i) {
  static constexpr std::array<std::string_view, 16> kOther = {
      "error", "hit",  "success", "failure", "learning",   "sample", "sampling", "frame",
      "bit",   "drop", "loss",    "miss",    "acceptance", "accept", "cache",    "token"};
  return i > 0 && std::find(kOther.begin(), kOther.end(), w[i - 1]) != kOther.end();
}

// "10.0qps", "infqps", "4rps", "qps4", "rate16", "rate" then "2.5": the request rate a word
// names.
std::optional<std::string> rate_word(const std::vector<std::string>& w, std::size_t i) {
  const std::string_view word = w[i];
  for (const std::string_view unit : {"qps", "rps"}) {
    if (word.size() > unit.size() && word.ends_with(unit)) {
      const auto n = word.substr(0, word.size() - unit.size());
      if (n == "inf" || is_figure(n)) return std::string(n);
    }
  }
  for (const std::string_view stem : {"qps", "rps", "rate"}) {
    if (!word.starts_with(stem) || other_rate(w, i)) continue;
    const auto rest = word.substr(stem.size());
    if (!rest.empty() && (rest == "inf" || is_figure(rest))) return std::string(rest);
    if (rest.empty() && i + 1 < w.size() && (w[i + 1] == "inf" || is_figure(w[i + 1])))
      return w[i + 1];
  }
  return std::nullopt;
}

// A weights' precision a part names: "IQ3_M" of "27B_Heretic_NEO_CODE_IQ3_M_d32768",
// "Q4_K_M", "fp8" (not the KV cache's "kv-cache-fp8"). Upper-cased, or "" when none or several.
std::string quantization_in_part(std::string_view part) {
  const auto words = words_of_part(part);  // lower-cased, split at '_' and '-' too
  static constexpr std::array<std::string_view, 17> kFormats = {
      "f16",  "bf16", "f32",   "fp16",  "fp8", "fp32",    "awq",      "gptq",   "int4",
      "int8", "nf4",  "mxfp4", "nvfp4", "fp4", "float16", "bfloat16", "float32"};
  static constexpr std::array<std::string_view, 10> kTails = {"k",   "m",  "s", "l", "xs",
                                                              "xxs", "nl", "0", "1", "ks"};
  std::string found;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i];
    if (const auto dot = w.find('.'); dot != std::string_view::npos) w = w.substr(0, dot);
    std::string q;
    const std::size_t digit = w.starts_with("iq") ? 2 : w.starts_with("q") ? 1 : 0;
    if (digit > 0 && w.size() > digit && all_digits(w.substr(digit))) {
      q = std::string(w);
      for (std::size_t k = i + 1; k < words.size() && k <= i + 2; ++k) {
        if (std::find(kTails.begin(), kTails.end(), words[k]) == kTails.end()) break;
        q += "_" + words[k];
        i = k;
      }
    } else if (std::find(kFormats.begin(), kFormats.end(), w) != kFormats.end()) {
      const bool kv =
          i > 0 && (words[i - 1] == "kv" || words[i - 1] == "cache" || words[i - 1] == "kvcache");
      if (!kv) q = std::string(w);
    }
    if (q.empty()) continue;
    if (q.starts_with("float") || q.starts_with("bfloat"))  // (vLLM's dtype: "float16" as FP16)
      q = (q[0] == 'b' ? "bf" : "fp") + q.substr(q.find('t') + 1);
    for (auto& c : q) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (!found.empty() && found != q) return {};
    found = q;
  }
  return found;
}

// The run's settings a part spells as a short name and a number each ("TP4_DP2_CTX4096",
// "bs8_in128_out128", "mem0.9"), as "tp=4 dp=2 ctx=4096"; "" where it spells none (or only
// input and output lengths, one alone).
std::string settings_in_part(std::string_view part) {
  static constexpr std::array<std::string_view, 10> kNames = {"tp",  "dp",  "pp",  "ep", "bs",
                                                              "ctx", "isl", "osl", "in", "out"};
  // (Runs for every file's name: its words looked at in place, nothing built for most.)
  std::string out;
  std::size_t found = 0, lengths = 0;
  for (std::size_t at = 0; at < part.size();) {
    auto end = part.find_first_of("-_=+, ", at);
    if (end == std::string_view::npos) end = part.size();
    const std::string_view word = part.substr(at, end - at);
    at = end + 1;
    std::size_t letters = 0;
    while (letters < word.size() && std::isalpha(static_cast<unsigned char>(word[letters])))
      ++letters;
    if (letters == 0 || letters > 3 || letters == word.size() ||
        !std::isdigit(static_cast<unsigned char>(word[letters])))
      continue;
    const std::string w = text::to_lower(word);
    const std::string_view name = std::string_view(w).substr(0, letters);
    const std::string_view number = std::string_view(w).substr(letters);
    // ("mem0.9": vLLM's share of the GPU's memory it may take, --gpu-memory-utilization.)
    if (name == "mem" && !number.empty()) {
      const auto share = numeric::parse_cell(number);
      if (!share || !share->suffix.empty() || share->value <= 0 || share->value >= 1 ||
          number.find('.') == std::string_view::npos || out.find("mem=") != std::string::npos)
        continue;
      out += (out.empty() ? "" : " ") + std::string("mem=") + std::string(number);
      ++found;
      continue;
    }
    if (!all_digits(number) || std::find(kNames.begin(), kNames.end(), name) == kNames.end())
      continue;
    // (A length asked is 16 tokens or more: "in8_out4" names no lengths.)
    if ((name == "in" || name == "out" || name == "isl" || name == "osl") &&
        (number.size() < 2 || std::stoul(std::string(number.substr(0, 7))) < 16))
      continue;
    // (A parallel size is a power of two up to 64: llama-bench's "pp512" is its prompt test,
    // "ep3" an epoch.)
    if (name == "tp" || name == "pp" || name == "ep" || name == "dp") {
      const auto n = std::stoul(std::string(number.substr(0, 6)));
      if (n == 0 || n > 64 || (name != "dp" && (n & (n - 1)) != 0)) continue;
    }
    if (out.find(std::string(name) + "=") != std::string::npos) return {};  // (twice: no one)
    out += (out.empty() ? "" : " ") + std::string(name) + "=" + without_leading_zeros(number);
    ++found;
    lengths += name == "in" || name == "out" || name == "isl" || name == "osl" ? 1 : 0;
  }
  return found == 0 || (found == lengths && found < 2) ? std::string() : out;
}

// The one value a part names through `pick`, or nothing when it names none or several.
template <typename Pick>
std::optional<std::string> one_value(const std::vector<std::string>& words, Pick pick) {
  std::optional<std::string> found;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto v = pick(words, i);
    if (!v) continue;
    if (found && *found != *v) return std::nullopt;  // "ramp-up-1qps-10qps": no one rate
    found = v;
  }
  return found;
}

// genai-perf's and AIPerf's artifact folder: "Qwen_Qwen3-0.6B-openai-chat-concurrency4",
// "gpt2-triton-tensorrtllm-request_rate10": the model is what stands before the service kind.
std::optional<std::string> artifact_folder_model(std::string_view part) {
  const std::string low = [&] {
    std::string s(part);
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  }();
  auto load = low.rfind("-concurrency");
  if (load == std::string::npos) load = low.rfind("-request_rate");
  if (load == std::string::npos) return std::nullopt;
  for (const std::string_view kind : {"-openai-", "-triton-", "-tensorrtllm_engine-"}) {
    const auto at = low.rfind(kind, load);
    if (at != std::string::npos && at > 0) return std::string(part.substr(0, at));
  }
  return std::nullopt;
}

// A quick look before the words are split: every load a part can name has a figure in it ("inf"
// for an unbounded rate) and a 'c' ("c16", "concurrency"), "qps", "rps" or "rate".
bool may_name_load(std::string_view part) {
  const auto has = [&](std::string_view word) { return text::icontains(part, word); };
  const bool figure = part.find_first_of("0123456789") != std::string_view::npos || has("inf");
  return figure && (has("c") || has("qps") || has("rps") || has("rate"));
}

}  // namespace

namespace {

// Fills what `load` lacks from one part of a path.
// A folder named by a serving engine alone ("vllm", "sglang", "llama.cpp"), as written; "" for
// any other part.
std::string engine_folder(std::string_view part) {
  static constexpr std::string_view kEngines[] = {
      "vllm",      "sglang",       "tgi",          "text-generation-inference",
      "ollama",    "llama.cpp",    "llamacpp",     "llama-cpp",
      "llama_cpp", "tensorrt-llm", "tensorrt_llm", "trtllm",
      "trt-llm",   "lmdeploy",     "mlx",          "exllamav2",
      "mlc-llm",   "mlc_llm"};
  for (const auto e : kEngines) {
    if (text::iequals(part, e)) return std::string(part);
  }
  return {};
}

// "vllm-results", "sglang_run1": a file named first by the engine it ran on (one word of the
// name, the first, and no other engine named after it).
std::string engine_file(std::string_view stem) {
  const auto end = stem.find_first_of("-_. ");
  if (end == std::string_view::npos || end == 0) return {};
  std::string first = engine_folder(stem.substr(0, end));
  if (first.empty()) return {};
  std::string_view rest = stem.substr(end + 1);
  while (!rest.empty()) {
    const auto next = rest.find_first_of("-_. ");
    const std::string_view word = rest.substr(0, next);
    if (!engine_folder(word).empty()) return {};  // "vllm_vs_sglang": two
    rest = next == std::string_view::npos ? std::string_view() : rest.substr(next + 1);
  }
  return first;
}

// "run_1_TP8_DP1_CTX4096_C100_P100_O128": a name that spells its settings as letters and a
// number each; its "P100" (prompts) or "T4" is one of them, no GPU.
bool setting_token(std::string_view part, std::string_view gpu) {
  if (gpu.size() < 2 || std::string_view("PTLCOIN").find(gpu[0]) == std::string_view::npos ||
      !std::all_of(gpu.begin() + 1, gpu.end(),
                   [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) != 0; }))
    return false;
  std::size_t settings = 0;
  for (std::size_t at = 0; at < part.size();) {
    auto end = part.find_first_of("_-. ", at);
    if (end == std::string_view::npos) end = part.size();
    const std::string_view w = part.substr(at, end - at);
    std::size_t letters = 0;
    while (letters < w.size() && std::isalpha(static_cast<unsigned char>(w[letters]))) ++letters;
    if (letters > 0 && letters <= 4 && letters < w.size() && w != gpu &&
        std::all_of(w.begin() + static_cast<std::ptrdiff_t>(letters), w.end(),
                    [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) != 0; }))
      ++settings;
    at = end + 1;
  }
  return settings >= 3;
}

// The part less its one-letter settings ("P100", "T4", "C100" of a name that spells three
// settings or more so); the part itself where it spells fewer.
std::string without_setting_tokens(std::string_view part) {
  if (!setting_token(part, "C0")) return std::string(part);  // (fewer than three settings)
  std::string out;
  bool dropped = false;
  for (std::size_t at = 0; at < part.size();) {
    auto end = part.find_first_of("_-. ", at);
    if (end == std::string_view::npos) end = part.size();
    const std::string_view w = part.substr(at, end - at);
    if (w.size() >= 2 && std::string_view("PTLCOIN").find(w[0]) != std::string_view::npos &&
        std::all_of(w.begin() + 1, w.end(),
                    [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) != 0; })) {
      dropped = true;
    } else {
      out.append(w);
    }
    if (end < part.size()) out += part[end];
    at = end + 1;
  }
  return dropped ? out : std::string(part);
}

// "pro6000_2x", "a100-80g_x4": a count of the part's GPUs written as a word of its own after
// the name ("2x", "x4"), one only; 0 for none.
unsigned count_word_in_part(std::string_view part) {
  unsigned found = 0;
  for (std::size_t at = 0; at <= part.size();) {
    auto end = part.find_first_of("-_.", at);
    if (end == std::string_view::npos) end = part.size();
    const std::string_view w = part.substr(at, end - at);
    at = end + 1;
    std::string_view n;
    if (w.size() >= 2 && w.size() <= 3 && (w.back() == 'x' || w.back() == 'X'))
      n = w.substr(0, w.size() - 1);
    else if (w.size() >= 2 && w.size() <= 3 && (w.front() == 'x' || w.front() == 'X'))
      n = w.substr(1);
    if (n.empty() || !std::all_of(n.begin(), n.end(), [](char c) {
          return std::isdigit(static_cast<unsigned char>(c)) != 0;
        }))
      continue;
    const auto count = static_cast<unsigned>(std::stoul(std::string(n)));
    if (found != 0 || count < 2 || count > 64) return 0;
    found = count;
  }
  return found;
}

void read_part(std::string_view part, PathLoad& load) {
  if (load.gpu.empty()) {
    auto g = gpu_named_in(part);
    // ("qwen3_32b_b200_run_1_TP4_DP2_CTX4096_C100_P100_O128": past the settings' "P100", the
    // "b200" before them.)
    if (g.empty() ? setting_token(part, "C0") : setting_token(part, g)) {
      const std::string rest = without_setting_tokens(part);
      g = rest.size() == part.size() ? std::string() : gpu_named_in(rest);
    }
    if (!g.empty()) {
      std::replace(g.begin(), g.end(), '_', ' ');  // "h100_80GB" as "h100 80GB"
      // ("pro6000_2x": two of them; not where the name has its count, "2xH100".)
      if (!std::isdigit(static_cast<unsigned char>(g.front())))
        if (const unsigned n = count_word_in_part(part); n > 0) g = std::to_string(n) + "x " + g;
      load.gpu = std::move(g);
      load.gpu_part = std::string(part);
    }
  }
  if (load.quant.empty()) {
    if (auto q = quantization_in_part(part); !q.empty()) {
      load.quant = std::move(q);
      load.quant_part = std::string(part);
    }
  }
  if (load.settings.empty()) {
    if (auto set = settings_in_part(part); !set.empty()) {
      load.settings = std::move(set);
      load.settings_part = std::string(part);
    }
  }
  if (!may_name_load(part)) return;
  const auto words = words_of_part(part);
  if (load.concurrency.empty()) {
    if (const auto c = one_value(words, concurrency_word)) {
      load.concurrency = *c;
      load.concurrency_part = std::string(part);
    }
  }
  if (load.model.empty()) {
    if (auto m = artifact_folder_model(part)) {
      load.model = std::move(*m);
      load.model_part = std::string(part);
    }
  }
  if (load.rate.empty()) {
    if (const auto r = one_value(words, rate_word)) {
      load.rate = *r;
      load.rate_part = std::string(part);
    }
  }
}

// Whether a part names a concurrency or a rate ("c16", "rate_2.5").
bool names_load(std::string_view part) {
  if (!may_name_load(part)) return false;
  const auto words = words_of_part(part);
  return one_value(words, concurrency_word).has_value() || one_value(words, rate_word).has_value();
}

// "llama70b", "qwen7b": a family's name with the model's size glued on.
bool glued_size(std::string_view w) {
  for (const std::string_view f : {"llama", "qwen", "gemma", "mistral", "phi", "gpt", "deepseek",
                                   "falcon", "olmo", "smollm", "granite", "yi"}) {
    if (w.size() > f.size() + 1 && text::iequals(w.substr(0, f.size()), f) &&
        names_model_size(w.substr(f.size())))
      return true;
  }
  return false;
}

// A model's size ("8b", "1.5B", "270m") or an Ollama tag ("latest") among a part's words, and
// no serving engine ("qwen36-35b-a3b-nvfp4-sm121-vllm": a project's folder, more than a model).
bool names_one_model(std::string_view part) {
  bool sized = false;
  std::size_t glued = 0;  // words of a family with its size glued on ("llama8b_vs_qwen7b": two)
  std::size_t at = 0;
  while (at < part.size()) {
    auto end = part.find_first_of("-_.:", at);
    // ("3.1" and "1.5b" keep their point: a word ends at a point only before a letter.)
    while (end != std::string_view::npos && part[end] == '.' && end + 1 < part.size() &&
           std::isdigit(static_cast<unsigned char>(part[end + 1])) != 0)
      end = part.find_first_of("-_.:", end + 1);
    const std::string_view w = part.substr(at, end == std::string_view::npos ? end : end - at);
    at = end == std::string_view::npos ? part.size() : end + 1;
    if (!engine_folder(w).empty()) return false;
    if (text::iequals(w, "vs") || text::iequals(w, "versus")) return false;
    glued += glued_size(w) ? 1 : 0;
    sized = sized || text::iequals(w, "latest") || names_model_size(w) || glued_size(w);
  }
  return sized && glued < 2;
}

// "GLM-4.6", "qwen2.5", "Llama-3.1": a family's name with its version (a point between digits),
// a model named without its size.
bool versioned_family(std::string_view w) {
  bool dotted = false;
  for (std::size_t i = 1; i + 1 < w.size() && !dotted; ++i)
    dotted = w[i] == '.' && std::isdigit(static_cast<unsigned char>(w[i - 1])) &&
             std::isdigit(static_cast<unsigned char>(w[i + 1]));
  if (!dotted) return false;
  for (const std::string_view f : {"llama", "qwen", "gemma", "mistral", "phi", "deepseek", "glm",
                                   "granite", "olmo", "falcon", "minimax", "kimi", "nemotron"}) {
    if (w.size() > f.size() && text::iequals(w.substr(0, f.size()), f) &&
        (std::isdigit(static_cast<unsigned char>(w[f.size()])) || w[f.size()] == '-'))
      return true;
  }
  return false;
}

// "sglang_online_Mistral-7B-Instruct_yes": a file named by words joined with '_', one of which
// names one model with its size; that model (not two different ones, not a load word).
// ... or with its version alone ("03_GLM-4.6_memory.log").
std::optional<std::string> model_word_in_name(std::string_view stem) {
  if (stem.find('_') == std::string_view::npos) return std::nullopt;
  std::optional<std::string> found;
  for (std::size_t at = 0; at <= stem.size();) {
    auto end = stem.find('_', at);
    if (end == std::string_view::npos) end = stem.size();
    const std::string_view word = stem.substr(at, end - at);
    at = end + 1;
    // (Runs for every file: a model's size is a digit before a 'b' or 'm', "7B", "0.5b".)
    bool sized = false;
    for (std::size_t i = 1; i < word.size() && !sized; ++i) {
      const char ch = static_cast<char>(word[i] | 0x20);
      sized = (ch == 'b' || ch == 'm') && std::isdigit(static_cast<unsigned char>(word[i - 1]));
    }
    const bool versioned = !sized && versioned_family(word);
    if ((!sized && !versioned) || word.size() < 4 || names_load(word) ||
        (sized && !names_one_model(word)))
      continue;
    Context named;
    if (versioned) named.model.assign(word);
    if (!versioned && (!model_in_key(word, named) || named.model.empty())) continue;
    if (found && *found != named.model) return std::nullopt;
    found = std::move(named.model);
  }
  return found;
}

// A word that starts a model's name: a family's, alone or with its version or size glued on
// ("llama", "gemma3", "qwen2.5", "llama70b"; not "phishing", "ollama").
bool family_word(std::string_view w) {
  static constexpr std::string_view kFamilies[] = {
      "llama",     "qwen",      "gemma",   "mistral",  "mixtral",  "phi",  "deepseek", "falcon",
      "olmo",      "smollm",    "granite", "glm",      "minimax",  "kimi", "nemotron", "tinyllama",
      "codellama", "starcoder", "vicuna",  "internlm", "baichuan", "gpt"};
  for (const std::string_view f : kFamilies) {
    if (w.size() < f.size() || !text::iequals(w.substr(0, f.size()), f)) continue;
    const std::string_view rest = w.substr(f.size());
    if (std::all_of(
            rest.begin(), rest.end(),
            [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.'; }) ||
        names_model_size(rest))
      return true;
  }
  return false;
}

// A word inside a model's name, between its family and its size or after the size: a version
// ("3", "3.1", "v2", "r1"), a variant ("instruct", "distill") or a mixture's active size ("a3b").
bool model_inner_word(std::string_view w, bool after_size) {
  const auto digits = [](std::string_view d) {
    return !d.empty() && std::all_of(d.begin(), d.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c)) || c == '.';
    });
  };
  if (!after_size && (digits(w) || ((w[0] == 'v' || w[0] == 'r') && digits(w.substr(1)))))
    return true;
  if ((w[0] == 'a' || w[0] == 'A') && names_model_size(w.substr(1))) return true;
  for (const std::string_view v :
       {"instruct", "chat", "it", "base", "coder", "code", "distill", "mini", "small", "medium",
        "large", "vl", "moe", "oss", "math", "hf", "turbo", "preview", "qat"})
    if (text::iequals(w, v)) return true;
  return false;
}

// "13_llama_3_2_1b", "gemma3_27b", "qwen2.5-7b-instruct": a file named by a model written with
// '_' or '-' between its words, from its family to its size and variants (not two models).
std::optional<std::string> model_run_in_name(std::string_view stem) {
  // (Runs for every file: a size, a digit before a 'b' or 'm', first; most names have none.)
  bool any_size = false;
  for (std::size_t i = 1; i < stem.size() && !any_size; ++i) {
    const char ch = static_cast<char>(stem[i] | 0x20);
    any_size = (ch == 'b' || ch == 'm') && std::isdigit(static_cast<unsigned char>(stem[i - 1]));
  }
  if (!any_size) return std::nullopt;
  std::optional<std::string> found;
  std::size_t start = std::string_view::npos, end_of_model = 0;
  bool sized = false;
  const auto close = [&]() -> bool {
    if (start != std::string_view::npos && sized) {
      const std::string model(stem.substr(start, end_of_model - start));
      if (found && *found != model) return false;
      found = model;
    }
    start = std::string_view::npos;
    sized = false;
    return true;
  };
  for (std::size_t at = 0; at < stem.size();) {
    auto end = stem.find_first_of("-_.", at);
    // ("3.1" and "2.5" keep their point: a word ends at a point only before a letter.)
    while (end != std::string_view::npos && stem[end] == '.' && end + 1 < stem.size() &&
           std::isdigit(static_cast<unsigned char>(stem[end + 1])) != 0)
      end = stem.find_first_of("-_.", end + 1);
    if (end == std::string_view::npos) end = stem.size();
    const std::string_view w = stem.substr(at, end - at);
    const std::size_t word_at = at;
    at = end + 1;
    if (w.empty()) continue;
    if (text::iequals(w, "vs") || text::iequals(w, "versus")) return std::nullopt;  // (a pair)
    if (start != std::string_view::npos) {
      if (names_model_size(w)) {
        sized = true;
        end_of_model = end;
        continue;
      }
      if (model_inner_word(w, sized) || (!sized && family_word(w))) {
        if (sized) end_of_model = end;
        continue;
      }
      if (!close()) return std::nullopt;
    }
    if (family_word(w)) {
      start = word_at;
      sized = glued_size(w);
      end_of_model = end;
    }
  }
  if (!close()) return std::nullopt;
  return found;
}

// What a folder's path says, its nearest part first: once per folder and thread (a folder's
// files share it).
const PathLoad& folder_load(std::string_view folder) {
  thread_local std::unordered_map<std::string, PathLoad> memo;
  if (const auto it = memo.find(std::string(folder)); it != memo.end()) return it->second;
  if (memo.size() > 4096) memo.clear();
  PathLoad load;
  std::string_view rest = folder;
  while (!rest.empty()) {
    const auto slash = rest.rfind('/');
    const auto part = slash == std::string_view::npos ? rest : rest.substr(slash + 1);
    if (!part.empty()) read_part(part, load);
    // "results/llama-3.1-8b/", "gemma3_latest/": a folder named by one model alone, its size or
    // tag included (not a family's folder, "gemma3/", over files of its several sizes; no load,
    // not a file's name).
    if (Context named; load.model.empty() && !names_load(part) && names_one_model(part) &&
                       model_in_key(part, named)) {
      load.model = std::move(named.model);
      load.model_part = std::string(part);
    }
    if (load.backend.empty()) {
      load.backend = engine_folder(part);
      if (!load.backend.empty()) load.backend_part = std::string(part);
    }
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(0, slash);
  }
  return memo.emplace(std::string(folder), std::move(load)).first->second;
}

// `settings` less the one a file's own setting (a parameter id) is: "tp=4" of "tensor_parallel".
std::string without_setting(std::string_view settings, std::string_view parameter) {
  static constexpr std::pair<std::string_view, std::string_view> kIds[] = {
      {"tp=", "tensor_parallel"}, {"dp=", "data_parallel"}, {"pp=", "pipeline_parallel"},
      {"ep=", "expert_parallel"}, {"bs=", "num_batch"},     {"ctx=", "num_ctx"},
      {"in=", "input_len"},       {"isl=", "input_len"},    {"out=", "output_len"},
      {"osl=", "output_len"}};
  std::string out;
  while (!settings.empty()) {
    const auto space = settings.find(' ');
    const std::string_view kv = settings.substr(0, space);
    settings = space == std::string_view::npos ? std::string_view() : settings.substr(space + 1);
    const std::string_view name = kv.substr(0, kv.find('=') + 1);
    const bool same = std::any_of(std::begin(kIds), std::end(kIds), [&](const auto& id) {
      return id.first == name && id.second == parameter;
    });
    if (!same) out += (out.empty() ? "" : " ") + std::string(kv);
  }
  return out;
}

// Each "name=value" of `settings` the configuration does not name already, after it. (The
// file's own name only: a folder's settings may be one arm's of the runs inside, the reference
// layout's "run_gpu120_ctx1024_temp0p6/" of its tuned run, not of its baseline.)
void add_path_settings(std::string& config, std::string_view settings) {
  while (!settings.empty()) {
    const auto space = settings.find(' ');
    const std::string_view kv = settings.substr(0, space);
    settings = space == std::string_view::npos ? std::string_view() : settings.substr(space + 1);
    // ("tp=", or "num_ctx=" for "ctx=")
    if (config.find(kv.substr(0, kv.find('=') + 1)) == std::string::npos)
      config += (config.empty() ? "" : " ") + std::string(kv);
  }
}

void fill_empty(std::string& value, std::string& part, const std::string& from,
                const std::string& from_part) {
  if (!value.empty() || from.empty()) return;
  value = from;
  part = from_part;
}

}  // namespace

PathLoad load_in_label(std::string_view label) {
  PathLoad load;
  if (label == "synchronous") {
    load.concurrency = "1";
    return load;
  }
  if (may_name_load(label)) read_part(label, load);
  load.gpu.clear();  // (a label's other words are its own: only its load is asked for)
  load.quant.clear();
  load.model.clear();
  load.settings.clear();
  return load;
}

PathLoad load_in_path(std::string_view rel_path) {
  const auto slash = rel_path.rfind('/');
  std::string_view name = slash == std::string_view::npos ? rel_path : rel_path.substr(slash + 1);
  // The file's name without its extension ("run.c16.json" keeps "run.c16").
  if (const auto dot = name.rfind('.'); dot != std::string_view::npos && dot > 0)
    name = name.substr(0, dot);
  PathLoad load;
  if (!name.empty()) read_part(name, load);
  if (load.model.empty()) {
    if (auto m = model_word_in_name(name); m || (m = model_run_in_name(name))) {
      load.model = std::move(*m);
      load.model_part = std::string(name);
    }
  }
  if (slash != std::string_view::npos) {
    const PathLoad& folder = folder_load(rel_path.substr(0, slash));
    fill_empty(load.concurrency, load.concurrency_part, folder.concurrency,
               folder.concurrency_part);
    fill_empty(load.rate, load.rate_part, folder.rate, folder.rate_part);
    fill_empty(load.model, load.model_part, folder.model, folder.model_part);
    fill_empty(load.gpu, load.gpu_part, folder.gpu, folder.gpu_part);
    fill_empty(load.quant, load.quant_part, folder.quant, folder.quant_part);
    fill_empty(load.backend, load.backend_part, folder.backend, folder.backend_part);
  }
  // (A folder named by its engine says it first: "ollama/Ollama-SQL-response.json".)
  if (load.backend.empty()) {
    load.backend = engine_file(name);
    if (!load.backend.empty()) load.backend_part = std::string(name);
  }
  return load;
}

void label_load_from_path(FileResult& r) {
  if (r.rows.empty()) return;
  auto load = load_in_path(r.entry.folders.empty() ? r.entry.rel_path
                                                   : r.entry.folders + "/" + r.entry.rel_path);
  if (load.concurrency.empty() && load.rate.empty() && load.model.empty() && load.gpu.empty() &&
      load.quant.empty() && load.backend.empty() && load.settings.empty())
    return;
  for (const auto& row : r.rows) {  // the file names its own load: the path's is not needed
    if (!row.context.concurrency.empty() ||
        (row.role == metrics::Role::parameter && row.parameter == "concurrency"))
      load.concurrency.clear();
    if (!row.context.rate.empty() ||
        (row.role == metrics::Role::parameter && row.parameter == "rate"))
      load.rate.clear();
    if (!row.context.model.empty()) load.model.clear();
    if (!row.context.gpu.empty()) load.gpu.clear();
    if (!row.context.quantization.empty()) load.quant.clear();
    if (!row.context.backend.empty()) load.backend.clear();
    if (row.role == metrics::Role::parameter && !load.settings.empty())
      load.settings = without_setting(load.settings, row.parameter);
  }
  if (load.concurrency.empty() && load.rate.empty() && load.model.empty() && load.gpu.empty() &&
      load.quant.empty() && load.backend.empty() && load.settings.empty())
    return;
  // One note per path part: "model, concurrency 4 from the path ('…-concurrency4')".
  std::vector<std::pair<std::string, std::string>> taken;  // part, labels
  const auto take = [&](const std::string& part, const std::string& label) {
    const auto it =
        std::find_if(taken.begin(), taken.end(), [&](const auto& t) { return t.first == part; });
    if (it == taken.end()) {
      taken.emplace_back(part, label);
    } else {
      it->second += ", " + label;
    }
  };
  if (!load.model.empty()) take(load.model_part, "model");
  if (!load.concurrency.empty()) take(load.concurrency_part, "concurrency " + load.concurrency);
  if (!load.rate.empty()) take(load.rate_part, "rate " + load.rate);
  if (!load.gpu.empty()) take(load.gpu_part, "GPU " + load.gpu);
  if (!load.quant.empty()) take(load.quant_part, "quantization " + load.quant);
  if (!load.backend.empty()) take(load.backend_part, "backend");
  if (!load.settings.empty()) take(load.settings_part, "settings " + load.settings);
  std::string metric_note, model_note;
  for (const auto& [part, labels] : taken) {
    const std::string note = labels + " from the path ('" + part + "')";
    metric_note += (metric_note.empty() ? "" : "; ") + note;
    if (labels.starts_with("model")) model_note = "model from the path ('" + part + "')";
  }
  for (auto& row : r.rows) {
    if (row.role == metrics::Role::metric) {
      if (!load.model.empty()) row.context.model = load.model;
      if (!load.concurrency.empty()) row.context.concurrency = load.concurrency;
      if (!load.rate.empty()) row.context.rate = load.rate;
      if (!load.gpu.empty()) row.context.gpu = load.gpu;
      if (!load.quant.empty()) row.context.quantization = load.quant;
      if (!load.backend.empty()) row.context.backend = load.backend;
      add_path_settings(row.context.config, load.settings);
      add_note(row, metric_note);
    } else if (row.role == metrics::Role::parameter && !load.model.empty()) {
      row.context.model = load.model;
      add_note(row, model_note);
    }
  }
}

void label_from_model_names(FileResult& r) {
  struct Named {
    std::string_view model;
    std::string gpu, backend;
  };
  std::vector<Named> seen;
  for (auto& row : r.rows) {
    if (row.role != metrics::Role::metric || row.context.model.empty() ||
        (!row.context.gpu.empty() && !row.context.backend.empty()))
      continue;
    const std::string_view model = row.context.model;
    auto it =
        std::find_if(seen.begin(), seen.end(), [&](const Named& n) { return n.model == model; });
    if (it == seen.end()) {
      if (seen.size() >= 64) continue;  // a file of endless labels: not worth a look each
      // (An engine only in a label written as words: "llama-3-8b" is a model, not llama.cpp.)
      seen.push_back(
          {model, gpu_named_in(model),
           model.find(' ') == std::string_view::npos ? std::string() : engine_in(model)});
      it = std::prev(seen.end());
    }
    if (row.context.gpu.empty()) row.context.gpu = it->gpu;
    if (row.context.backend.empty()) row.context.backend = it->backend;
  }
}

namespace {

// A README with no labelled hardware line: the sentence that says where its results came from
// ("All results collected on Apple M3 Max, 64 GB unified memory", "Every number here was
// produced by automated sweeps on an Intel i5-13450HX + NVIDIA RTX 3050"), or else its title
// ("# AMD MI60 GPU - Tools and Utilities"), when it names one accelerator.
std::string gpu_in_readme_prose(std::string_view text) {
  std::string title;
  std::size_t at = 0;
  while (at < text.size()) {
    auto end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(at, end - at);
    at = end + 1;
    if (title.empty() && line.starts_with("# ")) title = gpu_named_in(line.substr(2));
    const auto on = line.find(" on ");
    if (on == std::string_view::npos || line.size() > 600) continue;
    const std::string low = text::to_lower(line.substr(0, on));
    const bool results =
        low.find("result") != std::string::npos || low.find("number") != std::string::npos ||
        low.find("figure") != std::string::npos || low.find("benchmark") != std::string::npos ||
        low.find("measured") != std::string::npos || low.find("collected") != std::string::npos;
    if (!results) continue;
    if (auto gpu = gpu_named_in(line.substr(on + 4)); !gpu.empty()) return gpu;
  }
  return title;
}

// The accelerator a run's description names on a line keyed by "gpu", "hardware", "device",
// "accelerator" or "instance" ("gpu: NVIDIA H100 80GB HBM3", "  \"hardware\": \"DGX Spark NVIDIA
// GB10\",", "Instance type: g5.12xlarge").
std::string gpu_in_description(const std::filesystem::path& file, bool readme) {
  std::ifstream in(file, std::ios::binary | std::ios::ate);
  if (!in) return {};
  // Its first 64 KiB, as long as the file is (no buffer of zeros to fill first).
  const auto size = static_cast<std::streamoff>(in.tellg());
  in.seekg(0);
  std::string text(
      static_cast<std::size_t>(std::clamp<std::streamoff>(size, 0, std::streamoff{64} * 1024)),
      ' ');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(in.gcount()));
  std::size_t at = 0;
  while (at < text.size()) {
    auto end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    const std::string_view line(text.data() + at, end - at);
    at = end + 1;
    auto sep = line.find_first_of(":=");
    if (sep > 40) continue;  // none (npos), or no short key before it
    std::string_view head = line.substr(0, sep);
    if (readme) {
      // A README's labelled line ("GPU: 2x NVIDIA Tesla T4", "- **Hardware**: ..."), not its
      // prose ("We compared GPU: ..."): a key of a few words, its emphasis and list mark aside.
      while (!head.empty() && (head.front() == '-' || head.front() == '*' || head.front() == ' ' ||
                               head.front() == '|'))
        head.remove_prefix(1);
      while (!head.empty() && (head.back() == '*' || head.back() == ' ')) head.remove_suffix(1);
      if (head.empty() || head.size() > 24 || std::count(head.begin(), head.end(), ' ') > 1)
        continue;
      if (line.size() > sep + 2 && line[sep + 1] == '*' && line[sep + 2] == '*')
        ++sep;  // "**GPU:**"
    }
    std::string key(head);
    for (auto& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (key.find("gpu") == std::string::npos && key.find("hardware") == std::string::npos &&
        key.find("device") == std::string::npos && key.find("accelerator") == std::string::npos &&
        key.find("instance") == std::string::npos)
      continue;
    if (key.find("count") != std::string::npos || key.find("memory") != std::string::npos ||
        key.find("util") != std::string::npos)
      continue;  // "gpu_memory: 81559 MiB", "gpu_count": not which one
    if (auto gpu = gpu_named_in(line.substr(sep + 1)); !gpu.empty()) return gpu;
  }
  return readme ? gpu_in_readme_prose(text) : std::string();
}

}  // namespace

void label_from_context_file(FileResult& r) {
  if (r.entry.context_file.empty()) return;
  bool unlabelled = false;
  std::string own;  // the accelerator the file names for some of its rows, if one
  for (const auto& row : r.rows) {
    if (!row.context.gpu.empty()) {
      if (own.empty())
        own = row.context.gpu;
      else if (own != row.context.gpu)
        return;  // the file names its own accelerators
    }
    unlabelled = unlabelled || (row.role == metrics::Role::metric && row.context.gpu.empty());
  }
  if (!unlabelled) return;
  // Once per folder and thread: a folder of results shares its description.
  thread_local std::map<std::string, std::string> described;
  // ("a/b/../README.md" is "a/README.md": the folders under a README share its one reading.)
  const auto file = (r.entry.abs_path.parent_path() / r.entry.context_file).lexically_normal();
  auto it = described.find(file.string());
  if (it == described.end()) {
    if (described.size() > 4096) described.clear();
    it = described
             .emplace(file.string(),
                      gpu_in_description(file, r.entry.context_file.ends_with("README.md")))
             .first;
  }
  if (it->second.empty()) return;
  // (Where the file names one accelerator for some rows ("GPU: NVIDIA GeForce RTX 4080 Laptop
  // GPU" over a fence's power reading), the description's only where it is the same card, by its
  // number: the rest of the rows ran there too.)
  if (!own.empty()) {
    const auto digits = [](std::string_view g) {
      std::string d;
      for (const char ch : g)
        if (std::isdigit(static_cast<unsigned char>(ch))) d += ch;
      return d;
    };
    const std::string number = digits(it->second);
    if (number.empty() || number != digits(own)) return;
  }
  const bool above = r.entry.context_file.starts_with("../");
  const std::string note = "GPU from " + r.entry.context_file + (above ? "" : " beside it");
  for (auto& row : r.rows) {
    // (Not a figure its own backend says ran on the processor: llama-bench's "CPU".)
    if (row.role != metrics::Role::metric || text::iequals(row.context.backend, "cpu") ||
        !row.context.gpu.empty())
      continue;
    row.context.gpu = it->second;
    add_note(row, note);
  }
}

}  // namespace chimera::ingest::detail
