import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import path from 'node:path';
import { startContractMock, CONTRACTS, PNG, sha256 } from './helpers/contracts.js';
import { FIXTURE, call } from './helpers/mock.js';
import { createMockServer } from '../src/index.js';

const LIST = 'templates/list-follows-next-cursor';
const RETRY = 'templates/create-retries-503-twice-with-the-same-idempotency-key';
const NOT_FOUND = 'jobs/get-unknown-job-raises-not-found-error';
const JOB_PATH = '/jobs/job_01JD8K2M4P6R8T0V2X4Z6B8D0F';
const TEMPLATE = { name: 'Drone fly-over', kind: 'video', prompt: 'Aerial fly-over at golden hour' };
const API_KEY = { 'x-api-key': 'sk_test_contract' };
const json = (body, headers = {}) => ({ method: 'POST', headers: { 'content-type': 'application/json', ...API_KEY, ...headers }, body: JSON.stringify(body) });
const recorded = (id) => CONTRACTS.find((c) => c.id === id);

describe('contract mode: session API', () => {
  let m;
  before(async () => {
    m = await startContractMock();
  });
  after(() => m.close());

  it('opens a session with a baseURL under /_sessions/<sid> and the API base path', async () => {
    const r = await m.raw('/_contracts/sessions', { method: 'POST', body: JSON.stringify({ contract: LIST }) });
    assert.equal(r.status, 201);
    assert.match(r.json.session, /^ses_[A-Za-z0-9_-]+$/);
    assert.equal(r.json.baseURL, `${m.url}/_sessions/${r.json.session}/api/v1`);
    const report = await m.raw(`/_contracts/sessions/${r.json.session}`);
    assert.deepEqual(report.json, { session: r.json.session, contract: LIST, expected: 2, received: 0, complete: false, mismatches: [] });
  });

  it('answers an unknown contract, an unknown session and a bad request with problem+json', async () => {
    const unknown = await m.raw('/_contracts/sessions', { method: 'POST', body: JSON.stringify({ contract: 'no/such-contract' }) });
    assert.equal(unknown.status, 404);
    assert.equal(unknown.headers.get('content-type'), 'application/problem+json');
    assert.equal(unknown.json.code, 'unknown_contract');
    assert.match(unknown.json.detail, /no\/such-contract/);

    for (const p of ['/_contracts/sessions/ses_nope', '/_sessions/ses_nope/api/v1/templates']) {
      const r = await m.raw(p);
      assert.equal(r.status, 404, p);
      assert.equal(r.headers.get('content-type'), 'application/problem+json');
      assert.equal(r.json.code, 'unknown_session');
    }

    const notJson = await m.raw('/_contracts/sessions', { method: 'POST', body: '{contract' });
    assert.equal(notJson.status, 400);
    assert.match(notJson.json.detail, /not valid JSON/);
    const noId = await m.raw('/_contracts/sessions', { method: 'POST', body: '{}' });
    assert.equal(noId.status, 400);
    assert.deepEqual(noId.json.errors, [{ location: 'body', name: '/contract', message: 'must be a contract ID string' }]);
    const wrongMethod = await m.raw('/_contracts/sessions');
    assert.equal(wrongMethod.status, 405);
    assert.equal(wrongMethod.headers.get('allow'), 'POST');
  });

  it('lists the bundle and deletes sessions', async () => {
    const list = await m.raw('/_contracts');
    assert.equal(list.json.contracts.length, CONTRACTS.length);
    assert.deepEqual(list.json.contracts.find((c) => c.id === RETRY), { id: RETRY, operation: 'createTemplate', exchanges: 3 });
    const s = await m.session(LIST);
    assert.equal((await m.raw(`/_contracts/sessions/${s.id}`, { method: 'DELETE' })).status, 204);
    assert.equal((await m.raw(`/_contracts/sessions/${s.id}`)).status, 404);
  });

  it('keeps serving spec mode beside the session API', async () => {
    const r = await m.raw('/api/v1/health/live');
    assert.equal(r.status, 200);
    assert.deepEqual(r.json, { status: 'ok' });
    const other = await m.raw('/_elsewhere');
    assert.equal(other.status, 404, 'other /_ paths fall through to spec mode');
    assert.match(other.json.detail, /No operation in the spec matches GET \/_elsewhere/);
    assert.deepEqual(m.internalErrors, []);
  });
});

