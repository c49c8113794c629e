#include "chimera/cli/progress.hpp"

#include <unistd.h>

#include "chimera/core/terminal.hpp"

#include <algorithm>
#include <cmath>
#include <iostream>

namespace chimera::cli {

std::string format_duration(double s) {
  if (!std::isfinite(s) || s < 0) return "?";
  const auto total = static_cast<long long>(std::llround(s));
  if (total < 60) return std::to_string(total) + " s";
  const long long m = total / 60, r = total % 60;
  return std::to_string(m) + " m " + (r < 10 ? "0" : "") + std::to_string(r) + " s";
}

Progress::Progress(std::string prefix, bool quiet, bool verbose)
    : prefix_(std::move(prefix)),
      quiet_(quiet),
      verbose_(verbose),
      tty_(::isatty(STDERR_FILENO) != 0),
      start_(std::chrono::steady_clock::now()),
      last_(start_ - std::chrono::hours(1)) {}

Progress::~Progress() {
  clear();
}

void Progress::clear() {
  if (drawn_) std::cerr << "\r\033[K" << std::flush;
  drawn_ = false;
}

void Progress::update(double fraction, const std::string& what) {
  if (quiet_) return;
  const auto now = std::chrono::steady_clock::now();
  const double since = std::chrono::duration<double>(now - last_).count();
  if (tty_ ? since < 0.1 : (!verbose_ && since < 5.0)) return;
  last_ = now;
  fraction = std::clamp(fraction, 0.0, 1.0);
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  const std::string eta =
      fraction > 0.01 ? format_duration(elapsed / fraction * (1 - fraction)) : std::string("?");
  if (tty_) {
    constexpr int kWidth = 24;
    const int filled = static_cast<int>(fraction * kWidth);
    std::string bar = "[" + std::string(static_cast<std::size_t>(filled), '#') +
                      std::string(static_cast<std::size_t>(kWidth - filled), '.') + "]";
    const std::string msg = prefix_ + ": " + bar + " " +
                            std::to_string(static_cast<int>(fraction * 100)) + "% ETA " + eta +
                            "  " + what;
    // Never wider than the terminal: a wrapped bar can no longer be redrawn in place.
    const std::size_t cols = term::columns(STDERR_FILENO);
    std::cerr << "\r\033[K" << term::fit(msg, cols > 1 ? cols - 1 : cols) << std::flush;
    drawn_ = true;
  } else {
    std::cerr << prefix_ << ": " << static_cast<int>(fraction * 100) << "% (ETA " << eta << ") "
              << what << "\n";
  }
}

void Progress::line(const std::string& message) {
  if (quiet_) return;
  clear();
  std::cerr << prefix_ << ": " << message << "\n";
}

void Progress::done() {
  clear();
}

orchestrate::RunObserver observer(Progress& progress) {
  orchestrate::RunObserver o;
  o.line = [&progress](const std::string& m) { progress.line(m); };
  o.update = [&progress](double f, const std::string& what) { progress.update(f, what); };
  return o;
}

}  // namespace chimera::cli
