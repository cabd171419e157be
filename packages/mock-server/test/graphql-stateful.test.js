// GraphQL in stateful mode: mutations change the store REST reads, queries read it, and a job's
// subscription streams its real transitions.
import { describe, it, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { startMock, REPO_SPEC } from './helpers/mock.js';
import { parseSse } from '../src/record/parse-sse.js';

const KEY = { 'x-api-key': 'sk_test_graphql' };
const STEP_MS = 40;

describe('GraphQL over the stateful store', () => {
  let m;
  const gql = async (query, variables, headers = {}) => m.api('/graphql', {
    method: 'POST',
    headers: { ...KEY, 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });

  before(async () => {
    m = await startMock({ spec: REPO_SPEC, stateful: { stepMs: STEP_MS }, seed: 7 });
  });
  beforeEach(async () => {
    assert.equal((await m.raw('/_mock/reset', { method: 'POST' })).status, 204);
  });
  after(async () => {
    await m.close();
    assert.deepEqual(m.internalErrors, []);
  });

  it('creates a template with a mutation that REST and a later query then read', async () => {
    const created = await gql(
      'mutation($input: TemplateCreateInput!) { createTemplate(input: $input) { id name tags version } }',
      { input: { name: 'Harbour at dusk', kind: 'image', prompt: 'a harbour at dusk', tags: ['sea'] } },
    );
    assert.equal(created.status, 200);
    assert.equal(created.json.errors, undefined);
    const { id } = created.json.data.createTemplate;
    assert.equal(created.json.data.createTemplate.name, 'Harbour at dusk');
    const rest = await m.api(`/templates/${id}`, { headers: KEY });
    assert.equal(rest.status, 200);
    assert.equal(rest.json.name, 'Harbour at dusk');
    const read = await gql('query($id: ID!) { template(templateId: $id) { id name tags } templates(limit: 1) { data { id } } }', { id });
    assert.deepEqual(read.json.data.template, { id, name: 'Harbour at dusk', tags: ['sea'] });
    assert.deepEqual(read.json.data.templates.data.map((t) => t.id), [id], 'the new template is the newest');
  });

  it('returns a missing resource as null with the REST 404 in errors, status 200', async () => {
    const r = await gql('{ job(jobId: "job_01JD8K9W1Y3A5C7E9G1J3L5N7Z") { id } systemMetrics { activeJobs } }', undefined, { accept: 'application/graphql-response+json' });
    assert.equal(r.status, 200);
    assert.equal(r.json.data.job, null);
    assert.equal(typeof r.json.data.systemMetrics.activeJobs, 'number');
    assert.equal(r.json.errors[0].extensions.status, 404);
    assert.deepEqual(r.json.errors[0].path, ['job']);
  });

  it('sends If-Match from ifMatch: a stale ETag is the REST 412 in errors', async () => {
    const created = await gql('mutation { createTemplate(input: {name: "A", kind: image, prompt: "p"}) { id } }');
    const { id } = created.json.data.createTemplate;
    const stale = await gql(`mutation { updateTemplate(templateId: "${id}", input: {name: "B"}, ifMatch: "\\"stale\\"") { name } }`);
    assert.equal(stale.json.data.updateTemplate, null);
    assert.equal(stale.json.errors[0].extensions.status, 412);
    const etag = (await m.api(`/templates/${id}`, { headers: KEY })).headers.get('etag');
    const fresh = await gql('mutation($id: ID!, $tag: String!) { updateTemplate(templateId: $id, input: {name: "B"}, ifMatch: $tag) { name version } }', { id, tag: etag });
    assert.equal(fresh.json.errors, undefined);
    assert.equal(fresh.json.data.updateTemplate.name, 'B');
  });

  it('streams a new job\'s real transitions to its subscriber, then complete', async () => {
    const created = await gql('mutation { createImageJob(input: {prompt: "a lighthouse"}) { id status } }');
    assert.equal(created.json.errors, undefined);
    const { id, status } = created.json.data.createImageJob;
    assert.equal(status, 'queued');
    const started = Date.now();
    const r = await gql(`subscription { jobEvents(jobId: "${id}") { event jobId status progress } }`, undefined, { accept: 'text/event-stream' });
    assert.equal(r.status, 200);
    const events = parseSse(r.text);
    assert.equal(events.at(-1).event, 'complete');
    const next = events.slice(0, -1).map((e) => {
      assert.equal(e.event, 'next');
      return JSON.parse(e.data).data.jobEvents;
    });
    assert.ok(next.length >= 2, JSON.stringify(next));
    assert.ok(next.every((e) => e.jobId === id));
    assert.deepEqual(next.at(-1), { event: 'job.completed', jobId: id, status: 'succeeded', progress: 100 });
    // The events arrived as the job moved, not all at once from a finished job.
    assert.ok(Date.now() - started >= STEP_MS, 'the stream followed the job over time');
    const after = await gql(`{ job(jobId: "${id}") { status progress } }`);
    assert.deepEqual(after.json.data.job, { status: 'succeeded', progress: 100 });
  });

  it('stops the REST stream when the subscriber goes away', async () => {
    const created = await gql('mutation { createVideoJob(input: {prompt: "waves", durationSeconds: 4}) { id } }');
    const { id } = created.json.data.createVideoJob;
    const controller = new AbortController();
    const res = await fetch(`${m.base}/graphql`, {
      method: 'POST',
      headers: { ...KEY, 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: `subscription { jobEvents(jobId: "${id}") { status } }` }),
      signal: controller.signal,
    });
    const reader = res.body.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    assert.match(first, /^event: next\n/);
    controller.abort();
    // The server is still well: the job keeps its state and answers.
    const later = await gql(`{ job(jobId: "${id}") { id } }`);
    assert.equal(later.json.data.job.id, id);
  });
});
