// Running drivers: a missing driver, a crashing, hanging or partial one become failures with
// reasons, and what a driver reports is judged by the runner (lib/verdicts.mjs), not by the
// driver. (The real TypeScript driver runs end to end in run.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDriver } from './lib/drivers.mjs';
import { judgeRun } from './lib/verdicts.mjs';

const contracts = [
  { id: 'jobs/a', exchanges: [{}], expect: { result: { id: 'a' } } },
  { id: 'jobs/b', exchanges: [{}], expect: { result: { id: 'b' } } },
];
const sessions = new Map(contracts.map(({ id }) => [id, { expected: 1, received: 1, complete: true, mismatches: [] }]));

/** A scratch repository root holding one driver script. */
function scratchDriver(source) {
  const dir = mkdtempSync(join(tmpdir(), 'driver-'));
  mkdirSync(join(dir, 'test/conformance/fake'), { recursive: true });
  writeFileSync(join(dir, 'test/conformance/fake/driver.mjs'), source);
  const drivers = { python: { entry: 'test/conformance/fake/driver.mjs', command: [process.execPath, ['test/conformance/fake/driver.mjs']] } };
  return { root: dir, drivers, resultsFile: join(dir, 'results.json') };
}

test('an SDK without a driver fails every contract with "no driver for <sdk> yet"', async () => {
  const run = await runDriver({ sdk: 'csharp', root: mkdtempSync(join(tmpdir(), 'driver-')), bundle: 'b', resultsFile: 'r' });
  assert.deepEqual(judgeRun(contracts, run, new Map()), { 'jobs/a': { status: 'fail', reason: 'no driver for csharp yet' }, 'jobs/b': { status: 'fail', reason: 'no driver for csharp yet' } });
});

test('the driver gets its bundle; the runner judges what it reports, and contracts it skipped fail with its exit status', async () => {
  const scratch = scratchDriver(`import { writeFileSync } from 'node:fs';
    const ok = process.env.SAIS_CONTRACTS_BUNDLE === 'the-bundle';
    writeFileSync(process.env.SAIS_RESULTS, JSON.stringify({ 'jobs/a': { outcome: { result: { id: ok ? 'a' : 'env' } } } }));
    console.log('1 passed'); process.exit(1);`);
  const lines = [];
  const run = await runDriver({ sdk: 'python', ...scratch, bundle: 'the-bundle', onLine: (l) => lines.push(l) });
  const results = judgeRun(contracts, run, sessions);
  assert.deepEqual(results['jobs/a'], { status: 'pass' });
  assert.deepEqual(results['jobs/b'], { status: 'fail', reason: 'the driver reported no result (it exited with code 1)' });
  assert.deepEqual(lines, ['1 passed']);
});

test('a driver\'s own verdict is not taken: a reported "pass" is no outcome', async () => {
  const scratch = scratchDriver(`import { writeFileSync } from 'node:fs';
    writeFileSync(process.env.SAIS_RESULTS, JSON.stringify({ 'jobs/a': { status: 'pass' }, 'jobs/b': { outcome: { result: { id: 'x' } } } }));`);
  const results = judgeRun(contracts, await runDriver({ sdk: 'python', ...scratch, bundle: 'b' }), sessions);
  assert.match(results['jobs/a'].reason, /^driver: the driver reported an outcome with no known kind/);
  assert.equal(results['jobs/b'].reason, 'outcome: result /id: expected "b", got "x"');
});

test('a driver that crashes before writing results fails every contract with why', async () => {
  const scratch = scratchDriver("throw new Error('cannot import the SDK');");
  const run = await runDriver({ sdk: 'python', ...scratch, bundle: 'b' });
  assert.equal(judgeRun(contracts, run, new Map())['jobs/b'].reason, 'the python driver exited with code 1 without writing results');
});

test('a driver that hangs is killed at its time limit', async () => {
  const scratch = scratchDriver('setInterval(() => {}, 1000);');
  const run = await runDriver({ sdk: 'python', ...scratch, bundle: 'b', timeoutMs: 300 });
  assert.equal(judgeRun(contracts, run, new Map())['jobs/a'].reason, 'the python driver was stopped by SIGKILL after 300 ms without writing results');
});
