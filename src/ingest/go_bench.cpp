#include "go_bench.hpp"

#include <algorithm>
#include <iterator>
#include <vector>

#include "chimera/core/numeric.hpp"
#include "chimera/core/text.hpp"
#include "gpu_names.hpp"
#include "row_builder.hpp"

namespace chimera::ingest::detail {
namespace {

std::vector<std::string_view> fields_of(std::string_view l) {
  std::vector<std::string_view> out;
  std::size_t at = 0;
  while (at < l.size()) {
    while (at < l.size() && (l[at] == ' ' || l[at] == '\t')) ++at;
    std::size_t end = at;
    while (end < l.size() && l[end] != ' ' && l[end] != '\t') ++end;
    if (end > at) out.push_back(l.substr(at, end - at));
    at = end;
  }
  return out;
}

bool all_digits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

// "qwen3:8b": an Ollama tag (a name that begins with a letter, a colon, a tag).
bool ollama_tag(std::string_view s) {
  const auto colon = s.find(':');
  return colon != std::string_view::npos && colon > 0 && colon + 1 < s.size() &&
         std::isalpha(static_cast<unsigned char>(s[0])) != 0;
}

// The benchmark's name without "Benchmark" and GOMAXPROCS' "-16", split into the model (an
// Ollama tag among its parts) and the rest.
std::pair<std::string, std::string> test_and_model(std::string_view name) {
  name.remove_prefix(9);  // "Benchmark"
  if (const auto dash = name.rfind('-');
      dash != std::string_view::npos && all_digits(name.substr(dash + 1)))
    name = name.substr(0, dash);
  std::string test, model;
  for (std::size_t at = 0; at <= name.size();) {
    auto slash = name.find('/', at);
    if (slash == std::string_view::npos) slash = name.size();
    const std::string_view part = name.substr(at, slash - at);
    at = slash + 1;
    if (part.empty()) continue;
    if (model.empty() && ollama_tag(part)) {
      model = std::string(part);
      continue;
    }
    test += (test.empty() ? "" : "/") + std::string(part);
  }
  return {test, model};
}

void add_figure(MetricRows& rows, std::string_view value, std::string_view unit, std::size_t number,
                std::size_t iterations, const std::string& locator, const GoBenchState& state) {
  const auto parsed = numeric::parse_cell(value);
  if (!parsed) return;
  MetricRow& row = add_number_row(rows, unit, value, parsed->value);
  row.raw = std::string(value) + " " + std::string(unit);
  row.locator = locator + "." + std::string(unit);
  row.line = number;
  if (unit == "ns/op") {
    set_unit(row, "ns");  // (classifies the row again: first)
    set_metric(row, "e2e_latency");
    if (iterations > 1)
      row.note = "Go's time per iteration, the mean over the run's " + std::to_string(iterations) +
                 " iterations";
  } else if (unit == "MB/s" || unit == "B/op" || unit == "allocs/op") {
    unname_metric(row, true);
    if (unit == "MB/s") row.unit = "MB/s";  // (as printed)
    row.note = unit == "MB/s" ? "Go's bytes per second of b.SetBytes, no measurement of ours"
                              : "Go's memory allocations per iteration, no measurement of ours";
  }
  row.statistic = row.role == metrics::Role::metric ? "sample" : "";
  renormalize(row);
  if (state.pkg.find("github.com/ollama/ollama") != std::string::npos)
    row.context.backend = "ollama";
  if (!state.cpu.empty()) {
    // (Apple's chips hold the GPU: "Apple M4 Max" is both; a PC's processor names none.)
    if (auto gpu = gpu_named_in(state.cpu); !gpu.empty()) row.context.gpu = std::move(gpu);
  }
}

// The flags of a `go test` command line that are the benchmark's own, "nctx=32000
// device=CUDA0" (Go's testing flags left out).
std::string own_flags(std::string_view l) {
  static constexpr std::string_view kGo[] = {"bench",    "benchtime", "count",     "run",  "cpu",
                                             "timeout",  "v",         "short",     "tags", "race",
                                             "benchmem", "args",      "test.bench"};
  std::string out;
  for (const auto field : fields_of(l.substr(l.find("go test ") + 8))) {
    if (field.size() < 4 || field[0] != '-' || field.find('=') == std::string_view::npos) continue;
    std::string_view flag = field.substr(field[1] == '-' ? 2 : 1);
    const auto eq = flag.find('=');
    const std::string_view name = flag.substr(0, eq);
    if (std::find(std::begin(kGo), std::end(kGo), name) != std::end(kGo)) continue;
    std::string value(flag.substr(eq + 1));
    std::erase(value, '"');
    std::erase(value, '\'');
    out += (out.empty() ? "" : " ") + std::string(name) + "=" + value;
  }
  return out;
}

}  // namespace

bool go_bench_line(std::string_view line, std::size_t number, GoBenchState& state,
                   MetricRows& rows) {
  const std::string_view l = text::trim(line);
  if (l.empty()) return false;
  // (A cheap look first: most lines are none of these.)
  const char first = l.front();
  // "$ go test -bench . -nctx=32000 -device=\"CUDA0\"": the run's own settings (the line is
  // left to the other readers).
  if (l.find("go test ") != std::string_view::npos && l.find("-bench") != std::string_view::npos) {
    state.flags = own_flags(l);
    return false;
  }
  if (first == 'g' && l.starts_with("goos: ")) {  // a run's output begins
    state.pkg.clear();
    state.cpu.clear();
    state.header = true;
    return true;
  }
  if (first == 'g' && l.starts_with("goarch: ")) return state.header;
  if (first == 'p' && l.starts_with("pkg: ")) {
    state.header = true;
    state.pkg = std::string(text::trim(l.substr(5)));
    return true;
  }
  if (first == 'c' && state.header && l.starts_with("cpu: ")) {
    state.cpu = std::string(text::trim(l.substr(5)));
    return true;
  }
  if (first != 'B' || !l.starts_with("Benchmark") || l.size() < 12) return false;
  const auto fields = fields_of(l);
  // Name, iterations, then value-unit pairs.
  if (fields.size() < 4 || fields.size() % 2 != 0 || !all_digits(fields[1])) return false;
  bool go_time = false;
  for (std::size_t i = 2; i < fields.size(); i += 2) {
    if (!numeric::parse_cell(fields[i]) || numeric::parse_cell(fields[i + 1])) return false;
    go_time = go_time || fields[i + 1] == "ns/op";
  }
  if (!state.header && !go_time) return false;
  const auto [test, model] = test_and_model(fields[0]);
  const std::size_t iterations = std::stoul(std::string(fields[1].substr(0, 18)));
  const std::string locator = "go_bench[" + std::to_string(state.lines++) + "]";
  const std::size_t before = rows.size();
  for (std::size_t i = 2; i < fields.size(); i += 2)
    add_figure(rows, fields[i], fields[i + 1], number, iterations, locator, state);
  for (std::size_t i = before; i < rows.size(); ++i) {
    rows[i].context.test = test;
    if (!model.empty()) rows[i].context.model = model;
    if (!state.flags.empty()) rows[i].context.config = state.flags;
  }
  return true;
}

}  // namespace chimera::ingest::detail
