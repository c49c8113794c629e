#include "chimera/report/findings.hpp"

#include <gtest/gtest.h>

namespace chimera::report {
namespace {
using units::Kind;

std::vector<Observation> sample() {
  return {
      {"a.csv", "[0].tokens_s", "tokens_s", "gemma3:4b", Kind::throughput, "tok/s", 114.5},
      {"a.csv", "[1].tokens_s", "tokens_s", "gemma3:1b", Kind::throughput, "tok/s", 187.2},
      {"b.json", "runs[0].tps", "tps", "llama3", Kind::throughput, "tok/s", 61.2},
      {"a.csv", "[0].ttft_s", "ttft_s", "gemma3:4b", Kind::ttft, "ms", 603},
      {"a.csv", "[1].ttft_s", "ttft_s", "gemma3:1b", Kind::ttft, "ms", 94.1},
      {"a.csv", "[2].ttft_s", "ttft_s", "gemma3:1b", Kind::ttft, "ms", std::nullopt},
  };
}

std::string text_of(const std::vector<Finding>& f, const std::string& topic, Kind k) {
  for (const auto& x : f) {
    if (x.topic == topic && x.kind == k) return x.text;
  }
  return {};
}

TEST(Findings, BestAndWorstRespectWhichWayIsBetter) {
  const auto f = data_findings(sample());
  EXPECT_EQ(text_of(f, "best", Kind::throughput),
            "Best throughput: 187.2 tok/s 'tokens_s' in a.csv ([1].tokens_s, gemma3:1b)");
  EXPECT_EQ(text_of(f, "worst", Kind::throughput),
            "Worst throughput: 61.20 tok/s 'tps' in b.json (runs[0].tps, llama3)");
  EXPECT_NE(text_of(f, "best", Kind::ttft).find("94.10 ms"), std::string::npos);  // lower is better
  EXPECT_NE(text_of(f, "worst", Kind::ttft).find("603.0 ms"), std::string::npos);
}

TEST(Findings, MissingValuesAndSkippedFilesAreStated) {
  const auto f = data_findings(sample(), 2);
  EXPECT_NE(text_of(f, "missing", Kind::ttft).find("1 ttft value(s) are missing"),
            std::string::npos);
  EXPECT_NE(text_of(f, "skipped", Kind::other).find("2 file(s)"), std::string::npos);
}

TEST(Findings, OutliersAndDeterminism) {
  std::vector<Observation> obs;
  for (int i = 0; i < 20; ++i)
    obs.push_back({"r.csv", "[" + std::to_string(i) + "].e2e_ms", "e2e_ms", "", Kind::latency, "ms",
                   100.0 + i % 3});
  obs.push_back({"r.csv", "[20].e2e_ms", "e2e_ms", "", Kind::latency, "ms", 900.0});
  const auto a = data_findings(obs), b = data_findings(obs);
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].text, b[i].text);
  EXPECT_NE(text_of(a, "outliers", Kind::latency).find("900.0 ms in r.csv ([20].e2e_ms)"),
            std::string::npos)
      << text_of(a, "outliers", Kind::latency);
}

TEST(Findings, NothingToRankGivesNoBestOrWorst) {
  const std::vector<Observation> one = {
      {"a.csv", "[0].x", "throughput", "", Kind::throughput, "tok/s", 5}};
  EXPECT_TRUE(text_of(data_findings(one), "best", Kind::throughput).empty());
}

}  // namespace
}  // namespace chimera::report
