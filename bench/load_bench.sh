#!/usr/bin/env bash
# `chimera load` at 1,000 concurrent streams against the fake server (tools/fake_llm_server),
# 20 tokens/s per stream (50 ms gaps), TTFT scripted at 200 ms: the client's CPU per second of
# load (user + sys CPU seconds / wall seconds, from /usr/bin/time) and the measured TTFT against
# the scripted 200 ms. The difference is an upper bound of the client's TTFT error at that load:
# it also holds the fake server's own scheduling delay (1,000 threads on this machine's cores).
# Usage: bench/load_bench.sh [STREAMS] [SECONDS]   (default 1000 20)
set -euo pipefail
cd "$(dirname "$0")/.."
streams=${1:-1000}
secs=${2:-20}
build=build/release
chimera=$build/apps/chimera/chimera
"$chimera" --version | grep -q Release || echo "WARNING: not a Release build" >&2
port=${CHIMERA_BENCH_PORT:-11598}
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
work=$(mktemp -d)
"$build/tools/fake_llm_server/fake_llm_server" --port "$port" >/dev/null &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 50); do curl -s "http://127.0.0.1:$port/api/version" >/dev/null && break; sleep 0.1; done
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
/usr/bin/time -f "%e %U %S" -o "$work/time" "$chimera" load --url "http://127.0.0.1:$port" \
  --model "fake:tokens=60,gap=50,ttft=200" --concurrency "$streams" --warmup-s 5 --duration "$secs" \
  --cooldown-s 3 --store "" -q --format json -o "$work/load.json"
read -r wall user sys <"$work/time"
python3 - "$work/load.json" "$wall" "$user" "$sys" "$streams" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
wall, user, sys_ = map(float, sys.argv[2:5])
streams = int(sys.argv[5])
l = d["levels"][0]
t = l["ttft_ms"]
print(f"| measure | value |")
print(f"|---|---:|")
print(f"| concurrent streams (requested / measured mean / peak) | {streams} / {l['in_flight_mean']:.0f} / {l['in_flight_peak']} |")
print(f"| measured requests (ok / failed) | {l['ok']} / {l['failed']} |")
print(f"| output tokens/s (all streams) | {l['output_tok_s']:.0f} |")
print(f"| client CPU per second of load (user + sys / wall) | {(user + sys_) / wall:.3f} s/s ({(user + sys_) / wall * 100:.1f} % of one core) |")
print(f"| client CPU per output token | {(user + sys_) / (l['output_tok_s'] * wall) * 1e6:.1f} us (over the whole run) |")
print(f"| TTFT p50 / p95 / p99 (ms), scripted 200 | {t['p50']:.2f} / {t['p95']:.2f} / {t['p99']:.2f} |")
print(f"| TTFT error bound p50 / p99 (ms) | {t['p50'] - 200:.2f} / {t['p99'] - 200:.2f} |")
print(f"| inter-chunk p50 / p99 (ms), scripted 50 | {l['itl_ms']['p50']:.2f} / {l['itl_ms']['p99']:.2f} |")
PY
