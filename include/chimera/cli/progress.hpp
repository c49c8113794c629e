#pragma once
// Progress of long commands: on a terminal a bar with percentage and ETA redrawn in place (at
// most 10 times a second); otherwise plain log lines (one every 5 s, or every update with
// --verbose); nothing with --quiet. Always on stderr, so stdout stays the report.
#include <chrono>
#include <string>

#include "chimera/orchestrate/observer.hpp"

namespace chimera::cli {

class Progress {
 public:
  Progress(std::string prefix, bool quiet, bool verbose);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;
  // fraction in [0, 1] of the whole command; what: the current step.
  void update(double fraction, const std::string& what);
  // A message that stays (clears the bar first).
  void line(const std::string& message);
  void done();
  bool tty() const { return tty_; }

 private:
  void clear();
  std::string prefix_;
  bool quiet_, verbose_, tty_, drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

// The observer a library run reports through, drawn by `progress` (which must outlive it).
orchestrate::RunObserver observer(Progress& progress);

// "1 m 05 s", "42 s".
std::string format_duration(double seconds);

}  // namespace chimera::cli
