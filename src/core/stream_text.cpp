#include "chimera/core/stream_text.hpp"

#include <algorithm>

namespace chimera {

std::size_t incomplete_utf8_tail(std::string_view s) {
  // Walk back over at most 3 continuation bytes to the lead byte of the last character.
  const std::size_t n = s.size();
  for (std::size_t back = 1; back <= std::min<std::size_t>(4, n); ++back) {
    const auto c = static_cast<unsigned char>(s[n - back]);
    if ((c & 0xC0) == 0x80) continue;  // a continuation byte: keep looking for the lead
    const std::size_t need = (c & 0xE0) == 0xC0   ? 2
                             : (c & 0xF0) == 0xE0 ? 3
                             : (c & 0xF8) == 0xF0 ? 4
                                                  : 1;
    return need > back ? back : 0;
  }
  return 0;
}

StreamText::StreamText(std::vector<std::string> stops) : stops_(std::move(stops)) {
  std::erase_if(stops_, [](const std::string& s) { return s.empty(); });
}

std::string StreamText::add(std::string_view piece) {
  if (stopped_) return {};
  held_.append(piece);
  // The earliest complete stop sequence ends generation; the text before it goes out.
  std::size_t at = std::string::npos;
  for (const auto& s : stops_) at = std::min(at, held_.find(s));
  if (at != std::string::npos) {
    stopped_ = true;
    std::string out = held_.substr(0, at);
    held_.clear();
    return out;
  }
  // Hold the longest tail that a stop sequence could still start with...
  std::size_t keep = 0;
  for (const auto& s : stops_) {
    for (std::size_t k = std::min(s.size() - 1, held_.size()); k > keep; --k) {
      if (held_.compare(held_.size() - k, k, s, 0, k) == 0) {
        keep = k;
        break;
      }
    }
  }
  // ...and an unfinished UTF-8 character.
  keep = std::max(keep, incomplete_utf8_tail(held_));
  std::string out = held_.substr(0, held_.size() - keep);
  held_.erase(0, held_.size() - keep);
  return out;
}

std::string StreamText::flush() {
  std::string out;
  out.swap(held_);
  return stopped_ ? std::string() : out;
}

}  // namespace chimera
