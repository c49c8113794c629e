#pragma once
// Renders a sweep from the store: the best configuration(s) with their intervals, the Pareto
// front when there are several objectives, a table of every point, and the exact command line
// that reproduces the best one. Markdown, JSON and CSV; `chimera sweep` prints what
// `chimera report STORE` prints for the same sweep.
#include <string>
#include <vector>

#include "chimera/core/format.hpp"
#include "chimera/report/html.hpp"
#include "chimera/store/trial_store.hpp"
#include "chimera/tune/sweep.hpp"

namespace chimera::tune {

struct SweepView {
  store::SweepRow sweep;
  Objective objective;
  std::vector<store::TrialRow> trials;
  std::vector<PointSummary> points;
  std::optional<std::size_t> best;         // highest mean score over its trials (the leader)
  stats::Ranking ranking;                  // best only when separated from the others
  std::optional<std::size_t> recommended;  // highest GP posterior mean (see recommend())
  std::vector<std::size_t> front;
  // Why the sweep is not complete (interrupted); while set, no point is called best.
  std::string incomplete;
};

// Marks a view incomplete: the reason is shown and no point is called best or recommended.
void mark_incomplete(SweepView& v, std::string reason);

// Reads one sweep (by id; empty = the most recent) from an open store.
Result<SweepView> load_sweep(store::TrialStore& st, const std::string& id = "");

// "1050.4 [980.1, 1120.7]": a point's mean of a metric with its 95 % interval (n >= 2), or
// "n/a (failed)" / "n/a (not reported)".
std::string with_ci(const PointSummary& p, const std::string& metric);
// Whether noise can tell the leading point from the others, in one paragraph.
std::string leadership(const SweepView& v);

// The terminal summary (80 columns): objective, the leader and whether it is best, a narrow
// table of the points on the objective metrics, and the reproducing command.
std::string sweep_text(const SweepView& v);
std::string sweep_markdown(const SweepView& v);
// The sweep in one of text, md, json, csv or html (the writers below).
std::string render_sweep(const SweepView& v, Format f);
std::string sweep_json(const SweepView& v);
std::string sweep_csv(const SweepView& v);  // one row per trial
// Self-contained HTML: heat map of the objective over the first two swept dimensions, the Pareto
// front (or the objective against TTFT), the table of points and the reproducing command.
std::string sweep_html(const SweepView& v);
report::html::Page sweep_page(const SweepView& v);  // the same page, to embed in a dashboard

}  // namespace chimera::tune
