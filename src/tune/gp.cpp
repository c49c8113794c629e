#include "chimera/tune/gp.hpp"

#include <cmath>
#include <limits>

namespace chimera::tune {

double matern52(double r, double l) {
  const double s = std::sqrt(5.0) * r / l;
  return (1.0 + s + s * s / 3.0) * std::exp(-s);
}

double expected_improvement(double mean, double sd, double best, double xi) {
  const double d = mean - best - xi;
  if (sd <= 1e-12) return std::max(d, 0.0);
  const double z = d / sd;
  const double cdf = 0.5 * std::erfc(-z / std::sqrt(2.0));
  const double pdf = std::exp(-0.5 * z * z) / std::sqrt(2.0 * M_PI);
  return d * cdf + sd * pdf;
}

double GaussianProcess::kernel(const Eigen::VectorXd& a, const Eigen::VectorXd& b) const {
  return matern52((a - b).norm(), length_);
}

void GaussianProcess::fit(const Eigen::MatrixXd& x, const Eigen::VectorXd& y) {
  x_ = x;
  const auto n = x.rows();
  y_mean_ = y.mean();
  const double var = n > 1 ? (y.array() - y_mean_).square().sum() / static_cast<double>(n - 1) : 0;
  y_sd_ = var > 1e-24 ? std::sqrt(var) : 1.0;
  const Eigen::VectorXd ys = (y.array() - y_mean_) / y_sd_;
  // Distances once; then the log marginal likelihood for each (length, noise) pair.
  Eigen::MatrixXd dist(n, n);
  for (Eigen::Index i = 0; i < n; ++i) {
    for (Eigen::Index j = 0; j < n; ++j) dist(i, j) = (x.row(i) - x.row(j)).norm();
  }
  double best_lml = -std::numeric_limits<double>::infinity();
  for (const double l : {0.05, 0.1, 0.2, 0.35, 0.5, 0.8, 1.2, 2.0}) {
    for (const double noise : {1e-4, 1e-3, 1e-2, 0.05, 0.2}) {
      Eigen::MatrixXd k(n, n);
      for (Eigen::Index i = 0; i < n; ++i) {
        for (Eigen::Index j = 0; j < n; ++j) k(i, j) = matern52(dist(i, j), l);
        k(i, i) += noise;
      }
      Eigen::LLT<Eigen::MatrixXd> llt(k);
      if (llt.info() != Eigen::Success) continue;
      const Eigen::VectorXd a = llt.solve(ys);
      const double logdet = 2.0 * llt.matrixLLT().diagonal().array().log().sum();
      const double lml = -0.5 * ys.dot(a) - 0.5 * logdet;
      if (lml > best_lml) best_lml = lml, length_ = l, noise_ = noise;
    }
  }
  Eigen::MatrixXd k(n, n);
  for (Eigen::Index i = 0; i < n; ++i) {
    for (Eigen::Index j = 0; j < n; ++j) k(i, j) = matern52(dist(i, j), length_);
    k(i, i) += noise_;
  }
  llt_.compute(k);
  alpha_ = llt_.solve(ys);
}

void GaussianProcess::predict(const Eigen::VectorXd& x, double& mean, double& sd) const {
  const auto n = x_.rows();
  Eigen::VectorXd ks(n);
  for (Eigen::Index i = 0; i < n; ++i) ks(i) = kernel(x_.row(i).transpose(), x);
  const double m = ks.dot(alpha_);
  const Eigen::VectorXd v = llt_.matrixL().solve(ks);
  const double var = std::max(1.0 - v.squaredNorm(), 1e-12);
  mean = m * y_sd_ + y_mean_;
  sd = std::sqrt(var) * y_sd_;
}

}  // namespace chimera::tune
