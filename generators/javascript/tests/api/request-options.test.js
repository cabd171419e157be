// R2.2/R2.3 per-call options and cancellation, R3.6 caller idempotency keys, R10 raw response
// access, against a real local HTTP server (waits recorded, never slept).
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {
    APIConnectionTimeoutError, APIUserAbortError, ApiClient, ImageJobRequest, InternalServerError, JobsApi, TemplatesApi,
} from '../../src/internal.js';
import {startLocalServer} from '../helpers/local-server.js';
import {IMAGE_JOB, TEMPLATE} from './helpers/payloads.js';

let server;
before(async () => { server = await startLocalServer(); });
after(() => server.close());

function client(options = {}) {
    const c = new ApiClient(server.baseUrl, {apiKey: 'sk_test_123', ...options});
    c.delays = [];
    c.sleep = async (ms) => { c.delays.push(ms); };
    c.random = () => 0;
    return c;
}
const unavailable = () => server.replyJson({title: 'Unavailable', status: 503}, 503, {}, 'application/problem+json');
const sent = (since) => server.requests.slice(since);

test('R2.2: a per-call maxRetries overrides the client for that call only', async () => {
    const c = client({maxRetries: 2});
    const api = new JobsApi(c);
    let since = server.requests.length;
    unavailable();
    await assert.rejects(api.getJob(IMAGE_JOB.id, {maxRetries: 0}), InternalServerError);
    assert.equal(sent(since).length, 1);
    since = server.requests.length;
    unavailable();
    unavailable();
    server.replyJson(IMAGE_JOB);
    await api.getJob(IMAGE_JOB.id);
    assert.equal(sent(since).length, 3);
});

test('R2.2: a per-call timeout overrides the client timeout', async () => {
    const api = new JobsApi(client({timeout: 60000, maxRetries: 0}));
    server.replyJsonAfter(300, IMAGE_JOB);
    await assert.rejects(api.getJob(IMAGE_JOB.id, {timeout: 50}), (err) => {
        assert.ok(err instanceof APIConnectionTimeoutError);
        assert.match(err.message, /50 ms/);
        return true;
    });
});

test('R2.2: per-call headers are added (and replace defaults of the same name)', async () => {
    const c = client();
    c.defaultHeaders['X-Trace'] = 'client';
    server.replyJson(IMAGE_JOB);
    await new JobsApi(c).getJob(IMAGE_JOB.id, {headers: {'x-trace': 'call', 'X-Extra': 'yes'}});
    assert.equal(server.last.headers['x-trace'], 'call');
    assert.equal(server.last.headers['x-extra'], 'yes');
});

test('R2.2: invalid per-call options fail before sending, naming the option', async () => {
    const since = server.requests.length;
    const api = new JobsApi(client());
    await assert.rejects(api.getJob(IMAGE_JOB.id, {timeout: -1}), /timeout must be a finite number >= 1 \(got -1\)/);
    await assert.rejects(api.getJob(IMAGE_JOB.id, {maxRetry: 1}), /unknown request option 'maxRetry'/);
    assert.equal(sent(since).length, 0);
});

test('R2.3: a signal that is already aborted sends nothing', async () => {
    const since = server.requests.length;
    await assert.rejects(new JobsApi(client()).getJob(IMAGE_JOB.id, {signal: AbortSignal.abort()}), APIUserAbortError);
    assert.equal(sent(since).length, 0);
});

test('R2.3: aborting during an attempt stops the call at once, never retried', async () => {
    const since = server.requests.length;
    const controller = new AbortController();
    server.replyJsonAfter(2000, IMAGE_JOB);
    const call = new JobsApi(client()).getJob(IMAGE_JOB.id, {signal: controller.signal});
    // Abort once the request is at the server (its answer would come 2 s later).
    while (server.requests.length === since) await new Promise((resolve) => setTimeout(resolve, 5));
    const started = Date.now();
    controller.abort();
    await assert.rejects(call, APIUserAbortError);
    assert.ok(Date.now() - started < 1000);
    assert.equal(sent(since).length, 1);
});

test('R2.3: aborting during a retry wait stops the call with APIUserAbortError', async () => {
    const c = client();
    const controller = new AbortController();
    c.sleep = (ms, signal) => new Promise((resolve, reject) => {
        signal.addEventListener('abort', () => reject(signal.reason), {once: true});
        controller.abort();
    });
    const since = server.requests.length;
    unavailable();
    await assert.rejects(new JobsApi(c).getJob(IMAGE_JOB.id, {signal: controller.signal}), APIUserAbortError);
    assert.equal(sent(since).length, 1);
});

test('R3.6: a caller idempotencyKey is sent on every attempt and makes any POST retryable', async () => {
    const c = client();
    let since = server.requests.length;
    unavailable();
    server.replyJson({...IMAGE_JOB, status: 'queued'}, 202);
    await new JobsApi(c).createImageJob(new ImageJobRequest('a lighthouse'), {idempotencyKey: 'idem-caller-1'});
    assert.deepEqual(sent(since).map((r) => r.headers['idempotency-key']), ['idem-caller-1', 'idem-caller-1']);

    since = server.requests.length;
    unavailable();
    server.replyJson({...IMAGE_JOB, status: 'canceled'});
    await new JobsApi(c).cancelJob(IMAGE_JOB.id, {idempotencyKey: 'idem-cancel'}); // cancelJob declares no key
    assert.deepEqual(sent(since).map((r) => r.headers['idempotency-key']), ['idem-cancel', 'idem-cancel']);
});

test('R10: WithHttpInfo gives data, the raw response and the request id; R11: ETag is visible', async () => {
    server.replyJson(TEMPLATE, 200, {'X-Request-Id': 'req_raw_1', ETag: '"v3"'});
    const {data, response, requestId} = await new TemplatesApi(client()).getTemplateWithHttpInfo(TEMPLATE.id);
    assert.equal(data.id, TEMPLATE.id);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('etag'), '"v3"');
    assert.equal(requestId, 'req_raw_1');

    server.replyJson(TEMPLATE);
    assert.equal((await new TemplatesApi(client()).getTemplateWithHttpInfo(TEMPLATE.id)).requestId, null);
});
