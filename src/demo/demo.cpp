#include "chimera/demo/demo.hpp"

#include <fmt/format.h>

#include <map>

#include "chimera/agent/scenario.hpp"
#include "chimera/agent/util.hpp"
#include "chimera/backend/backend.hpp"
#include "chimera/core/terminal.hpp"
#include "chimera/engine/model_init.hpp"
#include "chimera/measure/runner.hpp"
#include "chimera/serve/server.hpp"
#include "chimera/stats/ranking.hpp"
#include "chimera/stats/summary.hpp"

namespace chimera::demo {
namespace fs = std::filesystem;

namespace {

struct Config {
  int num_ctx;
  double temperature;
  std::string name() const { return fmt::format("ctx{}-temp{}", num_ctx, temperature); }
  std::string options(int threads, int num_predict) const {
    return fmt::format(
        "{{\"num_ctx\":{},\"temperature\":{},\"num_thread\":{},\"num_predict\":{},\"seed\":1}}",
        num_ctx, temperature, threads, num_predict);
  }
};

std::string cell(const std::optional<double>& v) {
  return v ? fmt::format("{:.3f}", *v) : "";
}

// The mean as the artifacts print it: "n/a" (Markdown) or null (JSON) when nothing was measured.
std::string mean_cell(const std::vector<double>& v, int decimals, std::string_view none) {
  const auto s = stats::summarize(v);
  return s ? fmt::format("{:.{}f}", s->mean, decimals) : std::string(none);
}

// "  InsightAgent        1.46 s ok: output 256 tok (length) + 256 tok (length)"
std::string agent_line(const agent::AgentRun& a) {
  return fmt::format("  {:<18} {:5.2f} s {}: output {} + {}\n", a.config.persona.name,
                     a.times.total_s, a.ok ? "ok" : "FAILED: " + a.error,
                     agent::generation_cell(a.analysis), agent::generation_cell(a.report));
}

}  // namespace

Result<DemoResult> run_demo(const DemoOptions& o,
                            const std::function<void(const std::string&)>& say) {
  const fs::path model = o.model.empty() ? o.out / "demo.gguf" : o.model;
  std::error_code ec;
  if (!fs::exists(model, ec)) {
    say("writing the demo model " + model.string() + " (random weights: its text is meaningless)");
    if (auto st = engine::write_random_model(model, {}, engine::bundled_vocab()); !st)
      return st.error();
  }
  serve::ServeOptions so;
  so.port = 0;
  so.models = {"demo=" + model.string()};
  serve::Server a(so), b(so);
  if (auto st = a.start(); !st) return st.error();
  if (auto st = b.start(); !st) return st.error();
  say("two servers: " + a.url() + " and " + b.url());

  // A small real benchmark of four configurations on server A, written as artifacts.
  // Contexts large enough for the agents' prompts (~700 tokens of data summary and metrics).
  const std::vector<Config> configs = {{1024, 0.6}, {1024, 0.8}, {2048, 0.6}, {2048, 0.8}};
  auto be = backend::make_backend("ollama", {a.url(), {}, {}});
  if (!be) return be.error();
  transport::HttpClient http;
  std::string csv =
      "config,num_ctx,temperature,request,ttft_ms,e2e_ms,tpot_ms,decode_tok_s,output_tok_s,prompt_"
      "eval_ms,"
      "output_tokens,error\n";
  std::string json =
      "{\n  \"model\": \"demo\",\n  \"note\": \"random-weight demo model: speeds are real, text is "
      "meaningless\",\n  \"configs\": [";
  std::string md =
      fmt::format(
          "# Demo benchmark\n\nModel: `demo` (random weights). {} requests per configuration, {} "
          "tokens each.\n\n",
          o.requests_per_config, o.num_predict) +
      "| Config | num_ctx | temperature | TTFT (ms) | Throughput (tok/s) | E2E (ms) "
      "|\n|---|--:|--:|--:|--:|--:|\n";
  std::vector<stats::Candidate> decode;  // per configuration, its requests' decode rates
  for (std::size_t c = 0; c < configs.size(); ++c) {
    const auto& cfg = configs[c];
    say(fmt::format("benchmark {}/{}: {}", c + 1, configs.size(), cfg.name()));
    std::vector<double> ttft, rate, e2e;
    for (int i = 0; i < o.requests_per_config; ++i) {
      const auto r =
          measure::measure_one(*be.value(), http,
                               {"demo",
                                "Summarise local LLM benchmark practice in one paragraph.",
                                {},
                                true,
                                cfg.options(o.threads, o.num_predict),
                                {}},
                               {});
      const auto& m = r.metrics;
      if (m.ttft_ms) ttft.push_back(*m.ttft_ms);
      if (m.decode_tok_s) rate.push_back(*m.decode_tok_s);
      if (m.e2e_ms) e2e.push_back(*m.e2e_ms);
      csv += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{}\n", cfg.name(), cfg.num_ctx,
                         cfg.temperature, i, cell(m.ttft_ms), cell(m.e2e_ms), cell(m.tpot_ms),
                         cell(m.decode_tok_s), cell(m.output_tok_s), cell(m.prompt_eval_ms),
                         m.output_tokens ? std::to_string(*m.output_tokens) : "",
                         r.ok ? "" : failure_name(r.error_kind));
    }
    json += fmt::format(
        "{}\n    {{\"config\": \"{}\", \"num_ctx\": {}, \"temperature\": {}, \"runs\": {}, "
        "\"mean_ttft_ms\": {}, \"mean_decode_tok_s\": {}, \"mean_e2e_ms\": {}}}",
        c ? "," : "", cfg.name(), cfg.num_ctx, cfg.temperature, o.requests_per_config,
        mean_cell(ttft, 3, "null"), mean_cell(rate, 3, "null"), mean_cell(e2e, 3, "null"));
    md +=
        fmt::format("| {} | {} | {} | {} | {} | {} |\n", cfg.name(), cfg.num_ctx, cfg.temperature,
                    mean_cell(ttft, 2, "n/a"), mean_cell(rate, 1, "n/a"), mean_cell(e2e, 1, "n/a"));
    decode.push_back({cfg.name(), rate});
  }
  // The tuned agent gets the leading configuration; the summary says whether it is really best.
  const auto ranking = stats::rank(decode, true);
  if (!ranking.leader)
    return Error{ErrorCode::io, "the demo benchmark measured no decode rate",
                 "run 'chimera probe' against the demo server to see why requests fail"};
  const Config& lead = configs[*ranking.leader];
  // Both agents generate under the same cap and thread count, so the comparison is about the
  // options (A: the server's num_ctx and temperature, B: the leader's), not answer length.
  const std::string shared_options =
      fmt::format("\"num_thread\":{},\"num_predict\":{}", o.threads, o.agent_num_predict);
  const std::string tuned_options = fmt::format("{{\"num_ctx\":{},\"temperature\":{},{}}}",
                                                lead.num_ctx, lead.temperature, shared_options);
  const auto lead_rate = stats::mean_interval(decode[*ranking.leader].samples);
  std::string verdict;
  if (ranking.best) {
    verdict = fmt::format("  best decode rate: {}, separated from {} (Welch p = {:.2g})\n",
                          lead.name(), decode[*ranking.runner_up].name, *ranking.p_runner_up);
  } else {
    verdict = fmt::format("  no best decode rate: {} of {} configurations tied within noise\n",
                          ranking.tied.size(), decode.size());
  }
  verdict +=
      fmt::format("  leader {}: {}\n", lead.name(), stats::describe_mean(*lead_rate, "tok/s"));
  json += "\n  ]\n}\n";
  const fs::path art = o.out / "artifacts";
  for (const auto& [p, t] : std::vector<std::pair<fs::path, std::string>>{
           {art / "csv_data/demo_benchmark_runs.csv", csv},
           {art / "reports/demo_benchmark_summary.json", json},
           {art / "reports/demo_benchmark_report.md", md}}) {
    if (auto st = agent::write_text_file(p, t); !st) return st.error();
  }

