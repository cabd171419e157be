import { createSessionStore, DEFAULT_MAX_SESSIONS } from '../contracts/sessions.js';
import { matchRequest } from '../contracts/match-request.js';
import { digestMultipart } from '../contracts/digest-multipart.js';
import { playExchange } from '../contracts/play-response.js';
import { BodyTooLargeError, readBody } from '../http/read-body.js';
import { send, sendProblem } from '../http/send.js';
import { toPayload } from '../http/payload.js';

const SESSIONS_PREFIX = '/_sessions/';
const API_PREFIX = '/_contracts';
const API_BODY_LIMIT = 64 * 1024;

const PROBLEMS = {
  unknownContract: problem('unknown-contract', 'Unknown contract', 'unknown_contract'),
  unknownSession: problem('unknown-session', 'Unknown session', 'unknown_session'),
  exhausted: problem('contract-exhausted', 'Contract exhausted', 'contract_exhausted'),
  badRequest: problem('bad-request', 'Bad Request', 'bad_request'),
  notFound: problem('not-found', 'Not Found', 'not_found'),
  methodNotAllowed: problem('method-not-allowed', 'Method Not Allowed', 'method_not_allowed'),
  tooLarge: problem('payload-too-large', 'Payload Too Large', 'payload_too_large'),
};

/**
 * Contract mode (docs/contracts.md, "Running contracts"): replays recorded contracts in
 * sessions beside spec mode. `POST /_contracts/sessions {"contract": id}` opens a session;
 * the SDK's traffic under `/_sessions/<sid>/…` is matched against the session's next exchange
 * (every difference recorded as a mismatch) and answered with the recorded response or fault;
 * `GET /_contracts/sessions/<sid>` reports `{contract, expected, received, complete, mismatches}`.
 *
 * @param {object} options
 * @param {Map<string, object>} options.contracts prepared contracts (loadContractsBundle)
 * @param {string} options.basePath the API's base path, part of each session's `baseURL`
 * @param {() => string} options.nextRequestId
 * @param {number} options.maxBodySize
 * @param {number} [options.maxSessions] sessions kept before the oldest is dropped (10,000)
 * @param {(err, req) => void} [options.onInternalError]
 * @returns {{ handle(req, res): boolean, sessions, close(): void }} `handle` answers and
 *   returns true for `/_sessions/…` and `/_contracts…` URLs, false for anything else
 */
