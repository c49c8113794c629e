#include "chimera/store/sqlite.hpp"

namespace chimera::store {

Result<Database> Database::open(const std::filesystem::path& path) {
  sqlite3* db = nullptr;
  const int rc =
      sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return Error{ErrorCode::io, "cannot open SQLite database '" + path.string() + "': " + msg,
                 "check that the folder exists and is writable"};
  }
  sqlite3_busy_timeout(db, 5000);
  return Database(db, path);
}

Database::~Database() {
  if (db_) sqlite3_close(db_);
}

Error Database::error(std::string_view what) const {
  return Error{ErrorCode::io,
               std::string(what) + " in '" + path_.string() + "': " + sqlite3_errmsg(db_),
               "check free disk space and that no other program locks the file"};
}

Status Database::exec(std::string_view sql) {
  const std::string s(sql);
  if (sqlite3_exec(db_, s.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
    return error("SQL failed");
  return ok_status();
}

Result<Statement> Database::prepare(std::string_view sql) {
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &st, nullptr) !=
      SQLITE_OK) {
    return error("preparing a statement failed");
  }
  return Statement(st, this);
}

Statement::~Statement() {
  if (st_) sqlite3_finalize(st_);
}

void Statement::bind(int i, std::string_view text) {
  sqlite3_bind_text(st_, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}
void Statement::bind(int i, std::int64_t v) {
  sqlite3_bind_int64(st_, i, v);
}
void Statement::bind(int i, std::optional<double> v) {
  if (v) {
    sqlite3_bind_double(st_, i, *v);
  } else {
    sqlite3_bind_null(st_, i);
  }
}
void Statement::bind_null(int i) {
  sqlite3_bind_null(st_, i);
}

Result<bool> Statement::step() {
  const int rc = sqlite3_step(st_);
  if (rc == SQLITE_ROW) return true;
  sqlite3_reset(st_);
  sqlite3_clear_bindings(st_);
  if (rc != SQLITE_DONE) return db_->error("reading rows failed");
  return false;
}

std::string Statement::text(int col) const {
  const auto* p = sqlite3_column_text(st_, col);
  return p ? std::string(reinterpret_cast<const char*>(p),
                         static_cast<std::size_t>(sqlite3_column_bytes(st_, col)))
           : std::string();
}

std::int64_t Statement::integer(int col) const {
  return sqlite3_column_int64(st_, col);
}

std::optional<double> Statement::real(int col) const {
  if (sqlite3_column_type(st_, col) == SQLITE_NULL) return std::nullopt;
  return sqlite3_column_double(st_, col);
}

Status Statement::run() {
  const int rc = sqlite3_step(st_);
  sqlite3_reset(st_);
  sqlite3_clear_bindings(st_);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW) return db_->error("writing a row failed");
  return ok_status();
}

}  // namespace chimera::store
