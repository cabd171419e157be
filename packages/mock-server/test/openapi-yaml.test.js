import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startMock, REPO_SPEC } from './helpers/mock.js';
import { validRequest } from './helpers/valid-request.js';
import { loadSpec } from '../src/spec/load-spec.js';
import { listOperations, deref } from '../src/spec/operations.js';
import { createAjvPair } from '../src/validation/create-ajv.js';
import { componentId, toJsonSchema } from '../src/validation/to-json-schema.js';
import { createSpecOracle } from './helpers/spec-oracle.js';

// The project's own spec: every operation must be servable, and the mock's own error answers
// must be valid API responses (Problem schema, X-Request-Id pattern) so SDKs can decode them.
describe('against openapi.yaml', () => {
  let m;
  let doc;
  let ajv;
  before(async () => {
    m = await startMock({ spec: REPO_SPEC });
    ({ doc } = loadSpec(REPO_SPEC));
    ajv = createAjvPair(doc).strict;
  });
  after(() => m.close());

  const checkProblem = (r, status) => {
    assert.equal(r.status, status);
    assert.equal(r.headers.get('content-type'), 'application/problem+json');
    const validate = ajv.getSchema(componentId('response', 'Problem'));
    assert.ok(validate(r.json), `Problem schema: ${JSON.stringify(validate.errors)} in ${r.text}`);
    const idSchema = deref(doc, doc.components.headers['X-Request-Id']).schema;
    assert.match(r.headers.get('x-request-id'), new RegExp(idSchema.pattern));
    assert.equal(r.json.requestId, r.headers.get('x-request-id'));
  };

  it('routes every operation', () => {
    assert.equal(m.mock.operations.length, listOperations(doc).length);
    assert.ok(m.mock.operations.length >= 45, `only ${m.mock.operations.length} operations`);
    assert.deepEqual(m.mock.basePaths, ['/api/v1']);
  });

  it('answers every operation’s documented example for a valid request (GraphQL ones by running it)', async () => {
    const failures = [];
    const oracle = await createSpecOracle(REPO_SPEC);
    let graphql = 0;
    for (const op of listOperations(doc)) {
      const { path, init } = validRequest(op, doc);
      const r = await m.api(path, init);
      const compiled = m.mock.operations.find((o) => o.operationId === op.operationId);
      const expected = compiled.responses.defaultSuccess;
      if (r.status !== expected.status) {
        failures.push(`${op.operationId}: ${r.status} ${r.text.slice(0, 300)}`);
        continue;
      }
      if (op.operation['x-graphql-schema']) {
        // Run by src/graphql/ against the REST operations: the result of the example document,
        // not the example answer; it must still be a documented, valid one with data and no errors.
        graphql++;
        const problems = oracle(op.method, `${m.mock.basePaths[0]}${op.pathTemplate}`, r.status, r.headers.get('content-type'), r.json);
        if (problems.length > 0 || r.json?.data == null || r.json.errors !== undefined) failures.push(`${op.operationId}: ${problems.join('; ')} ${r.text.slice(0, 300)}`);
        continue;
      }
      const content = expected.contents[0];
      if (content && !content.body.split && !r.buffer.equals(Buffer.from(content.body.data))) failures.push(`${op.operationId}: body differs from the example`);
    }
    assert.deepEqual(failures, []);
    assert.equal(graphql, 2, 'POST and GET /graphql run their example documents');
  });

  it('answers validation failures with Problem bodies that match the spec', async () => {
    checkProblem(await m.api('/templates?limit=100000', { headers: { authorization: 'Bearer t' } }), 400);
    const body = await m.api('/templates', { method: 'POST', headers: { authorization: 'Bearer t', 'content-type': 'application/json' }, body: '{"unexpected\\u0007": 1}' });
    checkProblem(body, 422);
    assert.ok(body.json.errors.length >= 1);
    checkProblem(await m.api('/templates', { method: 'POST', headers: { authorization: 'Bearer t', 'content-type': 'application/json' }, body: '{' }), 400);
    checkProblem(await m.api('/templates'), 401);
    checkProblem(await m.api('/nowhere', { headers: { authorization: 'Bearer t' } }), 404);
    checkProblem(await m.api('/templates', { method: 'PUT', headers: { authorization: 'Bearer t' } }), 405);
    checkProblem(await m.api('/templates', { method: 'POST', headers: { authorization: 'Bearer t', 'content-type': 'text/csv' }, body: 'a,b' }), 415);
  });

  it('serves only examples that conform to their schemas (JSON bodies, headers, parameters)', () => {
    const failures = [];
    let checked = 0;
    const check = (where, schema, value, direction) => {
      if (!schema) return;
      checked++;
      const validate = ajv.compile(toJsonSchema(schema, doc, direction));
      if (!validate(value)) failures.push(`${where}: ${ajv.errorsText(validate.errors)}`);
    };
    const examplesOf = (media) => [
      ...(media.example !== undefined ? [['example', media.example]] : []),
      ...Object.entries(media.examples ?? {}).map(([name, e]) => [`examples.${name}`, deref(doc, e).value]),
    ];
    for (const op of listOperations(doc)) {
      for (const [status, raw] of Object.entries(op.responses)) {
        const response = deref(doc, raw);
        for (const [type, media] of Object.entries(response.content ?? {})) {
          if (!type.includes('json')) continue;
          for (const [name, value] of examplesOf(media)) check(`${op.operationId} ${status} ${type} ${name}`, media.schema, value, 'response');
        }
        for (const [name, raw2] of Object.entries(response.headers ?? {})) {
          const header = deref(doc, raw2);
          if (header.example !== undefined) check(`${op.operationId} ${status} header ${name}`, header.schema, header.example, 'response');
        }
      }
      for (const [type, media] of Object.entries(op.requestBody?.content ?? {})) {
        if (!type.includes('json')) continue;
        for (const [name, value] of examplesOf(media)) check(`${op.operationId} request ${type} ${name}`, media.schema, value, 'request');
      }
    }
    assert.ok(checked > 100, `only ${checked} examples found`);
    assert.deepEqual(failures, []);
  });

  it('validates discriminated oneOf bodies against the named variant only', async () => {
    const post = (body) => m.api('/auth/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const unknown = await post({ grantType: 'magic' });
    checkProblem(unknown, 422);
    assert.deepEqual(unknown.json.errors, [{ location: 'body', name: '/grantType', message: '"magic" does not name a known variant' }]);
    const missing = await post({});
    assert.deepEqual(missing.json.errors, [{ location: 'body', name: '/grantType', message: 'is required: it names the variant' }]);
    const partial = await post({ grantType: 'client_credentials', clientId: 1 });
    assert.deepEqual(partial.json.errors.map((e) => e.name).sort(), ['/clientId', '/clientSecret']);
  });

  it('rejects non-object JSON bodies for createToken (a discriminated oneOf)', async () => {
    const seen = {};
    for (const body of ['42', 'null', '"x"', 'true', '[null, null]']) {
      const r = await m.api('/auth/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      checkProblem(r, 422);
      seen[body] = r.json.errors.map((e) => `${e.name}: ${e.message}`);
    }
    assert.deepEqual(Object.values(seen), Array(5).fill([': must be object']), JSON.stringify(seen));
  });

  it('ends every paginated list: the page a cursor fetches is another one, with a null nextCursor', async () => {
    const auth = { authorization: 'Bearer t' };
    const lists = listOperations(doc).filter((op) => op.operation['x-pagination']);
    assert.ok(lists.length >= 5, `only ${lists.length} paginated operations`);
    const walked = {};
    for (const op of lists) {
      const x = op.operation['x-pagination'];
      const { path } = validRequest(op, doc);
      const ids = [];
      let cursor = null;
      let pages = 0;
      do {
        const url = cursor === null ? path : `${path}${path.includes('?') ? '&' : '?'}${x.cursorParam}=${encodeURIComponent(cursor)}`;
        const r = await m.api(url, { headers: auth });
        assert.equal(r.status, 200, `${op.operationId} page ${pages + 1}: ${r.text.slice(0, 200)}`);
        ids.push(...r.json[x.itemsField].map((item) => item.id));
        cursor = r.json[x.nextCursorField];
        pages++;
      } while (cursor !== null && pages < 10);
      assert.equal(cursor, null, `${op.operationId} never ends`);
      assert.equal(new Set(ids).size, ids.length, `${op.operationId} repeats items: ${ids}`);
      walked[op.operationId] = pages;
    }
    // The three lists whose example has a next page take two pages; every other list one.
    assert.deepEqual(Object.entries(walked).filter(([, n]) => n > 1).map(([id]) => id).sort(), ['listAuditEvents', 'listJobs', 'listTemplates']);
  });

  it('answers each resource’s 404 with an example naming that resource', async () => {
    const failures = [];
    let checked = 0;
    for (const op of listOperations(doc)) {
      if (!op.responses['404'] || !op.pathTemplate.includes('{')) continue;
      const { path, init } = validRequest(op, doc);
      const r = await m.api(path, { ...init, headers: { ...init.headers, prefer: 'code=404' } });
      checkProblem(r, 404);
      checked++;
      // `/compliance/reports/{reportId}/…` → the instance is under /api/v1/compliance/reports/.
      const collection = `/api/v1${op.pathTemplate.slice(0, op.pathTemplate.indexOf('{'))}`;
      const id = String(r.json.instance).slice(collection.length).split('/')[0];
      if (!String(r.json.instance).startsWith(collection) || !id || !r.json.detail.includes(id)) {
        failures.push(`${op.operationId}: ${r.json.detail} (${r.json.instance})`);
      }
    }
    assert.ok(checked >= 20, `only ${checked} operations document a 404`);
    assert.deepEqual(failures, []);
  });

  it('downloads assets by Accept, with Range → 206 and 416 outside the content', async () => {
    const assets = path.join(path.dirname(REPO_SPEC), 'examples', 'assets');
    const png = readFileSync(path.join(assets, 'sample.png'));
    const mp4 = readFileSync(path.join(assets, 'sample.mp4'));
    const auth = { authorization: 'Bearer t' };
    const image = await m.api('/assets/ast_01JD9Z8Y7X6W5V4T3S2R1Q0P9N/content', { headers: auth });
    assert.equal(image.headers.get('content-type'), 'image/png');
    assert.ok(image.buffer.equals(png));
    const video = await m.api('/assets/ast_01JD9Z8Y7X6W5V4T3S2R1Q0P9N/content', { headers: { ...auth, accept: 'video/mp4' } });
    assert.equal(video.headers.get('content-type'), 'video/mp4');
    assert.ok(video.buffer.equals(mp4));
    const part = await m.api('/assets/ast_01JD9Z8Y7X6W5V4T3S2R1Q0P9N/content', { headers: { ...auth, range: 'bytes=0-15' } });
    assert.equal(part.status, 206);
    assert.equal(part.headers.get('content-range'), `bytes 0-15/${png.length}`);
    assert.ok(part.buffer.equals(png.subarray(0, 16)));
    checkProblem(await m.api('/assets/ast_01JD9Z8Y7X6W5V4T3S2R1Q0P9N/content', { headers: { ...auth, range: 'bytes=999999-' } }), 416);
  });

  it('picks documented error responses with Prefer', async () => {
    const r = await m.api('/templates', { headers: { authorization: 'Bearer t', prefer: 'code=429' } });
    checkProblem(r, 429);
    assert.ok(r.headers.get('retry-after'));
  });
});
