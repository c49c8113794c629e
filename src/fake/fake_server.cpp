#include "chimera/fake/fake_server.hpp"
#include "chimera/core/clock.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <mutex>
#include <random>
#include <set>
#include <thread>

#include "chimera/core/json_fields.hpp"
#include "chimera/core/json_writer.hpp"
#include "chimera/transport/http_client.hpp"

namespace chimera::fake {
namespace {

using Clock = std::chrono::steady_clock;

void sleep_until_ns(std::int64_t t) {
  std::this_thread::sleep_until(Clock::time_point(std::chrono::nanoseconds(t)));
}

struct HttpReq {
  std::string method, path, body;
  bool close = false;
};

// Reads one request from fd (keep-alive aware); false on EOF or error.
bool read_request(int fd, std::string& buf, HttpReq& req) {
  std::size_t end;
  while ((end = buf.find("\r\n\r\n")) == std::string::npos) {
    char tmp[8192];
    const ssize_t n = ::recv(fd, tmp, sizeof tmp, 0);
    if (n <= 0) return false;
    buf.append(tmp, static_cast<std::size_t>(n));
    if (buf.size() > (1u << 20)) return false;
  }
  const std::string head = buf.substr(0, end);
  buf.erase(0, end + 4);
  const auto sp1 = head.find(' '), sp2 = head.find(' ', sp1 + 1);
  req.method = head.substr(0, sp1);
  req.path = head.substr(sp1 + 1, sp2 - sp1 - 1);
  std::size_t length = 0;
  std::string lower;
  for (const char c : head) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (auto p = lower.find("\r\ncontent-length:"); p != std::string::npos)
    length = std::stoul(head.substr(p + 17));
  req.close = lower.find("\r\nconnection: close") != std::string::npos;
  while (buf.size() < length) {
    char tmp[65536];
    const ssize_t n = ::recv(fd, tmp, sizeof tmp, 0);
    if (n <= 0) return false;
    buf.append(tmp, static_cast<std::size_t>(n));
  }
  req.body = buf.substr(0, length);
  buf.erase(0, length);
  return true;
}

// Writes to the socket, optionally one byte at a time ("drip").
class Out {
 public:
  Out(int fd, int drip_ms) : fd_(fd), drip_ms_(drip_ms) {}
  bool ok() const { return ok_; }
  void raw(std::string_view s) {
    if (!ok_) return;
    if (drip_ms_ > 0) {
      for (const char c : s) {
        send_all(std::string_view(&c, 1));
        std::this_thread::sleep_for(std::chrono::milliseconds(drip_ms_));
      }
    } else {
      send_all(s);
    }
  }
  void chunk(std::string_view data) {
    char hex[20];
    const int n = std::snprintf(hex, sizeof hex, "%zx\r\n", data.size());
    std::string s(hex, static_cast<std::size_t>(n));
    s.append(data);
    s += "\r\n";
    raw(s);
  }
  void end_chunks() { raw("0\r\n\r\n"); }

 private:
  void send_all(std::string_view s) {
    while (ok_ && !s.empty()) {
      const ssize_t n = ::send(fd_, s.data(), s.size(), MSG_NOSIGNAL);
      if (n <= 0) {
        if (n < 0 && errno == EINTR) continue;
        ok_ = false;
        return;
      }
      s.remove_prefix(static_cast<std::size_t>(n));
    }
  }
  int fd_, drip_ms_;
  bool ok_ = true;
};

void simple_response(Out& out, int status, std::string_view body) {
  const char* reason = status == 200   ? "OK"
                       : status == 404 ? "Not Found"
                       : status == 503 ? "Service Unavailable"
                                       : "Internal Server Error";
  out.raw("HTTP/1.1 " + std::to_string(status) + " " + reason +
          "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
          "\r\n\r\n");
  out.raw(body);
}

std::string quoted(std::string_view s) {
  std::string out;
  JsonWriter::append_string(out, s);
  return out;
}

constexpr const char* kWords[] = {"lorem",      "ipsum", "dolor",  "sit",  "amet",    "consectetur",
                                  "adipiscing", "elit",  "sed",    "do",   "eiusmod", "tempor",
                                  "incididunt", "ut",    "labore", "magna"};

}  // namespace

struct FakeServer::Impl {
  FakeScript defaults;
  int listen_fd = -1;
  int bound_port = 0;
  std::atomic<bool> stopping{false};
  std::thread acceptor;
  mutable std::mutex mu;
  std::vector<std::thread> workers;
  std::set<int> open_fds;
  std::vector<Truth> truths;
  std::uint64_t next_id = 1;

  void accept_loop() {
    while (!stopping.load()) {
      const int fd = ::accept(listen_fd, nullptr, nullptr);
      if (fd < 0) {
        if (stopping.load()) return;
        continue;
      }
      const int one = 1;
      ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
      std::lock_guard lock(mu);
      open_fds.insert(fd);
      workers.emplace_back([this, fd] { serve(fd); });
    }
  }

