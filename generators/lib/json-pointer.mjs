// JSON pointers (RFC 6901) within one document: following a local `$ref`, and writing one.

/** The node a local `$ref` ('#/components/schemas/Pet') points at, else undefined. */
export function resolvePointer(doc, ref) {
  if (ref === '#') return doc;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return undefined;
  let node = doc;
  for (const raw of ref.slice(2).split('/')) {
    let key;
    try {
      key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    } catch {
      return undefined;
    }
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return node;
}

/** One key as a pointer segment: `~` → `~0`, `/` → `~1`. */
export const escapeSegment = (key) => String(key).replaceAll('~', '~0').replaceAll('/', '~1');
