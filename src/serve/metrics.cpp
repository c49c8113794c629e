#include "metrics.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "chimera/core/openmetrics.hpp"

namespace chimera::serve {
namespace {

// Shortest exact text of a double, as Prometheus parses it.
std::string num(double v) {
  return fmt::format("{}", v);
}

}  // namespace

std::string label_value(std::string_view v) {
  return openmetrics::escape_label(v);
}

Histogram::Histogram(std::vector<double> bounds)
    : bounds_(std::move(bounds)),
      counts_(std::make_unique<std::atomic<std::uint64_t>[]>(bounds_.size() + 1)) {}

void Histogram::observe(double v) {
  const auto at = std::lower_bound(bounds_.begin(), bounds_.end(), v) - bounds_.begin();
  counts_[static_cast<std::size_t>(at)].fetch_add(1, std::memory_order_relaxed);
  sum_.fetch_add(v, std::memory_order_relaxed);
  count_.fetch_add(1, std::memory_order_relaxed);
}

void Histogram::render(std::string& out, std::string_view name, std::string_view help) const {
  out += fmt::format("# HELP {} {}\n# TYPE {} histogram\n", name, help, name);
  std::uint64_t cumulative = 0;
  for (std::size_t i = 0; i <= bounds_.size(); ++i) {
    cumulative += counts_[i].load(std::memory_order_relaxed);
    out += fmt::format("{}_bucket{{le=\"{}\"}} {}\n", name,
                       i < bounds_.size() ? num(bounds_[i]) : std::string("+Inf"), cumulative);
  }
  out += fmt::format("{}_sum {}\n{}_count {}\n", name, num(sum_.load(std::memory_order_relaxed)),
                     name, cumulative);
}

ServeMetrics::ServeMetrics()
    : ttft_({0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120}),
      e2e_({0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300}),
      itl_({0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1}) {}

void ServeMetrics::request(std::string_view endpoint, int status) {
  std::lock_guard lock(mu_);
  ++requests_[{std::string(endpoint), status}];
}

void ServeMetrics::tokens(std::int64_t generated, std::int64_t prompt) {
  generated_.fetch_add(static_cast<std::uint64_t>(std::max<std::int64_t>(generated, 0)),
                       std::memory_order_relaxed);
  prompt_.fetch_add(static_cast<std::uint64_t>(std::max<std::int64_t>(prompt, 0)),
                    std::memory_order_relaxed);
}

std::string ServeMetrics::render(int pending, int parallel, const std::string& loaded) const {
  std::string out =
      "# HELP chimera_serve_requests_total Requests answered, by endpoint and HTTP status.\n"
      "# TYPE chimera_serve_requests_total counter\n";
  {
    std::lock_guard lock(mu_);
    for (const auto& [key, n] : requests_)
      out += fmt::format("chimera_serve_requests_total{{endpoint=\"{}\",status=\"{}\"}} {}\n",
                         label_value(key.first), key.second, n);
  }
  ttft_.render(out, "chimera_serve_ttft_seconds",
               "Time from receiving a generation request to its first generated token.");
  e2e_.render(out, "chimera_serve_e2e_seconds",
              "Time from receiving a generation request to its last byte.");
  itl_.render(out, "chimera_serve_itl_seconds",
              "Time between two consecutive generated tokens of one request.");
  out += fmt::format(
      "# HELP chimera_serve_generated_tokens_total Tokens generated (completed requests).\n"
      "# TYPE chimera_serve_generated_tokens_total counter\n"
      "chimera_serve_generated_tokens_total {}\n"
      "# HELP chimera_serve_prompt_tokens_total Prompt tokens evaluated (completed requests).\n"
      "# TYPE chimera_serve_prompt_tokens_total counter\n"
      "chimera_serve_prompt_tokens_total {}\n"
      "# HELP chimera_serve_requests_pending Generation requests admitted: running or queued.\n"
      "# TYPE chimera_serve_requests_pending gauge\n"
      "chimera_serve_requests_pending {}\n"
      "# HELP chimera_serve_slots Requests generated together (--parallel).\n"
      "# TYPE chimera_serve_slots gauge\n"
      "chimera_serve_slots {}\n"
      "# HELP chimera_serve_model_loaded The model loaded now (1), by name.\n"
      "# TYPE chimera_serve_model_loaded gauge\n",
      generated_.load(std::memory_order_relaxed), prompt_.load(std::memory_order_relaxed), pending,
      parallel);
  if (!loaded.empty())
    out += "chimera_serve_model_loaded{model=\"" + label_value(loaded) + "\"} 1\n";
  return out;
}

}  // namespace chimera::serve
