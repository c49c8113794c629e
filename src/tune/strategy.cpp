#include "chimera/tune/strategy.hpp"

#include <charconv>
#include <cmath>
#include <set>

#include "chimera/tune/gp.hpp"

namespace chimera::tune {
namespace {

constexpr std::size_t kMaxGrid = 1'000'000;

// splitmix64: a small, well-mixed generator whose sequence is the same on every platform (the
// standard distributions are not), so seeded sweeps reproduce anywhere.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : s_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (s_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }

 private:
  std::uint64_t s_;
};

std::vector<Point> permuted(std::vector<Point> pts, std::uint64_t seed) {
  Rng r(seed);
  for (std::size_t i = pts.size(); i > 1; --i) std::swap(pts[i - 1], pts[r.below(i)]);
  return pts;
}

std::set<Point> seen(const std::vector<Observed>& h) {
  std::set<Point> s;
  for (const auto& o : h) s.insert(o.point);
  return s;
}

// Walks a fixed list of points, skipping those already observed.
class ListStrategy final : public Strategy {
 public:
  ListStrategy(std::string name, std::vector<Point> order)
      : name_(std::move(name)), order_(std::move(order)) {}
  std::string_view name() const override { return name_; }
  std::optional<Point> next(const std::vector<Observed>& history) override {
    const auto done = seen(history);
    for (const auto& p : order_) {
      if (!done.count(p)) return p;
    }
    return std::nullopt;
  }

 private:
  std::string name_;
  std::vector<Point> order_;
};

Eigen::VectorXd encode(const Space& s, const Point& p) {
  std::size_t width = 0;
  for (const auto& d : s.dims) width += d.kind == DimKind::categorical ? d.values.size() : 1;
  Eigen::VectorXd x = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(width));
  Eigen::Index at = 0;
  for (std::size_t i = 0; i < s.dims.size(); ++i) {
    const auto& d = s.dims[i];
    if (d.kind == DimKind::categorical) {
      x(at + static_cast<Eigen::Index>(p[i])) = 1.0 / std::sqrt(2.0);  // categories 1 apart
      at += static_cast<Eigen::Index>(d.values.size());
    } else {  // ordinal position: ranges written as lo-hi*f are log-spaced already
      x(at++) = d.values.size() > 1
                    ? static_cast<double>(p[i]) / static_cast<double>(d.values.size() - 1)
                    : 0.0;
    }
  }
  return x;
}

class BayesStrategy final : public Strategy {
 public:
  BayesStrategy(const Space& s, std::uint64_t seed, std::size_t budget, BayesOptions o)
      : space_(s), seed_(seed), budget_(budget), o_(o) {
    const std::size_t g = s.grid_size();
    if (g <= std::max<std::size_t>(o_.candidates, 1) * 4) {
      all_ = grid_points(s);
      order_ = permuted(all_, seed);
    }
    if (o_.initial == 0) o_.initial = std::max<std::size_t>(s.dims.size() + 2, 4);
  }
  std::string_view name() const override { return "bayes"; }

  std::optional<Point> next(const std::vector<Observed>& history) override {
    const auto done = seen(history);
    const std::size_t g = space_.grid_size();
    if (done.size() >= budget_ || done.size() >= g) return std::nullopt;
    Rng rng(seed_ ^ (0x5851f42d4c957f2dULL * (history.size() + 1)));
    if (done.size() < o_.initial || !any_score(history)) return random_unseen(done, rng);
    // Fit on every observation; failures and broken constraints count as the worst seen, so
    // the model steers away from them.
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const auto& h : history) {
      if (h.score) lo = std::min(lo, *h.score), hi = std::max(hi, *h.score);
    }
    const double penalty = lo - std::max(hi - lo, 1e-9) * 0.5;
    const auto n = static_cast<Eigen::Index>(history.size());
    const Eigen::Index width = encode(space_, history[0].point).size();
    Eigen::MatrixXd x(n, width);
    Eigen::VectorXd y(n);
    for (Eigen::Index i = 0; i < n; ++i) {
      x.row(i) = encode(space_, history[static_cast<std::size_t>(i)].point).transpose();
      y(i) = history[static_cast<std::size_t>(i)].score.value_or(penalty);
    }
    GaussianProcess gp;
    gp.fit(x, y);
    double best = -std::numeric_limits<double>::infinity();
    for (Eigen::Index i = 0; i < n; ++i) best = std::max(best, y(i));
    const double scale = std::max(hi - lo, 1e-9);
    std::optional<Point> pick;
    double pick_ei = -1;
    const auto consider = [&](const Point& p) {
      if (done.count(p)) return;
      double m = 0, sd = 0;
      gp.predict(encode(space_, p), m, sd);
      const double ei = expected_improvement(m, sd, best, o_.xi * scale);
      if (ei > pick_ei) pick_ei = ei, pick = p;
    };
    if (!all_.empty()) {
      for (const auto& p : all_) consider(p);
    } else {
      for (std::size_t i = 0; i < o_.candidates; ++i) consider(grid_point(space_, rng.below(g)));
    }
    return pick ? pick : random_unseen(done, rng);
  }

 private:
  static bool any_score(const std::vector<Observed>& h) {
    for (const auto& o : h) {
      if (o.score) return true;
    }
    return false;
  }
  std::optional<Point> random_unseen(const std::set<Point>& done, Rng& rng) const {
    for (const auto& p : order_) {
      if (!done.count(p)) return p;
    }
    const std::size_t g = space_.grid_size();
    for (int tries = 0; tries < 100000; ++tries) {
      Point p = grid_point(space_, rng.below(g));
      if (!done.count(p)) return p;
    }
    return std::nullopt;
  }

  Space space_;
  std::uint64_t seed_;
  std::size_t budget_;
  BayesOptions o_;
  std::vector<Point> all_, order_;
};

}  // namespace

