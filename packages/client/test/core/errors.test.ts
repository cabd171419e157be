import { http, HttpResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import {
  APIConnectionError,
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  PreconditionFailedError,
  RateLimitError,
  SecureAIStudioError,
  UnprocessableEntityError,
} from '../../src/index.js';
import { BASE_URL, makeClient, problem, server, useServer } from '../helpers/server.js';

useServer();

const cases = [
  [400, BadRequestError],
  [401, AuthenticationError],
  [403, PermissionDeniedError],
  [404, NotFoundError],
  [409, ConflictError],
  [412, PreconditionFailedError],
  [422, UnprocessableEntityError],
  [429, RateLimitError],
  [500, InternalServerError],
  [502, InternalServerError],
  [501, InternalServerError],
  [418, APIError],
] as const;

describe('R5 typed errors', () => {
  test.each(cases)('HTTP %i raises %o carrying problem details, code and requestId', async (status, Class) => {
    server.use(http.get(`${BASE_URL}/templates/:id`, () => problem(status, 'some_code', 'Something specific went wrong.', { 'x-trace': 't1' })));
    const error = await makeClient({ maxRetries: 0 }).templates.retrieve('tpl_01JD5A1B2C3D4E5F6G7H8J9K0M').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(SecureAIStudioError);
    const e = error as APIError;
    expect(e.status).toBe(status);
    expect(e.code).toBe('some_code');
    expect(e.detail).toBe('Something specific went wrong.');
    expect(e.title).toBe('some_code');
    expect(e.requestId).toBe('req_0123456789AB');
    expect(e.headers.get('x-trace')).toBe('t1');
    expect(e.message).toBe(`${status} some_code: Something specific went wrong.`);
    expect(e.name).toBe(Class.name);
  });

  test('validation problems expose the per-field errors array', async () => {
    server.use(
      http.post(`${BASE_URL}/templates`, () =>
        problem(422, 'validation_failed', 'The body is invalid.', {}, { errors: [{ location: 'body', name: '/name', message: 'too long' }] }),
      ),
    );
    const e = (await makeClient().templates.create({ name: 'x', kind: 'image', prompt: 'p' } as never).catch((x: unknown) => x)) as UnprocessableEntityError;
    expect(e).toBeInstanceOf(UnprocessableEntityError);
    expect(e.errors).toEqual([{ location: 'body', name: '/name', message: 'too long' }]);
  });

  test('a non-JSON error body still yields a typed error with the text as detail', async () => {
    server.use(http.get(`${BASE_URL}/auth/me`, () => new HttpResponse('upstream exploded', { status: 403, headers: { 'content-type': 'text/plain' } })));
    const e = (await makeClient().auth.me().catch((x: unknown) => x)) as PermissionDeniedError;
    expect(e).toBeInstanceOf(PermissionDeniedError);
    expect(e.message).toBe('403: upstream exploded');
    expect(e.requestId).toBeUndefined();
  });

  test('R5.5 secrets never appear in messages, even when the server echoes them', async () => {
    server.use(
      http.get(`${BASE_URL}/auth/me`, ({ request }) =>
        problem(403, 'permission_denied', `Key ${request.headers.get('x-api-key')} may not do this`),
      ),
    );
    const e = (await makeClient({ apiKey: 'sk_live_TOPSECRET_42' }).auth.me().catch((x: unknown) => x)) as APIError;
    expect(e.message).not.toContain('sk_live_TOPSECRET_42');
    expect(e.message).toContain('[REDACTED]');
    expect(JSON.stringify(e)).not.toContain('sk_live_TOPSECRET_42');
    expect(String(e.stack)).not.toContain('sk_live_TOPSECRET_42');
  });

  test('R5.4 no response at all raises APIConnectionError (not an APIError)', async () => {
    server.use(http.get(`${BASE_URL}/auth/me`, () => HttpResponse.error()));
    const e = await makeClient({ maxRetries: 0 }).auth.me().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(APIConnectionError);
    expect(e).not.toBeInstanceOf(APIError);
  });
});
