import { describe, it, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { startMock, REPO_SPEC } from './helpers/mock.js';
import { createSpecOracle, createEventOracle } from './helpers/spec-oracle.js';

const KEY = { 'x-api-key': 'sk_test_stateful' };
const JSON_KEY = { ...KEY, 'content-type': 'application/json' };
const STEP_MS = 150; // long enough that a loaded machine still cancels a job before it ends
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

describe('stateful mode', () => {
  let m;
  let oracle;
  const violations = [];
  const answers = [];
  // Every answer of these tests is checked against the spec by an independent validator.
  const api = async (p, init = {}) => {
    const r = await m.api(p, init);
    answers.push({ method: init.method ?? 'GET', path: `/api/v1${p.split('?')[0]}`, r });
    return r;
  };
  const post = (p, body, headers = {}) => api(p, { method: 'POST', headers: { ...JSON_KEY, ...headers }, body: JSON.stringify(body) });

  before(async () => {
    oracle = await createSpecOracle(REPO_SPEC);
    m = await startMock({ spec: REPO_SPEC, stateful: { stepMs: STEP_MS }, seed: 42, onViolation: (v) => violations.push(v) });
  });
  beforeEach(async () => {
    const r = await m.raw('/_mock/reset', { method: 'POST' });
    assert.equal(r.status, 204);
  });
  after(async () => {
    await m.close();
    const problems = answers.flatMap(({ method, path, r }) => {
      const type = r.headers.get('content-type');
      const body = type?.includes('json') && !(r.status >= 400) ? r.json : undefined;
      return oracle(method, path, r.status, type, body).map((p) => `${method} ${path}: ${p}`);
    });
    assert.deepEqual(problems, [], 'every stateful answer is allowed by the spec');
    assert.deepEqual(violations, [], 'the mock never had to fall back to spec mode');
    assert.equal(m.internalErrors.length, 0);
  });

  it('a list page read again is the same page until the collection changes (create, update, delete, reset)', async () => {
    const page = async () => (await api('/templates?limit=3', { headers: KEY })).json.data.map((t) => `${t.id} ${t.name}`);
    const first = await page();
    assert.deepEqual(await page(), first, 'unchanged collection, same page');
    const { id } = (await post('/templates', { name: 'Cached?', kind: 'image', prompt: 'p' })).json;
    const afterCreate = await page();
    assert.equal(afterCreate[0], `${id} Cached?`, 'a create shows at once');
    const etag = (await api(`/templates/${id}`, { headers: KEY })).headers.get('etag');
    const patched = await api(`/templates/${id}`, { method: 'PATCH', headers: { ...JSON_KEY, 'if-match': etag }, body: JSON.stringify({ name: 'Not cached' }) });
    assert.equal(patched.status, 200);
    assert.equal((await page())[0], `${id} Not cached`, 'an update shows at once');
    const removed = await api(`/templates/${id}`, { method: 'DELETE', headers: { ...KEY, 'if-match': patched.headers.get('etag') } });
    assert.ok(removed.status < 300, `delete answered ${removed.status}`);
    assert.deepEqual(await page(), first, 'a delete shows at once');
    await post('/templates', { name: 'Gone after reset', kind: 'image', prompt: 'p' });
    assert.equal((await m.raw('/_mock/reset', { method: 'POST' })).status, 204);
    assert.deepEqual(await page(), first, 'a reset shows at once');
  });

  it('create then retrieve and list return what was created, with Location and ETag', async () => {
    const created = await post('/templates', { name: 'Rainy street', kind: 'video', prompt: 'A rainy street at night' });
    assert.equal(created.status, 201);
    const { id } = created.json;
    assert.match(id, /^tpl_[0-9A-Za-z]{8,40}$/);
    assert.equal(created.json.name, 'Rainy street');
    assert.equal(created.json.description, null, 'an unsent optional field is not the example\'s');
    assert.equal(created.headers.get('location'), `/api/v1/templates/${id}`);
    assert.match(created.headers.get('etag'), /^"v1-[0-9a-f]{8}"$/);
    const got = await api(`/templates/${id}`, { headers: KEY });
    assert.equal(got.status, 200);
    assert.deepEqual(got.json, created.json);
    assert.equal(got.headers.get('etag'), created.headers.get('etag'));
    const listed = await api('/templates', { headers: KEY });
    assert.equal(listed.json.data[0].id, id, 'newest first');
    assert.ok(listed.json.data.some((t) => t.id === 'tpl_01JD5A1B2C3D4E5F6G7H8J9K0M'), 'seeded from the examples');
  });

  it('update applies the patch and bumps the ETag; If-Match is enforced with 412', async () => {
    const created = await post('/templates', { name: 'Base', kind: 'image', prompt: 'p' });
    const { id } = created.json;
    const etag = created.headers.get('etag');
    const stale = await api(`/templates/${id}`, { method: 'PATCH', headers: { ...JSON_KEY, 'if-match': '"v9-00000000"' }, body: JSON.stringify({ name: 'Nope' }) });
    assert.equal(stale.status, 412);
    assert.equal(stale.json.code, 'etag_mismatch');
    assert.equal((await api(`/templates/${id}`, { headers: KEY })).json.name, 'Base', 'a refused update changes nothing');
    const updated = await api(`/templates/${id}`, { method: 'PATCH', headers: { ...JSON_KEY, 'if-match': etag }, body: JSON.stringify({ name: 'Renamed', tags: ['warm'] }) });
    assert.equal(updated.status, 200);
    assert.equal(updated.json.name, 'Renamed');
    assert.deepEqual(updated.json.tags, ['warm']);
    assert.equal(updated.json.prompt, 'p', 'fields left out are unchanged');
    assert.equal(updated.json.version, 2);
    assert.notEqual(updated.headers.get('etag'), etag);
    const again = await api(`/templates/${id}`, { method: 'PATCH', headers: { ...JSON_KEY, 'if-match': etag }, body: JSON.stringify({ name: 'Old tag' }) });
    assert.equal(again.status, 412, 'the old ETag no longer matches');
  });

  it('delete removes: 404 afterwards, gone from the list', async () => {
    const { json, headers } = await post('/templates', { name: 'Doomed', kind: 'image', prompt: 'p' });
    const wrong = await api(`/templates/${json.id}`, { method: 'DELETE', headers: { ...KEY, 'if-match': '"v1-ffffffff"' } });
    assert.equal(wrong.status, 412);
    const gone = await api(`/templates/${json.id}`, { method: 'DELETE', headers: { ...KEY, 'if-match': headers.get('etag') } });
    assert.equal(gone.status, 204);
    const after404 = await api(`/templates/${json.id}`, { headers: KEY });
    assert.equal(after404.status, 404);
    assert.equal(after404.json.code, 'not_found');
    const listed = await api('/templates?limit=100', { headers: KEY });
    assert.ok(!listed.json.data.some((t) => t.id === json.id));
  });

  it('pages are real: cursor and limit walk every item once, the last page ends', async () => {
    const made = [];
    for (let i = 0; i < 5; i++) made.push((await post('/templates', { name: `T${i}`, kind: 'image', prompt: 'p' })).json.id);
    const all = (await api('/templates?limit=100', { headers: KEY })).json.data.map((t) => t.id);
    assert.equal(all.length, 5 + 2);
    const seen = [];
    let cursor = null;
    let pages = 0;
    do {
      const r = await api(`/templates?limit=2${cursor ? `&cursor=${cursor}` : ''}`, { headers: KEY });
      assert.ok(r.json.data.length <= 2);
      seen.push(...r.json.data.map((t) => t.id));
      cursor = r.json.nextCursor;
      pages++;
    } while (cursor !== null && pages < 10);
    assert.deepEqual(seen, all);
    assert.equal(pages, 4);
    assert.deepEqual(all.slice(0, 5), made.reverse());
  });

  it('list filters by the query parameters that name fields', async () => {
    await post('/templates', { name: 'V', kind: 'video', prompt: 'p', tags: ['aerial'] });
    const videos = (await api('/templates?kind=video', { headers: KEY })).json.data;
    assert.ok(videos.length >= 2 && videos.every((t) => t.kind === 'video'));
    const aerial = (await api('/templates?tag=aerial', { headers: KEY })).json.data;
    assert.ok(aerial.length >= 1 && aerial.every((t) => t.tags.includes('aerial')));
  });

  it('a cursor it did not issue is a 400 naming the parameter', async () => {
    const r = await api('/templates?cursor=c_MjAyNi0xMS0yMVQxMDoyMDowMFo', { headers: KEY });
    assert.equal(r.status, 400);
    assert.equal(r.json.errors[0].name, 'cursor');
  });

  it('a job moves through its x-long-running states over time', async () => {
    // Its own server on a clock the test moves, so a loaded machine cannot skip a state.
    let clock = Date.UTC(2026, 11, 4, 12, 0, 0);
    const timed = await startMock({ spec: REPO_SPEC, stateful: { stepMs: 1000, now: () => clock } });
    try {
      const created = await timed.api('/generate/image', { method: 'POST', headers: JSON_KEY, body: JSON.stringify({ prompt: 'A lighthouse', width: 512, height: 512 }) });
      assert.equal(created.status, 202);
      assert.equal(created.json.status, 'queued');
      assert.equal(created.json.params.prompt, 'A lighthouse');
      assert.equal(created.headers.get('location'), `/api/v1/jobs/${created.json.id}`);
      const seen = [];
      for (let i = 0; i < 5; i++) {
        const job = (await timed.api(`/jobs/${created.json.id}`, { headers: KEY })).json;
        answers.push({ method: 'GET', path: `/api/v1/jobs/${created.json.id}`, r: { status: 200, headers: new Headers({ 'content-type': 'application/json' }), json: job } });
        seen.push(`${job.status} ${job.progress} ${job.completedAt ?? '-'}`);
        clock += 1000;
      }
      assert.deepEqual(seen, ['queued 0 -', 'running 0 -', 'running 50 -', 'succeeded 100 2026-12-04T12:00:03Z', 'succeeded 100 2026-12-04T12:00:03Z']);
    } finally {
      await timed.close();
    }
  });

  it('the job event stream emits the transitions as SSE, and resumes after Last-Event-ID', async () => {
    const eventOracle = await createEventOracle(REPO_SPEC, '#/components/schemas/JobEvent');
    const { json } = await post('/generate/image', { prompt: 'Streamed' });
    const r = await api(`/jobs/${json.id}/events`, { headers: { ...KEY, accept: 'text/event-stream' } });
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), 'text/event-stream');
    const events = parseSse(r.text);
    assert.deepEqual(events.map((e) => [e.id, e.event, e.data.status, e.data.progress]), [
      ['1', 'job.status', 'running', 0],
      ['2', 'job.progress', 'running', 50],
      ['3', 'job.completed', 'succeeded', 100],
    ]);
    for (const e of events) {
      assert.equal(e.data.jobId, json.id);
      assert.deepEqual(eventOracle(e.data), [], JSON.stringify(e.data));
    }
    const resumed = parseSse((await api(`/jobs/${json.id}/events`, { headers: { ...KEY, 'last-event-id': '2' } })).text);
    assert.deepEqual(resumed.map((e) => e.event), ['job.completed']);
  });

  it('cancel freezes a running job as canceled; a second cancel is a 409', async () => {
    const { json } = await post('/generate/video', { prompt: 'Slow', durationSeconds: 4 });
    const canceled = await api(`/jobs/${json.id}/cancel`, { method: 'POST', headers: KEY });
    assert.equal(canceled.status, 200);
    assert.equal(canceled.json.status, 'canceled');
    await sleep(STEP_MS * 5);
    assert.equal((await api(`/jobs/${json.id}`, { headers: KEY })).json.status, 'canceled', 'it stays canceled');
    const again = await api(`/jobs/${json.id}/cancel`, { method: 'POST', headers: KEY });
    assert.equal(again.status, 409);
  });

  it('an idempotency key replays the first answer for the same body and is a 409 for another', async () => {
    const key = { 'idempotency-key': 'abc-123' };
    const first = await post('/templates', { name: 'Once', kind: 'image', prompt: 'p' }, key);
    const replay = await post('/templates', { name: 'Once', kind: 'image', prompt: 'p' }, key);
    assert.equal(replay.status, 201);
    assert.deepEqual(replay.json, first.json);
    assert.equal(replay.headers.get('location'), first.headers.get('location'));
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    const other = await post('/templates', { name: 'Twice', kind: 'image', prompt: 'p' }, key);
    assert.equal(other.status, 409);
    assert.equal(other.json.errors[0].name, 'Idempotency-Key');
    const named = (await api('/templates?limit=100', { headers: KEY })).json.data.filter((t) => t.name === 'Once');
    assert.equal(named.length, 1, 'created once');
  });

  it('POST /_mock/reset and the seed make runs repeatable', async () => {
    const a = (await post('/templates', { name: 'A', kind: 'image', prompt: 'p' })).json.id;
    assert.equal((await m.raw('/_mock/reset', { method: 'POST' })).status, 204);
    assert.equal((await api(`/templates/${a}`, { headers: KEY })).status, 404, 'reset forgets what was created');
    assert.equal((await api('/templates/tpl_01JD5A1B2C3D4E5F6G7H8J9K0M', { headers: KEY })).status, 200, 'and keeps the seeds');
    const b = (await post('/templates', { name: 'A', kind: 'image', prompt: 'p' })).json.id;
    assert.equal(b, a, 'the same seed gives the same IDs after a reset');
  });

  it('a created API key shows its secret once; reading it back does not', async () => {
    const created = await post('/api-keys', { name: 'CI key', scopes: ['jobs:read'] });
    assert.equal(created.status, 201, created.text);
    assert.equal(typeof created.json.secret, 'string');
    const got = await api(`/api-keys/${created.json.id}`, { headers: KEY });
    assert.equal(got.status, 200);
    assert.equal(got.json.secret, undefined);
    assert.equal(got.json.name, 'CI key');
  });

  it('operations with no resource behind them are spec mode, and Prefer: code still works', async () => {
    assert.equal((await api('/health/live')).status, 200);
    const r = await api('/templates', { headers: { ...KEY, prefer: 'code=429' } });
    assert.equal(r.status, 429);
  });

  it('faults apply in stateful mode too', async () => {
    const started = performance.now();
    const r = await post('/templates', { name: 'Slow', kind: 'image', prompt: 'p' }, { prefer: 'delay=150' });
    assert.equal(r.status, 201);
    assert.ok(performance.now() - started >= 140);
  });

  it('a tour of every collection answers only what the spec allows', async () => {
    for (const p of ['/users', '/roles', '/jobs', '/backups', '/backup-policies', '/audit-events', '/compliance/reports', '/api-keys']) {
      let cursor = null;
      do {
        const list = await api(`${p}?limit=1${cursor ? `&cursor=${cursor}` : ''}`, { headers: KEY });
        assert.equal(list.status, 200, `${p}: ${list.text.slice(0, 200)}`);
        for (const item of list.json.data) assert.equal((await api(`${p}/${item.id}`, { headers: KEY })).status, 200, `${p}/${item.id}`);
        cursor = list.json.nextCursor;
      } while (cursor);
    }
    assert.equal((await api('/permissions', { headers: KEY })).status, 200);
    const report = await post('/compliance/reports', { framework: 'soc2', periodStart: '2026-01-01', periodEnd: '2026-06-30', format: 'pdf' });
    assert.equal(report.status, 202, report.text);
    await sleep(STEP_MS * 4);
    assert.equal((await api(`/compliance/reports/${report.json.id}`, { headers: KEY })).json.status, 'ready');
  });
});

