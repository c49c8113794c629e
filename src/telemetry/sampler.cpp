#include "chimera/telemetry/sampler.hpp"
#include "chimera/core/clock.hpp"
#include "chimera/core/version.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <sstream>

#include "chimera/transport/http_client.hpp"

namespace chimera::telemetry {
namespace {

std::optional<std::pair<std::uint64_t, std::uint64_t>> read_cpu() {
  std::ifstream in("/proc/stat");
  std::string cpu;
  std::uint64_t v[10] = {};
  if (!(in >> cpu) || cpu != "cpu") return std::nullopt;
  std::uint64_t total = 0;
  for (auto& x : v) {
    if (!(in >> x)) break;
    total += x;
  }
  const std::uint64_t idle = v[3] + v[4];  // idle + iowait
  return std::pair{total - idle, total};
}

void read_mem(Sample& s) {
  std::ifstream in("/proc/meminfo");
  std::string key;
  double kb = 0, total = -1, avail = -1;
  std::string unit;
  while (in >> key >> kb) {
    std::getline(in, unit);
    if (key == "MemTotal:") total = kb;
    if (key == "MemAvailable:") avail = kb;
  }
  if (total > 0 && avail >= 0) {
    s.mem_total_mib = total / 1024;
    s.mem_used_mib = (total - avail) / 1024;
  }
}

bool has_nvidia_smi() {
  return !run_capture("command -v nvidia-smi 2>/dev/null").empty();
}

void read_gpu(Sample& s) {
  const std::string out = run_capture(
      "nvidia-smi --query-gpu=utilization.gpu,memory.used,power.draw --format=csv,noheader,"
      "nounits 2>/dev/null");
  std::istringstream lines(out);
  double util = 0, mem = 0, power = 0;
  bool any = false, any_power = false;
  for (std::string line; std::getline(lines, line);) {
    std::replace(line.begin(), line.end(), ',', ' ');
    std::istringstream f(line);
    double u = 0, m = 0;
    std::string p;
    if (!(f >> u >> m)) continue;
    any = true;
    util += u;
    mem += m;
    if (f >> p) {
      try {
        power += std::stod(p);
        any_power = true;
      } catch (...) {  // "[N/A]" on some boards
      }
    }
  }
  if (any) {
    s.gpu_util_pct = util;
    s.gpu_mem_used_mib = mem;
    if (any_power) s.gpu_power_w = power;
  }
}

}  // namespace

std::vector<std::pair<std::string, std::string>> host_facts() {
  std::vector<std::pair<std::string, std::string>> f;
  std::ifstream cpu("/proc/cpuinfo");
  std::string model;
  int cores = 0;
  for (std::string line; std::getline(cpu, line);) {
    if (line.rfind("model name", 0) == 0 && model.empty()) {
      const auto c = line.find(':');
      if (c != std::string::npos) model = line.substr(c + 2);
    }
    if (line.rfind("processor", 0) == 0) ++cores;
  }
  f.emplace_back("host CPU", (model.empty() ? std::string("unknown") : model) + ", " +
                                 std::to_string(cores) + " logical core(s)");
  Sample s;
  read_mem(s);
  f.emplace_back("host memory",
                 s.mem_total_mib ? std::to_string(static_cast<long long>(*s.mem_total_mib)) + " MiB"
                                 : std::string("unknown"));
  std::ifstream os("/proc/sys/kernel/osrelease");
  std::string kernel;
  std::getline(os, kernel);
  if (!kernel.empty()) f.emplace_back("kernel", "Linux " + kernel);
  std::string gpu = run_capture(
      "nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader 2>/dev/null");
  while (!gpu.empty() && (gpu.back() == '\n' || gpu.back() == '\r')) gpu.pop_back();
  std::replace(gpu.begin(), gpu.end(), '\n', ';');
  f.emplace_back("GPU", gpu.empty() ? "none visible (nvidia-smi not found or lists none)" : gpu);
  return f;
}

std::vector<std::pair<std::string, std::string>> run_context() {
  std::vector<std::pair<std::string, std::string>> c = {{"tool", version_line()}};
  for (auto& f : host_facts()) c.push_back(std::move(f));
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  ::gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  c.emplace_back("measured at", buf);
  return c;
}

std::string run_capture(const std::string& command) {
  std::string out;
  FILE* p = ::popen(command.c_str(), "r");
  if (!p) return out;
  std::array<char, 4096> buf{};
  while (const std::size_t n = std::fread(buf.data(), 1, buf.size(), p)) out.append(buf.data(), n);
  ::pclose(p);
  return out;
}

Sampler::Sampler(int interval_ms) : interval_ms_(std::max(interval_ms, 50)) {
  gpu_ = has_nvidia_smi();
  if (gpu_) {
    std::string d =
        run_capture("nvidia-smi --query-gpu=name,driver_version --format=csv,noheader 2>/dev/null");
    while (!d.empty() && (d.back() == '\n' || d.back() == '\r')) d.pop_back();
    gpu_ = !d.empty();
    std::replace(d.begin(), d.end(), '\n', ';');
    gpu_desc_ = gpu_ ? d : "nvidia-smi found, but it lists no GPU";
  } else {
    gpu_desc_ = "no NVIDIA GPU visible (nvidia-smi not found): no GPU figures";
  }
}

Sampler::~Sampler() {
  stop();
}

Sample Sampler::take() {
  Sample s;
  s.t_ns = mono_ns();
  if (const auto c = read_cpu()) {
    if (last_cpu_ && c->second > last_cpu_->second) {
      s.cpu_pct = 100.0 * static_cast<double>(c->first - last_cpu_->first) /
                  static_cast<double>(c->second - last_cpu_->second);
    }
    last_cpu_ = c;
  }
  read_mem(s);
  if (gpu_) read_gpu(s);
  return s;
}

void Sampler::start() {
  if (thread_.joinable()) return;
  stop_ = false;
  (void)take();  // the CPU baseline
  thread_ = std::thread([this] {
    while (!stop_) {
      for (int waited = 0; waited < interval_ms_ && !stop_; waited += 10)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
      Sample s = take();
      std::lock_guard<std::mutex> lock(mu_);
      samples_.push_back(s);
    }
  });
}

void Sampler::stop() {
  stop_ = true;
  if (thread_.joinable()) thread_.join();
}

std::vector<Sample> Sampler::samples() const {
  std::lock_guard<std::mutex> lock(mu_);
  return samples_;
}

Stats summarize(const std::vector<Sample>& samples, std::int64_t from_ns, std::int64_t to_ns) {
  Stats st;
  const auto acc = [](std::optional<double>& mean, std::optional<double>& peak, double v,
                      std::size_t& n) {
    mean = mean.value_or(0) + v;
    peak = std::max(peak.value_or(v), v);
    ++n;
  };
  std::size_t ncpu = 0, ngpu = 0, npow = 0;
  for (const auto& s : samples) {
    if (s.t_ns < from_ns || s.t_ns > to_ns) continue;
    ++st.samples;
    if (s.cpu_pct) acc(st.cpu_mean, st.cpu_peak, *s.cpu_pct, ncpu);
    if (s.mem_used_mib) st.mem_peak_mib = std::max(st.mem_peak_mib.value_or(0), *s.mem_used_mib);
    if (s.gpu_util_pct) acc(st.gpu_util_mean, st.gpu_util_peak, *s.gpu_util_pct, ngpu);
    if (s.gpu_mem_used_mib)
      st.gpu_mem_peak_mib = std::max(st.gpu_mem_peak_mib.value_or(0), *s.gpu_mem_used_mib);
    if (s.gpu_power_w) acc(st.gpu_power_mean, st.gpu_power_peak, *s.gpu_power_w, npow);
  }
  if (ncpu) *st.cpu_mean /= static_cast<double>(ncpu);
  if (ngpu) *st.gpu_util_mean /= static_cast<double>(ngpu);
  if (npow) *st.gpu_power_mean /= static_cast<double>(npow);
  return st;
}

}  // namespace chimera::telemetry
