#include "connection.hpp"

#include <algorithm>
#include <fstream>

#include "chimera/store/location.hpp"

namespace chimera::store {

namespace {
// One schema for both engines; {id} and {real} are the engine's spelling.
constexpr std::string_view kSchema = R"sql(
CREATE TABLE IF NOT EXISTS records(id {id}, created TEXT NOT NULL, kind TEXT NOT NULL,
  invocation TEXT NOT NULL, json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS records_kind ON records(kind);
CREATE INDEX IF NOT EXISTS records_invocation ON records(invocation);
CREATE TABLE IF NOT EXISTS sweeps(id TEXT PRIMARY KEY, name TEXT NOT NULL, created TEXT NOT NULL,
  definition TEXT NOT NULL, objective TEXT NOT NULL, weights TEXT NOT NULL,
  constraints TEXT NOT NULL, command TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS trials(id {id}, sweep TEXT NOT NULL, point TEXT NOT NULL,
  rep INTEGER NOT NULL, ok INTEGER NOT NULL, model TEXT NOT NULL, options TEXT NOT NULL,
  metrics TEXT NOT NULL, error TEXT NOT NULL, started TEXT NOT NULL, seconds {real} NOT NULL,
  UNIQUE(sweep, point, rep));
CREATE INDEX IF NOT EXISTS trials_sweep ON trials(sweep);
)sql";

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
  for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
  return s;
}

std::string schema(bool postgres) {
  std::string s(kSchema);
  s = replace_all(s, "{id}", postgres ? "BIGSERIAL PRIMARY KEY" : "INTEGER PRIMARY KEY");
  s = replace_all(s, "{real}", postgres ? "DOUBLE PRECISION" : "REAL");
  if (postgres) {
    // Shards starting together must not race on CREATE TABLE: one creates, the others wait.
    return "BEGIN; SELECT pg_advisory_xact_lock(727465); " + s + " COMMIT;";
  }
  return "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; " + s;
}
}  // namespace

bool is_postgres_url(std::string_view location) {
  return location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0;
}

std::string display_location(std::string_view location) {
  std::string s(location);
  if (!is_postgres_url(s)) return s;
  // The value of a password=... query parameter.
  for (auto q = s.find("password="); q != std::string::npos; q = s.find("password=", q + 1)) {
    if (q == 0 || (s[q - 1] != '?' && s[q - 1] != '&')) continue;
    const auto begin = q + 9, end = std::min(s.find('&', begin), s.size());
    s.replace(begin, end - begin, "***");
  }
  // The password of user:password@host.
  const auto scheme = s.find("://") + 3;
  const auto at = s.find('@', scheme);
  const auto slash = s.find('/', scheme);
  if (at == std::string::npos || (slash != std::string::npos && slash < at)) return s;
  const auto colon = s.find(':', scheme);
  if (colon == std::string::npos || colon > at) return s;
  return s.substr(0, colon + 1) + "***" + s.substr(at);
}

std::string redact_password(std::string message, std::string_view location) {
  // The raw password of the URL (user:PASSWORD@, password=PASSWORD), however libpq quotes it.
  std::vector<std::string> secrets;
  const std::string s(location);
  const auto scheme = s.find("://");
  if (scheme != std::string::npos) {
    const auto at = s.find('@', scheme + 3);
    const auto colon = s.find(':', scheme + 3);
    if (at != std::string::npos && colon != std::string::npos && colon < at)
      secrets.push_back(s.substr(colon + 1, at - colon - 1));
  }
  for (auto q = s.find("password="); q != std::string::npos; q = s.find("password=", q + 1)) {
    const auto begin = q + 9, end = std::min(s.find('&', begin), s.size());
    secrets.push_back(s.substr(begin, end - begin));
  }
  for (const auto& p : secrets) {
    if (p.empty()) continue;
    for (auto i = message.find(p); i != std::string::npos; i = message.find(p, i + 3))
      message.replace(i, p.size(), "***");
  }
  return message;
}

bool is_store(const std::string& location) {
  if (is_postgres_url(location)) return true;
  std::ifstream in(location, std::ios::binary);
  char head[16] = {};
  in.read(head, sizeof head);
  return in.gcount() == 16 && std::string(head, 15) == "SQLite format 3";
}

Result<std::unique_ptr<Connection>> connect(const std::string& location) {
  return is_postgres_url(location) ? connect_postgres(location) : connect_sqlite(location);
}

Result<std::unique_ptr<Connection>> open_store(const std::string& location) {
  auto c = connect(location);
  if (!c) return c;
  if (c.value()->postgres()) {
    // DDL only when a table is missing: a role that does not own the tables (a read-only
    // reporting role) and a hot standby can still read, and nobody waits on the schema lock.
    auto tables = c.value()->tables();
    if (!tables) return tables.error();
    bool complete = true;
    for (const char* t : {"records", "sweeps", "trials"}) {
      if (std::find(tables.value().begin(), tables.value().end(), t) == tables.value().end())
        complete = false;
    }
    if (complete) return c;
  }
  if (auto st = c.value()->exec(schema(c.value()->postgres())); !st) return st.error();
  return c;
}

}  // namespace chimera::store
