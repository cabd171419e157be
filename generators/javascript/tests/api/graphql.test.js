// R13 GraphQL: client.graphql.query and client.graphql.subscribe (the methods x-graphql gives
// executeGraphql's resource), against a real local HTTP server.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {
    APIUserAbortError, BadRequestError, GraphqlResponse, GraphqlSubscription, InternalServerError, ResponseValidationError,
    SecureAIStudio,
} from '../../src/internal.js';
import {startLocalServer} from '../helpers/local-server.js';

let server;
before(async () => { server = await startLocalServer(); });
after(() => server.close());

const GRAPHQL_JSON = 'application/graphql-response+json';
const QUERY_ACCEPT = 'application/graphql-response+json, application/json;q=0.9';
const DOCUMENT = 'query RecentJobs($limit: Int) { jobs(limit: $limit) { data { id status } } }';
const SUBSCRIPTION = 'subscription Progress($jobId: ID!) { jobEvents(jobId: $jobId) { event status progress } }';
const JOBS = {data: {jobs: {data: [{id: 'job_1', status: 'running'}]}}};
const event = (progress) => ({data: {jobEvents: {event: 'job.progress', status: 'running', progress}}});
const next = (payload) => `event: next\ndata: ${JSON.stringify(payload)}\n\n`;
const SSE = {'Content-Type': 'text/event-stream', 'X-Request-Id': 'req_sub'};
// Tests whose server keeps the stream open fail after this instead of hanging when the client never closes it.
const OPEN = {timeout: 10000};

/** A client whose logger records warnings and whose retries do not sleep. */
function client(options = {}) {
    const warnings = [];
    const c = new SecureAIStudio({apiKey: 'sk_test_graphql', baseURL: server.baseUrl, logger: {warn: (message) => warnings.push(message)}, ...options});
    c.transport.sleep = async () => undefined;
    c.warnings = warnings;
    return c;
}

const sent = (since) => server.requests.slice(since);
const bodyOf = (request) => JSON.parse(request.body.toString('utf8'));
const collect = async (iterable) => {
    const items = [];
    for await (const item of iterable) items.push(item);
    return items;
};
/** Waits until the server has seen `count` connections end (the client closed them). */
async function closedReaches(count) {
    for (let i = 0; i < 200 && server.closed < count; i++) await new Promise((r) => setTimeout(r, 10));
    return server.closed;
}

test('R13.1: query POSTs {query} alone, asks for graphql-response+json and decodes it into the result model', async () => {
    server.replyJson(JOBS, 200, {'X-Request-Id': 'req_q'}, GRAPHQL_JSON);
    const {data: result, requestId} = await client().graphql.query('{ jobs { data { id status } } }').withResponse();
    assert.ok(result instanceof GraphqlResponse);
    assert.deepEqual(JSON.parse(JSON.stringify(result)), JOBS);
    assert.equal(requestId, 'req_q');
    const request = server.last;
    assert.equal(request.method, 'POST');
    assert.equal(new URL(request.url, 'http://x').pathname, '/api/v1/graphql');
    assert.equal(request.headers.accept, QUERY_ACCEPT);
    assert.match(request.headers['content-type'], /^application\/json/);
    assert.equal(request.headers['x-api-key'], 'sk_test_graphql');
    assert.deepEqual(bodyOf(request), {query: '{ jobs { data { id status } } }'}, 'no variables or operationName the caller did not give');
});

test('R13.1/R9.5: variables and operationName are sent when given, null as null; plain JSON answers decode alike', async () => {
    const since = server.requests.length;
    server.replyJson(JOBS);
    server.replyJson(JOBS);
    server.replyJson(JOBS);
    const result = await client().graphql.query(DOCUMENT, {limit: 1}, {operationName: 'RecentJobs'});
    assert.deepEqual(JSON.parse(JSON.stringify(result)), JOBS);
    await client().graphql.query(DOCUMENT, null, {operationName: null});
    await client().graphql.query(DOCUMENT, undefined, {operationName: 'RecentJobs'});
    assert.deepEqual(sent(since).map(bodyOf), [
        {query: DOCUMENT, variables: {limit: 1}, operationName: 'RecentJobs'},
        {query: DOCUMENT, variables: null, operationName: null},
        {query: DOCUMENT, operationName: 'RecentJobs'},
    ]);
});

