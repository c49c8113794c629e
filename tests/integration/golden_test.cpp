// Golden tests of the text and JSON writers: the output of examples/artifacts and of the
// malformed fixture tree, with volatile parts (mtimes, tool version, root path) normalised.
// Set CHIMERA_UPDATE_GOLDEN=1 to rewrite the golden files after an intended change.
#include <gtest/gtest.h>

#include <cstdlib>
#include <sstream>

#include "chimera/ingest/pipeline.hpp"
#include "chimera/report/ingest_writers.hpp"
#include "golden.hpp"
#include "test_support.hpp"

namespace chimera {
namespace {
namespace fs = std::filesystem;
using namespace chimera::testing;

// True when s[i..] reads "YYYY-MM-DD HH:MM:SS UTC".
bool timestamp_at(const std::string& s, std::size_t i) {
  static constexpr std::string_view kShape = "dddd-dd-dd dd:dd:dd UTC";
  if (i + kShape.size() > s.size()) return false;
  for (std::size_t k = 0; k < kShape.size(); ++k) {
    const char c = s[i + k];
    if (kShape[k] == 'd' ? !std::isdigit(static_cast<unsigned char>(c)) : c != kShape[k])
      return false;
  }
  return true;
}

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  for (std::size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += to.size()) {
    s.replace(pos, from.size(), to);
  }
}

std::string normalise(const std::string& in, const fs::path& root) {
  std::string s;
  for (std::size_t i = 0; i < in.size();) {
    if (timestamp_at(in, i)) {
      s += "<mtime>";
      i += 23;
    } else {
      s += in[i++];
    }
  }
  const auto tool = s.find("\"tool\": \"");
  if (tool != std::string::npos) {
    const auto start = tool + 9, end = s.find('"', start);
    s.replace(start, end - start, "<tool>");
  }
  replace_all(s, root.string(), "<root>");
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
