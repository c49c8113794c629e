#pragma once
// One interface for every LLM server protocol, implementations in sibling files, a registry keyed
// by kind ("ollama", "openai"). A backend knows how to build a streaming request, decode its
// response stream and describe the serving environment; it knows nothing about timing.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chimera/core/error.hpp"
#include "chimera/stats/request_metrics.hpp"
#include "chimera/transport/http_client.hpp"

namespace chimera::backend {

struct GenerateRequest {
  std::string model;
  std::string prompt;
  std::string system;        // system prompt (persona); empty: none sent
  bool chat = true;          // chat endpoint; false: the plain completion endpoint
  std::string options_json;  // JSON object passed through untouched; empty: server defaults
  std::string keep_alive;    // Ollama keep_alive as JSON value text; empty: not sent
};

// What a decoder reports while reading a stream.
class DecodeSink {
 public:
  virtual ~DecodeSink() = default;
  virtual void text(std::string_view chunk, bool reasoning, std::int64_t t_ns) = 0;
  // The record that ends a successful stream, with the server's figures.
  virtual void final(const stats::ServerFigures& figures, std::string_view done_reason,
                     std::int64_t t_ns) = 0;
  // An error reported inside the stream ({"error": ...} with HTTP 200).
  virtual void stream_error(std::string_view message, std::int64_t t_ns) = 0;
  // A line or event that is not what the protocol allows; counted, and the request fails.
  virtual void malformed(std::string_view what) = 0;
};

class StreamDecoder {
 public:
  virtual ~StreamDecoder() = default;
  // Feeds body bytes as they arrived; any split of the bytes gives the same events.
  virtual void feed(std::string_view bytes, std::int64_t t_ns, DecodeSink& sink) = 0;
  // End of the body: decodes a final line without newline. Returns true when the stream had its
  // final record.
  virtual bool finish(std::int64_t t_ns, DecodeSink& sink) = 0;
};

// One fact about the serving environment, or why it is unknown.
struct EnvFact {
  std::string key, value;  // value empty when unknown
  std::string note;        // why unknown
};

struct BackendConfig {
  std::string url;      // base URL, e.g. http://127.0.0.1:11434
  std::string api_key;  // bearer key (resolved from the environment variable named by the user)
  transport::Timeouts timeouts;
};

class Backend {
 public:
  virtual ~Backend() = default;
  virtual std::string_view kind() const = 0;
  virtual transport::HttpRequest build(const GenerateRequest& r) const = 0;
  virtual std::unique_ptr<StreamDecoder> decoder(bool chat) const = 0;
  // Server version, model digest, quantization, block count, context length, GPU fraction...
  virtual std::vector<EnvFact> environment(transport::HttpClient& http,
                                           const std::string& model) const = 0;
  // Before any measurement: is the server reachable, does it know the model, does the model
  // file exist? One clear error naming the fix, without generating anything (nothing is loaded,
  // so a cold first request stays cold). What the server does not expose is not checked here:
  // the first request's fatal failure (is_fatal) stops the run instead.
  virtual Status preflight(transport::HttpClient& http, const std::string& model) const = 0;
  // A sentence for an HTTP error response: the server's own message, plus what to do.
  virtual std::string http_error(long status, std::string_view body,
                                 const std::string& model) const = 0;

  // In-process backends (the embedded engine) generate directly instead of building an HTTP
  // request: generate() reports text and the final record to the sink as they happen, stamped
  // with the same monotonic clock. HTTP backends keep the defaults.
  virtual bool in_process() const { return false; }
  virtual void generate(const GenerateRequest& /*request*/, DecodeSink& /*sink*/) const {}
};

using BackendFactory = std::unique_ptr<Backend> (*)(BackendConfig);

// Creates a backend of the given kind; usage error naming the known kinds otherwise.
// The server's base URL as the backend joins paths to it: trailing slashes dropped, and the
// API's own prefix (/v1 for openai, /api for ollama) too, as users copy it from SDK docs.
std::string base_url(std::string_view kind, std::string url);
Result<std::unique_ptr<Backend>> make_backend(std::string_view kind, BackendConfig config);

// Every request option name some server knows (Ollama, OpenAI, llama-server, vLLM), sorted.
std::vector<std::string> known_option_names();
// "unknown option 'num_ctxx' in --options; did you mean 'num_ctx'?" when no server knows `name`;
// nothing for a known name. Servers ignore options they do not know, so commands warn (or, with
// --strict-options, stop).
std::optional<std::string> unknown_option(std::string_view name, std::string_view flag);
// A usage error naming `flag` when a numeric option's value (as typed; "" = not checked) is not a
// number ("2048;temperature=0.8"): always a mistake, whatever the server.
Status check_option_value(std::string_view name, std::string_view value, std::string_view flag);
// The option names a --options spec sets: its k=v keys, or a JSON object's top-level keys.
std::vector<std::string> option_names_in(std::string_view spec);

// Where each kind's server listens by default: Ollama's 11434, the OpenAI-compatible servers'
// 8000 (vLLM, SGLang); "in-process" for the embedded engine. One place for every command.
std::string default_url(std::string_view kind);
std::vector<std::string> backend_kinds();

// A GET (or POST with a body) to the server with a short first-byte timeout, for preflight and
// environment queries.
transport::Response query(transport::HttpClient& http, const BackendConfig& c,
                          const std::string& path, const std::string& body = {});

// "cannot reach the server at URL (what failed)" with the hint to start it or fix --url; absent
// when the response arrived.
std::optional<Error> unreachable(const transport::Response& r, const std::string& url,
                                 std::string_view start_hint);

// "k=v,k2=v2" or a JSON object → JSON object text. Values that parse as JSON (numbers, true,
// false, null, arrays, quoted strings) keep their type; anything else becomes a string.
Result<std::string> options_to_json(std::string_view spec);

// Starts a request body: {"model":..., then "messages":[system?, user] for chat requests (the
// caller adds the rest and the closing brace). Both HTTP protocols share this shape.
std::string begin_body(const GenerateRequest& r);

// The server's message from an error body: {"error": "..."} or {"error": {"message": ...}}, or
// the body itself (trimmed, at most 300 bytes).
std::string server_message(std::string_view body);

}  // namespace chimera::backend
