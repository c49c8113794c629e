#!/usr/bin/env python3
"""Python standard-library streaming client, the reference for bench/compare_stream.sh: POSTs an
Ollama /api/generate request and reads the NDJSON response line by line (json-decoding each, as a
measuring client must), printing the number of chunks."""
import http.client
import json
import sys
import time

host, port, model = sys.argv[1], int(sys.argv[2]), sys.argv[3]
conn = http.client.HTTPConnection(host, port)
conn.request("POST", "/api/generate", body=json.dumps({"model": model, "prompt": "x", "stream": True}),
             headers={"Content-Type": "application/json"})
resp = conn.getresponse()
chunks = 0
for line in resp:
    if not line.strip():
        continue
    obj = json.loads(line)
    stamp = time.monotonic_ns()
    if obj.get("response"):
        chunks += 1
print(chunks)