  void serve(int fd) {
    std::string buf;
    HttpReq req;
    while (!stopping.load() && read_request(fd, buf, req)) {
      const std::int64_t received = mono_ns();
      if (!handle(fd, req, received) || req.close) break;
    }
    std::lock_guard lock(mu);
    if (open_fds.erase(fd)) ::close(fd);
  }

  // Returns false when the connection must close.
  bool handle(int fd, const HttpReq& req, std::int64_t received) {
    Out plain(fd, 0);
    if (req.method == "GET" && req.path == "/api/version")
      return simple_response(plain, 200, "{\"version\":\"0.0.0-fake\"}"), true;
    if (req.method == "GET" && req.path == "/api/tags")
      return simple_response(plain, 200, tags()), true;
    if (req.method == "GET" && req.path == "/api/ps")
      return simple_response(plain, 200, ps()), true;
    if (req.method == "GET" && req.path == "/v1/models") {
      return simple_response(plain, 200,
                             "{\"object\":\"list\",\"data\":[{\"id\":\"fake\",\"object\":\"model\","
                             "\"owned_by\":\"chimera-fake\"}]}"),
             true;
    }
    if (req.method == "GET" && req.path == "/fake/truth")
      return simple_response(plain, 200, truth_json()), true;
    json::Fields body;
    const bool parsed = !body.parse(req.body);
    const std::string model(parsed ? body.string("model").value_or("") : "");
    const bool openai = req.path.starts_with("/v1/");
    if (req.method == "POST" && req.path == "/api/show") {
      if (!parse_script(model, defaults))
        return simple_response(plain, 404, "{\"error\":\"model '" + model + "' not found\"}"), true;
      return simple_response(plain, 200, show()), true;
    }
    const bool chat = req.path == "/api/chat" || req.path == "/v1/chat/completions";
    const bool gen = chat || req.path == "/api/generate" || req.path == "/v1/completions";
    if (req.method != "POST" || !gen)
      return simple_response(plain, 404, "{\"error\":\"not found\"}"), true;
    auto script = parse_script(model, defaults);
    if (!script) {
      const std::string msg = "model '" + model + "' not found";
      return simple_response(plain, 404,
                             openai ? "{\"error\":{\"message\":" + quoted(msg) + ",\"code\":404}}"
                                    : "{\"error\":" + quoted(msg) + "}"),
             true;
    }
    if (!script->ok())
      return simple_response(plain, 400, "{\"error\":" + quoted(script->error().describe()) + "}"),
             true;
    const FakeScript& s = script->value();
    const std::size_t prompt_bytes = req.body.size();
    return stream(fd, s, openai, chat, model, req.path, received, prompt_bytes);
  }

  bool stream(int fd, const FakeScript& s, bool openai, bool chat, const std::string& model,
              const std::string& path, std::int64_t received, std::size_t prompt_bytes) {
    Truth truth;
    truth.path = path;
    truth.model = model;
    truth.received_ns = received;
    Out out(fd, s.fault == Fault::drip ? s.drip_ms : 0);
    const auto record = [&] {
      std::lock_guard lock(mu);
      truth.id = next_id++;
      truths.push_back(truth);
    };
    switch (s.fault) {
      case Fault::refuse: {
        const linger lg{1, 0};  // RST instead of FIN
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
        record();
        return false;
      }
      case Fault::http500:
        return record(), simple_response(out, 500, "{\"error\":\"fake internal error\"}"), true;
      case Fault::http503:
        return record(),
               simple_response(out, 503,
                               "{\"error\":\"server busy, please try again. maximum pending "
                               "requests exceeded\"}"),
               true;
      case Fault::http404:
        return record(),
               simple_response(out, 404, "{\"error\":\"model '" + model + "' not found\"}"), true;
      default:
        break;
    }
    out.raw(std::string("HTTP/1.1 200 OK\r\nContent-Type: ") +
            (openai ? "text/event-stream" : "application/x-ndjson") +
            "\r\nTransfer-Encoding: chunked\r\n\r\n");
    std::mt19937_64 rng(s.seed);
    std::uniform_real_distribution<double> jitter(-s.jitter_ms, s.jitter_ms);
    std::int64_t due = received + static_cast<std::int64_t>(s.ttft_ms * 1e6);
    const auto frame = [&](const std::string& payload) {
      return openai ? "data: " + payload + "\n\n" : payload + "\n";
    };
    if (openai && chat)
      out.chunk(frame(role_chunk(model)));  // role-only first chunk, as vLLM sends
    for (int i = 0; i < s.tokens && out.ok(); ++i) {
      if (i == s.after && !fault_at(out, s, openai, frame)) {
        record();
        return false;
      }
      if (i == s.after && s.fault == Fault::no_final) break;
      sleep_until_ns(due);
      const std::string word =
          i == 0 && s.hostile ? std::string("<script>alert(\"pwned\")</script> 'quoted' \"dq\"\n")
                              : std::string(kWords[rng() % 16]) + " ";
      const std::string payload = frame(token_chunk(openai, chat, model, word, i < s.reasoning));
      truth.token_ns.push_back(mono_ns());  // stamped as the write starts: causal for clients
      out.chunk(payload);
      due += static_cast<std::int64_t>(
          std::max(0.0, s.gap_ms + (s.jitter_ms > 0 ? jitter(rng) : 0.0)) * 1e6);
    }
    // The truth is complete before the final record goes out, so a client that has seen the end
    // of the stream always finds it.
    truth.done_ns = mono_ns();
    record();
    if (s.fault != Fault::no_final && s.fault != Fault::error_line) {
      out.chunk(final_record(s, openai, chat, model, received, truth, prompt_bytes));
    }
    out.end_chunks();
    return out.ok();
  }

