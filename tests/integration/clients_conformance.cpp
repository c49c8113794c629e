// `chimera serve` against the official clients: the pinned `ollama` and `openai` npm packages
// (installed by scripts/setup.sh into build/npm-clients) run tests/clients/conformance.mjs
// against a `chimera serve` process serving a small random-weight model.
#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>

#include "test_support.hpp"

namespace chimera {
namespace {
using namespace chimera::testing;

TEST(OfficialClients, OllamaAndOpenAiNpmClientsPassTheConformanceSuite) {
  const std::filesystem::path clients = source_dir() / "build/npm-clients";
  ASSERT_TRUE(std::filesystem::exists(clients / "node_modules/ollama") &&
              std::filesystem::exists(clients / "node_modules/openai"))
      << "the pinned npm clients are missing from " << clients
      << ": run scripts/setup.sh (it installs them)";
  TempDir t;
  const auto model = (t / "tiny.gguf").string();
  ASSERT_EQ(run_process({chimera_bin().string(), "model", "init", "--embd", "64", "--layers", "2",
                         "--heads", "2", "--ffn", "128", model})
                .exit_code,
            0);
  const int port = free_port();
  const std::string url = "http://127.0.0.1:" + std::to_string(port);
  BackgroundProcess serve({chimera_bin().string(), "serve", "--model", "tiny=" + model, "--port",
                           std::to_string(port), "--parallel", "2"},
                          t / "serve.log");
  ASSERT_TRUE(serve.wait_until_ok(url + "/api/version", 30'000)) << read_file(t / "serve.log");
  const auto r =
      run_process({"/usr/bin/node", (source_dir() / "tests/clients/conformance.mjs").string(),
                   clients.string(), url, "tiny"});
  std::cout << r.out;
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(r.out.find("FAIL"), std::string::npos) << r.out;
  EXPECT_GE(std::count(r.out.begin(), r.out.end(), '\n'), 22) << r.out;
}

}  // namespace
}  // namespace chimera
