// YAML result reports (GuideLLM's --output-path *.yaml) read as the JSON report they hold; other
// YAML is no result file.
#include <gtest/gtest.h>

#include <string>

#include "ingest_helpers.hpp"

namespace chimera::ingest {
namespace {

using testing::at;
using testing::has_row;
using testing::run;

const std::string kGuidellmYaml = R"(benchmarks:
- args:
    max_number: 100
    strategy:
      type_: synchronous
  duration: 57.26
  id_: 4bf6f102-28ba-40ef-a243-cfa445658918
  metrics:
    time_to_first_token_ms:
      successful:
        count: 14
        mean: 409.5635414123535
        percentiles:
          p99: 460.04
    request_latency:
      successful:
        mean: 3.91
  worker:
    backend_model: "llama-3-2-3b"
)";

TEST(Yaml, GuidellmReportReadsAsItsJson) {
  const auto r = run(FileType::yaml, kGuidellmYaml);
  EXPECT_EQ(r.status, FileStatus::ingested);
  EXPECT_EQ(r.format, "guidellm benchmarks (yaml)");
  const auto& ttft = at(r, "benchmarks[0].metrics.time_to_first_token_ms.successful.mean");
  EXPECT_EQ(ttft.metric_id(), "ttft");
  EXPECT_EQ(ttft.statistic, "mean");
  EXPECT_EQ(ttft.unit, "ms");
  EXPECT_DOUBLE_EQ(*ttft.value, 409.5635414123535);
  EXPECT_EQ(ttft.line, 12u);  // the YAML line of the value
  EXPECT_EQ(ttft.context.config, "synchronous");
  const auto& p99 =
      at(r, "benchmarks[0].metrics.time_to_first_token_ms.successful.percentiles.p99");
  EXPECT_EQ(p99.statistic, "p99");
  // GuideLLM's latencies without a unit in the key are seconds.
  const auto& latency = at(r, "benchmarks[0].metrics.request_latency.successful.mean");
  EXPECT_EQ(latency.metric_id(), "e2e_latency");
  EXPECT_DOUBLE_EQ(*latency.normalized, 3910.0);
  // The run's request limit is a setting, as in the JSON.
  EXPECT_EQ(at(r, "benchmarks[0].args.max_number").parameter, "limit");
}

TEST(Yaml, ScalarsResolveAsYamlsCoreSchema) {
  // Quoted numbers stay text; .inf and .nan are non-finite; an alias is not expanded.
  const auto r = run(FileType::yaml, R"(benchmarks:
- metrics:
    time_to_first_token_ms:
      successful:
        mean: "12.5"
        median: +12.5
        max: .inf
        min: .nan
        p50: &a 3
        p90: *a
        std_dev: ~
)");
  const std::string base = "benchmarks[0].metrics.time_to_first_token_ms.successful.";
  // A quoted number is a string, read as JSON reads the same string.
  const auto json = run(FileType::json, R"({"benchmarks": [{"metrics": {"time_to_first_token_ms":
    {"successful": {"mean": "12.5"}}}}]})");
  EXPECT_EQ(has_row(r, base + "mean"), has_row(json, base + "mean"));
  EXPECT_DOUBLE_EQ(*at(r, base + "median").value, 12.5);
  EXPECT_FALSE(at(r, base + "max").value.has_value());
  EXPECT_FALSE(at(r, base + "min").value.has_value());
  EXPECT_DOUBLE_EQ(*at(r, base + "p50").value, 3.0);
  EXPECT_FALSE(has_row(r, base + "p90"));
  EXPECT_FALSE(has_row(r, base + "std_dev"));
}

TEST(Yaml, ConfigurationsAreNoResultsAndBrokenYamlIsSkipped) {
  const auto config = run(FileType::yaml, "model: llama3\nnum_ctx: 4096\ntemperature: 0.7\n");
  EXPECT_EQ(config.status, FileStatus::not_results);
  EXPECT_NE(config.reason.find("no result report"), std::string::npos) << config.reason;
  const auto broken = run(FileType::yaml, "benchmarks:\n  - a: [1, 2\n  - b: 3\n");
  EXPECT_EQ(broken.status, FileStatus::skipped);
  EXPECT_EQ(broken.reason.rfind("invalid YAML at line ", 0), 0u) << broken.reason;
  // A billion laughs: aliases are never expanded, so it costs its own size.
  std::string laughs = "a: &a [x, x, x, x, x, x, x, x, x]\n";
  for (char c = 'b'; c <= 'j'; ++c) {
    const char prev = static_cast<char>(c - 1);
    laughs += std::string(1, c) + ": &" + c + " [*" + prev + ", *" + prev + ", *" + prev + ", *" +
              prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev +
              "]\n";
  }
  EXPECT_EQ(run(FileType::yaml, laughs).status, FileStatus::not_results);
}

}  // namespace
}  // namespace chimera::ingest
