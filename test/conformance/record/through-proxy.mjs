#!/usr/bin/env node
/**
 * Records contracts from a live server through `sais-mock record`, not from the TypeScript
 * client against spec mode: the upstream is sais-mock `--stateful` (answers that depend on
 * earlier calls, a 429 with Retry-After, a 401 then a token refresh), the recording proxy sits
 * in front of it, and this script sends what an SDK sends (fetch, with its headers and
 * generated Idempotency-Keys). The contracts it writes are then replayed by every SDK:
 *
 *   node test/conformance/record/through-proxy.mjs --out /tmp/recorded
 *   npm run conformance -- --contracts /tmp/recorded --allow-uncovered
 *
 * The credentials sent are made-up "real" ones; none may reach a file (the recorder replaces
 * them by the contract credentials and refuses to write a file that still holds one).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..', '..');
const { createMockServer, createRecorder } = await import(path.join(repo, 'packages', 'mock-server', 'src', 'index.js'));

const { values } = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
if (values.help || !values.out) {
  console.log('usage: node test/conformance/record/through-proxy.mjs --out DIR   (DIR must be empty or missing)');
  process.exit(values.help ? 0 : 2);
}
const out = path.resolve(values.out);
if (existsSync(out) && readdirSync(out).length > 0) {
  console.error(`through-proxy: --out ${values.out} is not empty; the recorder never overwrites, so give it an empty folder`);
  process.exit(2);
}

const API_KEY = 'sk_live_through_proxy_0001';
const OLD_TOKEN = 'eyJyZWFs.ZXhwaXJlZA.c2Vzc2lvbg';

const upstream = createMockServer({ spec: path.join(repo, 'openapi.yaml'), stateful: { stepMs: 20 }, seed: 7 });
const { url: upstreamUrl } = await upstream.listen(0);
const recorder = createRecorder({ spec: path.join(repo, 'openapi.yaml'), upstream: upstreamUrl, out, root: repo, secrets: [API_KEY], log: (line) => console.log(line) });
const { url } = await recorder.listen(0);
const base = `${url}/api/v1`;
const key = { 'x-api-key': API_KEY };
const json = { ...key, 'content-type': 'application/json' };

async function call(method, p, { headers = key, body } = {}) {
  const res = await fetch(`${base}${p}`, { method, headers, body });
  const type = res.headers.get('content-type') ?? '';
  const value = /json/.test(type) ? await res.json() : await res.arrayBuffer();
  return { status: res.status, headers: res.headers, value };
}

try {
  await call('GET', '/templates?limit=2&kind=image');
  // A create rate limited once, then retried with the same Idempotency-Key (R3.6).
  const idem = randomUUID();
  const template = JSON.stringify({ name: 'Recorded through the proxy', kind: 'image', prompt: 'a harbour at dawn' });
  await call('POST', '/templates', { headers: { ...json, 'idempotency-key': idem, prefer: 'code=429, retry-after=1' }, body: template });
  const created = await call('POST', '/templates', { headers: { ...json, 'idempotency-key': idem }, body: template });
  const id = created.value.id;
  const read = await call('GET', `/templates/${id}`);
  await call('PATCH', `/templates/${id}`, { headers: { ...json, 'if-match': read.headers.get('etag') }, body: JSON.stringify({ name: 'Renamed through the proxy' }) });
  await call('GET', '/templates/tpl_01JDNOSUCHTEMPLATE00000000');
  // A job: accepted, read back, its events streamed as it moves (20 ms a state).
  const job = await call('POST', '/generate/image', { headers: { ...json, 'idempotency-key': randomUUID() }, body: JSON.stringify({ prompt: 'a lighthouse in fog', width: 1024, height: 768 }) });
  await call('GET', `/jobs/${job.value.id}`);
  await call('GET', `/jobs/${job.value.id}/events`, { headers: { ...key, accept: 'text/event-stream' } });
  await call('GET', '/assets/ast_01JD8H1J3K5M7N9P1Q3R5S7T9V/content');
  // A multipart upload (the asset upload).
  const form = new FormData();
  form.append('description', 'Recorded through the proxy');
  form.append('file', new Blob([readFileSync(path.join(repo, 'examples', 'assets', 'sample.png'))], { type: 'image/png' }), 'frame.png');
  await call('POST', '/assets', { body: form });
  // An expired access token: 401, the refresh (no credentials), the call repeated (R1.4).
  await call('GET', '/auth/me', { headers: { authorization: `Bearer ${OLD_TOKEN}`, prefer: 'code=401' } });
  const tokens = await call('POST', '/auth/refresh', { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ refreshToken: 'rt_realrefreshtokenthroughproxy01' }) });
  await call('GET', '/auth/me', { headers: { authorization: `Bearer ${tokens.value.accessToken}` } });
  await recorder.settled();
  console.log(`through-proxy: ${recorder.written.length} contracts in ${path.relative(process.cwd(), out) || '.'}`);
} finally {
  await recorder.close();
  await upstream.close();
}
