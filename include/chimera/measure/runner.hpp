#pragma once
// Running measured requests against a backend: retries where safe, warm-up, one record each.
#include <functional>
#include <vector>

#include "chimera/backend/backend.hpp"
#include "chimera/measure/record.hpp"
#include "chimera/transport/http_client.hpp"

namespace chimera::measure {

struct ProbeOptions {
  std::size_t requests = 5;
  std::size_t warmup = 1;
  int retries = 2;  // only where safe: refused/reset before any byte, 429, 503
  int first_token_timeout_ms = 300'000;
  int retry_base_ms = 200;  // backoff: base, 2x base, 4x base, ...
};

// Runs warm-up requests (recorded with warmup = true), then measured ones, one at a time, calling
// on_record after each as it completes. Stops early when interrupted (Ctrl-C), and when the first
// request fails fatally (is_fatal): every other request would fail the same way.
std::vector<RequestRecord> run_probe(
    const backend::Backend& backend, transport::HttpClient& http,
    const backend::GenerateRequest& request, const ProbeOptions& options,
    const std::function<void(const RequestRecord&)>& on_record = {});

// Runs one request with retries; the building block of run_probe and of concurrent runners.
RequestRecord measure_one(const backend::Backend& backend, transport::HttpClient& http,
                          const backend::GenerateRequest& request, const ProbeOptions& options);

// Runs the requests concurrently on one thread (curl multi), no retries; records in input order.
std::vector<RequestRecord> measure_concurrent(const backend::Backend& backend,
                                              transport::HttpClient& http,
                                              const std::vector<backend::GenerateRequest>& requests,
                                              const ProbeOptions& options);

// The record's error kind is one a retry may cure (nothing was streamed yet).
bool retryable(const RequestRecord& r);

// The failure says every request of the run will fail alike: nothing listens (after retries),
// the name or TLS is wrong, the key is refused (401/403), or the model or endpoint is unknown
// (404). Runs stop at such a first failure instead of sending the rest.
bool is_fatal(const RequestRecord& r);

// The backend's preflight (reachable, model known, model file present), with `retries` more
// tries at 200 ms, 400 ms, ... while the server cannot be reached (it may still be starting).
Status preflight(const backend::Backend& backend, transport::HttpClient& http,
                 const std::string& model, int retries = 2);

// The one-line error for a run stopped by its first request's fatal failure.
Error fatal_error(const RequestRecord& first);

}  // namespace chimera::measure
