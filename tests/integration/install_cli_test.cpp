// `cmake --install` lays out a prefix (bin/chimera, share/chimera/{prompts,vocabulary}) and the
// installed binary finds its data there, not in the source tree it was built from.
#include <gtest/gtest.h>

#include <filesystem>

#include "test_support.hpp"

namespace chimera {
namespace {
using namespace chimera::testing;

TEST(Install, TheInstalledBinaryFindsItsPromptsAndVocabularyInThePrefix) {
  TempDir t;
  const auto prefix = t / "prefix";
  const auto r = run_process({"/usr/bin/cmake", "--install", binary_dir().string(), "--component",
                              "chimera", "--prefix", prefix.string()});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  const auto bin = prefix / "bin/chimera";
  ASSERT_TRUE(std::filesystem::exists(bin));
  EXPECT_TRUE(std::filesystem::exists(prefix / "share/chimera/prompts/analysis.md"));
  const auto v = run_process({bin.string(), "--version"});
  EXPECT_EQ(v.exit_code, 0) << v.err;
  EXPECT_NE(v.out.find("prompts: " + (prefix / "share/chimera/prompts").string()),
            std::string::npos)
      << v.out;
#ifdef CHIMERA_HAVE_LLAMA
  EXPECT_NE(v.out.find((prefix / "share/chimera/ggml-vocab-llama-spm.gguf").string()),
            std::string::npos)
      << v.out;
  const auto m = run_process({bin.string(), "model", "init", "--embd", "32", "--layers", "1",
                              "--heads", "1", "--ffn", "64", (t / "m.gguf").string()});
  EXPECT_EQ(m.exit_code, 0) << m.err;
  EXPECT_TRUE(std::filesystem::exists(t / "m.gguf"));
  // An existing file is never replaced silently.
  const auto again = run_process({bin.string(), "model", "init", "--embd", "32", "--layers", "1",
                                  "--heads", "1", "--ffn", "64", (t / "m.gguf").string()});
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_NE(again.err.find("--force"), std::string::npos) << again.err;
#endif
}

}  // namespace
}  // namespace chimera
