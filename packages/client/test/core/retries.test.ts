import { http, HttpResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import { APIConnectionError, ConflictError, InternalServerError, RateLimitError, BadRequestError } from '../../src/index.js';
import {
  backoffDelay,
  isMethodRetryable,
  isStatusRetryable,
  MAX_RETRY_AFTER_MS,
  parseRetryAfter,
  retryDelay,
} from '../../src/internal/retry-policy.js';
import { example } from '../helpers/spec.js';
import { BASE_URL, json, makeClient, problem, server, useServer } from '../helpers/server.js';

useServer();

const TEMPLATE = 'tpl_01JD5A1B2C3D4E5F6G7H8J9K0M';

/** Answers with the given responses in order (the last one repeats) and records each request. */
function sequence(method: 'get' | 'post', path: string, responses: (() => Response)[]) {
  const requests: Request[] = [];
  const handler = method === 'get' ? http.get : http.post;
  server.use(
    handler(`${BASE_URL}${path}`, ({ request }) => {
      requests.push(request.clone());
      const next = responses[Math.min(requests.length - 1, responses.length - 1)] as () => Response;
      return next();
    }),
  );
  return requests;
}

const noWait = { 'retry-after': '0' };

describe('R3 retry decisions (pure)', () => {
  test('R3.2 retryable statuses', () => {
    for (const s of [408, 429, 500, 502, 503, 504]) expect(isStatusRetryable(s, undefined)).toBe(true);
    for (const s of [400, 401, 403, 404, 412, 422, 501, 505]) expect(isStatusRetryable(s, undefined)).toBe(false);
    expect(isStatusRetryable(409, 'resource_locked')).toBe(true);
    expect(isStatusRetryable(409, 'conflict')).toBe(false);
    expect(isStatusRetryable(409, undefined)).toBe(false);
  });

  test('R3.3 methods: idempotent ones always, POST/PATCH only with an Idempotency-Key', () => {
    for (const m of ['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']) expect(isMethodRetryable(m, new Headers())).toBe(true);
    expect(isMethodRetryable('POST', new Headers())).toBe(false);
    expect(isMethodRetryable('PATCH', new Headers())).toBe(false);
    expect(isMethodRetryable('POST', new Headers({ 'Idempotency-Key': 'k' }))).toBe(true);
  });

  test('R3.4 backoff: 500 ms doubling, capped at 8 s, jitter removes at most 25 %', () => {
    expect([1, 2, 3, 4, 5, 6, 10].map((n) => backoffDelay(n, 0))).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
    expect(backoffDelay(1, 0.999999)).toBeCloseTo(375, 0);
    expect(backoffDelay(3, 0.5)).toBe(1750);
    for (let i = 0; i < 200; i++) {
      const d = backoffDelay(2);
      expect(d).toBeGreaterThan(750);
      expect(d).toBeLessThanOrEqual(1000);
    }
  });

  test('R3.5 Retry-After: seconds or HTTP-date, clamped to [0, 60 s]', () => {
    const now = Date.parse('2026-11-21T10:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('0.5', now)).toBe(500);
    expect(parseRetryAfter('Sat, 21 Nov 2026 10:00:07 GMT', now)).toBe(7000);
    expect(parseRetryAfter('Sat, 21 Nov 2026 09:59:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('3600', now)).toBe(MAX_RETRY_AFTER_MS);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-1', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(retryDelay(1, new Headers({ 'retry-after': '2' }), 0)).toBe(2000);
    expect(retryDelay(3, new Headers(), 0)).toBe(2000);
  });
});

describe('R3 retries over HTTP', () => {
  test('a 503 then 200 on GET succeeds after one retry with the same request', async () => {
    const reqs = sequence('get', `/templates/${TEMPLATE}`, [() => problem(503, 'unavailable', 'busy', noWait), () => json(example('getTemplate'))]);
    const template = await makeClient().templates.retrieve(TEMPLATE);
    expect(template.id).toBe(TEMPLATE);
    expect(reqs).toHaveLength(2);
    expect([...(reqs[1]?.headers ?? [])]).toEqual([...(reqs[0]?.headers ?? [])]);
  });

  test('R3.1 default maxRetries is 2: three attempts, then the typed error', async () => {
    const reqs = sequence('get', `/templates/${TEMPLATE}`, [() => problem(500, 'internal_error', 'boom', noWait)]);
    await expect(makeClient().templates.retrieve(TEMPLATE)).rejects.toBeInstanceOf(InternalServerError);
    expect(reqs).toHaveLength(3);
  });

  test('maxRetries per client and per request', async () => {
    const reqs = sequence('get', `/templates/${TEMPLATE}`, [() => problem(429, 'rate_limited', 'slow down', noWait)]);
    await expect(makeClient({ maxRetries: 4 }).templates.retrieve(TEMPLATE)).rejects.toBeInstanceOf(RateLimitError);
    expect(reqs).toHaveLength(5);
    await expect(makeClient({ maxRetries: 4 }).templates.retrieve(TEMPLATE, { maxRetries: 0 })).rejects.toBeInstanceOf(RateLimitError);
    expect(reqs).toHaveLength(6);
  });

  test('R3.5 Retry-After is waited for', async () => {
    sequence('get', `/templates/${TEMPLATE}`, [() => problem(429, 'rate_limited', 'slow down', { 'retry-after': '1' }), () => json(example('getTemplate'))]);
    const started = Date.now();
    await makeClient().templates.retrieve(TEMPLATE);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  test('R3.4 without Retry-After the first retry waits 375–500 ms', async () => {
    sequence('get', `/templates/${TEMPLATE}`, [() => problem(502, 'bad_gateway', 'upstream'), () => json(example('getTemplate'))]);
    const started = Date.now();
    await makeClient().templates.retrieve(TEMPLATE);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(370);
    expect(elapsed).toBeLessThan(3000);
  });

  test('R3.2 a 409 lock conflict is retried, any other 409 is not', async () => {
    const locked = sequence('get', `/templates/${TEMPLATE}`, [() => problem(409, 'resource_locked', 'locked', noWait), () => json(example('getTemplate'))]);
    await makeClient().templates.retrieve(TEMPLATE);
    expect(locked).toHaveLength(2);
    const other = sequence('get', `/templates/${TEMPLATE}`, [() => problem(409, 'conflict', 'state conflict', noWait)]);
    await expect(makeClient().templates.retrieve(TEMPLATE)).rejects.toBeInstanceOf(ConflictError);
    expect(other).toHaveLength(1);
  });

  test('R3.2 a 400 is never retried', async () => {
    const reqs = sequence('get', `/templates/${TEMPLATE}`, [() => problem(400, 'bad_request', 'bad', noWait)]);
    await expect(makeClient().templates.retrieve(TEMPLATE)).rejects.toBeInstanceOf(BadRequestError);
    expect(reqs).toHaveLength(1);
  });

  test('R3.1 connection errors are retried', async () => {
    let n = 0;
    server.use(
      http.get(`${BASE_URL}/templates/${TEMPLATE}`, () => (++n < 2 ? HttpResponse.error() : json(example('getTemplate')))),
    );
    await makeClient().templates.retrieve(TEMPLATE);
    expect(n).toBe(2);
  });

  test('R3.3 a POST without Idempotency-Key is not retried', async () => {
    const reqs = sequence('post', '/jobs/job_01JD8K2M4P6R8T0V2X4Z6B8D0F/cancel', [() => problem(503, 'unavailable', 'busy', noWait)]);
    await expect(makeClient().jobs.cancel('job_01JD8K2M4P6R8T0V2X4Z6B8D0F')).rejects.toBeInstanceOf(InternalServerError);
    expect(reqs).toHaveLength(1);
    expect(reqs[0]?.headers.has('idempotency-key')).toBe(false);
  });

  test('R3.6 creating POSTs get one generated Idempotency-Key, identical on every retry', async () => {
    const reqs = sequence('post', '/templates', [() => problem(503, 'unavailable', 'busy', noWait), () => HttpResponse.error(), () => json(example('createTemplate'), { status: 201 })]);
    const body = { name: 'Product shot', kind: 'image', prompt: 'Studio photo of {product}' } as const;
    await makeClient().templates.create(body as never);
    expect(reqs).toHaveLength(3);
    const keys = reqs.map((r) => r.headers.get('idempotency-key'));
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(keys).size).toBe(1);
    expect(await Promise.all(reqs.map((r) => r.json()))).toEqual([body, body, body]);
  });

  test('R3.6 each call gets a fresh key; a caller-supplied key is used as is and makes a POST retryable', async () => {
    const reqs = sequence('post', '/templates', [() => json(example('createTemplate'), { status: 201 })]);
    const client = makeClient();
    await client.templates.create({} as never);
    await client.templates.create({} as never);
    expect(reqs[0]?.headers.get('idempotency-key')).not.toBe(reqs[1]?.headers.get('idempotency-key'));
    const cancel = sequence('post', '/jobs/job_01JD8K2M4P6R8T0V2X4Z6B8D0F/cancel', [() => problem(503, 'unavailable', 'busy', noWait), () => json(example('cancelJob'))]);
    await client.jobs.cancel('job_01JD8K2M4P6R8T0V2X4Z6B8D0F', { idempotencyKey: 'my-key-1' });
    expect(cancel.map((r) => r.headers.get('idempotency-key'))).toEqual(['my-key-1', 'my-key-1']);
  });

  test('exhausted connection retries raise APIConnectionError', async () => {
    let n = 0;
    server.use(
      http.get(`${BASE_URL}/templates/${TEMPLATE}`, () => {
        n++;
        return HttpResponse.error();
      }),
    );
    await expect(makeClient({ maxRetries: 1 }).templates.retrieve(TEMPLATE)).rejects.toBeInstanceOf(APIConnectionError);
    expect(n).toBe(2);
  });
});

describe('R3.6 key format without crypto.randomUUID', () => {
  test('the getRandomValues fallback yields a v4 UUID', async () => {
    const { uuid4 } = await import('../../src/internal/uuid.js');
    const original = globalThis.crypto.randomUUID;
    Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const keys = new Set(Array.from({ length: 50 }, () => uuid4()));
      expect(keys.size).toBe(50);
      for (const k of keys) expect(k).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(globalThis.crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});
