// `chimera report STORE --format openmetrics` as a black box: the latest result of each
// configuration in base units, its regression against the previous result of the same
// configuration (worse and significant: 1; better: 0), valid for promtool.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>

#include "chimera/fake/fake_server.hpp"
#include "test_support.hpp"

namespace chimera {
namespace {
using namespace chimera::testing;

// The value of the one sample whose line starts with `prefix`; NaN when there is none.
double sample(const std::string& text, const std::string& prefix) {
  std::size_t at = 0, found = 0;
  double v = std::nan("");
  while ((at = text.find("\n" + prefix, at)) != std::string::npos) {
    ++at;
    const auto end = text.find('\n', at);
    const auto line = text.substr(at, end - at);
    v = std::stod(line.substr(line.rfind(' ') + 1));
    ++found;
  }
  return found == 1 ? v : std::nan("");
}

TEST(OpenMetricsCli, LatestResultsAndRegressionsPerConfiguration) {
  fake::FakeScript slow, fast;
  slow.ttft_ms = 300, slow.gap_ms = 4, slow.tokens = 8;
  fast.ttft_ms = 20, fast.gap_ms = 4, fast.tokens = 8;
  fake::FakeServer slow_server(slow), fast_server(fast);
  ASSERT_TRUE(slow_server.start().ok());
  ASSERT_TRUE(fast_server.start().ok());
  TempDir t;
  const auto db = (t / "s.db").string();
  const auto sweep = [&](const fake::FakeServer& s, const std::string& n) {
    return run_process({chimera_bin().string(), "sweep", "--url", s.url(), "--model", "fake", "-p",
                        "num_ctx=256", "-n", n, "--warmup", "0", "--repeats", "3", "--store", db,
                        "-q"});
  };
  const auto report = [&] {
    return run_process({chimera_bin().string(), "report", db, "--format", "openmetrics"});
  };
  ASSERT_EQ(sweep(slow_server, "2").exit_code, 0);
  ASSERT_EQ(sweep(fast_server, "3").exit_code, 0);
  const auto better = report();
  ASSERT_EQ(better.exit_code, 0) << better.err;
  const std::string ttft_mean =
      "{source=\"sweep\",model=\"fake\",config=\"num_ctx=256\",metric=\"chimera_sweep_ttft_"
      "seconds\",statistic=\"mean\"}";
  // TTFT fell from about 300 ms to about 20 ms (a change near -93 %; the gap is wide enough that
  // a request a busy machine delays by 100 ms changes no verdict): not a regression.
  EXPECT_LT(sample(better.out, "chimera_regression_change_ratio" + ttft_mean), -0.3) << better.out;
  EXPECT_EQ(sample(better.out, "chimera_regression" + ttft_mean), 0);
  const double ttft_s = sample(better.out,
                               "chimera_sweep_ttft_seconds{source=\"sweep\",model=\"fake\","
                               "config=\"num_ctx=256\",statistic=\"mean\"}");
  EXPECT_GT(ttft_s, 0.015) << "in seconds, the latest sweep's";
  EXPECT_LT(ttft_s, 0.15);  // seconds, not ms (20 ms written as 20 would be far above)
  ASSERT_EQ(sweep(slow_server, "4").exit_code, 0);
  const auto worse = report();
  ASSERT_EQ(worse.exit_code, 0) << worse.err;
  EXPECT_GT(sample(worse.out, "chimera_regression_change_ratio" + ttft_mean), 0.5);
  EXPECT_EQ(sample(worse.out, "chimera_regression" + ttft_mean), 1) << worse.out;
  EXPECT_LT(sample(worse.out, "chimera_regression_p_value" + ttft_mean), 0.05);
  // The info series names the latest sweep and the one it is compared with (two sweep ids).
  const std::string info =
      "\nchimera_result_info{source=\"sweep\",model=\"fake\",config=\"num_ctx=256\",result=\"";
  const auto at = worse.out.find(info);
  ASSERT_NE(at, std::string::npos) << worse.out;
  const auto line = worse.out.substr(at + 1, worse.out.find('\n', at + 1) - at - 1);
  EXPECT_NE(line.find("\",previous=\""), std::string::npos) << line;
  EXPECT_EQ(line.find("previous=\"\""), std::string::npos) << "a previous sweep: " << line;
  EXPECT_TRUE(line.ends_with("} 1")) << line;
  EXPECT_EQ(sample(worse.out, "chimera_sweep_trials{"), 3);
  EXPECT_TRUE(worse.out.ends_with("# EOF\n"));
  // Load runs join it, one series per level.
  const auto load =
      run_process({chimera_bin().string(), "load", "--url", fast_server.url(), "--model", "fake",
                   "--concurrency", "1,2", "--requests", "4", "--store", db, "-q"});
  ASSERT_EQ(load.exit_code, 0) << load.err;
  const auto all = report();
  EXPECT_NE(all.out.find("chimera_load_ttft_seconds{source=\"load\",model=\"fake\",config=\""),
            std::string::npos);
  EXPECT_NE(all.out.find("level=\"c=2\",statistic=\"p95\"} "), std::string::npos) << all.out;
  const auto promtool = std::filesystem::path("/usr/bin/promtool");
  if (!std::filesystem::exists(promtool)) {
    GTEST_SKIP() << "promtool check: /usr/bin/promtool not installed (Debian's prometheus)";
  }
  write_file(t / "m.txt", all.out);
  const auto check = run_process(
      {"/bin/sh", "-c", promtool.string() + " check metrics < " + (t / "m.txt").string()});
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
}

}  // namespace
}  // namespace chimera
