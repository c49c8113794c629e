#include "chimera/core/json_writer.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <sstream>

namespace chimera {
namespace {

TEST(JsonWriter, WritesNestedDocumentsThatParse) {
  std::ostringstream ss;
  JsonWriter w(ss);
  w.begin_object();
  w.key("s").value("quote\" backslash\\ newline\n tab\t ctrl\x01");
  w.key("n").value(1.5);
  w.key("i").value(std::int64_t{-3});
  w.key("nan").value(std::nan(""));
  w.key("missing").value(std::optional<double>{});
  w.key("list").begin_array();
  w.value(true);
  w.begin_object();
  w.end_object();
  w.end_array();
  w.end_object();
  w.flush();
  const auto j = nlohmann::json::parse(ss.str());
  EXPECT_EQ(j["s"], "quote\" backslash\\ newline\n tab\t ctrl\x01");
  EXPECT_EQ(j["n"], 1.5);
  EXPECT_EQ(j["i"], -3);
  EXPECT_TRUE(j["nan"].is_null());
  EXPECT_TRUE(j["missing"].is_null());
  EXPECT_EQ(j["list"].size(), 2u);
}

TEST(JsonWriter, InvalidUtf8IsEscapedNotEmitted) {
  std::string s;
  JsonWriter::append_string(s, "a\xFF");
  EXPECT_EQ(s, "\"a\\\\xff\"");
  EXPECT_EQ(nlohmann::json::parse(s), "a\\xff");
}

}  // namespace
}  // namespace chimera
