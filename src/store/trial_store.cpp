#include "chimera/store/trial_store.hpp"

#include <algorithm>
#include <cstdlib>
#include <ctime>

#include "chimera/store/location.hpp"
#include "connection.hpp"

namespace chimera::store {

std::string now_utc() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  ::gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

struct TrialStore::Impl {
  std::unique_ptr<Connection> db;
};

namespace {
constexpr std::string_view kInsertSweep =
    "INSERT INTO sweeps(id, name, created, definition, objective, weights, constraints, command) "
    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT DO NOTHING";
constexpr std::string_view kTrialColumns =
    "sweep, point, rep, ok, model, options, metrics, error, started, seconds";

std::vector<Param> trial_params(const TrialRow& t) {
  return {t.sweep,
          t.point,
          static_cast<std::int64_t>(t.rep),
          static_cast<std::int64_t>(t.ok ? 1 : 0),
          t.model,
          t.options_json,
          t.metrics_json.empty() ? std::string("{}") : t.metrics_json,
          t.error,
          t.started.empty() ? now_utc() : t.started,
          t.seconds};
}

std::string insert_trial(bool once) {
  return "INSERT INTO trials(" + std::string(kTrialColumns) +
         ") VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)" +
         (once ? " ON CONFLICT DO NOTHING" : "");
}

// A trial row read back in the column order of kTrialColumns, after `offset` leading columns.
TrialRow trial_from(Row& r, std::size_t offset) {
  TrialRow t;
  t.sweep = std::move(r[offset]);
  t.point = std::move(r[offset + 1]);
  t.rep = std::atoi(r[offset + 2].c_str());
  t.ok = std::atoi(r[offset + 3].c_str()) != 0;
  t.model = std::move(r[offset + 4]);
  t.options_json = std::move(r[offset + 5]);
  t.metrics_json = std::move(r[offset + 6]);
  t.error = std::move(r[offset + 7]);
  t.started = std::move(r[offset + 8]);
  t.seconds = std::strtod(r[offset + 9].c_str(), nullptr);
  return t;
}

bool has(const std::vector<std::string>& tables, std::string_view name) {
  return std::find(tables.begin(), tables.end(), name) != tables.end();
}

// Copies what `from` holds into `to` (inside the caller's transaction); returns trials copied.
Result<std::size_t> copy_store(Connection& from, Connection& to,
                               const std::vector<std::string>& tables) {
  std::size_t copied = 0;
  if (has(tables, "sweeps")) {
    auto rows = from.query(
        "SELECT id, name, created, definition, objective, weights, constraints, command "
        "FROM sweeps ORDER BY created, id",
        {});
    if (!rows) return rows.error();
    for (auto& r : rows.value().rows) {
      auto in = to.query(kInsertSweep, std::vector<Param>(r.begin(), r.end()));
      if (!in) return in.error();
    }
  }
  if (has(tables, "trials")) {
    auto rows = from.query("SELECT " + std::string(kTrialColumns) + " FROM trials ORDER BY id", {});
    if (!rows) return rows.error();
    const std::string insert = insert_trial(true);
    for (auto& r : rows.value().rows) {
      auto in = to.query(insert, trial_params(trial_from(r, 0)));
      if (!in) return in.error();
      copied += static_cast<std::size_t>(in.value().changed);
    }
  }
  if (has(tables, "records")) {
    auto rows = from.query("SELECT created, kind, invocation, json FROM records ORDER BY id", {});
    if (!rows) return rows.error();
    for (auto& r : rows.value().rows) {
      auto in = to.query(
          "INSERT INTO records(created, kind, invocation, json) SELECT CAST(?1 AS TEXT), "
          "CAST(?2 AS TEXT), CAST(?3 AS TEXT), CAST(?4 AS TEXT) WHERE NOT EXISTS (SELECT 1 FROM "
          "records WHERE created = CAST(?1 AS TEXT) AND kind = CAST(?2 AS TEXT) AND invocation = "
          "CAST(?3 AS TEXT) AND json = CAST(?4 AS TEXT))",
          std::vector<Param>(r.begin(), r.end()));
      if (!in) return in.error();
    }
  }
  return copied;
}
}  // namespace

TrialStore::TrialStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TrialStore::~TrialStore() = default;

Result<std::unique_ptr<TrialStore>> TrialStore::open(const std::string& location) {
  auto db = open_store(location);
  if (!db) return db.error();
  auto impl = std::make_unique<Impl>();
  impl->db = std::move(db.value());
  return std::unique_ptr<TrialStore>(new TrialStore(std::move(impl)));
}

Status TrialStore::add_sweep(const SweepRow& s) {
  auto r = impl_->db->query(
      kInsertSweep, {s.id, s.name, s.created.empty() ? now_utc() : s.created, s.definition_json,
                     s.objective, s.weights, s.constraints, s.command});
  if (!r) return r.error();
  return ok_status();
}

Result<std::vector<SweepRow>> TrialStore::sweeps() {
  // created has one-second resolution: within a second, the order their first trials were stored.
  auto r = impl_->db->query(
      "SELECT id, name, created, definition, objective, weights, constraints, command FROM sweeps "
      "ORDER BY created, COALESCE((SELECT MIN(t.id) FROM trials t WHERE t.sweep = sweeps.id), 0), "
      "id",
      {});
  if (!r) return r.error();
  std::vector<SweepRow> out;
  for (auto& s : r.value().rows) out.push_back({s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]});
  return out;
}

Status TrialStore::add(const TrialRow& t) {
  auto r = impl_->db->query(insert_trial(false), trial_params(t));
  if (!r) return r.error();
  return ok_status();  // autocommit: durable once this returns
}

Result<std::vector<TrialRow>> TrialStore::trials(const std::string& sweep) {
  auto r = impl_->db->query(
      "SELECT id, " + std::string(kTrialColumns) + " FROM trials WHERE sweep = ?1 ORDER BY id",
      {sweep});
  if (!r) return r.error();
  std::vector<TrialRow> out;
  out.reserve(r.value().rows.size());
  for (auto& row : r.value().rows) {
    TrialRow t = trial_from(row, 1);
    t.id = std::atoll(row[0].c_str());
    out.push_back(std::move(t));
  }
  return out;
}

Result<std::size_t> TrialStore::merge_from(const std::string& other) {
  auto from = connect(other);
  if (!from) return from.error();
  auto tables = from.value()->tables();
  if (!tables) return tables.error();
  const auto fail = [&](const std::string& why) {
    return Error{ErrorCode::io, "merging '" + display_location(other) + "' failed: " + why,
                 "check that it is a chimera results store (chimera sweep --store)"};
  };
  if (!has(tables.value(), "trials") && !has(tables.value(), "records"))
    return fail("it holds no trials and no records");
  auto& to = *impl_->db;
  if (auto st = to.exec("BEGIN"); !st) return fail(st.error().message);
  auto copied = copy_store(*from.value(), to, tables.value());
  if (copied) {
    if (auto st = to.exec("COMMIT"); !st) copied = st.error();
  }
  if (!copied) {
    (void)to.exec("ROLLBACK");
    return fail(copied.error().message);
  }
  return copied;
}

}  // namespace chimera::store
