#!/usr/bin/env bash
# The embedded engine against llama.cpp's own llama-bench (same source, same model, same thread
# count), and `chimera serve` + the ollama backend against the in-process engine, in one run.
# Builds llama-bench once into build/llama-bench. Model: `chimera model init` defaults (or $1).
# Usage: bench/compare_engine.sh [MODEL.gguf]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build/release/apps/chimera/chimera
threads=${THREADS:-2}
[ -x "$bin" ] || { echo "build first: scripts/setup.sh release" >&2; exit 1; }
if [ ! -x build/llama-bench/bin/llama-bench ]; then
  cmake -S third_party/llama.cpp -B build/llama-bench -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DLLAMA_BUILD_TOOLS=ON -DLLAMA_BUILD_COMMON=ON -DLLAMA_BUILD_SERVER=OFF -DLLAMA_BUILD_TESTS=OFF \
    -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_APP=OFF -DLLAMA_USE_PREBUILT_UI=OFF -DLLAMA_OPENSSL=OFF \
    -DBUILD_SHARED_LIBS=OFF >/dev/null
  cmake --build build/llama-bench --target llama-bench -j2 >/dev/null
fi
model=${1:-build/demo/demo.gguf}
[ -f "$model" ] || "$bin" model init "$model"
work=$(mktemp -d)
trap 'rm -rf "$work"; kill ${serve_pid:-0} 2>/dev/null || true' EXIT

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); threads=$threads"
echo "chimera: $("$bin" --version); model: $model"
build/llama-bench/bin/llama-bench -m "$model" -p 512 -n 128 -t "$threads" -r 5 -o json > "$work/llama-bench.json" 2>/dev/null

# A prompt of about 512 tokens for prompt eval, a short one for generation (as llama-bench's tg128).
python3 -c "print(' '.join(['benchmark'] * 503))" > "$work/long.txt"
common=(--warmup 1 -n 5 --format json --retries 0)
"$bin" probe --backend embedded --model "$model" "${common[@]}" --prompt-file "$work/long.txt" \
  --options "num_predict=1,num_thread=$threads,num_ctx=1024,num_batch=2048" -o "$work/pp.json"
"$bin" probe --backend embedded --model "$model" "${common[@]}" --prompt "Hi" \
  --options "num_predict=128,num_thread=$threads,temperature=0,num_ctx=1024" -o "$work/tg.json"
port=${CHIMERA_BENCH_PORT:-11596}
"$bin" serve --model "demo=$model" --port "$port" >/dev/null &
serve_pid=$!
for _ in $(seq 50); do curl -s "http://127.0.0.1:$port/api/version" >/dev/null && break; sleep 0.1; done
"$bin" probe --backend ollama --url "http://127.0.0.1:$port" --model demo "${common[@]}" --prompt "Hi" \
  --options "num_predict=128,num_thread=$threads,temperature=0,num_ctx=1024" -o "$work/serve.json"

python3 - "$work" <<'PY'
import json, sys, statistics as st
w = sys.argv[1]
lb = {("pp" if r["n_prompt"] else "tg"): r["avg_ts"] for r in json.load(open(f"{w}/llama-bench.json"))}
def recs(name):
    return [r for r in json.load(open(f"{w}/{name}.json"))["records"] if not r["warmup"] and r["ok"]]
pp = st.mean(r["prompt_tokens"] / (r["prompt_eval_ms"] / 1000) for r in recs("pp"))
pp_n = st.mean(r["prompt_tokens"] for r in recs("pp"))
tg = st.mean(r["decode_tok_s"] for r in recs("tg"))
sv = st.mean(r["decode_tok_s"] for r in recs("serve"))
ttft_local = st.median(r["ttft_ms"] for r in recs("tg"))
ttft_serve = st.median(r["ttft_ms"] for r in recs("serve"))
print()
print("| measure | llama-bench | chimera embedded | ratio |")
print("|---|---:|---:|---:|")
print(f"| prompt eval tok/s (pp512; chimera prompt {pp_n:.0f} tokens) | {lb['pp']:.1f} | {pp:.1f} | {pp / lb['pp'] * 100:.1f} % |")
print(f"| generation tok/s (tg128) | {lb['tg']:.1f} | {tg:.1f} | {tg / lb['tg'] * 100:.1f} % |")
print()
print("| measure | embedded in-process | chimera serve + ollama backend | ratio |")
print("|---|---:|---:|---:|")
print(f"| generation tok/s (server-reported decode rate) | {tg:.1f} | {sv:.1f} | {sv / tg * 100:.1f} % |")
print(f"| TTFT p50 ms | {ttft_local:.2f} | {ttft_serve:.2f} | +{ttft_serve - ttft_local:.2f} ms |")
PY
