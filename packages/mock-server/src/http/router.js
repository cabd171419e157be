import createRouter from 'find-my-way';

/**
 * Two find-my-way trees: one per method for matching operations, and one method-less tree of
 * path templates that tells a 405 (path known, method not) from a 404 and carries `Allow`.
 */
export function buildRouter(operations, bases) {
  // onBadUrl makes find-my-way report undecodable paths (store null) instead of a plain miss.
  const options = { maxParamLength: 4096, ignoreTrailingSlash: true, onBadUrl: noop };
  const byMethod = createRouter(options);
  const byPath = createRouter(options);
  const allow = new Map();
  for (const op of operations) {
    const list = allow.get(op.pathTemplate) ?? [];
    list.push(op.method);
    allow.set(op.pathTemplate, list);
  }
  for (const op of operations) {
    const route = toRoutePath(op.pathTemplate);
    for (const base of bases) byMethod.on(op.method, base + route, noop, op);
  }
  for (const [template, methods] of allow) {
    if (methods.includes('GET') && !methods.includes('HEAD')) methods.push('HEAD');
    const store = { allow: methods.sort().join(', '), template };
    for (const base of bases) byPath.on('GET', base + toRoutePath(template), noop, store);
  }
  return {
    /**
     * find-my-way's `{ store: op, params, searchParams }` for a matching operation, BAD_URL for a
     * path that is not valid percent-encoded UTF-8, else null.
     */
    match(method, url) {
      let found = byMethod.find(method, url);
      if (found === null && method === 'HEAD') found = byMethod.find('GET', url);
      if (found !== null && found.store === null) return BAD_URL;
      return found;
    },
    /** The `Allow` value when the path exists under other methods, else null. */
    allowed(url) {
      const found = byPath.find('GET', url);
      return found === null || found.store === null ? null : found.store.allow;
    },
  };
}

function noop() {}

export const BAD_URL = Object.freeze({ badUrl: true, store: null });

// `{id}` → `:id`; literal colons must be doubled for find-my-way.
function toRoutePath(template) {
  return template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') && part.endsWith('}') ? `:${routeParamName(part.slice(1, -1))}` : part.replace(/:/g, '::')))
    .join('');
}

/** The name find-my-way reports a path parameter under (it only allows word characters). */
export function routeParamName(name) {
  return name.replace(/[^A-Za-z0-9_]/g, '_');
}
