// Load-level statistics on synthetic records with known answers: percentiles (type 7) with their
// small-n warnings, goodput and SLO checks, failures by kind, SLO syntax.
#include "chimera/measure/load_summary.hpp"

#include <gtest/gtest.h>

namespace chimera::measure {
namespace {

LoadRecord rec(double ttft, double tpot, double e2e, std::int64_t tokens, bool measured = true) {
  LoadRecord r;
  r.measured = measured;
  r.record.ok = true;
  r.record.metrics.ttft_ms = ttft;
  r.record.metrics.tpot_ms = tpot;
  r.record.metrics.e2e_ms = e2e;
  r.record.metrics.output_tokens = tokens;
  r.record.metrics.itl_ms = {tpot, tpot};
  return r;
}

TEST(LoadSummary, PercentilesAreType7WithSmallSampleWarnings) {
  std::vector<double> v;
  for (int i = 1; i <= 100; ++i) v.push_back(i);
  const auto p = percentiles(v);
  EXPECT_DOUBLE_EQ(*p.p50, 50.5);
  EXPECT_DOUBLE_EQ(*p.p90, 90.1);
  EXPECT_DOUBLE_EQ(*p.p95, 95.05);
  EXPECT_DOUBLE_EQ(*p.p99, 99.01);
  EXPECT_TRUE(p.warnings.empty());
  const auto small = percentiles({5, 1, 3});
  EXPECT_DOUBLE_EQ(*small.p50, 3);
  EXPECT_EQ(small.warnings.size(), 3u);  // p90, p95, p99 all need more values
  EXPECT_NE(small.warnings[2].find("p99 from 3 values: at least 100"), std::string::npos);
  EXPECT_FALSE(percentiles({}).p50);
}

TEST(LoadSummary, GoodputCountsRequestsMeetingEverySlo) {
  LoadResult r;
  r.window_start_ns = 0;
  r.window_end_ns = 2'000'000'000;  // 2 s
  r.records = {rec(100, 10, 500, 50), rec(300, 10, 700, 50), rec(100, 60, 900, 50),
               rec(100, 10, 400, 50), rec(9999, 99, 9999, 99, false)};  // last: warm-up
  LoadRecord failed;
  failed.measured = true;
  failed.record.ok = false;
  failed.record.error_kind = measure::Failure::http_error;
  r.records.push_back(failed);
  const auto slos = parse_slos("ttft_p95=200ms,tpot_p50=50ms").value();
  const auto s = summarize_level("c=4", r, slos);
  EXPECT_EQ(s.measured, 5u);
  EXPECT_EQ(s.ok, 4u);
  EXPECT_EQ(s.failures.at("http_error"), 1u);
  EXPECT_DOUBLE_EQ(s.requests_per_s, 2.0);   // 4 ok in 2 s
  EXPECT_DOUBLE_EQ(s.output_tok_s, 100.0);   // 200 tokens in 2 s
  EXPECT_DOUBLE_EQ(*s.goodput_rps, 1.0);     // 2 of 4 meet both bounds, in 2 s
  EXPECT_DOUBLE_EQ(*s.slo_attainment, 0.4);  // of the 5 measured
  ASSERT_EQ(s.slo_met.size(), 2u);
  EXPECT_FALSE(s.slo_met[0].second);  // TTFT p95 of {100,100,100,300} is 270 ms, and one failed
  EXPECT_EQ(s.ttft.n, 4u);
  EXPECT_DOUBLE_EQ(*s.ttft.p50, 100);
}

TEST(LoadSummary, SloSyntax) {
  const auto s = parse_slos("ttft_p95=0.5s,e2e_p99.9=3000ms").value();
  ASSERT_EQ(s.size(), 2u);
  EXPECT_DOUBLE_EQ(s[0].bound_ms, 500);
  EXPECT_DOUBLE_EQ(s[1].percentile, 99.9);
  for (const char* bad :
       {"ttft=5ms", "ttft_p95=5", "foo_p95=5ms", "ttft_p0=5ms", "ttft_p95=-1ms"}) {
    const auto r = parse_slos(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_NE(r.error().message.find("--slo"), std::string::npos);
  }
  EXPECT_TRUE(parse_slos("").value().empty());
}

}  // namespace
}  // namespace chimera::measure
