#!/usr/bin/env python3
"""Draw a uniform random sample of 200 rows (seed 12 by default) from a `chimera ingest --format csv` output.

Usage: python3 sample_chimeraforge.py ROWS_CSV OUT_CSV [--seed N]
Adds empty label columns (kind_ok, stat_ok, unit_ok, context_ok, label_note) and the
original row index (row_index, 0-based, data rows only) for hand labelling.
"""
import argparse
import csv
import random

ap = argparse.ArgumentParser()
ap.add_argument("rows_csv")
ap.add_argument("out_csv")
ap.add_argument("--seed", type=int, default=12)
args = ap.parse_args()
rows_path, out_path = args.rows_csv, args.out_csv
with open(rows_path, newline="", encoding="utf-8") as f:
    reader = csv.DictReader(f)
    fields = reader.fieldnames
    rows = list(reader)
random.seed(args.seed)
idx = random.sample(range(len(rows)), 200)
extra = ["kind_ok", "stat_ok", "unit_ok", "context_ok", "label_note"]
with open(out_path, "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=["row_index"] + fields + extra)
    w.writeheader()
    for i in idx:
        r = dict(rows[i])
        r["row_index"] = i
        for e in extra:
            r[e] = ""
        w.writerow(r)
print(f"{len(rows)} rows read, 200 sampled (seed {args.seed}) -> {out_path}")
