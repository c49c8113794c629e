#include "chimera/serve/server.hpp"

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <ctime>
#include <filesystem>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>

#include "chimera/core/json_fields.hpp"
#include "chimera/core/json_writer.hpp"
#include "chimera/core/version.hpp"
#include "chimera/engine/engine.hpp"

namespace chimera::serve {
namespace {

using Clock = std::chrono::steady_clock;

std::int64_t mono_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch())
      .count();
}

// RFC 3339 with nanoseconds, UTC, as Ollama writes created_at.
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

// keep_alive: seconds as a number, or "10m", "30s", "1h", "500ms"; negative keeps forever.
std::optional<std::int64_t> keep_alive_ns(const json::Fields& f, std::int64_t fallback_ns) {
  const auto* k = f.find("keep_alive");
  if (!k) return fallback_ns;
  if (k->kind == json::JsonScalar::number) return static_cast<std::int64_t>(k->number * 1e9);
  if (k->kind != json::JsonScalar::string) return std::nullopt;
  const std::string& s = k->text;
  std::size_t used = 0;
  double v = 0;
  try {
    v = std::stod(s, &used);
  } catch (...) {
    return std::nullopt;
  }
  const std::string unit = s.substr(used);
  const double scale = unit.empty() || unit == "s" ? 1e9
                       : unit == "m"               ? 60e9
                       : unit == "h"               ? 3600e9
                       : unit == "ms"              ? 1e6
                                                   : -1;
  if (scale < 0) return std::nullopt;
  return static_cast<std::int64_t>(v * scale);
}

std::string error_json(const std::string& msg) {
  std::string s = "{\"error\":";
  JsonWriter::append_string(s, msg);
  return s + "}";
}

struct Slot {
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

  Result<std::filesystem::path> resolve(const std::string& model) {
    const auto it = names.find(model);
    if (it != names.end()) return engine::resolve_model(it->second);
    if (!model.ends_with(":latest")) {
      const auto latest = names.find(model + ":latest");
      if (latest != names.end()) return engine::resolve_model(latest->second);
    }
    return engine::resolve_model(model);
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

  static std::string record(const std::string& model, bool chat, std::string_view text, bool done) {
    std::string s = "{\"model\":";
    JsonWriter::append_string(s, model);
    s += ",\"created_at\":\"" + rfc3339(std::chrono::system_clock::now()) + "\",";
    if (chat) {
      s += "\"message\":{\"role\":\"assistant\",\"content\":";
      JsonWriter::append_string(s, text);
      s += "}";
    } else {
      s += "\"response\":";
      JsonWriter::append_string(s, text);
    }
    s += done ? ",\"done\":true" : ",\"done\":false";
    return s;
  }

  // The final record: Ollama's durations in ns and counts, each omitted when zero.
  static std::string final_record(const std::string& model, bool chat, const engine::GenStats& g,
                                  std::string_view full) {
    std::string s = record(model, chat, full, true);
    s += ",\"done_reason\":\"" + g.done_reason + "\"";
    const auto add = [&](const char* k, std::int64_t v) {
      if (v > 0) s += std::string(",\"") + k + "\":" + std::to_string(v);
    };
    add("total_duration", g.total_ns);
    add("load_duration", g.load_ns.value_or(0));
    add("prompt_eval_count", g.prompt_eval_count);
    add("prompt_eval_duration", g.prompt_eval_ns);
    add("eval_count", g.eval_count);
    add("eval_duration", g.eval_ns);
    return s + "}";
  }

  void generate(const httplib::Request& req, httplib::Response& res, bool chat) {
    if (!authorized(req, res)) return;
    auto f = std::make_shared<json::Fields>();
    if (auto err = f->parse(req.body)) {
      res.status = 400;
      res.set_content(error_json("invalid JSON body: " + err->describe()), "application/json");
      return;
    }
    const std::string model(f->string("model").value_or(""));
    if (model.empty()) {
      res.status = 400;
      res.set_content(error_json("model is required"), "application/json");
      return;
    }
    auto path = resolve(model);
    if (!path) {
      res.status = 404;
      res.set_content(
          error_json("model '" + model + "' not found (" + path.error().describe() + ")"),
          "application/json");
      return;
    }
    auto opts = engine::parse_options(options_json(*f));
    const auto keep = keep_alive_ns(*f, std::int64_t{o.default_keep_alive_s} * 1'000'000'000);
    if (!opts || !keep) {
      res.status = 400;
      res.set_content(error_json(!opts ? opts.error().describe()
                                       : "invalid keep_alive (use 300, \"10m\", -1 or 0)"),
                      "application/json");
      return;
    }
    auto ticket = admit();
    if (!ticket) {
      res.status = 503;
      res.set_content(
          error_json("server busy, please try again.  maximum pending requests exceeded"),
          "application/json");
      return;
    }
    const Prompt prompt = prompt_of(*f, chat);
    const bool stream = f->boolean("stream").value_or(true);
    // Runs the request on a slot; emit() sends one NDJSON line (streaming) or keeps the last one
    // (non-streaming, where the final record also carries the whole text). False: client gone.
    auto run = [this, model, chat, prompt, stream, path = path.value(), parsed = opts.value(),
                keep](const std::function<bool(const std::string&)>& emit) {
      Slot* slot = acquire(model);
      if (!slot) return emit(error_json("server is shutting down") + "\n");
      slot->model = model;
      if (prompt.empty) {  // Ollama: an empty prompt only loads (or, with keep_alive 0, unloads)
        auto loaded = slot->engine.load(path, parsed.load);
        const bool unload = keep && *keep == 0;
        release(slot, keep);
        if (!loaded) return emit(error_json(loaded.error().describe()) + "\n");
        engine::GenStats g;
        g.done_reason = unload ? "unload" : "load";
        g.load_ns = loaded.value();
        return emit(final_record(model, chat, g, "") + "\n");
      }
      std::string full;
      bool client_gone = false;
      auto st = slot->engine.generate(path, parsed.load, prompt.messages, std::nullopt,
                                      parsed.sample, [&](std::string_view piece, std::int64_t) {
                                        full.append(piece);
                                        if (!stream) return true;
                                        client_gone =
                                            !emit(record(model, chat, piece, false) + "}\n");
                                        return !client_gone;
                                      });
      release(slot, keep);
      if (client_gone) return false;
      if (!st) return emit(error_json(st.error().describe()) + "\n");
      return emit(final_record(model, chat, st.value(), stream ? std::string() : full) + "\n");
    };
    if (!stream) {
      std::string body;
      run([&](const std::string& s) {
        body = s;
        return true;
      });
      if (body.starts_with("{\"error\"")) res.status = 500;
      res.set_content(body, "application/json");
      return;
    }
    res.set_chunked_content_provider(
        "application/x-ndjson", [run, ticket](std::size_t, httplib::DataSink& sink) {
          run([&](const std::string& s) { return sink.write(s.data(), s.size()); });
          sink.done();
          return true;
        });
  }

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
      s += ",\"size\":" + std::to_string(ec ? 0 : size) + "," + details(p.value()) + "}";
    }
    res.set_content(s + "]}", "application/json");
  }

