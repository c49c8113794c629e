#include "http.hpp"

#include <array>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "chimera/core/json_writer.hpp"

namespace chimera::serve::http {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = net::ip::tcp;
using error_code = boost::system::error_code;

std::string status_line(int status) {
  const auto reason = bhttp::obsolete_reason(static_cast<bhttp::status>(status));
  return "HTTP/1.1 " + std::to_string(status) + " " + std::string(reason) + "\r\n";
}

std::string head(int status, const std::string& content_type, const std::string& framing,
                 bool keep_alive) {
  std::string h = status_line(status);
  if (!content_type.empty()) h += "Content-Type: " + content_type + "\r\n";
  h += framing;
  h += keep_alive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
  return h;
}

std::string chunk(std::string_view data) {
  char size[20];
  std::snprintf(size, sizeof size, "%zx\r\n", data.size());
  std::string c = size;
  c.append(data);
  return c + "\r\n";
}

class Conn;

// One request's response side; forwards to its connection on the connection's strand.
class Ex final : public Exchange {
 public:
  Ex(std::shared_ptr<Conn> conn, bool head_only) : conn_(std::move(conn)), head_only_(head_only) {}
  ~Ex() override;
  void reply(int status, const std::string& content_type, std::string body) override;
  void begin(int status, const std::string& content_type) override;
  bool write(std::string chunk) override;
  void finish() override;
  const std::atomic<bool>& gone() const override { return gone_; }
  void set_gone() { gone_ = true; }

 private:
  enum State { idle, streaming, done };
  std::shared_ptr<Conn> conn_;
  bool head_only_;
  std::atomic<int> state_{idle};
  std::atomic<bool> gone_{false};
};

struct Shared {
  Limits limits;
  Handler handler;
  std::atomic<int> connections{0};
  // Every connection, so that stopping can release the ones whose response never finished (a
  // connection and its pending exchange hold each other until the response ends).
  std::mutex mu;
  std::vector<std::weak_ptr<Conn>> live;
};

class Conn : public std::enable_shared_from_this<Conn> {
 public:
  Conn(tcp::socket socket, std::shared_ptr<Shared> shared)
      : socket_(std::move(socket)), deadline_(socket_.get_executor()), s_(std::move(shared)) {
    ++s_->connections;
  }
  ~Conn() { --s_->connections; }

  void start() { read_header(s_->limits.header_timeout_ms); }

  // Called on the strand by Ex.
  void send(std::string bytes, bool final) {
    if (closed_) return;
    pending_ += bytes.size();
    out_.push_back(std::move(bytes));
    final_queued_ = final_queued_ || final;
    if (!writing_) do_write();
  }
  void drop() { close(); }              // the client stopped reading
  void release() { current_.reset(); }  // the server stopped: nothing will answer any more
  bool keep_alive() const { return keep_alive_; }
  std::size_t pending() const { return pending_; }
  const Limits& limits() const { return s_->limits; }
  template <class F>
  void post(F&& f) {
    net::post(socket_.get_executor(), std::forward<F>(f));
  }

 private:
  enum class Phase { header, body, handling, idle };

  void arm(int ms) {
    const auto gen = ++deadline_gen_;
    deadline_.expires_after(std::chrono::milliseconds(ms));
    deadline_.async_wait([self = shared_from_this(), gen](error_code ec) {
      if (!ec && gen == self->deadline_gen_) self->on_timeout();
    });
  }
  void disarm() {
    ++deadline_gen_;
    deadline_.cancel();
  }

  void read_header(int timeout_ms) {
    phase_ = Phase::header;
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(s_->limits.header_bytes));
    parser_->body_limit(s_->limits.body_bytes);
    arm(timeout_ms);
    bhttp::async_read_header(
        socket_, buffer_, *parser_,
        [self = shared_from_this()](error_code ec, std::size_t) { self->on_header(ec); });
  }

