#include "chimera/transport/framing.hpp"

namespace chimera::transport {

std::optional<std::string> LineSplitter::feed(std::string_view b, const LineFn& on_line) {
  std::size_t i = 0;
  if (pending_cr_) {
    pending_cr_ = false;
    if (!b.empty() && b[0] == '\n') i = 1;  // the LF of a CRLF split across reads
  }
  while (i < b.size()) {
    std::size_t j = i;
    while (j < b.size() && b[j] != '\n' && b[j] != '\r') ++j;
    if (buf_.size() + (j - i) > max_) {
      return "a line is longer than " + std::to_string(max_) + " bytes";
    }
    if (j == b.size()) {
      buf_.append(b.substr(i));
      break;
    }
    if (buf_.empty()) {
      on_line(b.substr(i, j - i));
    } else {
      buf_.append(b.substr(i, j - i));
      on_line(buf_);
      buf_.clear();
    }
    if (b[j] == '\r') {
      if (j + 1 < b.size()) {
        if (b[j + 1] == '\n') ++j;
      } else {
        pending_cr_ = true;
      }
    }
    i = j + 1;
  }
  return std::nullopt;
}

void LineSplitter::finish(const LineFn& on_line) {
  if (!buf_.empty()) on_line(buf_);
  buf_.clear();
  pending_cr_ = false;
}

std::optional<std::string> SseParser::feed(std::string_view bytes, const EventFn& on_event) {
  return lines_.feed(bytes, [&](std::string_view l) { line(l, on_event); });
}

void SseParser::finish(const EventFn& on_event) {
  lines_.finish([&](std::string_view l) { line(l, on_event); });
  dispatch(on_event);
}

void SseParser::line(std::string_view l, const EventFn& on_event) {
  if (l.empty()) {
    dispatch(on_event);
    return;
  }
  if (l.front() == ':') {
    ++comments_;
    return;
  }
  const auto colon = l.find(':');
  const std::string_view field = l.substr(0, colon);
  std::string_view value =
      colon == std::string_view::npos ? std::string_view() : l.substr(colon + 1);
  if (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  if (field == "data") {
    if (has_data_) cur_.data += '\n';
    cur_.data.append(value);
    has_data_ = true;
  } else if (field == "event") {
    cur_.event.assign(value);
  } else if (field == "id") {
    cur_.id.assign(value);
  }  // "retry" and unknown fields are ignored, as the standard says
}

void SseParser::dispatch(const EventFn& on_event) {
  if (has_data_) {
    if (cur_.event.empty()) cur_.event = "message";
    on_event(cur_);
  }
  cur_.data.clear();
  cur_.event.clear();
  has_data_ = false;
}

}  // namespace chimera::transport
