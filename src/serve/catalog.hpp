#pragma once
// What `chimera serve` says about its models, from GGUF metadata read without loading weights:
// /api/tags, /api/show, /v1/models, and the "details" object /api/ps shares.
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>

#include "chimera/core/error.hpp"

namespace chimera::serve::detail {

// "details":{...}: format, family, families, parameter_size and quantization_level when known.
std::string details_json(const std::filesystem::path& model);

// names: the configured name -> path or Ollama tag.
std::string tags_json(const std::map<std::string, std::string>& names);
std::string models_json(const std::map<std::string, std::string>& names, std::int64_t created);
Result<std::string> show_json(const std::filesystem::path& model);

}  // namespace chimera::serve::detail
