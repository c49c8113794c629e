#include "chimera/cli/support.hpp"

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>

#include "chimera/backend/backend.hpp"
#include "chimera/cli/cli.hpp"

namespace chimera::cli {

CLI::Option* add_format_option(CLI::App* cmd, Format& target, const std::vector<Format>& allowed,
                               const std::string& what) {
  const std::string list = format_list(allowed);
  auto* opt = cmd->add_option_function<std::string>(
      "--format",
      [&target](const std::string& name) {
        if (auto f = parse_format(name)) target = *f;
      },
      list + (what.empty() ? "" : ":\n" + what) + " (default " + std::string(format_name(target)) +
          ")");
  opt->check(
      [allowed, list](const std::string& name) -> std::string {
        const auto f = parse_format(name);
        for (const Format a : allowed)
          if (f && *f == a) return {};
        return "'" + name + "' is not a format of this command: use " + list;
      },
      "");
  opt->type_name("FORMAT");
  return opt;
}

CLI::Option* add_output_option(CLI::App* cmd, std::string& target, const std::string& what) {
  auto* opt = cmd->add_option("-o,--output", target, what + " ('-' for stdout)");
  opt->transform([](const std::string& path) { return path == "-" ? std::string() : path; }, "",
                 "");
  opt->type_name("FILE");
  return opt;
}

Result<std::string> key_from_env(const std::string& var) {
  if (var.empty()) return std::string();
  const char* k = std::getenv(var.c_str());
  if (!k || !*k)
    return Error{ErrorCode::usage, "--api-key-env names '" + var + "', which is not set or empty",
                 "export the variable first (the key is never taken on the command line)"};
  return std::string(k);
}

void add_strict_options_flag(CLI::App* cmd, bool& strict) {
  cmd->add_flag("--strict-options", strict,
                "An option name no server knows is an error (default: a warning naming the\n"
                "nearest known option; servers ignore names they do not know)");
}

Status check_option_names(const std::vector<std::string>& names, const std::string& flag,
                          bool strict) {
  for (const auto& n : names) {
    const auto problem = backend::unknown_option(n, flag);
    if (!problem) continue;
    if (strict)
      return Error{ErrorCode::usage, *problem,
                   "servers ignore options they do not know; drop --strict-options to send it "
                   "anyway"};
    std::cerr << "chimera: warning: " << *problem
              << " (servers ignore options they do not know: it would change nothing; "
                 "--strict-options makes this an error)\n";
  }
  return ok_status();
}

int report_error(const Error& e) {
  std::cerr << "chimera: " << e.describe() << "\n";
  return e.code == ErrorCode::usage ? kExitUsage : kExitFailure;
}

}  // namespace chimera::cli
