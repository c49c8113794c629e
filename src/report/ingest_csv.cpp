#include "chimera/core/text.hpp"
#include "chimera/report/ingest_writers.hpp"

namespace chimera::report {
namespace {

// Appends one RFC 4180 field: quoted only when it holds a comma, quote or line break.
void append_field(std::string& out, std::string_view raw) {
  std::string safe;
  std::string_view s = raw;
  if (text::first_invalid_utf8(raw)) {  // rare: copy only then
    safe = text::printable(raw);
    s = safe;
  }
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    out.append(s);
    return;
  }
  out += '"';
  for (const char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

// Rows are built in a buffer and handed to the stream once per file.
class CsvWriter final : public ingest::IngestSink {
 public:
  explicit CsvWriter(std::ostream& out) : out_(out) {}
  Status begin(const ingest::IngestOptions&) override {
    const auto& cols = ingest::metric_columns();
    for (std::size_t i = 0; i < cols.size(); ++i) {
      if (i) buf_ += ',';
      append_field(buf_, cols[i]);
    }
    buf_ += "\r\n";
    return flush();
  }
  Status file(const ingest::FileResult& f) override {
    for (const auto& r : f.rows) {
      ingest::for_each_metric_field(f, r, [&](std::size_t i, std::string_view v) {
        if (i) buf_ += ',';
        append_field(buf_, v);
      });
      buf_ += "\r\n";
    }
    return flush();
  }
  Status end(const ingest::IngestSummary&) override {
    out_.flush();
    return flush();
  }

 private:
  Status flush() {
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
    if (out_) return ok_status();
    return Error{ErrorCode::io, "writing the CSV output failed",
                 "check free disk space and the -o path"};
  }
  std::ostream& out_;
  std::string buf_;
};

}  // namespace

std::unique_ptr<ingest::IngestSink> make_ingest_csv_writer(std::ostream& out) {
  return std::make_unique<CsvWriter>(out);
}

}  // namespace chimera::report
