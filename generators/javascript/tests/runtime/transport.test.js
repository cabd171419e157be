// The transport (ApiClient) and the runtime modules it drives, against a real local HTTP server,
// for any document: every request is built here from fixture paths, schemes and schemas, so no
// model or operation of one API is imported (these tests ship in every generated SDK).
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import util from 'node:util';
import ApiClient from '../src/ApiClient.js';
import {SchemeCredentials} from '../src/core/credentials.js';
import {
    APIConnectionError, APIConnectionTimeoutError, APIUserAbortError, AuthenticationError, NotFoundError,
    RateLimitError, ResponseValidationError,
} from '../src/core/errors.js';
import {BinaryResponse} from '../src/core/binary.js';
import {EventStream} from '../src/core/sse.js';
import {Page, requestPage} from '../src/core/pagination.js';
import {installWaiters} from '../src/core/polling.js';
import {ResponseValidator} from '../src/core/validation.js';
import {startLocalServer} from './helpers/local-server.js';

let server;
before(async () => { server = await startLocalServer(); });
after(() => server.close());

const KEY = 'sk_fixture_runtime_key_0123';
const THING = {id: 'thing_1', name: 'first'};

/** A transport with fixture schemes (whatever the document declares) and recorded sleeps. */
function transport(options = {}) {
    const client = new ApiClient(server.baseUrl, {validation: 'off', ...options});
    client.authentications = {
        fixtureKey: new SchemeCredentials({type: 'apiKey', in: 'header', name: 'X-Fixture-Key', apiKey: KEY}),
        fixtureBearer: new SchemeCredentials({type: 'bearer'}),
    };
    client.delays = [];
    client.sleep = async (ms) => { client.delays.push(ms); };
    return client;
}

/** One callApi with fixture defaults; `over` replaces any of them. */
function call(client, over = {}) {
    return client.callApi(
        over.path ?? '/things/{thingId}', over.method ?? 'GET',
        over.pathParams ?? {thingId: 'thing 1'}, over.query ?? {}, over.headers ?? {}, over.form ?? {}, over.body ?? null,
        over.auth ?? ['fixtureKey'], over.contentTypes ?? [], over.accepts ?? ['application/json'],
        over.returnType === undefined ? Object : over.returnType, null, over.operationId ?? 'getThing',
        over.options, over.eventSchema ?? null, over.paramNames ?? {thingId: 'thingId'});
}

test('a call encodes path segments and repeats array queries, authenticates, and returns {data, response, requestId}', async () => {
    server.replyJson(THING, 200, {'X-Request-Id': 'req_fixture_1'});
    const result = await call(transport(), {query: {tag: ['a', 'b'], limit: 5, unset: undefined}});
    assert.deepEqual(result.data, THING);
    assert.equal(result.requestId, 'req_fixture_1');
    assert.equal(result.response.status, 200);
    const url = new URL(server.last.url, 'http://x');
    assert.equal(url.pathname, '/api/v1/things/thing%201');
    assert.deepEqual([...url.searchParams], [['tag', 'a'], ['tag', 'b'], ['limit', '5']]);
    assert.equal(server.last.headers['x-fixture-key'], KEY);
    assert.equal(server.last.headers.accept, 'application/json');
    assert.match(server.last.headers['user-agent'], /\(JavaScript\)$/);
});

test("R9.1/R9.4: '.', '..' and control characters are argument errors naming the parameter, before sending", async () => {
    const before = server.requests.length;
    await assert.rejects(call(transport(), {pathParams: {thingId: '..'}}), {name: 'TypeError', message: /getThing: path parameter 'thingId'/});
    await assert.rejects(call(transport(), {headers: {'X-Trace': 'a\r\nInjected: 1'}, paramNames: {'X-Trace': 'xTrace'}}),
        {message: /getThing: header parameter 'xTrace' \(X-Trace\)/});
    assert.equal(server.requests.length, before, 'nothing was sent');
});