describe('contract mode: replay and matching', () => {
  let m;
  before(async () => {
    m = await startContractMock();
  });
  after(() => m.close());

  it('replays a correct run: every page answered as recorded, session complete with no mismatches', async () => {
    const s = await m.session(LIST);
    const first = await s.api('/templates?kind=image&limit=1', { headers: API_KEY });
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('content-type'), 'application/json');
    assert.equal(first.headers.get('x-request-id'), 'req_01JDC0NTRACT00000000000001');
    assert.deepEqual(first.json, recorded(LIST).exchanges[0].response.body);
    const second = await s.api('/templates?limit=1&cursor=c_page2&kind=image', { headers: API_KEY });
    assert.equal(second.json.nextCursor, null);
    assert.deepEqual(await s.report(), { session: s.id, contract: LIST, expected: 2, received: 2, complete: true, mismatches: [] });
  });

  it('replays retries that reuse the Idempotency-Key, adding an X-Request-Id when the contract has none', async () => {
    const s = await m.session(RETRY);
    const statuses = [];
    let last;
    for (let i = 0; i < 3; i++) {
      last = await s.api('/templates', json(TEMPLATE, { 'Idempotency-Key': 'idem-7f3a' }));
      statuses.push(last.status);
      if (i < 2) {
        assert.equal(last.headers.get('content-type'), 'application/problem+json');
        assert.equal(last.json.code, 'service_unavailable');
        assert.equal(last.headers.get('x-request-id'), last.json.requestId, "the problem body's requestId is the default X-Request-Id");
        assert.equal(last.json.requestId, `req_01JDC0NTRACT0000000000000${4 + i}`);
      }
    }
    assert.deepEqual(statuses, [503, 503, 201]);
    assert.equal(last.headers.get('etag'), '"v1-0a1b2c"');
    assert.match(last.headers.get('x-request-id'), /^req_[0-9A-Za-z]{8,40}$/, 'a fresh id when neither headers nor body give one');
    const report = await s.report();
    assert.equal(report.complete, true);
    assert.deepEqual(report.mismatches, []);
  });

  it('catches a wrong query: a changed value, a missing and an unexpected parameter', async () => {
    const s = await m.session(LIST);
    await s.api('/templates?kind=video&limit=1&sort=name', { headers: API_KEY });
    await s.api('/templates?kind=image&limit=1', { headers: API_KEY });
    const report = await s.report();
    assert.equal(report.complete, true, 'all exchanges were used');
    assert.deepEqual(report.mismatches, [
      'exchange 0: query kind: expected "image", got "video"',
      'exchange 0: query sort: not expected, got "name"',
      'exchange 1: query cursor: expected "c_page2", it was not sent',
    ]);
  });

  it('catches a repeated query parameter', async () => {
    const s = await m.session(LIST);
    await s.api('/templates?kind=image&limit=1&limit=1', { headers: API_KEY });
    const { mismatches } = await s.report();
    assert.deepEqual(mismatches, ['exchange 0: query limit: expected "1" once, it was sent 2 times ("1", "1")']);
  });

  it('catches a missing exact header and one not matching its pattern', async () => {
    const list = await m.session(LIST);
    await list.api('/templates?kind=image&limit=1');
    assert.deepEqual((await list.report()).mismatches, ['exchange 0: header X-API-Key: expected "sk_test_contract", it was not sent']);

    const wrongKey = await m.session(LIST);
    await wrongKey.api('/templates?kind=image&limit=1', { headers: { 'X-Api-Key': 'sk_live_other' } });
    assert.deepEqual((await wrongKey.report()).mismatches, ['exchange 0: header X-API-Key: expected "sk_test_contract", got "sk_live_other"']);

    const bearer = await m.session(NOT_FOUND);
    const r = await bearer.api(JOB_PATH, { headers: { authorization: 'Token abc' } });
    assert.equal(r.status, 404, 'the recorded response is still played back');
    assert.equal(r.json.requestId, 'req_01JDC0NTRACT00000000000003');
    assert.deepEqual((await bearer.report()).mismatches, ['exchange 0: header Authorization: expected to match /^Bearer .+/, got "Token abc"']);
  });

  it('catches a different Idempotency-Key on a retry (sameAs) and a missing one (present)', async () => {
    const s = await m.session(RETRY);
    await s.api('/templates', json(TEMPLATE, { 'Idempotency-Key': 'idem-1' }));
    await s.api('/templates', json(TEMPLATE, { 'Idempotency-Key': 'idem-2' }));
    await s.api('/templates', json(TEMPLATE, { 'idempotency-key': 'idem-1' }));
    assert.deepEqual((await s.report()).mismatches, ['exchange 1: header Idempotency-Key: expected the value sent in exchange 0 ("idem-1"), got "idem-2"']);

    const none = await m.session(RETRY);
    for (let i = 0; i < 3; i++) await none.api('/templates', json(TEMPLATE));
    assert.deepEqual((await none.report()).mismatches, [
      'exchange 0: header Idempotency-Key: expected to be present, it was not sent',
      'exchange 1: header Idempotency-Key: expected the value sent in exchange 0, but it was not sent there either',
      'exchange 2: header Idempotency-Key: expected the value sent in exchange 0, but it was not sent there either',
    ]);
  });

  it('catches a wrong JSON body by JSON pointer, ignoring key order', async () => {
    const s = await m.session(RETRY);
    const reordered = { prompt: TEMPLATE.prompt, kind: TEMPLATE.kind, name: TEMPLATE.name };
    await s.api('/templates', json(reordered, { 'Idempotency-Key': 'k' }));
    await s.api('/templates', json({ ...TEMPLATE, name: 'Drone', tags: ['x'] }, { 'Idempotency-Key': 'k' }));
    await s.api('/templates', { method: 'POST', headers: { ...API_KEY, 'Idempotency-Key': 'k', 'content-type': 'application/json' }, body: '{"name": "Drone fly-over",' });
    const { mismatches } = await s.report();
    assert.deepEqual(mismatches.slice(0, 2), ['exchange 1: body /name: expected "Drone fly-over", got "Drone"', 'exchange 1: body /tags: not expected, got ["x"]']);
    assert.match(mismatches[2], /^exchange 2: body: expected JSON \{"name":"Drone fly-over",.*\}, got text that is not JSON \(.+\)$/);
    assert.equal(mismatches.length, 3);
  });

  it('catches a wrong method and path', async () => {
    const s = await m.session(NOT_FOUND);
    await s.api('/jobs/job_other', { method: 'DELETE', headers: { authorization: 'Bearer t' } });
    assert.deepEqual((await s.report()).mismatches, [
      'exchange 0: method: expected GET, got DELETE',
      'exchange 0: path: expected /api/v1/jobs/job_01JD8K2M4P6R8T0V2X4Z6B8D0F, got /api/v1/jobs/job_other',
    ]);
  });

  it('answers a request beyond the last exchange with 400 contract_exhausted and records it', async () => {
    const s = await m.session(NOT_FOUND);
    await s.api(JOB_PATH, { headers: { authorization: 'Bearer t' } });
    const extra = await s.api(JOB_PATH, { headers: { authorization: 'Bearer t' } });
    assert.equal(extra.status, 400);
    assert.equal(extra.headers.get('content-type'), 'application/problem+json');
    assert.equal(extra.json.code, 'contract_exhausted');
    const report = await s.report();
    assert.equal(report.received, 2);
    assert.equal(report.complete, false);
    assert.deepEqual(report.mismatches, [`exchange 1: unexpected request GET /api/v1${JOB_PATH}: contract ${NOT_FOUND} has only 1 exchange`]);
  });

  it('keeps concurrent sessions of the same contract apart', async () => {
    const sessions = await Promise.all([1, 2, 3, 4, 5].map(() => m.session(RETRY)));
    // Interleave: each session sends its three requests, one round at a time, all at once.
    for (let round = 0; round < 3; round++) {
      await Promise.all(sessions.map((s, i) => s.api('/templates', json(TEMPLATE, { 'Idempotency-Key': `idem-session-${i}` }))));
    }
    for (const s of sessions) {
      const report = await s.report();
      assert.equal(report.complete, true);
      assert.deepEqual(report.mismatches, []);
    }
  });
});

