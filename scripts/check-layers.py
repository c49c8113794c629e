#!/usr/bin/env python3
"""The layer check: every #include "chimera/<module>/..." in src/<m>/ and include/chimera/<m>/
must name <m> itself or a module <m> may include (the table under "## Layers" in ARCHITECTURE.md,
closed transitively); the table must have no cycle and name every module. Exit 1 with each
offending include (file:line) otherwise."""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read_table():
    text = open(os.path.join(ROOT, "ARCHITECTURE.md"), encoding="utf-8").read()
    section = text.split("## Layers", 1)[1].split("\n## ", 1)[0]
    table = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 2 or cells[0] in ("module", "---") or set(cells[0]) <= {"-"}:
            continue
        table[cells[0]] = {d.strip() for d in cells[1].split(",") if d.strip()}
    return table


def closure(table):
    allowed, state = {}, {}

    def visit(m, path):
        if state.get(m) == "busy":
            sys.exit("layer table: cycle " + " -> ".join(path + [m]))
        if m in allowed:
            return allowed[m]
        state[m] = "busy"
        out = set()
        for d in table.get(m, ()):
            if d not in table:
                sys.exit(f"layer table: {m} may include '{d}', which has no row")
            out |= {d} | visit(d, path + [m])
        state[m] = "done"
        allowed[m] = out
        return out

    for m in table:
        visit(m, [])
    return allowed


def main():
    table = read_table()
    allowed = closure(table)
    problems = []
    modules = set()
    for base in ("src", os.path.join("include", "chimera")):
        for m in sorted(os.listdir(os.path.join(ROOT, base))):
            folder = os.path.join(ROOT, base, m)
            if not os.path.isdir(folder):
                continue
            modules.add(m)
            if m not in table:
                problems.append(f"{base}/{m}: module without a row in ARCHITECTURE.md's layer table")
                continue
            for dirpath, _, files in os.walk(folder):
                for f in sorted(files):
                    if not f.endswith((".cpp", ".hpp", ".h")):
                        continue
                    path = os.path.join(dirpath, f)
                    for n, line in enumerate(open(path, encoding="utf-8", errors="replace"), 1):
                        hit = re.match(r'\s*#\s*include\s+"chimera/([a-z_]+)/', line)
                        if hit and hit.group(1) != m and hit.group(1) not in allowed[m]:
                            problems.append(f"{os.path.relpath(path, ROOT)}:{n}: {m} includes "
                                            f"{hit.group(1)}, which is not below it")
    for m in sorted(set(table) - modules):
        problems.append(f"layer table: '{m}' names no module folder")
    for p in problems:
        print(p)
    print(f"layers: {len(modules)} modules, {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
