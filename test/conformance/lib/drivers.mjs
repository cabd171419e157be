// Each SDK's conformance driver (test/conformance/<sdk>/) and how to start it, plus running one:
// the driver gets its bundle (with a session baseURL per contract) and a results file through the environment
// (docs/contracts.md, Drivers) and what it reported is read back; lib/outcome.mjs judges it.
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

/**
 * Runs one SDK's driver to the end and reads what it reported (docs/contracts.md, Driver
 * results): `reported` maps contract id → `{outcome}` or `{driverError}`; `problem` says why there
 * is nothing to read (no driver, a crash before writing, a file that is not JSON).
 * @param {{sdk: string, root: string, bundle: string, resultsFile: string, drivers?: object,
 *   timeoutMs?: number, onLine?: (line: string) => void}} o
 * @returns {Promise<{exit: string, reported: Record<string, object>|null, problem: string|null}>}
 */
export async function runDriver({ sdk, root, bundle, resultsFile, drivers = DRIVERS, timeoutMs = 300_000, onLine = () => {} }) {
  const driver = drivers[sdk];
  if (!driver || !existsSync(join(root, driver.entry))) return { exit: 'did not run', reported: null, problem: `no driver for ${sdk} yet` };
  rmSync(resultsFile, { force: true });
  const [program, args] = driver.command;
  // NO_COLOR: test runners colour their output when CI is set; piped logs stay plain text.
  const env = { ...process.env, NO_COLOR: '1', SAIS_CONTRACTS_BUNDLE: bundle, SAIS_RESULTS: resultsFile };
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

  try {
    const reported = JSON.parse(readFileSync(resultsFile, 'utf8'));
    if (reported === null || typeof reported !== 'object' || Array.isArray(reported)) throw new Error('not an object of contract id → result');
    return { exit, reported, problem: null };
  } catch (error) {
    const why = error.code === 'ENOENT' ? 'without writing results' : `but its results are not usable (${error.message})`;
    return { exit, reported: null, problem: `the ${sdk} driver ${exit} ${why}` };
  }
}
