import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRecorder } from '../src/record/recorder.js';
import { startMock, REPO_SPEC } from './helpers/mock.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(here, '..', '..', '..');
const { loadContracts } = await import(path.join(REPO, 'test', 'conformance', 'lib', 'contracts.mjs'));

const SECRET_KEY = 'sk_live_do_not_write_me_0001';
const UUID = () => crypto.randomUUID();

function files(dir) {
  return readdirSync(dir).flatMap((n) => {
    const full = path.join(dir, n);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

async function startRecorder(upstream, extra = {}) {
  const out = mkdtempSync(path.join(os.tmpdir(), 'sais-record-'));
  const lines = [];
  const recorder = createRecorder({ spec: REPO_SPEC, upstream, out, log: (l) => lines.push(l), root: REPO, ...extra });
  const { url } = await recorder.listen(0);
  return { recorder, out, lines, base: `${url}/api/v1`, close: async () => { await recorder.close(); rmSync(out, { recursive: true, force: true }); } };
}

describe('record mode against spec mode as the upstream', () => {
  let upstream;
  let rec;
  before(async () => {
    upstream = await startMock({ spec: REPO_SPEC });
    rec = await startRecorder(upstream.url, { secrets: ['tenant-secret-value-42'] });
  });
  after(async () => {
    await rec.close();
    await upstream.close();
  });

  it('proxies, validates both ways and writes contracts the loader accepts, without secrets', async () => {
    const key = { 'x-api-key': SECRET_KEY };
    const list = await fetch(`${rec.base}/templates?limit=1&kind=image`, { headers: key });
    assert.equal(list.status, 200);
    assert.equal((await list.json()).data.length, 1, 'the upstream answer reaches the client');
    const created = await fetch(`${rec.base}/templates`, {
      method: 'POST',
      headers: { ...key, 'content-type': 'application/json', 'idempotency-key': UUID(), cookie: 'session=abc123secret' },
      body: JSON.stringify({ name: 'Recorded', kind: 'image', prompt: 'tenant-secret-value-42 in a prompt' }),
    });
    assert.equal(created.status, 201);
    const createdBody = await created.json();
    const missing = await fetch(`${rec.base}/templates/tpl_01JD5A1B2C3D4E5F6G7H8J9K0M`, { headers: { authorization: 'Bearer eyJreal.token.value', prefer: 'code=404' } });
    assert.equal(missing.status, 404);
    await missing.arrayBuffer();
    const events = await fetch(`${rec.base}/jobs/job_01JD8K2M4P6R8T0V2X4Z6B8D0F/events`, { headers: { ...key, accept: 'text/event-stream' } });
    assert.equal(events.status, 200);
    await events.arrayBuffer();
    await rec.recorder.settled();

    const written = files(rec.out).filter((f) => f.endsWith('.yaml')).map((f) => path.relative(rec.out, f)).sort();
    assert.deepEqual(written, [
      'jobs/stream-job-events-returns-200.yaml',
      'templates/create-template-returns-201.yaml',
      'templates/get-template-raises-404-not-found.yaml',
      'templates/list-templates-returns-200.yaml',
    ]);
    const { contracts, problems } = await loadContracts([rec.out], path.join(REPO, 'openapi.yaml'));
    assert.deepEqual(problems, []);
    assert.equal(contracts.length, 4);
    for (const f of files(rec.out)) {
      const text = readFileSync(f, 'utf8');
      for (const secret of [SECRET_KEY, 'eyJreal.token.value', 'abc123secret', 'tenant-secret-value-42']) assert.ok(!text.includes(secret), `${f} holds ${secret}`);
    }
    const byOp = Object.fromEntries(contracts.map((c) => [c.operation, c]));
    const create = byOp.createTemplate;
    assert.deepEqual(create.exchanges[0].request.headers, {
      'X-API-Key': 'sk_test_contract',
      Authorization: { absent: true },
      Cookie: { present: true },
      'Idempotency-Key': { pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$' },
    });
    assert.match(create.exchanges[0].response.headers['X-Request-Id'], /^req_01JDREC[0-9A-F]{10}01$/);
    assert.deepEqual(create.expect.result, createdBody, 'expect is what the upstream answered');
    assert.equal(create.input.body.prompt, 'redacted-by-sais-mock-record in a prompt', 'a configured secret is replaced wherever it appears');
    assert.deepEqual(byOp.listTemplates.input, { query: { limit: 1, kind: 'image' } });
    assert.deepEqual(byOp.listTemplates.exchanges[0].request.query, { limit: '1', kind: 'image' });
    const get = byOp.getTemplate;
    assert.equal(get.client.auth, 'bearer');
    assert.equal(get.exchanges[0].request.headers.Authorization, 'Bearer eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJjb250cmFjdCJ9.c2lnbmF0dXJl');
    assert.deepEqual(get.expect, { error: { type: 'NotFoundError', status: 404, code: 'not_found', requestId: get.exchanges[0].response.headers['X-Request-Id'] } });
    assert.equal(get.exchanges[0].response.body.requestId, get.expect.error.requestId, 'the body\'s request ID is the stable one too');
    const stream = byOp.streamJobEvents;
    assert.equal(stream.call, 'events');
    assert.deepEqual(stream.expect.events.map((e) => e.event), ['job.status', 'job.progress', 'job.completed']);
  });

  it('records a multipart upload as a call: upload contract, the file beside it, validated both ways', async () => {
    const png = readFileSync(path.join(REPO, 'examples', 'assets', 'sample.png'));
    const form = new FormData();
    form.append('description', 'Storyboard frame 1');
    form.append('file', new Blob([png], { type: 'image/png' }), 'frame.png');
    const before = rec.lines.length;
    const r = await fetch(`${rec.base}/assets`, { method: 'POST', headers: { 'x-api-key': SECRET_KEY }, body: form });
    assert.equal(r.status, 201);
    await r.arrayBuffer();
    // A part the spec forbids (encoding: image/png, image/jpeg, image/webp) is reported, not written.
    const bad = new FormData();
    bad.append('file', new Blob(['not an image'], { type: 'text/plain' }), 'notes.txt');
    const rejected = await fetch(`${rec.base}/assets`, { method: 'POST', headers: { 'x-api-key': SECRET_KEY }, body: bad });
    await rejected.arrayBuffer();
    await rec.recorder.settled();
    const lines = rec.lines.slice(before);
    assert.ok(lines.includes('sais-mock record: uploadReferenceImage request body /file: part content type "text/plain" is not one of: image/png, image/jpeg, image/webp'), lines.join('\n'));

    const file = path.join(rec.out, 'assets', 'upload-reference-image-returns-201.yaml');
    const { contracts, problems } = await loadContracts([rec.out], path.join(REPO, 'openapi.yaml'));
    assert.deepEqual(problems, []);
    const upload = contracts.find((c) => c.file.endsWith('upload-reference-image-returns-201.yaml'));
    assert.ok(upload, `no upload contract among ${contracts.map((c) => c.id)}`);
    assert.ok(!files(rec.out).some((f) => /upload-reference-image-.*-2\.yaml$|raises/.test(f) && f.includes('upload')), 'the rejected upload is not written');
    assert.equal(upload.call, 'upload');
    const sha256 = createHash('sha256').update(png).digest('hex');
    assert.deepEqual(upload.exchanges[0].request.multipart, { fields: { description: 'Storyboard frame 1' }, files: { file: { sha256, contentType: 'image/png' } } });
    assert.deepEqual(upload.input.body, { description: 'Storyboard frame 1' });
    assert.equal(upload.input.file.contentType, 'image/png');
    assert.equal(createHash('sha256').update(readFileSync(path.join(REPO, upload.input.file.path))).digest('hex'), sha256, 'input.file holds the bytes sent');
    assert.equal(upload.exchanges[0].request.headers['X-API-Key'], 'sk_test_contract');
    assert.ok(!readFileSync(file, 'utf8').includes(SECRET_KEY));
  });

  it('prints request and response violations with their JSON pointer, and writes no contract for them', async () => {
    const before = rec.lines.length;
    const r = await fetch(`${rec.base}/templates`, { method: 'POST', headers: { 'x-api-key': SECRET_KEY, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'No prompt', kind: 'image' }) });
    assert.equal(r.status, 422, 'the upstream\'s answer is passed on');
    await r.arrayBuffer();
    await rec.recorder.settled();
    const lines = rec.lines.slice(before);
    assert.ok(lines.includes('sais-mock record: createTemplate request body /prompt: is required'), lines.join('\n'));
    assert.ok(lines.some((l) => /not written/.test(l)));
    assert.ok(!lines.some((l) => l.includes(SECRET_KEY)));
  });
});

const OLD_TOKEN = 'eyJreal.expiredaccess.token1';
const NEW_TOKEN = 'eyJreal.freshaccess.token2';
const REFRESH_TOKEN = 'rt_realrefreshsecret00000001';
const ROTATED_REFRESH_TOKEN = 'rt_realrefreshsecret00000002';

describe('record mode against a small stateful server that rate-limits', () => {
  let upstream;
  let rec;
  const templates = new Map();
  let posts = 0;
  before(async () => {
    // Behaves like a real API: the first create is rate limited (429, Retry-After), the retry
    // with the same Idempotency-Key creates, and a read returns what was created.
    upstream = http.createServer((req, res) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const id = `req_01JDUPSTREAM${String(++posts).padStart(8, '0')}`;
        const json = (status, body, headers = {}) => {
          res.writeHead(status, { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json', 'x-request-id': id, ...headers });
          res.end(JSON.stringify(body));
        };
        // Bearer tokens as a real identity provider issues them: the old one has expired, a
        // refresh with the refresh token issues a new pair.
        if (req.url === '/api/v1/auth/me') {
          if (req.headers.authorization === `Bearer ${OLD_TOKEN}`) return json(401, { type: 'https://docs.secure-ai-studio.example/problems/token-expired', title: 'Unauthorized', status: 401, detail: 'The access token has expired.', code: 'token_expired', requestId: id }, { 'www-authenticate': 'Bearer error="invalid_token"' });
          if (req.headers.authorization === `Bearer ${NEW_TOKEN}`) return json(200, { id: 'usr_01JD6W4N8R2Q5X7Z9B3C5E7G9K', kind: 'user', organizationId: 'org_01JD6W0000ACMEC0RP000000AA', email: 'ada@acme.example', displayName: 'Ada Lovelace', roleIds: ['rol_01JD6V9ADM1N000000000000AA'], permissions: ['jobs:write'] });
        }
        if (req.method === 'POST' && req.url === '/api/v1/auth/refresh') {
          const { refreshToken } = JSON.parse(Buffer.concat(chunks).toString());
          if (refreshToken === REFRESH_TOKEN) return json(200, { accessToken: NEW_TOKEN, tokenType: 'Bearer', expiresIn: 900, refreshToken: ROTATED_REFRESH_TOKEN });
        }
        if (req.method === 'POST' && req.url === '/api/v1/templates') {
          if (posts === 1) return json(429, { type: 'https://docs.secure-ai-studio.example/problems/rate-limited', title: 'Too Many Requests', status: 429, detail: 'Slow down.', code: 'rate_limited', requestId: id }, { 'retry-after': '1' });
          const body = JSON.parse(Buffer.concat(chunks).toString());
          const t = { id: 'tpl_01JDUPSTREAMCREATED00000001', name: body.name, kind: body.kind, description: null, prompt: body.prompt, tags: [], visibility: 'private', version: 1, createdAt: '2026-12-04T10:00:00Z', updatedAt: '2026-12-04T10:00:00Z' };
          templates.set(t.id, t);
          return json(201, t, { location: `/api/v1/templates/${t.id}`, etag: '"v1-abc"' });
        }
        const m = /^\/api\/v1\/templates\/([^/]+)$/.exec(req.url);
        if (req.method === 'GET' && m && templates.has(m[1])) return json(200, templates.get(m[1]), { etag: '"v1-abc"' });
        return json(404, { type: 'https://docs.secure-ai-studio.example/problems/not-found', title: 'Not Found', status: 404, detail: 'No such template.', code: 'not_found', requestId: id });
      });
    });
    await new Promise((r) => upstream.listen(0, '127.0.0.1', r));
    rec = await startRecorder(`http://127.0.0.1:${upstream.address().port}`);
  });
  after(async () => {
    await rec.close();
    await new Promise((r) => upstream.close(r));
  });

  it('groups a 429 and its retry into one scenario with the same Idempotency-Key, then records the read', async () => {
    const key = UUID();
    const send = () => fetch(`${rec.base}/templates`, { method: 'POST', headers: { 'x-api-key': SECRET_KEY, 'content-type': 'application/json', 'idempotency-key': key }, body: JSON.stringify({ name: 'Up', kind: 'image', prompt: 'p' }) });
    const first = await send();
    assert.equal(first.status, 429);
    assert.equal(first.headers.get('retry-after'), '1');
    await first.arrayBuffer();
    const second = await send();
    assert.equal(second.status, 201);
    const { id } = await second.json();
    const got = await fetch(`${rec.base}/templates/${id}`, { headers: { 'x-api-key': SECRET_KEY } });
    assert.equal(got.status, 200);
    await got.arrayBuffer();
    await rec.recorder.settled();

    const { contracts, problems } = await loadContracts([rec.out], path.join(REPO, 'openapi.yaml'));
    assert.deepEqual(problems, []);
    assert.deepEqual(contracts.map((c) => c.id).sort(), ['templates/create-template-retries-429-then-returns-201', 'templates/get-template-returns-200']);
    const create = contracts.find((c) => c.operation === 'createTemplate');
    assert.equal(create.exchanges.length, 2);
    assert.equal(create.exchanges[0].response.status, 429);
    assert.equal(create.exchanges[0].response.headers['Retry-After'], '1');
    assert.deepEqual(create.exchanges[1].request.headers['Idempotency-Key'], { sameAs: 0 });
    assert.equal(create.expect.result.id, id);
    const read = contracts.find((c) => c.operation === 'getTemplate');
    assert.deepEqual(read.input, { path: { templateId: id } });
    assert.equal(read.exchanges[0].response.headers.ETag, '"v1-abc"');
    for (const f of files(rec.out)) assert.ok(!readFileSync(f, 'utf8').includes(SECRET_KEY));
  });

  it('groups a 401, the token refresh and the repeated call into one bearerWithRefresh scenario, tokens replaced', async () => {
    const me = (token) => fetch(`${rec.base}/auth/me`, { headers: { authorization: `Bearer ${token}` } });
    const first = await me(OLD_TOKEN);
    assert.equal(first.status, 401);
    await first.arrayBuffer();
    const refreshed = await fetch(`${rec.base}/auth/refresh`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ refreshToken: REFRESH_TOKEN }) });
    assert.equal(refreshed.status, 200);
    assert.equal((await refreshed.json()).accessToken, NEW_TOKEN, 'the client gets the real tokens');
    const again = await me(NEW_TOKEN);
    assert.equal(again.status, 200);
    await again.arrayBuffer();
    await rec.recorder.settled();

    const { contracts, problems } = await loadContracts([rec.out], path.join(REPO, 'openapi.yaml'));
    assert.deepEqual(problems, []);
    const c = contracts.find((x) => x.operation === 'getCurrentPrincipal');
    assert.equal(c.id, 'auth/get-current-principal-refreshes-the-token-after-401-then-returns-200');
    assert.ok(!contracts.some((x) => x.operation === 'refreshToken'), 'the refresh is part of the scenario, not a contract of its own');
    assert.deepEqual(c.client, { auth: 'bearerWithRefresh' });
    assert.deepEqual(c.exchanges.map((x) => [x.request.method, x.request.path, x.response.status]), [['GET', '/api/v1/auth/me', 401], ['POST', '/api/v1/auth/refresh', 200], ['GET', '/api/v1/auth/me', 200]]);
    const [expired, refresh, repeat] = c.exchanges;
    assert.equal(expired.request.headers.Authorization, 'Bearer eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJjb250cmFjdCJ9.c2lnbmF0dXJl');
    assert.deepEqual(refresh.request.headers, { Authorization: { absent: true }, 'X-API-Key': { absent: true } });
    assert.deepEqual(refresh.request.body, { refreshToken: 'rt_contractrefreshtoken0001' });
    assert.equal(refresh.response.body.accessToken, 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJyZWZyZXNoZWQifQ.bmV3c2lnbmF0dXJl');
    assert.equal(refresh.response.body.refreshToken, 'rt_contractrefreshtoken0002');
    assert.equal(repeat.request.headers.Authorization, `Bearer ${refresh.response.body.accessToken}`, 'the repeat carries the refreshed token');
    assert.equal(c.expect.result.email, 'ada@acme.example');
    for (const f of files(rec.out)) {
      const text = readFileSync(f, 'utf8');
      for (const secret of [OLD_TOKEN, NEW_TOKEN, REFRESH_TOKEN, ROTATED_REFRESH_TOKEN]) assert.ok(!text.includes(secret), `${f} holds ${secret}`);
    }
  });
});

