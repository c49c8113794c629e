#pragma once
// One SQL connection to a results store, SQLite or PostgreSQL, behind the few calls the stores
// need. SQL is written once with ?N parameters (PostgreSQL's connection turns them into $N);
// values travel as text, typed by the columns they go to.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "chimera/core/error.hpp"

namespace chimera::store {

using Param = std::variant<std::string, std::int64_t, double>;
using Row = std::vector<std::string>;  // every column as text; NULL reads as ""

struct QueryResult {
  std::vector<Row> rows;
  std::int64_t changed = 0;  // rows inserted, updated or deleted
};

class Connection {
 public:
  Connection() = default;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  virtual ~Connection() = default;
  // One statement with parameters ?1, ?2, ...
  virtual Result<QueryResult> query(std::string_view sql, const std::vector<Param>& params) = 0;
  // Statements without parameters or rows (a schema, BEGIN, COMMIT).
  virtual Status exec(std::string_view sql) = 0;
  // The tables of the store's schema.
  virtual Result<std::vector<std::string>> tables() = 0;
  virtual bool postgres() const = 0;
};

Result<std::unique_ptr<Connection>> connect_sqlite(const std::string& path);
Result<std::unique_ptr<Connection>> connect_postgres(const std::string& url);
// Connects to an SQLite file (created if missing) or a PostgreSQL URL.
Result<std::unique_ptr<Connection>> connect(const std::string& location);
// Connects and creates the results store's tables (records, sweeps, trials) where missing.
Result<std::unique_ptr<Connection>> open_store(const std::string& location);

}  // namespace chimera::store
