#include "wire.hpp"

#include <atomic>
#include <charconv>
#include <chrono>
#include <ctime>

#include "chimera/core/json_writer.hpp"

#include <nlohmann/json.hpp>

namespace chimera::serve::detail {
namespace {

std::string json_str(std::string_view s) {
  std::string out;
  JsonWriter::append_string(out, s);
  return out;
}

class OllamaEncoder final : public Encoder {
 public:
  OllamaEncoder(std::string model, bool chat) : model_(std::move(model)), chat_(chat) {}
  const char* content_type() const override { return "application/x-ndjson"; }
  std::string piece(std::string_view text) override { return record(text, false) + "}\n"; }
  // Ollama's durations in ns and counts, each omitted when zero.
  std::string end(const engine::GenStats& g, std::string_view full) override {
    std::string s = record(full, true);
    s += ",\"done_reason\":" + json_str(g.done_reason);
    const auto add = [&](const char* k, std::int64_t v) {
      if (v > 0) s += std::string(",\"") + k + "\":" + std::to_string(v);
    };
    add("total_duration", g.total_ns);
    add("load_duration", g.load_ns.value_or(0));
    add("prompt_eval_count", g.prompt_eval_count);
    add("prompt_eval_duration", g.prompt_eval_ns);
    add("eval_count", g.eval_count);
    add("eval_duration", g.eval_ns);
    return s + "}\n";
  }
  std::string error(const std::string& message) override { return ollama_error(message) + "\n"; }

 private:
  std::string record(std::string_view text, bool done) const {
    std::string s = "{\"model\":" + json_str(model_) + ",\"created_at\":\"" +
                    rfc3339(std::chrono::system_clock::now()) + "\",";
    s += chat_ ? "\"message\":{\"role\":\"assistant\",\"content\":" + json_str(text) + "}"
               : "\"response\":" + json_str(text);
    return s + (done ? ",\"done\":true" : ",\"done\":false");
  }
  std::string model_;
  bool chat_;
};

class OpenAiEncoder final : public Encoder {
 public:
  OpenAiEncoder(std::string model, bool chat, bool stream, bool usage)
      : model_(std::move(model)), chat_(chat), stream_(stream), usage_(usage) {
    static std::atomic<std::uint64_t> next{1};
    id_ = std::string(chat ? "chatcmpl-" : "cmpl-") + std::to_string(next++);
    created_ = std::to_string(std::time(nullptr));
  }
  const char* content_type() const override {
    return stream_ ? "text/event-stream" : "application/json";
  }
  std::string begin() override {
    if (!stream_ || !chat_) return {};
    return event(choice_delta("{\"role\":\"assistant\",\"content\":\"\"}", "null"));
  }
  std::string piece(std::string_view text) override {
    return event(chat_ ? choice_delta("{\"content\":" + json_str(text) + "}", "null")
                       : choice_text(json_str(text), "null"));
  }
  std::string end(const engine::GenStats& g, std::string_view full) override {
    const std::string finish = g.done_reason == "length" ? "\"length\"" : "\"stop\"";
    const std::string usage =
        "{\"prompt_tokens\":" + std::to_string(g.prompt_eval_count) +
        ",\"completion_tokens\":" + std::to_string(g.eval_count) +
        ",\"total_tokens\":" + std::to_string(g.prompt_eval_count + g.eval_count) + "}";
    if (!stream_) {
      const std::string choice =
          chat_ ? "{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" + json_str(full) +
                      "},\"finish_reason\":" + finish + "}"
                : "{\"index\":0,\"text\":" + json_str(full) +
                      ",\"logprobs\":null,\"finish_reason\":" + finish + "}";
      return head(chat_ ? "chat.completion" : "text_completion") + ",\"choices\":[" + choice +
             "],\"usage\":" + usage + "}";
    }
    std::string s = event(chat_ ? choice_delta("{}", finish) : choice_text("\"\"", finish));
    if (usage_) s += event(head(object()) + ",\"choices\":[],\"usage\":" + usage + "}");
    return s + "data: [DONE]\n\n";
  }
  std::string error(const std::string& message) override {
    return "data: " + openai_error(message, "server_error") + "\n\n";
  }

 private:
  const char* object() const { return chat_ ? "chat.completion.chunk" : "text_completion"; }
  std::string head(const char* object) const {
    return "{\"id\":\"" + id_ + "\",\"object\":\"" + object + "\",\"created\":" + created_ +
           ",\"model\":" + json_str(model_) + ",\"system_fingerprint\":\"fp_chimera\"";
  }
  std::string choice_delta(const std::string& delta, const std::string& finish) const {
    return head(object()) + ",\"choices\":[{\"index\":0,\"delta\":" + delta +
           ",\"finish_reason\":" + finish + "}]}";
  }
  std::string choice_text(const std::string& text, const std::string& finish) const {
    return head(object()) + ",\"choices\":[{\"index\":0,\"text\":" + text +
           ",\"logprobs\":null,\"finish_reason\":" + finish + "}]}";
  }
  static std::string event(const std::string& json) { return "data: " + json + "\n\n"; }

