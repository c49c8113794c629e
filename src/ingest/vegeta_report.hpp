#pragma once
// The text report of vegeta, the HTTP load tester people point at LLM endpoints (`vegeta report`):
//   Requests      [total, rate, throughput]         100, 10.10, 2.21
//   Duration      [total, attack, wait]             45.194s, 9.9s, 35.294s
//   Latencies     [min, mean, 50, 90, 95, 99, max]  12.433s, 26.17s, 29.448s, ...
//   Bytes In      [total, mean]                     43469, 434.69
//   Success       [ratio]                           100.00%
//   Status Codes  [code:count]                      200:100
// A label, its figures' names in brackets and as many figures after them. Read with vegeta's own
// definitions: the attack's rate is the load it offered (the rows' rate), its throughput the
// requests that succeeded per second, its latencies each request's, end to end.
#include <cstddef>
#include <string>
#include <string_view>

#include "chimera/ingest/model.hpp"

namespace chimera::ingest::detail {

struct VegetaState {
  std::size_t reports = 0;  // "Requests [total, rate, throughput]" lines seen (a report each)
  std::string rate;         // the current report's attack rate (requests per second)
  std::size_t first_row = 0;
};

// One line of a log or fence: appends the figures of a report line ("vegeta[0].Latencies p95")
// and returns true; false for any other line.
bool vegeta_line(std::string_view line, std::size_t number, VegetaState& state, MetricRows& rows);

}  // namespace chimera::ingest::detail
