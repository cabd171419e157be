// Turns OpenAPI 3.0 schema objects into zod/mini expressions. The mapping is chosen so that
// z.infer of each result equals what openapi-typescript (options in openapi-types.mjs) emits;
// test/types/schemas.test-d.ts proves it. Unsupported constructs fail with their JSON pointer.
import { SpecError, pointer } from './spec.mjs';

/** Format checks done with one regex each (see stringExpr). */
export const FORMAT_REGEX = {
  'date-time': String.raw`/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/`,
  date: String.raw`/^\d{4}-\d{2}-\d{2}$/`,
  uri: String.raw`/^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/`,
  // zod's own z.email() pattern (zod/v4/core/regexes.js), without its string-format class.
  email: String.raw`/^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/`,
};

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const COMPONENT_PREFIX = '#/components/schemas/';

function key(name) {
  return IDENT.test(name) ? name : JSON.stringify(name);
}

function checks(base, list) {
  return list.length ? `${base}.check(${list.join(', ')})` : base;
}

function regexLiteral(pattern, at) {
  try {
    return `/${new RegExp(pattern).source}/`;
  } catch (error) {
    throw new SpecError(at + '/pattern', `invalid regular expression: ${error.message}`);
  }
}

function stringExpr(s, at) {
  const list = [];
  if (s.minLength !== undefined) list.push(`z.minLength(${s.minLength})`);
  if (s.maxLength !== undefined) list.push(`z.maxLength(${s.maxLength})`);
  if (s.pattern !== undefined) list.push(`z.regex(${regexLiteral(s.pattern, at)})`);
  // date, date-time, uri and email use a regex check instead of z.iso.*/z.url()/z.email(): the
  // same rule (RFC 3339 / RFC 3986 absolute URI / zod's email) for ~1 KB less bundle, which keeps
  // the client in budget.
  const formatRegex = FORMAT_REGEX[s.format];
  if (formatRegex) list.unshift(`z.regex(${formatRegex})`);
  const base = { uuid: 'z.guid()', ipv4: 'z.ipv4()', ipv6: 'z.ipv6()' }[s.format] ?? 'z.string()';
  return checks(base, list);
}

function numberExpr(s) {
  // An integer is z.number() with multipleOf(1) rather than z.int(): the same rule for JSON
  // numbers (z.int() only also rejects integers beyond 2^53, which JSON.parse has already
  // rounded) for ~0.4 KB less bundle, which keeps the client in budget.
  const list = s.type === 'integer' ? ['z.multipleOf(1)'] : [];
  if (s.minimum !== undefined) list.push(`${s.exclusiveMinimum === true ? 'z.gt' : 'z.gte'}(${s.minimum})`);
  if (s.maximum !== undefined) list.push(`${s.exclusiveMaximum === true ? 'z.lt' : 'z.lte'}(${s.maximum})`);
  if (s.multipleOf !== undefined) list.push(`z.multipleOf(${s.multipleOf})`);
  return checks('z.number()', list);
}

function enumExpr(s, at) {
  const values = s.enum.filter((v) => v !== null);
  if (values.length === 0) throw new SpecError(at + '/enum', 'enum has no non-null values');
  if (values.every((v) => typeof v === 'string')) return `z.enum(${JSON.stringify(values)})`;
  if (values.every((v) => ['string', 'number', 'boolean'].includes(typeof v))) {
    const literals = values.map((v) => `z.literal(${JSON.stringify(v)})`);
    return literals.length === 1 ? literals[0] : `z.union([${literals.join(', ')}])`;
  }
  throw new SpecError(at + '/enum', 'only string, number and boolean enum values are supported');
}

function objectExpr(s, at, ctx, indent) {
  const props = Object.entries(s.properties ?? {});
  const required = new Set(s.required ?? []);
  for (const name of required) {
    if (!s.properties?.[name]) throw new SpecError(at + '/required', `'${name}' is required but not declared in properties`);
  }
  const extra = s.additionalProperties;
  if (props.length === 0) {
    // openapi-typescript (emptyObjectsUnknown) emits Record<string, unknown> for a bare object.
    const value = extra && typeof extra === 'object' && Object.keys(extra).length ? schemaExpr(extra, at + '/additionalProperties', ctx, indent) : 'z.unknown()';
    return `z.record(z.string(), ${value})`;
  }
  if (extra && !(typeof extra === 'object' && Object.keys(extra).length === 0) && extra !== true) {
    throw new SpecError(at + '/additionalProperties', 'typed additionalProperties next to properties are not supported');
  }
  const inner = indent + '  ';
  const lines = props.map(([name, prop]) => {
    const expr = schemaExpr(prop, at + pointer('properties', name), ctx, inner);
    const doc = prop.description && !prop.$ref ? `${inner}/** ${oneLine(prop.description)} */\n` : '';
    return `${doc}${inner}${key(name)}: ${required.has(name) ? expr : `z.optional(${expr})`},`;
  });
  const factory = extra === true || (extra && typeof extra === 'object') ? 'z.looseObject' : 'z.object';
  return `${factory}({\n${lines.join('\n')}\n${indent}})`;
}

function arrayExpr(s, at, ctx, indent) {
  if (!s.items) throw new SpecError(at, 'array schema needs items');
  const list = [];
  if (s.minItems !== undefined) list.push(`z.minLength(${s.minItems})`);
  if (s.maxItems !== undefined) list.push(`z.maxLength(${s.maxItems})`);
  return checks(`z.array(${schemaExpr(s.items, at + '/items', ctx, indent)})`, list);
}