  // Injects the fault due at token `after`; false when the connection must drop now.
  template <class Frame>
  bool fault_at(Out& out, const FakeScript& s, bool openai, const Frame& frame) {
    switch (s.fault) {
      case Fault::close_mid:
        return false;
      case Fault::stall:
        std::this_thread::sleep_for(std::chrono::milliseconds(s.stall_ms));
        return true;
      case Fault::error_line:
        out.chunk(frame(openai
                            ? "{\"error\":{\"message\":\"fake failure mid-stream\",\"code\":500}}"
                            : "{\"error\":\"fake failure mid-stream\"}"));
        out.end_chunks();
        return false;
      case Fault::malformed_line:
        out.chunk(frame("this is not json {"));
        return true;
      case Fault::huge_line:
        out.chunk(std::string(17u << 20, 'x') + "\n");
        return true;
      default:
        return true;
    }
  }

  static std::string role_chunk(const std::string& model) {
    return "{\"id\":\"fake-1\",\"object\":\"chat.completion.chunk\",\"model\":" + quoted(model) +
           ",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},"
           "\"finish_reason\":null}]}";
  }

  static std::string token_chunk(bool openai, bool chat, const std::string& model,
                                 const std::string& word, bool reasoning) {
    if (openai) {
      const std::string delta = chat ? std::string("{\"") +
                                           (reasoning ? "reasoning_content" : "content") +
                                           "\":" + quoted(word) + "}"
                                     : std::string();
      return "{\"id\":\"fake-1\",\"model\":" + quoted(model) + ",\"choices\":[{\"index\":0," +
             (chat ? "\"delta\":" + delta : "\"text\":" + quoted(word)) +
             ",\"finish_reason\":null}]}";
    }
    const std::string head =
        "{\"model\":" + quoted(model) + ",\"created_at\":\"2026-01-01T00:00:00.000000000Z\",";
    if (chat) {
      return head + "\"message\":{\"role\":\"assistant\",\"content\":" +
             (reasoning ? "\"\",\"thinking\":" : "") + quoted(word) + "},\"done\":false}";
    }
    return head + (reasoning ? "\"response\":\"\",\"thinking\":" : "\"response\":") + quoted(word) +
           ",\"done\":false}";
  }

  static std::string final_record(const FakeScript& s, bool openai, bool chat,
                                  const std::string& model, std::int64_t received, const Truth& t,
                                  std::size_t prompt_bytes) {
    const std::int64_t now = mono_ns();
    const std::int64_t eval_ns =
        t.token_ns.size() > 1 ? t.token_ns.back() - t.token_ns.front() : 1'000'000;
    const std::size_t prompt_tokens = prompt_bytes / 4 + 1;
    const auto n = t.token_ns.size();
    if (openai) {
      std::string last = "data: {\"id\":\"fake-1\",\"model\":" + quoted(model) +
                         ",\"choices\":[{\"index\":0," + (chat ? "\"delta\":{}" : "\"text\":\"\"") +
                         ",\"finish_reason\":\"stop\"}]";
      if (s.timings) {
        last += ",\"timings\":{\"cache_n\":0,\"prompt_n\":" + std::to_string(prompt_tokens) +
                ",\"prompt_ms\":" + std::to_string(s.ttft_ms * 0.8) +
                ",\"predicted_n\":" + std::to_string(n) +
                ",\"predicted_ms\":" + std::to_string(static_cast<double>(eval_ns) / 1e6) + "}";
      }
      last += "}\n\n";
      last += "data: {\"id\":\"fake-1\",\"model\":" + quoted(model) +
              ",\"choices\":[],\"usage\":{\"prompt_tokens\":" + std::to_string(prompt_tokens) +
              ",\"completion_tokens\":" + std::to_string(n) +
              ",\"total_tokens\":" + std::to_string(prompt_tokens + n) + "}}\n\ndata: [DONE]\n\n";
      return last;
    }
    std::string f =
        "{\"model\":" + quoted(model) + ",\"created_at\":\"2026-01-01T00:00:00.000000000Z\",";
    f += chat ? "\"message\":{\"role\":\"assistant\",\"content\":\"\"}," : "\"response\":\"\",";
    f += "\"done\":true,\"done_reason\":\"stop\",\"total_duration\":" +
         std::to_string(now - received);
    if (!s.cached) f += ",\"load_duration\":1000000";
    f += ",\"prompt_eval_count\":" + std::to_string(prompt_tokens);
    if (!s.cached)
      f += ",\"prompt_eval_duration\":" +
           std::to_string(static_cast<std::int64_t>(s.ttft_ms * 0.8e6));
    if (n > 0)
      f += ",\"eval_count\":" + std::to_string(n) + ",\"eval_duration\":" + std::to_string(eval_ns);
    return f + "}\n";
  }

