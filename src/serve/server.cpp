#include "chimera/serve/server.hpp"

#include "metrics.hpp"

#include <sys/resource.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <ctime>
#include <deque>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "catalog.hpp"
#include "chimera/core/clock.hpp"
#include "chimera/core/json_fields.hpp"
#include "chimera/core/json_writer.hpp"
#include "chimera/core/version.hpp"
#include "chimera/engine/batch.hpp"
#include "chimera/engine/engine.hpp"
#include "http.hpp"
#include "wire.hpp"

namespace chimera::serve {
namespace {

constexpr const char* kJson = "application/json";

// keep_alive: seconds as a number, or a Go duration as Ollama parses it ("5m", "5m0s", "1h30m",
// "500ms", "-1s"); negative keeps forever.
std::optional<std::int64_t> keep_alive_ns(const json::Fields& f, std::int64_t fallback_ns) {
  const auto* k = f.find("keep_alive");
  if (!k || k->kind == json::JsonScalar::null) return fallback_ns;
  if (k->kind == json::JsonScalar::number) return static_cast<std::int64_t>(k->number * 1e9);
  if (k->kind != json::JsonScalar::string) return std::nullopt;
  return detail::go_duration_ns(k->text);
}

// One admitted generation request, from admission until its response is written.
struct Job {
  detail::GenRequest g;
  std::filesystem::path path;
  engine::ParsedOptions opts;
  std::optional<std::int64_t> keep;
  std::shared_ptr<detail::Encoder> enc;
  bool openai = false;
  std::shared_ptr<http::Exchange> ex;
  bool started = false;  // the engine took it (the stream's head is out); engine thread only
  std::string full;      // the text so far, when not streaming; engine thread only
  std::int64_t received_ns = mono_ns();  // for the server-side TTFT and end-to-end metrics
  std::int64_t last_piece_ns = 0;        // engine thread only

