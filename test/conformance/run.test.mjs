// run.mjs stops before starting anything when its options or the contracts are wrong, with a
// message naming the option, or each bad contract as file#pointer: reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const RUN = new URL('./run.mjs', import.meta.url).pathname;
const CONTRACTS = new URL('../contracts', import.meta.url).pathname;
const ROOT = new URL('../../', import.meta.url).pathname;
const run = (...args) => spawnSync(process.execPath, [RUN, ...args], { cwd: ROOT, encoding: 'utf8' });

/** A folder of extra contracts: each entry is [relative file, contract object]. */
function extraContracts(entries) {
  const dir = mkdtempSync(join(tmpdir(), 'extra-contracts-'));
  for (const [name, contract] of entries) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), stringify(contract));
  }
  return dir;
}
const sample = (name) => parse(readFileSync(join(CONTRACTS, name), 'utf8'));
/** How many contracts test/contracts holds (all expected to pass against the TypeScript client). */
const committedContractCount = () => readdirSync(CONTRACTS, { recursive: true }).filter((f) => f.endsWith('.yaml')).length;

test('bad options exit 2 with the problem and the usage', () => {
  const r = run('--sdk', 'cobol');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^conformance: --sdk 'cobol' is not an SDK of this project/);
  assert.match(r.stderr, /usage: npm run conformance/);
  const missing = run('--contracts', '/no/such/folder');
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /--contracts \/no\/such\/folder: no such folder/);
});

test('--help prints the usage', () => {
  const r = run('--help');
  assert.equal(r.status, 0);
  assert.match(r.stdout, /--allow-uncovered/);
});

test('a bad contract stops the run with file#pointer: reason, before the mock server starts', () => {
  const broken = sample('jobs/get-unknown-job-raises-not-found-error.yaml');
  broken.expect.error.status = 410;
  const dir = extraContracts([['jobs/broken.yaml', broken]]);
  const r = run('--contracts', dir, '--allow-uncovered');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /conformance: 1 problem\(s\) in the contracts:\n {2}\S*jobs\/broken\.yaml#\/expect\/error\/status: expects 410 but the last exchange answers 404/);
  assert.doesNotMatch(r.stdout, /contracts, SDKs:/);
});

test('two contracts with the same ID are refused', () => {
  const dir = extraContracts([['jobs/get-job-decodes-the-image-subtype.yaml', sample('jobs/get-job-decodes-the-image-subtype.yaml')]]);
  const r = run('--contracts', dir, '--allow-uncovered');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /contract ID 'jobs\/get-job-decodes-the-image-subtype' is also used by test\/contracts\/jobs\/get-job-decodes-the-image-subtype\.yaml/);
});

test('end to end: the mock server and the TypeScript driver report, the runner judges; broken contracts fail the run, saying what broke', () => {
  const wrongResult = sample('jobs/get-job-decodes-the-image-subtype.yaml');
  wrongResult.expect.result.params.width = 512;
  const wrongCursor = sample('templates/list-follows-next-cursor.yaml');
  wrongCursor.exchanges[1].request.query.cursor = 'c_other';
  const noKey = sample('templates/create-retries-503-twice-with-the-same-idempotency-key.yaml');
  noKey.exchanges[0].request.headers = { 'Idempotency-Key': { absent: true } };
  const dir = extraContracts([
    ['extra/wrong-result.yaml', wrongResult],
    ['extra/wrong-cursor.yaml', wrongCursor],
    ['extra/no-idempotency-key.yaml', noKey],
  ]);
  const out = mkdtempSync(join(tmpdir(), 'conformance-out-'));
  // Every operation has a contract, so the run needs no --allow-uncovered (the coverage check
  // itself: contracts-loader.test.mjs).
  const r = run('--sdk', 'typescript', '--contracts', dir, '--json', join(out, 'r.json'), '--html', join(out, 'm.html'));
  assert.equal(r.status, 1, r.stderr);
  assert.doesNotMatch(r.stdout + r.stderr, /have no contract/);
  const recorded = committedContractCount();
  const total = recorded + 3;
  // vitest's own closing lines reach the runner's output: the driver only reports, so its tests
  // all pass; the verdict is the runner's.
  assert.match(r.stdout, new RegExp(`^\\[typescript\\] .*Tests\\s+${total} passed \\(${total}\\)`, 'm'));
  assert.match(r.stdout, /^templates\/list-follows-next-cursor\s+pass/m);
  assert.match(r.stdout, /^extra\/wrong-result\s+FAIL/m);
  assert.match(r.stdout, new RegExp(`passed: typescript ${recorded}/${total}`));
  const report = JSON.parse(readFileSync(join(out, 'r.json'), 'utf8'));
  assert.deepEqual(report.sdks, ['typescript']);
  assert.equal(report.contracts.length, total);
  const result = (id) => report.results.typescript[id];
  assert.deepEqual(result('jobs/get-unknown-job-raises-not-found-error'), { status: 'pass' });
  assert.equal(result('extra/wrong-result').reason, 'outcome: result /params/width: expected 512, got 1024');
  assert.match(result('extra/wrong-cursor').reason, /^traffic: exchange 1: query cursor: .*c_other.*c_page2/);
  assert.match(result('extra/no-idempotency-key').reason, /^traffic: exchange 0: header Idempotency-Key: .*[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/);
  assert.equal((readFileSync(join(out, 'm.html'), 'utf8').match(/<td class="fail"/g) ?? []).length, 3);
});
