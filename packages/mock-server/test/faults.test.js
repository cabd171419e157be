import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { startMock, REPO_SPEC } from './helpers/mock.js';
import { parseFaultPrefer } from '../src/faults/parse-fault-prefer.js';
import { createChaos } from '../src/faults/chaos.js';
import { seededRandom } from '../src/faults/seeded-random.js';

const KEY = { 'x-api-key': 'sk_test_faults' };

// A raw request, so a reset shows as the socket error it is (fetch would retry nothing, but
// hides the error code behind "fetch failed").
function request(url, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve) => {
    const req = http.request(url, { method, headers: { ...headers, connection: 'close' } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', (error) => resolve({ error }));
    });
    req.on('error', (error) => resolve({ error }));
    req.end(body);
  });
}

describe('faults: Prefer per request (spec mode)', () => {
  let m;
  const faults = [];
  before(async () => {
    m = await startMock({ spec: REPO_SPEC, onFault: (f) => faults.push(f) });
  });
  after(() => m.close());

  it('Prefer: delay=300 answers the usual response after the delay, and logs it with the request ID', async () => {
    const started = performance.now();
    const r = await m.api('/templates', { headers: { ...KEY, prefer: 'delay=300' } });
    const elapsed = performance.now() - started;
    assert.equal(r.status, 200);
    assert.ok(elapsed >= 290, `answered after ${elapsed} ms`);
    const logged = faults.find((f) => f.requestId === r.headers.get('x-request-id'));
    assert.deepEqual({ fault: logged?.fault, detail: logged?.detail, source: logged?.source }, { fault: 'delay', detail: '300 ms', source: 'prefer' });
  });

  it('Prefer: fault=reset destroys the connection without an answer, logged with a request ID', async () => {
    const before = faults.length;
    const r = await request(`${m.base}/templates`, { headers: { ...KEY, prefer: 'fault=reset' } });
    assert.ok(r.error, `expected a socket error, got status ${r.status}`);
    assert.match(r.error.code, /ECONNRESET|socket hang up/);
    const logged = faults.slice(before).find((f) => f.fault === 'reset');
    assert.match(logged.requestId, /^req_[0-9A-Za-z]{8,40}$/);
    assert.equal(logged.url, '/api/v1/templates');
  });

  it('Prefer: fault=malformed answers the success status with truncated JSON', async () => {
    const r = await m.api('/templates', { headers: { ...KEY, prefer: 'fault=malformed' } });
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), 'application/json');
    assert.ok(r.text.startsWith('{"data":['), r.text);
    assert.throws(() => JSON.parse(r.text), SyntaxError);
    assert.equal(Number(r.headers.get('content-length')), Buffer.byteLength(r.text));
  });

  it('Prefer: code=503, retry-after=1 answers the documented 503 with Retry-After: 1', async () => {
    const r = await m.api('/templates', { headers: { ...KEY, prefer: 'code=503, retry-after=1' } });
    assert.equal(r.status, 503);
    assert.equal(r.headers.get('retry-after'), '1');
    assert.equal(r.json.status, 503);
    assert.equal(r.json.requestId, r.headers.get('x-request-id'));
  });

  it('Prefer: code=429, retry-after=7 replaces the example Retry-After instead of sending two', async () => {
    const r = await m.api('/templates', { headers: { ...KEY, prefer: 'code=429;retry-after=7' } });
    assert.equal(r.status, 429);
    assert.equal(r.headers.get('retry-after'), '7');
  });

  it('a delay combines with another fault', async () => {
    const started = performance.now();
    const r = await request(`${m.base}/templates`, { headers: { ...KEY, prefer: 'delay=120, fault=reset' } });
    assert.ok(r.error);
    assert.ok(performance.now() - started >= 110);
  });

  it('a bad fault preference is a 400 naming Prefer, before anything else', async () => {
    for (const [prefer, word] of [['delay=soon', 'delay=soon'], ['fault=explode', 'fault=explode'], ['delay=999999', 'delay=999999'], ['code=503, retry-after=-1', 'retry-after=-1']]) {
      const r = await m.api('/templates', { headers: { ...KEY, prefer } });
      assert.equal(r.status, 400, prefer);
      assert.equal(r.json.errors[0].name, 'Prefer');
      assert.ok(r.json.errors[0].message.includes(word), r.json.errors[0].message);
    }
  });

  it('requests without faults are untouched and log nothing', async () => {
    const before = faults.length;
    const r = await m.api('/templates', { headers: KEY });
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('retry-after'), null);
    assert.equal(faults.length, before);
  });
});

describe('faults: --chaos for a whole run', () => {
  async function run(seed, n) {
    const faults = [];
    const m = await startMock({ spec: REPO_SPEC, chaos: 0.1, seed, onFault: (f) => faults.push(f) });
    const outcomes = [];
    try {
      for (let i = 0; i < n; i++) {
        const r = await request(`${m.base}/templates`, { headers: KEY });
        outcomes.push(r.error ? 'reset' : r.status === 200 ? 'ok' : `${r.status} retry-after=${r.headers['retry-after']}`);
      }
    } finally {
      await m.close();
    }
    return { outcomes, faults };
  }

  it('faults about the given share of requests with documented 503/429 + Retry-After or resets, the same for the same seed', async () => {
    const a = await run(7, 300);
    const b = await run(7, 300);
    const c = await run(8, 300);
    assert.deepEqual(a.outcomes, b.outcomes, 'the same seed gives the same faults');
    assert.notDeepEqual(a.outcomes, c.outcomes, 'another seed gives others');
    const faulted = a.outcomes.filter((o) => o !== 'ok');
    assert.ok(faulted.length >= 15 && faulted.length <= 50, `${faulted.length} of 300 faulted`);
    for (const o of faulted) assert.match(o, /^(reset|503 retry-after=[12]|429 retry-after=[12])$/);
    assert.ok(faulted.includes('reset') && faulted.some((o) => o.startsWith('503')) && faulted.some((o) => o.startsWith('429')), faulted.join(', '));
    assert.equal(a.faults.length, faulted.length, 'every fault is logged');
    assert.ok(a.faults.every((f) => f.source === 'chaos' && /^req_/.test(f.requestId)));
  });

  it('never answers a status the operation does not document (only resets there)', () => {
    const op = { responses: { byStatus: new Map([['200', {}]]) } };
    const decide = createChaos({ rate: 1, random: seededRandom(3) });
    for (let i = 0; i < 50; i++) assert.deepEqual(decide(op), { kind: 'reset' });
  });

  it('rejects a rate outside 0–1', () => {
    assert.throws(() => createChaos({ rate: 1.5, random: Math.random }), /between 0 and 1/);
  });
});

describe('faults: Prefer parsing', () => {
  it('reads delay, fault and retry-after beside code/example and ignores the rest', () => {
    assert.deepEqual(parseFaultPrefer('code=503, retry-after=1'), { delay: null, fault: null, retryAfter: '1' });
    assert.deepEqual(parseFaultPrefer('delay="300";fault=malformed'), { delay: 300, fault: 'malformed', retryAfter: null });
    assert.equal(parseFaultPrefer('code=404, example=notFound'), null);
    assert.equal(parseFaultPrefer('respond-async'), null);
  });
});
