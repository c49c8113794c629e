// Strategies, objectives, the sweep runner's store and resume, and result-set comparison, on
// synthetic data with known answers.
#include "chimera/tune/sweep.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cmath>
#include <map>
#include <random>
#include <set>

#include "chimera/store/results_store.hpp"
#include "chimera/tune/compare.hpp"
#include "chimera/tune/sweep_report.hpp"
#include "test_support.hpp"

namespace chimera::tune {
namespace {

// A smooth surface over (num_thread, num_batch) with its peak at threads 6, batch 256.
double surface(const Space& s, const Point& p) {
  const double t = s.dims[0].numeric[p[0]], b = std::log2(s.dims[1].numeric[p[1]]);
  return 100 - 3 * (t - 6) * (t - 6) - 8 * (b - 8) * (b - 8);
}

Space space2() {
  return make_space({"num_thread=1-12+1", "num_batch=16-2048*2"}).value();
}

SweepOptions options(const testing::TempDir& t, const std::string& strategy) {
  SweepOptions o;
  o.params = {"num_thread=1-12+1", "num_batch=16-2048*2"};
  o.space = space2();
  o.strategy = strategy;
  o.objective = make_objective({"decode_tok_s"}, {}, {}).value();
  o.store = t / "s.db";
  o.model = "m";
  return o;
}

Evaluate synthetic(int* calls = nullptr) {
  return [calls](const Space& s, const Point& p, int) {
    if (calls) ++*calls;
    TrialOutcome t;
    t.ok = true;
    t.metrics["decode_tok_s"] = surface(s, p);
    return t;
  };
}

TEST(Strategy, BayesFindsTheOptimumOfASmoothSurfaceWithAFractionOfTheGrid) {
  const Space s = space2();
  ASSERT_EQ(s.grid_size(), 96u);
  for (const std::uint64_t seed : {1, 2, 3}) {
    auto st = make_strategy("bayes", s, seed, 25).value();
    std::vector<Observed> h;
    double best = -1e9;
    while (auto p = st->next(h)) {
      const double v = surface(s, *p);
      best = std::max(best, v);
      h.push_back({*p, v});
    }
    EXPECT_EQ(h.size(), 25u);
    EXPECT_GE(best, 98.0) << "seed " << seed;  // the grid optimum is 100
  }
}

TEST(Strategy, RandomIsSeededAndGridIsExhaustive) {
  const Space s = space2();
  const auto run = [&](const std::string& name, std::uint64_t seed, std::size_t budget) {
    auto st = make_strategy(name, s, seed, budget).value();
    std::vector<Observed> h;
    while (auto p = st->next(h)) h.push_back({*p, 0.0});
    std::vector<Point> pts;
    for (const auto& o : h) pts.push_back(o.point);
    return pts;
  };
  EXPECT_EQ(run("random", 7, 10), run("random", 7, 10));
  EXPECT_NE(run("random", 7, 10), run("random", 8, 10));
  EXPECT_EQ(run("random", 7, 10).size(), 10u);
  EXPECT_EQ(run("grid", 0, 0), grid_points(s));
  EXPECT_FALSE(make_strategy("anneal", s, 1, 1).ok());
  EXPECT_FALSE(make_strategy("bayes", s, 1, 10, {0, 2}).ok());
}

TEST(Objective, ConstraintsCompositeAndPareto) {
  EXPECT_FALSE(parse_constraint("ttft_p95_ms<800").ok());
  EXPECT_FALSE(parse_constraint("nonsense<=1").ok());
  const auto c = parse_constraint("ttft_p95_ms<=800").value();
  auto o = make_objective({"decode_tok_s", "ttft_p95_ms"}, {1, 1}, {c}).value();
  const Metrics a{{"decode_tok_s", 100}, {"ttft_p95_ms", 500}};
  const Metrics b{{"decode_tok_s", 110}, {"ttft_p95_ms", 550}};  // +10 % tok/s, +10 % ttft
  const Metrics d{{"decode_tok_s", 90}, {"ttft_p95_ms", 600}};   // dominated by a
  const Metrics x{{"decode_tok_s", 500}, {"ttft_p95_ms", 900}};  // breaks the constraint
  EXPECT_NEAR(*score(o, a), *score(o, b), 0.01);                 // scale-free composite: a wash
  EXPECT_FALSE(score(o, x));
  EXPECT_EQ(pareto_front(o, {a, b, d, x}), (std::vector<std::size_t>{0, 1}));
  EXPECT_FALSE(make_objective({"output_tokens"}, {}, {}).ok());
  EXPECT_FALSE(make_objective({"decode_tok_s"}, {1, 2}, {}).ok());
}

TEST(Objective, TrialMetricsFromRecordsKeepMissingMissing) {
  std::vector<measure::RequestRecord> rs(4);
  rs[0].warmup = true;
  rs[0].ok = true;
  rs[0].metrics.ttft_ms = 9999;  // warm-up: excluded
  for (int i = 1; i <= 3; ++i) {
    rs[i].ok = true;
    rs[i].metrics.ttft_ms = 100.0 * i;
    rs[i].metrics.e2e_ms = 1000;
  }
  rs[3].ok = false;
  const auto m = trial_metrics(rs, {parse_constraint("ttft_p95_ms<=150").value()}, 2.0);
  EXPECT_DOUBLE_EQ(m.at("ttft_p50_ms"), 150);  // of the two successful requests
  EXPECT_DOUBLE_EQ(m.at("success_rate"), 2.0 / 3);
  EXPECT_DOUBLE_EQ(m.at("goodput_rps"), 0.5);  // one request met ttft <= 150 in 2 s
  EXPECT_FALSE(m.count("decode_tok_s"));       // no server figure: missing, not 0
}

TEST(Sweep, ResumesAfterAKillMidTrialWithoutRepeatingOrLosing) {
  testing::TempDir t;
  auto o = options(t, "grid");
  o.repeats = 2;
  // The "kill": the 37th evaluation never returns (an exception unwinds past the runner, as
  // SIGKILL would stop it: the trial in flight is not committed).
  int calls = 0;
  struct Killed {};
  const auto dying = [&](const Space& s, const Point& p, int rep) {
    if (++calls == 37) throw Killed{};
    return synthetic()(s, p, rep);
  };
  EXPECT_THROW((void)run_sweep(o, dying), Killed);
  auto st = store::TrialStore::open(o.store).value();
  EXPECT_EQ(st->trials(sweep_id(o)).value().size(), 36u);
  // Without --resume: refused, nothing touched.
  const auto refused = run_sweep(o, synthetic());
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().hint.find("--resume"), std::string::npos);
  o.resume = true;
  int more = 0;
  const auto r = run_sweep(o, synthetic(&more));
  ASSERT_TRUE(r.ok()) << r.error().describe();
  EXPECT_EQ(more, 96 * 2 - 36);  // exactly the missing trials
  EXPECT_EQ(r.value().trials_kept, 36u);
  const auto rows = st->trials(sweep_id(o)).value();
  ASSERT_EQ(rows.size(), 192u);
  std::set<std::pair<std::string, int>> keys;
  for (const auto& row : rows) keys.insert({row.point, row.rep});
  EXPECT_EQ(keys.size(), 192u);  // no duplicate
  ASSERT_TRUE(r.value().best);
  EXPECT_EQ(r.value().points[*r.value().best].key, "num_thread=6,num_batch=256");
}

TEST(Sweep, AnInterruptedTrialIsNotAResultAndResumeRunsEveryPointLeft) {
  testing::TempDir t;
  auto o = options(t, "grid");
  o.repeats = 2;
  // Ctrl-C during the 37th evaluation: it comes back marked interrupted.
  int calls = 0;
  const auto interrupted = [&](const Space& s, const Point& p, int rep) {
    auto out = synthetic()(s, p, rep);
    if (++calls >= 37) {
      out.ok = false;
      out.error = "cut short";
      out.interrupted = true;
    }
    return out;
  };
  const auto first = run_sweep(o, interrupted);
  ASSERT_TRUE(first.ok()) << first.error().describe();
  EXPECT_TRUE(first.value().interrupted);
  EXPECT_EQ(calls, 37) << "the sweep stops at the interruption";
  EXPECT_EQ(first.value().trials_run, 36u);
  auto st = store::TrialStore::open(o.store).value();
  const auto stored = st->trials(sweep_id(o)).value();
  ASSERT_EQ(stored.size(), 36u) << "the interrupted trial is not stored";
  for (const auto& row : stored) EXPECT_TRUE(row.ok) << row.point;
  auto view = load_sweep(*st).value();
  mark_incomplete(view, "interrupted");
  EXPECT_FALSE(view.ranking.best);
  const auto md = sweep_markdown(view);
  EXPECT_NE(md.find("**Incomplete:** interrupted"), std::string::npos);
  EXPECT_EQ(md.find("## Best configuration"), std::string::npos);
  EXPECT_NE(sweep_json(view).find("\"incomplete\": \"interrupted\""), std::string::npos);
  o.resume = true;
  int more = 0;
  const auto r = run_sweep(o, synthetic(&more));
  ASSERT_TRUE(r.ok()) << r.error().describe();
  EXPECT_FALSE(r.value().interrupted);
  EXPECT_EQ(more, 96 * 2 - 36);  // every trial that did not finish, the interrupted one too
  const auto rows = st->trials(sweep_id(o)).value();
  ASSERT_EQ(rows.size(), 192u);
  std::set<std::pair<std::string, int>> keys;
  for (const auto& row : rows) keys.insert({row.point, row.rep});
  EXPECT_EQ(keys.size(), 192u);
}

TEST(Sweep, BayesResumesWithTheSameProposals) {
  testing::TempDir t1, t2;
  auto a = options(t1, "bayes");
  a.budget = 15;
  const auto full = run_sweep(a, synthetic()).value();
  auto b = options(t2, "bayes");
  b.budget = 15;
  int calls = 0;
  struct Killed {};
  EXPECT_THROW((void)run_sweep(b,
                               [&](const Space& s, const Point& p, int rep) {
                                 if (++calls == 9) throw Killed{};
                                 return synthetic()(s, p, rep);
                               }),
               Killed);
  b.resume = true;
  const auto resumed = run_sweep(b, synthetic()).value();
  ASSERT_EQ(full.points.size(), resumed.points.size());
  for (std::size_t i = 0; i < full.points.size(); ++i)
    EXPECT_EQ(full.points[i].key, resumed.points[i].key) << i;
}

TEST(Sweep, FailedTrialsAreRecordedAndTheSweepGoesOn) {
  testing::TempDir t;
  auto o = options(t, "grid");
  const auto r = run_sweep(o, [](const Space& s, const Point& p, int rep) {
    if (p[0] == 0) return TrialOutcome{false, "connection refused", {}, 0.1, false, {}};
    return synthetic()(s, p, rep);
  });
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().points.size(), 96u);
  std::size_t failed = 0;
  for (const auto& p : r.value().points) {
    if (p.ok == 0) {
      ++failed;
      EXPECT_EQ(p.last_error, "connection refused");
      EXPECT_FALSE(p.score);
    }
  }
  EXPECT_EQ(failed, 8u);  // num_thread = 1 x 8 batch sizes
  auto st = store::TrialStore::open(o.store).value();
  const auto md = sweep_markdown(load_sweep(*st).value());
  EXPECT_NE(md.find("n/a (failed)"), std::string::npos);
  EXPECT_NE(md.find("connection refused"), std::string::npos);
}

