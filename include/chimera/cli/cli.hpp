#pragma once
// The command-line interface: CLI11 definitions that turn flags into config structs and call
// the library. Exit codes: 0 done, 1 failed (unusable input, I/O), 2 usage error.
#include <iosfwd>

namespace CLI {
class App;
}

namespace chimera::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

// Runs the whole program on argv; returns the process exit code.
int run(int argc, char** argv);

// Adds `ingest` to app; the returned code is set when the subcommand ran.
void add_ingest_command(CLI::App& app, int& exit_code);
void add_probe_command(CLI::App& app, int& exit_code);
void add_verify_command(CLI::App& app, int& exit_code);
void add_agents_command(CLI::App& app, int& exit_code);
void add_run_command(CLI::App& app, int& exit_code);
void add_sweep_command(CLI::App& app, int& exit_code);
void add_load_command(CLI::App& app, int& exit_code);
void add_results_commands(CLI::App& app, int& exit_code);  // report, merge, compare
void add_model_command(CLI::App& app, int& exit_code);     // only with the embedded engine
void add_serve_command(CLI::App& app, int& exit_code);     // only with the embedded engine
void add_demo_command(CLI::App& app, int& exit_code);      // only with the embedded engine

}  // namespace chimera::cli
