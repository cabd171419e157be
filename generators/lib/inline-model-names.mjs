// openapi-generator turns an inline object (or allOf/oneOf/anyOf) schema into a model of its own,
// named by its `title`, or, for a property of a component, `<component>_<property>`. Its check
// that the name is free compares the exact component key only, so `title: Repository` and the
// component `repository` (or `repository-ruleset` property `conditions` and the component
// `repository-ruleset-conditions`) both become the model `Repository`: one file overwrites the
// other in every SDK and the component's model is lost (GitHub's description has 23 components
// shadowed this way, by 547 inline schemas). In the staged copy each such inline schema gets a
// title whose model name is free (`Repository_1` → `Repository1`), the same for every schema that
// had the same name, so identical ones are still shared.
import { walkDocument, isObject } from './schema-walk.mjs';
import { pascalWords } from './sdk-names.mjs';

const COMPONENT = /^\/components\/schemas\/([^/]+)$/;
const COMPONENT_PROPERTY = /^\/components\/schemas\/([^/]+)\/properties\/([^/]+)$/;

/** The model name openapi-generator makes of a name, compared without case (file systems, C#). */
export function modelKey(name) {
  return pascalWords(name).toLowerCase();
}

const unescape = (segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~');

/** Whether openapi-generator makes a model of this inline schema (not a map, not a primitive). */
function becomesModel(schema) {
  if (typeof schema.$ref === 'string') return false;
  if (isObject(schema.properties) && Object.keys(schema.properties).length > 0) return true;
  return ['allOf', 'oneOf', 'anyOf'].some((k) => Array.isArray(schema[k]) && schema[k].length > 0);
}

/**
 * Retitles each inline schema whose model name would be a component's. Returns the renames as
 * `{pointer, from, to}` (pointer: where the schema stands), in document order.
 */
export function separateInlineModelNames(doc) {
  const componentKeys = new Set(Object.keys(doc?.components?.schemas ?? {}).map(modelKey));
  const taken = new Set(componentKeys);
  const inline = [];
  walkDocument(doc, {
    onSchema(schema, at) {
      if (COMPONENT.test(at) || !becomesModel(schema)) return;
      if (typeof schema.title === 'string' && schema.title.trim() !== '') {
        inline.push({ schema, at, name: schema.title });
        return;
      }
      const prop = COMPONENT_PROPERTY.exec(at);
      if (prop) inline.push({ schema, at, name: `${unescape(prop[1])}_${unescape(prop[2])}` });
    },
  });
  for (const { name } of inline) taken.add(modelKey(name));
  const chosen = new Map(); // colliding name -> its new title
  const renames = [];
  for (const { schema, at, name } of inline) {
    if (!componentKeys.has(modelKey(name))) continue;
    let to = chosen.get(name);
    if (to === undefined) {
      for (let n = 1; ; n++) {
        to = `${name}_${n}`;
        if (!taken.has(modelKey(to))) break;
      }
      taken.add(modelKey(to));
      chosen.set(name, to);
    }
    renames.push({ pointer: at, from: name, to });
    schema.title = to;
  }
  return renames;
}
