import { send, sendProblem } from '../http/send.js';
import { parseFaultPrefer } from './parse-fault-prefer.js';
import { addHeaders } from './add-headers.js';

/**
 * Wraps a mode's responder (spec or stateful) with faults, so an SDK's retry and timeout
 * behaviour can be watched against a live-like server:
 * - per request, `Prefer: delay=300`, `Prefer: fault=reset`, `Prefer: fault=malformed`,
 *   `Prefer: code=503, retry-after=1` (the documented 503 is the responder's; the header is ours);
 * - for a whole run, `chaos` (chaos.js) decides for requests that ask for no fault themselves.
 * Faults apply to valid requests (after validation), like the mode's own answers. Every fault
 * is reported to `onFault` with the request ID, even a reset, whose ID the client never sees.
 *
 * @param {(ctx) => void} respond
 * @param {{ problemFor: Function, chaos?: Function|null, onFault?: (entry) => void }} options
 * @returns {{ respond: (ctx) => void, close: () => void }}
 */
export function withFaults(respond, { problemFor, chaos = null, onFault }) {
  const timers = new Set();
  const log = (ctx, fault, detail, source) => onFault?.({ requestId: ctx.requestId, fault, detail, source, method: ctx.req.method, url: ctx.req.url });

  function respondWithFaults(ctx) {
    const { req, res, op, requestId } = ctx;
    const prefer = req.headers.prefer;
    let wanted = prefer === undefined ? null : parseFaultPrefer(prefer);
    if (wanted?.error) {
      return sendProblem(res, req, requestId, 400, problemFor(op, 400), {
        detail: `Prefer: ${wanted.error}.`,
        errors: [{ location: 'header', name: 'Prefer', message: wanted.error }],
      });
    }
    let source = 'prefer';
    if (wanted === null && chaos !== null) {
      const drawn = chaos(op);
      if (drawn === null) return respond(ctx);
      source = 'chaos';
      wanted = drawn.kind === 'reset'
        ? { delay: null, fault: 'reset', retryAfter: null }
        : { delay: null, fault: null, retryAfter: drawn.retryAfter, status: drawn.status };
    }
    if (wanted === null) return respond(ctx);
    if (wanted.delay !== null && wanted.delay > 0) {
      log(ctx, 'delay', `${wanted.delay} ms`, source);
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (res.destroyed || res.writableEnded || req.socket.destroyed) return;
        answer(ctx, wanted, source);
      }, wanted.delay);
      timers.add(timer);
      return undefined;
    }
    return answer(ctx, wanted, source);
  }

  function answer(ctx, wanted, source) {
    const { req, res, op, requestId } = ctx;
    if (wanted.fault === 'reset') {
      log(ctx, 'reset', 'connection reset without an answer', source);
      return resetConnection(req);
    }
    if (wanted.fault === 'malformed') {
      log(ctx, 'malformed', 'truncated JSON body', source);
      return sendMalformed(req, res, op, requestId);
    }
    if (wanted.retryAfter !== null) {
      addHeaders(res, ['Retry-After', wanted.retryAfter]);
      if (wanted.status !== undefined) {
        log(ctx, 'status', `${wanted.status} with Retry-After: ${wanted.retryAfter}`, source);
        return sendProblem(res, req, requestId, wanted.status, problemFor(op, wanted.status), {
          detail: `sais-mock --chaos answered ${wanted.status}; retry after ${wanted.retryAfter} s.`,
        });
      }
      log(ctx, 'retry-after', `Retry-After: ${wanted.retryAfter}`, source);
    }
    return respond(ctx);
  }

  return {
    respond: respondWithFaults,
    /** Cancels pending delays (the server is closing). */
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}

// The operation's default success status and headers, with half of its JSON example: what a
// proxy that cut the connection mid-body leaves a client with (contract mode's `malformed`).
function sendMalformed(req, res, op, requestId) {
  const success = op.responses.defaultSuccess;
  const json = success?.contents.find((c) => c.kind === 'json' && c.body.length > 1);
  const whole = json ? String(json.body.data) : '{"data":[{"id":"truncated"}]}';
  const cut = whole.slice(0, Math.max(1, Math.floor(whole.length / 2)));
  const status = json ? success.status : 200;
  const headers = json ? success.headers : [];
  send(res, status, headers, 'application/json', { data: cut, length: Buffer.byteLength(cut) }, requestId, req.method === 'HEAD');
}

function resetConnection(req) {
  const socket = req.socket;
  if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
  else socket.destroy();
}
