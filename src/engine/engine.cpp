#include "chimera/engine/engine.hpp"
#include "prompt_tokens.hpp"

#include "chimera/core/stream_text.hpp"

#include <llama.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <random>
#include <thread>

#include "chimera/core/json_fields.hpp"

namespace chimera::engine {
namespace {

std::int64_t now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// RAII for every llama.cpp handle.
struct ModelFree {
  void operator()(llama_model* m) const { llama_model_free(m); }
};
struct ContextFree {
  void operator()(llama_context* c) const { llama_free(c); }
};
struct SamplerFree {
  void operator()(llama_sampler* s) const { llama_sampler_free(s); }
};
using ModelPtr = std::unique_ptr<llama_model, ModelFree>;
using ContextPtr = std::unique_ptr<llama_context, ContextFree>;
using SamplerPtr = std::unique_ptr<llama_sampler, SamplerFree>;

void backend_once() {
  static const bool done = [] {
    init_llama_logging();
    llama_backend_init();
    return true;
  }();
  (void)done;
}

std::string meta(const llama_model* m, const char* key) {
  char buf[512];
  const int n = llama_model_meta_val_str(m, key, buf, sizeof buf);
  return n >= 0 ? std::string(buf) : std::string();
}

SamplerPtr make_sampler(const llama_vocab* vocab, const SampleOptions& o) {
  SamplerPtr chain(llama_sampler_chain_init(llama_sampler_chain_default_params()));
  if (!o.grammar.empty()) {  // first: the others choose among the tokens it allows
    llama_sampler* g = llama_sampler_init_grammar(vocab, o.grammar.c_str(), "root");
    if (!g) return nullptr;
    llama_sampler_chain_add(chain.get(), g);
  }
  if (o.repeat_penalty != 1.0f && o.repeat_last_n != 0) {
    llama_sampler_chain_add(
        chain.get(), llama_sampler_init_penalties(llama_vocab_n_tokens(vocab), o.repeat_last_n,
                                                  o.repeat_penalty, 0.0f, 0.0f));
  }
  if (o.temperature <= 0.0f) {
    llama_sampler_chain_add(chain.get(), llama_sampler_init_greedy());
    return chain;
  }
  if (o.top_k > 0) llama_sampler_chain_add(chain.get(), llama_sampler_init_top_k(o.top_k));
  if (o.top_p < 1.0f) llama_sampler_chain_add(chain.get(), llama_sampler_init_top_p(o.top_p, 1));
  if (o.min_p > 0.0f) llama_sampler_chain_add(chain.get(), llama_sampler_init_min_p(o.min_p, 1));
  llama_sampler_chain_add(chain.get(), llama_sampler_init_temp(o.temperature));
  const std::uint32_t seed =
      o.seed < 0 ? std::random_device{}() : static_cast<std::uint32_t>(o.seed);
  llama_sampler_chain_add(chain.get(), llama_sampler_init_dist(seed));
  return chain;
}

llama_token argmax(const float* logits, int n) {
  int best = 0;
  for (int i = 1; i < n; ++i) {
    if (logits[i] > logits[best]) best = i;
  }
  return best;
}

std::string piece_of(const llama_vocab* vocab, llama_token t) {
  char buf[256];
  int n = llama_token_to_piece(vocab, t, buf, sizeof buf, 0, false);
  if (n < 0) {
    std::string big(static_cast<std::size_t>(-n), '\0');
    n = llama_token_to_piece(vocab, t, big.data(), static_cast<int>(big.size()), 0, false);
    return n > 0 ? big.substr(0, static_cast<std::size_t>(n)) : std::string();
  }
  return std::string(buf, static_cast<std::size_t>(n));
}

}  // namespace

struct Engine::Impl {
  ModelPtr model;
  ContextPtr ctx;
  std::filesystem::path path;
  LoadOptions opts;
  ModelInfo info;
  int max_token_bytes = 1;  // of the loaded model's vocabulary

