import { deref } from '../spec/operations.js';
import { toJsonSchema } from './to-json-schema.js';
import { toViolations } from './ajv-errors.js';
import { routeParamName } from '../http/router.js';

// OpenAPI says these header parameters are ignored: they are described elsewhere.
const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization']);

/**
 * Compiles one validator per parameter location of an operation. Each returns a (possibly
 * empty) list of violations; values are coerced from strings by the schema (ajv coerceTypes).
 */
export function compileParams(op, doc, ajv) {
  const groups = { path: [], query: [], header: [], cookie: [] };
  for (const p of op.parameters) {
    if (!groups[p.in]) continue;
    if (p.in === 'header' && IGNORED_HEADERS.has(p.name.toLowerCase())) continue;
    groups[p.in].push(p);
  }
  const out = {};
  for (const [location, params] of Object.entries(groups)) {
    out[location] = params.length ? compileGroup(location, params, doc, ajv) : null;
  }
  return out;
}

function compileGroup(location, params, doc, ajv) {
  const properties = {};
  const required = [];
  const readers = [];
  for (const p of params) {
    const key = location === 'header' ? p.name.toLowerCase() : location === 'path' ? routeParamName(p.name) : p.name;
    const schema = p.schema ?? firstContentSchema(p) ?? {};
    properties[key] = toJsonSchema(schema, doc, 'request');
    if (p.required || location === 'path') required.push(key);
    readers.push({ key, name: p.name, split: splitterFor(p, location, deref(doc, schema)) });
  }
  const validate = ajv.compile({ type: 'object', properties, required });
  const names = new Map(readers.map((r) => [r.key, r.name]));

  // `source` is a plain object keyed as in `properties`; readers copy and split values.
  return function validateGroup(source) {
    const values = {};
    for (let i = 0; i < readers.length; i++) {
      const r = readers[i];
      let v = source[r.key];
      if (v === undefined) continue;
      if (r.split !== null) v = Array.isArray(v) ? v.flatMap((x) => x.split(r.split)) : v.split(r.split);
      values[r.key] = v;
    }
    if (validate(values)) return null;
    return toViolations(validate.errors, location).map((v) => ({ ...v, name: restoreName(v.name, names) }));
  };
}

function restoreName(name, names) {
  const [first, ...rest] = name.split('/');
  return [names.get(first) ?? first, ...rest].join('/');
}

function firstContentSchema(p) {
  const media = p.content && Object.values(p.content)[0];
  return media?.schema;
}

// The delimiter of a serialised array value, or null when values arrive one per occurrence.
function splitterFor(p, location, schema) {
  if (schema?.type !== 'array') return null;
  const style = p.style ?? (location === 'query' || location === 'cookie' ? 'form' : 'simple');
  const explode = p.explode ?? style === 'form';
  if (style === 'spaceDelimited') return ' ';
  if (style === 'pipeDelimited') return '|';
  if (style === 'form' && explode) return null;
  return ',';
}
