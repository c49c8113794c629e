// The measurement core against the fake server: one conformance suite for both backends, and
// every fault giving the right typed error without disturbing other requests.
#include <gtest/gtest.h>

#include "chimera/fake/fake_server.hpp"
#include "chimera/measure/runner.hpp"

namespace chimera {
namespace {

using measure::RequestRecord;

class Measure : public ::testing::TestWithParam<std::string> {
 protected:
  static void SetUpTestSuite() {
    server_ = new fake::FakeServer();
    ASSERT_TRUE(server_->start().ok());
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }

  // A 1 s gap timeout (the stall test stalls 3 s); tests whose server work is slow under
  // sanitizers (a 17 MiB line) pass a longer one.
  std::unique_ptr<backend::Backend> backend(const std::string& url = server_->url(),
                                            int idle_ms = 1000) {
    transport::Timeouts t;
    t.connect_ms = 2000;
    t.first_byte_ms = 5000;
    t.idle_ms = idle_ms;
    t.total_ms = 20000;
    return std::move(backend::make_backend(GetParam(), {url, {}, t}).value());
  }

  RequestRecord run(const std::string& model, bool chat = true, int retries = 2,
                    int idle_ms = 1000) {
    measure::ProbeOptions o;
    o.retries = retries;
    o.retry_base_ms = 10;
    o.first_token_timeout_ms = 1500;
    backend::GenerateRequest q{model, "Say something.", "You are terse.", chat, {}, {}};
    auto b = backend(server_->url(), idle_ms);
    return measure::measure_one(*b, http_, q, o);
  }

