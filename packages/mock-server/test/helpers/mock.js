import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMockServer } from '../../src/index.js';
import { loadSpec } from '../../src/spec/load-spec.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURE = path.join(here, '..', 'fixtures', 'studio-mini.yaml');
export const REPO_SPEC = path.resolve(here, '..', '..', '..', '..', 'openapi.yaml');
export const AUTH = { authorization: 'Bearer test.token' };

/** A fresh parse of the repository's openapi.yaml for a test that changes it: `{ doc, dir }` (`dir`: where its file references, such as x-graphql-schema, are resolved). */
export function repoDocument() {
  const { doc, dir } = loadSpec(REPO_SPEC);
  return { doc, dir };
}

/**
 * Starts a real mock server on an ephemeral loopback port. Returns `{ url, api, close,
 * internalErrors }`, where `api(path, init)` fetches under the spec's base path and resolves to
 * `{ status, headers, text, json }`.
 */
export async function startMock(options = {}) {
  const internalErrors = [];
  const mock = createMockServer({ spec: FIXTURE, ...options, onInternalError: (err) => internalErrors.push(err) });
  const { url } = await mock.listen(0);
  const base = `${url}${mock.basePaths[0]}`;
  return {
    url,
    base,
    mock,
    internalErrors,
    api: (p, init) => call(`${base}${p}`, init),
    raw: (p, init) => call(`${url}${p}`, init),
    close: () => mock.close(),
  };
}

export async function call(url, init = {}) {
  const res = await fetch(url, init);
  const buffer = Buffer.from(await res.arrayBuffer());
  const text = buffer.toString('utf8');
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, buffer, text, json };
}
