#!/usr/bin/env node
// `npm run contracts:record`: runs the reference scenarios (scenarios.yaml) through the
// TypeScript client against the mock server in spec mode and writes one contract per scenario
// to test/contracts/<tag>/<name>.yaml. A contract file that differs from the new recording is
// kept unless --overwrite; --check writes nothing and fails on any difference. See README.md.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCommandLine, stop as exitWith } from '../lib/command-line.mjs';
import { parseOptions, USAGE } from './lib/cli-options.mjs';
import { RecordError, recordScenarios } from './lib/record-scenarios.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));

const stop = (message, code = 1) => exitWith('contracts:record', message, code);
const options = readCommandLine('contracts:record', USAGE, parseOptions);

const started = Date.now();
let results;
try {
  ({ results } = await recordScenarios({
    root,
    scenariosFile: resolve(options.scenarios ?? resolve(root, 'test/conformance/record/scenarios.yaml')),
    outDir: resolve(options.out ?? resolve(root, 'test/contracts')),
    only: options.only,
    overwrite: options.overwrite,
    check: options.check,
    log: (line) => process.stdout.write(`${line}\n`),
  }));
} catch (error) {
  if (error instanceof RecordError) stop(error.message);
  throw error;
}
const count = (action) => results.filter((r) => r.action === action).length;
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (options.check) {
  const bad = count('differs') + count('missing') + count('orphan');
  process.stdout.write(`contracts:record --check: ${results.length - bad} of ${results.length} files match their recording in ${seconds} s\n`);
  process.exit(bad ? 1 : 0);
}
const orphans = count('orphan') ? `, ${count('orphan')} orphaned` : '';
process.stdout.write(`contracts:record: ${count('wrote')} written, ${count('unchanged')} unchanged, ${count('kept')} kept${orphans} in ${seconds} s\n`);
