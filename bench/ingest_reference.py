#!/usr/bin/env python3
"""Reference implementation for bench/compare_ingest.sh: the same ingest with Python 3's standard
library only (os, csv, json). Walks DIR in chimera's order, parses every CSV/JSON/Markdown file,
collects one row per numeric value (CSV cells, JSON leaves and numeric strings, Markdown table
cells), counts headings, and prints a one-line summary. Not a test oracle: a speed baseline."""
import csv
import io
import json
import os
import sys


def walk(d):
    for name in sorted(os.listdir(d), key=lambda n: (n.upper(), n)):
        p = os.path.join(d, name)
        if os.path.islink(p):
            continue
        if os.path.isdir(p):
            yield from walk(p)
        elif name.lower().endswith(('.csv', '.json', '.md', '.markdown')):
            yield p


def number(s):
    s = s.strip().replace(',', '')
    if s.endswith('%'):
        s = s[:-1]
    try:
        return float(s)
    except ValueError:
        return None


def json_rows(v, path, out):
    if isinstance(v, dict):
        for k, x in v.items():
            json_rows(x, f"{path}.{k}" if path else k, out)
    elif isinstance(v, list):
        for i, x in enumerate(v):
            json_rows(x, f"{path}[{i}]", out)
    elif isinstance(v, (int, float)) and not isinstance(v, bool):
        out.append((path, float(v)))
    elif isinstance(v, str):
        n = number(v)
        if n is not None:
            out.append((path, n))


def main():
    rows, headings, files = [], 0, 0
    for p in walk(sys.argv[1]):
        files += 1
        data = open(p, 'rb').read()
        text = data.decode('utf-8', errors='replace')
        if p.endswith('.csv'):
            try:
                reader = csv.reader(io.StringIO(text, newline=''))
                header = next(reader, [])
                for r, rec in enumerate(reader):
                    for c, cell in enumerate(rec[:len(header)]):
                        n = number(cell)
                        if n is not None:
                            rows.append((p, f"[{r}].{header[c]}", n))
            except csv.Error:
                continue
        elif p.endswith('.json'):
            out = []
            try:
                json_rows(json.loads(text), '', out)
            except ValueError:
                continue
            rows.extend((p, loc, n) for loc, n in out)
        else:
            for line in text.splitlines():
                if line.lstrip().startswith('#'):
                    headings += 1
                if '|' in line:
                    for cell in line.strip().strip('|').split('|'):
                        n = number(cell)
                        if n is not None:
                            rows.append((p, 'table', n))
    print(f"{files} files, {len(rows)} metric rows, {headings} headings")


if __name__ == '__main__':
    main()
