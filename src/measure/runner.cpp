#include <chrono>
#include <thread>

#include "chimera/core/clock.hpp"
#include "chimera/measure/runner.hpp"
#include "recorder_handler.hpp"

namespace chimera::measure {
namespace {

using detail::Recorder;

// The in-process path: the backend generates straight into the recorder's DecodeSink.
RequestRecord attempt_in_process(const backend::Backend& b, const backend::GenerateRequest& q,
                                 const ProbeOptions& o) {
  RequestRecord rec;
  rec.backend = std::string(b.kind());
  rec.model = q.model;
  rec.url = "in-process";
  Recorder recorder(b, q, rec, o.first_token_timeout_ms);
  rec.timeline.send_ns = mono_ns();
  b.generate(q, recorder);
  recorder.finish_in_process();
  rec.metrics = stats::derive(rec.timeline, rec.server);
  return rec;
}

RequestRecord attempt(const backend::Backend& b, transport::HttpClient& http,
                      const backend::GenerateRequest& q, const ProbeOptions& o) {
  if (b.in_process()) return attempt_in_process(b, q, o);
  RequestRecord rec;
  rec.backend = std::string(b.kind());
  rec.model = q.model;
  transport::Transfer t{b.build(q), nullptr};
  rec.url = t.request.url;
  Recorder recorder(b, q, rec, o.first_token_timeout_ms);
  t.handler = &recorder;
  rec.timeline.send_ns = mono_ns();
  http.run(std::span<transport::Transfer>(&t, 1), 1);
  rec.metrics = stats::derive(rec.timeline, rec.server);
  return rec;
}

}  // namespace

std::vector<RequestRecord> measure_concurrent(const backend::Backend& b,
                                              transport::HttpClient& http,
                                              const std::vector<backend::GenerateRequest>& qs,
                                              const ProbeOptions& o) {
  std::vector<RequestRecord> recs(qs.size());
  if (b.in_process()) {  // one engine, one request at a time
    for (std::size_t i = 0; i < qs.size(); ++i) {
      recs[i] = attempt_in_process(b, qs[i], o);
      recs[i].index = i;
    }
    return recs;
  }
  std::vector<std::unique_ptr<Recorder>> recorders;
  std::vector<transport::Transfer> transfers;
  for (std::size_t i = 0; i < qs.size(); ++i) {
    recs[i].index = i;
    recs[i].backend = std::string(b.kind());
    recs[i].model = qs[i].model;
    transfers.push_back({b.build(qs[i]), nullptr});
    recs[i].url = transfers.back().request.url;
    recorders.push_back(std::make_unique<Recorder>(b, qs[i], recs[i], o.first_token_timeout_ms));
    transfers.back().handler = recorders.back().get();
  }
  const std::int64_t start = mono_ns();  // all are handed to curl together
  for (auto& r : recs) r.timeline.send_ns = start;
  http.run(transfers);
  for (auto& r : recs) r.metrics = stats::derive(r.timeline, r.server);
  return recs;
}

namespace {
bool cannot_connect(Failure f) {
  return f == Failure::connection_refused || f == Failure::dns || f == Failure::connect_timeout;
}
}  // namespace

bool retryable(const RequestRecord& r) {
  if (r.ok) return false;
  if (r.error_kind == Failure::connection_refused || r.error_kind == Failure::connection_reset)
    return true;
  return r.error_kind == Failure::http_error && (r.http_status == 429 || r.http_status == 503);
}

bool is_fatal(const RequestRecord& r) {
  if (r.ok) return false;
  if (cannot_connect(r.error_kind) || r.error_kind == Failure::tls) return true;
  return r.error_kind == Failure::http_error &&
         (r.http_status == 401 || r.http_status == 403 || r.http_status == 404);
}

Status preflight(const backend::Backend& b, transport::HttpClient& http, const std::string& model,
                 int retries) {
  for (int k = 0;; ++k) {
    auto st = b.preflight(http, model);
    if (st || k >= retries || transport::HttpClient::interrupted() ||
        st.error().message.rfind("cannot reach", 0) != 0)
      return st;
    std::this_thread::sleep_for(std::chrono::milliseconds(200 << k));
  }
}

Error fatal_error(const RequestRecord& first) {
  std::string hint = "nothing else was sent: every request would fail the same way";
  if (cannot_connect(first.error_kind)) hint = "start the server or point --url at it; " + hint;
  return Error{ErrorCode::input, "the first request failed: " + first.error, hint};
}

RequestRecord measure_one(const backend::Backend& b, transport::HttpClient& http,
                          const backend::GenerateRequest& q, const ProbeOptions& o) {
  RequestRecord rec = attempt(b, http, q, o);
  for (int k = 0; k < o.retries && retryable(rec) && !transport::HttpClient::interrupted(); ++k) {
    std::this_thread::sleep_for(std::chrono::milliseconds(o.retry_base_ms << k));
    const int attempts = rec.attempts + 1;
    rec = attempt(b, http, q, o);
    rec.attempts = attempts;
  }
  return rec;
}

std::vector<RequestRecord> run_probe(const backend::Backend& b, transport::HttpClient& http,
                                     const backend::GenerateRequest& q, const ProbeOptions& o,
                                     const std::function<void(const RequestRecord&)>& on_record) {
  std::vector<RequestRecord> out;
  const std::size_t total = o.warmup + o.requests;
  for (std::size_t i = 0; i < total && !transport::HttpClient::interrupted(); ++i) {
    RequestRecord rec = measure_one(b, http, q, o);
    rec.warmup = i < o.warmup;
    rec.index = rec.warmup ? i : i - o.warmup;
    if (on_record) on_record(rec);
    const bool stop = i == 0 && is_fatal(rec);
    out.push_back(std::move(rec));
    if (stop) break;
  }
  return out;
}

}  // namespace chimera::measure