  static inline fake::FakeServer* server_ = nullptr;
  transport::HttpClient http_;
};

TEST_P(Measure, GoodStreamChatAndGenerate) {
  for (const bool chat : {true, false}) {
    server_->clear_truth();
    const auto r = run("fake:tokens=12,ttft=15,gap=2", chat);
    ASSERT_TRUE(r.ok) << measure::failure_name(r.error_kind) << ": " << r.error;
    EXPECT_EQ(r.metrics.output_tokens, 12);
    EXPECT_EQ(r.metrics.token_source, stats::TokenSource::server);
    EXPECT_EQ(r.chunks, 12u);
    EXPECT_EQ(r.done_reason, "stop");
    EXPECT_EQ(r.metrics.itl_ms.size(), 11u);
    // The server slept 15 ms before its first token: no measurement can be shorter.
    EXPECT_GE(*r.metrics.ttft_ms, 15.0);
    EXPECT_LE(*r.metrics.ttft_ms, *r.metrics.e2e_ms);
    // Causality against the server's own record of when it wrote the first token.
    const auto truth = server_->truth();
    ASSERT_EQ(truth.size(), 1u);
    ASSERT_EQ(truth[0].token_ns.size(), 12u);
    EXPECT_GE(*r.timeline.first_content_ns, truth[0].token_ns[0]);
    EXPECT_GE(*r.timeline.done_ns, truth[0].token_ns.back());
  }
}

TEST_P(Measure, ReasoningIsFirstTokenNotTtft) {
  const auto r = run("fake:tokens=6,reasoning=2");
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_LT(*r.metrics.first_token_ms, *r.metrics.ttft_ms);
  EXPECT_FALSE(r.reasoning.empty());
  EXPECT_FALSE(r.text.empty());
}

TEST_P(Measure, RefusedPortIsRetriedThenTypedError) {
  fake::FakeServer closed;
  ASSERT_TRUE(closed.start().ok());
  const std::string url = closed.url();
  closed.stop();  // nothing listens there now
  measure::ProbeOptions o;
  o.retry_base_ms = 5;
  auto b = backend(url);
  const auto r = measure::measure_one(*b, http_, {"fake", "x", {}, true, {}, {}}, o);
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.error_kind, measure::Failure::connection_refused);
  EXPECT_EQ(r.attempts, 3);
  EXPECT_NE(r.error.find("is the server running"), std::string::npos) << r.error;
}

TEST_P(Measure, UnknownHostIsADnsErrorNamingTheFlag) {
  auto b = backend("http://nonexistent-host.invalid:11434");
  measure::ProbeOptions o;
  o.retries = 0;
  const auto r = measure::measure_one(*b, http_, {"fake", "x", {}, true, {}, {}}, o);
  EXPECT_EQ(r.error_kind, measure::Failure::dns);
  EXPECT_NE(r.error.find("--url"), std::string::npos) << r.error;
}

TEST_P(Measure, ResetBeforeAnyByteIsRetried) {
  const auto r = run("fake:fault=refuse");
  EXPECT_EQ(r.error_kind, measure::Failure::connection_reset);
  EXPECT_EQ(r.attempts, 3);
}

TEST_P(Measure, CloseMidStreamIsNeverRetried) {
  const auto r = run("fake:tokens=8,fault=close_mid,after=3");
  EXPECT_EQ(r.error_kind, measure::Failure::closed_mid_stream);
  EXPECT_EQ(r.attempts, 1);
  EXPECT_EQ(r.chunks, 3u);  // what arrived is kept
}

TEST_P(Measure, StallTripsTheGapTimeout) {
  const auto r = run("fake:tokens=6,fault=stall,after=2,stall=3000");
  EXPECT_EQ(r.error_kind, measure::Failure::idle_timeout);
  EXPECT_NE(r.error.find("--gap-timeout"), std::string::npos);
}

TEST_P(Measure, SlowFirstTokenTripsTheFirstTokenTimeout) {
  const auto r = run("fake:tokens=2,ttft=4000");
  EXPECT_EQ(r.error_kind, measure::Failure::first_token_timeout);
  EXPECT_NE(r.error.find("--first-token-timeout"), std::string::npos) << r.error;
}

TEST_P(Measure, HttpErrorsCarryTheServerMessage) {
  const auto e500 = run("fake:fault=http500");
  EXPECT_EQ(e500.error_kind, measure::Failure::http_error);
  EXPECT_EQ(e500.http_status, 500);
  EXPECT_EQ(e500.attempts, 1);
  EXPECT_NE(e500.error.find("fake internal error"), std::string::npos);
  const auto e503 = run("fake:fault=http503");
  EXPECT_EQ(e503.http_status, 503);
  EXPECT_EQ(e503.attempts, 3);
  EXPECT_NE(e503.error.find("maximum pending requests"), std::string::npos) << e503.error;
  const auto e404 = run("llama3:70b");
  EXPECT_EQ(e404.http_status, 404);
  EXPECT_NE(e404.error.find("model 'llama3:70b' not found"), std::string::npos) << e404.error;
  EXPECT_NE(e404.error.find("llama3:70b"), std::string::npos);
}

TEST_P(Measure, ErrorRecordInsideA200Stream) {
  const auto r = run("fake:tokens=6,fault=error_line,after=2");
  EXPECT_EQ(r.error_kind, measure::Failure::stream_error);
  EXPECT_EQ(r.http_status, 200);
  EXPECT_NE(r.error.find("fake failure mid-stream"), std::string::npos) << r.error;
}

TEST_P(Measure, MalformedAndHugeLinesFailTheRequest) {
  const auto m = run("fake:tokens=6,fault=malformed_line,after=2");
  EXPECT_EQ(m.error_kind, measure::Failure::malformed_stream);
  EXPECT_EQ(m.malformed, 1u);
  const auto h = run("fake:tokens=4,fault=huge_line,after=1", true, 2, 10'000);
  EXPECT_FALSE(h.ok);
  EXPECT_NE(h.error.find("longer than"), std::string::npos)
      << measure::failure_name(h.error_kind) << ": " << h.error;
}

TEST_P(Measure, StreamWithoutFinalRecordIsIncomplete) {
  const auto r = run("fake:tokens=6,fault=no_final,after=4");
  EXPECT_EQ(r.error_kind, measure::Failure::incomplete_stream);
  EXPECT_EQ(r.chunks, 4u);
}

TEST_P(Measure, SlowDripOfBytesStillDecodes) {
  const auto r = run("fake:tokens=2,ttft=1,gap=1,fault=drip,drip=0");
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(r.metrics.output_tokens, 2);
}

TEST_P(Measure, FaultsDoNotDisturbConcurrentRequests) {
  std::vector<backend::GenerateRequest> qs;
  for (const char* m :
       {"fake:tokens=10,gap=3", "fake:tokens=8,fault=close_mid,after=2", "fake:tokens=10,gap=3",
        "fake:fault=http500", "fake:tokens=6,fault=error_line,after=3", "fake:tokens=10,gap=3"}) {
    qs.push_back({m, "hi", {}, true, {}, {}});
  }
  measure::ProbeOptions o;
  auto b = backend();
  const auto recs = measure::measure_concurrent(*b, http_, qs, o);
  ASSERT_EQ(recs.size(), 6u);
  for (const std::size_t i : {0u, 2u, 5u}) {
    EXPECT_TRUE(recs[i].ok) << i << ": " << recs[i].error;
    EXPECT_EQ(recs[i].metrics.output_tokens, 10);
  }
  EXPECT_EQ(recs[1].error_kind, measure::Failure::closed_mid_stream);
  EXPECT_EQ(recs[3].error_kind, measure::Failure::http_error);
  EXPECT_EQ(recs[4].error_kind, measure::Failure::stream_error);
}

TEST_P(Measure, EnvironmentBlockNamesUnknownsWithReasons) {
  auto b = backend();
  const auto env = b->environment(http_, "fake");
  ASSERT_FALSE(env.empty());
  for (const auto& f : env) EXPECT_TRUE(!f.value.empty() || !f.note.empty()) << f.key;
}

TEST(Transport, KeepAliveConnectionsAreReused) {
  fake::FakeServer s;
  ASSERT_TRUE(s.start().ok());
  transport::HttpClient http;
  transport::HttpRequest q;
  q.method = "GET";
  q.url = s.url() + "/api/version";
  const auto first = http.fetch(q);
  const auto second = http.fetch(q);
  EXPECT_EQ(first.result.status, 200);
  EXPECT_FALSE(first.result.reused_connection);
  EXPECT_TRUE(second.result.reused_connection);
  EXPECT_EQ(second.body, "{\"version\":\"0.0.0-fake\"}");
}

INSTANTIATE_TEST_SUITE_P(Backends, Measure, ::testing::Values("ollama", "openai"));

TEST(MeasureOllama, CachedPromptLeavesPromptEvalAndLoadAbsent) {
  fake::FakeServer s;
  ASSERT_TRUE(s.start().ok());
  auto b = std::move(backend::make_backend("ollama", {s.url(), {}, {}}).value());
  transport::HttpClient http;
  const auto r =
      measure::measure_one(*b, http, {"fake:tokens=3,cached=1", "x", {}, false, {}, {}}, {});
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_FALSE(r.metrics.prompt_eval_ms);
  EXPECT_FALSE(r.metrics.load_ms);
  EXPECT_TRUE(r.metrics.decode_tok_s);
  const auto env = b->environment(http, "fake");
  bool gpu = false;
  for (const auto& f : env) gpu |= f.key == "gpu_fraction" && f.value == "0.75";
  EXPECT_TRUE(gpu);
}

}  // namespace
}  // namespace chimera
