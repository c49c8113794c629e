#!/usr/bin/env bash
# Runs one libFuzzer target for SECONDS over its seed corpus (read-only; new inputs go to a
# temporary folder). A crash or broken invariant fails the test; the reproducer is kept under
# $CHIMERA_FUZZ_ARTIFACTS (default: the build folder's fuzz-artifacts/) and named in the output.
# Usage: run_fuzz.sh FUZZER CORPUS_DIR SECONDS
set -euo pipefail
fuzzer=$1 corpus=$2 secs=$3
name=$(basename "$fuzzer")
out=${CHIMERA_FUZZ_ARTIFACTS:-$(dirname "$fuzzer")/fuzz-artifacts}/$name
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$fuzzer" "$work" "$corpus" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
  -max_len=65536 -artifact_prefix="$out/" -print_final_stats=1 2>&1 | tail -25
