// `chimera probe` as a black box against the fake server running in this test process.
#include <gtest/gtest.h>

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sstream>

#include "chimera/fake/fake_server.hpp"
#include "test_support.hpp"

namespace chimera {
namespace {
using namespace chimera::testing;

class ProbeCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new fake::FakeServer();
    ASSERT_TRUE(server_->start().ok());
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static ProcessResult probe(std::vector<std::string> args, int sigint_after_ms = -1) {
    args.insert(args.begin(), {chimera_bin().string(), "probe", "--url", server_->url()});
    return run_process(args, sigint_after_ms);
  }
  static inline fake::FakeServer* server_ = nullptr;
};

TEST_F(ProbeCli, TextShowsRowsSummaryAndEnvironment) {
  const auto r = probe({"--model", "fake:tokens=8", "-n", "3", "--warmup", "1"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* s : {"environment:", "server_version       0.0.0-fake",
                        "summary over 3 measured request(s), 0 failed", "ttft_ms", "tpot_ms",
                        "itl_ms", "decode_tok_s", "w: warm-up request, not measured"}) {
    EXPECT_NE(r.out.find(s), std::string::npos) << s << "\n" << r.out;
  }
  std::istringstream lines(r.out);  // fits an 80-column terminal
  for (std::string line; std::getline(lines, line);) EXPECT_LE(line.size(), 80u) << line;
}

TEST_F(ProbeCli, JsonlStreamsOneRecordPerRequestThenASummary) {
  const auto r = probe({"--backend", "openai", "--model", "fake:tokens=5", "-n", "2", "--warmup",
                        "1", "--format", "jsonl", "--options", "temperature=0.2,seed=7"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream in(r.out);
  std::vector<nlohmann::json> lines;
  for (std::string l; std::getline(in, l);) lines.push_back(nlohmann::json::parse(l));
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0]["type"], "run");
  EXPECT_EQ(lines[0]["options"], "{\"temperature\":0.2,\"seed\":7}");
  EXPECT_EQ(lines[1]["warmup"], true);
  for (std::size_t i = 2; i < 4; ++i) {
    EXPECT_EQ(lines[i]["type"], "request");
    EXPECT_EQ(lines[i]["ok"], true);
    for (const char* k : {"ttft_ms", "first_byte_ms", "first_token_ms", "e2e_ms", "tpot_ms",
                          "itl_ms", "decode_tok_s", "output_tok_s", "prompt_eval_ms", "load_ms",
                          "prompt_tokens", "output_tokens", "token_source"}) {
      EXPECT_TRUE(lines[i].contains(k)) << k;
    }
    EXPECT_EQ(lines[i]["output_tokens"], 5);
    EXPECT_EQ(lines[i]["token_source"], "server");
    EXPECT_TRUE(lines[i]["decode_tok_s"].is_null());  // OpenAI usage has no durations: n/a, not 0
  }
  EXPECT_EQ(lines[4]["type"], "summary");
  EXPECT_EQ(lines[4]["summary"]["ttft_ms"]["n"], 2);
  EXPECT_EQ(lines[4]["summary"]["decode_tok_s"]["n"], 0);
}

TEST_F(ProbeCli, JsonDocumentToFile) {
  TempDir t;
  const auto out = t / "probe.json";
  ASSERT_EQ(probe({"--model", "fake:tokens=4", "-n", "2", "--format", "json", "-o", out.string()})
                .exit_code,
            0);
  const auto j = nlohmann::json::parse(read_file(out));
  EXPECT_EQ(j["schema_version"], 1);
  EXPECT_EQ(j["records"].size(), 3u);
  EXPECT_EQ(j["environment"]["block_count"], "4");
  EXPECT_TRUE(j.contains("definitions"));
}

TEST_F(ProbeCli, AnyFailedMeasuredRequestExits1) {
  const auto r =
      probe({"--model", "fake:tokens=6,fault=close_mid,after=2", "-n", "2", "--warmup", "0"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("closed_mid_stream"), std::string::npos) << r.out;
}

// Fail fast: an unknown model or an unreachable server is one clear error on stderr, exit 1, no
// request sent and no report of n/a.
TEST_F(ProbeCli, AnUnknownModelFailsFastWithTheFix) {
  const auto missing = probe({"--model", "no-such-model", "-n", "5", "--warmup", "1"});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_EQ(missing.out, "");
  EXPECT_NE(missing.err.find("has no model 'no-such-model': model 'no-such-model' not found"),
            std::string::npos)
      << missing.err;
  EXPECT_NE(missing.err.find("ollama pull no-such-model"), std::string::npos) << missing.err;
}

TEST_F(ProbeCli, UnreachableServerNamesTheUrl) {
  for (const char* backend : {"ollama", "openai"}) {
    const auto r = run_process({chimera_bin().string(), "probe", "--backend", backend, "--url",
                                "http://127.0.0.1:9", "--model", "m", "-n", "3", "--warmup", "1",
                                "--retries", "0"});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(r.out, "");
    EXPECT_NE(r.err.find("cannot reach the server at http://127.0.0.1:9"), std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("--url"), std::string::npos) << r.err;
  }
}

// A server that lets the preflight through but refuses every generation (404 on the endpoint):
// the first request stops the run.
TEST_F(ProbeCli, AFatalFirstRequestStopsTheRun) {
  const auto r = probe({"--model", "fake:fault=http404", "-n", "5", "--warmup", "1"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("the first request failed: HTTP 404"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("nothing else was sent"), std::string::npos) << r.err;
}

TEST_F(ProbeCli, UsageErrorsExit2) {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"--model"},
           {"--model", "m", "--backend", "tgi"},
           {"--model", "m", "--options", "num_ctx"},
           {"--model", "m", "--format", "xml"},
           {"--model", "m", "--api-key-env", "CHIMERA_TEST_UNSET_VARIABLE"},
       }) {
    EXPECT_EQ(probe(args).exit_code, 2) << ::testing::PrintToString(args);
  }
}

TEST_F(ProbeCli, ApiKeyComesFromTheEnvironmentAndIsNeverPrinted) {
  ::setenv("CHIMERA_TEST_KEY", "sk-test-9f8e7d6c5b4a", 1);
  const auto r = probe({"--backend", "openai", "--model", "fake:tokens=3", "-n", "1", "--format",
                        "json", "--api-key-env", "CHIMERA_TEST_KEY"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find("sk-test-9f8e7d6c5b4a"), std::string::npos);
  EXPECT_EQ(r.err.find("sk-test-9f8e7d6c5b4a"), std::string::npos);
  const auto help = run_process({chimera_bin().string(), "probe", "--help"});
  EXPECT_EQ(help.out.find("--api-key "), std::string::npos) << "no flag may take the key itself";
}

TEST_F(ProbeCli, CtrlCStopsCleanlyAndKeepsWhatWasMeasured) {
  TempDir t;
  const auto out = t / "run.jsonl";
  // Ctrl-C once the first request is on disk (a fixed time could come before it on a busy
  // machine), while the other 49 are still to come.
  const auto r = run_process_until(
      {chimera_bin().string(), "probe", "--url", server_->url(), "--model", "fake:tokens=40,gap=10",
       "-n", "50", "--warmup", "0", "--format", "jsonl", "-o", out.string()},
      [&] { return read_file(out).find("\"request\"") != std::string::npos; }, 100);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("interrupted"), std::string::npos) << r.err;
  std::istringstream in(read_file(out));
  std::size_t requests = 0;
  for (std::string l; std::getline(in, l);) {
    const auto j = nlohmann::json::parse(l);  // every line complete and valid
    if (j["type"] == "request" && j["ok"] == true) ++requests;
  }
  EXPECT_GE(requests, 1u);
  EXPECT_LT(requests, 50u);
}

}  // namespace
}  // namespace chimera
