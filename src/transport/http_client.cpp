#include "chimera/transport/http_client.hpp"

#include "chimera/core/clock.hpp"

#include <curl/curl.h>
#include <sys/epoll.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <list>
#include <stdexcept>
#include <thread>
#include <unordered_map>

namespace chimera::transport {
namespace {

std::atomic<bool> g_interrupted{false};

// curl_global_init once per process, before any thread uses curl.
struct CurlGlobal {
  CurlGlobal() { curl_global_init(CURL_GLOBAL_DEFAULT); }
  ~CurlGlobal() { curl_global_cleanup(); }
};
void ensure_curl() {
  static CurlGlobal global;
}

// RAII for one easy handle and its header list.
struct Easy {
  CURL* h = curl_easy_init();
  curl_slist* headers = nullptr;
  Easy() {
    if (!h) throw std::runtime_error("curl_easy_init failed");
  }
  Easy(const Easy&) = delete;
  Easy& operator=(const Easy&) = delete;
  ~Easy() {
    curl_slist_free_all(headers);
    curl_easy_cleanup(h);
  }
};

struct Running {
  Transfer* t = nullptr;
  std::unique_ptr<Easy> easy;
  TransferResult result;
  std::int64_t last_byte_ns = 0;
  ErrorKind abort_kind = ErrorKind::none;
  std::string abort_message;
  bool handler_aborted = false;
};

size_t on_write(char* ptr, size_t size, size_t n, void* user) {
  auto* r = static_cast<Running*>(user);
  const std::int64_t t = mono_ns();
  const size_t len = size * n;
  if (!r->result.first_byte_ns) {
    r->result.first_byte_ns = t;
    curl_easy_getinfo(r->easy->h, CURLINFO_RESPONSE_CODE, &r->result.status);
  }
  r->last_byte_ns = t;
  r->result.bytes += len;
  if (!r->t->handler->on_data(r->result.status, std::string_view(ptr, len), t)) {
    r->handler_aborted = true;
    return 0;  // makes curl stop with CURLE_WRITE_ERROR
  }
  return len;
}

std::string describe(ErrorKind k, const std::string& url, const std::string& detail) {
  switch (k) {
    case ErrorKind::connection_refused:
      return "connection refused by " + url + " (is the server running at that address?)";
    case ErrorKind::dns:
      return "cannot resolve the host of " + url + " (check the --url host name)";
    case ErrorKind::tls:
      return "TLS failed for " + url + ": " + detail;
    case ErrorKind::connect_timeout:
      return "no connection to " + url + " within the connect timeout";
    case ErrorKind::connection_reset:
      return "the server at " + url + " closed the connection before answering";
    case ErrorKind::closed_mid_stream:
      return "the connection to " + url + " ended mid-response: " + detail;
    default:
      return detail + " (" + url + ")";
  }
}

ErrorKind classify(CURLcode rc, const TransferResult& r) {
  switch (rc) {
    case CURLE_OK:
      return ErrorKind::none;
    case CURLE_COULDNT_CONNECT:
      return ErrorKind::connection_refused;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
      return ErrorKind::dns;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
      return ErrorKind::tls;
    case CURLE_OPERATION_TIMEDOUT:
      return r.bytes == 0 && r.status == 0 ? ErrorKind::connect_timeout : ErrorKind::total_timeout;
    case CURLE_GOT_NOTHING:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_PARTIAL_FILE:
      return r.bytes == 0 ? ErrorKind::connection_reset : ErrorKind::closed_mid_stream;
    default:
      return r.bytes == 0 ? ErrorKind::other : ErrorKind::closed_mid_stream;
  }
}

}  // namespace

std::string_view error_kind_name(ErrorKind k) {
  static constexpr std::string_view kNames[] = {"none",
                                                "connection_refused",
                                                "dns",
                                                "tls",
                                                "connect_timeout",
                                                "first_byte_timeout",
                                                "idle_timeout",
                                                "total_timeout",
                                                "connection_reset",
                                                "closed_mid_stream",
                                                "aborted",
                                                "interrupted",
                                                "other"};
  return kNames[static_cast<int>(k)];
}

constexpr std::int64_t kScanIntervalNs = 5'000'000;

struct HttpClient::Impl {
  CURLM* multi = nullptr;
  // Event-driven: curl tells us which sockets to watch (epoll) and when to call it back, so the
  // cost of a wake-up does not grow with the number of streams (curl_multi_perform visits every
  // transfer on each call).
  int epfd = -1;
  std::int64_t curl_deadline_ns = -1;  // when curl wants to be called back; -1: no timer

