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
  const loaded = await loadContracts([CONTRACTS], SPEC);
  const missing = uncoveredOperations(loaded);
  assert.ok(missing.includes('createImageJob'));
  assert.ok(!missing.includes('getJob'));
  assert.equal(missing.length + new Set(loaded.contracts.map((c) => c.operation)).size, 50);
});
