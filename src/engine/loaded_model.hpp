#pragma once
// What the single-request Engine and the continuous-batching BatchEngine share: RAII over every
// llama.cpp handle, a model with its context ((re)loaded when the model or a load option
// changes), and one sequence's generation (sampling, stop sequences, counts and timings).
#include <llama.h>

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "chimera/core/clock.hpp"
#include "chimera/core/error.hpp"
#include "chimera/core/stream_text.hpp"
#include "chimera/engine/engine.hpp"
#include "prompt_tokens.hpp"

namespace chimera::engine::detail {

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

// A model and one context for n_seq sequences of num_ctx tokens each.
class LoadedModel {
 public:
  // Loads what is not loaded yet; the load time when it loaded anything.
  Result<std::optional<std::int64_t>> ensure(const std::filesystem::path& p, const LoadOptions& o,
                                             int n_seq = 1);
  void reset();
  bool loaded() const { return model_ != nullptr; }
  const ModelInfo& info() const { return info_; }
  llama_context* ctx() const { return ctx_.get(); }
  const llama_vocab* vocab() const { return llama_model_get_vocab(model_.get()); }
  int n_ctx_seq() const { return n_ctx_seq_; }  // each sequence's context (num_ctx)

  // The prompt's tokens within the context: messages through the model's chat template, or the
  // raw prompt as is; truncated (sample.truncate) or an error when too long.
  Result<PromptTokens> prompt(const std::vector<Message>& messages,
                              const std::optional<std::string>& raw_prompt,
                              const SampleOptions& sample) const;

 private:
  void fill_info(int gpu_layers);
  std::string format(const std::vector<Message>& msgs) const;

  ModelPtr model_;
  ContextPtr ctx_;
  std::filesystem::path path_;
  LoadOptions opts_;
  int n_seq_ = 0, n_ctx_seq_ = 0;
  ModelInfo info_;
  int max_token_bytes_ = 1;  // of the loaded vocabulary
};

// One request's generation after its prompt is in the cache: samples a token from the logits at
// a batch index, emits its text, and says whether to go on.
class Sequence {
 public:
  Sequence(const LoadedModel& m, const SampleOptions& sample, int n_prompt, PieceFn on_piece,
           const std::atomic<bool>* cancel);
  bool ready() const { return sampler_ != nullptr; }  // false: the grammar is not valid GBNF

  // Samples from the logits at batch index i (-1: the last); the token to decode next at
  // position n_past(), or nothing when the sequence is finished.
  std::optional<llama_token> step(llama_context* ctx, int i);
  void decoded() { ++n_past_; }
  int n_past() const { return n_past_; }
  // Ends the sequence (the tail of an unfinished character is emitted); its statistics.
  GenStats finish(GenStats st);

 private:
  bool full() const;
  const llama_vocab* vocab_;
  SampleOptions sample_;
  SamplerPtr sampler_;
  bool greedy_;
  int n_vocab_, n_ctx_, n_past_;
  PieceFn on_piece_;
  const std::atomic<bool>* cancel_;
  StreamText out_;
  std::int64_t t_eval_, eval_count_ = 0;
  std::string done_reason_ = "length";
};

}  // namespace chimera::engine::detail
