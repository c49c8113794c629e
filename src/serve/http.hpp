#pragma once
// The HTTP/1.1 layer of `chimera serve`: event-driven (Boost.Beast over Asio), so no thread is
// held per connection, per idle keep-alive or per queued request. Every phase has a deadline
// (headers, body, idle keep-alive, a stalled write), the body cap holds for chunked bodies too
// (Beast's parser counts decoded bytes), the listen backlog is the system's, and a client that
// goes away is noticed while its request waits or generates (Exchange::gone()).
#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "chimera/core/error.hpp"

namespace chimera::serve::http {

struct Limits {
  std::size_t header_bytes = 64u << 10;       // request line + headers (431 beyond)
  std::size_t body_bytes = 32u << 20;         // decoded body, chunked or not (413 beyond)
  int header_timeout_ms = 10'000;             // the whole header, from its first byte
  int body_timeout_ms = 30'000;               // the whole body, after the header
  int idle_timeout_ms = 5'000;                // a keep-alive connection with no request
  int write_timeout_ms = 60'000;              // a response the client does not read
  std::size_t max_pending_write = 16u << 20;  // unread response bytes before the client is dropped
  int max_connections = 4096;                 // beyond: accepted and closed at once
  int io_threads = 2;
};

struct Request {
  std::string method, path, query, body;
  std::string authorization, content_type;
};

// The response side of one request. Thread-safe: the handler may answer at once or later from
// any thread. One of reply() or begin() ... finish(); anything after is ignored.
class Exchange {
 public:
  virtual ~Exchange() = default;
  virtual void reply(int status, const std::string& content_type, std::string body) = 0;
  virtual void begin(int status, const std::string& content_type) = 0;  // chunked stream
  // Queues a chunk; false once the client is gone (closed, reset, or not reading).
  virtual bool write(std::string chunk) = 0;
  virtual void finish() = 0;
  // Set when the client closed or reset its connection (also while the request waits in a
  // queue), or stopped reading: its work should stop.
  virtual const std::atomic<bool>& gone() const = 0;
};

using Handler = std::function<void(const Request&, std::shared_ptr<Exchange>)>;

class Server {
 public:
  Server();
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds host:port exclusively (0 picks a free port) and serves on io_threads threads.
  Status start(const std::string& host, int port, const Limits& limits, Handler handler);
  void stop();  // closes every connection; idempotent
  int port() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chimera::serve::http