  // The agents, as the reference ran them: A (DataCollector-9000) with the server's defaults, B
  // (InsightAgent) with the best configuration of the benchmark.
  agent::AgentsOptions ao;
  ao.dir = art;
  ao.layout = ingest::Layout::chimera;
  ao.url_a = a.url();
  ao.url_b = b.url();
  ao.model = "demo";
  ao.scenario = "baseline_vs_chimera";  // A: server defaults; B: the leading configuration
  ao.agents = {{"datacollector-9000", "", "", a.url(), "", "{" + shared_options + "}"},
               {"insight-agent", "", "", b.url(), "", tuned_options}};
  ao.out = o.out;
  auto sum = agent::run_agents(ao, say);
  a.stop();
  b.stop();
  if (!sum) return sum.error();
  const auto& r = sum.value().runs.at(0);
  DemoResult res;
  res.summary = term::wrap(
      fmt::format("Open first: {}/report.html (or summary.md)\n"
                  "Benchmark: {} configurations x {} requests of {} tokens, {} thread{}\n{}"
                  "Agents: both capped at {} output tokens per call; A on the server's num_ctx\n"
                  "  and temperature, B on the leader's (num_ctx {}, temperature {}); output\n"
                  "  is per call (analysis + report) with the server's stop reason\n"
                  "{}{}"
                  "  wall {:.2f} s; speedup {}, efficiency {} (reference definitions)\n"
                  "Model: random weights: the text is meaningless, the timings are real\n",
                  o.out.string(), configs.size(), o.requests_per_config, o.num_predict, o.threads,
                  o.threads == 1 ? "" : "s", verdict, o.agent_num_predict, lead.num_ctx,
                  lead.temperature, agent_line(r.agents.at(0)), agent_line(r.agents.at(1)),
                  r.wall_s, r.speedup ? fmt::format("{:.2f}", *r.speedup) : "n/a",
                  r.efficiency_pct ? fmt::format("{:.1f} %", *r.efficiency_pct) : "n/a"),
      80);
  return res;
}

}  // namespace chimera::demo
