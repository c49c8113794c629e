#include "test_support.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace chimera::testing {
namespace fs = std::filesystem;

TempDir::TempDir() {
  std::string tmpl = (fs::temp_directory_path() / "chimera-test-XXXXXX").string();
  if (!::mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
  path_ = tmpl;
}

TempDir::~TempDir() {
  std::error_code ec;
  // Restore permissions a test may have taken away, then remove everything.
  for (auto it = fs::recursive_directory_iterator(
           path_, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_symlink())
      fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ec);
  }
  fs::remove_all(path_, ec);
}

fs::path source_dir() {
  return CHIMERA_SOURCE_DIR;
}

fs::path shared_dir() {
  if (const char* s = std::getenv("CHIMERA_SHARED")) return s;
  return source_dir().parent_path() / "shared";
}

fs::path binary_dir() {
  return CHIMERA_BINARY_DIR;
}

fs::path artifacts_dir() {
  const fs::path d = binary_dir() / "test-artifacts";
  fs::create_directories(d);
  return d;
}

fs::path chimera_bin() {
  return CHIMERA_BIN;
}

void materialize_seed(const fs::path& dest) {
  const auto script = shared_dir() / "corpora/seed-101/materialize.sh";
  const auto r = run_process({"/bin/bash", script.string(), dest.string()});
  if (r.exit_code != 0) throw std::runtime_error("materialize.sh failed: " + r.err);
}

namespace {

// Starts argv[0] (no shell) with stdin from /dev/null and stdout and stderr to the given files
// (stderr into stdout's file when err is empty; append instead of truncate when asked).
pid_t spawn(const std::vector<std::string>& argv, const std::string& out, const std::string& err,
            bool append) {
  const int mode = O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, out.c_str(), mode, 0644);
  if (err.empty()) {
    posix_spawn_file_actions_adddup2(&fa, 1, 2);
  } else {
    posix_spawn_file_actions_addopen(&fa, 2, err.c_str(), mode, 0644);
  }
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  const int rc = ::posix_spawn(&pid, args[0], &fa, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) throw std::runtime_error("posix_spawn failed for " + argv[0]);
  return pid;
}

}  // namespace

ProcessResult run_process(const std::vector<std::string>& argv, int sigint_after_ms, int signo) {
  TempDir io;
  const auto out_path = io / "stdout", err_path = io / "stderr";
  const pid_t pid = spawn(argv, out_path.string(), err_path.string(), false);
  if (sigint_after_ms >= 0) {
    std::this_thread::sleep_for(std::chrono::milliseconds(sigint_after_ms));
    ::kill(pid, signo);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  ProcessResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = read_file(out_path);
  r.err = read_file(err_path);
  return r;
}

ProcessResult run_process_until(const std::vector<std::string>& argv,
                                const std::function<bool()>& ready, int after_ms, int signo,
                                int timeout_ms) {
  TempDir io;
  const auto out_path = io / "stdout", err_path = io / "stderr";
  const pid_t pid = spawn(argv, out_path.string(), err_path.string(), false);
  int status = 0;
  bool exited = false;
  for (int waited = 0; waited < timeout_ms; waited += 20) {
    if (::waitpid(pid, &status, WNOHANG) == pid) {
      exited = true;
      break;
    }
    if (ready()) {
      std::this_thread::sleep_for(std::chrono::milliseconds(after_ms));
      ::kill(pid, signo);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  if (!exited) ::waitpid(pid, &status, 0);
  ProcessResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = read_file(out_path);
  r.err = read_file(err_path);
  return r;
}

BackgroundProcess::BackgroundProcess(const std::vector<std::string>& argv, const fs::path& log)
    : pid_(spawn(argv, log.empty() ? std::string("/dev/null") : log.string(), "", true)) {}

BackgroundProcess::~BackgroundProcess() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGTERM);
  for (int i = 0; i < 500; ++i) {
    int st = 0;
    if (::waitpid(pid_, &st, WNOHANG) == pid_) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ::kill(pid_, SIGKILL);
  int st = 0;
  ::waitpid(pid_, &st, 0);
}

bool BackgroundProcess::wait_until_ok(const std::string& url, int timeout_ms) const {
  for (int waited = 0; waited < timeout_ms; waited += 100) {
    int st = 0;
    if (::waitpid(pid_, &st, WNOHANG) == pid_) return false;  // it exited
    if (run_process({"/usr/bin/curl", "-sf", "-o", "/dev/null", url}).exit_code == 0) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return false;
}

int free_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
  socklen_t len = sizeof a;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
  ::close(fd);
  return ntohs(a.sin_port);
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_file(const fs::path& p, std::string_view content) {
  fs::create_directories(p.parent_path());
  std::ofstream out(p, std::ios::binary);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
}

}  // namespace chimera::testing
