// Issue 10 bugs that cross the network: bad input is an argument error before anything is sent;
// secrets never reach error headers, error causes, inspect/JSON output or validation warnings.
import { http, HttpResponse } from 'msw';
import { inspect } from 'node:util';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { APIConnectionError, APIError, SecureAIStudio } from '../../src/index.js';
import { example } from '../helpers/spec.js';
import { BASE_URL, json, makeClient, server, useServer } from '../helpers/server.js';

useServer();

const API_KEY = 'sk_test_4f9a2b7c1d8e3f6a5b0c9d2e7f1a4b8c';
const ACCESS_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.c2ln';
const REFRESH_TOKEN = 'rt_contractrefreshtoken0001';

/** Records every request that reaches the network, whatever its path. */
function recordAll(): Request[] {
  const seen: Request[] = [];
  server.use(
    http.all('*', ({ request }) => {
      seen.push(request);
      return json({});
    }),
  );
  return seen;
}

const rejection = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as Error);

describe('R9.1 dot segments and empty path parameters', () => {
  test.each([
    ['..', () => makeClient().roles.assign('..', { roleIds: ['rol_1'] } as never), "assignUserRoles: path parameter 'userId' cannot be '..'"],
    ['.', () => makeClient().templates.retrieve('.'), "getTemplate: path parameter 'templateId' cannot be '.'"],
    ['empty', () => makeClient().templates.retrieve(''), "getTemplate: path parameter 'templateId' is required"],
    ['a lone surrogate', () => makeClient().templates.retrieve('a\ud800'), "getTemplate: path parameter 'templateId' is not valid UTF-16"],
  ])('%s is an argument error naming the operation and parameter; nothing is sent', async (_label, call, message) => {
    // fetch's WHATWG URL parser resolves %2E like '.', so the request would reach another endpoint.
    const seen = recordAll();
    const error = await rejection(call());
    expect(error).toBeInstanceOf(TypeError);
    expect(error?.message.startsWith(message)).toBe(true);
    expect(seen).toEqual([]);
  });

  test('dots inside a longer segment are sent unchanged', async () => {
    const seen = recordAll();
    await makeClient({ validation: 'off' }).templates.retrieve('...');
    await makeClient({ validation: 'off' }).templates.retrieve('../admin');
    expect(seen.map((r) => new URL(r.url).pathname)).toEqual(['/api/v1/templates/...', '/api/v1/templates/..%2Fadmin']);
  });
});

describe('R9.4 header values are checked before sending', () => {
  const body = { name: 'x' } as never;
  test.each([
    ['If-Match with CR LF', () => makeClient().templates.update('tpl_1', body, { ifMatch: '"v1"\r\nX-Injected: 1' }), "updateTemplate: parameter 'ifMatch' (If-Match)", 'may contain only visible ASCII, space and tab'],
    ['If-Match with a bare LF', () => makeClient().templates.update('tpl_1', body, { ifMatch: 'a\nb' }), "updateTemplate: parameter 'ifMatch' (If-Match)", 'may contain only visible ASCII, space and tab'],
    ['Idempotency-Key with NUL', () => makeClient().templates.create(body, { idempotencyKey: 'k\u0000' }), "createTemplate: option 'idempotencyKey' may contain only", 'may contain only visible ASCII, space and tab'],
    ['Last-Event-ID with non-ASCII', () => makeClient().jobs.events('job_1', { lastEventId: 'évt' }), "streamJobEvents: parameter 'lastEventId' (Last-Event-ID)", 'may contain only visible ASCII, space and tab'],
    ['Range with DEL', () => makeClient().assets.download('ast_1', { range: 'bytes=0-1\u007f' }), "downloadAssetContent: parameter 'range' (Range)", 'may contain only visible ASCII, space and tab'],
    ['a per-call header with LF', () => makeClient().templates.list({}, { headers: { 'X-Team': 'a\nb' } }), "listTemplates: option headers['X-Team'] may contain only", 'may contain only visible ASCII, space and tab'],
  ])('%s is a TypeError naming it; nothing is sent', async (_label, call, names, why) => {
    const seen = recordAll();
    const error = await rejection(call() as Promise<unknown>);
    expect(error).toBeInstanceOf(TypeError);
    expect(error?.message).toContain(names);
    expect(error?.message).toContain(why);
    expect(seen).toEqual([]);
  });

  test('defaultHeaders are checked at construction, without quoting the value', () => {
    const secretish = `Bearer ${ACCESS_TOKEN}\r\n`;
    const make = () => makeClient({ defaultHeaders: { 'X-Team': 'ok', Authorization: secretish } });
    expect(make).toThrow(TypeError);
    expect(make).toThrow("defaultHeaders['Authorization'] may contain only visible ASCII, space and tab");
    expect(() => make()).not.toThrow(ACCESS_TOKEN);
    expect(() => makeClient({ defaultHeaders: { 'Bad Name': 'x' } })).toThrow(/"Bad Name" is an invalid header name/);
  });
});