describe('contract mode: multipart, binary, SSE', () => {
  let m;
  before(async () => {
    m = await startContractMock();
  });
  after(() => m.close());

  const UPLOAD = 'assets/upload-sends-the-file-and-description';
  const form = (bytes, { description = 'Storyboard frame 1', type = 'image/png', extra } = {}) => {
    const f = new FormData();
    f.set('file', new Blob([bytes], { type }), 'frame.png');
    if (description !== null) f.set('description', description);
    if (extra) f.set(...extra);
    return { method: 'POST', headers: API_KEY, body: f };
  };

  it('accepts a multipart upload with the recorded fields and file hash', async () => {
    const s = await m.session(UPLOAD);
    const r = await s.api('/assets', form(PNG));
    assert.equal(r.status, 201);
    assert.equal(r.headers.get('location'), '/api/v1/assets/ast_01JD8H1J3K5M7N9P1Q3R5S7T9V');
    assert.deepEqual(await s.report(), { session: s.id, contract: UPLOAD, expected: 1, received: 1, complete: true, mismatches: [] });
  });

  it('catches wrong file bytes, file type, a missing field and an extra one', async () => {
    const s = await m.session(UPLOAD);
    const other = Buffer.from('not the png');
    await s.api('/assets', form(other, { description: null, type: 'image/webp', extra: ['purpose', 'x'] }));
    assert.deepEqual((await s.report()).mismatches, [
      'exchange 0: multipart field description: expected "Storyboard frame 1", it was not sent',
      'exchange 0: multipart field purpose: not expected, got "x"',
      `exchange 0: multipart file file: expected content with SHA-256 ${sha256(PNG)}, got ${sha256(other)}`,
      'exchange 0: multipart file file: expected Content-Type "image/png", got "image/webp"',
    ]);
    const json = await m.session(UPLOAD);
    await json.api('/assets', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    assert.deepEqual((await json.report()).mismatches, ['exchange 0: body: expected multipart/form-data, got Content-Type "application/json"']);
  });

  it('plays a bodyFile back byte for byte, with the type the contract names', async () => {
    const s = await m.session('assets/download-returns-the-png-bytes');
    const r = await s.api('/assets/ast_01JD8K3N5Q7S9U1W3Y5A7C9E1G/content', { headers: API_KEY });
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), 'image/png');
    assert.equal(r.headers.get('content-length'), String(PNG.length));
    assert.equal(sha256(r.buffer), sha256(PNG));
    assert.deepEqual(r.buffer, PNG);
  });

  it('sends the Content-Range slice of a whole-file bodyFile for a 206', async () => {
    const s = await m.session('assets/range-returns-the-first-ten-bytes');
    const r = await s.api('/assets/ast_01JD8K3N5Q7S9U1W3Y5A7C9E1G/content', { headers: { range: 'bytes=0-9' } });
    assert.equal(r.status, 206);
    assert.equal(r.headers.get('content-range'), 'bytes 0-9/165');
    assert.deepEqual(r.buffer, PNG.subarray(0, 10));
    assert.deepEqual((await s.report()).mismatches, []);
  });

  it('frames events as text/event-stream with id, event and JSON data lines', async () => {
    const s = await m.session('jobs/events-stream-progress-then-completion');
    const r = await s.api(`${JOB_PATH}/events`, { headers: { accept: 'text/event-stream' } });
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), 'text/event-stream');
    assert.equal(r.headers.get('cache-control'), 'no-cache');
    assert.equal(
      r.text,
      'id: 1\nevent: job.progress\ndata: {"jobId":"job_01JD8K2M4P6R8T0V2X4Z6B8D0F","progress":40}\n\n' +
        'id: 2\nevent: job.progress\ndata: {"jobId":"job_01JD8K2M4P6R8T0V2X4Z6B8D0F","progress":90,"note":"line one\\nline two"}\n\n' +
        'event: job.completed\ndata: {"jobId":"job_01JD8K2M4P6R8T0V2X4Z6B8D0F","status":"succeeded"}\n\n',
    );
    // What an SSE client decodes from it is what the contract expects.
    const decoded = r.text.trim().split('\n\n').map((frame) => {
      const lines = Object.fromEntries(frame.split('\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]));
      return { event: lines.event, data: JSON.parse(lines.data) };
    });
    assert.deepEqual(decoded, CONTRACTS.find((c) => c.id === 'jobs/events-stream-progress-then-completion').expect.events);
  });
});