  std::string error_body(const std::string& m, std::string_view type,
                         std::string_view code = {}) const {
    return openai ? detail::openai_error(m, type, code) : detail::ollama_error(m);
  }
};

// The text of a request's prompt, or its chat messages; one pass over the fields.
void prompt_of(const json::Fields& f, bool chat, detail::GenRequest& g) {
  if (chat) {
    for (std::size_t i = 0;; ++i) {
      const std::string base = "messages[" + std::to_string(i) + "]";
      const auto role = f.string(base + ".role");
      if (!role) break;
      g.messages.push_back(
          {std::string(*role), std::string(f.string(base + ".content").value_or(""))});
    }
    g.empty_prompt = g.messages.empty();
    return;
  }
  const auto system = f.string("system");
  const std::string prompt(f.string("prompt").value_or(""));
  if (f.boolean("raw").value_or(false)) g.raw_prompt = prompt;  // no template, no system
  if (system && !system->empty()) g.messages.push_back({"system", std::string(*system)});
  g.messages.push_back({"user", prompt});
  g.empty_prompt = prompt.empty();
}

// The "options" object of a request, re-serialised for engine::parse_options.
std::string options_json(const json::Fields& f) {
  std::string s = "{";
  for (const auto& fld : f.all()) {
    if (!fld.path.starts_with("options.")) continue;
    std::string key = fld.path.substr(8);
    if (const auto b = key.find('['); b != std::string::npos) key.resize(b);  // stop[0] -> stop
    if (s.size() > 1) s += ',';
    JsonWriter::append_string(s, key);
    s += ':';
    if (fld.kind == json::JsonScalar::string) {
      JsonWriter::append_string(s, fld.text);
    } else {
      s += fld.text;
    }
  }
  return s + "}";
}

// What a model needs, from its metadata: the training context and the KV cache per token.
struct ModelShape {
  int train_ctx = 0;
  std::int64_t kv_bytes_per_token = 0;  // f16 K and V over every layer; 0 when unknown
  std::int64_t file_bytes = 0;
};

ModelShape shape_of(const std::filesystem::path& p) {
  ModelShape s;
  std::error_code ec;
  s.file_bytes = static_cast<std::int64_t>(std::filesystem::file_size(p, ec));
  auto md = engine::read_metadata(p);
  if (!md) return s;
  std::int64_t layers = 0, embd = 0, heads = 0, heads_kv = 0, k_len = 0, v_len = 0;
  for (const auto& [k, v] : md.value()) {
    const auto n = std::atoll(v.c_str());
    if (k.ends_with(".context_length")) s.train_ctx = static_cast<int>(n);
    if (k.ends_with(".block_count")) layers = n;
    if (k.ends_with(".embedding_length")) embd = n;
    if (k.ends_with(".attention.head_count")) heads = n;
    if (k.ends_with(".attention.head_count_kv")) heads_kv = n;
    if (k.ends_with(".attention.key_length")) k_len = n;
    if (k.ends_with(".attention.value_length")) v_len = n;
  }
  if (heads_kv == 0) heads_kv = heads;
  if (heads > 0 && k_len == 0) k_len = embd / heads;
  if (heads > 0 && v_len == 0) v_len = embd / heads;
  s.kv_bytes_per_token = layers * heads_kv * (k_len + v_len) * 2;
  return s;
}

// Memory this process may still allocate: the machine's available memory, and the address
// space left under RLIMIT_AS when one is set (a container or `ulimit -v`).
std::int64_t memory_available() {
  std::int64_t avail = INT64_MAX;
  std::ifstream meminfo("/proc/meminfo");
  for (std::string key; meminfo >> key;) {
    std::int64_t kb = 0;
    meminfo >> kb;
    if (key == "MemAvailable:") avail = kb * 1024;
    meminfo.ignore(64, '\n');
  }
  rlimit lim{};
  if (::getrlimit(RLIMIT_AS, &lim) == 0 && lim.rlim_cur != RLIM_INFINITY) {
    std::ifstream status("/proc/self/status");
    std::int64_t vm_kb = 0;
    for (std::string key; status >> key;) {
      if (key == "VmSize:") status >> vm_kb;
      status.ignore(256, '\n');
    }
    avail = std::min(avail, static_cast<std::int64_t>(lim.rlim_cur) - vm_kb * 1024);
  }
  return avail;
}

std::string gib(std::int64_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f GiB", static_cast<double>(bytes) / (1u << 30));
  return buf;
}

}  // namespace

// The label of a request's path in the metrics: a path the server knows, or "other" (a client's
// made-up paths must not grow the label set).
std::string endpoint_label(const std::string& path) {
  static const std::set<std::string> kKnown = {"/",
                                               "/api/version",
                                               "/api/generate",
                                               "/api/chat",
                                               "/v1/chat/completions",
                                               "/v1/completions",
                                               "/v1/models",
                                               "/api/tags",
                                               "/api/ps",
                                               "/api/show",
                                               "/metrics"};
  return kKnown.contains(path) ? path : "other";
}

// An exchange that records the status it is answered with, then forwards everything.
class Counted final : public http::Exchange {
 public:
  Counted(std::shared_ptr<http::Exchange> inner, ServeMetrics& m, std::string endpoint)
      : inner_(std::move(inner)), metrics_(m), endpoint_(std::move(endpoint)) {}
  void reply(int status, const std::string& type, std::string body) override {
    count(status);
    inner_->reply(status, type, std::move(body));
  }
  void begin(int status, const std::string& type) override {
    count(status);
    inner_->begin(status, type);
  }
  bool write(std::string chunk) override { return inner_->write(std::move(chunk)); }
  void finish() override { inner_->finish(); }
  const std::atomic<bool>& gone() const override { return inner_->gone(); }

