// The TypeScript SDK's conformance driver (docs/contracts.md, Drivers): one test per contract of
// the bundle. Each opens a mock-server session, calls packages/client as the contract says,
// compares the outcome with `expect`, reads the session's verdict on the traffic, and records
// pass/fail with a reason in SAIS_RESULTS for the matrix.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { outcomeMismatch, verdict } from '../lib/outcome.mjs';
import { buildClient, perform, type Contract } from './invoke.ts';
import { openSession, readSession } from './session.ts';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run this driver through test/conformance/run.mjs`);
  return value;
};
const bundle = env('SAIS_CONTRACTS_BUNDLE');
const mockURL = env('SAIS_MOCK_URL').replace(/\/+$/, '');
const resultsFile = env('SAIS_RESULTS');
const root = fileURLToPath(new URL('../../../', import.meta.url));
// Credentials come only from the contract, never from the developer's shell.
delete process.env.SECURE_AI_STUDIO_API_KEY;
delete process.env.SECURE_AI_STUDIO_BASE_URL;

const contracts = JSON.parse(readFileSync(bundle, 'utf8')) as Contract[];
const results: Record<string, { status: 'pass' | 'fail'; reason?: string }> = {};

afterAll(() => {
  // Contracts finish in any order; write them sorted so the file is stable.
  const sorted = Object.fromEntries(Object.keys(results).sort().map((id) => [id, results[id]]));
  writeFileSync(resultsFile, `${JSON.stringify(sorted, null, 2)}\n`);
});

for (const contract of contracts) {
  test.concurrent(contract.id, async () => {
    let result: { status: 'pass' | 'fail'; reason?: string };
    try {
      const { session, baseURL } = await openSession(mockURL, contract.id);
      const warnings: string[] = [];
      const outcome = await perform(buildClient(contract, baseURL, warnings), contract, root);
      result = verdict(outcomeMismatch(contract.expect, outcome), await readSession(mockURL, session));
    } catch (error) {
      result = { status: 'fail', reason: `driver: ${(error as Error).message}` };
    }
    results[contract.id] = result;
    expect(result.reason ?? 'pass', contract.id).toBe('pass');
  });
}
