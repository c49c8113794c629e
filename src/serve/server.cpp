#include "chimera/serve/server.hpp"

#include <httplib.h>
#include <sys/socket.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <ctime>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

#include "chimera/core/json_fields.hpp"
#include "chimera/core/json_writer.hpp"
#include "chimera/core/version.hpp"
#include "chimera/engine/engine.hpp"
#include "wire.hpp"

namespace chimera::serve {
namespace {

using Clock = std::chrono::steady_clock;

std::int64_t mono_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch())
      .count();
}

// keep_alive: seconds as a number, or a Go duration as Ollama parses it ("5m", "5m0s", "1h30m",
// "500ms", "-1s"); negative keeps forever.
std::optional<std::int64_t> keep_alive_ns(const json::Fields& f, std::int64_t fallback_ns) {
  const auto* k = f.find("keep_alive");
  if (!k || k->kind == json::JsonScalar::null) return fallback_ns;
  if (k->kind == json::JsonScalar::number) return static_cast<std::int64_t>(k->number * 1e9);
  if (k->kind != json::JsonScalar::string) return std::nullopt;
  return detail::go_duration_ns(k->text);
}

std::string error_json(const std::string& msg) {
  std::string s = "{\"error\":";
  JsonWriter::append_string(s, msg);
  return s + "}";
}

// Runs a slot's engine work on one thread of its own, whichever HTTP thread asks: the compute
// threads (OpenMP's team) then belong to one master for the server's life. Generating from a
// different HTTP worker thread each time cost about 60 % of the decode rate at 2 threads (a new
// OpenMP team per master thread, the old ones competing for the cores).
class Executor {
 public:
  Executor() : thread_([this] { loop(); }) {}
  Executor(const Executor&) = delete;
  Executor& operator=(const Executor&) = delete;
  ~Executor() {
    {
      std::lock_guard lock(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    thread_.join();
  }
  // Runs fn on the executor's thread and waits for it (one caller at a time: a slot is held by
  // one request).
  void run(const std::function<void()>& fn) {
    std::unique_lock lock(mu_);
    task_ = &fn;
    done_ = false;
    cv_.notify_all();
    cv_.wait(lock, [&] { return done_; });
  }

 private:
  void loop() {
    std::unique_lock lock(mu_);
    while (true) {
      cv_.wait(lock, [&] { return stop_ || task_ != nullptr; });
      if (!task_) return;  // stopping, nothing left to run
      const auto* fn = task_;
      lock.unlock();
      (*fn)();
      lock.lock();
      task_ = nullptr;
      done_ = true;
      cv_.notify_all();
    }
  }
  std::mutex mu_;
  std::condition_variable cv_;
  const std::function<void()>* task_ = nullptr;
  bool done_ = false, stop_ = false;
  std::thread thread_;
};

struct Slot {
  Executor exec;  // declared first: destroyed last, after the engine it runs
  engine::Engine engine;
  std::string model;  // name the client used
  std::filesystem::path path;
  std::int64_t expires_ns = -1;  // unload when idle past this; -1: never
  bool busy = false;
};

// The text of a request's prompt, or its chat messages.
struct Prompt {
  std::vector<engine::Message> messages;
  bool empty = true;
};

Prompt prompt_of(const json::Fields& f, bool chat) {
  Prompt p;
  if (chat) {
    for (std::size_t i = 0;; ++i) {
      const std::string base = "messages[" + std::to_string(i) + "]";
      const auto role = f.string(base + ".role");
      if (!role) break;
      p.messages.push_back(
          {std::string(*role), std::string(f.string(base + ".content").value_or(""))});
    }
    p.empty = p.messages.empty();
  } else {
    const auto system = f.string("system");
    const std::string prompt(f.string("prompt").value_or(""));
    if (system && !system->empty()) p.messages.push_back({"system", std::string(*system)});
    p.messages.push_back({"user", prompt});
    p.empty = prompt.empty();
  }
  return p;
}

// The "options" object of a request, re-serialised for engine::parse_options.
std::string options_json(const json::Fields& f) {
  std::string s = "{";
  for (const auto& fld : f.all()) {
    if (!fld.path.starts_with("options.")) continue;
    std::string key = fld.path.substr(8);
    if (const auto b = key.find('['); b != std::string::npos)
      key = key.substr(0, b);  // stop[0] -> stop
    if (s.size() > 1) s += ',';
    JsonWriter::append_string(s, key == "stop" ? "stop" : key);
    s += ':';
    if (fld.kind == json::JsonScalar::string) {
      JsonWriter::append_string(s, fld.text);
    } else {
      s += fld.text;
    }
  }
  return s + "}";
}

}  // namespace

struct Server::Impl {
  ServeOptions o;
  httplib::Server http;
  std::thread listener, janitor;
  std::mutex mu;
  std::condition_variable cv;
  std::vector<std::unique_ptr<Slot>> slots;
  std::map<std::string, std::string> names;  // configured name -> path or tag
  bool stopping = false;
  int bound_port = 0;

