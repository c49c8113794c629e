#include <charconv>
#include <iterator>

#include "chimera/ingest/model.hpp"

namespace chimera::ingest {

const std::vector<std::string>& metric_columns() {
  static const std::vector<std::string> kCols = {"file",       "file_type",
                                                 "locator",    "line",
                                                 "name",       "metric",
                                                 "statistic",  "role",
                                                 "kind",       "unit",
                                                 "raw",        "value",
                                                 "normalized", "normalized_unit",
                                                 "status",     "model",
                                                 "config",     "quantization",
                                                 "gpu",        "test",
                                                 "backend",    "concurrency",
                                                 "rate",       "section",
                                                 "note"};
  return kCols;
}

void for_each_metric_field(const FileResult& f, const MetricRow& r,
                           const std::function<void(std::size_t, std::string_view)>& visit) {
  char buf[3][32];
  const auto num = [&](int slot, const std::optional<double>& d) -> std::string_view {
    if (!d) return {};
    const auto end = std::to_chars(buf[slot], buf[slot] + sizeof buf[slot], *d).ptr;
    return {buf[slot], static_cast<std::size_t>(end - buf[slot])};
  };
  const auto line_end = std::to_chars(buf[2], buf[2] + sizeof buf[2], r.line).ptr;
  const std::string_view metric =
      r.role == metrics::Role::parameter
          ? std::string_view(r.parameter)
          : (r.role == metrics::Role::metric ? r.metric_id() : std::string_view());
  const std::string_view values[] = {f.entry.rel_path,
                                     type_name(f.entry.type),
                                     r.locator,
                                     {buf[2], static_cast<std::size_t>(line_end - buf[2])},
                                     r.name,
                                     metric,
                                     r.statistic,
                                     metrics::role_name(r.role),
                                     units::kind_name(r.kind),
                                     r.unit,
                                     r.raw,
                                     num(0, r.value),
                                     num(1, r.normalized),
                                     r.normalized_unit,
                                     status_name(r.status),
                                     r.context.model,
                                     r.context.config,
                                     r.context.quantization,
                                     r.context.gpu,
                                     r.context.test,
                                     r.context.backend,
                                     r.context.concurrency,
                                     r.context.rate,
                                     r.context.section,
                                     r.note};
  for (std::size_t i = 0; i < std::size(values); ++i) visit(i, values[i]);
}

}  // namespace chimera::ingest
