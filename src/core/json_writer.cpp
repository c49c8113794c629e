#include "chimera/core/json_writer.hpp"

#include <cmath>

#include "chimera/core/numeric.hpp"
#include "chimera/core/text.hpp"

namespace chimera {

void JsonWriter::write_string(std::ostream& out, std::string_view raw) {
  static constexpr char kHex[] = "0123456789abcdef";
  const std::string safe = text::printable(raw);
  out.put('"');
  std::size_t run = 0;  // start of the pending run of bytes that need no escaping
  const std::string_view s(safe);
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.write(s.data() + run, static_cast<std::streamsize>(i - run));
    run = i + 1;
    switch (c) {
      case '"':
        out << "\\\"";
        break;
      case '\\':
        out << "\\\\";
        break;
      case '\n':
        out << "\\n";
        break;
      case '\r':
        out << "\\r";
        break;
      case '\t':
        out << "\\t";
        break;
      default:
        out << "\\u00" << kHex[c >> 4] << kHex[c & 15];
    }
  }
  out.write(s.data() + run, static_cast<std::streamsize>(s.size() - run));
  out.put('"');
}

void JsonWriter::newline() {
  if (!pretty_) return;
  out_.put('\n');
  for (std::size_t i = 0; i < stack_.size(); ++i) out_ << "  ";
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (stack_.empty()) return;
  if (!stack_.back().empty) out_.put(',');
  stack_.back().empty = false;
  newline();
}

void JsonWriter::begin_object() {
  before_value();
  out_.put('{');
  stack_.push_back({true, true});
}

void JsonWriter::end_object() {
  const bool empty = stack_.back().empty;
  stack_.pop_back();
  if (!empty) newline();
  out_.put('}');
  if (stack_.empty() && pretty_) out_.put('\n');
}

void JsonWriter::begin_array() {
  before_value();
  out_.put('[');
  stack_.push_back({false, true});
}

void JsonWriter::end_array() {
  const bool empty = stack_.back().empty;
  stack_.pop_back();
  if (!empty) newline();
  out_.put(']');
}

JsonWriter& JsonWriter::key(std::string_view k) {
  before_value();
  write_string(out_, k);
  out_ << (pretty_ ? ": " : ":");
  after_key_ = true;
  return *this;
}

void JsonWriter::value(std::string_view s) {
  before_value();
  write_string(out_, s);
}

void JsonWriter::value(double d) {
  before_value();
  if (std::isfinite(d)) {
    out_ << numeric::format_double(d);
  } else {
    out_ << "null";
  }
}

void JsonWriter::value(std::int64_t i) {
  before_value();
  out_ << i;
}

void JsonWriter::value(std::uint64_t u) {
  before_value();
  out_ << u;
}

void JsonWriter::value(bool b) {
  before_value();
  out_ << (b ? "true" : "false");
}

void JsonWriter::null() {
  before_value();
  out_ << "null";
}

void JsonWriter::value(const std::optional<double>& d) {
  if (d) {
    value(*d);
  } else {
    null();
  }
}

}  // namespace chimera
