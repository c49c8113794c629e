#pragma once
// Serving load: closed loop (a fixed number of requests in flight) or open loop (arrivals at a
// fixed rate, constant or Poisson, seeded), all through one thread on the libcurl multi
// interface. Each level has a warm-up, a measurement window and a cool-down; only requests sent
// inside the window are measured, and the load is held through the cool-down so that the last
// measured requests see the same concurrency as the first.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "chimera/backend/backend.hpp"
#include "chimera/measure/record.hpp"
#include "chimera/transport/http_client.hpp"

namespace chimera::measure {

struct LoadLevel {
  enum class Mode { closed, open };
  Mode mode = Mode::closed;
  std::size_t concurrency = 1;  // closed loop
  double rate = 1;              // open loop, requests per second
  bool poisson = true;          // open loop: exponential gaps (else constant)
  std::uint64_t seed = 1;
  // By time: warm-up, measurement window, cool-down (seconds). By count (requests > 0): the
  // first `warmup_requests` are warm-up, the next `requests` are measured, and as many more as
  // are in flight are sent as cool-down.
  double warmup_s = 2, duration_s = 10, cooldown_s = 2;
  std::size_t requests = 0, warmup_requests = 0;
  std::size_t max_in_flight = 10000;  // open loop: arrivals beyond this are recorded as dropped
  int first_token_timeout_ms = 300'000;
};

struct LoadRecord {
  RequestRecord record;
  bool measured = false;              // sent inside the measurement window
  const char* phase = "warmup";       // "warmup", "measured" or "cooldown" (as sent)
  std::size_t in_flight_at_send = 0;  // other requests in flight when it was sent
  std::int64_t scheduled_ns = 0;      // when it should have been sent (closed loop: when its
                                      // slot freed; open loop: its arrival time)
  std::int64_t sent_ns = 0;           // when it was sent (= record.timeline.send_ns)
  std::int64_t level_start_ns = 0;    // the level's start, for offsets
  std::int64_t sent_unix_ns = 0;      // the send time on the wall clock (UTC, ns since epoch)
};

struct LoadResult {
  std::vector<LoadRecord> records;  // in completion order
  std::int64_t start_ns = 0, window_start_ns = 0, window_end_ns = 0, end_ns = 0;
  std::int64_t start_unix_ns = 0;  // wall clock at start_ns, to line records up with server logs
  // Interrupted (Ctrl-C): the window ends where the interruption came, the planned end is kept
  // (0 when the level ran by count), and the requests it cut off are not measurements.
  std::int64_t planned_window_end_ns = 0, interrupted_ns = 0;
  double in_flight_mean = 0;  // time-weighted over the measurement window
  std::size_t in_flight_peak = 0;
  std::size_t dropped = 0;  // open loop arrivals beyond max_in_flight
  bool interrupted = false;
  // The first completed request failed fatally (is_fatal: nothing listens, key refused, model
  // unknown) and nothing had succeeded: the level stopped sending. fatal_index: that record.
  bool fatal = false;
  std::size_t fatal_index = 0;
};

// Runs one level. make(i) builds the i-th request; on_record sees each record as it completes
// (for streaming to JSON Lines and the results store). HTTP backends only: the embedded engine
// is loaded through `chimera serve`.
LoadResult run_load(const backend::Backend& b, transport::HttpClient& http,
                    const std::function<backend::GenerateRequest(std::size_t)>& make,
                    const LoadLevel& level,
                    const std::function<void(const LoadRecord&)>& on_record = {});

}  // namespace chimera::measure
