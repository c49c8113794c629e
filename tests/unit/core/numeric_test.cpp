#include "chimera/core/numeric.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace chimera::numeric {
namespace {

// Found by fuzzing the decoders: a token count of 4.3e53 was cast to an integer (undefined).
TEST(ToCount, OnlyWholeNumbersInRangeAreCounts) {
  EXPECT_EQ(to_count(0), 0);
  EXPECT_EQ(to_count(128), 128);
  EXPECT_EQ(to_count(9007199254740992.0), 9007199254740992LL);
  for (const double bad : {-1.0, 0.5, 4.27556e53, 1e300, std::nan(""), HUGE_VAL, -HUGE_VAL})
    EXPECT_FALSE(to_count(bad)) << bad;
}

TEST(ParseCell, PlainNumbers) {
  EXPECT_DOUBLE_EQ(parse_cell("12")->value, 12);
  EXPECT_DOUBLE_EQ(parse_cell(" -1.5e3 ")->value, -1500);
  EXPECT_DOUBLE_EQ(parse_cell("+0.25")->value, 0.25);
  EXPECT_DOUBLE_EQ(parse_cell(".5")->value, 0.5);
  EXPECT_EQ(parse_cell("12")->suffix, "");
  EXPECT_EQ(parse_cell("17.5 ms/tok")->suffix, "ms/tok");  // a time per token
  EXPECT_DOUBLE_EQ(parse_cell("17.5 ms/tok")->value, 17.5);
}

TEST(ParseCell, ThousandsSeparatorsOnlyInGroupsOfThree) {
  EXPECT_DOUBLE_EQ(parse_cell("1,234,567.5")->value, 1234567.5);
  EXPECT_FALSE(parse_cell("1,23,4"));
  EXPECT_FALSE(parse_cell("12,345.6,7"));
}

// A comma that groups no thousands is a decimal comma (Spanish, German, French, Russian tables):
// "45,4", "12,3456", "1.286,8" with dots grouping the thousands. "1,234" stays English.
TEST(ParseCell, DecimalCommas) {
  EXPECT_DOUBLE_EQ(parse_cell("45,4")->value, 45.4);
  EXPECT_DOUBLE_EQ(parse_cell("1,23")->value, 1.23);
  EXPECT_DOUBLE_EQ(parse_cell("12,3456")->value, 12.3456);
  EXPECT_DOUBLE_EQ(parse_cell("1.286,8")->value, 1286.8);
  EXPECT_DOUBLE_EQ(parse_cell("-12.345.678,25")->value, -12345678.25);
  const auto gb = parse_cell("4,7 GB");
  ASSERT_TRUE(gb);
  EXPECT_DOUBLE_EQ(gb->value, 4.7);
  EXPECT_EQ(gb->suffix, "gb");
  EXPECT_DOUBLE_EQ(parse_cell("1,234")->value, 1234.0);
  EXPECT_FALSE(parse_cell("1.28,6"));    // a dot grouping no three digits
  EXPECT_FALSE(parse_cell("1.2345,6"));  // nor here
  EXPECT_FALSE(parse_cell("12,5,6"));    // a list
}

TEST(ParseCell, UnitSuffixes) {
  EXPECT_EQ(parse_cell("87%")->suffix, "%");
  EXPECT_EQ(parse_cell("3.2 s")->suffix, "s");
  EXPECT_EQ(parse_cell("120 tok/s")->suffix, "tok/s");
  EXPECT_EQ(parse_cell("15 MiB")->suffix, "mib");
  EXPECT_DOUBLE_EQ(parse_cell("603ms")->value, 603);
  // Percentage points, request and data rates and token counts are figures too.
  EXPECT_EQ(parse_cell("+35.2pp")->suffix, "pp");
  EXPECT_DOUBLE_EQ(parse_cell("-0.6 pp")->value, -0.6);
  EXPECT_EQ(parse_cell("12 req/s")->suffix, "req/s");
  EXPECT_EQ(parse_cell("3,350 GB/s")->suffix, "gb/s");
  EXPECT_EQ(parse_cell("512 tokens")->suffix, "tokens");
  // Rates written out in words, as consoles and READMEs print them.
  EXPECT_EQ(parse_cell("3.06 requests/second")->suffix, "requests/second");
  EXPECT_EQ(parse_cell("19,787 tok/sec")->suffix, "tok/sec");
  EXPECT_FALSE(parse_cell("3.06 requests/second please"));
  EXPECT_EQ(parse_cell("5.9\xC3\x97")->suffix, "x");  // the multiplication sign
  EXPECT_DOUBLE_EQ(parse_cell("$42k")->value, 42000);
  EXPECT_DOUBLE_EQ(parse_cell("$1.2M")->value, 1.2e6);
  // A sum in dollars: the currency is its unit.
  EXPECT_DOUBLE_EQ(parse_cell("$1,200")->value, 1200);
  EXPECT_EQ(parse_cell("$0.075")->suffix, "usd");
  EXPECT_DOUBLE_EQ(parse_cell("-$2,400")->value, -2400);
  EXPECT_DOUBLE_EQ(parse_cell("+$1.335")->value, 1.335);
  for (const char* s : {"$", "$x", "$5 ms", "1$", "$$5"}) EXPECT_FALSE(parse_cell(s)) << s;
  // Ordinals and bare magnitudes stay text: "3rd", "1.78 B" (billions or bytes).
  for (const char* s : {"3rd", "1st", "1.78 B", "46 M", "19 layers"})
    EXPECT_FALSE(parse_cell(s)) << s;
}

// Reports written for people give small p-values as a power of ten (TR126, TR132 of the reference
// checkout: 53 cells of its p-value columns were kept as text).
TEST(ParseCell, PowersOfTenWrittenForPeople) {
  EXPECT_DOUBLE_EQ(parse_cell("1.2x10^-5")->value, 1.2e-5);
  EXPECT_DOUBLE_EQ(parse_cell("2.59 \xC3\x97 10\xE2\x81\xBB\xC2\xB9\xC2\xB9")->value, 2.59e-11);
  EXPECT_DOUBLE_EQ(
      parse_cell("2.55 \xC3\x97 10\xE2\x81\xBB\xC2\xB2\xE2\x81\xB0\xE2\x81\xB9")->value, 2.55e-209);
  EXPECT_DOUBLE_EQ(parse_cell("3*10^3")->value, 3000);
  EXPECT_DOUBLE_EQ(parse_cell("4 x 10^+2")->value, 400);
  EXPECT_DOUBLE_EQ(parse_cell("1.5x10^3 tok/s")->value, 1500);
  EXPECT_EQ(parse_cell("1.5x10^3 tok/s")->suffix, "tok/s");
  EXPECT_EQ(parse_cell("1.2x10^-5")->suffix, "");
  // Not a power of ten: a product, a hex literal, an exponent too long or given twice.
  for (const char* s :
       {"2x10", "0x10", "4 x 10 GbE", "1x10^", "1x10^1234", "1e2x10^3", "2x10^-5 apples"})
    EXPECT_FALSE(parse_cell(s)) << s;
}

// Ollama's Go durations and token counts pasted into a table ("2m35.796s", "157 token(s)").
TEST(ParseCell, GoDurationsAndTokenCounts) {
  EXPECT_DOUBLE_EQ(parse_cell("2m35.796s")->value, 155.796);
  EXPECT_EQ(parse_cell("2m35.796s")->suffix, "s");
  EXPECT_DOUBLE_EQ(parse_cell("1h2m3s")->value, 3723);
  EXPECT_EQ(parse_cell("157 token(s)")->suffix, "token(s)");
  // A note's "2m19" (its "s" left out, held-out set 25): seconds after the minutes, under 60.
  EXPECT_DOUBLE_EQ(parse_cell("2m19")->value, 139);
  // Written with a space between the parts, and hours with minutes alone (held-out set 43).
  EXPECT_DOUBLE_EQ(parse_cell("7m 51s")->value, 471);
  EXPECT_DOUBLE_EQ(parse_cell("1h 2m 3s")->value, 3723);
  EXPECT_DOUBLE_EQ(parse_cell("2h 30m")->value, 9000);
  EXPECT_DOUBLE_EQ(parse_cell("2h30m")->value, 9000);
  // ... and its units' longer names, a space before each unit (the review of the thirty-second
  // session), or spaced unevenly.
  EXPECT_DOUBLE_EQ(parse_cell("7min 51s")->value, 471);
  EXPECT_DOUBLE_EQ(parse_cell("1h 20min")->value, 4800);
  EXPECT_DOUBLE_EQ(parse_cell("7 m 51 s")->value, 471);
  EXPECT_DOUBLE_EQ(parse_cell("1hr 5mins 3secs")->value, 3903);
  EXPECT_DOUBLE_EQ(parse_cell("1h 2m3s")->value, 3723);
  for (const char* s : {"5m", "2m75", "2m35ms", "1s2m", "m35s", "2s35", "7m  51s", "7m s", "2m 3m",
                        "3s 2h", "1h 2h", "5m 30 GB", "7 mb 51 s", "3 GB 2 MB"})
    EXPECT_FALSE(parse_cell(s)) << s;
  EXPECT_EQ(parse_cell("35.796s")->suffix, "s");
  EXPECT_DOUBLE_EQ(parse_cell("\xE2\x88\x92"
                              "69.9%")
                       ->value,
                   -69.9);                                    // U+2212
  EXPECT_EQ(parse_cell("12.76 token/s")->suffix, "token/s");  // the singular, as some notes write
}

// A sum of dollars may name what it pays for in the cell: a million tokens, an hour, a request,
// a thousand requests; a sum per month or year keeps its period.
TEST(ParseCell, DollarsWithTheirBasis) {
  EXPECT_EQ(parse_cell("$0.047/1M tokens")->suffix, "usd/mtok");
  EXPECT_DOUBLE_EQ(parse_cell("$0.047/1M tokens")->value, 0.047);
  EXPECT_EQ(parse_cell("$0.023/1M")->suffix, "usd/mtok");
  EXPECT_EQ(parse_cell("$2.10/hr")->suffix, "usd/h");
  EXPECT_EQ(parse_cell("$0.0004/req")->suffix, "usd/req");
  EXPECT_EQ(parse_cell("$0.35/1k req")->suffix, "usd/kreq");
  EXPECT_EQ(parse_cell("-$3.70/month")->suffix, "usd/month");
  EXPECT_EQ(parse_cell("$2.4k/yr")->suffix, "usd/yr");
  EXPECT_DOUBLE_EQ(parse_cell("-$1,116.00/year")->value, -1116);
  EXPECT_DOUBLE_EQ(parse_cell("$2.4k/yr")->value, 2400);
  for (const char* s : {"$153/yr consumer", "$5/GB", "$5/", "$/hr"})
    EXPECT_FALSE(parse_cell(s)) << s;
}

TEST(ParseCell, RejectsWordsDatesAndVersions) {
  for (const char* s :
       {"", "abc", "2025-10-02", "v1.2", "1.2.3", "12 apples", "0x10", "-", "1e", "e5", "NaN"}) {
    EXPECT_FALSE(parse_cell(s)) << s;
  }
}

TEST(ParseCell, HugeLiteralsOverflowToInfinity) {
  const auto p = parse_cell("1e400");
  ASSERT_TRUE(p);
  EXPECT_TRUE(std::isinf(p->value));
  EXPECT_DOUBLE_EQ(parse_cell("123456789012345678901234567890")->value, 1.2345678901234568e29);
}

TEST(MissingMarker, RecognisesNonFiniteSpellings) {
  for (const char* s : {"NaN", "nan", " -inf ", "Infinity", "-Infinity"})
    EXPECT_TRUE(is_missing_marker(s)) << s;
  for (const char* s : {"", "n/a", "0", "none"}) EXPECT_FALSE(is_missing_marker(s)) << s;
}

// A commit's short hash of digits and one 'e' is no number; programs' exponents are.
TEST(ParseCell, AShortHashIsNoScientificNotation) {
  EXPECT_FALSE(parse_cell("360e134").has_value());
  EXPECT_FALSE(parse_cell("10e12").has_value());
  EXPECT_DOUBLE_EQ(parse_cell("1e+16")->value, 1e16);
  EXPECT_DOUBLE_EQ(parse_cell("2e5")->value, 2e5);
  EXPECT_DOUBLE_EQ(parse_cell("-1e5")->value, -1e5);
  EXPECT_DOUBLE_EQ(parse_cell("1.5e3")->value, 1500);
  EXPECT_DOUBLE_EQ(parse_cell("12.5e-3")->value, 0.0125);
}

TEST(ParseLegacy, ReferenceRule) {
  EXPECT_DOUBLE_EQ(*parse_legacy("14.24"), 14.24);
  EXPECT_DOUBLE_EQ(*parse_legacy("87%"), 87);
  EXPECT_DOUBLE_EQ(*parse_legacy("2.5s"), 2.5);
  EXPECT_DOUBLE_EQ(*parse_legacy("1,234"), 1234);
  EXPECT_FALSE(parse_legacy("tokens"));
  EXPECT_FALSE(parse_legacy("NaN"));
  EXPECT_FALSE(parse_legacy(""));
}

TEST(FormatDouble, ShortestRoundTrip) {
  EXPECT_EQ(format_double(44.0), "44");
  EXPECT_EQ(format_double(0.1), "0.1");
  EXPECT_EQ(format_double(187.1752905464622), "187.1752905464622");
}

}  // namespace
}  // namespace chimera::numeric
