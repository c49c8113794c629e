// The per-agent Markdown report: the seed report's layout (header, the model's report, Workflow
// Summary, Metrics, Key Findings, Recommendations, Persona Prompt) plus what the reference lacked:
// findings computed from the data, the grounding check of the model's numbers, and a plain
// statement when the model is the random-weight demo model.
#include <fmt/format.h>

#include "chimera/agent/agent.hpp"
#include "chimera/core/text.hpp"
#include "chimera/stats/summary.hpp"

namespace chimera::agent {
namespace {

std::string metric(const char* label, const std::vector<std::optional<double>>& values, bool sum,
                   const char* unit, const char* what) {
  const auto present = stats::present(values);
  if (present.empty())
    return fmt::format("- {}: n/a ({} not reported by the server)\n", label, what);
  double v = 0;
  for (const double x : present) v += x;
  if (!sum) v /= static_cast<double>(present.size());
  const std::string shown =
      *unit ? fmt::format("{:.2f} {}", v, unit) : fmt::format("{:.0f}", v);  // counts: whole
  return fmt::format("- {}: {}{}\n", label, shown,
                     present.size() < values.size() ? fmt::format(" ({} of {} calls reported it)",
                                                                  present.size(), values.size())
                                                    : "");
}

std::optional<double> tokens(const measure::RequestRecord& r) {
  if (!r.metrics.output_tokens) return std::nullopt;
  return static_cast<double>(*r.metrics.output_tokens);
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& x : v) out += (out.empty() ? "" : ", ") + x;
  return out;
}

}  // namespace

std::string grounding_summary(const analysis::GroundingResult& g) {
  if (g.numbers.empty()) return "The model's report states no numbers to check.";
  std::size_t holds = 0;
  for (const auto& c : g.numbers) holds += c.holds ? 1 : 0;
  return fmt::format(
      "Supported by the data: {} ({} verified, {} derived, {} bounds that hold); {} mismatch, {} "
      "mislabelled, {} not found.",
      analysis::share_text(g.supported(), g.numbers.size()), g.count(analysis::Mark::verified),
      g.count(analysis::Mark::derived), holds, g.count(analysis::Mark::mismatch),
      g.count(analysis::Mark::mislabelled), g.count(analysis::Mark::not_found));
}

