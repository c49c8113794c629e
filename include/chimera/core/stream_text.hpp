#pragma once
// Text generated piece by piece (tokens), made safe to stream: a UTF-8 character whose bytes span
// two tokens is held until it is complete, and text that may be the start of a stop sequence is
// held until it is known not to be. When a stop sequence completes, the text before it is
// released and the stop string itself never is.
#include <string>
#include <string_view>
#include <vector>

namespace chimera {

class StreamText {
 public:
  explicit StreamText(std::vector<std::string> stops = {});

  // Adds a piece; returns what may be sent now (possibly empty). After a stop sequence
  // completes, stopped() is true and later pieces are ignored.
  std::string add(std::string_view piece);
  // The end of generation: whatever is still held (an unfinished character's bytes too).
  std::string flush();
  bool stopped() const { return stopped_; }

 private:
  std::vector<std::string> stops_;
  std::string held_;
  bool stopped_ = false;
};

// Bytes at the end of s that begin a UTF-8 character not yet complete (0 when s ends on a
// character boundary or with an invalid byte that no continuation can complete).
std::size_t incomplete_utf8_tail(std::string_view s);

}  // namespace chimera
