#pragma once
// A real PostgreSQL server for one test process: Debian's postgresql binaries, initdb in a
// temporary folder (trust authentication, loopback only, its own port), stopped and removed at
// destruction. As root the server runs as the `postgres` user (initdb refuses root).
#include <memory>
#include <string>

#include "test_support.hpp"

namespace chimera::testing {

class PostgresServer {
 public:
  PostgresServer();
  PostgresServer(const PostgresServer&) = delete;
  PostgresServer& operator=(const PostgresServer&) = delete;
  ~PostgresServer();
  // Why the server could not start (PostgreSQL not installed, initdb failed, ...); empty if it
  // runs.
  const std::string& failure() const { return failure_; }
  // Creates an empty database; returns its URL (postgresql://postgres@127.0.0.1:PORT/name).
  std::string new_database(const std::string& name);
  // Runs SQL with psql as the superuser in database `name`; returns psql's exit code.
  int psql(const std::string& name, const std::string& sql);

 private:
  std::vector<std::string> as_owner(std::vector<std::string> argv) const;
  TempDir dir_;
  std::filesystem::path bin_;
  int port_ = 0;
  bool as_postgres_ = false, running_ = false;
  std::string failure_;
};

}  // namespace chimera::testing
