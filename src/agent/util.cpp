#include "chimera/agent/util.hpp"

#include "chimera/agent/scenario.hpp"
#include "chimera/core/clock.hpp"

#include "chimera/report/probe_writers.hpp"
#include "chimera/transport/http_client.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include <ctime>
#include <fstream>
#include <sstream>

namespace chimera::agent {

std::string today_utc() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  ::gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

Status write_text_file(const std::filesystem::path& p, const std::string& text) {
  std::error_code ec;
  std::filesystem::create_directories(p.parent_path(), ec);
  const std::filesystem::path tmp = p.string() + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out)
      return Error{ErrorCode::io, "cannot write '" + p.string() + "'",
                   "check free space and --out"};
  }
  std::filesystem::rename(tmp, p, ec);
  if (ec) return Error{ErrorCode::io, "cannot write '" + p.string() + "': " + ec.message(), ""};
  return ok_status();
}

std::optional<double> call_mean(const AgentRun& r,
                                std::optional<double> stats::RequestMetrics::*m) {
  double sum = 0;
  int n = 0;
  for (const auto* c : {&r.analysis, &r.report}) {
    if (c->metrics.*m) sum += *(c->metrics.*m), ++n;
  }
  if (n == 0) return std::nullopt;
  return sum / n;
}

std::string generation_cell(const measure::RequestRecord& call) {
  const auto& n = call.metrics.output_tokens;
  if (!n && call.done_reason.empty()) return "n/a";
  std::string s = n ? fmt::format("{} tok", *n) : "n/a tok";
  if (!call.done_reason.empty()) s += " (" + call.done_reason + ")";
  return s;
}

void write_agent_json(JsonWriter& w, const AgentRun& r, const std::optional<double>& slowdown) {
  w.begin_object();
  w.key("name").value(r.config.persona.name);
  w.key("label").value(r.config.persona.label);
  w.key("backend").value(r.config.backend);
  w.key("url").value(r.config.url);
  w.key("model").value(r.config.model);
  w.key("options").value(r.config.options_json);
  w.key("ok").value(r.ok);
  w.key("error").value(r.error);
  w.key("demo_model").value(r.demo_model);
  w.key("execution_s").value(r.times.total_s);
  w.key("ingest_s").value(r.times.ingest_s);
  w.key("analysis_s").value(r.times.analysis_s);
  w.key("report_s").value(r.times.report_s);
  w.key("ttft_ms_mean").value(call_mean(r, &stats::RequestMetrics::ttft_ms));
  w.key("decode_tok_s_mean").value(call_mean(r, &stats::RequestMetrics::decode_tok_s));
  w.key("slowdown_vs_solo").value(slowdown);
  w.key("grounding_supported").value(r.grounding.supported());
  // What the agent report's "Answer Quality" section states, as data.
  const auto q = answer_quality(r.report.text, r.grounding, r.config.persona.target_words);
  w.key("answer_quality").begin_object();
  w.key("required_sections")
      .value(static_cast<std::uint64_t>(q.sections_present + q.sections_missing.size()));
  w.key("sections_present").value(static_cast<std::uint64_t>(q.sections_present));
  w.key("sections_missing").begin_array();
  for (const auto& m : q.sections_missing) w.value(m);
  w.end_array();
  w.key("length_words").value(static_cast<std::uint64_t>(q.words));
  const auto target = [&](bool low) -> std::optional<double> {
    if (!q.target_words) return std::nullopt;
    return static_cast<double>(low ? q.target_words->first : q.target_words->second);
  };
  w.key("target_words_from").value(target(true));
  w.key("target_words_to").value(target(false));
  w.end_object();
  w.key("calls").begin_array();
  report::write_record(w, r.analysis, "analysis");
  report::write_record(w, r.report, "report");
  w.end_array();
  w.end_object();
}

