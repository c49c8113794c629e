// Structured output: the grammars llama.cpp's sampler follows for Ollama's `format` and OpenAI's
// `response_format`.
#include "chimera/engine/engine.hpp"
#include "json_gbnf.hpp"  // generated from llama.cpp's grammars/json.gbnf

#ifdef CHIMERA_HAVE_LLAMA_COMMON
#include <json-schema-to-grammar.h>
#include <json.h>
#endif

namespace chimera::engine {

const std::string& json_grammar() {
  static const std::string grammar = kJsonGbnf;
  return grammar;
}

Result<std::string> json_schema_grammar(const std::string& schema_json) {
#ifdef CHIMERA_HAVE_LLAMA_COMMON
  try {
    return json_schema_to_grammar(common_json::parse(schema_json), true);
  } catch (const std::exception& e) {
    return Error{ErrorCode::input, std::string("the JSON schema cannot be used: ") + e.what(),
                 "pass a JSON schema object (type, properties, required, ...)"};
  }
#else
  (void)schema_json;
  return Error{ErrorCode::input,
               "JSON-schema output needs llama.cpp's common library, which this build lacks",
               "use format \"json\", or build with the release preset"};
#endif
}

}  // namespace chimera::engine
