#include "chimera/core/text.hpp"
#include "chimera/report/ingest_writers.hpp"

namespace chimera::report {
namespace {

void write_field(std::ostream& out, std::string_view raw) {
  const std::string s = text::printable(raw);
  if (s.find_first_of(",\"\r\n") == std::string::npos) {
    out << s;
    return;
  }
  out.put('"');
  for (const char c : s) {
    if (c == '"') out.put('"');
    out.put(c);
  }
  out.put('"');
}

void write_record(std::ostream& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out.put(',');
    write_field(out, fields[i]);
  }
  out << "\r\n";
}

class CsvWriter final : public ingest::IngestSink {
 public:
  explicit CsvWriter(std::ostream& out) : out_(out) {}
  Status begin(const ingest::IngestOptions&) override {
    write_record(out_, ingest::metric_columns());
    return check();
  }
  Status file(const ingest::FileResult& f) override {
    for (const auto& r : f.rows) write_record(out_, ingest::metric_fields(f, r));
    return check();
  }
  Status end(const ingest::IngestSummary&) override {
    out_.flush();
    return check();
  }

 private:
  Status check() {
    if (out_) return ok_status();
    return Error{ErrorCode::io, "writing the CSV output failed",
                 "check free disk space and the -o path"};
  }
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<ingest::IngestSink> make_ingest_csv_writer(std::ostream& out) {
  return std::make_unique<CsvWriter>(out);
}

}  // namespace chimera::report
