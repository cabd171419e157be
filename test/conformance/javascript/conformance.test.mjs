// The JavaScript SDK's conformance driver (docs/contracts.md, Drivers): one node:test test per
// contract of the bundle. Each calls sdks/javascript as the contract says, against the session
// baseURL the runner put in the bundle, and records what the SDK produced in SAIS_RESULTS. The
// runner (test/conformance/run.mjs) takes the verdict; a test here fails only when the driver
// could not apply the contract.
// Run through test/conformance/run.mjs: node --test test/conformance/javascript/conformance.test.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { buildClient, perform } from './invoke.mjs';

const VARIABLES = ['SAIS_CONTRACTS_BUNDLE', 'SAIS_RESULTS'];
const missing = VARIABLES.filter((name) => !process.env[name]);
// `node --test test/conformance/` (the runner's own tests) finds this file too: with none of the
// variables set it is not being run as a driver, so it has nothing to do.
const asDriver = missing.length < VARIABLES.length;
if (asDriver && missing.length) throw new Error(`${missing.join(', ')} not set: run this driver through test/conformance/run.mjs --sdk javascript`);
if (!asDriver) process.stderr.write('javascript conformance driver: no SAIS_* variables, nothing to run (use node test/conformance/run.mjs --sdk javascript)\n');
const { SAIS_CONTRACTS_BUNDLE: bundle, SAIS_RESULTS: resultsFile } = process.env;
const root = fileURLToPath(new URL('../../../', import.meta.url));

const contracts = asDriver ? JSON.parse(readFileSync(bundle, 'utf8')) : [];
const results = {};

/** A driver failure whose report is its message alone: the stack of this file would say nothing. */
class DriverFailure extends Error {
  constructor(message) {
    super(message);
    this.name = 'DriverFailure';
    this.stack = `${this.name}: ${message}`;
  }
}

async function run(contract) {
  const notes = [];
  try {
    const outcome = await perform(buildClient(contract, contract.baseURL, notes), contract, root);
    return { outcome, ...(notes.length ? { notes } : {}) };
  } catch (error) {
    return { driverError: error.message };
  }
}

// Sessions are independent, so contracts run side by side; the ones that wait out a delay
// fault are what bounds the time.
if (asDriver) describe('javascript SDK conformance', { concurrency: 8 }, () => {
  after(() => {
    // Contracts finish in any order; write them sorted so the file is stable.
    const sorted = Object.fromEntries(Object.keys(results).sort().map((id) => [id, results[id]]));
    writeFileSync(resultsFile, `${JSON.stringify(sorted, null, 2)}\n`);
  });

  for (const contract of contracts) {
    it(contract.id, { timeout: 60_000 }, async () => {
      const result = await run(contract);
      results[contract.id] = result;
      if (result.driverError !== undefined) throw new DriverFailure(result.driverError);
    });
  }
});
