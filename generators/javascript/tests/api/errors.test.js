// R5 typed errors and R2.1/R4.3 options, against a real local HTTP server.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {
    APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError, ApiClient,
    AuthenticationError, BadRequestError, ConflictError, HealthApi, InternalServerError, JobsApi,
    NotFoundError, PermissionDeniedError, PreconditionFailedError, RateLimitError,
    ResponseValidationError, SecureAIStudioError, UnprocessableEntityError,
} from '../../src/internal.js';
import {startLocalServer} from '../helpers/local-server.js';
import {IMAGE_JOB} from './helpers/payloads.js';

const API_KEY = 'sk_test_secret_key_123';
let server;
before(async () => { server = await startLocalServer(); });
after(() => server.close());

function client(options = {maxRetries: 0}) {
    const c = new ApiClient(server.baseUrl, options);
    c.authentications.apiKeyAuth.apiKey = API_KEY;
    return c;
}

const getJob = (c = client()) => new JobsApi(c).getJob(IMAGE_JOB.id);

test('R5.2: each status maps to its class, all under APIError and SecureAIStudioError', async () => {
    const table = [
        [400, BadRequestError], [401, AuthenticationError], [403, PermissionDeniedError],
        [404, NotFoundError], [409, ConflictError], [412, PreconditionFailedError],
        [422, UnprocessableEntityError], [429, RateLimitError], [500, InternalServerError],
        [503, InternalServerError], [501, InternalServerError], [405, APIError], [416, APIError],
    ];
    for (const [status, Class] of table) {
        server.replyJson({title: 'x', status}, status, {}, 'application/problem+json');
        await assert.rejects(getJob(), (err) => {
            assert.equal(err.constructor, Class, `status ${status}`);
            assert.equal(err.name, Class.name);
            assert.ok(err instanceof APIError && err instanceof SecureAIStudioError && err instanceof Error);
            assert.equal(err.status, status);
            return true;
        });
    }
});

test('R5.3: problem members, code and requestId from X-Request-Id', async () => {
    const problem = {
        type: 'https://docs.example/problems/validation', title: 'Invalid request', status: 422,
        detail: 'width must be <= 4096', instance: '/generate/image', code: 'validation_failed',
        requestId: 'req_body', errors: [{location: 'body', name: 'width', message: 'too large'}], extra: 1,
    };
    server.replyJson(problem, 422, {'X-Request-Id': 'req_header'}, 'application/problem+json');
    await assert.rejects(getJob(), (err) => {
        assert.deepEqual(err.problem, problem);
        for (const key of ['type', 'title', 'detail', 'instance', 'code', 'errors']) {
            assert.deepEqual(err[key], problem[key], key);
        }
        assert.equal(err.requestId, 'req_header');
        assert.equal(err.headers.get('x-request-id'), 'req_header');
        assert.equal(err.message, '422 validation_failed: width must be <= 4096');
        return true;
    });
});

test('R5.3: requestId falls back to the problem; message variants', async () => {
    server.replyJson({title: 'Forbidden', requestId: 'req_p'}, 403, {}, 'application/problem+json');
    await assert.rejects(getJob(), {message: '403: Forbidden', requestId: 'req_p'});
    server.replyJson({}, 500);
    await assert.rejects(getJob(), {message: '500 status code (no problem details)', requestId: undefined});
    server.replyBytes('x'.repeat(600), 'text/html', 502);
    await assert.rejects(getJob(), (err) => {
        assert.equal(err.problem, undefined);
        assert.equal(err.detail, 'x'.repeat(500));
        assert.equal(err.message, `502: ${'x'.repeat(500)}`);
        return true;
    });
});

test('R5.5: the configured secrets never appear in messages or problem members', async () => {
    server.replyJson({title: 'Unauthorized', detail: `key ${API_KEY} revoked`, code: 'invalid_key', errors: [{location: 'header', name: 'X-API-Key', message: API_KEY}]}, 401, {}, 'application/problem+json');
    await assert.rejects(getJob(), (err) => {
        assert.equal(err.message, '401 invalid_key: key [REDACTED] revoked');
        assert.equal(err.detail, 'key [REDACTED] revoked');
        assert.equal(err.errors[0].message, '[REDACTED]');
        assert.doesNotMatch(JSON.stringify(err.problem) + String(err) + err.stack, new RegExp(API_KEY));
        return true;
    });
});

test('R5.4: a connection reset is an APIConnectionError (not an APIError) with the cause attached', async () => {
    server.replyReset();
    await assert.rejects(getJob(), (err) => {
        assert.equal(err.constructor, APIConnectionError);
        assert.ok(err instanceof SecureAIStudioError && !(err instanceof APIError));
        assert.ok(err.cause);
        return true;
    });
});

