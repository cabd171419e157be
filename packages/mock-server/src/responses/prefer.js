/**
 * Parses the `Prefer` request header the way Prism does: `code=404, example=notFound`
 * (comma or semicolon separated, optional quotes). Returns null when neither is present.
 */
export function parsePrefer(header) {
  if (typeof header !== 'string' || header.length === 0) return null;
  let code = null;
  let example = null;
  for (const part of header.split(/[,;]/)) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    const key = part.slice(0, eq).trim().toLowerCase();
    const value = part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
    if (key === 'code') code = value;
    else if (key === 'example') example = value;
  }
  return code === null && example === null ? null : { code, example };
}
