import { problemBody } from './problem.js';
import { toPayload } from './payload.js';

/**
 * Writes a complete response in one go; `payload` is `{ data, length }` (see payload.js). `headers` is a flat [name, value, …] list that is
 * copied, never mutated, so pre-built lists can be shared between requests.
 */
export function send(res, status, headers, contentType, payload, requestId, head = false) {
  // One array of the final length (a copy, then pushes, would allocate twice).
  const n = headers.length;
  const list = new Array(n + (contentType === null ? 4 : 6));
  for (let i = 0; i < n; i++) list[i] = headers[i];
  let at = n;
  list[at++] = 'X-Request-Id';
  list[at++] = requestId;
  if (contentType !== null) {
    list[at++] = 'Content-Type';
    list[at++] = contentType;
  }
  list[at++] = 'Content-Length';
  list[at] = String(payload.length);
  res.writeHead(status, list);
  if (head || payload.length === 0) res.end();
  else res.end(payload.data);
}

/**
 * Answers with an `application/problem+json` body. `problem` is `{ template, headers }` from the
 * problem catalog; `extraHeaders` are added (Allow, WWW-Authenticate, Content-Range …).
 */
export function sendProblem(res, req, requestId, status, problem, { detail, errors, extraHeaders }) {
  const body = problemBody(problem.template, status, { detail, instance: pathOf(req.url), requestId, errors });
  const headers = extraHeaders ? withoutNamed(problem.headers, extraHeaders).concat(extraHeaders) : problem.headers;
  send(res, status, headers, 'application/problem+json', toPayload(body, 'json'), requestId, req.method === 'HEAD');
}

// A header this answer sets itself (`Allow` of a 405) replaces the documented one of that name,
// which is only the spec's example (GET /graphql documents `Allow: POST`).
function withoutNamed(headers, extra) {
  const names = new Set();
  for (let i = 0; i < extra.length; i += 2) names.add(extra[i].toLowerCase());
  const kept = [];
  for (let i = 0; i < headers.length; i += 2) if (!names.has(headers[i].toLowerCase())) kept.push(headers[i], headers[i + 1]);
  return kept;
}

function pathOf(url) {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}
