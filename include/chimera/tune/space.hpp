#pragma once
// The search space of a sweep: named dimensions, each a finite list of values, written like
// llama-bench's arguments: lists (num_ctx=512,1024,2048), additive ranges (num_gpu=60-120+20),
// multiplicative ranges (num_batch=64-1024*2), for any backend option, and `model` for the model
// itself (tags or GGUF files). A point is one index per dimension.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "chimera/core/error.hpp"

namespace chimera::tune {

enum class DimKind { integer, real, categorical };

struct Dimension {
  std::string name;
  DimKind kind = DimKind::categorical;
  std::vector<std::string> values;  // as JSON literals: 512, 0.7, "q4_0"
  std::vector<double> numeric;      // the numbers (integer/real only), ascending as written
  bool load_time = false;           // changing it reloads the model (model, num_ctx, num_gpu...)
};

using Point = std::vector<std::size_t>;  // one value index per dimension

struct Space {
  std::vector<Dimension> dims;  // load-time dimensions first, model first of all

  std::size_t grid_size() const;  // product of the dimension sizes (saturates at SIZE_MAX)
  // The point's options as a compact JSON object (keys sorted, `model` left out) and its model
  // ("" when no model dimension).
  std::string options_json(const Point& p) const;
  std::string model(const Point& p) const;
  // Every model the space asks for: the model dimension's values, or {fallback} without one.
  std::vector<std::string> models(const std::string& fallback) const;
  // A stable key naming the point: "model=x,num_ctx=512,..." in dimension order.
  std::string key(const Point& p) const;
  // The point a key names (the inverse of key()); absent when the key is not of this space.
  std::optional<Point> parse_key(std::string_view key) const;
  // The load-time part of the key: two points with the same one share a loaded model.
  std::string load_key(const Point& p) const;
};

// Fixed options (a JSON object, e.g. from --options) joined with a point's options; an option
// set in both is a usage error naming it.
Result<std::string> merge_options(std::string_view fixed_json, std::string_view point_json);

// Whether changing the option reloads the model on Ollama/llama.cpp servers.
bool is_load_time(std::string_view option);

// Parses one "name=spec" dimension: a list (a,b,c), a range lo-hi+step or lo-hi*factor
// (integers or decimals), or a single value. Errors name the text and show the syntax.
Result<Dimension> parse_dimension(std::string_view text);

// Builds a space from dimension texts (one per --param flag), ordered for few reloads: model,
// then the other load-time options, then the rest, each group in the order given. Duplicate
// names are errors.
Result<Space> make_space(const std::vector<std::string>& params);

// Reads [space] from a TOML file: each key a dimension, its value an array (num_ctx = [512,
// 1024]), a range string ("60-120+20") or a single value.
Result<std::vector<std::string>> space_params_from_toml(const std::filesystem::path& file);

}  // namespace chimera::tune
