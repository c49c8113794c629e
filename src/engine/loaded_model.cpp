#include "loaded_model.hpp"

#include <algorithm>
#include <chrono>
#include <random>
#include <thread>

namespace chimera::engine::detail {
namespace {

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

Result<std::optional<std::int64_t>> LoadedModel::ensure(const std::filesystem::path& p,
                                                        const LoadOptions& o, int n_seq) {
  backend_once();
  const bool same_model =
      model_ && p == path_ && o.num_gpu == opts_.num_gpu && o.use_mmap == opts_.use_mmap;
  if (same_model && ctx_ && o == opts_ && n_seq == n_seq_) return std::optional<std::int64_t>();
  const std::int64_t t0 = mono_ns();
  if (!same_model) {
    ctx_.reset();
    model_.reset();
    llama_model_params mp = llama_model_default_params();
    mp.n_gpu_layers = o.num_gpu < 0 ? 999 : o.num_gpu;
    if (!o.use_mmap) mp.load_mode = LLAMA_LOAD_MODE_NONE;  // read, not mapped
    model_.reset(llama_model_load_from_file(p.c_str(), mp));
    if (!model_) {
      return Error{ErrorCode::input, "cannot load the model '" + p.string() + "'",
                   "pass a GGUF file (chimera model init writes one) or an Ollama tag present in "
                   "the local store"};
    }
    path_ = p;
    fill_info(mp.n_gpu_layers);
    max_token_bytes_ = max_token_bytes(vocab());
  }
  llama_context_params cp = llama_context_default_params();
  cp.n_ctx = static_cast<std::uint32_t>(o.num_ctx) * static_cast<std::uint32_t>(n_seq);
  cp.n_seq_max = static_cast<std::uint32_t>(n_seq);
  cp.kv_unified = false;  // each sequence has num_ctx cells of its own
  cp.n_batch = static_cast<std::uint32_t>(std::max(o.num_batch, n_seq));
  cp.n_ubatch = static_cast<std::uint32_t>(std::min(std::max(o.num_batch, n_seq), 512));
  const int threads = o.num_thread > 0
                          ? o.num_thread
                          : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  cp.n_threads = threads;
  cp.n_threads_batch = threads;
  cp.no_perf = true;
  ctx_.reset();
  ctx_.reset(llama_init_from_model(model_.get(), cp));
  if (!ctx_) {
    return Error{ErrorCode::input,
                 "cannot create a context of " + std::to_string(o.num_ctx) + " tokens for '" +
                     p.string() + "'",
                 "lower num_ctx or num_batch"};
  }
  opts_ = o;
  n_seq_ = n_seq;
  // The context the user asked for (llama.cpp may round its own allocation up).
  n_ctx_seq_ = std::min(static_cast<int>(llama_n_ctx_seq(ctx_.get())), o.num_ctx);
  info_.n_ctx = n_ctx_seq_;
  return std::optional<std::int64_t>(mono_ns() - t0);
}

void LoadedModel::reset() {
  ctx_.reset();
  model_.reset();
  path_.clear();
  n_seq_ = 0;
}

Result<PromptTokens> LoadedModel::prompt(const std::vector<Message>& messages,
                                         const std::optional<std::string>& raw_prompt,
                                         const SampleOptions& sample) const {
  const std::string text = raw_prompt ? *raw_prompt : format(messages);
  PromptFit fit;
  fit.n_ctx = n_ctx_seq_;
  fit.room = std::min(sample.num_predict > 0 ? sample.num_predict : n_ctx_seq_ / 4, n_ctx_seq_ / 2);
  fit.truncate = sample.truncate;
  fit.special = !raw_prompt && !info_.chat_template.empty();
  return fit_prompt(vocab(), text, fit, max_token_bytes_);
}

void LoadedModel::fill_info(int gpu_layers) {
  info_ = ModelInfo{};
  info_.path = path_.string();
  info_.name = meta(model_.get(), "general.name");
  info_.description = meta(model_.get(), "general.description");
  const char* tmpl = llama_model_chat_template(model_.get(), nullptr);
  info_.chat_template = tmpl ? tmpl : "";
  info_.size_bytes = static_cast<std::int64_t>(llama_model_size(model_.get()));
  info_.n_params = static_cast<std::int64_t>(llama_model_n_params(model_.get()));
  info_.n_layer = llama_model_n_layer(model_.get());
  info_.n_ctx_train = llama_model_n_ctx_train(model_.get());
  info_.gpu_layers = llama_supports_gpu_offload() ? std::min(gpu_layers, info_.n_layer) : 0;
  info_.demo = info_.name.find("random-weight demo") != std::string::npos;
  char ftype[128] = {};
  if (llama_model_desc(model_.get(), ftype, sizeof ftype) > 0) {
    // "llama ?B F16" or "llama 8B Q4_K - Medium": the last words name the file type.
    const std::string d = ftype;
    const auto sp = d.find(' ', d.find(' ') + 1);
    info_.file_type = sp == std::string::npos ? "" : d.substr(sp + 1);
  }
}

std::string LoadedModel::format(const std::vector<Message>& msgs) const {
  std::vector<llama_chat_message> chat;
  for (const auto& m : msgs) chat.push_back({m.role.c_str(), m.content.c_str()});
  if (!info_.chat_template.empty()) {
    std::vector<char> buf(4096);
    int n = llama_chat_apply_template(info_.chat_template.c_str(), chat.data(), chat.size(), true,
                                      buf.data(), static_cast<int>(buf.size()));
    if (n > static_cast<int>(buf.size())) {
      buf.resize(static_cast<std::size_t>(n));
      n = llama_chat_apply_template(info_.chat_template.c_str(), chat.data(), chat.size(), true,
                                    buf.data(), n);
    }
    if (n >= 0) return std::string(buf.data(), static_cast<std::size_t>(n));
  }
  std::string s;  // no usable template: a plain transcript
  for (const auto& m : msgs) s += m.role + ": " + m.content + "\n";
  return s + "assistant: ";
}

Sequence::Sequence(const LoadedModel& m, const SampleOptions& sample, int n_prompt,
                   PieceFn on_piece, const std::atomic<bool>* cancel)
    : vocab_(m.vocab()),
      sample_(sample),
      sampler_(make_sampler(vocab_, sample)),
      // Greedy decoding needs no candidate list: an argmax over the logits is the same choice
      // without building n_vocab entries per token (a measurable share on small models).
      greedy_(sample.temperature <= 0.0f && sample.grammar.empty() &&
              (sample.repeat_penalty == 1.0f || sample.repeat_last_n == 0)),
      n_vocab_(llama_vocab_n_tokens(vocab_)),
      n_ctx_(m.n_ctx_seq()),
      n_past_(n_prompt),
      on_piece_(std::move(on_piece)),
      cancel_(cancel),
      out_(sample.stop),
      t_eval_(mono_ns()) {}

bool Sequence::full() const {
  return (sample_.num_predict >= 0 && eval_count_ >= sample_.num_predict) || n_past_ >= n_ctx_;
}

std::optional<llama_token> Sequence::step(llama_context* ctx, int i) {
  if (full()) return std::nullopt;
  if (cancel_ && cancel_->load()) {
    done_reason_ = "cancelled";
    return std::nullopt;
  }
  const llama_token tok = greedy_ ? argmax(llama_get_logits_ith(ctx, i), n_vocab_)
                                  : llama_sampler_sample(sampler_.get(), ctx, i);
  if (!sample_.ignore_eos && llama_vocab_is_eog(vocab_, tok)) {
    done_reason_ = "stop";
    return std::nullopt;
  }
  ++eval_count_;
  // Whole UTF-8 characters only, and nothing of a stop sequence: the text before it is sent.
  const std::string piece = out_.add(piece_of(vocab_, tok));
  if (!piece.empty() && !on_piece_(piece, mono_ns())) {
    done_reason_ = "cancelled";
    return std::nullopt;
  }
  if (out_.stopped()) {
    done_reason_ = "stop";
    return std::nullopt;
  }
  // The last token needs no decode (nothing samples after it): n tokens cost n - 1 decodes, as
  // eval_duration's definition says.
  if (full()) return std::nullopt;
  return tok;
}

GenStats Sequence::finish(GenStats st) {
  if (const std::string rest = out_.flush(); !rest.empty() && done_reason_ != "cancelled")
    (void)on_piece_(rest, mono_ns());  // the end: bytes of an unfinished character, as they are
  st.eval_count = eval_count_;
  st.eval_ns = mono_ns() - t_eval_;
  st.done_reason = done_reason_;
  return st;
}

}  // namespace chimera::engine::detail