  void on_header(error_code ec) {
    if (closed_ || timed_out_) return;
    if (ec) return fail_read(ec);
    phase_ = Phase::body;
    const auto& req = parser_->get();
    if (beast::iequals(req[bhttp::field::expect], "100-continue") && !parser_->is_done())
      send("HTTP/1.1 100 Continue\r\n\r\n", false);
    if (parser_->is_done()) return on_body({});
    arm(s_->limits.body_timeout_ms);
    bhttp::async_read(socket_, buffer_, *parser_,
                      [self = shared_from_this()](error_code e, std::size_t) { self->on_body(e); });
  }

  void fail_read(error_code ec) {
    if (ec == bhttp::error::body_limit) {
      return refuse(413, "request body larger than the server's limit of " +
                             std::to_string(s_->limits.body_bytes) + " bytes");
    }
    if (ec == bhttp::error::header_limit) return refuse(431, "request headers too large");
    if (ec == bhttp::error::end_of_stream || ec == net::error::eof ||
        ec == net::error::operation_aborted || ec == net::error::connection_reset) {
      return close();
    }
    refuse(400, "malformed HTTP request: " + ec.message());
  }

  // An error answer, then the connection closes (its input is not trustworthy any more).
  void refuse(int status, const std::string& message) {
    keep_alive_ = false;
    linger_ = true;  // the client may still be sending: read it off after the answer
    phase_ = Phase::handling;
    std::string body = "{\"error\":";
    JsonWriter::append_string(body, message);
    body += "}";
    send(head(status, "application/json", "Content-Length: " + std::to_string(body.size()) + "\r\n",
              false) +
             body,
         true);
  }

  void on_body(error_code ec) {
    if (closed_ || timed_out_) return;
    if (ec) return fail_read(ec);
    disarm();
    phase_ = Phase::handling;
    auto& msg = parser_->get();
    keep_alive_ = msg.keep_alive();
    Request req;
    req.method = std::string(msg.method_string());
    const std::string_view target(msg.target().data(), msg.target().size());
    const auto q = target.find('?');
    req.path = std::string(target.substr(0, q));
    if (q != std::string_view::npos) req.query = std::string(target.substr(q + 1));
    req.authorization = std::string(msg[bhttp::field::authorization]);
    req.content_type = std::string(msg[bhttp::field::content_type]);
    req.body = std::move(msg.body());
    parser_.reset();
    response_done_ = false;
    current_ = std::make_shared<Ex>(shared_from_this(), req.method == "HEAD");
    watch();
    auto ex = current_;
    try {
      s_->handler(req, ex);
    } catch (const std::exception& e) {
      ex->reply(500, "application/json", "{\"error\":\"internal error\"}");
    }
  }

  // While a request is handled, a read that ends in EOF or a reset says the client left; bytes
  // (a pipelined next request) are kept for the next read.
  void watch() {
    watching_ = true;
    socket_.async_read_some(
        buffer_.prepare(4096),
        [self = shared_from_this()](error_code ec, std::size_t n) { self->on_watch(ec, n); });
  }
  void on_watch(error_code ec, std::size_t n) {
    watching_ = false;
    if (closed_) return;
    if (ec) return close();
    buffer_.commit(n);
    if (response_done_) read_header(s_->limits.header_timeout_ms);
  }

  void do_write() {
    writing_ = true;
    arm(s_->limits.write_timeout_ms);
    net::async_write(
        socket_, net::buffer(out_.front()),
        [self = shared_from_this()](error_code ec, std::size_t) { self->on_write(ec); });
  }
  void on_write(error_code ec) {
    pending_ -= out_.front().size();
    out_.pop_front();
    writing_ = false;
    if (closed_) return;
    if (ec) return close();
    if (!out_.empty()) return do_write();
    disarm();
    if (final_queued_) on_response_done();
  }

