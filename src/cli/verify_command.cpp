#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>
#include <sstream>

#include "chimera/cli/cli.hpp"
#include "chimera/cli/output_file.hpp"
#include "chimera/ingest/pipeline.hpp"
#include "chimera/report/grounding.hpp"

namespace chimera::cli {
namespace {

// Collects the ingest metrics table as facts to check numbers against.
class FactSink final : public ingest::IngestSink {
 public:
  std::vector<report::Fact> facts;
  Status begin(const ingest::IngestOptions&) override { return ok_status(); }
  Status file(const ingest::FileResult& f) override {
    for (const auto& r : f.rows) {
      if (r.value) facts.push_back({f.entry.rel_path, r.locator, r.name, r.kind, r.unit, *r.value});
    }
    return ok_status();
  }
  Status end(const ingest::IngestSummary& s) override {
    const auto total = [&](const char* name, double v, units::Kind k, const char* unit) {
      facts.push_back({"(ingest summary)", name, name, k, unit, v});
    };
    total("total files analyzed", static_cast<double>(s.reference_total()), units::Kind::count, "");
    total("markdown heading count", static_cast<double>(s.heading_count), units::Kind::count, "");
    total("total file size", static_cast<double>(s.total_bytes), units::Kind::memory, "bytes");
    total("CSV files", static_cast<double>(s.counts[0]), units::Kind::count, "");
    total("JSON files", static_cast<double>(s.counts[1]), units::Kind::count, "");
    total("Markdown files", static_cast<double>(s.counts[2]), units::Kind::count, "");
    return ok_status();
  }
};

struct VerifyArgs {
  std::string report, dir, layout = "all";
  double fail_under = -1;
};

int run_verify(const VerifyArgs& a) {
  std::ifstream in(a.report, std::ios::binary);
  if (!in)
    return report_error(
        {ErrorCode::input, "cannot read the report '" + a.report + "'", "check the path"});
  std::stringstream text;
  text << in.rdbuf();
  ingest::IngestOptions o;
  o.root = a.dir;
  o.walk.layout = a.layout == "chimera" ? ingest::Layout::chimera : ingest::Layout::all;
  FactSink sink;
  auto r = ingest::run_ingest(o, sink);
  if (!r) return report_error(r.error());
  const auto g = report::check_grounding(text.str(), sink.facts);
  for (const auto& n : g.numbers) {
    std::cout << fmt::format("line {:>4}  {:<24} {:<11}  {}\n", n.line, n.text,
                             report::mark_name(n.mark), n.note);
  }
  const std::size_t checked = g.numbers.size();
  std::cout << fmt::format(
      "\nscore: {} of {} numbers verified ({:.0f} %), {} mislabelled, {} not found; {} skipped "
      "(dates, section "
      "numbers, identifiers, bare integers under 10); data: {} values from {} files below {}\n",
      g.count(report::Mark::verified), checked, g.score() * 100, g.count(report::Mark::mislabelled),
      g.count(report::Mark::not_found), g.skipped, sink.facts.size(), r.value().total_ingested(),
      a.dir);
  if (a.fail_under >= 0 && g.score() * 100 < a.fail_under) return kExitFailure;
  return kExitOk;
}

}  // namespace

void add_verify_command(CLI::App& app, int& exit_code) {
  auto a = std::make_shared<VerifyArgs>();
  CLI::App* cmd = app.add_subcommand(
      "verify",
      "Check every number in a report against the data: each is verified (the value is in the data "
      "and the\n"
      "text labels it as what it is), mislabelled (the value is there but is something else: a p95 "
      "presented\n"
      "as an average, a TTFT presented as latency; the line says what it really is) or not found.");
  cmd->add_option("REPORT", a->report, "Markdown or text report")->required();
  cmd->add_option("DIR", a->dir, "Folder of the benchmark artifacts the report is about")
      ->required();
  cmd->add_option("--layout", a->layout, "How to read DIR, as for ingest")
      ->check(CLI::IsMember({"all", "chimera"}))
      ->capture_default_str();
  cmd->add_option("--fail-under", a->fail_under,
                  "Exit 1 when under this percentage of numbers is verified");
  cmd->callback([a, &exit_code] { exit_code = run_verify(*a); });
}

}  // namespace chimera::cli
