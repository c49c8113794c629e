#include "chimera/core/text.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>

namespace chimera::text {
namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is invalid.
std::size_t utf8_seq_len(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return 1;
  std::size_t len = 0;
  std::uint32_t cp = 0;
  if ((c & 0xE0) == 0xC0) {
    len = 2, cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3, cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4, cp = c & 0x07;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b(i + k) & 0x3F);
  }
  static constexpr std::uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

std::string decode_utf16(std::string_view b, bool little_endian) {
  std::string out;
  out.reserve(b.size());
  const auto unit = [&](std::size_t i) -> std::uint32_t {
    const auto lo = static_cast<unsigned char>(b[little_endian ? i : i + 1]);
    const auto hi = static_cast<unsigned char>(b[little_endian ? i + 1 : i]);
    return static_cast<std::uint32_t>(hi) << 8 | lo;
  };
  for (std::size_t i = 0; i + 1 < b.size(); i += 2) {
    std::uint32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < b.size()) {
      const std::uint32_t lo = unit(i + 2);
      if (lo >= 0xDC00 && lo <= 0xDFFF) {
        append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
        i += 2;
        continue;
      }
    }
    if (u >= 0xD800 && u <= 0xDFFF) u = 0xFFFD;
    append_utf8(out, u);
  }
  return out;
}

// Undoes a UTF-16 file that was re-encoded as UTF-8 one byte at a time ("ÿþ" mojibake BOM):
// every code point is one original byte.
std::optional<std::string> undo_byte_mojibake(std::string_view s) {
  std::string bytes;
  bytes.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t len = utf8_seq_len(s, i);
    if (len == 0 || len > 2) return std::nullopt;
    if (len == 1) {
      bytes += s[i];
    } else {
      const auto c0 = static_cast<unsigned char>(s[i]);
      const auto c1 = static_cast<unsigned char>(s[i + 1]);
      bytes += static_cast<char>(((c0 & 0x1F) << 6) | (c1 & 0x3F));
    }
    i += len;
  }
  return bytes;
}

// Share of zero bytes at even (0) or odd (1) offsets in the first 4 KiB.
double zero_share(std::string_view b, int parity) {
  const std::size_t n = std::min<std::size_t>(b.size(), 4096);
  std::size_t zeros = 0, total = 0;
  for (std::size_t i = static_cast<std::size_t>(parity); i < n; i += 2, ++total) {
    zeros += b[i] == '\0';
  }
  return total ? static_cast<double>(zeros) / static_cast<double>(total) : 0.0;
}

bool starts_with_bytes(std::string_view s, std::initializer_list<unsigned char> p) {
  if (s.size() < p.size()) return false;
  return std::equal(p.begin(), p.end(), s.begin(),
                    [](unsigned char a, char b) { return a == static_cast<unsigned char>(b); });
}

Decoded from_utf8_or_latin1(std::string bytes, std::string encoding) {
  const auto bad = first_invalid_utf8(bytes);
  if (!bad) return {std::move(bytes), std::move(encoding), {}};
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (const char ch : bytes) append_utf8(out, static_cast<unsigned char>(ch));
  return {std::move(out), "latin-1",
          "not valid UTF-8 (first bad byte at offset " + std::to_string(*bad) +
              "); decoded as Latin-1"};
}

}  // namespace

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::optional<std::size_t> first_invalid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    // Fast path: skip 8 ASCII bytes at a time.
    if (i + 8 <= s.size()) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if ((w & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    const std::size_t len = utf8_seq_len(s, i);
    if (len == 0) return i;
    i += len;
  }
  return std::nullopt;
}

