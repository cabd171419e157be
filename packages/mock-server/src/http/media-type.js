/** Media type helpers: essence (`type/subtype`, lower-cased) and how a body of it is parsed. */

export function essence(contentType) {
  if (typeof contentType !== 'string') return '';
  const semi = contentType.indexOf(';');
  return (semi === -1 ? contentType : contentType.slice(0, semi)).trim().toLowerCase();
}

export function bodyKind(mediaType) {
  if (mediaType === 'application/json' || mediaType.endsWith('+json')) return 'json';
  if (mediaType === 'multipart/form-data') return 'multipart';
  if (mediaType === 'application/x-www-form-urlencoded') return 'form';
  if (mediaType.startsWith('text/')) return 'text';
  return 'binary';
}

/** True when `pattern` (which may be `*\/*` or `type/*`) covers `actual`. */
export function mediaMatches(pattern, actual) {
  if (pattern === actual || pattern === '*/*') return true;
  return pattern.endsWith('/*') && actual.startsWith(pattern.slice(0, -1));
}
