#include <gtest/gtest.h>

#include "chimera/stats/request_metrics.hpp"
#include "chimera/stats/summary.hpp"

namespace chimera::stats {
namespace {

TEST(Summary, KnownValues) {
  const std::vector<double> v = {2, 4, 4, 4, 5, 5, 7, 9};
  const auto s = summarize(v);
  ASSERT_TRUE(s);
  EXPECT_EQ(s->n, 8u);
  EXPECT_DOUBLE_EQ(s->mean, 5);
  EXPECT_NEAR(s->sd, 2.138089935299395, 1e-12);  // sample sd (n-1)
  EXPECT_DOUBLE_EQ(s->min, 2);
  EXPECT_DOUBLE_EQ(s->max, 9);
  EXPECT_DOUBLE_EQ(s->p50, 4.5);
  EXPECT_NEAR(s->p95, 8.3, 1e-12);  // numpy.percentile(v, 95) = 8.3
  EXPECT_NEAR(*s->cv, 2.138089935299395 / 5, 1e-12);
}

TEST(Summary, EmptyAndSingle) {
  EXPECT_FALSE(summarize(std::vector<double>{}));
  const auto s = summarize(std::vector<double>{3});
  EXPECT_DOUBLE_EQ(s->sd, 0);
  EXPECT_DOUBLE_EQ(s->p95, 3);
  EXPECT_FALSE(s->cv);
}

TEST(Percentile, Type7Interpolation) {
  const std::vector<double> v = {10, 20, 30, 40};
  EXPECT_DOUBLE_EQ(percentile_sorted(v, 0), 10);
  EXPECT_DOUBLE_EQ(percentile_sorted(v, 100), 40);
  EXPECT_DOUBLE_EQ(percentile_sorted(v, 50), 25);
  EXPECT_DOUBLE_EQ(percentile_sorted(v, 90), 37);
}

constexpr std::int64_t ms(double v) {
  return static_cast<std::int64_t>(v * 1e6);
}

TEST(Derive, AllMetricsFromTimestampsAndServerFigures) {
  Timeline t;
  t.send_ns = ms(1000);
  t.first_byte_ns = ms(1010);
  t.first_token_ns = ms(1050);  // a reasoning chunk
  t.first_content_ns = ms(1100);
  t.token_chunk_ns = {ms(1050), ms(1100), ms(1120), ms(1150)};
  t.done_ns = ms(1400);
  ServerFigures s;
  s.output_tokens = 31;
  s.prompt_tokens = 12;
  s.eval_duration_ns = 0.5e9;
  s.prompt_eval_duration_ns = 80e6;
  const auto m = derive(t, s);
  EXPECT_DOUBLE_EQ(*m.ttft_ms, 100);
  EXPECT_DOUBLE_EQ(*m.first_byte_ms, 10);
  EXPECT_DOUBLE_EQ(*m.first_token_ms, 50);
  EXPECT_DOUBLE_EQ(*m.e2e_ms, 400);
  EXPECT_DOUBLE_EQ(*m.tpot_ms, 10);  // (400 - 100) / 30
  EXPECT_EQ(m.itl_ms, (std::vector<double>{50, 20, 30}));
  EXPECT_DOUBLE_EQ(*m.decode_tok_s, 62);
  EXPECT_DOUBLE_EQ(*m.output_tok_s, 31 / 0.3);
  EXPECT_DOUBLE_EQ(*m.prompt_eval_ms, 80);
  EXPECT_FALSE(m.load_ms);  // not reported: absent, never 0
  EXPECT_EQ(m.token_source, TokenSource::server);
}

TEST(Derive, MissingFiguresStayMissing) {
  Timeline t;
  t.send_ns = 0;
  const auto m = derive(t, {});
  EXPECT_FALSE(m.ttft_ms);
  EXPECT_FALSE(m.e2e_ms);
  EXPECT_FALSE(m.tpot_ms);
  EXPECT_FALSE(m.decode_tok_s);
  EXPECT_FALSE(m.output_tokens);
  EXPECT_EQ(m.token_source, TokenSource::none);
}

TEST(Derive, TokenCountEstimatedFromChunksWhenTheServerGivesNone) {
  Timeline t;
  t.send_ns = 0;
  t.first_content_ns = ms(10);
  t.token_chunk_ns = {ms(10), ms(20), ms(30)};
  t.done_ns = ms(30);
  const auto m = derive(t, {});
  EXPECT_EQ(m.output_tokens, 3);
  EXPECT_EQ(m.token_source, TokenSource::estimated);
  EXPECT_DOUBLE_EQ(*m.tpot_ms, 10);
  EXPECT_FALSE(m.decode_tok_s);
}

}  // namespace
}  // namespace chimera::stats
