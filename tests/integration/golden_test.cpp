// Golden tests of the text and JSON writers: the output of examples/artifacts and of the
// malformed fixture tree, with volatile parts (mtimes, tool version, root path) normalised.
// Set CHIMERA_UPDATE_GOLDEN=1 to rewrite the golden files after an intended change.
#include <gtest/gtest.h>

#include <cstdlib>
#include <regex>
#include <sstream>

#include "chimera/ingest/pipeline.hpp"
#include "chimera/report/ingest_writers.hpp"
#include "test_support.hpp"

namespace chimera {
namespace {
namespace fs = std::filesystem;
using namespace chimera::testing;

std::string normalise(std::string s, const fs::path& root) {
  s = std::regex_replace(s, std::regex(R"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC)"), "<mtime>");
  s = std::regex_replace(s, std::regex(R"("tool": "[^"]*")"), "\"tool\": \"<tool>\"");
  std::string r = root.string();
  for (std::size_t pos; (pos = s.find(r)) != std::string::npos;) s.replace(pos, r.size(), "<root>");
  return s;
}

std::string render(const fs::path& root, const std::string& format, ingest::Layout layout) {
  std::ostringstream out;
  auto sink = format == "json" ? report::make_ingest_json_writer(out)
                               : report::make_ingest_text_writer(out);
  ingest::IngestOptions o;
  o.root = root;
  o.walk.layout = layout;
  const auto r = ingest::run_ingest(o, *sink);
  EXPECT_TRUE(r.ok());
  return normalise(out.str(), root);
}

void check_golden(const std::string& got, const std::string& name) {
  const fs::path golden = source_dir() / "tests/golden" / name;
  if (std::getenv("CHIMERA_UPDATE_GOLDEN")) {
    write_file(golden, got);
    GTEST_SKIP() << "rewrote " << golden;
  }
  ASSERT_TRUE(fs::exists(golden)) << golden << " missing; run with CHIMERA_UPDATE_GOLDEN=1";
  EXPECT_EQ(got, read_file(golden)) << "output differs from " << golden;
}

TEST(Golden, ExamplesText) {
  check_golden(render(source_dir() / "examples/artifacts", "text", ingest::Layout::all),
               "examples.txt");
}

TEST(Golden, ExamplesJson) {
  check_golden(render(source_dir() / "examples/artifacts", "json", ingest::Layout::all),
               "examples.json");
}

TEST(Golden, ExamplesChimeraLayoutText) {
  check_golden(render(source_dir() / "examples/artifacts", "text", ingest::Layout::chimera),
               "examples-chimera.txt");
}

TEST(Golden, MalformedText) {
  TempDir t;  // a copy, so that checkout details (mtimes) cannot leak in
  fs::copy(source_dir() / "tests/fixtures/malformed", t.path(), fs::copy_options::recursive);
  check_golden(render(t.path(), "text", ingest::Layout::all), "malformed.txt");
}

TEST(Golden, OutputIsDeterministicAcrossRuns) {
  const auto root = source_dir() / "examples/artifacts";
  EXPECT_EQ(render(root, "json", ingest::Layout::all), render(root, "json", ingest::Layout::all));
}

}  // namespace
}  // namespace chimera
