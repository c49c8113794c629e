#!/usr/bin/env bash
# The main job on a fresh machine: set up and build, then `chimera demo`: the demo model, two
# chimera serve instances on free loopback ports, a small benchmark written as artifacts, and the
# baseline_vs_chimera agents over them; every report lands in ./chimera-demo/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh release >&2
exec build/release/apps/chimera/chimera demo "$@"
