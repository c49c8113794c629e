// Conformance of `chimera serve` with the official clients: the `ollama` npm client (ollama-js)
// and the `openai` npm client, pinned and installed by scripts/setup.sh into build/npm-clients.
// Usage: node conformance.mjs CLIENTS_DIR URL MODEL
// Prints one line per check ("ok NAME" or "FAIL NAME: why") and exits 1 when any check failed.
import { createRequire } from 'node:module';

const [clientsDir, url, model] = process.argv.slice(2);
const require = createRequire(clientsDir.replace(/\/?$/, '/'));
const { Ollama } = require('ollama');
const OpenAI = require('openai').default ?? require('openai');

const ollama = new Ollama({ host: url });
const openai = new OpenAI({ baseURL: url + '/v1', apiKey: 'unused', maxRetries: 0 });
const opts = { num_predict: 6, ignore_eos: true, seed: 1 };
let failed = 0;

async function check(name, fn) {
  try {
    await fn();
    console.log(`ok ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e && e.stack ? e.stack.split('\n').slice(0, 3).join(' | ') : e}`);
  }
}
function expect(cond, what) {
  if (!cond) throw new Error(what);
}
async function rejects(fn, status, what) {
  try {
    await fn();
  } catch (e) {
    const got = e.status ?? e.status_code;
    expect(got === status, `${what}: expected HTTP ${status}, got ${got} (${e.message})`);
    return e;
  }
  throw new Error(`${what}: expected HTTP ${status}, the call succeeded`);
}

// ---- ollama-js ----
await check('ollama version', async () => {
  const v = await ollama.version();
  expect(typeof v.version === 'string' && v.version.length > 0, 'no version');
});
await check('ollama list', async () => {
  const l = await ollama.list();
  expect(l.models.some((m) => m.name === model), `${model} not listed`);
});
await check('ollama show', async () => {
  const s = await ollama.show({ model });
  expect(s.details && s.details.format === 'gguf', 'no details.format');
  expect(s.model_info && typeof s.model_info === 'object', 'no model_info');
});
await check('ollama generate (not streamed)', async () => {
  const r = await ollama.generate({ model, prompt: 'Hello', options: opts });
  expect(r.done === true && r.eval_count === 6, `done ${r.done}, eval_count ${r.eval_count}`);
  expect(typeof r.response === 'string' && r.response.length > 0, 'empty response');
});
await check('ollama generate (streamed)', async () => {
  let text = '', last = null;
  for await (const part of await ollama.generate({ model, prompt: 'Hello', stream: true, options: opts })) {
    text += part.response;
    last = part;
  }
  expect(last && last.done && last.eval_count === 6, 'no final part with eval_count 6');
  expect(text.length > 0, 'no text');
});
await check('ollama chat with system prompt and history (streamed)', async () => {
  const messages = [
    { role: 'system', content: 'You are terse.' },
    { role: 'user', content: 'Hi' },
    { role: 'assistant', content: 'Hello.' },
    { role: 'user', content: 'Again' },
  ];
  let text = '', last = null;
  for await (const part of await ollama.chat({ model, messages, stream: true, options: opts })) {
    text += part.message.content;
    last = part;
  }
  expect(last && last.done && last.done_reason === 'length', `done_reason ${last && last.done_reason}`);
  expect(text.length > 0, 'no text');
});
await check('ollama chat (not streamed)', async () => {
  const r = await ollama.chat({ model, messages: [{ role: 'user', content: 'Hi' }], options: opts });
  expect(r.message.role === 'assistant' && r.message.content.length > 0, 'no assistant message');
});
await check('ollama keep_alive as a Go duration and unload with 0', async () => {
  await ollama.generate({ model, prompt: '', keep_alive: '5m0s' });
  expect((await ollama.ps()).models.some((m) => m.name === model), 'not loaded after keep_alive 5m0s');
  await ollama.generate({ model, prompt: '', keep_alive: 0 });
  expect(!(await ollama.ps()).models.some((m) => m.name === model), 'still loaded after keep_alive 0');
});
await check('ollama abort frees the stream', async () => {
  const stream = await ollama.generate({ model, prompt: 'Hello', stream: true, options: { num_predict: 2000 } });
  let parts = 0;
  try {
    for await (const _ of stream) {
      if (++parts === 2) stream.abort();
    }
  } catch (e) {
    expect(e.name === 'AbortError', `unexpected ${e.name}`);
  }
  const r = await ollama.generate({ model, prompt: 'Hi', options: opts });
  expect(r.eval_count === 6, 'the next request did not run');
});
await check('ollama unknown model is a 404', async () => {
  await rejects(() => ollama.generate({ model: 'no-such-model', prompt: 'x' }), 404, 'unknown model');
});
await check('ollama wrong option type is a 400', async () => {
  await rejects(() => ollama.generate({ model, prompt: 'x', options: { num_predict: '10' } }), 400, 'num_predict "10"');
});
await check('ollama unsupported endpoint names itself', async () => {
  const e = await rejects(() => ollama.embed({ model, input: 'x' }), 501, 'embed');
  expect(/not supported/.test(e.message), e.message);
});

