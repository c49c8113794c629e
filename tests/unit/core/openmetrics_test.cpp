#include "chimera/core/openmetrics.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace chimera::openmetrics {
namespace {

TEST(OpenMetrics, FamiliesAndSamplesAreSortedEscapedAndEndWithEof) {
  Exposition ex;
  ex.gauge("b_family", "Second.");
  ex.gauge("a_family", "First,\nwith a newline.");
  ex.gauge("a_family", "A second declaration is ignored.");
  ex.gauge("empty_family", "Never sampled: not written.");
  ex.sample("b_family", {{"config", "z"}}, 2);
  ex.sample("b_family", {{"config", "a \"quoted\" \\ path\nnext"}}, 0.1);
  ex.sample("a_family", {}, 3);
  ex.sample("a_family", {}, 4);  // the same labels: replaced
  ex.sample("b_family", {{"config", "nan"}}, std::numeric_limits<double>::quiet_NaN());
  ex.sample("undeclared", {}, 1);
  EXPECT_EQ(ex.text(),
            "# HELP a_family First, with a newline.\n"
            "# TYPE a_family gauge\n"
            "a_family 4\n"
            "# HELP b_family Second.\n"
            "# TYPE b_family gauge\n"
            "b_family{config=\"a \\\"quoted\\\" \\\\ path\\nnext\"} 0.1\n"
            "b_family{config=\"z\"} 2\n"
            "# EOF\n");
}

TEST(OpenMetrics, NamesAndUnitsFollowPrometheusConventions) {
  EXPECT_EQ(sanitize("e2e latency/p95 (ms)"), "e2e_latency_p95_ms");
  EXPECT_EQ(sanitize("95th"), "_95th");
  EXPECT_EQ(base_unit("ms").suffix, "seconds");
  EXPECT_DOUBLE_EQ(base_unit("ms").factor, 0.001);
  EXPECT_EQ(base_unit("tok/s").suffix, "tokens_per_second");
  EXPECT_EQ(base_unit("%").suffix, "ratio");
  EXPECT_DOUBLE_EQ(base_unit("%").factor, 0.01);
  EXPECT_EQ(base_unit("fraction").suffix, "ratio");
  EXPECT_DOUBLE_EQ(base_unit("fraction").factor, 1);
  EXPECT_EQ(base_unit("x").suffix, "");
}

}  // namespace
}  // namespace chimera::openmetrics
