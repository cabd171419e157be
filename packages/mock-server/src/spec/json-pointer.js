/** RFC 6901 JSON pointer helpers used for $ref resolution and error locations. */

export function escapeToken(token) {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapeToken(token) {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Joins path segments into a `#/a/b` fragment pointer. */
export function toPointer(segments) {
  return '#' + segments.map((s) => '/' + escapeToken(s)).join('');
}

/** Resolves a local `#/…` pointer inside `doc`; returns undefined when it leads nowhere. */
export function getByPointer(doc, pointer) {
  if (!pointer.startsWith('#')) return undefined;
  const body = pointer.slice(1);
  if (body === '') return doc;
  if (!body.startsWith('/')) return undefined;
  let node = doc;
  for (const raw of body.slice(1).split('/')) {
    const key = unescapeToken(decodeURIComponent(raw));
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, key)) {
      return undefined;
    }
    node = node[key];
  }
  return node;
}
