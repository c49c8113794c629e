// Objectives take their metric, direction and meaning from the metric registry.
#include <gtest/gtest.h>

#include "chimera/metrics/registry.hpp"
#include "chimera/tune/objective.hpp"

namespace chimera::tune {
namespace {

TEST(Objective, EveryObjectiveIsARegistryMetricWithItsDirection) {
  for (const auto& m : metric_catalog()) {
    const auto* def = metrics::find_metric(m.metric);
    ASSERT_NE(def, nullptr) << m.name;
    const int dir = def->direction == metrics::Direction::higher  ? 1
                    : def->direction == metrics::Direction::lower ? -1
                                                                  : 0;
    EXPECT_EQ(m.direction, dir) << m.name;
    EXPECT_NE(m.meaning.find(def->definition), std::string::npos) << m.name;
  }
  EXPECT_EQ(metric_info("ttft_p95_ms")->statistic, "p95");
  EXPECT_EQ(metric_info("ttft_p95_ms")->direction, -1);
  EXPECT_EQ(metric_info("decode_tok_s")->direction, 1);
  EXPECT_EQ(metric_info("output_tokens")->direction, 0);  // more tokens is not better
  EXPECT_FALSE(metric_info("tokens_per_dollar"));
}

TEST(Objective, TrialMetricsAreTheStatisticsTheCatalogueNames) {
  std::vector<measure::RequestRecord> records(4);
  const double ttft[] = {100, 200, 300, 400};
  for (std::size_t i = 0; i < records.size(); ++i) {
    records[i].ok = true;
    records[i].metrics.ttft_ms = ttft[i];
    records[i].metrics.output_tokens = 10;
  }
  records[3].ok = false;
  const auto m = trial_metrics(records, {}, 2.0);
  EXPECT_DOUBLE_EQ(m.at("ttft_mean_ms"), 200);  // the failed request is left out
  EXPECT_DOUBLE_EQ(m.at("ttft_p50_ms"), 200);
  EXPECT_DOUBLE_EQ(m.at("success_rate"), 0.75);
  EXPECT_DOUBLE_EQ(m.at("goodput_rps"), 1.5);
  EXPECT_EQ(m.count("decode_tok_s"), 0u);  // never reported: absent, not 0
}

}  // namespace
}  // namespace chimera::tune
