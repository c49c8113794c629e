#include "chimera/analysis/evidence.hpp"
#include "chimera/core/text.hpp"

#include <fmt/format.h>
#include <fnmatch.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>

namespace chimera::analysis {
namespace {

std::string numeric_text(double v) {
  return fmt::format("{}", v);
}

// Half a unit in the last digit the source printed, relative to the value: "18.31" -> 0.005 /
// 18.31. A figure restates a mean when it is within this of it.
double relative_tolerance(const std::string& raw) {
  std::size_t i = raw.find_first_of("0123456789");
  if (i == std::string::npos) return 1e-9;
  std::size_t j = i;
  while (j < raw.size() && (std::isdigit(static_cast<unsigned char>(raw[j])) || raw[j] == ',')) ++j;
  int decimals = 0;
  if (j < raw.size() && raw[j] == '.') {
    ++j;
    while (j < raw.size() && std::isdigit(static_cast<unsigned char>(raw[j]))) ++j, ++decimals;
  }
  std::string digits;
  for (std::size_t k = i; k < j; ++k) {
    if (raw[k] != ',') digits += raw[k];
  }
  const double v = std::strtod(digits.c_str(), nullptr);
  if (v == 0) return 1e-9;
  return 0.5 * std::pow(10.0, -decimals) / std::fabs(v) + 1e-12;
}

bool close(double figure, double mean, const Observation& o) {
  return std::fabs(figure - mean) <= relative_tolerance(o.raw) * std::fabs(figure) + 1e-12;
}

double median_of(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double mean_of(const std::vector<double>& v) {
  double s = 0;
  for (const double x : v) s += x;
  return s / static_cast<double>(v.size());
}

}  // namespace

// Fills a missing model (or quantization) from the configuration label, when that label is seen
// with exactly one: "ctx1024-temp0.6" in a CSV and "demo / ctx1024-temp0.6" in a JSON summary are
// one configuration.
std::vector<Observation> unify_configurations(const std::vector<Observation>& obs) {
  std::map<std::string, std::set<std::string>> models, quants;
  for (const auto& o : obs) {
    if (o.config.empty()) continue;
    if (!o.model.empty()) models[o.config].insert(o.model);
    if (!o.quantization.empty()) quants[o.config].insert(o.quantization);
  }
  std::vector<Observation> out = obs;
  for (auto& o : out) {
    if (o.config.empty()) continue;
    if (o.model.empty() && models[o.config].size() == 1) o.model = *models[o.config].begin();
    if (o.quantization.empty() && quants[o.config].size() == 1)
      o.quantization = *quants[o.config].begin();
  }
  return out;
}

bool is_catch_all_metric(std::string_view metric) {
  return metric == "duration" || metric == "memory" || metric == "utilization" ||
         metric == "quality" || metric == "cost";
}

namespace {

std::string quantity_of(const Observation& o) {
  return is_catch_all_metric(o.metric) ? text::to_lower(o.name) : std::string();
}

}  // namespace

std::string group_label(const MetricGroup& g) {
  const std::string label(g.def->label);
  return g.quantity.empty() ? label : label + " (" + g.quantity + ")";
}

std::size_t MetricGroup::sample_count() const {
  std::size_t n = 0;
  for (const auto& [_, c] : samples) n += c.values.size();
  return n;
}

const MetricGroup* Evidence::find(std::string_view metric) const {
  for (const auto& g : groups) {
    if (g.def->id == metric) return &g;
  }
  return nullptr;
}

Observation observation_of(const ingest::FileResult& f, const ingest::MetricRow& r) {
  Observation o;
  o.file = f.entry.rel_path;
  o.locator = r.locator;
  o.name = r.name;
  o.raw = r.raw;
  o.metric = r.metric                             ? std::string(r.metric->id)
             : r.role == metrics::Role::parameter ? std::string(r.parameter)
                                                  : std::string();
  o.statistic = r.statistic;
  o.model = r.context.model;
  o.quantization = r.context.quantization;
  o.config = r.context.config;
  o.test = r.context.test;
  o.unit = r.normalized ? r.normalized_unit : r.unit;
  o.value = r.normalized ? r.normalized : r.value;
  return o;
}

std::vector<Observation> summary_observations(const ingest::IngestSummary& s) {
  std::vector<Observation> out;
  const auto add = [&](const char* name, double v, const char* unit) {
    Observation o;
    o.file = std::string(kIngestSummary);
    o.locator = name;
    o.name = name;
    o.raw = numeric_text(v);
    o.statistic = "value";
    o.unit = unit;
    o.value = v;
    out.push_back(std::move(o));
  };
  add("total files analyzed", static_cast<double>(s.reference_total()), "");
  add("markdown heading count", static_cast<double>(s.heading_count), "");
  add("total file size", static_cast<double>(s.total_bytes), "bytes");
  add("csv files", static_cast<double>(s.counts[0]), "");
  add("json files", static_cast<double>(s.counts[1]), "");
  add("markdown files", static_cast<double>(s.counts[2]), "");
  return out;
}

namespace {

class EvidenceSink final : public ingest::IngestSink {
 public:
  EvidenceSink(const std::vector<std::string>& excluded, const std::vector<std::string>& globs)
      : excluded_(excluded), globs_(globs) {}
  std::vector<Observation> data;
  std::vector<std::string> left_out;
  Status begin(const ingest::IngestOptions&) override { return ok_status(); }
  Status file(const ingest::FileResult& f) override {
    if (leave_out(f.entry.rel_path)) {
      left_out.push_back(f.entry.rel_path);
      return ok_status();
    }
    for (const auto& r : f.rows) {
      if (r.status == ingest::RowStatus::failed) continue;
      if (r.role == metrics::Role::metric || r.role == metrics::Role::parameter)
        data.push_back(observation_of(f, r));
    }
    return ok_status();
  }
  Status end(const ingest::IngestSummary& s) override {
    for (auto& o : summary_observations(s)) data.push_back(std::move(o));
    return ok_status();
  }

