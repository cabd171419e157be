import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { startMock, AUTH } from './helpers/mock.js';

// A small deterministic PRNG so a failing fuzz case can be reproduced.
function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('limits, malformed input and fuzzing', () => {
  let m;
  before(async () => {
    m = await startMock({ maxBodySize: 1024 });
  });
  after(() => m.close());

  it('answers an oversized body with 413', async () => {
    const r = await m.api('/templates', {
      method: 'POST',
      headers: { ...AUTH, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'n', kind: 'image', prompt: 'x'.repeat(2000) }),
    });
    assert.equal(r.status, 413);
    assert.equal(r.json.status, 413);
  });

  it('answers malformed JSON with 400 naming the parse error', async () => {
    const r = await m.api('/templates', { method: 'POST', headers: { ...AUTH, 'content-type': 'application/json' }, body: '{"name": "n",' });
    assert.equal(r.status, 400);
    assert.equal(r.json.errors[0].location, 'body');
    assert.match(r.json.errors[0].message, /^not valid JSON/);
  });

  it('answers raw malformed HTTP with 400 and keeps serving', async () => {
    const reply = await new Promise((resolve, reject) => {
      const socket = net.connect(new URL(m.url).port, '127.0.0.1');
      let data = '';
      socket.on('data', (c) => (data += c));
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
      socket.write('GARBAGE \x00\x01 NOT-HTTP\r\n\r\n');
    });
    assert.match(reply, /^HTTP\/1\.1 400/);
    assert.equal((await m.api('/health/live')).status, 200);
  });

  it('answers odd but legal request lines without 5xx', async () => {
    const statusOf = (line) =>
      new Promise((resolve, reject) => {
        const socket = net.connect(new URL(m.url).port, '127.0.0.1');
        let data = '';
        socket.on('data', (c) => (data += c));
        socket.on('end', () => resolve(Number(data.slice(9, 12))));
        socket.on('error', reject);
        socket.write(`${line}\r\nHost: x\r\nX-API-Key: k\r\nConnection: close\r\n\r\n`);
      });
    const cases = {
      'OPTIONS * HTTP/1.1': 404,
      'GET http://x/api/v1/health/live HTTP/1.1': 200,
      'GET /api/v1/health/live?%zz=%%&a[b]=1 HTTP/1.1': 200,
      'GET /api/v1/templates/%ff%fe HTTP/1.1': 400,
      'M-SEARCH /api/v1/templates HTTP/1.1': 405,
      'GET /api/v1/templates/ HTTP/1.1': 200,
    };
    const seen = {};
    for (const line of Object.keys(cases)) seen[line] = await statusOf(line);
    assert.deepEqual(seen, cases);
  });

  it('never answers 5xx nor crashes on fuzzed requests', async () => {
    const rand = prng(20261121);
    const pick = (list) => list[Math.floor(rand() * list.length)];
    const junk = (n) => Array.from({ length: n }, () => String.fromCharCode(Math.floor(rand() * 0x2ff) + 1)).join('');
    const paths = ['/templates', '/templates/tpl_1', '/templates/%E0%A4%A', '/assets', '/assets/x/content', '/generate/image', '/jobs/j/events', '/health/live', '/templates/' + 'a'.repeat(5000), '/%00', '/templates?limit=1&limit=2', '/templates?limit[]=x&kind=&tags=,,,'];
    const bodies = [
      () => junk(Math.floor(rand() * 200)),
      () => '['.repeat(5000),
      () => '{"a":'.repeat(3000),
      () => '['.repeat(20000) + ']'.repeat(20000),
      () => JSON.stringify({ name: junk(5), kind: pick(['image', 1, null, {}]), prompt: [junk(3)], __proto__: { x: 1 } }),
      () => '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"p": 1}}}',
      () => Buffer.from(Array.from({ length: 300 }, () => Math.floor(rand() * 256))),
      () => undefined,
    ];
    const types = ['application/json', 'multipart/form-data; boundary=x', 'multipart/form-data', 'application/x-www-form-urlencoded', 'text/plain', 'application/octet-stream', ';;;', 'application/json; charset=latin1'];
    const statuses = new Map();
    for (let i = 0; i < 400; i++) {
      const method = pick(['GET', 'POST', 'PATCH', 'DELETE', 'PUT', 'HEAD', 'OPTIONS']);
      const headers = { 'content-type': pick(types) };
      if (rand() < 0.7) headers.authorization = pick(['Bearer x', 'bearer', 'Basic zz', `Bearer ${'y'.repeat(100)}`]);
      if (rand() < 0.3) headers.prefer = pick(['code=404', 'code=abc', 'example=', 'code=200, example=lastPage', ',,;;=']);
      if (rand() < 0.2) headers.range = pick(['bytes=5-1', 'bytes=abc', 'bytes=0-', 'bytes=-0', 'items=1-2']);
      if (rand() < 0.2) headers['if-match'] = junk(3).replace(/[^\x20-\x7e]/g, 'x');
      const body = method === 'GET' || method === 'HEAD' ? undefined : pick(bodies)();
      let status;
      try {
        status = (await m.api(pick(paths), { method, headers, body })).status;
      } catch (err) {
        assert.fail(`request ${i} (${method}) failed at the transport level: ${err.message}`);
      }
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      assert.ok(status < 500, `request ${i}: ${method} answered ${status}`);
    }
    assert.ok(statuses.size > 4, `fuzzing should reach many outcomes, got ${[...statuses.keys()]}`);
    assert.equal(Object.prototype.polluted, undefined);
    assert.deepEqual(m.internalErrors.map((e) => e.message), [], 'no request should hit the last-resort handler');
    assert.equal((await m.api('/health/live')).status, 200, 'still serving afterwards');
  });
});
