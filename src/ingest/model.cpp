#include "chimera/ingest/model.hpp"

#include <array>

#include "chimera/core/text.hpp"

namespace chimera::ingest {

std::string_view type_name(FileType t) {
  switch (t) {
    case FileType::csv:
      return "csv";
    case FileType::json:
      return "json";
    case FileType::markdown:
      return "markdown";
  }
  return "unknown";
}

std::string* context_slot(Context& c, std::string_view field_name, std::string_view parent_name) {
  struct Alias {
    std::string_view name;
    std::string Context::*slot;
  };
  static const std::array<Alias, 19> kAliases = {{
      {"model", &Context::model},
      {"model_name", &Context::model},
      {"model_tag", &Context::model},
      {"model_id", &Context::model},
      {"config", &Context::config},
      {"configuration", &Context::config},
      {"config_name", &Context::config},
      {"config_id", &Context::config},
      {"variant", &Context::config},
      {"preset", &Context::config},
      {"quant", &Context::quantization},
      {"quantization", &Context::quantization},
      {"quant_type", &Context::quantization},
      {"quantization_type", &Context::quantization},
      {"gpu", &Context::gpu},
      {"gpu_name", &Context::gpu},
      {"gpu_model", &Context::gpu},
      {"device", &Context::gpu},
      {"device_name", &Context::gpu},
  }};
  field_name = text::trim(field_name);
  if (field_name.size() < 3 || field_name.size() > 17)
    return nullptr;  // no alias is shorter or longer
  const std::string low = text::to_lower(field_name);
  for (const auto& a : kAliases) {
    if (low == a.name) return &(c.*a.slot);
  }
  if (low == "name") {
    const std::string parent = text::to_lower(parent_name);
    if (parent.find("gpu") != std::string::npos) return &c.gpu;
    if (parent.find("model") != std::string::npos) return &c.model;
  }
  return nullptr;
}

}  // namespace chimera::ingest
