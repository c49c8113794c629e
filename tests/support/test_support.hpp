#pragma once
// Helpers shared by the test tiers: temporary folders, paths of the shared corpus and the built
// binary, and running a process as a black box.
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace chimera::testing {

// A fresh folder under $TMPDIR, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& rel) const { return path_ / rel; }

 private:
  std::filesystem::path path_;
};

std::filesystem::path source_dir();   // the repository root
std::filesystem::path shared_dir();   // $CHIMERA_SHARED or <repo>/../shared
std::filesystem::path chimera_bin();  // the built chimera executable
std::filesystem::path binary_dir();   // the build tree
// Where tests leave files for people to look at (screenshots): <build>/test-artifacts.
std::filesystem::path artifacts_dir();

// Copies the seed corpus to dest with its original mtimes (shared/corpora/seed-101/materialize.sh).
void materialize_seed(const std::filesystem::path& dest);

struct ProcessResult {
  int exit_code = -1;
  std::string out, err;
};

// Runs argv[0] with the arguments, no shell, stdin from /dev/null; captures stdout and stderr.
// With sigint_after_ms >= 0, sends SIGINT that long after the start (a user's Ctrl-C).
// With signo, sends that signal instead (SIGKILL: a crash or kill -9).
ProcessResult run_process(const std::vector<std::string>& argv, int sigint_after_ms = -1,
                          int signo = 2 /* SIGINT */);

// Runs argv like run_process, polling ready() every 20 ms; once it returns true, sends signo
// after_ms later (a Ctrl-C at a known point of the work, not at a time that a busy machine
// can make too early). Without ready() within timeout_ms, the process is left to finish.
ProcessResult run_process_until(const std::vector<std::string>& argv,
                                const std::function<bool()>& ready, int after_ms,
                                int signo = 2 /* SIGINT */, int timeout_ms = 60000);

// A server program running in the background for a test suite: started at construction (output
// to log, or discarded), stopped with SIGTERM (then SIGKILL after 5 s) at destruction.
class BackgroundProcess {
 public:
  explicit BackgroundProcess(const std::vector<std::string>& argv,
                             const std::filesystem::path& log = {});
  BackgroundProcess(const BackgroundProcess&) = delete;
  BackgroundProcess& operator=(const BackgroundProcess&) = delete;
  ~BackgroundProcess();
  // Polls GET url until it answers 2xx (curl), up to timeout_ms; false if it never does or the
  // process exited.
  bool wait_until_ok(const std::string& url, int timeout_ms) const;
  int pid() const { return pid_; }

 private:
  int pid_ = -1;
};

// A TCP port on loopback that was free a moment ago.
int free_port();

std::string read_file(const std::filesystem::path& p);
void write_file(const std::filesystem::path& p, std::string_view content);

}  // namespace chimera::testing
