// R8.4 server-sent events as typed events, against a real local HTTP server that streams chunks.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {ApiClient, APIUserAbortError, EventStream, JobsApi, NotFoundError, ResponseValidationError} from '../../src/internal.js';
import {startLocalServer} from '../helpers/local-server.js';

let server;
before(async () => { server = await startLocalServer(); });
after(() => server.close());

const JOB = 'job_01JD8K2M4P6R8T0V2X4Z6B8D0F';
const api = (options) => new JobsApi(new ApiClient(server.baseUrl, {apiKey: 'sk_test_123', ...options}));
const progress = (p) => ({event: 'job.progress', jobId: JOB, status: 'running', progress: p, message: null, occurredAt: '2026-11-21T10:15:20Z'});
const collect = async (stream) => {
    const events = [];
    for await (const event of stream) events.push(event);
    return events;
};

test('R8.4: sends Accept text/event-stream and yields {event, id, data} per message, split anywhere across chunks', async () => {
    const wire = `: keep-alive comment\nretry: 3000\n\nid: 1\nevent: job.progress\ndata: ${JSON.stringify(progress(10))}\n\n`
        + `event: job.progress\ndata: ${JSON.stringify(progress(50))}\n\n`
        + `data: {"event":"job.completed",\ndata: "progress":100}\n\n`;
    // Cut into 7-byte pieces so fields, lines and the UTF-8 stream are split mid-way.
    const chunks = [];
    for (let i = 0; i < wire.length; i += 7) chunks.push(wire.slice(i, i + 7));
    server.replyChunks(chunks, {'Content-Type': 'text/event-stream', 'X-Request-Id': 'req_sse'}, {gapMs: 1});
    // The last event is deliberately partial (multi-line data), so validation is off here.
    const stream = await api().streamJobEvents(JOB, {lastEventId: '0'}, {validation: 'off'});
    assert.ok(stream instanceof EventStream);
    assert.equal(stream.requestId, 'req_sse');
    assert.match(server.last.headers.accept, /(^|, *)text\/event-stream(;|,|$)/);
    assert.equal(server.last.headers['last-event-id'], '0');
    const events = await collect(stream);
    assert.deepEqual(events, [
        {event: 'job.progress', id: '1', data: progress(10)},
        {event: 'job.progress', id: undefined, data: progress(50)},
        {event: 'message', id: undefined, data: {event: 'job.completed', progress: 100}}, // multi-line data joined with \n
    ]);
});

test('R8.4: a stream can be iterated once', async () => {
    server.replyChunks([`data: ${JSON.stringify(progress(1))}\n\n`]);
    const stream = await api().streamJobEvents(JOB);
    assert.equal((await collect(stream)).length, 1);
    await assert.rejects(collect(stream), /already been iterated/);
});

test('R8.4: data that is not JSON raises ResponseValidationError at path ""', async () => {
    server.replyChunks(['event: job.progress\ndata: not json\n\n']);
    const stream = await api().streamJobEvents(JOB);
    await assert.rejects(collect(stream), (err) => {
        assert.ok(err instanceof ResponseValidationError);
        assert.equal(err.issues[0].path, '');
        assert.match(err.issues[0].message, /^the event data is not valid JSON/);
        return true;
    });
});

test('R8.4/R2.4: leaving the loop early closes the connection; timeout only covers the headers', async () => {
    // The server never ends this response; the events arrive after the 100 ms attempt timeout.
    const closedBefore = server.closed;
    server.replyChunks([`data: ${JSON.stringify(progress(1))}\n\n`, `data: ${JSON.stringify(progress(2))}\n\n`], undefined, {gapMs: 150, keepOpen: true});
    const stream = await api({timeout: 100}).streamJobEvents(JOB);
    for await (const event of stream) {
        assert.equal(event.data.progress, 1);
        break;
    }
    for (let i = 0; i < 100 && server.closed === closedBefore; i++) await new Promise((r) => setTimeout(r, 10));
    assert.equal(server.closed, closedBefore + 1);
});

test('R8.4: an error status before the stream is a typed API error', async () => {
    server.replyJson({title: 'Not Found', status: 404, code: 'not_found'}, 404, {}, 'application/problem+json');
    await assert.rejects(api().streamJobEvents('job_missing'), NotFoundError);
});

test('R2.3: aborting the signal ends an open stream with APIUserAbortError', async () => {
    server.replyChunks([`data: ${JSON.stringify(progress(1))}\n\n`], undefined, {keepOpen: true});
    const controller = new AbortController();
    const stream = await api().streamJobEvents(JOB, {}, {signal: controller.signal});
    const seen = [];
    await assert.rejects((async () => {
        for await (const event of stream) {
            seen.push(event.data.progress);
            controller.abort();
        }
    })(), APIUserAbortError);
    assert.deepEqual(seen, [1]);
});
