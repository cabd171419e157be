// Reads the reference scenarios (scenarios.yaml) and checks them before anything is recorded:
// the format (scenario.schema.json, which borrows `client` and `input` from the contract format),
// unique IDs, an operation of openapi.yaml, and a folder named after that operation's tag.
// Every problem is `file#/pointer: reason`.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parseYaml, pointer } from '../../../../scripts/spec-check/load.mjs';

const read = (name) => JSON.parse(readFileSync(new URL(name, import.meta.url), 'utf8'));
const contractSchema = read('../../lib/contract.schema.json');
const scenarioSchema = read('../scenario.schema.json');

/**
 * @param {string} file the scenarios file (shown in problems as given)
 * @param {{operation: (id: string) => {op: object} | undefined}} checker from createContractChecker
 * @returns {{scenarios: object[], problems: string[]}}
 */
export function loadScenarios(file, checker) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { scenarios: [], problems: [`${file}: cannot read the file (${error.code ?? error.message})`] };
  }
  const { value, error } = parseYaml(text);
  if (error) return { scenarios: [], problems: [`${file}:${error.line ?? '?'}: YAML syntax error: ${error.message}`] };
  return checkScenarios(value, file, checker);
}

/** The checks of loadScenarios on already-parsed scenarios. */
export function checkScenarios(list, file, checker) {
  const problems = [];
  const report = (segments, message) => problems.push(`${file}${pointer(segments)}: ${message}`);
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(contractSchema);
  const validate = ajv.compile(scenarioSchema);
  if (!validate(list)) {
    for (const e of validate.errors) {
      const extra = e.keyword === 'additionalProperties' ? ` ('${e.params.additionalProperty}')` : e.keyword === 'enum' ? ` (${e.params.allowedValues.join(', ')})` : '';
      report(e.instancePath.split('/').slice(1), `${e.message}${extra} (scenario format)`);
    }
    return { scenarios: [], problems };
  }
  const seen = new Map();
  list.forEach((scenario, i) => {
    if (seen.has(scenario.id)) report([i, 'id'], `'${scenario.id}' is also the ID of scenario ${seen.get(scenario.id)}`);
    else seen.set(scenario.id, i);
    const target = checker.operation(scenario.operation);
    if (!target) return report([i, 'operation'], `no operation '${scenario.operation}' in openapi.yaml`);
    const tag = target.op.tags?.[0];
    const folder = scenario.id.split('/')[0];
    if (tag && folder !== tag) report([i, 'id'], `the contract of ${scenario.operation} belongs in the folder of its tag: '${tag}/...', not '${folder}/...'`);
    if (scenario.input?.wait !== undefined) {
      report([i, 'input', 'wait'], 'spec mode answers every poll alike, so waiter contracts (call: wait) are written by hand');
    }
  });
  return { scenarios: problems.length ? [] : list, problems };
}
