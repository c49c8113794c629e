// The request options servers know (Ollama's `options`, OpenAI's body fields, and what
// llama-server and vLLM add to it), so a mistyped name is named with the nearest known one instead
// of being an option the server ignores without a word.
#include <algorithm>
#include <cstdlib>
#include <string>

#include "chimera/backend/backend.hpp"
#include "chimera/core/suggest.hpp"

namespace chimera::backend {
namespace {

struct OptionName {
  std::string_view name;
  bool numeric;  // takes a number (or boolean), never text
};

constexpr OptionName kOptions[] = {
    // Ollama (docs/api.md, "options"), older releases included.
    {"f16_kv", true},
    {"frequency_penalty", true},
    {"low_vram", true},
    {"main_gpu", true},
    {"min_p", true},
    {"mirostat", true},
    {"mirostat_eta", true},
    {"mirostat_tau", true},
    {"num_batch", true},
    {"num_ctx", true},
    {"num_gpu", true},
    {"num_gqa", true},
    {"num_keep", true},
    {"num_predict", true},
    {"num_thread", true},
    {"numa", true},
    {"penalize_newline", true},
    {"presence_penalty", true},
    {"repeat_last_n", true},
    {"repeat_penalty", true},
    {"rope_frequency_base", true},
    {"rope_frequency_scale", true},
    {"seed", true},
    {"stop", false},
    {"temperature", true},
    {"tfs_z", true},
    {"top_k", true},
    {"top_p", true},
    {"typical_p", true},
    {"use_mlock", true},
    {"use_mmap", true},
    {"vocab_only", true},
    // OpenAI chat/completions bodies.
    {"best_of", true},
    {"logit_bias", false},
    {"logprobs", true},
    {"max_completion_tokens", true},
    {"max_tokens", true},
    {"n", true},
    {"parallel_tool_calls", true},
    {"reasoning_effort", false},
    {"response_format", false},
    {"service_tier", false},
    {"stream_options", false},
    {"tool_choice", false},
    {"tools", false},
    {"top_logprobs", true},
    {"user", false},
    // llama-server additions.
    {"cache_prompt", true},
    {"dry_allowed_length", true},
    {"dry_base", true},
    {"dry_multiplier", true},
    {"dry_penalty_last_n", true},
    {"dynatemp_exponent", true},
    {"dynatemp_range", true},
    {"grammar", false},
    {"id_slot", true},
    {"ignore_eos", true},
    {"json_schema", false},
    {"min_keep", true},
    {"n_keep", true},
    {"n_predict", true},
    {"n_probs", true},
    {"samplers", false},
    {"t_max_predict_ms", true},
    {"xtc_probability", true},
    {"xtc_threshold", true},
    // vLLM additions.
    {"include_stop_str_in_output", true},
    {"length_penalty", true},
    {"min_tokens", true},
    {"repetition_penalty", true},
    {"skip_special_tokens", true},
    {"spaces_between_special_tokens", true},
    {"stop_token_ids", false},
    {"truncate_prompt_tokens", true},
    {"use_beam_search", true},
    // Chimera's embedded engine.
    {"think", true},
};

const OptionName* find_option(std::string_view name) {
  for (const auto& o : kOptions)
    if (o.name == name) return &o;
  return nullptr;
}

bool numeric_text(std::string_view v) {
  if (v == "true" || v == "false") return true;
  if (v.empty()) return false;
  char* end = nullptr;
  const std::string s(v);
  (void)std::strtod(s.c_str(), &end);
  return end == s.c_str() + s.size();
}

}  // namespace

std::vector<std::string> known_option_names() {
  std::vector<std::string> out;
  for (const auto& o : kOptions) out.emplace_back(o.name);
  std::sort(out.begin(), out.end());
  return out;
}

std::optional<std::string> unknown_option(std::string_view name, std::string_view flag) {
  if (find_option(name)) return std::nullopt;
  const std::string near = closest(name, known_option_names());
  return "unknown option '" + std::string(name) + "' in " + std::string(flag) +
         (near.empty() ? "" : "; did you mean '" + near + "'?");
}

Status check_option_value(std::string_view name, std::string_view value, std::string_view flag) {
  const OptionName* o = find_option(name);
  if (o && o->numeric && !value.empty() && !numeric_text(value))
    return Error{ErrorCode::usage,
                 "option '" + std::string(name) + "' in " + std::string(flag) +
                     " takes a number, not '" + std::string(value) + "'",
                 "separate options with commas: e.g. num_ctx=2048,temperature=0.8"};
  return ok_status();
}

}  // namespace chimera::backend
