#!/usr/bin/env bash
# chimera's measuring client against two reference clients, on the fake server with a scripted
# truth (tools/fake_llm_server: it records when it received each request and when each token's
# write began), in one run on this machine:
#   - OpenAI SSE: `chimera load --backend openai` against a client built the way vLLM's benchmark
#     request function is (bench/clients/vllm_style_client.py, Debian's python3-aiohttp);
#   - Ollama NDJSON: `chimera load --backend ollama` against the official `ollama` npm client
#     (bench/clients/ollama_npm_client.mjs; the one scripts/setup.sh installs in build/npm-clients).
# At concurrency 1, 64 and 512: TTFT and ITL error against the truth (client mean minus server
# mean), requests lost, and CPU per token, with ratios reference / chimera. vLLM's client counts a
# role-only first chunk as the first token (its TTFT then reads near 0 on servers that send one,
# as vLLM and llama-server do); vllm-aiohttp-content is the same client timing the first content,
# chimera's definition, to show its timing error apart from that definition.
# Usage: bench/compare_clients.sh [BUILD_DIR]   (default build/release; CONCURRENCY="1 64 512",
#        REQUESTS_PER_STREAM=3, TOKENS=50, TTFT_MS=100, GAP_MS=20 override)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
chimera="$build/apps/chimera/chimera"
server="$build/tools/fake_llm_server/fake_llm_server"
[ -x "$chimera" ] && [ -x "$server" ] || { echo "build first: scripts/setup.sh release" >&2; exit 1; }
/usr/bin/python3 -c "import aiohttp" 2>/dev/null ||
  { echo "needs Debian's python3-aiohttp (apt-get install python3-aiohttp)" >&2; exit 1; }
node_dir=build/npm-clients  # scripts/setup.sh installs the pinned clients there
if [ ! -d "$node_dir/node_modules/ollama" ]; then
  mkdir -p "$node_dir"
  npm install --no-save --silent --no-audit --no-fund --prefix "$node_dir" ollama@0.6.4 >/dev/null
fi
cp bench/clients/ollama_npm_client.mjs "$node_dir/"
port=${CHIMERA_BENCH_PORT:-11598}
url="http://127.0.0.1:$port"
tokens=${TOKENS:-50}
ttft=${TTFT_MS:-100}
gap=${GAP_MS:-20}
per=${REQUESTS_PER_STREAM:-3}
model="fake:tokens=$tokens,ttft=$ttft,gap=$gap"
work=$(mktemp -d)
server_pid=
trap 'kill $server_pid 2>/dev/null || true; rm -rf "$work"' EXIT

start_server() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  "$server" --port "$port" >/dev/null 2>&1 &
  server_pid=$!
  for _ in $(seq 100); do curl -s "$url/api/version" >/dev/null && return; sleep 0.05; done
  echo "the fake server did not start" >&2
  exit 1
}

# run NAME N C COMMAND...: one client run on a fresh server; prints its summary line.
run() {
  local name=$1 n=$2 c=$3
  shift 3
  start_server
  /usr/bin/time -f "%U %S" -o "$work/time" "$@" >"$work/out.jsonl" 2>"$work/err" ||
    { echo "$name failed: $(tail -3 "$work/err")" >&2; return 1; }
  [ -s "$work/chimera.jsonl" ] && mv "$work/chimera.jsonl" "$work/out.jsonl"
  curl -s "$url/fake/truth" >"$work/truth.json"
  local expected=$n
  [ "${name#chimera}" != "$name" ] && expected=$((n + c))  # load adds one cool-down per slot
  echo "$name $c $(/usr/bin/python3 bench/clients/summarize.py "$work/out.jsonl" "$work/truth.json" "$work/time" "$expected")"
}

load_flags=(--warmup-requests 0 --output-tokens "$tokens" --store "" -q --jsonl "$work/chimera.jsonl"
  --format json -o /dev/null)

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "chimera: $("$chimera" --version); aiohttp $(/usr/bin/python3 -c 'import aiohttp; print(aiohttp.__version__)'); ollama-js $(node -p "require('./$node_dir/node_modules/ollama/package.json').version"); node $(node --version)"
echo "truth: $model (TTFT $ttft ms, gap $gap ms, $tokens tokens)"
echo
results="$work/results.txt"
: >"$results"
for c in ${CONCURRENCY:-1 64 512}; do
  n=$((c * per))
  run chimera-openai "$n" "$c" "$chimera" load --backend openai --url "$url" --model "$model" \
    --concurrency "$c" --requests "$n" "${load_flags[@]}" >>"$results"
  run vllm-aiohttp "$n" "$c" /usr/bin/python3 bench/clients/vllm_style_client.py "$url" "$model" "$n" "$c" "$tokens" >>"$results"
  run vllm-aiohttp-content "$n" "$c" /usr/bin/python3 bench/clients/vllm_style_client.py "$url" "$model" "$n" "$c" "$tokens" --content-ttft >>"$results"
  run chimera-ollama "$n" "$c" "$chimera" load --backend ollama --url "$url" --model "$model" \
    --concurrency "$c" --requests "$n" "${load_flags[@]}" >>"$results"
  run ollama-npm "$n" "$c" node "$node_dir/ollama_npm_client.mjs" "$url" "$model" "$n" "$c" "$tokens" >>"$results"
done
/usr/bin/python3 - "$results" <<'PY'
import json, sys
rows = {}
for line in open(sys.argv[1]):
    name, c, js = line.split(" ", 2)
    rows[(name, int(c))] = json.loads(js)
print("| protocol | concurrency | client | ok | lost | TTFT error ms | ITL error ms | CPU us/token |")
print("|---|---:|---|---:|---:|---:|---:|---:|")
ratios = []
proto_of = lambda name: name.split("-")[1] if name.startswith("chimera") else ("openai" if "vllm" in name else "ollama")
for (name, c), r in sorted(rows.items(), key=lambda x: (proto_of(x[0][0]), x[0][1], not x[0][0].startswith("chimera"), x[0][0])):
    proto = proto_of(name)
    print(f"| {proto} | {c} | {name} | {r['ok']} | {r['lost']} | {r['ttft_error_ms']:+.2f} | {r['itl_error_ms']:+.3f} | {r['cpu_us_per_token']:.1f} |")
for proto, ref in (("openai", "vllm-aiohttp"), ("openai", "vllm-aiohttp-content"), ("ollama", "ollama-npm")):
    for c in sorted({c for (_, c) in rows}):
        a, b = rows.get((f"chimera-{proto}", c)), rows.get((ref, c))
        if not a or not b:
            continue
        ratios.append(f"| {proto} | {c} | {ref} / chimera | {abs(b['ttft_error_ms']) / max(abs(a['ttft_error_ms']), 1e-9):.1f}x | "
                      f"{abs(b['itl_error_ms']) / max(abs(a['itl_error_ms']), 1e-9):.1f}x | {b['cpu_us_per_token'] / a['cpu_us_per_token']:.1f}x |")
print()
print("| protocol | concurrency | ratio | TTFT error | ITL error | CPU per token |")
print("|---|---:|---|---:|---:|---:|")
print("\n".join(ratios))
PY
