// A discriminator names the branch of a oneOf/anyOf by a property of the value, so it can only
// select object branches. GitHub's description maps `array` to `content-directory`, an array
// schema: openapi-generator then names a model that does not exist (Python: `from ….models.
// import ContentDirectory`, Java: a class that is never written). In the staged copy such a
// discriminator is dropped, so every SDK treats the oneOf as a plain one and tries each branch;
// spec-serviceable.mjs warns about it with its pointer.
import { resolvePointer } from './json-pointer.mjs';
import { isObject, walkDocument } from './schema-walk.mjs';

/**
 * The first branch or mapping target of `schema`'s discriminator that is no object schema, as
 * `{ref, type}`, or null (also for a schema without a discriminator).
 */
export function nonObjectBranch(doc, schema) {
  if (!isObject(schema?.discriminator)) return null;
  const targets = [
    ...['oneOf', 'anyOf'].flatMap((k) => (Array.isArray(schema[k]) ? schema[k] : [])),
    ...Object.values(schema.discriminator.mapping ?? {}).map((ref) => ({ $ref: ref })),
  ];
  for (const target of targets) {
    const ref = typeof target?.$ref === 'string' ? target.$ref : null;
    // A mapping value may be a bare schema name instead of a pointer.
    const pointer = ref === null ? null : ref.startsWith('#') ? ref : `#/components/schemas/${ref}`;
    const resolved = pointer === null ? target : resolvePointer(doc, pointer);
    const type = resolved?.type;
    if (typeof type === 'string' && type !== 'object') return { ref: pointer ?? '(inline)', type };
  }
  return null;
}

/** Drops every discriminator of the document that could select a non-object; returns their pointers. */
export function dropNonObjectDiscriminators(doc) {
  const dropped = [];
  walkDocument(doc, {
    onSchema(schema, at) {
      if (nonObjectBranch(doc, schema) === null) return;
      delete schema.discriminator;
      dropped.push(`${at}/discriminator`);
    },
  });
  return dropped;
}
