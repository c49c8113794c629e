// serve_attack: hostile clients against an Ollama-compatible server on loopback (chimera serve,
// or any other), each attack bounded in time, while a probe asks GET /api/version every 20 ms.
// Prints one line per attack (its verdict, the slowest /api/version answer during it, and the
// server's resident memory when --pid is given) and exits 1 when any attack failed. Used by the
// attack tests (with a generous latency budget) and by bench/serve_attacks.sh (the figures).
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
double ms_since(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

struct Target {
  int port = 11434;
  std::string model = "tiny";
};

class Socket {
 public:
  explicit Socket(int port) : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<std::uint16_t>(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
      ::close(fd_);
      fd_ = -1;
    }
  }
  ~Socket() {
    if (fd_ >= 0) ::close(fd_);
  }
  Socket(const Socket&) = delete;
  Socket& operator=(const Socket&) = delete;
  bool ok() const { return fd_ >= 0; }
  bool send(std::string_view s) const {
    while (!s.empty()) {
      const auto n = ::send(fd_, s.data(), s.size(), MSG_NOSIGNAL);
      if (n <= 0) return false;
      s.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
  }
  // Reads what is there within timeout_ms; false when the peer closed (or reset).
  bool read(std::string& into, int timeout_ms) const {
    pollfd p{fd_, POLLIN, 0};
    if (::poll(&p, 1, timeout_ms) <= 0) return true;  // nothing yet, still open
    char buf[65536];
    const auto n = ::recv(fd_, buf, sizeof buf, 0);
    if (n <= 0) return false;
    into.append(buf, static_cast<std::size_t>(n));
    return true;
  }
  // Reads until the peer closes or timeout_ms passes; the bytes read.
  std::string read_all(int timeout_ms) const {
    std::string out;
    const auto t0 = Clock::now();
    while (ms_since(t0) < timeout_ms && read(out, 50)) {
    }
    return out;
  }
  bool closed_within(int timeout_ms) const {
    std::string ignored;
    const auto t0 = Clock::now();
    while (ms_since(t0) < timeout_ms) {
      if (!read(ignored, 50)) return true;
    }
    return false;
  }

 private:
  int fd_;
};

int status_of(const std::string& response) {
  return response.starts_with("HTTP/1.") && response.size() > 12 ? std::atoi(response.c_str() + 9)
                                                                 : 0;
}

std::string post(const std::string& path, const std::string& body, bool close = true) {
  return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" +
         (close ? "Connection: close\r\n" : "") + "Content-Length: " + std::to_string(body.size()) +
         "\r\n\r\n" + body;
}

// One request on its own connection; the status (0: no answer within timeout_ms) and latency.
std::pair<int, double> exchange(int port, const std::string& request, int timeout_ms) {
  const auto t0 = Clock::now();
  Socket s(port);
  if (!s.ok() || !s.send(request)) return {0, ms_since(t0)};
  const std::string r = s.read_all(timeout_ms);
  return {status_of(r), ms_since(t0)};
}

// GET /api/version every 20 ms on fresh connections; the slowest answer and the failures.
class VersionProbe {
 public:
  // An answer not back within timeout_ms counts as missed.
  VersionProbe(int port, int timeout_ms)
      : port_(port), timeout_ms_(timeout_ms), thread_([this] { loop(); }) {}
  ~VersionProbe() {
    stop_ = true;
    thread_.join();
  }
  VersionProbe(const VersionProbe&) = delete;
  VersionProbe& operator=(const VersionProbe&) = delete;
  // The slowest answer (ms) and the count of missing ones since the last call.
  std::pair<double, int> take() {
    std::lock_guard lock(mu_);
    const auto r = std::make_pair(max_ms_, failures_);
    max_ms_ = 0;
    failures_ = 0;
    return r;
  }

 private:
  void loop() {
    while (!stop_) {
      const auto [status, ms] = exchange(
          port_, "GET /api/version HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", timeout_ms_);
      {
        std::lock_guard lock(mu_);
        max_ms_ = std::max(max_ms_, ms);
        failures_ += status == 200 ? 0 : 1;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }
  int port_;
  int timeout_ms_;
  std::mutex mu_;
  double max_ms_ = 0;
  int failures_ = 0;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

struct Verdict {
  bool ok = false;
  std::string detail;
};

// Connections that send a header byte every interval and never finish: each must be closed by
// the server's header deadline.
Verdict slowloris(const Target& t, int n, int deadline_ms) {
  std::vector<std::unique_ptr<Socket>> socks;
  for (int i = 0; i < n; ++i) socks.push_back(std::make_unique<Socket>(t.port));
  const std::string header = "POST /api/generate HTTP/1.1\r\nHost: x\r\nX-Slow: ";
  std::vector<bool> closed(socks.size(), false);
  const auto t0 = Clock::now();
  for (std::size_t byte = 0; ms_since(t0) < deadline_ms; ++byte) {
    for (std::size_t i = 0; i < socks.size(); ++i) {
      if (closed[i]) continue;
      std::string ignored;
      if (!socks[i]->send(std::string(1, byte < header.size() ? header[byte] : 'a')) ||
          !socks[i]->read(ignored, 0))
        closed[i] = true;
    }
    if (std::all_of(closed.begin(), closed.end(), [](bool c) { return c; })) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
  }
  const auto open = std::count(closed.begin(), closed.end(), false);
  return {open == 0, std::to_string(n - open) + "/" + std::to_string(n) +
                         " closed by the server in " +
                         std::to_string(static_cast<int>(ms_since(t0))) + " ms"};
}

// Connections that make one request with keep-alive and then sit idle: a generation still runs
// at once, and the server closes them after its idle timeout.
Verdict idle_keepalive(const Target& t, int n, int deadline_ms) {
  std::vector<std::unique_ptr<Socket>> socks;
  for (int i = 0; i < n; ++i) {
    auto s = std::make_unique<Socket>(t.port);
    s->send("GET /api/version HTTP/1.1\r\nHost: x\r\n\r\n");
    std::string r;
    s->read(r, 2000);
    socks.push_back(std::move(s));
  }
  const auto [status, ms] =
      exchange(t.port,
               post("/api/generate",
                    "{\"model\":\"" + t.model +
                        "\",\"prompt\":\"Hi\",\"stream\":false,\"options\":{\"num_predict\":4}}"),
               30'000);
  int closed = 0;
  const auto t0 = Clock::now();
  for (auto& s : socks)
    closed += s->closed_within(std::max(1, deadline_ms - static_cast<int>(ms_since(t0)))) ? 1 : 0;
  return {status == 200 && closed == n,
          "a generation beside them: HTTP " + std::to_string(status) + " in " +
              std::to_string(static_cast<int>(ms)) + " ms; " + std::to_string(closed) + "/" +
              std::to_string(n) + " idle connections closed by the server"};
}

// A chunked body far past the cap: refused, not read to the end: 413 once the cap is crossed, or
// 408 when the body deadline (--read-timeout) comes first (a slow machine, a sanitizer build).
Verdict chunked_body(const Target& t, std::size_t total_bytes) {
  Socket s(t.port);
  s.send("POST /api/generate HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
  const std::string piece(64 * 1024, 'x');
  char size[16];
  std::snprintf(size, sizeof size, "%zx\r\n", piece.size());
  const std::string chunk = size + piece + "\r\n";
  std::size_t sent = 0;
  std::string response;
  bool open = true;
  while (sent < total_bytes && open && response.empty()) {
    if (!s.send(chunk)) break;
    sent += piece.size();
    open = s.read(response, 0);
  }
  if (response.empty()) response = s.read_all(5000);
  const int status = status_of(response);
  return {(status == 413 || status == 408) && sent < total_bytes,
          "HTTP " + std::to_string(status) + " after " + std::to_string(sent >> 20) + " MiB of " +
              std::to_string(total_bytes >> 20) + " MiB"};
}

// A body with a huge options map: answered in bounded time (no quadratic parsing).
Verdict option_map(const Target& t, int keys, int deadline_ms) {
  std::string opts;
  for (int i = 0; i < keys; ++i)
    opts += "\"k" + std::to_string(i) + "\":" + std::to_string(i) + ",";
  const std::string body = "{\"model\":\"" + t.model +
                           "\",\"prompt\":\"Hi\",\"stream\":false,\"options\":{" + opts +
                           "\"num_predict\":2}}";
  const auto [status, ms] = exchange(t.port, post("/api/generate", body), deadline_ms);
  return {status == 200 && ms < deadline_ms, std::to_string(keys) + " option keys (" +
                                                 std::to_string(body.size() >> 10) +
                                                 " KiB): HTTP " + std::to_string(status) + " in " +
                                                 std::to_string(static_cast<int>(ms)) + " ms"};
}

// A num_ctx far beyond the model and the machine: an answer (capped or refused), no allocation.
Verdict num_ctx_bomb(const Target& t, int deadline_ms) {
  std::string detail;
  bool ok = true;
  for (const char* n : {"1000000000", "100000000"}) {
    const auto [status, ms] =
        exchange(t.port,
                 post("/api/generate",
                      "{\"model\":\"" + t.model +
                          "\",\"prompt\":\"Hi\",\"stream\":false,\"options\":{\"num_ctx\":" + n +
                          ",\"num_predict\":2}}"),
                 deadline_ms);
    ok = ok && (status == 200 || status == 400);
    detail += std::string(detail.empty() ? "" : "; ") + "num_ctx " + n + ": HTTP " +
              std::to_string(status) + " in " + std::to_string(static_cast<int>(ms)) + " ms";
  }
  return {ok, detail};
}

// More concurrent streams than slots + queue: every one answered (200 or 503), none reset.
Verdict flood(const Target& t, int n, int deadline_ms) {
  std::vector<int> status(static_cast<std::size_t>(n), 0);
  std::vector<std::thread> threads;
  for (int i = 0; i < n; ++i) {
    threads.emplace_back([&, i] {
      status[static_cast<std::size_t>(i)] =
          exchange(
              t.port,
              post(
                  "/api/generate",
                  "{\"model\":\"" + t.model +
                      "\",\"prompt\":\"Hi\",\"options\":{\"num_predict\":16,\"ignore_eos\":true}}"),
              deadline_ms)
              .first;
    });
  }
  for (auto& th : threads) th.join();
  const auto ok = std::count(status.begin(), status.end(), 200);
  const auto busy = std::count(status.begin(), status.end(), 503);
  return {ok + busy == n && ok > 0, std::to_string(n) + " streams: " + std::to_string(ok) +
                                        " served, " + std::to_string(busy) + " refused with 503, " +
                                        std::to_string(n - ok - busy) + " without an answer"};
}

// Non-streaming clients that leave mid-generation, one per slot: their generations stop, so the
// next request starts at once (it would otherwise wait for 100,000 tokens).
Verdict abandon(const Target& t, int slots, int deadline_ms) {
  {
    std::vector<std::unique_ptr<Socket>> socks;  // one long generation per slot
    for (int i = 0; i < slots; ++i) {
      socks.push_back(std::make_unique<Socket>(t.port));
      socks.back()->send(
          post("/api/generate",
               "{\"model\":\"" + t.model +
                   "\",\"prompt\":\"Hi\",\"stream\":false,\"options\":{\"num_predict\":1000000,"
                   "\"ignore_eos\":true,\"num_ctx\":100000}}"));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    for (const auto& s : socks) {
      std::string early;
      s->read(early, 0);
      if (!early.empty()) {  // answered at once (refused?): nothing was abandoned
        return {false, "a long request was answered before it was abandoned: HTTP " +
                           std::to_string(status_of(early))};
      }
    }
  }  // all closed
  const auto [status, ms] =
      exchange(t.port,
               post("/api/generate",
                    "{\"model\":\"" + t.model +
                        "\",\"prompt\":\"Hi\",\"stream\":false,\"options\":{\"num_predict\":2}}"),
               deadline_ms);
  return {status == 200 && ms < deadline_ms, "the next request: HTTP " + std::to_string(status) +
                                                 " in " + std::to_string(static_cast<int>(ms)) +
                                                 " ms"};
}

long rss_kib(int pid, const char* key) {
  std::ifstream f("/proc/" + std::to_string(pid) + "/status");
  for (std::string k; f >> k;) {
    if (k == key) {
      long v = 0;
      f >> v;
      return v;
    }
    f.ignore(256, '\n');
  }
  return -1;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "Hostile clients against an Ollama-compatible server on loopback, each bounded in time,\n"
      "while GET /api/version is asked every 20 ms. One line per attack; exit 1 if any failed."};
  Target t;
  int pid = 0, connections = 50, header_deadline_ms = 15'000, idle_deadline_ms = 10'000;
  int flood_n = 100, slots = 1;
  double budget_ms = 100;
  std::size_t chunked_mib = 100;
  std::vector<std::string> only;
  app.add_option("--port", t.port, "The server's port on 127.0.0.1")->required();
  app.add_option("--model", t.model, "A model it serves")->capture_default_str();
  app.add_option("--pid", pid, "The server's process id: report its resident memory");
  app.add_option("--connections", connections, "Slowloris and idle connections")
      ->capture_default_str();
  app.add_option("--header-deadline-ms", header_deadline_ms,
                 "Slow connections must be closed within this")
      ->capture_default_str();
  app.add_option("--idle-deadline-ms", idle_deadline_ms,
                 "Idle keep-alive connections must be closed within this")
      ->capture_default_str();
  app.add_option("--slots", slots, "The server's generation slots (--parallel)")
      ->capture_default_str();
  app.add_option("--flood", flood_n, "Concurrent streams in the flood")->capture_default_str();
  app.add_option("--chunked-mib", chunked_mib, "Size of the chunked body bomb")
      ->capture_default_str();
  app.add_option("--version-budget-ms", budget_ms,
                 "An attack fails when /api/version took longer than this during it")
      ->capture_default_str();
  app.add_option("--only", only, "Run only these attacks");
  CLI11_PARSE(app, argc, argv);

  const std::vector<std::pair<std::string, std::function<Verdict()>>> attacks = {
      {"slowloris", [&] { return slowloris(t, connections, header_deadline_ms); }},
      {"idle-keepalive", [&] { return idle_keepalive(t, connections, idle_deadline_ms); }},
      {"chunked-body", [&] { return chunked_body(t, chunked_mib << 20); }},
      {"option-map", [&] { return option_map(t, 100'000, 30'000); }},
      {"num-ctx-bomb", [&] { return num_ctx_bomb(t, 30'000); }},
      {"flood", [&] { return flood(t, flood_n, 120'000); }},
      {"abandon", [&] { return abandon(t, slots, 10'000); }},
  };
  VersionProbe probe(t.port, std::max(2000, static_cast<int>(2 * budget_ms)));
  bool all_ok = true;
  for (const auto& [name, run] : attacks) {
    if (!only.empty() && std::find(only.begin(), only.end(), name) == only.end()) continue;
    probe.take();
    const auto t0 = Clock::now();
    const Verdict v = run();
    const auto [version_ms, missed] = probe.take();
    const bool ok = v.ok && version_ms <= budget_ms && missed == 0;
    all_ok = all_ok && ok;
    std::printf("%-15s %s  %.0f s  /api/version max %.1f ms (%d missed)", name.c_str(),
                ok ? "PASS" : "FAIL", ms_since(t0) / 1000, version_ms, missed);
    if (pid > 0) std::printf("  rss %ld MiB", rss_kib(pid, "VmRSS:") / 1024);
    std::printf("  %s\n", v.detail.c_str());
    std::fflush(stdout);
  }
  if (pid > 0) std::printf("server peak rss: %ld MiB\n", rss_kib(pid, "VmHWM:") / 1024);
  return all_ok ? 0 : 1;
}
