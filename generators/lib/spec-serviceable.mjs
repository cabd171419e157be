// What the OpenAPI 3.0 JSON schema cannot check but the generators rely on. Errors stop
// generation: a local `$ref` that leads nowhere, an array schema without `items` (the spec
// requires it; no SDK could type the elements). Warnings do not: a `default` or `example` whose
// type does not match its schema (Redocly and Spectral accept such documents; the SDKs only
// carry the value along), an `encoding` entry naming no property of its schema (ignored), a
// discriminator that could select a non-object branch (the SDKs skip it: no model is made of it).
import { escapeSegment, resolvePointer } from './json-pointer.mjs';
import { isObject, walkDocument } from './schema-walk.mjs';

/** Returns {errors, warnings}, each a list of {pointer, reason} (JSON pointers without '#'). */
export function serviceabilityProblems(doc) {
  const errors = [];
  const warnings = [];

  const checkRef = (node, at) => {
    if (typeof node.$ref !== 'string' || !node.$ref.startsWith('#')) return;
    if (resolvePointer(doc, node.$ref) === undefined) {
      errors.push({ pointer: `${at}/$ref`, reason: `'${node.$ref}' does not resolve: nothing in this document is at that pointer` });
    }
  };

  const onSchema = (schema, at) => {
    if (typeof schema.$ref === 'string') return checkRef(schema, at);
    if (schema.type === 'array' && schema.items === undefined) {
      errors.push({ pointer: at, reason: 'is `type: array` without `items` (OpenAPI 3.0 requires `items`; the SDKs could not type the elements)' });
    }
    for (const key of ['default', 'example']) {
      if (key in schema) {
        const mismatch = typeMismatch(schema, schema[key]);
        if (mismatch) warnings.push({ pointer: `${at}/${key}`, reason: mismatch });
      }
    }
    const branch = nonObjectBranch(doc, schema);
    if (branch) {
      warnings.push({ pointer: `${at}/discriminator`, reason: `can select ${branch.ref}, which is \`type: ${branch.type}\`, not an object (a discriminator reads a property of an object): the SDKs make no model of it and cannot decode such a value through the discriminator` });
    }
    for (const [value, ref] of Object.entries(schema.discriminator?.mapping ?? {})) {
      if (typeof ref === 'string' && ref.startsWith('#') && resolvePointer(doc, ref) === undefined) {
        errors.push({ pointer: `${at}/discriminator/mapping/${escape(value)}`, reason: `'${ref}' does not resolve: nothing in this document is at that pointer` });
      }
    }
  };

  const onNode = (node, at) => {
    checkRef(node, at);
    if (isObject(node.content)) checkEncodings(node.content, `${at}/content`);
    // A parameter's or media type's example is an instance of its schema.
    if ('example' in node && isObject(node.schema) && node.schema.$ref === undefined) {
      const mismatch = typeMismatch(node.schema, node.example);
      if (mismatch) warnings.push({ pointer: `${at}/example`, reason: mismatch });
    }
  };

  const checkEncodings = (content, at) => {
    for (const [type, media] of Object.entries(content)) {
      if (!isObject(media?.encoding)) continue;
      const schema = resolveLocal(doc, media.schema);
      if (!isObject(schema?.properties)) continue;
      for (const name of Object.keys(media.encoding)) {
        if (!Object.hasOwn(schema.properties, name)) {
          warnings.push({ pointer: `${at}/${escape(type)}/encoding/${escape(name)}`, reason: `names no property of the media type's schema; ignored` });
        }
      }
    }
  };

  walkDocument(doc, { onSchema, onNode });
  return { errors, warnings };
}

/**
 * Why `value` cannot be an instance of `schema`'s declared type, or null when it can (or the
 * schema declares no type). Only the type and `nullable` are compared.
 */
export function typeMismatch(schema, value) {
  if (value === null) return schema.nullable === true || schema.enum?.includes(null) ? null : 'is null, but the schema is not `nullable: true`';
  const type = schema.type;
  if (typeof type !== 'string') return null;
  const fits = {
    string: typeof value === 'string',
    integer: Number.isInteger(value),
    number: typeof value === 'number',
    boolean: typeof value === 'boolean',
    array: Array.isArray(value),
    object: isObject(value),
  }[type];
  if (fits !== false) return null;
  return `is ${describe(value)}, but the schema's type is ${type}`;
}

function describe(value) {
  if (Array.isArray(value)) return 'an array';
  if (isObject(value)) return 'an object';
  const shown = JSON.stringify(value);
  const text = shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
  return `${typeof value === 'number' ? (Number.isInteger(value) ? 'an integer' : 'a number') : `a ${typeof value}`} (${text})`;
}

function resolveLocal(doc, node, depth = 0) {
  if (!isObject(node) || typeof node.$ref !== 'string') return node;
  return depth > 20 ? undefined : resolveLocal(doc, resolvePointer(doc, node.$ref), depth + 1);
}

const escape = escapeSegment;

/**
 * The first target `schema`'s discriminator could select that is no object schema, as
 * `{ref, type}` (a mapping value, else a branch the implicit mapping would name), or null (also
 * for a schema without a discriminator). GitHub's description maps `array` to
 * `content-directory`, an array: openapi-generator lists it among the mapped models without a
 * model, which each SDK's templates skip (Python's model_polymorphic_base, Java's oneof_interface).
 */
export function nonObjectBranch(doc, schema) {
  if (!isObject(schema?.discriminator)) return null;
  const pointerOf = (ref) => (ref.startsWith('#') ? ref : `#/components/schemas/${ref}`);
  const mapping = schema.discriminator.mapping;
  const targets = isObject(mapping)
    ? Object.values(mapping).filter((r) => typeof r === 'string').map(pointerOf)
    : ['oneOf', 'anyOf'].flatMap((k) => (Array.isArray(schema[k]) ? schema[k] : [])).map((b) => b?.$ref).filter((r) => typeof r === 'string');
  for (const ref of targets) {
    const type = resolvePointer(doc, ref)?.type;
    if (typeof type === 'string' && type !== 'object') return { ref, type };
  }
  return null;
}
