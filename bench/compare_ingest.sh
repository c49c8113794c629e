#!/usr/bin/env bash
# Whole-process ingest speed against reference tools, all in one run on this machine:
#   chimera ingest (text to /dev/null, all cores)  vs  cat of the same files (the read floor)
#   vs  wc -w of them (splitting the bytes into words on one core: a floor for any reader that
#   looks at every word)  vs  bench/ingest_reference.py (Python 3 stdlib json + csv doing the same
#   parse).
# On the seed corpus (101 files) and the seed replicated 100 times (10,100 files); prints a
# Markdown table of times and ratios, and chimera's peak RSS per output format on the x10 and x100
# corpora (flat RSS from x10 to x100 shows memory does not grow with the number of files).
# Usage: bench/compare_ingest.sh [BUILD_DIR]   (default build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
bin="$build/apps/chimera/chimera"
shared=${CHIMERA_SHARED:-../shared}
[ -x "$bin" ] || { echo "build first: scripts/setup.sh release" >&2; exit 1; }
"$bin" --version | grep -q Release || echo "WARNING: $bin is not a Release build" >&2
command -v hyperfine >/dev/null || { echo "needs hyperfine (scripts/setup.sh installs it)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bash "$shared/corpora/seed-101/materialize.sh" "$work/seed" >/dev/null
mkdir -p "$work/x10" "$work/x100"
for i in $(seq -w 1 10); do cp -a "$work/seed" "$work/x10/copy$i"; done
for i in $(seq -w 1 100); do cp -a "$work/seed" "$work/x100/copy$i"; done

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "chimera: $("$bin" --version)"
echo
echo "| corpus | files | chimera ms | cat ms | wc -w ms | python ms | chimera / cat | wc -w / cat | python / chimera |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for corpus in seed x100; do
  dir="$work/$corpus"
  files=$(find "$dir" -type f \( -name '*.csv' -o -name '*.json' -o -name '*.md' \) | wc -l)
  find "$dir" -type f -print0 | sort -z > "$work/list"
  hyperfine -N --warmup 2 --runs 10 --export-json "$work/$corpus.json" \
    -n chimera "$bin ingest $dir --quiet" \
    -n cat "xargs -0 -a $work/list cat" \
    -n wc "xargs -0 -a $work/list wc -w" \
    -n python "python3 bench/ingest_reference.py $dir" >/dev/null 2>&1
  python3 - "$work/$corpus.json" "$corpus" "$files" <<'PY'
import json, sys
r = {x["command"]: x["mean"] * 1000 for x in json.load(open(sys.argv[1]))["results"]}
c, k, w, p = r["chimera"], r["cat"], r["wc"], r["python"]
print(f"| {sys.argv[2]} | {sys.argv[3]} | {c:.1f} | {k:.1f} | {w:.1f} | {p:.1f} | {c / k:.2f} | "
      f"{w / k:.2f} | {p / c:.1f} |")
PY
done
echo
echo "| format | corpus | files | peak RSS MiB | wall s |"
echo "|---|---|---:|---:|---:|"
for fmt in text json csv sqlite; do
  for corpus in x10 x100; do
    out="$work/out.$fmt"
    /usr/bin/time -f "%M %e" -o "$work/time" "$bin" ingest "$work/$corpus" --quiet --format "$fmt" -o "$out"
    read -r rss wall < "$work/time"
    echo "| $fmt | $corpus | $(( ${corpus#x} * 101 )) | $((rss / 1024)) | $wall |"
    rm -f "$out"
  done
done
