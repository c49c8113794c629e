#!/usr/bin/env python3
"""A cache of clean clang-tidy results, so that a warm CI run checks only what changed.

A file's key is the SHA-256 of what clang-tidy's verdict depends on: the clang-tidy version, the
.clang-tidy checks, the extra arguments, the compile flags (with the checkout's path removed) and
the preprocessed translation unit (the source and every header it includes, line markers left
out and the checkout's path removed, so another clone of the same commit has the same key). Only
files that clang-tidy passed are recorded; a finding is never cached.

Usage:
  tidy_cache.py pending BUILD_DIR KEYS_OUT FILE...   prints the files with no clean result cached
                                                     and writes "key file" lines to KEYS_OUT
  tidy_cache.py record KEYS_FILE                     records the keys of KEYS_FILE as clean
The cache lives in $CHIMERA_TIDY_CACHE (default ~/.cache/chimera/tidy).
"""
import concurrent.futures
import hashlib
import json
import os
import shlex
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CACHE = os.environ.get("CHIMERA_TIDY_CACHE", os.path.expanduser("~/.cache/chimera/tidy"))


def tool_identity():
    runner = subprocess.run(["clang-tidy", "--version"], capture_output=True, text=True)
    with open(os.path.join(ROOT, ".clang-tidy"), "rb") as f:
        checks = f.read()
    return runner.stdout.encode() + checks + os.environ.get("CHIMERA_TIDY_EXTRA", "").encode()


def preprocess_command(entry):
    args = entry.get("arguments") or shlex.split(entry["command"])
    out = []
    skip = False
    for a in args:
        if skip:
            skip = False
            continue
        if a == "-o":
            skip = True
            continue
        if a == "-c" or os.path.basename(a) == "ccache":
            continue
        out.append(a)
    return out + ["-E", "-P"], entry["directory"]


def key_of(entry, identity):
    cmd, cwd = preprocess_command(entry)
    pre = subprocess.run(cmd, cwd=cwd, capture_output=True)
    if pre.returncode != 0:
        return None  # let clang-tidy run and report it
    root = ROOT.encode()
    h = hashlib.sha256(identity)
    h.update(" ".join(cmd).replace(ROOT, ".").encode())
    h.update(pre.stdout.replace(root, b"."))
    return h.hexdigest()


def pending(build_dir, keys_out, files):
    with open(os.path.join(build_dir, "compile_commands.json")) as f:
        db = {os.path.realpath(os.path.join(e["directory"], e["file"])): e for e in json.load(f)}
    identity = tool_identity()
    todo = [(f, db.get(os.path.realpath(f))) for f in files]
    jobs = int(os.environ.get("CHIMERA_TIDY_JOBS", "2"))
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        keys = list(pool.map(lambda fe: key_of(fe[1], identity) if fe[1] else None, todo))
    cached = 0
    with open(keys_out, "w") as out:
        for (f, _), k in zip(todo, keys):
            if k and os.path.exists(os.path.join(CACHE, k)):
                cached += 1
                continue
            print(f)
            if k:
                out.write(f"{k} {f}\n")
    print(f"tidy cache: {cached} of {len(files)} file(s) unchanged since a clean check",
          file=sys.stderr)


def record(keys_file):
    os.makedirs(CACHE, exist_ok=True)
    with open(keys_file) as f:
        for line in f:
            key, name = line.rstrip("\n").split(" ", 1)
            with open(os.path.join(CACHE, key), "w") as c:
                c.write(name + "\n")


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "pending":
        pending(sys.argv[2], sys.argv[3], sys.argv[4:])
    elif len(sys.argv) == 3 and sys.argv[1] == "record":
        record(sys.argv[2])
    else:
        sys.exit(__doc__)
