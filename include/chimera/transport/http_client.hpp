#pragma once
// One HTTP client on libcurl: streaming write callbacks stamped with a monotonic clock, many
// transfers driven concurrently from one thread through the multi interface, keep-alive
// connections reused across calls. No protocol knowledge: bytes in, bytes out.
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace chimera::transport {

struct Timeouts {
  int connect_ms = 10'000;      // TCP (and TLS) connection established
  int first_byte_ms = 300'000;  // first response body byte after sending (prompt eval, queueing)
  int idle_ms = 60'000;         // gap between two body chunks once streaming
  int total_ms = 1'800'000;     // the whole request
};

enum class ErrorKind {
  none,
  connection_refused,
  dns,
  tls,
  connect_timeout,
  first_byte_timeout,
  idle_timeout,
  total_timeout,
  connection_reset,   // closed or reset before any response byte
  closed_mid_stream,  // the connection ended inside a response
  aborted,            // the handler stopped the transfer (protocol error, deadline)
  interrupted,        // Ctrl-C
  other,
};
std::string_view error_kind_name(ErrorKind k);

struct TransferResult {
  ErrorKind error = ErrorKind::none;
  std::string message;  // human text naming the URL; empty when error == none
  long status = 0;      // HTTP status, 0 when none was received
  std::int64_t start_ns = 0, end_ns = 0;
  std::optional<std::int64_t> first_byte_ns;
  std::uint64_t bytes = 0;
  bool reused_connection = false;  // an open keep-alive connection carried the request
};

class StreamHandler {
 public:
  virtual ~StreamHandler() = default;
  // Response body bytes as they arrive. Returning false aborts the transfer (ErrorKind::aborted,
  // with abort_reason()).
  virtual bool on_data(long status, std::string_view bytes, std::int64_t t_ns) = 0;
  // Called at least every 10 ms while the transfer runs; a message aborts it (ErrorKind::aborted).
  virtual std::optional<std::string> on_tick(std::int64_t /*now_ns*/) { return std::nullopt; }
  virtual std::string abort_reason() const { return "stopped by the stream decoder"; }
  // Whether the gap (idle) timeout applies yet. Protocol handlers say "after the first token":
  // servers may send a header chunk at once and then think for a long time before generating.
  virtual bool gap_timeout_applies() const { return true; }
  virtual void on_done(const TransferResult& result) = 0;
};

struct HttpRequest {
  std::string method = "POST";
  std::string url;
  std::string body;
  std::vector<std::string> headers;  // "Name: value"
  Timeouts timeouts;
};

struct Transfer {
  HttpRequest request;
  StreamHandler* handler = nullptr;
};

struct Response {
  TransferResult result;
  std::string body;
};

// Feeds transfers to HttpClient::drive() as room and time allow (closed- and open-loop load).
class TransferSource {
 public:
  virtual ~TransferSource() = default;
  // Transfers to start now; their handlers must live until on_done. Called after completions
  // and at least every few milliseconds.
  virtual std::vector<Transfer> more(std::int64_t now_ns, std::size_t running) = 0;
  // No more transfers will come: drive() returns once the running ones have finished.
  virtual bool exhausted(std::int64_t now_ns) const = 0;
  // When the source next wants to be asked (an open-loop arrival); -1: no particular time.
  virtual std::int64_t next_ns() const { return -1; }
};

class HttpClient {
 public:
  HttpClient();
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  // Runs the transfers concurrently (at most max_parallel at a time) until each has called
  // on_done, in completion order.
  void run(std::span<Transfer> transfers, std::size_t max_parallel = 1024);

  // Starts what the source hands out, as it hands it out, until it is exhausted and every
  // transfer has finished (each calling on_done).
  void drive(TransferSource& source);
  // One blocking request, body collected (for small JSON endpoints).

  Response fetch(const HttpRequest& request);

  // Async-signal-safe: makes every running transfer end with ErrorKind::interrupted.
  static void interrupt();
  static bool interrupted();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chimera::transport
