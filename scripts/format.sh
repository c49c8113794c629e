#!/usr/bin/env bash
# Rewrites every C++ source in place with clang-format (.clang-format); check-format.sh verifies.
set -euo pipefail
cd "$(dirname "$0")/.."
git ls-files --cached --others --exclude-standard '*.cpp' '*.hpp' | grep -v '^tests/fixtures/' | xargs clang-format -i