test('R13.1: the errors of a 2xx result are returned beside its data, not raised', async () => {
    const partial = {
        errors: [{message: 'getJob: No job job_9 exists.', path: ['job', 0], extensions: {status: 404, code: 'not_found'}}],
        data: {job: null, systemMetrics: {queueDepth: 12}},
    };
    server.replyJson(partial, 200, {}, GRAPHQL_JSON);
    const result = await client({validation: 'strict'}).graphql.query('{ job(jobId: "job_9") { id } systemMetrics { queueDepth } }');
    assert.deepEqual(JSON.parse(JSON.stringify(result)), partial);
    assert.equal(result.errors[0].message, 'getJob: No job job_9 exists.');
});

test('R13.2/R5.3: a document that does not validate is a BadRequestError with the GraphQL messages; problem is the body', async () => {
    const body = {errors: [
        {message: 'Cannot query field "title" on type "Job".', locations: [{line: 1, column: 17}], extensions: {code: 'GRAPHQL_VALIDATION_FAILED'}},
        {message: 'Unknown argument "first" on field "Query.jobs".'},
    ]};
    server.replyJson(body, 400, {'X-Request-Id': 'req_bad'}, GRAPHQL_JSON);
    await assert.rejects(client().graphql.query('{ jobs(first: 1) { data { id title } } }'), (err) => {
        assert.ok(err instanceof BadRequestError);
        assert.equal(err.status, 400);
        assert.equal(err.message, '400 GRAPHQL_VALIDATION_FAILED: Cannot query field "title" on type "Job".; Unknown argument "first" on field "Query.jobs".');
        assert.equal(err.code, 'GRAPHQL_VALIDATION_FAILED');
        assert.equal(err.detail, 'Cannot query field "title" on type "Job".; Unknown argument "first" on field "Query.jobs".');
        assert.deepEqual(err.problem, body);
        assert.deepEqual(err.errors, body.errors);
        assert.equal(err.requestId, 'req_bad');
        return true;
    });
});

test('R13.1/R3.3: a mutation is retried only with an idempotency key; per-call headers and options apply', async () => {
    const mutation = 'mutation { createTemplate(input: {name: "n", kind: image, prompt: "p"}) { id } }';
    const unavailable = () => server.replyJson({title: 'Unavailable', status: 503}, 503, {}, 'application/problem+json');
    let since = server.requests.length;
    unavailable();
    await assert.rejects(client().graphql.query(mutation), InternalServerError);
    assert.equal(sent(since).length, 1, 'POST without a key: no retry');
    since = server.requests.length;
    unavailable();
    server.replyJson({data: {createTemplate: {id: 'tpl_1'}}}, 200, {}, GRAPHQL_JSON);
    const result = await client().graphql.query(mutation, undefined, {idempotencyKey: 'idem_gql_1', headers: {'X-Trace': 't1'}, timeout: 5000});
    assert.equal(result.data.createTemplate.id, 'tpl_1');
    const requests = sent(since);
    assert.equal(requests.length, 2, 'retried once with the key');
    assert.deepEqual(requests.map((r) => r.headers['idempotency-key']), ['idem_gql_1', 'idem_gql_1']);
    assert.equal(requests[1].headers['x-trace'], 't1');
    assert.equal(requests[1].headers.accept, QUERY_ACCEPT);
});

