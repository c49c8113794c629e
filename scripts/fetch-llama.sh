#!/usr/bin/env bash
# Obtains the llama.cpp source for the embedded engine from the npm registry, idempotently:
# packs node-llama-cpp at a pinned version, checks the tarball against the pinned sha512
# integrity (and against what the registry reports), clones the bundled git release into
# third_party/llama.cpp and checks out the pinned commit. See ../shared/docs/llama-cpp.md.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGE=node-llama-cpp
VERSION=3.21.1
INTEGRITY='sha512-E3N0Ev2Va0wzydvXYFwM9Hvyo07PoWjt8T/9GMc43Cvt8YkV/NU/tYUgEMC1grTPv2o9PRjQi0G3Wb5P/awiMg=='
COMMIT=80fb11ac73e66d89eae2c6a91d8a77428fa733ed
DEST=third_party/llama.cpp

if [ -d "$DEST/.git" ] && [ "$(git -C "$DEST" rev-parse HEAD 2>/dev/null)" = "$COMMIT" ]; then
  exit 0
fi
command -v npm >/dev/null || { echo "fetch-llama: npm is missing (scripts/setup.sh installs it)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "fetch-llama: npm pack $PACKAGE@$VERSION" >&2
(cd "$work" && npm pack "$PACKAGE@$VERSION" --silent >/dev/null)
tarball="$work/$PACKAGE-$VERSION.tgz"
actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
if [ "$actual" != "$INTEGRITY" ]; then
  echo "fetch-llama: integrity mismatch for $PACKAGE@$VERSION: got $actual, pinned $INTEGRITY" >&2
  exit 1
fi
registry=$(npm view "$PACKAGE@$VERSION" dist.integrity 2>/dev/null || true)
if [ -n "$registry" ] && [ "$registry" != "$INTEGRITY" ]; then
  echo "fetch-llama: the registry now reports $registry for $PACKAGE@$VERSION (pinned $INTEGRITY)" >&2
  exit 1
fi
tar -xzf "$tarball" -C "$work" package/llama/gitRelease.bundle
rm -rf "$DEST"
mkdir -p third_party
git -c advice.detachedHead=false clone -q "$work/package/llama/gitRelease.bundle" "$DEST"
git -C "$DEST" -c advice.detachedHead=false checkout -q "$COMMIT"
[ "$(git -C "$DEST" rev-parse HEAD)" = "$COMMIT" ] || { echo "fetch-llama: commit $COMMIT not in the bundle" >&2; exit 1; }
echo "fetch-llama: llama.cpp $COMMIT in $DEST" >&2
