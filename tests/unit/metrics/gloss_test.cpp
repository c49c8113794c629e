// The glossary of CJK benchmark terms: names in Chinese, Japanese and Korean read as the English
// words the classifier knows; names without CJK text are left alone.
#include "chimera/metrics/gloss.hpp"

#include <gtest/gtest.h>

#include "chimera/metrics/classify.hpp"

namespace chimera::metrics {
namespace {

TEST(Gloss, NamesWithoutCjkTextAreLeftAlone) {
  EXPECT_FALSE(has_cjk("TTFT (µs) — p99 ×2"));
  EXPECT_EQ(gloss("TTFT (ms)"), "");
  EXPECT_TRUE(has_cjk("请求耗时 P50"));
  EXPECT_TRUE(has_cjk("スループット"));
  EXPECT_TRUE(has_cjk("처리량"));
}

TEST(Gloss, TermsBecomeWordsAndTheLongestTermWins) {
  EXPECT_EQ(gloss("请求耗时 P50"), "request latency P50");
  EXPECT_EQ(gloss("请求数"), "requests");  // not "request" and a stray character
  EXPECT_EQ(gloss("首token延迟"), "first token latency");
  EXPECT_EQ(gloss("吞吐量（tok/s）"), "throughput (tok/s)");
  EXPECT_EQ(gloss("成功／失败"), "successful / failed");
  EXPECT_EQ(gloss("平均レイテンシ (ms)"), "mean latency (ms)");
  EXPECT_EQ(gloss("처리량 평균"), "throughput mean");
}

TEST(Gloss, UnknownTermsSeparateWords) {
  EXPECT_EQ(gloss("阶梯并发"), "concurrency");
  EXPECT_EQ(gloss("ABC龘DEF"), "ABC DEF");
}

// Found by fuzz_grounding and fuzz_csv: bytes that look like a CJK character's lead without its
// continuation bytes ("\xE9nd"), or inside a run of invalid bytes, once made the glossed name
// CJK again and the classifier recurse without end. A glossed name holds no CJK text.
TEST(Gloss, InvalidBytesNeverLeaveCjkTextBehind) {
  for (const std::string& name :
       {std::string("a\xFF\xFF\xFF\xE9nd throughput"), std::string("mo\xF8\xF8\xEA\xF8_ten"),
        std::string("\xC2\xE5\x80\x80 ttft"), std::string("\xF0\xE5\x80\x80"),
        std::string("\xE5\x80"), std::string("\xE5\x80\x80\xFF")}) {
    EXPECT_FALSE(has_cjk(gloss(name))) << name;
    (void)classify(name);  // returns (no endless recursion)
  }
}

TEST(Gloss, ClassifierReadsCjkNamesAsTheirEnglishWords) {
  const auto ttft = classify("首字延迟 (ms)");
  ASSERT_NE(ttft.metric, nullptr);
  EXPECT_EQ(ttft.metric->id, "ttft");
  EXPECT_EQ(ttft.unit, "ms");
  const auto e2e = classify("请求耗时 P50");
  ASSERT_NE(e2e.metric, nullptr);
  EXPECT_EQ(e2e.metric->id, "e2e_latency");
  EXPECT_EQ(e2e.statistic, "median");
  const auto out = classify("输出吞吐量", "tok/s");
  ASSERT_NE(out.metric, nullptr);
  EXPECT_EQ(out.metric->id, "output_throughput");
  const auto conc = classify("并发数");
  EXPECT_EQ(conc.role, Role::parameter);
  ASSERT_NE(conc.parameter, nullptr);
  EXPECT_EQ(conc.parameter->id, "concurrency");
  const auto ja = classify("スループット (tokens/s)");
  ASSERT_NE(ja.metric, nullptr);
  EXPECT_EQ(ja.kind, units::Kind::throughput);
}

}  // namespace
}  // namespace chimera::metrics
