import { send } from '../http/send.js';

/**
 * A stateful answer before it is written: `{ status, headers (flat list), contentType, body }`,
 * so it can be checked against the spec, kept for an idempotent replay, then sent.
 */
export function reply(status, headers, contentType, body) {
  return { status, headers, contentType, body, text: body === undefined ? '' : JSON.stringify(body) };
}

export function writeReply(res, req, r, requestId, extraHeaders = null) {
  const headers = extraHeaders ? r.headers.concat(extraHeaders) : r.headers;
  send(res, r.status, headers, r.body === undefined ? null : r.contentType, { data: r.text, length: Buffer.byteLength(r.text) }, requestId, req.method === 'HEAD');
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
