// Real result files of the tools of the field (tests/fixtures/peers/<tool>/, sources in each
// SOURCES.tsv) against expectations written by hand from each tool's documentation
// (expected.tsv): every headline figure must be found with the right metric, statistic,
// normalised value and unit, and context. Statistic "failed_rows"/"ok_rows" counts the rows of
// the metric with that status instead (failed requests must never count as measurements).
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

#include "chimera/core/text.hpp"
#include "chimera/ingest/pipeline.hpp"
#include "collect_sink.hpp"
#include "test_support.hpp"

namespace chimera {
namespace {
namespace fs = std::filesystem;
using namespace chimera::testing;

struct Expectation {
  std::string file, metric, statistic, unit, why;
  double value = 0;
  std::map<std::string, std::string> context;
  std::size_t line = 0;
};

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::stringstream in(s);
  std::string f;
  while (std::getline(in, f, sep)) out.push_back(f);
  if (!s.empty() && s.back() == sep) out.emplace_back();
  return out;
}

std::vector<Expectation> load_expectations(const fs::path& root) {
  std::vector<Expectation> out;
  for (const auto& tool : fs::directory_iterator(root)) {
    const fs::path tsv = tool.path() / "expected.tsv";
    if (!fs::exists(tsv)) continue;
    std::ifstream in(tsv);
    std::string line;
    std::size_t n = 0;
    while (std::getline(in, line)) {
      if (++n == 1 || text::trim(line).empty()) continue;
      const auto f = split(line, '\t');
      if (f.size() < 6) {
        ADD_FAILURE() << tsv << ":" << n << ": fewer than 6 columns";
        continue;
      }
      Expectation e;
      e.file = tool.path().filename().string() + "/" + f[0];
      e.metric = f[1];
      e.statistic = f[2];
      e.value = std::stod(f[3]);
      e.unit = f[4];
      if (f[5] != "-") {
        for (const auto& kv : split(f[5], ';')) {
          const auto eq = kv.find('=');
          if (eq != std::string::npos)
            e.context[std::string(text::trim(kv.substr(0, eq)))] =
                std::string(text::trim(kv.substr(eq + 1)));
        }
      }
      e.why = f.size() > 6 ? f[6] : "";
      e.line = n;
      out.push_back(std::move(e));
    }
  }
  return out;
}

bool contains_ci(const std::string& hay, const std::string& needle) {
  return text::to_lower(hay).find(text::to_lower(needle)) != std::string::npos;
}

bool matches(const ingest::MetricRow& r, const Expectation& e) {
  if (r.role != metrics::Role::metric || r.metric_id() != e.metric) return false;
  if (r.statistic != e.statistic || r.normalized_unit != e.unit || !r.normalized) return false;
  if (std::fabs(*r.normalized - e.value) > std::max(1e-6, std::fabs(e.value) * 2e-3)) return false;
  for (const auto& [k, v] : e.context) {
    bool found = false;
    for (std::size_t i = 0; i < ingest::Context::kFields; ++i) {
      if (ingest::Context::field_name(i) == k) found = contains_ci(r.context.field(i), v);
    }
    if (!found) return false;
  }
  return true;
}

class PeerFixtures : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    sink_ = new CollectSink;
    ingest::IngestOptions o;
    o.root = source_dir() / "tests/fixtures/peers";
    o.jobs = 2;
    auto s = ingest::run_ingest(o, *sink_);
    ASSERT_TRUE(s.ok()) << s.error().message;
    summary_ = new ingest::IngestSummary(std::move(s.value()));
  }
  static void TearDownTestSuite() {
    delete sink_;
    delete summary_;
  }
  static CollectSink* sink_;
  static ingest::IngestSummary* summary_;
};
CollectSink* PeerFixtures::sink_ = nullptr;
ingest::IngestSummary* PeerFixtures::summary_ = nullptr;

TEST_F(PeerFixtures, EveryHeadlineFigureIsRight) {
  const auto expectations = load_expectations(source_dir() / "tests/fixtures/peers");
  ASSERT_GE(expectations.size(), 150u);
  std::size_t met = 0;
  for (const auto& e : expectations) {
    const auto* f = sink_->find(e.file);
    ASSERT_NE(f, nullptr) << e.file << " was not ingested";
    bool ok = false;
    if (e.statistic == "failed_rows" || e.statistic == "ok_rows") {
      const auto want =
          e.statistic == "failed_rows" ? ingest::RowStatus::failed : ingest::RowStatus::ok;
      std::size_t n = 0;
      for (const auto& r : f->rows) n += r.metric_id() == e.metric && r.status == want ? 1 : 0;
      ok = n == static_cast<std::size_t>(e.value);
    } else {
      for (const auto& r : f->rows) ok = ok || matches(r, e);
    }
    met += ok ? 1 : 0;
    EXPECT_TRUE(ok) << e.file << " (expected.tsv line " << e.line << "): " << e.metric << " "
                    << e.statistic << " " << e.value << " " << e.unit << " -- " << e.why;
  }
  std::cout << met << " of " << expectations.size() << " expectations met\n";
}

TEST_F(PeerFixtures, EveryFileIsReadAndRecognised) {
  EXPECT_TRUE(summary_->skipped.empty());
  for (const auto& f : sink_->files) {
    EXPECT_EQ(f.status, ingest::FileStatus::ingested) << f.entry.rel_path << ": " << f.reason;
    if (f.entry.rel_path == "README.md") continue;  // this folder's own description
    EXPECT_FALSE(f.rows.empty()) << f.entry.rel_path;
  }
  for (const char* format :
       {"llama-bench", "vllm bench serve", "guidellm benchmarks", "aiperf json", "aiperf csv",
        "llmperf summary", "llmperf individual responses", "ollama api"}) {
    EXPECT_TRUE(summary_->formats.count(format)) << format << " not recognised";
  }
}

TEST_F(PeerFixtures, NoFailedRequestCountsAndNoMinutesFromMin) {
  for (const auto& f : sink_->files) {
    for (const auto& r : f.rows) {
      if (r.status == ingest::RowStatus::failed && r.note.rfind("request failed", 0) == 0) {
        EXPECT_FALSE(r.value) << f.entry.rel_path << " " << r.locator;
      }
      if (r.statistic == "min") {
        EXPECT_NE(r.unit, "min") << f.entry.rel_path << " " << r.locator;
      }
      // Only what has a unit gets a normalised value, and only in the registry's unit.
      if (r.normalized && r.metric && r.statistic != "count") {
        EXPECT_TRUE(r.normalized_unit == r.metric->unit || r.metric->unit.empty())
            << f.entry.rel_path << " " << r.locator << ": " << r.metric->id << " in "
            << r.normalized_unit;
      }
    }
  }
}

}  // namespace
}  // namespace chimera
