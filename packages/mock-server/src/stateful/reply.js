import { send } from '../http/send.js';

/**
 * A stateful answer before it is written: `{ status, headers (flat list), contentType, body }`,
 * so it can be checked against the spec, kept for an idempotent replay or a cached page, then
 * sent; the JSON text and its byte length are worked out once.
 */
export function reply(status, headers, contentType, body) {
  const text = body === undefined ? '' : JSON.stringify(body);
  return { status, headers, contentType, body, data: text, length: Buffer.byteLength(text) };
}

export function writeReply(res, req, r, requestId, extraHeaders = null) {
  const headers = extraHeaders ? r.headers.concat(extraHeaders) : r.headers;
  send(res, r.status, headers, r.body === undefined ? null : r.contentType, r, requestId, req.method === 'HEAD');
}
