// Structural validity: the document against the OpenAPI 3.0 JSON schema, by
// @seriousme/openapi-schema-validator (the official schemas, run by Ajv), its findings reworded
// as {pointer, reason} pairs a user can act on.
import { Validator } from '@seriousme/openapi-schema-validator';
import { escapeSegment } from './json-pointer.mjs';

/**
 * Returns the structural problems of an OpenAPI 3.0 document, [] when it matches the schema.
 * Each is {pointer: JSON pointer without '#', reason}.
 */
export async function structuralProblems(doc) {
  const validator = new Validator({ allErrors: true });
  const { valid, errors } = await validator.validate(doc);
  if (valid) return [];
  // A string is the library's own `$ref` check, run once the schema matched: it names no
  // location and refuses references to other files, which the generator follows. References
  // are checked by spec-serviceable.mjs instead, with the pointer of each dangling one.
  if (typeof errors === 'string') return validator.version ? [] : [{ pointer: '/', reason: errors }];
  return summarise(errors);
}

/**
 * Ajv reports every branch of every `oneOf` it tried: the schema says "a Reference or a Schema"
 * at each level, so one wrong keyword comes back as a dozen errors up the tree ("must have
 * required property '$ref'", "must match exactly one schema in oneOf"). Kept: the deepest
 * errors, one line per pointer, without the Reference branch and the oneOf summaries.
 */
export function summarise(errors) {
  const telling = errors.filter(
    (e) => !['oneOf', 'anyOf', 'if'].includes(e.keyword) && !(e.keyword === 'required' && e.params?.missingProperty === '$ref'),
  );
  const kept = telling.length ? telling : errors;
  const deepest = kept.filter((e) => !kept.some((o) => o !== e && o.instancePath.startsWith(`${e.instancePath}/`)));
  const byPointer = new Map();
  for (const e of deepest) {
    const { pointer, reason } = reword(e);
    const reasons = byPointer.get(pointer) ?? [];
    if (!reasons.includes(reason)) reasons.push(reason);
    byPointer.set(pointer, reasons);
  }
  return [...byPointer].map(([pointer, reasons]) => ({ pointer, reason: reasons.join('; ') }));
}

function reword({ instancePath, keyword, params, message }) {
  const pointer = instancePath || '/';
  switch (keyword) {
    case 'additionalProperties':
      return { pointer: `${instancePath}/${escape(params.additionalProperty)}`, reason: 'is not allowed here (not an OpenAPI 3.0 field of this object)' };
    case 'required':
      return { pointer, reason: `must have '${params.missingProperty}'` };
    case 'enum':
      return { pointer, reason: `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}` };
    case 'minProperties':
      return { pointer, reason: `must have at least ${params.limit} entr${params.limit === 1 ? 'y' : 'ies'}` };
    default:
      return { pointer, reason: message };
  }
}

const escape = escapeSegment;