function parseSse(text) {
  return text.split('\n\n').filter((b) => b.trim()).map((block) => {
    const e = {};
    for (const line of block.split('\n')) {
      const i = line.indexOf(': ');
      e[line.slice(0, i)] = line.slice(i + 2);
    }
    return { id: e.id, event: e.event, data: JSON.parse(e.data) };
  });
}

describe('stateful mode derives its collections from any spec (the mini fixture)', () => {
  let m;
  before(async () => {
    m = await startMock({ stateful: true });
  });
  after(() => m.close());
  const AUTH = { authorization: 'Bearer test.token' };

  it('creates, reads, updates with If-Match and deletes in the fixture\'s own collection', async () => {
    const created = await m.api('/templates', { method: 'POST', headers: { ...AUTH, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Mini', kind: 'video', prompt: 'small' }) });
    assert.equal(created.status, 201, created.text);
    const { id } = created.json;
    assert.match(id, /^tpl_[A-Za-z0-9]{12,}$/);
    assert.equal(created.headers.get('location'), `/api/v1/templates/${id}`);
    const etag = created.headers.get('etag');
    assert.deepEqual((await m.api(`/templates/${id}`, { headers: AUTH })).json, created.json);
    const listed = await m.api('/templates?kind=video', { headers: AUTH });
    assert.deepEqual(listed.json.data.map((t) => t.id), [id]);
    const stale = await m.api(`/templates/${id}`, { method: 'PATCH', headers: { ...AUTH, 'content-type': 'application/merge-patch+json', 'if-match': '"other"' }, body: '{"name":"B"}' });
    assert.equal(stale.status, 412);
    const ok = await m.api(`/templates/${id}`, { method: 'PATCH', headers: { ...AUTH, 'content-type': 'application/merge-patch+json', 'if-match': etag }, body: '{"name":"B"}' });
    assert.equal(ok.status, 200);
    assert.equal(ok.json.name, 'B');
    assert.equal((await m.api(`/templates/${id}`, { method: 'DELETE', headers: AUTH })).status, 204);
    const gone = await m.api(`/templates/${id}`, { headers: AUTH });
    assert.equal(gone.status, 404);
    assert.equal(gone.json.code, 'template_not_found');
  });
});