test('a JSON body is sent exactly as given, with its content type', async () => {
    server.replyJson(THING, 201);
    await call(transport(), {method: 'POST', path: '/things', pathParams: {}, body: {name: 'n', tags: []}, contentTypes: ['application/json']});
    assert.equal(server.last.method, 'POST');
    assert.equal(server.last.headers['content-type'], 'application/json');
    assert.deepEqual(JSON.parse(server.last.body), {name: 'n', tags: []});
});

test('R5: a problem answer is the status error class with its fields; secrets never appear in it', async () => {
    server.replyJson({type: 'about:blank', title: 'Not Found', status: 404, detail: `no thing for key ${KEY}`, code: 'not_found'}, 404,
        {'X-Request-Id': 'req_404'}, 'application/problem+json');
    const err = await call(transport()).catch((e) => e);
    assert.ok(err instanceof NotFoundError);
    assert.equal(err.status, 404);
    assert.equal(err.code, 'not_found');
    assert.equal(err.requestId, 'req_404');
    assert.ok(!err.message.includes(KEY) && !JSON.stringify(err.problem).includes(KEY), 'the key is redacted');
});

test('R3: a GET is retried on 503 with backoff, and Retry-After is obeyed', async () => {
    const client = transport();
    server.replyJson({title: 'busy'}, 503);
    server.replyJson({title: 'slow down'}, 429, {'Retry-After': '2'});
    server.replyJson(THING);
    const before = server.requests.length;
    assert.deepEqual((await call(client)).data, THING);
    assert.equal(server.requests.length - before, 3);
    assert.equal(client.delays.length, 2);
    assert.ok(client.delays[0] > 0 && client.delays[0] <= 8000, `backoff ${client.delays[0]}`);
    assert.equal(client.delays[1], 2000);
});

test('R3: a POST without an Idempotency-Key is not retried; with a declared one, every attempt sends the same key', async () => {
    const plain = transport();
    server.replyJson({title: 'busy'}, 503);
    await assert.rejects(call(plain, {method: 'POST', path: '/things', pathParams: {}}), {status: 503});
    assert.equal(plain.delays.length, 0);
    server.replyJson({title: 'busy'}, 503);
    server.replyJson(THING, 201);
    const before = server.requests.length;
    await call(transport(), {method: 'POST', path: '/things', pathParams: {}, headers: {'Idempotency-Key': undefined}});
    const keys = server.requests.slice(before).map((r) => r.headers['idempotency-key']);
    assert.equal(keys.length, 2);
    assert.match(keys[0], /^[0-9a-f-]{36}$/);
    assert.equal(keys[1], keys[0]);
});

test('R3/R5.4: retries give up with the last error; a reset is an APIConnectionError, a late answer a timeout', async () => {
    server.replyJson({title: 'limited'}, 429);
    await assert.rejects(call(transport({maxRetries: 0})), RateLimitError);
    server.replyReset();
    server.replyReset();
    await assert.rejects(call(transport({maxRetries: 1})), (err) => err instanceof APIConnectionError && !(err instanceof APIConnectionTimeoutError));
    server.replyJsonAfter(1000, THING);
    await assert.rejects(call(transport({maxRetries: 0, timeout: 100})), APIConnectionTimeoutError);
    // Under load the attempt may time out before its request reaches the server: the late reply
    // must not answer the next test's request.
    server.discardReplies();
});

test('R2.3: an aborted signal cancels before anything is sent', async () => {
    const before = server.requests.length;
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(call(transport(), {options: {signal: controller.signal}}), APIUserAbortError);
    assert.equal(server.requests.length, before);
    await assert.rejects(call(transport(), {options: {timeout: -1}}), /timeout/);
});

