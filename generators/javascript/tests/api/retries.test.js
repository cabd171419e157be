// R3 retries: the policy functions, then whole calls against a real local HTTP server with the
// client's sleep replaced by a recorder (delays are asserted, never slept).
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {
    APIConnectionError, APIConnectionTimeoutError, ApiClient, BadRequestError, ConflictError,
    ImageJobRequest, InternalServerError, JobsApi, RateLimitError, TemplatesApi,
} from '../../src/internal.js';
import {backoffDelay, isRetryableMethod, isRetryableStatus, parseRetryAfter} from '../../src/core/retry-policy.js';
import {startLocalServer} from '../helpers/local-server.js';
import {IMAGE_JOB, TEMPLATE} from './helpers/payloads.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
let server;
before(async () => { server = await startLocalServer(); });
after(() => server.close());

/** A client whose waits are recorded in `delays` and whose jitter is fixed at U = 0. */
function client(options = {}) {
    const c = new ApiClient(server.baseUrl, options);
    c.authentications.apiKeyAuth.apiKey = 'sk_test_123';
    c.delays = [];
    c.sleep = async (ms) => { c.delays.push(ms); };
    c.random = () => 0;
    return c;
}

const problem = (status, code) => [{title: 'x', status, ...(code ? {code} : {})}, status, {}, 'application/problem+json'];
const sent = (since) => server.requests.slice(since);

test('R3.2: retryable statuses', () => {
    for (const status of [408, 429, 500, 502, 503, 504, 507, 599]) assert.equal(isRetryableStatus(status), true, String(status));
    for (const status of [400, 401, 403, 404, 409, 412, 416, 422, 501, 505]) assert.equal(isRetryableStatus(status), false, String(status));
    assert.equal(isRetryableStatus(409, 'resource_locked'), true);
    assert.equal(isRetryableStatus(409, 'lock_conflict'), true);
    assert.equal(isRetryableStatus(409, 'already_exists'), false);
});

test('R3.3: method gate', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'get']) assert.equal(isRetryableMethod(method, {}), true, method);
    for (const method of ['POST', 'PATCH']) {
        assert.equal(isRetryableMethod(method, {}), false, method);
        assert.equal(isRetryableMethod(method, {'Idempotency-Key': 'k'}), true, method);
    }
});

test('R3.4: backoff doubles from 500 ms, capped at 8000 ms, jitter takes off up to 25%', () => {
    assert.deepEqual([1, 2, 3, 4, 5, 6, 9].map((n) => backoffDelay(n, () => 0)), [500, 1000, 2000, 4000, 8000, 8000, 8000]);
    assert.deepEqual([1, 2, 3, 5].map((n) => backoffDelay(n, () => 0.999999)).map(Math.round), [375, 750, 1500, 6000]);
    for (let i = 0; i < 200; i++) {
        const ms = backoffDelay(2);
        assert.ok(ms > 750 && ms <= 1000, String(ms));
    }
});

test('R3.5: Retry-After as seconds or HTTP-date, clamped to [0, 60000], junk ignored', () => {
    const now = Date.parse('Sat, 21 Nov 2026 10:00:00 GMT');
    assert.equal(parseRetryAfter('3', now), 3000);
    assert.equal(parseRetryAfter('1.5', now), 1500);
    assert.equal(parseRetryAfter('0', now), 0);
    assert.equal(parseRetryAfter('120', now), 60000);
    assert.equal(parseRetryAfter('Sat, 21 Nov 2026 10:00:07 GMT', now), 7000);
    assert.equal(parseRetryAfter('Sat, 21 Nov 2026 09:00:00 GMT', now), 0);
    assert.equal(parseRetryAfter('Sun, 22 Nov 2026 10:00:00 GMT', now), 60000);
    for (const junk of [null, undefined, '', '-1', 'soon', '1e3', ' ']) assert.equal(parseRetryAfter(junk, now), undefined, String(junk));
});

test('R3.1/R3.4: a GET is retried on 503 with backoff and succeeds', async () => {
    const since = server.requests.length;
    server.replyJson(...problem(503));
    server.replyJson(...problem(503));
    server.replyJson(IMAGE_JOB);
    const c = client();
    const job = await new JobsApi(c).getJob(IMAGE_JOB.id);
    assert.equal(job.id, IMAGE_JOB.id);
    assert.equal(sent(since).length, 3);
    assert.deepEqual(c.delays, [500, 1000]);
});

test('R3.1: when retries are exhausted the last failure is raised', async () => {
    const since = server.requests.length;
    server.replyJson(...problem(500));
    server.replyJson(...problem(502));
    const c = client({maxRetries: 1});
    await assert.rejects(new JobsApi(c).getJob(IMAGE_JOB.id), (err) => err instanceof InternalServerError && err.status === 502);
    assert.equal(sent(since).length, 2);
});

