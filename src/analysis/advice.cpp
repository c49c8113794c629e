#include "chimera/analysis/advice.hpp"
#include "chimera/core/numeric.hpp"

#include <fmt/format.h>

#include "chimera/core/text.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "chimera/analysis/evidence.hpp"
#include "chimera/stats/inference.hpp"
#include "chimera/stats/ranking.hpp"
#include "chimera/stats/summary.hpp"

namespace chimera::analysis {
namespace {

// The figures one recommendation compares: one metric of the registry, per configuration, raw
// measurements when there are any, else the figures the sources report (one statistic).
struct Choice {
  const MetricGroup* group = nullptr;
  const std::map<std::string, ConfigValues>* by_config = nullptr;
  std::string what;  // "decode rate, raw measurements" or "decode rate, mean reported"
  std::vector<stats::Candidate> candidates;
  stats::Ranking ranking;
  bool higher = true;
  const std::string& unit() const { return group->unit; }
  std::optional<double> mean_of(const std::string& config) const {
    const auto it = by_config->find(config);
    if (it == by_config->end()) return std::nullopt;
    return stats::mean_interval(it->second.values)->mean;
  }
  std::string describe(const std::string& config) const {
    return stats::describe_mean(*stats::mean_interval(by_config->at(config).values), unit());
  }
  std::string leader() const { return candidates[*ranking.leader].name; }
};

std::optional<Choice> choose(const Evidence& e, std::initializer_list<std::string_view> metrics) {
  for (const auto id : metrics) {
    const MetricGroup* g = e.find(id);
    if (!g) continue;
    Choice c;
    c.group = g;
    // Raw measurements first, then one statistic the sources report; but a basis that has one
    // configuration compares nothing: one with two or more is taken before it (two calls of one
    // run measured raw say nothing of the configurations whose means the reports give).
    std::vector<std::pair<const std::map<std::string, ConfigValues>*, std::string>> bases;
    if (!g->samples.empty()) bases.emplace_back(&g->samples, "raw measurements");
    for (const char* stat : {"mean", "value", "median"}) {
      if (const auto it = g->figures.find(stat); it != g->figures.end())
        bases.emplace_back(&it->second, std::string(stat) + " reported by the sources");
    }
    if (bases.empty()) continue;
    const auto comparable = std::find_if(bases.begin(), bases.end(),
                                         [](const auto& b) { return b.first->size() >= 2; });
    const auto& basis = comparable != bases.end() ? *comparable : bases.front();
    c.by_config = basis.first;
    c.what = basis.second;
    for (const auto& [name, v] : *c.by_config) c.candidates.push_back({name, v.values});
    c.higher = g->def->direction == metrics::Direction::higher;
    c.ranking = stats::rank(c.candidates, c.higher);
    if (c.ranking.leader) return c;
  }
  return std::nullopt;
}

std::string pct(double a, double b) {  // a relative to b
  return b == 0 ? "n/a" : fmt::format("{:+.0f} %", (a - b) / b * 100);
}

// How `config` fares on the other objective, against that objective's leader.
std::string trade_off(const std::string& config, const std::optional<Choice>& other,
                      const char* what) {
  if (!other) return fmt::format(" No {} figures to weigh it against.", what);
  const auto mine = other->mean_of(config);
  const std::string lead = other->leader();
  if (!mine)
    return fmt::format(" Its {} is not in the data (the {} leader is {}: {}).", what, what, lead,
                       other->describe(lead));
  if (config == lead) return fmt::format(" It also leads on {}.", what);
  return fmt::format(" Trade-off: its {} is {} {} ({} against {}, the leader there).", what,
                     numeric::format_figure(*mine), other->unit(),
                     pct(*mine, *other->mean_of(lead)), lead);
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

// "decode rate, raw measurements"; the metric is not repeated when the objective is its name.
std::string source(const Choice& c, std::string_view objective) {
  const std::string label = group_label(*c.group);
  return label == objective ? c.what : label + ", " + c.what;
}

Recommendation recommend_one(const char* objective, const char* what,
                             const std::optional<Choice>& c, const std::optional<Choice>& other,
                             const char* other_what) {
  if (!c)
    return {objective, "",
            fmt::format("No {} figures in the data: cannot recommend a configuration for {}.", what,
                        what)};
  const auto& r = c->ranking;
  if (r.best) {
    const std::string cfg = c->leader();
    return {
        objective, cfg,
        fmt::format("For {} ({}), use {}: {}; it is separated from the runner-up {} "
                    "(Welch p = {:.2g}).{}",
                    what, source(*c, what), cfg, c->describe(cfg), c->candidates[*r.runner_up].name,
                    *r.p_runner_up, trade_off(cfg, other, other_what))};
  }
  std::string tied;
  for (const auto i : r.tied)
    tied += (tied.empty() ? "" : "; ") + c->candidates[i].name + ": " +
            c->describe(c->candidates[i].name);
  std::string more;
  if (c->candidates.size() < 2) {
    more = " Only one configuration was measured: nothing to compare it with.";
  } else if (r.identical) {
    more = " Their means are equal.";
  } else if (r.samples_needed && *r.samples_needed > 10000) {
    more =
        " Their difference is tiny against their spread: far more than 10,000 measurements per "
        "configuration would be needed to tell them apart.";
  } else if (r.samples_needed) {
    more = fmt::format(" About {} measurements per configuration would tell {} from {}.",
                       *r.samples_needed, c->leader(), c->candidates[*r.closest_tied].name);
  } else {
    more = " One figure per configuration: the noise is unknown; repeat the runs to rank them.";
  }
  return {objective, "",
          fmt::format("For {} ({}), no configuration is best: {} within noise ({}).{} The "
                      "best mean is {}'s, a preference the data does not confirm.",
                      what, source(*c, what), r.tied.size() > 1 ? "tied" : "alone", tied, more,
                      c->leader())};
}

void recommend(const Evidence& e, Advice& a) {
  const auto thr = choose(e, {"decode_rate", "output_rate", "output_throughput", "token_rate"});
  const auto ttft = choose(e, {"ttft"});
  a.recommendations.push_back(recommend_one("throughput", "throughput", thr, ttft, "TTFT"));
  a.recommendations.push_back(
      recommend_one("ttft", "time to first token", ttft, thr, "throughput"));
  // Balanced: the configuration whose worse side is best (maximin of throughput / leader and
  // leader TTFT / TTFT), among those with both figures.
  std::string pick;
  double score = -1, st = 0, sf = 0;
  if (thr && ttft) {
    const double bt = *thr->mean_of(thr->leader()), bf = *ttft->mean_of(ttft->leader());
    for (const auto& [cfg, _] : *thr->by_config) {
      const auto t = thr->mean_of(cfg), f = ttft->mean_of(cfg);
      if (!f || bt <= 0 || *f <= 0) continue;
      const double s = std::min(*t / bt, bf / *f);
      if (s > score) score = s, pick = cfg, st = *t / bt, sf = bf / *f;
    }
  }
  const std::string quality =
      " Quality is not measured in these artifacts: check the model's answers (Answer Quality) "
      "before adopting it, and keep sampling options (temperature, top_p) as the quality runs had "
      "them.";
  if (pick.empty()) {
    a.recommendations.push_back(
        {"balanced", "",
         "No configuration has both throughput and TTFT figures, so no balanced choice can be "
         "computed." +
             quality});
    return;
  }
  const bool firm = thr->ranking.best && ttft->ranking.best;
  a.recommendations.push_back(
      {"balanced", firm ? pick : "",
       fmt::format("For a balance of throughput and TTFT, {} {}: throughput {} ({:.0f} % of the "
                   "leader's mean), TTFT {} ({:.0f} % of the leader's).{}{}",
                   firm ? "use" : "the closest to both leaders is", pick, thr->describe(pick),
                   st * 100, ttft->describe(pick), sf * 100,
                   firm ? ""
                        : " The differences are within noise on at least one side, so this is "
                          "a preference, not a finding.",
                   quality)});
}

void variance_risk(const Evidence& e, Advice& a) {
  std::string worst_cfg, worst_what;
  double worst_cv = 0;
  std::size_t worst_n = 0, noisy = 0;
  for (const auto& g : e.groups) {
    if (g.def->direction == metrics::Direction::neither) continue;
    for (const auto& [cfg, c] : g.samples) {
      const auto s = stats::summarize(c.values);
      if (c.values.size() < 3 || !s->cv || *s->cv <= 0.10) continue;
      ++noisy;
      if (*s->cv > worst_cv)
        worst_cv = *s->cv, worst_cfg = cfg, worst_what = group_label(g), worst_n = c.values.size();
    }
  }
  if (noisy == 0) return;
  a.risks.push_back(
      {"High run-to-run variance",
       fmt::format("{} configuration figure(s) vary by more than 10 % between measurements; the "
                   "worst is the {} of {}: coefficient of variation {:.0f} % over {} measurements",
                   noisy, worst_what, worst_cfg, worst_cv * 100, worst_n),
       "Repeat each configuration (chimera run --runs 5 or more), compare intervals rather than "
       "single values, and keep the machine otherwise idle while benchmarking."});
}

void spill_risk(const Evidence& e, Advice& a) {
  const auto thr = choose(e, {"decode_rate", "output_rate", "output_throughput", "token_rate"});
  if (!thr) return;
  std::map<int, std::vector<double>> by_layers;
  for (const auto& [cfg, v] : *thr->by_config) {
    if (const auto g = gpu_layers(cfg))
      by_layers[*g].insert(by_layers[*g].end(), v.values.begin(), v.values.end());
  }
  if (by_layers.size() < 2) return;
  const auto& [lo, lo_v] = *by_layers.begin();
  const auto& [hi, hi_v] = *by_layers.rbegin();
  const double ml = stats::summarize(lo_v)->mean, mh = stats::summarize(hi_v)->mean;
  if (mh <= 0 || ml >= 0.8 * mh) return;
  a.risks.push_back(
      {"CPU spill (partial GPU offload)",
       fmt::format("with num_gpu = {} the {} averages {} {} against {} with num_gpu = {} ({}): "
                   "layers left on the CPU",
                   lo, group_label(*thr->group), numeric::format_figure(ml), thr->unit(),
                   numeric::format_figure(mh), hi, pct(ml, mh)),
       fmt::format("Offload every layer (num_gpu = {} or more), or choose a smaller quantization "
                   "or context so the model fits in GPU memory.",
                   hi)});
}

void data_risks(const Evidence& e, std::size_t skipped, Advice& a) {
  std::size_t missing = 0;
  const Observation* example = nullptr;
  for (const auto& g : e.groups) {
    if (g.def->direction == metrics::Direction::neither || g.missing == 0) continue;
    missing += g.missing;
    if (!example) example = g.missing_example;
  }
  if (missing > 0) {
    a.risks.push_back(
        {"Missing measurements",
         fmt::format("{} performance value(s) are absent in the sources, e.g. '{}' in {} ({})",
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

std::string slowdown_words(double ratio) {
  if (ratio > 1.0005)
    return fmt::format("this agent took {:.2f}x its solo time ({:.0f} % slower than alone)", ratio,
                       (ratio - 1) * 100);
  if (ratio < 0.9995)
    return fmt::format("this agent took {:.2f}x its solo time ({:.0f} % faster than alone)", ratio,
                       (1 - ratio) * 100);
  return "this agent took as long as alone (1.00x its solo time)";
}

Advice advise(const std::vector<Observation>& obs, std::size_t skipped_files) {
  Advice a;
  const Evidence e = consolidate(obs);
  recommend(e, a);
  variance_risk(e, a);
  spill_risk(e, a);
  data_risks(e, skipped_files, a);
  if (a.risks.empty()) {
    a.risks.push_back({kNoRisk, "no high variance, CPU spill, missing or skipped data detected",
                       "Keep repeating runs: absence of evidence at this sample size is not "
                       "evidence of absence."});
  }
  return a;
}

Advice with_run(Advice a, const RunSignals& run) {
  // What the agent lost against its own solo run is the evidence; the reference's flag (low
  // efficiency) measures overlap, and alone counts only when no solo run was measured. An agent
  // that took 1.11x its solo time while the other ran 6x longer is not a contention risk.
  const bool slowed = run.slowdown ? *run.slowdown > 1.2 : run.contention;
  if (!slowed) return a;
  std::string ev;
  if (run.slowdown) ev += slowdown_words(*run.slowdown);
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

}  // namespace chimera::analysis