test('R1.4: a 401 with a refresh token refreshes once and repeats the call with the new token', async () => {
    const tokens = [];
    const client = transport({accessToken: 'at_old_fixture', refreshToken: 'rt_fixture', onTokenRefresh: (t) => tokens.push(t)});
    client.authentications.fixtureBearer.accessToken = 'at_old_fixture';
    client.authentications.fixtureBearer.refreshToken = 'rt_fixture';
    server.replyJson({title: 'expired'}, 401);
    server.replyJson({accessToken: 'at_new_fixture'});
    server.replyJson(THING);
    const before = server.requests.length;
    assert.deepEqual((await call(client, {auth: ['fixtureBearer']})).data, THING);
    const sent = server.requests.slice(before);
    assert.equal(sent[0].headers.authorization, 'Bearer at_old_fixture');
    assert.deepEqual(JSON.parse(sent[1].body), {refreshToken: 'rt_fixture'});
    assert.equal(sent[2].headers.authorization, 'Bearer at_new_fixture');
    assert.deepEqual(tokens, [{accessToken: 'at_new_fixture'}]);
    server.replyJson({title: 'still no'}, 401);
    await assert.rejects(call(transport(), {auth: ['fixtureBearer', 'fixtureKey']}), AuthenticationError);
});

test('R5.5: a printed transport shows settings, never the credentials', () => {
    const client = transport({defaultHeaders: {'X-Other': KEY}});
    for (const text of [util.inspect(client, {depth: 5}), JSON.stringify(client), String(client)]) {
        assert.ok(!text.includes(KEY), text);
        assert.match(text, /REDACTED/);
    }
});

test('R9.3: a multipart file part carries its name and a content type from the bytes', async () => {
    server.replyJson(THING, 201);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    await call(transport(), {method: 'POST', path: '/things/{thingId}/files', form: {file: new Blob([png]), note: 'hello'},
        contentTypes: ['multipart/form-data']});
    assert.match(server.last.headers['content-type'], /^multipart\/form-data; boundary=/);
    const body = server.last.body.toString('latin1');
    assert.match(body, /name="file"; filename="file"\r\nContent-Type: image\/png/);
    assert.match(body, /name="note"\r\n\r\nhello/);
    await assert.rejects(call(transport(), {method: 'POST', form: {file: new Blob([new Uint8Array([1, 2, 3])])}, contentTypes: ['multipart/form-data']}),
        {name: 'TypeError', message: /file/});
});

test('R9.2: a binary answer is a BinaryResponse read as bytes', async () => {
    server.replyBytes(Buffer.from([1, 2, 3, 4]), 'application/octet-stream', 206, {'Content-Range': 'bytes 0-3/10'});
    const {data} = await call(transport(), {returnType: 'Blob', accepts: ['application/octet-stream']});
    assert.ok(data instanceof BinaryResponse);
    assert.equal(data.partial, true);
    assert.deepEqual(data.contentRange, {unit: 'bytes', start: 0, end: 3, size: 10});
    assert.deepEqual([...(await data.bytes())], [1, 2, 3, 4]);
});

test('R8.4: a text/event-stream answer is an EventStream of decoded events', async () => {
    server.replyChunks(['event: tick\nid: 1\ndata: {"n":1}\n\n', 'data: {"n":2}\n\n']);
    const {data} = await call(transport(), {accepts: ['text/event-stream']});
    assert.ok(data instanceof EventStream);
    const events = [];
    for await (const event of data) events.push(event);
    assert.deepEqual(events.map((e) => [e.event, e.id, e.data]), [['tick', '1', {n: 1}], ['message', undefined, {n: 2}]]);
});

test('R7.1: validation against a schema: strict raises naming the path, warn logs and returns the data as received', async () => {
    const validator = new ResponseValidator({Thing: {type: 'object', required: ['id'], properties: {id: {type: 'string'}, size: {type: 'integer'}}}});
    const strict = transport({validation: 'strict'});
    strict.validator = validator;
    server.replyJson({size: 'big'});
    const err = await call(strict, {returnType: 'Thing'}).catch((e) => e);
    assert.ok(err instanceof ResponseValidationError);
    assert.deepEqual(err.issues.map((i) => i.path).sort(), ['/id', '/size']);
    const warnings = [];
    const warn = transport({validation: 'warn', logger: {warn: (message) => warnings.push(message)}});
    warn.validator = validator;
    server.replyJson({size: 'big', extra: true});
    assert.deepEqual((await call(warn, {returnType: 'Thing'})).data, {size: 'big', extra: true});
    assert.equal(warnings.length, 1);
    server.replyBytes('{not json', 'application/json');
    await assert.rejects(call(transport()), ResponseValidationError);
});

