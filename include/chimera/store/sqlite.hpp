#pragma once
// RAII wrappers over the SQLite C API: a connection and a prepared statement.
#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "chimera/core/error.hpp"

namespace chimera::store {

class Statement;

class Database {
 public:
  // Opens (creating if needed) the database file at path.
  static Result<Database> open(const std::filesystem::path& path);
  Database(Database&& o) noexcept : db_(o.db_), path_(std::move(o.path_)) { o.db_ = nullptr; }
  Database& operator=(Database&&) = delete;
  Database(const Database&) = delete;
  ~Database();

  Status exec(std::string_view sql);  // one or more statements without results
  Result<Statement> prepare(std::string_view sql);
  sqlite3* handle() const { return db_; }
  Error error(std::string_view what) const;  // an Error naming the file and SQLite's message

 private:
  Database(sqlite3* db, std::filesystem::path p) : db_(db), path_(std::move(p)) {}
  sqlite3* db_;
  std::filesystem::path path_;
};

class Statement {
 public:
  Statement(Statement&& o) noexcept : st_(o.st_), db_(o.db_) { o.st_ = nullptr; }
  Statement& operator=(Statement&&) = delete;
  Statement(const Statement&) = delete;
  ~Statement();

  // Binds parameter i (1-based). Empty optionals bind NULL.
  void bind(int i, std::string_view text);
  void bind(int i, std::int64_t v);
  void bind(int i, std::optional<double> v);
  void bind_null(int i);
  // Runs the statement to completion and resets it for the next bindings.
  Status run();
  // Steps once: true when a row is ready to read with the column getters (0-based), false when
  // the statement is done (it is then reset, bindings cleared, for the next use).
  Result<bool> step();
  std::string text(int col) const;
  std::int64_t integer(int col) const;
  std::optional<double> real(int col) const;  // NULL reads as absent
  sqlite3_stmt* handle() const { return st_; }

 private:
  friend class Database;
  Statement(sqlite3_stmt* st, const Database* db) : st_(st), db_(db) {}
  sqlite3_stmt* st_;
  const Database* db_;
};

}  // namespace chimera::store