  Impl() {
    ensure_curl();
    multi = curl_multi_init();
    epfd = ::epoll_create1(EPOLL_CLOEXEC);
    if (!multi || epfd < 0)
      throw std::runtime_error("cannot initialise the HTTP client (curl multi / epoll)");
    curl_multi_setopt(multi, CURLMOPT_MAXCONNECTS, 2048L);
    curl_multi_setopt(multi, CURLMOPT_SOCKETFUNCTION, on_socket);
    curl_multi_setopt(multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(multi, CURLMOPT_TIMERFUNCTION, on_timer);
    curl_multi_setopt(multi, CURLMOPT_TIMERDATA, this);
  }
  ~Impl() {
    curl_multi_cleanup(multi);
    ::close(epfd);
  }

  static int on_socket(CURL*, curl_socket_t s, int what, void* user, void*) {
    auto* self = static_cast<Impl*>(user);
    epoll_event ev{};
    ev.data.fd = s;
    if (what == CURL_POLL_REMOVE) {
      ::epoll_ctl(self->epfd, EPOLL_CTL_DEL, s, nullptr);
      return 0;
    }
    ev.events = (what & CURL_POLL_IN ? EPOLLIN : 0u) | (what & CURL_POLL_OUT ? EPOLLOUT : 0u);
    if (::epoll_ctl(self->epfd, EPOLL_CTL_MOD, s, &ev) != 0)
      ::epoll_ctl(self->epfd, EPOLL_CTL_ADD, s, &ev);
    return 0;
  }

  static int on_timer(CURLM*, long timeout_ms, void* user) {
    static_cast<Impl*>(user)->curl_deadline_ns =
        timeout_ms < 0 ? -1 : mono_ns() + timeout_ms * 1'000'000;
    return 0;
  }

  // Waits for socket activity or curl's timer (at most max_wait_ms) and lets curl act on it.
  void step(int max_wait_ms) {
    int still = 0;
    int wait = max_wait_ms;
    if (curl_deadline_ns >= 0) {
      const std::int64_t left_ms = (curl_deadline_ns - mono_ns() + 999'999) / 1'000'000;
      wait = static_cast<int>(std::clamp<std::int64_t>(left_ms, 0, wait));
    }
    epoll_event events[64];
    const int n = ::epoll_wait(epfd, events, 64, wait);
    for (int i = 0; i < n; ++i) {
      int flags = 0;
      if (events[i].events & EPOLLIN) flags |= CURL_CSELECT_IN;
      if (events[i].events & EPOLLOUT) flags |= CURL_CSELECT_OUT;
      if (events[i].events & (EPOLLERR | EPOLLHUP)) flags |= CURL_CSELECT_ERR;
      curl_multi_socket_action(multi, events[i].data.fd, flags, &still);
    }
    // curl's own timer, even while sockets keep it busy (a starved timer would stall connects).
    if (curl_deadline_ns >= 0 && mono_ns() >= curl_deadline_ns) {
      curl_deadline_ns = -1;
      curl_multi_socket_action(multi, CURL_SOCKET_TIMEOUT, 0, &still);
    }
  }

  void start(Running& r) {
    const HttpRequest& q = r.t->request;
    r.easy = std::make_unique<Easy>();
    CURL* h = r.easy->h;
    curl_easy_setopt(h, CURLOPT_URL, q.url.c_str());
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_TCP_NODELAY, 1L);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(q.timeouts.connect_ms));
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(q.timeouts.total_ms));
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_write);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &r);
    curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "identity");
    for (const auto& hd : q.headers)
      r.easy->headers = curl_slist_append(r.easy->headers, hd.c_str());
    if (q.method == "POST") {
      r.easy->headers = curl_slist_append(r.easy->headers, "Content-Type: application/json");
      r.easy->headers =
          curl_slist_append(r.easy->headers, "Expect:");  // no 100-continue round trip
      curl_easy_setopt(h, CURLOPT_POSTFIELDS, q.body.c_str());
      curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, static_cast<long>(q.body.size()));
    } else if (q.method != "GET") {
      curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, q.method.c_str());
    }
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, r.easy->headers);
    curl_easy_setopt(h, CURLOPT_PRIVATE, &r);
    r.result.start_ns = mono_ns();
    curl_multi_add_handle(multi, h);
  }

  // Our own deadlines (first byte, idle gap) and the handler's (e.g. first token).
  void check_deadlines(Running& r, std::int64_t now) {
    if (r.abort_kind != ErrorKind::none) return;
    const auto& to = r.t->request.timeouts;
    if (g_interrupted.load()) {
      r.abort_kind = ErrorKind::interrupted;
      r.abort_message = "interrupted (Ctrl-C); what was measured is kept";
    } else if (!r.result.first_byte_ns &&
               now - r.result.start_ns > std::int64_t{to.first_byte_ms} * 1'000'000) {
      r.abort_kind = ErrorKind::first_byte_timeout;
      r.abort_message = "no response within " + std::to_string(to.first_byte_ms) + " ms from " +
                        r.t->request.url +
                        " (raise --first-token-timeout if the model is slow to load)";
    } else if (r.result.first_byte_ns && r.t->handler->gap_timeout_applies() &&
               now - r.last_byte_ns > std::int64_t{to.idle_ms} * 1'000'000) {
      r.abort_kind = ErrorKind::idle_timeout;
      r.abort_message = "the stream from " + r.t->request.url + " stalled for more than " +
                        std::to_string(to.idle_ms) + " ms (--gap-timeout)";
    } else if (auto msg = r.t->handler->on_tick(now)) {
      r.abort_kind = ErrorKind::aborted;
      r.abort_message = *msg;
    }
  }

  void finish(Running& r, CURLcode rc) {
    long connects = 0;
    curl_easy_getinfo(r.easy->h, CURLINFO_NUM_CONNECTS, &connects);
    r.result.reused_connection = connects == 0 && rc == CURLE_OK;
    curl_multi_remove_handle(multi, r.easy->h);
    if (r.result.status == 0)
      curl_easy_getinfo(r.easy->h, CURLINFO_RESPONSE_CODE, &r.result.status);
    r.result.end_ns = mono_ns();
    if (r.abort_kind != ErrorKind::none) {
      r.result.error = r.abort_kind;
      r.result.message = r.abort_message;
    } else if (r.handler_aborted) {
      r.result.error = ErrorKind::aborted;
      r.result.message = r.t->handler->abort_reason();
    } else {
      r.result.error = classify(rc, r.result);
      if (r.result.error == ErrorKind::total_timeout) {
        r.result.message = "the request to " + r.t->request.url + " took longer than " +
                           std::to_string(r.t->request.timeouts.total_ms) + " ms (--total-timeout)";
      } else if (r.result.error != ErrorKind::none) {
        r.result.message = describe(r.result.error, r.t->request.url, curl_easy_strerror(rc));
      }
    }
    r.easy.reset();
    r.t->handler->on_done(r.result);
  }

  void drive(TransferSource& src) {
    struct Slot {
      Transfer t;
      Running r;
    };
    std::list<Slot> slots;
    std::unordered_map<Running*, std::list<Slot>::iterator> where;
    const auto retire = [&](Running* r, CURLcode rc) {
      finish(*r, rc);
      const auto it = where.find(r);
      slots.erase(it->second);
      where.erase(it);
    };
    std::int64_t last_scan = 0;
    for (;;) {
      std::int64_t now = mono_ns();
      if (now - last_scan >= kScanIntervalNs) {
        last_scan = now;
        std::vector<Running*> aborted;
        for (auto& s : slots) {
          check_deadlines(s.r, now);
          if (s.r.abort_kind != ErrorKind::none) aborted.push_back(&s.r);
        }
        for (auto* r : aborted) retire(r, CURLE_ABORTED_BY_CALLBACK);
      }
      int left = 0;
      while (CURLMsg* m = curl_multi_info_read(multi, &left)) {
        if (m->msg != CURLMSG_DONE) continue;
        Running* r = nullptr;
        curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, reinterpret_cast<char**>(&r));
        retire(r, m->data.result);
      }
      now = mono_ns();
      for (auto& t : src.more(now, slots.size())) {
        slots.push_back(Slot{std::move(t), Running{}});
        auto it = std::prev(slots.end());
        it->r.t = &it->t;
        where[&it->r] = it;
        start(it->r);
      }
      if (slots.empty() && src.exhausted(now)) break;
      // Wait for data, curl's timer, or the source's next arrival, whichever comes first.
      const std::int64_t next = src.next_ns();
      const std::int64_t until_next = next >= 0 ? std::max<std::int64_t>(next - mono_ns(), 0) : -1;
      if (slots.empty()) {
        const std::int64_t ns =
            until_next >= 0 ? std::min<std::int64_t>(until_next, 1'000'000) : 1'000'000;
        std::this_thread::sleep_for(std::chrono::nanoseconds(ns));
      } else {
        const int wait = until_next >= 0
                             ? static_cast<int>(std::min<std::int64_t>(until_next / 1'000'000, 5))
                             : 5;
        step(wait);
      }
    }
  }

  void run(std::span<Transfer> transfers, std::size_t max_parallel) {
    std::vector<Running> running(transfers.size());
    std::size_t next = 0, active = 0, done = 0;
    const auto launch = [&] {
      while (next < transfers.size() && active < max_parallel) {
        running[next].t = &transfers[next];
        start(running[next++]);
        ++active;
      }
    };
    launch();
    std::int64_t last_scan = 0;
    while (done < transfers.size()) {
      const std::int64_t now = mono_ns();
      // Deadlines are checked every few ms, not on every wake-up: with hundreds of streams the
      // scan would otherwise cost more than the data.
      if (now - last_scan >= kScanIntervalNs) {
        last_scan = now;
        for (auto& r : running) {
          if (!r.easy) continue;
          check_deadlines(r, now);
          if (r.abort_kind != ErrorKind::none) {
            finish(r, CURLE_ABORTED_BY_CALLBACK);
            --active, ++done;
          }
        }
      }
      int left = 0;
      while (CURLMsg* m = curl_multi_info_read(multi, &left)) {
        if (m->msg != CURLMSG_DONE) continue;
        Running* r = nullptr;
        curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, reinterpret_cast<char**>(&r));
        const CURLcode rc = m->data.result;
        finish(*r, rc);
        --active, ++done;
      }
      launch();
      if (done < transfers.size()) step(5);
    }
  }
};

namespace {
// Collects a whole body for fetch().
class Collect final : public StreamHandler {
 public:
  Response& out;
  explicit Collect(Response& o) : out(o) {}
  bool on_data(long, std::string_view bytes, std::int64_t) override {
    out.body.append(bytes);
    return out.body.size() < (64u << 20);
  }
  std::string abort_reason() const override { return "response body over 64 MiB"; }
  void on_done(const TransferResult& r) override { out.result = r; }
};
}  // namespace

HttpClient::HttpClient() : impl_(std::make_unique<Impl>()) {}
HttpClient::~HttpClient() = default;

void HttpClient::drive(TransferSource& source) {
  impl_->drive(source);
}

void HttpClient::run(std::span<Transfer> transfers, std::size_t max_parallel) {
  impl_->run(transfers, std::max<std::size_t>(1, max_parallel));
}

Response HttpClient::fetch(const HttpRequest& request) {
  Response resp;
  Collect c(resp);
  Transfer t{request, &c};
  impl_->run(std::span<Transfer>(&t, 1), 1);
  return resp;
}

void HttpClient::interrupt() {
  g_interrupted.store(true);
}
bool HttpClient::interrupted() {
  return g_interrupted.load();
}

}  // namespace chimera::transport
