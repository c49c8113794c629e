// `chimera serve` under hostile clients (tools/serve_attack): slowloris, idle keep-alives, a
// chunked body bomb, a huge options map, num_ctx bombs under a memory limit, a flood beyond the
// queue, a client that leaves mid-generation; and a model file truncated while loaded. Each is
// bounded in time, and GET /api/version is answered throughout (the latency budget here is
// generous for loaded CI machines; bench/serve_attacks.sh measures the real figure).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "test_support.hpp"

namespace chimera {
namespace {
using namespace chimera::testing;

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kSanitized = true;  // the sanitizers reserve terabytes of address space
#else
constexpr bool kSanitized = false;
#endif

std::string make_model(const TempDir& t, const std::string& name, const std::string& ctx) {
  const auto model = (t / name).string();
  const auto r = run_process({chimera_bin().string(), "model", "init", "--embd", "64", "--layers",
                              "2", "--heads", "2", "--ffn", "128", "--ctx", ctx, model});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return model;
}

TEST(ServeUnderAttack, EveryAttackIsBoundedAndTheServerKeepsAnswering) {
  TempDir t;
  // A 128k training context: a num_ctx bomb is capped there, and must still fit the memory
  // limit below.
  const auto model = make_model(t, "tiny.gguf", "131072");
  const int port = free_port();
  std::vector<std::string> argv = {
      chimera_bin().string(), "serve",      "--model", "tiny=" + model, "--port",
      std::to_string(port),   "--parallel", "2",       "--max-queue",   "8",
      "--read-timeout",       "3"};
  if (!kSanitized) {  // 3 GiB of address space: the memory the num_ctx bombs may not exceed
    argv.insert(argv.begin(), {"/usr/bin/prlimit", "--as=3221225472", "--"});
  }
  BackgroundProcess serve(argv, t / "serve.log");
  const std::string url = "http://127.0.0.1:" + std::to_string(port);
  ASSERT_TRUE(serve.wait_until_ok(url + "/api/version", 30'000)) << read_file(t / "serve.log");
  const auto r = run_process({SERVE_ATTACK_BIN, "--port", std::to_string(port), "--model", "tiny",
                              "--slots", "2", "--pid", std::to_string(serve.pid()), "--connections",
                              "40", "--header-deadline-ms", "9000", "--idle-deadline-ms", "9000",
                              // Sanitizers slow the server 5-20x: a stall the test is after
                              // lasts a whole attack (seconds), far over either budget.
                              "--version-budget-ms", kSanitized ? "4000" : "1000"});
  std::cout << r.out;
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err << read_file(t / "serve.log");
  EXPECT_EQ(r.out.find("FAIL"), std::string::npos);
  EXPECT_GE(std::count(r.out.begin(), r.out.end(), '\n'), 7) << r.out;
  EXPECT_TRUE(serve.wait_until_ok(url + "/api/version", 2'000)) << "the server did not survive";
}

// The loaded model file is cut short under the server (a disk full, a bad copy): the server
// reads models into memory rather than mapping them, so it keeps serving instead of dying of
// SIGBUS.
TEST(ServeUnderAttack, ATruncatedModelFileDoesNotKillTheServer) {
  TempDir t;
  const auto model = make_model(t, "tiny.gguf", "2048");
  const int port = free_port();
  BackgroundProcess serve(
      {chimera_bin().string(), "serve", "--model", "tiny=" + model, "--port", std::to_string(port)},
      t / "serve.log");
  const std::string url = "http://127.0.0.1:" + std::to_string(port);
  ASSERT_TRUE(serve.wait_until_ok(url + "/api/version", 30'000)) << read_file(t / "serve.log");
  const auto gen = [&] {
    return run_process(
        {"/usr/bin/curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}", "-d",
         R"({"model":"tiny","prompt":"Hi","stream":false,"options":{"num_predict":4}})",
         url + "/api/generate"});
  };
  EXPECT_EQ(gen().out, "200");
  std::filesystem::resize_file(model, std::filesystem::file_size(model) / 3);
  EXPECT_EQ(gen().out, "200") << "the loaded model is in memory: it still generates";
  EXPECT_TRUE(serve.wait_until_ok(url + "/api/version", 2'000))
      << "the server died: " << read_file(t / "serve.log");
}

}  // namespace
}  // namespace chimera
