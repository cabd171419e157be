// How the check sees a REST schema: its properties with their `required`-ness, allOf merged and
// a oneOf's branches folded into one view (a GraphQL interface or a flattened input type stands
// for all of them).
import { resolve } from '../../scripts/spec-check/load.mjs';

const SCHEMAS = '#/components/schemas/';

/** The component name a `$ref` names (`#/components/schemas/Job` → `Job`), else null. */
export function refName(node) {
  return typeof node?.$ref === 'string' && node.$ref.startsWith(SCHEMAS) ? node.$ref.slice(SCHEMAS.length) : null;
}

/** Is a (possibly referenced) schema nullable? A `$ref` to a `nullable: true` schema is. */
export function isNullable(spec, node) {
  for (let current = node, hops = 0; current && hops < 32; hops++) {
    if (current.nullable === true) return true;
    if (typeof current.$ref !== 'string') return false;
    current = resolve(spec, { $ref: current.$ref });
  }
  return false;
}

/**
 * `{kind: 'object'|'oneOf', properties: Map<name, {schema, required}>, branches}` for an object
 * schema; null for anything else. In a oneOf a property is required only if every branch
 * requires it; `inAll` says whether every branch has it (an interface field must be in all), `differs` that
 * the branches give it different schemas.
 */
export function objectView(spec, schema) {
  const s = resolve(spec, schema);
  if (!s || typeof s !== 'object') return null;
  if (Array.isArray(s.oneOf)) {
    const branches = s.oneOf.map((b) => ({ name: refName(b), view: objectView(spec, b) })).filter((b) => b.view !== null);
    const properties = new Map();
    for (const { view } of branches) {
      for (const [name, prop] of view.properties) {
        const prev = properties.get(name);
        if (!prev) properties.set(name, { schemas: [prop.schema], required: prop.required, count: 1 });
        else {
          prev.schemas.push(prop.schema);
          prev.required &&= prop.required;
          prev.count++;
        }
      }
    }
    const out = new Map();
    for (const [name, p] of properties) {
      const inAll = p.count === branches.length;
      const merged = mergeBranches(spec, p.schemas);
      out.set(name, { schema: merged ?? p.schemas[0], required: p.required && inAll, inAll, differs: merged === null });
    }
    return { kind: 'oneOf', properties: out, branches, discriminator: s.discriminator ?? null };
  }
  const properties = new Map();
  const required = new Set(s.required ?? []);
  for (const part of s.allOf ?? []) {
    const view = objectView(spec, part);
    if (view) for (const [name, prop] of view.properties) properties.set(name, prop);
    for (const r of resolve(spec, part)?.required ?? []) required.add(r);
  }
  for (const [name, prop] of Object.entries(s.properties ?? {})) properties.set(name, { schema: prop, required: false, inAll: true });
  if (properties.size === 0 && s.type !== 'object') return null;
  for (const [name, prop] of properties) prop.required = required.has(name);
  return { kind: 'object', properties, branches: [], discriminator: null };
}

// The same property in several branches: one schema, its enums united (a discriminator such as
// `provider` is `[aws_s3]` in one branch and `[gcs]` in another); null when the branches give it
// different schemas (ImageJob.params is an ImageJobRequest, VideoJob.params a VideoJobRequest).
function mergeBranches(spec, schemas) {
  if (schemas.length === 1) return schemas[0];
  const resolved = schemas.map((s) => resolve(spec, s));
  if (resolved.every((r) => Array.isArray(r?.enum))) {
    return { ...resolved[0], enum: [...new Set(resolved.flatMap((r) => r.enum))] };
  }
  const first = JSON.stringify(shape(schemas[0]));
  return schemas.every((s) => JSON.stringify(shape(s)) === first) ? schemas[0] : null;
}

// What a GraphQL type can tell apart: limits such as maxItems and descriptions do not count.
function shape(node) {
  if (!node || typeof node !== 'object') return null;
  if (typeof node.$ref === 'string') return { ref: node.$ref };
  return { type: node.type, format: node.format, nullable: node.nullable === true, enum: node.enum, items: shape(node.items) };
}

/**
 * For every component that is a branch of a discriminated oneOf: `{property, values}`, the values
 * its discriminator property takes across the whole union (`ImageJob.type` → image, video), which
 * is what a GraphQL enum shared by the interface's implementations must hold.
 */
export function discriminatorValues(spec) {
  const out = new Map();
  for (const schema of Object.values(spec.components?.schemas ?? {})) {
    const d = schema?.discriminator;
    if (!d?.propertyName || !Array.isArray(schema.oneOf)) continue;
    const values = Object.keys(d.mapping ?? {});
    for (const branch of schema.oneOf) {
      const name = refName(branch);
      if (name) out.set(name, { property: d.propertyName, values });
    }
  }
  return out;
}
