// Cells of several figures joined by " / ", each named by its part of the header or by the
// statistic written before it: every figure a row, none kept as text.
#include <gtest/gtest.h>

#include <vector>

#include "ingest_helpers.hpp"

namespace chimera::ingest {
namespace {

std::vector<const MetricRow*> rows_at(const FileResult& r, std::string_view locator) {
  std::vector<const MetricRow*> out;
  for (const auto& row : r.rows)
    if (row.locator == locator) out.push_back(&row);
  return out;
}

std::string_view metric_of(const MetricRow* row) {
  return row->metric ? row->metric->id : "unknown";
}

TEST(NamedFigures, AHeaderOfTwoQuantitiesNamesEachFigureWithItsOwnUnit) {
  const auto r = testing::run(FileType::markdown,
                              "| Model | Latency / Throughput |\n"
                              "|---|---|\n"
                              "| Llama-3.1-8B | 4.930 s / 1,011.08 tok/s |\n");
  const auto rows = rows_at(r, "table[0][0].Latency / Throughput");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(metric_of(rows[0]), "e2e_latency");
  ASSERT_TRUE(rows[0]->normalized.has_value());
  EXPECT_DOUBLE_EQ(*rows[0]->normalized, 4930);
  EXPECT_EQ(rows[0]->normalized_unit, "ms");
  EXPECT_EQ(rows[0]->raw, "4.930 s / 1,011.08 tok/s");
  EXPECT_EQ(metric_of(rows[1]), "token_rate");
  ASSERT_TRUE(rows[1]->normalized.has_value());
  EXPECT_DOUBLE_EQ(*rows[1]->normalized, 1011.08);
  EXPECT_EQ(rows[1]->context.model, "Llama-3.1-8B");
  EXPECT_NE(rows[1]->note.find("figure 2 of 2"), std::string::npos);
}

TEST(NamedFigures, TheLastNamesBracketedUnitIsEveryNames) {
  const auto r = testing::run(FileType::markdown,
                              "| Model | PP / TG (t/s) |\n"
                              "|---|---|\n"
                              "| qwen2.5:7b | 512.3 / 45.6 |\n");
  const auto rows = rows_at(r, "table[0][0].PP / TG (t/s)");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(metric_of(rows[0]), "prompt_eval_rate");
  EXPECT_EQ(rows[0]->normalized_unit, "tok/s");
  EXPECT_EQ(metric_of(rows[1]), "decode_rate");
  ASSERT_TRUE(rows[1]->value.has_value());
  EXPECT_DOUBLE_EQ(*rows[1]->value, 45.6);
}

TEST(NamedFigures, AStatisticBeforeEachFigureIsItsStatistic) {
  const auto r = testing::run(FileType::markdown,
                              "| Model | TTFT (ms) |\n"
                              "|---|---|\n"
                              "| a | mean 52.55 / median 52.56 |\n"
                              "| b | avg 50.1 ms / p99 88.0 ms |\n");
  const auto a = rows_at(r, "table[0][0].TTFT (ms)");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(metric_of(a[0]), "ttft");
  EXPECT_EQ(a[0]->statistic, "mean");
  EXPECT_EQ(a[1]->statistic, "median");
  ASSERT_TRUE(a[1]->normalized.has_value());
  EXPECT_DOUBLE_EQ(*a[1]->normalized, 52.56);
  const auto b = rows_at(r, "table[0][1].TTFT (ms)");
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[0]->statistic, "mean");
  EXPECT_EQ(b[1]->statistic, "p99");
}

TEST(NamedFigures, TheLastFiguresUnitIsSharedOnlyByQuantitiesOfItsKind) {
  const auto r = testing::run(FileType::markdown,
                              "| Model | RAM / VRAM |\n"
                              "|---|---|\n"
                              "| a | 3.2 / 8.1 GB |\n");
  const auto rows = rows_at(r, "table[0][0].RAM / VRAM");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(metric_of(rows[0]), "memory");
  EXPECT_EQ(rows[0]->normalized_unit, "bytes");
  EXPECT_EQ(metric_of(rows[1]), "memory");
}

TEST(NamedFigures, NoSplitWhereTheHeaderNamesNoQuantities) {
  // Names of runs, no quantities: no figure per name (the cell stays text, as before).
  const auto r = testing::run(FileType::markdown,
                              "| Model | Run 1 / Run 2 |\n"
                              "|---|---|\n"
                              "| a | 12 / 13 |\n");
  EXPECT_TRUE(rows_at(r, "table[0][0].Run 1 / Run 2").empty());
}

TEST(NamedFigures, LoadsAndDevicesAreNoQuantitiesEach) {
  const auto r = testing::run(FileType::markdown,
                              "| Model | 1 user / 8 users (tok/s) | CPU / GPU (tok/s) |\n"
                              "|---|---|---|\n"
                              "| a | 52.1 / 402.5 | 12.0 / 88.1 |\n");
  EXPECT_TRUE(rows_at(r, "table[0][0].1 user / 8 users (tok/s)").empty());
  EXPECT_TRUE(rows_at(r, "table[0][0].CPU / GPU (tok/s)").empty());
}

TEST(NamedFigures, QualifiersBeforeTheLastNameShareItsQuantity) {
  const auto r = testing::run(FileType::markdown,
                              "| Model | Cold / Warm TTFT (ms) |\n|---|---|\n| a | 812 / 95 |\n");
  const auto rows = rows_at(r, "table[0][0].Cold / Warm TTFT (ms)");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(metric_of(rows[0]), "ttft");
  EXPECT_EQ(metric_of(rows[1]), "ttft");
}

TEST(NamedFigures, AStatisticPairSharesItsLastUnitAndAJsonStringIsSplitToo) {
  const auto r = testing::run(FileType::markdown,
                              "| Model | TTFT |\n|---|---|\n| a | mean 52.5 / p99 90.1 ms |\n");
  const auto rows = rows_at(r, "table[0][0].TTFT");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0]->normalized_unit, "ms");
  const auto j = testing::run(FileType::json, R"({"prefill / decode": "1532.4 / 88.1 tok/s"})");
  EXPECT_EQ(rows_at(j, "prefill / decode").size(), 2u);
}

}  // namespace
}  // namespace chimera::ingest
