// Loads openapi.yaml and resolves local $refs; every error names the file and JSON pointer.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export class SpecError extends Error {
  constructor(pointer, message) {
    super(`openapi.yaml${pointer ? `#${pointer}` : ''}: ${message}`);
    this.name = 'SpecError';
  }
}

export function loadSpec(file) {
  const text = readFileSync(file, 'utf8');
  let doc;
  try {
    doc = parse(text);
  } catch (error) {
    throw new SpecError('', `not valid YAML: ${error.message}`);
  }
  if (!doc || typeof doc !== 'object' || !/^3\.0\.\d+$/.test(String(doc.openapi))) {
    throw new SpecError('/openapi', `expected an OpenAPI 3.0.x document, got ${JSON.stringify(doc?.openapi)}`);
  }
  const sha256 = createHash('sha256').update(text).digest('hex');
  return { doc, sha256 };
}

/** Follows a local `#/...` reference; throws naming the referring pointer when it dangles. */
export function resolveRef(doc, ref, from) {
  if (typeof ref !== 'string' || !ref.startsWith('#/')) throw new SpecError(from, `only local $refs are supported, got ${JSON.stringify(ref)}`);
  let node = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !(key in node)) throw new SpecError(from, `$ref ${ref} does not resolve`);
    node = node[key];
  }
  return node;
}

/** Resolves `$ref` chains on parameters, responses and request bodies. */
export function deref(doc, node, from) {
  let current = node;
  for (let i = 0; current && current.$ref; i++) {
    if (i > 20) throw new SpecError(from, 'circular $ref chain');
    current = resolveRef(doc, current.$ref, from);
  }
  return current;
}

export function pointer(...parts) {
  return parts.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** Every operation in path order, with path-item parameters merged in (operation wins). */
export function listOperations(doc) {
  const ops = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']) {
      const op = item[method];
      if (!op) continue;
      const at = pointer('paths', path, method);
      if (!op.operationId) throw new SpecError(at, 'operationId is required to generate the client');
      if (!/^[a-z][A-Za-z0-9]*$/.test(op.operationId)) throw new SpecError(pointer('paths', path, method, 'operationId'), `'${op.operationId}' is not camelCase`);
      const byKey = new Map();
      for (const [i, p] of (item.parameters ?? []).entries()) {
        const r = deref(doc, p, pointer('paths', path, 'parameters', i));
        byKey.set(`${r.in}:${r.name}`, r);
      }
      for (const [i, p] of (op.parameters ?? []).entries()) {
        const r = deref(doc, p, pointer('paths', path, method, 'parameters', i));
        byKey.set(`${r.in}:${r.name}`, r);
      }
      ops.push({ path, method, op, at, parameters: [...byKey.values()] });
    }
  }
  return ops;
}
