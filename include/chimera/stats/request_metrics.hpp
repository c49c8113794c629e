#pragma once
// Derived per-request metrics, computed from raw client timestamps and the server's own figures
// by pure functions (definitions in ../shared/docs/wire-formats.md, "Measurement definitions").
// Anything an input lacks stays absent: never 0.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chimera::stats {

// Client timestamps of one request, steady-clock nanoseconds.
struct Timeline {
  std::int64_t send_ns = 0;
  std::optional<std::int64_t> first_byte_ns;     // first body byte
  std::optional<std::int64_t> first_token_ns;    // first chunk with generated text (reasoning too)
  std::optional<std::int64_t> first_content_ns;  // first chunk with answer text
  std::optional<std::int64_t> done_ns;           // final record received
  std::vector<std::int64_t> token_chunk_ns;      // arrival of every chunk that carried text
};

// What the server reported about the request (Ollama final record, OpenAI usage, llama-server
// timings). Durations in nanoseconds.
struct ServerFigures {
  std::optional<std::int64_t> prompt_tokens, output_tokens, cached_tokens;
  // Prompt tokens the server evaluated for this request (llama-server timings.prompt_n: the
  // prompt less its cached prefix); absent where the server reports only the total.
  std::optional<std::int64_t> prompt_evaluated;
  // eval_duration spans the output tokens after the first (the first comes from the prompt
  // pass): Ollama eval_duration, llama-server predicted_ms, the embedded engine.
  std::optional<double> total_duration_ns, load_duration_ns, prompt_eval_duration_ns,
      eval_duration_ns;
  // The server's own rates where it reports them (llama-server predicted_per_second,
  // prompt_per_second): taken as they are.
  std::optional<double> decode_tok_s, prompt_tok_s;
};

enum class TokenSource { server, estimated, none };
std::string_view token_source_name(TokenSource s);

struct RequestMetrics {
  std::optional<double> ttft_ms, first_byte_ms, first_token_ms, e2e_ms, tpot_ms;
  std::vector<double> itl_ms;  // gaps between consecutive text-carrying chunks
  // Rates count intervals, not tokens: n tokens are n - 1 steps after the first, so a reply of
  // 0 or 1 token has no rate (absent; rate_note() says why).
  std::optional<double> decode_tok_s;  // server: (eval_count - 1) / eval_duration, or its own
  std::optional<double> output_tok_s;  // client: (output tokens - 1) / (done - first content)
  std::optional<double> prompt_tok_s;  // server: evaluated prompt tokens / prompt_eval_duration
  std::optional<double> prompt_eval_ms, load_ms;
  std::optional<std::int64_t> prompt_tokens, output_tokens;
  TokenSource token_source = TokenSource::none;
};

// Output tokens: the server's count when reported, else the number of text chunks (estimated).
RequestMetrics derive(const Timeline& t, const ServerFigures& s);

// Why a request's decode/output rate (and TPOT) is absent, or "" when it is present or the
// reason is not the token count: "0 output tokens" / "1 output token: a rate needs two".
std::string rate_note(const RequestMetrics& m);

}  // namespace chimera::stats
