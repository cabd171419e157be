/**
 * Real pages: a cursor is the sequence number of the next resource to look at (store.js),
 * opaque to clients (`c_` + base64url) and matching the usual `^[A-Za-z0-9_-]+$` cursor pattern.
 */
export function encodeCursor(seq) {
  return `c_${Buffer.from(`s${seq}`).toString('base64url')}`;
}

/** The sequence number of a cursor this server issued, else null. */
export function decodeCursor(text) {
  if (!text.startsWith('c_')) return null;
  const m = /^s(\d{1,15})$/.exec(Buffer.from(text.slice(2), 'base64url').toString('latin1'));
  return m ? Number(m[1]) : null;
}

/**
 * List filters from the query: a parameter named like a field keeps the resources whose field
 * equals it (or, for an array field, contains it); `tag` also matches an array field `tags`.
 * Parameters naming no field of the resource are ignored.
 */
export function matchesFilters(value, filters) {
  for (const [name, wanted] of filters) {
    const want = Array.isArray(wanted) ? wanted.map(String) : [String(wanted)];
    const field = value[name] !== undefined ? value[name] : value[`${name}s`];
    if (field === undefined) continue;
    const have = Array.isArray(field) ? field.map(String) : [String(field)];
    if (!want.some((w) => have.includes(w))) return false;
  }
  return true;
}
