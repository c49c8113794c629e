#!/usr/bin/python3
"""A streaming client built the way vLLM's benchmark request function is
(vllm/benchmarks/lib/endpoint_request_func.py, async_request_openai_chat_completions): aiohttp,
one shared ClientSession, `async for chunk in response.content` (line by line), TTFT at the first
chunk with choices (a role-only first chunk counts, as in vLLM), ITL between later chunks,
usage's completion_tokens. The reference client of
bench/compare_clients.sh. Runs N requests at concurrency C and prints one JSON line per request:
{"ttft_ms": ..., "itl_ms": [...], "tokens": ...}.

Usage: vllm_style_client.py URL MODEL N C MAX_TOKENS [--content-ttft]
--content-ttft: TTFT at the first chunk with content instead (role-only chunks skipped), which is
chimera's definition: the same client then shows its timing error apart from the definition.
"""
import asyncio
import json
import sys
import time

import aiohttp  # Debian's python3-aiohttp


async def one(session, url, model, max_tokens, out, content_ttft):
    payload = {
        "model": model,
        "messages": [{"role": "user", "content": "Say something."}],
        "max_tokens": max_tokens,
        "stream": True,
        "stream_options": {"include_usage": True},
    }
    ttft, itl, tokens = 0.0, [], None
    st = time.perf_counter()
    most_recent = st
    async with session.post(url=url + "/v1/chat/completions", json=payload) as response:
        if response.status != 200:
            out.append({"error": response.status})
            return
        async for chunk_bytes in response.content:
            chunk_bytes = chunk_bytes.strip()
            if not chunk_bytes:
                continue
            chunk = chunk_bytes.decode("utf-8").removeprefix("data: ")
            if chunk == "[DONE]":
                continue
            timestamp = time.perf_counter()
            data = json.loads(chunk)
            if choices := data.get("choices"):
                # As vLLM: the first chunk with choices is the first token, even a role-only one.
                if content_ttft and not choices[0].get("delta", {}).get("content"):
                    continue
                if ttft == 0.0:
                    ttft = timestamp - st
                else:
                    itl.append(timestamp - most_recent)
                most_recent = timestamp
            elif usage := data.get("usage"):
                tokens = usage.get("completion_tokens")
    out.append({"ttft_ms": ttft * 1e3, "itl_ms": [x * 1e3 for x in itl], "tokens": tokens})


async def main():
    url, model, n, c, max_tokens = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    content_ttft = "--content-ttft" in sys.argv[6:]
    timeout = aiohttp.ClientTimeout(total=6 * 60 * 60)
    connector = aiohttp.TCPConnector(limit=0)
    out = []
    sem = asyncio.Semaphore(c)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        async def limited():
            async with sem:
                try:
                    await one(session, url, model, max_tokens, out, content_ttft)
                except Exception as e:  # counted as lost, as vLLM's client records failures
                    out.append({"error": type(e).__name__})
        await asyncio.gather(*(limited() for _ in range(n)))
    for r in out:
        print(json.dumps(r))


asyncio.run(main())
