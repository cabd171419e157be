import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startMock, AUTH } from './helpers/mock.js';

const JSON_HEADERS = { ...AUTH, 'content-type': 'application/json' };
const VALID_TEMPLATE = { name: 'Portrait', kind: 'image', prompt: 'a portrait', description: null };

function issues(r) {
  return r.json.errors.map((e) => `${e.location} ${e.name}: ${e.message}`);
}

describe('request validation', () => {
  let m;
  before(async () => {
    m = await startMock();
  });
  after(() => {
    assert.deepEqual(m.internalErrors, []);
    return m.close();
  });

  it('checks query parameters, lists every violation and answers 400', async () => {
    const r = await m.api('/templates?limit=500&kind=gif&tags=a,b,c,d,e,f', { headers: AUTH });
    assert.equal(r.status, 400);
    assert.equal(r.headers.get('content-type'), 'application/problem+json');
    assert.deepEqual(issues(r), [
      'query limit: must be <= 100',
      'query kind: must be one of: "image", "video"',
      'query tags: must NOT have more than 5 items',
    ]);
    assert.equal(r.json.requestId, r.headers.get('x-request-id'));
  });

  it('coerces query values by schema (integers, comma-separated arrays)', async () => {
    assert.equal((await m.api('/templates?limit=100&tags=a,b', { headers: AUTH })).status, 200);
    const r = await m.api('/templates?limit=ten', { headers: AUTH });
    assert.deepEqual(issues(r), ['query limit: must be integer']);
  });

  it('checks path parameters', async () => {
    const r = await m.api('/templates/not-a-template', { headers: AUTH });
    assert.equal(r.status, 400);
    assert.deepEqual(issues(r), ['path templateId: must match pattern "^tpl_[A-Za-z0-9]+$"']);
  });

  it('checks required header parameters', async () => {
    const r = await m.api('/templates/tpl_1', {
      method: 'PATCH',
      headers: { ...AUTH, 'content-type': 'application/merge-patch+json' },
      body: JSON.stringify({ name: 'New' }),
    });
    assert.equal(r.status, 400);
    assert.deepEqual(issues(r), ['header If-Match: is required']);
  });

  it('checks header parameter schemas', async () => {
    const r = await m.api('/templates', { method: 'POST', headers: { ...JSON_HEADERS, 'idempotency-key': 'k'.repeat(65) }, body: JSON.stringify(VALID_TEMPLATE) });
    assert.deepEqual(issues(r), ['header Idempotency-Key: must NOT have more than 64 characters']);
  });

  it('requires credentials of one security alternative (401 + WWW-Authenticate)', async () => {
    const none = await m.api('/templates');
    assert.equal(none.status, 401);
    assert.equal(none.headers.get('www-authenticate'), 'Bearer');
    assert.deepEqual(none.json.errors.map((e) => `${e.location} ${e.name}`), ['header Authorization', 'header X-API-Key']);
    assert.equal((await m.api('/templates', { headers: { authorization: 'Basic abc' } })).status, 401, 'wrong scheme');
    assert.equal((await m.api('/templates', { headers: { 'x-api-key': 'k' } })).status, 200);
    assert.equal((await m.api('/health/live')).status, 200, 'security: [] needs nothing');
  });

  it('validates JSON bodies: required, additionalProperties, enum, lengths, boolean exclusiveMaximum', async () => {
    const r = await m.api('/templates', { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ name: '', kind: 'gif', extra: 1, steps: 100 }) });
    assert.equal(r.status, 422);
    assert.deepEqual(issues(r).sort(), [
      'body /extra: is not an allowed property',
      'body /kind: must be one of: "image", "video"',
      'body /name: must NOT have fewer than 1 characters',
      'body /prompt: is required',
      'body /steps: must be < 100',
    ]);
  });

  it('accepts a valid body, with OpenAPI nullable', async () => {
    const r = await m.api('/templates', { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(VALID_TEMPLATE) });
    assert.equal(r.status, 201);
    const bad = await m.api('/templates', { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ ...VALID_TEMPLATE, name: null }) });
    assert.deepEqual(issues(bad), ['body /name: must be string']);
  });

  it('reports nested body pointers and int32 formats', async () => {
    const r = await m.api('/generate/image', { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ prompt: 'x', size: { width: 10 }, seed: null }) });
    assert.equal(r.status, 422);
    assert.deepEqual(issues(r).sort(), ['body /size/height: is required', 'body /size/width: must be >= 64']);
  });

  it('reports parameter and body violations together as 400', async () => {
    const r = await m.api('/templates', { method: 'POST', headers: { ...JSON_HEADERS, 'idempotency-key': 'k'.repeat(65) }, body: '{}' });
    assert.equal(r.status, 400);
    assert.ok(issues(r).includes('header Idempotency-Key: must NOT have more than 64 characters'));
    assert.ok(issues(r).includes('body /name: is required'));
  });

  it('requires a body when the spec says so', async () => {
    const r = await m.api('/templates', { method: 'POST', headers: JSON_HEADERS });
    assert.equal(r.status, 422);
    assert.deepEqual(issues(r), ['body : a request body is required']);
  });

  it('rejects an undeclared content type with 415', async () => {
    const r = await m.api('/templates', { method: 'POST', headers: { ...AUTH, 'content-type': 'text/plain' }, body: 'hi' });
    assert.equal(r.status, 415);
    assert.deepEqual(issues(r), ['header Content-Type: must be one of: application/json']);
  });

  it('matches media types with parameters and structured suffixes', async () => {
    const r = await m.api('/templates', { method: 'POST', headers: { ...AUTH, 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(VALID_TEMPLATE) });
    assert.equal(r.status, 201);
    const patch = await m.api('/templates/tpl_1', {
      method: 'PATCH',
      headers: { ...AUTH, 'if-match': '"v1"', 'content-type': 'application/merge-patch+json' },
      body: JSON.stringify({ description: null }),
    });
    assert.equal(patch.status, 200);
  });

  it('validates multipart fields: presence, coercion, enum and part content type', async () => {
    const ok = new FormData();
    ok.set('file', new Blob([Buffer.from('png')], { type: 'image/png' }), 'ref.png');
    ok.set('weight', '3');
    assert.equal((await m.api('/assets', { method: 'POST', headers: AUTH, body: ok })).status, 201);

    const missing = new FormData();
    missing.set('weight', '3');
    const r1 = await m.api('/assets', { method: 'POST', headers: AUTH, body: missing });
    assert.equal(r1.status, 422);
    assert.deepEqual(issues(r1), ['body /file: is required']);

    const bad = new FormData();
    bad.set('file', new Blob(['text'], { type: 'text/plain' }), 'notes.txt');
    bad.set('weight', '30');
    bad.set('purpose', 'other');
    const r2 = await m.api('/assets', { method: 'POST', headers: AUTH, body: bad });
    assert.deepEqual(issues(r2).sort(), [
      'body /file: part content type "text/plain" is not one of: image/png, image/jpeg',
      'body /purpose: must be one of: "reference", "mask"',
      'body /weight: must be <= 10',
    ]);
  });

  it('reports a malformed multipart body as a violation', async () => {
    const r = await m.api('/assets', { method: 'POST', headers: { ...AUTH, 'content-type': 'multipart/form-data' }, body: 'garbage' });
    assert.equal(r.status, 400);
    assert.equal(r.json.errors[0].name, 'Content-Type');
  });
});

