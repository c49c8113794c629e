#include "chimera/ingest/csv_reader.hpp"

#include <gtest/gtest.h>

namespace chimera::ingest {
namespace {

using Records = std::vector<std::pair<std::size_t, std::vector<std::string>>>;

Records parse(std::string_view text, std::optional<CsvError>* err = nullptr, char delim = ',') {
  Records out;
  auto e = read_csv(text, delim, [&](std::size_t line, std::span<const std::string_view> f) {
    out.emplace_back(line, std::vector<std::string>(f.begin(), f.end()));
    return true;
  });
  if (err) *err = e;
  return out;
}

TEST(CsvReader, QuotingDoubledQuotesAndEmbeddedNewlines) {
  const auto r = parse("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",3\nlast,4\n");
  ASSERT_EQ(r.size(), 4u);
  EXPECT_EQ(r[1].second, (std::vector<std::string>{"x, y", "say \"hi\""}));
  EXPECT_EQ(r[2].second, (std::vector<std::string>{"two\nlines", "3"}));
  EXPECT_EQ(r[2].first, 3u);
  EXPECT_EQ(r[3].first, 5u);  // the embedded newline moved the line count on
}

TEST(CsvReader, CrlfLoneCrAndMissingFinalNewline) {
  const Records want = {{1, {"a", "b"}}, {2, {"1", "2"}}};
  EXPECT_EQ(parse("a,b\r\n1,2\r\n"), want);
  EXPECT_EQ(parse("a,b\r1,2\r"), want);
  EXPECT_EQ(parse("a,b\n1,2"), want);
}

TEST(CsvReader, TrailingDelimiterMeansEmptyLastField) {
  const auto r = parse("a,b,\n");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].second.size(), 3u);
  EXPECT_EQ(parse("a,")[0].second.size(), 2u);
}

TEST(CsvReader, UnterminatedQuoteStopsWithTheLineItOpenedOn) {
  std::optional<CsvError> err;
  const auto r = parse("a,b\n1,2\n3,\"open\nmore\n", &err);
  ASSERT_TRUE(err);
  EXPECT_EQ(err->line, 3u);
  ASSERT_EQ(r.size(), 2u);  // the records before it were delivered
}

TEST(CsvReader, SniffsSemicolonAndTab) {
  EXPECT_EQ(sniff_delimiter("a;b\n1;2"), ';');
  EXPECT_EQ(sniff_delimiter("a\tb\n"), '\t');
  EXPECT_EQ(sniff_delimiter("a,b;c\n"), ',');
  EXPECT_EQ(parse("a;b\n1;2\n", nullptr, ';')[1].second, (std::vector<std::string>{"1", "2"}));
}

TEST(CsvReader, TextAfterClosingQuoteIsKept) {
  EXPECT_EQ(parse("\"ab\"cd,e\n")[0].second, (std::vector<std::string>{"abcd", "e"}));
}

// A document cut at any byte keeps every record that ended before the cut exactly as the whole
// document has it (parsing works on a whole buffer; this guards the index arithmetic at every
// boundary), and never yields more records than the whole.
TEST(CsvReader, EveryPrefixKeepsTheRecordsBeforeTheCut) {
  const std::string doc = "h1,\"h 2\"\r\n\"a\"\"b\",1\n\"multi\nline\",2\r3,4";
  const auto full = parse(doc);
  ASSERT_EQ(full.size(), 4u);
  EXPECT_EQ(full[1].second, (std::vector<std::string>{"a\"b", "1"}));
  EXPECT_EQ(full[2].second, (std::vector<std::string>{"multi\nline", "2"}));
  for (std::size_t n = 0; n <= doc.size(); ++n) {
    std::optional<CsvError> err;
    const auto recs = parse(std::string_view(doc).substr(0, n), &err);
    ASSERT_LE(recs.size(), full.size()) << "cut at " << n;
    for (std::size_t i = 0; i + 1 < recs.size(); ++i)
      EXPECT_EQ(recs[i].second, full[i].second) << "record " << i << ", cut at " << n;
  }
}

}  // namespace
}  // namespace chimera::ingest
