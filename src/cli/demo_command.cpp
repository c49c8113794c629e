#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>

#include "chimera/cli/cli.hpp"
#include "chimera/cli/progress.hpp"
#include "chimera/cli/support.hpp"
#include "chimera/demo/demo.hpp"

namespace chimera::cli {

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
    // About 9 steps (model, servers, 4 benchmark configurations, 2 solo runs, the concurrent
    // run): the bar advances a step per message.
    if (auto st = check_output_path(o->out, "--out", true); !st) {
      exit_code = report_error(st.error());
      return;
    }
    Progress progress("chimera demo", *quiet, false);
    int step = 0;
    auto r = demo::run_demo(*o, [&](const std::string& m) {
      progress.line(m);
      progress.update(std::min(0.99, ++step / 9.0), m);
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
