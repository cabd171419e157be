import { http, HttpResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import { operationMethods } from '../../src/generated/resources/index.js';
import { APIPromise, BinaryResponse, Stream } from '../../src/index.js';
import { example, findOperation, spec } from '../helpers/spec.js';
import { BASE_URL, makeClient, server, useServer } from '../helpers/server.js';

useServer();

const deref = (p: any): any => (p.$ref ? p.$ref.slice(2).split('/').reduce((n: any, k: string) => n[k], spec) : p);

/** Call arguments for an operation, built from the spec's own parameter examples. */
function argsFor(operationId: string): unknown[] {
  const { path, op } = findOperation(operationId);
  const params = [...(spec.paths[path].parameters ?? []), ...(op.parameters ?? [])].map(deref);
  const args: unknown[] = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => params.find((p) => p.in === 'path' && p.name === m[1]).example);
  if (op.requestBody) {
    const content = deref(op.requestBody).content;
    args.push(content['multipart/form-data'] ? { file: new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }) } : (content['application/json'].example ?? Object.values<any>(content['application/json'].examples)[0].value));
  }
  const other = params.filter((p) => (p.in === 'query' || p.in === 'header') && p.name !== 'Idempotency-Key');
  if (other.length) {
    const camel = (n: string) => n.toLowerCase().replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    args.push(Object.fromEntries(other.filter((p) => p.required).map((p) => [p.in === 'header' ? camel(p.name) : p.name, p.example])));
  }
  return args;
}

/** Answers like the real API: the spec example of the first success response. */
function respond(operationId: string): Response {
  const { op } = findOperation(operationId);
  const status = Number(Object.keys(op.responses).find((c) => c.startsWith('2')));
  const response = deref(op.responses[String(status)]);
  const type = Object.keys(response.content ?? {})[0];
  if (!type) return new HttpResponse(null, { status });
  // application/json and its structured-syntax kin (application/graphql-response+json) alike.
  if (/^application\/(.+\+)?json$/.test(type)) return new HttpResponse(JSON.stringify(example(operationId, status)), { status, headers: { 'content-type': type } });
  if (type === 'text/event-stream') return new HttpResponse(example(operationId, status), { status, headers: { 'content-type': type } });
  return new HttpResponse(new Uint8Array([1, 2, 3]), { status, headers: { 'content-type': type } });
}

const entries = Object.entries(operationMethods);

describe('every operation in openapi.yaml is reachable through a typed resource method', () => {
  test('the method table covers exactly the spec operations', () => {
    const specIds = Object.values<any>(spec.paths).flatMap((item) => Object.values<any>(item).filter((o) => o?.operationId).map((o) => o.operationId));
    expect(entries.map(([id]) => id).sort()).toEqual(specIds.sort());
    expect(entries.length).toBeGreaterThanOrEqual(49);
  });

  test.each(entries.map(([id, [res, m]]) => [id, `${res}.${m}`, res, m] as const))('%s → client.%s', async (operationId, _name, resource, method) => {
    const expected = findOperation(operationId);
    const seen: { method: string; path: string }[] = [];
    server.use(
      http.all(`${BASE_URL}/*`, ({ request }) => {
        seen.push({ method: request.method, path: new URL(request.url).pathname.slice('/api/v1'.length) });
        return respond(operationId);
      }),
    );
    const client = makeClient({ validation: 'strict' }) as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>;
    const call = client[resource]?.[method]?.(...argsFor(operationId));
    expect(call).toBeInstanceOf(APIPromise);
    const result = await call;
    if (result instanceof Stream) for await (const ev of result) expect(ev.data).toBeTypeOf('object');
    if (result instanceof BinaryResponse) expect((await result.bytes()).length).toBe(3);
    const template = expected.path.replace(/\{[^}]+\}/g, '[^/]+');
    expect(seen).toHaveLength(1);
    expect(seen[0]?.method).toBe(expected.method);
    expect(seen[0]?.path).toMatch(new RegExp(`^${template}$`));
  });
});
