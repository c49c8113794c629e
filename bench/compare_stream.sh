#!/usr/bin/env bash
# Streaming client accuracy and overhead against the fake server (tools/fake_llm_server), all in
# one run on this machine:
#   1. accuracy: client TTFT and chunk gaps minus the server's own write times (50 requests);
#   2. one stream of 200,000 tokens sent as fast as possible, read by chimera's client, by
#      `curl -N` and by a Python standard-library client: wall time and CPU per chunk;
#   3. 512 concurrent streams at 50 tokens/s each from one chimera process: CPU per chunk.
# Usage: bench/compare_stream.sh [BUILD_DIR]   (default build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
server="$build/tools/fake_llm_server/fake_llm_server"
bench="$build/bench/chimera_stream_bench"
port=${CHIMERA_BENCH_PORT:-11597}
url="http://127.0.0.1:$port"
[ -x "$bench" ] || { echo "build first: scripts/setup.sh release" >&2; exit 1; }
"$server" --port "$port" >/dev/null &
server_pid=$!
trap 'kill $server_pid 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -s "$url/api/version" >/dev/null && break; sleep 0.1; done

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "chimera: $("$build/apps/chimera/chimera" --version)"
echo
echo "## 1. accuracy (client minus server truth; server stamps each token as its write begins)"
"$bench" --url "$url" --mode accuracy --requests 50 --tokens 100 --gap 5 --jitter 2
echo
echo "## 2. one stream of 200,000 tokens (server writes as fast as it can)"
model='fake:tokens=200000,ttft=1,gap=0'
body="{\"model\":\"$model\",\"prompt\":\"x\"}"
echo "| client | wall s | user s | sys s | CPU us/chunk |"
echo "|---|---:|---:|---:|---:|"
run() {  # name, command...
  local name=$1
  shift
  /usr/bin/time -f "%e %U %S" -o /tmp/chimera-stream-time "$@" >/dev/null
  read -r wall user sys < /tmp/chimera-stream-time
  echo "| $name | $wall | $user | $sys | $(python3 -c "print(f'{($user + $sys) / 200000 * 1e6:.2f}')") |"
}
run chimera "$bench" --url "$url" --mode single --tokens 200000 --gap 0
run "curl -N" curl -sN "$url/api/generate" -d "$body" -o /dev/null
run "python3 (http.client + json)" python3 bench/stream_client.py 127.0.0.1 "$port" "$model"
echo
echo "## 3. 512 concurrent streams at 50 tokens/s (100 tokens each), one chimera process"
/usr/bin/time -f "user %U s, sys %S s" "$bench" --url "$url" --mode concurrent --streams 512 --tokens 100 --gap 20
