/** Flat header lists (`[name, value, …]`, as node:http's writeHead takes them) and request headers. */

/** The first value of a request header (node:http gives repeated ones as an array for a few names). */
export function headerOf(req, name) {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

export function hasHeader(list, name) {
  const lower = name.toLowerCase();
  for (let i = 0; i < list.length; i += 2) if (list[i].toLowerCase() === lower) return true;
  return false;
}

/** A copy of a flat header list with `name` set to `value` (replaced or appended; null drops it). */
export function withHeader(list, name, value) {
  const lower = name.toLowerCase();
  const out = [];
  let done = false;
  for (let i = 0; i < list.length; i += 2) {
    if (list[i].toLowerCase() === lower) {
      if (!done && value !== null) out.push(list[i], value);
      done = true;
    } else out.push(list[i], list[i + 1]);
  }
  if (!done && value !== null) out.push(name, value);
  return out;
}

/** Does the operation take the header parameter `name`? (decided once per operation by callers) */
export function takesHeader(rawOp, name) {
  const lower = name.toLowerCase();
  return rawOp.parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === lower);
}
