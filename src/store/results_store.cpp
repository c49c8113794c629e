#include "chimera/store/results_store.hpp"

#include "chimera/store/sqlite.hpp"
#include "chimera/store/trial_store.hpp"

namespace chimera::store {

struct ResultsStore::Impl {
  std::unique_ptr<Database> db;
  std::optional<Statement> insert;
};

namespace {
constexpr std::string_view kSchema = R"sql(
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
CREATE TABLE IF NOT EXISTS records(id INTEGER PRIMARY KEY, created TEXT NOT NULL, kind TEXT NOT NULL,
  invocation TEXT NOT NULL, json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS records_kind ON records(kind);
CREATE INDEX IF NOT EXISTS records_invocation ON records(invocation);
)sql";

// Every row's first column, as text.
Result<std::vector<std::string>> first_column(Statement& st) {
  std::vector<std::string> out;
  for (;;) {
    auto row = st.step();
    if (!row) return row.error();
    if (!row.value()) break;
    out.push_back(st.text(0));
  }
  return out;
}

}  // namespace

ResultsStore::ResultsStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ResultsStore::~ResultsStore() = default;

Result<std::unique_ptr<ResultsStore>> ResultsStore::open(const std::filesystem::path& path) {
  auto db = Database::open(path);
  if (!db) return db.error();
  auto impl = std::make_unique<Impl>();
  impl->db = std::make_unique<Database>(std::move(db.value()));
  if (auto st = impl->db->exec(kSchema); !st) return st.error();
  auto ins = impl->db->prepare(
      "INSERT INTO records(created, kind, invocation, json) VALUES(?1, ?2, ?3, ?4)");
  if (!ins) return ins.error();
  impl->insert.emplace(std::move(ins.value()));
  return std::unique_ptr<ResultsStore>(new ResultsStore(std::move(impl)));
}

Result<bool> ResultsStore::contains(std::string_view kind, std::string_view json) {
  auto st = impl_->db->prepare("SELECT 1 FROM records WHERE kind = ?1 AND json = ?2 LIMIT 1");
  if (!st) return st.error();
  st.value().bind(1, kind);
  st.value().bind(2, json);
  auto row = st.value().step();
  if (!row) return row.error();
  if (row.value()) (void)st.value().step();  // finish, so the statement resets
  return row.value();
}

Result<std::vector<std::string>> ResultsStore::all(std::string_view kind) {
  auto st = impl_->db->prepare("SELECT json FROM records WHERE kind = ?1 ORDER BY id");
  if (!st) return st.error();
  st.value().bind(1, kind);
  return first_column(st.value());
}

Result<std::vector<StoredRecord>> ResultsStore::records(std::string_view kind) {
  auto st = impl_->db->prepare(
      "SELECT created, invocation, json FROM records WHERE kind = ?1 ORDER BY id");
  if (!st) return st.error();
  st.value().bind(1, kind);
  std::vector<StoredRecord> out;
  for (;;) {
    auto row = st.value().step();
    if (!row) return row.error();
    if (!row.value()) break;
    out.push_back({st.value().text(0), st.value().text(1), st.value().text(2)});
  }
  return out;
}

Result<std::vector<std::string>> ResultsStore::find(std::string_view kind, std::string_view path,
                                                    std::string_view value) {
  auto st = impl_->db->prepare(
      "SELECT json FROM records WHERE kind = ?1 AND json_extract(json, ?2) = ?3 ORDER BY id");
  if (!st) return st.error();
  st.value().bind(1, kind);
  st.value().bind(2, path);
  st.value().bind(3, value);
  return first_column(st.value());
}

Status ResultsStore::append(std::string_view kind, std::string_view invocation,
                            std::string_view json) {
  Statement& st = *impl_->insert;
  st.bind(1, now_utc());
  st.bind(2, kind);
  st.bind(3, invocation);
  st.bind(4, json);
  return st.run();  // autocommit: durable once this returns
}

}  // namespace chimera::store
