// Micro-benchmarks of the ingest parsers on synthetic inputs shaped like benchmark artifacts.
// Build with the release preset; a Debug or sanitizer build prints a warning first.
#include <benchmark/benchmark.h>

#include <iostream>
#include <string>

#include "chimera/core/json_reader.hpp"
#include "chimera/core/numeric.hpp"
#include "chimera/core/version.hpp"
#include "chimera/ingest/harvest.hpp"

namespace {
using namespace chimera;

std::string make_json(int models) {
  std::string s = "{\"models\": [";
  for (int i = 0; i < models; ++i) {
    s += (i ? "," : "") + std::string("{\"model\": \"gemma3:") + std::to_string(i) +
         "b\", \"mean_ttft_s\": 0.651336959999, \"mean_tokens_s\": 77.6178311209, "
         "\"runs\": [1.25, 2.5, 3.75, 5.0], \"ok\": true, \"label\": \"run with a longer label\"}";
  }
  return s + "]}";
}

std::string make_csv(int rows) {
  std::string s = "model,prompt,ttft_s,tokens_s,load_s,eval_count,error\n";
  for (int i = 0; i < rows; ++i) {
    s += "gemma3:4b,\"Prompt number " + std::to_string(i) +
         ", with a comma\",0.1187,115.02,0.0021,230,\n";
  }
  return s;
}

void BM_JsonTokenize(benchmark::State& state) {
  const std::string doc = make_json(static_cast<int>(state.range(0)));
  json::NullVisitor v;
  for (auto _ : state) benchmark::DoNotOptimize(json::read_json(doc, v));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * doc.size()));
}
BENCHMARK(BM_JsonTokenize)->Arg(1000);

void BM_JsonHarvest(benchmark::State& state) {
  const std::string doc = make_json(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    ingest::FileResult r;
    ingest::harvest_json(doc, r);
    benchmark::DoNotOptimize(r.rows.size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * doc.size()));
}
BENCHMARK(BM_JsonHarvest)->Arg(1000);

void BM_CsvHarvest(benchmark::State& state) {
  const std::string doc = make_csv(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    ingest::FileResult r;
    ingest::harvest_csv(doc, r);
    benchmark::DoNotOptimize(r.rows.size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * doc.size()));
}
BENCHMARK(BM_CsvHarvest)->Arg(1000);

void BM_ParseCell(benchmark::State& state) {
  const std::string cells[] = {"114.54", "1,437", "87%", "603 ms", "gemma3:4b", "2025-10-02"};
  for (auto _ : state) {
    for (const auto& c : cells) benchmark::DoNotOptimize(numeric::parse_cell(c));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * 6));
}
BENCHMARK(BM_ParseCell);

}  // namespace

int main(int argc, char** argv) {
  if (chimera::build_type() != "Release") {
    std::cerr << "WARNING: chimera_micro_bench built as '" << chimera::build_type()
              << "'; figures are not representative (use the release preset)\n";
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
