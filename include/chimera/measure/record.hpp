#pragma once
// One measured request: raw client timestamps, the server's own figures, the text, and the
// metrics derived from them (stats::derive). Failures are records too. Plain data: report
// writers render it without knowing any backend.
#include <cstdint>
#include <string>
#include <vector>

#include "chimera/stats/request_metrics.hpp"

namespace chimera::measure {

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
  std::string error_kind;  // "" when ok; transport kinds, "http_error", "stream_error", ...
  std::string error;       // what happened, naming the URL and model, with a fix
};

}  // namespace chimera::measure
