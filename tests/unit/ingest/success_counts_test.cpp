// Counts of the requests that succeeded: "successful" beside "failed" in a sweep's CSV or a JSON
// record is a count (not one request's flag), and "Success/Fail" of "16/0" splits in two.
#include <gtest/gtest.h>

#include "ingest_helpers.hpp"

namespace chimera::ingest {
namespace {

// "successful" beside "failed" counts the requests that succeeded in each run of a sweep: a 0 no
// longer fails the row (which dropped its failures' count).
TEST(SuccessCounts, ACsvSweepCountsItsSuccessesAndKeepsItsFailures) {
  const auto r = testing::run(FileType::csv,
                              "concurrent_users,successful,failed,avg_latency\n"
                              "1,1,0,6.25\n"
                              "4,0,4,\n");
  const auto& ok = testing::at(r, "[0].successful");
  ASSERT_NE(ok.metric, nullptr);
  EXPECT_EQ(ok.metric->id, "requests");
  const auto& failures = testing::at(r, "[1].failed");
  EXPECT_EQ(failures.status, RowStatus::ok);
  ASSERT_TRUE(failures.value.has_value());
  EXPECT_EQ(*failures.value, 4);
}

TEST(SuccessCounts, AJsonRecordCountsItsSuccessesBesideItsFailures) {
  const auto r = testing::run(FileType::json,
                              R"({"runs": [{"concurrency": 4, "successful": 3, "failed": 1}]})");
  const auto& ok = testing::at(r, "runs[0].successful");
  ASSERT_NE(ok.metric, nullptr);
  EXPECT_EQ(ok.metric->id, "requests");
  const auto alone = testing::run(FileType::json, R"({"requests": [{"successful": 1}]})");
  EXPECT_EQ(testing::at(alone, "requests[0].successful").metric, nullptr);
}

}  // namespace
}  // namespace chimera::ingest
