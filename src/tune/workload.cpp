#include "chimera/tune/workload.hpp"

#include <chrono>
#include <fstream>
#include <sstream>

#include "chimera/agent/agent.hpp"
#include "chimera/core/json_writer.hpp"
#include "chimera/core/text.hpp"
#include "chimera/measure/runner.hpp"

namespace chimera::tune {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// The evaluator's state, shared by every call of the std::function it becomes.
struct Evaluator {
  Workload w;
  std::shared_ptr<const backend::Backend> be;
  std::string fixed_options;
  std::vector<Constraint> constraints;
  agent::Prompts agent_prompts;
  agent::Persona persona;
  transport::HttpClient http;
  bool any_ok = false;  // a fatal first failure stops the sweep; later ones are data

  TrialOutcome operator()(const Space& s, const Point& p) {
    auto merged = merge_options(fixed_options, s.options_json(p));
    const std::string opts = merged ? merged.value() : s.options_json(p);
    const std::string model = s.model(p).empty() ? w.model : s.model(p);
    return w.kind == "agent" ? agent_trial(model, opts) : probe_trial(model, opts);
  }

  TrialOutcome agent_trial(const std::string& model, const std::string& opts) {
    const auto t0 = Clock::now();
    TrialOutcome t;
    agent::AgentConfig c;
    c.persona = persona;
    c.backend = w.backend;
    c.url = w.url;
    c.model = model;
    c.options_json = opts;
    c.api_key = w.api_key;
    c.warmup_calls = static_cast<int>(w.warmup);
    const auto run = agent::run_agent(c, w.dir, ingest::Layout::chimera, agent_prompts);
    t.interrupted = transport::HttpClient::interrupted();
    if (!any_ok && measure::is_fatal(run.analysis)) t.fatal = measure::fatal_error(run.analysis);
    any_ok |= run.ok;
    t.metrics = trial_metrics({run.analysis, run.report}, constraints,
                              run.times.analysis_s + run.times.report_s);
    if (run.ok) t.metrics["workflow_s"] = run.times.total_s;
    t.ok = run.ok;
    t.error = run.error;
    t.seconds = seconds_since(t0);
    return t;
  }

  TrialOutcome probe_trial(const std::string& model, const std::string& opts) {
    const auto t0 = Clock::now();
    TrialOutcome t;
    measure::ProbeOptions po;
    po.requests = w.requests;
    po.warmup = w.warmup;
    std::vector<measure::RequestRecord> records;
    for (std::size_t i = 0; i < w.prompts.size(); ++i) {
      if (i > 0) po.warmup = 0;  // the model is loaded by the first prompt's warm-up
      const backend::GenerateRequest q{model, w.prompts[i], w.system, w.endpoint == "chat", opts,
                                       {}};
      auto part = measure::run_probe(*be, http, q, po);
      records.insert(records.end(), part.begin(), part.end());
      if (transport::HttpClient::interrupted()) break;
    }
    std::size_t measured = 0;
    double wall = 0;  // of the measured requests only (warm-ups load the model)
    for (const auto& r : records) {
      if (r.warmup) continue;
      ++measured;
      if (!r.ok && t.error.empty()) t.error = r.error;
      if (r.metrics.e2e_ms) wall += *r.metrics.e2e_ms / 1000;
    }
    t.metrics = trial_metrics(records, constraints, wall);
    t.seconds = seconds_since(t0);
    t.ok = measured == w.requests * w.prompts.size() && t.error.empty();
    t.interrupted = transport::HttpClient::interrupted();
    if (!any_ok && !records.empty() && measure::is_fatal(records.front()))
      t.fatal = measure::fatal_error(records.front());
    any_ok |= t.ok;
    return t;
  }
};

Result<std::string> read_file(const std::string& path, const std::string& flag,
                              const std::string& hint) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::usage, "cannot read " + flag + " '" + path + "'", hint};
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

