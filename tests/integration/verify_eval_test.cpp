// `chimera verify` against a hand-labelled evaluation set: numbers of seven reports of the
// reference system with their data (tests/fixtures/verify, verdicts decided by hand), and of the
// seed report against the seed corpus (read in place from ../shared). Computes
// precision and recall per verdict and holds the targets: precision of verified >= 95 %, of
// mismatch and mislabelled >= 90 % (when it calls any), recall of verified >= 85 %.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "chimera/analysis/grounding.hpp"
#include "test_support.hpp"

namespace chimera {
namespace {
using namespace chimera::testing;

struct Label {
  std::string c, text, verdict;
  std::size_t line = 0;
};

std::vector<Label> labels(const std::filesystem::path& tsv) {
  std::ifstream in(tsv);
  std::string line;
  std::getline(in, line);  // header
  std::vector<Label> out;
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, '\t')) f.push_back(cell);
    if (f.size() < 4) continue;
    std::string v = f[3] == "not_found" ? "not found" : f[3];
    out.push_back({f[0], f[2], v, std::stoul(f[1])});
  }
  return out;
}

TEST(VerifyEval, PrecisionAndRecallPerVerdictOnTheLabelledSet) {
  const auto root = source_dir() / "tests/fixtures/verify";
  const auto all = labels(root / "labels.tsv");
  ASSERT_GE(all.size(), 150u);
  std::map<std::string, std::vector<Label>> by_case;
  for (const auto& l : all) by_case[l.c].push_back(l);
  std::map<std::pair<std::string, std::string>, int> confusion;  // (labelled, verify's)
  for (const auto& [name, ls] : by_case) {
    // The seed report and its corpus are read in place from ../shared (never copied here).
    const bool seed = name == "seed_insight_report";
    const auto dir = seed ? shared_dir() / "corpora/seed-101/files" : root / name / "data";
    const auto report =
        seed ? shared_dir() / "reference/seed-insight-report.md" : root / name / "report.md";
    const auto data = analysis::read_evidence(dir, ingest::Layout::all, {}, {});
    ASSERT_TRUE(data.ok()) << name;
    const auto g = analysis::check_grounding(read_file(report), data.value());
    std::map<std::pair<std::size_t, std::string>, std::string> got;
    std::map<std::pair<std::size_t, std::string>, int> seen;
    for (const auto& n : g.numbers) {
      std::string t = n.claim.text;
      const int k = ++seen[{n.claim.line, t}];
      if (k > 1) t += "#" + std::to_string(k);
      got[{n.claim.line, t}] = std::string(analysis::mark_name(n.mark));
    }
    for (const auto& l : ls) {
      const auto it = got.find({l.line, l.text});
      const std::string v = it == got.end() ? "skip" : it->second;
      if (it != got.end()) got.erase(it);
      ++confusion[{l.verdict, v}];
    }
    for (const auto& [_, v] : got) ++confusion[{"(unlabelled)", v}];
  }
  std::string table = "verdict | precision | recall\n";
  std::map<std::string, std::pair<double, double>> pr;
  for (const char* v : {"verified", "derived", "bound", "mismatch", "mislabelled", "not found"}) {
    int tp = confusion[{v, v}], predicted = 0, actual = 0;
    for (const auto& [k, n] : confusion) {
      if (k.second == v) predicted += n;
      if (k.first == v) actual += n;
    }
    const double p = predicted ? static_cast<double>(tp) / predicted : -1;
    const double r = actual ? static_cast<double>(tp) / actual : -1;
    pr[v] = {p, r};
    table += std::string(v) + " | " + std::to_string(tp) + "/" + std::to_string(predicted) + " | " +
             std::to_string(tp) + "/" + std::to_string(actual) + "\n";
  }
  std::cout << table;
  EXPECT_GE(pr["verified"].first, 0.95) << table;
  EXPECT_GE(pr["verified"].second, 0.85) << table;
  if (pr["mismatch"].first >= 0) {
    EXPECT_GE(pr["mismatch"].first, 0.90) << table;
  }
  if (pr["mislabelled"].first >= 0) {
    EXPECT_GE(pr["mislabelled"].first, 0.90) << table;
  }
}

}  // namespace
}  // namespace chimera