test('R7.1: a reference to a schema with no entry (a discriminator mapped to a non-model) accepts any value; the rest is checked', async () => {
    const validator = new ResponseValidator({
        File: {type: 'object', required: ['type', 'size'], properties: {type: {const: 'file'}, size: {type: 'integer'}}},
        Content: {
            type: 'object',
            required: ['type'],
            properties: {type: {enum: ['array', 'file']}},
            allOf: [
                {if: {properties: {type: {const: 'array'}}}, then: {$ref: 'Directory'}},
                {if: {properties: {type: {const: 'file'}}}, then: {$ref: 'File'}},
            ],
        },
    });
    assert.deepEqual(await validator.issues({type: 'array', entries: 3}, 'Content'), []);
    assert.deepEqual(await validator.issues({type: 'file', size: 3}, 'Content'), []);
    assert.deepEqual((await validator.issues({type: 'file'}, 'Content')).map((i) => i.path), ['/size']);
});

test('R6: pages follow the next cursor until there is none; for await walks every item', async () => {
    const client = transport();
    const fetchPage = (cursor) => call(client, {path: '/things', pathParams: {}, query: {cursor}});
    server.replyJson({items: [{id: 1}, {id: 2}], next: 'c_2'});
    server.replyJson({items: [{id: 3}], next: null});
    const before = server.requests.length;
    const ids = [];
    for await (const item of requestPage(fetchPage, {itemsField: 'items', nextCursorField: 'next'})) ids.push(item.id);
    assert.deepEqual(ids, [1, 2, 3]);
    assert.deepEqual(server.requests.slice(before).map((r) => new URL(r.url, 'http://x').searchParams.get('cursor')), [null, 'c_2']);
    server.replyJson({items: [], next: 'c_same'});
    const page = await requestPage(fetchPage, {itemsField: 'items', nextCursorField: 'next'}, 'c_same');
    assert.ok(page instanceof Page);
    assert.equal(page.hasNextPage(), false, 'a repeated cursor ends the walk');
});

test('R8: an installed waiter polls until a terminal state', async () => {
    class ThingsApi {
        constructor(apiClient) { this.apiClient = apiClient; }
        getThingWithHttpInfo(thingId, requestOptions) {
            return call(this.apiClient, {pathParams: {thingId}, options: requestOptions});
        }
    }
    installWaiters(ThingsApi, [{operation: 'createThing', pollOperation: 'getThing', statusField: 'state', terminalStates: ['done', 'failed']}]);
    const name = ThingsApi.waiters.getThing;
    const client = transport();
    server.replyJson({id: 't', state: 'queued'});
    server.replyJson({id: 't', state: 'working'});
    server.replyJson({id: 't', state: 'done'});
    const thing = await new ThingsApi(client)[name]('t', {interval: 10});
    assert.equal(thing.state, 'done');
    assert.equal(client.delays.length, 2);
});

test("an operation's own server: absolute as given, relative against the client's base URL", () => {
    const client = new ApiClient('http://127.0.0.1:9/base/', {validation: 'off'});
    assert.equal(client.buildUrl('/items/{id}', {id: 'a b'}, 'https://other.example/v2/'), 'https://other.example/v2/items/a%20b');
    assert.equal(client.buildUrl('/items', {}, '/v3'), 'http://127.0.0.1:9/v3/items');
    assert.equal(client.buildUrl('/items', {}, 'v3'), 'http://127.0.0.1:9/base/v3/items');
    assert.equal(client.buildUrl('/items', {}, null), 'http://127.0.0.1:9/base/items');
});
