import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AuthenticationError } from '../../src/index.js';
import { example } from '../helpers/spec.js';
import { BASE_URL, json, makeClient, problem, server, useServer } from '../helpers/server.js';

useServer();
afterEach(() => vi.unstubAllEnvs());

const ACCESS_1 = 'aaa.bbb.ccc';
const ACCESS_2 = 'ddd.eee.fff';

function captureMe() {
  const seen: Headers[] = [];
  server.use(
    http.get(`${BASE_URL}/auth/me`, ({ request }) => {
      seen.push(request.headers);
      return json(example('getCurrentPrincipal'));
    }),
  );
  return seen;
}

describe('R1 authentication', () => {
  test('R1.2 an API key goes in X-API-Key and nothing in Authorization', async () => {
    const seen = captureMe();
    await makeClient({ apiKey: 'sk_test_abc' }).auth.me();
    expect(seen[0]?.get('x-api-key')).toBe('sk_test_abc');
    expect(seen[0]?.has('authorization')).toBe(false);
  });

  test('R1.1 an access token goes in Authorization: Bearer and wins over an API key', async () => {
    const seen = captureMe();
    await makeClient({ apiKey: 'sk_test_abc', accessToken: ACCESS_1 }).auth.me();
    expect(seen[0]?.get('authorization')).toBe(`Bearer ${ACCESS_1}`);
    expect(seen[0]?.has('x-api-key')).toBe(false);
  });

  test('R1.2 the API key defaults to SECURE_AI_STUDIO_API_KEY', async () => {
    vi.stubEnv('SECURE_AI_STUDIO_API_KEY', 'sk_from_env');
    const seen = captureMe();
    await makeClient({ apiKey: undefined }).auth.me();
    expect(seen[0]?.get('x-api-key')).toBe('sk_from_env');
  });

  test('R1.3 operations with security: [] send no credentials', async () => {
    const seen: Headers[] = [];
    server.use(
      http.get(`${BASE_URL}/health/live`, ({ request }) => {
        seen.push(request.headers);
        return json(example('getLiveness'));
      }),
    );
    await makeClient({ apiKey: 'sk_test_abc', accessToken: ACCESS_1 }).health.liveness();
    expect(seen[0]?.has('x-api-key')).toBe(false);
    expect(seen[0]?.has('authorization')).toBe(false);
  });

  test('R1.4 a 401 with a refresh token refreshes once, transparently, and repeats the call', async () => {
    const calls: string[] = [];
    const onTokenRefresh = vi.fn();
    server.use(
      http.get(`${BASE_URL}/auth/me`, ({ request }) => {
        const auth = request.headers.get('authorization');
        calls.push(`me ${auth}`);
        return auth === `Bearer ${ACCESS_2}` ? json(example('getCurrentPrincipal')) : problem(401, 'unauthenticated', 'expired');
      }),
      http.post(`${BASE_URL}/auth/refresh`, async ({ request }) => {
        calls.push(`refresh ${JSON.stringify(await request.json())} ${request.headers.get('authorization')}`);
        return json({ accessToken: ACCESS_2, tokenType: 'Bearer', expiresIn: 900, refreshToken: 'rt_NEWNEWNEWNEWNEWNEW1' });
      }),
    );
    const client = makeClient({ apiKey: undefined, accessToken: ACCESS_1, refreshToken: 'rt_OLDOLDOLDOLDOLDOLD1', onTokenRefresh });
    const me = await client.auth.me();
    expect(me).toEqual(example('getCurrentPrincipal'));
    expect(calls).toEqual([`me Bearer ${ACCESS_1}`, 'refresh {"refreshToken":"rt_OLDOLDOLDOLDOLDOLD1"} null', `me Bearer ${ACCESS_2}`]);
    expect(onTokenRefresh).toHaveBeenCalledWith({ accessToken: ACCESS_2, refreshToken: 'rt_NEWNEWNEWNEWNEWNEW1' });
  });

  test('R1.4 a second 401 after the refresh is raised, with no refresh loop', async () => {
    let refreshes = 0;
    let mes = 0;
    server.use(
      http.get(`${BASE_URL}/auth/me`, () => {
        mes++;
        return problem(401, 'unauthenticated', 'still no');
      }),
      http.post(`${BASE_URL}/auth/refresh`, () => {
        refreshes++;
        return json({ accessToken: ACCESS_2, tokenType: 'Bearer', expiresIn: 900 });
      }),
    );
    const e = await makeClient({ accessToken: ACCESS_1, refreshToken: 'rt_OLDOLDOLDOLDOLDOLD1' }).auth.me().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AuthenticationError);
    expect([mes, refreshes]).toEqual([2, 1]);
  });

  test('R1.4 concurrent 401s share one refresh', async () => {
    let refreshes = 0;
    server.use(
      http.get(`${BASE_URL}/auth/me`, ({ request }) =>
        request.headers.get('authorization') === `Bearer ${ACCESS_2}` ? json(example('getCurrentPrincipal')) : problem(401, 'unauthenticated', 'expired'),
      ),
      http.post(`${BASE_URL}/auth/refresh`, async () => {
        refreshes++;
        await new Promise((r) => setTimeout(r, 50));
        return json({ accessToken: ACCESS_2, tokenType: 'Bearer', expiresIn: 900 });
      }),
    );
    const client = makeClient({ accessToken: ACCESS_1, refreshToken: 'rt_OLDOLDOLDOLDOLDOLD1' });
    await Promise.all([client.auth.me(), client.auth.me(), client.auth.me()]);
    expect(refreshes).toBe(1);
  });

  test('R1.4 without a refresh token a 401 is raised at once', async () => {
    let mes = 0;
    server.use(
      http.get(`${BASE_URL}/auth/me`, () => {
        mes++;
        return problem(401, 'unauthenticated', 'nope');
      }),
    );
    await expect(makeClient({ accessToken: ACCESS_1 }).auth.me()).rejects.toBeInstanceOf(AuthenticationError);
    expect(mes).toBe(1);
  });

  test('a failing refresh surfaces the refresh error', async () => {
    server.use(
      http.get(`${BASE_URL}/auth/me`, () => problem(401, 'unauthenticated', 'expired')),
      http.post(`${BASE_URL}/auth/refresh`, () => problem(401, 'invalid_grant', 'refresh token revoked')),
    );
    const e = (await makeClient({ accessToken: ACCESS_1, refreshToken: 'rt_OLDOLDOLDOLDOLDOLD1' }).auth.me().catch((x: unknown) => x)) as AuthenticationError;
    expect(e).toBeInstanceOf(AuthenticationError);
    expect(e.code).toBe('invalid_grant');
    expect(e.message).not.toContain('rt_OLDOLDOLDOLDOLDOLD1');
  });
});
