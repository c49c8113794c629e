#include <CLI/CLI.hpp>
#include <iostream>

#include "chimera/cli/cli.hpp"
#include "chimera/cli/output_file.hpp"
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
  cmd->callback([o, &exit_code] {
    auto r = demo::run_demo(
        *o, [](const std::string& m) { std::cerr << "chimera demo: " << m << "\n"; });
    if (!r) {
      exit_code = report_error(r.error());
      return;
    }
    std::cout << r.value().summary;
    exit_code = kExitOk;
  });
}

}  // namespace chimera::cli
