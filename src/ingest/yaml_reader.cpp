#include "yaml_reader.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <cctype>
#include <charconv>
#include <initializer_list>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

namespace chimera::ingest::detail {
namespace {

using json::JsonScalar;

bool is_one_of(std::string_view v, std::initializer_list<std::string_view> words) {
  for (const auto w : words) {
    if (v == w) return true;
  }
  return false;
}

// A decimal number as YAML 1.2's core schema writes one ("12", "-1.5", "2.5e-3", ".5").
std::optional<double> decimal(std::string_view v) {
  if (v.empty() || v.size() > 64) return std::nullopt;
  std::string_view digits = v;
  if (digits.front() == '+' || digits.front() == '-') digits.remove_prefix(1);
  if (digits.empty() ||
      (!std::isdigit(static_cast<unsigned char>(digits.front())) && digits.front() != '.'))
    return std::nullopt;
  double out = 0;
  const std::string_view parse = v.front() == '+' ? v.substr(1) : v;
  const auto [end, ec] = std::from_chars(parse.data(), parse.data() + parse.size(), out);
  if (end != parse.data() + parse.size()) return std::nullopt;
  if (ec == std::errc::result_out_of_range)
    return (parse.front() == '-' ? -1 : 1) * std::numeric_limits<double>::infinity();
  if (ec != std::errc()) return std::nullopt;
  return out;
}

class Events final : public YAML::EventHandler {
 public:
  explicit Events(json::JsonVisitor& v) : v_(v) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
    if (as_key(mark, "")) return;
    v_.scalar(JsonScalar::null, "null", 0, line(mark));
    value_done();
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    if (as_key(mark, "")) return;
    v_.scalar(JsonScalar::null, "null", 0, line(mark));  // not expanded
    value_done();
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                const std::string& value) override {
    if (as_key(mark, value)) return;
    scalar(mark, tag == "?", value);
    value_done();
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    if (expecting_key()) complex_key(mark);
    v_.begin_array();
    open_.push_back(false);
  }
  void OnSequenceEnd() override {
    open_.pop_back();
    v_.end_array();
    value_done();
  }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    if (expecting_key()) complex_key(mark);
    v_.begin_object();
    open_.push_back(true);
    expect_key_.push_back(true);
  }
  void OnMapEnd() override {
    open_.pop_back();
    expect_key_.pop_back();
    v_.end_object();
    value_done();
  }

 private:
  static std::size_t line(const YAML::Mark& mark) {
    return mark.line >= 0 ? static_cast<std::size_t>(mark.line) + 1 : 0;
  }
  bool expecting_key() const { return !open_.empty() && open_.back() && expect_key_.back(); }
  // A scalar where the map expects its key: the key.
  bool as_key(const YAML::Mark&, const std::string& value) {
    if (!expecting_key()) return false;
    v_.key(value);
    expect_key_.back() = false;
    return true;
  }
  [[noreturn]] static void complex_key(const YAML::Mark& mark) {
    throw YAML::ParserException(mark, "a mapping key that is itself a list or a mapping");
  }
  void value_done() {
    if (!open_.empty() && open_.back()) expect_key_.back() = true;
  }
  void scalar(const YAML::Mark& mark, bool plain, const std::string& value) {
    const std::size_t at = line(mark);
    if (!plain) {
      v_.scalar(JsonScalar::string, value, 0, at);
      return;
    }
    if (is_one_of(value, {"", "~", "null", "Null", "NULL"})) {
      v_.scalar(JsonScalar::null, value, 0, at);
    } else if (is_one_of(value, {"true", "True", "TRUE", "false", "False", "FALSE"})) {
      v_.scalar(JsonScalar::boolean, value, 0, at);
    } else if (is_one_of(value, {".nan", ".NaN", ".NAN"})) {
      v_.scalar(JsonScalar::non_finite, "NaN", std::numeric_limits<double>::quiet_NaN(), at);
    } else if (is_one_of(value, {".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"})) {
      v_.scalar(JsonScalar::non_finite, "Infinity", std::numeric_limits<double>::infinity(), at);
    } else if (is_one_of(value, {"-.inf", "-.Inf", "-.INF"})) {
      v_.scalar(JsonScalar::non_finite, "-Infinity", -std::numeric_limits<double>::infinity(), at);
    } else if (const auto n = decimal(value)) {
      v_.scalar(JsonScalar::number, value, *n, at);
    } else {
      v_.scalar(JsonScalar::string, value, 0, at);
    }
  }

  json::JsonVisitor& v_;
  std::vector<bool> open_;        // the open collections: true for a mapping
  std::vector<bool> expect_key_;  // per open mapping: its next scalar is a key
};

}  // namespace

std::optional<json::JsonError> read_yaml(std::string_view text, json::JsonVisitor& visitor) {
  std::istringstream in{std::string(text)};
  Events events(visitor);
  try {
    YAML::Parser parser(in);
    if (!parser.HandleNextDocument(events))
      return json::JsonError{1, 1, 0, "no YAML document in the file"};
  } catch (const YAML::Exception& e) {
    const auto at = [](int v) { return v >= 0 ? static_cast<std::size_t>(v) : 0; };
    return json::JsonError{at(e.mark.line) + 1, at(e.mark.column) + 1, at(e.mark.pos), e.msg};
  }
  return std::nullopt;
}

}  // namespace chimera::ingest::detail
