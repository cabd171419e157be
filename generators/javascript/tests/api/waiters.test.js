// R8.1-R8.3 waiters generated from x-long-running, against a real local HTTP server. The client's
// clock and sleep are replaced so the computed waits are asserted, never slept.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {ApiClient, APIUserAbortError, BackupsApi, ComplianceApi, ImageJob, JobsApi, NotFoundError, WaitTimeoutError} from '../../src/internal.js';
import {pollDelay, waiterName} from '../../src/core/polling.js';
import {startLocalServer} from '../helpers/local-server.js';
import {BACKUP, IMAGE_JOB} from './helpers/payloads.js';

let server;
before(async () => { server = await startLocalServer(); });
after(() => server.close());

/** A client on a fake clock: each sleep is recorded in `delays` and moves `now` forward. */
function client() {
    const c = new ApiClient(server.baseUrl, {apiKey: 'sk_test_123'});
    let now = 1_000_000;
    c.delays = [];
    c.now = () => now;
    c.sleep = async (ms, signal) => {
        if (signal?.aborted) throw signal.reason;
        c.delays.push(ms);
        now += ms;
    };
    return c;
}
const job = (status) => ({...IMAGE_JOB, status, completedAt: null});

test('R8.1: one waiter per poll operation named by x-long-running, on the class that owns it', () => {
    assert.deepEqual(JobsApi.waiters, {getJob: 'waitForJob'});
    assert.deepEqual(BackupsApi.waiters, {getBackup: 'waitForBackup'});
    assert.deepEqual(ComplianceApi.waiters, {getComplianceReport: 'waitForComplianceReport'});
    assert.equal(typeof JobsApi.prototype.waitForJob, 'function');
    assert.equal(waiterName('retrieveThing'), 'waitForThing');
});

test('R8.2: polls at once, then waits interval x 1.5^(n-1) capped at maxInterval, until a terminal state', async () => {
    const c = client();
    const since = server.requests.length;
    for (const status of ['queued', 'running', 'running', 'running', 'running']) server.replyJson(job(status));
    server.replyJson(job('succeeded'));
    const done = await new JobsApi(c).waitForJob(IMAGE_JOB.id, {interval: 100, maxInterval: 300});
    assert.ok(done instanceof ImageJob);
    assert.equal(done.status, 'succeeded');
    assert.deepEqual(c.delays, [100, 150, 225, 300, 300]);
    assert.equal(server.requests.length - since, 6);
    assert.ok(server.requests.slice(since).every((r) => r.url === `/api/v1/jobs/${IMAGE_JOB.id}`));
});

test('R8.2: defaults are 1000 ms growing x1.5 up to 10000 ms', () => {
    assert.deepEqual([1, 2, 3, 6, 7, 20].map((n) => pollDelay(n, 1000, 10000)), [1000, 1500, 2250, 7593.75, 10000, 10000]);
});

test('R8.2: a poll response Retry-After replaces the computed wait (R3.5 parsing and cap)', async () => {
    const c = client();
    server.replyJson({...BACKUP, status: 'running'}, 200, {'Retry-After': '2'});
    server.replyJson({...BACKUP, status: 'running'}, 200, {'Retry-After': '600'});
    server.replyJson({...BACKUP, status: 'completed'});
    const backup = await new BackupsApi(c).waitForBackup(BACKUP.id, {interval: 10, timeout: 3_600_000});
    assert.equal(backup.status, 'completed');
    assert.deepEqual(c.delays, [2000, 60000]);
});

test('R8.2: a failed resource is returned, not raised', async () => {
    const c = client();
    server.replyJson({...job('failed'), error: {code: 'content_policy', message: 'blocked'}});
    const failed = await new JobsApi(c).waitForJob(IMAGE_JOB.id);
    assert.equal(failed.status, 'failed');
    assert.deepEqual(c.delays, []);
});

test('R8.3: when the next wait would end past timeout, WaitTimeoutError carries the last state', async () => {
    const c = client();
    const since = server.requests.length;
    server.replyJson(job('queued'));
    server.replyJson(job('running'));
    await assert.rejects(new JobsApi(c).waitForJob(IMAGE_JOB.id, {interval: 100, timeout: 240}), (err) => {
        assert.ok(err instanceof WaitTimeoutError);
        assert.equal(err.lastState.status, 'running');
        assert.match(err.message, /running/);
        return true;
    });
    assert.deepEqual(c.delays, [100]); // 100 + 150 would pass 240: no third poll
    assert.equal(server.requests.length - since, 2);
});

test('R8.2: a poll error is raised as that API error', async () => {
    server.replyJson({title: 'Not Found', status: 404, code: 'not_found'}, 404, {}, 'application/problem+json');
    await assert.rejects(new JobsApi(client()).waitForJob('job_missing'), NotFoundError);
});

test('R8.3/R2.3: aborting the signal stops the wait with APIUserAbortError', async () => {
    const c = client();
    const controller = new AbortController();
    c.sleep = (ms, signal) => new Promise((resolve, reject) => {
        signal.addEventListener('abort', () => reject(signal.reason), {once: true});
        controller.abort();
    });
    server.replyJson(job('running'));
    await assert.rejects(new JobsApi(c).waitForJob(IMAGE_JOB.id, {signal: controller.signal}), APIUserAbortError);
});

test('R8.2: invalid wait options fail before polling', async () => {
    const since = server.requests.length;
    await assert.rejects(new JobsApi(client()).waitForJob(IMAGE_JOB.id, {interval: -1}), /interval must be a finite number >= 0 \(got -1\)/);
    assert.equal(server.requests.length, since);
});
