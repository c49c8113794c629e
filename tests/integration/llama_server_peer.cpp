// Peer tier: chimera's OpenAI-compatible client against llama.cpp's own llama-server, built from
// the same pinned source, serving a small random-weight model. What the server itself reports is
// the reference: token counts (usage), its decode timings, its slots and context.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "chimera/engine/model_init.hpp"
#include "test_support.hpp"

namespace chimera {
namespace {
using namespace chimera::testing;

// llama-server in the background for the whole suite, stopped (SIGTERM) at its end.
class LlamaServer : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    engine::ModelShape shape;  // a few ms per token on 2 cores: timings well above jitter
    shape.n_embd = 512;
    shape.n_layer = 6;
    shape.n_head = 8;
    shape.n_ff = 1536;
    model_ = (dir_->path() / "peer.gguf").string();
    ASSERT_TRUE(engine::write_random_model(model_, shape, engine::bundled_vocab()).ok());
    const int port = free_port();
    url_ = "http://127.0.0.1:" + std::to_string(port);
    server_ = new BackgroundProcess(
        {LLAMA_SERVER_BIN, "-m", model_, "--host", "127.0.0.1", "--port", std::to_string(port),
         "-c", "4096", "-np", "2", "-t", "2", "--no-webui"},
        dir_->path() / "server.log");
    // Up to 60 s: /health answers 200 once the model is loaded.
    ASSERT_TRUE(server_->wait_until_ok(url_ + "/health", 60'000))
        << "llama-server did not become healthy at " << url_ << ": "
        << read_file(dir_->path() / "server.log");
  }
  static void TearDownTestSuite() {
    delete server_;
    delete dir_;
  }
  static ProcessResult chimera(std::vector<std::string> args) {
    args.insert(args.begin(), {chimera_bin().string()});
    return run_process(args);
  }
  static inline TempDir* dir_ = nullptr;
  static inline std::string model_, url_;
  static inline BackgroundProcess* server_ = nullptr;
};

// probe: token counts are the server's usage, TPOT is within 1 % of the server's own per-token
// time (3 % for a request the box delayed), the decode rate is the server's own, and the server's
// facts are discovered.
TEST_F(LlamaServer, ProbeAgreesWithTheServersOwnFigures) {
  const auto out = (dir_->path() / "probe.json").string();
  const auto r = chimera(
      {"probe", "--backend", "openai", "--url", url_, "--model", "peer", "-n", "3", "--warmup", "1",
       "--options", "max_tokens=128,ignore_eos=true,temperature=0", "--format", "json", "-o", out});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(read_file(out));
  const auto& env = j["environment"];
  EXPECT_EQ(env["server_parallel"], "2") << env;
  EXPECT_EQ(env["slot_context_length"], "2048") << env;  // -c 4096 shared by 2 slots
  EXPECT_EQ(env["context_length_train"], "2048") << env;
  std::size_t measured = 0;
  double closest = 1e9;  // the smallest relative TPOT deviation over the measured requests
  for (const auto& rec : j["records"]) {
    if (rec["warmup"].get<bool>()) continue;
    ++measured;
    ASSERT_TRUE(rec["ok"].get<bool>()) << rec["error"];
    EXPECT_EQ(rec["output_tokens"], 128);
    EXPECT_EQ(rec["server"]["output_tokens"], 128);
    EXPECT_EQ(rec["token_source"], "server");
    EXPECT_EQ(rec["chunks"], 128);
    // llama-server: predicted_ms spans its 127 decode steps; predicted_per_second is 127 / it.
    const double server_per_token = rec["server"]["eval_duration_ns"].get<double>() / 1e6 / 127;
    const double tpot = rec["tpot_ms"].get<double>();
    // Client and server time the same 127 steps; the client adds only the delivery delay of the
    // first and last token, which a busy 2-core box can stretch by a few ms in one request.
    const double deviation = std::abs(tpot / server_per_token - 1.0);
    EXPECT_LT(deviation, 0.03) << "client TPOT " << tpot << " ms, server " << server_per_token
                               << " ms";
    closest = std::min(closest, deviation);
    EXPECT_DOUBLE_EQ(rec["decode_tok_s"].get<double>(),
                     rec["server"]["decode_tok_s"].get<double>());
    EXPECT_NEAR(rec["decode_tok_s"].get<double>(), 1000 / server_per_token, 1e-6 * 1000);
    EXPECT_TRUE(rec["prompt_tok_s"].is_number());
  }
  EXPECT_EQ(measured, 3u);
  EXPECT_LT(closest, 0.01) << "no request's TPOT within 1 % of the server's per-token time";
}

// load: the slot count comes from the server (/props), so queueing past the slots is explained
// without --server-parallel.
TEST_F(LlamaServer, LoadDiscoversTheSlots) {
  const auto r = chimera({"load", "--backend", "openai", "--url", url_, "--model", "peer",
                          "--concurrency", "1,4", "--requests", "4", "--output-tokens", "8",
                          "--store", "", "-q", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["server_parallel"], 2);
  ASSERT_EQ(j["queueing"].size(), 1u) << j["queueing"];
  EXPECT_NE(j["queueing"][0].get<std::string>().find("2 slot(s)"), std::string::npos);
}

}  // namespace
}  // namespace chimera
