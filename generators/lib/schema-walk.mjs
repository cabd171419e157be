// One walk over an OpenAPI 3.0 document that tells schemas from the other objects: schemas sit
// under `schema` (parameters, headers, media types) and in components/schemas, and nest through
// properties, items, additionalProperties, allOf/oneOf/anyOf and not. A `$ref` is reported where
// it stands, never followed; free-form values (examples) and extensions are not walked.
import { escapeSegment } from './json-pointer.mjs';

const SCHEMA_LISTS = ['allOf', 'oneOf', 'anyOf'];
// Fields holding free-form values, never OpenAPI objects (`default` is not one of them outside
// schemas: `responses/default` is a Response).
const FREE_FORM = new Set(['example', 'examples']);
// Maps keyed by a name the document chooses, where `x-…` is a name, not an extension.
const NAMED_MAPS = new Set(['headers', 'encoding', 'callbacks', 'links', 'securitySchemes', 'parameters', 'responses', 'requestBodies']);

/**
 * Calls onSchema(schema, pointer) for every schema object (each once, a `$ref` one included) and
 * onNode(node, pointer) for every other object; pointers are JSON pointers without '#'.
 */
export function walkDocument(doc, { onSchema = () => {}, onNode = () => {} } = {}) {
  const seen = new Set();
  const schema = (node, at) => {
    if (!isObject(node) || seen.has(node)) return;
    seen.add(node);
    onSchema(node, at);
    if (typeof node.$ref === 'string') return;
    if (isObject(node.properties)) {
      for (const [name, property] of Object.entries(node.properties)) schema(property, `${at}/properties/${escapeSegment(name)}`);
    }
    for (const key of ['items', 'additionalProperties', 'not']) if (isObject(node[key])) schema(node[key], `${at}/${key}`);
    for (const list of SCHEMA_LISTS) if (Array.isArray(node[list])) node[list].forEach((s, i) => schema(s, `${at}/${list}/${i}`));
  };
  const other = (node, at, inNamedMap = false) => {
    if (Array.isArray(node)) return node.forEach((item, i) => other(item, `${at}/${i}`));
    if (!isObject(node)) return;
    onNode(node, at);
    for (const [key, value] of Object.entries(node)) {
      if (!inNamedMap && (key.startsWith('x-') || FREE_FORM.has(key))) continue;
      const child = `${at}/${escapeSegment(key)}`;
      if (key === 'schema' && isObject(value)) schema(value, child);
      else if (at === '/components' && key === 'schemas' && isObject(value)) {
        for (const [name, s] of Object.entries(value)) schema(s, `${child}/${escapeSegment(name)}`);
      } else other(value, child, !inNamedMap && NAMED_MAPS.has(key) && !Array.isArray(value));
    }
  };
  other(doc, '');
}

export const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
