// The SQLite side of a results store's connection, on the RAII wrappers of sqlite.hpp.
#include <charconv>

#include "chimera/store/sqlite.hpp"
#include "connection.hpp"

namespace chimera::store {

namespace {
// A column as text; a REAL in its shortest exact form (SQLite's own text has 15 digits).
std::string column_text(const Statement& s, int c) {
  if (sqlite3_column_type(s.handle(), c) != SQLITE_FLOAT) return s.text(c);
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, sqlite3_column_double(s.handle(), c));
  return std::string(buf, r.ptr);
}

class SqliteConnection final : public Connection {
 public:
  explicit SqliteConnection(Database db) : db_(std::move(db)) {}

  Result<QueryResult> query(std::string_view sql, const std::vector<Param>& params) override {
    auto st = db_.prepare(sql);
    if (!st) return st.error();
    auto& s = st.value();
    for (std::size_t i = 0; i < params.size(); ++i) {
      const int at = static_cast<int>(i) + 1;
      if (const auto* t = std::get_if<std::string>(&params[i])) {
        s.bind(at, std::string_view(*t));
      } else if (const auto* n = std::get_if<std::int64_t>(&params[i])) {
        s.bind(at, *n);
      } else {
        s.bind(at, std::optional<double>(std::get<double>(params[i])));
      }
    }
    QueryResult out;
    const int columns = sqlite3_column_count(s.handle());
    for (;;) {
      auto row = s.step();
      if (!row) return row.error();
      if (!row.value()) break;
      Row r;
      r.reserve(static_cast<std::size_t>(columns));
      for (int c = 0; c < columns; ++c) r.push_back(column_text(s, c));
      out.rows.push_back(std::move(r));
    }
    out.changed = sqlite3_changes(db_.handle());
    return out;
  }

  Status exec(std::string_view sql) override { return db_.exec(sql); }

  Result<std::vector<std::string>> tables() override {
    auto r = query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", {});
    if (!r) return r.error();
    std::vector<std::string> out;
    for (auto& row : r.value().rows) out.push_back(std::move(row[0]));
    return out;
  }

  bool postgres() const override { return false; }

 private:
  Database db_;
};
}  // namespace

Result<std::unique_ptr<Connection>> connect_sqlite(const std::string& path) {
  auto db = Database::open(path);
  if (!db) return db.error();
  return std::unique_ptr<Connection>(new SqliteConnection(std::move(db.value())));
}

}  // namespace chimera::store
