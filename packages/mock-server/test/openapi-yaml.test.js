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

  it('answers every operation’s documented example for a valid request', async () => {
    const failures = [];
    for (const op of listOperations(doc)) {
      const { path, init } = validRequest(op, doc);
      const r = await m.api(path, init);
      const compiled = m.mock.operations.find((o) => o.operationId === op.operationId);
      const expected = compiled.responses.defaultSuccess;
      if (r.status !== expected.status) {
        failures.push(`${op.operationId}: ${r.status} ${r.text.slice(0, 300)}`);
        continue;
      }
      const content = expected.contents[0];
      if (content && !content.body.split && !r.buffer.equals(Buffer.from(content.body.data))) failures.push(`${op.operationId}: body differs from the example`);
    }
    assert.deepEqual(failures, []);
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
