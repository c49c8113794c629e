#include "chimera/report/load_writers.hpp"
#include "chimera/metrics/registry.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "chimera/core/json_writer.hpp"
#include "chimera/core/numeric.hpp"
#include "chimera/core/version.hpp"
#include "chimera/report/html.hpp"

namespace chimera::report {
namespace {

std::string opt(const std::optional<double>& v, const char* f = "{:.1f}") {
  return v ? fmt::format(fmt::runtime(f), *v) : "n/a";
}

std::string xname(const LoadReport& r) {
  return r.mode == "open" ? "rate (req/s)" : "concurrency";
}

// What an interrupted level's figures cover.
std::string interruption_note(const LoadReport& r, const LoadLevelReport& l) {
  const auto& m = l.summary;
  std::string s = level_name(r, l) + ": interrupted (Ctrl-C) ";
  s += m.planned_window_s > 0
           ? fmt::format("after {:.1f} s of its {:.1f} s window", m.window_s, m.planned_window_s)
           : fmt::format("after {:.1f} s of measurement", m.window_s);
  s += "; its rates are over the part that ran";
  if (m.cut_off > 0)
    s += fmt::format(", and the {} request(s) the interruption cut off are not counted", m.cut_off);
  return s + ". `--resume` runs this level again.";
}

void write_pct(JsonWriter& w, const measure::Percentiles& p) {
  w.begin_object();
  w.key("n").value(static_cast<std::uint64_t>(p.n));
  w.key("mean").value(p.mean);
  w.key("p50").value(p.p50);
  w.key("p90").value(p.p90);
  w.key("p95").value(p.p95);
  w.key("p99").value(p.p99);
  w.key("warnings").begin_array();
  for (const auto& x : p.warnings) w.value(x);
  w.end_array();
  w.end_object();
}

}  // namespace

const std::vector<std::pair<std::string, std::string>>& load_definitions() {
  static const std::vector<std::pair<std::string, std::string>> d = {
      {"measured request",
       "a request sent inside the level's measurement window (after the warm-up, "
       "before the cool-down); the load is held through the cool-down"},
      {"requests/s", "successful measured requests / window length"},
      {"output tok/s", "output tokens of the successful measured requests / window length"},
      {"TTFT", std::string(metrics::definition_of("ttft"))},
      {"TPOT", std::string(metrics::definition_of("tpot")) + ", per request"},
      {"inter-chunk", std::string(metrics::definition_of("itl")) + ", over all requests"},
      {"E2E", std::string(metrics::definition_of("e2e_latency"))},
      {"prompt tok/s", std::string(metrics::definition_of("prompt_eval_rate")) +
                           ", per request as the server reports it (p50 over the level)"},
      {"percentiles",
       "p50/p90/p95/p99 by linear interpolation between closest ranks (Hyndman-Fan "
       "type 7, numpy's default); p90, p95 and p99 need at least 10, 20 and 100 values"},
      {"goodput",
       "successful measured requests whose own TTFT / TPOT / inter-chunk / E2E are all "
       "within the SLO bounds, per second of window (DistServe's definition)"},
      {"SLO met", "the level's percentile of the metric is within its bound and no request failed"},
      {"in flight", "requests sent and not finished, time-weighted mean and peak over the window"},
  };
  return d;
}

std::vector<std::string> queueing_notes(const LoadReport& r) {
  std::vector<std::string> out;
  if (!r.server_parallel || r.mode != "closed") return out;
  const double slots = static_cast<double>(*r.server_parallel);
  const LoadLevelReport* at_slots = nullptr;
  for (const auto& l : r.levels) {
    if (l.level <= slots) at_slots = &l;
  }
  for (const auto& l : r.levels) {
    if (l.level <= slots) continue;
    if (l.summary.refused > 0) {
      out.push_back(fmt::format(
          "At concurrency {:g}, {} of {} measured request(s) were refused at once (HTTP 429/503: "
          "the server's queue was full), so how long requests wait in its queue cannot be read "
          "from this level; raise the server's queue (OLLAMA_MAX_QUEUE) or lower the "
          "concurrency.",
          l.level, l.summary.refused, l.summary.measured));
      continue;
    }
    std::string s = fmt::format(
        "At concurrency {:g} the client keeps more requests in flight than the server's {} slot(s) "
        "(Ollama's OLLAMA_NUM_PARALLEL, llama-server's -np): about {:.1f} request(s) wait in the "
        "server's queue at any time, "
        "and "
        "that wait is inside their TTFT",
        l.level, *r.server_parallel, std::max(0.0, l.summary.in_flight_mean - slots));
    if (at_slots && at_slots->summary.ttft.p50 && l.summary.ttft.p50)
      s += fmt::format(" (TTFT p50 {:.1f} ms here against {:.1f} ms at concurrency {:g})",
                       *l.summary.ttft.p50, *at_slots->summary.ttft.p50, at_slots->level);
    out.push_back(s + ".");
  }
  return out;
}

std::vector<std::string> load_notes(const LoadReport& r) {
  std::vector<std::string> notes;
  for (const auto& l : r.levels) {
    const auto& m = l.summary;
    if (m.interrupted) notes.push_back(interruption_note(r, l));
    for (const auto& f : m.failures)
      notes.push_back(
          fmt::format("{}: {} request(s) failed with {}", level_name(r, l), f.second, f.first));
    if (m.dropped)
      notes.push_back(fmt::format("{}: {} arrival(s) dropped (client in-flight cap reached)",
                                  level_name(r, l), m.dropped));
    for (const auto& [slo, met] : m.slo_met)
      notes.push_back(fmt::format("{}: SLO {} {}", level_name(r, l), slo, met ? "met" : "NOT met"));
  }
  for (const auto& q : queueing_notes(r)) notes.push_back(q);
  if (!r.sweep_note.empty()) notes.push_back(r.sweep_note);
  return notes;
}

std::string level_name(const LoadReport& r, const LoadLevelReport& l) {
  return r.mode == "open" ? fmt::format("{:g} req/s", l.level) : fmt::format("c={:g}", l.level);
}

std::string load_markdown(const LoadReport& r) {
  std::string s = fmt::format(
      "# Chimera Insight: load benchmark\n\n**Server:** {} {} — model {}\n**Load:** {} loop; {}\n"
      "**Workload:** {}\n**SLOs:** {}\n**GPU:** {}\n\n",
      r.backend, r.url, r.model, r.mode, r.phases, r.workload,
      r.slos.empty() ? std::string("none") : [&] {
        std::string t;
        for (const auto& x : r.slos) t += (t.empty() ? "" : ", ") + x.text;
        return t;
      }(), r.gpu);
  s += fmt::format(
      "| {} | measured | ok | failed | req/s | out tok/s | goodput req/s | TTFT p50 | TTFT p95 | "
      "TTFT p99 | TPOT p50 | TPOT p95 | ITL p95 | E2E p50 | E2E p95 | prompt tok/s p50 | in flight "
      "mean / peak | CPU mean / peak % | GPU util mean / peak % |\n",
      xname(r));
  s += "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
       "---:|\n";
  for (const auto& l : r.levels) {
    const auto& m = l.summary;
    s += fmt::format(
        "| {:g}{} | {} | {} | {} | {:.2f} | {:.1f} | {} | {} | {} | {} | {} | {} | {} | {} | {} | "
        "{} | {:.1f} / {} "
        "| {} / {} | {} / {} |\n",
        l.level, m.interrupted ? " (interrupted)" : "", m.measured, m.ok, m.failed,
        m.requests_per_s, m.output_tok_s, opt(m.goodput_rps, "{:.2f}"), opt(m.ttft.p50),
        opt(m.ttft.p95), opt(m.ttft.p99), opt(m.tpot.p50, "{:.2f}"), opt(m.tpot.p95, "{:.2f}"),
        opt(m.itl.p95, "{:.2f}"), opt(m.e2e.p50), opt(m.e2e.p95), opt(m.prompt_tok_s.p50, "{:.0f}"),
        m.in_flight_mean, m.in_flight_peak, opt(l.telemetry.cpu_mean, "{:.0f}"),
        opt(l.telemetry.cpu_peak, "{:.0f}"), opt(l.telemetry.gpu_util_mean, "{:.0f}"),
        opt(l.telemetry.gpu_util_peak, "{:.0f}"));
  }
  s += "\nTimes in ms. Percentiles are type 7 (linear interpolation, numpy's default).\n";
  std::string notes;
  for (const auto& n : load_notes(r)) notes += "- " + n + "\n";
  for (const auto& l : r.levels) {
    for (const auto& w : l.summary.ttft.warnings)
      notes += fmt::format("- {}: TTFT {}\n", level_name(r, l), w);
  }
  if (!notes.empty()) s += "\n## Notes\n\n" + notes;
  s += "\n## Environment\n\n";
  for (const auto& [k, v] : r.environment) s += "- " + k + ": " + v + "\n";
  s += "\n## Definitions\n\n";
  for (const auto& [k, v] : load_definitions()) s += "- **" + k + "**: " + v + "\n";
  return s;
}

void load_json(std::ostream& out, const LoadReport& r) {
  JsonWriter w(out);
  w.begin_object();
  w.key("schema_version").value(1);
  w.key("tool").value(version_line());
  w.key("backend").value(r.backend);
  w.key("url").value(r.url);
  w.key("model").value(r.model);
  w.key("mode").value(r.mode);
  w.key("workload").value(r.workload);
  w.key("workload_parameters").begin_object();
  for (const auto& [k, v] : r.workload_parameters) w.key(k).value(v);
  w.end_object();
  w.key("phases").value(r.phases);
  w.key("gpu").value(r.gpu);
  w.key("server_parallel");
  if (r.server_parallel) {
    w.value(static_cast<std::uint64_t>(*r.server_parallel));
  } else {
    w.null();
  }
  w.key("slos").begin_array();
  for (const auto& x : r.slos) w.value(x.text);
  w.end_array();
  w.key("environment").begin_object();
  for (const auto& [k, v] : r.environment) w.key(k).value(v);
  w.end_object();
  w.key("levels").begin_array();
  for (const auto& l : r.levels) {
    const auto& m = l.summary;
    w.begin_object();
    w.key(r.mode == "open" ? "rate" : "concurrency").value(l.level);
    w.key("window_s").value(m.window_s);
    w.key("interrupted").value(m.interrupted);
    if (m.interrupted) {
      w.key("planned_window_s").value(m.planned_window_s);
      w.key("cut_off").value(static_cast<std::uint64_t>(m.cut_off));
    }
    w.key("refused").value(static_cast<std::uint64_t>(m.refused));
    w.key("measured").value(static_cast<std::uint64_t>(m.measured));
    w.key("ok").value(static_cast<std::uint64_t>(m.ok));
    w.key("failed").value(static_cast<std::uint64_t>(m.failed));
    w.key("dropped").value(static_cast<std::uint64_t>(m.dropped));
    w.key("failures").begin_object();
    for (const auto& [k, n] : m.failures) w.key(k).value(static_cast<std::uint64_t>(n));
    w.end_object();
    w.key("requests_per_s").value(m.requests_per_s);
    w.key("output_tok_s").value(m.output_tok_s);
    w.key("goodput_rps").value(m.goodput_rps);
    w.key("slo_attainment").value(m.slo_attainment);
    w.key("slo_met").begin_object();
    for (const auto& [k, met] : m.slo_met) w.key(k).value(met);
    w.end_object();
    w.key("ttft_ms");
    write_pct(w, m.ttft);
    w.key("tpot_ms");
    write_pct(w, m.tpot);
    w.key("itl_ms");
    write_pct(w, m.itl);
    w.key("e2e_ms");
    write_pct(w, m.e2e);
    w.key("prompt_tok_s");
    write_pct(w, m.prompt_tok_s);
    w.key("ttft_samples_ms").begin_array();
    for (const double x : m.ttft_ms) w.value(x);
    w.end_array();
    w.key("e2e_samples_ms").begin_array();
    for (const double x : m.e2e_ms) w.value(x);
    w.end_array();
    w.key("in_flight_mean").value(m.in_flight_mean);
    w.key("in_flight_peak").value(static_cast<std::uint64_t>(m.in_flight_peak));
    w.key("telemetry").begin_object();
    w.key("samples").value(static_cast<std::uint64_t>(l.telemetry.samples));
    w.key("cpu_mean_pct").value(l.telemetry.cpu_mean);
    w.key("cpu_peak_pct").value(l.telemetry.cpu_peak);
    w.key("mem_peak_mib").value(l.telemetry.mem_peak_mib);
    w.key("gpu_util_mean_pct").value(l.telemetry.gpu_util_mean);
    w.key("gpu_util_peak_pct").value(l.telemetry.gpu_util_peak);
    w.key("gpu_mem_peak_mib").value(l.telemetry.gpu_mem_peak_mib);
    w.key("gpu_power_mean_w").value(l.telemetry.gpu_power_mean);
    w.key("gpu_power_peak_w").value(l.telemetry.gpu_power_peak);
    w.end_object();
    w.end_object();
  }
  w.end_array();
  w.key("queueing").begin_array();
  for (const auto& q : queueing_notes(r)) w.value(q);
  w.end_array();
  w.key("sweep_note").value(r.sweep_note);
  w.key("knee").value(r.knee);
  w.key("load_id").value(r.load_id);
  w.end_object();
  w.flush();
  out << "\n";
}

std::string load_html(const LoadReport& r) {
  return load_page(r).finish();
}

html::Page load_page(const LoadReport& r) {
  html::Page page("Chimera Insight: load benchmark — " + r.model);
  page.paragraph(fmt::format("{} at {} ({}), {} loop; {}. Workload: {}.", r.backend, r.url, r.model,
                             r.mode, r.phases, r.workload));
  const bool log_x = r.mode == "closed" && r.levels.size() > 2;
  std::vector<html::Series> ttft{
      {"TTFT p50 (ms)", {}}, {"TTFT p95 (ms)", {}}, {"TTFT p99 (ms)", {}}};
  std::vector<html::Series> tput{{"output tok/s", {}}};
  std::vector<html::Series> rps{{"requests/s", {}}, {"goodput req/s", {}}};
  for (const auto& l : r.levels) {
    const auto& m = l.summary;
    if (m.ttft.p50) ttft[0].points.emplace_back(l.level, *m.ttft.p50);
    if (m.ttft.p95) ttft[1].points.emplace_back(l.level, *m.ttft.p95);
    if (m.ttft.p99) ttft[2].points.emplace_back(l.level, *m.ttft.p99);
    tput[0].points.emplace_back(l.level, m.output_tok_s);
    rps[0].points.emplace_back(l.level, m.requests_per_s);
    if (m.goodput_rps) rps[1].points.emplace_back(l.level, *m.goodput_rps);
  }
  if (rps[1].points.empty()) rps.pop_back();
  html::LineOptions plain{log_x, {}};
  if (r.knee) plain.lines.push_back({'x', *r.knee, fmt::format("knee (c={:g})", *r.knee)});
  html::LineOptions with_slo = plain;
  for (const auto& slo : r.slos) {
    if (slo.metric == "ttft") with_slo.lines.push_back({'y', slo.bound_ms, "SLO " + slo.text});
  }
  std::string charts =
      html::line_chart("ttft-vs-load", "TTFT against " + xname(r), xname(r), "ms", ttft, with_slo);
  charts += html::line_chart("throughput-vs-load", "Output throughput against " + xname(r),
                             xname(r), "tok/s", tput, plain);
  charts += html::line_chart("requests-vs-load", "Requests per second against " + xname(r),
                             xname(r), "req/s", rps, plain);
  std::vector<std::pair<std::string, std::vector<double>>> cdf_t, cdf_e;
  for (const auto& l : r.levels) {
    cdf_t.emplace_back(level_name(r, l), l.summary.ttft_ms);
    cdf_e.emplace_back(level_name(r, l), l.summary.e2e_ms);
  }
  charts += html::cdf_chart("ttft-cdf", "TTFT distribution per level", "TTFT (ms)", cdf_t);
  charts +=
      html::cdf_chart("e2e-cdf", "End-to-end latency distribution per level", "E2E (ms)", cdf_e);
  page.section("Charts", charts);
  html::Table t{{xname(r),          "measured",       "ok",         "failed",     "req/s",
                 "out tok/s",       "goodput req/s",  "TTFT p50",   "TTFT p95",   "TTFT p99",
                 "TPOT p50",        "TPOT p95",       "ITL p95",    "E2E p50",    "E2E p95",
                 "in flight mean",  "in flight peak", "CPU mean %", "CPU peak %", "GPU util mean %",
                 "GPU mem peak MiB"},
                {},
                std::vector<bool>(21, true)};
  for (const auto& l : r.levels) {
    const auto& m = l.summary;
    t.rows.push_back({fmt::format("{:g}{}", l.level, m.interrupted ? " (interrupted)" : ""),
                      std::to_string(m.measured),
                      std::to_string(m.ok),
                      std::to_string(m.failed),
                      fmt::format("{:.2f}", m.requests_per_s),
                      fmt::format("{:.1f}", m.output_tok_s),
                      opt(m.goodput_rps, "{:.2f}"),
                      opt(m.ttft.p50),
                      opt(m.ttft.p95),
                      opt(m.ttft.p99),
                      opt(m.tpot.p50, "{:.2f}"),
                      opt(m.tpot.p95, "{:.2f}"),
                      opt(m.itl.p95, "{:.2f}"),
                      opt(m.e2e.p50),
                      opt(m.e2e.p95),
                      fmt::format("{:.1f}", m.in_flight_mean),
                      std::to_string(m.in_flight_peak),
                      opt(l.telemetry.cpu_mean, "{:.0f}"),
                      opt(l.telemetry.cpu_peak, "{:.0f}"),
                      opt(l.telemetry.gpu_util_mean, "{:.0f}"),
                      opt(l.telemetry.gpu_mem_peak_mib, "{:.0f}")});
  }
  page.section("Levels", html::table(t) + html::p("Times in ms. " + r.gpu));
  std::string notes;
  for (const auto& l : r.levels) {
    const auto& m = l.summary;
    if (m.interrupted) notes += "<p class=\"warn\">" + html::esc(interruption_note(r, l)) + "</p>";
    for (const auto& f : m.failures)
      notes += html::p(
          fmt::format("{}: {} request(s) failed with {}", level_name(r, l), f.second, f.first));
    for (const auto& [slo, met] : m.slo_met)
      notes +=
          html::p(fmt::format("{}: SLO {} {}", level_name(r, l), slo, met ? "met" : "NOT met"));
    for (const auto& w : m.ttft.warnings)
      notes += "<p class=\"warn\">" + html::esc(level_name(r, l) + ": TTFT " + w) + "</p>";
  }
  for (const auto& q : queueing_notes(r)) notes += html::p(q);
  if (!r.sweep_note.empty()) notes += html::p(r.sweep_note);
  if (!notes.empty()) page.section("Notes", notes);
  auto env = r.environment;
  env.insert(env.begin(), {"GPU", r.gpu});
  page.environment(env);
  page.definitions(load_definitions());
  return page;
}

namespace {

std::optional<double> num_or(const nlohmann::json& j, const char* k) {
  const auto it = j.find(k);
  if (it == j.end() || !it->is_number()) return std::nullopt;
  return it->get<double>();
}

measure::Percentiles pct_from(const nlohmann::json& j) {
  measure::Percentiles p;
  if (!j.is_object()) return p;
  p.n = j.value("n", std::size_t{0});
  p.mean = num_or(j, "mean");
  p.p50 = num_or(j, "p50");
  p.p90 = num_or(j, "p90");
  p.p95 = num_or(j, "p95");
  p.p99 = num_or(j, "p99");
  for (const auto& w : j.value("warnings", nlohmann::json::array()))
    p.warnings.push_back(w.get<std::string>());
  return p;
}

}  // namespace

std::optional<LoadLevelReport> level_from_json(std::string_view text) {
  const auto j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.contains("levels") || j["levels"].size() != 1) return std::nullopt;
  try {
    const auto& l = j["levels"][0];
    LoadLevelReport r;
    r.level = l.contains("rate") ? l["rate"].get<double>() : l.at("concurrency").get<double>();
    auto& m = r.summary;
    m.window_s = l.at("window_s").get<double>();
    m.interrupted = l.value("interrupted", false);
    m.planned_window_s = l.value("planned_window_s", 0.0);
    m.cut_off = l.value("cut_off", std::size_t{0});
    m.refused = l.value("refused", std::size_t{0});
    m.measured = l.at("measured").get<std::size_t>();
    m.ok = l.at("ok").get<std::size_t>();
    m.failed = l.at("failed").get<std::size_t>();
    m.dropped = l.value("dropped", std::size_t{0});
    for (const auto& [k, v] : l.at("failures").items()) m.failures[k] = v.get<std::size_t>();
    m.requests_per_s = l.at("requests_per_s").get<double>();
    m.output_tok_s = l.at("output_tok_s").get<double>();
    m.goodput_rps = num_or(l, "goodput_rps");
    m.slo_attainment = num_or(l, "slo_attainment");
    for (const auto& [k, v] : l.at("slo_met").items()) m.slo_met.emplace_back(k, v.get<bool>());
    m.ttft = pct_from(l.at("ttft_ms"));
    m.tpot = pct_from(l.at("tpot_ms"));
    m.itl = pct_from(l.at("itl_ms"));
    m.e2e = pct_from(l.at("e2e_ms"));
    if (l.contains("prompt_tok_s")) m.prompt_tok_s = pct_from(l["prompt_tok_s"]);
    m.ttft_ms = l.value("ttft_samples_ms", std::vector<double>{});
    m.e2e_ms = l.value("e2e_samples_ms", std::vector<double>{});
    m.in_flight_mean = l.at("in_flight_mean").get<double>();
    m.in_flight_peak = l.at("in_flight_peak").get<std::size_t>();
    m.label = (j.value("mode", std::string()) == "open" ? "rate " : "concurrency ") +
              numeric::format_double(r.level);
    const auto& t = l.at("telemetry");
    r.telemetry.samples = t.value("samples", std::size_t{0});
    r.telemetry.cpu_mean = num_or(t, "cpu_mean_pct");
    r.telemetry.cpu_peak = num_or(t, "cpu_peak_pct");
    r.telemetry.mem_peak_mib = num_or(t, "mem_peak_mib");
    r.telemetry.gpu_util_mean = num_or(t, "gpu_util_mean_pct");
    r.telemetry.gpu_util_peak = num_or(t, "gpu_util_peak_pct");
    r.telemetry.gpu_mem_peak_mib = num_or(t, "gpu_mem_peak_mib");
    r.telemetry.gpu_power_mean = num_or(t, "gpu_power_mean_w");
    r.telemetry.gpu_power_peak = num_or(t, "gpu_power_peak_w");
    return r;
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

std::optional<LoadReport> report_from_json(std::string_view text) {
  auto level = level_from_json(text);
  if (!level) return std::nullopt;
  // Ordered: the environment reads back in the order it was captured.
  const auto j = nlohmann::ordered_json::parse(text, nullptr, false);
  LoadReport r;
  r.backend = j.value("backend", "");
  r.url = j.value("url", "");
  r.model = j.value("model", "");
  r.mode = j.value("mode", "closed");
  r.workload = j.value("workload", "");
  if (j.contains("workload_parameters") && j["workload_parameters"].is_object()) {
    for (const auto& [k, v] : j["workload_parameters"].items()) {
      if (v.is_number()) r.workload_parameters.emplace_back(k, v.get<double>());
    }
  }
  r.phases = j.value("phases", "");
  r.gpu = j.value("gpu", "");
  r.load_id = j.value("load_id", "");
  r.sweep_note = j.value("sweep_note", "");
  if (j.contains("knee") && j["knee"].is_number()) r.knee = j["knee"].get<double>();
  if (j.contains("server_parallel") && j["server_parallel"].is_number())
    r.server_parallel = j["server_parallel"].get<std::size_t>();
  std::string slos;
  for (const auto& x : j.value("slos", nlohmann::ordered_json::array()))
    slos += (slos.empty() ? "" : ",") + x.get<std::string>();
  if (auto parsed = measure::parse_slos(slos)) r.slos = parsed.value();
  const nlohmann::ordered_json env = j.value("environment", nlohmann::ordered_json::object());
  for (const auto& [k, v] : env.items())
    r.environment.emplace_back(k, v.is_string() ? v.get<std::string>() : v.dump());
  r.levels.push_back(std::move(*level));
  return r;
}

}  // namespace chimera::report
