// A schema `$ref` to a schema that is not a component (`#/paths/~1a/post/requestBody/content/
// application~1json/schema/properties/circular`) is valid OpenAPI, but openapi-generator's Python
// generator cannot type it ("Codegen Property not yet supported in getPydanticType") and others
// inline a copy per use. In the staged copy such a target becomes a component of its own (named
// after its last property or path segment, unique), its place and every reference to it pointing
// at that component, so every SDK has one model for it.
import { escapeSegment, resolvePointer } from './json-pointer.mjs';
import { walkDocument } from './schema-walk.mjs';
import { pascalWords } from './sdk-names.mjs';

const COMPONENT = /^#\/components\/schemas\/[^/]+$/;

/** Moves each schema referenced outside components/schemas there; returns whether any moved. */
export function hoistReferencedSchemas(doc) {
  const refs = new Map(); // target ref -> [$ref schema objects]
  walkDocument(doc, {
    onSchema(schema) {
      const ref = schema.$ref;
      if (typeof ref !== 'string' || !ref.startsWith('#/') || COMPONENT.test(ref)) return;
      if (!refs.has(ref)) refs.set(ref, []);
      refs.get(ref).push(schema);
    },
  });
  if (!refs.size) return false;
  doc.components ??= {};
  doc.components.schemas ??= {};
  const schemas = doc.components.schemas;
  let moved = false;
  // The deepest targets first: hoisting one inside another leaves the outer pointer valid.
  for (const ref of [...refs.keys()].sort((a, b) => b.split('/').length - a.split('/').length || (a < b ? -1 : 1))) {
    const segments = ref.slice(2).split('/').map((s) => decodeURIComponent(s).replaceAll('~1', '/').replaceAll('~0', '~'));
    const parent = resolvePointer(doc, `#/${ref.slice(2).split('/').slice(0, -1).join('/')}`);
    const key = segments.at(-1);
    const target = parent?.[key];
    if (!target || typeof target !== 'object' || Array.isArray(target)) continue; // dangling: validation's job
    if (typeof target.$ref === 'string' && COMPONENT.test(target.$ref)) {
      // A reference to a reference to a component: to the component itself.
      for (const node of refs.get(ref)) node.$ref = target.$ref;
      moved = true;
      continue;
    }
    const name = uniqueName(schemas, segments);
    const componentRef = `#/components/schemas/${escapeSegment(name)}`;
    schemas[name] = target;
    parent[key] = { $ref: componentRef };
    for (const node of refs.get(ref)) node.$ref = componentRef;
    moved = true;
  }
  return moved;
}

/** A component name from the pointer's last word that is not a JSON-schema keyword. */
function uniqueName(schemas, segments) {
  const keywords = new Set(['schema', 'properties', 'items', 'content', 'additionalProperties', 'allOf', 'oneOf', 'anyOf', 'not', 'requestBody', 'responses', 'parameters']);
  const word = [...segments].reverse().find((s) => !keywords.has(s) && !/^\d+$/.test(s) && !s.includes('/')) ?? 'Schema';
  const base = pascalWords(word) || 'Schema';
  let name = base;
  for (let n = 2; Object.hasOwn(schemas, name); n++) name = `${base}${n}`;
  return name;
}
