// The vendor extensions generators read: x-pagination, x-long-running, x-event-schema and
// x-sdk-method.
import { operations, resolve } from './load.mjs';
import { IDENTIFIER, methodNameByRule } from '../../generators/lib/sdk-names.mjs';

const PAGINATION_KEYS = ['cursorParam', 'limitParam', 'itemsField', 'nextCursorField'];

/**
 * @param {{requireSdkMethod?: boolean}} options requireSdkMethod: every operation must name its
 *   SDK method (this project's openapi.yaml); otherwise names missing fall back to the rule.
 */
export function checkExtensions(spec, report, { requireSdkMethod = false } = {}) {
  const byId = new Map([...operations(spec)].map((o) => [o.op.operationId, o]));
  let count = checkSdkMethods(byId.values(), report, requireSdkMethod);
  for (const o of byId.values()) {
    const { op, at } = o;
    if ('x-pagination' in op) { count++; checkPagination(spec, o, report); }
    if ('x-long-running' in op) { count++; checkLongRunning(spec, o, byId, report); }
    // A response shaped as a list must say so, or generators cannot offer auto-pagination.
    const listSchema = successSchema(spec, op);
    if (!('x-pagination' in op) && isList(spec, listSchema)) {
      report(at, 'the response is a {data, nextCursor} list but the operation has no x-pagination');
    }
  }
  return count;
}

function successSchema(spec, op) {
  const [, response] = Object.entries(op.responses ?? {}).find(([s]) => /^2/.test(s)) ?? [];
  return resolve(spec, resolve(spec, response)?.content?.['application/json']?.schema);
}

function isList(spec, schema) {
  return resolve(spec, schema?.properties?.data)?.type === 'array' && schema?.properties && 'nextCursor' in schema.properties;
}

function checkPagination(spec, { op, at, params, method }, report) {
  const ext = op['x-pagination'];
  const eAt = [...at, 'x-pagination'];
  if (!ext || typeof ext !== 'object' || Array.isArray(ext)) return report(eAt, 'must be an object');
  for (const key of PAGINATION_KEYS) {
    if (typeof ext[key] !== 'string' || ext[key] === '') report([...eAt, key], `${key} must be a non-empty string`);
  }
  for (const key of Object.keys(ext)) if (!PAGINATION_KEYS.includes(key)) report([...eAt, key], `unknown key '${key}'`);
  if (method !== 'get') report(eAt, 'only a GET operation can be paginated');
  for (const key of ['cursorParam', 'limitParam']) {
    if (!params.some((p) => p.in === 'query' && p.name === ext[key])) report([...eAt, key], `no query parameter '${ext[key]}'`);
  }
  const schema = successSchema(spec, op);
  if (!schema) return report(eAt, 'the 2xx response has no application/json schema');
  const items = resolve(spec, schema.properties?.[ext.itemsField]);
  if (items?.type !== 'array') report([...eAt, 'itemsField'], `the response has no array property '${ext.itemsField}'`);
  const next = resolve(spec, schema.properties?.[ext.nextCursorField]);
  if (!next || next.type !== 'string' || next.nullable !== true) {
    report([...eAt, 'nextCursorField'], `the response property '${ext.nextCursorField}' must be a nullable string`);
  }
  if (!(schema.required ?? []).includes(ext.nextCursorField)) {
    report([...eAt, 'nextCursorField'], `'${ext.nextCursorField}' must be required, so the last page says null`);
  }
}

function checkLongRunning(spec, { op, at }, byId, report) {
  const ext = op['x-long-running'];
  const eAt = [...at, 'x-long-running'];
  if (!ext || typeof ext !== 'object' || Array.isArray(ext)) return report(eAt, 'must be an object');
  const allowed = ['statusField', 'terminalStates', 'pollOperation', 'eventsOperation'];
  for (const key of Object.keys(ext)) if (!allowed.includes(key)) report([...eAt, key], `unknown key '${key}'`);
  if (typeof ext.statusField !== 'string') report([...eAt, 'statusField'], 'statusField must be a string');
  if (!Array.isArray(ext.terminalStates) || ext.terminalStates.length === 0 || ext.terminalStates.some((s) => typeof s !== 'string')) {
    report([...eAt, 'terminalStates'], 'terminalStates must be a non-empty list of strings');
    return;
  }
  if (!('202' in (op.responses ?? {}))) report(eAt, 'a long-running operation answers 202');
  const poll = byId.get(ext.pollOperation);
  if (!poll) return report([...eAt, 'pollOperation'], `no operation '${ext.pollOperation}'`);
  if (poll.method !== 'get') report([...eAt, 'pollOperation'], `'${ext.pollOperation}' must be a GET`);
  if ('eventsOperation' in ext) {
    const events = byId.get(ext.eventsOperation);
    const streams = events && Object.values(events.op.responses ?? {}).some((r) => resolve(spec, r)?.content?.['text/event-stream']);
    if (!streams) report([...eAt, 'eventsOperation'], `'${ext.eventsOperation}' is not an operation answering text/event-stream`);
  }
  // The status field must exist, as an enum holding every terminal state, in what is returned
  // at first and in what is polled (for a oneOf, in every variant).
  for (const [which, schema] of [['the 202 response', successSchema(spec, op)], [`'${ext.pollOperation}'`, successSchema(spec, poll.op)]]) {
    const variants = schema?.oneOf ? schema.oneOf.map((v) => resolve(spec, v)) : [schema];
    for (const variant of variants) {
      const status = resolve(spec, variant?.properties?.[ext.statusField]);
      if (!Array.isArray(status?.enum)) {
        report([...eAt, 'statusField'], `${which} has no enum property '${ext.statusField}'`);
        continue;
      }
      const missing = ext.terminalStates.filter((s) => !status.enum.includes(s));
      if (missing.length) report([...eAt, 'terminalStates'], `${missing.join(', ')} not in the '${ext.statusField}' enum of ${which}`);
    }
  }
}

/**
 * `x-sdk-method` is the method an operation becomes on its tag's resource in every SDK
 * (`client.jobs.createImage`): a camelCase identifier, unique within the tag. Uniqueness is
 * checked on the names the SDKs will use, so a rule-made name clashing with a given one is
 * caught here rather than as two methods of one name in generated code.
 */
function checkSdkMethods(ops, report, required) {
  let count = 0;
  const taken = new Map(); // `${tag}\0${name}` -> operationId
  for (const { op, at } of ops) {
    const eAt = [...at, 'x-sdk-method'];
    const tag = Array.isArray(op.tags) ? op.tags[0] : undefined;
    let name = op['x-sdk-method'];
    if (name === undefined) {
      if (required) report(at, 'x-sdk-method is missing (the SDK method name on its tag, e.g. list)');
      if (typeof op.operationId !== 'string') continue;
      name = methodNameByRule(op.operationId, tag);
    } else {
      count++;
      if (typeof name !== 'string' || !IDENTIFIER.test(name)) {
        report(eAt, `${JSON.stringify(name)} is not a camelCase identifier (${IDENTIFIER.source})`);
        continue;
      }
    }
    const key = `${tag}\0${name}`;
    const other = taken.get(key);
    if (other !== undefined) {
      const how = op['x-sdk-method'] === undefined ? ` by the naming rule; give ${op.operationId} an x-sdk-method` : '';
      report(op['x-sdk-method'] === undefined ? at : eAt, `'${name}' is already the method of ${other} in tag '${tag}'${how}`);
    } else {
      taken.set(key, op.operationId);
    }
  }
  return count;
}
