#pragma once
// Where a results store lives: an SQLite file (the embedded default) or a PostgreSQL database
// given as a libpq URL (postgresql://user@host:port/db; a password is best left to PGPASSWORD or
// ~/.pgpass). Every command that takes --store or a STORE argument accepts both.
#include <string>
#include <string_view>

namespace chimera::store {

// postgresql:// or postgres:// (libpq's two URI prefixes).
bool is_postgres_url(std::string_view location);
// The location for messages and reports: a URL's password (user:PASSWORD@ or password=...) is
// replaced by "***".
std::string display_location(std::string_view location);
// A message (libpq's, which may quote the URL) with the location's password replaced by "***".
std::string redact_password(std::string message, std::string_view location);
// A PostgreSQL URL, or an existing file that starts with SQLite's header.
bool is_store(const std::string& location);

}  // namespace chimera::store