test('R13.1: bad arguments are TypeErrors naming the method and the argument, and nothing is sent', async () => {
    const since = server.requests.length;
    const c = client();
    const cases = [
        [[], /^graphql\.query: the GraphQL document \(argument 1\) must be a non-empty string \(got undefined\)$/],
        [[''], /the GraphQL document \(argument 1\) must be a non-empty string \(got string\)/],
        [[DOCUMENT, [1]], /^graphql\.query: variables \(argument 2\) must be an object of variable names to values \(got array\)$/],
        [[DOCUMENT, {}, 'RecentJobs'], /^graphql\.query: options \(argument 3\) must be an object/],
        [[DOCUMENT, {}, {operationNme: 'x'}], /^graphql\.query: unknown option 'operationNme' \(expected operationName, timeout/],
        [[DOCUMENT, {}, {operationName: 5}], /^graphql\.query: operationName must be a non-empty string \(got number\)$/],
        [[DOCUMENT, {}, {}, {}], /^graphql\.query: too many arguments \(4\)$/],
    ];
    for (const [args, message] of cases) {
        await assert.rejects(c.graphql.query(...args), (err) => err instanceof TypeError && message.test(err.message), String(message));
    }
    assert.equal(sent(since).length, 0);
});

test('R13.3: subscribe POSTs with Accept text/event-stream and yields one result per next event, ignoring others, until complete', OPEN, async () => {
    const since = server.requests.length;
    const closed = server.closed;
    // The server keeps the response open after `complete`: the client must stop reading and close it.
    server.replyChunks([': keep-alive\n\n', next(event(0)), 'event: ping\ndata: {}\n\n', 'data: {"data":{"x":1}}\n\n',
        next(event(50)).slice(0, 9), next(event(50)).slice(9), 'event: complete\ndata:\n\n', next(event(99))], SSE, {gapMs: 2, keepOpen: true});
    const subscription = client({validation: 'strict'}).graphql.subscribe(SUBSCRIPTION, {jobId: 'job_1'});
    assert.ok(subscription instanceof GraphqlSubscription);
    assert.equal(subscription.response, undefined, 'nothing is sent before the first next()');
    const results = await collect(subscription);
    assert.ok(results.every((r) => r instanceof GraphqlResponse));
    assert.deepEqual(results.map((r) => r.data.jobEvents.progress), [0, 50]);
    assert.equal(subscription.requestId, 'req_sub');
    assert.equal(subscription.response.status, 200);
    const [request] = sent(since);
    assert.equal(request.headers.accept, 'text/event-stream');
    assert.deepEqual(bodyOf(request), {query: SUBSCRIPTION, variables: {jobId: 'job_1'}});
    assert.equal(await closedReaches(closed + 1), closed + 1, 'the connection is closed at complete');
});

test('R13.3: leaving the loop early closes the connection; a subscription never iterated sends nothing', OPEN, async () => {
    const closed = server.closed;
    server.replyChunks([next(event(1)), next(event(2))], SSE, {gapMs: 300, keepOpen: true});
    for await (const result of client().graphql.subscribe(SUBSCRIPTION, {jobId: 'job_1'}, {operationName: 'Progress'})) {
        assert.equal(result.data.jobEvents.progress, 1);
        break;
    }
    assert.equal(await closedReaches(closed + 1), closed + 1, 'break closed the connection');
    assert.deepEqual(bodyOf(server.last), {query: SUBSCRIPTION, variables: {jobId: 'job_1'}, operationName: 'Progress'});

    const since = server.requests.length;
    const unused = client().graphql.subscribe(SUBSCRIPTION);
    assert.deepEqual(await unused.return(), {done: true, value: undefined});
    assert.deepEqual(await unused.next(), {done: true, value: undefined});
    assert.equal(sent(since).length, 0);
});

test('R13.3: return() while the stream is open closes the connection', OPEN, async () => {
    const closed = server.closed;
    server.replyChunks([next(event(1))], SSE, {keepOpen: true});
    const subscription = client().graphql.subscribe(SUBSCRIPTION);
    assert.equal((await subscription.next()).value.data.jobEvents.progress, 1);
    assert.deepEqual(await subscription.return(), {done: true, value: undefined});
    assert.equal(await closedReaches(closed + 1), closed + 1);
});

test('R13.3/R5.3: a non-2xx answer rejects the first next() with its APIError, before any result', async () => {
    server.replyJson({errors: [{message: 'Variable "$jobId" of required type "ID!" was not provided.', extensions: {code: 'BAD_USER_INPUT'}}]}, 400, {}, GRAPHQL_JSON);
    const subscription = client().graphql.subscribe(SUBSCRIPTION);
    await assert.rejects(subscription.next(), (err) => {
        assert.ok(err instanceof BadRequestError);
        assert.equal(err.message, '400 BAD_USER_INPUT: Variable "$jobId" of required type "ID!" was not provided.');
        return true;
    });
    assert.deepEqual(await subscription.next(), {done: true, value: undefined});
});

test('R13.3/R7: each payload is validated under the call\'s mode; data that is not JSON is a ResponseValidationError', async () => {
    const wrong = {data: 'not an object'};
    server.replyChunks([next(wrong), 'event: complete\ndata:\n\n'], SSE);
    await assert.rejects(collect(client().graphql.subscribe(SUBSCRIPTION, undefined, {validation: 'strict'})), (err) => {
        assert.ok(err instanceof ResponseValidationError);
        assert.equal(err.operationId, 'executeGraphql');
        assert.equal(err.issues[0].path, '/data');
        assert.equal(err.requestId, 'req_sub');
        return true;
    });
    server.replyChunks([next(wrong), 'event: complete\ndata:\n\n'], SSE);
    const c = client();
    const results = await collect(c.graphql.subscribe(SUBSCRIPTION));
    assert.equal(results.length, 1, 'warn: the payload is returned as received');
    assert.equal(results[0].data, 'not an object');
    assert.match(c.warnings[0], /^Response of executeGraphql does not match openapi\.yaml at \/data/);
    server.replyChunks(['event: next\ndata: {oops\n\n'], SSE);
    await assert.rejects(collect(client({validation: 'off'}).graphql.subscribe(SUBSCRIPTION)), (err) => {
        assert.ok(err instanceof ResponseValidationError);
        assert.equal(err.issues[0].path, '');
        assert.match(err.issues[0].message, /^the event data is not valid JSON/);
        return true;
    });
});

test('R13.3: a server that answers one JSON result gives that one result', async () => {
    server.replyJson(JOBS, 200, {}, GRAPHQL_JSON);
    const results = await collect(client().graphql.subscribe(DOCUMENT));
    assert.deepEqual(results.map((r) => JSON.parse(JSON.stringify(r))), [JOBS]);
});

test('R13.3: bad arguments are thrown at once, naming the method, and nothing is sent', () => {
    const since = server.requests.length;
    assert.throws(() => client().graphql.subscribe(42), {name: 'TypeError', message: 'graphql.subscribe: the GraphQL document (argument 1) must be a non-empty string (got number)'});
    assert.throws(() => client().graphql.subscribe(SUBSCRIPTION, 'jobId'), {name: 'TypeError', message: /^graphql\.subscribe: variables \(argument 2\)/});
    assert.throws(() => client().graphql.subscribe(SUBSCRIPTION, {}, {signal: 'x'}), {name: 'TypeError', message: /signal/});
    assert.equal(sent(since).length, 0);
});

test('R13.3/R2.3: aborting the call\'s signal ends an open subscription with APIUserAbortError', OPEN, async () => {
    server.replyChunks([next(event(1))], SSE, {keepOpen: true});
    const controller = new AbortController();
    const seen = [];
    await assert.rejects((async () => {
        for await (const result of client().graphql.subscribe(SUBSCRIPTION, undefined, {signal: controller.signal})) {
            seen.push(result.data.jobEvents.progress);
            controller.abort();
        }
    })(), APIUserAbortError);
    assert.deepEqual(seen, [1]);
});
