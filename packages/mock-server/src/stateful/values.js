import { deref } from '../spec/operations.js';

const ID_CHARS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base32, as the examples' ULIDs

/** A new ID shaped like `sample` (`tpl_01JD5…` → `tpl_` + as many seeded characters). */
export function newId(sample, random) {
  const text = typeof sample === 'string' ? sample : '';
  let shape = idShapes.get(text);
  if (shape === undefined) {
    const m = /^([A-Za-z]+_)?(.*)$/.exec(text);
    const prefix = [...(m[1] ?? 'id_')].map((ch) => ch.charCodeAt(0));
    const length = Math.min(Math.max(m[2].length, 12), 40);
    // `codes`: the prefix's character codes, then room for the generated ones (refilled per ID).
    shape = { from: prefix.length, codes: prefix.concat(new Array(length).fill(0)) };
    if (idShapes.size < 1000) idShapes.set(text, shape);
  }
  // One flat string (prefix and characters together), not a concatenation V8 flattens later.
  const { from, codes } = shape;
  for (let i = from; i < codes.length; i++) codes[i] = ID_CODES[Math.floor(random() * ID_CODES.length)];
  return String.fromCharCode.apply(null, codes);
}
const idShapes = new Map(); // sample ID -> its prefix's character codes and length (the samples are a few examples)
const ID_CODES = [...ID_CHARS].map((ch) => ch.charCodeAt(0));

/**
 * A strong ETag for one version of a record: `"v<version>-<tag>"` (fits `^(W/)?"[^"]{1,126}"$`),
 * `tag` unique to the record (a 32-bit FNV-1a hash of its ID, as 8 hex digits), so no two
 * resources or versions share one without hashing the value on every write. Not a crypto hash:
 * an ETag only has to tell versions apart, and this runs on every create.
 */
export function etagOf(id, version) {
  const text = String(id);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `"v${version}-${HEX[h >>> 24]}${HEX[(h >>> 16) & 255]}${HEX[(h >>> 8) & 255]}${HEX[h & 255]}"`;
}
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0')); // byte -> two hex digits

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

/**
 * A deep copy of plain JSON data (parsed bodies, examples): a walk, several times faster than
 * JSON.parse(JSON.stringify()) or structuredClone for the small objects of a create. Keys are
 * defined, not assigned, so a `__proto__` field stays a field.
 */
export function copyJson(value) {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copyJson(value[i]);
    return out;
  }
  const out = {};
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (key === '__proto__') Object.defineProperty(out, key, { value: copyJson(v), enumerable: true, writable: true, configurable: true });
    else out[key] = v === null || typeof v !== 'object' ? v : copyJson(v);
  }
  return out;
}

/** A fresh copy of an example used on every create (callers change the copy, never the example). */
export function copyTemplate(template) {
  return copyJson(template);
}

/**
 * Copies the request's fields into the documented answer: a field the answer has at the top
 * level is set there, else inside the first object field that has it (`prompt` → `params.prompt`
 * of a job). Fields the answer does not have are dropped, so the result keeps the answer's shape.
 * The request's values are taken over as they are, not copied: a parsed request body belongs to
 * its request alone, and stored values are never changed in place (each change makes a new
 * object). The example's values are copied.
 */
export function mergeInto(template, fields) {
  if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return copyTemplate(template);
  // One pass over the answer's fields: a field the request sets is taken from the request,
  // the others copied from the example (a create runs this, so the example is not copied twice).
  // A spread has the example's shape at once (and keeps a `__proto__` field a field); each
  // field is then set in place.
  const out = { ...template };
  let nestedWanted = false;
  for (const key in fields) if (Object.hasOwn(fields, key) && !Object.hasOwn(template, key)) nestedWanted = true;
  for (const key in template) {
    if (!Object.hasOwn(template, key)) continue;
    if (Object.hasOwn(fields, key)) out[key] = fields[key];
    else {
      const v = template[key];
      if (v !== null && typeof v === 'object') out[key] = copyJson(v);
    }
  }
  if (!nestedWanted) return out;
  for (const key of Object.keys(fields)) {
    if (Object.hasOwn(out, key)) continue;
    const at = Object.keys(out).find((k) => out[k] && typeof out[k] === 'object' && !Array.isArray(out[k]) && Object.hasOwn(out[k], key));
    if (at === undefined) continue;
    // A value taken from the request stays as it was sent: one to change is copied first.
    if (out[at] === fields[at]) out[at] = copyJson(out[at]);
    out[at][key] = fields[key];
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
