#include "prompt_tokens.hpp"

#include <algorithm>

namespace chimera::engine::detail {
namespace {

std::vector<llama_token> tokenize(const llama_vocab* vocab, std::string_view text, bool add_bos,
                                  bool special) {
  std::vector<llama_token> toks(text.size() + 8);
  int n = llama_tokenize(vocab, text.data(), static_cast<int>(text.size()), toks.data(),
                         static_cast<int>(toks.size()), add_bos, special);
  if (n < 0) {
    toks.resize(static_cast<std::size_t>(-n));
    n = llama_tokenize(vocab, text.data(), static_cast<int>(text.size()), toks.data(), -n, add_bos,
                       special);
  }
  toks.resize(static_cast<std::size_t>(std::max(n, 0)));
  return toks;
}

Error too_long(std::int64_t tokens, int n_ctx, bool at_least) {
  return Error{ErrorCode::input,
               std::string("the prompt is ") + (at_least ? "at least " : "") +
                   std::to_string(tokens) + " tokens but num_ctx is " + std::to_string(n_ctx),
               "raise num_ctx in --options or shorten the prompt"};
}

}  // namespace

int max_token_bytes(const llama_vocab* vocab) {
  int longest = 1;
  char buf[512];
  const int n = llama_vocab_n_tokens(vocab);
  for (llama_token t = 0; t < n; ++t) {
    const int len = llama_token_to_piece(vocab, t, buf, sizeof buf, 0, true);
    longest = std::max(longest, len < 0 ? -len : len);
  }
  return longest;
}

Result<PromptTokens> fit_prompt(const llama_vocab* vocab, const std::string& text,
                                const PromptFit& fit, int max_bytes) {
  const int limit = std::max(1, fit.n_ctx - std::max(1, fit.room));  // prompt tokens allowed
  // At least this many tokens: every token stands for at most max_bytes bytes.
  const auto lower_bound = static_cast<std::int64_t>(text.size()) / std::max(1, max_bytes);
  PromptTokens out;
  if (lower_bound > 2LL * fit.n_ctx) {  // far too long: never tokenise the whole of it
    if (!fit.truncate) return too_long(lower_bound, fit.n_ctx, true);
    const auto keep = static_cast<std::size_t>(std::min(fit.keep, limit / 2));
    const std::size_t head_bytes =
        std::min(text.size(), keep * static_cast<std::size_t>(max_bytes));
    auto head = tokenize(vocab, std::string_view(text).substr(0, head_bytes), true, fit.special);
    head.resize(std::min(head.size(), keep));
    std::size_t from = text.size() - std::min(text.size(), static_cast<std::size_t>(limit) *
                                                               static_cast<std::size_t>(max_bytes));
    while (from < text.size() && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) ++from;
    const auto tail = tokenize(vocab, std::string_view(text).substr(from), false, fit.special);
    const std::size_t take = std::min(tail.size(), static_cast<std::size_t>(limit) - head.size());
    out.tokens = std::move(head);
    out.tokens.insert(out.tokens.end(), tail.end() - static_cast<std::ptrdiff_t>(take), tail.end());
    out.original = lower_bound;
    return out;
  }
  out.tokens = tokenize(vocab, text, true, fit.special);
  out.original = static_cast<std::int64_t>(out.tokens.size());
  if (out.original < fit.n_ctx) return out;
  if (!fit.truncate) return too_long(out.original, fit.n_ctx, false);
  // Ollama's truncation: the first num_keep tokens, then the latest that leave room.
  const auto keep = static_cast<std::ptrdiff_t>(std::min(fit.keep, limit / 2));
  const auto drop = static_cast<std::ptrdiff_t>(out.tokens.size()) - limit;
  out.tokens.erase(out.tokens.begin() + keep, out.tokens.begin() + keep + drop);
  return out;
}

}  // namespace chimera::engine::detail
