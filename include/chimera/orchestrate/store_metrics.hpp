#pragma once
// `chimera report STORE --format openmetrics`: what a results store holds as OpenMetrics text,
// for Prometheus (node_exporter's textfile collector, a Pushgateway) and Grafana. Per
// configuration its latest result: each sweep point (model + options) from the latest sweep that
// measured it, each load configuration's latest run per level, each agents scenario + model's
// latest invocation; and its regression against the same configuration's previous result: the
// change in base units and, where both have samples, Welch's test (regression = 1 when the change
// is for the worse and p < alpha). Units are Prometheus base units (seconds, ratios).
#include <string>

#include "chimera/core/error.hpp"
#include "chimera/orchestrate/stored_results.hpp"

namespace chimera::orchestrate {

Result<std::string> store_openmetrics(const StoreContents& c, store::TrialStore& trials,
                                      double alpha = 0.05);

}  // namespace chimera::orchestrate