describe('contract mode: faults', () => {
  let m;
  before(async () => {
    m = await startContractMock();
  });
  after(() => m.close());

  it('delay: answers the recorded response after the delay', async () => {
    const s = await m.session('jobs/get-times-out-then-succeeds');
    const started = performance.now();
    const r = await s.api(JOB_PATH, { headers: API_KEY });
    const elapsed = performance.now() - started;
    assert.equal(r.status, 200);
    assert.equal(r.json.id, 'job_01JD8K2M4P6R8T0V2X4Z6B8D0F');
    assert.ok(elapsed >= 290, `answered after ${elapsed.toFixed(0)} ms, recorded delay 300 ms`);
    const quick = performance.now();
    await s.api(JOB_PATH, { headers: API_KEY });
    assert.ok(performance.now() - quick < 250, 'the next exchange has no delay');
  });

  it('delay: a client that times out gets nothing, and its retry is the next exchange', async () => {
    const s = await m.session('jobs/get-times-out-then-succeeds');
    await assert.rejects(fetch(`${s.baseURL}${JOB_PATH}`, { headers: API_KEY, signal: AbortSignal.timeout(100) }), { name: 'TimeoutError' });
    const retry = await s.api(JOB_PATH, { headers: API_KEY });
    assert.equal(retry.status, 200);
    assert.deepEqual(await s.report(), { session: s.id, contract: 'jobs/get-times-out-then-succeeds', expected: 2, received: 2, complete: true, mismatches: [] });
  });

  it('reset: the connection is destroyed without an answer (ECONNRESET)', async () => {
    const s = await m.session('jobs/get-connection-reset');
    const err = await new Promise((resolve, reject) => {
      const req = http.get(`${s.baseURL}${JOB_PATH}`, { headers: API_KEY }, (res) => reject(new Error(`got an answer: ${res.statusCode}`)));
      req.on('error', resolve);
    });
    assert.equal(err.code, 'ECONNRESET');
    const report = await s.report();
    assert.equal(report.complete, true);
    assert.deepEqual(report.mismatches, []);
  });

  it('malformed: the recorded status and headers with a truncated JSON body', async () => {
    const s = await m.session('jobs/get-malformed-body');
    const r = await s.api(JOB_PATH, { headers: API_KEY });
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), 'application/json');
    assert.equal(r.headers.get('x-request-id'), 'req_01JDC0NTRACT00000000000009');
    assert.ok(r.text.length > 10 && r.text.startsWith('{"id":"job_01JD8K2M4P6R8T0V2X4Z6B8D0F"'), r.text);
    assert.throws(() => JSON.parse(r.text), SyntaxError);
  });
});

