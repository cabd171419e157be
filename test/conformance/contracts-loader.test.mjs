// The contract loader accepts test/contracts and stops bad contracts with file, pointer and reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { loadContracts, uncoveredOperations } from './lib/contracts.mjs';

const SPEC = new URL('../../openapi.yaml', import.meta.url).pathname;
const CONTRACTS = new URL('../contracts', import.meta.url).pathname;
const sample = (name) => parse(readFileSync(join(CONTRACTS, name), 'utf8'));

/** Writes one contract (an object, or raw text) into a fresh folder and loads that folder. */
async function loadOne(contract, name = 'jobs/sample.yaml') {
  const dir = mkdtempSync(join(tmpdir(), 'contracts-'));
  mkdirSync(join(dir, name, '..'), { recursive: true });
  writeFileSync(join(dir, name), typeof contract === 'string' ? contract : stringify(contract));
  return loadContracts([dir], SPEC);
}

test('every contract in test/contracts loads clean', async () => {
  const { contracts, problems } = await loadContracts([CONTRACTS], SPEC);
  assert.deepEqual(problems, []);
  assert.ok(contracts.length >= 5);
  assert.ok(contracts.some((c) => c.id === 'templates/list-follows-next-cursor'));
});

test('a contract breaking the format is named with its pointer', async () => {
  const contract = sample('jobs/get-unknown-job-raises-not-found-error.yaml');
  contract.exchanges[0].fault = { kind: 'explode' };
  const { problems } = await loadOne(contract);
  assert.ok(problems.some((p) => /jobs\/sample\.yaml#\/exchanges\/0\/fault: .*\(contract format\)/.test(p)), problems.join('\n'));
});

test('an unknown operation is reported', async () => {
  const contract = sample('jobs/get-unknown-job-raises-not-found-error.yaml');
  contract.operation = 'getJobs';
  const { problems } = await loadOne(contract);
  assert.deepEqual(problems.map((p) => p.replace(/^.*sample\.yaml/, '')), ["#/operation: no operation 'getJobs' in openapi.yaml"]);
});

test('a recorded response body that breaks the spec is reported', async () => {
  const contract = sample('templates/list-follows-next-cursor.yaml');
  contract.exchanges[1].response.body.data[0].kind = 'audio';
  const { problems } = await loadOne(contract);
  assert.ok(problems.some((p) => p.includes('#/exchanges/1/response/body: does not match the 200 response schema: /data/0/kind must be equal to one of the allowed values')), problems.join('\n'));
});

test('an off-spec response must say why, and is then not validated', async () => {
  const contract = sample('templates/list-follows-next-cursor.yaml');
  contract.exchanges[1].response.body.data[0].kind = 'audio';
  contract.exchanges[1].response.offSpec = 'a kind this SDK version does not know yet';
  const { problems } = await loadOne(contract);
  assert.deepEqual(problems, []);
});

test('a recorded request body that breaks the spec, and an undocumented status, are reported', async () => {
  const contract = sample('templates/create-retries-503-twice-with-the-same-idempotency-key.yaml');
  contract.exchanges[0].request.body.kind = 'gif';
  contract.exchanges[1].response.status = 418;
  const { problems } = await loadOne(contract);
  const text = problems.join('\n');
  assert.match(text, /#\/exchanges\/0\/request\/body: does not match the request schema: \/kind must be equal to one of the allowed values/);
  assert.match(text, /#\/exchanges\/1\/response\/status: createTemplate documents no 418 response/);
});

test('a request to no operation, and an undeclared query parameter, are reported', async () => {
  const contract = sample('templates/list-follows-next-cursor.yaml');
  contract.exchanges[0].request.query.page = '2';
  contract.exchanges[1].request.path = '/api/v1/templatez';
  const { problems } = await loadOne(contract);
  const text = problems.join('\n');
  assert.match(text, /#\/exchanges\/0\/request\/query\/page: listTemplates has no query parameter 'page'/);
  assert.match(text, /#\/exchanges\/1\/request\/path: GET \/api\/v1\/templatez is no operation of openapi.yaml/);
});

test('SSE event data that breaks the event schema is reported', async () => {
  const contract = sample('jobs/events-stream-progress-then-completion.yaml');
  contract.exchanges[0].response.events[1].data.progress = 'most';
  const { problems } = await loadOne(contract);
  assert.ok(problems.some((p) => p.includes('#/exchanges/0/response/events/1/data: does not match #/components/schemas/JobEvent: /progress must be integer')), problems.join('\n'));
});

test('an expected error status that differs from the last exchange is reported', async () => {
  const contract = sample('jobs/get-unknown-job-raises-not-found-error.yaml');
  contract.expect.error.status = 410;
  const { problems } = await loadOne(contract);
  assert.ok(problems.some((p) => p.endsWith('#/expect/error/status: expects 410 but the last exchange answers 404')), problems.join('\n'));
});

test('broken YAML is reported with its line', async () => {
  const { problems } = await loadOne('summary: x\noperation: [getJob\n');
  assert.match(problems[0], /sample\.yaml:\d+: YAML syntax error/);
});

test('coverage lists the operations no contract calls', async () => {
  const loaded = await loadOne(sample('jobs/get-job-decodes-the-image-subtype.yaml'));
  const missing = uncoveredOperations(loaded);
  assert.ok(missing.includes('createImageJob'));
  assert.ok(!missing.includes('getJob'));
  assert.equal(missing.length, 50);
});

test('test/contracts covers every operation of openapi.yaml', async () => {
  const loaded = await loadContracts([CONTRACTS], SPEC);
  assert.deepEqual(uncoveredOperations(loaded), []);
  assert.equal(loaded.operationIds.length, 51);
});

test('call: wait must poll the pollOperation of an x-long-running operation', async () => {
  const contract = sample('jobs/wait-polls-until-the-job-succeeds.yaml');
  contract.operation = 'getTemplate';
  contract.input = { path: { templateId: 'tpl_01JD5A1B2C3D4E5F6G7H8J9K0M' }, wait: { intervalMs: 10 } };
  for (const exchange of contract.exchanges) exchange.request.path = '/api/v1/templates/tpl_01JD5A1B2C3D4E5F6G7H8J9K0M';
  const { problems } = await loadOne(contract);
  assert.ok(problems.some((p) => /#\/operation: call: wait needs the pollOperation of an x-long-running operation \(getJob, getBackup, getComplianceReport\), not getTemplate/.test(p)), problems.join('\n'));
});

test('a waiter only polls, and waiter options need call: wait', async () => {
  const waiting = sample('jobs/wait-polls-until-the-job-succeeds.yaml');
  waiting.exchanges[1].request = { method: 'POST', path: '/api/v1/jobs/job_01JD8K2M4P6R8T0V2X4Z6B8D0F/cancel' };
  const { problems } = await loadOne(waiting);
  assert.ok(problems.some((p) => p.endsWith('#/exchanges/1/request: a call: wait contract polls getJob, but this request calls cancelJob')), problems.join('\n'));

  const plain = sample('jobs/get-job-decodes-the-image-subtype.yaml');
  plain.input.wait = { timeoutMs: 100 };
  const second = await loadOne(plain);
  assert.deepEqual(second.problems.map((p) => p.replace(/^.*sample\.yaml/, '')), ['#/input/wait: waiter options belong to call: wait only']);
});

test('waiter options are checked by the contract format', async () => {
  const contract = sample('jobs/wait-polls-until-the-job-succeeds.yaml');
  contract.input.wait = { intervalMs: -1, every: 5 };
  const { problems } = await loadOne(contract);
  assert.ok(problems.some((p) => p.endsWith('#/input/wait/intervalMs: must be >= 0 (contract format)')), problems.join('\n'));
  assert.ok(problems.some((p) => p.endsWith('#/input/wait: must NOT have additional properties (contract format)')), problems.join('\n'));
});

const strip = (problems) => problems.map((p) => p.replace(/^.*sample\.yaml/, ''));

test('expect.error.message is exact text or {pattern}, expect.error.headers text, {pattern} or {absent}', async () => {
  const contract = sample('auth/me-redacts-the-api-key-the-server-echoes-in-detail-and-headers.yaml');
  assert.deepEqual((await loadOne(contract)).problems, []);
  contract.expect.error.message = { pattern: '^401 ' };
  contract.expect.error.headers['Retry-After'] = { absent: true };
  assert.deepEqual((await loadOne(contract)).problems, []);
});

test('a bad expect.error.message or header matcher is a format problem', async () => {
  const contract = sample('auth/me-redacts-the-api-key-the-server-echoes-in-detail-and-headers.yaml');
  contract.expect.error.message = { pattern: '(' };
  contract.expect.error.headers['X-Echoed-Key'] = { present: true };
  const { problems } = await loadOne(contract);
  assert.ok(problems.some((p) => p.includes('#/expect/error/message: ') && p.includes('(contract format)')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('#/expect/error/headers/X-Echoed-Key: ')), problems.join('\n'));
});

test('an intermediary\'s answer is exempt from the documented-status and body checks, but must be a 4xx or 5xx', async () => {
  const contract = sample('jobs/get-retries-a-502-html-page-from-a-proxy-then-raises-internal-server-error.yaml');
  assert.deepEqual((await loadOne(contract)).problems, []);
  delete contract.exchanges[0].response.intermediary;
  assert.deepEqual(strip((await loadOne(contract)).problems), ['#/exchanges/0/response/status: getJob documents no 502 response']);
  contract.exchanges[0].response.intermediary = 'a proxy that answers 200 pages';
  contract.exchanges[0].response.status = 200;
  assert.deepEqual(strip((await loadOne(contract)).problems), ["#/exchanges/0/response/status: an intermediary's answer stands in for a failure, so its status must be 4xx or 5xx, not 200"]);
  contract.exchanges[0].response.intermediary = 'short';
  assert.ok((await loadOne(contract)).problems.some((p) => p.includes('#/exchanges/0/response/intermediary: must NOT have fewer than 10 characters (contract format)')));
});

test('a raw event stream (bodyText, Content-Type text/event-stream) is parsed and each event checked against x-event-schema', async () => {
  const contract = sample('jobs/events-parse-raw-framing-with-comments-crlf-and-multi-line-data.yaml');
  assert.deepEqual((await loadOne(contract)).problems, []);
  const response = contract.exchanges[0].response;
  response.bodyText = response.bodyText.replace('"progress": 100', '"progress": "done"').replace('data:  "status"', 'data:  status');
  const problems = strip((await loadOne(contract)).problems);
  assert.equal(problems.length, 2, problems.join('\n'));
  assert.match(problems[0], /^#\/exchanges\/0\/response\/bodyText: event 0 \(job\.progress\): its data is not JSON/);
  assert.match(problems[1], /^#\/exchanges\/0\/response\/bodyText: event 1 \(job\.completed\) does not match #\/components\/schemas\/JobEvent: \/progress must be integer/);
  response.offSpec = 'a stream whose data breaks the schema on purpose';
  assert.deepEqual((await loadOne(contract)).problems, []);
});

test('a contract with no exchanges expects an ArgumentError and nothing a response would carry', async () => {
  const contract = sample('templates/get-with-an-empty-id-raises-an-argument-error.yaml');
  assert.deepEqual((await loadOne(contract)).problems, []);
  contract.expect = { error: { type: 'NotFoundError', status: 404 } };
  assert.deepEqual(strip((await loadOne(contract)).problems), [
    '#/expect: a contract with no exchanges expects the SDK to send nothing, so its expect must be error: {type: ArgumentError}',
    '#/expect/error/status: nothing is sent, so there is no response to take status from',
  ]);
  contract.expect = { result: null };
  assert.deepEqual(strip((await loadOne(contract)).problems), ['#/expect: a contract with no exchanges expects the SDK to send nothing, so its expect must be error: {type: ArgumentError}']);
});

test('an expect pattern must be a valid Unicode regular expression, as the runner matches it', async () => {
  const contract = sample('auth/me-redacts-the-api-key-the-server-echoes-in-detail-and-headers.yaml');
  contract.expect.error.headers['X-Echoed-Key'] = { pattern: '\\-' };
  assert.deepEqual(strip((await loadOne(contract)).problems), ['#/expect/error/headers/X-Echoed-Key/pattern: not a valid regular expression: Invalid regular expression: /\\-/u: Invalid escape']);
});

test('call: query and call: subscribe need a GraphQL POST operation, a GraphQL body and a fitting expect', async () => {
  const subscribing = sample('graphql/subscribe-streams-job-events-then-completes.yaml');
  subscribing.operation = 'getJob';
  subscribing.input = { path: { jobId: 'job_1' }, body: { query: '{ x }', extra: 1 } };
  subscribing.expect = { result: {} };
  subscribing.exchanges = [];
  const { problems } = await loadOne(subscribing);
  const shown = problems.map((p) => p.replace(/^.*sample\.yaml/, ''));
  for (const expected of [
    '#/operation: call: subscribe runs client.graphql.subscribe, which wraps a POST operation with x-graphql-schema; getJob is none',
    '#/input/body/extra: call: subscribe sends only query, variables and operationName',
    '#/input/path: call: subscribe takes only input.body',
    '#/expect/result: call: subscribe expects events or error',
  ]) assert.ok(shown.includes(expected), `${expected}\nin\n${shown.join('\n')}`);

  const querying = sample('graphql/query-returns-data.yaml');
  querying.input.body.query = 42;
  querying.expect = { events: [] };
  const second = await loadOne(querying);
  const shown2 = second.problems.map((p) => p.replace(/^.*sample\.yaml/, ''));
  assert.ok(shown2.includes('#/input/body/query: call: query needs the GraphQL document as a string'), shown2.join('\n'));
  assert.ok(shown2.includes('#/expect/events: call: query expects result or error'), shown2.join('\n'));
});

test('a GraphQL stream\'s complete event carries no result and is not checked against x-event-schema', async () => {
  const { problems } = await loadOne(sample('graphql/subscribe-streams-job-events-then-completes.yaml'));
  assert.deepEqual(problems, []);
  const broken = sample('graphql/subscribe-streams-job-events-then-completes.yaml');
  broken.exchanges[0].response.bodyText = broken.exchanges[0].response.bodyText.replace('event: next\ndata: {"data"', 'event: next\ndata: {"data":1,"x"');
  const second = await loadOne(broken);
  assert.ok(second.problems.some((p) => /bodyText: event 0 \(next\) does not match #\/components\/schemas\/GraphqlResponse/.test(p)), second.problems.join('\n'));
});
