#pragma once
// MLPerf Inference LoadGen's summary (mlperf_log_summary.txt), as its LLM benchmarks write it:
//   ================================================
//   MLPerf Results Summary
//   ================================================
//   SUT name : PySUT
//   Scenario : Server
//   Completed samples per second    : 0.34
//   Completed tokens per second: 44.52
//   Result is : INVALID
//   ...
//   Additional Stats
//   Mean latency (ns)               : 53175389991
//   99.00 percentile first token latency (ns)   : 97923062578
//   Mean Time to Output Token (ns)               : 21964703
//   ...
//   Test Parameters Used
//   target_qps : 0.5
//   ttft_latency (ns): 2000000000
// Read with LoadGen's definitions: a sample is a query (a request), its latency end to end, the
// first token's latency the TTFT, the time to output token the TPOT; the scheduled samples per
// second and every test parameter are settings of the run, never measurements. A result LoadGen
// calls INVALID (its constraints not met) keeps its figures, each noted so.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "chimera/ingest/model.hpp"

namespace chimera::ingest::detail {

struct MlperfSummaryState {
  enum class Section { none, results, stats, parameters };
  Section section = Section::none;
  std::size_t summaries = 0;  // "MLPerf Results Summary" banners seen
  std::size_t first_row = 0;  // the open summary's first row
  std::string scenario, sut, result;
  std::vector<std::string> results;  // the keys of the results' figures read
  std::vector<std::string> figures;  // "metric/statistic" of the figures read
};

// One line of a log or fence: reads the summary's banner, its section titles and its "key :
// value" lines ("mlperf[0].Mean latency (ns)"). Returns true when the line belongs to a summary.
bool mlperf_summary_line(std::string_view line, std::size_t number, MlperfSummaryState& state,
                         MetricRows& rows);

}  // namespace chimera::ingest::detail