test('R2.1/R5.4: an attempt exceeding timeout is an APIConnectionTimeoutError', async () => {
    server.replyJsonAfter(300, IMAGE_JOB);
    const started = Date.now();
    await assert.rejects(getJob(client({maxRetries: 0, timeout: 50})), (err) => {
        assert.equal(err.constructor, APIConnectionTimeoutError);
        assert.ok(err instanceof APIConnectionError);
        assert.equal(err.name, 'APIConnectionTimeoutError');
        return true;
    });
    assert.ok(Date.now() - started < 250, 'the attempt was aborted at the timeout');
});

test('R7.4: a 2xx JSON body that does not parse raises ResponseValidationError, not retried', async () => {
    const before = server.requests.length;
    server.replyBytes('{"id": "job_1", "sta', 'application/json', 200, {'X-Request-Id': 'req_trunc'});
    await assert.rejects(getJob(client({maxRetries: 2})), (err) => {
        assert.ok(err instanceof ResponseValidationError && err instanceof SecureAIStudioError);
        assert.ok(!(err instanceof APIError));
        assert.equal(err.requestId, 'req_trunc');
        assert.equal(err.operationId, 'getJob');
        assert.equal(err.issues.length, 1);
        assert.equal(err.issues[0].path, '');
        assert.match(err.issues[0].message, /^the body is not valid JSON/);
        assert.match(err.message, /^Response of getJob does not match openapi\.yaml at : the body is not valid JSON/);
        return true;
    });
    assert.equal(server.requests.length - before, 1);
});

test('APIUserAbortError is a SecureAIStudioError', () => {
    const err = new APIUserAbortError();
    assert.ok(err instanceof SecureAIStudioError);
    assert.equal(err.name, 'APIUserAbortError');
});

test('R4.1/R4.3: timeout and maxRetries defaults, invalid values fail at construction', () => {
    const c = new ApiClient(server.baseUrl);
    assert.equal(c.timeout, 60000);
    assert.equal(c.maxRetries, 2);
    assert.throws(() => new ApiClient(server.baseUrl, {timeout: -1}), {name: 'RangeError', message: 'timeout must be a finite number >= 1 (got -1)'});
    assert.throws(() => new ApiClient(server.baseUrl, {timeout: Infinity}), /timeout must be a finite number >= 1 \(got Infinity\)/);
    assert.throws(() => new ApiClient(server.baseUrl, {maxRetries: 1.5}), /maxRetries must be an integer >= 0 \(got 1.5\)/);
    assert.throws(() => new ApiClient(server.baseUrl, {maxRetries: -1}), /maxRetries must be an integer >= 0 \(got -1\)/);
    assert.throws(() => new ApiClient(server.baseUrl, {maxRetrys: 1}), /unknown client option 'maxRetrys'/);
    assert.throws(() => new ApiClient(server.baseUrl, {fetch: 'no'}), /fetch must be a function/);
});

test('R1.2/R4.1: SECURE_AI_STUDIO_API_KEY and SECURE_AI_STUDIO_BASE_URL are the defaults', () => {
    const saved = {key: process.env.SECURE_AI_STUDIO_API_KEY, url: process.env.SECURE_AI_STUDIO_BASE_URL};
    try {
        process.env.SECURE_AI_STUDIO_API_KEY = 'sk_from_env';
        process.env.SECURE_AI_STUDIO_BASE_URL = 'http://127.0.0.1:9/api/v1/';
        const fromEnv = new ApiClient();
        assert.equal(fromEnv.basePath, 'http://127.0.0.1:9/api/v1');
        assert.equal(fromEnv.authentications.apiKeyAuth.apiKey, 'sk_from_env');
        assert.equal(new ApiClient(undefined, {apiKey: 'sk_given'}).authentications.apiKeyAuth.apiKey, 'sk_given');
        assert.equal(new ApiClient(undefined, {accessToken: 'jwt'}).authentications.apiKeyAuth.apiKey, undefined);
        delete process.env.SECURE_AI_STUDIO_BASE_URL;
        assert.equal(new ApiClient().basePath, 'https://api.secure-ai-studio.example/api/v1');
    } finally {
        for (const [name, value] of [['SECURE_AI_STUDIO_API_KEY', saved.key], ['SECURE_AI_STUDIO_BASE_URL', saved.url]]) {
            if (value === undefined) delete process.env[name];
            else process.env[name] = value;
        }
    }
});

test('R4.1: an injected fetch and defaultHeaders are used for every request', async () => {
    const seen = [];
    const c = new ApiClient(server.baseUrl, {
        defaultHeaders: {'X-Team': 'blue'},
        fetch: (url, init) => { seen.push([String(url), init.headers['X-Team']]); return fetch(url, init); },
    });
    server.replyJson({status: 'ok', version: '1.0.0', checks: []});
    await new HealthApi(c).getLiveness();
    assert.deepEqual(seen, [[`${server.baseUrl}/health/live`, 'blue']]);
    assert.equal(server.last.headers['x-team'], 'blue');
});
