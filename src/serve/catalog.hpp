#pragma once
// What `chimera serve` says about its models, from GGUF metadata read without loading weights:
// /api/tags, /api/show, /v1/models, and the "details" object /api/ps shares.
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "chimera/core/error.hpp"

namespace chimera::serve::detail {

// "details":{...}: format, family, families, parameter_size and quantization_level when known.
std::string details_json(const std::filesystem::path& model);

// The SHA-256 of each model file, computed once on a thread of its own after start (a large
// model takes seconds): /api/tags and /api/ps show a digest once it is known. Ollama's digest is
// of its manifest; a GGUF served by path has none, so this is the file's own.
class Digests {
 public:
  explicit Digests(std::vector<std::filesystem::path> files);
  ~Digests();  // stops hashing
  Digests(const Digests&) = delete;
  Digests& operator=(const Digests&) = delete;
  std::optional<std::string> of(const std::filesystem::path& file) const;  // hex, when known

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// names: the configured name -> path or Ollama tag.
std::string tags_json(const std::map<std::string, std::string>& names, const Digests& digests);
std::string models_json(const std::map<std::string, std::string>& names, std::int64_t created);
Result<std::string> show_json(const std::filesystem::path& model);

}  // namespace chimera::serve::detail
