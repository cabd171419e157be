import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { SecureAIStudio, type ClientOptions } from '../../src/index.js';

export const BASE_URL = 'http://api.test/api/v1';

/** One msw server per test file; unhandled requests fail the test instead of hitting a network. */
export const server = setupServer();

export function useServer(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}

/** A client pointed at the msw server, strict about response shapes unless told otherwise. */
export function makeClient(options: ClientOptions = {}): SecureAIStudio {
  return new SecureAIStudio({ apiKey: 'sk_test_secret_123', baseURL: BASE_URL, validation: 'strict', ...options });
}

/** `application/problem+json` error body as the API sends it. */
export function problem(status: number, code: string, detail: string, headers: Record<string, string> = {}, extra: Record<string, unknown> = {}) {
  return new Response(
    JSON.stringify({ type: `https://docs.secure-ai-studio.example/problems/${code}`, title: code, status, code, detail, requestId: 'req_0123456789AB', ...extra }),
    { status, headers: { 'content-type': 'application/problem+json', 'x-request-id': 'req_0123456789AB', ...headers } },
  );
}

export const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { ...init, headers: { 'content-type': 'application/json', 'x-request-id': 'req_ABCDEFGH1234', ...init.headers } });
