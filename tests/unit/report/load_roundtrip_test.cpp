// What `chimera load` stores is what --resume and `chimera report` read back: a load report
// written by load_json and read by report_from_json / level_from_json keeps every field they use
// (a field added to the writer and forgotten by the reader fails here).
#include <gtest/gtest.h>

#include <sstream>

#include "chimera/report/load_writers.hpp"

namespace chimera::report {
namespace {

LoadReport sample_report() {
  LoadReport r;
  r.backend = "ollama";
  r.url = "http://127.0.0.1:11434";
  r.model = "demo";
  r.mode = "closed";
  r.workload = "synthetic 64/128";
  r.phases = "warm-up 2 s, window 10 s";
  r.server_parallel = 4;
  LoadLevelReport l;
  l.level = 8;
  auto& m = l.summary;
  m.label = "concurrency 8";
  m.window_s = 9.5;
  m.interrupted = true;
  m.planned_window_s = 10;
  m.cut_off = 3;
  m.measured = 40;
  m.ok = 38;
  m.failed = 2;
  m.refused = 1;
  m.failures = {{"http_error", 2}};
  m.requests_per_s = 4.25;
  m.output_tok_s = 512.5;
  m.ttft.n = 38;
  m.ttft.mean = 120.5;
  m.ttft.p50 = 110;
  m.ttft.p95 = 240.25;
  m.ttft.p99 = 300;
  m.e2e.n = 38;
  m.e2e.p50 = 2000;
  m.prompt_tok_s.n = 38;
  m.prompt_tok_s.p50 = 2400.5;
  m.in_flight_mean = 7.5;
  m.in_flight_peak = 8;
  m.ttft_ms = {100, 110, 240.25};
  m.e2e_ms = {1900, 2000};
  l.telemetry.samples = 20;
  l.telemetry.cpu_mean = 55.5;
  l.telemetry.mem_peak_mib = 1024;
  r.levels.push_back(l);
  r.sweep_note = "The concurrency sweep stopped at 8: an SLO broke.";
  r.knee = 4;
  return r;
}

TEST(LoadRoundTrip, ALevelWrittenIsTheLevelReadBack) {
  const LoadReport r = sample_report();
  std::ostringstream out;
  load_json(out, r);
  const auto back = report_from_json(out.str());
  ASSERT_TRUE(back.has_value()) << out.str();
  EXPECT_EQ(back->backend, r.backend);
  EXPECT_EQ(back->url, r.url);
  EXPECT_EQ(back->model, r.model);
  EXPECT_EQ(back->mode, r.mode);
  EXPECT_EQ(back->server_parallel, r.server_parallel);
  EXPECT_EQ(back->sweep_note, r.sweep_note);
  EXPECT_EQ(back->knee, r.knee);
  ASSERT_EQ(back->levels.size(), 1u);
  const auto& a = r.levels[0];
  const auto& b = back->levels[0];
  EXPECT_EQ(b.level, a.level);
  EXPECT_EQ(b.summary.interrupted, a.summary.interrupted);
  EXPECT_DOUBLE_EQ(b.summary.window_s, a.summary.window_s);
  EXPECT_DOUBLE_EQ(b.summary.planned_window_s, a.summary.planned_window_s);
  EXPECT_EQ(b.summary.cut_off, a.summary.cut_off);
  EXPECT_EQ(b.summary.measured, a.summary.measured);
  EXPECT_EQ(b.summary.ok, a.summary.ok);
  EXPECT_EQ(b.summary.failed, a.summary.failed);
  EXPECT_EQ(b.summary.refused, a.summary.refused);
  EXPECT_EQ(b.summary.failures, a.summary.failures);
  EXPECT_DOUBLE_EQ(b.summary.requests_per_s, a.summary.requests_per_s);
  EXPECT_DOUBLE_EQ(b.summary.output_tok_s, a.summary.output_tok_s);
  EXPECT_EQ(b.summary.ttft.p50, a.summary.ttft.p50);
  EXPECT_EQ(b.summary.ttft.p95, a.summary.ttft.p95);
  EXPECT_EQ(b.summary.ttft.p99, a.summary.ttft.p99);
  EXPECT_EQ(b.summary.e2e.p50, a.summary.e2e.p50);
  EXPECT_EQ(b.summary.tpot.p50, a.summary.tpot.p50) << "a missing percentile stays missing";
  EXPECT_EQ(b.summary.prompt_tok_s.p50, a.summary.prompt_tok_s.p50);
  EXPECT_EQ(b.summary.prompt_tok_s.n, a.summary.prompt_tok_s.n);
  EXPECT_DOUBLE_EQ(b.summary.in_flight_mean, a.summary.in_flight_mean);
  EXPECT_EQ(b.summary.in_flight_peak, a.summary.in_flight_peak);
  EXPECT_EQ(b.summary.ttft_ms, a.summary.ttft_ms);
  EXPECT_EQ(b.summary.e2e_ms, a.summary.e2e_ms);
  EXPECT_EQ(b.telemetry.samples, a.telemetry.samples);
  EXPECT_EQ(b.telemetry.cpu_mean, a.telemetry.cpu_mean);
  EXPECT_EQ(b.telemetry.mem_peak_mib, a.telemetry.mem_peak_mib);
  EXPECT_EQ(b.telemetry.gpu_util_mean, a.telemetry.gpu_util_mean);
  const auto level = level_from_json(out.str());
  ASSERT_TRUE(level.has_value());
  EXPECT_EQ(level->level, a.level);
  EXPECT_EQ(level->summary.ok, a.summary.ok);
}

// The environment a report shows is the one captured with the results, read back from the
// store, never the machine rendering it (`chimera report` elsewhere shows where it was measured).
TEST(LoadRoundTrip, TheEnvironmentShownIsTheOneStoredWithTheResults) {
  LoadReport r = sample_report();
  r.environment = {{"tool", "chimera 0.0.1 (commit 0123456789ab, Release)"},
                   {"host CPU", "Imaginary CPU 9000, 256 logical core(s)"}};
  std::ostringstream out;
  load_json(out, r);
  const auto back = report_from_json(out.str());
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->environment, r.environment);
  const std::string html = load_html(*back);
  EXPECT_NE(html.find("Imaginary CPU 9000"), std::string::npos);
  EXPECT_NE(html.find("commit 0123456789ab"), std::string::npos);
  LoadReport bare = sample_report();  // results stored without their context
  const std::string old = load_html(bare);
  EXPECT_NE(old.find("not recorded with these results"), std::string::npos);
  EXPECT_EQ(old.find("logical core(s)"), std::string::npos) << "the renderer's host was shown";
}

TEST(LoadRoundTrip, TextThatIsNotALoadReportIsNotRead) {
  EXPECT_FALSE(report_from_json("{}").has_value());
  EXPECT_FALSE(level_from_json("not json").has_value());
}

}  // namespace
}  // namespace chimera::report
