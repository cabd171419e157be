import { send, sendProblem } from '../http/send.js';
import { mediaMatches, essence } from '../http/media-type.js';
import { parsePrefer } from '../responses/prefer.js';
import { parseRange } from '../responses/range.js';
import { EMPTY_PAYLOAD, forRequest, toPayload } from '../http/payload.js';

/**
 * Spec mode: answers a valid request with the operation's documented example, by default the
 * lowest 2xx response; `Prefer: code=…, example=…` picks another documented one. A list request
 * with a cursor gets the list's last page (pagination.js). Binary bodies honour a single `Range`
 * when the operation documents 206.
 */
export function createSpecResponder({ problemFor }) {
  return function respond({ req, res, op, requestId, query }) {
    const head = req.method === 'HEAD';
    const prefer = req.headers.prefer === undefined ? null : parsePrefer(req.headers.prefer);
    let response = op.responses.defaultSuccess;
    if (prefer !== null && prefer.code !== null) {
      response = pickByCode(op, prefer.code);
      if (response === null) {
        return unknownPreference(req, res, requestId, op, problemFor, `code=${prefer.code} is not a documented response of ${op.operationId}; documented: ${[...op.responses.byStatus.keys()].join(', ')}`);
      }
    }
    if (response === null) {
      // No 2xx documented: the first documented response is the only honest answer.
      response = op.responses.byStatus.values().next().value ?? { status: 204, headers: [], contents: [] };
    }
    let content = response.contents.length > 1 ? negotiate(response.contents, req.headers.accept) : response.contents[0];
    if (prefer !== null && prefer.example !== null && content !== undefined && !content.examples.has(prefer.example)) {
      // A named example decides the media type when only another one has it.
      content = response.contents.find((c) => c.examples.has(prefer.example)) ?? content;
    }
    if (content === undefined) return send(res, response.status, response.headers, null, EMPTY_PAYLOAD, requestId, head);

    let body = content.body;
    if (op.pagination !== null && content === op.pagination.content && hasCursor(query, op.pagination.cursorParam) && prefer?.example == null) {
      body = op.pagination.lastPage; // a cursor always leads to the last page (pagination.js)
    }
    if (prefer !== null && prefer.example !== null) {
      body = content.examples.get(prefer.example);
      if (body === undefined) {
        return unknownPreference(req, res, requestId, op, problemFor, `example=${prefer.example} is not an example of ${op.operationId} ${response.key} ${content.mediaType}; examples: ${[...content.examples.keys()].join(', ') || 'none'}`);
      }
    }
    if (content.kind === 'binary' && req.headers.range !== undefined && response.status === 200 && op.responses.byStatus.has('206')) {
      return sendRange(req, res, requestId, op, content, body, head, problemFor);
    }
    return send(res, response.status, response.headers, content.mediaType, forRequest(body, requestId), requestId, head);
  };
}

function hasCursor(query, name) {
  const v = query?.[name];
  return typeof v === 'string' ? v.length > 0 : Array.isArray(v) && v.length > 0;
}

function pickByCode(op, code) {
  const { byStatus } = op.responses;
  const exact = byStatus.get(code);
  if (exact) return exact;
  if (!/^[1-5]\d\d$/.test(code)) return null;
  const ranged = byStatus.get(`${code[0]}XX`) ?? byStatus.get('DEFAULT');
  return ranged ? { ...ranged, status: Number(code) } : null;
}

function negotiate(contents, accept) {
  if (typeof accept !== 'string') return contents[0];
  const wanted = accept.split(',').map((part) => essence(part)).filter(Boolean);
  return contents.find((c) => wanted.some((w) => mediaMatches(w, essence(c.mediaType)))) ?? contents[0];
}

function sendRange(req, res, requestId, op, content, body, head, problemFor) {
  const partial = op.responses.byStatus.get('206');
  const range = parseRange(req.headers.range, body.length);
  if (range === null) return send(res, 200, op.responses.defaultSuccess.headers, content.mediaType, body, requestId, head);
  if (range === 'unsatisfiable') {
    return sendProblem(res, req, requestId, 416, problemFor(op, 416), {
      detail: `Range ${req.headers.range} is outside the ${body.length}-byte body.`,
      extraHeaders: ['Content-Range', `bytes */${body.length}`],
    });
  }
  const headers = withoutHeader(partial.headers, 'content-range');
  headers.push('Content-Range', `bytes ${range.start}-${range.end}/${body.length}`);
  const mediaType = partial.contents.find((c) => c.mediaType === content.mediaType)?.mediaType ?? content.mediaType;
  return send(res, 206, headers, mediaType, toPayload(body.data.subarray(range.start, range.end + 1), 'binary'), requestId, head);
}

// A copy of a flat [name, value, …] header list without `name` (the documented example value).
function withoutHeader(list, name) {
  const out = [];
  for (let i = 0; i < list.length; i += 2) if (list[i].toLowerCase() !== name) out.push(list[i], list[i + 1]);
  return out;
}

function unknownPreference(req, res, requestId, op, problemFor, detail) {
  return sendProblem(res, req, requestId, 400, problemFor(op, 400), {
    detail: `Prefer: ${detail}.`,
    errors: [{ location: 'header', name: 'Prefer', message: detail }],
  });
}
