// An independent check of the mock's answers: the repository's own spec validator
// (scripts/spec-check, the one the contract loader uses), not the mock's compiled validators.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const specCheck = path.resolve(here, '..', '..', '..', '..', 'scripts', 'spec-check');

/** `check(method, path, status, contentType, body)` → list of problems ([] when the spec allows it). */
export async function createSpecOracle(specFile) {
  const { loadSpec, operationMatcher, resolve } = await import(path.join(specCheck, 'load.mjs'));
  const { createValidator } = await import(path.join(specCheck, 'validator.mjs'));
  const spec = await loadSpec(specFile);
  const match = operationMatcher(spec);
  const validator = createValidator(spec);
  return function check(method, urlPath, status, contentType, body) {
    const route = match(method, urlPath);
    if (!route) return [`${method} ${urlPath} is no operation`];
    const documented = route.op.responses?.[String(status)] ?? route.op.responses?.default;
    if (!documented) return [`${route.op.operationId} documents no ${status}`];
    const resolved = resolve(spec, documented);
    if (body === undefined) return [];
    const type = Object.keys(resolved.content ?? {}).find((t) => t === (contentType ?? '').split(';')[0]);
    if (!type) return [`${route.op.operationId} ${status} has no ${contentType} body`];
    if (!type.endsWith('json')) return [];
    const base = documented.$ref ? documented.$ref.slice(2).split('/') : [...route.at, 'responses', String(status)];
    return validator.validate([...base, 'content', type, 'schema'], body).map((e) => `${route.op.operationId} ${status}: ${e}`);
  };
}

/** Validates one SSE event's data against the JSON pointer of its x-event-schema. */
export async function createEventOracle(specFile, ref) {
  const { loadSpec } = await import(path.join(specCheck, 'load.mjs'));
  const { createValidator } = await import(path.join(specCheck, 'validator.mjs'));
  const validator = createValidator(await loadSpec(specFile));
  return (data) => validator.validate(ref.slice(2).split('/'), data);
}
