// A `fetch` for the client under recording: it passes every request to the real fetch and keeps
// a copy of what went over the wire, request and response, for to-contract.mjs. Bodies are read
// from clones, so the client reads its own copy as usual (a stream included).
import { createHash } from 'node:crypto';
import { createParser } from 'eventsource-parser';

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/**
 * @param {typeof fetch} [realFetch]
 * @returns {{fetch: typeof fetch, exchanges: () => Promise<object[]>}} `exchanges()` resolves once
 *   every response body has been read: `[{request: {method, path, query, headers, body?, multipart?},
 *   response?: {status, headers, contentType, body? | events? | bytes?}, error?: string}]`
 */
export function createRecordingFetch(realFetch = globalThis.fetch) {
  const pending = [];
  async function recordingFetch(input, init) {
    const request = new Request(input, init);
    const entry = { request: await captureRequest(request.clone()) };
    pending.push(entry);
    let response;
    try {
      response = await realFetch(request);
    } catch (error) {
      entry.error = error?.message ?? String(error);
      throw error;
    }
    entry.responseRead = captureResponse(response.clone()).then((r) => {
      entry.response = r;
    });
    return response;
  }
  return {
    fetch: recordingFetch,
    async exchanges() {
      await Promise.all(pending.map((e) => e.responseRead));
      return pending.map(({ request, response, error }) => ({ request, ...(response ? { response } : {}), ...(error ? { error } : {}) }));
    },
  };
}

async function captureRequest(request) {
  const url = new URL(request.url);
  const query = {};
  for (const [name, value] of url.searchParams) {
    if (name in query) throw new Error(`the client sent query parameter '${name}' twice; contracts record one value per parameter`);
    query[name] = value;
  }
  const captured = { method: request.method, path: url.pathname, query, headers: request.headers };
  const type = request.headers.get('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    const fields = {};
    const files = {};
    for (const [name, value] of await request.formData()) {
      if (typeof value === 'string') fields[name] = value;
      else files[name] = { sha256: sha256(Buffer.from(await value.arrayBuffer())), contentType: value.type || undefined };
    }
    captured.multipart = { fields, files };
  } else {
    const text = await request.text();
    if (text !== '') captured.body = /\bjson\b/.test(type) ? JSON.parse(text) : text;
  }
  return captured;
}

async function captureResponse(response) {
  const contentType = response.headers.get('content-type') ?? '';
  const bytes = Buffer.from(await response.arrayBuffer());
  const captured = { status: response.status, headers: response.headers, contentType };
  if (bytes.length === 0) return captured;
  if (/^application\/([\w.+-]*\+)?json\b/.test(contentType)) captured.body = JSON.parse(bytes.toString('utf8'));
  else if (contentType.startsWith('text/event-stream')) captured.events = parseEvents(bytes.toString('utf8'));
  else captured.bytes = bytes;
  return captured;
}

function parseEvents(text) {
  const events = [];
  const parser = createParser({
    onEvent: ({ id, event, data }) => {
      let parsed = data;
      try {
        parsed = JSON.parse(data);
      } catch {
        // Kept as text; the contract check reports data that does not match the event schema.
      }
      events.push({ ...(id !== undefined ? { id } : {}), event: event ?? 'message', data: parsed });
    },
  });
  parser.feed(text);
  return events;
}