  explicit Impl(ServeOptions opts) : o(std::move(opts)) {
    for (int i = 0; i < std::max(1, o.parallel); ++i) slots.push_back(std::make_unique<Slot>());
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
  Result<std::filesystem::path> resolve(const std::string& model) {
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

  // Takes a slot for model (preferring one that has it loaded); blocks while all are busy.
  Slot* acquire(const std::string& model) {
    std::unique_lock lock(mu);
    Slot* got = nullptr;
    cv.wait(lock, [&] {
      if (stopping) return true;
      Slot* free_slot = nullptr;
      for (auto& s : slots) {
        if (s->busy) continue;
        if (s->model == model) {
          got = s.get();
          return true;
        }
        if (!free_slot) free_slot = s.get();
      }
      got = free_slot;
      return got != nullptr;
    });
    if (got) got->busy = true;
    return stopping ? nullptr : got;
  }

  void release(Slot* s, std::optional<std::int64_t> keep_ns) {
    if (keep_ns && *keep_ns == 0) s->engine.unload(), s->model.clear();
    {
      std::lock_guard lock(mu);
      s->busy = false;
      s->expires_ns = !keep_ns || *keep_ns < 0 ? -1 : mono_ns() + *keep_ns;
    }
    cv.notify_all();
  }

  // Admission: a request holds a ticket from the moment it is accepted until its response is
  // finished or abandoned, so the bound (slots + queue) holds however the threads interleave.
  struct Ticket {
    Impl* m;
    explicit Ticket(Impl* impl) : m(impl) {}
    Ticket(const Ticket&) = delete;
    Ticket& operator=(const Ticket&) = delete;
    ~Ticket() {
      {
        std::lock_guard lock(m->mu);
        --m->pending;
      }
      m->cv.notify_all();
    }
  };
  int pending = 0;

  // A ticket, or nullptr when slots and queue are full (the caller answers 503).
  std::shared_ptr<Ticket> admit() {
    std::lock_guard lock(mu);
    if (pending >= static_cast<int>(slots.size()) + o.max_queue) return nullptr;
    ++pending;
    return std::make_shared<Ticket>(this);
  }

  void janitor_loop() {
    while (true) {
      {
        std::unique_lock lock(mu);
        if (cv.wait_for(lock, std::chrono::milliseconds(100), [&] { return stopping; })) return;
        const std::int64_t now = mono_ns();
        for (auto& s : slots) {
          if (!s->busy && s->expires_ns >= 0 && now > s->expires_ns && s->engine.loaded()) {
            s->engine.unload();
            s->model.clear();
          }
        }
      }
    }
  }

  bool authorized(const httplib::Request& req, httplib::Response& res) {
    if (o.api_key.empty()) return true;
    if (req.get_header_value("Authorization") == "Bearer " + o.api_key) return true;
    res.status = 401;
    res.set_content(error_json("unauthorized: send the key as 'Authorization: Bearer <key>'"),
                    "application/json");
    return false;
  }

  static void reply(httplib::Response& res, int status, const std::string& body) {
    res.status = status;
    res.set_content(body, "application/json");
  }

  // Ollama /api/generate and /api/chat.
  void ollama(const httplib::Request& req, httplib::Response& res, bool chat) {
    if (!authorized(req, res)) return;
    json::Fields f;
    if (auto err = f.parse(req.body))
      return reply(res, 400, detail::ollama_error("invalid JSON body: " + err->describe()));
    detail::GenRequest g;
    g.model = std::string(f.string("model").value_or(""));
    if (g.model.empty()) return reply(res, 400, detail::ollama_error("model is required"));
    const Prompt prompt = prompt_of(f, chat);
    g.messages = prompt.messages;
    g.empty_prompt = prompt.empty;
    g.options_json = options_json(f);
    g.stream = f.boolean("stream").value_or(true);
    const auto keep = keep_alive_ns(f, std::int64_t{o.default_keep_alive_s} * 1'000'000'000);
    if (!keep) {
      return reply(res, 400,
                   detail::ollama_error("invalid keep_alive: use a number of seconds or a "
                                        "duration such as \"5m\", \"1h30m\", \"-1s\""));
    }
    const std::string model = g.model;
    generation(res, std::move(g), keep, detail::ollama_encoder(model, chat), false);
  }

  // OpenAI-compatible /v1/chat/completions and /v1/completions.
  void openai(const httplib::Request& req, httplib::Response& res, bool chat) {
    if (!authorized(req, res)) return;
    json::Fields f;
    if (auto err = f.parse(req.body)) {
      return reply(
          res, 400,
          detail::openai_error("invalid JSON body: " + err->describe(), "invalid_request_error"));
    }
    auto g = detail::parse_openai(f, chat);
    if (!g)
      return reply(res, 400, detail::openai_error(g.error().message, "invalid_request_error"));
    auto enc =
        detail::openai_encoder(g.value().model, chat, g.value().stream, g.value().include_usage);
    generation(res, std::move(g.value()), std::int64_t{o.default_keep_alive_s} * 1'000'000'000,
               std::move(enc), true);
  }

  // One generation on a slot, written by the protocol's encoder: streamed, or as one body.
  void generation(httplib::Response& res, detail::GenRequest g, std::optional<std::int64_t> keep,
                  std::shared_ptr<detail::Encoder> enc, bool openai) {
    const auto error_body = [openai](const std::string& m, std::string_view type,
                                     std::string_view code = {}) {
      return openai ? detail::openai_error(m, type, code) : detail::ollama_error(m);
    };
    auto path = resolve(g.model);
    if (!path) {
      return reply(res, 404,
                   openai ? detail::openai_error("The model `" + g.model + "` does not exist (" +
                                                     path.error().message + ")",
                                                 "invalid_request_error", "model_not_found")
                          : detail::ollama_error("model '" + g.model + "' not found (" +
                                                 path.error().describe() + ")"));
    }
    auto opts = engine::parse_options(g.options_json);
    if (!opts) return reply(res, 400, error_body(opts.error().describe(), "invalid_request_error"));
    if (auto why = bound_sizes(path.value(), opts.value().load))
      return reply(res, 400, error_body(*why, "invalid_request_error"));
    auto ticket = admit();
    if (!ticket) {
      return reply(res, 503,
                   error_body("server busy, please try again.  maximum pending requests exceeded",
                              "server_error"));
    }
    // Runs the request on a slot; emit() sends text (false: the client is gone). Returns the
    // error message when the generation failed.
    auto run = [this, g, path = path.value(), parsed = opts.value(), keep, enc](
                   const std::function<bool(const std::string&)>& emit,
                   std::string* full) -> std::optional<std::string> {
      Slot* slot = acquire(g.model);
      if (!slot) return std::string("server is shutting down");
      slot->model = g.model;
      if (g.empty_prompt) {  // Ollama: an empty prompt only loads (or, with keep_alive 0, unloads)
        std::optional<Result<std::optional<std::int64_t>>> load_result;
        slot->exec.run([&] { load_result = slot->engine.load(path, parsed.load); });
        auto& loaded = *load_result;
        const bool unload = keep && *keep == 0;
        release(slot, keep);
        if (!loaded) return loaded.error().describe();
        engine::GenStats st;
        st.done_reason = unload ? "unload" : "load";
        st.load_ns = loaded.value();
        emit(enc->end(st, ""));
        return std::nullopt;
      }
      if (g.stream && !emit(enc->begin())) {
        release(slot, keep);
        return std::nullopt;
      }
      bool client_gone = false;
      std::optional<Result<engine::GenStats>> result;
      slot->exec.run([&] {
        result = slot->engine.generate(path, parsed.load, g.messages, std::nullopt, parsed.sample,
                                       [&](std::string_view piece, std::int64_t) {
                                         full->append(piece);
                                         if (!g.stream) return true;
                                         client_gone = !emit(enc->piece(piece));
                                         return !client_gone;
                                       });
      });
      auto& st = *result;
      release(slot, keep);
      if (client_gone) return std::nullopt;
      if (!st) return st.error().describe();
      emit(enc->end(st.value(), g.stream ? std::string() : *full));
      return std::nullopt;
    };
    if (!g.stream) {
      std::string body, full;
      const auto err = run(
          [&](const std::string& s) {
            body += s;
            return true;
          },
          &full);
      if (err) return reply(res, 500, error_body(*err, "server_error"));
      res.set_content(body, enc->content_type());
      return;
    }
    res.set_chunked_content_provider(enc->content_type(),
                                     [run, ticket, enc](std::size_t, httplib::DataSink& sink) {
                                       std::string full;
                                       const auto write = [&](const std::string& s) {
                                         return s.empty() || sink.write(s.data(), s.size());
                                       };
                                       if (const auto err = run(write, &full))
                                         write(enc->error(*err));
                                       sink.done();
                                       return true;
                                     });
  }

  // Size options no client may exceed, checked before anything is allocated: num_ctx is capped
  // at the model's training context (as Ollama does), num_batch at num_ctx, num_thread at four
  // per core; a value outside that is an error, not an allocation attempt.
  std::optional<std::string> bound_sizes(const std::filesystem::path& p, engine::LoadOptions& l) {
    int train = 0;
    {
      std::lock_guard lock(mu);
      auto it = train_ctx.find(p.string());
      if (it == train_ctx.end()) {
        if (auto md = engine::read_metadata(p)) {
          for (const auto& [k, v] : md.value()) {
            if (k.ends_with(".context_length")) train = std::atoi(v.c_str());
          }
        }
        it = train_ctx.emplace(p.string(), train).first;
      }
      train = it->second;
    }
    if (l.num_ctx < 16) return "num_ctx must be at least 16";
    if (train > 0 && l.num_ctx > train) l.num_ctx = train;  // Ollama: capped, not refused
    if (l.num_batch < 1 || l.num_batch > l.num_ctx)
      return "num_batch must be between 1 and num_ctx (" + std::to_string(l.num_ctx) + ")";
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    if (l.num_thread < 0 || l.num_thread > 4 * cores)
      return "num_thread must be between 0 (one per core) and " + std::to_string(4 * cores);
    return std::nullopt;
  }
  std::map<std::string, int> train_ctx;  // model file -> its training context (metadata)

  // GET /v1/models: the configured models in OpenAI's list shape.
  void models(const httplib::Request& req, httplib::Response& res) {
    if (!authorized(req, res)) return;
    std::string s = "{\"object\":\"list\",\"data\":[";
    bool first = true;
    for (const auto& [name, target] : names) {
      s += first ? "" : ",";
      first = false;
      s += "{\"id\":";
      JsonWriter::append_string(s, name);
      s += ",\"object\":\"model\",\"created\":" + std::to_string(created_) +
           ",\"owned_by\":\"chimera\"}";
    }
    res.set_content(s + "]}", "application/json");
  }
  std::int64_t created_ = std::time(nullptr);

  void tags(const httplib::Request& req, httplib::Response& res) {
    if (!authorized(req, res)) return;
    std::string s = "{\"models\":[";
    bool first = true;
    for (const auto& [name, target] : names) {
      auto p = engine::resolve_model(target);
      if (!p) continue;
      std::error_code ec;
      const auto size = std::filesystem::file_size(p.value(), ec);
      s += first ? "" : ",";
      first = false;
      s += "{\"name\":";
      JsonWriter::append_string(s, name);
      s += ",\"model\":";
      JsonWriter::append_string(s, name);
      s += ",\"size\":" + std::to_string(ec ? 0 : size);
      const auto mtime = std::filesystem::last_write_time(p.value(), ec);
      if (!ec) {
        s += ",\"modified_at\":\"" + detail::rfc3339(std::chrono::file_clock::to_sys(mtime)) + "\"";
      }
      s += "," + details(p.value()) + "}";
    }
    res.set_content(s + "]}", "application/json");
  }

  // "details":{...} from GGUF metadata, read without loading the weights.
  // "details":{...} from GGUF metadata, read without loading the weights: family, parameter
  // size (general.size_label or general.parameter_count) and quantization (general.file_type).
  static std::string details(const std::filesystem::path& p) {
    static const std::map<std::string, std::string> kFileTypes = {
        {"0", "F32"},     {"1", "F16"},     {"2", "Q4_0"},    {"3", "Q4_1"},    {"7", "Q8_0"},
        {"8", "Q5_0"},    {"9", "Q5_1"},    {"10", "Q2_K"},   {"11", "Q3_K_S"}, {"12", "Q3_K_M"},
        {"13", "Q3_K_L"}, {"14", "Q4_K_S"}, {"15", "Q4_K_M"}, {"16", "Q5_K_S"}, {"17", "Q5_K_M"},
        {"18", "Q6_K"},   {"30", "IQ4_XS"}, {"32", "BF16"}};
    std::string family = "unknown", params, quant;
    if (auto md = engine::read_metadata(p)) {
      for (const auto& [k, v] : md.value()) {
        if (k == "general.architecture") family = v;
        if (k == "general.size_label") params = v;
        if (k == "general.parameter_count" && params.empty()) {
          const double n = std::atof(v.c_str());
          params = n >= 1e9 ? fmt_params(n / 1e9, "B") : fmt_params(n / 1e6, "M");
        }
        if (k == "general.file_type") {
          const auto it = kFileTypes.find(v);
          if (it != kFileTypes.end()) quant = it->second;
        }
      }
    }
    std::string s = "\"details\":{\"format\":\"gguf\",\"family\":";
    JsonWriter::append_string(s, family);
    s += ",\"families\":[";
    JsonWriter::append_string(s, family);
    s += "]";
    if (!params.empty()) {
      s += ",\"parameter_size\":";
      JsonWriter::append_string(s, params);
    }
    if (!quant.empty()) {
      s += ",\"quantization_level\":";
      JsonWriter::append_string(s, quant);
    }
    return s + "}";
  }
  static std::string fmt_params(double v, const char* unit) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f%s", v, unit);
    return buf;
  }

  // /api/ps: each loaded model once (however many slots hold it), with the context loaded now.
  void ps(const httplib::Request& req, httplib::Response& res) {
    if (!authorized(req, res)) return;
    std::lock_guard lock(mu);
    std::string s = "{\"models\":[";
    std::set<std::string> listed;
    for (const auto& slot : slots) {
      const auto info = slot->engine.info();
      if (!info || !listed.insert(slot->model).second) continue;
      std::int64_t expires = slot->expires_ns;
      for (const auto& other : slots) {  // the latest expiry of the slots holding it
        if (other->model == slot->model && other->engine.loaded())
          expires =
              expires < 0 || other->expires_ns < 0 ? -1 : std::max(expires, other->expires_ns);
      }
      s += listed.size() > 1 ? "," : "";
      s += "{\"name\":";
      JsonWriter::append_string(s, slot->model);
      s += ",\"model\":";
      JsonWriter::append_string(s, slot->model);
      s += ",\"size\":" + std::to_string(info->size_bytes) + ",\"size_vram\":" +
           std::to_string(info->n_layer > 0 ? info->size_bytes * info->gpu_layers / info->n_layer
                                            : 0) +
           ",\"context_length\":" + std::to_string(info->n_ctx) + "," + details(info->path);
      if (expires >= 0) {
        const auto left = std::chrono::nanoseconds(expires - mono_ns());
        s +=
            ",\"expires_at\":\"" +
            detail::rfc3339(std::chrono::system_clock::now() +
                            std::chrono::duration_cast<std::chrono::system_clock::duration>(left)) +
            "\"";
      }
      s += "}";
    }
    res.set_content(s + "]}", "application/json");
  }

  void show(const httplib::Request& req, httplib::Response& res) {
    if (!authorized(req, res)) return;
    json::Fields f;
    const std::string model =
        f.parse(req.body) ? std::string()
                          : std::string(f.string("model").value_or(f.string("name").value_or("")));
    auto p = resolve(model);
    if (!p) {
      res.status = 404;
      res.set_content(error_json("model '" + model + "' not found"), "application/json");
      return;
    }
    auto md = engine::read_metadata(p.value());
    if (!md) {
      res.status = 500;
      res.set_content(error_json(md.error().describe()), "application/json");
      return;
    }
    std::string info = "{";
    for (const auto& [k, v] : md.value()) {
      if (k.starts_with("tokenizer.")) continue;
      if (info.size() > 1) info += ',';
      JsonWriter::append_string(info, k);
      info += ':';
      const bool number = !v.empty() && v.find_first_not_of("0123456789.-e") == std::string::npos;
      if (number) {
        info += v;
      } else {
        JsonWriter::append_string(info, v);
      }
    }
    res.set_content("{" + details(p.value()) + ",\"model_info\":" + info +
                        "},\"capabilities\":[\"completion\"]}",
                    "application/json");
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
  for (const auto& [name, target] : m.names) {  // every configured model exists, from the start
    if (auto p = engine::resolve_model(target); !p) {
      auto e = p.error();
      e.message = "model '" + name + "': " + e.message;
      return e;
    }
  }
  m.http.new_task_queue = [n = static_cast<std::size_t>(std::max(8, m.o.parallel + 8))] {
    return new httplib::ThreadPool(n);
  };
  m.http.set_tcp_nodelay(true);  // each token goes out at once (Nagle would hold it ~40 ms)
  m.http.set_payload_max_length(m.o.max_body_bytes);
  m.http.set_read_timeout(m.o.read_timeout_s);
  m.http.set_keep_alive_timeout(5);
  using Req = httplib::Request;
  using Res = httplib::Response;
  m.http.Post("/api/generate", [&m](const Req& q, Res& r) { m.ollama(q, r, false); });
  m.http.Post("/api/chat", [&m](const Req& q, Res& r) { m.ollama(q, r, true); });
  m.http.Post("/v1/chat/completions", [&m](const Req& q, Res& r) { m.openai(q, r, true); });
  m.http.Post("/v1/completions", [&m](const Req& q, Res& r) { m.openai(q, r, false); });
  m.http.Get("/v1/models", [&m](const Req& q, Res& r) { m.models(q, r); });
  m.http.Get("/api/tags", [&m](const Req& q, Res& r) { m.tags(q, r); });
  m.http.Get("/api/ps", [&m](const Req& q, Res& r) { m.ps(q, r); });
  m.http.Post("/api/show", [&m](const Req& q, Res& r) { m.show(q, r); });
  m.http.Get("/api/version", [](const Req&, Res& r) {
    r.set_content("{\"version\":\"chimera-" + std::string(version()) + "\"}", "application/json");
  });
  // Ollama answers GET / and HEAD / with this text (clients probe it to see a server is up).
  m.http.Get("/", [](const Req&, Res& r) { r.set_content("Ollama is running", "text/plain"); });
  // Endpoints Ollama has and chimera serve does not: a message that names them, never a bare
  // "not found" a client would read as "model not found".
  for (const char* ep : {"/api/embed", "/api/embeddings", "/api/pull", "/api/push", "/api/create",
                         "/api/copy", "/api/delete", "/api/blobs", "/v1/embeddings"}) {
    const auto handler = [ep](const Req&, Res& r) {
      r.status = 501;
      r.set_content(error_json(std::string(ep) + " is not supported by chimera serve (it serves "
                                                 "generation: /api/generate, /api/chat, /v1)"),
                    "application/json");
    };
    m.http.Post(ep, handler);
    m.http.Delete(ep, handler);
  }
  m.http.set_error_handler([](const Req& q, Res& r) {
    if (!r.body.empty()) return;
    if (r.status == 404) {
      r.set_content(q.path.starts_with("/v1/")
                        ? detail::openai_error("unknown endpoint " + q.method + " " + q.path,
                                               "invalid_request_error")
                        : error_json("404 page not found: " + q.method + " " + q.path),
                    "application/json");
    } else {
      r.set_content(error_json("request failed"), "application/json");
    }
  });
  // The port is ours alone: SO_REUSEADDR only (no SO_REUSEPORT), so a second server on the same
  // port fails to bind instead of sharing it.
  m.http.set_socket_options([](int sock) {
    int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  m.bound_port = m.o.port == 0 ? m.http.bind_to_any_port(m.o.host)
                               : (m.http.bind_to_port(m.o.host, m.o.port) ? m.o.port : -1);
  if (m.bound_port <= 0) {
    return Error{ErrorCode::io, "cannot listen on " + m.o.host + ":" + std::to_string(m.o.port),
                 "is another server (Ollama?) using that port? pick another with --port"};
  }
  m.listener = std::thread([&m] { m.http.listen_after_bind(); });
  // Serving before returning: a stop() that came before the accept loop started would not be
  // seen by it (httplib's stop() only acts on a running server), and the listener would hang.
  for (int i = 0; i < 5000 && !m.http.is_running(); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  m.janitor = std::thread([&m] { m.janitor_loop(); });
  return ok_status();
}

void Server::stop() {
  Impl& m = *impl_;
  {
    std::lock_guard lock(m.mu);
    if (m.stopping) return;
    m.stopping = true;
  }
  m.cv.notify_all();
  m.http.stop();
  if (m.listener.joinable()) m.listener.join();
  if (m.janitor.joinable()) m.janitor.join();
}

int Server::port() const {
  return impl_->bound_port;
}
std::string Server::url() const {
  return "http://" + impl_->o.host + ":" + std::to_string(impl_->bound_port);
}

}  // namespace chimera::serve
