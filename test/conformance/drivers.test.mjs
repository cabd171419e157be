// Running drivers: a missing driver, a crashing, hanging or partial one become failures with
// reasons. (The real TypeScript driver runs end to end in run.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDriver } from './lib/drivers.mjs';

const contracts = [{ id: 'jobs/a' }, { id: 'jobs/b' }];

/** A scratch repository root holding one driver script. */
function scratchDriver(source) {
  const dir = mkdtempSync(join(tmpdir(), 'driver-'));
  mkdirSync(join(dir, 'test/conformance/fake'), { recursive: true });
  writeFileSync(join(dir, 'test/conformance/fake/driver.mjs'), source);
  const drivers = { python: { entry: 'test/conformance/fake/driver.mjs', command: [process.execPath, ['test/conformance/fake/driver.mjs']] } };
  return { root: dir, drivers, resultsFile: join(dir, 'results.json') };
}

test('an SDK without a driver fails every contract with "no driver for <sdk> yet"', async () => {
  const results = await runDriver({ sdk: 'csharp', root: mkdtempSync(join(tmpdir(), 'driver-')), contracts, bundle: 'b', mockURL: 'u', resultsFile: 'r' });
  assert.deepEqual(results, { 'jobs/a': { status: 'fail', reason: 'no driver for csharp yet' }, 'jobs/b': { status: 'fail', reason: 'no driver for csharp yet' } });
});

test('the driver gets the environment; contracts it does not report on fail with its exit status', async () => {
  const scratch = scratchDriver(`import { writeFileSync } from 'node:fs';
    const ok = process.env.SAIS_CONTRACTS_BUNDLE === 'the-bundle' && process.env.SAIS_MOCK_URL === 'http://mock';
    writeFileSync(process.env.SAIS_RESULTS, JSON.stringify({ 'jobs/a': ok ? { status: 'pass' } : { status: 'fail', reason: 'env' } }));
    console.log('1 passed'); process.exit(1);`);
  const lines = [];
  const results = await runDriver({ sdk: 'python', ...scratch, contracts, bundle: 'the-bundle', mockURL: 'http://mock', onLine: (l) => lines.push(l) });
  assert.deepEqual(results['jobs/a'], { status: 'pass' });
  assert.deepEqual(results['jobs/b'], { status: 'fail', reason: 'the driver reported no result (it exited with code 1)' });
  assert.deepEqual(lines, ['1 passed']);
});

test('a driver that crashes before writing results fails every contract with why', async () => {
  const scratch = scratchDriver("throw new Error('cannot import the SDK');");
  const results = await runDriver({ sdk: 'python', ...scratch, contracts, bundle: 'b', mockURL: 'u' });
  assert.equal(results['jobs/b'].reason, 'the python driver exited with code 1 without writing results');
});

test('a driver that hangs is killed at its time limit', async () => {
  const scratch = scratchDriver('setInterval(() => {}, 1000);');
  const results = await runDriver({ sdk: 'python', ...scratch, contracts, bundle: 'b', mockURL: 'u', timeoutMs: 300 });
  assert.equal(results['jobs/a'].reason, 'the python driver was stopped by SIGKILL after 300 ms without writing results');
});
