#include "chimera/core/format.hpp"

#include <gtest/gtest.h>

namespace chimera {
namespace {

TEST(Format, NamesAndAliasesRoundTrip) {
  for (const Format f : {Format::text, Format::md, Format::json, Format::jsonl, Format::csv,
                         Format::html, Format::sqlite}) {
    const auto parsed = parse_format(format_name(f));
    ASSERT_TRUE(parsed) << format_name(f);
    EXPECT_EQ(*parsed, f);
  }
  EXPECT_EQ(parse_format("markdown"), Format::md);
  EXPECT_EQ(parse_format("ndjson"), Format::jsonl);
  EXPECT_EQ(format_name(Format::md), "md");  // the alias never becomes the name
  EXPECT_FALSE(parse_format("yaml"));
  EXPECT_FALSE(parse_format("JSON "));
}

TEST(Format, ListReadsAsASentence) {
  EXPECT_EQ(format_list({Format::md}), "md");
  EXPECT_EQ(format_list({Format::md, Format::json, Format::html}), "md, json or html");
}

}  // namespace
}  // namespace chimera
