// The public surface against a real local HTTP server: new SecureAIStudio(), resources and
// verbs, options objects, per-call options, withOptions, .withResponse()/.asResponse(), pages,
// events, downloads, uploads with toFile, waiters and errors. Payloads are plain JSON; no model
// of the API is imported.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import util from 'node:util';
import * as sdk from '../../src/index.js';
import {startLocalServer} from '../helpers/local-server.js';
import {ASSET, IMAGE_JOB, PROBLEM_404, TEMPLATE} from './helpers/payloads.js';

const {SecureAIStudio, NotFoundError, APIConnectionTimeoutError, APIUserAbortError, toFile, Page, BinaryResponse, EventStream} = sdk;

let server;
before(async () => { server = await startLocalServer(); });
after(() => server.close());

const KEY = 'sk_test_client_surface_1234';
const client = (options = {}) => new SecureAIStudio({apiKey: KEY, baseURL: server.baseUrl, validation: 'off', ...options});
const tpl = (n) => ({...TEMPLATE, id: `tpl_0000000${n}`});

test('the package root exports the client and its helpers, not the generated classes', () => {
    assert.equal(sdk.default, SecureAIStudio);
    for (const name of Object.keys(sdk)) assert.doesNotMatch(name, /Api$|^ApiClient$/, `${name} is exported`);
    assert.equal(sdk.ImageJob, undefined, 'models are types only');
});

test('client.templates.list(params) sends the query and iterates every page with for await', async () => {
    const since = server.requests.length;
    server.replyJson({data: [tpl(1), tpl(2)], nextCursor: 'c_2'});
    server.replyJson({data: [tpl(3)], nextCursor: null});
    const ids = [];
    for await (const t of client().templates.list({kind: 'image', limit: 2})) ids.push(t.id);
    assert.deepEqual(ids, [tpl(1).id, tpl(2).id, tpl(3).id]);
    const urls = server.requests.slice(since).map((r) => new URL(r.url, 'http://x'));
    assert.deepEqual(urls.map((u) => Object.fromEntries(u.searchParams)), [{kind: 'image', limit: '2'}, {kind: 'image', limit: '2', cursor: 'c_2'}]);
    server.replyJson({data: [tpl(1)], nextCursor: null});
    const page = await client().templates.list();
    assert.ok(page instanceof Page);
    assert.equal(page.hasNextPage(), false);
});

test('client.jobs.createImage(body, {idempotencyKey}) sends exactly the body and the key; the result is the decoded job', async () => {
    server.replyJson(IMAGE_JOB, 202, {'X-Request-Id': 'req_create'});
    const job = await client().jobs.createImage({prompt: 'A lighthouse at dusk'}, {idempotencyKey: 'idem_1'});
    assert.equal(job.id, IMAGE_JOB.id);
    assert.equal(job.type, 'image');
    assert.deepEqual(JSON.parse(server.last.body), {prompt: 'A lighthouse at dusk'});
    assert.equal(server.last.headers['idempotency-key'], 'idem_1');
    assert.equal(server.last.headers['x-api-key'], KEY);
    server.replyJson(IMAGE_JOB, 202);
    await client().jobs.createImage({prompt: 'x'});
    assert.match(server.last.headers['idempotency-key'], /^[0-9a-f-]{36}$/, 'a key is generated when none is given');
});

test('a list call offers .withResponse() and .asResponse() too, as the TS client does', async () => {
    server.replyJson({data: [TEMPLATE], nextCursor: null}, 200, {'X-Request-Id': 'req_list'});
    const {data, response, requestId} = await client().templates.list({limit: 1}).withResponse();
    assert.deepEqual(data.data.map((t) => t.id), [TEMPLATE.id]);
    assert.equal(data.hasNextPage(), false);
    assert.equal(response.status, 200);
    assert.equal(requestId, 'req_list');
    server.replyJson({data: [], nextCursor: null}, 200, {'X-Request-Id': 'req_list_2'});
    const raw = await client().templates.list().asResponse();
    assert.equal(raw.headers.get('x-request-id'), 'req_list_2');
});