TEST(Sweep, CiTargetStopsRepeatingATightPoint) {
  testing::TempDir t;
  auto o = options(t, "grid");
  o.params = {"num_thread=1,2"};
  o.space = make_space(o.params).value();
  o.repeats = 10;
  o.ci_target_pct = 5;
  std::mt19937 rng(3);
  std::normal_distribution<double> noise(0, 1);
  const auto r = run_sweep(o, [&](const Space&, const Point& p, int) {
    TrialOutcome out;
    out.ok = true;
    // point 0: 1 % noise (tight after 2-3 trials); point 1: 30 % noise (needs all 10).
    out.metrics["decode_tok_s"] = 100 + noise(rng) * (p[0] == 0 ? 1 : 30);
    return out;
  });
  ASSERT_TRUE(r.ok());
  EXPECT_LE(r.value().points[0].trials, 4);
  EXPECT_EQ(r.value().points[1].trials, 10);
}

TEST(Sweep, ShardStoresMergeIntoTheWholeGrid) {
  testing::TempDir t;
  std::size_t total = 0;
  for (std::size_t i = 0; i < 3; ++i) {
    auto o = options(t, "grid");
    o.shard = {i, 3};
    o.store = t / ("shard" + std::to_string(i) + ".db");
    total += run_sweep(o, synthetic()).value().trials_run;
  }
  EXPECT_EQ(total, 96u);
  auto merged = store::TrialStore::open(t / "all.db").value();
  for (std::size_t i = 0; i < 3; ++i)
    EXPECT_EQ(merged->merge_from(t / ("shard" + std::to_string(i) + ".db")).value(), 32u);
  EXPECT_EQ(merged->merge_from(t / "shard0.db").value(), 0u);  // merging twice adds nothing
  {                                                            // agents' records merge too, once
    auto rs = store::ResultsStore::open(t / "shard1.db").value();
    ASSERT_TRUE(rs->append("agents.run", "inv", "{\"x\":1}").ok());
  }
  EXPECT_EQ(merged->merge_from(t / "shard1.db").value(), 0u);
  EXPECT_EQ(merged->merge_from(t / "shard1.db").value(), 0u);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open((t / "all.db").c_str(), &db), SQLITE_OK);
  sqlite3_stmt* q = nullptr;
  sqlite3_prepare_v2(db, "SELECT count(*) FROM records", -1, &q, nullptr);
  ASSERT_EQ(sqlite3_step(q), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(q, 0), 1);
  sqlite3_finalize(q);
  sqlite3_close(db);
  const auto v = load_sweep(*merged).value();
  EXPECT_EQ(v.points.size(), 96u);
  EXPECT_EQ(v.points[*v.best].key, "num_thread=6,num_batch=256");
}

