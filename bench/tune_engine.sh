#!/usr/bin/env bash
# Search strategies on the embedded engine (real llama.cpp inference on this machine's CPU):
# num_thread x num_batch x num_ctx with the random-weight demo model, a ~500-token prompt (so
# batch size matters for prompt evaluation) and 32 generated tokens; objective: end-to-end time
# (median of the trial's requests, minimised).
#  1. The grid, every point 3 times: the reference ("truth") mean of every point.
#  2. For SEEDS seeds: Bayesian optimisation and random search with a budget of a third of the
#     grid, one trial per point; each picks its best point two ways, as chimera report does:
#     "best" (best measured) and "recommended" (highest Gaussian-process posterior mean).
#  3. Reached = truth of the grid's best point / truth of the picked point (minimisation), so
#     100 % means the strategy found the configuration the full grid found.
# Usage: bench/tune_engine.sh [SEEDS]   (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=${1:-20}
chimera=build/release/apps/chimera/chimera
"$chimera" --version | grep -q Release || echo "WARNING: not a Release build" >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$chimera" model init "$work/demo.gguf" >/dev/null 2>&1
python3 -c "print(' '.join(['The quick brown fox jumps over the lazy dog near the river bank.'] * 40))" >"$work/prompt.txt"
common=(--backend embedded --model "$work/demo.gguf" -p num_thread=1,2 -p num_batch=16-512*2
  -p num_ctx=1024-8192*2 --options num_predict=32 --prompt-file "$work/prompt.txt" -n 3 --warmup 1
  --objective e2e_p50_ms -q --format json)
start=$(date +%s)
"$chimera" sweep "${common[@]}" --repeats 3 --store "$work/grid.db" -o "$work/grid.json" 2>/dev/null
grid_s=$(($(date +%s) - start))
budget=$(python3 -c "import json; print(len(json.load(open('$work/grid.json'))['points']) // 3)")
for s in $(seq 1 "$seeds"); do
  for strat in bayes random; do
    "$chimera" sweep "${common[@]}" --strategy "$strat" --budget "$budget" --seed "$s" \
      --store "$work/$strat-$s.db" -o "$work/$strat-$s.json" 2>/dev/null
  done
done
python3 - "$work" "$seeds" "$grid_s" <<'PY'
import json, sys, statistics as st
work, seeds, grid_s = sys.argv[1], int(sys.argv[2]), sys.argv[3]
grid = json.load(open(f"{work}/grid.json"))
truth = {p["point"]: p["mean"]["e2e_p50_ms"] for p in grid["points"] if "e2e_p50_ms" in p["mean"]}
best = min(truth.values())
print(f"grid: {len(truth)} points x 3 trials in {grid_s} s; best {grid['best']} at {best:.1f} ms "
      f"(worst point {max(truth.values()):.1f} ms)\n")
print("| strategy | pick | evaluations per seed | mean reached (%) | worst seed (%) | seeds >= 98 % |")
print("|---|---|---:|---:|---:|---:|")
for strat in ("bayes", "random"):
    for pick in ("best", "recommended"):
        reached = []
        for s in range(1, seeds + 1):
            d = json.load(open(f"{work}/{strat}-{s}.json"))
            reached.append(best / truth[d[pick] or d["best"]] * 100)
        n = len(json.load(open(f"{work}/{strat}-1.json"))["points"])
        print(f"| {strat} | {pick} | {n} | {st.mean(reached):.2f} | {min(reached):.2f} | "
              f"{sum(r >= 98 for r in reached)}/{seeds} |")
PY