 private:
  bool leave_out(const std::string& rel) const {
    for (const auto& e : excluded_) {
      if (e == rel) return true;
    }
    for (const auto& g : globs_) {
      if (fnmatch(g.c_str(), rel.c_str(), 0) == 0) return true;
    }
    return false;
  }
  const std::vector<std::string>& excluded_;
  const std::vector<std::string>& globs_;
};

}  // namespace

Result<std::vector<Observation>> read_evidence(const std::filesystem::path& dir,
                                               ingest::Layout layout,
                                               const std::vector<std::string>& excluded,
                                               const std::vector<std::string>& exclude_globs,
                                               std::vector<std::string>* left_out) {
  ingest::IngestOptions o;
  o.root = dir;
  o.walk.layout = layout;
  EvidenceSink sink(excluded, exclude_globs);
  auto r = ingest::run_ingest(o, sink);
  if (!r) return r.error();
  if (left_out) *left_out = std::move(sink.left_out);
  return std::move(sink.data);
}

std::string config_name(const Observation& o) {
  std::string s;
  for (const auto* part : {&o.model, &o.quantization, &o.config}) {
    if (!part->empty()) s += (s.empty() ? "" : " / ") + *part;
  }
  return s.empty() ? o.file : s;
}

namespace {

// Evidence under construction: observations kept by value so that the groups' pointers hold.
struct Builder {
  std::vector<Observation> obs;
  // (metric, unit, quantity)
  std::map<std::tuple<std::string, std::string, std::string>, MetricGroup> groups;

  MetricGroup& group_of(const Observation& o) {
    const std::string q = quantity_of(o);
    auto& g = groups[{o.metric, o.unit, q}];
    g.def = metrics::find_metric(o.metric);
    g.unit = o.unit;
    g.quantity = q;
    return g;
  }

  void place(const Observation& o) {
    auto& g = group_of(o);
    if (!o.value) {
      if (!g.missing_example) g.missing_example = &o;
      ++g.missing;
      return;
    }
    if (o.statistic == "sample") {
      auto& c = g.samples[config_name(o)];
      c.values.push_back(*o.value);
      c.rows.push_back(&o);
    }
  }

  static void repeat(MetricGroup& g, const Observation& o) {
    if (!g.repeat_example) g.repeat_example = &o;
    ++g.repeats;
  }

  // Whether a reported figure restates the mean or median of raw measurements of its
  // configuration in the same unit (of this metric or another: a Markdown "Throughput" column
  // that is the mean of the CSV's decode rates).
  bool restates_samples(const Observation& o) const {
    const std::string cfg = config_name(o);
    for (const auto& [key, g] : groups) {
      if (std::get<1>(key) != o.unit) continue;
      const auto it = g.samples.find(cfg);
      if (it == g.samples.end()) continue;
      const auto& v = it->second.values;
      if (close(*o.value, mean_of(v), o) || close(*o.value, median_of(v), o)) return true;
    }
    return false;
  }

  void place_figure(const Observation& o) {
    auto& g = group_of(o);
    const std::string cfg = config_name(o);
    if (g.samples.count(cfg) || restates_samples(o)) {
      repeat(g, o);  // a summary of measurements already counted
      return;
    }
    auto& c = g.figures[o.statistic][cfg];
    for (const double x : c.values) {
      if (x == *o.value) {  // the same figure again (a copy of the report): counted once
        repeat(g, o);
        return;
      }
    }
    c.values.push_back(*o.value);
    c.rows.push_back(&o);
  }
};

}  // namespace

Evidence consolidate(const std::vector<Observation>& input) {
  auto b = std::make_shared<Builder>();
  b->obs = unify_configurations(input);
  Evidence e;
  for (const auto& o : b->obs) {
    if (o.metric.empty() || !metrics::find_metric(o.metric)) {
      ++e.unknown_rows;
      continue;
    }
    b->place(o);
  }
  for (const auto& o : b->obs) {
    if (o.metric.empty() || !metrics::find_metric(o.metric) || !o.value || o.statistic == "sample")
      continue;
    b->place_figure(o);
  }
  for (auto& [_, g] : b->groups) e.groups.push_back(std::move(g));
  e.keep_alive = b;
  return e;
}

}  // namespace chimera::analysis
