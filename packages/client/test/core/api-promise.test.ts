import { http } from 'msw';
import { describe, expect, test, vi } from 'vitest';
import { APIPromise, SecureAIStudio } from '../../src/index.js';
import { example } from '../helpers/spec.js';
import { BASE_URL, json, makeClient, server, useServer } from '../helpers/server.js';

useServer();

const TEMPLATE = 'tpl_01JD5A1B2C3D4E5F6G7H8J9K0M';

describe('R10 raw response and request id', () => {
  test('withResponse() gives data, the raw Response and the X-Request-Id', async () => {
    server.use(http.get(`${BASE_URL}/templates/${TEMPLATE}`, () => json(example('getTemplate'), { headers: { etag: '"v3-5f2b9c"', 'x-request-id': 'req_WITHRESP0001' } })));
    const promise = makeClient().templates.retrieve(TEMPLATE);
    expect(promise).toBeInstanceOf(APIPromise);
    const { data, response, requestId } = await promise.withResponse();
    expect(data).toEqual(example('getTemplate'));
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('"v3-5f2b9c"');
    expect(requestId).toBe('req_WITHRESP0001');
  });

  test('asResponse() gives the unread Response; awaiting the same promise still parses', async () => {
    server.use(http.get(`${BASE_URL}/templates/${TEMPLATE}`, () => json(example('getTemplate'))));
    const promise = makeClient().templates.retrieve(TEMPLATE);
    const response = await promise.asResponse();
    expect(response.bodyUsed).toBe(false);
    const fresh = makeClient().templates.retrieve(TEMPLATE);
    expect((await fresh).id).toBe(TEMPLATE);
  });

  test('empty 204 responses resolve to undefined, with the response still reachable', async () => {
    server.use(http.delete(`${BASE_URL}/templates/${TEMPLATE}`, () => new Response(null, { status: 204, headers: { 'x-request-id': 'req_DELETED00001' } })));
    const { data, requestId } = await makeClient().templates.delete(TEMPLATE, { ifMatch: '"v3"' }).withResponse();
    expect(data).toBeUndefined();
    expect(requestId).toBe('req_DELETED00001');
  });
});

describe('custom fetch and base URL', () => {
  test('an injected fetch receives every request (R1.5: any runtime with fetch)', async () => {
    const fetchSpy = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      expect(request.url).toBe('https://proxy.example/v1/health/live');
      return new Response(JSON.stringify(example('getLiveness')), { headers: { 'content-type': 'application/json' } });
    });
    const client = new SecureAIStudio({ apiKey: 'k', baseURL: 'https://proxy.example/v1/', fetch: fetchSpy as typeof fetch, validation: 'strict' });
    await expect(client.health.liveness()).resolves.toEqual(example('getLiveness'));
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });

  test('defaultHeaders and per-request headers are sent; null removes one', async () => {
    let headers = new Headers();
    server.use(
      http.get(`${BASE_URL}/health/live`, ({ request }) => {
        headers = request.headers;
        return json(example('getLiveness'));
      }),
    );
    await makeClient({ defaultHeaders: { 'x-team': 'imaging', 'x-drop': 'me' } }).health.liveness({ headers: { 'x-call': '1', 'x-drop': null } });
    expect(headers.get('x-team')).toBe('imaging');
    expect(headers.get('x-call')).toBe('1');
    expect(headers.has('x-drop')).toBe(false);
  });

  test('path parameters are percent-encoded and a missing one is a clear TypeError', async () => {
    let url = '';
    server.use(
      http.get(`${BASE_URL}/templates/:id`, ({ request }) => {
        url = request.url;
        return json(example('getTemplate'));
      }),
    );
    await makeClient({ validation: 'off' }).templates.retrieve('a/b c');
    expect(url).toBe(`${BASE_URL}/templates/a%2Fb%20c`);
    await expect(makeClient().templates.retrieve('')).rejects.toThrow("getTemplate: path parameter 'templateId' is required");
  });
});
