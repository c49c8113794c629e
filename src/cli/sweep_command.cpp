// chimera sweep: tune server options by grid, random or Bayesian search over a probe workload,
// every trial committed to the results store as it completes, resumable after any stop.
#include <CLI/CLI.hpp>
#include <csignal>
#include <iostream>

#include "chimera/backend/backend.hpp"
#include "chimera/cli/cli.hpp"
#include "chimera/cli/progress.hpp"
#include "chimera/cli/support.hpp"
#include "chimera/measure/runner.hpp"
#include "chimera/store/location.hpp"
#include "chimera/tune/sweep.hpp"
#include "chimera/tune/sweep_report.hpp"
#include "chimera/tune/workload.hpp"

namespace chimera::cli {
namespace {

struct SweepArgs {
  std::string backend = "ollama", url, model, options, prompt, prompt_file, system, api_key_env;
  std::string endpoint = "chat", strategy = "grid", output, shard = "0/1", name;
  Format format = Format::text;  // md when -o is given without --format
  std::string space_file, store = "chimera-results.db", prompt_set, workload = "probe", dir;
  std::string persona = "insight-agent";
  std::vector<std::string> params, objectives, constraints;
  std::vector<double> weights;
  bool strict_options = false;
  std::size_t requests = 3, warmup = 1, budget = 0;
  std::uint64_t seed = 1;
  int repeats = 1;
  double ci_target = 0;
  bool resume = false, quiet = false, verbose = false;
};

void on_sigint(int) {
  transport::HttpClient::interrupt();
}

int run_sweep_command(const SweepArgs& a) {
  const auto fail = [](const Error& e) { return report_error(e); };
  // Checked before the sweep runs: a bad -o must not surface only after hours of trials.
  if (auto st = check_output_path(a.output, "-o"); !st) return fail(st.error());
  std::vector<std::string> params = a.params;
  if (!a.space_file.empty()) {
    auto more = tune::space_params_from_toml(a.space_file);
    if (!more) return fail(more.error());
    params.insert(params.end(), more.value().begin(), more.value().end());
  }
  auto space = tune::make_space(params);
  if (!space) return fail(space.error());
  std::vector<std::string> dims;  // a mistyped option would be swept for nothing
  for (const auto& d : space.value().dims) {
    if (d.name != "model") dims.push_back(d.name);
  }
  if (auto st = check_option_names(dims, "--param", a.strict_options); !st) return fail(st.error());
  if (auto st =
          check_option_names(backend::option_names_in(a.options), "--options", a.strict_options);
      !st)
    return fail(st.error());
  if (a.store.empty())  // the report, --resume and merge all read the trials back from it
    return fail(Error{ErrorCode::usage, "a sweep needs a results store: --store \"\" is not one",
                      "give --store FILE (default chimera-results.db); a temporary one: "
                      "--store /tmp/sweep.db"});
  std::vector<tune::Constraint> cons;
  for (const auto& c : a.constraints) {
    auto p = tune::parse_constraint(c);
    if (!p) return fail(p.error());
    cons.push_back(p.value());
  }
  auto objective = tune::make_objective(a.objectives, a.weights, cons);
  if (!objective) return fail(objective.error());
  auto shard = tune::parse_shard(a.shard);
  if (!shard) return fail(shard.error());
  if (a.model.empty() && space.value().models(a.model).front().empty())
    return fail(Error{ErrorCode::usage,
                      "no model: give --model, or sweep it with --param model=a,b",
                      "e.g. --model llama3.1:8b"});
  auto fixed = backend::options_to_json(a.options);
  if (!fixed) return fail(fixed.error());
  auto prompts = tune::workload_prompts(a.prompt, a.prompt_file, a.prompt_set);
  if (!prompts) return fail(prompts.error());
  auto key = key_from_env(a.api_key_env);
  if (!key) return fail(key.error());
  tune::Workload w;
  w.kind = a.workload;
  w.dir = a.dir;
  w.persona = a.persona;
  w.backend = a.backend;
  w.url = !a.url.empty() ? a.url : backend::default_url(a.backend);
  w.model = a.model;
  w.endpoint = a.endpoint;
  w.system = a.system;
  w.api_key = key.value();
  w.prompts = prompts.value();
  w.prompt_file = a.prompt_file;
  w.prompt_set = a.prompt_set;
  w.api_key_env = a.api_key_env;
  w.requests = a.requests;
  w.warmup = a.warmup;
  auto be = backend::make_backend(a.backend, backend::BackendConfig{w.url, w.api_key, {}});
  if (!be) return fail(be.error());
  std::shared_ptr<const backend::Backend> backend = std::move(be.value());
  {  // fail fast: the server and every model the sweep will ask for
    transport::HttpClient probe_http;
    for (const auto& m : space.value().models(a.model)) {
      if (auto st = measure::preflight(*backend, probe_http, m); !st) return fail(st.error());
    }
  }

  tune::SweepOptions o;
  o.name = a.name.empty() ? "sweep" : a.name;
  o.params = params;
  o.space = space.value();
  o.strategy = a.strategy;
  o.seed = a.seed;
  o.budget = a.budget;
  o.repeats = a.repeats;
  if (a.ci_target > 0) o.ci_target_pct = a.ci_target;
  o.objective = objective.value();
  o.shard = shard.value();
  o.fixed_options = fixed.value().empty() ? "{}" : fixed.value();
  o.model = a.model;
  o.store = a.store;
  o.resume = a.resume;
  o.workload_json = tune::workload_json(w);
  o.command = tune::reproduce_command(w);
  auto evaluate = tune::make_evaluator(w, backend, o.fixed_options, o.objective.constraints);
  if (!evaluate) return fail(evaluate.error());
  std::signal(SIGINT, on_sigint);
  Progress progress("chimera sweep", a.quiet, a.verbose);
  auto res = tune::run_sweep(o, evaluate.value(), [&](double fraction, const std::string& m) {
    if (transport::HttpClient::interrupted()) return;
    if (m.rfind("trial ", 0) == 0) {
      progress.update(fraction, m);
    } else {
      progress.line(m);
    }
  });
  progress.done();
  if (!res) return fail(res.error());
  auto st = store::TrialStore::open(a.store);
  if (!st) return fail(st.error());
  auto view = tune::load_sweep(*st.value(), res.value().sweep_id);
  if (!view) return fail(view.error());
  if (res.value().interrupted) {
    tune::mark_incomplete(view.value(),
                          "interrupted after " + std::to_string(view.value().trials.size()) +
                              " stored trial(s); the points not yet run may beat these: run "
                              "the same command with --resume to finish it");
  }
  const std::string text = tune::render_sweep(view.value(), a.format);
  if (auto wr = write_output(a.output, text); !wr) return fail(wr.error());
  std::cerr << "chimera sweep: " << res.value().trials_run << " trial(s) run, "
            << res.value().trials_kept << " kept from the store; all in "
            << store::display_location(a.store) << " (sweep " << res.value().sweep_id << ")\n";
  if (transport::HttpClient::interrupted()) {
    std::cerr << "chimera sweep: interrupted; completed trials are in the store: continue with "
                 "--resume\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace

void add_sweep_command(CLI::App& app, int& exit_code) {
  auto a = std::make_shared<SweepArgs>();
  CLI::App* cmd = app.add_subcommand(
      "sweep",
      "Tune server options: evaluate points of a search space (grid, random or Bayesian\n"
      "optimisation) with a probe workload, repeat each point, and report the best configuration\n"
      "with its interval (best only when its trials separate it from every other point; else the\n"
      "leading point and those tied with it), the Pareto front, every trial, and the command that\n"
      "reproduces the leading point.\n"
      "Every trial is committed to the results store as it completes; --resume continues after "
      "any\n"
      "stop (kill -9 included) without repeating or losing a completed trial.");
  cmd->add_option(
      "-p,--param", a->params,
      "A dimension, repeatable: NAME=a,b,c (list), NAME=lo-hi+step or NAME=lo-hi*factor\n"
      "(range), for any backend option or `model`; e.g. num_ctx=512,1024,2048\n"
      "num_gpu=60-120+20 num_batch=64-1024*2 model=llama3:8b-q4_0,llama3:8b-q8_0");
  cmd->add_option("--space", a->space_file,
                  "TOML file with a [space] table: num_ctx = [512, 1024], "
                  "num_gpu = \"60-120+20\"")
      ->check(CLI::ExistingFile);
  cmd->add_option("--strategy", a->strategy,
                  "grid (load-time options such as model, num_ctx, num_gpu change least often),\n"
                  "random (seeded), bayes (Gaussian process, Matérn 5/2, expected improvement)")
      ->check(CLI::IsMember({"grid", "random", "bayes"}))
      ->capture_default_str();
  cmd->add_option("--budget", a->budget,
                  "Points to evaluate (random, bayes; default: the whole grid)");
  cmd->add_option("--seed", a->seed, "Seed of random and bayes")->capture_default_str();
  cmd->add_option("--repeats", a->repeats, "Trials per point")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
  cmd->add_option("--ci-target", a->ci_target,
                  "Stop repeating a point once the 95 % CI half-width of the first objective is\n"
                  "within this % of its mean (after 2 trials)");
  cmd->add_option("--objective", a->objectives,
                  "Metric to optimise, repeatable (several: composite score + Pareto front):\n"
                  "decode_tok_s (default), output_tok_s, goodput_rps, ttft_p50_ms, ttft_p95_ms,\n"
                  "ttft_mean_ms, tpot_ms, e2e_p50_ms, e2e_p95_ms, load_ms, success_rate");
  cmd->add_option("--weights", a->weights, "One weight per --objective for the composite")
      ->delimiter(',');
  cmd->add_option(
      "--constraint", a->constraints,
      "Repeatable: METRIC<=VALUE or METRIC>=VALUE, e.g. ttft_p95_ms<=800, output_tokens>=64");
  cmd->add_option(
         "--shard", a->shard,
         "i/N: run slice i (0-based) of N of the grid, e.g. --shard $SLURM_ARRAY_TASK_ID/8;\n"
         "combine the stores with chimera merge")
      ->capture_default_str();
  cmd->add_option("--store", a->store,
                  "Results store: an SQLite file or a postgresql:// URL shared by shards")
      ->capture_default_str();
  cmd->add_flag("--resume", a->resume, "Continue this sweep from the store");
  cmd->add_option("--name", a->name, "Label of the sweep in reports");
  cmd->add_option("--backend", a->backend, "ollama, openai or embedded")
      ->check(CLI::IsMember(backend::backend_kinds()))
      ->capture_default_str();
  cmd->add_option("--url", a->url, "Server base URL");
  cmd->add_option("--model", a->model, "Model (unless swept with --param model=...)");
  add_strict_options_flag(cmd, a->strict_options);
  cmd->add_option("--options", a->options,
                  "Options every point gets (k=v,... or JSON), e.g. num_predict=128");
  cmd->add_option("--prompt", a->prompt, "Prompt text of the probe workload");
  cmd->add_option("--prompt-file", a->prompt_file, "Read the prompt from a file");
  cmd->add_option("--prompt-set", a->prompt_set,
                  "A file with one prompt per line: every trial sends each (-n times)")
      ->check(CLI::ExistingFile);
  cmd->add_option("--workload", a->workload,
                  "probe (requests with the prompt or prompt set) or agent (one agent run per\n"
                  "trial over --dir: ingest, analysis call, report call; metric workflow_s)")
      ->check(CLI::IsMember({"probe", "agent"}))
      ->capture_default_str();
  cmd->add_option("--dir", a->dir, "Artifact tree of the agent workload")
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--persona", a->persona, "Persona of the agent workload (prompts/personas/)")
      ->capture_default_str();
  cmd->add_option("--system", a->system, "System prompt");
  cmd->add_option("--endpoint", a->endpoint, "chat or generate")
      ->check(CLI::IsMember({"chat", "generate"}))
      ->capture_default_str();
  cmd->add_option("-n,--requests", a->requests, "Measured requests per trial")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  cmd->add_option("--warmup", a->warmup, "Unmeasured requests per trial first (load)")
      ->capture_default_str();
  cmd->add_option("--api-key-env", a->api_key_env, "Environment variable holding a bearer key");
  auto* format = add_format_option(
      cmd, a->format, {Format::text, Format::md, Format::json, Format::csv, Format::html},
      "text: an 80-column summary (the default on stdout); md: the full report (the default\n"
      "with -o); csv: one row per trial");
  add_output_option(cmd, a->output, "Write the report to FILE instead of stdout");
  cmd->add_flag("-q,--quiet", a->quiet, "No progress");
  cmd->add_flag("-v,--verbose", a->verbose,
                "A line per trial when not on a terminal (default: every 5 s)");
  cmd->callback([a, format, &exit_code] {
    if (format->count() == 0 && !a->output.empty()) a->format = Format::md;
    exit_code = run_sweep_command(*a);
  });
}

}  // namespace chimera::cli
