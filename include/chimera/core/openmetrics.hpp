#pragma once
// The OpenMetrics / Prometheus text exposition format: metric families (HELP, TYPE), samples with
// escaped labels, "# EOF" at the end. Output is deterministic: families sorted by name, samples by
// their labels. Non-finite values are not written (a missing number stays missing).
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace chimera::openmetrics {

using Labels = std::vector<std::pair<std::string, std::string>>;

// A label value with \, " and newlines escaped.
std::string escape_label(std::string_view v);
// A name reduced to Prometheus' alphabet: [a-zA-Z0-9_], runs of anything else become one '_'.
std::string sanitize(std::string_view name);

// How a unit of ours is written in Prometheus names, in base units: "ms" -> {"seconds", 0.001},
// "tok/s" -> {"tokens_per_second", 1}, "%" -> {"ratio", 0.01}; unitless -> {"", 1}.
struct BaseUnit {
  std::string suffix;
  double factor = 1;
};
BaseUnit base_unit(std::string_view unit);

class Exposition {
 public:
  // Declares a gauge family (the first declaration of a name wins).
  void gauge(const std::string& name, const std::string& help);
  // Adds a sample to a declared family; a second sample with the same labels replaces the first.
  void sample(const std::string& family, const Labels& labels, double value);
  std::string text() const;
  bool empty() const { return families_.empty(); }

 private:
  struct Family {
    std::string help;
    std::map<std::string, double> samples;  // rendered labels -> value
  };
  std::map<std::string, Family> families_;
};

}  // namespace chimera::openmetrics
