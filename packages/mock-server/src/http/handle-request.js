import { BodyTooLargeError, readBody } from './read-body.js';
import { parseCookies } from './parse-cookies.js';
import { sendProblem } from './send.js';
import { parseMultipart } from '../validation/parse-multipart.js';
import { BAD_URL } from './router.js';

const EMPTY = Object.freeze(Object.create(null));

/**
 * The request pipeline shared by every mode: route → security → parameters → body → the
 * mode's `respond`. Requests without a body stay synchronous. Any failure inside the pipeline
 * is answered as a 400 problem: the mock never sends a 5xx it was not asked for, never crashes.
 *
 * @param {object} deps
 * @param {object} deps.router from buildRouter
 * @param {(ctx) => void} deps.respond the mode's responder
 * @param {(op, status) => {template, headers}} deps.problemFor from buildProblemCatalog
 * @param {() => string} deps.nextRequestId
 * @param {number} deps.maxBodySize
 * @param {(err, req) => void} [deps.onInternalError]
 */
export function createRequestHandler(deps) {
  const { router, respond, problemFor, nextRequestId, onInternalError } = deps;
  return function handleRequest(req, res) {
    const requestId = nextRequestId();
    try {
      const found = router.match(req.method, req.url);
      if (found === null) return notRouted(req, res, requestId, deps);
      if (found === BAD_URL) {
        return sendProblem(res, req, requestId, 400, problemFor(null, 400), {
          detail: 'The request path is not valid percent-encoded UTF-8.',
          errors: [{ location: 'path', name: '', message: 'is not valid percent-encoded UTF-8' }],
        });
      }
      const op = found.store;
      const query = found.searchParams ?? EMPTY;
      const cookies = op.usesCookies ? parseCookies(req.headers.cookie) : EMPTY;

      if (op.security !== null) {
        const failure = op.security(req.headers, query, cookies);
        if (failure !== null) return unauthenticated(req, res, requestId, op, failure, problemFor);
      }

      let violations = null;
      const p = op.params;
      if (p.path !== null) violations = merge(violations, p.path(found.params));
      if (p.query !== null) violations = merge(violations, p.query(query));
      if (p.header !== null) violations = merge(violations, p.header(req.headers));
      if (p.cookie !== null) violations = merge(violations, p.cookie(cookies));

      if (op.body === null) {
        if (violations !== null) return invalid(req, res, requestId, op, violations, problemFor);
        return respond({ req, res, op, requestId, params: found.params, query, body: undefined, media: null });
      }
      readBody(req, deps.maxBodySize, (err, raw) => {
        try {
          const pending = afterBody(err, raw, req, res, requestId, op, found, query, violations, deps);
          if (pending !== undefined) pending.catch((e) => internal(req, res, requestId, e, problemFor, onInternalError));
        } catch (e) {
          internal(req, res, requestId, e, problemFor, onInternalError);
        }
      });
    } catch (err) {
      internal(req, res, requestId, err, problemFor, onInternalError);
    }
  };
}

