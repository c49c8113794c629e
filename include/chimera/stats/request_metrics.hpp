#pragma once
// Derived per-request metrics, computed from raw client timestamps and the server's own figures
// by pure functions (definitions in ../shared/docs/wire-formats.md, "Measurement definitions").
// Anything an input lacks stays absent: never 0.
#include <cstdint>
#include <optional>
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
  std::optional<double> total_duration_ns, load_duration_ns, prompt_eval_duration_ns,
      eval_duration_ns;
};

enum class TokenSource { server, estimated, none };
std::string_view token_source_name(TokenSource s);

struct RequestMetrics {
  std::optional<double> ttft_ms, first_byte_ms, first_token_ms, e2e_ms, tpot_ms;
  std::vector<double> itl_ms;          // gaps between consecutive text-carrying chunks
  std::optional<double> decode_tok_s;  // server: eval_count / eval_duration
  std::optional<double> output_tok_s;  // client: output tokens / (done - first content)
  std::optional<double> prompt_eval_ms, load_ms;
  std::optional<std::int64_t> prompt_tokens, output_tokens;
  TokenSource token_source = TokenSource::none;
};

// Output tokens: the server's count when reported, else the number of text chunks (estimated).
RequestMetrics derive(const Timeline& t, const ServerFigures& s);

}  // namespace chimera::stats
