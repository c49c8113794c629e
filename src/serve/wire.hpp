#pragma once
// The two wire protocols of `chimera serve` over one generation path: a request parsed into a
// GenRequest (the engine's messages and options), and an Encoder that writes the generation as
// Ollama NDJSON records or OpenAI objects / server-sent events.
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chimera/core/error.hpp"
#include "chimera/core/json_fields.hpp"
#include "chimera/engine/engine.hpp"

namespace chimera::serve::detail {

struct GenRequest {
  std::string model;
  std::vector<engine::Message> messages;
  bool empty_prompt = true;  // Ollama: load (or unload) only
  std::string options_json;  // for engine::parse_options
  bool stream = true;
  bool include_usage = false;  // OpenAI stream_options.include_usage
  std::string grammar;         // structured output (format / response_format); empty: free text
  std::optional<std::string> raw_prompt;  // Ollama's raw: the prompt as is, no chat template
};

// A message for a request field this server cannot honour (images, tools, thinking, insert /
// suffix, logprobs, context), in the words Ollama uses for a model without the capability; never
// silently ignored. Nothing when every field can be honoured.
std::optional<std::string> unsupported_field(const json::Fields& f, const std::string& model,
                                             bool openai);

// The output grammar of Ollama's `format` ("json" or a JSON schema) or OpenAI's
// `response_format` ({"type": "json_object"} or {"type": "json_schema", "json_schema":
// {"schema": ...}}); empty for free text; a message for a 400 otherwise.
Result<std::string> output_grammar(std::string_view body, const json::Fields& f, bool openai);

class Encoder {
 public:
  virtual ~Encoder() = default;
  virtual const char* content_type() const = 0;
  virtual std::string begin() { return {}; }             // before the first piece (streaming)
  virtual std::string piece(std::string_view text) = 0;  // one streamed piece
  // The end: the streamed tail, or the whole response when not streaming (full text).
  virtual std::string end(const engine::GenStats& g, std::string_view full) = 0;
  virtual std::string error(const std::string& message) = 0;  // inside a started stream
};

std::unique_ptr<Encoder> ollama_encoder(const std::string& model, bool chat);
std::unique_ptr<Encoder> openai_encoder(const std::string& model, bool chat, bool stream,
                                        bool include_usage);

// RFC 3339 with nanoseconds, UTC, as Ollama writes created_at and expires_at.
std::string rfc3339(std::chrono::system_clock::time_point t);

// Ollama's {"error": "..."}; OpenAI's {"error": {"message", "type", "param", "code"}}.
std::string ollama_error(const std::string& message);
std::string openai_error(const std::string& message, std::string_view type,
                         std::string_view code = {});

// An OpenAI chat/completions or completions body as a GenRequest; a message for a 400 otherwise.
Result<GenRequest> parse_openai(const json::Fields& f, bool chat);

// A Go duration as Ollama's keep_alive takes it: "5m0s", "1h30m", "250ms", "-1s", a bare number
// of seconds ("300"); nanoseconds, or nothing when it is not one.
std::optional<std::int64_t> go_duration_ns(std::string_view s);

}  // namespace chimera::serve::detail
