import { http } from 'msw';
import { describe, expect, test } from 'vitest';
import { BaseClient, Templates, type OperationSpec } from '../../src/index.js';
import { example } from '../helpers/spec.js';
import { BASE_URL, json, server, useServer } from '../helpers/server.js';

useServer();

const listThings: OperationSpec = { id: 'listThings', method: 'GET', path: '/things/{thingId}', auth: true, query: ['tag', 'at', 'flag', 'limit', 'missing'], response: 'json' };

describe('R9.1 request encoding', () => {
  test('arrays repeat the key, dates are ISO 8601 UTC, booleans are true/false, absent values are left out', async () => {
    let url: URL | undefined;
    server.use(
      http.get(`${BASE_URL}/things/:id`, ({ request }) => {
        url = new URL(request.url);
        return json({ ok: true });
      }),
    );
    const client = new BaseClient({ apiKey: 'k', baseURL: `${BASE_URL}//` });
    await client.request(listThings, { path: { thingId: 7 }, params: { tag: ['a', 'b c'], at: new Date(Date.UTC(2026, 10, 21, 10)), flag: true, limit: undefined, notInSpec: 'x' } });
    expect(url?.pathname).toBe('/api/v1/things/7');
    expect(url?.search).toBe('?tag=a&tag=b+c&at=2026-11-21T10%3A00%3A00.000Z&flag=true');
  });

  test('resources tree-shake: a single resource works on a BaseClient', async () => {
    server.use(http.get(`${BASE_URL}/templates/:id`, () => json(example('getTemplate'))));
    const templates = new Templates(new BaseClient({ apiKey: 'k', baseURL: BASE_URL, validation: 'strict' }));
    await expect(templates.retrieve('tpl_01JD5A1B2C3D4E5F6G7H8J9K0M')).resolves.toEqual(example('getTemplate'));
  });
});

describe('R8.2 polling honours Retry-After', () => {
  test('a poll response with Retry-After sets the next wait', async () => {
    const times: number[] = [];
    server.use(
      http.get(`${BASE_URL}/backups/:id`, () => {
        times.push(Date.now());
        const backup = example('getBackup');
        return json({ ...backup, status: times.length < 2 ? 'running' : 'completed' }, { headers: { 'retry-after': '1' } });
      }),
    );
    const { SecureAIStudio } = await import('../../src/index.js');
    const client = new SecureAIStudio({ apiKey: 'k', baseURL: BASE_URL, validation: 'off' });
    const done = await client.backups.waitFor('bkp_01JD9A1B2C3D4E5F6G7H8J9K0M', { interval: 10 });
    expect(done.status).toBe('completed');
    expect((times[1] as number) - (times[0] as number)).toBeGreaterThanOrEqual(950);
  });
});
