// Search strategies on a deterministic synthetic response surface with a known optimum and
// noise: how close Bayesian optimisation and random search get to the grid optimum for a given
// number of evaluations, averaged over seeds. Also times one GP fit + EI step (Google Benchmark
// style figures are printed by --timing).
//
// The surface models decode tok/s of a llama.cpp-like server over num_thread (1-16), num_batch
// (32-2048, x2) and num_ctx (512-8192, x2): threads help up to the 8 physical cores and hurt
// beyond, batch has a sweet spot that moves with threads, larger contexts cost a little. Each
// evaluation adds 3 % multiplicative Gaussian noise. "Reached" is the noise-free value of the
// point a strategy would pick (its best observed) divided by the noise-free grid optimum.
//
// Usage: chimera_tune_bench [--seeds 20]
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "chimera/tune/strategy.hpp"

using namespace chimera::tune;

namespace {

double truth(const Space& s, const Point& p) {
  const double t = s.dims[0].numeric[p[0]];
  const double lb = std::log2(s.dims[1].numeric[p[1]]);
  const double lc = std::log2(s.dims[2].numeric[p[2]]);
  const double ft =
      t <= 8 ? 1 - 0.45 * std::pow((8 - t) / 7, 1.5) : 1 - 0.04 * (t - 8) * (t - 8) / 8;
  const double best_lb = 8 + (t - 8) / 8;  // the batch sweet spot moves with threads
  const double fb = 1 - 0.06 * (lb - best_lb) * (lb - best_lb);
  const double fc = 1 - 0.035 * (lc - 9);
  return 60.0 * ft * fb * fc;
}

struct Outcome {
  double reached = 0;           // truth of the picked point / optimum
  double reached_gp = 0;        // the same, picking by the GP posterior mean (recommend())
  std::size_t evals_to_98 = 0;  // evaluations until the picked point reached 98 % (0: never)
};

Outcome run(const Space& s, const std::string& strategy, std::uint64_t seed, std::size_t budget,
            double optimum) {
  auto st = make_strategy(strategy, s, seed, budget).value();
  std::mt19937_64 rng(seed * 7919 + 1);
  std::normal_distribution<double> noise(0, 0.03);
  std::vector<Observed> h;
  Outcome o;
  double best_seen = -1e300;
  Point pick;
  while (auto p = st->next(h)) {
    const double v = truth(s, *p) * (1 + noise(rng));
    h.push_back({*p, v});
    if (v > best_seen) best_seen = v, pick = *p;
    const double r = truth(s, pick) / optimum;
    if (!o.evals_to_98 && r >= 0.98) o.evals_to_98 = h.size();
  }
  o.reached = truth(s, pick) / optimum;
  o.reached_gp = truth(s, *recommend(s, h)) / optimum;
  return o;
}

}  // namespace

int main(int argc, char** argv) {
  int seeds = 20;
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::strcmp(argv[i], "--seeds") == 0) seeds = std::stoi(argv[i + 1]);
  }
  const Space s =
      make_space({"num_thread=1-16+1", "num_batch=32-2048*2", "num_ctx=512-8192*2"}).value();
  const std::size_t grid = s.grid_size();
  double optimum = 0;
  for (const auto& p : grid_points(s)) optimum = std::max(optimum, truth(s, p));
  std::printf(
      "surface: %zu grid points, optimum %.3f tok/s (noise-free), noise 3 %% per evaluation, %d "
      "seeds\n\n",
      grid, optimum, seeds);
  std::printf(
      "| strategy | evaluations | share of grid | mean reached, best observed (%%) | worst seed "
      "(%%) | seeds >= 98 %% | mean reached, GP pick (%%) | worst seed, GP pick (%%) | mean evals "
      "to 98 %% | time per run (ms) |\n");
  std::printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
  // The grid itself, with the same noise: what exhaustive search picks.
  for (const std::size_t budget : {std::size_t{20}, std::size_t{40}, grid / 3}) {
    for (const char* name : {"bayes", "random"}) {
      double sum = 0, worst = 1e9, evals = 0, gp = 0, gp_worst = 1e9;
      int ok = 0, reached = 0;
      const auto t0 = std::chrono::steady_clock::now();
      for (int seed = 1; seed <= seeds; ++seed) {
        const auto o = run(s, name, static_cast<std::uint64_t>(seed), budget, optimum);
        sum += o.reached;
        worst = std::min(worst, o.reached);
        gp += o.reached_gp;
        gp_worst = std::min(gp_worst, o.reached_gp);
        ok += o.reached >= 0.98;
        if (o.evals_to_98) evals += static_cast<double>(o.evals_to_98), ++reached;
      }
      const double ms =
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count() /
          seeds;
      std::printf("| %s | %zu | %.1f %% | %.2f | %.2f | %d/%d | %.2f | %.2f | %s | %.1f |\n", name,
                  budget, 100.0 * static_cast<double>(budget) / static_cast<double>(grid),
                  100 * sum / seeds, 100 * worst, ok, seeds, 100 * gp / seeds, 100 * gp_worst,
                  reached ? std::to_string(static_cast<int>(std::lround(evals / reached))).c_str()
                          : "never",
                  ms);
    }
  }
  double gsum = 0, gworst = 1e9, ggp = 0, ggp_worst = 1e9;
  for (int seed = 1; seed <= seeds; ++seed) {
    const auto o = run(s, "grid", static_cast<std::uint64_t>(seed), grid, optimum);
    gsum += o.reached;
    gworst = std::min(gworst, o.reached);
    ggp += o.reached_gp;
    ggp_worst = std::min(ggp_worst, o.reached_gp);
  }
  std::printf("| grid | %zu | 100.0 %% | %.2f | %.2f | - | %.2f | %.2f | - | - |\n", grid,
              100 * gsum / seeds, 100 * gworst, 100 * ggp / seeds, 100 * ggp_worst);
  return 0;
}
