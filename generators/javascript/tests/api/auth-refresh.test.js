// R1.4 transparent token refresh, against a real local HTTP server.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {ApiClient, AuthenticationError, ImageJob, JobsApi} from '../../src/internal.js';
import {startLocalServer} from '../helpers/local-server.js';
import {IMAGE_JOB} from './helpers/payloads.js';

let server;
before(async () => { server = await startLocalServer(); });
after(() => server.close());

const expired = () => server.replyJson({title: 'Unauthorized', status: 401, code: 'token_expired', detail: 'The access token has expired.'}, 401, {}, 'application/problem+json');
const tokens = (accessToken, refreshToken) => server.replyJson({accessToken, tokenType: 'Bearer', expiresIn: 900, ...(refreshToken ? {refreshToken} : {})});
const sent = (since) => server.requests.slice(since);

function client(options = {}) {
    const c = new ApiClient(server.baseUrl, {accessToken: 'jwt_old_token', refreshToken: 'rt_first_refresh', ...options});
    c.sleep = async () => { throw new Error('R1.4: the repeat after a refresh must not wait like a retry'); };
    return c;
}

test('R1.4: a 401 refreshes once, stores the new tokens, notifies onTokenRefresh and repeats the attempt', async () => {
    const refreshed = [];
    const c = client({onTokenRefresh: (t) => refreshed.push(t)});
    const since = server.requests.length;
    expired();
    tokens('jwt_new_token', 'rt_rotated_refresh');
    server.replyJson(IMAGE_JOB);
    const job = await new JobsApi(c).getJob(IMAGE_JOB.id);
    assert.ok(job instanceof ImageJob);
    const [first, refresh, repeat] = sent(since);
    assert.equal(first.headers.authorization, 'Bearer jwt_old_token');
    assert.equal(refresh.method, 'POST');
    assert.equal(refresh.url, '/api/v1/auth/refresh');
    assert.deepEqual(JSON.parse(refresh.body), {refreshToken: 'rt_first_refresh'});
    assert.equal(refresh.headers['content-type'], 'application/json');
    assert.equal(refresh.headers.authorization, undefined);
    assert.equal(refresh.headers['x-api-key'], undefined);
    assert.equal(repeat.url, first.url);
    assert.equal(repeat.headers.authorization, 'Bearer jwt_new_token');
    assert.deepEqual(refreshed, [{accessToken: 'jwt_new_token', refreshToken: 'rt_rotated_refresh'}]);
    assert.equal(c.authentications.bearerAuth.accessToken, 'jwt_new_token');
    assert.equal(c.authentications.bearerAuth.refreshToken, 'rt_rotated_refresh');
});

test('R1.4: a refresh response without refreshToken keeps the old one', async () => {
    const refreshed = [];
    const c = client({onTokenRefresh: (t) => refreshed.push(t)});
    expired();
    tokens('jwt_new_token');
    server.replyJson(IMAGE_JOB);
    await new JobsApi(c).getJob(IMAGE_JOB.id);
    assert.equal(c.authentications.bearerAuth.refreshToken, 'rt_first_refresh');
    assert.deepEqual(refreshed, [{accessToken: 'jwt_new_token'}]);
});

test('R1.4: a 401 on the repeated attempt is raised; at most one refresh per call', async () => {
    const since = server.requests.length;
    expired();
    tokens('jwt_new_token');
    expired();
    await assert.rejects(new JobsApi(client()).getJob(IMAGE_JOB.id), (err) => err instanceof AuthenticationError && err.code === 'token_expired');
    assert.deepEqual(sent(since).map((r) => r.url), [`/api/v1/jobs/${IMAGE_JOB.id}`, '/api/v1/auth/refresh', `/api/v1/jobs/${IMAGE_JOB.id}`]);
});

test('R1.4: a failed refresh raises its own error (invalid_grant), with the tokens redacted', async () => {
    const since = server.requests.length;
    expired();
    server.replyJson({title: 'Unauthorized', status: 401, code: 'invalid_grant', detail: 'refresh token rt_first_refresh was revoked'}, 401, {}, 'application/problem+json');
    await assert.rejects(new JobsApi(client()).getJob(IMAGE_JOB.id), (err) => {
        assert.ok(err instanceof AuthenticationError);
        assert.equal(err.code, 'invalid_grant');
        assert.equal(err.message.includes('rt_first_refresh'), false, err.message);
        return true;
    });
    assert.equal(sent(since).length, 2);
});

test('R1.4: without a refresh token a 401 is raised at once', async () => {
    const since = server.requests.length;
    expired();
    await assert.rejects(new JobsApi(client({refreshToken: undefined})).getJob(IMAGE_JOB.id), AuthenticationError);
    assert.equal(sent(since).length, 1);
});

test('R1.4: the repeat does not count as a retry (maxRetries 1 still allows one retry after it)', async () => {
    const c = client({maxRetries: 1});
    const delays = [];
    c.sleep = async (ms) => { delays.push(ms); };
    c.random = () => 0;
    const since = server.requests.length;
    expired();
    tokens('jwt_new_token');
    server.replyJson({title: 'Unavailable', status: 503}, 503, {}, 'application/problem+json');
    server.replyJson(IMAGE_JOB);
    await new JobsApi(c).getJob(IMAGE_JOB.id);
    assert.equal(sent(since).length, 4);
    assert.deepEqual(delays, [500]);
});

test('R1.4: concurrent 401s share one refresh request (single flight)', async () => {
    const c = client();
    const since = server.requests.length;
    expired();
    expired();
    tokens('jwt_new_token');
    server.replyJson(IMAGE_JOB);
    server.replyJson(IMAGE_JOB);
    const api = new JobsApi(c);
    // The second call starts once the first 401 has arrived, so both are in the 401 branch together.
    const first = api.getJob(IMAGE_JOB.id);
    const second = api.getJob(IMAGE_JOB.id);
    await Promise.all([first, second]);
    const urls = sent(since).map((r) => r.url);
    assert.equal(urls.filter((u) => u === '/api/v1/auth/refresh').length, 1, urls.join(' '));
    assert.equal(urls.length, 5);
});
