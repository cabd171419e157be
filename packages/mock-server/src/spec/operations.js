import { getByPointer, toPointer } from './json-pointer.js';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Follows `$ref`s (parameters, bodies, responses, headers, examples) to the object they name. */
export function deref(doc, node) {
  let current = node;
  for (let i = 0; i < 32 && current && typeof current.$ref === 'string'; i++) {
    current = getByPointer(doc, current.$ref);
  }
  return current;
}

/**
 * Lists every operation with path-level parameters merged in (operation-level ones win, keyed
 * by name + location) and references resolved one level, ready for compilation.
 */
export function listOperations(doc) {
  const ops = [];
  for (const [pathTemplate, rawItem] of Object.entries(doc.paths)) {
    const item = deref(doc, rawItem) ?? {};
    const shared = (item.parameters ?? []).map((p) => deref(doc, p));
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op || typeof op !== 'object') continue;
      const byKey = new Map();
      for (const p of [...shared, ...(op.parameters ?? []).map((q) => deref(doc, q))]) {
        if (p && typeof p.name === 'string' && typeof p.in === 'string') byKey.set(`${p.in}:${p.name}`, p);
      }
      ops.push({
        operationId: op.operationId ?? `${method.toUpperCase()} ${pathTemplate}`,
        method: method.toUpperCase(),
        pathTemplate,
        pointer: toPointer(['paths', pathTemplate, method]),
        operation: op,
        parameters: [...byKey.values()],
        requestBody: op.requestBody ? deref(doc, op.requestBody) : undefined,
        responses: op.responses ?? {},
        security: op.security ?? doc.security ?? [],
      });
    }
  }
  return ops;
}