 private:
  void count(int status) {
    if (!counted_.exchange(true)) metrics_.request(endpoint_, status);
  }
  std::shared_ptr<http::Exchange> inner_;
  ServeMetrics& metrics_;
  std::string endpoint_;
  std::atomic<bool> counted_{false};
};

struct Server::Impl {
  ServeOptions o;
  ServeMetrics metrics;  // GET /metrics; before http: outlives every exchange that counts into it
  http::Server http;     // before the engine: destroyed after it (its requests hold exchanges)
  std::thread janitor;
  std::mutex mu;
  std::condition_variable cv;
  std::map<std::string, std::string> names;  // configured name -> path or tag
  int pending = 0;                           // admitted, running or waiting
  bool stopping = false;
  std::atomic<bool> stopping_now{false};     // running generations stop at their next token
  std::string loaded_name;                   // the loaded model as clients named it; "" unloaded
  std::int64_t expires_ns = -1;              // unload when idle past this; -1: never
  std::map<std::string, ModelShape> shapes;  // model file -> what it needs
  std::int64_t created = std::time(nullptr);
  std::unique_ptr<detail::Digests> digests;  // started with the server
  // Continuous batching: --parallel requests generate together, one token each per decode.
  engine::BatchEngine batch;  // last: destroyed first, finishing every request it holds

  explicit Impl(ServeOptions opts) : o(std::move(opts)), batch(std::max(1, o.parallel)) {
    for (const auto& m : o.models) {
      const auto eq = m.find('=');
      if (eq != std::string::npos) {
        names[m.substr(0, eq)] = m.substr(eq + 1);
      } else {
        names[std::filesystem::path(m).stem().string()] = m;
      }
    }
  }

  // Only the configured models are servable through the API (never any file a client names);
  // "name" and "name:latest" are the same model, as in Ollama.
  Result<std::filesystem::path> resolve(const std::string& model) const {
    auto it = names.find(model);
    if (it == names.end()) it = names.find(model + ":latest");
    if (it == names.end() && model.ends_with(":latest"))
      it = names.find(model.substr(0, model.size() - 7));
    if (it == names.end()) {
      std::string known;
      for (const auto& [name, _] : names) known += (known.empty() ? "" : ", ") + name;
      return Error{ErrorCode::input, "'" + model + "' is not served here",
                   "this server serves: " + (known.empty() ? std::string("nothing") : known)};
    }
    return engine::resolve_model(it->second);
  }

  // ---- admission and scheduling ---------------------------------------------------------------

  // Admits a job (FIFO behind the others in the engine) or answers 503 when the running and
  // waiting requests already fill --parallel + --max-queue.
  void admit(const std::shared_ptr<Job>& job) {
    {
      std::lock_guard lock(mu);
      if (stopping || pending >= std::max(1, o.parallel) + o.max_queue) {
        job->ex->reply(
            503, kJson,
            job->error_body("server busy, please try again.  maximum pending requests exceeded",
                            "server_error"));
        return;
      }
      ++pending;
    }
    auto r = std::make_shared<engine::BatchEngine::Request>();
    r->model = job->path;
    r->load = job->opts.load;
    r->messages = job->g.messages;
    r->raw_prompt = job->g.raw_prompt;
    r->sample = job->opts.sample;
    r->load_only = job->g.empty_prompt;
    r->cancel = &job->ex->gone();  // a client gone while waiting is never started
    r->on_start = [this, job] { started(*job); };
    r->on_piece = [this, job](std::string_view piece) { return on_piece(*job, piece); };
    r->on_done = [this, job](Result<engine::GenStats> st) { done(*job, std::move(st)); };
    batch.submit(std::move(r));
  }

  // On the engine's thread from here on.
  void started(Job& job) {
    {
      std::lock_guard lock(mu);
      loaded_name = job.g.model;
    }
    job.started = true;
    if (job.g.stream && !job.g.empty_prompt) {
      job.ex->begin(200, job.enc->content_type());
      job.ex->write(job.enc->begin());
    }
  }

  bool on_piece(Job& job, std::string_view piece) {
    if (stopping_now) return false;
    const std::int64_t now = mono_ns();
    if (job.last_piece_ns == 0) {
      metrics.ttft(static_cast<double>(now - job.received_ns) / 1e9);
    } else {
      metrics.itl(static_cast<double>(now - job.last_piece_ns) / 1e9);
    }
    job.last_piece_ns = now;
    if (!job.g.stream) {
      job.full.append(piece);
      return !job.ex->gone();
    }
    return job.ex->write(job.enc->piece(piece));
  }

