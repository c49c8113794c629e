#include "chimera/core/json_reader.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace chimera::json {
namespace {

// Records events as a compact trace: { } [ ] k:name s:text n:literal x:nonfinite b t/f z
class Trace final : public JsonVisitor {
 public:
  std::string out;
  std::vector<double> numbers;
  void begin_object() override { out += "{"; }
  void end_object() override { out += "}"; }
  void begin_array() override { out += "["; }
  void end_array() override { out += "]"; }
  void key(std::string_view k) override { out += "k:" + std::string(k) + " "; }
  void scalar(JsonScalar kind, std::string_view text, double number, std::size_t) override {
    static const char* kTags[] = {"s:", "n:", "x:", "b:", "z:"};
    out += kTags[static_cast<int>(kind)] + std::string(text) + " ";
    if (kind == JsonScalar::number || kind == JsonScalar::non_finite) numbers.push_back(number);
  }
};

std::string trace(std::string_view doc) {
  Trace t;
  const auto err = read_json(doc, t);
  return err ? "ERR " + err->describe() : t.out;
}

TEST(JsonReader, EventsForAllValueKinds) {
  EXPECT_EQ(trace(R"({"a": [1, -2.5e1, "x\ty"], "b": {"c": true, "d": null}})"),
            "{k:a [n:1 n:-2.5e1 s:x\ty ]k:b {k:c b:true k:d z:null }}");
}

TEST(JsonReader, UnicodeEscapesIncludingSurrogatePairs) {
  EXPECT_EQ(trace(R"(["\u00e9\ud83d\ude00"])"), "[s:\xC3\xA9\xF0\x9F\x98\x80 ]");
}

TEST(JsonReader, PythonNonFiniteLiterals) {
  Trace t;
  ASSERT_FALSE(read_json("[NaN, Infinity, -Infinity]", t));
  EXPECT_EQ(t.out, "[x:NaN x:Infinity x:-Infinity ]");
  EXPECT_TRUE(std::isnan(t.numbers[0]));
  EXPECT_TRUE(std::isinf(t.numbers[2]) && t.numbers[2] < 0);
}

TEST(JsonReader, HugeNumbersKeepTheirLiteral) {
  Trace t;
  ASSERT_FALSE(read_json("[123456789012345678901234567890, 1e400, 1e-400]", t));
  EXPECT_EQ(t.out, "[n:123456789012345678901234567890 n:1e400 n:1e-400 ]");
  EXPECT_DOUBLE_EQ(t.numbers[0], 1.2345678901234568e29);
  EXPECT_TRUE(std::isinf(t.numbers[1]));
  EXPECT_EQ(t.numbers[2], 0.0);
}

TEST(JsonReader, DeepNestingNeedsNoRecursion) {
  const std::size_t depth = 100000;
  const std::string doc = std::string(depth, '[') + "1" + std::string(depth, ']');
  Trace t;
  EXPECT_FALSE(read_json(doc, t));
  JsonLimits lim;
  lim.max_depth = 100;
  const auto err = read_json(doc, t, lim);
  ASSERT_TRUE(err);
  EXPECT_NE(err->message.find("deeper than 100"), std::string::npos);
}

TEST(JsonReader, ErrorsNameLineColumnAndByte) {
  Trace t;
  const auto err = read_json("{\n  \"a\": 1,\n  \"b\" 2\n}", t);
  ASSERT_TRUE(err);
  EXPECT_EQ(err->line, 3u);
  EXPECT_EQ(err->column, 7u);
  EXPECT_NE(err->describe().find("expected ':'"), std::string::npos);
}

TEST(JsonReader, TruncatedDocumentsSaySo) {
  for (const char* doc : {"{\"a\": [1, 2", "{\"a\": \"unterminated", "[1,", "{\"a\"", "-"}) {
    Trace t;
    const auto err = read_json(doc, t);
    ASSERT_TRUE(err) << doc;
    EXPECT_NE(err->message.find("truncated"), std::string::npos) << doc << ": " << err->message;
  }
}

TEST(JsonReader, RejectsMalformedInput) {
  for (const char* doc :
       {"", "   ", "{,}", "[1 2]", "{\"a\":1,}", "[01]", "[1.]", "tru", "{\"a\":1} x",
        "[\"bad \\q escape\"]", "[\"raw\ncontrol\"]", "[+1]", "{1:2}"}) {
    Trace t;
    EXPECT_TRUE(read_json(doc, t)) << doc;
  }
}

// Every prefix of a valid document is either valid or an error, never a crash.
TEST(JsonReader, EveryPrefixFailsCleanly) {
  const std::string doc =
      R"({"models":[{"name":"g\u00e9","ttft_s":0.65,"ok":true}],"n":null,"x":-1e-3})";
  for (std::size_t n = 0; n < doc.size(); ++n) {
    Trace t;
    EXPECT_TRUE(read_json(std::string_view(doc).substr(0, n), t)) << n;
  }
  Trace t;
  EXPECT_FALSE(read_json(doc, t));
}

}  // namespace
}  // namespace chimera::json
