#pragma once
// Agent workflows as benchmarks. An agent is a persona (system prompt) plus a backend, URL, model
// and options. One run: ingest the artifact tree, build the data summary, ask the model for an
// analysis, parse it, ask for a report, and write the per-agent report (the reference's format,
// plus findings from the data and the grounding check). Every stage is timed and both LLM calls
// are recorded with the full measurement record.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "chimera/analysis/advice.hpp"
#include "chimera/analysis/findings.hpp"
#include "chimera/analysis/grounding.hpp"
#include "chimera/core/error.hpp"
#include "chimera/ingest/walker.hpp"
#include "chimera/measure/record.hpp"

namespace chimera::agent {

struct Persona {
  std::string id, name, label, report_file;
  std::string system_prompt;
  // The length the persona asks of a report, in words ("target_words: 400-900" in the front
  // matter); absent when it sets none.
  std::optional<std::pair<std::size_t, std::size_t>> target_words;
};

struct Prompts {
  std::string analysis, report;  // templates with {{placeholders}}
};

// The prompt files shipped in the repository (prompts/), or DIR given with --prompts.
std::filesystem::path default_prompts_dir();
Result<Prompts> load_prompts(const std::filesystem::path& dir);
Result<Persona> load_persona(const std::filesystem::path& dir, const std::string& id);

// Artifact text made safe to sit inside the prompts' <data> fences: a "<data" or "</data" in
// it (any case) is written "&lt;data", so the data cannot close its fence and speak as
// instructions.
std::string quote_data(std::string_view text);

// Replaces {{key}} by value for each pair (values pass through quote_data); unknown placeholders
// are left as they are.
std::string render(std::string tmpl,
                   const std::vector<std::pair<std::string, std::string>>& values);

struct AgentConfig {
  Persona persona;
  std::string backend = "ollama", url, model, options_json, api_key;
  int warmup_calls = 1;  // unmeasured calls before the run (model load, caches)
  // Called after the warm-up, right before the measured stages: concurrent agents wait on a
  // barrier here so that their measured phases start together.
  std::function<void()> before_measure;
};

struct StageTimes {
  double ingest_s = 0, analysis_s = 0, report_s = 0, total_s = 0;
};

// Named facts shown in a report's environment block (host, tool, server, ...), in order.
using Facts = std::vector<std::pair<std::string, std::string>>;

struct AgentRun {
  AgentConfig config;
  bool ok = false;
  std::string error;
  std::int64_t start_ns = 0, end_ns = 0;
  std::optional<double> warmup_load_ms;  // the model load seen by the warm-up
  StageTimes times;
  std::size_t files = 0;
  std::string data_summary;
  measure::RequestRecord analysis, report;
  std::vector<std::string> findings, recommendations;  // parsed from the analysis text
  std::vector<analysis::Finding> data_findings;
  analysis::Advice advice;  // recommendations and risks from the data (the run's own added later)
  analysis::GroundingResult grounding;  // of the report text against the data
  bool demo_model = false;
};

// How well a model answer did what the report prompt asked, independent of its content.
struct AnswerQuality {
  std::vector<std::string> sections_missing;  // of the six the report prompt asks for
  std::size_t sections_present = 0, words = 0;
  std::optional<double> verified_share;  // supported share of its numbers; none: no numbers
  std::optional<std::pair<std::size_t, std::size_t>> target_words;
  std::string length_verdict;  // "within the target", "short of ...", "over ...", or no target
};

// The report prompt's required sections: Executive Summary, Data Ingestion Summary, Performance
// Analysis, Key Findings, Recommendations, Appendix (matched as headings, case-insensitively).
AnswerQuality answer_quality(
    const std::string& report_text, const analysis::GroundingResult& grounding,
    std::optional<std::pair<std::size_t, std::size_t>> target_words = std::nullopt);

// Runs one agent over the artifacts below dir. Failures are recorded in the result, never thrown.
// Fail fast before any run: the agent's server is reachable and knows its model, or the model
// file exists (measure::preflight).
Status preflight(const AgentConfig& config);

AgentRun run_agent(const AgentConfig& config, const std::filesystem::path& dir,
                   ingest::Layout layout, const Prompts& prompts);

// The reference's parsing rule: lines naming a finding (finding, insight, discovery, key) and a
// recommendation (recommend, suggest, should, consider), at most ten each.
void parse_analysis(const std::string& text, std::vector<std::string>& findings,
                    std::vector<std::string>& recommendations);

// The per-agent Markdown report in the seed report's layout; `signals` adds what the concurrent
// run showed (contention) to the risk table.
// "Supported by the data: 80 % (...); 0 mismatch, ...", or that there were no numbers to check.
std::string grounding_summary(const analysis::GroundingResult& g);

std::string render_report(const AgentRun& run, const std::string& date,
                          const analysis::RunSignals& signals = {});

}  // namespace chimera::agent
