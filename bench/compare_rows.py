#!/usr/bin/env python3
"""Compares two `chimera ingest --format csv` outputs of the same tree (two builds): rows only in
one, and rows that changed, counted by column and by file, keyed by (file, locator) (the rows of
one locator compared in order). Used to read every change a rule makes before it is kept.

Usage: bench/compare_rows.py OLD.csv NEW.csv [EXAMPLES]
  e.g. build/old/apps/chimera/chimera ingest TREE --format csv -o old.csv -q
       build/release/apps/chimera/chimera ingest TREE --format csv -o new.csv -q
       bench/compare_rows.py old.csv new.csv 20
"""
import collections
import csv
import sys


def load(path):
    rows = collections.OrderedDict()
    with open(path, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows.setdefault((r["file"], r["locator"]), []).append(r)
    return rows


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    old, new = load(sys.argv[1]), load(sys.argv[2])
    examples = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    count = lambda d: sum(len(v) for v in d.values())
    only_old = [k for k in old if k not in new]
    only_new = [k for k in new if k not in old]
    columns, files, shown = collections.Counter(), collections.Counter(), 0
    changed = 0
    for key, rows in old.items():
        for a, b in zip(rows, new.get(key, [])):
            diff = [c for c in a if c not in ("file", "locator") and a[c] != b.get(c)]
            if not diff:
                continue
            changed += 1
            files[key[0]] += 1
            columns.update(diff)
            if shown < examples:
                shown += 1
                print(f"{key[0]} {key[1]}")
                for c in diff:
                    print(f"    {c}: {a[c][:70]!r} -> {b.get(c, '')[:70]!r}")
    print(f"rows: {count(old)} old, {count(new)} new; locators only old {len(only_old)}, "
          f"only new {len(only_new)}; changed rows {changed}")
    for k in only_old[:examples]:
        print("  - ", *k)
    for k in only_new[:examples]:
        print("  + ", *k)
    print("changed columns:", dict(columns.most_common()))
    print("changed rows by file:", dict(files.most_common(examples)))


if __name__ == "__main__":
    main()
