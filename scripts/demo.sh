#!/usr/bin/env bash
# The main job on a fresh machine: set up and build, ingest the example artifacts (the
# consolidated summary), then measure the embedded llama.cpp engine on a random-weight demo
# model (no server, no download). `chimera demo` (agent workflow + report) replaces this later.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh release >&2
bin=build/release/apps/chimera/chimera
"$bin" ingest examples/artifacts "$@"
echo
model=build/demo/demo.gguf
[ -f "$model" ] || "$bin" model init "$model"
"$bin" probe --backend embedded --model "$model" -n 5 --warmup 1 --options num_predict=128,seed=1 \
  --prompt "Summarise the benchmark results in one paragraph."
