// The JavaScript SDK's conformance driver (docs/contracts.md, Drivers): one node:test test per
// contract of the bundle. Each opens a mock-server session, calls sdks/javascript as the contract
// says, compares the outcome with `expect` (lib/outcome.mjs), reads the session's verdict on the
// traffic, and records pass/fail with a reason in SAIS_RESULTS for the matrix.
// Run through test/conformance/run.mjs: node --test test/conformance/javascript/conformance.test.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { outcomeMismatch, verdict } from '../lib/outcome.mjs';
import { buildClient, perform } from './invoke.mjs';
import { openSession, readSession } from './session.mjs';

const VARIABLES = ['SAIS_CONTRACTS_BUNDLE', 'SAIS_MOCK_URL', 'SAIS_RESULTS'];
const missing = VARIABLES.filter((name) => !process.env[name]);
// `node --test test/conformance/` (the runner's own tests) finds this file too: with none of the
// variables set it is not being run as a driver, so it has nothing to check.
const asDriver = missing.length < VARIABLES.length;
if (asDriver && missing.length) throw new Error(`${missing.join(', ')} not set: run this driver through test/conformance/run.mjs --sdk javascript`);
if (!asDriver) process.stderr.write('javascript conformance driver: no SAIS_* variables, nothing to run (use node test/conformance/run.mjs --sdk javascript)\n');
const { SAIS_CONTRACTS_BUNDLE: bundle, SAIS_RESULTS: resultsFile } = process.env;
const mockURL = (process.env.SAIS_MOCK_URL ?? '').replace(/\/+$/, '');
const root = fileURLToPath(new URL('../../../', import.meta.url));

const contracts = asDriver ? JSON.parse(readFileSync(bundle, 'utf8')) : [];
const results = {};

/** A failure whose report is its reason alone: the stack of this file would say nothing. */
class ContractFailure extends Error {
  constructor(reason) {
    super(reason);
    this.name = 'ContractFailure';
    this.stack = `${this.name}: ${reason}`;
  }
}

async function run(contract) {
  try {
    const { session, baseURL } = await openSession(mockURL, contract.id);
    const notes = [];
    const outcome = await perform(buildClient(contract, baseURL, notes), contract, root);
    const outcomeReason = outcome.unsupported ?? outcomeMismatch(contract.expect, outcome);
    const result = verdict(outcomeReason, await readSession(mockURL, session));
    if (result.status === 'fail' && notes.length) result.reason += ` (driver note: ${notes.join('; ')})`;
    return result;
  } catch (error) {
    return { status: 'fail', reason: `driver: ${error.message}` };
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
      if (result.status !== 'pass') throw new ContractFailure(result.reason);
    });
  }
});