std::string render_report(const AgentRun& run, const std::string& date,
                          const analysis::RunSignals& signals) {
  const auto& p = run.config.persona;
  std::string s = fmt::format("# Chimera Insight\n\n# Technical Report: {} Analysis\n\n", p.label);
  if (run.demo_model) {
    s += "> **Demo model.** This run used a random-weight demo model made by `chimera model init`: "
         "its text below is\n"
         "> meaningless and is kept only so the workflow can be measured. The findings from the "
         "data and the\n"
         "> metrics are real.\n\n";
  }
  s += fmt::format(
      "**Date:** {}\n**Agent Type:** {} ({})\n**Model:** {}\n**Configuration:** {}\n\n---\n\n",
      date, p.label, p.name, run.config.model,
      run.config.options_json.empty() ? "server defaults" : run.config.options_json);
  if (!run.ok) s += fmt::format("**The run failed:** {}\n\n", run.error);
  s += run.demo_model ? "## Model Output (demo model: meaningless text)\n\n" : "";
  s += run.report.text.empty() ? "(no report text)\n" : run.report.text + "\n";
  if (text::open_fence(run.report.text)) s += "```\n";  // the model's, closed: ours follow
  s += "\n---\n\n## Workflow Summary\n";
  s += fmt::format("- Files analyzed: {}\n", run.files);
  s += fmt::format(
      "- Execution time: {:.2f}s (ingest {:.2f}s | analysis {:.2f}s | report {:.2f}s)\n",
      run.times.total_s, run.times.ingest_s, run.times.analysis_s, run.times.report_s);
  s += "- Data summary:\n```\n" + run.data_summary + "```\n\n";
  const std::vector<const measure::RequestRecord*> calls = {&run.analysis, &run.report};
  const auto col = [&](auto f) {
    std::vector<std::optional<double>> v;
    for (const auto* c : calls) v.push_back(f(*c));
    return v;
  };
  s += "## Metrics\n";
  s += metric("Throughput", col([](const auto& r) { return r.metrics.decode_tok_s; }), false,
              "tok/s", "server decode rate (eval_count / eval_duration), mean of the two calls;");
  s += metric("TTFT", col([](const auto& r) { return r.metrics.ttft_ms; }), false, "ms",
              "time to first token, mean;");
  // Total Duration is the server's (Ollama's total_duration), as in the reference's report; the
  // client's end-to-end time is its own line.
  s += metric("Total Duration", col([](const auto& r) -> std::optional<double> {
                if (!r.server.total_duration_ns) return std::nullopt;
                return *r.server.total_duration_ns / 1e6;
              }),
              true, "ms", "the server's total duration;");
  s += metric("End-to-end", col([](const auto& r) { return r.metrics.e2e_ms; }), true, "ms",
              "end to end on the client, summed;");
  s += metric("Tokens Generated", col(tokens), true, "", "output tokens, summed;");
  s += metric("Prompt Eval", col([](const auto& r) { return r.metrics.prompt_eval_ms; }), true,
              "ms", "prompt evaluation;");
  s += metric("Eval Duration", col([](const auto& r) -> std::optional<double> {
                if (!r.server.eval_duration_ns) return std::nullopt;
                return *r.server.eval_duration_ns / 1e6;
              }),
              true, "ms", "generation time;");
  s += run.warmup_load_ms
           ? fmt::format(
                 "- Load Duration: {:.2f} ms (measured by the warm-up call, its own phase)\n",
                 *run.warmup_load_ms)
           : "- Load Duration: n/a (the model was already loaded, or the server does not report "
             "it)\n";
  s += "\n## Findings from the Data\n";
  for (const auto& f : run.data_findings) s += "- " + f.text + "\n";
  if (run.data_findings.empty()) s += "- (nothing to rank: no comparable metrics)\n";
  s += "\n## Key Findings\n";
  for (const auto& f : run.findings) s += "- " + f + "\n";
  if (run.findings.empty()) s += "- (the model's analysis stated none)\n";
  s += "\n## Recommendations\n";
  for (const auto& r : run.recommendations) s += "- " + r + "\n";
  if (run.recommendations.empty()) s += "- (the model's analysis stated none)\n";
  s += "\n" + analysis::advice_markdown(analysis::with_run(run.advice, signals));
  const auto& g = run.grounding;
  s += "\n## Grounding Check\n" + grounding_summary(g) + "\n";
  if (!g.numbers.empty()) s += "\n";
  if (!g.numbers.empty()) {
    s += "| line | number | verdict | why |\n|---:|---|---|---|\n";
    for (const auto& n : g.numbers) {
      s += fmt::format("| {} | {} | {} | {} |\n", n.claim.line, text::markdown_cell(n.claim.text),
                       analysis::mark_name(n.mark), text::markdown_cell(n.note));
    }
  }
  if (run.ok) {
    const auto q = answer_quality(run.report.text, g, p.target_words);
    s += fmt::format(
        "\n## Answer Quality\n- Required sections present: {} of {}{}\n- Length: {} words ({})\n"
        "- Numbers supported by the data: {}\n",
        q.sections_present, q.sections_present + q.sections_missing.size(),
        q.sections_missing.empty() ? "" : " (missing: " + join(q.sections_missing) + ")", q.words,
        q.length_verdict, analysis::share_text(q.verified_share, g.numbers.size()));
  }
  s += "\n## Persona Prompt\n```\n" + p.system_prompt + "\n```\n";
  return s;
}

}  // namespace chimera::agent
