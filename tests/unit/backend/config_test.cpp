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

TEST(OptionNames, UnknownNamesGetTheNearestKnownOne) {
  EXPECT_FALSE(unknown_option("num_ctx", "--options"));
  EXPECT_FALSE(unknown_option("stop", "--options"));
  const auto typo = unknown_option("temprature", "--options");
  ASSERT_TRUE(typo);
  EXPECT_NE(typo->find("did you mean 'temperature'?"), std::string::npos) << *typo;
  EXPECT_NE(typo->find("--options"), std::string::npos);
  EXPECT_TRUE(unknown_option("num_ctxx", "--param"));
  const auto far = unknown_option("zzzzzz", "--param");
  ASSERT_TRUE(far);
  EXPECT_EQ(far->find("did you mean"), std::string::npos) << *far;
}

TEST(OptionNames, NumericOptionsTakeNumbers) {
  const auto glued = check_option_value("num_ctx", "2048;temperature=0.8", "--options");
  ASSERT_FALSE(glued);
  EXPECT_NE(glued.error().describe().find("commas"), std::string::npos);
  EXPECT_TRUE(check_option_value("use_mmap", "false", "--options"));
  EXPECT_TRUE(check_option_value("temperature", "1e-3", "--options"));
  EXPECT_TRUE(check_option_value("stop", "END", "--options"));  // text where text is taken
  EXPECT_TRUE(check_option_value("custom_knob", "anything", "--options"));  // unknown: not typed
}

TEST(OptionNames, OptionsToJsonChecksValuesNotNames) {
  EXPECT_TRUE(options_to_json("num_ctxx=1024"));  // the commands warn about the name
  EXPECT_FALSE(options_to_json("num_ctx=2048;temperature=0.8"));
  EXPECT_EQ(options_to_json("num_ctx=2048,temperature=0.8").value(),
            "{\"num_ctx\":2048,\"temperature\":0.8}");
  EXPECT_EQ(options_to_json("{\"custom_knob\": 1}").value(), "{\"custom_knob\": 1}");
}

TEST(OptionNames, NamesAreReadFromKeyValueAndJsonSpecs) {
  using V = std::vector<std::string>;
  EXPECT_EQ(option_names_in("num_ctx=2048, temperature=0.8"), (V{"num_ctx", "temperature"}));
  EXPECT_EQ(option_names_in("stop=[\"a,b\",\"c\"],top_k=40"), (V{"stop", "top_k"}));
  EXPECT_EQ(option_names_in("{\"num_ctx\": 2048, \"options\": {\"inner\": 1}}"),
            (V{"num_ctx", "options"}));
  EXPECT_EQ(option_names_in(""), V{});
  EXPECT_EQ(option_names_in("{not json"), V{});
}

TEST(OptionNames, TheListIsSortedAndUnique) {
  const auto names = known_option_names();
  EXPECT_TRUE(std::is_sorted(names.begin(), names.end()));
  EXPECT_EQ(std::adjacent_find(names.begin(), names.end()), names.end());
  EXPECT_EQ(std::find(names.begin(), names.end(), ""), names.end());
}

}  // namespace
}  // namespace chimera::backend
