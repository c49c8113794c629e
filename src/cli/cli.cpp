#include "chimera/cli/cli.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <new>
#include <string>
#include <vector>

#include "chimera/agent/agent.hpp"
#include "chimera/core/suggest.hpp"
#include "chimera/core/version.hpp"
#ifdef CHIMERA_HAVE_LLAMA
#include "chimera/engine/model_init.hpp"
#endif

namespace chimera::cli {
namespace {

std::vector<std::string> command_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    names.push_back(sub->get_name());
  return names;
}

// A first argument that is not an option and names no command: say so (not "a subcommand is
// required"), with the nearest command and the list.
int unknown_command(const CLI::App& app, const std::string& word) {
  const auto names = command_names(app);
  std::string list;
  for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
  const std::string near = closest(word, names);
  std::cerr << "chimera: '" << word << "' is not a command"
            << (near.empty() ? "" : "; did you mean '" + near + "'?") << "\n"
            << "commands: " << list << "\n"
            << "Run 'chimera --help' for what each does.\n";
  return kExitUsage;
}

// Unexpected arguments of a command: for each that looks like a mistyped option, the nearest
// option of that command.
void suggest_options(const CLI::App& app, const std::vector<std::string>& extras) {
  const CLI::App* cmd = &app;
  for (const auto* sub : app.get_subcommands()) cmd = sub;
  std::vector<std::string> longs;
  for (const auto* opt : cmd->get_options()) {
    for (const auto& l : opt->get_lnames()) longs.push_back("--" + l);
  }
  for (const auto& e : extras) {
    if (e.rfind("--", 0) != 0) continue;
    const std::string name = e.substr(0, e.find('='));
    const std::string near = closest(name, longs);
    if (!near.empty())
      std::cerr << "chimera: unknown option " << name << "; did you mean " << near << "?\n";
  }
}

}  // namespace

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
  if (argc < 2) {  // bare `chimera`: what it can do
    std::cerr << app.help();
    return kExitUsage;
  }
  if (const std::string first = argv[1]; first[0] != '-') {
    const auto names = command_names(app);
    if (std::find(names.begin(), names.end(), first) == names.end())
      return unknown_command(app, first);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ExtrasError& e) {
    app.exit(e);
    suggest_options(app, app.remaining(true));
    return kExitUsage;
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
