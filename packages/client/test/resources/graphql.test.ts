import { http, HttpResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import {
  APIUserAbortError,
  BadRequestError,
  GraphqlSubscription,
  InternalServerError,
  PermissionDeniedError,
  ResponseValidationError,
} from '../../src/index.js';
import { BASE_URL, makeClient, problem, server, useServer } from '../helpers/server.js';

useServer();

const GRAPHQL_URL = `${BASE_URL}/graphql`;
const QUERY_ACCEPT = 'application/graphql-response+json, application/json;q=0.9';
const SUBSCRIPTION = 'subscription Progress($jobId: ID!) { jobEvents(jobId: $jobId) { event progress } }';

/** Answers POST /graphql with `answer` and records each request's headers and JSON body. */
function capture(answer: () => Response) {
  const seen: { accept: string | null; idempotencyKey: string | null; body: unknown }[] = [];
  server.use(
    http.post(GRAPHQL_URL, async ({ request }) => {
      seen.push({ accept: request.headers.get('accept'), idempotencyKey: request.headers.get('idempotency-key'), body: await request.json() });
      return answer();
    }),
  );
  return seen;
}

const graphqlJson = (body: unknown, status = 200) =>
  new HttpResponse(JSON.stringify(body), { status, headers: { 'content-type': 'application/graphql-response+json', 'x-request-id': 'req_GQL000000001' } });

const sse = (text: string) => new HttpResponse(text, { headers: { 'content-type': 'text/event-stream' } });
const next = (payload: unknown) => `event: next\ndata: ${JSON.stringify(payload)}\n\n`;
const COMPLETE = 'event: complete\ndata:\n\n';

describe('R13.1 graphql.query', () => {
  test('sends only the document when no variables or operation name are given, asking for graphql-response+json', async () => {
    const seen = capture(() => graphqlJson({ data: { me: { id: 'usr_1' } } }));
    const result = await makeClient().graphql.query<{ me: { id: string } }>('{ me { id } }');
    expect(seen).toEqual([{ accept: QUERY_ACCEPT, idempotencyKey: null, body: { query: '{ me { id } }' } }]);
    expect(result).toEqual({ data: { me: { id: 'usr_1' } } });
    expect(result.data?.me.id).toBe('usr_1');
  });

  test('sends variables and operationName when given, null variables as null (R9.5)', async () => {
    const seen = capture(() => graphqlJson({ data: { jobs: { data: [], nextCursor: null } } }));
    const client = makeClient();
    await client.graphql.query('query RecentJobs($limit: Int) { jobs(limit: $limit) { data { id } nextCursor } }', { limit: 1 }, { operationName: 'RecentJobs' });
    await client.graphql.query('{ jobs { nextCursor } }', null as unknown as undefined);
    expect(seen.map((s) => s.body)).toEqual([
      { query: 'query RecentJobs($limit: Int) { jobs(limit: $limit) { data { id } nextCursor } }', variables: { limit: 1 }, operationName: 'RecentJobs' },
      { query: '{ jobs { nextCursor } }', variables: null },
    ]);
  });

  test('decodes a plain application/json answer alike', async () => {
    capture(() => HttpResponse.json({ data: { systemMetrics: { queueDepth: 3 } } }));
    await expect(makeClient().graphql.query('{ systemMetrics { queueDepth } }')).resolves.toEqual({ data: { systemMetrics: { queueDepth: 3 } } });
  });

  test('returns the errors of a 2xx result beside its data, without raising', async () => {
    const body = {
      data: { job: null, systemMetrics: { queueDepth: 12 } },
      errors: [{ message: 'getJob: No job job_1 exists.', path: ['job', 0], extensions: { status: 404, code: 'not_found' } }],
    };
    capture(() => graphqlJson(body));
    const { data, requestId } = await makeClient().graphql.query('{ job(jobId: "job_1") { id } systemMetrics { queueDepth } }').withResponse();
    expect(data).toEqual(body);
    expect(requestId).toBe('req_GQL000000001');
  });

  test('R13.2 a document that does not validate raises BadRequestError with the GraphQL message; problem is the body', async () => {
    const body = { errors: [{ message: 'Cannot query field "title" on type "Job".', locations: [{ line: 1, column: 17 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] };
    const seen = capture(() => graphqlJson(body, 400));
    const error = await makeClient().graphql.query('{ jobs { data { id title } } }').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({
      message: '400 GRAPHQL_VALIDATION_FAILED: Cannot query field "title" on type "Job".',
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
      detail: 'Cannot query field "title" on type "Job".',
      requestId: 'req_GQL000000001',
      problem: body,
    });
    expect(seen).toHaveLength(1);
  });

  test('a mutation is retried only with an idempotency key (R3.3), which every attempt carries', async () => {
    const mutation = 'mutation { cancelJob(jobId: "job_1") { id } }';
    let seen = capture(() => problem(503, 'unavailable', 'Try again.', { 'retry-after': '0' }));
    await expect(makeClient({ maxRetries: 2 }).graphql.query(mutation)).rejects.toBeInstanceOf(InternalServerError);
    expect(seen).toHaveLength(1);

    seen = capture(() => problem(503, 'unavailable', 'Try again.', { 'retry-after': '0' }));
    await expect(makeClient({ maxRetries: 2 }).graphql.query(mutation, undefined, { idempotencyKey: 'gql-cancel-1' })).rejects.toBeInstanceOf(InternalServerError);
    expect(seen.map((s) => s.idempotencyKey)).toEqual(['gql-cancel-1', 'gql-cancel-1', 'gql-cancel-1']);
  });

  test('per-call headers are sent, and may replace the Accept header', async () => {
    const seen = capture(() => HttpResponse.json({ data: {} }));
    await makeClient().graphql.query('{ me { id } }', undefined, { headers: { accept: 'application/json' } });
    expect(seen[0]?.accept).toBe('application/json');
  });

  test('R7: a result that breaks GraphqlResponse raises in strict mode, naming the path', async () => {
    capture(() => graphqlJson({ data: {}, errors: [{ path: ['job'] }] }));
    const error = await makeClient().graphql.query('{ me { id } }').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues[0]?.path).toBe('/errors/0/message');
  });

  test('a document that is not a string is a TypeError before anything is sent', async () => {
    const seen = capture(() => HttpResponse.json({ data: {} }));
    const client = makeClient();
    expect(() => client.graphql.query({ kind: 'Document' } as unknown as string)).toThrow(/^executeGraphql: the document must be a string \(got object\)$/);
    expect(() => client.graphql.subscribe(42 as unknown as string)).toThrow(/must be a string \(got number\)/);
    expect(seen).toHaveLength(0);
  });
});

describe('R13.3 graphql.subscribe', () => {
  const running = { data: { jobEvents: { event: 'job.status', progress: 0 } } };
  const done = { data: { jobEvents: { event: 'job.completed', progress: 100 } } };

  test('posts the same body asking for text/event-stream and yields each next payload until complete', async () => {
    const seen = capture(() => sse(`: keep-alive\n\n${next(running)}event: ping\ndata: {}\n\n${next(done)}${COMPLETE}${next(running)}`));
    const results = await makeClient().graphql.subscribe(SUBSCRIPTION, { jobId: 'job_1' }, { operationName: 'Progress' });
    expect(results).toBeInstanceOf(GraphqlSubscription);
    const payloads = [];
    for await (const payload of results) payloads.push(payload);
    expect(payloads).toEqual([running, done]);
    expect(seen).toEqual([{ accept: 'text/event-stream', idempotencyKey: null, body: { query: SUBSCRIPTION, variables: { jobId: 'job_1' }, operationName: 'Progress' } }]);
    expect(results.stream.controller.signal.aborted).toBe(true);
  });

  test('the stream ending without complete ends the iteration; a payload with errors is yielded like any other', async () => {
    const failed = { data: null, errors: [{ message: 'getJob: No job job_1 exists.', path: ['jobEvents'], extensions: { code: 'not_found' } }] };
    capture(() => sse(next(failed)));
    const payloads = [];
    for await (const payload of await makeClient().graphql.subscribe(SUBSCRIPTION)) payloads.push(payload);
    expect(payloads).toEqual([failed]);
  });

  test('a non-2xx answer raises before the first payload (R5.2), with the GraphQL message', async () => {
    capture(() => problem(403, 'forbidden', 'Missing permission jobs:read.'));
    await expect(makeClient().graphql.subscribe(SUBSCRIPTION)).rejects.toThrow(PermissionDeniedError);
    capture(() => graphqlJson({ errors: [{ message: 'Syntax Error: Expected Name, found <EOF>.' }] }, 400));
    await expect(makeClient().graphql.subscribe('subscription {')).rejects.toThrow(/^400: Syntax Error: Expected Name, found <EOF>\.$/);
  });

  test('R7: a payload that breaks GraphqlResponse raises in strict mode, naming the event', async () => {
    capture(() => sse(next({ data: [] })));
    const results = await makeClient().graphql.subscribe(SUBSCRIPTION);
    const error = await (async () => {
      for await (const _ of results) void _;
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).message).toMatch(/^Response of executeGraphql event 'next' does not match openapi.yaml at \/data/);
  });

  test('the call signal cancels a subscription with APIUserAbortError before it opens', async () => {
    capture(() => sse(COMPLETE));
    const ac = new AbortController();
    ac.abort();
    await expect(makeClient().graphql.subscribe(SUBSCRIPTION, undefined, { signal: ac.signal })).rejects.toBeInstanceOf(APIUserAbortError);
  });
});
