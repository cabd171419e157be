#!/usr/bin/env node
// `npm run conformance`: validates the recorded contracts, starts the mock server in contract
// mode, runs every selected SDK's driver at the same time, and prints the conformance matrix
// (also as JSON with --json, and always as HTML: docs/conformance.html unless --html FILE). Exit 1 on any failure.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { duplicateIds, writeBundle, writeDriverBundle } from './lib/bundle.mjs';
import { parseOptions, USAGE } from './lib/cli-options.mjs';
import { readCommandLine, stop as exitWith } from './lib/command-line.mjs';
import { loadContracts, uncoveredOperations } from './lib/contracts.mjs';
import { runDriver } from './lib/drivers.mjs';
import { startMock } from './lib/mock-process.mjs';
import { openSessions, readSessions } from './lib/sessions.mjs';
import { judgeRun } from './lib/verdicts.mjs';
import { failures, toHtml, toJson, toText } from './lib/report.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CACHE = join(root, '.cache/conformance');

const stop = (message, code = 1) => exitWith('conformance', message, code);
const options = readCommandLine('conformance', USAGE, parseOptions);

const dirs = [join(root, 'test/contracts')];
for (const dir of options.contractDirs) {
  const full = resolve(dir);
  if (!existsSync(full) || !statSync(full).isDirectory()) stop(`--contracts ${dir}: no such folder`, 2);
  dirs.push(full);
}

const started = Date.now();
const loaded = await loadContracts(dirs, join(root, 'openapi.yaml'));
const problems = [...loaded.problems, ...duplicateIds(loaded.contracts)];
if (problems.length) stop(`${problems.length} problem(s) in the contracts:\n${problems.map((p) => `  ${p}`).join('\n')}`);

const uncovered = uncoveredOperations(loaded);
if (uncovered.length) {
  const list = `${uncovered.length} operation(s) have no contract: ${uncovered.join(', ')}`;
  if (!options.allowUncovered) stop(`${list}\n(record contracts for them, or pass --allow-uncovered)`);
  process.stdout.write(`conformance: note: ${list}\n`);
}

// Each run gets its own folder for the bundles and the drivers' results, so runs started side by
// side (one per SDK, say) never read each other's files; the last mock bundle is also left at
// .cache/conformance/contracts.json for starting the mock server by hand.
mkdirSync(CACHE, { recursive: true });
const runDir = mkdtempSync(join(CACHE, 'run-'));
const cleanUp = () => rmSync(runDir, { recursive: true, force: true });
const bundle = join(runDir, 'contracts.json');
const contracts = writeBundle(bundle, loaded.contracts);
writeBundle(join(CACHE, 'contracts.json'), loaded.contracts);
process.stdout.write(`conformance: ${contracts.length} contracts, SDKs: ${options.sdks.join(', ')}\n`);

let mock;
try {
  mock = await startMock({ root, spec: 'openapi.yaml', bundle });
} catch (error) {
  cleanUp();
  stop(error.message);
}
// Ctrl-C reaches the drivers by themselves (same process group); the mock server is ours to stop.
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => mock.stop().then(cleanUp).then(() => process.exit(130)));

// Each SDK gets a session per contract and a bundle naming them; its driver only reports what
// its SDK produced, and the verdict is taken here, once, for every SDK (lib/outcome.mjs).
async function conform(sdk) {
  const sessions = await openSessions(mock.url, contracts);
  const driverBundle = join(runDir, `contracts-${sdk}.json`);
  writeDriverBundle(driverBundle, contracts, sessions);
  const run = await runDriver({
    sdk,
    root,
    bundle: driverBundle,
    resultsFile: join(runDir, `results-${sdk}.json`),
    onLine: (line) => process.stdout.write(`[${sdk}] ${line}\n`),
  });
  return judgeRun(contracts, run, run.problem ? new Map() : await readSessions(mock.url, sessions));
}

let results;
let failure;
try {
  results = Object.fromEntries(await Promise.all(options.sdks.map(async (sdk) => [sdk, await conform(sdk)])));
} catch (error) {
  failure = error; // the session API failed: no verdict can be taken
} finally {
  await mock.stop();
  cleanUp();
}
if (failure) stop(failure.message);

const report = toJson(options.sdks, contracts, results);
process.stdout.write(`\n${toText(report)}\n`);
if (options.json) {
  const file = resolve(options.json);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}
// By default the report lands in the repository's docs/, wherever the command is run from.
const html = options.html ? resolve(options.html) : join(root, 'docs/conformance.html');
mkdirSync(dirname(html), { recursive: true });
writeFileSync(html, toHtml(report));
const failed = failures(report).length;
process.stdout.write(`\nconformance: ${failed ? `${failed} failure(s)` : 'all passed'} in ${((Date.now() - started) / 1000).toFixed(1)} s; report: ${relative(process.cwd(), html)}\n`);
process.exit(failed ? 1 : 0);