describe('cookie parameters and query API keys', () => {
  const doc = {
    openapi: '3.0.3',
    info: { title: 'cookies', version: '1' },
    servers: [{ url: '/{version}', variables: { version: { default: 'v2' } } }],
    components: { securitySchemes: { queryKey: { type: 'apiKey', in: 'query', name: 'key' } } },
    security: [{ queryKey: [] }],
    paths: {
      '/prefs': {
        get: {
          parameters: [{ name: 'theme', in: 'cookie', required: true, schema: { type: 'string', enum: ['dark', 'light'] } }],
          responses: { 200: { description: 'ok', content: { 'application/json': { schema: { type: 'object', required: ['theme'], properties: { theme: { type: 'string' } } } } } } },
        },
      },
    },
  };
  let m;
  before(async () => {
    m = await startMock({ document: doc });
  });
  after(() => m.close());

  it('serves under a server URL with variables and checks query API keys and cookies', async () => {
    assert.equal(m.mock.basePaths[0], '/v2');
    const anonymous = await m.api('/prefs', { headers: { cookie: 'theme=dark' } });
    assert.equal(anonymous.status, 401);
    assert.deepEqual(anonymous.json.errors, [{ location: 'query', name: 'key', message: 'API key required (security scheme "queryKey")' }]);
    const bad = await m.api('/prefs?key=k', { headers: { cookie: 'other=1; theme=blue' } });
    assert.equal(bad.status, 400);
    assert.deepEqual(issues(bad), ['cookie theme: must be one of: "dark", "light"']);
    const ok = await m.api('/prefs?key=k', { headers: { cookie: 'theme=dark' } });
    assert.equal(ok.status, 200);
    assert.deepEqual(ok.json, { theme: 'string' }, 'no example: generated from the schema');
  });
});

