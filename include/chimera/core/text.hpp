#pragma once
// Text decoding and line handling shared by every reader. All readers work on UTF-8.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace chimera::text {

struct Decoded {
  std::string text;  // UTF-8, without any byte-order mark
  std::string
      encoding;      // "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "utf-16le-mojibake", "latin-1"
  std::string note;  // why a non-UTF-8 decoding was chosen; empty for plain UTF-8
};

// Decodes file bytes to UTF-8: strips a UTF-8 BOM, decodes UTF-16 (BOM or NUL pattern, also a
// UTF-16 file that was re-encoded byte by byte as UTF-8), and falls back to Latin-1 for bytes that
// are not valid UTF-8 (the note names the first bad byte offset).
Decoded decode(std::string bytes);

// Offset of the first byte that is not valid UTF-8, or nullopt when all of s is valid.
std::optional<std::size_t> first_invalid_utf8(std::string_view s);

// Copy of s with invalid UTF-8 bytes written as "\xNN", safe for any UTF-8 output.
std::string printable(std::string_view s);

// Iterates lines split on LF, CRLF or a lone CR; the terminator is not part of the line.
class LineCursor {
 public:
  explicit LineCursor(std::string_view s)
      : s_(s), cr_only_(s.find('\n') == std::string_view::npos), next_cr_(s.find('\r')) {}
  // Next line, or nullopt at the end. A final line without terminator is returned too. A lone
  // '\r' ends a line too (a progress bar redrawn in a log), but line numbers count the lines
  // that `grep -n` and editors count: those ended by '\n' (or by '\r' in a file without '\n').
  std::optional<std::string_view> next();
  std::size_t line_number() const { return line_; }  // 1-based number of the last line returned

 private:
  std::string_view s_;
  std::size_t pos_ = 0;
  std::size_t line_ = 0;
  bool cr_only_;               // the text has no '\n': '\r' alone ends its lines
  bool after_newline_ = true;  // the previous line ended with '\n' (or is none)
  std::size_t next_cr_;        // where the next '\r' at or after pos_ is (npos: none left)
};

// Appends code point cp to out as UTF-8.
void append_utf8(std::string& out, std::uint32_t cp);

// Without leading and trailing ASCII white space. Inline: it runs for every cell and key.
inline std::string_view trim(std::string_view s) {
  const auto ws = [](char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
  };
  while (!s.empty() && ws(s.front())) s.remove_prefix(1);
  while (!s.empty() && ws(s.back())) s.remove_suffix(1);
  return s;
}
std::string to_lower(std::string_view s);
// ASCII case-insensitive equality, without allocating.
bool iequals(std::string_view a, std::string_view b);
// Whether `haystack` holds `lower_needle` (written in lower case) in any ASCII case, without
// allocating.
bool icontains(std::string_view haystack, std::string_view lower_needle);
// An English plural's singular by its ending: "concurrencies" -> "concurrency", "profiles" ->
// "profile" (a word without a final 's' as it is).
std::string singular(std::string_view word);
std::string to_upper(std::string_view s);
// A field's name as a key: lower case, with ' ', '-' and '.' as '_' ("Prompt Per Second" ->
// "prompt_per_second"), written into `out` without allocating; "" when it does not fit.
std::string_view key_form(std::string_view s, std::span<char> out);

// 'text' for a POSIX shell: single quotes, embedded ones written '\''.
std::string shell_quote(std::string_view s);

// FNV-1a 64-bit hash as 16 hex digits: a stable identity for a configuration text.
std::string fnv1a_hex(std::string_view s);

// A Markdown table cell: '|' escaped, line breaks flattened to spaces.
std::string markdown_cell(std::string_view s);

// Whether a Markdown line opens or closes a code fence: ``` or ~~~ after spaces or tabs.
bool is_fence_line(std::string_view line);

// Whether Markdown text leaves a code fence open (an odd number of ``` or ~~~ lines): what
// follows it would render as code.
bool open_fence(std::string_view s);

}  // namespace chimera::text