describe('R5.5 secrets never reach an error', () => {
  test("a server echoing the credentials in headers: error.headers is redacted, whole for credential headers", async () => {
    server.use(
      http.get(`${BASE_URL}/auth/me`, () =>
        HttpResponse.json(
          { title: 'Unauthorized', status: 401, code: 'invalid_token', detail: `token ${ACCESS_TOKEN} expired` },
          {
            status: 401,
            headers: {
              'content-type': 'application/problem+json',
              'www-authenticate': `Bearer realm="api", error="invalid_token", token="${ACCESS_TOKEN}"`,
              'x-echo-key': `key=${API_KEY}`,
              'set-cookie': 'session=abc123; HttpOnly',
              'x-request-id': 'req_1',
            },
          },
        ),
      ),
    );
    const client = makeClient({ apiKey: API_KEY, accessToken: ACCESS_TOKEN, maxRetries: 0 });
    const error = (await rejection(client.auth.me())) as APIError;
    expect(error).toBeInstanceOf(APIError);
    expect(error.message).toBe('401 invalid_token: token [REDACTED] expired');
    expect(Object.fromEntries(error.headers)).toMatchObject({
      'www-authenticate': 'Bearer realm="api", error="invalid_token", token="[REDACTED]"',
      'x-echo-key': 'key=[REDACTED]',
      'set-cookie': '[REDACTED]',
      'x-request-id': 'req_1',
    });
    expect(error.requestId).toBe('req_1');
    expect(inspect(error, { depth: 10 })).not.toMatch(new RegExp(`${API_KEY}|${ACCESS_TOKEN}`));
  });

  test("a connection error's cause chain carries no secret and no URL user-info", async () => {
    const fetch: typeof globalThis.fetch = async () => {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error(`connect to http://u:${API_KEY}@10.0.0.1/api/v1 failed (key ${API_KEY})`), { code: 'ECONNREFUSED' }),
      });
    };
    const client = new SecureAIStudio({ apiKey: API_KEY, baseURL: BASE_URL, maxRetries: 0, fetch });
    const error = (await rejection(client.templates.list())) as APIConnectionError;
    expect(error).toBeInstanceOf(APIConnectionError);
    const chain: Error[] = [];
    for (let e: unknown = error; e instanceof Error; e = e.cause) chain.push(e);
    expect(chain.map((e) => e.message)).toEqual([
      'Connection error: fetch failed',
      'fetch failed',
      'connect to http://[REDACTED]@10.0.0.1/api/v1 failed (key [REDACTED])',
    ]);
    expect((chain[2] as Error & { code?: string }).code).toBe('ECONNREFUSED');
    expect(inspect(error, { depth: 10 })).not.toContain(API_KEY);
  });

  test('a base URL with user-info never shows it in the connection error', async () => {
    const client = new SecureAIStudio({ baseURL: `http://user:${API_KEY}@api.test/api/v1`, maxRetries: 0 });
    const error = (await rejection(client.health.liveness())) as APIConnectionError;
    expect(error).toBeInstanceOf(APIConnectionError);
    const text = inspect(error, { depth: 10 });
    expect(text).not.toContain(API_KEY);
    expect(text).not.toContain('user:');
    expect(error.message).toContain('http://[REDACTED]@api.test');
  });
});

describe('R5.5 the client and its settings never show credentials', () => {
  test('inspect, console.log, JSON.stringify and String show settings only', () => {
    const client = makeClient({
      apiKey: API_KEY,
      accessToken: ACCESS_TOKEN,
      refreshToken: REFRESH_TOKEN,
      defaultHeaders: { 'X-Forwarded-Key': API_KEY },
    });
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    console.log(client, client.templates);
    const logged = log.mock.calls.map((args) => args.map((a) => inspect(a, { depth: 10 })).join(' ')).join('\n');
    log.mockRestore();
    const outputs = [inspect(client, { depth: 10, showHidden: true }), inspect(client.auth, { depth: 10 }), JSON.stringify(client), String(client), `${JSON.stringify({ client })}`, logged];
    for (const text of outputs) {
      for (const secret of [API_KEY, ACCESS_TOKEN, REFRESH_TOKEN]) expect(text).not.toContain(secret);
    }
    expect(JSON.parse(JSON.stringify(client))).toEqual({ baseURL: BASE_URL, timeout: 60_000, maxRetries: 2, validation: 'strict' });
    expect(inspect(client)).toContain('SecureAIStudio');
  });
});

describe('R7 validation warnings never print a format: password value', () => {
  afterEach(() => vi.restoreAllMocks());

  test('a createApiKey response failing validation logs no part of the new secret', async () => {
    const body = example('createApiKey');
    const secret = `sk_live_${'Z'.repeat(40)}`; // violates the hex pattern: a validation issue at /secret
    body.secret = secret;
    body.name = 42;
    server.use(http.post(`${BASE_URL}/api-keys`, () => json(body, { status: 201 })));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const logger = { warn: vi.fn() };
    const data = await makeClient({ validation: 'warn', logger }).apiKeys.create({ name: 'ci' } as never);
    await makeClient({ validation: 'warn' }).apiKeys.create({ name: 'ci' } as never);
    expect(data.secret).toBe(secret); // the data is returned as received (R7.3)
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
    const logged = [...logger.warn.mock.calls, ...warn.mock.calls].map((args) => args.map((a: unknown) => inspect(a, { depth: 10 })).join(' ')).join('\n');
    expect(logged).toContain('/secret');
    expect(logged).not.toContain('Z'.repeat(40));
  });
});
