// What a sweep stores is what --resume, merge and report read back: every field of a sweep and
// of its trials, written then read, is equal (text with quotes, newlines and non-ASCII included),
// and the trial's metrics survive their JSON form with missing metrics still missing.
#include <gtest/gtest.h>

#include "chimera/store/trial_store.hpp"
#include "chimera/tune/sweep.hpp"
#include "test_support.hpp"

namespace chimera::store {
namespace {
using chimera::testing::TempDir;

TEST(TrialStoreRoundTrip, SweepsAndTrialsReadBackEqual) {
  TempDir t;
  auto st = TrialStore::open(t / "s.db");
  ASSERT_TRUE(st.ok()) << st.error().describe();
  const SweepRow s{"abc123",
                   "ctx \"sweep\"",
                   "2026-12-02T10:00:00Z",
                   R"({"params":["num_ctx=1024,2048"],"context":{"tool":"chimera"}})",
                   "decode_tok_s,ttft_ms",
                   "1,0.5",
                   "ttft_ms<=500;e2e_ms<=9000",
                   "chimera probe --model {model} --options {options}"};
  ASSERT_TRUE(st.value()->add_sweep(s).ok());
  TrialRow a{0,
             "abc123",
             "num_ctx=1024",
             1,
             true,
             "qwen3:4b",
             R"({"num_ctx":1024})",
             R"({"decode_tok_s":41.25,"ttft_ms":120.5})",
             "",
             "2026-12-02T10:00:01Z",
             2.5};
  TrialRow b{0,
             "abc123",
             "num_ctx=2048",
             1,
             false,
             "qwen3:4b",
             R"({"num_ctx":2048})",
             "{}",
             "HTTP 500: out of memory\n« naïve »",
             "2026-12-02T10:00:04Z",
             0.25};
  ASSERT_TRUE(st.value()->add(a).ok());
  ASSERT_TRUE(st.value()->add(b).ok());
  EXPECT_FALSE(st.value()->add(a).ok()) << "a trial is stored once";
  const auto sweeps = st.value()->sweeps();
  ASSERT_TRUE(sweeps.ok());
  ASSERT_EQ(sweeps.value().size(), 1u);
  const auto& s2 = sweeps.value()[0];
  EXPECT_EQ(s2.id, s.id);
  EXPECT_EQ(s2.name, s.name);
  EXPECT_EQ(s2.created, s.created);
  EXPECT_EQ(s2.definition_json, s.definition_json);
  EXPECT_EQ(s2.objective, s.objective);
  EXPECT_EQ(s2.weights, s.weights);
  EXPECT_EQ(s2.constraints, s.constraints);
  EXPECT_EQ(s2.command, s.command);
  const auto trials = st.value()->trials("abc123");
  ASSERT_TRUE(trials.ok());
  ASSERT_EQ(trials.value().size(), 2u);
  for (std::size_t i = 0; i < 2; ++i) {
    const auto& want = i == 0 ? a : b;
    const auto& got = trials.value()[i];
    EXPECT_EQ(got.sweep, want.sweep);
    EXPECT_EQ(got.point, want.point);
    EXPECT_EQ(got.rep, want.rep);
    EXPECT_EQ(got.ok, want.ok);
    EXPECT_EQ(got.model, want.model);
    EXPECT_EQ(got.options_json, want.options_json);
    EXPECT_EQ(got.metrics_json, want.metrics_json);
    EXPECT_EQ(got.error, want.error);
    EXPECT_EQ(got.started, want.started);
    EXPECT_DOUBLE_EQ(got.seconds, want.seconds);
  }
  const auto m = tune::parse_metrics(trials.value()[0].metrics_json);
  EXPECT_EQ(tune::metrics_json(m), a.metrics_json);
  EXPECT_TRUE(tune::parse_metrics(trials.value()[1].metrics_json).empty())
      << "a failed trial has no metrics, not zeros";
}

}  // namespace
}  // namespace chimera::store
