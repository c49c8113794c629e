#pragma once
// Prometheus metrics of `chimera serve` (text exposition format 0.0.4) for GET /metrics: requests
// by endpoint and HTTP status, histograms of server-side TTFT (request received to first token),
// end-to-end time and the gaps between tokens, tokens generated and prompt tokens evaluated,
// requests pending, the loaded model. Thread-safe; an observation is a few atomic adds.
#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace chimera::serve {

// A histogram with fixed upper bounds (seconds), cumulative when rendered.
class Histogram {
 public:
  explicit Histogram(std::vector<double> bounds);
  void observe(double v);
  void render(std::string& out, std::string_view name, std::string_view help) const;

 private:
  std::vector<double> bounds_;
  std::unique_ptr<std::atomic<std::uint64_t>[]> counts_;  // per bound, plus +Inf
  std::atomic<double> sum_{0};
  std::atomic<std::uint64_t> count_{0};
};

class ServeMetrics {
 public:
  ServeMetrics();
  // `endpoint` is one of the server's known paths or "other" (no label from the client's path:
  // a scanner must not grow the label set).
  void request(std::string_view endpoint, int status);
  void ttft(double seconds) { ttft_.observe(seconds); }
  void e2e(double seconds) { e2e_.observe(seconds); }
  void itl(double seconds) { itl_.observe(seconds); }
  void tokens(std::int64_t generated, std::int64_t prompt);
  // The exposition; `loaded` is the loaded model's name ("" when none).
  std::string render(int pending, int parallel, const std::string& loaded) const;

 private:
  mutable std::mutex mu_;
  std::map<std::pair<std::string, int>, std::uint64_t> requests_;
  Histogram ttft_, e2e_, itl_;
  std::atomic<std::uint64_t> generated_{0}, prompt_{0};
};

// A Prometheus label value: backslash, double quote and newline escaped.
std::string label_value(std::string_view v);

}  // namespace chimera::serve
