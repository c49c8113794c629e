#include "chimera/engine/engine.hpp"

#include <llama.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>

#include "chimera/core/json_fields.hpp"
#include "loaded_model.hpp"

namespace chimera::engine {

struct Engine::Impl {
  detail::LoadedModel m;
};

Engine::Engine() : impl_(std::make_unique<Impl>()) {}
Engine::~Engine() = default;

Result<std::optional<std::int64_t>> Engine::load(const std::filesystem::path& model,
                                                 const LoadOptions& load) {
  return impl_->m.ensure(model, load);
}

void Engine::unload() {
  impl_->m.reset();
}

bool Engine::loaded() const {
  return impl_->m.loaded();
}

std::optional<ModelInfo> Engine::info() const {
  if (!impl_->m.loaded()) return std::nullopt;
  return impl_->m.info();
}

Result<GenStats> Engine::generate(const std::filesystem::path& model, const LoadOptions& load,
                                  const std::vector<Message>& messages,
                                  const std::optional<std::string>& raw_prompt,
                                  const SampleOptions& sample, const PieceFn& on_piece,
                                  const std::atomic<bool>* cancel) {
  const std::int64_t t_start = mono_ns();
  GenStats st;
  auto& m = impl_->m;
  auto loaded = m.ensure(model, load);
  if (!loaded) return loaded.error();
  st.load_ns = loaded.value();
  auto fitted = m.prompt(messages, raw_prompt, sample);
  if (!fitted) return fitted.error();
  auto& toks = fitted.value().tokens;
  if (fitted.value().original != static_cast<std::int64_t>(toks.size()))
    st.prompt_truncated_from = fitted.value().original;
  llama_context* ctx = m.ctx();
  llama_memory_clear(llama_get_memory(ctx), true);  // every request starts from an empty cache
  const std::int64_t t_prompt = mono_ns();
  const auto n_batch = static_cast<std::size_t>(llama_n_batch(ctx));  // llama.cpp may clamp it
  for (std::size_t i = 0; i < toks.size(); i += n_batch) {
    const int len = static_cast<int>(std::min(n_batch, toks.size() - i));
    if (llama_decode(ctx, llama_batch_get_one(toks.data() + i, len)) != 0) {
      return Error{ErrorCode::internal, "llama_decode failed on the prompt",
                   "check num_batch and num_ctx"};
    }
  }
  st.prompt_eval_count = static_cast<std::int64_t>(toks.size());
  st.prompt_eval_ns = mono_ns() - t_prompt;
  detail::Sequence seq(m, sample, static_cast<int>(toks.size()), on_piece, cancel);
  if (!seq.ready()) {
    return Error{ErrorCode::input, "the output grammar is not valid GBNF",
                 "check the format or JSON schema of the request"};
  }
  while (auto tok = seq.step(ctx, -1)) {
    llama_token t = *tok;
    if (llama_decode(ctx, llama_batch_get_one(&t, 1)) != 0) {
      return Error{ErrorCode::internal, "llama_decode failed while generating", ""};
    }
    seq.decoded();
  }
  st = seq.finish(st);
  st.total_ns = mono_ns() - t_start;
  return st;
}

Result<ParsedOptions> parse_options(std::string_view options_json) {
  ParsedOptions p;
  if (options_json.empty()) return p;
  json::Fields f;
  if (auto err = f.parse(options_json)) {
    return Error{ErrorCode::usage, "options are not valid JSON: " + err->describe(),
                 "write k=v,k2=v2"};
  }
  const auto num = [&](std::string_view k) { return f.number(k); };
  for (const auto& field : f.all()) {
    const std::string_view k = field.path;
    if (k.starts_with("stop")) {
      p.sample.stop.push_back(field.text);
      continue;
    }
    if (k == "ignore_eos") {
      const auto b = f.boolean(k);
      if (!b) {
        return Error{ErrorCode::usage, "option ignore_eos must be true or false",
                     "write ignore_eos=true or \"ignore_eos\": true"};
      }
      p.sample.ignore_eos = *b;
      continue;
    }
    const auto v = num(k);
    if (!v) {
      // A known option of the wrong type is an error (Ollama answers 400), not "unset".
      static constexpr std::string_view kNumeric[] = {
          "num_ctx", "num_batch", "num_thread", "num_gpu",        "num_predict",   "temperature",
          "top_p",   "top_k",     "min_p",      "repeat_penalty", "repeat_last_n", "seed"};
      if (field.kind != json::JsonScalar::null &&
          std::find(std::begin(kNumeric), std::end(kNumeric), k) != std::end(kNumeric)) {
        return Error{
            ErrorCode::usage,
            "option \"" + std::string(k) + "\" must be a number, not " +
                (field.kind == json::JsonScalar::string ? "the string \"" + field.text + "\""
                                                        : "'" + field.text + "'"),
            "write it without quotes, e.g. \"" + std::string(k) + "\": 10"};
      }
      p.ignored.push_back(std::string(k));
      continue;
    }
    if (k == "num_ctx")
      p.load.num_ctx = static_cast<int>(*v);
    else if (k == "num_batch")
      p.load.num_batch = static_cast<int>(*v);
    else if (k == "num_thread")
      p.load.num_thread = static_cast<int>(*v);
    else if (k == "num_gpu")
      p.load.num_gpu = static_cast<int>(*v);
    else if (k == "num_predict")
      p.sample.num_predict = static_cast<int>(*v);
    else if (k == "temperature")
      p.sample.temperature = static_cast<float>(*v);
    else if (k == "top_p")
      p.sample.top_p = static_cast<float>(*v);
    else if (k == "top_k")
      p.sample.top_k = static_cast<int>(*v);
    else if (k == "min_p")
      p.sample.min_p = static_cast<float>(*v);
    else if (k == "repeat_penalty")
      p.sample.repeat_penalty = static_cast<float>(*v);
    else if (k == "repeat_last_n")
      p.sample.repeat_last_n = static_cast<int>(*v);
    else if (k == "seed")
      p.sample.seed = static_cast<std::int64_t>(*v);
    else
      p.ignored.push_back(std::string(k));
  }
  if (p.load.num_ctx < 16 || p.load.num_batch < 1) {
    return Error{ErrorCode::usage, "num_ctx must be at least 16 and num_batch at least 1",
                 "fix --options"};
  }
  return p;
}

void init_llama_logging() {
  static const bool verbose = [] {
    const char* v = std::getenv("CHIMERA_LLAMA_LOG");
    return v && *v && std::string(v) != "0";
  }();
  llama_log_set(
      [](ggml_log_level level, const char* text, void*) {
        if (verbose || level == GGML_LOG_LEVEL_ERROR) std::cerr << "llama.cpp: " << text;
      },
      nullptr);
}

std::string engine_version() {
  return std::string("llama.cpp ") + CHIMERA_LLAMA_COMMIT;
}

}  // namespace chimera::engine
