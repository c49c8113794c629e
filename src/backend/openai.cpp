// OpenAI-compatible streaming (vLLM, SGLang, TGI, llama-server, Ollama /v1): server-sent events,
// usage via stream_options.include_usage, llama-server's timings when present.
#include <algorithm>

#include "chimera/backend/backend.hpp"
#include "chimera/core/json_fields.hpp"
#include "chimera/core/json_writer.hpp"
#include "chimera/core/numeric.hpp"
#include "chimera/transport/framing.hpp"

namespace chimera::backend {
namespace {

class OpenAiDecoder final : public StreamDecoder {
 public:
  explicit OpenAiDecoder(bool chat) : chat_(chat) {}

  void feed(std::string_view bytes, std::int64_t t, DecodeSink& sink) override {
    if (auto err = sse_.feed(bytes, [&](const transport::SseEvent& e) { event(e, t, sink); })) {
      sink.malformed(*err);
      broken_ = true;
    }
  }

  bool finish(std::int64_t t, DecodeSink& sink) override {
    if (!broken_) sse_.finish([&](const transport::SseEvent& e) { event(e, t, sink); });
    return done_;
  }

 private:
  void event(const transport::SseEvent& e, std::int64_t t, DecodeSink& sink) {
    ++events_;
    if (e.data == "[DONE]") {
      if (!done_) {
        done_ = true;
        sink.final(figures_, finish_reason_, t);
      }
      return;
    }
    if (done_) {
      sink.malformed("event " + std::to_string(events_) + " arrived after [DONE]");
      return;
    }
    if (auto err = f_.parse(e.data)) {
      sink.malformed("event " + std::to_string(events_) + " is not JSON (" + err->describe() + ")");
      return;
    }
    if (f_.has_prefix("error")) {
      sink.stream_error(server_message(e.data), t);
      return;
    }
    const char* content_path = chat_ ? "choices[0].delta.content" : "choices[0].text";
    for (const char* rp : {"choices[0].delta.reasoning_content", "choices[0].delta.reasoning"}) {
      if (auto r = f_.string(rp); r && !r->empty()) sink.text(*r, true, t);
    }
    if (auto c = f_.string(content_path); c && !c->empty()) sink.text(*c, false, t);
    if (auto fr = f_.string("choices[0].finish_reason")) finish_reason_ = std::string(*fr);
    usage();
  }

  // usage (include_usage) and llama-server timings, whichever chunk carries them.
  void usage() {
    const auto i = [&](std::string_view p) -> std::optional<std::int64_t> {
      if (auto v = f_.number(p)) {
        if (const auto c = numeric::to_count(*v)) return std::optional<std::int64_t>(*c);
      }
      return std::nullopt;
    };
    if (auto v = i("usage.prompt_tokens")) figures_.prompt_tokens = v;
    if (auto v = i("usage.completion_tokens")) figures_.output_tokens = v;
    if (auto v = i("usage.prompt_tokens_details.cached_tokens")) figures_.cached_tokens = v;
    if (auto v = f_.number("timings.prompt_ms")) figures_.prompt_eval_duration_ns = *v * 1e6;
    if (auto v = f_.number("timings.predicted_ms")) figures_.eval_duration_ns = *v * 1e6;
    if (auto v = f_.number("timings.predicted_per_second")) figures_.decode_tok_s = v;
    if (auto v = f_.number("timings.prompt_per_second")) figures_.prompt_tok_s = v;
    if (auto v = i("timings.prompt_n")) figures_.prompt_evaluated = v;
    if (!figures_.output_tokens) {
      if (auto v = i("timings.predicted_n")) figures_.output_tokens = v;
    }
    if (!figures_.prompt_tokens) {
      if (auto v = i("timings.prompt_n")) figures_.prompt_tokens = v;
    }
    if (!figures_.cached_tokens) {
      if (auto v = i("timings.cache_n")) figures_.cached_tokens = v;
    }
  }

  bool chat_;
  transport::SseParser sse_;
  json::Fields f_;
  stats::ServerFigures figures_;
  std::string finish_reason_;
  std::size_t events_ = 0;
  bool done_ = false, broken_ = false;
};

class OpenAi final : public Backend {
 public:
  explicit OpenAi(BackendConfig c) : c_(std::move(c)) {}
  std::string_view kind() const override { return "openai"; }

  transport::HttpRequest build(const GenerateRequest& r) const override {
    std::string b = begin_body(r);
    if (!r.chat) {
      b += ",\"prompt\":";
      JsonWriter::append_string(b, (r.system.empty() ? "" : r.system + "\n\n") + r.prompt);
    }
    b += ",\"stream\":true,\"stream_options\":{\"include_usage\":true}";
    // OpenAI sampling parameters are top-level fields: the options object is merged in as is.
    if (r.options_json.size() > 2) b += "," + r.options_json.substr(1, r.options_json.size() - 2);
    b += "}";
    transport::HttpRequest q;
    q.url = c_.url + (r.chat ? "/v1/chat/completions" : "/v1/completions");
    q.body = std::move(b);
    q.timeouts = c_.timeouts;
    q.headers.push_back("Accept: text/event-stream");
    if (!c_.api_key.empty()) q.headers.push_back("Authorization: Bearer " + c_.api_key);
    return q;
  }

