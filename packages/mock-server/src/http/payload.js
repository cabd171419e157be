/**
 * A response body ready to write: `data` is a string for textual media types (Node then sends
 * header and body in one write instead of a writev of two buffers) and a Buffer for binary
 * ones; `length` is the byte length for Content-Length.
 *
 * A JSON example with a top-level string `requestId` (problem details) gets `split`: the text
 * before and after that value, so each answer can carry its own X-Request-Id in the body too.
 */
export function toPayload(buffer, kind, value) {
  const data = typeof buffer === 'string' ? buffer : kind === 'binary' ? buffer : buffer.toString('utf8');
  const payload = { data, length: typeof data === 'string' ? Buffer.byteLength(data) : data.length, split: null };
  if (kind === 'json' && value && typeof value === 'object' && !Array.isArray(value) && typeof value.requestId === 'string') {
    const marker = '\u0000sais-mock-request-id\u0000';
    const text = JSON.stringify({ ...value, requestId: marker });
    const [before, after] = text.split(JSON.stringify(marker));
    payload.split = { before, after, bytes: Buffer.byteLength(before) + Buffer.byteLength(after) };
  }
  return payload;
}

/** The payload to send for one request: with its request id spliced in when it has a slot. */
export function forRequest(payload, requestId) {
  if (payload.split === null) return payload;
  const { before, after, bytes } = payload.split;
  // Request ids are ASCII, so their length is their byte length.
  return { data: `${before}"${requestId}"${after}`, length: bytes + requestId.length + 2, split: null };
}

export const EMPTY_PAYLOAD = Object.freeze({ data: '', length: 0, split: null });
