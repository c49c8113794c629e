// The official `ollama` npm client (ollama-js) as a measuring client, the second reference of
// bench/compare_clients.sh: N streamed chat requests at concurrency C through `ollama.chat({stream:
// true})`, TTFT at the first part with content, ITL between later ones, eval_count of the final
// part. Prints one JSON line per request: {"ttft_ms": ..., "itl_ms": [...], "tokens": ...}.
// Usage: node ollama_npm_client.mjs URL MODEL N C NUM_PREDICT   (ollama installed beside it)
import { Ollama } from 'ollama';

const [url, model, n, c, numPredict] = process.argv.slice(2);
const client = new Ollama({ host: url });
const ms = (a, b) => Number(b - a) / 1e6;

async function one() {
  const st = process.hrtime.bigint();
  let first = null, last = null, tokens = null;
  const itl = [];
  const stream = await client.chat({
    model, messages: [{ role: 'user', content: 'Say something.' }], stream: true,
    options: { num_predict: Number(numPredict) },
  });
  for await (const part of stream) {
    const t = process.hrtime.bigint();
    if (part.message && part.message.content) {
      if (first === null) first = t; else itl.push(ms(last, t));
      last = t;
    }
    if (part.done) tokens = part.eval_count ?? null;
  }
  return { ttft_ms: first === null ? 0 : ms(st, first), itl_ms: itl, tokens };
}

const out = [];
let next = 0;
async function worker() {
  while (next < Number(n)) {
    next++;
    try { out.push(await one()); } catch (e) { out.push({ error: String(e && e.name) }); }
  }
}
await Promise.all(Array.from({ length: Number(c) }, worker));
for (const r of out) console.log(JSON.stringify(r));
