import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { SpecError } from './spec-error.js';
import { getByPointer, toPointer } from './json-pointer.js';

/**
 * Reads an OpenAPI 3.0 document (YAML or JSON), checks that it is one, and that every local $ref
 * resolves. Returns `{ doc, file, dir }`. Throws SpecError (file, pointer, reason) otherwise.
 */
export function loadSpec(file) {
  const abs = path.resolve(file);
  let text;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (err) {
    throw new SpecError(file, '', `cannot read file (${err.code ?? err.message})`);
  }
  let doc;
  try {
    // JSON is YAML, but JSON.parse is several times faster for big documents.
    doc = abs.endsWith('.json') ? JSON.parse(text) : yaml.load(text, { filename: file });
  } catch (err) {
    const where = err.mark ? `line ${err.mark.line + 1}, column ${err.mark.column + 1}` : 'unknown position';
    throw new SpecError(file, '', `not valid ${abs.endsWith('.json') ? 'JSON' : 'YAML'} (${where}): ${err.reason ?? err.message}`);
  }
  return { doc: checkDocument(doc, file), file, dir: path.dirname(abs) };
}

/** Structural checks the server depends on; everything else is left to spec linting. */
export function checkDocument(doc, file = '<document>') {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new SpecError(file, '#', 'the document must be an object');
  }
  if (typeof doc.openapi !== 'string' || !/^3\.0\.\d+$/.test(doc.openapi)) {
    throw new SpecError(file, '#/openapi', `expected an OpenAPI 3.0.x version string, found ${JSON.stringify(doc.openapi)}`);
  }
  if (doc.paths === null || typeof doc.paths !== 'object' || Array.isArray(doc.paths)) {
    throw new SpecError(file, '#/paths', 'expected an object of path items');
  }
  checkRefs(doc, doc, [], file);
  return doc;
}

function checkRefs(doc, node, at, file) {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    node.forEach((child, i) => checkRefs(doc, child, [...at, i], file));
    return;
  }
  if (typeof node.$ref === 'string') {
    if (!node.$ref.startsWith('#')) {
      throw new SpecError(file, toPointer([...at, '$ref']), `external $ref "${node.$ref}" is not supported; bundle the document first`);
    }
    if (getByPointer(doc, node.$ref) === undefined) {
      throw new SpecError(file, toPointer([...at, '$ref']), `$ref "${node.$ref}" does not resolve`);
    }
  }
  for (const [key, child] of Object.entries(node)) {
    // Examples are data, not schema: a "$ref" key inside an example value is just a field.
    if (key === 'example' || (key === 'value' && at[at.length - 2] === 'examples')) continue;
    checkRefs(doc, child, [...at, key], file);
  }
}