// Synchronous except for multipart bodies, for which it returns the pending promise.
function afterBody(err, raw, req, res, requestId, op, found, query, violations, deps) {
  const { problemFor } = deps;
  if (err) {
    if (err instanceof BodyTooLargeError) {
      sendProblem(res, req, requestId, 413, problemFor(op, 413), {
        detail: `The request body exceeds the limit of ${err.limit} bytes.`,
        extraHeaders: ['Connection', 'close'],
      });
    }
    return undefined; // otherwise the client went away mid-body: nobody is left to answer
  }

  const bodySpec = op.body;
  let value;
  let media = null;
  if (raw.length === 0) {
    if (bodySpec.required) violations = merge(violations, [{ location: 'body', name: '', message: 'a request body is required' }]);
  } else {
    media = bodySpec.pick(req.headers['content-type']);
    if (media === null) {
      const allowed = bodySpec.allowed.join(', ');
      return sendProblem(res, req, requestId, 415, problemFor(op, 415), {
        detail: `Content-Type ${JSON.stringify(req.headers['content-type'] ?? '')} is not accepted; use one of: ${allowed}.`,
        errors: [{ location: 'header', name: 'Content-Type', message: `must be one of: ${allowed}` }],
      });
    }
    switch (media.kind) {
      case 'json':
        try {
          value = JSON.parse(raw.toString('utf8'));
        } catch (err) {
          return sendProblem(res, req, requestId, 400, problemFor(op, 400), {
            detail: `The request body is not valid JSON: ${err.message}.`,
            errors: [{ location: 'body', name: '', message: `not valid JSON: ${err.message}` }],
          });
        }
        break;
      case 'form':
        value = groupEntries(new URLSearchParams(raw.toString('utf8')));
        break;
      case 'multipart':
        return parseMultipart(req.headers, raw, media.encoding).then((parsed) => {
          if (parsed.malformed !== null) {
            return sendProblem(res, req, requestId, 400, problemFor(op, 400), {
              detail: `The request body is not valid multipart/form-data: ${parsed.malformed}.`,
              errors: [{ location: 'body', name: '', message: `not valid multipart/form-data: ${parsed.malformed}` }],
            });
          }
          const all = merge(violations, parsed.violations.length ? parsed.violations : null);
          const fields = { ...parsed.fields };
          finish(req, res, requestId, op, found, query, merge(all, media.validate?.(fields) ?? null), fields, media, deps);
        });
      case 'text':
        value = raw.toString('utf8');
        break;
      default:
        value = raw;
    }
    if (media.validate !== null) violations = merge(violations, media.validate(value));
  }
  finish(req, res, requestId, op, found, query, violations, value, media, deps);
  return undefined;
}

// `media`: the request body's entry from compile-body.js (media type, kind, schema), null without a body.
function finish(req, res, requestId, op, found, query, violations, value, media, { respond, problemFor }) {
  if (violations !== null) return invalid(req, res, requestId, op, violations, problemFor);
  return respond({ req, res, op, requestId, params: found.params, query, body: value, media });
}

// Repeated names become arrays; built via a Map so a field named `__proto__` stays a field.
function groupEntries(params) {
  const out = new Map();
  for (const [k, v] of params) {
    const prev = out.get(k);
    out.set(k, prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v]);
  }
  return Object.fromEntries(out);
}

function merge(into, more) {
  if (more === null || more.length === 0) return into;
  return into === null ? more : into.concat(more);
}

function invalid(req, res, requestId, op, violations, problemFor) {
  // Only body problems → 422 when the operation documents it; anything else → 400.
  const bodyOnly = violations.every((v) => v.location === 'body');
  const has = (s) => op.responses.byStatus.has(s);
  const status = bodyOnly && (has('422') || !has('400')) ? 422 : 400;
  const where = [...new Set(violations.map((v) => (v.name ? `${v.location} ${v.name}` : v.location)))];
  const count = `${violations.length} problem${violations.length === 1 ? '' : 's'}`;
  sendProblem(res, req, requestId, status, problemFor(op, status), {
    detail: `The request does not match ${op.operationId}: ${count} (${where.slice(0, 5).join('; ')}${where.length > 5 ? '; …' : ''}).`,
    errors: violations,
  });
}

function unauthenticated(req, res, requestId, op, failure, problemFor) {
  sendProblem(res, req, requestId, 401, problemFor(op, 401), {
    detail: `${op.operationId} needs credentials: ${failure.violations.map((v) => `${v.location} ${v.name}`).join(' or ')}.`,
    errors: failure.violations,
    extraHeaders: failure.challenge ? ['WWW-Authenticate', failure.challenge] : undefined,
  });
}

function notRouted(req, res, requestId, { router, problemFor }) {
  const allow = router.allowed(req.url);
  if (allow !== null) {
    return sendProblem(res, req, requestId, 405, problemFor(null, 405), {
      detail: `${req.method} is not allowed here; allowed: ${allow}.`,
      extraHeaders: ['Allow', allow],
    });
  }
  return sendProblem(res, req, requestId, 404, problemFor(null, 404), {
    detail: `No operation in the spec matches ${req.method} ${String(req.url).split('?')[0]}.`,
  });
}

function internal(req, res, requestId, err, problemFor, onInternalError) {
  onInternalError?.(err, req);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  try {
    sendProblem(res, req, requestId, 400, problemFor(null, 400), {
      detail: `The mock could not process this request: ${err?.message ?? String(err)}.`,
    });
  } catch {
    res.destroy();
  }
}
