/**
 * Makes the next `res.writeHead` of this response carry `pairs` (a flat [name, value, …] list),
 * replacing headers of the same names. Both responders (spec and stateful) write through
 * writeHead with flat lists, so a fault can add `Retry-After` to whatever they answer without
 * either of them knowing about faults.
 */
export function addHeaders(res, pairs) {
  const names = new Set();
  for (let i = 0; i < pairs.length; i += 2) names.add(pairs[i].toLowerCase());
  const original = res.writeHead;
  res.writeHead = function writeHeadWithFaultHeaders(status, ...rest) {
    res.writeHead = original;
    const last = rest.length - 1;
    const headers = rest[last];
    if (Array.isArray(headers)) {
      const kept = [];
      for (let i = 0; i < headers.length; i += 2) if (!names.has(String(headers[i]).toLowerCase())) kept.push(headers[i], headers[i + 1]);
      rest[last] = kept.concat(pairs);
    } else {
      for (let i = 0; i < pairs.length; i += 2) res.setHeader(pairs[i], pairs[i + 1]);
    }
    return original.call(this, status, ...rest);
  };
}
