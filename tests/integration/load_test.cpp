// The load driver against the fake server: closed loop holds its concurrency, open loop keeps its
// rate, warm-up and cool-down stay out of the measurement, failures are recorded by kind.
#include "chimera/measure/load.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "chimera/fake/fake_server.hpp"
#include "chimera/measure/load_summary.hpp"

namespace chimera {
namespace {

backend::GenerateRequest request(const std::string& model) {
  backend::GenerateRequest q;
  q.model = model;
  q.prompt = "hello";
  return q;
}

TEST(Load, ClosedLoopHoldsItsConcurrencyAndMeasuresOnlyTheWindow) {
  fake::FakeServer s;
  ASSERT_TRUE(s.start().ok());
  auto b = backend::make_backend("ollama", {s.url(), {}, {}}).value();
  transport::HttpClient http;
  measure::LoadLevel l;
  l.concurrency = 8;
  l.warmup_s = 0.3;
  l.duration_s = 1.0;
  l.cooldown_s = 0.3;
  std::size_t seen = 0;
  const auto r = measure::run_load(
      *b, http, [](std::size_t) { return request("fake:tokens=5,gap=10,ttft=20"); }, l,
      [&](const measure::LoadRecord&) { ++seen; });
  EXPECT_EQ(seen, r.records.size());
  const auto sum = measure::summarize_level("c=8", r, {});
  // Each request takes about 60 ms: 8 in flight for 1 s is about 130 measured requests.
  EXPECT_GT(sum.measured, 60u);
  EXPECT_LT(sum.measured, 200u);
  EXPECT_EQ(sum.failed, 0u);
  EXPECT_GT(r.records.size(), sum.measured);  // warm-up and cool-down requests ran, unmeasured
  EXPECT_NEAR(r.in_flight_mean, 8.0, 0.5);
  EXPECT_EQ(r.in_flight_peak, 8u);
  for (const auto& x : r.records) {
    if (x.measured) {
      EXPECT_LE(x.in_flight_at_send, 7u);
    }
  }
}

TEST(Load, OpenLoopKeepsItsRateAndCountsFailuresByKind) {
  fake::FakeServer s;
  ASSERT_TRUE(s.start().ok());
  auto b = backend::make_backend("ollama", {s.url(), {}, {}}).value();
  transport::HttpClient http;
  measure::LoadLevel l;
  l.mode = measure::LoadLevel::Mode::open;
  l.rate = 50;
  l.poisson = false;
  l.warmup_s = 0.2;
  l.duration_s = 1.0;
  l.cooldown_s = 0.1;
  const auto r = measure::run_load(
      *b, http,
      [](std::size_t i) {
        return request(i % 5 == 4 ? "fake:fault=http500" : "fake:tokens=3,gap=5,ttft=5");
      },
      l);
  const auto sum = measure::summarize_level("50/s", r, {});
  // Constant arrivals: 50 scheduled in the 1 s window, 20 ms apart. A request is measured by when
  // it was really sent, so a loaded machine may move a few across the window's edges: allow what
  // the largest send delay seen can move (50 per second of delay), no more.
  std::size_t scheduled_inside = 0, faults_measured = 0;
  std::int64_t max_lag_ns = 0;
  for (const auto& x : r.records) {
    if (x.scheduled_ns >= r.window_start_ns && x.scheduled_ns < r.window_end_ns) ++scheduled_inside;
    max_lag_ns = std::max(max_lag_ns, x.sent_ns - x.scheduled_ns);
    if (x.measured && x.record.model.find("fault=http500") != std::string::npos) ++faults_measured;
  }
  EXPECT_NEAR(static_cast<double>(scheduled_inside), 50.0, 1.0);
  const double slack = 1.0 + 50.0 * static_cast<double>(max_lag_ns) / 1e9;
  EXPECT_NEAR(static_cast<double>(sum.measured), 50.0, slack)
      << "largest send delay " << max_lag_ns / 1e6 << " ms";
  // Every fifth request fails: each measured one of them is counted, and nothing else.
  EXPECT_EQ(sum.failed, faults_measured);
  EXPECT_NEAR(static_cast<double>(faults_measured), static_cast<double>(sum.measured) / 5.0, 1.5);
  EXPECT_EQ(sum.failures.begin()->first, "http_error");
}

TEST(Load, ByCountMeasuresExactlyNRequests) {
  fake::FakeServer s;
  ASSERT_TRUE(s.start().ok());
  auto b = backend::make_backend("ollama", {s.url(), {}, {}}).value();
  transport::HttpClient http;
  measure::LoadLevel l;
  l.concurrency = 3;
  l.requests = 12;
  l.warmup_requests = 3;
  const auto r = measure::run_load(
      *b, http, [](std::size_t) { return request("fake:tokens=2,gap=1,ttft=2"); }, l);
  EXPECT_EQ(measure::summarize_level("c=3", r, {}).measured, 12u);
  EXPECT_EQ(r.records.size(), 3u + 12u + 3u);  // warm-up + measured + cool-down
}

}  // namespace
}  // namespace chimera