// Welch-based comparison: power against a known 5 % shift and false alarms on identical
// distributions, over many seeded simulations.
TEST(Compare, DetectsA5PercentShiftAndRarelyFalseAlarms) {
  std::mt19937_64 rng(42);
  std::normal_distribution<double> base(100, 5);  // CV 5 %
  std::normal_distribution<double> worse(95, 5);  // 5 % lower throughput
  const int sims = 400, n = 20;
  int detected = 0, false_alarms = 0;
  for (int s = 0; s < sims; ++s) {
    SampleSet a, b, c;
    for (int i = 0; i < n; ++i) {
      a.metrics["decode_tok_s"].push_back(base(rng));
      b.metrics["decode_tok_s"].push_back(worse(rng));
      c.metrics["decode_tok_s"].push_back(base(rng));
    }
    detected += compare(a, b, 0.05, 2.0).regressions();
    false_alarms += compare(a, c, 0.05).rows[0].significant;
  }
  // Power of a two-sided Welch test, effect size 1, n = 20 per side: about 0.87.
  EXPECT_GE(detected, static_cast<int>(0.80 * sims)) << detected;
  // At alpha = 0.05: expected 20 of 400; 3 binomial sd above is 33.
  EXPECT_LE(false_alarms, 33) << false_alarms;
}

