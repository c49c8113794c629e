#pragma once
// Byte stream → lines (NDJSON) and → server-sent events (SSE), correct for any split of the bytes
// across network reads. No protocol knowledge beyond framing.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace chimera::transport {

inline constexpr std::size_t kMaxLineBytes = 16u << 20;  // 16 MiB

// Splits bytes into lines on LF, CRLF or a lone CR (a CR at the end of one read is held until the
// next byte shows whether LF follows). Lines are delivered without their terminator.
class LineSplitter {
 public:
  using LineFn = std::function<void(std::string_view line)>;
  explicit LineSplitter(std::size_t max_line = kMaxLineBytes) : max_(max_line) {}

  // Feeds bytes; returns an error message when a line exceeds the maximum (the splitter is then
  // unusable).
  std::optional<std::string> feed(std::string_view bytes, const LineFn& on_line);
  // End of stream: delivers a final line that had no terminator.
  void finish(const LineFn& on_line);
  bool has_partial() const { return !buf_.empty(); }

 private:
  std::size_t max_;
  std::string buf_;
  bool pending_cr_ = false;
};

struct SseEvent {
  std::string event;  // "message" unless the stream named it
  std::string data;   // data lines joined with '\n'
  std::string id;
};

// SSE per the HTML living standard: "field: value" lines, ':' comments, blank line dispatches,
// multi-line data joined with '\n'.
class SseParser {
 public:
  using EventFn = std::function<void(const SseEvent&)>;
  explicit SseParser(std::size_t max_line = kMaxLineBytes) : lines_(max_line) {}

  std::optional<std::string> feed(std::string_view bytes, const EventFn& on_event);
  // End of stream: an event without its blank line is still delivered (servers often omit it
  // after the last event).
  void finish(const EventFn& on_event);
  std::size_t comments() const { return comments_; }

 private:
  void line(std::string_view l, const EventFn& on_event);
  void dispatch(const EventFn& on_event);
  LineSplitter lines_;
  SseEvent cur_;
  bool has_data_ = false;
  std::size_t comments_ = 0;
};

}  // namespace chimera::transport
