// Records reference scenarios: each runs through the TypeScript client (the conformance driver's
// own invoke.ts) against the mock server in spec mode, started here on a free port and stopped
// after; a recording fetch captures the traffic, and to-contract.mjs turns it and the client's
// outcome into a contract, which must pass the same checks as every contract before it lands.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { createMockServer } from '../../../../packages/mock-server/src/index.js';
import { pointer } from '../../../../scripts/spec-check/load.mjs';
import { createContractChecker } from '../../lib/contracts.mjs';
import { contractText, settle } from './contract-file.mjs';
import { loadInvoker } from './load-invoker.mjs';
import { createRecordingFetch } from './recording-fetch.mjs';
import { loadScenarios } from './scenarios.mjs';
import { toContract } from './to-contract.mjs';

/** Problems that stop the recording, each `file#/pointer: reason`. */
export class RecordError extends Error {
  constructor(problems) {
    super(`${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

/**
 * @param {{root: string, scenariosFile: string, outDir: string, only?: string[], overwrite?: boolean,
 *   check?: boolean, log?: (line: string) => void}} o
 * @returns {Promise<{results: {id: string, file: string, action: string, detail?: string}[]}>}
 * @throws {RecordError} on a bad scenario or a recording that breaks the contract rules
 */
export async function recordScenarios({ root, scenariosFile, outDir, only = [], overwrite = false, check = false, log = () => {} }) {
  // Named relative to the repository in contract headers (the same text wherever the recorder
  // runs), and as the user can open it in problems.
  const shownScenarios = relative(root, resolve(scenariosFile)).split(sep).join('/');
  const problemFile = relative(process.cwd(), resolve(scenariosFile)) || scenariosFile;
  const checker = await createContractChecker(join(root, 'openapi.yaml'));
  const { scenarios, problems } = loadScenarios(problemFile, checker);
  if (problems.length) throw new RecordError(problems);
  const unknown = only.filter((id) => !scenarios.some((s) => s.id === id));
  if (unknown.length) throw new RecordError(unknown.map((id) => `--only ${id}: no scenario has this ID in ${shownScenarios}`));
  const selected = scenarios.map((scenario, index) => ({ scenario, index })).filter(({ scenario }) => only.length === 0 || only.includes(scenario.id));

  const invoker = await loadInvoker(root);
  const mock = createMockServer({ spec: join(root, 'openapi.yaml') });
  const { url } = await mock.listen(0);
  const results = [];
  const failures = [];
  try {
    for (const { scenario, index } of selected) {
      const at = (segments) => `${problemFile}${pointer([index, ...segments])}`;
      let recording;
      try {
        recording = await recordOne(scenario, { root, url, invoker, outDir });
      } catch (error) {
        failures.push(`${at(error.segments ?? [])}: ${scenario.id}: ${error.message}`);
        continue;
      }
      const found = checker.check(recording.contract);
      if (found.length) {
        for (const { segments, message } of found) failures.push(`${at([])}: ${scenario.id}: the recording breaks the contract rules at ${pointer(segments)}: ${message}`);
        continue;
      }
      const file = join(outDir, `${scenario.id}.yaml`);
      const mode = { overwrite, check };
      for (const body of recording.bodyFiles) {
        const outcome = settle(join(root, body.path), body.bytes, mode);
        results.push({ id: scenario.id, file: body.path, ...outcome });
      }
      const outcome = settle(file, contractText(recording.contract, scenario.id, shownScenarios), mode);
      const shown = relative(process.cwd(), file) || file;
      results.push({ id: scenario.id, file: shown, ...outcome });
      if (!(check && outcome.action === 'unchanged')) log(describe(shown, outcome));
    }
  } finally {
    await mock.close();
  }
  if (failures.length) throw new RecordError(failures);
  // A contract recorded from these scenarios that no scenario produces any more is stale.
  if (only.length === 0) {
    for (const file of recordedFiles(outDir, shownScenarios)) {
      if (scenarios.some((scenario) => join(outDir, `${scenario.id}.yaml`) === file)) continue;
      const shown = relative(process.cwd(), file) || file;
      results.push({ id: null, file: shown, action: 'orphan' });
      log(describe(shown, { action: 'orphan' }));
    }
  }
  return { results };
}

/** Contract files under `dir` whose header says they were recorded from `scenariosFile`. */
function recordedFiles(dir, scenariosFile) {
  if (!existsSync(dir)) return [];
  const header = `# Recorded by \`npm run contracts:record\` from ${scenariosFile} (`;
  return readdirSync(dir, { recursive: true })
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => join(dir, name))
    .filter((file) => readFileSync(file, 'utf8').startsWith(header))
    .sort();
}

function describe(file, { action, detail }) {
  const why = {
    wrote: `wrote ${file}`,
    unchanged: `unchanged ${file}`,
    kept: `kept ${file}: differs from the new recording (--overwrite replaces it)`,
    differs: `differs ${file}: the committed contract is not what the scenario records now`,
    missing: `missing ${file}: the scenario has no committed contract`,
    orphan: `orphan ${file}: recorded from a scenario that no longer exists (delete it, or restore the scenario)`,
  }[action];
  return detail ? `${why}; first difference at ${detail}` : why;
}

async function recordOne(scenario, { root, url, invoker, outDir }) {
  const contractLike = { id: scenario.id, operation: scenario.operation, call: scenario.call, client: scenario.client, input: scenario.input, expect: {} };
  const recorder = createRecordingFetch();
  const warnings = [];
  const extra = { fetch: recorder.fetch, ...(scenario.prefer ? { defaultHeaders: { Prefer: scenario.prefer } } : {}) };
  const client = invoker.buildClient(contractLike, `${url}/api/v1`, warnings, extra);
  let outcome;
  try {
    outcome = await invoker.perform(client, contractLike, root);
  } catch (error) {
    // invoke.ts throws (rather than reporting an outcome) only when the input does not fit the operation.
    throw Object.assign(new Error(error.message), { segments: ['input'] });
  }
  const exchanges = await recorder.exchanges();
  // Without `prefer`, spec mode answers an error only when the request breaks openapi.yaml: that
  // is a bad scenario input, not a contract.
  if (outcome.error && !scenario.prefer) {
    const answer = exchanges.at(-1)?.response?.body;
    const listed = Array.isArray(answer?.errors) ? `: ${answer.errors.map((e) => `${e.location} ${e.name} ${e.message}`).join('; ')}` : '';
    throw Object.assign(new Error(`spec mode rejected the request (${outcome.error.type} ${outcome.error.status ?? ''}${listed}); fix the input, or set prefer: code=<status> to record an error on purpose`), { segments: ['input'] });
  }
  if (warnings.length) throw new Error(`the TypeScript client found the spec-mode answer invalid: ${warnings[0]}`);
  if (exchanges.length === 0) throw new Error('the client sent no request');
  const relOut = relative(root, outDir).split(sep).join('/');
  return toContract(scenario, exchanges, outcome, { bodyFileFor: (ext) => `${relOut}/${scenario.id}.${ext}` });
}