  std::unique_ptr<StreamDecoder> decoder(bool chat) const override {
    return std::make_unique<OpenAiDecoder>(chat);
  }

  // What the server exposes about itself: /v1/models (the model listed, vLLM's max_model_len,
  // llama-server's meta), llama-server's /props (slots, per-slot context, build, model file) and
  // /slots (their count, when /props has none). Facts a server does not expose say so.
  std::vector<EnvFact> environment(transport::HttpClient& http,
                                   const std::string& model) const override {
    std::vector<EnvFact> out;
    const auto r = query(http, c_, "/v1/models");
    json::Fields f;
    if (r.result.error != transport::ErrorKind::none || r.result.status != 200 || f.parse(r.body)) {
      out.push_back({"model_listed", {}, "GET /v1/models failed"});
    } else {
      model_facts(f, model, out);
    }
    json::Fields props;
    const auto p = query(http, c_, "/props");
    const bool has_props = p.result.error == transport::ErrorKind::none && p.result.status == 200 &&
                           !props.parse(p.body);
    const auto put = [&](std::string key, const json::Field* v, std::string why) {
      if (v && !v->text.empty())
        out.push_back({std::move(key), v->text, "from /props"});
      else
        out.push_back({std::move(key), {}, std::move(why)});
    };
    const std::string why =
        has_props ? "not in /props" : "the server has no /props (llama-server only)";
    const json::Field* slots = has_props ? props.find("total_slots") : nullptr;
    if (!slots) {
      json::Fields sl;
      const auto s = query(http, c_, "/slots");
      if (s.result.error == transport::ErrorKind::none && s.result.status == 200 &&
          !sl.parse(s.body)) {
        std::size_t n = 0;
        for (const auto& fld : sl.all()) {
          if (fld.path.starts_with("[") && fld.path.ends_with("].id")) ++n;
        }
        if (n > 0) out.push_back({"server_parallel", std::to_string(n), "from /slots"});
      }
    }
    if (slots || std::none_of(out.begin(), out.end(),
                              [](const EnvFact& e) { return e.key == "server_parallel"; }))
      put("server_parallel", slots, why);
    put("slot_context_length",
        has_props ? props.find("default_generation_settings.n_ctx") : nullptr, why);
    put("server_version", has_props ? props.find("build_info") : nullptr, why);
    put("model_path", has_props ? props.find("model_path") : nullptr, why);
    return out;
  }

  // Reachability and the key; whether the model is served shows in the first request (a
  // server such as llama-server answers to any model name, vLLM only to its own).
  Status preflight(transport::HttpClient& http, const std::string& model) const override {
    const auto r = query(http, c_, "/v1/models");
    if (auto e = unreachable(r, c_.url, "start the server (vLLM, llama-server, ...)")) return *e;
    if (r.result.status == 401 || r.result.status == 403)
      return Error{ErrorCode::input, http_error(r.result.status, r.body, model),
                   "set the key in the variable named by --api-key-env"};
    return ok_status();
  }

  std::string http_error(long status, std::string_view body,
                         const std::string& model) const override {
    std::string s =
        "HTTP " + std::to_string(status) + " from " + c_.url + ": " + server_message(body);
    if (status == 401 || status == 403)
      s += " (check the key in the variable named by --api-key-env)";
    if (status == 404)
      s +=
          " (is the model '" + model + "' served? list models with: curl " + c_.url + "/v1/models)";
    if (status == 503) s += " (the server is overloaded or its queue is full)";
    if (status == 429) s += " (rate limited)";
    return s;
  }

 private:
  // The entry of /v1/models for this model (or the only one): listed or not, who owns it, its
  // context length (vLLM max_model_len, llama-server meta.n_ctx / n_ctx_train), size.
  static void model_facts(const json::Fields& f, const std::string& model,
                          std::vector<EnvFact>& out) {
    std::string entry;
    std::size_t entries = 0;
    for (const auto& fld : f.all()) {
      if (!fld.path.starts_with("data[") || !fld.path.ends_with("].id")) continue;
      ++entries;
      if (fld.text == model) entry = fld.path.substr(0, fld.path.size() - 3);
    }
    out.push_back({"model_listed", entry.empty() ? "no" : "yes", {}});
    if (entry.empty() && entries == 1) entry = "data[0]";  // a one-model server serves any name
    const auto fact = [&](std::string key, std::string_view path) {
      const auto* v = entry.empty() ? nullptr : f.find(entry + std::string(path));
      if (v && !v->text.empty())
        out.push_back({std::move(key), v->text, "from /v1/models"});
      else
        out.push_back({std::move(key), {}, "not in /v1/models"});
    };
    fact("owned_by", ".owned_by");
    const auto* vllm = entry.empty() ? nullptr : f.find(entry + ".max_model_len");
    fact("context_length", vllm ? ".max_model_len" : ".meta.n_ctx");
    fact("context_length_train", ".meta.n_ctx_train");
    fact("parameter_count", ".meta.n_params");
    fact("size_bytes", ".meta.size");
  }

  BackendConfig c_;
};

}  // namespace

std::unique_ptr<Backend> make_openai(BackendConfig c) {
  return std::make_unique<OpenAi>(std::move(c));
}

}  // namespace chimera::backend
