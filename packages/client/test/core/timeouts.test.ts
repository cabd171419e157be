import { delay, http } from 'msw';
import { describe, expect, test } from 'vitest';
import { APIConnectionTimeoutError, APIUserAbortError, SecureAIStudio } from '../../src/index.js';
import { example } from '../helpers/spec.js';
import { BASE_URL, json, makeClient, problem, server, useServer } from '../helpers/server.js';

useServer();

const TEMPLATE = 'tpl_01JD5A1B2C3D4E5F6G7H8J9K0M';

function slow(ms: number) {
  let calls = 0;
  server.use(
    http.get(`${BASE_URL}/templates/${TEMPLATE}`, async () => {
      calls++;
      await delay(ms);
      return json(example('getTemplate'));
    }),
  );
  return () => calls;
}

describe('R2 timeouts and cancellation', () => {
  test('R2.1 the default timeout is 60 s', () => {
    expect(new SecureAIStudio({ apiKey: 'k' }).timeout).toBe(60_000);
    expect(new SecureAIStudio({ apiKey: 'k' }).maxRetries).toBe(2);
  });

  test('R2.1 the client timeout bounds each attempt and raises APIConnectionTimeoutError', async () => {
    const calls = slow(5_000);
    const started = Date.now();
    const e = await makeClient({ timeout: 100, maxRetries: 0 }).templates.retrieve(TEMPLATE).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(APIConnectionTimeoutError);
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(calls()).toBe(1);
  });

  test('R2.2 a per-request timeout overrides the client one', async () => {
    slow(300);
    await expect(makeClient({ timeout: 50 }).templates.retrieve(TEMPLATE, { timeout: 5_000 })).resolves.toMatchObject({ id: TEMPLATE });
    await expect(makeClient({ timeout: 5_000 }).templates.retrieve(TEMPLATE, { timeout: 50, maxRetries: 0 })).rejects.toBeInstanceOf(APIConnectionTimeoutError);
  });

  test('R3.1 timeouts are retried like connection errors', async () => {
    const calls = slow(2_000);
    await expect(makeClient({ timeout: 50, maxRetries: 1 }).templates.retrieve(TEMPLATE)).rejects.toBeInstanceOf(APIConnectionTimeoutError);
    expect(calls()).toBe(2);
  });

  test('R2.3 aborting the signal cancels the request with APIUserAbortError and no retry', async () => {
    const calls = slow(5_000);
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    const started = Date.now();
    const e = await makeClient().templates.retrieve(TEMPLATE, { signal: ac.signal }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(APIUserAbortError);
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(calls()).toBe(1);
  });

  test('R2.3 aborting during a retry backoff stops at once', async () => {
    server.use(http.get(`${BASE_URL}/templates/${TEMPLATE}`, () => problem(503, 'unavailable', 'busy', { 'retry-after': '30' })));
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 100);
    const started = Date.now();
    await expect(makeClient().templates.retrieve(TEMPLATE, { signal: ac.signal })).rejects.toBeInstanceOf(APIUserAbortError);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test('an already aborted signal sends nothing', async () => {
    const calls = slow(0);
    await expect(makeClient().templates.retrieve(TEMPLATE, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(APIUserAbortError);
    expect(calls()).toBe(0);
  });

  test('invalid options are rejected with the option name', () => {
    expect(() => makeClient({ timeout: -1 })).toThrow(/timeout must be a finite number >= 1/);
    expect(() => makeClient({ maxRetries: Number.NaN })).toThrow(/maxRetries/);
    expect(() => makeClient({ validation: 'loud' as never })).toThrow(/validation must be 'strict', 'warn' or 'off'/);
  });
});
