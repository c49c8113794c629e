#include "chimera/core/json_writer.hpp"

#include <charconv>
#include <cmath>

#include "chimera/core/text.hpp"

namespace chimera {

void JsonWriter::append_string(std::string& out, std::string_view raw) {
  static constexpr char kHex[] = "0123456789abcdef";
  // Invalid UTF-8 is rare: make the printable copy only when it occurs.
  std::string safe;
  std::string_view s = raw;
  if (text::first_invalid_utf8(raw)) {
    safe = text::printable(raw);
    s = safe;
  }
  out += '"';
  std::size_t run = 0;  // start of the pending run of bytes that need no escaping
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.substr(run, i - run));
    run = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 15];
    }
  }
  out.append(s.substr(run));
  out += '"';
}

void JsonWriter::flush() {
  if (buf_.empty()) return;
  out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
  buf_.clear();
}

void JsonWriter::newline() {
  if (!pretty_) return;
  buf_ += '\n';
  buf_.append(2 * stack_.size(), ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (stack_.empty()) return;
  if (!stack_.back().empty) buf_ += ',';
  stack_.back().empty = false;
  newline();
}

void JsonWriter::begin_object() {
  before_value();
  buf_ += '{';
  stack_.push_back({true, true});
}

void JsonWriter::end_object() {
  const bool empty = stack_.back().empty;
  stack_.pop_back();
  if (!empty) newline();
  buf_ += '}';
  if (stack_.empty() && pretty_) buf_ += '\n';
  maybe_flush();
}

void JsonWriter::begin_array() {
  before_value();
  buf_ += '[';
  stack_.push_back({false, true});
}

void JsonWriter::end_array() {
  const bool empty = stack_.back().empty;
  stack_.pop_back();
  if (!empty) newline();
  buf_ += ']';
  maybe_flush();
}

JsonWriter& JsonWriter::key(std::string_view k) {
  before_value();
  append_string(buf_, k);
  buf_ += pretty_ ? ": " : ":";
  after_key_ = true;
  return *this;
}

void JsonWriter::value(std::string_view s) {
  before_value();
  append_string(buf_, s);
  maybe_flush();
}

void JsonWriter::value(double d) {
  before_value();
  if (!std::isfinite(d)) {
    buf_ += "null";
    return;
  }
  char tmp[32];
  const auto end = std::to_chars(tmp, tmp + sizeof tmp, d).ptr;
  buf_.append(tmp, end);
}

void JsonWriter::value(std::int64_t i) {
  before_value();
  char tmp[24];
  buf_.append(tmp, std::to_chars(tmp, tmp + sizeof tmp, i).ptr);
}

void JsonWriter::value(std::uint64_t u) {
  before_value();
  char tmp[24];
  buf_.append(tmp, std::to_chars(tmp, tmp + sizeof tmp, u).ptr);
}

void JsonWriter::value(bool b) {
  before_value();
  buf_ += b ? "true" : "false";
}

void JsonWriter::raw(std::string_view json) {
  before_value();
  buf_ += json;
  maybe_flush();
}

void JsonWriter::null() {
  before_value();
  buf_ += "null";
}

void JsonWriter::value(const std::optional<double>& d) {
  if (d) {
    value(*d);
  } else {
    null();
  }
}

}  // namespace chimera
