#!/usr/bin/env bash
# Sets up everything and runs every test: format check, the whole suite on the release build,
# then the unit and integration tiers again under AddressSanitizer + UndefinedBehaviorSanitizer,
# the integration tier (which runs the threaded pipeline) under ThreadSanitizer, and every
# libFuzzer target for a short time (CHIMERA_FUZZ_SECONDS, default 20) over its seed corpus.
set -euo pipefail
cd "$(dirname "$0")/.."

# chromium renders the HTML reports in the browser tests (headless); clang builds the libFuzzer
# targets (its runtime is in libclang-rt-14-dev); clang-tidy (run-clang-tidy is in clang-tools)
# checks the sources; prometheus brings promtool, which validates chimera serve's /metrics.
CHIMERA_EXTRA_PACKAGES="chromium clang clang-tidy clang-tools libclang-rt-14-dev prometheus postgresql slurm-wlm munge" scripts/setup.sh release
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD} CCACHE_NOHASHDIR=true
scripts/check-format.sh
scripts/check-layers.py
ctest --preset release -j2

# Each sanitizer tree builds only the test programs it runs (the e2e and cluster tiers, whose
# subjects the other tiers cover, run on the release tree only): a fresh machine compiles less.
echo "== asan+ubsan build ==" >&2
cmake --preset asan >/dev/null
cmake --build --preset asan --target chimera_unit_tests chimera_integration_tests \
  chimera_embedded_tests chimera_client_tests chimera_postgres_tests
ctest --preset asan -j2 -L 'unit|integration|embedded|postgres'

echo "== tsan build (the multi-threaded ingest pipeline; chimera serve's HTTP layer and batching) ==" >&2
cmake --preset tsan >/dev/null
cmake --build --preset tsan --target chimera_integration_tests chimera_embedded_tests \
  chimera_client_tests
ctest --preset tsan -j2 -L integration
# serve's own threads (Asio I/O, the batching engine, admission), with llama.cpp's uninstrumented
# thread pool suppressed (tests/tsan-llama.supp, in the preset); the attack test's server process
# inherits the options.
ctest --preset tsan -j2 -R '^(Serve|ServeUnderAttack)\.'

echo "== clang-tidy (.clang-tidy checks; findings are errors) ==" >&2
scripts/tidy.sh

echo "== fuzz targets (libFuzzer + ASan + UBSan, ${CHIMERA_FUZZ_SECONDS:-20} s each) ==" >&2
cmake --preset fuzz -DCHIMERA_FUZZ_SECONDS="${CHIMERA_FUZZ_SECONDS:-20}" >/dev/null
cmake --build --preset fuzz
ctest --preset fuzz -j2 -L fuzz
