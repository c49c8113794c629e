#!/usr/bin/env bash
# Sets up a Debian 12 machine for Chimera Insight and builds it. Idempotent: installs only the
# packages that are missing (running `apt-get update` once, only then) and rebuilds incrementally.
# Usage: scripts/setup.sh [PRESET]   (release by default; debug, asan, tsan)
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git python3
  libfmt-dev libcli11-dev libsqlite3-dev libpq-dev nlohmann-json3-dev libcurl4-openssl-dev libssl-dev curl
  libgtest-dev libgmock-dev libbenchmark-dev openssl libboost-math-dev libboost-dev libeigen3-dev libtomlplusplus-dev libjemalloc-dev libyaml-cpp-dev
  clang-format hyperfine time python3-aiohttp
)

# Extra packages for a purpose (scripts/test.sh asks for chromium, for the browser tests).
read -r -a extra <<<"${CHIMERA_EXTRA_PACKAGES:-}"
PACKAGES+=("${extra[@]}")

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
command -v npm >/dev/null || missing+=(npm)  # Debian's npm, unless Node.js is installed already
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  echo "setup: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

preset=${1:-release}
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
# Paths relative to the checkout, so every build tree (and a fresh clone) shares cached objects.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD} CCACHE_NOHASHDIR=true
scripts/fetch-llama.sh
# The official clients the conformance tests drive chimera serve with, pinned, from npm.
clients=build/npm-clients
if ! grep -qs '"version": "0.6.4"' "$clients/node_modules/ollama/package.json" ||
  ! grep -qs '"version": "6.30.1"' "$clients/node_modules/openai/package.json"; then
  mkdir -p "$clients"
  npm install --no-save --silent --no-audit --no-fund --prefix "$clients" ollama@0.6.4 openai@6.30.1 >/dev/null
fi
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
