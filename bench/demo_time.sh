#!/usr/bin/env bash
# Wall time of `chimera demo` after the build (what a new user waits for), N runs into fresh
# folders; the demo model is written once and reused, as on a second run. Prints each run and the
# median, with the machine's cores and load, so a figure is never quoted without its context.
# Usage: bench/demo_time.sh [RUNS=3] [CHIMERA=build/release/apps/chimera/chimera]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
chimera=${2:-build/release/apps/chimera/chimera}
[ -x "$chimera" ] || { echo "demo_time: $chimera not built (run scripts/setup.sh)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$chimera" model init "$work/demo.gguf" >/dev/null 2>&1
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
times=()
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  "$chimera" demo --out "$work/run$i" --model "$work/demo.gguf" -q >/dev/null
  end=$(date +%s%N)
  t=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", (b - a) / 1e9}')
  times+=("$t")
  printf 'run %d: %.1f s\n' "$i" "$t"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "median of %d: %.1f s\n", NR, m}'
# The first run also writes the model; measure that path once.
rm -rf "$work/cold"
start=$(date +%s%N)
"$chimera" demo --out "$work/cold" -q >/dev/null
end=$(date +%s%N)
awk -v a="$start" -v b="$end" 'BEGIN {printf "with the demo model written (first run in a fresh folder): %.1f s\n", (b - a) / 1e9}'
