import { componentId, toJsonSchema } from './to-json-schema.js';

/**
 * The check of an answer object built from a validated request body, split where that gives
 * the same verdict as the whole schema: an object schema made only of `properties`, `required`,
 * `additionalProperties` (and key counts) holds exactly when the object-level keywords hold and
 * every property's value matches its own schema. A property whose value is the very value (`===`)
 * the request body had, checked against a request schema identical to the answer's for that
 * property (same converted JSON Schema; component `$ref`s to components that convert alike in
 * both directions), already matched it, so it is not checked again. The rest of the properties
 * are checked one by one; a string, number, boolean or null value that equals the one checked
 * last for that property gets the same verdict (a schema check is a pure function of the value).
 *
 * Answers true only when the whole schema would; false when it would not, or when the schema or
 * the request schema cannot be split: the caller then runs the whole check for its violations.
 *
 * @param {object} doc the OpenAPI document
 * @param {import('ajv').default} ajv the strict instance both bodies are checked with
 */
export function createSplitChecks(doc, ajv) {
  const sameComponent = new Map(); // component name -> converts alike in both directions
  const components = doc.components?.schemas ?? {};

  function componentAlike(name) {
    let same = sameComponent.get(name);
    if (same === undefined) {
      if (!Object.hasOwn(components, name)) return false;
      sameComponent.set(name, true); // a recursive reference assumes what it is proving
      same = sameSchema(toJsonSchema(components[name], doc, 'request'), toJsonSchema(components[name], doc, 'response'), componentAlike);
      sameComponent.set(name, same);
    }
    return same;
  }

  /**
   * A split check of `responseSchema` (OpenAPI) for objects built from a body validated against
   * `requestSchema`, or null when it cannot be split. `check(value, body)` → boolean.
   */
  function compile(responseSchema, requestSchema) {
    const answer = topObject(toJsonSchema(responseSchema, doc, 'response'), 'response');
    const request = topObject(toJsonSchema(requestSchema, doc, 'request'), 'request');
    if (answer === null || request === null || !isSplittable(answer) || !isPlainObject(request.properties)) return null;
    const props = answer.properties ?? {};
    const names = Object.keys(props);
    const residual = ajv.compile({ ...answer, properties: Object.fromEntries(names.map((n) => [n, true])) });
    const checks = names.map((name) => ({
      name,
      trusted: Object.hasOwn(request.properties, name) && sameSchema(request.properties[name], props[name], componentAlike),
      schema: props[name],
      fn: null,
      last: undefined,
      lastOk: false,
    }));
    return function check(value, body) {
      if (value === null || typeof value !== 'object' || Array.isArray(value) || !residual(value)) return false;
      const fromBody = body !== null && typeof body === 'object' && !Array.isArray(body) ? body : null;
      // As ajv reads `properties`: each declared name, skipped when its value is undefined.
      for (let i = 0; i < checks.length; i++) {
        const p = checks[i];
        const v = value[p.name];
        if (v === undefined) continue;
        if (p.trusted && fromBody !== null && Object.hasOwn(fromBody, p.name) && fromBody[p.name] === v) continue;
        const primitive = v === null || typeof v !== 'object';
        if (primitive && p.fn !== null && p.last === v) {
          if (!p.lastOk) return false;
          continue;
        }
        if (p.fn === null) p.fn = ajv.compile(p.schema);
        const ok = p.fn(v);
        if (primitive) {
          p.last = v;
          p.lastOk = ok;
        }
        if (!ok) return false;
      }
      return true;
    };
  }

  // The object schema itself: a component reference followed once (as ajv does).
  function topObject(schema, direction) {
    if (!isPlainObject(schema)) return null;
    if (typeof schema.$ref !== 'string') return schema;
    const name = componentName(schema.$ref, direction);
    return name === null || !Object.hasOwn(components, name) ? null : toJsonSchema(components[name], doc, direction);
  }

  return { compile };
}

// Keywords whose verdict depends only on the object's keys (and, for additionalProperties, on
// the values of undeclared keys, which `residual` checks), plus annotations.
const SPLITTABLE = new Set(['type', 'properties', 'required', 'additionalProperties', 'minProperties', 'maxProperties', 'propertyNames', ...annotationKeywords()]);