  // "details":{...} from GGUF metadata, read without loading the weights.
  static std::string details(const std::filesystem::path& p) {
    std::string family = "unknown", params = "unknown";
    if (auto md = engine::read_metadata(p)) {
      for (const auto& [k, v] : md.value()) {
        if (k == "general.architecture") family = v;
      }
    }
    (void)params;
    std::string s = "\"details\":{\"format\":\"gguf\",\"family\":";
    JsonWriter::append_string(s, family);
    return s + "}";
  }

  void ps(const httplib::Request& req, httplib::Response& res) {
    if (!authorized(req, res)) return;
    std::lock_guard lock(mu);
    std::string s = "{\"models\":[";
    bool first = true;
    for (const auto& slot : slots) {
      const auto info = slot->engine.info();
      if (!info) continue;
      s += first ? "" : ",";
      first = false;
      s += "{\"name\":";
      JsonWriter::append_string(s, slot->model);
      s += ",\"model\":";
      JsonWriter::append_string(s, slot->model);
      s += ",\"size\":" + std::to_string(info->size_bytes) + ",\"size_vram\":" +
           std::to_string(info->n_layer > 0 ? info->size_bytes * info->gpu_layers / info->n_layer
                                            : 0) +
           ",\"context_length\":" + std::to_string(info->n_ctx_train);
      if (slot->expires_ns >= 0) {
        const auto left = std::chrono::nanoseconds(slot->expires_ns - mono_ns());
        s += ",\"expires_at\":\"" +
             rfc3339(std::chrono::system_clock::now() +
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
  m.http.new_task_queue = [n = static_cast<std::size_t>(std::max(8, m.o.parallel + 8))] {
    return new httplib::ThreadPool(n);
  };
  m.http.set_tcp_nodelay(true);  // each token goes out at once (Nagle would hold it ~40 ms)
  m.http.set_payload_max_length(m.o.max_body_bytes);
  m.http.set_read_timeout(m.o.read_timeout_s);
  m.http.set_keep_alive_timeout(5);
  m.http.Post("/api/generate",
              [&m](const httplib::Request& q, httplib::Response& r) { m.generate(q, r, false); });
  m.http.Post("/api/chat",
              [&m](const httplib::Request& q, httplib::Response& r) { m.generate(q, r, true); });
  m.http.Get("/api/tags", [&m](const httplib::Request& q, httplib::Response& r) { m.tags(q, r); });
  m.http.Get("/api/ps", [&m](const httplib::Request& q, httplib::Response& r) { m.ps(q, r); });
  m.http.Post("/api/show", [&m](const httplib::Request& q, httplib::Response& r) { m.show(q, r); });
  m.http.Get("/api/version", [](const httplib::Request&, httplib::Response& r) {
    r.set_content("{\"version\":\"chimera-" + std::string(version()) + "\"}", "application/json");
  });
  m.http.set_error_handler([](const httplib::Request&, httplib::Response& r) {
    if (r.body.empty())
      r.set_content(error_json(r.status == 404 ? "not found" : "request failed"),
                    "application/json");
  });
  m.bound_port = m.o.port == 0 ? m.http.bind_to_any_port(m.o.host)
                               : (m.http.bind_to_port(m.o.host, m.o.port) ? m.o.port : -1);
  if (m.bound_port <= 0) {
    return Error{ErrorCode::io, "cannot listen on " + m.o.host + ":" + std::to_string(m.o.port),
                 "is another server (Ollama?) using that port? pick another with --port"};
  }
  m.listener = std::thread([&m] { m.http.listen_after_bind(); });
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
