/**
 * The path prefixes the API is served under, from `servers[].url` (variables take their
 * defaults). Absolute and relative URLs both count; no servers or only "/" means the root.
 */
export function basePaths(doc) {
  const out = new Set();
  for (const server of doc.servers ?? []) {
    if (typeof server?.url !== 'string') continue;
    const url = server.url.replace(/\{([^}]+)\}/g, (_, name) => server.variables?.[name]?.default ?? '');
    let pathname;
    try {
      pathname = new URL(url, 'http://localhost').pathname;
    } catch {
      continue;
    }
    out.add(pathname.replace(/\/+$/, ''));
  }
  if (out.size === 0) out.add('');
  return [...out].sort();
}
