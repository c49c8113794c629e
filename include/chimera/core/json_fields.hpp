#pragma once
// A small JSON document flattened to (path, scalar) pairs: "message.content",
// "choices[0].delta.content", "usage.prompt_tokens". Built on the SAX reader, for decoding
// stream chunks quickly without a DOM. Lookups are linear for the few fields of a stream chunk and
// hashed beyond that, so no document (a request with 100,000 option keys) is quadratic to read.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chimera/core/json_reader.hpp"

namespace chimera::json {

struct Field {
  std::string path;
  JsonScalar kind = JsonScalar::null;
  std::string text;  // unescaped string, or the literal
  double number = 0;
};

class Fields {
 public:
  // Parses text; on error returns the reader's error and leaves the fields empty.
  std::optional<JsonError> parse(std::string_view text);

  const Field* find(std::string_view path) const;
  std::optional<std::string_view> string(std::string_view path) const;  // string scalars only
  std::optional<double> number(std::string_view path) const;            // finite numbers only
  std::optional<bool> boolean(std::string_view path) const;
  bool has_prefix(std::string_view prefix) const;  // any field at or below this path
  std::span<const Field> all() const { return {fields_.data(), used_}; }

 private:
  // Field objects are reused across parse() calls (their strings keep their capacity), so
  // decoding a stream allocates nothing per chunk once warm.
  std::vector<Field> fields_;
  std::size_t used_ = 0;
  std::unordered_map<std::string_view, std::size_t> index_;  // path -> first field, when many
};

}  // namespace chimera::json
