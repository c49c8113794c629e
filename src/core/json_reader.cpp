#include "chimera/core/json_reader.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <vector>

#include "chimera/core/text.hpp"

namespace chimera::json {

std::string JsonError::describe() const {
  return "line " + std::to_string(line) + ", column " + std::to_string(column) + " (byte " +
         std::to_string(offset) + "): " + message;
}

namespace {

class Parser {
 public:
  Parser(std::string_view s, JsonVisitor& v, JsonLimits lim) : s_(s), v_(v), lim_(lim) {}

  std::optional<JsonError> run() {
    skip_ws();
    if (pos_ >= s_.size()) return error("the document holds no JSON value");
    if (!parse_value_iterative()) return err_;
    skip_ws();
    if (pos_ < s_.size()) {
      return error("unexpected data after the end of the JSON document (JSON Lines is not JSON)");
    }
    return std::nullopt;
  }

 private:
  enum class Ctx : std::uint8_t { object_first, object_next, array_first, array_next };

  std::optional<JsonError> error(std::string msg) {
    std::size_t line = 1, col = 1;
    for (std::size_t i = 0; i < pos_ && i < s_.size(); ++i) {
      if (s_[i] == '\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
    }
    if (pos_ >= s_.size() && msg.find("end of file") == std::string::npos) {
      msg = "unexpected end of file (the document is truncated): " + msg;
    }
    err_ = JsonError{line, col, pos_, std::move(msg)};
    return err_;
  }
  bool fail(std::string msg) {
    error(std::move(msg));
    return false;
  }

  void skip_ws() {
    while (pos_ < s_.size()) {
      const char c = s_[pos_];
      if (c == '\n') {
        ++line_;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        break;
      }
      ++pos_;
    }
  }

  // The value at pos_ and everything nested in it, with an explicit stack instead of recursion.
  bool parse_value_iterative() {
    std::vector<Ctx> stack;
    while (true) {
      skip_ws();
      if (pos_ >= s_.size()) return fail("expected a value");
      const char c = s_[pos_];
      if (c == '{' || c == '[') {
        if (stack.size() >= lim_.max_depth) {
          return fail("nesting deeper than " + std::to_string(lim_.max_depth) + " levels");
        }
        ++pos_;
        const bool obj = c == '{';
        obj ? v_.begin_object() : v_.begin_array();
        stack.push_back(obj ? Ctx::object_first : Ctx::array_first);
      } else if (!parse_scalar()) {
        return false;
      }
      // After a value (or an opening bracket): close containers and find the next value.
      while (!stack.empty()) {
        skip_ws();
        if (pos_ >= s_.size()) return fail("expected ',' or a closing bracket");
        const char d = s_[pos_];
        Ctx& top = stack.back();
        const bool obj = top == Ctx::object_first || top == Ctx::object_next;
        const bool first = top == Ctx::object_first || top == Ctx::array_first;
        if (d == (obj ? '}' : ']')) {
          ++pos_;
          obj ? v_.end_object() : v_.end_array();
          stack.pop_back();
          continue;
        }
        if (!first) {
          if (d != ',')
            return fail(obj ? "expected ',' or '}' after an object member"
                            : "expected ',' or ']' after an array element");
          ++pos_;
          skip_ws();
        }
        top = obj ? Ctx::object_next : Ctx::array_next;
        if (obj && !parse_key()) return false;
        break;  // parse the next value
      }
      if (stack.empty()) return true;
    }
  }

  bool parse_key() {
    if (pos_ >= s_.size() || s_[pos_] != '"') return fail("expected a '\"'-quoted object key");
    if (!parse_string()) return false;
    v_.key(str_);
    skip_ws();
    if (pos_ >= s_.size() || s_[pos_] != ':') return fail("expected ':' after an object key");
    ++pos_;
    return true;
  }

  bool parse_scalar() {
    const char c = s_[pos_];
    const std::size_t line = line_;
    if (c == '"') {
      if (!parse_string()) return false;
      v_.scalar(JsonScalar::string, str_, 0, line);
      return true;
    }
    if (c == '-' || (c >= '0' && c <= '9')) return parse_number();
    struct Lit {
      std::string_view text;
      JsonScalar kind;
      double value;
    };
    static const Lit kLits[] = {{"true", JsonScalar::boolean, 1},
                                {"false", JsonScalar::boolean, 0},
                                {"null", JsonScalar::null, 0},
                                {"NaN", JsonScalar::non_finite, std::nan("")},
                                {"Infinity", JsonScalar::non_finite, HUGE_VAL}};
    for (const auto& l : kLits) {
      if (s_.substr(pos_, l.text.size()) == l.text) {
        pos_ += l.text.size();
        v_.scalar(l.kind, l.text, l.value, line);
        return true;
      }
    }
    return fail(std::string("unexpected character '") + printable_char(c) +
                "' where a value should start");
  }

  static std::string printable_char(char c) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x7F) return std::string(1, c);
    static constexpr char kHex[] = "0123456789abcdef";
    return std::string("\\x") + kHex[u >> 4] + kHex[u & 15];
  }