Result<std::vector<std::string>> workload_prompts(const std::string& prompt,
                                                  const std::string& prompt_file,
                                                  const std::string& prompt_set) {
  if (!prompt_set.empty()) {
    auto text = read_file(prompt_set, "--prompt-set", "one prompt per line");
    if (!text) return text.error();
    std::vector<std::string> prompts;
    std::istringstream in(text.value());
    for (std::string line; std::getline(in, line);) {
      if (line.find_first_not_of(" \t\r") != std::string::npos) prompts.push_back(line);
    }
    if (prompts.empty())
      return Error{ErrorCode::usage, "--prompt-set '" + prompt_set + "' has no prompt",
                   "one prompt per line"};
    return prompts;
  }
  std::string p = prompt;
  if (!prompt_file.empty()) {
    auto text = read_file(prompt_file, "--prompt-file", "check the path");
    if (!text) return text.error();
    p = text.value();
  }
  if (p.empty())
    p = "Explain in three sentences why time to first token matters for interactive agents.";
  return std::vector<std::string>{p};
}

std::string workload_json(const Workload& w) {
  std::ostringstream ss;
  JsonWriter j(ss, false);
  j.begin_object();
  j.key("kind").value(w.kind);
  if (w.kind == "agent") {
    j.key("dir").value(w.dir);
    j.key("persona").value(w.persona);
  }
  j.key("backend").value(w.backend);
  j.key("url").value(w.url);
  j.key("model").value(w.model);
  j.key("endpoint").value(w.endpoint);
  j.key("prompts").begin_array();
  for (const auto& p : w.prompts) j.value(p);
  j.end_array();
  j.key("system").value(w.system);
  j.key("requests").value(static_cast<std::uint64_t>(w.requests));
  j.key("warmup").value(static_cast<std::uint64_t>(w.warmup));
  j.end_object();
  j.flush();
  return ss.str();
}

std::string reproduce_command(const Workload& w) {
  const std::string url = w.backend == "embedded" ? "" : " --url " + text::shell_quote(w.url);
  if (w.kind == "agent")
    return "chimera run " + text::shell_quote(w.dir) + " --backend " + w.backend + url +
           " --model {model} --options {options} --persona " + w.persona + " --runs 3";
  std::string prompt;
  if (!w.prompt_set.empty()) {
    prompt = " --prompt-file <each line of " + w.prompt_set + ">";
  } else if (!w.prompt_file.empty()) {
    prompt = " --prompt-file " + text::shell_quote(w.prompt_file);
  } else if (!w.prompts.empty()) {
    prompt = " --prompt " + text::shell_quote(w.prompts.front());
  }
  return "chimera probe --backend " + w.backend + url +
         " --model {model} --options {options} --endpoint " + w.endpoint + " -n " +
         std::to_string(w.requests) + " --warmup " + std::to_string(w.warmup) + prompt +
         (w.system.empty() ? "" : " --system " + text::shell_quote(w.system)) +
         (w.api_key_env.empty() ? "" : " --api-key-env " + w.api_key_env);
}

Result<Evaluate> make_evaluator(const Workload& w, std::shared_ptr<const backend::Backend> be,
                                const std::string& fixed_options,
                                std::vector<Constraint> constraints) {
  auto ev = std::make_shared<Evaluator>();
  ev->w = w;
  ev->be = std::move(be);
  ev->fixed_options = fixed_options;
  ev->constraints = std::move(constraints);
  if (w.kind == "agent") {
    if (w.dir.empty())
      return Error{ErrorCode::usage, "--workload agent needs --dir DIR (the artifact tree)",
                   "e.g. --workload agent --dir ./bench-results"};
    auto pr = agent::load_prompts(agent::default_prompts_dir());
    if (!pr) return pr.error();
    ev->agent_prompts = pr.value();
    auto pe = agent::load_persona(agent::default_prompts_dir(), w.persona);
    if (!pe) return pe.error();
    ev->persona = pe.value();
  } else if (w.kind != "probe") {
    return Error{ErrorCode::usage, "unknown workload '" + w.kind + "'", "use probe or agent"};
  }
  return Evaluate([ev](const Space& s, const Point& p, int) { return (*ev)(s, p); });
}

}  // namespace chimera::tune
