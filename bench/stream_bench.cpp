// Measurement accuracy and client overhead of the streaming client against the fake server
// (tools/fake_llm_server, a separate process). Driven by bench/compare_stream.sh.
//   accuracy:   sequential requests; client TTFT and chunk gaps minus the server's own record
//   single:     one long stream as fast as the server writes it; chunks/s and CPU per chunk
//   concurrent: many streams at once from one thread; CPU per chunk
#include <sys/resource.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>

#include "chimera/core/clock.hpp"
#include "chimera/core/json_fields.hpp"
#include "chimera/core/version.hpp"
#include "chimera/measure/runner.hpp"
#include "chimera/stats/summary.hpp"

namespace {
using namespace chimera;

double cpu_seconds() {
  rusage u{};
  ::getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

std::unique_ptr<backend::Backend> ollama(const std::string& url) {
  transport::Timeouts t;
  return std::move(backend::make_backend("ollama", {url, {}, t}).value());
}

// Server truth per request (token write times), from GET /fake/truth.
std::vector<std::vector<std::int64_t>> truth(transport::HttpClient& http, const std::string& url) {
  transport::HttpRequest q;
  q.method = "GET";
  q.url = url + "/fake/truth";
  const auto r = http.fetch(q);
  json::Fields f;
  std::vector<std::vector<std::int64_t>> out;
  if (f.parse(r.body)) return out;
  for (const auto& fld : f.all()) {
    const auto p = fld.path;
    const auto open = p.find('[');
    const auto idx = std::stoul(p.substr(open + 1));
    if (out.size() <= idx) out.resize(idx + 1);
    if (p.find(".token_ns[") != std::string::npos)
      out[idx].push_back(static_cast<std::int64_t>(fld.number));
  }
  return out;
}

void print(const char* name, const std::vector<double>& v) {
  const auto s = stats::summarize(v);
  if (!s) return;
  std::printf("%-28s n=%-6zu p50=%.4f ms  p99=%.4f ms  max=%.4f ms\n", name, s->n, s->p50, s->p99,
              s->max);
}

int accuracy(const std::string& url, int requests, int tokens, double gap, double jitter) {
  transport::HttpClient http;
  auto b = ollama(url);
  const std::size_t before = truth(http, url).size();
  std::vector<measure::RequestRecord> recs;
  char model[128];
  std::snprintf(model, sizeof model, "fake:tokens=%d,ttft=20,gap=%g,jitter=%g", tokens, gap,
                jitter);
  for (int i = 0; i < requests; ++i) {
    recs.push_back(measure::measure_one(*b, http, {model, "accuracy", {}, false, {}, {}}, {}));
  }
  const auto t = truth(http, url);
  std::vector<double> ttft_err, gap_err;
  for (int i = 0; i < requests; ++i) {
    const auto& r = recs[static_cast<std::size_t>(i)];
    const auto& tr = t[before + static_cast<std::size_t>(i)];
    if (!r.ok || tr.size() != r.timeline.token_chunk_ns.size()) {
      std::cerr << "request " << i << " unusable: " << r.error << "\n";
      continue;
    }
    ttft_err.push_back(static_cast<double>(*r.timeline.first_content_ns - tr[0]) / 1e6);
    for (std::size_t k = 1; k < tr.size(); ++k) {
      const double client =
          static_cast<double>(r.timeline.token_chunk_ns[k] - r.timeline.token_chunk_ns[k - 1]);
      const double server = static_cast<double>(tr[k] - tr[k - 1]);
      gap_err.push_back(std::abs(client - server) / 1e6);
    }
  }
  print("ttft error (client - server)", ttft_err);
  print("|gap error|", gap_err);
  return 0;
}

int throughput(const std::string& url, int streams, int tokens, double gap) {
  transport::HttpClient http;
  auto b = ollama(url);
  char model[128];
  std::snprintf(model, sizeof model, "fake:tokens=%d,ttft=1,gap=%g", tokens, gap);
  std::vector<backend::GenerateRequest> qs(static_cast<std::size_t>(streams),
                                           {model, "x", {}, false, {}, {}});
  const double cpu0 = cpu_seconds();
  const auto t0 = mono_ns();
  const auto recs = measure::measure_concurrent(*b, http, qs, {});
  const double wall = static_cast<double>(mono_ns() - t0) / 1e9;
  const double cpu = cpu_seconds() - cpu0;
  std::size_t chunks = 0, failed = 0;
  for (const auto& r : recs) {
    chunks += r.chunks;
    failed += r.ok ? 0 : 1;
  }
  std::printf(
      "streams=%d chunks=%zu failed=%zu wall=%.3f s chunks/s=%.0f cpu=%.3f s cpu/chunk=%.3f us\n",
      streams, chunks, failed, wall, static_cast<double>(chunks) / wall, cpu,
      cpu / static_cast<double>(chunks) * 1e6);
  return failed ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Streaming client accuracy and overhead against fake_llm_server",
               "chimera_stream_bench"};
  std::string url = "http://127.0.0.1:11500", mode = "accuracy";
  int requests = 50, tokens = 100, streams = 1;
  double gap = 5, jitter = 2;
  app.add_option("--url", url);
  app.add_option("--mode", mode)->check(CLI::IsMember({"accuracy", "single", "concurrent"}));
  app.add_option("--requests", requests);
  app.add_option("--tokens", tokens);
  app.add_option("--streams", streams);
  app.add_option("--gap", gap, "ms between tokens");
  app.add_option("--jitter", jitter, "ms");
  CLI11_PARSE(app, argc, argv);
  if (chimera::build_type() != "Release")
    std::cerr << "WARNING: not a Release build; figures are not representative\n";
  if (mode == "accuracy") return accuracy(url, requests, tokens, gap, jitter);
  return throughput(url, mode == "single" ? 1 : streams, tokens, gap);
}
