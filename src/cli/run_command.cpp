#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>

#include "chimera/agent/compare_run.hpp"
#include "chimera/backend/backend.hpp"
#include "chimera/cli/cli.hpp"
#include "chimera/cli/support.hpp"

namespace chimera::cli {

void add_run_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<agent::RunOptions>();
  auto layout = std::make_shared<std::string>("chimera");
  auto key_env = std::make_shared<std::string>();
  auto quiet = std::make_shared<bool>(false), strict = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand("run",
                                     "One agent, baseline against tuned (\"Chimera\") options, N "
                                     "runs each, alternating. Writes baseline_report.md,\n"
                                     "chimera_report.md, comparison_report.md (mean ± sd, CV, 95 % "
                                     "CI, delta, Welch p and a verdict per metric)\n"
                                     "metrics.json, report.html (charts with intervals) and "
                                     "runs.jsonl\n(every run's calls, timings and answer "
                                     "quality, appended as it completes).");
  cmd->add_option("DIR", o->dir, "Artifact tree")->required();
  cmd->add_option("--backend", o->backend, "ollama, openai or embedded")->capture_default_str();
  cmd->add_option("--url", o->url,
                  "Server URL (default http://127.0.0.1:11434 for ollama, :8000 for openai)");
  cmd->add_option("--model", o->model, "Model name, tag or GGUF path")->required();
  cmd->add_option("--options", o->options, "Tuned options, k=v,... or JSON");
  cmd->add_option("--baseline-options", o->baseline_options,
                  "Baseline options (default: server defaults)");
  cmd->add_option("--runs", o->runs, "Runs per side")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
  cmd->add_option("--warmup", o->warmup, "Unmeasured calls before each run")->capture_default_str();
  cmd->add_option("--persona", o->persona, "Persona file in prompts/personas/")
      ->capture_default_str();
  cmd->add_option("--out", o->out, "Output folder")->capture_default_str();
  cmd->add_flag("-q,--quiet", *quiet, "No progress lines (failures are still reported)");
  add_strict_options_flag(cmd, *strict);
  cmd->add_option("--layout", *layout, "How to read DIR: chimera or all")
      ->check(CLI::IsMember({"all", "chimera"}))
      ->capture_default_str();
  cmd->add_option("--prompts", o->prompts, "Folder with analysis.md, report.md and personas/");
  o->store = "chimera-results.db";
  cmd->add_option("--store", o->store,
                  "Results store each run is appended to: an SQLite file or a postgresql:// URL\n"
                  "(\"\" for none)")
      ->capture_default_str();
  cmd->add_option("--api-key-env", *key_env, "Environment variable holding a bearer key (openai)");
  cmd->callback([o, layout, key_env, quiet, strict, &exit_code] {
    o->layout = *layout == "all" ? ingest::Layout::all : ingest::Layout::chimera;
    if (o->url.empty()) o->url = backend::default_url(o->backend);
    for (auto* s : {&o->options, &o->baseline_options}) {
      if (auto st =
              check_option_names(backend::option_names_in(*s),
                                 s == &o->options ? "--options" : "--baseline-options", *strict);
          !st) {
        exit_code = report_error(st.error());
        return;
      }
      auto j = backend::options_to_json(*s);
      if (!j) {
        exit_code = report_error(j.error());
        return;
      }
      *s = j.value();
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
    auto r = agent::run_compare(*o, [quiet](const std::string& m) {
      if (!*quiet) std::cerr << "chimera run: " << m << "\n";
    });
    if (!r) {
      exit_code = report_error(r.error());
      return;
    }
    bool ok = true;
    for (const auto* side : {&r.value().baseline, &r.value().tuned}) {
      for (const auto& run : *side) {
        if (!run.ok) std::cerr << "chimera run: a run failed: " << run.error << "\n";
        ok = ok && run.ok;
      }
    }
    if (!*quiet) std::cout << "chimera run: " << (o->out / "comparison_report.md").string() << "\n";
    exit_code = ok ? kExitOk : kExitFailure;
  });
}

}  // namespace chimera::cli
