#!/usr/bin/env bash
# Fails when any tracked C++ file differs from what clang-format (.clang-format) would write.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files --cached --others --exclude-standard '*.cpp' '*.hpp' | grep -v '^tests/fixtures/')
clang-format --dry-run --Werror "${files[@]}"
echo "format: ${#files[@]} files clean"
