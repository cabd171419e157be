// GraphQL over HTTP and over SSE in spec mode: every answer is compared with what the REST
// operation behind the field answers, so the expectations come from the spec, not from here.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createMockServer, SpecError } from '../src/index.js';
import { startMock, REPO_SPEC, repoDocument } from './helpers/mock.js';
import { createSpecOracle } from './helpers/spec-oracle.js';
import { loadSpec } from '../src/spec/load-spec.js';
import { parseSse } from '../src/record/parse-sse.js';
import { negotiate } from '../src/graphql/negotiate.js';
import { MAX_REST_CALLS } from '../src/graphql/graphql-mode.js';

const KEY = { 'x-api-key': 'sk_test_graphql' };
const JOBS = 'query Jobs($limit: Int) { jobs(limit: $limit) { data { __typename id status ... on ImageJob { params { prompt } } } nextCursor } }';

describe('GraphQL over HTTP (spec mode)', () => {
  let m;
  const post = (body, headers = {}) => m.api('/graphql', { method: 'POST', headers: { ...KEY, 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const get = (params, headers = {}) => m.api(`/graphql?${new URLSearchParams(params)}`, { headers: { ...KEY, ...headers } });

  before(async () => {
    m = await startMock({ spec: REPO_SPEC });
  });
  after(async () => {
    await m.close();
    assert.deepEqual(m.internalErrors, []);
  });

  it('runs a valid query: 200 application/json with the REST operation\'s data', async () => {
    const r = await post({ query: JOBS, variables: { limit: 2 }, operationName: 'Jobs' });
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type'), /^application\/json/);
    assert.ok(r.headers.get('x-request-id'));
    const rest = await m.api('/jobs?limit=2', { headers: KEY });
    assert.equal(r.json.errors, undefined);
    assert.deepEqual(r.json.data.jobs.data.map((j) => [j.id, j.status]), rest.json.data.map((j) => [j.id, j.status]));
    assert.equal(r.json.data.jobs.nextCursor, rest.json.nextCursor);
    // The interface resolves through the REST discriminator: `type: image` is an ImageJob.
    for (const [i, job] of r.json.data.jobs.data.entries()) {
      assert.equal(job.__typename, { image: 'ImageJob', video: 'VideoJob' }[rest.json.data[i].type]);
      if (job.__typename === 'ImageJob') assert.equal(job.params.prompt, rest.json.data[i].params.prompt);
    }
  });

  it('answers application/graphql-response+json when the client accepts it', async () => {
    const r = await post({ query: '{ systemMetrics { queueDepth storageBytes } }' }, { accept: 'application/graphql-response+json, application/json;q=0.9' });
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type'), /^application\/graphql-response\+json/);
    const rest = await m.api('/metrics/system', { headers: KEY });
    assert.deepEqual(r.json.data.systemMetrics, { queueDepth: rest.json.queueDepth, storageBytes: rest.json.storageBytes });
    const plain = await post({ query: '{ systemMetrics { queueDepth } }' }, { accept: 'application/json' });
    assert.match(plain.headers.get('content-type'), /^application\/json/);
  });

  it('returns field errors beside data in a 200 (a REST 400 behind one field)', async () => {
    const r = await post({ query: '{ jobs(limit: 5000) { nextCursor } systemMetrics { queueDepth } }' }, { accept: 'application/graphql-response+json' });
    assert.equal(r.status, 200);
    assert.equal(r.json.data.jobs, null);
    assert.equal(typeof r.json.data.systemMetrics.queueDepth, 'number');
    assert.equal(r.json.errors.length, 1);
    assert.deepEqual(r.json.errors[0].path, ['jobs']);
    assert.equal(r.json.errors[0].extensions.status, 400);
    assert.match(r.json.errors[0].message, /^listJobs: .*limit/);
  });

  it('answers 400 with GraphQL errors for a document that does not validate', async () => {
    for (const accept of ['application/graphql-response+json', 'application/json']) {
      const r = await post({ query: '{ jobs { data { id title } } }' }, { accept });
      assert.equal(r.status, 400, accept);
      assert.equal(r.headers.get('content-type').split(';')[0], accept);
      assert.equal(r.json.data, undefined);
      assert.match(r.json.errors[0].message, /Cannot query field "title" on type "Job"/);
      assert.deepEqual(r.json.errors[0].locations, [{ line: 1, column: 20 }]);
      assert.equal(r.json.errors[0].extensions.code, 'GRAPHQL_VALIDATION_FAILED', 'so SDKs name it in their messages (R5.3)');
    }
  });

  it('answers 400 for a document that does not parse, an unknown operationName and variables that do not fit', async () => {
    const syntax = await post({ query: '{ jobs {' });
    assert.equal(syntax.status, 400);
    assert.match(syntax.json.errors[0].message, /^Syntax Error/);
    assert.equal(syntax.json.errors[0].extensions.code, 'GRAPHQL_PARSE_FAILED');
    const named = await post({ query: JOBS, operationName: 'Other' });
    assert.equal(named.status, 400);
    assert.match(named.json.errors[0].message, /no operation named Other/);
    assert.equal(named.json.errors[0].extensions.code, 'BAD_REQUEST');
    const two = await post({ query: `${JOBS} query B { me { id } }` });
    assert.equal(two.status, 400);
    assert.match(two.json.errors[0].message, /several operations/);
    const vars = await post({ query: JOBS, variables: { limit: 'many' } });
    assert.equal(vars.status, 400);
    assert.match(vars.json.errors[0].message, /\$limit.*Int/);
    assert.equal(vars.json.errors[0].extensions.code, 'BAD_REQUEST');
  });

  it('runs a query over GET', async () => {
    const r = await get({ query: JOBS, variables: JSON.stringify({ limit: 1 }), operationName: 'Jobs' });
    assert.equal(r.status, 200);
    const rest = await m.api('/jobs?limit=1', { headers: KEY });
    assert.deepEqual(r.json.data.jobs.data.map((j) => j.id), rest.json.data.map((j) => j.id));
    // EventSource can only GET: a subscription over GET streams too.
    const sub = await get({ query: 'subscription { jobEvents(jobId: "job_01JD8K2M4P6R8T0V2X4Z6B8D0F") { status } }' }, { accept: 'text/event-stream' });
    assert.equal(sub.status, 200);
    assert.equal(parseSse(sub.text).at(-1).event, 'complete');
    const badVars = await get({ query: JOBS, variables: '{limit:' });
    assert.equal(badVars.status, 400);
    assert.match(badVars.json.errors[0].message, /variables is not JSON/);
  });

  it('answers a wrong method on any other route with its own Allow only, not the GraphQL 405\'s documented one', async () => {
    // The first 405 the spec documents (GET /graphql's, Allow: POST) lends its headers to every
    // 405 the router answers; its Allow example must not come along (schemathesis ST205).
    const r = await m.api('/users/usr_01JD6W4N8R2Q5X7Z9B3C5E7G9K/roles', { method: 'OPTIONS', headers: KEY });
    assert.equal(r.status, 405);
    assert.equal(r.headers.get('allow'), 'PUT');
  });

  it('answers a mutation over GET with 405 and Allow: POST, as the spec documents it, and runs it over POST', async () => {
    const mutation = 'mutation { cancelJob(jobId: "job_01JD8K9W1Y3A5C7E9G1J3L5N7Q") { id status } }';
    const r = await get({ query: mutation });
    assert.equal(r.status, 405);
    assert.equal(r.headers.get('allow'), 'POST');
    assert.match(r.headers.get('content-type'), /^application\/problem\+json/);
    // The spec's own 405 of executeGraphqlGet: its Allow example, its media type and schema
    // (checked by the repository's independent validator), its problem code.
    const documented = loadSpec(REPO_SPEC).doc.paths['/graphql'].get.responses['405'];
    assert.equal(documented.headers.Allow.example, 'POST');
    assert.deepEqual(Object.keys(documented.content), ['application/problem+json']);
    const oracle = await createSpecOracle(REPO_SPEC);
    assert.deepEqual(oracle('GET', `${m.mock.basePaths[0]}/graphql`, 405, r.headers.get('content-type'), r.json), []);
    assert.equal(r.json.code, documented.content['application/problem+json'].example.code);
    assert.equal(r.json.status, 405);
    assert.equal(r.json.requestId, r.headers.get('x-request-id'));
    const ok = await post({ query: mutation });
    assert.equal(ok.status, 200);
    const rest = await m.api('/jobs/job_01JD8K9W1Y3A5C7E9G1J3L5N7Q/cancel', { method: 'POST', headers: KEY });
    assert.deepEqual(ok.json.data.cancelJob, { id: rest.json.id, status: rest.json.status });
  });

  it('passes a mutation\'s input and header arguments to the REST operation', async () => {
    const r = await post({
      query: 'mutation($input: TemplateCreateInput!) { createTemplate(input: $input, idempotencyKey: "k-1") { id name kind } }',
      variables: { input: { name: 'Sunset', kind: 'image', prompt: 'a sunset' } },
    });
    assert.equal(r.status, 200);
    assert.equal(r.json.errors, undefined);
    assert.ok(r.json.data.createTemplate.id);
    // A body REST rejects (422) is a field error, not a crash.
    const bad = await post({ query: 'mutation { createTemplate(input: {name: "", kind: image, prompt: ""}) { id } }' });
    assert.equal(bad.status, 200);
    assert.equal(bad.json.data.createTemplate, null);
    assert.equal(bad.json.errors[0].extensions.status, 422);
  });

  it('streams a subscription as GraphQL over SSE: next per REST event, then complete', async () => {
    const jobId = 'job_01JD8K2M4P6R8T0V2X4Z6B8D0F';
    const r = await post({ query: `subscription { jobEvents(jobId: "${jobId}") { event jobId status progress } }` }, { accept: 'text/event-stream' });
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type'), /^text\/event-stream/);
    const events = parseSse(r.text);
    const rest = parseSse((await m.api(`/jobs/${jobId}/events`, { headers: KEY })).text);
    assert.ok(rest.length > 0);
    assert.deepEqual(events.map((e) => e.event), [...rest.map(() => 'next'), 'complete']);
    assert.equal(events.at(-1).data, '');
    assert.deepEqual(events.slice(0, -1).map((e) => JSON.parse(e.data)), rest.map((e) => {
      const { event, jobId: id, status, progress } = JSON.parse(e.data);
      return { data: { jobEvents: { event, jobId: id, status, progress } } };
    }));
  });

  it('streams request errors as a next event when the client asked for SSE, and refuses a subscription without it', async () => {
    const invalid = await post({ query: 'subscription { jobEvents(jobId: "x") { nope } }' }, { accept: 'text/event-stream' });
    assert.equal(invalid.status, 200);
    const events = parseSse(invalid.text);
    assert.deepEqual(events.map((e) => e.event), ['next', 'complete']);
    assert.match(JSON.parse(events[0].data).errors[0].message, /Cannot query field "nope"/);
    const plain = await post({ query: 'subscription { jobEvents(jobId: "x") { status } }' });
    assert.equal(plain.status, 400);
    assert.match(plain.json.errors[0].message, /Accept: text\/event-stream/);
  });

  it('runs at most MAX_REST_CALLS root fields of one document; the rest are field errors', async () => {
    const aliases = Array.from({ length: MAX_REST_CALLS + 3 }, (_, i) => `m${i}: systemMetrics { queueDepth }`).join(' ');
    const r = await post({ query: `{ ${aliases} }` });
    assert.equal(r.status, 200);
    const answered = Object.values(r.json.data).filter((v) => v !== null);
    assert.equal(answered.length, MAX_REST_CALLS);
    assert.equal(r.json.errors.length, 3);
    assert.match(r.json.errors[0].message, /at most 50 root fields/);
  });

  it('answers a hostile document (deep nesting, too many tokens) with a 400, and keeps serving', async () => {
    const deep = await post({ query: `${'{ jobs '.repeat(5000)}${'}'.repeat(5000)}` });
    assert.equal(deep.status, 400);
    assert.match(deep.json.errors[0].message, /nests more than 64 levels/);
    const long = await post({ query: `{ ${'systemMetrics { queueDepth } '.repeat(3000)} }` });
    assert.equal(long.status, 400);
    assert.match(long.json.errors[0].message, /more that 10000 tokens/ /* graphql-js spells it so */);
    // Braces inside strings and comments are no nesting.
    const quoted = await post({ query: `{ job(jobId: "${'{'.repeat(100)}") { id } } # ${'{'.repeat(100)}` });
    assert.equal(quoted.status, 200);
    const ok = await post({ query: '{ systemMetrics { queueDepth } }' });
    assert.equal(ok.status, 200);
  });

  it('still validates the HTTP request first: no credentials is 401, a body without query 422', async () => {
    const anonymous = await m.api('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { id } }' }) });
    assert.equal(anonymous.status, 401);
    const noQuery = await post({ variables: {} });
    assert.equal(noQuery.status, 422);
  });
});