// A oneOf with a discriminator and no `type: object` (as openapi.yaml's TokenRequest had): ajv's
// discriminator skips non-objects, so `42` or `null` passed. A discriminator means an object.
describe('discriminated oneOf bodies without type: object', () => {
  const variant = (tag, extra) => ({ type: 'object', required: ['kind', extra], properties: { kind: { type: 'string', enum: [tag] }, [extra]: { type: 'string' } } });
  const doc = {
    openapi: '3.0.3',
    info: { title: 'discriminator', version: '1' },
    components: {
      schemas: {
        A: variant('a', 'alpha'),
        B: variant('b', 'beta'),
        // ajv can use this discriminator (every branch names its tag with an enum and requires it).
        Tagged: { oneOf: [{ $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/B' }], discriminator: { propertyName: 'kind' } },
        // ajv cannot (no enum on the tag): plain oneOf of one untyped branch.
        Loose: { oneOf: [{ properties: { kind: { type: 'string' } } }], discriminator: { propertyName: 'kind' } },
      },
    },
    paths: Object.fromEntries(['Tagged', 'Loose'].map((name) => [`/${name.toLowerCase()}`, {
      post: {
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } },
        responses: { 200: { description: 'ok', content: { 'application/json': { example: { ok: true } } } } },
      },
    }])),
  };
  let m;
  before(async () => {
    m = await startMock({ document: doc });
  });
  after(() => m.close());
  const post = (path, body) => m.api(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  for (const path of ['/tagged', '/loose']) {
    it(`rejects JSON bodies that are not objects (${path})`, async () => {
      const seen = {};
      for (const body of ['42', 'null', '"x"', 'true', '[null, null]']) {
        const r = await post(path, body);
        seen[body] = `${r.status} ${r.json?.errors?.[0]?.message}`;
      }
      assert.deepEqual(seen, {
        42: '422 must be object',
        null: '422 must be object',
        '"x"': '422 must be object',
        true: '422 must be object',
        '[null, null]': '422 must be object',
      });
    });
  }

  it('still accepts a matching object', async () => {
    assert.equal((await post('/tagged', JSON.stringify({ kind: 'b', beta: 'β' }))).status, 200);
    assert.equal((await post('/loose', JSON.stringify({ kind: 'anything' }))).status, 200);
    assert.equal((await post('/tagged', JSON.stringify({ kind: 'b', alpha: 'α' }))).status, 422);
  });
});
