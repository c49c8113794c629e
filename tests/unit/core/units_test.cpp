#include "chimera/core/units.hpp"

#include <gtest/gtest.h>

namespace chimera::units {
namespace {

struct Case {
  const char* name;
  const char* suffix;
  Kind kind;
  const char* unit;
};

TEST(Infer, NamesHeadersAndSuffixes) {
  const Case cases[] = {
      {"ttft_s", "", Kind::ttft, "s"},
      {"mean_ttft_ms", "", Kind::ttft, "ms"},
      {"TTFT (ms)", "", Kind::ttft, "ms"},
      {"tokens_s", "", Kind::throughput, "tok/s"},
      {"Tokens per Second", "", Kind::throughput, "tok/s"},
      {"tokens_per_second", "", Kind::throughput, "tok/s"},
      {"throughput", "", Kind::throughput, ""},
      {"eval_s", "", Kind::duration, "s"},
      {"eval_duration", "", Kind::duration, "ns"},
      {"latency_ms", "", Kind::latency, "ms"},
      {"eval_count", "", Kind::tokens, ""},
      {"Tokens", "", Kind::tokens, ""},
      {"memory_used_mb", "", Kind::memory, "MiB"},
      {"cpu_percent", "", Kind::utilization, "%"},
      {"utilization_gpu", "", Kind::utilization, "%"},
      {"runs", "", Kind::count, ""},
      {"Speedup", "x", Kind::other, "x"},
      {"launch__block_dim_x", "", Kind::other, ""},
      {"Value", "ms", Kind::duration, "ms"},
      {"t/s", "", Kind::throughput, "tok/s"},
      {"avg_ts", "", Kind::throughput, "tok/s"},
      {"avg_ns", "", Kind::duration, "ns"},
      {"timing_stats.latency_percentiles.p95", "", Kind::latency, ""},
      {"memory_percentage", "", Kind::utilization, "%"},
      {"Memory (Gi)", "", Kind::memory, "GiB"},  // Kubernetes' binary quantities
      {"memory", "Mi", Kind::memory, "MiB"},
  };
  for (const auto& c : cases) {
    const auto got = infer(c.name, c.suffix);
    EXPECT_EQ(kind_name(got.kind), kind_name(c.kind)) << c.name;
    EXPECT_EQ(got.unit, c.unit) << c.name;
  }
}

TEST(Normalize, TimesToMsRatesToTokPerSecondMemoryToBytes) {
  EXPECT_DOUBLE_EQ(normalize(2.5, "s")->value, 2500);
  EXPECT_DOUBLE_EQ(normalize(1.5e6, "ns")->value, 1.5);
  EXPECT_EQ(normalize(1.5e6, "ns")->unit, "ms");
  EXPECT_DOUBLE_EQ(normalize(40, "tok/s")->value, 40);
  EXPECT_DOUBLE_EQ(normalize(2, "MiB")->value, 2097152);
  EXPECT_EQ(normalize(2, "MiB")->unit, "bytes");
  EXPECT_FALSE(normalize(3, ""));
  EXPECT_FALSE(normalize(3, "x/GB"));  // a ratio of units is not normalised
  EXPECT_DOUBLE_EQ(normalize(120, "req/min")->value, 2);
  EXPECT_EQ(normalize(120, "req/min")->unit, "req/s");
  EXPECT_DOUBLE_EQ(normalize(0.25, "fraction")->value, 25);
  EXPECT_DOUBLE_EQ(normalize(1200, "MB/s")->value, 1.2);  // data rates in decimal GB/s
  EXPECT_EQ(normalize(1200, "MB/s")->unit, "GB/s");
  EXPECT_DOUBLE_EQ(normalize(2, "GiB/s")->value, 2.147483648);
}

TEST(Normalize, EnergyPrefixesKeepTheirCase) {
  EXPECT_DOUBLE_EQ(normalize(0.48, "MJ")->value, 480000);
  EXPECT_DOUBLE_EQ(normalize(480, "mJ")->value, 0.48);
  EXPECT_DOUBLE_EQ(normalize(2, "kJ")->value, 2000);
  EXPECT_EQ(normalize(2, "kJ")->unit, "J");
}

TEST(KindName, RoundTrips) {
  for (int i = 0; i <= static_cast<int>(Kind::other); ++i) {
    EXPECT_EQ(kind_from_name(kind_name(static_cast<Kind>(i))), static_cast<Kind>(i));
  }
  EXPECT_FALSE(kind_from_name("speed"));
}

}  // namespace
}  // namespace chimera::units