  bool parse_number() {
    const std::size_t start = pos_;
    const auto digit = [&](std::size_t k) { return k < s_.size() && s_[k] >= '0' && s_[k] <= '9'; };
    if (s_[pos_] == '-') {
      ++pos_;
      if (s_.substr(pos_, 8) == "Infinity") {
        pos_ += 8;
        v_.scalar(JsonScalar::non_finite, "-Infinity", -HUGE_VAL, line_);
        return true;
      }
    }
    if (!digit(pos_)) return fail("a number needs a digit after '-'");
    if (s_[pos_] == '0') {
      ++pos_;
    } else {
      while (digit(pos_)) ++pos_;
    }
    if (pos_ < s_.size() && s_[pos_] == '.') {
      ++pos_;
      if (!digit(pos_)) return fail("a number needs a digit after '.'");
      while (digit(pos_)) ++pos_;
    }
    if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
      ++pos_;
      if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) ++pos_;
      if (!digit(pos_)) return fail("a number needs a digit in its exponent");
      while (digit(pos_)) ++pos_;
    }
    const std::string_view lit = s_.substr(start, pos_ - start);
    double v = 0;
    const auto [p, ec] = std::from_chars(lit.data(), lit.data() + lit.size(), v);
    (void)p;
    if (ec == std::errc::result_out_of_range) v = std::strtod(std::string(lit).c_str(), nullptr);
    v_.scalar(JsonScalar::number, lit, v, line_);
    return true;
  }

  bool hex4(std::uint32_t& out) {
    if (pos_ + 4 > s_.size()) return fail("truncated \\u escape");
    out = 0;
    for (int k = 0; k < 4; ++k) {
      const char h = s_[pos_++];
      out <<= 4;
      if (h >= '0' && h <= '9') {
        out |= static_cast<std::uint32_t>(h - '0');
      } else if (h >= 'a' && h <= 'f') {
        out |= static_cast<std::uint32_t>(h - 'a' + 10);
      } else if (h >= 'A' && h <= 'F') {
        out |= static_cast<std::uint32_t>(h - 'A' + 10);
      } else {
        return fail("invalid hex digit in a \\u escape");
      }
    }
    return true;
  }

  bool parse_escape() {
    const char e = s_[pos_++];
    switch (e) {
      case '"':
        str_ += '"';
        return true;
      case '\\':
        str_ += '\\';
        return true;
      case '/':
        str_ += '/';
        return true;
      case 'b':
        str_ += '\b';
        return true;
      case 'f':
        str_ += '\f';
        return true;
      case 'n':
        str_ += '\n';
        return true;
      case 'r':
        str_ += '\r';
        return true;
      case 't':
        str_ += '\t';
        return true;
      case 'u': {
        std::uint32_t cp = 0;
        if (!hex4(cp)) return false;
        if (cp >= 0xD800 && cp <= 0xDBFF && s_.substr(pos_, 2) == "\\u") {
          pos_ += 2;
          std::uint32_t lo = 0;
          if (!hex4(lo)) return false;
          if (lo >= 0xDC00 && lo <= 0xDFFF) {
            text::append_utf8(str_, 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00));
            return true;
          }
          text::append_utf8(str_, 0xFFFD);
          cp = lo;
        }
        text::append_utf8(str_, (cp >= 0xD800 && cp <= 0xDFFF) ? 0xFFFD : cp);
        return true;
      }
      default:
        --pos_;
        return fail(std::string("invalid escape '\\") + printable_char(e) + "' in a string");
    }
  }

  // Reads the string at pos_ (on its opening quote) into str_.
  bool parse_string() {
    ++pos_;
    str_.clear();
    while (true) {
      std::size_t k = pos_;
      while (k < s_.size() && s_[k] != '"' && s_[k] != '\\' &&
             static_cast<unsigned char>(s_[k]) >= 0x20)
        ++k;
      str_.append(s_.substr(pos_, k - pos_));
      pos_ = k;
      if (pos_ >= s_.size()) return fail("unterminated string");
      const char c = s_[pos_];
      if (c == '"') {
        ++pos_;
        return true;
      }
      if (c == '\\') {
        ++pos_;
        if (pos_ >= s_.size()) return fail("unterminated string");
        if (!parse_escape()) return false;
        continue;
      }
      return fail("control character " + printable_char(c) + " inside a string (must be escaped)");
    }
  }

  std::string_view s_;
  JsonVisitor& v_;
  JsonLimits lim_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
  std::string str_;
  std::optional<JsonError> err_;
};

}  // namespace

std::optional<JsonError> read_json(std::string_view text, JsonVisitor& visitor, JsonLimits limits) {
  return Parser(text, visitor, limits).run();
}

}  // namespace chimera::json
