// chimera sweep: tune server options by grid, random or Bayesian search over a probe workload,
// every trial committed to the results store as it completes, resumable after any stop.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include "chimera/agent/agent.hpp"
#include "chimera/backend/backend.hpp"
#include "chimera/cli/cli.hpp"
#include "chimera/cli/output_file.hpp"
#include "chimera/cli/progress.hpp"
#include "chimera/core/json_writer.hpp"
#include "chimera/core/text.hpp"
#include "chimera/measure/runner.hpp"
#include "chimera/tune/sweep.hpp"
#include "chimera/tune/sweep_report.hpp"

namespace chimera::cli {
namespace {

struct SweepArgs {
  std::string backend = "ollama", url, model, options, prompt, prompt_file, system, api_key_env;
  std::string endpoint = "chat", strategy = "grid", format = "md", output, shard = "0/1", name;
  std::string space_file, store = "chimera-results.db", prompt_set, workload = "probe", dir;
  std::string persona = "insight-agent";
  std::vector<std::string> params, objectives, constraints;
  std::vector<double> weights;
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
  bool has_model_dim = false;
  for (const auto& d : space.value().dims) has_model_dim = has_model_dim || d.name == "model";
  if (a.model.empty() && !has_model_dim)
    return fail(Error{ErrorCode::usage,
                      "no model: give --model, or sweep it with --param model=a,b",
                      "e.g. --model llama3.1:8b"});
  auto fixed = backend::options_to_json(a.options);
  if (!fixed) return fail(fixed.error());
  std::string prompt = a.prompt;
  if (!a.prompt_file.empty()) {
    std::ifstream in(a.prompt_file, std::ios::binary);
    if (!in)
      return fail(Error{ErrorCode::usage, "cannot read --prompt-file '" + a.prompt_file + "'",
                        "check the path"});
    std::ostringstream ss;
    ss << in.rdbuf();
    prompt = ss.str();
  }
  if (prompt.empty())
    prompt = "Explain in three sentences why time to first token matters for interactive agents.";
  // A prompt set: one prompt per non-empty line; every trial sends each of them.
  std::vector<std::string> prompts{prompt};
  if (!a.prompt_set.empty()) {
    std::ifstream in(a.prompt_set, std::ios::binary);
    if (!in)
      return fail(Error{ErrorCode::usage, "cannot read --prompt-set '" + a.prompt_set + "'",
                        "one prompt per line"});
    prompts.clear();
    for (std::string line; std::getline(in, line);) {
      if (line.find_first_not_of(" \t\r") != std::string::npos) prompts.push_back(line);
    }
    if (prompts.empty())
      return fail(Error{ErrorCode::usage, "--prompt-set '" + a.prompt_set + "' has no prompt",
                        "one prompt per line"});
  }
  if (a.workload == "agent" && a.dir.empty())
    return fail(Error{ErrorCode::usage, "--workload agent needs --dir DIR (the artifact tree)",
                      "e.g. --workload agent --dir ./bench-results"});
  agent::Prompts agent_prompts;
  agent::Persona persona;
  if (a.workload == "agent") {
    auto pr = agent::load_prompts(agent::default_prompts_dir());
    if (!pr) return fail(pr.error());
    agent_prompts = pr.value();
    auto pe = agent::load_persona(agent::default_prompts_dir(), a.persona);
    if (!pe) return fail(pe.error());
    persona = pe.value();
  }
  const std::string url = !a.url.empty() ? a.url : backend::default_url(a.backend);
  backend::BackendConfig cfg{url, {}, {}};
  auto key = key_from_env(a.api_key_env);
  if (!key) return fail(key.error());
  cfg.api_key = key.value();
  auto be = backend::make_backend(a.backend, cfg);
  if (!be) return fail(be.error());
  {  // fail fast: the server and every model the sweep will ask for
    std::vector<std::string> models;
    const auto& dims = space.value().dims;
    for (std::size_t d = 0; d < dims.size(); ++d) {
      if (dims[d].name != "model") continue;
      tune::Point p(dims.size(), 0);
      for (p[d] = 0; p[d] < dims[d].values.size(); ++p[d]) models.push_back(space.value().model(p));
    }
    if (models.empty()) models.push_back(a.model);
    transport::HttpClient probe_http;
    for (const auto& m : models) {
      if (auto st = measure::preflight(*be.value(), probe_http, m); !st) return fail(st.error());
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
  {
    std::ostringstream ss;
    JsonWriter w(ss, false);
    w.begin_object();
    w.key("kind").value(a.workload);
    if (a.workload == "agent") {
      w.key("dir").value(a.dir);
      w.key("persona").value(a.persona);
    }
    w.key("backend").value(a.backend);
    w.key("url").value(url);
    w.key("model").value(a.model);
    w.key("endpoint").value(a.endpoint);
    w.key("prompts").begin_array();
    for (const auto& p : prompts) w.value(p);
    w.end_array();
    w.key("system").value(a.system);
    w.key("requests").value(static_cast<std::uint64_t>(a.requests));
    w.key("warmup").value(static_cast<std::uint64_t>(a.warmup));
    w.end_object();
    w.flush();
    o.workload_json = ss.str();
  }
  if (a.workload == "agent") {
    o.command = "chimera run " + text::shell_quote(a.dir) + " --backend " + a.backend +
                (a.backend == "embedded" ? "" : " --url " + text::shell_quote(url)) +
                " --model {model} --options {options} --persona " + a.persona + " --runs 3";
  } else {
    o.command = "chimera probe --backend " + a.backend +
                (a.backend == "embedded" ? "" : " --url " + text::shell_quote(url)) +
                " --model {model} --options {options} --endpoint " + a.endpoint + " -n " +
                std::to_string(a.requests) + " --warmup " + std::to_string(a.warmup) +
                (a.prompt_file.empty() ? " --prompt " + text::shell_quote(prompt)
                                       : " --prompt-file " + text::shell_quote(a.prompt_file)) +
                (a.system.empty() ? "" : " --system " + text::shell_quote(a.system)) +
                (a.api_key_env.empty() ? "" : " --api-key-env " + a.api_key_env);
    if (!a.prompt_set.empty()) {
      const auto at = o.command.find(" --prompt");
      if (at != std::string::npos) o.command = o.command.substr(0, at);
      o.command += " --prompt-file <each line of " + a.prompt_set + ">";
    }
  }

  transport::HttpClient http;
  measure::ProbeOptions po;
  po.requests = a.requests;
  po.warmup = a.warmup;
  bool any_ok = false;  // a fatal first failure stops the sweep; later ones are data
  const auto evaluate = [&](const tune::Space& s, const tune::Point& p, int) {
    tune::TrialOutcome t;
    auto opts = tune::merge_options(o.fixed_options, s.options_json(p));
    const std::string model = s.model(p).empty() ? a.model : s.model(p);
    const auto t0 = std::chrono::steady_clock::now();
    if (a.workload == "agent") {  // one agent run: ingest, analysis call, report call
      agent::AgentConfig c;
      c.persona = persona;
      c.backend = a.backend;
      c.url = url;
      c.model = model;
      c.options_json = opts ? opts.value() : s.options_json(p);
      c.api_key = cfg.api_key;
      c.warmup_calls = static_cast<int>(a.warmup);
      const auto run = agent::run_agent(c, a.dir, ingest::Layout::chimera, agent_prompts);
      t.interrupted = transport::HttpClient::interrupted();
      if (!any_ok && measure::is_fatal(run.analysis)) t.fatal = measure::fatal_error(run.analysis);
      any_ok |= run.ok;
      t.metrics = tune::trial_metrics({run.analysis, run.report}, o.objective.constraints,
                                      run.times.analysis_s + run.times.report_s);
      if (run.ok) t.metrics["workflow_s"] = run.times.total_s;
      t.ok = run.ok;
      t.error = run.error;
      t.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      return t;
    }
    std::vector<measure::RequestRecord> records;
    for (std::size_t i = 0; i < prompts.size(); ++i) {
      measure::ProbeOptions pi = po;
      if (i > 0) pi.warmup = 0;  // the model is loaded by the first prompt's warm-up
      const backend::GenerateRequest q{model,
                                       prompts[i],
                                       a.system,
                                       a.endpoint == "chat",
                                       opts ? opts.value() : s.options_json(p),
                                       {}};
      auto part = measure::run_probe(*be.value(), http, q, pi);
      records.insert(records.end(), part.begin(), part.end());
      if (transport::HttpClient::interrupted()) break;
    }
    std::size_t measured = 0;
    for (const auto& r : records) {
      if (r.warmup) continue;
      ++measured;
      if (!r.ok && t.error.empty()) t.error = r.error;
    }
    // Wall time of the measured requests only (warm-ups load the model).
    double wall = 0;
    for (const auto& r : records) {
      if (!r.warmup && r.metrics.e2e_ms) wall += *r.metrics.e2e_ms / 1000;
    }
    t.metrics = tune::trial_metrics(records, o.objective.constraints, wall);
    t.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    t.ok = measured == a.requests * prompts.size() && t.error.empty();
    t.interrupted = transport::HttpClient::interrupted();
    if (!any_ok && !records.empty() && measure::is_fatal(records.front()))
      t.fatal = measure::fatal_error(records.front());
    any_ok |= t.ok;
    return t;
  };
  std::signal(SIGINT, on_sigint);
  Progress progress("chimera sweep", a.quiet, a.verbose);
  auto res = tune::run_sweep(o, evaluate, [&](double fraction, const std::string& m) {
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
  const std::string text = a.format == "json"   ? tune::sweep_json(view.value())
                           : a.format == "csv"  ? tune::sweep_csv(view.value())
                           : a.format == "html" ? tune::sweep_html(view.value())
                                                : tune::sweep_markdown(view.value());
  if (auto w = write_output(a.output, text); !w) return fail(w.error());
  std::cerr << "chimera sweep: " << res.value().trials_run << " trial(s) run, "
            << res.value().trials_kept << " kept from the store; all in " << a.store << " (sweep "
            << res.value().sweep_id << ")\n";
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
  cmd->add_option("--store", a->store, "SQLite results store")->capture_default_str();
  cmd->add_flag("--resume", a->resume, "Continue this sweep from the store");
  cmd->add_option("--name", a->name, "Label of the sweep in reports");
  cmd->add_option("--backend", a->backend, "ollama, openai or embedded")
      ->check(CLI::IsMember(backend::backend_kinds()))
      ->capture_default_str();
  cmd->add_option("--url", a->url, "Server base URL");
  cmd->add_option("--model", a->model, "Model (unless swept with --param model=...)");
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
  cmd->add_option("--format", a->format, "md, json, csv or html")
      ->check(CLI::IsMember({"md", "json", "csv", "html"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", a->output, "Write the report to FILE instead of stdout");
  cmd->add_flag("-q,--quiet", a->quiet, "No progress");
  cmd->add_flag("-v,--verbose", a->verbose,
                "A line per trial when not on a terminal (default: every 5 s)");
  cmd->callback([a, &exit_code] { exit_code = run_sweep_command(*a); });
}

}  // namespace chimera::cli
