#include "postgres_server.hpp"

#include <unistd.h>

#include <algorithm>

namespace chimera::testing {
namespace fs = std::filesystem;

namespace {
// The newest /usr/lib/postgresql/N/bin holding initdb, or empty.
fs::path postgres_bin() {
  std::vector<fs::path> found;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator("/usr/lib/postgresql", ec)) {
    if (fs::exists(e.path() / "bin/initdb", ec)) found.push_back(e.path() / "bin");
  }
  if (found.empty()) return {};
  std::sort(found.begin(), found.end(), [](const fs::path& a, const fs::path& b) {
    return std::stoi(a.parent_path().filename().string()) <
           std::stoi(b.parent_path().filename().string());
  });
  return found.back();
}
}  // namespace

std::vector<std::string> PostgresServer::as_owner(std::vector<std::string> argv) const {
  if (as_postgres_) argv.insert(argv.begin(), {"/usr/sbin/runuser", "-u", "postgres", "--"});
  return argv;
}

PostgresServer::PostgresServer() {
  bin_ = postgres_bin();
  if (bin_.empty()) {
    failure_ = "PostgreSQL is not installed (apt-get install postgresql)";
    return;
  }
  as_postgres_ = ::geteuid() == 0;
  if (as_postgres_) {
    const auto c = run_process({"/bin/chown", "-R", "postgres:postgres", dir_.path().string()});
    if (c.exit_code != 0) {
      failure_ = "chown to the postgres user failed: " + c.err;
      return;
    }
  }
  const auto data = (dir_ / "data").string();
  const auto init =
      run_process(as_owner({(bin_ / "initdb").string(), "-D", data, "-A", "trust", "-U", "postgres",
                            "--no-sync", "-E", "UTF8", "--locale=C"}));
  if (init.exit_code != 0) {
    failure_ = "initdb failed: " + init.err;
    return;
  }
  port_ = free_port();
  const std::string opts = "-p " + std::to_string(port_) + " -c listen_addresses=127.0.0.1 -k " +
                           dir_.path().string() + " -c fsync=off -c max_connections=60";
  const auto start =
      run_process(as_owner({(bin_ / "pg_ctl").string(), "-D", data, "-l", (dir_ / "log").string(),
                            "-w", "-t", "60", "-o", opts, "start"}));
  running_ = true;  // stopped at destruction even if pg_ctl gave up waiting after it started
  if (start.exit_code != 0) {
    failure_ = "the server did not start: " + start.out + start.err + read_file(dir_ / "log");
    return;
  }
}

PostgresServer::~PostgresServer() {
  if (running_) {
    (void)run_process(as_owner(
        {(bin_ / "pg_ctl").string(), "-D", (dir_ / "data").string(), "-m", "immediate", "stop"}));
  }
}

std::string PostgresServer::new_database(const std::string& name) {
  const auto r = run_process({(bin_ / "createdb").string(), "-h", "127.0.0.1", "-p",
                              std::to_string(port_), "-U", "postgres", name});
  if (r.exit_code != 0) return {};
  return "postgresql://postgres@127.0.0.1:" + std::to_string(port_) + "/" + name;
}

int PostgresServer::psql(const std::string& name, const std::string& sql) {
  const auto r =
      run_process({(bin_ / "psql").string(), "-h", "127.0.0.1", "-p", std::to_string(port_), "-U",
                   "postgres", "-d", name, "-v", "ON_ERROR_STOP=1", "-c", sql});
  return r.exit_code;
}

}  // namespace chimera::testing
