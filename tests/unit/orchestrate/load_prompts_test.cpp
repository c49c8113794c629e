#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "chimera/orchestrate/load_run.hpp"

namespace chimera::orchestrate {
namespace {

std::filesystem::path write_temp(const std::string& name, const std::string& text) {
  const auto p = std::filesystem::temp_directory_path() / ("chimera-load-" + name);
  std::ofstream(p, std::ios::binary) << text;
  return p;
}

TEST(LoadPrompts, ObjectsAndBareStringsWithSystemPrompts) {
  const auto f = write_temp("p.jsonl",
                            "{\"prompt\": \"one\", \"system\": \"be brief\"}\n\n\"two\"\n"
                            "{\"prompt\": \"three\", \"meta\": {\"prompt\": \"nested\"}}\n");
  auto p = read_prompts(f.string());
  ASSERT_TRUE(p) << p.error().describe();
  ASSERT_EQ(p.value().size(), 3u);
  EXPECT_EQ(p.value()[0].prompt, "one");
  EXPECT_EQ(p.value()[0].system, "be brief");
  EXPECT_EQ(p.value()[1].prompt, "two");
  EXPECT_EQ(p.value()[2].prompt, "three");  // a nested "prompt" is not the prompt
}

TEST(LoadPrompts, BadLinesNameTheFileAndLine) {
  auto bad =
      read_prompts(write_temp("bad.jsonl", "{\"prompt\": \"ok\"}\n{\"prompt\": \n").string());
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("line 2"), std::string::npos) << bad.error().message;
  auto none = read_prompts(write_temp("none.jsonl", "{\"system\": \"x\"}\n").string());
  ASSERT_FALSE(none);
  EXPECT_NE(none.error().message.find("no \"prompt\""), std::string::npos);
  EXPECT_FALSE(read_prompts("/nonexistent/prompts.jsonl"));
  EXPECT_FALSE(read_prompts(write_temp("empty.jsonl", "\n\n").string()));
}

TEST(LoadPrompts, SyntheticPromptsHaveTheSizeAndDifferPerRequest) {
  const std::string a = synthetic_prompt(100, 0), b = synthetic_prompt(100, 1);
  EXPECT_NE(a, b);
  EXPECT_EQ(a, synthetic_prompt(100, 0));  // deterministic
  std::size_t words = 0;
  for (std::size_t i = a.find(':'); i != std::string::npos; i = a.find(' ', i + 1)) ++words;
  EXPECT_EQ(words, 101u);  // the colon, then one space per word
}

TEST(LoadRun, ConflictingProfilesAreUsageErrorsBeforeAnyRequest) {
  LoadRunOptions o;
  o.url = "http://127.0.0.1:1";  // nothing listens: validation must come first
  o.model = "m";
  o.concurrency = {1};
  o.rate = {1};
  auto r = run_load(o);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::usage);
  EXPECT_NE(r.error().message.find("exclude each other"), std::string::npos);
  o.rate.clear();
  o.concurrency = {1.5};
  EXPECT_NE(run_load(o).error().message.find("whole numbers"), std::string::npos);
  o.concurrency = {1};
  o.resume = true;
  EXPECT_NE(run_load(o).error().message.find("--resume"), std::string::npos);
  o.resume = false;
  o.backend = "embedded";
  EXPECT_NE(run_load(o).error().describe().find("chimera serve"), std::string::npos);
}

}  // namespace
}  // namespace chimera::orchestrate
