import { http } from 'msw';
import { describe, expect, test, vi } from 'vitest';
import { ResponseValidationError } from '../../src/index.js';
import { example } from '../helpers/spec.js';
import { BASE_URL, json, makeClient, server, useServer } from '../helpers/server.js';

useServer();

function badJobs() {
  const list = example('listJobs');
  list.data[0].status = 'exploded';
  list.data[0].futureField = 'kept';
  server.use(http.get(`${BASE_URL}/jobs`, () => json(list)));
  return list;
}

describe('R7 response validation', () => {
  test("'strict' raises ResponseValidationError naming the JSON pointer", async () => {
    badJobs();
    const e = (await makeClient({ validation: 'strict' }).jobs.list().catch((x: unknown) => x)) as ResponseValidationError;
    expect(e).toBeInstanceOf(ResponseValidationError);
    expect(e.operationId).toBe('listJobs');
    expect(e.issues.map((i) => i.path)).toContain('/data/0/status');
    expect(e.message).toMatch(/^Response of listJobs does not match openapi\.yaml at \/data\/0/);
    expect(e.requestId).toBe('req_ABCDEFGH1234');
  });

  test("'warn' reports to the logger and returns the body as received", async () => {
    const sent = badJobs();
    const warn = vi.fn();
    const page = await makeClient({ validation: 'warn', logger: { warn } }).jobs.list();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/\/data\/0\/status/);
    expect(warn.mock.calls[0]?.[1]).toBeInstanceOf(ResponseValidationError);
    expect(page.data[0]).toEqual(sent.data[0]);
  });

  test("'off' skips the check; a per-request mode overrides the client's", async () => {
    badJobs();
    const warn = vi.fn();
    await expect(makeClient({ validation: 'off', logger: { warn } }).jobs.list()).resolves.toBeDefined();
    expect(warn).not.toHaveBeenCalled();
    await expect(makeClient({ validation: 'off' }).jobs.list({}, { validation: 'strict' })).rejects.toBeInstanceOf(ResponseValidationError);
  });

  test('valid responses pass strict mode and keep unknown fields (forward compatible)', async () => {
    const list = example('listJobs');
    list.data[0].addedLater = 1;
    server.use(http.get(`${BASE_URL}/jobs`, () => json(list)));
    const page = await makeClient({ validation: 'strict' }).jobs.list();
    expect((page.data[0] as Record<string, unknown>)['addedLater']).toBe(1);
  });

  test('a 2xx body that is not JSON raises ResponseValidationError in every mode (R7.4)', async () => {
    server.use(http.get(`${BASE_URL}/jobs`, () => new Response('{"data": [', {
      status: 200, headers: { 'content-type': 'application/json', 'x-request-id': 'req_TRUNCATED01' },
    })));
    for (const validation of ['strict', 'warn', 'off'] as const) {
      const e = (await makeClient({ validation, maxRetries: 0 }).jobs.list().catch((x: unknown) => x)) as ResponseValidationError;
      expect(e).toBeInstanceOf(ResponseValidationError);
      expect(e.issues).toHaveLength(1);
      expect(e.issues[0]?.path).toBe('');
      expect(e.message).toMatch(/^Response of listJobs does not match openapi\.yaml at \/: the body is not valid JSON/);
      expect(e.requestId).toBe('req_TRUNCATED01');
    }
  });

  test('the default mode is warn', () => {
    expect(makeClient({ validation: undefined }).validation).toBe('warn');
  });
});
