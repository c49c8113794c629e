#include "chimera/engine/model_init.hpp"

#include <ggml.h>
#include <gguf.h>

#include <cmath>
#include <memory>
#include <string>
#include <vector>

namespace chimera::engine {
namespace {

struct GgufFree {
  void operator()(gguf_context* c) const { gguf_free(c); }
};
struct GgmlFree {
  void operator()(ggml_context* c) const { ggml_free(c); }
};

// splitmix64: a tiny generator whose output is the same on every platform and library.
struct SplitMix {
  std::uint64_t s;
  std::uint64_t next() {
    std::uint64_t z = (s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // Uniform in [-1, 1).
  float uniform() {
    return static_cast<float>(static_cast<double>(next() >> 11) * 0x1.0p-53 * 2.0 - 1.0);
  }
};

void fill(ggml_tensor* t, SplitMix& rng, float scale, bool ones) {
  const std::int64_t n = ggml_nelements(t);
  if (t->type == GGML_TYPE_F32) {
    auto* d = static_cast<float*>(t->data);
    for (std::int64_t i = 0; i < n; ++i) d[i] = ones ? 1.0f : rng.uniform() * scale;
  } else {
    auto* d = static_cast<ggml_fp16_t*>(t->data);
    for (std::int64_t i = 0; i < n; ++i)
      d[i] = ggml_fp32_to_fp16(ones ? 1.0f : rng.uniform() * scale);
  }
}

}  // namespace

Status write_random_model(const std::filesystem::path& path, const ModelShape& s,
                          const std::filesystem::path& vocab) {
  if (s.n_embd <= 0 || s.n_layer <= 0 || s.n_head <= 0 || s.n_ff <= 0 || s.n_ctx <= 0 ||
      s.n_embd % s.n_head != 0 || (s.n_embd / s.n_head) % 2 != 0) {
    return Error{ErrorCode::usage, "invalid model shape",
                 "--embd must be a positive multiple of --heads with an even head size; layers, "
                 "ffn, ctx > 0"};
  }
  gguf_init_params vp{true, nullptr};
  std::unique_ptr<gguf_context, GgufFree> voc(gguf_init_from_file(vocab.c_str(), vp));
  if (!voc) {
    return Error{ErrorCode::input, "cannot read the vocabulary file '" + vocab.string() + "'",
                 "run scripts/fetch-llama.sh, or pass --vocab FILE.gguf"};
  }
  std::unique_ptr<gguf_context, GgufFree> out(gguf_init_empty());
  // Copy the vocabulary file's keys, then keep only the tokenizer ones.
  gguf_set_kv(out.get(), voc.get());
  for (std::int64_t i = gguf_get_n_kv(out.get()) - 1; i >= 0; --i) {
    const std::string key = gguf_get_key(out.get(), i);
    if (key.rfind("tokenizer.", 0) != 0) gguf_remove_key(out.get(), key.c_str());
  }
  const std::int64_t tok_key = gguf_find_key(out.get(), "tokenizer.ggml.tokens");
  if (tok_key < 0)
    return Error{ErrorCode::input, "'" + vocab.string() + "' has no tokenizer.ggml.tokens", ""};
  const auto n_vocab = static_cast<std::int64_t>(gguf_get_arr_n(out.get(), tok_key));

  gguf_context* g = out.get();
  gguf_set_val_str(g, "general.architecture", "llama");
  gguf_set_val_str(g, "general.name", kDemoModelName);
  gguf_set_val_str(
      g, "general.description",
      "Random weights written by `chimera model init` for speed measurements only; its output is "
      "meaningless and must never be presented as analysis.");
  gguf_set_val_u32(g, "general.file_type", 1);  // mostly F16
  gguf_set_val_u32(g, "llama.context_length", static_cast<std::uint32_t>(s.n_ctx));
  gguf_set_val_u32(g, "llama.embedding_length", static_cast<std::uint32_t>(s.n_embd));
  gguf_set_val_u32(g, "llama.block_count", static_cast<std::uint32_t>(s.n_layer));
  gguf_set_val_u32(g, "llama.feed_forward_length", static_cast<std::uint32_t>(s.n_ff));
  gguf_set_val_u32(g, "llama.attention.head_count", static_cast<std::uint32_t>(s.n_head));
  gguf_set_val_u32(g, "llama.attention.head_count_kv", static_cast<std::uint32_t>(s.n_head));
  gguf_set_val_u32(g, "llama.rope.dimension_count",
                   static_cast<std::uint32_t>(s.n_embd / s.n_head));
  gguf_set_val_f32(g, "llama.attention.layer_norm_rms_epsilon", 1e-5f);
  gguf_set_val_f32(g, "llama.rope.freq_base", 10000.0f);
  gguf_set_val_u32(g, "llama.vocab_size", static_cast<std::uint32_t>(n_vocab));

  const std::int64_t e = s.n_embd, f = s.n_ff;
  gguf_set_val_u64(
      g, "general.parameter_count",
      static_cast<std::uint64_t>(2 * e * n_vocab + s.n_layer * (4 * e * e + 3 * e * f) +
                                 (2 * s.n_layer + 1) * e));
  const std::size_t bytes =
      static_cast<std::size_t>((2 * e * n_vocab + s.n_layer * (4 * e * e + 3 * e * f)) * 2 +
                               (2 * s.n_layer + 1) * e * 4) +
      static_cast<std::size_t>(3 + 9 * s.n_layer) * ggml_tensor_overhead() + (1u << 20);
  ggml_init_params ip{bytes, nullptr, false};
  std::unique_ptr<ggml_context, GgmlFree> ctx(ggml_init(ip));
  if (!ctx)
    return Error{ErrorCode::internal,
                 "cannot allocate " + std::to_string(bytes) + " bytes for the model", ""};
  SplitMix rng{s.seed};
  const float scale = 1.0f / std::sqrt(static_cast<float>(e));
  const auto add = [&](const std::string& name, ggml_type type, std::int64_t d0, std::int64_t d1,
                       bool ones) {
    ggml_tensor* t = d1 > 0 ? ggml_new_tensor_2d(ctx.get(), type, d0, d1)
                            : ggml_new_tensor_1d(ctx.get(), type, d0);
    ggml_set_name(t, name.c_str());
    fill(t, rng, scale, ones);
    gguf_add_tensor(g, t);
  };
  add("token_embd.weight", GGML_TYPE_F16, e, n_vocab, false);
  for (int l = 0; l < s.n_layer; ++l) {
    const std::string p = "blk." + std::to_string(l) + ".";
    add(p + "attn_norm.weight", GGML_TYPE_F32, e, 0, true);
    add(p + "attn_q.weight", GGML_TYPE_F16, e, e, false);
    add(p + "attn_k.weight", GGML_TYPE_F16, e, e, false);
    add(p + "attn_v.weight", GGML_TYPE_F16, e, e, false);
    add(p + "attn_output.weight", GGML_TYPE_F16, e, e, false);
    add(p + "ffn_norm.weight", GGML_TYPE_F32, e, 0, true);
    add(p + "ffn_gate.weight", GGML_TYPE_F16, e, f, false);
    add(p + "ffn_up.weight", GGML_TYPE_F16, e, f, false);
    add(p + "ffn_down.weight", GGML_TYPE_F16, f, e, false);
  }
  add("output_norm.weight", GGML_TYPE_F32, e, 0, true);
  add("output.weight", GGML_TYPE_F16, e, n_vocab, false);

  std::error_code ec;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
  const std::filesystem::path tmp = path.string() + ".tmp";
  if (!gguf_write_to_file(g, tmp.c_str(), false)) {
    std::filesystem::remove(tmp, ec);
    return Error{ErrorCode::io, "cannot write '" + path.string() + "'",
                 "check the folder exists and has space"};
  }
  std::filesystem::rename(tmp, path, ec);
  if (ec)
    return Error{ErrorCode::io,
                 "cannot move the model into place at '" + path.string() + "': " + ec.message(),
                 ""};
  return ok_status();
}

}  // namespace chimera::engine