test('R3.1: maxRetries 0 makes one attempt; the property can be changed after construction', async () => {
    const since = server.requests.length;
    server.replyJson(...problem(503));
    const c = client();
    c.maxRetries = 0;
    await assert.rejects(new JobsApi(c).getJob(IMAGE_JOB.id), InternalServerError);
    assert.equal(sent(since).length, 1);
});

test('R3.5: Retry-After on a 429 replaces the backoff', async () => {
    server.replyJson(...problem(429).slice(0, 2), {'Retry-After': '2', 'Content-Type': 'application/problem+json'});
    server.replyJson(...problem(429).slice(0, 2), {'Retry-After': 'junk', 'Content-Type': 'application/problem+json'});
    server.replyJson(IMAGE_JOB);
    const c = client();
    await new JobsApi(c).getJob(IMAGE_JOB.id);
    assert.deepEqual(c.delays, [2000, 1000]);
});

test('R3.2: 409 is retried only for a transient lock; 400 never', async () => {
    let since = server.requests.length;
    server.replyJson(...problem(409, 'resource_locked'));
    server.replyJson(IMAGE_JOB);
    await new JobsApi(client()).getJob(IMAGE_JOB.id);
    assert.equal(sent(since).length, 2);

    since = server.requests.length;
    server.replyJson(...problem(409, 'already_exists'));
    await assert.rejects(new JobsApi(client()).getJob(IMAGE_JOB.id), ConflictError);
    assert.equal(sent(since).length, 1);

    since = server.requests.length;
    server.replyJson(...problem(400));
    await assert.rejects(new JobsApi(client()).getJob(IMAGE_JOB.id), BadRequestError);
    assert.equal(sent(since).length, 1);
});

test('R3.1: a connection reset and an attempt timeout are retried', async () => {
    const since = server.requests.length;
    server.replyReset();
    server.replyJsonAfter(400, IMAGE_JOB);
    server.replyJson(IMAGE_JOB);
    const c = client({timeout: 100});
    const job = await new JobsApi(c).getJob(IMAGE_JOB.id);
    assert.equal(job.id, IMAGE_JOB.id);
    assert.equal(sent(since).length, 3);
    assert.deepEqual(c.delays, [500, 1000]);
});

test('R3.1: retries exhausted on timeouts raise APIConnectionTimeoutError', async () => {
    server.replyJsonAfter(300, IMAGE_JOB);
    server.replyJsonAfter(300, IMAGE_JOB);
    await assert.rejects(new JobsApi(client({timeout: 50, maxRetries: 1})).getJob(IMAGE_JOB.id), APIConnectionTimeoutError);
});

test('R3.3: a POST without Idempotency-Key is not retried', async () => {
    const since = server.requests.length;
    server.replyReset();
    await assert.rejects(new JobsApi(client()).cancelJob(IMAGE_JOB.id), APIConnectionError);
    assert.equal(sent(since).length, 1);
});

test('R3.6/R3.7: a creating POST gets one UUID v4 Idempotency-Key, identical on every attempt', async () => {
    const since = server.requests.length;
    server.replyJson(...problem(503));
    server.replyReset();
    server.replyJson(IMAGE_JOB, 202);
    const api = new JobsApi(client());
    await api.createImageJob(ImageJobRequest.constructFromObject({prompt: 'a lighthouse', width: 640, height: 640}));
    const attempts = sent(since);
    assert.equal(attempts.length, 3);
    const key = attempts[0].headers['idempotency-key'];
    assert.match(key, UUID_V4);
    for (const attempt of attempts) {
        assert.equal(attempt.headers['idempotency-key'], key);
        assert.equal(attempt.url, attempts[0].url);
        assert.deepEqual(attempt.body, attempts[0].body);
        assert.equal(attempt.headers['x-api-key'], 'sk_test_123');
    }

    server.replyJson(IMAGE_JOB, 202);
    await api.createImageJob(ImageJobRequest.constructFromObject({prompt: 'a lighthouse', width: 640, height: 640}));
    const next = server.last.headers['idempotency-key'];
    assert.match(next, UUID_V4);
    assert.notEqual(next, key);
});

test('R3.6: a caller-supplied idempotencyKey is sent as given on every attempt', async () => {
    const since = server.requests.length;
    server.replyJson(...problem(500));
    server.replyJson(TEMPLATE, 201);
    await new TemplatesApi(client()).createTemplate({name: 'T', prompt: 'p'}, {idempotencyKey: 'my-key-1'});
    assert.deepEqual(sent(since).map((r) => r.headers['idempotency-key']), ['my-key-1', 'my-key-1']);
});

test('R3.2: RateLimitError surfaces after the last 429', async () => {
    server.replyJson(...problem(429));
    await assert.rejects(new JobsApi(client({maxRetries: 0})).getJob(IMAGE_JOB.id), RateLimitError);
});
