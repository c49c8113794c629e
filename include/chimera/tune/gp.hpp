#pragma once
// A Gaussian-process regressor for Bayesian optimisation: zero-mean prior on standardised
// scores, Matérn 5/2 kernel with one length scale, Gaussian noise; the length scale and noise
// are chosen by maximising the log marginal likelihood over a small grid. Eigen's Cholesky
// (LLT) does the linear algebra.
#include <Eigen/Dense>
#include <vector>

namespace chimera::tune {

class GaussianProcess {
 public:
  // Rows of x are inputs in [0, 1]^d (one-hot blocks for categorical dimensions); y the scores.
  void fit(const Eigen::MatrixXd& x, const Eigen::VectorXd& y);
  // Posterior mean and standard deviation at x, in the units of y.
  void predict(const Eigen::VectorXd& x, double& mean, double& sd) const;
  double length_scale() const { return length_; }
  double noise() const { return noise_; }

 private:
  double kernel(const Eigen::VectorXd& a, const Eigen::VectorXd& b) const;
  Eigen::MatrixXd x_;
  Eigen::VectorXd alpha_;
  Eigen::LLT<Eigen::MatrixXd> llt_;
  double y_mean_ = 0, y_sd_ = 1, length_ = 0.3, noise_ = 1e-3;
};

// Matérn 5/2 correlation at distance r for length scale l.
double matern52(double r, double l);

// Expected improvement of a maximisation at (mean, sd) over `best`, with margin xi.
double expected_improvement(double mean, double sd, double best, double xi);

}  // namespace chimera::tune
