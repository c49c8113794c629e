// Dog-food: the reports this tool writes, checked by its own `verify` against the data they were
// written from. None may state a false number: no mismatch, no mislabelled. The share the data
// supports is printed and held above today's floor (docs/verify.md has the figures).
#include <gtest/gtest.h>

#include <cstdlib>

#include "chimera/agent/compare_run.hpp"
#include "chimera/agent/scenario.hpp"
#include "chimera/analysis/grounding.hpp"
#include "chimera/fake/fake_server.hpp"
#include "test_support.hpp"

namespace chimera {
namespace {
using namespace chimera::testing;

// Checks one report against the artifacts it analysed and the run's own JSON outputs (the other
// reports of the run are no evidence).
analysis::GroundingResult check(const std::filesystem::path& report_file,
                                const std::filesystem::path& artifacts,
                                const std::filesystem::path& out, double floor) {
  auto data = analysis::read_evidence(artifacts, ingest::Layout::chimera, {}, {});
  EXPECT_TRUE(data.ok());
  auto own = analysis::read_evidence(out, ingest::Layout::all, {}, {"*.md", "*/*.md", "*.html"});
  EXPECT_TRUE(own.ok());
  auto all = data.value();
  all.insert(all.end(), own.value().begin(), own.value().end());
  const auto g = analysis::check_grounding(read_file(report_file), all);
  if (const char* keep = std::getenv("CHIMERA_DOGFOOD_KEEP"))  // a copy of each report to read
    std::filesystem::copy_file(report_file, std::filesystem::path(keep) / report_file.filename(),
                               std::filesystem::copy_options::overwrite_existing);
  std::cout << report_file.filename().string() << ": "
            << analysis::share_text(g.supported(), g.numbers.size()) << " supported, "
            << g.count(analysis::Mark::mismatch) << " mismatch, "
            << g.count(analysis::Mark::mislabelled) << " mislabelled\n";
  for (const auto& n : g.numbers) {
    if (std::getenv("CHIMERA_DOGFOOD_VERBOSE") && n.mark != analysis::Mark::verified &&
        n.mark != analysis::Mark::derived && !n.holds)
      std::cout << "  line " << n.claim.line << " " << n.claim.text << " [" << n.claim.label
                << "]: " << analysis::mark_name(n.mark) << "\n";
    if (n.mark == analysis::Mark::mismatch || n.mark == analysis::Mark::mislabelled)
      ADD_FAILURE() << report_file.filename() << " line " << n.claim.line << " " << n.claim.text
                    << ": " << analysis::mark_name(n.mark) << ": " << n.note;
  }
  // The target: at least 95 % verified or derived (docs/verify.md has the figures).
  EXPECT_GE(g.supported().value_or(0), floor) << report_file.filename();
  return g;
}

TEST(Dogfood, AgentReportsStateNoFalseNumber) {
  fake::FakeServer a, b;
  ASSERT_TRUE(a.start().ok() && b.start().ok());
  TempDir t;
  agent::AgentsOptions o;
  o.dir = source_dir() / "examples/artifacts";
  o.layout = ingest::Layout::chimera;
  o.url_a = a.url();
  o.url_b = b.url();
  // (Gaps of 10 ms, not 2: under a sanitizer on a loaded machine two agents sharing the CPU
  // could take over 1.2x their solo time, which adds a contention risk row whose figures are
  // the run's own, and the share checked would then hang on the machine's load.)
  o.model = "fake:tokens=40,gap=10,ttft=20";
  o.options = "{\"num_ctx\":2048}";
  o.out = t / "out";
  const auto sum = agent::run_agents(o);
  ASSERT_TRUE(sum.ok()) << sum.error().describe();
  for (const char* f : {"run_1/collector_report.md", "run_1/insight_report.md",
                        "run_1/combined_report.md", "summary.md"}) {
    const auto g = check(t / "out" / f, o.dir, t / "out", 0.95);
    EXPECT_FALSE(g.numbers.empty()) << f;
  }
}

TEST(Dogfood, RunComparisonStatesNoFalseNumber) {
  fake::FakeServer s;
  ASSERT_TRUE(s.start().ok());
  TempDir t;
  agent::RunOptions o;
  o.dir = source_dir() / "examples/artifacts";
  o.url = s.url();
  o.model = "fake:tokens=20,gap=2,ttft=5";
  o.options = "{\"num_ctx\":2048}";
  o.runs = 2;
  o.warmup = 0;
  o.out = t / "out";
  const auto r = agent::run_compare(o);
  ASSERT_TRUE(r.ok()) << r.error().describe();
  for (const char* f : {"comparison_report.md", "chimera_report.md", "baseline_report.md"}) {
    check(t / "out" / f, o.dir, t / "out", 0.95);
  }
}

}  // namespace
}  // namespace chimera
