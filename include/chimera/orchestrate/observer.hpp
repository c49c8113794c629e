#pragma once
// How a long run tells its caller what it is doing: lines that stay (a level done, a trial kept)
// and progress updates (fraction of the whole run, the current step). The CLI draws them as a
// bar or log lines; tests and other callers may ignore them.
#include <functional>
#include <string>

namespace chimera::orchestrate {

struct RunObserver {
  std::function<void(const std::string& message)> line = [](const std::string&) {};
  std::function<void(double fraction, const std::string& what)> update = [](double,
                                                                            const std::string&) {};
};

}  // namespace chimera::orchestrate