  std::string model_, id_, created_;
  bool chat_, stream_, usage_;
};

// The text of an OpenAI message's content: a string, or the text parts of an array.
std::optional<std::string> content_text(const json::Fields& f, const std::string& base) {
  if (const auto s = f.string(base)) return std::string(*s);
  std::string out;
  for (std::size_t i = 0;; ++i) {
    const std::string part = base + "[" + std::to_string(i) + "]";
    const auto type = f.string(part + ".type");
    if (!type) break;
    if (*type != "text") return std::nullopt;
    out += f.string(part + ".text").value_or("");
  }
  return out;
}

}  // namespace

std::string rfc3339(std::chrono::system_clock::time_point t) {
  const auto ns =
      std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
  const std::time_t secs = static_cast<std::time_t>(ns / 1'000'000'000);
  std::tm tm{};
  ::gmtime_r(&secs, &tm);
  char buf[64];
  const std::size_t n = std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
  std::snprintf(buf + n, sizeof buf - n, ".%09lldZ", static_cast<long long>(ns % 1'000'000'000));
  return buf;
}

std::unique_ptr<Encoder> ollama_encoder(const std::string& model, bool chat) {
  return std::make_unique<OllamaEncoder>(model, chat);
}

std::unique_ptr<Encoder> openai_encoder(const std::string& model, bool chat, bool stream,
                                        bool include_usage) {
  return std::make_unique<OpenAiEncoder>(model, chat, stream, include_usage);
}

std::string ollama_error(const std::string& message) {
  return "{\"error\":" + json_str(message) + "}";
}

std::string openai_error(const std::string& message, std::string_view type, std::string_view code) {
  return "{\"error\":{\"message\":" + json_str(message) + ",\"type\":" + json_str(type) +
         ",\"param\":null,\"code\":" + (code.empty() ? std::string("null") : json_str(code)) + "}}";
}

Result<GenRequest> parse_openai(const json::Fields& f, bool chat) {
  const auto bad = [](std::string m) { return Error{ErrorCode::usage, std::move(m), ""}; };
  GenRequest g;
  g.model = std::string(f.string("model").value_or(""));
  if (g.model.empty()) return bad("you must provide a model parameter");
  if (chat) {
    for (std::size_t i = 0;; ++i) {
      const std::string base = "messages[" + std::to_string(i) + "]";
      const auto role = f.string(base + ".role");
      if (!role) break;
      auto text = content_text(f, base + ".content");
      if (!text) return bad(base + ".content: only text parts are supported");
      g.messages.push_back({std::string(*role), std::move(*text)});
    }
    if (g.messages.empty()) return bad("'messages' must be a non-empty array");
  } else {
    auto prompt = f.string("prompt");
    if (!prompt) prompt = f.string("prompt[0]");
    if (!prompt) return bad("'prompt' must be a string");
    g.messages.push_back({"user", std::string(*prompt)});
  }
  g.empty_prompt = false;
  g.stream = f.boolean("stream").value_or(false);
  g.include_usage = f.boolean("stream_options.include_usage").value_or(false);
  if (const auto n = f.number("n"); n && *n != 1) return bad("only n = 1 is supported");
  // Sampling fields map onto the engine's (Ollama's) option names; a wrong type is a 400.
  std::string o = "{";
  const auto put = [&](std::string_view key, const json::Field& v) {
    if (o.size() > 1) o += ',';
    o += json_str(key) + ":" + (v.kind == json::JsonScalar::string ? json_str(v.text) : v.text);
  };
  static constexpr std::pair<std::string_view, std::string_view> kMap[] = {
      {"max_tokens", "num_predict"},
      {"max_completion_tokens", "num_predict"},
      {"temperature", "temperature"},
      {"top_p", "top_p"},
      {"seed", "seed"},
      {"top_k", "top_k"},
      {"min_p", "min_p"},
      {"repeat_penalty", "repeat_penalty"},
      {"ignore_eos", "ignore_eos"}};
  for (const auto& [from, to] : kMap) {
    const auto* v = f.find(from);
    if (!v || v->kind == json::JsonScalar::null) continue;
    const bool boolean = to == "ignore_eos";
    if (boolean ? v->kind != json::JsonScalar::boolean : v->kind != json::JsonScalar::number)
      return bad("'" + std::string(from) + "' must be a " + (boolean ? "boolean" : "number"));
    put(to, *v);
  }
  if (const auto* s = f.find("stop"); s && s->kind == json::JsonScalar::string) {
    put("stop", *s);
  } else {
    for (std::size_t i = 0;; ++i) {
      const auto* e = f.find("stop[" + std::to_string(i) + "]");
      if (!e) break;
      if (e->kind != json::JsonScalar::string) return bad("'stop' must hold strings");
      if (o.size() > 1) o += ',';
      o += "\"stop\":" + json_str(e->text);
    }
  }
  g.options_json = o + "}";
  return g;
}

std::optional<std::int64_t> go_duration_ns(std::string_view s) {
  if (s.empty()) return std::nullopt;
  bool negative = false;
  if (s.front() == '-' || s.front() == '+') {
    negative = s.front() == '-';
    s.remove_prefix(1);
  }
  double total = 0;
  bool any = false;
  while (!s.empty()) {
    double v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc()) return std::nullopt;
    s.remove_prefix(static_cast<std::size_t>(end - s.data()));
    std::size_t u = 0;
    while (u < s.size() && !(s[u] >= '0' && s[u] <= '9') && s[u] != '.') ++u;
    const std::string_view unit = s.substr(0, u);
    s.remove_prefix(u);
    const double scale = unit == "ns"                        ? 1
                         : unit == "us" || unit == "µs"      ? 1e3
                         : unit == "ms"                      ? 1e6
                         : unit == "s"                       ? 1e9
                         : unit == "m"                       ? 60e9
                         : unit == "h"                       ? 3600e9
                         : unit.empty() && !any && s.empty() ? 1e9  // a bare number: seconds
                                                             : -1;
    if (scale < 0) return std::nullopt;
    total += v * scale;
    any = true;
  }
  return static_cast<std::int64_t>(negative ? -total : total);
}

}  // namespace chimera::serve::detail

namespace chimera::serve::detail {
namespace {

// The JSON text of the object at a dotted path of body ("format", "response_format.json_schema.
// schema"), kept whole (the flattened fields cannot give it back).
std::optional<std::string> object_at(std::string_view body, std::string_view path) {
  const auto doc = nlohmann::json::parse(body, nullptr, false);
  if (doc.is_discarded()) return std::nullopt;
  const nlohmann::json* at = &doc;
  for (std::size_t from = 0; from <= path.size();) {
    const auto dot = std::min(path.find('.', from), path.size());
    const std::string key(path.substr(from, dot - from));
    if (!at->is_object() || !at->contains(key)) return std::nullopt;
    at = &(*at)[key];
    from = dot + 1;
  }
  if (!at->is_object()) return std::nullopt;
  return at->dump();
}

Result<std::string> schema_grammar(std::string_view body, std::string_view path) {
  const auto schema = object_at(body, path);
  if (!schema)
    return Error{ErrorCode::usage, std::string(path) + " must be a JSON schema object", ""};
  auto g = engine::json_schema_grammar(*schema);
  if (!g) return Error{ErrorCode::usage, g.error().message + " (" + g.error().hint + ")", ""};
  return g;
}

}  // namespace

Result<std::string> output_grammar(std::string_view body, const json::Fields& f, bool openai) {
  if (openai) {
    const auto type = f.string("response_format.type");
    if (!type || *type == "text") {
      if (f.has_prefix("response_format.") && !type)
        return Error{ErrorCode::usage, "response_format.type is required", ""};
      return std::string();
    }
    if (*type == "json_object") return engine::json_grammar();
    if (*type == "json_schema") return schema_grammar(body, "response_format.json_schema.schema");
    return Error{ErrorCode::usage,
                 "response_format.type must be 'text', 'json_object' or 'json_schema', not '" +
                     std::string(*type) + "'",
                 ""};
  }
  const auto* fmt = f.find("format");
  if (fmt && fmt->kind == json::JsonScalar::string) {
    if (fmt->text.empty()) return std::string();
    if (fmt->text == "json") return engine::json_grammar();
    return Error{ErrorCode::usage,
                 "invalid format: \"" + fmt->text + "\"; expected \"json\" or a JSON schema", ""};
  }
  if (fmt && fmt->kind == json::JsonScalar::null) return std::string();
  if (f.has_prefix("format.") || f.has_prefix("format[")) return schema_grammar(body, "format");
  return std::string();
}

}  // namespace chimera::serve::detail

namespace chimera::serve::detail {

std::optional<std::string> unsupported_field(const json::Fields& f, const std::string& model,
                                             bool openai) {
  const std::string quoted = "\"" + model + "\"";
  for (const auto& fld : f.all()) {
    const std::string_view p = fld.path;
    const bool set = fld.kind == json::JsonScalar::string    ? !fld.text.empty()
                     : fld.kind == json::JsonScalar::boolean ? fld.text == "true"
                     : fld.kind == json::JsonScalar::number  ? fld.number != 0
                                                             : false;
    if (!set) continue;
    if (p.starts_with("tools[") || p.starts_with("functions["))
      return quoted + " does not support tools";
    if (p.starts_with("images[") || p.find(".images[") != std::string_view::npos ||
        (p.find("image_url") != std::string_view::npos))
      return quoted + " does not support images";
    if (p == "think") return quoted + " does not support thinking";
    if (p == "suffix") return quoted + " does not support insert";
    if (p == "logprobs" || p == "top_logprobs")
      return "logprobs are not supported by chimera serve";
    if (!openai && p.starts_with("context["))
      return "context is not supported by chimera serve: send the conversation as messages to "
             "/api/chat";
    if (openai && p == "echo") return "echo is not supported by chimera serve";
    if (openai && p == "best_of" && fld.number > 1)
      return "best_of is not supported by chimera serve (only 1)";
  }
  return std::nullopt;
}

}  // namespace chimera::serve::detail
