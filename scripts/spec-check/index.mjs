// Checks an OpenAPI document beyond what the linter does: examples against schemas, the API's
// conventions and its vendor extensions. Each problem names the file, a JSON pointer and why.
import path from 'node:path';
import { loadSpec, pointer } from './load.mjs';
import { createValidator } from './validator.mjs';
import { checkExamples } from './examples.mjs';
import { checkConventions } from './conventions.mjs';
import { checkExtensions } from './extensions.mjs';

export { SpecLoadError } from './load.mjs';

const PROJECT_SPEC = new URL('../../openapi.yaml', import.meta.url).pathname;

/**
 * @param {{requireSdkMethod?: boolean}} options requireSdkMethod: every operation must carry
 *   x-sdk-method; by default only for this project's openapi.yaml (other documents may leave
 *   names to the naming rule, generators/lib/sdk-names.mjs)
 * @returns {{problems: {file, pointer, message}[], counts: {operations, examples, extensions}}}
 */
export async function checkSpec(file, { requireSdkMethod = path.resolve(file) === PROJECT_SPEC } = {}) {
  const spec = await loadSpec(file);
  const problems = [];
  const report = (segments, message) => problems.push({ file, pointer: pointer(segments), message });
  if (spec.openapi !== '3.0.3') report(['openapi'], `expected OpenAPI 3.0.3, found ${JSON.stringify(spec.openapi)}`);
  const operations = checkConventions(spec, report);
  const extensions = checkExtensions(spec, report, { requireSdkMethod });
  let examples = 0;
  try {
    examples = checkExamples(spec, file, createValidator(spec), report);
  } catch (err) {
    // Ajv throws when a schema itself is broken (a bad regex, a dangling $ref): say which.
    report([], `a schema cannot be compiled: ${err.message}`);
  }
  return { problems, counts: { operations, examples, extensions } };
}

export function formatProblem({ file, pointer: at, message }) {
  return `${file}${at}: ${message}`;
}
