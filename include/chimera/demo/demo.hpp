#pragma once
// `chimera demo`: the whole workflow on a fresh machine with no server. Makes the demo model if
// missing, starts two `chimera serve` instances on free loopback ports (the reference's
// dual-server set-up), runs a small real benchmark of a few option configurations that writes
// its artifacts (CSV, JSON, Markdown) in the reports/ + csv_data/ layout, runs the
// baseline_vs_chimera agents over them, and writes everything under one folder.
#include <filesystem>
#include <functional>
#include <string>

#include "chimera/core/error.hpp"

namespace chimera::demo {

struct DemoOptions {
  std::filesystem::path out = "chimera-demo";
  std::filesystem::path model;  // default: <out>/demo.gguf, written by model init when missing
  int requests_per_config = 3;
  int num_predict = 64;         // benchmark requests
  int agent_num_predict = 256;  // cap on each agent answer (the demo model never stops by itself)
  int threads = 1;              // per server: two servers share the machine's cores
};

struct DemoResult {
  std::string summary;  // five lines for the terminal
};

Result<DemoResult> run_demo(const DemoOptions& o,
                            const std::function<void(const std::string&)>& progress);

}  // namespace chimera::demo
