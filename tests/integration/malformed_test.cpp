// Bad input: every file ends ingested or skipped with a reason a user understands; nothing crashes.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include "chimera/ingest/pipeline.hpp"
#include "collect_sink.hpp"
#include "test_support.hpp"

namespace chimera {
namespace {
namespace fs = std::filesystem;
using namespace chimera::testing;
using ingest::FileStatus;

class Malformed : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    fs::copy(source_dir() / "tests/fixtures/malformed", dir_->path(), fs::copy_options::recursive);
    const auto& d = dir_->path();
    // Cases that need the file system rather than file content.
    write_file(d / "deep.json", std::string(100000, '[') + "1" + std::string(100000, ']'));
    write_file(d / "big.json", "{\"values_ms\": [" + std::string(2 << 20, ' ') + "1]}");
    write_file(d / "line\nbreak.md", "# name with a newline\n");
    fs::create_directory_symlink(d, d / "names with space/loop");
    fs::create_symlink(d / "bom.csv", d / "link.csv");
    // A file whose read fails even for root (address 0 is never mapped): tests read errors.
    fs::create_symlink("/proc/self/mem", d / "procmem.json");
    ::mkfifo((d / "fifo.csv").c_str(), 0600);
    write_file(d / "locked.json", "{\"a_ms\": 1}");
    ::chmod((d / "locked.json").c_str(), 0);
    run(d, {});
  }
  static void TearDownTestSuite() {
    delete sink_;
    delete summary_;
    delete dir_;
  }
  static void run(const fs::path& root, ingest::IngestOptions o) {
    o.root = root;
    o.file.max_file_bytes = 1 << 20;  // big.json (2 MiB) is over it
    delete sink_;
    sink_ = new CollectSink();
    auto r = ingest::run_ingest(o, *sink_);
    ASSERT_TRUE(r.ok()) << r.error().describe();
    delete summary_;
    summary_ = new ingest::IngestSummary(std::move(r.value()));
  }
  static const ingest::FileResult& file(std::string_view p) {
    const auto* f = sink_->find(p);
    if (!f) throw std::runtime_error("not in the results: " + std::string(p));
    return *f;
  }
  static bool has_warning(const ingest::FileResult& f, std::string_view needle) {
    for (const auto& w : f.warnings) {
      if (w.find(needle) != std::string::npos) return true;
    }
    return false;
  }
  static inline TempDir* dir_ = nullptr;
  static inline CollectSink* sink_ = nullptr;
  static inline ingest::IngestSummary* summary_ = nullptr;
};

TEST_F(Malformed, EveryFileIsIngestedOrSkippedWithAReason) {
  EXPECT_EQ(summary_->files_seen, sink_->files.size());
  for (const auto& f : sink_->files) {
    if (f.status == FileStatus::skipped) {
      EXPECT_FALSE(f.reason.empty()) << f.entry.rel_path;
    }
  }
}

TEST_F(Malformed, Utf8Bom) {
  const auto& f = file("bom.csv");
  EXPECT_EQ(f.status, FileStatus::ingested);
  ASSERT_EQ(f.rows.size(), 1u);
  EXPECT_EQ(f.rows[0].locator, "[0].ttft_ms");  // the BOM is not part of the first header
  EXPECT_EQ(f.rows[0].context.model, "gemma3");
}

TEST_F(Malformed, Utf16WithNulBytes) {
  const auto& f = file("utf16.csv");
  EXPECT_EQ(f.encoding, "utf-16le");
  ASSERT_EQ(f.rows.size(), 1u);
  EXPECT_DOUBLE_EQ(*f.rows[0].value, 42.5);
}

TEST_F(Malformed, CrlfAndLoneCrCountHeadingsAlike) {
  EXPECT_EQ(file("crlf.md").heading_count, 2u);
  EXPECT_EQ(file("cr.md").heading_count, 2u);
  EXPECT_EQ(file("cr.md").rows.size(), file("crlf.md").rows.size());
  EXPECT_EQ(file("cr.md").rows.size(), 2u);  // Run and e2e_ms
}

TEST_F(Malformed, QuotingAndEmbeddedNewlines) {
  const auto& f = file("quoted.csv");
  ASSERT_EQ(f.rows.size(), 2u);
  EXPECT_EQ(f.rows[0].line, 2u);
  EXPECT_EQ(f.rows[1].line, 4u);
  EXPECT_EQ(f.rows[1].context.model, "llama \"3\"");
}

TEST_F(Malformed, RaggedRowsReportedGoodRowsKept) {
  const auto& f = file("ragged.csv");
  EXPECT_EQ(f.status, FileStatus::ingested);
  // (A row one field short of a figure column may have lost any of its cells: not read.)
  EXPECT_EQ(f.rows.size(), 4u);
  EXPECT_TRUE(has_warning(f, "line 3: 2 fields but the header has 3; row not ingested"));
  EXPECT_TRUE(has_warning(f, "line 4: 4 fields but the header has 3; row not ingested"));
}

TEST_F(Malformed, EmptyFiles) {
  EXPECT_EQ(file("empty.json").status, FileStatus::skipped);
  EXPECT_EQ(file("empty.json").reason, "empty file (0 bytes)");
  EXPECT_EQ(file("empty.csv").status, FileStatus::skipped);
}