describe('contracts recorded through the proxy (test/conformance/record/through-proxy.mjs)', () => {
  it('records its scenarios from --stateful, all of which the contract loader accepts, with no secret written', async () => {
    const { spawnSync } = await import('node:child_process');
    const out = mkdtempSync(path.join(os.tmpdir(), 'sais-through-proxy-'));
    try {
      const r = spawnSync(process.execPath, [path.join(REPO, 'test', 'conformance', 'record', 'through-proxy.mjs'), '--out', out], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
      assert.equal(r.status, 0, r.stderr + r.stdout);
      const { contracts, problems } = await loadContracts([out], path.join(REPO, 'openapi.yaml'));
      assert.deepEqual(problems, []);
      const ids = contracts.map((c) => c.id).sort();
      assert.ok(ids.includes('assets/upload-reference-image-returns-201'), ids.join(', '));
      assert.ok(ids.includes('auth/get-current-principal-refreshes-the-token-after-401-then-returns-200'), ids.join(', '));
      assert.ok(ids.includes('templates/create-template-retries-429-then-returns-201'), ids.join(', '));
      assert.equal(contracts.length, 11, ids.join(', '));
      for (const f of files(out)) {
        const text = readFileSync(f, 'latin1');
        for (const secret of ['sk_live_through_proxy_0001', 'eyJyZWFs.ZXhwaXJlZA.c2Vzc2lvbg', 'rt_realrefreshtokenthroughproxy01']) assert.ok(!text.includes(secret), `${f} holds ${secret}`);
      }
      const again = spawnSync(process.execPath, [path.join(REPO, 'test', 'conformance', 'record', 'through-proxy.mjs'), '--out', out], { cwd: REPO, encoding: 'utf8' });
      assert.equal(again.status, 2, 'a folder with recordings in it is refused (the recorder never overwrites)');
      assert.match(again.stderr, /is not empty/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
