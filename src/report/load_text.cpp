// `chimera load` on a terminal: what a person reads first, in 80 columns. The full Markdown, JSON
// and HTML reports carry every column, the environment and the definitions.
#include <fmt/format.h>

#include <set>
#include <sstream>

#include "chimera/core/terminal.hpp"
#include "chimera/report/load_writers.hpp"

namespace chimera::report {
namespace {

std::string cell(const std::optional<double>& v, const char* f) {
  return v ? fmt::format(fmt::runtime(f), *v) : "n/a";
}

// "4 levels (c=1, c=2): TTFT p95 from 4 values, 20 needed": the percentiles too few requests
// support, once for all levels.
std::string small_sample_note(const LoadReport& r) {
  std::vector<std::string> levels;
  std::set<std::size_t> sizes;
  for (const auto& l : r.levels) {
    const auto& t = l.summary.ttft;
    if (t.n == 0 || t.n >= 20) continue;
    levels.push_back(level_name(r, l));
    sizes.insert(t.n);
  }
  if (levels.empty()) return "";
  std::string names, ns;
  for (const auto& n : levels) names += (names.empty() ? "" : ", ") + n;
  for (const auto n : sizes) ns += (ns.empty() ? "" : "/") + std::to_string(n);
  return fmt::format(
      "{}: p95 from {} request(s) (20 needed): near the slowest request, not a percentile; "
      "measure more requests (--requests or --duration)",
      names, ns);
}

}  // namespace

std::string load_text(const LoadReport& r) {
  std::string slos;
  for (const auto& x : r.slos) slos += (slos.empty() ? "" : ", ") + x.text;
  std::string s =
      fmt::format("Load benchmark: {} on {} {}\n{} loop; {}\nWorkload: {}\nSLOs: {}; GPU: {}\n\n",
                  r.model, r.backend, r.url, r.mode == "open" ? "Open" : "Closed", r.phases,
                  r.workload, slos.empty() ? "none" : slos, r.gpu);
  const bool open = r.mode == "open";
  s += fmt::format("{:>6} {:>7} {:>7} {:>9} {:>8} {:>8} {:>8} {:>8} {:>9}\n",
                   open ? "rate" : "conc", "ok/sent", "req/s", "out tok/s", "TTFT p50", "TTFT p95",
                   "TPOT p50", "E2E p95", "prompt/s");
  bool interrupted = false;
  for (const auto& l : r.levels) {
    const auto& m = l.summary;
    s += fmt::format("{:>6} {:>7} {:>7.2f} {:>9.1f} {:>8} {:>8} {:>8} {:>8} {:>9}\n",
                     fmt::format("{:g}{}", l.level, m.interrupted ? "*" : ""),
                     fmt::format("{}/{}", m.ok, m.measured), m.requests_per_s, m.output_tok_s,
                     cell(m.ttft.p50, "{:.1f}"), cell(m.ttft.p95, "{:.1f}"),
                     cell(m.tpot.p50, "{:.2f}"), cell(m.e2e.p95, "{:.1f}"),
                     cell(m.prompt_tok_s.p50, "{:.0f}"));
    interrupted = interrupted || m.interrupted;
  }
  if (interrupted) s += fmt::format("{:>6} interrupted: figures over the part that ran\n", "*");
  s += fmt::format(
      "\n{}Times in ms, type 7 percentiles. prompt/s: the server's prompt-eval rate, p50.\n",
      open ? "rate: offered req/s; req/s: achieved. " : "");
  bool slo_rows = false;
  for (const auto& l : r.levels) slo_rows = slo_rows || l.summary.goodput_rps;
  if (slo_rows) {
    for (const auto& l : r.levels) {
      const auto& m = l.summary;
      if (!m.goodput_rps) continue;
      s += fmt::format("{}: goodput {:.2f} req/s, {} of requests within every SLO\n",
                       level_name(r, l), *m.goodput_rps,
                       m.slo_attainment ? fmt::format("{:.0f} %", *m.slo_attainment * 100) : "n/a");
    }
  }
  std::vector<std::string> notes = load_notes(r);
  if (const auto small = small_sample_note(r); !small.empty()) notes.push_back(small);
  if (!notes.empty()) s += "\nNotes:\n";
  for (const auto& n : notes) s += "- " + n + "\n";
  s += "\nAll columns, environment, definitions: --format md, html or json, or -o FILE.md\n";
  return term::wrap(s, 80);
}

std::string render_load(const LoadReport& r, Format f) {
  switch (f) {
    case Format::json: {
      std::ostringstream ss;
      load_json(ss, r);
      return ss.str();
    }
    case Format::html:
      return load_html(r);
    case Format::text:
      return load_text(r);
    default:
      return load_markdown(r);
  }
}

}  // namespace chimera::report
