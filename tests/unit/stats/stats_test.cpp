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
  EXPECT_DOUBLE_EQ(*m.decode_tok_s, 60);        // 30 steps in 0.5 s
  EXPECT_DOUBLE_EQ(*m.output_tok_s, 30 / 0.3);  // = 1000 / TPOT
  EXPECT_DOUBLE_EQ(*m.output_tok_s, 1000 / *m.tpot_ms);
  EXPECT_DOUBLE_EQ(*m.prompt_eval_ms, 80);
  EXPECT_DOUBLE_EQ(*m.prompt_tok_s, 150);  // 12 tokens in 80 ms
  EXPECT_EQ(rate_note(m), "");
  EXPECT_FALSE(m.load_ms);  // not reported: absent, never 0
  EXPECT_EQ(m.token_source, TokenSource::server);
}

// n tokens arriving 20 ms apart, the server timing the n - 1 steps after the first.
RequestMetrics scripted(std::int64_t n) {
  Timeline t;
  t.send_ns = 0;
  t.first_content_ns = n > 0 ? std::optional<std::int64_t>(ms(100)) : std::nullopt;
  for (std::int64_t i = 0; i < n; ++i) t.token_chunk_ns.push_back(ms(100 + 20.0 * i));
  t.done_ns = n > 0 ? ms(100 + 20.0 * (n - 1)) : ms(100);
  ServerFigures s;
  s.output_tokens = n;
  s.eval_duration_ns = n > 1 ? 20e6 * static_cast<double>(n - 1) : 0.0;
  return derive(t, s);
}

TEST(Derive, RatesCountIntervalsAtZeroOneTwoAndManyTokens) {
  for (const std::int64_t n : {0, 1}) {
    const auto m = scripted(n);
    EXPECT_FALSE(m.decode_tok_s) << n;
    EXPECT_FALSE(m.output_tok_s) << n;
    EXPECT_FALSE(m.tpot_ms) << n;
    EXPECT_NE(rate_note(m), "") << n;
  }
  EXPECT_EQ(rate_note(scripted(1)), "1 output token: a rate needs two (one interval)");
  EXPECT_EQ(rate_note(scripted(0)), "0 output tokens: no rate");
  for (const std::int64_t n : {2, 3, 16, 64, 1000}) {
    const auto m = scripted(n);
    ASSERT_TRUE(m.decode_tok_s && m.output_tok_s && m.tpot_ms) << n;
    EXPECT_NEAR(*m.tpot_ms, 20, 1e-9) << n;
    EXPECT_NEAR(*m.decode_tok_s, 50, 1e-9) << n;  // a 20 ms step is 50 tok/s at any n
    EXPECT_NEAR(*m.output_tok_s, 50, 1e-9) << n;
    EXPECT_EQ(rate_note(m), "") << n;
  }
}

TEST(Derive, TheServersOwnRatesAreTakenAsReported) {
  Timeline t;
  t.send_ns = 0;
  t.first_content_ns = ms(10);
  t.done_ns = ms(110);
  ServerFigures s;
  s.output_tokens = 11;
  s.eval_duration_ns = 100e6;
  s.decode_tok_s = 99.5;  // llama-server predicted_per_second
  s.prompt_tokens = 100;
  s.prompt_evaluated = 40;  // 60 came from the cache
  s.prompt_eval_duration_ns = 20e6;
  auto m = derive(t, s);
  EXPECT_DOUBLE_EQ(*m.decode_tok_s, 99.5);
  EXPECT_DOUBLE_EQ(*m.prompt_tok_s, 2000);  // the evaluated 40, not the 100, in 20 ms
  s.prompt_tok_s = 1990;                    // llama-server prompt_per_second
  m = derive(t, s);
  EXPECT_DOUBLE_EQ(*m.prompt_tok_s, 1990);
  s.output_tokens = 1;  // one token: no rate, whatever the server says
  EXPECT_FALSE(derive(t, s).decode_tok_s);
}

TEST(Derive, MissingFiguresStayMissing) {
  Timeline t;
  t.send_ns = 0;
  const auto m = derive(t, {});
  EXPECT_FALSE(m.ttft_ms);
  EXPECT_FALSE(m.e2e_ms);
  EXPECT_FALSE(m.tpot_ms);
  EXPECT_FALSE(m.decode_tok_s);
  EXPECT_FALSE(m.prompt_tok_s);
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
