#pragma once
// Go's benchmark output (`go test -bench`), as Ollama's own benchmark suite
// (github.com/ollama/ollama/benchmark) and Go bindings of llama.cpp print it, in logs and
// Markdown fences:
//   goos: darwin
//   pkg: github.com/ollama/ollama/benchmark
//   cpu: Apple M4 Max
//   BenchmarkColdStart/qwen3:8b/cold/short_prompt-16   1   2372110709 ns/op   66.80 gen_tok/s ...
// A line is one run of a benchmark: its name (less GOMAXPROCS' "-16"), the iterations, then
// value-unit pairs, Go's own (ns/op: time per iteration; MB/s, B/op, allocs/op) and the
// benchmark's b.ReportMetric ones, named by their unit ("gen_tok/s", "ttft_ms", "gen_tokens").
#include <string>
#include <string_view>

#include "chimera/ingest/model.hpp"

namespace chimera::ingest::detail {

struct GoBenchState {
  std::string pkg;        // the "pkg:" line's package
  std::string cpu;        // the "cpu:" line's processor
  std::string flags;      // the benchmark's own flags on the `go test` line ("nctx=32000")
  bool header = false;    // a "goos:"/"pkg:" line was seen
  std::size_t lines = 0;  // benchmark lines read
};

// Appends the rows of one line of such output; true when the line was one (a header line adds
// no rows). Each figure is a sample (a run), its test the benchmark's name less a model tag
// ("ColdStart/cold/short_prompt"), the model an Ollama tag among the name's parts ("qwen3:8b");
// ns/op is the run's time per request (end-to-end latency; the mean over its iterations when
// there are several); Ollama's package names the backend; an Apple chip on the "cpu:" line is the
// GPU too; the benchmark's own flags on the `go test` line above (`-nctx=32000
// -device="CUDA0"`, not Go's -bench, -count, ...) are the configuration.
bool go_bench_line(std::string_view line, std::size_t number, GoBenchState& state,
                   MetricRows& rows);

}  // namespace chimera::ingest::detail
