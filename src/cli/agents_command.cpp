#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdlib>
#include <iostream>

#include "chimera/agent/scenario.hpp"
#include "chimera/backend/backend.hpp"
#include "chimera/cli/cli.hpp"
#include "chimera/cli/progress.hpp"
#include "chimera/cli/support.hpp"

namespace chimera::cli {

void add_agents_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<agent::AgentsOptions>();
  auto layout = std::make_shared<std::string>("chimera");
  auto url = std::make_shared<std::string>();
  auto key_env = std::make_shared<std::string>();
  auto opts = std::make_shared<std::array<std::string, 3>>();
  auto config = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand(
      "agents",
      "Run agents concurrently over an artifact tree, as the "
      "reference did: DataCollector-9000 (A) and\n"
      "InsightAgent (B), each ingesting, asking the model for an "
      "analysis, then for a report; or any number\n"
      "of agents from --config FILE (TOML, see "
      "examples/agents.toml). Writes per run one report per agent\n"
      "(collector_report.md, insight_report.md, ...), "
      "combined_report.md, metrics.json, and summary.json/md and report.html (timelines).\n"
      "Reports speedup, efficiency and contention as the reference "
      "defined them, and each agent's slowdown\n"
      "against its own solo run.");
  cmd->add_option("DIR", o->dir, "Artifact tree")->required();
  cmd->add_option(
         "--scenario", o->scenario,
         "baseline_vs_chimera (A: server defaults, B: --options), chimera_hetero (A: --options-a,\n"
         "B: --options-b), chimera_homo (both --options)")
      ->check(CLI::IsMember({"baseline_vs_chimera", "chimera_hetero", "chimera_homo"}))
      ->capture_default_str();
  cmd->add_option("--backend", o->backend, "ollama, openai or embedded")->capture_default_str();
  cmd->add_option("--url", *url, "One server for both agents");
  cmd->add_option("--url-a", o->url_a, "Agent A's server (dual-server set-up)");
  cmd->add_option("--url-b", o->url_b, "Agent B's server");
  cmd->add_option("--model", o->model, "Model name, tag or GGUF path (required without --config)");
  cmd->add_option("--config", *config,
                  "Agents config file (TOML): name, backend, url, model, options, runs, warmup,\n"
                  "solo, and one [[agent]] table per agent (persona, name, backend, url, model,\n"
                  "options). Flags given on the command line override the file's top level.")
      ->check(CLI::ExistingFile);
  cmd->add_option("--options", (*opts)[0], "Chimera options, k=v,... or JSON");
  cmd->add_option("--options-a", (*opts)[1], "Agent A's options (chimera_hetero)");
  cmd->add_option("--options-b", (*opts)[2], "Agent B's options (chimera_hetero)");
  cmd->add_option("--runs", o->runs, "Concurrent runs")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
  cmd->add_option("--warmup", o->warmup, "Unmeasured calls per agent before each run")
      ->capture_default_str();
  cmd->add_flag(
      "--no-solo", [o](std::int64_t) { o->solo = false; },
      "Skip the solo runs (no slowdown figures)");
  cmd->add_flag("--resume", o->resume,
                "Continue an interrupted invocation in --out: completed runs (run_N/metrics.json) "
                "and\nsolo runs (solo.json) are kept, not repeated nor stored again");
  cmd->add_option("--out", o->out, "Output folder")->capture_default_str();
  cmd->add_option("--layout", *layout, "How to read DIR: chimera (reports/, csv_data/) or all")
      ->check(CLI::IsMember({"all", "chimera"}))
      ->capture_default_str();
  cmd->add_option("--prompts", o->prompts,
                  "Folder with analysis.md, report.md and personas/ (default: shipped)");
  o->store = "chimera-results.db";
  cmd->add_option("--store", o->store,
                  "Results store each run is appended to as it completes: an SQLite file or a\n"
                  "postgresql:// URL (\"\" for none)")
      ->capture_default_str();
  cmd->add_option("--api-key-env", *key_env, "Environment variable holding a bearer key (openai)");
  auto quiet = std::make_shared<bool>(false), strict = std::make_shared<bool>(false);
  add_strict_options_flag(cmd, *strict);
  cmd->add_flag("-q,--quiet", *quiet, "No progress");
  cmd->callback([cmd, o, layout, url, key_env, opts, config, quiet, strict, &exit_code] {
    o->layout = *layout == "all" ? ingest::Layout::all : ingest::Layout::chimera;
    if (!config->empty()) {
      for (const char* f :
           {"--scenario", "--options", "--options-a", "--options-b", "--url-a", "--url-b"}) {
        if (cmd->count(f) > 0) {
          std::cerr << "chimera agents: " << f
                    << " cannot be combined with --config: set it in the file\n";
          exit_code = kExitUsage;
          return;
        }
      }
      const agent::AgentsOptions flags = *o;
      auto loaded = agent::load_agents_config(*config, *o);
      if (!loaded) {
        exit_code = report_error(loaded.error());
        return;
      }
      *o = loaded.value();
      if (cmd->count("--backend")) o->backend = flags.backend;
      if (cmd->count("--model")) o->model = flags.model;
      if (cmd->count("--runs")) o->runs = flags.runs;
      if (cmd->count("--warmup")) o->warmup = flags.warmup;
      if (cmd->count("--no-solo")) o->solo = false;
      if (cmd->count("--url")) o->url_a = *url;
      if (o->url_a.empty()) o->url_a = backend::default_url(o->backend);
    } else if (o->model.empty()) {
      std::cerr << "chimera agents: --model is required (or give the agents in --config FILE)\n";
      exit_code = kExitUsage;
      return;
    }
    if (o->url_a.empty()) o->url_a = url->empty() ? backend::default_url(o->backend) : *url;
    if (o->url_b.empty()) o->url_b = url->empty() ? o->url_a : *url;
    if (o->backend == "embedded") o->url_a = o->url_b = "in-process";
    for (std::size_t i = 0; i < 3 && config->empty(); ++i) {
      const char* flag = i == 0 ? "--options" : i == 1 ? "--options-a" : "--options-b";
      if (auto st = check_option_names(backend::option_names_in((*opts)[i]), flag, *strict); !st) {
        exit_code = report_error(st.error());
        return;
      }
      auto j = backend::options_to_json((*opts)[i]);
      if (!j) {
        exit_code = report_error(j.error());
        return;
      }
      (i == 0 ? o->options : i == 1 ? o->options_a : o->options_b) = j.value();
    }
    auto key = key_from_env(*key_env);
    if (!key) {
      exit_code = report_error(key.error());
      return;
    }
    o->api_key = key.value();
    if (auto st = check_output_path(o->out, "--out", true); !st) {
      exit_code = report_error(st.error());
      return;
    }
    Progress progress("chimera agents", *quiet, false);
    const double steps =
        static_cast<double>((o->solo ? (o->agents.empty() ? 2 : o->agents.size()) : 0) +
                            static_cast<std::size_t>(o->runs));
    int step = 0;
    auto sum = agent::run_agents(*o, [&](const std::string& m) {
      progress.line(m);
      progress.update(std::min(0.99, step++ / steps), m);
    });
    progress.done();
    if (!sum) {
      exit_code = report_error(sum.error());
      return;
    }
    bool all_ok = true;
    for (const auto& r : sum.value().runs) {
      for (const auto& a : r.agents) {
        all_ok = all_ok && a.ok;
        if (!a.ok)
          std::cerr << "chimera agents: run " << r.index << ", " << a.config.persona.name
                    << " failed: " << a.error << "\n";
      }
    }
    std::cout << "chimera agents: reports in " << o->out.string()
              << " (summary.md, report.html, run_N/)\n";
    exit_code = all_ok ? kExitOk : kExitFailure;
  });
}

}  // namespace chimera::cli
