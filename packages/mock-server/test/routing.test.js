import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startMock, AUTH } from './helpers/mock.js';

describe('routing', () => {
  let m;
  before(async () => {
    m = await startMock();
  });
  after(() => m.close());

  it('serves operations under the base path of the servers URLs', async () => {
    const r = await m.api('/templates?limit=5', { headers: AUTH });
    assert.equal(r.status, 200);
    assert.equal(r.json.data[0].id, 'tpl_1');
    assert.equal((await m.raw('/templates?limit=5', { headers: AUTH })).status, 404, 'not at the root when a base path exists');
  });

  it('matches path templates and decodes parameters', async () => {
    const r = await m.api('/templates/tpl_abc', { headers: AUTH });
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('etag'), '"v1"');
  });

  it('answers an unknown path with a 404 problem', async () => {
    const r = await m.api('/nothing/here', { headers: AUTH });
    assert.equal(r.status, 404);
    assert.equal(r.headers.get('content-type'), 'application/problem+json');
    assert.equal(r.json.status, 404);
    assert.equal(r.json.instance, '/api/v1/nothing/here');
    assert.match(r.json.detail, /GET \/api\/v1\/nothing\/here/);
  });

  it('answers a wrong method with 405 and Allow', async () => {
    const r = await m.api('/templates', { method: 'PUT', headers: AUTH });
    assert.equal(r.status, 405);
    assert.equal(r.headers.get('allow'), 'GET, HEAD, POST');
    assert.equal(r.json.status, 405);
    const one = await m.api('/templates/tpl_1', { method: 'POST', headers: AUTH });
    assert.equal(one.headers.get('allow'), 'DELETE, GET, HEAD, PATCH');
  });

  it('answers HEAD like GET without a body', async () => {
    const r = await m.api('/templates/tpl_1', { method: 'HEAD', headers: AUTH });
    assert.equal(r.status, 200);
    assert.equal(r.buffer.length, 0);
    assert.ok(Number(r.headers.get('content-length')) > 0);
  });

  it('serves at the root when the spec has no base path', async () => {
    const doc = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: { '/ping': { get: { responses: { 200: { description: 'ok', content: { 'application/json': { example: { pong: true } } } } } } } },
    };
    const root = await startMock({ document: doc });
    try {
      const r = await root.raw('/ping');
      assert.equal(r.status, 200);
      assert.deepEqual(r.json, { pong: true });
    } finally {
      await root.close();
    }
  });
});