  void on_response_done() {
    final_queued_ = false;
    response_done_ = true;
    current_.reset();
    if (linger_) return linger();
    if (!keep_alive_) return close();
    phase_ = Phase::idle;
    if (watching_) return arm(s_->limits.idle_timeout_ms);  // the watch read becomes the next
    read_header(s_->limits.header_timeout_ms);              // bytes already here
  }

  // After refusing a request mid-upload: stop sending, and read off (and drop) what the client
  // still sends for a while, so that closing does not reset the connection before the client has
  // read the answer (a close with unread input sends RST, which discards it).
  void linger() {
    linger_ = false;
    error_code ignored;
    socket_.shutdown(tcp::socket::shutdown_send, ignored);
    phase_ = Phase::idle;
    arm(2000);
    drain();
  }
  void drain() {
    if (drained_ > (16u << 20)) return close();
    socket_.async_read_some(net::buffer(sink_),
                            [self = shared_from_this()](error_code ec, std::size_t n) {
                              self->drained_ += n;
                              if (ec || self->closed_) return self->close();
                              self->drain();
                            });
  }

  void on_timeout() {
    if (closed_) return;
    if (((phase_ == Phase::header && buffer_.size() > 0) || phase_ == Phase::body) && !writing_) {
      timed_out_ = true;  // the pending read completes as aborted and is ignored
      error_code ignored;
      socket_.cancel(ignored);
      return refuse(408, "request not received in time");
    }
    close();  // idle keep-alive, a client that does not read, or a request that never came
  }

  void close() {
    if (closed_) return;
    closed_ = true;
    if (current_) current_->set_gone();
    current_.reset();  // its exchange may outlive us (a generation still running): no cycle
    error_code ignored;
    socket_.shutdown(tcp::socket::shutdown_both, ignored);
    socket_.close(ignored);
    deadline_.cancel();
  }

  tcp::socket socket_;
  net::steady_timer deadline_;
  std::shared_ptr<Shared> s_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  std::shared_ptr<Ex> current_;
  std::deque<std::string> out_;
  std::atomic<std::size_t> pending_{0};
  std::uint64_t deadline_gen_ = 0;
  Phase phase_ = Phase::header;
  bool writing_ = false, watching_ = false, final_queued_ = false, response_done_ = true;
  bool keep_alive_ = true, closed_ = false, timed_out_ = false, linger_ = false;
  std::array<char, 16384> sink_{};
  std::size_t drained_ = 0;
};

Ex::~Ex() {
  if (state_ == idle && !gone_) {  // the handler never answered: the client still gets one
    conn_->post([c = conn_, h = head_only_] {
      const std::string body = "{\"error\":\"the server gave no response\"}";
      c->send(head(500, "application/json",
                   "Content-Length: " + std::to_string(body.size()) + "\r\n", c->keep_alive()) +
                  (h ? std::string() : body),
              true);
    });
  }
}

void Ex::reply(int status, const std::string& content_type, std::string body) {
  int expected = idle;
  if (!state_.compare_exchange_strong(expected, done)) return;
  conn_->post([c = conn_, status, content_type, body = std::move(body), h = head_only_] {
    c->send(head(status, content_type, "Content-Length: " + std::to_string(body.size()) + "\r\n",
                 c->keep_alive()) +
                (h ? std::string() : body),
            true);
  });
}

void Ex::begin(int status, const std::string& content_type) {
  int expected = idle;
  if (!state_.compare_exchange_strong(expected, streaming)) return;
  conn_->post([c = conn_, status, content_type] {
    c->send(head(status, content_type, "Transfer-Encoding: chunked\r\n", c->keep_alive()), false);
  });
}

bool Ex::write(std::string data) {
  if (gone_ || state_ != streaming) return false;
  if (data.empty()) return true;
  if (conn_->pending() > conn_->limits().max_pending_write) {  // the client is not reading
    gone_ = true;
    conn_->post([c = conn_] { c->drop(); });
    return false;
  }
  conn_->post([c = conn_, d = chunk(data)]() mutable { c->send(std::move(d), false); });
  return true;
}