  static std::string tags() {
    return "{\"models\":[{\"name\":\"fake\",\"model\":\"fake\",\"size\":1000000,\"digest\":"
           "\"sha256:fake0000\","
           "\"details\":{\"family\":\"fake\",\"parameter_size\":\"1M\",\"quantization_level\":"
           "\"F16\"}}]}";
  }
  static std::string ps() {
    return "{\"models\":[{\"name\":\"fake\",\"model\":\"fake\",\"size\":1000000,\"size_vram\":"
           "750000,"
           "\"context_length\":2048}]}";
  }
  static std::string show() {
    return "{\"details\":{\"family\":\"fake\",\"parameter_size\":\"1M\",\"quantization_level\":"
           "\"F16\"},"
           "\"model_info\":{\"general.architecture\":\"llama\",\"llama.block_count\":4,\"llama."
           "context_length\":2048}}";
  }

  std::string truth_json() const {
    std::lock_guard lock(mu);
    std::string s = "[";
    for (const auto& t : truths) {
      if (s.size() > 1) s += ',';
      s += "{\"id\":" + std::to_string(t.id) + ",\"path\":" + quoted(t.path) +
           ",\"received_ns\":" + std::to_string(t.received_ns) + ",\"token_ns\":[";
      for (std::size_t i = 0; i < t.token_ns.size(); ++i)
        s += (i ? "," : "") + std::to_string(t.token_ns[i]);
      s += "],\"done_ns\":" + std::to_string(t.done_ns) + "}";
    }
    return s + "]";
  }
};

FakeServer::FakeServer(FakeScript defaults) : impl_(std::make_unique<Impl>()) {
  impl_->defaults = defaults;
}

FakeServer::~FakeServer() {
  stop();
}

Status FakeServer::start(const std::string& host, int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  const int one = 1;
  ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  if (::inet_pton(AF_INET, host.c_str(), &addr.sin_addr) != 1) {
    ::close(fd);
    return Error{ErrorCode::usage, "fake server: '" + host + "' is not an IPv4 address",
                 "use e.g. 127.0.0.1"};
  }
  if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(fd, 512) != 0) {
    const std::string err = std::strerror(errno);
    ::close(fd);
    return Error{ErrorCode::io,
                 "fake server: cannot listen on " + host + ":" + std::to_string(port) + ": " + err,
                 "pick another --port"};
  }
  socklen_t len = sizeof addr;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  impl_->listen_fd = fd;
  impl_->bound_port = ntohs(addr.sin_port);
  impl_->acceptor = std::thread([this] { impl_->accept_loop(); });
  return ok_status();
}

void FakeServer::stop() {
  if (impl_->listen_fd < 0) return;
  impl_->stopping.store(true);
  ::shutdown(impl_->listen_fd, SHUT_RDWR);
  impl_->acceptor.join();
  ::close(impl_->listen_fd);
  impl_->listen_fd = -1;
  std::vector<std::thread> workers;
  {
    std::lock_guard lock(impl_->mu);
    for (const int fd : impl_->open_fds) ::shutdown(fd, SHUT_RDWR);
    workers.swap(impl_->workers);
  }
  for (auto& w : workers) w.join();
}

int FakeServer::port() const {
  return impl_->bound_port;
}
std::string FakeServer::url() const {
  return "http://127.0.0.1:" + std::to_string(impl_->bound_port);
}

std::vector<Truth> FakeServer::truth() const {
  std::lock_guard lock(impl_->mu);
  return impl_->truths;
}

void FakeServer::clear_truth() {
  std::lock_guard lock(impl_->mu);
  impl_->truths.clear();
}

}  // namespace chimera::fake
