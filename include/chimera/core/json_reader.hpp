#pragma once
// A streaming (SAX) JSON reader built for ingest: iterative, so nesting depth is bounded only by
// memory; every number keeps its literal text (integers beyond 64 bits and overflowing
// exponents are not errors); Python's NaN / Infinity / -Infinity literals are accepted and
// reported as non-finite; errors name line, column and byte offset.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace chimera::json {

enum class JsonScalar { string, number, non_finite, boolean, null };

class JsonVisitor {
 public:
  virtual ~JsonVisitor() = default;
  virtual void begin_object() = 0;
  virtual void end_object() = 0;
  virtual void begin_array() = 0;
  virtual void end_array() = 0;
  // Object member name (unescaped), before its value.
  virtual void key(std::string_view k) = 0;
  // A scalar: `text` is the unescaped string, or the literal as written for other kinds;
  // `number` is set for numbers (possibly +-inf when the literal overflows).
  virtual void scalar(JsonScalar kind, std::string_view text, double number, std::size_t line) = 0;
};

struct JsonError {
  std::size_t line = 0, column = 0, offset = 0;
  std::string message;
  std::string describe() const;  // "line 3, column 7 (byte 41): expected ':' after object key"
};

struct JsonLimits {
  std::size_t max_depth = 1'000'000;
};

// A visitor that ignores every event: for validating or timing the reader alone.
class NullVisitor final : public JsonVisitor {
 public:
  void begin_object() override {}
  void end_object() override {}
  void begin_array() override {}
  void end_array() override {}
  void key(std::string_view) override {}
  void scalar(JsonScalar, std::string_view, double, std::size_t) override {}
};

// Parses exactly one JSON document (surrounding whitespace allowed).
std::optional<JsonError> read_json(std::string_view text, JsonVisitor& visitor,
                                   JsonLimits limits = {});

}  // namespace chimera::json
