// R13.3 "stopping early closes the connection", against a real HTTP server (no msw in this file):
// the server streams `next` events without end and reports when the client's socket goes away.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { APIUserAbortError, SecureAIStudio } from '../../src/index.js';

let server: Server;
let baseURL: string;
let closed: Promise<void>;
let connections = 0;

beforeAll(async () => {
  server = createServer((req, res: ServerResponse) => {
    connections++;
    closed = new Promise((resolve) => res.on('close', () => resolve()));
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    let n = 0;
    const timer = setInterval(() => res.write(`event: next\ndata: {"data":{"n":${n++}}}\n\n`), 10);
    res.on('close', () => clearInterval(timer));
    req.resume();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
});

afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

const client = () => new SecureAIStudio({ apiKey: 'sk_test_close', baseURL, validation: 'strict', maxRetries: 0 });
/** Resolves true when the server saw the connection close within `ms`. */
const closesWithin = (ms: number) => Promise.race([closed.then(() => true), new Promise((r) => setTimeout(() => r(false), ms))]);

test('breaking out of the loop closes the connection', async () => {
  const before = connections;
  const seen: unknown[] = [];
  for await (const result of await client().graphql.subscribe('subscription { ticks }')) {
    seen.push(result.data);
    if (seen.length === 2) break;
  }
  expect(connections).toBe(before + 1);
  expect(seen).toEqual([{ n: 0 }, { n: 1 }]);
  expect(await closesWithin(2_000)).toBe(true);
});

test('abort() closes the connection and ends a running loop', async () => {
  const results = await client().graphql.subscribe('subscription { ticks }');
  const seen: unknown[] = [];
  for await (const result of results) {
    seen.push(result.data);
    if (seen.length === 1) results.abort();
  }
  expect(seen.length).toBeGreaterThanOrEqual(1);
  expect(await closesWithin(2_000)).toBe(true);
});

test("the call's signal closes the connection and raises APIUserAbortError (R2.3)", async () => {
  const ac = new AbortController();
  const results = await client().graphql.subscribe('subscription { ticks }', undefined, { signal: ac.signal });
  let count = 0;
  const loop = (async () => {
    for await (const _ of results) if (++count === 3) ac.abort();
  })();
  await expect(loop).rejects.toBeInstanceOf(APIUserAbortError);
  expect(count).toBe(3);
  expect(await closesWithin(2_000)).toBe(true);
});
