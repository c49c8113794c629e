#pragma once
// A prompt's tokens within the context: all of them when they fit; otherwise an error, or (as
// Ollama does) its first tokens and as many of its last as leave room to generate. A prompt far
// longer than the context is never tokenised whole: only its head and tail are read.
#include <llama.h>

#include <cstdint>
#include <string>
#include <vector>

#include "chimera/core/error.hpp"

namespace chimera::engine::detail {

struct PromptFit {
  int n_ctx = 0;  // the context
  int room = 1;   // tokens kept free for generation when truncating
  int keep = 4;   // first tokens kept when truncating (Ollama's num_keep)
  bool truncate = false;
  bool special = false;  // parse special tokens (a chat template's markers)
};

struct PromptTokens {
  std::vector<llama_token> tokens;
  // The prompt's length in tokens before truncation (a lower bound when it was not tokenised
  // whole); equal to tokens.size() when nothing was cut.
  std::int64_t original = 0;
};

// The longest piece of text one token of the vocabulary stands for, in bytes.
int max_token_bytes(const llama_vocab* vocab);

Result<PromptTokens> fit_prompt(const llama_vocab* vocab, const std::string& text,
                                const PromptFit& fit, int max_token_bytes);

}  // namespace chimera::engine::detail
