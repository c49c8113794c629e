#!/usr/bin/python3
"""Summarises one client run of bench/compare_clients.sh against the fake server's truth.

Usage: summarize.py CLIENT_JSONL TRUTH_JSON TIME_FILE EXPECTED_REQUESTS
CLIENT_JSONL: chimera load's --jsonl (load_request records) or the reference clients' lines
({"ttft_ms", "itl_ms": [...], "tokens"}). TRUTH_JSON: the fake server's /fake/truth (per request,
when it received it and when each token's write began). TIME_FILE: `/usr/bin/time -f "%U %S"`.
Prints one JSON object: requests ok/lost, mean TTFT and ITL of the client and of the truth, their
difference (the client's error), and CPU microseconds per token.
"""
import json
import sys

client_file, truth_file, time_file, expected = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
ttft, itl, tokens, ok = [], [], 0, 0
for line in open(client_file):
    r = json.loads(line)
    if r.get("type") == "run" or r.get("type") == "load_level":
        continue
    if r.get("type") == "load_request":
        q = r["request"]
        if not q["ok"]:
            continue
        ok += 1
        ttft.append(q["ttft_ms"])
        if q["itl_ms"]:
            itl.extend([q["itl_ms"]["mean"]] * q["itl_ms"]["n"])  # the mean, weighted by n
        tokens += q["output_tokens"] or 0
        continue
    if "error" in r:
        continue
    ok += 1
    ttft.append(r["ttft_ms"])
    itl.extend(r["itl_ms"])
    tokens += r["tokens"] or 0
truth = json.load(open(truth_file))
t_ttft = [(t["token_ns"][0] - t["received_ns"]) / 1e6 for t in truth if t["token_ns"]]
t_itl = [(b - a) / 1e6 for t in truth for a, b in zip(t["token_ns"], t["token_ns"][1:])]
user, sys_ = (float(x) for x in open(time_file).read().split()[-2:])
mean = lambda v: sum(v) / len(v) if v else float("nan")
print(json.dumps({
    "ok": ok, "lost": max(0, expected - ok), "tokens": tokens,
    "ttft_ms": mean(ttft), "truth_ttft_ms": mean(t_ttft), "ttft_error_ms": mean(ttft) - mean(t_ttft),
    "itl_ms": mean(itl), "truth_itl_ms": mean(t_itl), "itl_error_ms": mean(itl) - mean(t_itl),
    "cpu_us_per_token": (user + sys_) / tokens * 1e6 if tokens else float("nan"),
}))
