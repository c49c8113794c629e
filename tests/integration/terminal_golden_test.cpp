// Golden tests of the terminal summaries: fixed inputs (no server, no clock), every line within
// 80 columns. Set CHIMERA_UPDATE_GOLDEN=1 to rewrite the golden files after an intended change.
#include <gtest/gtest.h>

#include <cstdlib>
#include <sstream>

#include "chimera/core/terminal.hpp"
#include "chimera/report/load_writers.hpp"
#include "chimera/stats/ranking.hpp"
#include "chimera/tune/sweep_report.hpp"
#include "golden.hpp"
#include "test_support.hpp"

namespace chimera {
namespace {
namespace fs = std::filesystem;
using namespace chimera::testing;

// The golden comparison, after checking every line fits 80 columns.
void check_golden_80(const std::string& got, const std::string& name) {
  std::istringstream in(got);
  for (std::string line; std::getline(in, line);)
    EXPECT_LE(term::width(line), 80u) << name << ": " << line;
  check_golden(got, name);
}

measure::Percentiles pct(std::size_t n, double p50, double p95) {
  measure::Percentiles p;
  p.n = n;
  p.mean = (p50 + p95) / 2, p.p50 = p50, p.p95 = p95;
  return p;
}

report::LoadReport closed_loop() {
  report::LoadReport r;
  r.backend = "ollama", r.url = "http://127.0.0.1:11434", r.model = "llama3.2:1b";
  r.mode = "closed";
  r.workload = "128-token synthetic prompts (about), num_predict 64";
  r.phases = "per level 2 s warm-up, 10 s measured, 2 s cool-down";
  r.gpu = "NVIDIA GeForce RTX 4090, 24564 MiB";
  auto slo = measure::parse_slos("ttft_p95=500ms");
  r.slos = slo.value();
  r.server_parallel = 2;
  const double levels[] = {1, 2, 4, 8};
  for (std::size_t i = 0; i < 4; ++i) {
    report::LoadLevelReport l;
    l.level = levels[i];
    auto& m = l.summary;
    m.label = "concurrency " + std::to_string(static_cast<int>(levels[i]));
    m.window_s = 10;
    m.measured = 40 * (i + 1), m.ok = m.measured - (i == 3 ? 3 : 0), m.failed = i == 3 ? 3 : 0;
    if (m.failed) m.failures["timeout"] = 3;
    m.requests_per_s = static_cast<double>(m.ok) / 10;
    m.output_tok_s = m.requests_per_s * 64;
    m.ttft = pct(m.ok, 80.0 * (i + 1), 120.0 * (i + 1) * (i + 1));
    m.tpot = pct(m.ok, 6.5 + i, 7.5 + i);
    m.e2e = pct(m.ok, 500.0 + 200 * i, 700.0 + 300 * i);
    m.prompt_tok_s = pct(m.ok, 2400.0 - 300 * i, 2600.0);
    m.goodput_rps = m.requests_per_s * (i < 2 ? 1.0 : 0.4);
    m.slo_attainment = i < 2 ? 1.0 : 0.4;
    m.slo_met = {{"ttft_p95=500ms", i < 2}};
    m.in_flight_mean = levels[i], m.in_flight_peak = static_cast<std::size_t>(levels[i]);
    r.levels.push_back(l);
  }
  r.levels[3].summary.interrupted = true;
  r.levels[3].summary.planned_window_s = 20;
  r.sweep_note = "throughput stopped rising after c=4 (knee)";
  return r;
}

TEST(TerminalGolden, LoadClosedLoop) {
  check_golden_80(report::load_text(closed_loop()), "load_closed.txt");
}

TEST(TerminalGolden, LoadOpenLoopWithFewRequestsAndNoServerTimings) {
  auto r = closed_loop();
  r.mode = "open";
  r.slos.clear();
  r.sweep_note.clear();
  r.server_parallel.reset();
  r.gpu = "no NVIDIA GPU visible (nvidia-smi not found): no GPU figures";
  for (auto& l : r.levels) {
    l.level /= 2;
    auto& m = l.summary;
    m.goodput_rps.reset(), m.slo_attainment.reset(), m.slo_met.clear();
    m.ttft.n = 4;
    m.prompt_tok_s = {};  // an OpenAI-compatible server without timings
  }
  check_golden_80(report::load_text(r), "load_open.txt");
}

tune::SweepView sweep_view(bool repeated) {
  tune::SweepView v;
  v.sweep.id = "a80c1681f474d82d", v.sweep.name = "sweep", v.sweep.created = "2026-12-03T03:53:35Z";
  v.sweep.command =
      "chimera probe --backend ollama --url 'http://127.0.0.1:11434' --model {model} --options "
      "{options} --endpoint chat -n 4 --warmup 1 --prompt 'Explain TTFT.'";
  v.objective = tune::make_objective({"decode_tok_s"}, {}, {}).value();
  const std::vector<std::pair<std::string, std::vector<double>>> points = {
      {"num_ctx=2048,temperature=0.2", {101.0, 103.0, 102.0}},
      {"num_ctx=2048,temperature=0.8", {96.0, 95.5, 96.5}},
      {"num_ctx=8192,temperature=0.2", {88.0, 89.0, 87.5}},
      {"num_ctx=8192,temperature=0.8,num_gpu=99,top_k=40", {70.0, 71.0, 69.0}}};
  std::vector<stats::Candidate> c;
  for (const auto& [key, runs] : points) {
    tune::PointSummary p;
    p.key = key, p.model = "llama3.2:1b", p.options_json = "{\"num_ctx\":2048}";
    const auto& r = repeated ? runs : std::vector<double>{runs[0]};
    p.trials = p.ok = static_cast<int>(r.size());
    double sum = 0;
    for (const double x : r) sum += x;
    p.mean["decode_tok_s"] = sum / static_cast<double>(r.size());
    p.mean["ttft_p50_ms"] = 250.0 - p.mean["decode_tok_s"];
    p.scores = r;
    p.feasible = true;
    v.points.push_back(p);
    c.push_back({key, r});
    for (std::size_t k = 0; k < r.size(); ++k) v.trials.emplace_back();
  }
  for (auto& t : v.trials) t.ok = true;
  v.ranking = stats::rank(c, true);
  v.best = v.ranking.leader;
  return v;
}

TEST(TerminalGolden, SweepWithABestPoint) {
  check_golden_80(tune::sweep_text(sweep_view(true)), "sweep_best.txt");
}

TEST(TerminalGolden, SweepWithOneTrialPerPointHasNoBest) {
  check_golden_80(tune::sweep_text(sweep_view(false)), "sweep_tied.txt");
}

}  // namespace
}  // namespace chimera