test('.withResponse() gives {data, response, requestId}; .asResponse() the response', async () => {
    server.replyJson(TEMPLATE, 200, {'X-Request-Id': 'req_tpl'});
    const {data, response, requestId} = await client().templates.retrieve(TEMPLATE.id).withResponse();
    assert.equal(data.id, TEMPLATE.id);
    assert.equal(response.status, 200);
    assert.equal(requestId, 'req_tpl');
    server.replyJson(TEMPLATE, 200, {'X-Request-Id': 'req_tpl_2'});
    const raw = await client().templates.retrieve(TEMPLATE.id).asResponse();
    assert.equal(raw.headers.get('x-request-id'), 'req_tpl_2');
});

test('update(templateId, body, params): path, JSON body and header parameter each go where they belong', async () => {
    server.replyJson(TEMPLATE);
    await client().templates.update(TEMPLATE.id, {name: 'Renamed'}, {ifMatch: '"v3"'});
    assert.equal(new URL(server.last.url, 'http://x').pathname, `/api/v1/templates/${TEMPLATE.id}`);
    assert.equal(server.last.method, 'PATCH');
    assert.equal(server.last.headers['if-match'], '"v3"');
    assert.deepEqual(JSON.parse(server.last.body), {name: 'Renamed'});
});

test('errors are the rulebook classes; bad arguments fail before sending', async () => {
    server.replyJson(PROBLEM_404, 404, {}, 'application/problem+json');
    await assert.rejects(client().templates.retrieve('tpl_00000000missing'), (err) => err instanceof NotFoundError && err.status === 404);
    const since = server.requests.length;
    await assert.rejects(client().templates.list({knd: 'image'}), {name: 'TypeError', message: /templates\.list: unknown parameter 'knd'/});
    await assert.rejects(client().templates.retrieve(), {name: 'TypeError', message: /templates\.retrieve: missing the path parameter 'templateId'/});
    await assert.rejects(client().templates.retrieve('tpl_1', {timout: 5}), {name: 'TypeError', message: /unknown request option 'timout'/});
    assert.equal(server.requests.length, since, 'nothing was sent');
});

test('per-call options: maxRetries, timeout, headers and signal', async () => {
    let since = server.requests.length;
    server.replyJson({title: 'busy'}, 503);
    await assert.rejects(client({maxRetries: 3}).health.liveness({maxRetries: 0}));
    assert.equal(server.requests.length - since, 1, 'maxRetries: 0 for this call: one attempt');
    server.replyJsonAfter(500, {status: 'ok'});
    await assert.rejects(client({maxRetries: 0}).health.liveness({timeout: 50}), APIConnectionTimeoutError);
    server.replyJson({status: 'ok'});
    await client().health.liveness({headers: {'X-Trace': 'trace_1'}});
    assert.equal(server.last.headers['x-trace'], 'trace_1');
    const controller = new AbortController();
    controller.abort();
    since = server.requests.length;
    await assert.rejects(client().health.liveness({signal: controller.signal}), APIUserAbortError);
});

test('withOptions returns a new client with the options over the original ones; the original is unchanged', async () => {
    const base = client({maxRetries: 4, timeout: 20000});
    const fast = base.withOptions({maxRetries: 0, timeout: 5000});
    assert.notEqual(fast, base);
    assert.ok(fast instanceof SecureAIStudio);
    assert.deepEqual([fast.transport.maxRetries, fast.transport.timeout], [0, 5000]);
    assert.deepEqual([base.transport.maxRetries, base.transport.timeout], [4, 20000]);
    server.replyJson(TEMPLATE);
    await fast.templates.retrieve(TEMPLATE.id);
    assert.equal(server.last.headers['x-api-key'], KEY, 'credentials carry over');
    assert.throws(() => base.withOptions({maxRetry: 1}), {name: 'TypeError', message: /unknown client option 'maxRetry'/});
});

