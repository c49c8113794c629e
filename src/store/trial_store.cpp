#include "chimera/store/trial_store.hpp"

#include <ctime>

#include "chimera/store/sqlite.hpp"

namespace chimera::store {

namespace {
constexpr std::string_view kSchema = R"sql(
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
CREATE TABLE IF NOT EXISTS sweeps(id TEXT PRIMARY KEY, name TEXT NOT NULL, created TEXT NOT NULL,
  definition TEXT NOT NULL, objective TEXT NOT NULL, weights TEXT NOT NULL,
  constraints TEXT NOT NULL, command TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS trials(id INTEGER PRIMARY KEY, sweep TEXT NOT NULL, point TEXT NOT NULL,
  rep INTEGER NOT NULL, ok INTEGER NOT NULL, model TEXT NOT NULL, options TEXT NOT NULL,
  metrics TEXT NOT NULL, error TEXT NOT NULL, started TEXT NOT NULL, seconds REAL NOT NULL,
  UNIQUE(sweep, point, rep));
CREATE INDEX IF NOT EXISTS trials_sweep ON trials(sweep);
)sql";
}  // namespace

std::string now_utc() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  ::gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

struct TrialStore::Impl {
  std::unique_ptr<Database> db;
};

TrialStore::TrialStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TrialStore::~TrialStore() = default;

Result<std::unique_ptr<TrialStore>> TrialStore::open(const std::filesystem::path& path) {
  auto db = Database::open(path);
  if (!db) return db.error();
  auto impl = std::make_unique<Impl>();
  impl->db = std::make_unique<Database>(std::move(db.value()));
  if (auto st = impl->db->exec(kSchema); !st) return st.error();
  return std::unique_ptr<TrialStore>(new TrialStore(std::move(impl)));
}

Status TrialStore::add_sweep(const SweepRow& s) {
  auto st = impl_->db->prepare(
      "INSERT OR IGNORE INTO sweeps(id, name, created, definition, objective, weights, "
      "constraints, command) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  if (!st) return st.error();
  st.value().bind(1, s.id);
  st.value().bind(2, s.name);
  st.value().bind(3, s.created.empty() ? now_utc() : s.created);
  st.value().bind(4, s.definition_json);
  st.value().bind(5, s.objective);
  st.value().bind(6, s.weights);
  st.value().bind(7, s.constraints);
  st.value().bind(8, s.command);
  return st.value().run();
}

Result<std::vector<SweepRow>> TrialStore::sweeps() {
  auto st = impl_->db->prepare(
      "SELECT id, name, created, definition, objective, weights, constraints, command FROM sweeps "
      "ORDER BY created, id");
  if (!st) return st.error();
  std::vector<SweepRow> out;
  for (;;) {
    auto row = st.value().step();
    if (!row) return row.error();
    if (!row.value()) break;
    auto& s = st.value();
    out.push_back(
        {s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6), s.text(7)});
  }
  return out;
}

Status TrialStore::add(const TrialRow& t) {
  auto st = impl_->db->prepare(
      "INSERT INTO trials(sweep, point, rep, ok, model, options, metrics, error, started, seconds) "
      "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
  if (!st) return st.error();
  auto& s = st.value();
  s.bind(1, t.sweep);
  s.bind(2, t.point);
  s.bind(3, static_cast<std::int64_t>(t.rep));
  s.bind(4, static_cast<std::int64_t>(t.ok ? 1 : 0));
  s.bind(5, t.model);
  s.bind(6, t.options_json);
  s.bind(7, t.metrics_json.empty() ? std::string("{}") : t.metrics_json);
  s.bind(8, t.error);
  s.bind(9, t.started.empty() ? now_utc() : t.started);
  s.bind(10, std::optional<double>(t.seconds));
  return s.run();  // autocommit: durable once this returns
}

Result<std::vector<TrialRow>> TrialStore::trials(const std::string& sweep) {
  auto st = impl_->db->prepare(
      "SELECT id, sweep, point, rep, ok, model, options, metrics, error, started, seconds FROM "
      "trials WHERE sweep = ?1 ORDER BY id");
  if (!st) return st.error();
  st.value().bind(1, sweep);
  std::vector<TrialRow> out;
  for (;;) {
    auto row = st.value().step();
    if (!row) return row.error();
    if (!row.value()) break;
    const auto& s = st.value();
    TrialRow t;
    t.id = s.integer(0);
    t.sweep = s.text(1);
    t.point = s.text(2);
    t.rep = static_cast<int>(s.integer(3));
    t.ok = s.integer(4) != 0;
    t.model = s.text(5);
    t.options_json = s.text(6);
    t.metrics_json = s.text(7);
    t.error = s.text(8);
    t.started = s.text(9);
    t.seconds = s.real(10).value_or(0);
    out.push_back(std::move(t));
  }
  return out;
}

Result<std::size_t> TrialStore::merge_from(const std::filesystem::path& other) {
  auto& db = *impl_->db;
  auto att = db.prepare("ATTACH DATABASE ?1 AS other");
  if (!att) return att.error();
  att.value().bind(1, other.string());
  if (auto st = att.value().run(); !st) return st.error();
  Status st = db.exec("BEGIN; INSERT OR IGNORE INTO main.sweeps SELECT * FROM other.sweeps;");
  const auto changes_before = sqlite3_total_changes(db.handle());
  if (st) {
    st = db.exec(
        "INSERT OR IGNORE INTO main.trials(sweep, point, rep, ok, model, options, metrics, error, "
        "started, seconds) SELECT sweep, point, rep, ok, model, options, metrics, error, started, "
        "seconds FROM other.trials ORDER BY id;");
  }
  const auto changes = sqlite3_total_changes(db.handle()) - changes_before;
  // The agents' and runs' records too, when the other store has them (each once).
  if (st) {
    auto has =
        db.prepare("SELECT 1 FROM other.sqlite_master WHERE type='table' AND name='records'");
    if (!has) return has.error();
    auto row = has.value().step();
    if (!row) return row.error();
    if (row.value()) {
      while (row.value()) {
        row = has.value().step();
        if (!row) return row.error();
      }
      st = db.exec(
          "CREATE TABLE IF NOT EXISTS main.records(id INTEGER PRIMARY KEY, created TEXT NOT NULL, "
          "kind TEXT NOT NULL, invocation TEXT NOT NULL, json TEXT NOT NULL);"
          "INSERT INTO main.records(created, kind, invocation, json) SELECT o.created, o.kind, "
          "o.invocation, o.json FROM other.records o WHERE NOT EXISTS (SELECT 1 FROM main.records "
          "m "
          "WHERE m.created = o.created AND m.kind = o.kind AND m.invocation = o.invocation AND "
          "m.json = o.json) ORDER BY o.id;");
    }
  }
  if (st) st = db.exec("COMMIT;");
  if (!st) {
    (void)db.exec("ROLLBACK");
    (void)db.exec("DETACH DATABASE other");
    return Error{ErrorCode::io, "merging '" + other.string() + "' failed: " + st.error().message,
                 "check that it is a chimera results store (chimera sweep --store)"};
  }
  if (auto d = db.exec("DETACH DATABASE other"); !d) return d.error();
  return static_cast<std::size_t>(changes);
}

}  // namespace chimera::store
