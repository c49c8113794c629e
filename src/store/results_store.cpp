#include "chimera/store/results_store.hpp"

#include "chimera/store/trial_store.hpp"
#include "connection.hpp"

namespace chimera::store {

struct ResultsStore::Impl {
  std::unique_ptr<Connection> db;
};

namespace {
// Every row's first column.
std::vector<std::string> first_column(QueryResult r) {
  std::vector<std::string> out;
  out.reserve(r.rows.size());
  for (auto& row : r.rows) out.push_back(std::move(row[0]));
  return out;
}

// "$.a.b" as PostgreSQL's text-array path "{a,b}".
std::string pg_path(std::string_view json_path) {
  if (json_path.rfind("$.", 0) == 0) json_path.remove_prefix(2);
  std::string out = "{";
  for (const char c : json_path) out += c == '.' ? ',' : c;
  return out + "}";
}
}  // namespace

ResultsStore::ResultsStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ResultsStore::~ResultsStore() = default;

Result<std::unique_ptr<ResultsStore>> ResultsStore::open(const std::string& location) {
  auto db = open_store(location);
  if (!db) return db.error();
  auto impl = std::make_unique<Impl>();
  impl->db = std::move(db.value());
  return std::unique_ptr<ResultsStore>(new ResultsStore(std::move(impl)));
}

Result<bool> ResultsStore::contains(std::string_view kind, std::string_view json) {
  auto r = impl_->db->query("SELECT 1 FROM records WHERE kind = ?1 AND json = ?2 LIMIT 1",
                            {std::string(kind), std::string(json)});
  if (!r) return r.error();
  return !r.value().rows.empty();
}

Result<std::vector<std::string>> ResultsStore::all(std::string_view kind) {
  auto r =
      impl_->db->query("SELECT json FROM records WHERE kind = ?1 ORDER BY id", {std::string(kind)});
  if (!r) return r.error();
  return first_column(std::move(r.value()));
}

Result<std::vector<StoredRecord>> ResultsStore::records(std::string_view kind) {
  auto r =
      impl_->db->query("SELECT created, invocation, json FROM records WHERE kind = ?1 ORDER BY id",
                       {std::string(kind)});
  if (!r) return r.error();
  std::vector<StoredRecord> out;
  out.reserve(r.value().rows.size());
  for (auto& row : r.value().rows)
    out.push_back({std::move(row[0]), std::move(row[1]), std::move(row[2])});
  return out;
}

Result<std::vector<std::string>> ResultsStore::find(std::string_view kind, std::string_view path,
                                                    std::string_view value) {
  const bool pg = impl_->db->postgres();
  auto r = impl_->db->query(
      pg ? "SELECT json FROM records WHERE kind = ?1 AND (json::jsonb #>> ?2::text[]) = ?3 "
           "ORDER BY id"
         : "SELECT json FROM records WHERE kind = ?1 AND json_extract(json, ?2) = ?3 ORDER BY id",
      {std::string(kind), pg ? pg_path(path) : std::string(path), std::string(value)});
  if (!r) return r.error();
  return first_column(std::move(r.value()));
}

Status ResultsStore::append(std::string_view kind, std::string_view invocation,
                            std::string_view json) {
  auto r = impl_->db->query(
      "INSERT INTO records(created, kind, invocation, json) VALUES(?1, ?2, ?3, ?4)",
      {now_utc(), std::string(kind), std::string(invocation), std::string(json)});
  if (!r) return r.error();
  return ok_status();  // autocommit: durable once this returns
}

}  // namespace chimera::store
