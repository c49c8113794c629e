#pragma once
// Search strategies behind one interface: grid (ordered so load-time options change least often),
// random (a seeded permutation of the grid) and Bayesian optimisation (a Gaussian process with a
// Matérn 5/2 kernel and expected improvement, integer and categorical dimensions handled, Eigen
// for the linear algebra). A strategy proposes the next point from what has been observed so far
// and nothing else, so a resumed sweep makes the same proposals as an uninterrupted one.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "chimera/core/error.hpp"
#include "chimera/tune/space.hpp"

namespace chimera::tune {

struct Observed {
  Point point;
  std::optional<double> score;  // higher is better; absent: failed or broke a constraint
};

// One slice of the grid for a cluster job array: index i of n (0-based), a contiguous run of
// the grid order, so the union of all slices is the grid with no overlap.
struct Shard {
  std::size_t index = 0, count = 1;
};
Result<Shard> parse_shard(std::string_view text);  // "i/N", 0 <= i < N

class Strategy {
 public:
  virtual ~Strategy() = default;
  virtual std::string_view name() const = 0;
  // The next point to evaluate, or nullopt when the strategy is done. `history` holds every
  // point evaluated so far, in evaluation order.
  virtual std::optional<Point> next(const std::vector<Observed>& history) = 0;
};

// The grid point with the given index in grid order (the last dimension changes fastest; the
// space puts load-time dimensions first, so they change least often).
Point grid_point(const Space& s, std::size_t index);

// The points of one shard, in grid order.
std::vector<Point> grid_points(const Space& s, Shard shard = {});

// How many times the load-time part changes along a sequence of points (model reloads).
std::size_t reload_count(const Space& s, const std::vector<Point>& order);

// The point to recommend after noisy evaluations: among the evaluated points, the one with the
// highest Gaussian-process posterior mean (the model averages each point with its neighbours, so
// one lucky measurement does not win: the winner's curse of picking the best observed value).
// Absent when nothing has a score.
std::optional<Point> recommend(const Space& s, const std::vector<Observed>& history);

struct BayesOptions {
  std::size_t initial = 0;        // random points before the model is used (0: dims + 2, >= 4)
  std::size_t candidates = 4096;  // EI is maximised over the unevaluated grid, or this many
                                  // random points of it when the grid is larger
  double xi = 0.01;               // EI exploration margin (in standardised score units)
};

// grid: every point of the shard. random: the first `budget` points of a seeded permutation of
// the shard. bayes: `budget` points, the first ones random, then by expected improvement (no
// shards). Unknown names are usage errors.
Result<std::unique_ptr<Strategy>> make_strategy(const std::string& name, const Space& space,
                                                std::uint64_t seed, std::size_t budget,
                                                Shard shard = {}, BayesOptions bayes = {});

}  // namespace chimera::tune