function isSplittable(schema) {
  if (schema.type !== 'object' || (schema.properties !== undefined && !isPlainObject(schema.properties))) return false;
  for (const key of Object.keys(schema)) if (!SPLITTABLE.has(key)) return false;
  return true;
}

// ajv's metadata vocabulary: it changes no verdict (no useDefaults, no coercion on the strict instance).
function annotationKeywords() {
  return ['title', 'description', 'default', 'examples', 'deprecated', 'readOnly', 'writeOnly', '$comment'];
}
const ANNOTATIONS = new Set(annotationKeywords());

// Keywords whose value is a schema, a list of schemas, or a map of names to schemas.
const SUBSCHEMA = new Set(['items', 'additionalItems', 'additionalProperties', 'not', 'contains', 'propertyNames', 'if', 'then', 'else']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependencies']);

/**
 * Do `a` (request direction) and `b` (response direction) accept the same values? Compared as
 * converted JSON Schemas, annotations aside; `$ref`s must name the same component and that
 * component must convert alike in both directions (`componentAlike`). Anything unusual ($id,
 * other references) is "not the same", which only means the value is checked again.
 */
export function sameSchema(a, b, componentAlike) {
  if (a === b && (a === true || a === false)) return true;
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  if ('$id' in a || '$id' in b || '$schema' in a || '$schema' in b) return false;
  if (typeof a.$ref === 'string' || typeof b.$ref === 'string') {
    if (typeof a.$ref !== 'string' || typeof b.$ref !== 'string') return false;
    const ra = splitRef(a.$ref, 'request');
    const rb = splitRef(b.$ref, 'response');
    if (ra === null || rb === null || ra.name !== rb.name || ra.fragment !== rb.fragment || !componentAlike(ra.name)) return false;
    // ajv applies a $ref's siblings too: they must match as well.
    return sameKeywords(withoutRef(a), withoutRef(b), componentAlike);
  }
  return sameKeywords(a, b, componentAlike);
}

function sameKeywords(a, b, componentAlike) {
  const ka = Object.keys(a).filter((k) => !ANNOTATIONS.has(k));
  const kb = Object.keys(b).filter((k) => !ANNOTATIONS.has(k));
  if (ka.length !== kb.length) return false;
  for (const key of ka) {
    if (!Object.hasOwn(b, key)) return false;
    const x = a[key];
    const y = b[key];
    if (SUBSCHEMA.has(key)) {
      if (!sameSchemaOrList(x, y, componentAlike)) return false;
    } else if (SCHEMA_LISTS.has(key)) {
      if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length || !x.every((s, i) => sameSchema(s, y[i], componentAlike))) return false;
    } else if (SCHEMA_MAPS.has(key)) {
      if (!isPlainObject(x) || !isPlainObject(y)) return false;
      const names = Object.keys(x);
      if (names.length !== Object.keys(y).length) return false;
      for (const n of names) {
        if (!Object.hasOwn(y, n)) return false;
        // `dependencies` maps to a schema or to a list of property names.
        if (key === 'dependencies' && Array.isArray(x[n])) {
          if (!sameJson(x[n], y[n])) return false;
        } else if (!sameSchema(x[n], y[n], componentAlike)) return false;
      }
    } else if (!sameJson(x, y)) return false;
  }
  return true;
}

function sameSchemaOrList(x, y, componentAlike) {
  if (Array.isArray(x) || Array.isArray(y)) {
    return Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((s, i) => sameSchema(s, y[i], componentAlike));
  }
  return sameSchema(x, y, componentAlike);
}

function withoutRef(schema) {
  const { $ref, ...rest } = schema;
  return rest;
}

function splitRef(ref, direction) {
  const prefix = componentId(direction, '');
  if (!ref.startsWith(prefix)) return null;
  const hash = ref.indexOf('#');
  const encoded = hash === -1 ? ref.slice(prefix.length) : ref.slice(prefix.length, hash);
  return { name: decodeURIComponent(encoded), fragment: hash === -1 ? '' : ref.slice(hash) };
}

function componentName(ref, direction) {
  const r = splitRef(ref, direction);
  return r === null || r.fragment !== '' ? null : r.name;
}

function sameJson(x, y) {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  const kx = Object.keys(x);
  if (kx.length !== Object.keys(y).length) return false;
  return kx.every((k) => Object.hasOwn(y, k) && sameJson(x[k], y[k]));
}

function isPlainObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
