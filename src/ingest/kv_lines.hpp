#pragma once
// A script's measurement lines of key=value pairs, as benchmark scripts print them to consoles
// and people paste them into notes:
//   COLD   TTFT=5556ms  load=5428ms  prompt_eval=101ms  TPOT=17.5ms  throughput=57.0 tok/s
//   → avg WARM: TTFT=222ms, TPOT=17.4ms, throughput=57.3 tok/s
// A line is one when at least two of its keys name a metric of the registry with a figure; the
// words before its first pair label the measurement ("COLD", "WARM-1": the row's config) or say
// its statistic ("avg"); settings among the pairs ("bs=8") label it too.
#include <string_view>

#include "chimera/ingest/model.hpp"

namespace chimera::ingest::detail {

// Appends the rows of one such line ("line[65].TTFT") and returns true; false, appending
// nothing, for any other line. With `single`, a line of one pair alone is one too when its key
// names a measured quantity and its unit ("LOADED_AFTER_S=25", "MEM_USED_AFTER_LOAD_BYTES=
// 45126664192"): a console's lines of a text file print one figure each (not a script's fence,
// where "WAIT_S=30" sets something).
bool kv_measurement_line(std::string_view line, std::size_t number, MetricRows& rows,
                         bool single = false);

// A script's measurement line of figures set apart by '|', each after the words that name it:
//   run1  pp    324.1 tok/s | tg  30.25 tok/s |  700 tok in   23.10s
// Two timings or rates at least; the words before the first one label the measurement ("run1":
// the row's config). Appends its rows ("line[8].pp") and returns true, or appends nothing.
bool segment_measurement_line(std::string_view line, std::size_t number, MetricRows& rows);

// A script's summary line of one quantity's statistics:
//   decode_TPS     mean=  69.25   std=  1.29   CV= 1.9%   min=67.58   max=70.47
// The words before the pairs name the quantity (a metric of the registry), the pairs' keys are
// statistics (two at least). Appends a row per pair ("line[17].decode_TPS.mean") and returns
// true, or appends nothing.
bool statistics_line(std::string_view line, std::size_t number, MetricRows& rows);

// A console log's line of figures set apart by runs of spaces, each after the words that name
// it (a clock's time first, perhaps):
//   18:19:58   cold load 15.1s  server RSS 33222 MiB  card 5274 MiB
// Every part a named figure with its unit, two parts at least. Appends a row per part
// ("line[3].cold load") and returns true, or appends nothing.
bool spaced_figures_line(std::string_view line, std::size_t number, MetricRows& rows);

}  // namespace chimera::ingest::detail
