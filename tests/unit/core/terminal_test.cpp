#include "chimera/core/terminal.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <sstream>

namespace chimera::term {
namespace {

std::size_t widest_line(const std::string& s) {
  std::istringstream in(s);
  std::size_t w = 0;
  for (std::string line; std::getline(in, line);) w = std::max(w, width(line));
  return w;
}

TEST(Terminal, WidthCountsCodePointsNotBytes) {
  EXPECT_EQ(width("abc"), 3u);
  EXPECT_EQ(width("95 % CI ± 3 µs"), 14u);
  EXPECT_EQ(width(""), 0u);
}

TEST(Terminal, FitCutsLongLinesWithAnEllipsisAndNeverSplitsACharacter) {
  EXPECT_EQ(fit("short", 10), "short");
  EXPECT_EQ(fit("abcdefghij", 8), "abcde...");
  EXPECT_EQ(width(fit("µµµµµµµµµµ", 6)), 6u);
  EXPECT_EQ(fit("µµµµµµµµµµ", 6), "µµµ...");
  EXPECT_EQ(fit("abcdef", 2), "ab");
}

TEST(Terminal, WrapKeepsEveryWordAndIndentsContinuations) {
  const std::string line =
      "  leader ctx2048-temp0.8: 2310.2 tok/s mean (95 % CI of the geometric mean, log scale: "
      "284.5 to 18266.8, n = 2)";
  const std::string w = wrap("Benchmark:\n" + line + "\nend", 80);
  EXPECT_LE(widest_line(w), 80u) << w;
  EXPECT_NE(w.find("Benchmark:\n  leader ctx2048"), std::string::npos) << w;
  EXPECT_NE(w.find("\n    "), std::string::npos) << "continuation indented by two more: " << w;
  EXPECT_EQ(w.substr(w.size() - 4), "\nend");
  std::string words_in, words_out;
  for (char c : line) words_in += c == ' ' ? "" : std::string(1, c);
  for (char c : w.substr(11, w.size() - 15))
    words_out += c == ' ' || c == '\n' ? "" : std::string(1, c);
  EXPECT_EQ(words_in, words_out) << "no character lost or added";
  EXPECT_EQ(wrap("fits", 80), "fits");
  EXPECT_EQ(wrap("a\n", 80), "a\n");
}

TEST(Terminal, WrapKeepsTheSpacingOfAlignedColumns) {
  const std::string w =
      wrap("  load_ms            0 n/a (absent from every record: not reported)", 40);
  EXPECT_EQ(w.substr(0, w.find('\n')), "  load_ms            0 n/a (absent from");
  EXPECT_EQ(w.substr(w.find('\n') + 1), "    every record: not reported)");
}

TEST(Terminal, AWordLongerThanTheWidthStaysWhole) {
  const std::string w = wrap("see https://example.com/a/very/long/path/that/cannot/be/cut ok", 20);
  EXPECT_NE(w.find("https://example.com/a/very/long/path/that/cannot/be/cut"), std::string::npos);
  EXPECT_EQ(w.substr(0, 4), "see\n");
}

TEST(Terminal, ColumnsFallsBackToTheEnvironmentThenEighty) {
  ::setenv("COLUMNS", "132", 1);
  EXPECT_EQ(columns(-1), 132u);
  ::setenv("COLUMNS", "wide", 1);
  EXPECT_EQ(columns(-1), 80u);
  ::unsetenv("COLUMNS");
  EXPECT_EQ(columns(-1), 80u);
}

}  // namespace
}  // namespace chimera::term
