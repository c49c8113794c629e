#include "chimera/core/numeric.hpp"
#include "chimera/ingest/model.hpp"

namespace chimera::ingest {

const std::vector<std::string>& metric_columns() {
  static const std::vector<std::string> kCols = {
      "file",  "file_type",  "locator",         "line",  "name",   "kind",         "unit", "raw",
      "value", "normalized", "normalized_unit", "model", "config", "quantization", "gpu",  "note"};
  return kCols;
}

std::vector<std::string> metric_fields(const FileResult& f, const MetricRow& r) {
  const auto num = [](const std::optional<double>& d) {
    return d ? numeric::format_double(*d) : std::string();
  };
  return {f.entry.rel_path,
          std::string(type_name(f.entry.type)),
          r.locator,
          std::to_string(r.line),
          r.name,
          std::string(units::kind_name(r.kind)),
          r.unit,
          r.raw,
          num(r.value),
          num(r.normalized),
          r.normalized_unit,
          r.context.model,
          r.context.config,
          r.context.quantization,
          r.context.gpu,
          r.note};
}

}  // namespace chimera::ingest
