#pragma once
// A fake LLM server for tests and benchmarks: speaks Ollama's NDJSON API and the OpenAI SSE API
// on a loopback port, with programmable timing and faults per request, and records the
// server-side truth (when each token was written) so measurement accuracy can be checked.
//
// A request is scripted by its model name: "fake" uses the server's defaults; "fake:k=v,k=v"
// overrides them, keys as in FakeScript (ttft, gap, jitter, seed, tokens, fault, after, stall,
// drip, reasoning, cached, timings). Other model names get Ollama's 404 "model not found".
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chimera/core/error.hpp"

namespace chimera::fake {

enum class Fault {
  none,
  refuse,     // reset the connection on receipt, before any response byte
  close_mid,  // close the connection after `after` tokens, mid-response
  stall,      // stop for `stall` ms after `after` tokens, then go on
  http500,
  http503,
  http404,
  error_line,      // an {"error": ...} record after `after` tokens (HTTP status still 200)
  malformed_line,  // a line that is not JSON after `after` tokens, then the normal rest
  huge_line,       // a 17 MiB line after `after` tokens
  drip,            // every byte of the response written separately, `drip` ms apart
  no_final,        // the stream ends cleanly without its final record
};

struct FakeScript {
  double ttft_ms = 20;   // request received -> first token written
  double gap_ms = 5;     // between tokens
  double jitter_ms = 0;  // uniform +-jitter on each gap, seeded
  std::uint64_t seed = 1;
  int tokens = 16;
  Fault fault = Fault::none;
  int after = -1;  // token index at which the fault strikes; -1: half the tokens
  int stall_ms = 2000;
  int drip_ms = 1;
  int reasoning = 0;     // the first N tokens are reasoning ("thinking") text
  bool cached = false;   // Ollama final omits prompt_eval_duration and load_duration
  bool timings = false;  // OpenAI stream adds llama-server's "timings" object
  // The first token is hostile text (a script tag, quotes, a newline): reports must show it as
  // text ("hostile=1").
  bool hostile = false;
};

// Parses "fake" / "fake:k=v,..."; nullopt for other names, an error for a bad script.
std::optional<Result<FakeScript>> parse_script(std::string_view model, const FakeScript& defaults);

// What the server did for one request, in the client's steady-clock nanoseconds.
struct Truth {
  std::uint64_t id = 0;
  std::string path, model;
  std::int64_t received_ns = 0;
  std::vector<std::int64_t> token_ns;  // each token chunk, as its write began
  std::int64_t done_ns = 0;
};

class FakeServer {
 public:
  explicit FakeServer(FakeScript defaults = {});
  ~FakeServer();
  FakeServer(const FakeServer&) = delete;
  FakeServer& operator=(const FakeServer&) = delete;

  // Binds host:port (port 0 picks a free one) and serves on background threads.
  Status start(const std::string& host = "127.0.0.1", int port = 0);
  void stop();
  int port() const;
  std::string url() const;  // http://127.0.0.1:PORT

  std::vector<Truth> truth() const;  // every request so far, in arrival order
  void clear_truth();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chimera::fake