export function createContractMode({ contracts, basePath, nextRequestId, maxBodySize, maxSessions = DEFAULT_MAX_SESSIONS, onInternalError }) {
  const sessions = createSessionStore({ maxSessions });
  const delayed = new Map(); // timer → response still waiting for its delay
  const track = { add: (t, res) => delayed.set(t, res), done: (t) => delayed.delete(t) };

  function handle(req, res) {
    const url = req.url;
    if (url.startsWith(SESSIONS_PREFIX)) {
      guarded(req, res, (requestId, fail) => sessionTraffic(req, res, url, requestId, fail));
      return true;
    }
    if (url.startsWith(API_PREFIX) && (url.length === API_PREFIX.length || url[API_PREFIX.length] === '/' || url[API_PREFIX.length] === '?')) {
      guarded(req, res, (requestId, fail) => sessionApi(req, res, url, requestId, fail));
      return true;
    }
    return false;
  }

  function guarded(req, res, work) {
    const requestId = nextRequestId();
    const fail = (err) => {
      onInternalError?.(err, req);
      if (res.headersSent) res.destroy();
      else answerProblem(req, res, requestId, 400, PROBLEMS.badRequest, `The mock could not process this request: ${err?.message ?? err}.`);
    };
    try {
      work(requestId, fail);
    } catch (err) {
      fail(err);
    }
  }

  // The SDK's traffic: /_sessions/<sid>/api/v1/…
  function sessionTraffic(req, res, url, requestId, fail) {
    const rest = url.slice(SESSIONS_PREFIX.length);
    const end = rest.search(/[/?]/);
    const sid = end === -1 ? rest : rest.slice(0, end);
    let target = end === -1 ? '/' : rest.slice(end);
    if (target.startsWith('?')) target = `/${target}`;
    const session = sessions.get(sid);
    if (session === undefined) {
      req.resume();
      return answerProblem(req, res, requestId, 404, PROBLEMS.unknownSession, `No session ${JSON.stringify(sid)}: open one with POST /_contracts/sessions (only the newest ${maxSessions} are kept).`);
    }
    const q = target.indexOf('?');
    const sent = {
      method: req.method,
      path: q === -1 ? target : target.slice(0, q),
      search: q === -1 ? '' : target.slice(q + 1),
      headers: req.headers,
      raw: null,
      multipart: null,
    };
    // Arrival order decides which exchange a request is matched against.
    const { index, exchange } = session.take(req.headers);
    readBody(req, maxBodySize, guard(fail, (err, raw) => {
      if (err) {
        session.mismatch(index, err instanceof BodyTooLargeError ? `body: larger than the mock's limit of ${err.limit} bytes` : 'the request body was not received completely');
        if (err instanceof BodyTooLargeError) answerProblem(req, res, requestId, 413, PROBLEMS.tooLarge, `The request body exceeds the limit of ${err.limit} bytes.`, undefined, CLOSE);
        return;
      }
      sent.raw = raw;
      if (exchange === null) {
        const total = session.contract.exchanges.length;
        session.mismatch(index, `unexpected request ${sent.method} ${sent.path}: contract ${session.contract.id} has only ${total} exchange${total === 1 ? '' : 's'}`);
        return answerProblem(req, res, requestId, 400, PROBLEMS.exhausted, `Contract ${session.contract.id} expected ${total} request${total === 1 ? '' : 's'}; this is request ${index + 1}.`);
      }
      const finish = () => {
        for (const phrase of matchRequest(exchange.request, sent, session.earlier)) session.mismatch(index, phrase);
        playExchange(req, res, exchange, requestId, track);
      };
      if (exchange.request.multipart === null) return finish();
      digestMultipart(req.headers, raw)
        .then((digest) => {
          sent.multipart = digest;
          if (digest.error === null) return finish();
          // An unreadable body is recorded as a mismatch and answered like spec mode does.
          for (const phrase of matchRequest(exchange.request, sent, session.earlier)) session.mismatch(index, phrase);
          return answerProblem(req, res, requestId, 400, PROBLEMS.badRequest, `The request body is not valid multipart/form-data (${digest.error}).`, [{ location: 'body', name: '', message: digest.error }]);
        })
        .catch(fail);
      return undefined;
    }));
    return undefined;
  }

  // The session API: /_contracts, /_contracts/sessions, /_contracts/sessions/<sid>
  function sessionApi(req, res, url, requestId, fail) {
    const path = url.split('?')[0].replace(/\/+$/, '') || '/';
    if (path === API_PREFIX) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return notAllowed(req, res, requestId, 'GET, HEAD');
      const list = [...contracts.values()].map((c) => ({ id: c.id, operation: c.operation, exchanges: c.exchanges.length }));
      return answerJson(req, res, requestId, 200, { contracts: list, sessions: sessions.size });
    }
    if (path === `${API_PREFIX}/sessions`) {
      if (req.method !== 'POST') return notAllowed(req, res, requestId, 'POST');
      return readBody(req, API_BODY_LIMIT, guard(fail, (err, raw) => {
        if (err) {
          if (err instanceof BodyTooLargeError) answerProblem(req, res, requestId, 413, PROBLEMS.tooLarge, `A session request is at most ${API_BODY_LIMIT} bytes.`, undefined, CLOSE);
          return;
        }
        let id;
        try {
          id = JSON.parse(raw.toString('utf8'))?.contract;
        } catch (e) {
          return answerProblem(req, res, requestId, 400, PROBLEMS.badRequest, `The body is not valid JSON (${e.message}); send {"contract": "<id>"}.`);
        }
        if (typeof id !== 'string') return answerProblem(req, res, requestId, 400, PROBLEMS.badRequest, 'Send {"contract": "<id>"} with the ID of a contract in the bundle.', [{ location: 'body', name: '/contract', message: 'must be a contract ID string' }]);
        const contract = contracts.get(id);
        if (contract === undefined) return answerProblem(req, res, requestId, 404, PROBLEMS.unknownContract, `No contract ${JSON.stringify(id)} in the bundle (${contracts.size} contracts; GET /_contracts lists them).`);
        const session = sessions.open(contract);
        return answerJson(req, res, requestId, 201, { session: session.id, baseURL: `${origin(req)}${SESSIONS_PREFIX}${session.id}${basePath}` });
      }));
    }
    if (path.startsWith(`${API_PREFIX}/sessions/`)) {
      const sid = path.slice(`${API_PREFIX}/sessions/`.length);
      const session = sid.includes('/') ? undefined : sessions.get(sid);
      if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'DELETE') return notAllowed(req, res, requestId, 'DELETE, GET, HEAD');
      if (session === undefined) return answerProblem(req, res, requestId, 404, PROBLEMS.unknownSession, `No session ${JSON.stringify(sid)}.`);
      if (req.method === 'DELETE') {
        sessions.delete(sid);
        return send(res, 204, [], null, toPayload('', 'json'), requestId);
      }
      return answerJson(req, res, requestId, 200, session.toJSON());
    }
    req.resume();
    return answerProblem(req, res, requestId, 404, PROBLEMS.notFound, `No contract-mode endpoint ${path}; see GET /_contracts, POST /_contracts/sessions, GET or DELETE /_contracts/sessions/<sid>.`);
  }

  return {
    handle,
    sessions,
    /** Drops delayed answers still waiting, so closing the server does not wait for them. */
    close() {
      for (const [timer, res] of delayed) {
        clearTimeout(timer);
        res.destroy();
      }
      delayed.clear();
    },
  };
}

// A body callback runs inside a stream event: a throw there must become an answer, not a crash.
function guard(fail, callback) {
  return (err, raw) => {
    try {
      callback(err, raw);
    } catch (e) {
      fail(e);
    }
  };
}

function origin(req) {
  const host = req.headers.host;
  if (typeof host === 'string' && /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/.test(host)) return `http://${host}`;
  const address = req.socket.localAddress ?? '127.0.0.1';
  return `http://${address.includes(':') ? `[${address}]` : address}:${req.socket.localPort}`;
}

function problem(slug, title, code) {
  return { template: { type: `https://sais-mock.dev/problems/${slug}`, title, code }, headers: [] };
}

// The rest of an oversized body is never read, so the connection cannot be reused.
const CLOSE = ['Connection', 'close'];

function answerProblem(req, res, requestId, status, which, detail, errors, extraHeaders) {
  sendProblem(res, req, requestId, status, which, { detail, errors, extraHeaders });
}

function notAllowed(req, res, requestId, allow) {
  req.resume();
  sendProblem(res, req, requestId, 405, PROBLEMS.methodNotAllowed, { detail: `${req.method} is not allowed here; allowed: ${allow}.`, extraHeaders: ['Allow', allow] });
}

function answerJson(req, res, requestId, status, value) {
  send(res, status, [], 'application/json', toPayload(JSON.stringify(value), 'json'), requestId, req.method === 'HEAD');
}
