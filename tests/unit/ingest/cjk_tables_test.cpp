// Result tables written in Chinese and Japanese: their columns read as the English names they
// translate (concurrency as context, latencies and rates as metrics), and a success/fail pair
// "16/0" as the requests that succeeded and those that failed.
#include <gtest/gtest.h>

#include "ingest_helpers.hpp"

namespace chimera::ingest {
namespace {

using testing::at;
using testing::run;

TEST(CjkTables, AChineseConcurrencyLadderReadsLikeAnEnglishOne) {
  const auto r =
      run(FileType::markdown, R"(| 并发 | 成功/失败 | 请求耗时 P50 | 单请求 generation 均值 |
| ---: | ---: | ---: | ---: |
| 1 | 16/0 | 3696.5 ms | 37.48 tok/s |
| 8 | 15/1 | 11299.8 ms | 28.48 tok/s |
)");
  const auto& p50 = at(r, "table[0][1].请求耗时 P50");
  ASSERT_NE(p50.metric, nullptr);
  EXPECT_EQ(p50.metric->id, "e2e_latency");
  EXPECT_EQ(p50.statistic, "median");
  EXPECT_EQ(p50.context.concurrency, "8");
  const auto& rate = at(r, "table[0][0].单请求 generation 均值");
  ASSERT_NE(rate.metric, nullptr);
  EXPECT_EQ(rate.metric->id, "decode_rate");
  EXPECT_EQ(rate.statistic, "mean");
  std::vector<std::pair<std::string, double>> pair;
  for (const auto& row : r.rows) {
    if (row.locator == "table[0][1].成功/失败" && row.metric && row.value)
      pair.emplace_back(std::string(row.metric->id), *row.value);
  }
  EXPECT_EQ(pair, (std::vector<std::pair<std::string, double>>{{"requests", 15},
                                                               {"failed_requests", 1}}));
}

TEST(CjkTables, ASuccessFailPairInEnglishSplitsToo) {
  const auto r = run(FileType::markdown, R"(| Config | Fail/Success |
|---|---|
| a | 2/14 |
)");
  int seen = 0;
  for (const auto& row : r.rows) {
    if (!row.metric || !row.value) continue;
    if (row.metric->id == "failed_requests") {
      EXPECT_EQ(*row.value, 2);
    }
    if (row.metric->id == "requests") {
      EXPECT_EQ(*row.value, 14);
    }
    ++seen;
  }
  EXPECT_EQ(seen, 2);
}

TEST(CjkTables, ChineseContextColumnsNameTheModelAndTheGpu) {
  const auto r = run(FileType::csv,
                     "模型,显卡,并发数,首字延迟(ms),输出吞吐量(tok/s)\n"
                     "Qwen2.5-7B,RTX 4090,4,120.5,310.2\n");
  const auto& ttft = at(r, "[0].首字延迟(ms)");
  ASSERT_NE(ttft.metric, nullptr);
  EXPECT_EQ(ttft.metric->id, "ttft");
  EXPECT_EQ(ttft.unit, "ms");
  EXPECT_EQ(ttft.context.model, "Qwen2.5-7B");
  EXPECT_EQ(ttft.context.gpu, "RTX 4090");
  EXPECT_EQ(ttft.context.concurrency, "4");
  const auto& out = at(r, "[0].输出吞吐量(tok/s)");
  ASSERT_NE(out.metric, nullptr);
  EXPECT_EQ(out.metric->id, "output_throughput");
}

TEST(CjkTables, AJapaneseRunTableGivesOneSamplePerRun) {
  const auto r = run(FileType::markdown, R"(| 回数 | 平均レイテンシ (ms) |
|---:|---:|
| 1 | 812 |
| 2 | 798 |
)");
  const auto& first = at(r, "table[0][0].平均レイテンシ (ms)");
  EXPECT_EQ(first.unit, "ms");
  EXPECT_EQ(first.statistic, "mean");
}

}  // namespace
}  // namespace chimera::ingest

namespace chimera::ingest {
namespace {

// "| 指标 | 数值 |" is "| Metric | Value |": each row names its quantity; "模型：X" with a
// full-width colon names the document's model as "Model: X" does.
TEST(CjkTables, AMetricValueTableAndFullWidthColonLabels) {
  const auto r = testing::run(FileType::markdown, R"(模型：Qwen2.5-7B-Instruct
显卡：RTX 4090

| 指标 | 数值 |
|---|---|
| 首字延迟 P99 | 250 ms |
| 生成速度 | 45.1 tok/s |
)");
  const auto& ttft = testing::at(r, "table[0][0].数值");
  EXPECT_EQ(ttft.name, "首字延迟 P99");
  ASSERT_NE(ttft.metric, nullptr);
  EXPECT_EQ(ttft.metric->id, "ttft");
  EXPECT_EQ(ttft.statistic, "p99");
  EXPECT_EQ(ttft.context.model, "Qwen2.5-7B-Instruct");
  EXPECT_EQ(ttft.context.gpu, "RTX 4090");
  const auto& speed = testing::at(r, "table[0][1].数值");
  ASSERT_NE(speed.metric, nullptr);
  EXPECT_EQ(speed.metric->id, "decode_rate");
}

}  // namespace
}  // namespace chimera::ingest

namespace chimera::ingest {
namespace {

// "| 输入长度 | 输出长度 | ... |" of "512 token", then "约 3017.56 tok/s": the lengths asked for
// are the rows' configuration, the approximate figures no labels of it.
TEST(CjkTables, LeadingLengthsWithTheirUnitAreTheConfiguration) {
  const auto r = testing::run(FileType::markdown, R"(| 输入长度 | 输出长度 | Prompt 处理速度 |
| ---: | ---: | ---: |
| 512 token | 128 token | 约 3017.56 tok/s |
| 2048 token | 128 token | 約 2997.80 tok/s |
)");
  const auto& first = testing::at(r, "table[0][0].Prompt 处理速度");
  EXPECT_EQ(first.context.config, "输入长度=512 token 输出长度=128 token");
  ASSERT_TRUE(first.value.has_value());
  EXPECT_DOUBLE_EQ(*first.value, 3017.56);
  const auto& second = testing::at(r, "table[0][1].Prompt 处理速度");
  EXPECT_EQ(second.context.config, "输入长度=2048 token 输出长度=128 token");
  ASSERT_TRUE(second.value.has_value());
  EXPECT_DOUBLE_EQ(*second.value, 2997.80);
}

// Held-out set 41: a Korean heading of total response time ("총 응답 시간") names its table's
// times end to end.
TEST(CjkTables, AKoreanResponseTimeHeading) {
  const auto r = run(FileType::markdown, R"(### 2.2 총 응답 시간

| Target | Mean (s) | P95 (s) |
|---|---|---|
| spark-test | 5.061 | 14.454 |
)");
  EXPECT_EQ(at(r, "table[0][0].Mean (s)").metric_id(), "e2e_latency");
  EXPECT_EQ(at(r, "table[0][0].P95 (s)").statistic, "p95");
}

}  // namespace
}  // namespace chimera::ingest
