#include "agent_html.hpp"

#include <fmt/format.h>

#include "chimera/agent/util.hpp"
#include "chimera/report/html.hpp"

namespace chimera::agent {
namespace {
namespace h = report::html;

std::string list(const std::vector<std::string>& items, const std::string& none) {
  if (items.empty()) return h::p(none);
  std::string s = "<ul>";
  for (const auto& i : items) s += "<li>" + h::esc(i) + "</li>";
  return s + "</ul>";
}

std::string cell(const std::optional<double>& v, const char* f = "{:.2f}") {
  return v ? fmt::format(fmt::runtime(f), *v) : "n/a";
}

std::string metrics_table(const AgentRun& a) {
  h::Table t{{"call", "TTFT ms", "decode tok/s", "prompt tok/s", "E2E ms", "output", "ok"},
             {},
             {false, true, true, true, true, true, false}};
  for (const auto* c : {&a.analysis, &a.report}) {
    const auto& m = c->metrics;
    t.rows.push_back({c == &a.analysis ? "analysis" : "report", cell(m.ttft_ms),
                      cell(m.decode_tok_s, "{:.1f}"), cell(m.prompt_tok_s, "{:.1f}"),
                      cell(m.e2e_ms, "{:.1f}"), generation_cell(*c),
                      c->ok ? "yes" : "NO: " + c->error});
  }
  return h::table(t);
}

std::string advice_html(const analysis::Advice& adv) {
  std::vector<std::string> recs;
  for (const auto& r : adv.recommendations) recs.push_back(r.text);
  h::Table risks{{"risk", "evidence", "mitigation"}, {}, {false, false, false}};
  for (const auto& r : adv.risks) risks.rows.push_back({r.risk, r.evidence, r.mitigation});
  return "<h4>Data-driven recommendations</h4>" +
         list(recs, "No recommendation: the data names no comparable configurations.") +
         "<h4>Risks and mitigations</h4>" + h::table(risks);
}

std::string grounding_html(const AgentRun& a) {
  const auto& g = a.grounding;
  std::string s = "<h4>Grounding check</h4>" + h::p(grounding_summary(g));
  if (g.numbers.empty()) return s;
  h::Table t{{"line", "number", "verdict", "why"}, {}, {true, false, false, false}};
  for (const auto& n : g.numbers)
    t.rows.push_back({std::to_string(n.claim.line), n.claim.text,
                      std::string(analysis::mark_name(n.mark)), n.note});
  return s + h::table(t);
}

std::string quality_html(const AgentRun& a) {
  if (!a.ok) return "";
  const auto q = answer_quality(a.report.text, a.grounding, a.config.persona.target_words);
  std::vector<std::string> items = {
      fmt::format("Required sections present: {} of 6", q.sections_present),
      fmt::format("Length: {} words ({})", q.words, q.length_verdict),
      "Numbers supported by the data: " +
          analysis::share_text(q.verified_share, a.grounding.numbers.size())};
  for (const auto& m : q.sections_missing) items.push_back("Missing section: " + m);
  return "<h4>Answer quality</h4>" + list(items, "");
}

}  // namespace

std::string data_findings_html(const AgentRun& a) {
  std::vector<std::string> f;
  for (const auto& x : a.data_findings) f.push_back(x.text);
  return list(f, "Nothing to rank: no comparable metrics.");
}

std::string agent_html(const AgentRun& a, const analysis::RunSignals& signals, bool data_findings) {
  std::string s =
      "<h3>" + h::esc(a.config.persona.name + " (" + a.config.persona.label + ")") + "</h3>";
  s += h::p(fmt::format("Model {}, options {}. {}", a.config.model,
                        a.config.options_json.empty() ? "server defaults" : a.config.options_json,
                        a.ok ? "Completed." : "The run failed: " + a.error));
  s += h::p(fmt::format(
      "Workflow: {} file(s) analysed in {:.2f} s (ingest {:.2f} s, analysis call {:.2f} s, "
      "report call {:.2f} s).",
      a.files, a.times.total_s, a.times.ingest_s, a.times.analysis_s, a.times.report_s));
  s += metrics_table(a);
  if (data_findings) s += "<h4>Findings from the data</h4>" + data_findings_html(a);
  const std::string said = a.demo_model ? " (stated by the demo model: meaningless)" : "";
  s += "<h4>Key findings" + h::esc(said) + "</h4>" +
       list(a.findings, "The model's analysis stated none.");
  s += "<h4>Recommendations" + h::esc(said) + "</h4>" +
       list(a.recommendations, "The model's analysis stated none.");
  s += advice_html(analysis::with_run(a.advice, signals));
  s += grounding_html(a);
  s += quality_html(a);
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : a.report.text) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    words += !space && !in_word ? 1 : 0;
    in_word = !space;
  }
  s += fmt::format("<details><summary>{}</summary>{}</details>",
                   h::esc(fmt::format("The model's report ({} words{})", words,
                                      a.demo_model ? "; demo model: meaningless text" : "")),
                   h::pre(a.report.text.empty() ? "(no report text)" : a.report.text));
  s += "<details><summary>Persona prompt</summary>" + h::pre(a.config.persona.system_prompt) +
       "</details>";
  return s;
}

}  // namespace chimera::agent
