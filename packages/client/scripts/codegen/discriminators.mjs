// Mirrors openapi-typescript 7's discriminator handling so zod-inferred types equal its types:
// every schema named by a oneOf discriminator gets that property as a required string enum of
// its mapping value(s) (or its schema name when unmapped). Works on a deep copy of the spec.
import { SpecError, pointer } from './spec.mjs';

export function applyDiscriminators(doc) {
  const schemas = doc.components?.schemas ?? {};
  const patched = new Set();
  const visit = (node, at) => {
    if (!node || typeof node !== 'object') return;
    if (node.discriminator?.propertyName && Array.isArray(node.oneOf)) {
      const values = new Map();
      for (const item of node.oneOf) {
        if (item.$ref) values.set(item.$ref, { inferred: item.$ref.split('/').pop() });
      }
      for (const [value, ref] of Object.entries(node.discriminator.mapping ?? {})) {
        const entry = values.get(ref) ?? {};
        entry.defined = [...(entry.defined ?? []), value];
        values.set(ref, entry);
      }
      for (const [ref, { inferred, defined }] of values) {
        if (patched.has(ref)) continue;
        const name = ref.replace('#/components/schemas/', '');
        const target = schemas[name];
        if (!ref.startsWith('#/components/schemas/') || !target) throw new SpecError(at, `discriminator target ${ref} is not a component schema`);
        if (target.allOf) throw new SpecError(pointer('components', 'schemas', name), 'allOf targets of a discriminator are not supported by the zod generator');
        if (target.type !== 'object') throw new SpecError(pointer('components', 'schemas', name), 'discriminator target must be type: object');
        const prop = node.discriminator.propertyName;
        target.properties = { ...target.properties, [prop]: { type: 'string', enum: defined ?? [inferred], description: target.properties?.[prop]?.description } };
        target.required = [...new Set([...(target.required ?? []), prop])];
        patched.add(ref);
      }
    }
    for (const [key, value] of Object.entries(node)) visit(value, at + pointer(key));
  };
  visit(doc, '');
  return doc;
}
