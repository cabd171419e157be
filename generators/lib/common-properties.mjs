// `x-common-properties`: what every variant of a polymorphic schema has, so a Java, C# or Python
// template can give the base type (a oneOf interface, a discriminator base) getters for it.
// Mustache cannot intersect property lists across `$ref`s; this module does it once.
import { resolvePointer } from './json-pointer.mjs';
import { isObject, walkDocument } from './schema-walk.mjs';

// Keys that document a schema without changing the values or the type it stands for.
const DOC_ONLY = new Set(['description', 'title', 'example', 'examples', 'externalDocs', 'deprecated', 'xml']);

/**
 * Adds `x-common-properties: [{name, required, schema, model}]` to each schema with `oneOf` or
 * `anyOf` and to each component schema with a `discriminator` but neither (its variants: the
 * mapping's targets, else the component schemas whose `allOf` refers to it). Listed: the
 * properties every variant has (its own and its `allOf` members'), each with one schema in all
 * of them up to documentation (`description`, `example`, …); `required` whether every variant
 * requires it; `schema` that schema as the first variant writes it; `model` the component it
 * refers to (`Owner`), or null. Order: the first variant's. A schema whose variants share
 * nothing, or one of which is not an object, gets none.
 * Returns whether anything was added.
 */
export function addCommonProperties(doc) {
  let added = false;
  walkDocument(doc, {
    onSchema(schema, at) {
      if (typeof schema.$ref === 'string') return;
      const variants = variantsOf(doc, schema, at);
      if (!variants) return;
      const common = commonProperties(doc, variants);
      if (!common.length) return;
      if (JSON.stringify(schema['x-common-properties']) !== JSON.stringify(common)) {
        schema['x-common-properties'] = common;
        added = true;
      }
    },
  });
  return added;
}

function variantsOf(doc, schema, at) {
  for (const list of ['oneOf', 'anyOf']) if (Array.isArray(schema[list]) && schema[list].length) return schema[list];
  const name = /^\/components\/schemas\/([^/]+)$/.exec(at)?.[1];
  if (!isObject(schema.discriminator) || name === undefined) return null;
  const mapping = Object.values(schema.discriminator.mapping ?? {}).filter((v) => typeof v === 'string');
  if (mapping.length) return mapping.map((v) => ({ $ref: v.startsWith('#') ? v : `#/components/schemas/${v}` }));
  const ref = `#/components/schemas/${name}`;
  const children = Object.entries(doc.components.schemas)
    .filter(([, s]) => Array.isArray(s?.allOf) && s.allOf.some((m) => m?.$ref === ref))
    .map(([child]) => ({ $ref: `#/components/schemas/${child.replaceAll('~', '~0').replaceAll('/', '~1')}` }));
  return children.length ? children : null;
}

/** The common properties of `variants` (see addCommonProperties). */
export function commonProperties(doc, variants) {
  const shapes = variants.map((v) => objectShape(doc, v, new Set()));
  if (shapes.some((s) => s === null)) return [];
  const [first, ...rest] = shapes;
  const common = [];
  for (const [name, schema] of first.properties) {
    const key = canonical(schema);
    if (!rest.every((s) => s.properties.has(name) && canonical(s.properties.get(name)) === key)) continue;
    const ref = typeof schema.$ref === 'string' ? schema.$ref : undefined;
    const model = ref ? /^#\/components\/schemas\/([^/]+)$/.exec(ref)?.[1]?.replaceAll('~1', '/').replaceAll('~0', '~') ?? null : null;
    common.push({ name, required: shapes.every((s) => s.required.has(name)), schema: structuredClone(schema), model });
  }
  return common;
}

/**
 * {properties: Map name → schema, required: Set} of an object schema with its `allOf` members,
 * following `$ref`s (each once); null when it is not an object schema.
 */
function objectShape(doc, node, seen) {
  let schema = node;
  while (isObject(schema) && typeof schema.$ref === 'string') {
    if (seen.has(schema.$ref)) return { properties: new Map(), required: new Set() };
    seen.add(schema.$ref);
    schema = resolvePointer(doc, schema.$ref);
  }
  if (!isObject(schema)) return null;
  if (schema.type !== undefined && schema.type !== 'object') return null;
  const properties = new Map();
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  for (const member of Array.isArray(schema.allOf) ? schema.allOf : []) {
    const shape = objectShape(doc, member, seen);
    if (!shape) continue;
    for (const [n, s] of shape.properties) if (!properties.has(n)) properties.set(n, s);
    for (const r of shape.required) required.add(r);
  }
  for (const [n, s] of Object.entries(isObject(schema.properties) ? schema.properties : {})) properties.set(n, s);
  return { properties, required };
}

/** A schema as JSON with sorted keys and without documentation, to compare two for sameness. */
function canonical(schema) {
  const strip = (v) => {
    if (Array.isArray(v)) return v.map(strip);
    if (!isObject(v)) return v;
    return Object.fromEntries(
      Object.keys(v)
        .filter((k) => !DOC_ONLY.has(k) && !k.startsWith('x-'))
        .sort()
        .map((k) => [k, k === 'properties' && isObject(v[k]) ? Object.fromEntries(Object.keys(v[k]).sort().map((p) => [p, strip(v[k][p])])) : strip(v[k])]),
    );
  };
  return JSON.stringify(strip(schema));
}