TEST(Compare, DirectionsJunitAndJsonInputs) {
  EXPECT_EQ(metric_direction("requests.ttft_ms"), -1);
  EXPECT_EQ(metric_direction("decode_tok_s"), 1);
  EXPECT_EQ(metric_direction("runs.efficiency_pct"), 1);
  EXPECT_EQ(metric_direction("requests.chunks"), 0);
  testing::TempDir t;
  const auto probe = [](double ttft0) {
    std::string s = "{\"requests\":[";
    s += "{\"warmup\":true,\"ok\":true,\"metrics\":{\"ttft_ms\":5000}},";
    for (int i = 0; i < 5; ++i)
      s += "{\"warmup\":false,\"ok\":true,\"metrics\":{\"ttft_ms\":" + std::to_string(ttft0 + i) +
           "},\"timestamps_ns\":{\"start\":1}},";
    s += "{\"warmup\":false,\"ok\":false,\"metrics\":{\"ttft_ms\":1}}]}";
    return s;
  };
  testing::write_file(t / "a.json", probe(100));
  testing::write_file(t / "b.json", probe(200));
  const auto a = load_samples(t / "a.json").value();
  ASSERT_TRUE(a.metrics.count("requests.metrics.ttft_ms"));
  EXPECT_EQ(a.metrics.at("requests.metrics.ttft_ms").size(), 5u);  // no warm-up, no failure
  EXPECT_FALSE(a.metrics.count("requests.timestamps_ns.start"));
  const auto cmp = compare(a, load_samples(t / "b.json").value(), 0.05, 10.0);
  EXPECT_EQ(cmp.regressions(), 1u);
  const std::string junit = comparison_junit(cmp);
  EXPECT_NE(junit.find("failures=\"1\""), std::string::npos);
  EXPECT_NE(junit.find("<failure message=\"requests.metrics.ttft_ms regressed: +98.04 %"),
            std::string::npos)
      << junit;
  EXPECT_NE(comparison_markdown(cmp).find("**REGRESSION**"), std::string::npos);
  testing::write_file(t / "c.jsonl",
                      "{\"type\":\"request\",\"warmup\":false,\"ok\":true,\"e2e_ms\":5}\n"
                      "{\"type\":\"request\",\"warmup\":false,\"ok\":true,\"e2e_ms\":6}\n");
  EXPECT_EQ(load_samples(t / "c.jsonl").value().metrics.at("e2e_ms").size(), 2u);
  testing::write_file(t / "d.json", "{\"x\": 1}");
  EXPECT_FALSE(load_samples(t / "d.json").ok());
}

}  // namespace
}  // namespace chimera::tune

