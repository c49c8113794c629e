#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdlib>
#include <iostream>

#include "chimera/cli/cli.hpp"
#include "chimera/cli/progress.hpp"
#include "chimera/cli/support.hpp"
#include "chimera/demo/demo.hpp"

namespace chimera::cli {

namespace {

// The share of a demo's time spent before the step `message` starts.
double demo_share_before(const std::string& message) {
  const auto k_of = [&](std::string_view prefix) {  // "benchmark 3/4: ..." -> 3
    return message.rfind(prefix, 0) == 0 ? std::atoi(message.c_str() + prefix.size()) : 0;
  };
  if (message.rfind("two servers", 0) == 0) return 0.08;
  if (const int k = k_of("benchmark "); k > 0) return 0.1 + 0.1 * (k - 1);
  if (const int k = k_of("solo run "); k > 0) return 0.5 + 0.15 * (k - 1);
  if (message.rfind("run ", 0) == 0) return 0.8;
  return 0;
}

}  // namespace

void add_demo_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<demo::DemoOptions>();
  CLI::App* cmd = app.add_subcommand(
      "demo",
      "The whole workflow with no server installed: make the demo model, start two chimera serve "
      "instances\n"
      "on free loopback ports, benchmark four option configurations into CSV/JSON/Markdown "
      "artifacts, run the\n"
      "baseline_vs_chimera agents over them, and write every report under --out.");
  cmd->add_option("--out", o->out, "Output folder")->capture_default_str();
  cmd->add_option("--model", o->model,
                  "GGUF model (default: <out>/demo.gguf, written when missing)");
  cmd->add_option("--requests", o->requests_per_config, "Benchmark requests per configuration")
      ->capture_default_str();
  cmd->add_option("--threads", o->threads, "Engine threads per server")->capture_default_str();
  auto quiet = std::make_shared<bool>(false);
  cmd->add_flag("-q,--quiet", *quiet, "No progress");
  cmd->callback([o, quiet, &exit_code] {
    // Each message starts a step; the bar stands at the share of the usual time done before it
    // (measured on 2 cores: model and servers ~10 %, the benchmark ~40 %, each solo run ~15 %,
    // the concurrent run ~20 %), so the ETA follows the real pace rather than a step count.
    if (auto st = check_output_path(o->out, "--out", true); !st) {
      exit_code = report_error(st.error());
      return;
    }
    Progress progress("chimera demo", *quiet, false);
    double done = 0;
    auto r = demo::run_demo(*o, [&](const std::string& m) {
      done = std::max(done, demo_share_before(m));
      progress.line(m);
      progress.update(done, m);
    });
    progress.done();
    if (!r) {
      exit_code = report_error(r.error());
      return;
    }
    std::cout << r.value().summary;
    exit_code = kExitOk;
  });
}

}  // namespace chimera::cli
