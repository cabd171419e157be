import { createHash } from 'node:crypto';
import { deref } from '../spec/operations.js';

const ID_CHARS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base32, as the examples' ULIDs

/** A new ID shaped like `sample` (`tpl_01JD5…` → `tpl_` + as many seeded characters). */
export function newId(sample, random) {
  const m = /^([A-Za-z]+_)?(.*)$/.exec(typeof sample === 'string' ? sample : '');
  const length = Math.min(Math.max(m[2].length, 12), 40);
  let out = m[1] ?? 'id_';
  for (let i = 0; i < length; i++) out += ID_CHARS[Math.floor(random() * ID_CHARS.length)];
  return out;
}

/**
 * A strong ETag for one version of a record: `"v<version>-<tag>"` (fits `^(W/)?"[^"]{1,126}"$`),
 * `tag` unique to the record (a hash of its ID), so no two resources or versions share one
 * without hashing the value on every write.
 */
export function etagOf(id, version) {
  const tag = etagTags.get(id) ?? createHash('sha256').update(String(id)).digest('hex').slice(0, 8);
  if (etagTags.size > 100_000) etagTags.clear();
  etagTags.set(id, tag);
  return `"v${version}-${tag}"`;
}
const etagTags = new Map(); // computed at creation, reused by every later read and update

let lastSecond = -1;
let lastText = '';
/** RFC 3339 UTC, whole seconds, as the examples write it (formatted once per second). */
export function timestamp(ms) {
  const second = Math.floor(ms / 1000);
  if (second !== lastSecond) {
    lastSecond = second;
    lastText = new Date(second * 1000).toISOString().replace('.000Z', 'Z');
  }
  return lastText;
}

/** A deep copy of plain JSON data (faster than structuredClone for it). */
export function copyJson(value) {
  if (value === null || typeof value !== 'object') return value;
  return JSON.parse(JSON.stringify(value));
}

const templateTexts = new WeakMap();
/** A fresh copy of an example used on every create: parsed from its JSON text, kept per example. */
export function copyTemplate(template) {
  let text = templateTexts.get(template);
  if (text === undefined) {
    text = JSON.stringify(template);
    templateTexts.set(template, text);
  }
  return JSON.parse(text);
}

/**
 * Copies the request's fields into the documented answer: a field the answer has at the top
 * level is set there, else inside the first object field that has it (`prompt` → `params.prompt`
 * of a job). Fields the answer does not have are dropped, so the result keeps the answer's shape.
 */
export function mergeInto(template, fields) {
  const out = copyTemplate(template);
  if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return out;
  for (const [key, value] of Object.entries(fields)) {
    if (Object.hasOwn(out, key)) {
      out[key] = copyJson(value);
      continue;
    }
    const nested = Object.values(out).find((v) => v && typeof v === 'object' && !Array.isArray(v) && Object.hasOwn(v, key));
    if (nested) nested[key] = copyJson(value);
  }
  return out;
}

/** The property names a schema declares (through `$ref`, `allOf` and every `oneOf`/`anyOf` branch), or null when it declares none. */
const declaredCache = new WeakMap();

export function declaredProperties(schema, doc, seen = new Set()) {
  const s = deref(doc, schema);
  if (!s || typeof s !== 'object' || seen.has(s)) return null;
  // Asked for every item of every page: computed once per schema object.
  if (seen.size === 0 && declaredCache.has(s)) return declaredCache.get(s);
  const top = seen.size === 0;
  seen.add(s);
  const names = new Set(Object.keys(s.properties ?? {}));
  for (const part of [...(s.allOf ?? []), ...(s.oneOf ?? []), ...(s.anyOf ?? [])]) for (const n of declaredProperties(part, doc, seen) ?? []) names.add(n);
  const result = names.size ? names : null;
  if (top) declaredCache.set(s, result);
  return result;
}

/** `value` with only the properties `schema` declares: a key's `secret` is shown at creation only. */
export function projectOnto(value, schema, doc) {
  return projectNames(value, declaredProperties(schema, doc));
}

/** `value` with only the property names of `names` (null: all of them). */
export function projectNames(value, names) {
  if (names === null || !value || typeof value !== 'object' || Array.isArray(value)) return value;
  // Nearly always nothing to drop: keep the object as it is then.
  let extra = false;
  for (const k in value) if (!names.has(k)) extra = true;
  if (!extra) return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => names.has(k)));
}

/** Properties of `format: password` (secrets) anywhere at the top level of a schema. */
export function secretProperties(schema, doc) {
  const s = deref(doc, schema);
  const out = new Set();
  if (!s || typeof s !== 'object') return out;
  for (const [name, prop] of Object.entries(s.properties ?? {})) if (deref(doc, prop)?.format === 'password') out.add(name);
  for (const part of s.allOf ?? []) for (const n of secretProperties(part, doc)) out.add(n);
  return out;
}

/** The request body's settable fields with what an unsent one becomes: its default, [] or null. */
export function unsentValues(schema, doc) {
  const out = new Map();
  const visit = (node, seen = new Set()) => {
    const s = deref(doc, node);
    if (!s || typeof s !== 'object' || seen.has(s)) return;
    seen.add(s);
    for (const [name, prop] of Object.entries(s.properties ?? {})) {
      const p = deref(doc, prop) ?? {};
      out.set(name, p.default !== undefined ? p.default : p.type === 'array' ? [] : null);
    }
    for (const part of s.allOf ?? []) visit(part, seen);
  };
  visit(schema);
  return out;
}
