#pragma once
// Metric kinds and units inferred from names and headers, and normalisation to canonical units.
#include <optional>
#include <string>
#include <string_view>

namespace chimera::units {

enum class Kind { throughput, ttft, latency, duration, tokens, memory, utilization, count, other };

std::string_view kind_name(Kind k);
std::optional<Kind> kind_from_name(std::string_view name);

struct Inferred {
  Kind kind = Kind::other;
  std::string
      unit;  // "ms", "s", "ns", "us", "tok/s", "%", "bytes", "KiB", "MiB", "GiB", "W", ... or ""
};

// Infers the kind and unit of a metric from its name (column header, JSON key, table header) and
// an optional unit written next to the value (cell suffix), which wins over the name.
Inferred infer(std::string_view name, std::string_view value_suffix = {});

struct Normalized {
  double value = 0;
  std::string unit;  // "ms" for times, "tok/s" for rates, "bytes" for memory, else the unit as is
};

// Converts value in unit to the canonical unit; nullopt when the unit is unknown or empty.
std::optional<Normalized> normalize(double value, std::string_view unit);

}  // namespace chimera::units