namespace chimera::tune {
namespace {

// The sweep's best point is picked by the same rule as every report: best only when the trials
// separate it from the runner-up.
TEST(Sweep, BestOnlyWhenTheTrialsSeparateIt) {
  const auto point = [](const std::string& key, std::vector<double> v) {
    PointSummary p;
    p.key = key;
    p.ok = static_cast<int>(v.size());
    p.trials = p.ok;
    p.score = v.front();
    p.scores = std::move(v);
    return p;
  };
  const std::vector<PointSummary> clear = {point("a", {10, 10.5, 9.5}),
                                           point("b", {20, 20.5, 19.5})};
  const auto r = rank_points(clear);
  ASSERT_TRUE(r.best);
  EXPECT_EQ(*r.best, 1u);
  const std::vector<PointSummary> noisy = {point("a", {10, 30, 20}), point("b", {12, 32, 22})};
  const auto t = rank_points(noisy);
  EXPECT_FALSE(t.best);
  EXPECT_EQ(*t.leader, 1u);
  EXPECT_EQ(t.tied.size(), 2u);
  const std::vector<PointSummary> single = {point("a", {10}), point("b", {12})};
  EXPECT_FALSE(rank_points(single).best);  // one trial each: the noise is unknown
}

}  // namespace
}  // namespace chimera::tune
