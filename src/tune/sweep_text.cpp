// `chimera sweep` / `chimera report STORE` on a terminal: what to read first, in 80 columns. The
// Markdown, HTML, JSON and CSV reports carry every metric, the Pareto front and the definitions.
#include <fmt/format.h>

#include "chimera/core/numeric.hpp"
#include "chimera/core/terminal.hpp"
#include "chimera/tune/sweep_report.hpp"

namespace chimera::tune {
namespace {

std::string mean_cell(const PointSummary& p, const std::string& metric) {
  const auto m = p.mean.find(metric);
  return m == p.mean.end() ? "n/a" : numeric::format_figure(m->second);
}

// The objective metrics, then TTFT p50 and E2E p95 when they are not among them: at most three.
std::vector<std::string> columns(const SweepView& v) {
  std::vector<std::string> cols;
  for (const auto& m : v.objective.metrics) {
    if (cols.size() < 3) cols.push_back(m);
  }
  for (const char* extra : {"ttft_p50_ms", "e2e_p95_ms"}) {
    if (cols.size() >= 3) break;
    if (std::find(cols.begin(), cols.end(), extra) == cols.end()) cols.emplace_back(extra);
  }
  return cols;
}

// A shell command as lines of at most `max` columns where it can, broken only before an option
// outside quotes and continued with a backslash: still one command when pasted.
std::string shell_lines(const std::string& cmd, std::size_t max) {
  std::vector<std::string> parts;  // split before " -" outside single quotes
  bool quoted = false;
  std::size_t from = 0;
  for (std::size_t i = 0; i + 1 < cmd.size(); ++i) {
    if (cmd[i] == '\'') quoted = !quoted;
    if (!quoted && cmd[i] == ' ' && cmd[i + 1] == '-') {
      parts.push_back(cmd.substr(from, i - from));
      from = i + 1;
    }
  }
  parts.push_back(cmd.substr(from));
  std::string out = "  ", line;
  for (const auto& p : parts) {
    if (!line.empty() && 2 + line.size() + 1 + p.size() + 2 > max) {
      out += line + " \\\n    ";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + p;
  }
  return out + line;
}

}  // namespace

std::string sweep_text(const SweepView& v) {
  const auto& o = v.objective;
  std::string objective;
  for (std::size_t i = 0; i < o.metrics.size(); ++i)
    objective += (i ? ", " : "") +
                 std::string(metric_info(o.metrics[i])->direction > 0 ? "maximise " : "minimise ") +
                 o.metrics[i];
  std::size_t failed = 0;
  for (const auto& t : v.trials) failed += !t.ok;
  std::string s =
      fmt::format("Sweep {}, created {}\n{} trial(s), {} failed, over {} point(s); {}\n",
                  v.sweep.id, v.sweep.created, v.trials.size(), failed, v.points.size(), objective);
  if (!v.incomplete.empty()) s += "Incomplete: " + v.incomplete + "\n";
  if (v.best) {
    const auto& b = v.points[*v.best];
    s += fmt::format("\n{}: {}\n", v.ranking.best ? "Best" : "Leader", b.key);
    for (const auto& m : o.metrics) s += fmt::format("  {}: {}\n", m, with_ci(b, m));
    s += "  " + leadership(v) + "\n";
  } else {
    s += "\nNo point succeeded and met every constraint.\n";
  }
  const auto cols = columns(v);
  // Point names take what the other columns leave of 80.
  const std::size_t point_w = 79 - 5 - 6 - cols.size() * 13;
  s += fmt::format("\n{:>4} {:<{}} {:>5}", "#", "point", point_w, "ok");
  for (const auto& c : cols) s += fmt::format(" {:>12}", term::fit(c, 12));
  s += "\n";
  for (std::size_t i = 0; i < v.points.size(); ++i) {
    const auto& p = v.points[i];
    const std::string mark = v.best && *v.best == i ? (v.ranking.best ? "*" : "+") : "";
    s += fmt::format("{:>4} {:<{}} {:>5}", std::to_string(i + 1) + mark, term::fit(p.key, point_w),
                     point_w, fmt::format("{}/{}", p.ok, p.trials));
    for (const auto& c : cols) s += fmt::format(" {:>12}", term::fit(mean_cell(p, c), 12));
    s += "\n";
  }
  s += fmt::format("{}Means over the successful trials.\n",
                   !v.best          ? ""
                   : v.ranking.best ? "* best. "
                                    : "+ leader, not separated from the others by noise. ");
  s += "\nEvery metric, intervals, Pareto front, definitions: --format md, html, json or csv, or "
       "-o FILE.md\n";
  s = term::wrap(s, 80);
  // The command is broken only between its arguments (a line break inside a quoted prompt would
  // change it), so a long argument may run past 80 columns.
  if (v.best)
    s += "\nReproduce the " + std::string(v.ranking.best ? "best" : "leading") + " point:\n" +
         shell_lines(reproduce_command(v.sweep.command, v.points[*v.best]), 80) + "\n";
  return s;
}

std::string render_sweep(const SweepView& v, Format f) {
  switch (f) {
    case Format::json:
      return sweep_json(v);
    case Format::csv:
      return sweep_csv(v);
    case Format::html:
      return sweep_html(v);
    case Format::text:
      return sweep_text(v);
    default:
      return sweep_markdown(v);
  }
}

}  // namespace chimera::tune
