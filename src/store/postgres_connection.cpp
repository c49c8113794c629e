// The PostgreSQL side of a results store's connection, on libpq. Every statement runs in
// autocommit unless wrapped in BEGIN/COMMIT, so a result is durable once its INSERT returns.
#include <libpq-fe.h>

#include <cctype>
#include <cstdio>
#include <memory>

#include "chimera/store/location.hpp"
#include "connection.hpp"

namespace chimera::store {

namespace {
struct PgConnClose {
  void operator()(PGconn* c) const { PQfinish(c); }
};
struct PgResultClear {
  void operator()(PGresult* r) const { PQclear(r); }
};
using PgConn = std::unique_ptr<PGconn, PgConnClose>;
using PgResult = std::unique_ptr<PGresult, PgResultClear>;

constexpr const char* kHint =
    "check that the server runs and accepts this user and database "
    "(postgresql://USER@HOST:PORT/DB; give a password in PGPASSWORD or ~/.pgpass)";

// ?N placeholders become $N (no statement of ours has a '?' inside a literal).
std::string dollar_params(std::string_view sql) {
  std::string out;
  out.reserve(sql.size());
  for (std::size_t i = 0; i < sql.size(); ++i) {
    const bool placeholder =
        sql[i] == '?' && i + 1 < sql.size() && std::isdigit(static_cast<unsigned char>(sql[i + 1]));
    out += placeholder ? '$' : sql[i];
  }
  return out;
}

std::string text_of(const Param& p) {
  if (const auto* t = std::get_if<std::string>(&p)) return *t;
  if (const auto* n = std::get_if<std::int64_t>(&p)) return std::to_string(*n);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", std::get<double>(p));
  return buf;
}

void ignore_notice(void*, const char*) {}  // "relation already exists, skipping" and the like

class PostgresConnection final : public Connection {
 public:
  PostgresConnection(PgConn conn, std::string location)
      : conn_(std::move(conn)), location_(std::move(location)) {}

  Result<QueryResult> query(std::string_view sql, const std::vector<Param>& params) override {
    std::vector<std::string> texts;
    texts.reserve(params.size());
    for (const auto& p : params) texts.push_back(text_of(p));
    std::vector<const char*> values;
    values.reserve(texts.size());
    for (const auto& t : texts) values.push_back(t.c_str());
    const std::string q = dollar_params(sql);
    PgResult r(PQexecParams(conn_.get(), q.c_str(), static_cast<int>(values.size()), nullptr,
                            values.data(), nullptr, nullptr, 0));
    if (auto st = check(r.get(), "a statement failed"); !st) return st.error();
    QueryResult out;
    const int rows = PQntuples(r.get()), cols = PQnfields(r.get());
    out.rows.reserve(static_cast<std::size_t>(rows));
    for (int i = 0; i < rows; ++i) {
      Row row;
      row.reserve(static_cast<std::size_t>(cols));
      for (int c = 0; c < cols; ++c)
        row.emplace_back(PQgetvalue(r.get(), i, c), PQgetlength(r.get(), i, c));
      out.rows.push_back(std::move(row));
    }
    const char* n = PQcmdTuples(r.get());
    out.changed = n && *n ? std::atoll(n) : 0;
    return out;
  }

  Status exec(std::string_view sql) override {
    const std::string s(sql);
    PgResult r(PQexec(conn_.get(), s.c_str()));
    return check(r.get(), "SQL failed");
  }

  Result<std::vector<std::string>> tables() override {
    auto r = query(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
        "ORDER BY table_name",
        {});
    if (!r) return r.error();
    std::vector<std::string> out;
    for (auto& row : r.value().rows) out.push_back(std::move(row[0]));
    return out;
  }

  bool postgres() const override { return true; }

 private:
  Status check(const PGresult* r, std::string_view what) const {
    const auto status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return ok_status();
    std::string msg =
        redact_password(r ? PQresultErrorMessage(r) : PQerrorMessage(conn_.get()), location_);
    while (!msg.empty() && std::isspace(static_cast<unsigned char>(msg.back()))) msg.pop_back();
    return Error{
        ErrorCode::io,
        std::string(what) + " in PostgreSQL store '" + display_location(location_) + "': " + msg,
        kHint};
  }

  PgConn conn_;
  std::string location_;
};
}  // namespace

Result<std::unique_ptr<Connection>> connect_postgres(const std::string& url) {
  PgConn conn(PQconnectdb(url.c_str()));
  if (!conn || PQstatus(conn.get()) != CONNECTION_OK) {
    std::string msg = redact_password(conn ? PQerrorMessage(conn.get()) : "out of memory", url);
    while (!msg.empty() && std::isspace(static_cast<unsigned char>(msg.back()))) msg.pop_back();
    return Error{ErrorCode::io,
                 "cannot connect to PostgreSQL store '" + display_location(url) + "': " + msg,
                 kHint};
  }
  PQsetNoticeProcessor(conn.get(), ignore_notice, nullptr);
  return std::unique_ptr<Connection>(new PostgresConnection(std::move(conn), url));
}

}  // namespace chimera::store