std::optional<Point> recommend(const Space& s, const std::vector<Observed>& history) {
  std::vector<const Observed*> scored;
  for (const auto& h : history) {
    if (h.score) scored.push_back(&h);
  }
  if (scored.empty()) return std::nullopt;
  if (scored.size() < 3) {
    const auto* b = scored[0];
    for (const auto* h : scored) b = *h->score > *b->score ? h : b;
    return b->point;
  }
  const auto n = static_cast<Eigen::Index>(scored.size());
  const Eigen::Index width = encode(s, scored[0]->point).size();
  Eigen::MatrixXd x(n, width);
  Eigen::VectorXd y(n);
  for (Eigen::Index i = 0; i < n; ++i) {
    x.row(i) = encode(s, scored[static_cast<std::size_t>(i)]->point).transpose();
    y(i) = *scored[static_cast<std::size_t>(i)]->score;
  }
  GaussianProcess gp;
  gp.fit(x, y);
  std::optional<Point> best;
  double best_mean = -std::numeric_limits<double>::infinity();
  for (const auto* h : scored) {
    double m = 0, sd = 0;
    gp.predict(encode(s, h->point), m, sd);
    if (m > best_mean) best_mean = m, best = h->point;
  }
  return best;
}

Result<Shard> parse_shard(std::string_view text) {
  const auto slash = text.find('/');
  Shard s;
  const auto num = [](std::string_view t, std::size_t& v) {
    const auto [p, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    return ec == std::errc() && p == t.data() + t.size() && !t.empty();
  };
  if (slash == std::string_view::npos || !num(text.substr(0, slash), s.index) ||
      !num(text.substr(slash + 1), s.count) || s.count == 0 || s.index >= s.count)
    return Error{ErrorCode::usage, "--shard '" + std::string(text) + "' is not i/N with 0 <= i < N",
                 "e.g. --shard 0/4 ... --shard 3/4, or --shard $SLURM_ARRAY_TASK_ID/N"};
  return s;
}

Point grid_point(const Space& s, std::size_t index) {
  Point p(s.dims.size());
  for (std::size_t i = s.dims.size(); i-- > 0;) {
    const std::size_t n = s.dims[i].values.size();
    p[i] = index % n;
    index /= n;
  }
  return p;
}

std::vector<Point> grid_points(const Space& s, Shard shard) {
  const std::size_t g = s.grid_size();
  const std::size_t lo = g / shard.count * shard.index + std::min(shard.index, g % shard.count);
  const std::size_t hi = lo + g / shard.count + (shard.index < g % shard.count ? 1 : 0);
  std::vector<Point> out;
  out.reserve(hi - lo);
  for (std::size_t i = lo; i < hi; ++i) out.push_back(grid_point(s, i));
  return out;
}

std::size_t reload_count(const Space& s, const std::vector<Point>& order) {
  std::size_t n = 0;
  for (std::size_t i = 1; i < order.size(); ++i) {
    if (s.load_key(order[i]) != s.load_key(order[i - 1])) ++n;
  }
  return n;
}

Result<std::unique_ptr<Strategy>> make_strategy(const std::string& name, const Space& space,
                                                std::uint64_t seed, std::size_t budget, Shard shard,
                                                BayesOptions bayes) {
  const std::size_t g = space.grid_size();
  if ((name == "grid" || name == "random") && g > kMaxGrid)
    return Error{ErrorCode::usage,
                 "the grid has " + std::to_string(g) + " points, more than " +
                     std::to_string(kMaxGrid) + " can be enumerated",
                 "narrow the --param ranges, or use --strategy bayes with --budget"};
  if (name == "grid")
    return std::unique_ptr<Strategy>(new ListStrategy("grid", grid_points(space, shard)));
  if (name == "random") {
    auto pts = permuted(grid_points(space, shard), seed);
    if (budget < pts.size()) pts.resize(budget);
    return std::unique_ptr<Strategy>(new ListStrategy("random", std::move(pts)));
  }
  if (name == "bayes") {
    if (shard.count > 1)
      return Error{ErrorCode::usage, "--shard splits a grid; Bayesian optimisation is sequential",
                   "use --strategy grid or random with --shard, or run bayes unsharded"};
    if (budget == 0)
      return Error{ErrorCode::usage, "--strategy bayes needs a --budget of at least 1",
                   "e.g. --budget 20"};
    return std::unique_ptr<Strategy>(new BayesStrategy(space, seed, budget, bayes));
  }
  return Error{ErrorCode::usage, "unknown strategy '" + name + "'", "use grid, random or bayes"};
}

}  // namespace chimera::tune