export function oneLine(text) {
  return String(text).replace(/\s+/g, ' ').replace(/\*\//g, '*\\/').trim();
}

/** The zod/mini expression for one schema object. */
export function schemaExpr(s, at, ctx, indent = '') {
  if (s === true || (s && typeof s === 'object' && Object.keys(s).length === 0)) return 'z.unknown()';
  if (!s || typeof s !== 'object') throw new SpecError(at, 'expected a schema object');
  if (s.$ref) return ctx.ref(s.$ref, at);
  let expr;
  if (s.allOf) {
    if (s.properties || s.oneOf || s.anyOf) throw new SpecError(at, 'allOf next to properties/oneOf/anyOf is not supported');
    if (s.required) throw new SpecError(at + '/required', 'required next to allOf is not supported; put it in the allOf member');
    // Object members merge into one z.object spreading the base's `.shape` (the inferred type of
    // z.extend, without the 0.3 KB min+gzip of zod's extend helpers, which nothing else needs);
    // anything else, or anything after it, falls back to z.intersection.
    const [first, ...rest] = s.allOf;
    expr = schemaExpr(first, at + pointer('allOf', 0), ctx, indent);
    let plainObject = ctx.resolveObject(first);
    rest.forEach((part, i) => {
      const partAt = at + pointer('allOf', i + 1);
      plainObject &&= !part.$ref && part.type === 'object' && part.properties && !part.additionalProperties;
      if (plainObject) {
        expr = objectExpr(part, partAt, ctx, indent).replace(/^z\.object\(\{\n/, `z.object({\n${indent}  ...${expr}.shape,\n`);
      } else {
        expr = `z.intersection(${expr}, ${schemaExpr(part, partAt, ctx, indent)})`;
      }
    });
  } else if (s.oneOf || s.anyOf) {
    const kind = s.oneOf ? 'oneOf' : 'anyOf';
    if (s.properties) throw new SpecError(at, `${kind} next to properties is not supported`);
    const parts = s[kind].map((part, i) => schemaExpr(part, at + pointer(kind, i), ctx, indent));
    const prop = s.discriminator?.propertyName;
    expr = prop && s[kind].every((p) => p.$ref) ? `z.discriminatedUnion(${JSON.stringify(prop)}, [${parts.join(', ')}])` : `z.union([${parts.join(', ')}])`;
  } else if (s.enum) {
    expr = enumExpr(s, at);
  } else {
    switch (s.type) {
      case 'string':
        expr = stringExpr(s, at);
        break;
      case 'integer':
      case 'number':
        expr = numberExpr(s);
        break;
      case 'boolean':
        expr = 'z.boolean()';
        break;
      case 'array':
        expr = arrayExpr(s, at, ctx, indent);
        break;
      case 'object':
        expr = objectExpr(s, at, ctx, indent);
        break;
      case undefined:
        if (s.properties) {
          expr = objectExpr(s, at, ctx, indent);
          break;
        }
        return 'z.unknown()';
      default:
        throw new SpecError(at + '/type', `unsupported type ${JSON.stringify(s.type)}`);
    }
  }
  return s.nullable ? `z.nullable(${expr})` : expr;
}

/** Component schemas in dependency order (a schema after everything it references). */
export function orderComponents(doc) {
  const schemas = doc.components?.schemas ?? {};
  const deps = new Map();
  for (const [name, schema] of Object.entries(schemas)) {
    if (!IDENT.test(name)) throw new SpecError(pointer('components', 'schemas', name), 'schema name must be a valid identifier');
    const found = new Set();
    const walk = (node) => {
      if (!node || typeof node !== 'object') return;
      if (typeof node.$ref === 'string' && node.$ref.startsWith(COMPONENT_PREFIX)) found.add(node.$ref.slice(COMPONENT_PREFIX.length));
      for (const value of Object.values(node)) walk(value);
    };
    walk(schema);
    deps.set(name, found);
  }
  const order = [];
  const state = new Map();
  const visit = (name, trail) => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'active') {
      throw new SpecError(pointer('components', 'schemas', name), `recursive schema (${[...trail, name].join(' → ')}) is not supported by the zod generator`);
    }
    if (!schemas[name]) throw new SpecError(pointer('components', 'schemas', trail.at(-1) ?? ''), `$ref to missing schema '${name}'`);
    state.set(name, 'active');
    for (const dep of deps.get(name)) visit(dep, [...trail, name]);
    state.set(name, 'done');
    order.push(name);
  };
  for (const name of Object.keys(schemas)) visit(name, []);
  return order;
}

/** A ctx whose $refs must point at component schemas and print as their identifier. */
export function componentContext(doc, prefix = '') {
  return {
    /** True when `schema` is (a $ref to) a plain `type: object` schema, whose `.shape` an allOf spreads. */
    resolveObject(schema) {
      const target = schema.$ref ? doc.components?.schemas?.[schema.$ref.slice(COMPONENT_PREFIX.length)] : schema;
      return Boolean(target && target.type === 'object' && target.properties && !target.additionalProperties && !target.nullable && !target.allOf);
    },
    ref(ref, at) {
      if (!ref.startsWith(COMPONENT_PREFIX)) throw new SpecError(at, `schema $ref must point into #/components/schemas, got ${ref}`);
      return prefix + ref.slice(COMPONENT_PREFIX.length);
    },
  };
}

export function renderSchemasFile(doc, header) {
  const ctx = componentContext(doc);
  const out = [header, "import * as z from 'zod/mini';", ''];
  for (const name of orderComponents(doc)) {
    const schema = doc.components.schemas[name];
    const at = pointer('components', 'schemas', name);
    const description = schema.description ? oneLine(schema.description) : name;
    // The pure IIFE lets bundlers drop schemas nothing validates with (request-only ones).
    out.push(`/** ${description} */`, `export const ${name} = /* @__PURE__ */ (() => ${schemaExpr(schema, at, ctx)})();`, '');
  }
  return out.join('\n');
}
