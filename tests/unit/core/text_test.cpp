#include "chimera/core/text.hpp"

#include <gtest/gtest.h>
#include <random>

namespace chimera::text {
namespace {

std::vector<std::string> lines_of(std::string_view s) {
  std::vector<std::string> out;
  LineCursor c(s);
  while (auto l = c.next()) out.emplace_back(*l);
  return out;
}

TEST(Text, IContainsFindsALowerCaseNeedleInAnyCase) {
  EXPECT_TRUE(icontains("NVIDIA GeForce RTX 4090", "rtx"));
  EXPECT_TRUE(icontains("VRAM R\xC2\xB2", "r\xC2\xB2"));
  EXPECT_TRUE(icontains("x", ""));
  EXPECT_FALSE(icontains("Radeon", "rtx"));
  EXPECT_FALSE(icontains("", "a"));
}

TEST(LineCursor, SplitsLfCrlfAndLoneCrAlike) {
  const std::vector<std::string> want = {"# a", "b", "# c"};
  EXPECT_EQ(lines_of("# a\nb\n# c\n"), want);
  EXPECT_EQ(lines_of("# a\r\nb\r\n# c\r\n"), want);
  EXPECT_EQ(lines_of("# a\rb\r# c\r"), want);
  EXPECT_EQ(lines_of("# a\nb\n# c"), want);  // no final newline
}

TEST(LineCursor, CountsLineNumbersAndEmptyLines) {
  LineCursor c("a\n\nb");
  EXPECT_EQ(*c.next(), "a");
  EXPECT_EQ(*c.next(), "");
  EXPECT_EQ(*c.next(), "b");
  EXPECT_EQ(c.line_number(), 3u);
  EXPECT_FALSE(c.next());
}

TEST(LineCursor, ARedrawnLineKeepsItsNumberAsGrepCountsIt) {
  // A progress bar redrawn with '\r' in a log: its segments are lines of their own to read, but
  // the figures after it keep the line number grep -n and editors give them.
  LineCursor c(" 10%|#\r 50%|#####\r100%|##########\nTTFT: 12 ms\n");
  EXPECT_EQ(*c.next(), " 10%|#");
  EXPECT_EQ(c.line_number(), 1u);
  c.next();
  c.next();
  EXPECT_EQ(c.line_number(), 1u);
  EXPECT_EQ(*c.next(), "TTFT: 12 ms");
  EXPECT_EQ(c.line_number(), 2u);
  LineCursor mac("a\rb\rc");  // a file of lone '\r' line ends: each ends a line
  mac.next();
  mac.next();
  mac.next();
  EXPECT_EQ(mac.line_number(), 3u);
}

// The cursor finds line ends with memchr and remembers the next '\r': on every mix of '\n',
// "\r\n" and lone '\r' (seeded), it must split exactly as a byte-by-byte scan does.
TEST(LineCursor, SplitsMixedEndsAsAByteScanDoes) {
  std::mt19937 rng(7);
  const char alphabet[] = {'a', 'b', '\n', '\r', ' '};
  for (int round = 0; round < 500; ++round) {
    std::string s;
    const auto len = rng() % 40;
    for (std::size_t i = 0; i < len; ++i) s += alphabet[rng() % sizeof alphabet];
    std::vector<std::string> want;
    for (std::size_t at = 0; at < s.size();) {
      std::size_t n = 0;
      while (at + n < s.size() && s[at + n] != '\n' && s[at + n] != '\r') ++n;
      want.push_back(s.substr(at, n));
      at += n;
      if (at < s.size()) at += (s[at] == '\r' && at + 1 < s.size() && s[at + 1] == '\n') ? 2 : 1;
    }
    EXPECT_EQ(lines_of(s), want) << "text: " << ::testing::PrintToString(s);
  }
}

TEST(Decode, StripsUtf8Bom) {
  const auto d = decode("\xEF\xBB\xBFmodel,ttft_ms\n");
  EXPECT_EQ(d.text, "model,ttft_ms\n");
  EXPECT_EQ(d.encoding, "utf-8-bom");
  EXPECT_TRUE(d.note.empty());
}

TEST(Decode, Utf16LittleEndianWithBom) {
  const std::string bytes(
      "\xFF\xFE"
      "a\0,\0b\0\n\0",
      10);
  const auto d = decode(bytes);
  EXPECT_EQ(d.text, "a,b\n");
  EXPECT_EQ(d.encoding, "utf-16le");
}

TEST(Decode, Utf16BigEndianWithBomAndSurrogatePair) {
  const std::string bytes("\xFE\xFF\x00x\xD8\x3D\xDE\x00", 8);  // "x" U+1F600
  const auto d = decode(bytes);
  EXPECT_EQ(d.text, "x\xF0\x9F\x98\x80");
}

TEST(Decode, Utf16WithoutBomDetectedFromNulPattern) {
  const std::string bytes("h\0e\0l\0l\0o\0", 10);
  EXPECT_EQ(decode(bytes).text, "hello");
  EXPECT_EQ(decode(bytes).encoding, "utf-16le");
}

TEST(Decode, Utf16ReencodedAsUtf8ByteByByte) {
  // What the seed corpus's ncu_summary.csv holds: FF FE 3D 00 ... written as UTF-8 code points.
  const std::string bytes(
      "\xC3\xBF\xC3\xBE"
      "=\0=\0E\0",
      10);
  const auto d = decode(bytes);
  EXPECT_EQ(d.text, "==E");
  EXPECT_EQ(d.encoding, "utf-16le-mojibake");
  EXPECT_FALSE(d.note.empty());
}

TEST(Decode, InvalidUtf8FallsBackToLatin1AndSaysWhere) {
  const auto d = decode("caf\xE9 # x");
  EXPECT_EQ(d.text, "caf\xC3\xA9 # x");
  EXPECT_EQ(d.encoding, "latin-1");
  EXPECT_NE(d.note.find("offset 3"), std::string::npos);
}

TEST(Utf8, RejectsOverlongsSurrogatesAndTruncation) {
  EXPECT_FALSE(first_invalid_utf8("plain ascii that is long enough"));
  EXPECT_FALSE(first_invalid_utf8("\xE2\x82\xAC euro"));
  EXPECT_EQ(first_invalid_utf8("ab\xC0\xAF"), 2u);        // overlong '/'
  EXPECT_EQ(first_invalid_utf8("\xED\xA0\x80"), 0u);      // UTF-16 surrogate
  EXPECT_EQ(first_invalid_utf8("abcdefgh\xE2\x82"), 8u);  // truncated at the end
}

TEST(Printable, EscapesInvalidBytesOnly) {
  EXPECT_EQ(printable("a\xFF"
                      "b\xC3\xA9"),
            "a\\xffb\xC3\xA9");
}

}  // namespace
TEST(Text, AnOpenFenceIsOneWithoutItsClosingLine) {
  EXPECT_FALSE(open_fence("text\n```\ncode\n```\nmore\n"));
  EXPECT_TRUE(open_fence("text\n```python\ncode\n"));
  EXPECT_TRUE(open_fence("  ~~~\ncode"));
  EXPECT_FALSE(open_fence("a `code` span and ``` in a sentence\n"));
  EXPECT_FALSE(open_fence(""));
}

}  // namespace chimera::text
