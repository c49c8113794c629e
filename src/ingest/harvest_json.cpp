#include <charconv>
#include <cmath>
#include <set>

#include "chimera/core/json_reader.hpp"
#include "chimera/core/numeric.hpp"
#include "chimera/core/text.hpp"
#include "chimera/ingest/harvest.hpp"
#include "row_builder.hpp"

namespace chimera::ingest {
namespace {

using json::JsonScalar;
using json::JsonVisitor;

// Walks the events of one document, keeping the current path ("a.b[2].c") and a frame per open
// container so that context labels found anywhere in an object reach the rows below it.
class JsonHarvester final : public JsonVisitor {
 public:
  explicit JsonHarvester(FileResult& r) : r_(r) {}

  void begin_object() override { open(false); }
  void begin_array() override { open(true); }
  void end_object() override { close(); }
  void end_array() override { close(); }
  void key(std::string_view k) override { key_.assign(k); }

  void scalar(JsonScalar kind, std::string_view text, double number, std::size_t line) override {
    const std::size_t len = enter();
    const std::string& name = element_name();
    if (kind == JsonScalar::string && !frames_.empty() && !frames_.back().is_array) {
      if (std::string* slot = context_slot(frames_.back().ctx, name, frames_.back().name)) {
        if (!numeric::parse_cell(text)) *slot = std::string(text);
      }
    }
    MetricRow* row = nullptr;
    if (kind == JsonScalar::number || kind == JsonScalar::non_finite) {
      row = &detail::add_number_row(r_.rows, name, text, number);
    } else if (kind == JsonScalar::string) {
      row = detail::add_text_row(r_.rows, name, text);
    }
    if (row) {
      row->locator = path_.empty() ? "$" : path_;
      row->line = line;
      detail::refine_from_path(*row, path_);
    }
    if ((kind == JsonScalar::number || kind == JsonScalar::string) && path_has_keyword()) {
      legacy(kind, text, number);
    }
    leave(len);
  }

 private:
  struct Frame {
    bool is_array;
    std::size_t index = 0;      // next element index (arrays)
    std::size_t path_len = 0;   // path_ length of the container itself
    std::size_t first_row = 0;  // first row emitted inside it
    std::string name;           // key of the container, or its parent's for array elements
    Context ctx;
    bool keyword = false;  // its path contains a legacy keyword
  };

  // Whether path_ (the value being read) contains a legacy keyword. Keywords are letters only,
  // so a match never spans a '.' or an index: checking the frames' flags and the last key is
  // the same as scanning the whole path, without the quadratic cost on deep documents.
  bool path_has_keyword() const {
    if (frames_.empty()) return false;
    const Frame& f = frames_.back();
    return f.keyword || (!f.is_array && legacy_keyword(key_));
  }

  // Extends path_ for the value about to be read; returns the length to restore afterwards.
  std::size_t enter() {
    const std::size_t len = path_.size();
    if (frames_.empty()) return len;
    Frame& f = frames_.back();
    if (f.is_array) {
      char num[24];
      const auto end = std::to_chars(num, num + sizeof num, f.index++).ptr;
      path_ += '[';
      path_.append(num, end);
      path_ += ']';
    } else {
      if (!path_.empty()) path_ += '.';
      path_ += key_;
    }
    return len;
  }
  void leave(std::size_t len) { path_.resize(len); }

  const std::string& element_name() const {
    static const std::string kRoot = "value";
    if (frames_.empty()) return kRoot;
    return frames_.back().is_array ? frames_.back().name : key_;
  }

  void open(bool is_array) {
    const std::string name = element_name();
    const bool keyword = path_has_keyword();
    const std::size_t len = enter();
    frames_.push_back(Frame{is_array, 0, len, r_.rows.size(), name, {}, keyword});
  }

  void close() {
    Frame& f = frames_.back();
    if (!f.ctx.empty()) {
      for (std::size_t i = f.first_row; i < r_.rows.size(); ++i) {
        Context& c = r_.rows[i].context;
        for (auto slot :
             {&Context::model, &Context::config, &Context::quantization, &Context::gpu}) {
          if ((c.*slot).empty()) c.*slot = f.ctx.*slot;
        }
      }
    }
    leave(f.path_len);
    frames_.pop_back();
  }

  void legacy(JsonScalar kind, std::string_view text, double number) {
    if (path_.empty()) return;
    std::optional<double> v;
    if (kind == JsonScalar::number) {
      if (std::isfinite(number)) v = number;
    } else {
      v = numeric::parse_legacy(text);
    }
    if (!v) return;
    std::string key = "json_" + path_;
    if (!seen_.insert(key).second) return;
    r_.legacy.push_back(LegacyValue{std::move(key), *v, path_});
  }

  FileResult& r_;
  std::vector<Frame> frames_;
  std::string path_;
  std::string key_;
  std::set<std::string> seen_;
};

}  // namespace

void harvest_json(std::string_view text, FileResult& r) {
  JsonHarvester h(r);
  if (const auto err = json::read_json(text, h)) {
    r.status = FileStatus::skipped;
    r.reason = "invalid JSON at " + err->describe();
    return;
  }
  r.json_document = true;
}

}  // namespace chimera::ingest
