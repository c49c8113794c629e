#!/usr/bin/env bash
# Harness overhead and concurrency efficiency of `chimera agents`, with each agent on its own
# fake server with fixed timings (so the servers never contend): 2 agents (the reference's
# baseline_vs_chimera scenario) and 8 agents (a config file alternating the two personas), N runs
# each over examples/artifacts. Prints the reference's efficiency per run and its mean, and the
# harness overhead per agent run (execution time minus the time spent waiting for the server).
# Usage: bench/agents_efficiency.sh [RUNS]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
build=build/release
chimera=$build/apps/chimera/chimera
"$chimera" --version | grep -q Release || echo "WARNING: not a Release build" >&2
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
ports=$(seq 11591 11598)
for p in $ports; do
  "$build/tools/fake_llm_server/fake_llm_server" --port "$p" --ttft 50 --gap 5 --tokens 200 >/dev/null &
done
for p in $ports; do
  for _ in $(seq 50); do curl -s "http://127.0.0.1:$p/api/version" >/dev/null && break; sleep 0.1; done
done
"$chimera" agents examples/artifacts --url-a http://127.0.0.1:11591 --url-b http://127.0.0.1:11592 \
  --model fake --runs "$runs" --out "$work/two" 2>/dev/null >/dev/null
{
  printf 'name = "eight"\nmodel = "fake"\nruns = %s\n' "$runs"
  i=0
  for p in $ports; do
    persona=$([ $((i % 2)) -eq 0 ] && echo datacollector-9000 || echo insight-agent)
    printf '[[agent]]\npersona = "%s"\nurl = "http://127.0.0.1:%s"\n' "$persona" "$p"
    i=$((i + 1))
  done
} >"$work/eight.toml"
"$chimera" agents examples/artifacts --config "$work/eight.toml" --out "$work/eight" 2>/dev/null >/dev/null
python3 - "$work" "$runs" <<'PY'
import json, sys, statistics as st
work, runs = sys.argv[1], int(sys.argv[2])
print("| agents | efficiency per run (%) | mean efficiency (%) | harness overhead per agent run, mean / max (ms) |")
print("|---:|---|---:|---:|")
for name, n in (("two", 2), ("eight", 8)):
    effs, overhead = [], []
    for i in range(1, runs + 1):
        m = json.load(open(f"{work}/{name}/run_{i}/metrics.json"))
        assert len(m["agents"]) == n, (name, len(m["agents"]))
        effs.append(m["efficiency_pct"])
        for a in m["agents"]:
            waited = sum(c["e2e_ms"] for c in a["calls"]) / 1000
            overhead.append((a["execution_s"] - waited) * 1000)
    print(f"| {n} | {', '.join(f'{e:.2f}' for e in effs)} | {st.mean(effs):.2f} | "
          f"{st.mean(overhead):.2f} / {max(overhead):.2f} |")
PY