describe('GraphQL media type negotiation', () => {
  it('prefers graphql-response+json when named and not ranked below json', () => {
    assert.equal(negotiate('application/graphql-response+json').mediaType, 'application/graphql-response+json');
    assert.equal(negotiate('application/json, application/graphql-response+json').mediaType, 'application/graphql-response+json');
    assert.equal(negotiate('application/json;q=1, application/graphql-response+json;q=0.5').mediaType, 'application/json');
    assert.equal(negotiate('application/graphql-response+json;q=0').mediaType, 'application/json');
    assert.equal(negotiate('*/*').mediaType, 'application/json');
    assert.equal(negotiate(undefined).mediaType, 'application/json');
    assert.equal(negotiate('text/event-stream').sse, true);
    assert.equal(negotiate('application/json').sse, false);
  });
});

describe('a REST event stream that breaks mid-way', () => {
  it('ends the subscription with a next carrying the error, then complete', async () => {
    const { doc, dir } = repoDocument();
    const media = doc.paths['/jobs/{jobId}/events'].get.responses['200'].content['text/event-stream'];
    media.example = 'id: 1\nevent: job.status\ndata: {"event":"job.status","jobId":"job_01JD8K2M4P6R8T0V2X4Z6B8D0F","status":"running","progress":0,"occurredAt":"2026-11-21T10:15:01Z"}\n\nid: 2\nevent: job.status\ndata: not json\n\n';
    const m = await startMock({ document: doc, specDir: dir });
    try {
      const r = await m.api('/graphql', {
        method: 'POST',
        headers: { ...KEY, 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ query: 'subscription { jobEvents(jobId: "job_01JD8K2M4P6R8T0V2X4Z6B8D0F") { status } }' }),
      });
      const events = parseSse(r.text);
      assert.deepEqual(events.map((e) => e.event), ['next', 'next', 'complete']);
      assert.deepEqual(JSON.parse(events[0].data), { data: { jobEvents: { status: 'running' } } });
      assert.match(JSON.parse(events[1].data).errors[0].message, /^The event stream failed: /);
      assert.deepEqual(m.internalErrors, []);
    } finally {
      await m.close();
    }
  });
});

