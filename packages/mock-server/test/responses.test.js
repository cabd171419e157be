import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startMock, AUTH, FIXTURE } from './helpers/mock.js';

const PNG = readFileSync(path.join(path.dirname(FIXTURE), 'examples', 'asset.png'));

describe('responses', () => {
  let m;
  before(async () => {
    m = await startMock();
  });
  after(() => m.close());

  it('answers the first 2xx with its first example and declared headers', async () => {
    const r = await m.api('/templates', { headers: AUTH });
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), 'application/json');
    assert.equal(r.headers.get('ratelimit-limit'), '100');
    assert.deepEqual(r.json, {
      data: [{ id: 'tpl_1', name: 'Portrait', kind: 'image', prompt: 'a portrait', description: null, createdAt: '2026-01-01T00:00:00Z' }],
      nextCursor: 'c2',
    });
  });

  it('generates a fresh X-Request-Id per response', async () => {
    const a = await m.api('/health/live');
    const b = await m.api('/health/live');
    assert.match(a.headers.get('x-request-id'), /^req_[0-9A-Za-z]{8,40}$/);
    assert.notEqual(a.headers.get('x-request-id'), b.headers.get('x-request-id'));
  });

  it('sends Location and ETag from header examples on 201', async () => {
    const r = await m.api('/templates', {
      method: 'POST',
      headers: { ...AUTH, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'n', kind: 'video', prompt: 'p' }),
    });
    assert.equal(r.status, 201);
    assert.equal(r.headers.get('location'), '/api/v1/templates/tpl_1');
    assert.equal(r.headers.get('etag'), '"v1"');
  });

  it('answers 204 with no body', async () => {
    const r = await m.api('/templates/tpl_1', { method: 'DELETE', headers: AUTH });
    assert.equal(r.status, 204);
    assert.equal(r.buffer.length, 0);
  });

  it('Prefer: example=… picks a named example', async () => {
    const r = await m.api('/templates', { headers: { ...AUTH, prefer: 'example=lastPage' } });
    assert.equal(r.status, 200);
    assert.deepEqual(r.json, { data: [], nextCursor: null });
  });

  it('Prefer: code=…, example=… picks another documented response', async () => {
    const r = await m.api('/templates/tpl_1', { headers: { ...AUTH, prefer: 'code=404, example=notFound' } });
    assert.equal(r.status, 404);
    assert.equal(r.headers.get('content-type'), 'application/problem+json');
    assert.equal(r.json.code, 'template_not_found');
    const limited = await m.api('/templates', { headers: { ...AUTH, prefer: 'code=429' } });
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '2');
  });

  it('refuses an undocumented Prefer code or example with 400 naming the documented ones', async () => {
    const r = await m.api('/templates/tpl_1', { headers: { ...AUTH, prefer: 'code=418' } });
    assert.equal(r.status, 400);
    assert.match(r.json.detail, /code=418 is not a documented response of getTemplate; documented: 200, 404/);
    const e = await m.api('/templates', { headers: { ...AUTH, prefer: 'example=nope' } });
    assert.equal(e.status, 400);
    assert.match(e.json.detail, /examples: firstPage, lastPage/);
  });

  it('serves binary examples from externalValue files, byte for byte', async () => {
    const r = await m.api('/assets/a1/content', { headers: AUTH });
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), 'image/png');
    assert.equal(r.headers.get('accept-ranges'), 'bytes');
    assert.ok(r.buffer.equals(PNG));
  });

  it('honours a Range header with 206 and Content-Range, 416 outside the body', async () => {
    const r = await m.api('/assets/a1/content', { headers: { ...AUTH, range: 'bytes=0-15' } });
    assert.equal(r.status, 206);
    assert.equal(r.headers.get('content-range'), `bytes 0-15/${PNG.length}`);
    assert.ok(r.buffer.equals(PNG.subarray(0, 16)));
    const tail = await m.api('/assets/a1/content', { headers: { ...AUTH, range: 'bytes=-10' } });
    assert.ok(tail.buffer.equals(PNG.subarray(PNG.length - 10)));
    const out = await m.api('/assets/a1/content', { headers: { ...AUTH, range: `bytes=${PNG.length}-` } });
    assert.equal(out.status, 416);
    assert.equal(out.headers.get('content-range'), `bytes */${PNG.length}`);
  });

  it('serves SSE examples as text/event-stream', async () => {
    const r = await m.api('/jobs/job_1/events', { headers: AUTH });
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), 'text/event-stream');
    const events = r.text.trim().split('\n\n').map((block) => Object.fromEntries(block.split('\n').map((l) => l.split(': '))));
    assert.deepEqual(events, [
      { event: 'job.progress', data: '{"progress":50}' },
      { event: 'job.completed', data: '{"progress":100}' },
    ]);
  });

  it('uses the oneOf example of a 202 with Location', async () => {
    const r = await m.api('/generate/image', { method: 'POST', headers: { ...AUTH, 'content-type': 'application/json' }, body: JSON.stringify({ prompt: 'x' }) });
    assert.equal(r.status, 202);
    assert.equal(r.headers.get('location'), '/api/v1/jobs/job_1');
    assert.equal(r.json.type, 'image');
  });
});

// Spec mode used to answer the example's nextCursor with the same page, forever.
describe('pagination in spec mode', () => {
  let m;
  before(async () => {
    m = await startMock();
  });
  after(() => m.close());

  it('answers a request with a cursor with the last page, whatever the cursor', async () => {
    const first = await m.api('/templates', { headers: AUTH });
    assert.equal(first.json.nextCursor, 'c2');
    for (const cursor of ['c2', 'anything-else']) {
      const next = await m.api(`/templates?cursor=${cursor}&limit=5`, { headers: AUTH });
      assert.equal(next.status, 200);
      assert.deepEqual(next.json, { data: [], nextCursor: null }, `cursor ${cursor}`);
    }
    assert.deepEqual((await m.api('/templates?cursor=', { headers: AUTH })).json, first.json, 'an empty cursor is no cursor');
  });

  it('lets Prefer: example=… win over the cursor', async () => {
    const r = await m.api('/templates?cursor=c2', { headers: { ...AUTH, prefer: 'example=firstPage' } });
    assert.equal(r.json.nextCursor, 'c2');
  });

  it('ends a list with no last-page example with an empty page', async () => {
    const doc = {
      openapi: '3.0.3',
      info: { title: 'pages', version: '1' },
      paths: {
        '/items': {
          get: {
            parameters: [{ name: 'after', in: 'query', schema: { type: 'string' } }],
            'x-pagination': { cursorParam: 'after', itemsField: 'items', nextCursorField: 'next' },
            responses: { 200: { description: 'ok', content: { 'application/json': { example: { items: [{ id: 1 }], next: 'n1', total: 2 } } } } },
          },
        },
      },
    };
    const own = await startMock({ document: doc });
    try {
      assert.deepEqual((await own.api('/items')).json, { items: [{ id: 1 }], next: 'n1', total: 2 });
      assert.deepEqual((await own.api('/items?after=n1')).json, { items: [], next: null, total: 2 });
    } finally {
      await own.close();
    }
  });
});