namespace {

template <typename T>
void read_opt(const nlohmann::json& j, const char* key, std::optional<T>& out) {
  const auto it = j.find(key);
  if (it != j.end() && it->is_number()) out = it->get<T>();
}

std::string str(const nlohmann::json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool flag(const nlohmann::json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_boolean() && it->get<bool>();
}

double num(const nlohmann::json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_number() ? it->get<double>() : 0.0;
}

measure::RequestRecord call_from_json(const nlohmann::json& c) {
  measure::RequestRecord r;
  r.ok = flag(c, "ok");
  r.error = str(c, "error");
  r.error_kind = measure::failure_from_name(str(c, "error_kind"));
  r.backend = str(c, "backend"), r.url = str(c, "url"), r.model = str(c, "model");
  r.done_reason = str(c, "done_reason"), r.reasoning = str(c, "reasoning"), r.text = str(c, "text");
  auto& m = r.metrics;
  read_opt(c, "ttft_ms", m.ttft_ms);
  read_opt(c, "first_byte_ms", m.first_byte_ms);
  read_opt(c, "first_token_ms", m.first_token_ms);
  read_opt(c, "e2e_ms", m.e2e_ms);
  read_opt(c, "tpot_ms", m.tpot_ms);
  read_opt(c, "decode_tok_s", m.decode_tok_s);
  read_opt(c, "output_tok_s", m.output_tok_s);
  read_opt(c, "prompt_tok_s", m.prompt_tok_s);
  read_opt(c, "prompt_eval_ms", m.prompt_eval_ms);
  read_opt(c, "load_ms", m.load_ms);
  read_opt(c, "prompt_tokens", m.prompt_tokens);
  read_opt(c, "output_tokens", m.output_tokens);
  return r;
}

// One agent object as write_agent_json writes it; none when it is not one.
std::optional<AgentRun> agent_from(const nlohmann::json& j) {
  if (!j.is_object() || !j.contains("name") || !j.contains("calls") || !j["calls"].is_array())
    return std::nullopt;
  AgentRun r;
  r.config.persona.name = str(j, "name");
  r.config.persona.label = str(j, "label");
  r.config.backend = str(j, "backend"), r.config.url = str(j, "url");
  r.config.model = str(j, "model"), r.config.options_json = str(j, "options");
  r.ok = flag(j, "ok");
  r.error = str(j, "error");
  r.demo_model = flag(j, "demo_model");
  r.times.total_s = num(j, "execution_s"), r.times.ingest_s = num(j, "ingest_s");
  r.times.analysis_s = num(j, "analysis_s"), r.times.report_s = num(j, "report_s");
  const auto& calls = j["calls"];
  if (!calls.empty() && calls[0].is_object()) r.analysis = call_from_json(calls[0]);
  if (calls.size() > 1 && calls[1].is_object()) r.report = call_from_json(calls[1]);
  return r;
}

}  // namespace

std::optional<AgentRun> agent_run_from_json(std::string_view json) {
  return agent_from(nlohmann::json::parse(json, nullptr, false));
}

std::optional<ConcurrentRun> run_from_json(std::string_view json, RunHeader* header) {
  const auto j = nlohmann::json::parse(json, nullptr, false);
  if (!j.is_object() || !j.contains("agents") || !j["agents"].is_array() || j["agents"].empty())
    return std::nullopt;
  ConcurrentRun r;
  r.index = static_cast<int>(num(j, "run"));
  r.wall_s = num(j, "wall_s");
  read_opt(j, "speedup", r.speedup);
  read_opt(j, "efficiency_pct", r.efficiency_pct);
  r.contention = flag(j, "contention");
  for (const auto& a : j["agents"]) {
    auto run = agent_from(a);
    if (!run) return std::nullopt;
    r.agents.push_back(std::move(*run));
    r.slowdown.emplace_back();
    read_opt(a, "slowdown_vs_solo", r.slowdown.back());
  }
  r.resumed = true;
  if (header) *header = {str(j, "scenario"), str(j, "tool")};
  return r;
}

Result<RunLog> RunLog::open(const std::filesystem::path& store, std::string_view prefix,
                            const std::filesystem::path& id_file, bool resume) {
  RunLog log;
  if (resume && !id_file.empty()) {  // the interrupted invocation's id: one invocation in the store
    std::ifstream in(id_file);
    std::getline(in, log.invocation_);
  }
  if (log.invocation_.empty()) {
    log.invocation_ = std::string(prefix) + "-" + today_utc() + "-" + std::to_string(mono_ns());
    if (!store.empty() && !id_file.empty()) {
      if (auto st = write_text_file(id_file, log.invocation_ + "\n"); !st) return st.error();
    }
  }
  if (store.empty()) return log;
  auto opened = store::ResultsStore::open(store);
  if (!opened) return opened.error();
  log.db_ = std::move(opened.value());
  return log;
}

void RunLog::keep(std::string_view kind, const std::string& json,
                  const std::function<void(const std::string&)>& say) {
  if (!db_) return;
  if (auto st = db_->append(kind, invocation_, json); !st && say)
    say("results store: " + st.error().describe());
}

void RunLog::keep_once(std::string_view kind, const std::string& json,
                       const std::function<void(const std::string&)>& say) {
  if (!db_) return;
  auto has = db_->contains(kind, json);
  if (!has) {
    if (say) say("results store: " + has.error().describe());
    return;
  }
  if (!has.value()) keep(kind, json, say);
}

std::string agent_json(const AgentRun& r) {
  std::ostringstream ss;
  JsonWriter w(ss, false);
  write_agent_json(w, r, std::nullopt);
  w.flush();
  return ss.str();
}

}  // namespace chimera::agent