  Result<std::optional<std::int64_t>> ensure(const std::filesystem::path& p, const LoadOptions& o) {
    backend_once();
    const bool same_model =
        model && p == path && o.num_gpu == opts.num_gpu && o.use_mmap == opts.use_mmap;
    if (same_model && ctx && o == opts) return std::optional<std::int64_t>();
    const std::int64_t t0 = now_ns();
    if (!same_model) {
      ctx.reset();
      model.reset();
      llama_model_params mp = llama_model_default_params();
      mp.n_gpu_layers = o.num_gpu < 0 ? 999 : o.num_gpu;
      if (!o.use_mmap) mp.load_mode = LLAMA_LOAD_MODE_NONE;  // read, not mapped
      model.reset(llama_model_load_from_file(p.c_str(), mp));
      if (!model) {
        return Error{ErrorCode::input, "cannot load the model '" + p.string() + "'",
                     "pass a GGUF file (chimera model init writes one) or an Ollama tag present in "
                     "the local store"};
      }
      path = p;
      fill_info(mp.n_gpu_layers);
      max_token_bytes = detail::max_token_bytes(llama_model_get_vocab(model.get()));
    }
    llama_context_params cp = llama_context_default_params();
    cp.n_ctx = static_cast<std::uint32_t>(o.num_ctx);
    cp.n_batch = static_cast<std::uint32_t>(o.num_batch);
    cp.n_ubatch = static_cast<std::uint32_t>(std::min(o.num_batch, 512));
    const int threads = o.num_thread > 0
                            ? o.num_thread
                            : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    cp.n_threads = threads;
    cp.n_threads_batch = threads;
    cp.no_perf = true;
    ctx.reset();
    ctx.reset(llama_init_from_model(model.get(), cp));
    if (!ctx) {
      return Error{ErrorCode::input,
                   "cannot create a context of " + std::to_string(o.num_ctx) + " tokens for '" +
                       p.string() + "'",
                   "lower num_ctx or num_batch"};
    }
    opts = o;
    info.n_ctx = static_cast<int>(llama_n_ctx(ctx.get()));
    return std::optional<std::int64_t>(now_ns() - t0);
  }

  void fill_info(int gpu_layers) {
    info = ModelInfo{};
    info.path = path.string();
    info.name = meta(model.get(), "general.name");
    info.description = meta(model.get(), "general.description");
    const char* tmpl = llama_model_chat_template(model.get(), nullptr);
    info.chat_template = tmpl ? tmpl : "";
    info.size_bytes = static_cast<std::int64_t>(llama_model_size(model.get()));
    info.n_params = static_cast<std::int64_t>(llama_model_n_params(model.get()));
    info.n_layer = llama_model_n_layer(model.get());
    info.n_ctx_train = llama_model_n_ctx_train(model.get());
    info.gpu_layers = llama_supports_gpu_offload() ? std::min(gpu_layers, info.n_layer) : 0;
    info.demo = info.name.find("random-weight demo") != std::string::npos;
    char ftype[128] = {};
    if (llama_model_desc(model.get(), ftype, sizeof ftype) > 0) {
      // "llama ?B F16" or "llama 8B Q4_K - Medium": the last words name the file type.
      const std::string d = ftype;
      const auto sp = d.find(' ', d.find(' ') + 1);
      info.file_type = sp == std::string::npos ? "" : d.substr(sp + 1);
    }
  }

