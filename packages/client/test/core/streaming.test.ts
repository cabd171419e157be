import { http, HttpResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import { ResponseValidationError, WaitTimeoutError, APIUserAbortError } from '../../src/index.js';
import { example } from '../helpers/spec.js';
import { BASE_URL, json, makeClient, server, useServer } from '../helpers/server.js';

useServer();

const JOB = 'job_01JD8K2M4P6R8T0V2X4Z6B8D0F';
const SSE_EXAMPLE: string = (() => {
  const text = example('streamJobEvents');
  if (typeof text !== 'string' || !text.includes('event: job.completed')) throw new Error('spec example of streamJobEvents changed');
  return text;
})();

/** Streams `text` in chunks of `size` bytes, to split lines and events at awkward places. */
function sseResponse(text: string, size: number) {
  const bytes = new TextEncoder().encode(text);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.slice(i, i + size));
      controller.close();
    },
  });
  return new HttpResponse(stream, { headers: { 'content-type': 'text/event-stream', 'x-request-id': 'req_STREAM000001' } });
}

describe('R8.4 events(jobId): typed server-sent events', () => {
  test.each([1, 7, 4096])('parses the spec example split into %i-byte chunks', async (size) => {
    let accept: string | null = null;
    server.use(
      http.get(`${BASE_URL}/jobs/${JOB}/events`, ({ request }) => {
        accept = request.headers.get('accept');
        return sseResponse(SSE_EXAMPLE, size);
      }),
    );
    const events = [];
    for await (const ev of await makeClient().jobs.events(JOB)) events.push(ev);
    expect(accept).toBe('text/event-stream');
    expect(events.map((e) => [e.id, e.event, e.data.progress])).toEqual([
      ['1', 'job.status', 0],
      ['2', 'job.progress', 50],
      ['3', 'job.completed', 100],
    ]);
    expect(events[1]?.data.message).toBe('Denoising step 25 of 50');
    expect(events[2]?.data.status).toBe('succeeded');
  });

  test('lastEventId resumes with a Last-Event-ID header; comments and retry lines are ignored', async () => {
    let lastEventId: string | null = null;
    server.use(
      http.get(`${BASE_URL}/jobs/${JOB}/events`, ({ request }) => {
        lastEventId = request.headers.get('last-event-id');
        return sseResponse(`: keep-alive\nretry: 1000\n\n${SSE_EXAMPLE.split('\n\n').slice(2).join('\n\n')}`, 16);
      }),
    );
    const names = [];
    for await (const ev of await makeClient().jobs.events(JOB, { lastEventId: '2' })) names.push(ev.event);
    expect(lastEventId).toBe('2');
    expect(names).toEqual(['job.completed']);
  });

  test('an event whose data breaks the JobEvent schema raises in strict mode, naming the path', async () => {
    server.use(http.get(`${BASE_URL}/jobs/${JOB}/events`, () => sseResponse(`event: job.progress\ndata: {"event":"job.progress","jobId":"${JOB}","status":"running","progress":150,"occurredAt":"2026-11-21T10:15:20Z"}\n\n`, 64)));
    const stream = await makeClient().jobs.events(JOB);
    const e = await (async () => {
      for await (const _ of stream) void _;
    })().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ResponseValidationError);
    expect((e as ResponseValidationError).issues[0]?.path).toBe('/progress');
  });

  test('breaking out of the loop closes the connection', async () => {
    server.use(http.get(`${BASE_URL}/jobs/${JOB}/events`, () => sseResponse(SSE_EXAMPLE, 8)));
    const stream = await makeClient().jobs.events(JOB);
    for await (const ev of stream) {
      expect(ev.event).toBe('job.status');
      break;
    }
    expect(stream.controller.signal.aborted).toBe(true);
    await expect(
      (async () => {
        for await (const _ of stream) void _;
      })(),
    ).rejects.toThrow(/already been consumed/);
  });
});

describe('R8.2 waitFor polls to a terminal state', () => {
  function jobStates(states: string[]) {
    const times: number[] = [];
    server.use(
      http.get(`${BASE_URL}/jobs/${JOB}`, () => {
        times.push(Date.now());
        const job = example('getJob');
        job.status = states[Math.min(times.length - 1, states.length - 1)];
        if (job.status !== 'succeeded') {
          job.completedAt = null;
          job.outputAssetIds = [];
        }
        return json(job);
      }),
    );
    return times;
  }

  test('returns the job once it is terminal, with growing intervals', async () => {
    const times = jobStates(['queued', 'running', 'running', 'succeeded']);
    const job = await makeClient().jobs.waitFor(JOB, { interval: 40, maxInterval: 1_000 });
    expect(job.status).toBe('succeeded');
    expect(times).toHaveLength(4);
    const gaps = times.slice(1).map((t, i) => t - (times[i] as number));
    expect(gaps[0]).toBeGreaterThanOrEqual(35); // 40
    expect(gaps[2]).toBeGreaterThanOrEqual(85); // 40 * 1.5^2 = 90
  });

  test('a failed job is returned, not thrown', async () => {
    jobStates(['running', 'failed']);
    await expect(makeClient({ validation: 'off' }).jobs.waitFor(JOB, { interval: 10 })).resolves.toMatchObject({ status: 'failed' });
  });

  test('gives up with WaitTimeoutError carrying the last state', async () => {
    jobStates(['running']);
    const e = (await makeClient().jobs.waitFor(JOB, { interval: 30, timeout: 100 }).catch((x: unknown) => x)) as WaitTimeoutError;
    expect(e).toBeInstanceOf(WaitTimeoutError);
    expect((e.lastState as { status: string }).status).toBe('running');
  });

  test('the signal stops the wait', async () => {
    jobStates(['running']);
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 80);
    await expect(makeClient().jobs.waitFor(JOB, { interval: 30, signal: ac.signal })).rejects.toBeInstanceOf(APIUserAbortError);
  });

  test('compliance reports poll getComplianceReport until ready', async () => {
    let n = 0;
    server.use(
      http.get(`${BASE_URL}/compliance/reports/:id`, () => {
        const report = example('getComplianceReport');
        n++;
        return json({ ...report, status: n < 2 ? 'generating' : 'ready' });
      }),
    );
    const report = await makeClient({ validation: 'off' }).compliance.waitForReport('rpt_01JDB5F6G7H8J9K0M1N2P3Q4R5', { interval: 10 });
    expect(report.status).toBe('ready');
    expect(n).toBe(2);
  });
});