// ---- openai ----
await check('openai models.list', async () => {
  const page = await openai.models.list();
  expect(page.data.some((m) => m.id === model), `${model} not in /v1/models`);
});
await check('openai chat.completions (not streamed)', async () => {
  const r = await openai.chat.completions.create({
    model, messages: [{ role: 'system', content: 'terse' }, { role: 'user', content: 'Hi' }],
    max_tokens: 5, ignore_eos: true,
  });
  expect(r.object === 'chat.completion', r.object);
  expect(r.choices[0].message.content.length > 0, 'empty content');
  expect(r.usage.completion_tokens === 5, `completion_tokens ${r.usage.completion_tokens}`);
  expect(r.choices[0].finish_reason === 'length', r.choices[0].finish_reason);
});
await check('openai chat.completions (streamed, include_usage)', async () => {
  const stream = await openai.chat.completions.create({
    model, messages: [{ role: 'user', content: 'Hi' }], max_tokens: 7, ignore_eos: true,
    stream: true, stream_options: { include_usage: true },
  });
  let text = '', usage = null, finish = null;
  for await (const chunk of stream) {
    if (chunk.choices.length) {
      text += chunk.choices[0].delta.content ?? '';
      finish = chunk.choices[0].finish_reason ?? finish;
    }
    if (chunk.usage) usage = chunk.usage;
  }
  expect(text.length > 0, 'no text');
  expect(usage && usage.completion_tokens === 7, `usage ${JSON.stringify(usage)}`);
  expect(finish === 'length', `finish_reason ${finish}`);
});
await check('openai completions (streamed and not)', async () => {
  const r = await openai.completions.create({ model, prompt: 'Hi', max_tokens: 4, ignore_eos: true });
  expect(r.choices[0].text.length > 0 && r.usage.completion_tokens === 4, 'bad completion');
  let text = '';
  for await (const c of await openai.completions.create({ model, prompt: 'Hi', max_tokens: 4, ignore_eos: true, stream: true })) {
    text += c.choices[0]?.text ?? '';
  }
  expect(text.length > 0, 'no streamed text');
});
await check('openai stop sequence is not in the text', async () => {
  const base = await openai.completions.create({ model, prompt: 'Hi', max_tokens: 12, temperature: 0, ignore_eos: true });
  const full = base.choices[0].text;
  const stop = full.slice(Math.floor(full.length / 2), Math.floor(full.length / 2) + 2);
  const cut = await openai.completions.create({ model, prompt: 'Hi', max_tokens: 12, temperature: 0, ignore_eos: true, stop: [stop] });
  expect(cut.choices[0].text === full.slice(0, full.indexOf(stop)), `cut "${cut.choices[0].text}" of "${full}" at "${stop}"`);
  expect(cut.choices[0].finish_reason === 'stop', cut.choices[0].finish_reason);
});
await check('openai unknown model is a NotFoundError', async () => {
  const e = await rejects(() => openai.chat.completions.create({ model: 'no-such-model', messages: [{ role: 'user', content: 'x' }] }), 404, 'unknown model');
  expect(e.code === 'model_not_found', `code ${e.code}`);
});
await check('openai bad parameter is a BadRequestError', async () => {
  await rejects(() => openai.chat.completions.create({ model, messages: [{ role: 'user', content: 'x' }], max_tokens: 'many' }), 400, 'max_tokens "many"');
});

// ---- structured output (llama.cpp's grammar sampler) ----
await check('ollama format json and a JSON schema', async () => {
  const j = await ollama.generate({ model, prompt: 'Hi', format: 'json', options: { num_predict: 8, seed: 2 } });
  expect(j.response.trimStart().startsWith('{'), `format json gave "${j.response}"`);
  const schema = { type: 'object', properties: { n: { type: 'integer' } }, required: ['n'], additionalProperties: false };
  const s = await ollama.generate({ model, prompt: 'Hi', format: schema, options: { num_predict: 200, seed: 2 } });
  const v = JSON.parse(s.response);
  expect(Number.isInteger(v.n) && Object.keys(v).length === 1, `schema output ${s.response}`);
  await rejects(() => ollama.generate({ model, prompt: 'Hi', format: 'yaml' }), 400, 'format "yaml"');
});
await check('openai response_format json_object', async () => {
  const r = await openai.chat.completions.create({ model, messages: [{ role: 'user', content: 'Hi' }], max_tokens: 8, seed: 2, response_format: { type: 'json_object' } });
  expect(r.choices[0].message.content.trimStart().startsWith('{'), r.choices[0].message.content);
});
await check('ollama capabilities it lacks are 400s, never ignored', async () => {
  await rejects(() => ollama.chat({ model, messages: [{ role: 'user', content: 'Hi' }], tools: [{ type: 'function', function: { name: 'f', description: 'f', parameters: { type: 'object', properties: {} } } }] }), 400, 'tools');
  await rejects(() => ollama.generate({ model, prompt: 'Hi', think: true }), 400, 'think');
  await rejects(() => ollama.generate({ model, prompt: 'Hi', images: ['aGk='] }), 400, 'images');
  const raw = await ollama.generate({ model, prompt: 'Hi', raw: true, options: { num_predict: 1 } });
  expect(raw.done, 'raw generate');
});

process.exit(failed ? 1 : 0);