TEST_F(Malformed, InvalidAndTruncatedJson) {
  const auto& inv = file("invalid.json");
  EXPECT_EQ(inv.status, FileStatus::skipped);
  EXPECT_EQ(inv.reason,
            "invalid JSON at line 1, column 15 (byte 14): expected a '\"'-quoted object key");
  // Cut short inside its list of results: the complete result is read, the one cut is not,
  // and the file says so.
  const auto& tr = file("truncated.json");
  EXPECT_EQ(tr.status, FileStatus::ingested);
  ASSERT_EQ(tr.rows.size(), 1u);
  EXPECT_EQ(tr.rows[0].locator, "results[0].ttft_s");
  EXPECT_TRUE(has_warning(tr, "the JSON ends before its document does")) << tr.warnings.size();
  EXPECT_TRUE(has_warning(tr, "the one cut short was not"));
}

TEST_F(Malformed, JsonNested100000Deep) {
  const auto& f = file("deep.json");
  EXPECT_EQ(f.status, FileStatus::ingested);
  ASSERT_EQ(f.rows.size(), 1u);
  EXPECT_EQ(f.rows[0].locator.size(), 300000u);  // "[0]" per level
}

TEST_F(Malformed, HugeNumbers) {
  const auto& f = file("huge_numbers.json");
  EXPECT_EQ(f.status, FileStatus::ingested);
  ASSERT_EQ(f.rows.size(), 4u);
  EXPECT_EQ(f.rows[0].raw, "123456789012345678901234567890");
  EXPECT_FALSE(f.rows[1].value);  // 1e400 overflows: missing, with a note
  EXPECT_NE(f.rows[1].note.find("range"), std::string::npos);
  EXPECT_DOUBLE_EQ(*f.rows[3].value, 12.5);
}

TEST_F(Malformed, NanStringsAndLiteralsStayMissing) {
  const auto& f = file("nan.json");
  EXPECT_EQ(f.status, FileStatus::ingested);
  ASSERT_EQ(f.rows.size(), 5u);
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_FALSE(f.rows[i].value) << f.rows[i].locator;
    EXPECT_FALSE(f.rows[i].note.empty());
  }
  EXPECT_DOUBLE_EQ(*f.rows[4].value, 40.1);
}

TEST_F(Malformed, NonUtf8Markdown) {
  const auto& f = file("latin1.md");
  EXPECT_EQ(f.status, FileStatus::ingested);
  EXPECT_EQ(f.encoding, "latin-1");
  EXPECT_TRUE(has_warning(f, "offset 5"));
  ASSERT_EQ(f.rows.size(), 1u);
  EXPECT_EQ(f.rows[0].context.model, "g\xC3\xA9mma");
}

TEST_F(Malformed, OverTheSizeCap) {
  const auto& f = file("big.json");
  EXPECT_EQ(f.status, FileStatus::skipped);
  EXPECT_EQ(f.reason,
            "file is 2097170 bytes, over --max-file-bytes 1048576 (raise the limit to ingest it)");
}

TEST_F(Malformed, UnreadableFiles) {
  EXPECT_EQ(file("fifo.csv").status, FileStatus::skipped);
  EXPECT_NE(file("fifo.csv").reason.find("not a regular file"), std::string::npos);
  if (::geteuid() == 0)
    GTEST_SKIP() << "root reads files whatever their mode; the FIFO case above still ran";
  EXPECT_EQ(file("locked.json").status, FileStatus::skipped);
  EXPECT_NE(file("locked.json").reason.find("Permission denied"), std::string::npos);
}

TEST_F(Malformed, SymlinksNotFollowedAndLoopsSafe) {
  EXPECT_EQ(file("link.csv").status, FileStatus::skipped);
  EXPECT_NE(file("link.csv").reason.find("--follow-symlinks"), std::string::npos);
  ingest::IngestOptions follow;
  follow.walk.follow_symlinks = true;
  run(dir_->path(), follow);
  // The link's target is read once, under the name the walk reached first.
  EXPECT_EQ(file("link.csv").status, FileStatus::skipped);
  EXPECT_NE(file("link.csv").reason.find("same file as"), std::string::npos)
      << file("link.csv").reason;
  EXPECT_EQ(file("procmem.json").status, FileStatus::skipped);
  EXPECT_NE(file("procmem.json").reason.find("read failed after 0 bytes"), std::string::npos)
      << file("procmem.json").reason;
  bool loop_warned = false;
  for (const auto& w : summary_->warnings)
    loop_warned |= w.find("symbolic link loop") != std::string::npos;
  EXPECT_TRUE(loop_warned);
  run(dir_->path(), {});
}

TEST_F(Malformed, NamesWithSpacesNewlinesAndNonAscii) {
  const auto& f = file(
      "names with space/\xC3\xBC"
      "ber m\xC3\xA9tricas.csv");
  ASSERT_EQ(f.rows.size(), 1u);
  EXPECT_EQ(f.rows[0].name, "latency_ms");
  EXPECT_EQ(file("line\nbreak.md").heading_count, 1u);
}

}  // namespace
}  // namespace chimera
