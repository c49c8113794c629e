// Resolving an Ollama tag to the GGUF blob Ollama itself would load, without Ollama running.
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "chimera/core/json_fields.hpp"
#include "chimera/engine/engine.hpp"

namespace chimera::engine {
namespace fs = std::filesystem;

namespace {

fs::path store_root() {
  if (const char* m = std::getenv("OLLAMA_MODELS"); m && *m) return m;
  const char* home = std::getenv("HOME");
  return fs::path(home ? home : "/root") / ".ollama/models";
}

struct Tag {
  std::string host = "registry.ollama.ai", ns = "library", name, tag = "latest";
};

Tag parse_tag(const std::string& s) {
  Tag t;
  std::string rest = s;
  if (const auto colon = rest.rfind(':');
      colon != std::string::npos && rest.find('/', colon) == std::string::npos) {
    t.tag = rest.substr(colon + 1);
    rest = rest.substr(0, colon);
  }
  std::vector<std::string> parts;
  std::stringstream ss(rest);
  for (std::string p; std::getline(ss, p, '/');) parts.push_back(p);
  if (parts.size() >= 3) {
    t.host = parts[parts.size() - 3];
  }
  if (parts.size() >= 2) t.ns = parts[parts.size() - 2];
  t.name = parts.empty() ? std::string() : parts.back();
  return t;
}

}  // namespace

Result<fs::path> resolve_model(const std::string& arg) {
  std::error_code ec;
  if (fs::is_regular_file(arg, ec)) return fs::path(arg);
  if (arg.ends_with(".gguf") || arg.find("/.") != std::string::npos || arg.starts_with("/") ||
      arg.starts_with(".")) {
    return Error{ErrorCode::input, "model file '" + arg + "' does not exist",
                 "check the path, or write a demo model with: chimera model init " + arg};
  }
  const Tag t = parse_tag(arg);
  const fs::path root = store_root();
  const fs::path manifest = root / "manifests" / t.host / t.ns / t.name / t.tag;
  std::ifstream in(manifest);
  if (!in) {
    return Error{ErrorCode::input,
                 "'" + arg + "' is neither a GGUF file nor a model in the Ollama store (no " +
                     manifest.string() + ")",
                 "pull it with Ollama, set OLLAMA_MODELS to the store, or pass a .gguf path"};
  }
  std::stringstream body;
  body << in.rdbuf();
  json::Fields f;
  if (auto err = f.parse(body.str())) {
    return Error{ErrorCode::input,
                 "the Ollama manifest " + manifest.string() + " is not JSON: " + err->describe(),
                 ""};
  }
  for (const auto& fld : f.all()) {
    if (!fld.path.ends_with(".mediaType") || fld.text != "application/vnd.ollama.image.model")
      continue;
    const std::string layer = fld.path.substr(0, fld.path.size() - 10);
    const auto digest = f.string(layer + ".digest");
    if (!digest) break;
    std::string file(*digest);
    if (const auto c = file.find(':'); c != std::string::npos) file[c] = '-';
    const fs::path blob = root / "blobs" / file;
    if (!fs::is_regular_file(blob, ec)) {
      return Error{ErrorCode::input,
                   "the model layer of '" + arg + "' is missing: " + blob.string(),
                   "re-pull the model with Ollama"};
    }
    return blob;
  }
  return Error{ErrorCode::input, "the Ollama manifest " + manifest.string() + " has no model layer",
               ""};
}

}  // namespace chimera::engine
