#!/usr/bin/env bash
# clang-tidy over our sources with the checks in .clang-tidy (warnings are errors), using the
# release tree's compile commands. Usage: scripts/tidy.sh [FILES...]   (default: every src/ file)
set -uo pipefail
cd "$(dirname "$0")/.."
[ -f build/release/compile_commands.json ] || { echo "configure first: scripts/setup.sh release" >&2; exit 1; }
runner=$(command -v run-clang-tidy || command -v run-clang-tidy-14)
if [ $# -eq 0 ]; then
  mapfile -t files < <(git ls-files 'src/*.cpp')
  set -- "${files[@]}"
fi
log=$(mktemp)
keys=$(mktemp)
trap 'rm -f "$log" "$keys"' EXIT
# Files whose preprocessed source, flags and checks passed clang-tidy before are not checked
# again (scripts/tidy_cache.py; CHIMERA_TIDY_NO_CACHE=1 checks everything).
if [ -z "${CHIMERA_TIDY_NO_CACHE:-}" ]; then
  mapfile -t pending < <(python3 scripts/tidy_cache.py pending build/release "$keys" "$@")
  set -- "${pending[@]}"
  if [ $# -eq 0 ]; then
    echo "clang-tidy: 0 finding line(s), exit 0 (every file unchanged since a clean check)" >&2
    exit 0
  fi
fi
# GCC-only warning flags in the compile commands are unknown to clang: not our findings.
"$runner" -p build/release -quiet -j "${CHIMERA_TIDY_JOBS:-2}" -extra-arg=-Wno-unknown-warning-option "$@" >"$log" 2>&1
rc=$?
[ $rc -eq 0 ] && [ -z "${CHIMERA_TIDY_NO_CACHE:-}" ] && python3 scripts/tidy_cache.py record "$keys"
grep -E '(warning|error): ' "$log" | grep -v 'clang-diagnostic-unknown-warning-option' | sort -u
echo "clang-tidy: $(grep -cE '(warning|error): ' "$log" || true) finding line(s), exit $rc" >&2
exit $rc