void Ex::finish() {
  int expected = streaming;
  if (!state_.compare_exchange_strong(expected, done)) return;
  conn_->post([c = conn_] { c->send("0\r\n\r\n", true); });
}

}  // namespace

struct Server::Impl {
  net::io_context ioc;
  std::optional<tcp::acceptor> acceptor;
  std::optional<net::steady_timer> retry;
  std::shared_ptr<Shared> shared = std::make_shared<Shared>();
  std::vector<std::thread> threads;
  int port = 0;
  bool stopped = false;

  void accept() {
    acceptor->async_accept(net::make_strand(ioc), [this](error_code ec, tcp::socket socket) {
      if (ec == net::error::operation_aborted || !acceptor->is_open()) return;
      if (ec) {  // out of descriptors, say: try again shortly instead of spinning
        retry->expires_after(std::chrono::milliseconds(50));
        retry->async_wait([this](error_code e) {
          if (!e) accept();
        });
        return;
      }
      if (shared->connections >= shared->limits.max_connections) {
        error_code ignored;
        socket.close(ignored);
      } else {
        error_code ignored;
        socket.set_option(tcp::no_delay(true), ignored);  // each token goes out at once
        auto conn = std::make_shared<Conn>(std::move(socket), shared);
        {
          std::lock_guard lock(shared->mu);
          std::erase_if(shared->live, [](const auto& w) { return w.expired(); });
          shared->live.push_back(conn);
        }
        conn->start();
      }
      accept();
    });
  }
};

Server::Server() : impl_(std::make_unique<Impl>()) {}
Server::~Server() {
  stop();
}

Status Server::start(const std::string& host, int port, const Limits& limits, Handler handler) {
  Impl& m = *impl_;
  m.shared->limits = limits;
  m.shared->handler = std::move(handler);
  error_code ec;
  tcp::resolver resolver(m.ioc);
  const auto found = resolver.resolve(host, std::to_string(port), ec);
  const auto fail = [&](const std::string& what) {
    return Error{ErrorCode::io,
                 "cannot listen on " + host + ":" + std::to_string(port) + ": " + what,
                 "is another server (Ollama?) using that port? pick another with --port"};
  };
  if (ec || found.empty()) return fail(ec ? ec.message() : "no address");
  const tcp::endpoint ep = found.begin()->endpoint();
  m.acceptor.emplace(m.ioc);
  m.retry.emplace(m.ioc);
  // The port is ours alone: SO_REUSEADDR only (no SO_REUSEPORT), so a second server on the same
  // port fails to bind instead of sharing it.
  if (m.acceptor->open(ep.protocol(), ec); ec) return fail(ec.message());
  m.acceptor->set_option(net::socket_base::reuse_address(true), ec);
  if (m.acceptor->bind(ep, ec); ec) return fail(ec.message());
  if (m.acceptor->listen(net::socket_base::max_listen_connections, ec); ec)
    return fail(ec.message());
  m.port = m.acceptor->local_endpoint().port();
  m.accept();
  for (int i = 0; i < std::max(1, limits.io_threads); ++i)
    m.threads.emplace_back([&m] { m.ioc.run(); });
  return ok_status();
}

void Server::stop() {
  Impl& m = *impl_;
  if (m.stopped) return;
  m.stopped = true;
  if (m.acceptor) {
    net::post(m.ioc, [&m] {
      error_code ignored;
      m.acceptor->close(ignored);
      m.retry->cancel();
    });
  }
  m.ioc.stop();
  for (auto& t : m.threads) t.join();
  m.threads.clear();
  std::lock_guard lock(m.shared->mu);  // no I/O thread runs now
  for (auto& w : m.shared->live) {
    if (auto c = w.lock()) c->release();
  }
  m.shared->live.clear();
}

int Server::port() const {
  return impl_->port;
}

}  // namespace chimera::serve::http
