#!/usr/bin/env bash
# Sets up everything and runs every test: format check, the whole suite on the release build,
# then the unit and integration tiers again under AddressSanitizer + UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh release
scripts/check-format.sh
ctest --preset release -j2

echo "== asan+ubsan build ==" >&2
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan -j2 -L 'unit|integration'
