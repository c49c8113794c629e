#!/usr/bin/env bash
# `chimera serve` against llama.cpp's own `llama-server`, built from the same pinned source (the
# release preset builds it), on the same model file, measured by the same client (chimera probe
# and chimera load) with the same thread count, in one run on this machine:
#   - concurrency 1 (chimera probe, 10 requests after 2 warm-ups): the server's own decode rate,
#     the client's output rate and TTFT;
#   - concurrency 4 (chimera load, 16 requests after one per slot): aggregate output throughput
#     and TTFT p50, with 4 slots on each server.
# at 1 and 2 threads; ratios serve / llama-server. chimera serve is driven through its Ollama API
# (num_thread per request), llama-server through its OpenAI API (-t / -tb); both on the plain
# completion endpoints (/api/generate, /v1/completions): llama-server's chat endpoint rejects
# the random-weight model's text ("does not match the expected peg-native format"), and greedy
# decoding (temperature 0) on both, as its output parser sometimes rejects sampled random text.
# Usage: bench/compare_serve.sh [BUILD_DIR]  (default build/release; TOKENS=128 THREADS="1 2")
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
chimera="$build/apps/chimera/chimera"
llama="$build/bin/llama-server"
[ -x "$chimera" ] && [ -x "$llama" ] || { echo "build first: scripts/setup.sh release" >&2; exit 1; }
tokens=${TOKENS:-128}
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
model="$work/demo.gguf"
"$chimera" model init "$model" >/dev/null 2>&1
port=${CHIMERA_BENCH_PORT:-11660}
url="http://127.0.0.1:$port"

wait_up() {  # URL
  for _ in $(seq 300); do curl -sf -o /dev/null "$1" && return; sleep 0.1; done
  echo "server at $1 did not come up" >&2
  exit 1
}
stop_servers() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  pids=()
}
# mean of a JSON field over measured records of a probe --format json file
probe_stats() {
  /usr/bin/python3 - "$1" <<'PY'
import json, statistics, sys
recs = [r for r in json.load(open(sys.argv[1]))["records"] if not r["warmup"] and r["ok"]]
m = lambda k: statistics.mean(r[k] for r in recs if r[k] is not None)
print(json.dumps({"n": len(recs), "decode_tok_s": m("decode_tok_s"), "output_tok_s": m("output_tok_s"),
                  "ttft_ms": statistics.median(r["ttft_ms"] for r in recs)}))
PY
}
load_stats() {
  /usr/bin/python3 - "$1" <<'PY'
import json, sys
l = json.load(open(sys.argv[1]))["levels"][0]
print(json.dumps({"n": l["ok"], "output_tok_s": l["output_tok_s"], "ttft_ms": l["ttft_ms"]["p50"]}))
PY
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "chimera: $("$chimera" --version); llama-server: $("$llama" --version 2>&1 | grep -m1 version || true)"
echo "model: chimera model init defaults (random weights), $tokens tokens per request (ignore_eos)"
results="$work/results"
: >"$results"
for t in ${THREADS:-1 2}; do
  for c in 1 4; do
    # llama-server: one process, c slots, t threads
    "$llama" -m "$model" --host 127.0.0.1 --port "$port" -c $((2048 * c)) -np "$c" -t "$t" -tb "$t" \
      --no-webui >"$work/llama.log" 2>&1 &
    pids+=($!)
    wait_up "$url/health"
    if [ "$c" = 1 ]; then
      "$chimera" probe --backend openai --url "$url" --model demo -n 10 --warmup 2 --endpoint generate \
        --options "max_tokens=$tokens,ignore_eos=true,temperature=0" --format json -o "$work/p.json" 2>/dev/null
      echo "llama-server $t $c $(probe_stats "$work/p.json")" >>"$results"
    else
      "$chimera" load --backend openai --url "$url" --model demo --concurrency "$c" --requests 16 --endpoint generate \
        --output-tokens "$tokens" --options ignore_eos=true,temperature=0 --store "" -q --format json -o "$work/l.json"
      echo "llama-server $t $c $(load_stats "$work/l.json")" >>"$results"
    fi
    stop_servers
    # chimera serve: c slots, num_thread t per request
    "$chimera" serve --model "demo=$model" --port "$port" --parallel "$c" >"$work/serve.log" 2>&1 &
    pids+=($!)
    wait_up "$url/api/version"
    if [ "$c" = 1 ]; then
      "$chimera" probe --backend ollama --url "$url" --model demo -n 10 --warmup 2 --endpoint generate \
        --options "num_predict=$tokens,ignore_eos=true,temperature=0,num_thread=$t" --format json -o "$work/p.json" 2>/dev/null
      echo "chimera-serve $t $c $(probe_stats "$work/p.json")" >>"$results"
    else
      "$chimera" load --backend ollama --url "$url" --model demo --concurrency "$c" --requests 16 --endpoint generate \
        --output-tokens "$tokens" --options "ignore_eos=true,temperature=0,num_thread=$t" --store "" -q \
        --format json -o "$work/l.json"
      echo "chimera-serve $t $c $(load_stats "$work/l.json")" >>"$results"
    fi
    stop_servers
  done
done
/usr/bin/python3 - "$results" <<'PY'
import json, sys
rows = {}
for line in open(sys.argv[1]):
    name, t, c, js = line.split(" ", 3)
    rows[(name, int(t), int(c))] = json.loads(js)
print("| threads | concurrency | server | requests | decode tok/s (server's) | output tok/s | TTFT p50 ms |")
print("|---:|---:|---|---:|---:|---:|---:|")
for (name, t, c), r in sorted(rows.items(), key=lambda x: (x[0][1], x[0][2], x[0][0])):
    dec = f"{r['decode_tok_s']:.1f}" if "decode_tok_s" in r else "n/a (aggregate)"
    print(f"| {t} | {c} | {name} | {r['n']} | {dec} | {r['output_tok_s']:.1f} | {r['ttft_ms']:.1f} |")
print()
print("| threads | concurrency | serve / llama-server: output tok/s | decode tok/s | TTFT (lower is better) |")
print("|---:|---:|---:|---:|---:|")
for (name, t, c), a in sorted(rows.items()):
    if name != "chimera-serve" or ("llama-server", t, c) not in rows:
        continue
    b = rows[("llama-server", t, c)]
    dec = f"{a['decode_tok_s'] / b['decode_tok_s'] * 100:.0f} %" if "decode_tok_s" in a else "n/a"
    print(f"| {t} | {c} | {a['output_tok_s'] / b['output_tok_s'] * 100:.0f} % | {dec} | {a['ttft_ms'] / b['ttft_ms'] * 100:.0f} % |")
PY
