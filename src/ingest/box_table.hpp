#pragma once
// Tables drawn with box characters, as console tools print them (genai-perf's and AIPerf's
// "LLM Metrics", any Python `rich` table), turned into the pipe rows of a Markdown table:
//   ┏━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━┳━━━━━━━┓        | Metric | avg | min |
//   ┃               Metric ┃   avg ┃   min ┃        |---|---|---|
//   ┡━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━╇━━━━━━━┩   ->   | Time to First Token (ms) | 18.26 | 11.22 |
//   │  Time to First Token │ 18.26 │ 11.22 │
//   │                 (ms) │       │       │
//   └──────────────────────┴───────┴───────┘
// A cell wrapped over several lines (the unit under the name) is joined back into one.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace chimera::ingest::detail {

class BoxTable {
 public:
  using Emit = std::function<void(std::string_view line, std::size_t number)>;
  // Reads one line. Returns true when the line belonged to a box table (it may have emitted the
  // pipe lines it stands for); false when the caller should read the line itself (a table that
  // ended emits its last row and a blank line first).
  bool feed(std::string_view line, std::size_t number, const Emit& emit);
  // The end of the text: emits a row still held.
  void finish(const Emit& emit);
  bool active() const { return state_ != State::none; }

 private:
  enum class State { none, header, body };
  void flush(const Emit& emit);
  void end(const Emit& emit);
  State state_ = State::none;
  std::vector<std::string> header_;  // cells of the header (wrapped lines joined)
  std::vector<std::string> held_;    // the body row being read, until the next one starts
  std::size_t held_line_ = 0;
  std::vector<std::string> last_data_;  // a box data line outside a table (an edgeless header)
  std::size_t last_data_line_ = 0;
};

// A header of several rows whose upper rows name groups of columns, a group spanning the empty
// cells after it (GuideLLM's console tables: "Req Latency (sec) |||" over "mean | median | p99").
//   Metadata  | Request Stats            || TTFT (ms)           |||
//   Benchmark | Per Second | Concurrency | mean | median | p99
//   ----------|------------|-------------|------|--------|-----
// reads as one header row: "Benchmark | Request Stats Per Second | ... | TTFT (ms) p99".
class GroupedHeader {
 public:
  // Reads one line; at the delimiter row under such a header returns the header row (one cell
  // per column, groups joined to their columns' names), else "".
  std::string feed(std::string_view line, std::size_t number);

 private:
  std::vector<std::string> rows_;  // consecutive lines from one with "||" down
  std::size_t last_ = 0;           // the number of the latest of them
};

// Whether the line holds a character of Unicode's box-drawing block (U+2500-U+257F).
bool has_box_drawing(std::string_view line);

}  // namespace chimera::ingest::detail
