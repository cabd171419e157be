import { getByPointer } from '../spec/json-pointer.js';

// OpenAPI 3.0 keywords that are annotations only (or not JSON Schema at all).
const DROP = new Set(['example', 'xml', 'externalDocs', 'deprecated', 'discriminator']);

/** The ajv schema id under which a component schema is registered for one direction. */
export function componentId(direction, name) {
  return `sais-mock:${direction}/${encodeURIComponent(name)}`;
}

/**
 * Converts an OpenAPI 3.0 Schema Object to JSON Schema draft-07 for ajv:
 * - `nullable: true` adds `null` to `type` (and to `enum`), or wraps type-less schemas in anyOf;
 * - boolean `exclusiveMinimum`/`exclusiveMaximum` (draft-04 style) become numbers;
 * - `discriminator` is kept (ajv's own support) only where ajv can use it, else dropped; a
 *   schema with a discriminator and no `type` is an object schema;
 * - in requests, `readOnly` properties are not required; in responses, `writeOnly` ones are not;
 * - local component `$ref`s point at the per-direction ids registered with ajv.
 */
export function toJsonSchema(schema, doc, direction) {
  return convert(schema, doc, direction);
}

function convert(schema, doc, direction) {
  if (schema === null || typeof schema !== 'object') return schema;
  if (Array.isArray(schema)) return schema.map((s) => convert(s, doc, direction));
  if (typeof schema.$ref === 'string') return { $ref: rewriteRef(schema.$ref, direction) };

  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROP.has(key) || key.startsWith('x-') || key === 'nullable') continue;
    switch (key) {
      case 'properties':
      case 'patternProperties': {
        const props = {};
        for (const [name, sub] of Object.entries(value)) props[name] = convert(sub, doc, direction);
        out[key] = props;
        break;
      }
      case 'items':
      case 'additionalProperties':
      case 'not':
        out[key] = typeof value === 'object' ? convert(value, doc, direction) : value;
        break;
      case 'allOf':
      case 'anyOf':
      case 'oneOf':
        out[key] = value.map((s) => convert(s, doc, direction));
        break;
      case 'exclusiveMinimum':
        if (value === true && typeof schema.minimum === 'number') out.exclusiveMinimum = schema.minimum;
        else if (typeof value === 'number') out.exclusiveMinimum = value;
        break;
      case 'exclusiveMaximum':
        if (value === true && typeof schema.maximum === 'number') out.exclusiveMaximum = schema.maximum;
        else if (typeof value === 'number') out.exclusiveMaximum = value;
        break;
      case 'minimum':
        if (schema.exclusiveMinimum !== true) out.minimum = value;
        break;
      case 'maximum':
        if (schema.exclusiveMaximum !== true) out.maximum = value;
        break;
      default:
        out[key] = value;
    }
  }

  if (Array.isArray(out.required) && out.properties) {
    const hidden = direction === 'request' ? 'readOnly' : 'writeOnly';
    const filtered = out.required.filter((name) => !isFlagged(schema.properties?.[name], hidden, doc));
    if (filtered.length !== out.required.length) out.required = filtered;
  }

  if (schema.discriminator && Array.isArray(schema.oneOf) && ajvCanDiscriminate(schema, doc)) {
    out.discriminator = { propertyName: schema.discriminator.propertyName };
  }
  // A discriminator only applies to objects (OpenAPI 3.0 §4.7.25), and ajv's `discriminator`
  // replaces `oneOf` and skips non-objects: without a type, `42` or `null` would pass.
  if (schema.discriminator && schema.type === undefined) out.type = 'object';

  if (schema.nullable === true) return addNull(out);
  return out;
}

function addNull(out) {
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  if (Array.isArray(out.type)) {
    if (!out.type.includes('null')) out.type = [...out.type, 'null'];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

function isFlagged(propSchema, flag, doc) {
  let s = propSchema;
  for (let i = 0; i < 20 && s && typeof s.$ref === 'string'; i++) s = getByPointer(doc, s.$ref);
  if (!s) return false;
  if (s[flag] === true) return true;
  return Array.isArray(s.allOf) && s.allOf.some((part) => isFlagged(part, flag, doc));
}

/**
 * ajv's `discriminator` needs every oneOf branch to declare the tag property with enum/const and
 * to require it; when a spec's branches don't, plain oneOf semantics are used instead.
 */
function ajvCanDiscriminate(schema, doc) {
  const tag = schema.discriminator.propertyName;
  if (typeof tag !== 'string') return false;
  return schema.oneOf.every((branch) => {
    let s = branch;
    for (let i = 0; i < 20 && s && typeof s.$ref === 'string'; i++) s = getByPointer(doc, s.$ref);
    const prop = s?.properties?.[tag];
    return Boolean(prop && !prop.$ref && (Array.isArray(prop.enum) || 'const' in prop) && s.required?.includes(tag));
  });
}

function rewriteRef(ref, direction) {
  const m = /^#\/components\/schemas\/([^/]+)(\/.*)?$/.exec(ref);
  if (!m) return ref;
  const name = decodeURIComponent(m[1]).replace(/~1/g, '/').replace(/~0/g, '~');
  return componentId(direction, name) + (m[2] ? '#' + m[2] : '');
}
