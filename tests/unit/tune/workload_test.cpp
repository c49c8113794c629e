#include "chimera/tune/workload.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace chimera::tune {
namespace {

std::filesystem::path write_temp(const std::string& name, const std::string& text) {
  const auto p = std::filesystem::temp_directory_path() / ("chimera-workload-" + name);
  std::ofstream(p, std::ios::binary) << text;
  return p;
}

TEST(Workload, PromptSetGivesOnePromptPerNonEmptyLine) {
  const auto set = write_temp("set.txt", "first\n\n  \nsecond\r\n");
  auto p = workload_prompts("ignored", "", set.string());
  ASSERT_TRUE(p) << p.error().describe();
  ASSERT_EQ(p.value().size(), 2u);
  EXPECT_EQ(p.value()[0], "first");
  EXPECT_EQ(p.value()[1], "second\r");
}

TEST(Workload, PromptFileThenPromptThenDefault) {
  const auto file = write_temp("prompt.txt", "from the file");
  EXPECT_EQ(workload_prompts("text", file.string(), "").value().front(), "from the file");
  EXPECT_EQ(workload_prompts("text", "", "").value().front(), "text");
  EXPECT_NE(workload_prompts("", "", "").value().front().find("time to first token"),
            std::string::npos);
}

TEST(Workload, UnreadableOrEmptyPromptSourcesNameTheFlag) {
  auto missing = workload_prompts("", "/nonexistent/p.txt", "");
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().message.find("--prompt-file"), std::string::npos);
  const auto empty = write_temp("empty.txt", "\n \n");
  auto none = workload_prompts("", "", empty.string());
  ASSERT_FALSE(none);
  EXPECT_NE(none.error().message.find("--prompt-set"), std::string::npos);
}

TEST(Workload, ReproduceCommandNamesTheProbeAsRun) {
  Workload w;
  w.backend = "openai";
  w.url = "http://h:8000";
  w.prompts = {"say hi"};
  w.requests = 5;
  w.warmup = 2;
  w.api_key_env = "KEY";
  EXPECT_EQ(reproduce_command(w),
            "chimera probe --backend openai --url 'http://h:8000' --model {model} --options "
            "{options} --endpoint chat -n 5 --warmup 2 --prompt 'say hi' --api-key-env KEY");
  w.prompt_set = "set.txt";
  EXPECT_NE(reproduce_command(w).find("--prompt-file <each line of set.txt>"), std::string::npos);
  w.kind = "agent";
  w.dir = "results";
  w.backend = "embedded";
  EXPECT_EQ(reproduce_command(w),
            "chimera run 'results' --backend embedded --model {model} --options {options} "
            "--persona insight-agent --runs 3");
}

TEST(Workload, DescriptionHoldsWhatAResumeMustMatch) {
  Workload w;
  w.model = "m";
  w.prompts = {"a", "b"};
  const std::string j = workload_json(w);
  EXPECT_NE(j.find("\"kind\":\"probe\""), std::string::npos) << j;
  EXPECT_NE(j.find("\"prompts\":[\"a\",\"b\"]"), std::string::npos) << j;
  EXPECT_EQ(j.find("\"dir\""), std::string::npos) << j;  // only the agent workload has one
  w.prompts = {"a", "c"};
  EXPECT_NE(workload_json(w), j);
}

TEST(Workload, AgentWorkloadWithoutDirIsAUsageError) {
  Workload w;
  w.kind = "agent";
  auto ev = make_evaluator(w, nullptr, "{}", {});
  ASSERT_FALSE(ev);
  EXPECT_NE(ev.error().message.find("--dir"), std::string::npos);
  w.kind = "bogus";
  EXPECT_FALSE(make_evaluator(w, nullptr, "{}", {}));
}

}  // namespace
}  // namespace chimera::tune