Decoded decode(std::string bytes) {
  // A run of NUL bytes at the end of single-byte text is what an interrupted write or a crash
  // leaves behind; it must not make the text look like UTF-16. Read the text before it.
  std::size_t run = 0;
  while (run < bytes.size() && bytes[bytes.size() - 1 - run] == '\0') ++run;
  if (run >= 2 && run < bytes.size() &&
      std::string_view(bytes).substr(0, bytes.size() - run).find('\0') == std::string_view::npos) {
    const std::size_t at = bytes.size() - run;
    bytes.resize(at);
    Decoded d = decode(std::move(bytes));
    const std::string tail = "the file ends in " + std::to_string(run) + " NUL bytes from byte " +
                             std::to_string(at) +
                             " (what an interrupted write leaves); the text before them was read";
    d.note = d.note.empty() ? tail : d.note + "; " + tail;
    return d;
  }
  std::string_view v(bytes);
  if (starts_with_bytes(v, {0xEF, 0xBB, 0xBF})) {
    bytes.erase(0, 3);
    return from_utf8_or_latin1(std::move(bytes), "utf-8-bom");
  }
  if (starts_with_bytes(v, {0xFF, 0xFE})) return {decode_utf16(v.substr(2), true), "utf-16le", {}};
  if (starts_with_bytes(v, {0xFE, 0xFF})) return {decode_utf16(v.substr(2), false), "utf-16be", {}};
  const bool moji_le = starts_with_bytes(v, {0xC3, 0xBF, 0xC3, 0xBE});
  const bool moji_be = starts_with_bytes(v, {0xC3, 0xBE, 0xC3, 0xBF});
  if (moji_le || moji_be) {
    if (auto raw = undo_byte_mojibake(v.substr(4))) {
      return {decode_utf16(*raw, moji_le), moji_le ? "utf-16le-mojibake" : "utf-16be-mojibake",
              "UTF-16 text whose bytes had been re-encoded as UTF-8 (BOM read as "
              "\"\xC3\xBF\xC3\xBE\"); "
              "decoded back to text"};
    }
  }
  if (v.find('\0') != std::string_view::npos) {
    if (zero_share(v, 1) > 0.9) return {decode_utf16(v, true), "utf-16le", "UTF-16LE without BOM"};
    if (zero_share(v, 0) > 0.9) return {decode_utf16(v, false), "utf-16be", "UTF-16BE without BOM"};
  }
  return from_utf8_or_latin1(std::move(bytes), "utf-8");
}

std::string printable(std::string_view s) {
  if (!first_invalid_utf8(s)) return std::string(s);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t len = utf8_seq_len(s, i);
    if (len == 0) {
      const auto c = static_cast<unsigned char>(s[i]);
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
      ++i;
    } else {
      out.append(s.substr(i, len));
      i += len;
    }
  }
  return out;
}

std::optional<std::string_view> LineCursor::next() {
  if (pos_ >= s_.size()) return std::nullopt;
  const char* begin = s_.data() + pos_;
  const std::size_t rest = s_.size() - pos_;
  // memchr for both ends: most lines are long and '\r' is rare, so the next '\r' is found once
  // and kept until the cursor passes it.
  if (next_cr_ != std::string_view::npos && next_cr_ < pos_) {
    const void* cr = std::memchr(begin, '\r', rest);
    next_cr_ = cr ? static_cast<std::size_t>(static_cast<const char*>(cr) - s_.data())
                  : std::string_view::npos;
  }
  const void* nl = std::memchr(begin, '\n', rest);
  std::size_t n = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - begin) : rest;
  if (next_cr_ != std::string_view::npos && next_cr_ - pos_ < n) n = next_cr_ - pos_;
  std::string_view line(begin, n);
  pos_ += n;
  if (after_newline_) ++line_;
  after_newline_ = true;
  if (pos_ < s_.size()) {
    if (s_[pos_] == '\r' && pos_ + 1 < s_.size() && s_[pos_ + 1] == '\n') {
      ++pos_;
    } else if (s_[pos_] == '\r') {
      after_newline_ = cr_only_;  // a redrawn line: the next segment is on the same line
    }
    ++pos_;
  }
  return line;
}

std::string singular(std::string_view word) {
  if (word.ends_with("ies") && word.size() > 3)
    return std::string(word.substr(0, word.size() - 3)) + "y";
  if (word.ends_with('s') && word.size() > 1) word.remove_suffix(1);
  return std::string(word);
}

bool icontains(std::string_view haystack, std::string_view lower_needle) {
  return std::search(haystack.begin(), haystack.end(), lower_needle.begin(), lower_needle.end(),
                     [](char a, char b) {
                       return std::tolower(static_cast<unsigned char>(a)) ==
                              static_cast<unsigned char>(b);
                     }) != haystack.end();
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const auto lower = [](char c) {
      return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

std::string to_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string_view key_form(std::string_view s, std::span<char> out) {
  if (s.size() > out.size()) return {};
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == ' ' || c == '-' || c == '.') c = '_';
    out[i] = c;
  }
  return {out.data(), s.size()};
}

std::string to_upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string shell_quote(std::string_view s) {
  std::string q = "'";
  for (const char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

std::string fnv1a_hex(std::string_view s) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (const unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
  static const char* const kHex = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[static_cast<std::size_t>(i)] = kHex[h & 0xf];
  return out;
}

bool is_fence_line(std::string_view line) {
  const auto t = line.substr(std::min(line.find_first_not_of(" \t"), line.size()));
  return t.starts_with("```") || t.starts_with("~~~");
}

bool open_fence(std::string_view s) {
  bool open = false;
  LineCursor lines(s);
  while (auto l = lines.next()) {
    if (is_fence_line(*l)) open = !open;
  }
  return open;
}

std::string markdown_cell(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (c == '|') {
      out += "\\|";
    } else {
      out += (c == '\n' || c == '\r') ? ' ' : c;
    }
  }
  return out;
}

}  // namespace chimera::text