  // The end of a request: the model's state (unloaded with keep_alive 0, its expiry) is settled
  // before the client hears the end, so a request that follows the answer sees it.
  void done(Job& job, Result<engine::GenStats> st) {
    const bool unload = job.keep && *job.keep == 0;
    if (unload) batch.unload();
    {
      std::lock_guard lock(mu);
      --pending;
      expires_ns = !job.keep || *job.keep < 0 ? -1 : mono_ns() + *job.keep;
      if (unload) loaded_name.clear();
    }
    cv.notify_all();
    auto* ex = job.ex.get();
    auto& enc = *job.enc;
    if (ex->gone()) return;
    if (!st) {
      const std::string m = st.error().describe();
      if (!job.started || !job.g.stream || job.g.empty_prompt)
        return ex->reply(500, kJson, job.error_body(m, "server_error"));
      ex->write(enc.error(m));
      return ex->finish();
    }
    auto stats = st.value();
    metrics.tokens(stats.eval_count, stats.prompt_eval_count);
    if (!job.g.empty_prompt) metrics.e2e(static_cast<double>(mono_ns() - job.received_ns) / 1e9);
    if (const auto from = stats.prompt_truncated_from) {
      std::fprintf(
          stderr,
          "chimera serve: truncated a prompt of at least %lld tokens to %lld (num_ctx %d), as "
          "Ollama does\n",
          static_cast<long long>(*from), static_cast<long long>(stats.prompt_eval_count),
          job.opts.load.num_ctx);
    }
    if (job.g
            .empty_prompt) {  // Ollama: an empty prompt only loads (or, with keep_alive 0, unloads)
      stats.done_reason = unload ? "unload" : "load";
      return ex->reply(200, enc.content_type(), enc.end(stats, ""));
    }
    if (!job.g.stream) return ex->reply(200, enc.content_type(), enc.end(stats, job.full));
    ex->write(enc.end(stats, {}));
    ex->finish();
  }

  void janitor_loop() {
    std::unique_lock lock(mu);
    while (!cv.wait_for(lock, std::chrono::milliseconds(100), [&] { return stopping; })) {
      if (pending == 0 && expires_ns >= 0 && mono_ns() > expires_ns && !loaded_name.empty()) {
        batch.unload();
        loaded_name.clear();
      }
    }
  }

  // ---- generation endpoints -------------------------------------------------------------------

  using Ex = std::shared_ptr<http::Exchange>;

