#pragma once
// Resource telemetry while a benchmark runs: host CPU utilisation and memory from /proc, and
// GPU utilisation, memory and power from `nvidia-smi --query-gpu` when an NVIDIA GPU is visible.
// No GPU is not an error: the samples say so. A background thread samples at a fixed interval.
#include <atomic>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace chimera::telemetry {

struct Sample {
  std::int64_t t_ns = 0;          // the measurement core's monotonic clock
  std::optional<double> cpu_pct;  // all cores, 0-100, since the previous sample
  std::optional<double> mem_used_mib, mem_total_mib;
  std::optional<double> gpu_util_pct, gpu_mem_used_mib, gpu_power_w;  // summed over GPUs
};

struct Stats {
  std::size_t samples = 0;
  std::optional<double> cpu_mean, cpu_peak, mem_peak_mib, gpu_util_mean, gpu_util_peak,
      gpu_mem_peak_mib, gpu_power_mean, gpu_power_peak;
};

// Summary of the samples taken in [from_ns, to_ns].
Stats summarize(const std::vector<Sample>& samples, std::int64_t from_ns, std::int64_t to_ns);

class Sampler {
 public:
  explicit Sampler(int interval_ms = 500);
  ~Sampler();  // stops the thread
  Sampler(const Sampler&) = delete;
  Sampler& operator=(const Sampler&) = delete;
  void start();
  void stop();
  std::vector<Sample> samples() const;
  bool gpu_visible() const { return gpu_; }
  // "NVIDIA H100 80GB HBM3 (driver 550.54)" or why there is no GPU figure.
  std::string gpu_description() const { return gpu_desc_; }

  // One sample now (CPU utilisation needs a previous reading: absent on the first).
  Sample take();

 private:
  int interval_ms_;
  bool gpu_ = false;
  std::string gpu_desc_;
  std::atomic<bool> stop_{false};
  std::thread thread_;
  mutable std::mutex mu_;
  std::vector<Sample> samples_;
  std::optional<std::pair<std::uint64_t, std::uint64_t>> last_cpu_;  // busy, total jiffies
};

// The host: CPU model and core count, memory, kernel, and the GPU line (or why there is none).
std::vector<std::pair<std::string, std::string>> host_facts();

// The context of a measurement, captured when it runs and stored with its results (never read
// again at render time, so a report rendered elsewhere shows where the numbers were measured):
// the tool's version and commit, the host facts above, and the capture time (UTC).
std::vector<std::pair<std::string, std::string>> run_context();

// Runs a command and returns its standard output (empty on failure); used for nvidia-smi.
std::string run_capture(const std::string& command);

}  // namespace chimera::telemetry
