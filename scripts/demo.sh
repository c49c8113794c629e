#!/usr/bin/env bash
# The main job on a fresh machine: set up, build, then ingest the example artifacts and print
# the consolidated summary. (Later issues turn this into `chimera demo`: benchmark, ingest,
# analyse and report on the embedded engine.)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh release >&2
exec build/release/apps/chimera/chimera ingest examples/artifacts "$@"
