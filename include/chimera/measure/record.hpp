#pragma once
// One measured request: raw client timestamps, the server's own figures, the text, and the
// metrics derived from them (stats::derive). Failures are records too. Plain data: report
// writers render it without knowing any backend.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "chimera/stats/request_metrics.hpp"

namespace chimera::measure {

// Why a request failed: the transport's kinds (transport::ErrorKind, same names) plus what the
// protocol layer found. Typed so that retry, fatality and summaries never compare strings; the
// name is what writers print and stores keep.
enum class Failure {
  none,
  connection_refused,
  dns,
  tls,
  connect_timeout,
  first_byte_timeout,
  idle_timeout,
  total_timeout,
  connection_reset,
  closed_mid_stream,
  aborted,
  interrupted,
  other,
  first_token_timeout,  // bytes arrived but no token within --first-token-timeout
  http_error,           // the server answered 4xx/5xx (http_status says which)
  stream_error,         // the server reported an error inside the stream
  engine_error,         // the embedded engine failed
  malformed_stream,     // lines or events that are not the protocol
  incomplete_stream,    // the stream ended without its final record
};
std::string_view failure_name(Failure f);
// The kind named `name` (as failure_name writes it); Failure::other for an unknown name.
Failure failure_from_name(std::string_view name);

struct RequestRecord {
  std::size_t index = 0;  // 0-based among the measured requests (warm-ups counted separately)
  bool warmup = false;
  std::string backend, url, model;
  stats::Timeline timeline;
  stats::ServerFigures server;
  stats::RequestMetrics metrics;
  std::string text, reasoning, done_reason;
  long http_status = 0;
  std::size_t chunks = 0;     // text-carrying chunks
  std::size_t malformed = 0;  // malformed lines or events
  int attempts = 1;           // 1 + retries used
  bool ok = false;
  Failure error_kind = Failure::none;
  std::string error;  // what happened, naming the URL and model, with a fix
};

}  // namespace chimera::measure
