// R7.1/R7.2 response validation against the document's schemas (Ajv), R7.3 data as received,
// against a real local HTTP server.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {ApiClient, ImageJob, JobsApi, ResponseValidationError, TemplatesApi} from '../../src/internal.js';
import {toIssues} from '../../src/core/validation.js';
import {startLocalServer} from '../helpers/local-server.js';
import {IMAGE_JOB, TEMPLATE} from './helpers/payloads.js';

let server;
before(async () => { server = await startLocalServer(); });
after(() => server.close());

/** A client whose logger records warnings. */
function client(options = {}) {
    const warnings = [];
    const c = new ApiClient(server.baseUrl, {apiKey: 'sk_test_123', logger: {warn: (message, error) => warnings.push({message, error})}, ...options});
    c.warnings = warnings;
    return c;
}
const BAD_JOB = {...IMAGE_JOB, status: 'paused', progress: 150, addedInV2: {x: 1}};

test('R7.1: a valid body passes silently; unknown properties are never an issue', async () => {
    const c = client({validation: 'strict'});
    server.replyJson({...IMAGE_JOB, addedInV2: true});
    const job = await new JobsApi(c).getJob(IMAGE_JOB.id);
    assert.ok(job instanceof ImageJob);
    assert.equal(job.addedInV2, true);
    assert.deepEqual(c.warnings, []);
});

test('R7.1/R7.2: strict raises ResponseValidationError naming the operation, every issue as a JSON pointer, and the requestId', async () => {
    server.replyJson(BAD_JOB, 200, {'X-Request-Id': 'req_bad_1'});
    await assert.rejects(new JobsApi(client({validation: 'strict'})).getJob(IMAGE_JOB.id), (err) => {
        assert.ok(err instanceof ResponseValidationError);
        assert.equal(err.operationId, 'getJob');
        assert.equal(err.requestId, 'req_bad_1');
        assert.deepEqual(err.issues.map((i) => i.path).sort(), ['/progress', '/status']);
        assert.equal(err.message, `Response of getJob does not match openapi.yaml at ${err.issues[0].path}: ${err.issues[0].message} (and 1 more)`);
        return true;
    });
});

test('R7.1/R7.3: warn (the default) reports to the logger and returns the data as received', async () => {
    const c = client();
    assert.equal(c.validation, 'warn');
    server.replyJson(BAD_JOB);
    const job = await new JobsApi(c).getJob(IMAGE_JOB.id);
    assert.equal(job.status, 'paused'); // unknown enum value kept
    assert.equal(job.progress, 150);
    assert.deepEqual(job.addedInV2, {x: 1});
    assert.equal(c.warnings.length, 1);
    assert.ok(c.warnings[0].error instanceof ResponseValidationError);
    assert.equal(c.warnings[0].message, c.warnings[0].error.message);
});

test('R7.1: off skips the check; the mode can be set per call', async () => {
    const c = client({validation: 'off'});
    server.replyJson(BAD_JOB);
    await new JobsApi(c).getJob(IMAGE_JOB.id);
    assert.deepEqual(c.warnings, []);
    server.replyJson(BAD_JOB);
    await assert.rejects(new JobsApi(c).getJob(IMAGE_JOB.id, {validation: 'strict'}), ResponseValidationError);
    server.replyJson(BAD_JOB);
    await new JobsApi(client({validation: 'strict'})).getJob(IMAGE_JOB.id, {validation: 'off'});
});

test('R7.2: pointers reach into lists and polymorphic items; a missing property points at it', async () => {
    const {id, ...withoutId} = TEMPLATE;
    server.replyJson({data: [TEMPLATE, withoutId], nextCursor: null});
    await assert.rejects(new TemplatesApi(client({validation: 'strict'})).listTemplates(), (err) => {
        assert.deepEqual(err.issues, [{path: '/data/1/id', message: 'is required'}]);
        return true;
    });
    server.replyJson({data: [{...IMAGE_JOB, params: {...IMAGE_JOB.params, width: 'wide'}}], nextCursor: null});
    await assert.rejects(new JobsApi(client({validation: 'strict'})).listJobs(), (err) => {
        assert.deepEqual(err.issues.map((i) => i.path), ['/data/0/params/width']);
        return true;
    });
    assert.deepEqual(toIssues([{keyword: 'required', instancePath: '/a~1b', params: {missingProperty: 'c/d'}}]), [{path: '/a~1b/c~1d', message: 'is required'}]);
});

test('R7.1/R8.4: each event\'s data is checked against x-event-schema', async () => {
    const good = {event: 'job.progress', jobId: IMAGE_JOB.id, status: 'running', progress: 5, message: null, occurredAt: '2026-11-21T10:15:20Z'};
    server.replyChunks([`event: job.progress\ndata: ${JSON.stringify(good)}\n\n`, `event: job.progress\ndata: ${JSON.stringify({...good, progress: 500})}\n\n`]);
    const stream = await new JobsApi(client({validation: 'strict'})).streamJobEvents(IMAGE_JOB.id);
    const seen = [];
    await assert.rejects((async () => {
        for await (const event of stream) seen.push(event.data.progress);
    })(), (err) => {
        assert.ok(err instanceof ResponseValidationError);
        assert.equal(err.operationId, 'streamJobEvents');
        assert.deepEqual(err.issues.map((i) => i.path), ['/progress']);
        return true;
    });
    assert.deepEqual(seen, [5]);
});

test('R7.3: a polymorphic item the SDK cannot decode (new discriminator value) is returned as received in warn mode', async () => {
    const c = client();
    const audio = {...IMAGE_JOB, type: 'audio'};
    server.replyJson({data: [IMAGE_JOB, audio], nextCursor: null});
    const page = await new JobsApi(c).listJobs();
    assert.ok(page.data[0] instanceof ImageJob);
    assert.deepEqual(page.data[1], audio);
    assert.equal(c.warnings.length, 1);
    assert.deepEqual(c.warnings[0].error.issues.map((i) => i.path), ['/data/1/type']);
    server.replyJson(audio);
    await assert.rejects(new JobsApi(client({validation: 'strict'})).getJob(IMAGE_JOB.id), ResponseValidationError);
});

test('R4.3: an invalid validation mode or logger fails at construction', () => {
    assert.throws(() => new ApiClient(server.baseUrl, {validation: 'loud'}), /validation must be 'strict', 'warn' or 'off' \(got "loud"\)/);
    assert.throws(() => new ApiClient(server.baseUrl, {logger: {}}), /logger must be an object with a warn/);
});