  std::string format(const std::vector<Message>& msgs) const {
    std::vector<llama_chat_message> chat;
    for (const auto& m : msgs) chat.push_back({m.role.c_str(), m.content.c_str()});
    if (!info.chat_template.empty()) {
      std::vector<char> buf(4096);
      int n = llama_chat_apply_template(info.chat_template.c_str(), chat.data(), chat.size(), true,
                                        buf.data(), static_cast<int>(buf.size()));
      if (n > static_cast<int>(buf.size())) {
        buf.resize(static_cast<std::size_t>(n));
        n = llama_chat_apply_template(info.chat_template.c_str(), chat.data(), chat.size(), true,
                                      buf.data(), n);
      }
      if (n >= 0) return std::string(buf.data(), static_cast<std::size_t>(n));
    }
    std::string s;  // no usable template: a plain transcript
    for (const auto& m : msgs) s += m.role + ": " + m.content + "\n";
    return s + "assistant: ";
  }
};

Engine::Engine() : impl_(std::make_unique<Impl>()) {}
Engine::~Engine() = default;

Result<std::optional<std::int64_t>> Engine::load(const std::filesystem::path& model,
                                                 const LoadOptions& load) {
  return impl_->ensure(model, load);
}

void Engine::unload() {
  impl_->ctx.reset();
  impl_->model.reset();
  impl_->path.clear();
}

bool Engine::loaded() const {
  return impl_->model != nullptr;
}

std::optional<ModelInfo> Engine::info() const {
  if (!impl_->model) return std::nullopt;
  return impl_->info;
}

Result<GenStats> Engine::generate(const std::filesystem::path& model, const LoadOptions& load,
                                  const std::vector<Message>& messages,
                                  const std::optional<std::string>& raw_prompt,
                                  const SampleOptions& sample, const PieceFn& on_piece,
                                  const std::atomic<bool>* cancel) {
  const std::int64_t t_start = now_ns();
  GenStats st;
  auto loaded = impl_->ensure(model, load);
  if (!loaded) return loaded.error();
  st.load_ns = loaded.value();
  llama_context* ctx = impl_->ctx.get();
  const llama_vocab* vocab = llama_model_get_vocab(impl_->model.get());
  const std::string text = raw_prompt ? *raw_prompt : impl_->format(messages);
  // The context the user asked for (llama.cpp may round its own allocation up).
  const int n_ctx = std::min(static_cast<int>(llama_n_ctx(ctx)), load.num_ctx);
  detail::PromptFit fit;
  fit.n_ctx = n_ctx;
  fit.room = std::min(sample.num_predict > 0 ? sample.num_predict : n_ctx / 4, n_ctx / 2);
  fit.truncate = sample.truncate;
  fit.special = !raw_prompt && !impl_->info.chat_template.empty();
  auto fitted = detail::fit_prompt(vocab, text, fit, impl_->max_token_bytes);
  if (!fitted) return fitted.error();
  auto& toks = fitted.value().tokens;
  if (fitted.value().original != static_cast<std::int64_t>(toks.size()))
    st.prompt_truncated_from = fitted.value().original;
  llama_memory_clear(llama_get_memory(ctx), true);  // every request starts from an empty cache
  const std::int64_t t_prompt = now_ns();
  const auto n_batch =
      static_cast<std::size_t>(llama_n_batch(ctx));  // llama.cpp may clamp num_batch
  for (std::size_t i = 0; i < toks.size(); i += n_batch) {
    const int len = static_cast<int>(std::min(n_batch, toks.size() - i));
    if (llama_decode(ctx, llama_batch_get_one(toks.data() + i, len)) != 0) {
      return Error{ErrorCode::internal, "llama_decode failed on the prompt",
                   "check num_batch and num_ctx"};
    }
  }
  st.prompt_eval_count = static_cast<std::int64_t>(toks.size());
  const std::int64_t t_eval = now_ns();
  st.prompt_eval_ns = t_eval - t_prompt;
  auto sampler = make_sampler(vocab, sample);
  if (!sampler) {
    return Error{ErrorCode::input, "the output grammar is not valid GBNF",
                 "check the format or JSON schema of the request"};
  }
  const bool greedy = sample.temperature <= 0.0f && sample.grammar.empty() &&
                      (sample.repeat_penalty == 1.0f || sample.repeat_last_n == 0);
  const int n_vocab = llama_vocab_n_tokens(vocab);
  StreamText out(sample.stop);
  int n_past = static_cast<int>(toks.size());
  st.done_reason = "length";
  while (true) {
    if (sample.num_predict >= 0 && st.eval_count >= sample.num_predict) break;
    if (n_past >= n_ctx) break;
    if (cancel && cancel->load()) {
      st.done_reason = "cancelled";
      break;
    }
    // Greedy decoding needs no candidate list: an argmax over the logits is the same choice
    // without building n_vocab entries per token (a measurable share on small models).
    llama_token tok = greedy ? argmax(llama_get_logits_ith(ctx, -1), n_vocab)
                             : llama_sampler_sample(sampler.get(), ctx, -1);
    if (!sample.ignore_eos && llama_vocab_is_eog(vocab, tok)) {
      st.done_reason = "stop";
      break;
    }
    ++st.eval_count;
    // Whole UTF-8 characters only, and nothing of a stop sequence: the text before it is sent.
    const std::string piece = out.add(piece_of(vocab, tok));
    if (!piece.empty() && !on_piece(piece, now_ns())) {
      st.done_reason = "cancelled";
      break;
    }
    if (out.stopped()) {
      st.done_reason = "stop";
      break;
    }
    // The last token needs no decode (nothing samples after it): n tokens cost n - 1 decodes,
    // as eval_duration's definition says.
    if (sample.num_predict >= 0 && st.eval_count >= sample.num_predict) break;
    if (n_past >= n_ctx) break;
    if (llama_decode(ctx, llama_batch_get_one(&tok, 1)) != 0) {
      return Error{ErrorCode::internal, "llama_decode failed while generating", ""};
    }
    ++n_past;
  }
  if (const std::string rest = out.flush(); !rest.empty() && st.done_reason != "cancelled")
    (void)on_piece(rest, now_ns());  // the end: bytes of an unfinished character, as they are
  const std::int64_t t_end = now_ns();
  st.eval_ns = t_end - t_eval;
  st.total_ns = t_end - t_start;
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