test('the environment gives the API key and base URL (R4.1); the client never prints the key', async () => {
    const saved = {key: process.env.SECURE_AI_STUDIO_API_KEY, url: process.env.SECURE_AI_STUDIO_BASE_URL};
    process.env.SECURE_AI_STUDIO_API_KEY = 'sk_test_from_env_5678';
    process.env.SECURE_AI_STUDIO_BASE_URL = server.baseUrl;
    try {
        const c = new SecureAIStudio({validation: 'off'});
        assert.equal(c.baseURL, server.baseUrl);
        server.replyJson(TEMPLATE);
        await c.templates.retrieve(TEMPLATE.id);
        assert.equal(server.last.headers['x-api-key'], 'sk_test_from_env_5678');
        for (const text of [util.inspect(c, {depth: 10, showHidden: true}), JSON.stringify(c), String(c), util.inspect(c.withOptions({}), {depth: 10})]) {
            assert.doesNotMatch(text, /sk_test_from_env_5678/);
        }
    } finally {
        for (const [name, value] of [['SECURE_AI_STUDIO_API_KEY', saved.key], ['SECURE_AI_STUDIO_BASE_URL', saved.url]]) {
            if (value === undefined) delete process.env[name];
            else process.env[name] = value;
        }
    }
});

test('events(jobId) resolves to an EventStream of {event, data}', async () => {
    const message = (event, data) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    server.replyChunks([message('job.progress', {event: 'job.progress', jobId: IMAGE_JOB.id, status: 'running', progress: 50}), message('job.completed', {event: 'job.completed', jobId: IMAGE_JOB.id, status: 'succeeded', progress: 100})]);
    const stream = await client().jobs.events(IMAGE_JOB.id);
    assert.ok(stream instanceof EventStream);
    const seen = [];
    for await (const e of stream) seen.push(`${e.event} ${e.data.progress}`);
    assert.deepEqual(seen, ['job.progress 50', 'job.completed 100']);
});

test('download resolves to a BinaryResponse; upload takes toFile(...) in a multipart body', async () => {
    server.replyBytes(Buffer.from([1, 2, 3]), 'image/png');
    const binary = await client().assets.download(ASSET.id);
    assert.ok(binary instanceof BinaryResponse);
    assert.deepEqual([...await binary.bytes()], [1, 2, 3]);
    server.replyJson(ASSET, 201);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const asset = await client().assets.upload({file: await toFile(png, 'ref.png'), description: 'a reference'});
    assert.equal(asset.id, ASSET.id);
    const body = server.last.body.toString('latin1');
    assert.match(server.last.headers['content-type'], /^multipart\/form-data; boundary=/);
    assert.match(body, /name="file"; filename="ref.png"\r\nContent-Type: image\/png/);
    assert.match(body, /name="description"\r\n\r\na reference/);
});

test('toFile accepts bytes, strings, Blobs and async iterables; anything else is a TypeError', async () => {
    assert.equal(await (await toFile('hi', 'a.txt', {type: 'text/plain'})).text(), 'hi');
    async function* chunks() { yield 'a'; yield new Uint8Array([98]); }
    const file = await toFile(chunks(), 'b.bin');
    assert.equal(await file.text(), 'ab');
    assert.equal(file.name, 'b.bin');
    assert.equal((await toFile(new Blob(['x'], {type: 'image/png'}), 'c.png')).type, 'image/png');
    await assert.rejects(toFile(42, 'n'), {name: 'TypeError', message: /toFile: expected a Blob, bytes, a string or an async iterable/});
});

test('waitFor(jobId) polls until a terminal status', async () => {
    server.replyJson({...IMAGE_JOB, status: 'running'});
    server.replyJson({...IMAGE_JOB, status: 'succeeded', progress: 100});
    const done = await client().jobs.waitFor(IMAGE_JOB.id, {interval: 1, maxInterval: 2, timeout: 5000});
    assert.equal(done.status, 'succeeded');
});
