#!/usr/bin/env bash
# Instructions executed by one single-threaded `chimera ingest` of the seed corpus x10 (1,010
# files; COPIES sets how many copies, 100 for the x100 tree), counted by valgrind's callgrind: a
# measure of the ingest code's cost that does not depend on the machine's load or clock
# (wall-time ratios are in bench/compare_ingest.sh). Prints the count, the ten functions with
# the largest own cost, and the share of reading files against each reader's.
# Usage: bench/callgrind_ingest.sh [BUILD_DIR|BINARY] [COPIES]
#   (default build/release and 10; a chimera binary may be given instead of a build tree, to
#   compare an older build; needs valgrind)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
copies=${2:-10}
bin="$build/apps/chimera/chimera"
[ -f "$build" ] && [ -x "$build" ] && bin="$build"
shared=${CHIMERA_SHARED:-../shared}
[ -x "$bin" ] || { echo "build first: scripts/setup.sh release" >&2; exit 1; }
command -v valgrind >/dev/null || { echo "needs valgrind: sudo apt-get install valgrind" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bash "$shared/corpora/seed-101/materialize.sh" "$work/seed" >/dev/null
mkdir -p "$work/tree"
for i in $(seq -w 1 "$copies"); do cp -a "$work/seed" "$work/tree/copy$i"; done
echo "chimera: $("$bin" --version | head -1)"
valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" \
  "$bin" ingest "$work/tree" --quiet --jobs 1 >/dev/null 2>"$work/cg.err"
grep -o 'refs: *[0-9,]*' "$work/cg.err" | sed "s/refs: */instructions (seed x$copies, 1 parser thread): /"
callgrind_annotate "$work/cg.out" 2>/dev/null | grep -E '^ *[0-9,]+ +\(' | sed -n '2,11p' |
  cut -c1-120
# Where the instructions go, inclusive of what each calls: reading a file (ingest_file less its
# readers: open, read, decode, and the checks after), each reader, and the rest of the process
# (walking the tree, the text summary, start-up).
callgrind_annotate --inclusive=yes "$work/cg.out" 2>/dev/null | python3 -c '
import re, sys
cost = {}
for line in sys.stdin:
    m = re.match(r"\s*([\d,]+) .*?(PROGRAM TOTALS|chimera::ingest::(ingest_file|harvest_markdown|harvest_text|harvest_csv|harvest_json|harvest_jsonl|harvest_yaml)\()", line)
    if m:
        key = m.group(3) or "total"
        cost[key] = max(cost.get(key, 0), int(m.group(1).replace(",", "")))
total = cost.get("total", 0)
readers = [k for k in ("harvest_markdown", "harvest_text", "harvest_csv", "harvest_json",
                       "harvest_jsonl", "harvest_yaml") if k in cost]
if not total or "ingest_file" not in cost:
    sys.exit(0)
parts = [("reading and checks (ingest_file less its readers)",
          cost["ingest_file"] - sum(cost[k] for k in readers))]
parts += [(k, cost[k]) for k in readers]
parts.append(("rest (walk, summary, start-up)", total - cost["ingest_file"]))
print("where the instructions go (inclusive):")
for name, n in parts:
    print(f"  {name:<52} {n / 1e6:>10,.1f} M  {100 * n / total:5.1f} %")
'