  // Ollama /api/generate and /api/chat.
  void ollama(const http::Request& req, const Ex& ex, bool chat) {
    json::Fields f;
    if (auto err = f.parse(req.body)) {
      return ex->reply(400, kJson, detail::ollama_error("invalid JSON body: " + err->describe()));
    }
    auto job = std::make_shared<Job>();
    job->ex = ex;
    auto& g = job->g;
    g.model = std::string(f.string("model").value_or(""));
    if (g.model.empty()) return ex->reply(400, kJson, detail::ollama_error("model is required"));
    if (auto why = detail::unsupported_field(f, g.model, false))
      return ex->reply(400, kJson, detail::ollama_error(*why));
    prompt_of(f, chat, g);
    g.options_json = options_json(f);
    g.stream = f.boolean("stream").value_or(true);
    job->keep = keep_alive_ns(f, std::int64_t{o.default_keep_alive_s} * 1'000'000'000);
    if (!job->keep) {
      return ex->reply(400, kJson,
                       detail::ollama_error("invalid keep_alive: use a number of seconds or a "
                                            "duration such as \"5m\", \"1h30m\", \"-1s\""));
    }
    auto grammar = detail::output_grammar(req.body, f, false);
    if (!grammar) return ex->reply(400, kJson, detail::ollama_error(grammar.error().message));
    g.grammar = std::move(grammar.value());
    job->enc = detail::ollama_encoder(g.model, chat);
    submit(job);
  }

  // OpenAI-compatible /v1/chat/completions and /v1/completions.
  void openai(const http::Request& req, const Ex& ex, bool chat) {
    const auto bad = [&](const std::string& m) {
      ex->reply(400, kJson, detail::openai_error(m, "invalid_request_error"));
    };
    json::Fields f;
    if (auto err = f.parse(req.body)) return bad("invalid JSON body: " + err->describe());
    auto g = detail::parse_openai(f, chat);
    if (!g) return bad(g.error().message);
    if (auto why = detail::unsupported_field(f, g.value().model, true)) return bad(*why);
    auto grammar = detail::output_grammar(req.body, f, true);
    if (!grammar) return bad(grammar.error().message);
    g.value().grammar = std::move(grammar.value());
    auto job = std::make_shared<Job>();
    job->ex = ex;
    job->openai = true;
    job->g = std::move(g.value());
    job->keep = std::int64_t{o.default_keep_alive_s} * 1'000'000'000;
    job->enc = detail::openai_encoder(job->g.model, chat, job->g.stream, job->g.include_usage);
    submit(job);
  }

  // Resolves the model and bounds the options, all before anything is allocated, then admits.
  void submit(const std::shared_ptr<Job>& job) {
    const auto& g = job->g;
    auto path = resolve(g.model);
    if (!path) {
      return job->ex->reply(
          404, kJson,
          job->openai ? detail::openai_error("The model `" + g.model + "` does not exist (" +
                                                 path.error().message + ")",
                                             "invalid_request_error", "model_not_found")
                      : detail::ollama_error("model '" + g.model + "' not found (" +
                                             path.error().describe() + ")"));
    }
    job->path = path.value();
    auto opts = engine::parse_options(g.options_json);
    if (!opts) {
      return job->ex->reply(400, kJson,
                            job->error_body(opts.error().describe(), "invalid_request_error"));
    }
    job->opts = std::move(opts.value());
    job->opts.load.use_mmap = false;   // read into memory: a truncated file cannot SIGBUS us
    job->opts.sample.truncate = true;  // a prompt over num_ctx is cut, as Ollama does
    job->opts.sample.grammar = job->g.grammar;
    if (auto why = bound_sizes(job->path, job->opts.load))
      return job->ex->reply(400, kJson, job->error_body(*why, "invalid_request_error"));
    admit(job);
  }

  // Size options no client may exceed, checked before anything is allocated: num_ctx is capped
  // at the model's training context (as Ollama does) and must fit the memory this process may
  // still use (Ollama's message), num_batch clamped to num_ctx, num_thread at four per core.
  std::optional<std::string> bound_sizes(const std::filesystem::path& p, engine::LoadOptions& l) {
    ModelShape shape;
    {
      std::lock_guard lock(mu);
      auto it = shapes.find(p.string());
      if (it == shapes.end()) it = shapes.emplace(p.string(), shape_of(p)).first;
      shape = it->second;
    }
    if (l.num_ctx < 16) return "num_ctx must be at least 16";
    if (shape.train_ctx > 0 && l.num_ctx > shape.train_ctx) l.num_ctx = shape.train_ctx;
    if (l.num_batch < 1) return "num_batch must be at least 1";
    l.num_batch = std::min(l.num_batch, l.num_ctx);  // as llama.cpp clamps it
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    if (l.num_thread < 0 || l.num_thread > 4 * cores)
      return "num_thread must be between 0 (one per core) and " + std::to_string(4 * cores);
    const std::int64_t need = shape.file_bytes + shape.kv_bytes_per_token * l.num_ctx;
    if (const std::int64_t avail = memory_available(); need > avail) {
      return "model requires more system memory (" + gib(need) + ") than is available (" +
             gib(std::max<std::int64_t>(avail, 0)) + "): lower num_ctx";
    }
    return std::nullopt;
  }

  // ---- model listing --------------------------------------------------------------------------

  // /api/ps: the loaded model, with the context loaded now and when it will be unloaded.
  std::string ps() {
    std::lock_guard lock(mu);
    std::string s = "{\"models\":[";
    const auto info = loaded_name.empty() ? std::nullopt : batch.info();
    if (!info) return s + "]}";
    s += "{\"name\":";
    JsonWriter::append_string(s, loaded_name);
    s += ",\"model\":";
    JsonWriter::append_string(s, loaded_name);
    s += ",\"size\":" + std::to_string(info->size_bytes) + ",\"size_vram\":" +
         std::to_string(info->n_layer > 0 ? info->size_bytes * info->gpu_layers / info->n_layer
                                          : 0) +
         ",\"context_length\":" + std::to_string(info->n_ctx) + "," +
         detail::details_json(info->path);
    if (const auto d = digests ? digests->of(info->path) : std::nullopt)
      s += ",\"digest\":\"" + *d + "\"";
    if (pending == 0 && expires_ns >= 0) {
      const auto left = std::chrono::nanoseconds(expires_ns - mono_ns());
      s += ",\"expires_at\":\"" +
           detail::rfc3339(std::chrono::system_clock::now() +
                           std::chrono::duration_cast<std::chrono::system_clock::duration>(left)) +
           "\"";
    }
    return s + "}]}";
  }

  void show(const http::Request& req, const Ex& ex) {
    json::Fields f;
    const std::string model =
        f.parse(req.body) ? std::string()
                          : std::string(f.string("model").value_or(f.string("name").value_or("")));
    auto p = resolve(model);
    if (!p) return ex->reply(404, kJson, detail::ollama_error("model '" + model + "' not found"));
    auto body = detail::show_json(p.value());
    if (!body) return ex->reply(500, kJson, detail::ollama_error(body.error().describe()));
    ex->reply(200, kJson, body.value());
  }

  // ---- routing --------------------------------------------------------------------------------

  void generate_route(const http::Request& q, const Ex& e) { ollama(q, e, false); }
  void chat_route(const http::Request& q, const Ex& e) { ollama(q, e, true); }
  void openai_chat_route(const http::Request& q, const Ex& e) { openai(q, e, true); }
  void openai_completion_route(const http::Request& q, const Ex& e) { openai(q, e, false); }
  void models_route(const http::Request&, const Ex& e) {
    e->reply(200, kJson, detail::models_json(names, created));
  }
  void tags_route(const http::Request&, const Ex& e) {
    e->reply(200, kJson, detail::tags_json(names, *digests));
  }
  void ps_route(const http::Request&, const Ex& e) { e->reply(200, kJson, ps()); }
  void metrics_route(const http::Request&, const Ex& e) {
    int now_pending = 0;
    std::string loaded;
    {
      std::lock_guard lock(mu);
      now_pending = pending;
      loaded = loaded_name;
    }
    e->reply(200, "text/plain; version=0.0.4; charset=utf-8",
             metrics.render(now_pending, std::max(1, o.parallel), loaded));
  }

  // Every request is counted by endpoint and status when it is answered.
  void handle(const http::Request& req, const Ex& raw) {
    handle_counted(req, std::make_shared<Counted>(raw, metrics, endpoint_label(req.path)));
  }

  void handle_counted(const http::Request& req, const Ex& ex) {
    const std::string& p = req.path;
    const bool get = req.method == "GET" || req.method == "HEAD";
    // Ollama answers GET / and HEAD / with this text (clients probe it to see a server is up).
    if (p == "/" && get) return ex->reply(200, "text/plain; charset=utf-8", "Ollama is running");
    if (p == "/api/version" && get) {
      return ex->reply(200, kJson, "{\"version\":\"chimera-" + std::string(version()) + "\"}");
    }
    if (!o.api_key.empty() && req.authorization != "Bearer " + o.api_key) {
      return ex->reply(
          401, kJson,
          detail::ollama_error("unauthorized: send the key as 'Authorization: Bearer <key>'"));
    }
    // One table, built once: (method, path) -> handler.
    using Fn = void (Impl::*)(const http::Request&, const Ex&);
    struct Route {
      std::string_view method, path;
      Fn fn;
    };
    static const Route kRoutes[] = {
        {"POST", "/api/generate", &Impl::generate_route},
        {"POST", "/api/chat", &Impl::chat_route},
        {"POST", "/v1/chat/completions", &Impl::openai_chat_route},
        {"POST", "/v1/completions", &Impl::openai_completion_route},
        {"GET", "/v1/models", &Impl::models_route},
        {"GET", "/api/tags", &Impl::tags_route},
        {"GET", "/api/ps", &Impl::ps_route},
        {"POST", "/api/show", &Impl::show},
        {"GET", "/metrics", &Impl::metrics_route},
    };
    const std::string_view method =
        req.method == "HEAD" ? std::string_view("GET") : std::string_view(req.method);
    for (const auto& r : kRoutes) {
      if (r.method == method && r.path == p) return (this->*r.fn)(req, ex);
    }
    // Endpoints Ollama has and chimera serve does not: a message that names them, never a bare
    // "not found" a client would read as "model not found".
    static const std::set<std::string> kUnsupported = {
        "/api/embed", "/api/embeddings", "/api/pull",  "/api/push",     "/api/create",
        "/api/copy",  "/api/delete",     "/api/blobs", "/v1/embeddings"};
    if (kUnsupported.contains(p) || p.starts_with("/api/blobs/")) {
      return ex->reply(501, kJson,
                       detail::ollama_error(p + " is not supported by chimera serve (it serves "
                                                "generation: /api/generate, /api/chat, /v1)"));
    }
    for (const auto& r : kRoutes) {
      if (r.path == p) {
        return ex->reply(405, kJson,
                         detail::ollama_error("405 method not allowed: " + req.method + " " + p +
                                              " (use " + std::string(r.method) + ")"));
      }
    }
    ex->reply(404, kJson,
              p.starts_with("/v1/")
                  ? detail::openai_error("unknown endpoint " + req.method + " " + p,
                                         "invalid_request_error")
                  : detail::ollama_error("404 page not found: " + req.method + " " + p));
  }
};

Server::Server(ServeOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}

Server::~Server() {
  stop();
}

Status Server::start() {
  Impl& m = *impl_;
  const bool loopback = m.o.host == "127.0.0.1" || m.o.host == "localhost" || m.o.host == "::1" ||
                        m.o.host.starts_with("127.");
  if (!loopback && !m.o.allow_remote) {
    return Error{ErrorCode::usage,
                 "refusing to listen on '" + m.o.host + "': only loopback addresses by default",
                 "add --allow-remote (and preferably --api-key-env) to serve other machines"};
  }
  std::vector<std::filesystem::path> files;
  for (const auto& [name, target] : m.names) {  // every configured model exists, from the start
    auto p = engine::resolve_model(target);
    if (!p) {
      auto e = p.error();
      e.message = "model '" + name + "': " + e.message;
      return e;
    }
    files.push_back(p.value());
  }
  m.digests = std::make_unique<detail::Digests>(std::move(files));
  http::Limits limits;
  limits.body_bytes = m.o.max_body_bytes;
  limits.header_timeout_ms = std::min(10, m.o.read_timeout_s) * 1000;
  limits.body_timeout_ms = m.o.read_timeout_s * 1000;
  auto st = m.http.start(
      m.o.host, m.o.port, limits,
      [&m](const http::Request& q, const std::shared_ptr<http::Exchange>& ex) { m.handle(q, ex); });
  if (!st) return st;
  m.janitor = std::thread([&m] { m.janitor_loop(); });
  return ok_status();
}

void Server::stop() {
  Impl& m = *impl_;
  {
    std::lock_guard lock(m.mu);
    if (m.stopping) return;
    m.stopping = true;
    m.stopping_now = true;
  }
  m.cv.notify_all();
  if (m.janitor.joinable()) m.janitor.join();
  m.http.stop();
}

int Server::port() const {
  return impl_->http.port();
}
std::string Server::url() const {
  return "http://" + impl_->o.host + ":" + std::to_string(impl_->http.port());
}

}  // namespace chimera::serve
