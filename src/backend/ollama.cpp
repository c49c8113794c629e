// Ollama's native API: /api/generate and /api/chat streaming NDJSON, /api/version, /api/tags,
// /api/ps and /api/show for the environment block.
#include <cmath>

#include "chimera/backend/backend.hpp"
#include "chimera/core/json_fields.hpp"
#include "chimera/core/json_writer.hpp"
#include "chimera/core/numeric.hpp"
#include "chimera/transport/framing.hpp"

namespace chimera::backend {
namespace {

std::optional<std::int64_t> count(const json::Fields& f, std::string_view path) {
  if (auto v = f.number(path)) {
    if (const auto c = numeric::to_count(*v)) return static_cast<std::int64_t>(*c);
  }
  return std::nullopt;
}

class OllamaDecoder final : public StreamDecoder {
 public:
  explicit OllamaDecoder(bool chat) : chat_(chat) {}

  void feed(std::string_view bytes, std::int64_t t, DecodeSink& sink) override {
    if (auto err = lines_.feed(bytes, [&](std::string_view l) { line(l, t, sink); })) {
      sink.malformed(*err);
      broken_ = true;
    }
  }

  bool finish(std::int64_t t, DecodeSink& sink) override {
    if (!broken_) lines_.finish([&](std::string_view l) { line(l, t, sink); });
    return done_;
  }

 private:
  void line(std::string_view l, std::int64_t t, DecodeSink& sink) {
    ++line_no_;
    if (l.find_first_not_of(" \t") == std::string_view::npos) return;  // blank keep-alive line
    if (auto err = f_.parse(l)) {
      sink.malformed("line " + std::to_string(line_no_) + " is not JSON (" + err->describe() + ")");
      return;
    }
    if (auto e = f_.string("error")) {
      sink.stream_error(*e, t);
      return;
    }
    if (done_) {
      sink.malformed("line " + std::to_string(line_no_) + " arrived after the final record");
      return;
    }
    const auto thinking = f_.string(chat_ ? "message.thinking" : "thinking");
    if (thinking && !thinking->empty()) sink.text(*thinking, true, t);
    const auto content = f_.string(chat_ ? "message.content" : "response");
    if (content && !content->empty()) sink.text(*content, false, t);
    if (f_.boolean("done").value_or(false)) {
      done_ = true;
      stats::ServerFigures s;
      s.prompt_tokens = count(f_, "prompt_eval_count");
      s.output_tokens = count(f_, "eval_count");
      s.total_duration_ns = f_.number("total_duration");
      s.load_duration_ns = f_.number("load_duration");
      s.prompt_eval_duration_ns = f_.number("prompt_eval_duration");
      s.eval_duration_ns = f_.number("eval_duration");
      sink.final(s, f_.string("done_reason").value_or(""), t);
    } else if (!content && !thinking && !f_.has_prefix("message")) {
      sink.malformed("line " + std::to_string(line_no_) + " has neither text nor \"done\"");
    }
  }

  bool chat_;
  transport::LineSplitter lines_;
  json::Fields f_;
  std::size_t line_no_ = 0;
  bool done_ = false, broken_ = false;
};

class Ollama final : public Backend {
 public:
  explicit Ollama(BackendConfig c) : c_(std::move(c)) {}
  std::string_view kind() const override { return "ollama"; }

  transport::HttpRequest build(const GenerateRequest& r) const override {
    std::string b = begin_body(r);
    if (!r.chat) {
      b += ",\"prompt\":";
      JsonWriter::append_string(b, r.prompt);
      if (!r.system.empty()) {
        b += ",\"system\":";
        JsonWriter::append_string(b, r.system);
      }
    }
    b += ",\"stream\":true";
    if (!r.options_json.empty()) b += ",\"options\":" + r.options_json;
    if (!r.keep_alive.empty()) b += ",\"keep_alive\":" + r.keep_alive;
    b += "}";
    transport::HttpRequest q;
    q.url = c_.url + (r.chat ? "/api/chat" : "/api/generate");
    q.body = std::move(b);
    q.timeouts = c_.timeouts;
    return q;
  }

  std::unique_ptr<StreamDecoder> decoder(bool chat) const override {
    return std::make_unique<OllamaDecoder>(chat);
  }

