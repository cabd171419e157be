import path from 'node:path';

const BY_EXTENSION = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.pdf': 'application/pdf',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};
const BODY_KINDS = ['body', 'bodyText', 'bodyFile', 'events'];

/**
 * A recorded response made ready to write, once at load: the flat header list, the content type
 * (the contract's own, else the default for the body kind), the bytes, and for `events` the
 * text/event-stream frames. A 206 whose `bodyFile` is the whole resource sends the range named
 * by its `Content-Range`, so a range contract can point at the same file as a full download.
 */
export function preparePlayback(response, at, { fail, readBodyFile }) {
  if (response === null || typeof response !== 'object' || Array.isArray(response)) fail(at, 'must be an object {status, headers, body | bodyText | bodyFile | events}');
  const { status } = response;
  if (!Number.isInteger(status) || status < 100 || status > 599) fail([...at, 'status'], `must be an HTTP status (100–599), got ${JSON.stringify(status)}`);
  const kinds = BODY_KINDS.filter((k) => response[k] !== undefined);
  if (kinds.length > 1) fail(at, `has ${kinds.join(' and ')}; a response has at most one of ${BODY_KINDS.join(', ')}`);

  const headers = [];
  let contentType = null;
  let hasRequestId = false;
  let contentRange = null;
  for (const [name, value] of Object.entries(response.headers ?? {})) {
    if (!['string', 'number'].includes(typeof value)) fail([...at, 'headers', name], `must be a text value, got ${JSON.stringify(value)}`);
    const lower = name.toLowerCase();
    if (lower === 'content-length' || lower === 'transfer-encoding') continue; // the mock computes these
    if (lower === 'content-type') contentType = String(value);
    else headers.push(name, String(value));
    if (lower === 'x-request-id') hasRequestId = true;
    if (lower === 'content-range') contentRange = String(value);
  }

  let data = null; // string or Buffer
  let events = null;
  switch (kinds[0]) {
    case 'body':
      data = JSON.stringify(response.body);
      contentType ??= 'application/json';
      break;
    case 'bodyText':
      if (typeof response.bodyText !== 'string') fail([...at, 'bodyText'], 'must be a string');
      data = response.bodyText;
      contentType ??= 'text/plain; charset=utf-8';
      break;
    case 'bodyFile':
      if (typeof response.bodyFile !== 'string' || response.bodyFile === '') fail([...at, 'bodyFile'], 'must be a file path');
      data = readBodyFile(response.bodyFile, [...at, 'bodyFile']);
      data = rangeOf(data, status, contentRange);
      contentType ??= BY_EXTENSION[path.extname(response.bodyFile).toLowerCase()] ?? 'application/octet-stream';
      break;
    case 'events':
      if (!Array.isArray(response.events)) fail([...at, 'events'], 'must be an array of {id?, event, data}');
      events = response.events.map((e, i) => eventFrame(e, [...at, 'events', i], fail));
      contentType ??= 'text/event-stream';
      break;
    default:
      break;
  }
  // Without a recorded X-Request-Id, a problem body's own requestId is the one to send, so the
  // header and the body agree as they do in the real API.
  const bodyRequestId = typeof response.body?.requestId === 'string' ? response.body.requestId : null;
  return { status, headers, contentType, data, events, hasRequestId, bodyRequestId };
}

// One text/event-stream frame; `data` is JSON-encoded on one line.
function eventFrame(e, at, fail) {
  if (e === null || typeof e !== 'object' || Array.isArray(e)) fail(at, 'must be an object {id?, event, data}');
  if (typeof e.event !== 'string' || /[\r\n]/.test(e.event)) fail([...at, 'event'], 'must be a one-line string');
  if (e.id !== undefined && (typeof e.id !== 'string' || /[\r\n]/.test(e.id))) fail([...at, 'id'], 'must be a one-line string');
  if (e.data === undefined) fail([...at, 'data'], 'is required');
  return `${e.id !== undefined ? `id: ${e.id}\n` : ''}event: ${e.event}\ndata: ${JSON.stringify(e.data)}\n\n`;
}

// `bytes a-b/total` or `bytes a-b/*` (length unknown, RFC 9110 §14.4): a file that is the whole
// resource is cut to the range; one already holding just the range's bytes is sent as it is.
function rangeOf(bytes, status, contentRange) {
  if (status !== 206 || contentRange === null) return bytes;
  const m = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(contentRange.trim());
  if (m === null) return bytes;
  const start = Number(m[1]);
  const end = Number(m[2]);
  const whole = m[3] === '*' ? bytes.length !== end - start + 1 : Number(m[3]) === bytes.length;
  if (!whole) return bytes; // already the partial bytes
  return start <= end && end < bytes.length ? bytes.subarray(start, end + 1) : bytes;
}

/**
 * The body of a `fault: malformed` answer: the recorded body (or a stand-in) cut short so that it
 * is no longer valid JSON.
 */
export function malformedBody(playback) {
  let text = '{"data": [{"id": "truncated", "status": "running"}], "nextCursor": null}';
  if (playback !== null && playback.data !== null && playback.events === null) {
    text = typeof playback.data === 'string' ? playback.data : playback.data.toString('utf8');
  }
  for (let cut = Math.max(1, Math.floor(text.length / 2)); cut > 0; cut--) {
    const candidate = text.slice(0, cut);
    if (!parses(candidate)) return candidate;
  }
  return '{"truncated": ';
}

function parses(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