describe('a spec without x-graphql-schema', () => {
  it('keeps answering POST /graphql with spec mode\'s example', async () => {
    const { doc, dir } = repoDocument();
    delete doc.paths['/graphql'].post['x-graphql-schema'];
    delete doc.paths['/graphql'].get;
    const m = await startMock({ document: doc, specDir: dir });
    try {
      const r = await m.api('/graphql', { method: 'POST', headers: { ...KEY, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ not valid' }) });
      assert.equal(r.status, 200);
      assert.ok('data' in r.json);
    } finally {
      await m.close();
    }
  });
});

describe('a broken x-graphql-schema', () => {
  let dir;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sdl-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const start = (file, sdl) => () => {
    if (sdl !== undefined) writeFileSync(path.join(dir, file), sdl);
    const repo = repoDocument();
    repo.doc.paths['/graphql'].post['x-graphql-schema'] = sdl === undefined ? file : path.join(dir, file);
    return createMockServer({ document: repo.doc, specDir: repo.dir });
  };

  it('stops the server from starting, naming the spec pointer and the reason', () => {
    assert.throws(start('graphql/missing.graphql'), (e) => e instanceof SpecError
      && e.pointer === '#/paths/~1graphql/post/x-graphql-schema' && /cannot read graphql\/missing\.graphql \(ENOENT\)/.test(e.reason));
    assert.throws(start('bad.graphql', 'type Query { jobs: Nope }'), /is not a valid GraphQL schema: Unknown type "Nope"/);
    assert.throws(start('no-rest.graphql', 'type Query { me: String }'), /Query\.me has no @rest/);
    const unknown = 'directive @rest(operation: String!) on FIELD_DEFINITION\ntype Query { me: String @rest(operation: "getNothing") }';
    assert.throws(start('unknown-op.graphql', unknown), /Query\.me runs getNothing, which is no operation of the spec/);
  });
});