  std::vector<EnvFact> environment(transport::HttpClient& http,
                                   const std::string& model) const override {
    std::vector<EnvFact> out;
    const auto get = [&](const std::string& path, const std::string& body = {}) {
      return query(http, c_, path, body);
    };
    const auto fact = [&](std::string key, const json::Fields* f, std::string_view path,
                          std::string why) {
      if (f) {
        if (const auto* v = f->find(path)) {
          out.push_back({std::move(key), v->text, {}});
          return;
        }
      }
      out.push_back({std::move(key), {}, std::move(why)});
    };
    json::Fields ver, show;
    const auto v = get("/api/version");
    const bool ver_ok = v.result.error == transport::ErrorKind::none && v.result.status == 200 &&
                        !ver.parse(v.body);
    fact("server_version", ver_ok ? &ver : nullptr, "version", "GET /api/version failed");
    std::string show_body = "{\"model\":";
    JsonWriter::append_string(show_body, model);
    show_body += "}";
    const auto s = get("/api/show", show_body);
    const bool show_ok = s.result.error == transport::ErrorKind::none && s.result.status == 200 &&
                         !show.parse(s.body);
    const std::string why = show_ok ? "not in /api/show" : "POST /api/show failed for " + model;
    fact("family", show_ok ? &show : nullptr, "details.family", why);
    fact("model_name", show_ok ? &show : nullptr, "model_info.general.name", why);
    fact("parameter_size", show_ok ? &show : nullptr, "details.parameter_size", why);
    fact("quantization", show_ok ? &show : nullptr, "details.quantization_level", why);
    const json::Field* block = nullptr;
    const json::Field* ctx = nullptr;
    if (show_ok) {
      for (const auto& f : show.all()) {
        const std::string_view p = f.path;
        if (p.starts_with("model_info.") && p.ends_with(".block_count")) block = &f;
        if (p.starts_with("model_info.") && p.ends_with(".context_length")) ctx = &f;
      }
    }
    out.push_back(block ? EnvFact{"block_count", block->text, {}}
                        : EnvFact{"block_count", {}, why});
    out.push_back(ctx ? EnvFact{"context_length", ctx->text, {}}
                      : EnvFact{"context_length", {}, why});
    ps_facts(get("/api/ps"), get("/api/tags"), model, out);
    return out;
  }

  Status preflight(transport::HttpClient& http, const std::string& model) const override {
    const auto v = query(http, c_, "/api/version");
    if (auto e = unreachable(v, c_.url, "start Ollama (`ollama serve`)")) return *e;
    std::string body = "{\"model\":";
    JsonWriter::append_string(body, model);
    const auto s = query(http, c_, "/api/show", body + "}");
    if (auto e = unreachable(s, c_.url, "start Ollama (`ollama serve`)")) return *e;
    if (s.result.status == 401 || s.result.status == 403)
      return Error{ErrorCode::input, http_error(s.result.status, s.body, model),
                   "set the key in the variable named by --api-key-env"};
    if (s.result.status != 404) return ok_status();  // known, or a server without /api/show
    json::Fields tags;
    std::string listed;
    const auto t = query(http, c_, "/api/tags");
    if (t.result.status == 200 && !tags.parse(t.body)) {
      for (const auto& f : tags.all()) {
        if (f.path.starts_with("models[") && f.path.ends_with("].name"))
          listed += (listed.empty() ? "" : ", ") + f.text;
      }
    }
    return Error{
        ErrorCode::input,
        "the server at " + c_.url + " has no model '" + model + "': " + server_message(s.body),
        "pull it (ollama pull " + model + ") or pass one it has" +
            (listed.empty() ? std::string(" (curl " + c_.url + "/api/tags lists them)")
                            : ": " + listed)};
  }

  std::string http_error(long status, std::string_view body,
                         const std::string& model) const override {
    const std::string msg = server_message(body);
    std::string s = "HTTP " + std::to_string(status) + " from " + c_.url + ": " + msg;
    if (status == 404)
      s += " (is '" + model + "' pulled? list models with: curl " + c_.url + "/api/tags)";
    if (status == 503)
      s += " (the server's queue is full: lower the concurrency or raise OLLAMA_MAX_QUEUE)";
    if (status == 429) s += " (rate limited)";
    return s;
  }

 private:
  // Digest from /api/tags, GPU-resident fraction from /api/ps (size_vram / size).
  static void ps_facts(const transport::Response& ps, const transport::Response& tags,
                       const std::string& model, std::vector<EnvFact>& out) {
    json::Fields t, p;
    const auto entry_of = [&](const json::Fields& f,
                              std::string_view list) -> std::optional<std::string> {
      for (const auto& fld : f.all()) {
        const std::string_view path = fld.path;
        if (path.starts_with(list) && (path.ends_with("].name") || path.ends_with("].model")) &&
            fld.text == model) {
          return std::string(path.substr(0, path.rfind('.')));
        }
      }
      return std::nullopt;
    };
    const bool tags_ok = tags.result.status == 200 && !t.parse(tags.body);
    const auto te = tags_ok ? entry_of(t, "models[") : std::nullopt;
    const auto* digest = te ? t.find(*te + ".digest") : nullptr;
    out.push_back(digest ? EnvFact{"model_digest", digest->text, {}}
                         : EnvFact{"model_digest",
                                   {},
                                   tags_ok ? "model not in /api/tags" : "GET /api/tags failed"});
    const bool ps_ok = ps.result.status == 200 && !p.parse(ps.body);
    const auto pe = ps_ok ? entry_of(p, "models[") : std::nullopt;
    const auto size = pe ? p.number(*pe + ".size") : std::nullopt;
    const auto vram = pe ? p.number(*pe + ".size_vram") : std::nullopt;
    // value_or: GCC 12 at -O1 wrongly reports *optional as maybe-uninitialized here.
    const double size_b = size.value_or(0), vram_b = vram.value_or(0);
    if (size && vram && size_b > 0) {
      out.push_back(
          {"gpu_fraction", numeric::format_double(std::round(vram_b / size_b * 1000) / 1000), {}});
    } else {
      out.push_back(
          {"gpu_fraction", {}, ps_ok ? "model not loaded (not in /api/ps)" : "GET /api/ps failed"});
    }
  }

  BackendConfig c_;
};

}  // namespace

std::unique_ptr<Backend> make_ollama(BackendConfig c) {
  return std::make_unique<Ollama>(std::move(c));
}

}  // namespace chimera::backend
