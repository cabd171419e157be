import { http } from 'msw';
import { describe, expect, test } from 'vitest';
import { PreconditionFailedError } from '../../src/index.js';
import { example } from '../helpers/spec.js';
import { BASE_URL, json, makeClient, problem, server, useServer } from '../helpers/server.js';

useServer();

const TEMPLATE = 'tpl_01JD5A1B2C3D4E5F6G7H8J9K0M';

/** A tiny ETag-checking template store. */
function store() {
  let version = 3;
  const seen: (string | null)[] = [];
  const etag = () => `"v${version}"`;
  server.use(
    http.get(`${BASE_URL}/templates/${TEMPLATE}`, () => json({ ...example('getTemplate'), version }, { headers: { etag: etag() } })),
    http.patch(`${BASE_URL}/templates/${TEMPLATE}`, async ({ request }) => {
      seen.push(request.headers.get('if-match'));
      if (request.headers.get('if-match') !== etag()) return problem(412, 'etag_mismatch', 'The template changed since it was read.');
      version++;
      return json({ ...example('getTemplate'), ...((await request.json()) as object), version }, { headers: { etag: etag() } });
    }),
    http.delete(`${BASE_URL}/templates/${TEMPLATE}`, ({ request }) => {
      seen.push(request.headers.get('if-match'));
      return request.headers.get('if-match') === etag() ? new Response(null, { status: 204 }) : problem(412, 'etag_mismatch', 'stale');
    }),
  );
  return seen;
}

describe('R11 ETags, If-Match and 412', () => {
  test('retrieveWithETag + update sends If-Match and succeeds', async () => {
    const seen = store();
    const client = makeClient();
    const { data, etag } = await client.templates.retrieveWithETag(TEMPLATE);
    expect(etag).toBe('"v3"');
    const updated = await client.templates.update(data.id, { name: 'Renamed' }, { ifMatch: etag });
    expect(updated.name).toBe('Renamed');
    expect(updated.version).toBe(4);
    expect(seen).toEqual(['"v3"']);
  });

  test('a stale ETag raises PreconditionFailedError and is not retried', async () => {
    const seen = store();
    const e = (await makeClient().templates.update(TEMPLATE, { name: 'x' }, { ifMatch: '"v1"' }).catch((x: unknown) => x)) as PreconditionFailedError;
    expect(e).toBeInstanceOf(PreconditionFailedError);
    expect(e.status).toBe(412);
    expect(e.code).toBe('etag_mismatch');
    expect(seen).toEqual(['"v1"']);
  });

  test('delete passes If-Match too', async () => {
    const seen = store();
    await expect(makeClient().templates.delete(TEMPLATE, { ifMatch: '"v2"' })).rejects.toBeInstanceOf(PreconditionFailedError);
    await expect(makeClient().templates.delete(TEMPLATE, { ifMatch: '"v3"' })).resolves.toBeUndefined();
    expect(seen).toEqual(['"v2"', '"v3"']);
  });
});
