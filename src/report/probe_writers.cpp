#include "chimera/report/probe_writers.hpp"
#include "chimera/metrics/registry.hpp"

#include "chimera/report/html.hpp"

#include <fmt/format.h>

#include <functional>

#include "chimera/core/terminal.hpp"
#include "chimera/core/version.hpp"

namespace chimera::report {
namespace {

// The fields of a request record and the registry metric each one is.
constexpr std::pair<std::string_view, std::string_view> kFieldMetrics[] = {
    {"ttft_ms", "ttft"},
    {"e2e_ms", "e2e_latency"},
    {"tpot_ms", "tpot"},
    {"itl_ms", "itl"},
    {"decode_tok_s", "decode_rate"},
    {"output_tok_s", "output_rate"},
    {"prompt_tok_s", "prompt_eval_rate"},
    {"load_ms", "load_time"},
    {"prompt_eval_ms", "prompt_eval_time"},
};

using measure::RequestRecord;
using Getter = std::function<std::optional<double>(const RequestRecord&)>;

struct MetricDef {
  const char* name;
  Getter get;
};

std::optional<double> as_double(const std::optional<std::int64_t>& v) {
  if (!v) return std::nullopt;
  return static_cast<double>(*v);
}

const std::vector<MetricDef>& metric_defs() {
  static const std::vector<MetricDef> kDefs = {
      {"ttft_ms", [](const RequestRecord& r) { return r.metrics.ttft_ms; }},
      {"first_byte_ms", [](const RequestRecord& r) { return r.metrics.first_byte_ms; }},
      {"first_token_ms", [](const RequestRecord& r) { return r.metrics.first_token_ms; }},
      {"e2e_ms", [](const RequestRecord& r) { return r.metrics.e2e_ms; }},
      {"tpot_ms", [](const RequestRecord& r) { return r.metrics.tpot_ms; }},
      {"decode_tok_s", [](const RequestRecord& r) { return r.metrics.decode_tok_s; }},
      {"output_tok_s", [](const RequestRecord& r) { return r.metrics.output_tok_s; }},
      {"prompt_tok_s", [](const RequestRecord& r) { return r.metrics.prompt_tok_s; }},
      {"prompt_eval_ms", [](const RequestRecord& r) { return r.metrics.prompt_eval_ms; }},
      {"load_ms", [](const RequestRecord& r) { return r.metrics.load_ms; }},
      {"prompt_tokens", [](const RequestRecord& r) { return as_double(r.metrics.prompt_tokens); }},
      {"output_tokens", [](const RequestRecord& r) { return as_double(r.metrics.output_tokens); }},
  };
  return kDefs;
}

void write_opt(JsonWriter& w, const char* key, const std::optional<double>& v) {
  w.key(key).value(v);
}
void write_opt(JsonWriter& w, const char* key, const std::optional<std::int64_t>& v) {
  w.key(key);
  if (v) {
    w.value(*v);
  } else {
    w.null();
  }
}

void write_stats(JsonWriter& w, const stats::Summary& s) {
  w.begin_object();
  w.key("n").value(static_cast<std::uint64_t>(s.n));
  w.key("mean").value(s.mean);
  w.key("sd").value(s.sd);
  w.key("p50").value(s.p50);
  w.key("p95").value(s.p95);
  w.key("p99").value(s.p99);
  w.key("min").value(s.min);
  w.key("max").value(s.max);
  w.end_object();
}

void write_header_fields(JsonWriter& w, const ProbeHeader& h) {
  w.key("schema_version").value(kProbeSchemaVersion);
  w.key("tool").value(version_line());
  w.key("backend").value(h.backend);
  w.key("url").value(h.url);
  w.key("model").value(h.model);
  w.key("options");
  if (h.options_json.empty()) {
    w.null();
  } else {
    w.value(h.options_json);
  }
  w.key("requests").value(static_cast<std::uint64_t>(h.requests));
  w.key("warmup").value(static_cast<std::uint64_t>(h.warmup));
  w.key("environment").begin_object();
  for (const auto& e : h.environment) {
    w.key(e.key);
    if (e.value.empty()) {
      w.null();
    } else {
      w.value(e.value);
    }
  }
  w.end_object();
  w.key("environment_notes").begin_object();
  for (const auto& e : h.environment) {
    if (!e.note.empty()) w.key(e.key).value(e.note);
  }
  w.end_object();
  w.key("definitions").begin_object();
  for (const auto& [field, metric] : kFieldMetrics) {
    w.key(field).value(metrics::definition_of(metric));
  }
  w.key("first_token_ms")
      .value("time from sending the request to the first generated text, reasoning included");
  w.key("absent").value("null: the server did not report the value");
  w.end_object();
}

std::string fmt_opt(const std::optional<double>& v, int decimals = 1) {
  return v ? fmt::format("{:.{}f}", *v, decimals) : "n/a";
}

// Why a metric is absent from every measured record, as precisely as the records say.
std::string missing_reason(std::string_view metric, const std::vector<RequestRecord>& records,
                           std::size_t measured_ok) {
  if (measured_ok == 0) return "no measured request succeeded";
  if (metric == "tpot_ms" || metric == "decode_tok_s" || metric == "output_tok_s") {
    bool short_only = true;
    for (const auto& r : records) {
      if (!r.warmup && r.ok) short_only &= stats::rate_note(r.metrics) != "";
    }
    if (short_only) return "every request produced at most 1 output token: a rate needs two";
  }
  return "absent from every record: not reported or not applicable";
}

}  // namespace

std::vector<MetricSummary> summarize_probe(const std::vector<RequestRecord>& records) {
  std::vector<MetricSummary> out;
  std::size_t measured_ok = 0;
  std::vector<double> itl;
  for (const auto& r : records) {
    if (r.warmup || !r.ok) continue;
    ++measured_ok;
    itl.insert(itl.end(), r.metrics.itl_ms.begin(), r.metrics.itl_ms.end());
  }
  for (const auto& def : metric_defs()) {
    std::vector<double> v;
    for (const auto& r : records) {
      if (r.warmup || !r.ok) continue;
      if (auto x = def.get(r)) v.push_back(*x);
    }
    MetricSummary m{def.name, stats::summarize(v), {}};
    if (!m.summary) m.missing_reason = missing_reason(def.name, records, measured_ok);
    out.push_back(std::move(m));
  }
  MetricSummary gaps{"itl_ms", stats::summarize(itl), {}};
  if (!gaps.summary) gaps.missing_reason = "fewer than two text chunks per request";
  out.push_back(std::move(gaps));
  return out;
}

void write_record(JsonWriter& w, const RequestRecord& r, std::string_view stage) {
  w.begin_object();
  w.key("type").value("request");
  if (!stage.empty()) w.key("stage").value(std::string(stage));
  w.key("index").value(static_cast<std::uint64_t>(r.index));
  w.key("warmup").value(r.warmup);
  w.key("ok").value(r.ok);
  w.key("error_kind").value(std::string(measure::failure_name(r.error_kind)));
  w.key("error").value(r.error);
  w.key("backend").value(r.backend);
  w.key("url").value(r.url);
  w.key("model").value(r.model);
  w.key("http_status").value(static_cast<std::int64_t>(r.http_status));
  w.key("attempts").value(r.attempts);
  w.key("chunks").value(static_cast<std::uint64_t>(r.chunks));
  w.key("malformed").value(static_cast<std::uint64_t>(r.malformed));
  const auto& m = r.metrics;
  write_opt(w, "ttft_ms", m.ttft_ms);
  write_opt(w, "first_byte_ms", m.first_byte_ms);
  write_opt(w, "first_token_ms", m.first_token_ms);
  write_opt(w, "e2e_ms", m.e2e_ms);
  write_opt(w, "tpot_ms", m.tpot_ms);
  w.key("itl_ms");
  if (auto s = stats::summarize(m.itl_ms)) {
    write_stats(w, *s);
  } else {
    w.null();
  }
  write_opt(w, "decode_tok_s", m.decode_tok_s);
  write_opt(w, "output_tok_s", m.output_tok_s);
  if (const auto note = stats::rate_note(m); !note.empty()) w.key("rate_note").value(note);
  write_opt(w, "prompt_tok_s", m.prompt_tok_s);
  write_opt(w, "prompt_eval_ms", m.prompt_eval_ms);
  write_opt(w, "load_ms", m.load_ms);
  write_opt(w, "prompt_tokens", m.prompt_tokens);
  write_opt(w, "output_tokens", m.output_tokens);
  w.key("token_source").value(stats::token_source_name(m.token_source));
  w.key("server").begin_object();
  write_opt(w, "prompt_tokens", r.server.prompt_tokens);
  write_opt(w, "output_tokens", r.server.output_tokens);
  write_opt(w, "cached_tokens", r.server.cached_tokens);
  write_opt(w, "prompt_evaluated", r.server.prompt_evaluated);
  write_opt(w, "decode_tok_s", r.server.decode_tok_s);
  write_opt(w, "prompt_tok_s", r.server.prompt_tok_s);
  write_opt(w, "total_duration_ns", r.server.total_duration_ns);
  write_opt(w, "load_duration_ns", r.server.load_duration_ns);
  write_opt(w, "prompt_eval_duration_ns", r.server.prompt_eval_duration_ns);
  write_opt(w, "eval_duration_ns", r.server.eval_duration_ns);
  w.end_object();
  // Raw client timestamps, nanoseconds after send.
  const auto& t = r.timeline;
  const auto rel = [&](const std::optional<std::int64_t>& v) -> std::optional<std::int64_t> {
    if (!v) return std::nullopt;
    return *v - t.send_ns;
  };
  w.key("timestamps_ns").begin_object();
  write_opt(w, "first_byte", rel(t.first_byte_ns));
  write_opt(w, "first_token", rel(t.first_token_ns));
  write_opt(w, "first_content", rel(t.first_content_ns));
  write_opt(w, "done", rel(t.done_ns));
  w.key("chunks").begin_array();
  for (const auto c : t.token_chunk_ns) w.value(static_cast<std::int64_t>(c - t.send_ns));
  w.end_array();
  w.end_object();
  w.key("done_reason").value(r.done_reason);
  w.key("reasoning").value(r.reasoning);
  w.key("text").value(r.text);
  w.end_object();
}

void write_summary(JsonWriter& w, const std::vector<MetricSummary>& s) {
  w.begin_object();
  for (const auto& m : s) {
    w.key(m.name);
    if (m.summary) {
      write_stats(w, *m.summary);
    } else {
      w.begin_object();
      w.key("n").value(0);
      w.key("missing").value(m.missing_reason);
      w.end_object();
    }
  }
  w.end_object();
}

void write_probe_jsonl_header(std::ostream& out, const ProbeHeader& h) {
  JsonWriter w(out, false);
  w.begin_object();
  w.key("type").value("run");
  write_header_fields(w, h);
  w.end_object();
  w.flush();
  out << "\n";
}

void write_probe_json(std::ostream& out, const ProbeHeader& h,
                      const std::vector<RequestRecord>& records) {
  JsonWriter w(out);
  w.begin_object();
  write_header_fields(w, h);
  w.key("records").begin_array();
  for (const auto& r : records) write_record(w, r);
  w.end_array();
  w.key("summary");
  write_summary(w, summarize_probe(records));
  w.end_object();
  w.flush();
}

void write_probe_text(std::ostream& out, const ProbeHeader& h,
                      const std::vector<RequestRecord>& records) {
  std::string s = fmt::format("chimera probe: {} at {}, model {}\n", h.backend, h.url, h.model);
  s += fmt::format("options: {}\n", h.options_json.empty() ? "(server defaults)" : h.options_json);
  s += "environment:\n";
  for (const auto& e : h.environment) {
    std::string v = e.value.empty() ? "n/a (" + e.note + ")" : e.value;
    if (e.key.ends_with("digest") && v.size() > 16) v = v.substr(0, 12);  // as `ollama list`
    s += fmt::format("  {:<20} {}\n", e.key, v);
  }
  s += fmt::format("\n{:>4} {:>6} {:>8} {:>9} {:>7} {:>6} {:>9} {:>8} {:>8}\n", "#", "status",
                   "ttft_ms", "e2e_ms", "tpot_ms", "tokens", "prompt/s", "decode/s", "output/s");
  std::string notes;
  for (const auto& r : records) {
    const std::string id = r.warmup ? "w" + std::to_string(r.index) : std::to_string(r.index);
    const auto& m = r.metrics;
    const std::string tokens =
        m.output_tokens ? std::to_string(*m.output_tokens) +
                              (m.token_source == stats::TokenSource::estimated ? "~" : "")
                        : "n/a";
    const std::string note = !r.ok
                                 ? std::string(measure::failure_name(r.error_kind)) + ": " + r.error
                                 : stats::rate_note(r.metrics);
    if (!note.empty()) notes += fmt::format("  {}: {}\n", id, note);
    s += fmt::format("{:>4} {:>6} {:>8} {:>9} {:>7} {:>6} {:>9} {:>8} {:>8}\n", id,
                     r.ok ? "ok" : "FAIL", fmt_opt(m.ttft_ms), fmt_opt(m.e2e_ms),
                     fmt_opt(m.tpot_ms, 2), tokens, fmt_opt(m.prompt_tok_s),
                     fmt_opt(m.decode_tok_s), fmt_opt(m.output_tok_s));
  }
  if (h.warmup > 0) s += "  (w: warm-up request, not measured)\n";
  if (!notes.empty()) s += "notes:\n" + notes;
  std::size_t measured = 0, failed = 0;
  for (const auto& r : records) {
    if (r.warmup) continue;
    ++measured;
    failed += r.ok ? 0 : 1;
  }
  s += fmt::format("\nsummary over {} measured request(s), {} failed ({} warm-up not counted):\n",
                   measured, failed, h.warmup);
  s += fmt::format("  {:<14} {:>4} {:>9} {:>8} {:>9} {:>9} {:>9} {:>9}\n", "metric", "n", "mean",
                   "sd", "p50", "p95", "min", "max");
  for (const auto& m : summarize_probe(records)) {
    if (!m.summary) {
      s += fmt::format("  {:<14} {:>4} n/a ({})\n", m.name, 0, m.missing_reason);
      continue;
    }
    const auto& x = *m.summary;
    s += fmt::format("  {:<14} {:>4} {:>9.2f} {:>8.2f} {:>9.2f} {:>9.2f} {:>9.2f} {:>9.2f}\n",
                     m.name, x.n, x.mean, x.sd, x.p50, x.p95, x.min, x.max);
  }
  bool estimated = false;
  for (const auto& r : records)
    estimated |= r.metrics.token_source == stats::TokenSource::estimated;
  if (estimated) s += "  (~ marks token counts estimated from chunks: the server reported none)\n";
  out << term::wrap(s, 80);
}

std::string probe_html(const ProbeHeader& h, const std::vector<measure::RequestRecord>& records) {
  html::Page page("Chimera Insight: probe — " + h.model);
  page.paragraph(fmt::format(
      "{} at {}, model {}, options {}; {} measured request(s) after {} warm-up.", h.backend, h.url,
      h.model, h.options_json.empty() ? "server defaults" : h.options_json, h.requests, h.warmup));
  std::vector<double> ttft, e2e;
  html::Table t{
      {"#", "ok", "TTFT ms", "TPOT ms", "E2E ms", "decode tok/s", "output tokens", "error"},
      {},
      {true, false, true, true, true, true, true, false}};
  const auto o = [](const std::optional<double>& v) {
    return v ? fmt::format("{:.2f}", *v) : std::string("n/a");
  };
  for (const auto& r : records) {
    if (r.warmup) continue;
    if (r.ok && r.metrics.ttft_ms) ttft.push_back(*r.metrics.ttft_ms);
    if (r.ok && r.metrics.e2e_ms) e2e.push_back(*r.metrics.e2e_ms);
    t.rows.push_back({std::to_string(r.index + 1), r.ok ? "yes" : "NO", o(r.metrics.ttft_ms),
                      o(r.metrics.tpot_ms), o(r.metrics.e2e_ms), o(r.metrics.decode_tok_s),
                      r.metrics.output_tokens ? std::to_string(*r.metrics.output_tokens) : "n/a",
                      r.error});
  }
  page.section(
      "Latency",
      html::cdf_chart("probe-ttft-cdf", "TTFT distribution", "TTFT (ms)", {{"TTFT", ttft}}) +
          html::cdf_chart("probe-e2e-cdf", "End-to-end distribution", "E2E (ms)", {{"E2E", e2e}}));
  page.section("Requests", html::table(t));
  std::string texts;
  for (const auto& r : records) {
    if (!r.warmup && !r.text.empty()) {
      texts += "<h3>Request " + std::to_string(r.index + 1) + "</h3>" + html::pre(r.text);
      break;  // the first answer is enough to see what the model said
    }
  }
  if (!texts.empty()) page.section("The model's first answer", texts);
  std::vector<std::pair<std::string, std::string>> env;
  for (const auto& e : h.environment)
    env.emplace_back(e.key, e.value + (e.note.empty() ? "" : " (" + e.note + ")"));
  page.environment(env);
  page.definitions({{"TTFT", std::string(metrics::definition_of("ttft"))},
                    {"TPOT", std::string(metrics::definition_of("tpot"))},
                    {"E2E", std::string(metrics::definition_of("e2e_latency"))},
                    {"decode tok/s", std::string(metrics::definition_of("decode_rate"))}});
  return page.finish();
}

}  // namespace chimera::report
