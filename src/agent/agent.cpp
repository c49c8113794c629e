#include "chimera/agent/agent.hpp"
#include "chimera/core/clock.hpp"

#include <fmt/format.h>

#include <fstream>
#include <sstream>

#include "chimera/backend/backend.hpp"
#include "chimera/core/json_writer.hpp"
#include "chimera/core/numeric.hpp"
#include "chimera/core/text.hpp"
#include "chimera/ingest/pipeline.hpp"
#include "chimera/measure/runner.hpp"

namespace chimera::agent {
namespace fs = std::filesystem;

namespace {

Result<std::string> read_text(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return Error{ErrorCode::input, "cannot read '" + p.string() + "'", "check --prompts"};
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

double seconds(std::int64_t a, std::int64_t b) {
  return static_cast<double>(b - a) / 1e9;
}

// Everything the workflow needs from the ingest: summary, harvested metrics, facts, observations.
class Collect final : public ingest::IngestSink {
 public:
  std::vector<analysis::Observation> data;  // every value, for the grounding check
  std::vector<analysis::Observation> obs;   // the measurements, for findings and advice
  std::size_t skipped = 0;
  Status begin(const ingest::IngestOptions&) override { return ok_status(); }
  Status file(const ingest::FileResult& f) override {
    if (f.status == ingest::FileStatus::skipped) ++skipped;
    for (const auto& r : f.rows) {
      if (r.status == ingest::RowStatus::failed) continue;
      auto o = analysis::observation_of(f, r);
      // Configuration values, identifiers, timestamps and differences between two figures are
      // not measurements; a number without a known unit is present, just not comparable (never
      // "missing").
      if (r.role == metrics::Role::metric && r.statistic != "delta") obs.push_back(o);
      if (r.role == metrics::Role::metric || r.role == metrics::Role::parameter)
        data.push_back(std::move(o));
    }
    return ok_status();
  }
  Status end(const ingest::IngestSummary& s) override {
    for (auto& o : analysis::summary_observations(s)) data.push_back(std::move(o));
    return ok_status();
  }
};

std::string legacy_lines(const ingest::IngestSummary& s) {
  std::string out;
  for (const auto& [k, v] : s.legacy) {
    const double* d = std::get_if<double>(&v.value);
    out += k + ": " + (d ? numeric::format_double(*d) : std::get<std::string>(v.value)) + "\n";
  }
  return out;
}

std::string legacy_json(const ingest::IngestSummary& s) {
  std::string out = "{";
  for (const auto& [k, v] : s.legacy) {
    if (out.size() > 1) out += ", ";
    JsonWriter::append_string(out, k);
    out += ": ";
    if (const double* d = std::get_if<double>(&v.value)) {
      out += numeric::format_double(*d);
    } else {
      JsonWriter::append_string(out, std::get<std::string>(v.value));
    }
  }
  return out + "}";
}

std::string bullets(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += "- " + l + "\n";
  return out.empty() ? "(none)\n" : out;
}

}  // namespace

Result<Prompts> load_prompts(const fs::path& dir) {
  auto a = read_text(dir / "analysis.md");
  if (!a) return a.error();
  auto r = read_text(dir / "report.md");
  if (!r) return r.error();
  return Prompts{a.value(), r.value()};
}

Result<Persona> load_persona(const fs::path& dir, const std::string& id) {
  auto t = read_text(dir / "personas" / (id + ".md"));
  if (!t) return t.error();
  Persona p;
  p.id = id;
  std::string body = t.value();
  if (body.rfind("---\n", 0) == 0) {  // front matter: name, label, report_file
    const auto end = body.find("\n---\n", 4);
    if (end != std::string::npos) {
      std::istringstream fm(body.substr(4, end - 4));
      for (std::string line; std::getline(fm, line);) {
        const auto colon = line.find(':');
        if (colon == std::string::npos) continue;
        const std::string k(text::trim(line.substr(0, colon))),
            v(text::trim(line.substr(colon + 1)));
        if (k == "name") p.name = v;
        if (k == "label") p.label = v;
        if (k == "report_file") {
          // Written into the output folder: a plain file name, never a path out of it.
          if (v.empty() || v.find('/') != std::string::npos || v.find('\\') != std::string::npos ||
              v == "." || v == ".." || v.front() == '.')
            return Error{ErrorCode::usage,
                         (dir / "personas" / (id + ".md")).string() + ": report_file '" + v +
                             "' must be a plain file name (no folders, not hidden)",
                         "e.g. report_file: insight_report.md"};
          p.report_file = v;
        }
        if (k == "target_words") {
          std::size_t lo = 0, hi = 0;
          char dash = 0;
          std::istringstream r(v);
          if (!(r >> lo >> dash >> hi) || dash != '-' || lo > hi)
            return Error{ErrorCode::usage,
                         (dir / "personas" / (id + ".md")).string() +
                             ": target_words must be a range like 400-900, not '" + v + "'",
                         "fix the persona's front matter"};
          p.target_words = std::pair{lo, hi};
        }
      }
      body = body.substr(end + 5);
    }
  }
  p.system_prompt = std::string(text::trim(body));
  if (p.name.empty()) p.name = id;
  if (p.label.empty()) p.label = p.name;
  if (p.report_file.empty()) p.report_file = id + "_report.md";
  return p;
}

std::string quote_data(std::string_view v) {
  std::string out;
  out.reserve(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (v[i] == '<') {
      std::size_t j = i + 1;
      if (j < v.size() && v[j] == '/') ++j;
      if (v.size() - j >= 4 && text::to_lower(v.substr(j, 4)) == "data") {
        out += "&lt;";  // a fence in the data would end the quoted block early
        continue;
      }
    }
    out += v[i];
  }
  return out;
}

std::string render(std::string tmpl,
                   const std::vector<std::pair<std::string, std::string>>& raw_values) {
  std::vector<std::pair<std::string, std::string>> values;
  for (const auto& [k, v] : raw_values) values.emplace_back(k, quote_data(v));
  for (const auto& [k, v] : values) {
    const std::string key = "{{" + k + "}}";
    for (std::size_t pos = 0; (pos = tmpl.find(key, pos)) != std::string::npos; pos += v.size()) {
      tmpl.replace(pos, key.size(), v);
    }
  }
  return tmpl;
}

void parse_analysis(const std::string& text, std::vector<std::string>& findings,
                    std::vector<std::string>& recommendations) {
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    std::string t(text::trim(line));
    while (!t.empty() && (t.front() == '-' || t.front() == '*' || t.front() == ' ')) t.erase(0, 1);
    if (t.empty() || t.front() == '#') continue;
    const std::string low = text::to_lower(t);
    const auto has = [&](std::initializer_list<const char*> ws) {
      for (const char* w : ws) {
        if (low.find(w) != std::string::npos) return true;
      }
      return false;
    };
    if (recommendations.size() < 10 && has({"recommend", "suggest", "should", "consider"})) {
      recommendations.push_back(t);
    } else if (findings.size() < 10 && has({"finding", "insight", "discovery", "key"})) {
      findings.push_back(t);
    }
  }
}

AnswerQuality answer_quality(const std::string& text, const analysis::GroundingResult& g,
                             std::optional<std::pair<std::size_t, std::size_t>> target) {
  static const std::vector<std::string> kSections = {
      "executive summary", "data ingestion summary", "performance analysis",
      "key findings",      "recommendations",        "appendix"};
  AnswerQuality q;
  std::vector<bool> found(kSections.size(), false);
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    std::istringstream words(line);
    for (std::string w; words >> w;) ++q.words;
    const std::string t(text::trim(line));
    if (t.empty() || (t.front() != '#' && t.rfind("**", 0) != 0)) continue;
    const std::string low = text::to_lower(t);
    for (std::size_t i = 0; i < kSections.size(); ++i)
      found[i] = found[i] || low.find(kSections[i]) != std::string::npos;
  }
  for (std::size_t i = 0; i < kSections.size(); ++i) {
    if (found[i]) {
      ++q.sections_present;
    } else {
      q.sections_missing.push_back(kSections[i]);
    }
  }
  q.verified_share = g.supported();
  q.target_words = target;
  if (!target) {
    q.length_verdict = "the persona sets no target";
  } else if (q.words < target->first) {
    q.length_verdict = fmt::format("short of the persona's target of {} to {} words", target->first,
                                   target->second);
  } else if (q.words > target->second) {
    q.length_verdict =
        fmt::format("over the persona's target of {} to {} words", target->first, target->second);
  } else {
    q.length_verdict =
        fmt::format("within the persona's target of {} to {} words", target->first, target->second);
  }
  return q;
}