describe('contract mode: inline contracts and limits', () => {
  const contract = (id, request, response = { status: 204 }) => ({ id, exchanges: [{ request: { method: 'GET', path: '/api/v1/health/live', ...request }, response }] });

  it('absent: catches a header that must not be sent', async () => {
    const mock = createMockServer({ spec: FIXTURE, contracts: [contract('no-auth', { headers: { Authorization: { absent: true } } })] });
    const { url } = await mock.listen(0);
    try {
      const open = async () => (await call(`${url}/_contracts/sessions`, { method: 'POST', body: '{"contract":"no-auth"}' })).json;
      const good = await open();
      const r = await call(`${good.baseURL}/health/live`);
      assert.equal(r.status, 204);
      assert.deepEqual((await call(`${url}/_contracts/sessions/${good.session}`)).json.mismatches, []);
      const bad = await open();
      await call(`${bad.baseURL}/health/live`, { headers: { authorization: 'Bearer t' } });
      assert.deepEqual((await call(`${url}/_contracts/sessions/${bad.session}`)).json.mismatches, ['exchange 0: header Authorization: expected to be absent, got "Bearer t"']);
    } finally {
      await mock.close();
    }
  });

  it('keeps at most maxSessions sessions, dropping the oldest', async () => {
    const mock = createMockServer({ spec: FIXTURE, maxSessions: 2, contracts: [contract('c', {})] });
    const { url } = await mock.listen(0);
    try {
      const ids = [];
      for (let i = 0; i < 3; i++) ids.push((await call(`${url}/_contracts/sessions`, { method: 'POST', body: '{"contract":"c"}' })).json.session);
      assert.equal(mock.contractMode.sessions.size, 2);
      assert.equal((await call(`${url}/_contracts/sessions/${ids[0]}`)).status, 404);
      assert.equal((await call(`${url}/_contracts/sessions/${ids[2]}`)).status, 200);
    } finally {
      await mock.close();
    }
  });

  it('answers odd session traffic without crashing: oversized bodies, junk ids and paths', async () => {
    const internalErrors = [];
    const mock = createMockServer({ spec: FIXTURE, maxBodySize: 1024, contracts: [contract('c', {})], onInternalError: (e) => internalErrors.push(e) });
    const { url } = await mock.listen(0);
    try {
      const { session, baseURL } = (await call(`${url}/_contracts/sessions`, { method: 'POST', body: '{"contract":"c"}' })).json;
      const big = await call(`${baseURL}/health/live`, { method: 'POST', body: 'x'.repeat(5000) });
      assert.equal(big.status, 413);
      assert.deepEqual((await call(`${url}/_contracts/sessions/${session}`)).json.mismatches, ["exchange 0: body: larger than the mock's limit of 1024 bytes"]);
      for (const p of ['/_sessions/', '/_sessions/%ff%fe/x', `/_sessions/${session}`, `/_sessions/${session}?a=%zz`, '/_contracts/sessions/a/b', '/_contracts/whatever']) {
        const r = await call(`${url}${p}`, { method: 'PUT', body: '{' });
        assert.ok(r.status >= 400 && r.status < 500, `${p}: ${r.status}`);
      }
      const big2 = await call(`${url}/_contracts/sessions`, { method: 'POST', body: JSON.stringify({ contract: 'c', pad: 'x'.repeat(70_000) }) });
      assert.equal(big2.status, 413);
      assert.equal((await call(`${url}/_contracts`)).status, 200, 'still serving');
      assert.deepEqual(internalErrors, []);
    } finally {
      await mock.close();
    }
  });

  it('closing the server drops an answer still waiting for its delay', async () => {
    const slow = { id: 'slow', exchanges: [{ request: { method: 'GET', path: '/api/v1/health/live' }, fault: { kind: 'delay', ms: 20_000 }, response: { status: 200, body: {} } }] };
    const mock = createMockServer({ spec: FIXTURE, contracts: [slow] });
    const { url } = await mock.listen(0);
    const { session, baseURL } = (await call(`${url}/_contracts/sessions`, { method: 'POST', body: '{"contract":"slow"}' })).json;
    const pending = fetch(`${baseURL}/health/live`).then(() => 'answered', () => 'dropped');
    while ((await call(`${url}/_contracts/sessions/${session}`)).json.received === 0) await new Promise((r) => setTimeout(r, 10));
    const started = performance.now();
    await mock.close();
    assert.ok(performance.now() - started < 2000, 'close did not wait for the 20 s delay');
    assert.equal(await pending, 'dropped');
  });

  it('spec mode alone has no contract endpoints', async () => {
    const mock = createMockServer({ spec: FIXTURE });
    const { url } = await mock.listen(0);
    try {
      assert.equal(mock.contractMode, null);
      const r = await call(`${url}/_contracts/sessions`, { method: 'POST', body: '{}' });
      assert.equal(r.status, 404);
    } finally {
      await mock.close();
    }
  });
});

