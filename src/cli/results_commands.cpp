// chimera report, merge and compare: reading results stores and result files.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>

#include "chimera/cli/cli.hpp"
#include "chimera/cli/support.hpp"
#include "chimera/orchestrate/store_metrics.hpp"
#include "chimera/orchestrate/stored_results.hpp"
#include "chimera/report/load_writers.hpp"
#include "chimera/store/location.hpp"
#include "chimera/store/results_store.hpp"
#include "chimera/store/trial_store.hpp"
#include "chimera/tune/compare.hpp"
#include "chimera/tune/sweep_report.hpp"

namespace chimera::cli {
namespace {

// An existing file or a postgresql:// URL.
CLI::Validator store_location() {
  return CLI::Validator(
      [](const std::string& v) -> std::string {
        std::error_code ec;
        if (store::is_postgres_url(v) || std::filesystem::is_regular_file(v, ec)) return "";
        return "File does not exist: " + v + " (nor is it a postgresql:// URL)";
      },
      "STORE");
}

struct ReportArgs {
  std::string store, sweep, load, agents, run, output;
  Format format = Format::text;  // md when -o is given without --format
  bool list = false;
};

// Picks the result the flags name: `want` ("" = the latest) among `items` by `id_of`.
template <typename T, typename F>
const T* pick(const std::vector<T>& items, const std::string& want, F id_of) {
  if (want.empty()) return items.empty() ? nullptr : &items.back();
  const auto it =
      std::find_if(items.begin(), items.end(), [&](const T& x) { return id_of(x) == want; });
  return it == items.end() ? nullptr : &*it;
}

Error not_in_store(const ReportArgs& a, const std::string& what, const std::string& id) {
  return Error{ErrorCode::usage, "no " + what + " '" + id + "' in the store",
               "list them with: chimera report " + store::display_location(a.store) + " --list"};
}

Error csv_for_sweeps(const std::string& what) {
  return Error{ErrorCode::usage, "--format csv is for sweeps", "use md, json or html for " + what};
}

// A load run, an agents invocation or a run comparison (a store without a sweep, or one named
// by --load, --agents or --run): the first kind present, unless a flag names one.
int report_other(const ReportArgs& a, const orchestrate::StoreContents& c) {
  std::string text;
  const std::string shown = store::display_location(a.store);  // never a password
  const bool load = !a.load.empty() || (a.agents.empty() && a.run.empty() && !c.loads.empty());
  const bool agents = !load && (!a.agents.empty() || (a.run.empty() && !c.agents.empty()));
  if (load) {
    const auto* l = pick(c.loads, a.load, [](const auto& x) { return x.id; });
    if (!l) return report_error(not_in_store(a, "load run", a.load));
    if (a.format == Format::csv) return report_error(csv_for_sweeps("a load run"));
    text = report::render_load(l->report, a.format);
  } else if (agents) {
    const auto* s = pick(c.agents, a.agents, [](const auto& x) { return x.invocation; });
    if (!s) return report_error(not_in_store(a, "agents run", a.agents));
    if (a.format == Format::csv) return report_error(csv_for_sweeps("an agents run"));
    text = a.format == Format::json   ? orchestrate::agents_json(*s)
           : a.format == Format::html ? orchestrate::agents_page(*s, shown).finish()
                                      : orchestrate::agents_markdown(*s, shown);
  } else {
    const auto* r = pick(c.runs, a.run, [](const auto& x) { return x.invocation; });
    if (!r && a.run.empty())
      return report_error(
          Error{ErrorCode::input,
                "'" + shown + "' holds no sweep, load run, agents run or run comparison",
                "run chimera sweep, load, agents or run with --store FILE first"});
    if (!r) return report_error(not_in_store(a, "run comparison", a.run));
    if (a.format == Format::csv) return report_error(csv_for_sweeps("a run comparison"));
    const auto out = orchestrate::run_outputs(*r, shown);
    text = a.format == Format::json ? out.json : a.format == Format::html ? out.html : out.markdown;
  }
  auto w = write_output(a.output, text);
  return w ? kExitOk : report_error(w.error());
}

int run_report(const ReportArgs& a) {
  if (!store::is_store(a.store))
    return report_error(Error{ErrorCode::input,
                              "'" + store::display_location(a.store) + "' is not a results store",
                              "give the SQLite file or postgresql:// URL written by chimera "
                              "sweep, load, agents or run --store"});
  auto st = store::TrialStore::open(a.store);
  if (!st) return report_error(st.error());
  auto c = orchestrate::read_store(a.store);
  if (!c) return report_error(c.error());
  const auto& contents = c.value();
  if (a.list) {
    std::cout << orchestrate::list_store(contents, *st.value());
    return kExitOk;
  }
  if (a.format == Format::openmetrics) {  // everything, for Prometheus
    auto text = orchestrate::store_openmetrics(contents, *st.value());
    if (!text) return report_error(text.error());
    if (contents.items() == 0)
      std::cerr << "chimera report: " << store::display_location(a.store)
                << " holds no sweep, load run or agents run: the exposition is empty\n";
    auto w = write_output(a.output, text.value());
    return w ? kExitOk : report_error(w.error());
  }
  const bool named = !a.sweep.empty() || !a.load.empty() || !a.agents.empty() || !a.run.empty();
  if (a.format == Format::html && !named && contents.items() > 1) {  // everything, linked
    auto page = orchestrate::dashboard_html(contents, *st.value());
    if (!page) return report_error(page.error());
    auto w = write_output(a.output, page.value());
    return w ? kExitOk : report_error(w.error());
  }
  if (!a.sweep.empty() || (!named && !contents.sweeps.empty())) {
    auto v = tune::load_sweep(*st.value(), a.sweep);
    if (!v) return report_error(v.error());
    auto w = write_output(a.output, tune::render_sweep(v.value(), a.format));
    return w ? kExitOk : report_error(w.error());
  }
  return report_other(a, contents);
}

void add_report(CLI::App& app, int& exit_code) {
  using Args = ReportArgs;
  auto a = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand(
      "report",
      "Report a sweep from a results store (any store chimera sweep wrote, merged ones included):\n"
      "best configuration with its interval (or the leading one and those tied with it within\n"
      "noise), Pareto front, every point, the reproducing command.\n"
      "A store without sweeps reports its latest load run (chimera load --store), and one\n"
      "without load runs its latest agents run (chimera agents --store), then its latest\n"
      "baseline-vs-Chimera comparison (chimera run --store). On a terminal: an 80-column\n"
      "summary; --format html on a store with several results: one dashboard linking to each.");
  cmd->add_option("STORE", a->store, "Results store: an SQLite file or a postgresql:// URL")
      ->required()
      ->check(store_location());
  cmd->add_option("--sweep", a->sweep, "Sweep id (default: the most recent); see --list");
  cmd->add_flag("--list", a->list,
                "List every result in the store: sweeps, load runs, agents runs, run comparisons");
  cmd->add_option("--load", a->load,
                  "Load run id, in a store without sweeps (default: the latest)");
  cmd->add_option("--agents", a->agents,
                  "chimera agents invocation id (see --list); default in a store with no sweep\n"
                  "and no load run: the latest");
  cmd->add_option("--run", a->run,
                  "chimera run comparison id (see --list); default in a store with nothing else:\n"
                  "the latest");
  auto* format = add_format_option(
      cmd, a->format,
      {Format::text, Format::md, Format::json, Format::csv, Format::html, Format::openmetrics},
      "text: an 80-column summary of a sweep or load run (the default on stdout; agents runs\n"
      "and run comparisons print their Markdown); md: the full report (the default with -o);\n"
      "csv: one row per trial (sweeps); openmetrics: every configuration's latest result and\n"
      "its regression against the previous one, for Prometheus (node_exporter's textfile\n"
      "collector or a Pushgateway; base units; labels source, model, config, statistic)");
  add_output_option(cmd, a->output, "Write to FILE instead of stdout");
  cmd->callback([a, format, &exit_code] {
    if (format->count() == 0 && !a->output.empty()) a->format = Format::md;
    exit_code = run_report(*a);
  });
}

void add_merge(CLI::App& app, int& exit_code) {
  struct Args {
    std::string out;
    std::vector<std::string> in;
  };
  auto a = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand(
      "merge",
      "Combine results stores (e.g. the shards of one sweep run as a job array) into OUT. Trials\n"
      "already in OUT are kept once; merging the same store twice adds nothing.");
  cmd->add_option("OUT", a->out,
                  "Store to merge into (created if missing): an SQLite file or a postgresql:// URL")
      ->required();
  cmd->add_option("STORES", a->in, "Stores to merge (SQLite files or postgresql:// URLs)")
      ->required()
      ->check(store_location());
  cmd->callback([a, &exit_code] {
    auto st = store::TrialStore::open(a->out);
    if (!st) {
      exit_code = report_error(st.error());
      return;
    }
    for (const auto& in : a->in) {
      if (!store::is_store(in)) {
        exit_code = report_error(
            Error{ErrorCode::input, "'" + store::display_location(in) + "' is not a results store",
                  "give SQLite files or postgresql:// URLs written by "
                  "chimera sweep, load, agents or run --store"});
        return;
      }
      auto n = st.value()->merge_from(in);
      if (!n) {
        exit_code = report_error(n.error());
        return;
      }
      std::cerr << "chimera merge: " << store::display_location(in) << ": " << n.value()
                << " trial(s) added\n";
    }
    exit_code = kExitOk;
  });
}

void add_compare(CLI::App& app, int& exit_code) {
  struct Args {
    std::string base, candidate, base_sweep, candidate_sweep, output, junit;
    double alpha = 0.05, fail_pct = -1;
  };
  auto a = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand(
      "compare",
      "Compare two result sets: results stores (the best point of a sweep; in a store without\n"
      "sweeps, the runs of its latest chimera agents invocation) or JSON / JSON Lines from probe\n"
      "and agents (summary.json). A chimera run is its own comparison. Per metric: means, delta, "
      "its 95 % CI and a Welch test; with\n"
      "--fail-on-regression PCT, exit 1 when a metric is significantly worse by PCT % or more, so\n"
      "a CI job can gate on performance. Writes Markdown (stdout or -o) and JUnit XML (--junit).");
  cmd->add_option("BASE", a->base, "Baseline result set (a file or a postgresql:// store)")
      ->required()
      ->check(store_location());
  cmd->add_option("CANDIDATE", a->candidate, "Candidate result set")
      ->required()
      ->check(store_location());
  cmd->add_option("--base-sweep", a->base_sweep, "Sweep id in a BASE store (default: latest)");
  cmd->add_option("--candidate-sweep", a->candidate_sweep, "Sweep id in a CANDIDATE store");
  cmd->add_option("--alpha", a->alpha, "Significance level")
      ->check(CLI::Range(1e-6, 0.5))
      ->capture_default_str();
  cmd->add_option("--fail-on-regression", a->fail_pct,
                  "Exit 1 when a metric is significantly worse by at least PCT %")
      ->check(CLI::Range(0.0, 1e9));
  add_output_option(cmd, a->output, "Write the Markdown to FILE");
  cmd->add_option("--junit", a->junit, "Write JUnit XML to FILE (one test case per metric)");
  cmd->callback([a, &exit_code] {
    auto b = tune::load_samples(a->base, a->base_sweep);
    if (!b) {
      exit_code = report_error(b.error());
      return;
    }
    auto c = tune::load_samples(a->candidate, a->candidate_sweep);
    if (!c) {
      exit_code = report_error(c.error());
      return;
    }
    const std::optional<double> fail = a->fail_pct >= 0 ? std::optional(a->fail_pct) : std::nullopt;
    const auto cmp = tune::compare(b.value(), c.value(), a->alpha, fail);
    if (cmp.rows.empty()) {
      exit_code = report_error(Error{
          ErrorCode::input, "no metric is measured in both result sets",
          "compare results of the same kind (probe with probe, a sweep store with a sweep store)"});
      return;
    }
    if (auto w = write_output(a->output, tune::comparison_markdown(cmp)); !w) {
      exit_code = report_error(w.error());
      return;
    }
    if (!a->junit.empty()) {
      if (auto w = write_output(a->junit, tune::comparison_junit(cmp)); !w) {
        exit_code = report_error(w.error());
        return;
      }
    }
    std::cerr << "chimera compare: " << cmp.rows.size() << " metric(s), " << cmp.regressions()
              << " regression(s)\n";
    exit_code = fail && cmp.regressions() > 0 ? kExitFailure : kExitOk;
  });
}

}  // namespace

void add_results_commands(CLI::App& app, int& exit_code) {
  add_report(app, exit_code);
  add_merge(app, exit_code);
  add_compare(app, exit_code);
}

}  // namespace chimera::cli
