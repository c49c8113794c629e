// The shared seed corpus must ingest exactly as expected.json says the reference did.
#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "chimera/ingest/pipeline.hpp"
#include "collect_sink.hpp"
#include "test_support.hpp"

namespace chimera {
namespace {
using namespace chimera::testing;

class SeedCorpus : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    materialize_seed(dir_->path());
    expected_ = nlohmann::json::parse(read_file(shared_dir() / "corpora/seed-101/expected.json"));
    ingest::IngestOptions o;
    o.root = dir_->path();
    o.walk.layout = ingest::Layout::chimera;
    sink_ = new CollectSink();
    auto r = ingest::run_ingest(o, *sink_);
    ASSERT_TRUE(r.ok()) << r.error().describe();
    summary_ = new ingest::IngestSummary(std::move(r.value()));
  }
  static void TearDownTestSuite() {
    delete summary_;
    delete sink_;
    delete dir_;
  }
  static inline TempDir* dir_ = nullptr;
  static inline CollectSink* sink_ = nullptr;
  static inline ingest::IngestSummary* summary_ = nullptr;
  static inline nlohmann::json expected_;
};

TEST_F(SeedCorpus, CountsBytesAndHeadings) {
  const auto& c = expected_["counts"];
  EXPECT_EQ(summary_->counts[0], c["csv"].get<std::size_t>());
  EXPECT_EQ(summary_->counts[1], c["json"].get<std::size_t>());
  EXPECT_EQ(summary_->counts[2], c["markdown"].get<std::size_t>());
  EXPECT_EQ(summary_->total_ingested(), c["total"].get<std::size_t>());
  EXPECT_EQ(summary_->total_bytes, expected_["total_bytes"].get<std::uint64_t>());
  EXPECT_EQ(summary_->total_bytes, 436259u);
  EXPECT_EQ(summary_->heading_count, 425u);
  EXPECT_EQ(summary_->json_documents, expected_["json_documents"].get<std::size_t>());
  EXPECT_TRUE(summary_->skipped.empty());
}

TEST_F(SeedCorpus, DataSummaryByteForByte) {
  EXPECT_EQ(summary_->data_summary(), expected_["expected_data_summary"].get<std::string>());
}

TEST_F(SeedCorpus, LegacyMetricsMatchWithinTolerance) {
  const auto& want = expected_["legacy_performance_metrics"];
  std::size_t harvested = 0;
  for (const auto& [key, value] : want.items()) {
    if (key.rfind("csv_", 0) != 0 && key.rfind("json_", 0) != 0) continue;
    if (key == "json_documents") continue;  // a total, not a harvested path
    ++harvested;
    const auto it = summary_->legacy.find(key);
    ASSERT_NE(it, summary_->legacy.end()) << key;
    if (value.is_number()) {
      const double* got = std::get_if<double>(&it->second.value);
      ASSERT_TRUE(got) << key;
      const double w = value.get<double>();
      EXPECT_LE(std::fabs(*got - w), 1e-12 * std::max(1.0, std::fabs(w))) << key;
    } else {
      EXPECT_EQ(std::get<std::string>(it->second.value), value.get<std::string>()) << key;
    }
  }
  EXPECT_EQ(summary_->legacy.size(), harvested) << "harvested keys the reference did not have";
}

TEST_F(SeedCorpus, EveryLegacyValueIsAMetricRowAtItsFileAndLocator) {
  for (const auto& [key, lv] : summary_->legacy) {
    const double* v = std::get_if<double>(&lv.value);
    if (!v) continue;
    const auto* file = sink_->find(summary_->legacy_files.at(key));
    ASSERT_TRUE(file) << key;
    bool found = false;
    for (const auto& row : file->rows) {
      if (row.locator == lv.locator && row.value && *row.value == *v) found = true;
    }
    EXPECT_TRUE(found) << key << " at " << file->entry.rel_path << " " << lv.locator;
  }
}

TEST_F(SeedCorpus, Utf16FileIsDecodedAndIngested) {
  const auto* f = sink_->find("reports/ncu_summary.csv");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->status, ingest::FileStatus::ingested);
  EXPECT_EQ(f->encoding, "utf-16le-mojibake");
}

TEST_F(SeedCorpus, LatestModifiedPerType) {
  const auto& lm = expected_["latest_modified"];
  EXPECT_EQ(ingest::format_utc(summary_->latest_mtime[0]), lm["csv"].get<std::string>());
  EXPECT_EQ(ingest::format_utc(summary_->latest_mtime[1]), lm["json"].get<std::string>());
  EXPECT_EQ(ingest::format_utc(summary_->latest_mtime[2]), lm["markdown"].get<std::string>());
}

TEST_F(SeedCorpus, SameResultWithOneOrManyThreads) {
  for (unsigned jobs : {1u, 3u}) {
    ingest::IngestOptions o;
    o.root = dir_->path();
    o.walk.layout = ingest::Layout::chimera;
    o.jobs = jobs;
    CollectSink s;
    ASSERT_TRUE(ingest::run_ingest(o, s).ok());
    ASSERT_EQ(s.files.size(), sink_->files.size());
    for (std::size_t i = 0; i < s.files.size(); ++i) {
      EXPECT_EQ(s.files[i].entry.rel_path, sink_->files[i].entry.rel_path);
      EXPECT_EQ(s.files[i].rows.size(), sink_->files[i].rows.size());
    }
  }
}

}  // namespace
}  // namespace chimera