// `Content-Range: bytes a-b/*` (total unknown) used to send the whole bodyFile.
describe('contract mode: a 206 whose Content-Range total is *', () => {
  let m;
  before(async () => {
    const contract = structuredClone(recorded('assets/range-returns-the-first-ten-bytes'));
    contract.id = 'assets/range-with-unknown-total';
    contract.input.headers.Range = 'bytes=2-9';
    contract.exchanges[0].request.headers.Range = 'bytes=2-9';
    contract.exchanges[0].response.headers['Content-Range'] = 'bytes 2-9/*';
    contract.expect.bytes = { length: 8, sha256: sha256(PNG.subarray(2, 10)) };
    const mock = createMockServer({ spec: FIXTURE, contracts: [contract], contractsRoot: path.dirname(FIXTURE) });
    const { url } = await mock.listen(0);
    m = { url, close: () => mock.close() };
  });
  after(() => m.close());

  it('sends the named bytes of the whole file', async () => {
    const opened = await call(`${m.url}/_contracts/sessions`, { method: 'POST', body: JSON.stringify({ contract: 'assets/range-with-unknown-total' }) });
    const r = await call(`${opened.json.baseURL}/assets/ast_01JD8K3N5Q7S9U1W3Y5A7C9E1G/content`, { headers: { range: 'bytes=2-9' } });
    assert.equal(r.status, 206);
    assert.equal(r.headers.get('content-range'), 'bytes 2-9/*');
    assert.deepEqual(r.buffer, PNG.subarray(2, 10));
    assert.equal(r.headers.get('content-length'), '8');
  });
});
