// Each SDK's conformance driver (test/conformance/<sdk>/) and how to start it, plus running one:
// the driver gets the bundle, the mock server's URL and a results file through the environment
// (docs/contracts.md, Drivers) and its results are read back, one per contract.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * `entry` is the file whose presence means the driver exists; `command` is [program, args], run
 * from the repository root.
 */
export const DRIVERS = {
  typescript: {
    entry: 'test/conformance/typescript/conformance.test.ts',
    command: [process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'test/conformance/typescript/vitest.config.mjs']],
  },
  javascript: {
    entry: 'test/conformance/javascript/conformance.test.mjs',
    command: [process.execPath, ['--test', 'test/conformance/javascript/conformance.test.mjs']],
  },
  python: {
    entry: 'test/conformance/python/test_conformance.py',
    command: ['bash', ['test/conformance/python/run.sh']],
  },
  java: {
    entry: 'test/conformance/java/pom.xml',
    command: ['mvn', ['-q', '-B', '-f', 'test/conformance/java/pom.xml', 'test']],
  },
  csharp: {
    entry: 'test/conformance/csharp/run.sh',
    command: ['bash', ['test/conformance/csharp/run.sh']],
  },
};

const allFail = (contracts, reason) => Object.fromEntries(contracts.map(({ id }) => [id, { status: 'fail', reason }]));

/**
 * Runs one SDK's driver to the end and returns its result for every contract; whatever goes
 * wrong (no driver, a crash, a missing or broken results file) becomes a failure with a reason.
 * @param {{sdk: string, root: string, contracts: {id: string}[], bundle: string, mockURL: string,
 *   resultsFile: string, drivers?: object, timeoutMs?: number, onLine?: (line: string) => void}} o
 * @returns {Promise<Record<string, {status: 'pass'|'fail', reason?: string}>>}
 */
export async function runDriver({ sdk, root, contracts, bundle, mockURL, resultsFile, drivers = DRIVERS, timeoutMs = 300_000, onLine = () => {} }) {
  const driver = drivers[sdk];
  if (!driver || !existsSync(join(root, driver.entry))) return allFail(contracts, `no driver for ${sdk} yet`);
  rmSync(resultsFile, { force: true });
  const [program, args] = driver.command;
  // NO_COLOR: test runners colour their output when CI is set; piped logs stay plain text.
  const env = { ...process.env, NO_COLOR: '1', SAIS_CONTRACTS_BUNDLE: bundle, SAIS_MOCK_URL: mockURL, SAIS_RESULTS: resultsFile };
  delete env.FORCE_COLOR;
  const exit = await new Promise((resolve) => {
    const child = spawn(program, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) createInterface({ input: stream }).on('line', onLine);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      resolve(`could not be started (${program}: ${error.code ?? error.message})`);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve(signal ? `was stopped by ${signal}${signal === 'SIGKILL' ? ` after ${timeoutMs} ms` : ''}` : `exited with code ${code}`);
    });
  });

  let reported;
  try {
    reported = JSON.parse(readFileSync(resultsFile, 'utf8'));
  } catch (error) {
    const why = error.code === 'ENOENT' ? 'without writing results' : `but its results are not JSON (${error.message})`;
    return allFail(contracts, `the ${sdk} driver ${exit} ${why}`);
  }
  return Object.fromEntries(contracts.map(({ id }) => {
    const r = reported?.[id];
    if (r?.status === 'pass') return [id, { status: 'pass' }];
    if (r?.status === 'fail') return [id, { status: 'fail', reason: String(r.reason ?? 'no reason given') }];
    return [id, { status: 'fail', reason: r ? `the driver reported status ${JSON.stringify(r.status)}` : `the driver reported no result (it ${exit})` }];
  }));
}
