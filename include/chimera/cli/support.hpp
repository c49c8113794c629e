#pragma once
// What every command shares: the bearer key from --api-key-env and the one error path (message on
// stderr, exit code by the error's kind).
#include <string>
#include <vector>

#include "chimera/core/error.hpp"
#include "chimera/core/format.hpp"
#include "chimera/core/output_file.hpp"

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace chimera::cli {

// --format on `cmd`, taking the names (and aliases) of `allowed` into `target`; any other name is
// a usage error that lists them. `what` says what each format holds, after the list.
CLI::Option* add_format_option(CLI::App* cmd, Format& target, const std::vector<Format>& allowed,
                               const std::string& what = "");

// -o,--output on `cmd` into `target`, described by `what`; "-" means standard output (target
// stays empty), as in most command-line tools, instead of a file named "-".
CLI::Option* add_output_option(CLI::App* cmd, std::string& target, const std::string& what);

// The bearer key held by the environment variable --api-key-env names ("" when var is empty);
// a usage error when the variable is unset or empty. The key itself is never taken as a flag.
Result<std::string> key_from_env(const std::string& var);

// --strict-options on `cmd`: unknown option names become errors instead of warnings.
void add_strict_options_flag(CLI::App* cmd, bool& strict);

// Unknown names among `names` (what `flag` sets): each a warning on stderr naming the nearest
// known option, or with `strict` a usage error for the first. Servers ignore what they do not know.
Status check_option_names(const std::vector<std::string>& names, const std::string& flag,
                          bool strict);

// Prints "chimera: <message> (<hint>)" to stderr; returns the exit code for the error's kind.
int report_error(const Error& e);

}  // namespace chimera::cli
