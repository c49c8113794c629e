#include "chimera/report/advice.hpp"

#include <fmt/format.h>

#include "chimera/core/text.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "chimera/report/grounding.hpp"
#include "chimera/stats/inference.hpp"
#include "chimera/stats/summary.hpp"

namespace chimera::report {
namespace {

using units::Kind;

// One configuration's values of one kind (in one unit).
struct ConfigFigure {
  std::string config, unit, what;  // what: "throughput", "TTFT"
  std::vector<double> values;
  double mean = 0;
  std::optional<stats::Interval> ci;
};

using Table = std::map<std::string, ConfigFigure>;  // by config

std::string config_of(const Observation& o) {
  return o.config.empty() ? o.file : o.config;
}

bool central(const Observation& o) {
  const std::string a = aggregate_of(o.name + " " + o.locator);
  return a.empty() || a == "mean" || a == "p50";
}

// The figures of one kind, per configuration, in the unit most values use.
Table figures(const std::vector<Observation>& obs, Kind kind) {
  std::map<std::string, std::size_t> units_seen;
  for (const auto& o : obs) {
    if (o.kind == kind && o.value && !o.unit.empty() && central(o)) ++units_seen[o.unit];
  }
  if (units_seen.empty()) return {};
  const std::string unit =
      std::max_element(units_seen.begin(), units_seen.end(), [](const auto& a, const auto& b) {
        return a.second < b.second;
      })->first;
  Table t;
  for (const auto& o : obs) {
    if (o.kind != kind || !o.value || o.unit != unit || !central(o)) continue;
    auto& f = t[config_of(o)];
    f.config = config_of(o);
    f.unit = unit;
    f.what = kind == Kind::ttft ? "TTFT" : std::string(units::kind_name(kind));
    f.values.push_back(*o.value);
  }
  for (auto& [_, f] : t) {
    f.mean = stats::summarize(f.values)->mean;
    f.ci = stats::mean_ci(f.values);
  }
  return t;
}

std::string num(double v) {
  const double a = std::fabs(v);
  return fmt::format("{:.{}f}", v, a >= 100 ? 1 : a >= 1 ? 2 : 4);
}

std::string describe(const ConfigFigure& f) {
  if (f.ci) {
    return fmt::format("{} {} mean (95 % CI {} to {}, n = {})", num(f.mean), f.unit, num(f.ci->low),
                       num(f.ci->high), f.values.size());
  }
  return fmt::format("{} {} (one value, no interval)", num(f.mean), f.unit);
}

const ConfigFigure* best(const Table& t, bool higher) {
  const ConfigFigure* b = nullptr;
  for (const auto& [_, f] : t) {  // map order: ties go to the first config by name
    if (!b || (higher ? f.mean > b->mean : f.mean < b->mean)) b = &f;
  }
  return b;
}

std::string pct(double a, double b) {  // a relative to b
  return b == 0 ? "n/a" : fmt::format("{:+.0f} %", (a - b) / b * 100);
}

// How `config` fares on the other objective, against that objective's best.
std::string trade_off(const std::string& config, const Table& other, const ConfigFigure* other_best,
                      const char* what) {
  if (!other_best) return fmt::format(" No {} figures to weigh it against.", what);
  const auto it = other.find(config);
  if (it == other.end())
    return fmt::format(" Its {} is not in the data (the best is {}: {}).", what, other_best->config,
                       describe(*other_best));
  if (&it->second == other_best) return fmt::format(" It is also the best on {}.", what);
  return fmt::format(" Trade-off: its {} is {} {} ({} against the best, {}).", what,
                     num(it->second.mean), it->second.unit, pct(it->second.mean, other_best->mean),
                     other_best->config);
}

std::optional<int> gpu_layers(const std::string& config) {
  // "g80_c2048_t0.4" (the reference's naming) or "num_gpu=80", as one of the parts split on '_',
  // ',', ' ' or '/'.
  std::size_t start = 0;
  while (start <= config.size()) {
    std::size_t end = config.find_first_of("_, /", start);
    if (end == std::string::npos) end = config.size();
    std::string_view t(config.data() + start, end - start);
    start = end + 1;
    if (t.rfind("num_gpu=", 0) == 0) {
      t.remove_prefix(8);
    } else if (t.size() > 1 && t[0] == 'g') {
      t.remove_prefix(1);
    } else {
      continue;
    }
    if (!t.empty() && t.size() < 7 &&
        std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return std::stoi(std::string(t));
  }
  return std::nullopt;
}

void recommend(const std::vector<Observation>& obs, Advice& a) {
  const Table thr = figures(obs, Kind::throughput), ttft = figures(obs, Kind::ttft);
  const ConfigFigure* bt = best(thr, true);
  const ConfigFigure* bf = best(ttft, false);
  if (bt) {
    a.recommendations.push_back(
        {"throughput", bt->config,
         fmt::format("For throughput, use {}: {}.{}", bt->config, describe(*bt),
                     trade_off(bt->config, ttft, bf, "TTFT"))});
  } else {
    a.recommendations.push_back({"throughput", "",
                                 "No throughput figures in the data: cannot "
                                 "recommend a configuration for throughput."});
  }
  if (bf) {
    a.recommendations.push_back(
        {"ttft", bf->config,
         fmt::format("For time to first token, use {}: {}.{}", bf->config, describe(*bf),
                     trade_off(bf->config, thr, bt, "throughput"))});
  } else {
    a.recommendations.push_back(
        {"ttft", "", "No TTFT figures in the data: cannot recommend a configuration for TTFT."});
  }
  // Balanced: the configuration whose worse side is best (maximin of throughput / best and
  // best TTFT / TTFT), among those with both figures.
  const ConfigFigure *ct = nullptr, *cf = nullptr;
  double score = -1;
  for (const auto& [cfg, t] : thr) {
    const auto it = ttft.find(cfg);
    if (it == ttft.end() || bt->mean <= 0 || it->second.mean <= 0) continue;
    const double s = std::min(t.mean / bt->mean, bf->mean / it->second.mean);
    if (s > score) score = s, ct = &t, cf = &it->second;
  }
  const std::string quality =
      " Quality is not measured in these artifacts: check the model's answers (Answer Quality) "
      "before adopting it, and keep sampling options (temperature, top_p) as the quality runs had "
      "them.";
  if (ct) {
    a.recommendations.push_back(
        {"balanced", ct->config,
         fmt::format(
             "For a balance of throughput and TTFT, use {}: throughput {} ({} of the best), "
             "TTFT {} ({} of the best).{}",
             ct->config, describe(*ct), fmt::format("{:.0f} %", ct->mean / bt->mean * 100),
             describe(*cf), fmt::format("{:.0f} %", bf->mean / cf->mean * 100), quality)});
  } else {
    a.recommendations.push_back(
        {"balanced", "",
         "No configuration has both throughput and TTFT figures, so no balanced choice can be "
         "computed." +
             quality});
  }
}

void variance_risk(const std::vector<Observation>& obs, Advice& a) {
  const ConfigFigure* worst = nullptr;
  double worst_cv = 0;
  std::size_t noisy = 0;
  Table tables[] = {figures(obs, Kind::throughput), figures(obs, Kind::ttft)};
  for (const auto& t : tables) {
    for (const auto& [_, f] : t) {
      const auto s = stats::summarize(f.values);
      if (f.values.size() < 3 || !s->cv) continue;
      if (*s->cv > 0.10) ++noisy;
      if (*s->cv > 0.10 && *s->cv > worst_cv) worst_cv = *s->cv, worst = &f;
    }
  }
  if (!worst) return;
  a.risks.push_back(
      {"High run-to-run variance",
       fmt::format("{} configuration figure(s) vary by more than 10 % between runs; the worst is "
                   "the {} of {}: coefficient of variation {:.0f} % over {} values",
                   noisy, worst->what, worst->config, worst_cv * 100, worst->values.size()),
       "Repeat each configuration (chimera run --runs 5 or more), compare intervals rather than "
       "single values, and keep the machine otherwise idle while benchmarking."});
}

void spill_risk(const std::vector<Observation>& obs, Advice& a) {
  std::map<int, std::vector<double>> by_layers;
  for (const auto& [cfg, f] : figures(obs, Kind::throughput)) {
    if (const auto g = gpu_layers(cfg)) {
      by_layers[*g].insert(by_layers[*g].end(), f.values.begin(), f.values.end());
    }
  }
  if (by_layers.size() < 2) return;
  const auto& [lo, lo_v] = *by_layers.begin();
  const auto& [hi, hi_v] = *by_layers.rbegin();
  const double ml = stats::summarize(lo_v)->mean, mh = stats::summarize(hi_v)->mean;
  if (mh <= 0 || ml >= 0.8 * mh) return;
  a.risks.push_back(
      {"CPU spill (partial GPU offload)",
       fmt::format("with num_gpu = {} throughput averages {} against {} with num_gpu = {} ({}): "
                   "layers left on the CPU",
                   lo, num(ml), num(mh), hi, pct(ml, mh)),
       fmt::format("Offload every layer (num_gpu = {} or more), or choose a smaller quantization "
                   "or context so the model fits in GPU memory.",
                   hi)});
}

void data_risks(const std::vector<Observation>& obs, std::size_t skipped, Advice& a) {
  std::size_t missing = 0;
  const Observation* example = nullptr;
  for (const auto& o : obs) {
    if (!o.value && (o.kind == Kind::throughput || o.kind == Kind::ttft ||
                     o.kind == Kind::latency || o.kind == Kind::duration)) {
      ++missing;
      if (!example) example = &o;
    }
  }
  if (missing > 0) {
    a.risks.push_back(
        {"Missing measurements",
         fmt::format("{} performance value(s) are missing in the sources, e.g. '{}' in {} ({})",
                     missing, example->name, example->file, example->locator),
         "Re-run the benchmarks that produced them; conclusions on those configurations rest on "
         "fewer values than the tables suggest."});
  }
  if (skipped > 0) {
    a.risks.push_back({"Skipped files",
                       fmt::format("{} file(s) could not be read, so their figures are in no "
                                   "finding or recommendation",
                                   skipped),
                       "Run `chimera ingest DIR --strict` to list them with the reason, fix or "
                       "remove them, and re-run."});
  }
}

}  // namespace

const char* const kNoRisk = "None found in the data";

Advice advise(const std::vector<Observation>& obs, std::size_t skipped_files) {
  Advice a;
  recommend(obs, a);
  variance_risk(obs, a);
  spill_risk(obs, a);
  data_risks(obs, skipped_files, a);
  if (a.risks.empty()) {
    a.risks.push_back({kNoRisk, "no high variance, CPU spill, missing or skipped data detected",
                       "Keep repeating runs: absence of evidence at this sample size is not "
                       "evidence of absence."});
  }
  return a;
}

Advice with_run(Advice a, const RunSignals& run) {
  if (!run.contention && !(run.slowdown && *run.slowdown > 1.2)) return a;
  std::string ev;
  if (run.slowdown) ev += fmt::format("this agent ran {:.2f}x slower than alone", *run.slowdown);
  if (run.efficiency_pct)
    ev += fmt::format("{}concurrency efficiency {:.1f} %", ev.empty() ? "" : "; ",
                      *run.efficiency_pct);
  if (a.risks.size() == 1 && a.risks[0].risk == kNoRisk) a.risks.clear();
  a.risks.insert(a.risks.begin(),
                 {"Contention between concurrent agents", ev,
                  "Give each agent its own server (the dual-server set-up), or raise the "
                  "server's parallel slots (OLLAMA_NUM_PARALLEL) if memory allows, or "
                  "stagger the agents' LLM calls."});
  return a;
}

std::string advice_markdown(const Advice& a) {
  std::string s = "## Data-Driven Recommendations\n";
  int i = 0;
  for (const auto& r : a.recommendations) s += fmt::format("{}. {}\n", ++i, r.text);
  s += "\n## Risks and Mitigations\n| risk | evidence | mitigation |\n|---|---|---|\n";
  for (const auto& r : a.risks) {
    s += fmt::format("| {} | {} | {} |\n", text::markdown_cell(r.risk),
                     text::markdown_cell(r.evidence), text::markdown_cell(r.mitigation));
  }
  return s;
}

}  // namespace chimera::report
