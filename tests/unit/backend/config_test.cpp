#include <gtest/gtest.h>

#include <algorithm>

#include "chimera/backend/backend.hpp"

namespace chimera::backend {
namespace {

TEST(BaseUrl, TheApiPrefixAndTrailingSlashesAreDropped) {
  EXPECT_EQ(base_url("openai", "http://h:8000/v1"), "http://h:8000");
  EXPECT_EQ(base_url("openai", "http://h:8000/v1/"), "http://h:8000");
  EXPECT_EQ(base_url("ollama", "http://h:11434/api/"), "http://h:11434");
  EXPECT_EQ(base_url("ollama", "http://h:11434//"), "http://h:11434");
  // Only the backend's own prefix, and only as the last segment.
  EXPECT_EQ(base_url("ollama", "http://h:8000/v1"), "http://h:8000/v1");
  EXPECT_EQ(base_url("openai", "http://h/proxy/v1"), "http://h/proxy");
  EXPECT_EQ(base_url("openai", "http://h/v1x"), "http://h/v1x");
  EXPECT_EQ(base_url("embedded", ""), "");
}

}  // namespace
}  // namespace chimera::backend

namespace chimera::backend {
namespace {

TEST(OptionNames, TyposAreErrorsWithTheNearestName) {
  EXPECT_TRUE(check_option("num_ctx", "2048", "--options"));
  EXPECT_TRUE(check_option("stop", "END", "--options"));  // text where text is taken
  const auto typo = check_option("temprature", "0.8", "--options");
  ASSERT_FALSE(typo);
  EXPECT_NE(typo.error().message.find("did you mean 'temperature'?"), std::string::npos)
      << typo.error().message;
  EXPECT_NE(typo.error().message.find("--options"), std::string::npos);
  EXPECT_FALSE(check_option("num_ctxx", "", "--param"));
  EXPECT_FALSE(check_option("zzzzzz", "", "--param"));
}

TEST(OptionNames, NumericOptionsTakeNumbers) {
  const auto glued = check_option("num_ctx", "2048;temperature=0.8", "--options");
  ASSERT_FALSE(glued);
  EXPECT_NE(glued.error().describe().find("commas"), std::string::npos);
  EXPECT_TRUE(check_option("use_mmap", "false", "--options"));
  EXPECT_TRUE(check_option("temperature", "1e-3", "--options"));
}

TEST(OptionNames, OptionsToJsonChecksKeyValueButPassesJsonVerbatim) {
  EXPECT_FALSE(options_to_json("num_ctxx=1024"));
  EXPECT_FALSE(options_to_json("num_ctx=2048;temperature=0.8"));
  EXPECT_EQ(options_to_json("num_ctx=2048,temperature=0.8").value(),
            "{\"num_ctx\":2048,\"temperature\":0.8}");
  EXPECT_EQ(options_to_json("{\"custom_knob\": 1}").value(), "{\"custom_knob\": 1}");
}

TEST(OptionNames, TheListIsSortedAndUnique) {
  const auto names = known_option_names();
  EXPECT_TRUE(std::is_sorted(names.begin(), names.end()));
  EXPECT_EQ(std::adjacent_find(names.begin(), names.end()), names.end());
  EXPECT_EQ(std::find(names.begin(), names.end(), ""), names.end());
}

}  // namespace
}  // namespace chimera::backend
