#!/usr/bin/env bash
# Harness overhead and concurrency efficiency of `chimera agents`, with each agent on its own
# fake server with fixed timings (so the servers never contend): 2 agents, baseline_vs_chimera,
# N runs over examples/artifacts. Prints the reference's efficiency per run and its mean, and the
# harness overhead per agent run (execution time minus the time spent waiting for the server).
# Usage: bench/agents_efficiency.sh [RUNS]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
build=build/release
"$build/apps/chimera/chimera" --version | grep -q Release || echo "WARNING: not a Release build" >&2
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
"$build/tools/fake_llm_server/fake_llm_server" --port 11591 --ttft 50 --gap 5 --tokens 200 >/dev/null &
"$build/tools/fake_llm_server/fake_llm_server" --port 11592 --ttft 50 --gap 5 --tokens 200 >/dev/null &
for p in 11591 11592; do
  for _ in $(seq 50); do curl -s "http://127.0.0.1:$p/api/version" >/dev/null && break; sleep 0.1; done
done
"$build/apps/chimera/chimera" agents examples/artifacts --url-a http://127.0.0.1:11591 --url-b http://127.0.0.1:11592 \
  --model fake --runs "$runs" --out "$work/out" 2>/dev/null >/dev/null
python3 - "$work/out" "$runs" <<'PY'
import json, sys, statistics as st
out, runs = sys.argv[1], int(sys.argv[2])
effs, overhead = [], []
for i in range(1, runs + 1):
    m = json.load(open(f"{out}/run_{i}/metrics.json"))
    effs.append(m["efficiency_pct"])
    for a in m["agents"]:
        waited = sum(c["e2e_ms"] for c in a["calls"]) / 1000
        overhead.append((a["execution_s"] - waited) * 1000)
print("| measure | value |")
print("|---|---:|")
print(f"| efficiency per run (%) | {', '.join(f'{e:.2f}' for e in effs)} |")
print(f"| mean efficiency (%) | {st.mean(effs):.2f} |")
print(f"| harness overhead per agent run, mean (ms) | {st.mean(overhead):.2f} |")
print(f"| harness overhead per agent run, max (ms) | {max(overhead):.2f} |")
PY
