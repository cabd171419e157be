// The TypeScript SDK's conformance driver (docs/contracts.md, Drivers): one test per contract of
// the bundle. Each calls packages/client as the contract says, against the session baseURL the
// runner put in the bundle, and records what the client produced in SAIS_RESULTS. The runner
// (test/conformance/run.mjs) takes the verdict; a test here fails only when the driver could
// not apply the contract.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, test } from 'vitest';
import { buildClient, perform, type Contract } from './invoke.ts';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run this driver through test/conformance/run.mjs`);
  return value;
};
const bundle = env('SAIS_CONTRACTS_BUNDLE');
const resultsFile = env('SAIS_RESULTS');
const root = fileURLToPath(new URL('../../../', import.meta.url));
// Credentials come only from the contract, never from the developer's shell.
delete process.env.SECURE_AI_STUDIO_API_KEY;
delete process.env.SECURE_AI_STUDIO_BASE_URL;

const contracts = JSON.parse(readFileSync(bundle, 'utf8')) as (Contract & { baseURL: string })[];
const results: Record<string, { outcome: unknown } | { driverError: string }> = {};

afterAll(() => {
  // Contracts finish in any order; write them sorted so the file is stable.
  const sorted = Object.fromEntries(Object.keys(results).sort().map((id) => [id, results[id]]));
  writeFileSync(resultsFile, `${JSON.stringify(sorted, null, 2)}\n`);
});

for (const contract of contracts) {
  test.concurrent(contract.id, async () => {
    try {
      const warnings: string[] = [];
      results[contract.id] = { outcome: await perform(buildClient(contract, contract.baseURL, warnings), contract, root) };
    } catch (error) {
      results[contract.id] = { driverError: (error as Error).message };
      throw error;
    }
  });
}