Status preflight(const AgentConfig& cfg) {
  auto be = backend::make_backend(cfg.backend, {cfg.url, cfg.api_key, {}});
  if (!be) return be.error();
  transport::HttpClient http;
  return measure::preflight(*be.value(), http, cfg.model);
}

AgentRun run_agent(const AgentConfig& cfg, const fs::path& dir, ingest::Layout layout,
                   const Prompts& prompts) {
  AgentRun run;
  run.config = cfg;
  run.start_ns = mono_ns();
  // Every path passes the start barrier once, failures too: a concurrent partner must not wait.
  bool arrived = false;
  const auto arrive = [&] {
    if (!arrived && cfg.before_measure) cfg.before_measure();
    arrived = true;
  };
  const auto fail = [&](std::string why) {
    arrive();
    run.error = std::move(why);
    run.end_ns = mono_ns();
    run.times.total_s = seconds(run.start_ns, run.end_ns);
    return run;
  };
  auto be = backend::make_backend(cfg.backend, {cfg.url, cfg.api_key, {}});
  if (!be) return fail(be.error().describe());
  transport::HttpClient http;
  measure::ProbeOptions po;
  for (int i = 0; i < cfg.warmup_calls; ++i) {  // model load and caches, not measured
    const auto w = measure::measure_one(
        *be.value(), http,
        {cfg.model, "Reply with one word.", cfg.persona.system_prompt, true, cfg.options_json, {}},
        po);
    if (w.metrics.load_ms && !run.warmup_load_ms) run.warmup_load_ms = w.metrics.load_ms;
  }
  for (const auto& f : be.value()->environment(http, cfg.model)) {
    run.demo_model |=
        f.key == "model_name" && f.value.find("random-weight demo") != std::string::npos;
    run.demo_model |= f.key == "demo_model" && f.value.rfind("yes", 0) == 0;
  }
  arrive();
  // Stage 1: ingest. The measured run starts here (warm-up and environment queries are not in it).
  const std::int64_t t0 = mono_ns();
  run.start_ns = t0;
  ingest::IngestOptions io;
  io.root = dir;
  io.walk.layout = layout;
  Collect sink;
  auto summary = ingest::run_ingest(io, sink);
  const std::int64_t t1 = mono_ns();
  run.times.ingest_s = seconds(t0, t1);
  if (!summary) return fail(summary.error().describe());
  run.files = summary.value().total_ingested();
  run.data_summary = summary.value().data_summary();
  run.data_findings = analysis::data_findings(sink.obs, sink.skipped);
  run.advice = analysis::advise(sink.obs, sink.skipped);
  // Stage 2: analysis.
  const std::string analysis_prompt =
      render(prompts.analysis,
             {{"data_summary", run.data_summary}, {"metrics", legacy_lines(summary.value())}});
  run.analysis = measure::measure_one(
      *be.value(), http,
      {cfg.model, analysis_prompt, cfg.persona.system_prompt, true, cfg.options_json, {}}, po);
  const std::int64_t t2 = mono_ns();
  run.times.analysis_s = seconds(t1, t2);
  if (!run.analysis.ok) return fail("analysis call failed: " + run.analysis.error);
  parse_analysis(run.analysis.text, run.findings, run.recommendations);
  // Stage 3: report.
  const std::string report_prompt =
      render(prompts.report,
             {{"findings", bullets(run.findings)},
              {"metrics_json", legacy_json(summary.value())},
              {"recommendations", bullets(run.recommendations)},
              {"length", cfg.persona.target_words
                             ? fmt::format("{} to {} words", cfg.persona.target_words->first,
                                           cfg.persona.target_words->second)
                             : std::string("as long as the content needs")}});
  run.report = measure::measure_one(
      *be.value(), http,
      {cfg.model, report_prompt, cfg.persona.system_prompt, true, cfg.options_json, {}}, po);
  const std::int64_t t3 = mono_ns();
  run.times.report_s = seconds(t2, t3);
  if (!run.report.ok) return fail("report call failed: " + run.report.error);
  run.grounding = analysis::check_grounding(run.report.text, sink.data);
  run.ok = true;
  run.end_ns = t3;
  run.times.total_s = seconds(run.start_ns, run.end_ns);
  return run;
}

}  // namespace chimera::agent
