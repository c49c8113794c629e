#include "chimera/cli/cli.hpp"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>
#include <new>

#include "chimera/agent/agent.hpp"
#include "chimera/core/version.hpp"
#ifdef CHIMERA_HAVE_LLAMA
#include "chimera/engine/model_init.hpp"
#endif

namespace chimera::cli {

int run(int argc, char** argv) {
  CLI::App app{
      "Chimera Insight: measure and compare LLM serving configurations for agent workloads.\n"
      "Start with 'chimera demo' (no server needed), or point 'chimera probe' at your server.",
      "chimera"};
  std::string about = version_line() + "\nprompts: " + agent::default_prompts_dir().string();
#ifdef CHIMERA_HAVE_LLAMA
  about += "\nvocabulary (chimera model init): " + engine::bundled_vocab().string();
#endif
  app.set_version_flag("--version", about,
                       "Print version, git commit, build type and data files, then exit");
  app.require_subcommand(1);
  app.footer(
      "Exit codes: 0 done, 1 failed (input unusable, I/O error, --strict with skipped files), 2 "
      "usage error.\n"
      "Run 'chimera COMMAND --help' for the options of a command.");
  int exit_code = kExitOk;
  add_ingest_command(app, exit_code);
  add_probe_command(app, exit_code);
  add_verify_command(app, exit_code);
  add_agents_command(app, exit_code);
  add_run_command(app, exit_code);
  add_sweep_command(app, exit_code);
  add_load_command(app, exit_code);
  add_results_commands(app, exit_code);
#ifdef CHIMERA_HAVE_LLAMA
  add_model_command(app, exit_code);
  add_serve_command(app, exit_code);
  add_demo_command(app, exit_code);
#endif
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  } catch (const std::filesystem::filesystem_error& e) {
    // The last line of defence: commands check their paths first; what still throws is named.
    std::cerr << "chimera: a file operation failed: " << e.what()
              << " (check the paths given to -o, --jsonl, --out and --store; results already "
                 "stored are intact)\n";
    return kExitFailure;
  } catch (const std::bad_alloc&) {
    std::cerr << "chimera: out of memory (results already stored are intact)\n";
    return kExitFailure;
  } catch (const std::exception& e) {
    // Whatever else escapes a command (a library that could not initialise, say) is an error
    // message and exit 1, never an abort.
    std::cerr << "chimera: " << e.what() << " (results already stored are intact)\n";
    return kExitFailure;
  }
  return exit_code;
}

}  // namespace chimera::cli
