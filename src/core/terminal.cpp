#include "chimera/core/terminal.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>

namespace chimera::term {
namespace {

bool continuation_byte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Byte offset of the code point after the first `n` code points of s (s.size() when shorter).
std::size_t offset_of(std::string_view s, std::size_t n) {
  std::size_t i = 0;
  for (std::size_t seen = 0; i < s.size(); ++i) {
    if (continuation_byte(s[i])) continue;
    if (seen++ == n) return i;
  }
  return s.size();
}

std::string wrap_line(std::string_view line, std::size_t max) {
  std::size_t lead = 0;
  while (lead < line.size() && line[lead] == ' ') ++lead;
  const std::string indent(lead + 2, ' ');
  std::string out, cur(line.substr(0, lead));
  std::size_t cur_width = lead, at = lead;
  bool first_word = true;
  while (at < line.size()) {
    const std::size_t sep_start = at;  // the spaces before the word, kept inside a line
    while (at < line.size() && line[at] == ' ') ++at;
    if (at == line.size()) break;
    const std::string_view sep = line.substr(sep_start, at - sep_start);
    const auto end = std::min(line.find(' ', at), line.size());
    const std::string_view word = line.substr(at, end - at);
    at = end;
    const std::size_t w = width(word);
    if (!first_word && cur_width + sep.size() + w > max) {
      out += cur + "\n";
      cur = indent;
      cur_width = indent.size();
      first_word = true;
    }
    if (!first_word) cur += sep, cur_width += sep.size();
    cur += word;
    cur_width += w;
    first_word = false;
  }
  return out + cur;
}

}  // namespace

std::size_t columns(int fd) {
  winsize ws{};
  if (::ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  if (const char* c = std::getenv("COLUMNS")) {
    char* end = nullptr;
    const long v = std::strtol(c, &end, 10);
    if (end != c && *end == '\0' && v > 0 && v < 10000) return static_cast<std::size_t>(v);
  }
  return 80;
}

std::size_t width(std::string_view s) {
  std::size_t n = 0;
  for (const char c : s) n += continuation_byte(c) ? 0 : 1;
  return n;
}

std::string fit(std::string_view s, std::size_t max) {
  if (width(s) <= max) return std::string(s);
  if (max < 3) return std::string(s.substr(0, offset_of(s, max)));
  return std::string(s.substr(0, offset_of(s, max - 3))) + "...";
}

std::string wrap(std::string_view text, std::size_t max) {
  std::string out;
  std::size_t at = 0;
  while (at <= text.size()) {
    const auto end = std::min(text.find('\n', at), text.size());
    const std::string_view line = text.substr(at, end - at);
    out += width(line) <= max ? std::string(line) : wrap_line(line, max);
    if (end == text.size()) break;
    out += '\n';
    at = end + 1;
  }
  return out;
}

}  // namespace chimera::term
