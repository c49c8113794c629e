#include <gguf.h>

#include <memory>

#include "chimera/core/numeric.hpp"
#include "chimera/engine/engine.hpp"

namespace chimera::engine {

Result<std::vector<std::pair<std::string, std::string>>> read_metadata(
    const std::filesystem::path& path) {
  gguf_init_params p{true, nullptr};
  std::unique_ptr<gguf_context, void (*)(gguf_context*)> g(gguf_init_from_file(path.c_str(), p),
                                                           gguf_free);
  if (!g) return Error{ErrorCode::input, "'" + path.string() + "' is not a readable GGUF file", ""};
  std::vector<std::pair<std::string, std::string>> out;
  for (std::int64_t i = 0; i < gguf_get_n_kv(g.get()); ++i) {
    const std::string key = gguf_get_key(g.get(), i);
    std::string v;
    switch (gguf_get_kv_type(g.get(), i)) {
      case GGUF_TYPE_STRING:
        v = gguf_get_val_str(g.get(), i);
        break;
      case GGUF_TYPE_UINT8:
        v = std::to_string(gguf_get_val_u8(g.get(), i));
        break;
      case GGUF_TYPE_INT32:
        v = std::to_string(gguf_get_val_i32(g.get(), i));
        break;
      case GGUF_TYPE_UINT32:
        v = std::to_string(gguf_get_val_u32(g.get(), i));
        break;
      case GGUF_TYPE_UINT64:
        v = std::to_string(gguf_get_val_u64(g.get(), i));
        break;
      case GGUF_TYPE_INT64:
        v = std::to_string(gguf_get_val_i64(g.get(), i));
        break;
      case GGUF_TYPE_FLOAT32:
        v = numeric::format_double(gguf_get_val_f32(g.get(), i));
        break;
      case GGUF_TYPE_BOOL:
        v = gguf_get_val_bool(g.get(), i) ? "true" : "false";
        break;
      default:
        continue;  // arrays (the tokenizer's) and rarely used types
    }
    out.emplace_back(key, std::move(v));
  }
  return out;
}

}  // namespace chimera::engine
