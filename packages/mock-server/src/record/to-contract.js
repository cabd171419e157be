import { createHash } from 'node:crypto';
import { routeParamName } from '../http/router.js';
import { CONTRACT_API_KEY, CONTRACT_ACCESS_TOKEN, CONTRACT_REFRESH_TOKEN, REFRESHED_ACCESS_TOKEN, REFRESHED_REFRESH_TOKEN } from './redact.js';

/** R3.6: an SDK-generated Idempotency-Key is a lower-case UUID v4. */
export const UUID_V4 = '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$';
const SSE_ACCEPT = '(^|, *)text/event-stream(;|,|$)';
const HTTP_DATE = '^[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT$';
/** Response headers a contract replays: the ones an SDK reads. */
const REPLAYED = ['Location', 'ETag', 'Retry-After', 'Content-Range'];
const ERROR_TYPES = { 400: 'BadRequestError', 401: 'AuthenticationError', 403: 'PermissionDeniedError', 404: 'NotFoundError', 409: 'ConflictError', 412: 'PreconditionFailedError', 422: 'UnprocessableEntityError', 429: 'RateLimitError' };

/** Statuses an SDK retries (R3): a scenario continues while its last answer was one of them. */
export function isRetryable(response) {
  const s = response.status;
  return s === 408 || s === 429 || s >= 500 || (s === 409 && response.json?.code === 'resource_locked');
}

/**
 * A token refresh (R1.4): a request whose JSON body carries a refresh token. Found by the field,
 * not by the operation's name, so any spec's refresh operation is one.
 */
export function isRefresh(request) {
  const b = request.body;
  return b !== null && typeof b === 'object' && !Array.isArray(b) && Object.keys(b).some((k) => /^refresh_?token$/i.test(k));
}

/** The index of the refresh exchange in a scenario that has one (a 401, the refresh, the repeat), else -1. */
export function refreshIndex(exchanges) {
  return exchanges.findIndex((x, i) => i > 0 && exchanges[i - 1].response.status === 401 && isRefresh(x.request));
}

/** The neutral error class of a status (R5.2). */
export function errorType(status) {
  return ERROR_TYPES[status] ?? (status >= 500 ? 'InternalServerError' : 'APIError');
}

/** The stand-in for the n-th request ID of a scenario (stable, so a recording is reproducible). */
export function stableRequestId(name, n) {
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 10).toUpperCase();
  return `req_01JDREC${hash}${String(n).padStart(2, '0')}`;
}

/**
 * One scenario (a request and its retries, with the answers) as a contract in the format of
 * docs/contracts.md. `exchanges` are `{ op, rawOp, found, request, response }` with the request
 * `{ method, path, query (text), headers (lower-case), body (JSON) }` and the response
 * `{ status, headers, json, text, events, bytes, bodyFile }`.
 */
export function toContract(name, exchanges, redact, { upstream }) {
  const first = exchanges[0];
  const last = exchanges.at(-1);
  const ids = new Map();
  const stable = (id) => {
    if (!ids.has(id)) ids.set(id, stableRequestId(name, ids.size + 1));
    return ids.get(id);
  };
  for (const x of exchanges) if (x.response.headers['x-request-id']) stable(x.response.headers['x-request-id']);
  const swapIds = (v) => {
    if (typeof v === 'string') return ids.get(v) ?? v;
    if (Array.isArray(v)) return v.map(swapIds);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, swapIds(x)]));
    return v;
  };
  const clean = (v) => swapIds(redact.value(v));

  const headers = first.request.headers;
  const refreshAt = refreshIndex(exchanges);
  // A 401, the refresh and the repeat: the SDK needs a refresh token configured (R1.4).
  const auth = headers.authorization !== undefined ? (refreshAt > 0 ? 'bearerWithRefresh' : 'bearer') : 'apiKey';
  const input = {};
  const path = pathParams(first);
  if (Object.keys(path).length) input.path = path;
  const query = typedQuery(first);
  if (Object.keys(query).length) input.query = clean(query);
  const inputHeaders = {};
  if (headers['if-match'] !== undefined) inputHeaders['If-Match'] = headers['if-match'];
  const key = headers['idempotency-key'];
  if (key !== undefined && !new RegExp(UUID_V4).test(key)) inputHeaders['Idempotency-Key'] = key;
  if (Object.keys(inputHeaders).length) input.headers = inputHeaders;
  if (first.request.body !== undefined) input.body = clean(first.request.body);
  const upload = first.request.upload ?? null;
  if (upload !== null) {
    if (Object.keys(upload.input).length) input.body = clean(upload.input);
    input.file = { path: upload.file.path, contentType: upload.file.contentType };
  }

  const events = last.response.events !== null;
  const download = last.response.bytes !== null && last.response.status < 300;
  const contract = {
    summary: `${first.op.operationId}: ${describe(exchanges)} (recorded through sais-mock record from ${new URL(upstream).host})`,
    operation: first.op.operationId,
    tags: ['recorded'],
    client: { auth },
  };
  // Retries only: the refresh and the repeat after it are R1.4's, not R3's.
  const retries = exchanges.length - 1 - (refreshAt > 0 ? 2 : 0);
  // A last answer the SDK would retry: the recording shows where the client stopped.
  if (isRetryable(last.response) || retries > 2) contract.client.maxRetries = retries;
  if (events) contract.call = 'events';
  else if (download) contract.call = 'download';
  else if (upload !== null) contract.call = 'upload';
  if (Object.keys(input).length) contract.input = input;
  contract.exchanges = exchanges.map((x, i) => {
    const recorded = { request: recordRequest(x, i, exchanges, clean, refreshAt), response: recordResponse(x.response, clean, stable) };
    if (i === refreshAt) refreshedTokens(recorded);
    return recorded;
  });
  contract.expect = expectFrom(last.response, clean, stable);
  return contract;
}

function pathParams({ rawOp, found }) {
  const out = {};
  for (const p of rawOp.parameters) {
    if (p.in !== 'path') continue;
    const v = found.params[routeParamName(p.name)];
    if (v !== undefined) out[p.name] = v;
  }
  return out;
}

// `input.query` holds the parameters by their spec types (`limit: 1`), the recorded request text.
function typedQuery({ rawOp, request }) {
  const out = {};
  for (const [name, text] of Object.entries(request.query)) {
    const schema = rawOp.parameters.find((p) => p.in === 'query' && p.name === name)?.schema ?? {};
    const type = schema.type;
    out[name] = (type === 'integer' || type === 'number') && text !== '' && !Number.isNaN(Number(text)) ? Number(text) : type === 'boolean' && /^(true|false)$/.test(text) ? text === 'true' : text;
  }
  return out;
}

function recordRequest({ request }, i, all, clean, refreshAt) {
  const h = request.headers;
  const headers = {};
  if (h['x-api-key'] !== undefined) {
    headers['X-API-Key'] = CONTRACT_API_KEY;
    headers.Authorization = { absent: true };
  } else if (h.authorization !== undefined) {
    // After a refresh the SDK sends the access token the refresh answered.
    const token = refreshAt > 0 && i > refreshAt ? REFRESHED_ACCESS_TOKEN : CONTRACT_ACCESS_TOKEN;
    headers.Authorization = /^Bearer\s/i.test(h.authorization) ? `Bearer ${token}` : { present: true };
    headers['X-API-Key'] = { absent: true };
  } else if (i === refreshAt) {
    // R1.4: the refresh carries no credentials headers.
    headers.Authorization = { absent: true };
    headers['X-API-Key'] = { absent: true };
  }
  if (h.cookie !== undefined) headers.Cookie = { present: true };
  const key = h['idempotency-key'];
  if (i === refreshAt && key === undefined && all[0].request.headers['idempotency-key'] !== undefined) headers['Idempotency-Key'] = { absent: true };
  if (key !== undefined) {
    if (i > 0 && all[0].request.headers['idempotency-key'] === key) headers['Idempotency-Key'] = { sameAs: 0 };
    else if (new RegExp(UUID_V4).test(key)) headers['Idempotency-Key'] = { pattern: UUID_V4 };
    else headers['Idempotency-Key'] = key;
  }
  if (h['if-match'] !== undefined) headers['If-Match'] = h['if-match'];
  if (h.date !== undefined) headers.Date = { pattern: HTTP_DATE };
  if (/text\/event-stream/.test(h.accept ?? '')) headers.Accept = { pattern: SSE_ACCEPT };
  return {
    method: request.method,
    path: request.path,
    ...(Object.keys(request.query).length ? { query: clean(request.query) } : {}),
    headers,
    ...(request.body !== undefined ? { body: clean(request.body) } : {}),
    ...(request.upload ? { multipart: clean(request.upload.multipart) } : {}),
  };
}

// The refresh exchange with the contract's tokens: the configured refresh token goes out, a new
// access token (and refresh token, when the upstream rotates it) comes back.
function refreshedTokens({ request, response }) {
  for (const k of Object.keys(request.body ?? {})) if (/^refresh_?token$/i.test(k)) request.body[k] = CONTRACT_REFRESH_TOKEN;
  const body = response.body;
  if (body === null || typeof body !== 'object') return;
  for (const k of Object.keys(body)) {
    if (/^access_?token$/i.test(k) && typeof body[k] === 'string') body[k] = REFRESHED_ACCESS_TOKEN;
    if (/^refresh_?token$/i.test(k) && typeof body[k] === 'string' && body[k] !== '') body[k] = REFRESHED_REFRESH_TOKEN;
  }
}

function recordResponse(response, clean, stable) {
  const headers = {};
  const id = response.headers['x-request-id'];
  if (id) headers['X-Request-Id'] = stable(id);
  const type = response.headers['content-type'];
  const defaultType = response.json !== undefined ? 'application/json' : response.events !== null ? 'text/event-stream' : '';
  if (type && type.split(';')[0].trim() !== defaultType) headers['Content-Type'] = type;
  for (const name of REPLAYED) {
    const v = response.headers[name.toLowerCase()];
    if (v !== undefined) headers[name] = clean(v);
  }
  const out = { status: response.status, headers };
  if (response.json !== undefined) out.body = clean(response.json);
  else if (response.events !== null) out.events = clean(response.events);
  else if (response.bodyFile !== null) out.bodyFile = response.bodyFile;
  else if (response.text !== '') out.bodyText = clean(response.text);
  return out;
}

function expectFrom(response, clean, stable) {
  if (response.status >= 400) {
    const error = { type: errorType(response.status), status: response.status };
    if (typeof response.json?.code === 'string') error.code = response.json.code;
    const id = response.headers['x-request-id'] ?? (typeof response.json?.requestId === 'string' ? response.json.requestId : undefined);
    if (id) error.requestId = stable(id);
    return { error };
  }
  if (response.events !== null) return { events: clean(response.events.map(({ event, data }) => ({ event, data }))) };
  if (response.bytes !== null) return { bytes: { length: response.bytes.length, sha256: createHash('sha256').update(response.bytes).digest('hex') } };
  return { result: response.json === undefined ? null : clean(response.json) };
}

function describe(exchanges) {
  const statuses = exchanges.map((x) => x.response.status);
  const last = exchanges.at(-1).response;
  const end = last.status >= 400 ? `raises ${errorType(last.status)} (${last.status}${last.json?.code ? ` ${last.json.code}` : ''})` : `returns ${last.status}`;
  const at = refreshIndex(exchanges);
  if (at > 0) return `after ${statuses.slice(0, at).join(', ')}, refreshes the token${exchanges.length > at + 1 ? ' and repeats the call' : ''}, ${end}`;
  return statuses.length > 1 ? `after ${statuses.slice(0, -1).join(', ')} retried, ${end}` : end;
}

/** The file name of a scenario: operation and outcome (`create-template-retries-429-then-201`). */
export function scenarioName(exchanges) {
  const op = exchanges[0].op.operationId.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  const last = exchanges.at(-1).response;
  const code = typeof last.json?.code === 'string' ? `-${last.json.code.replace(/_/g, '-')}` : '';
  const outcome = last.status >= 400 ? `raises-${last.status}${code}` : `returns-${last.status}`;
  const at = refreshIndex(exchanges);
  if (at > 0) {
    const before = exchanges.slice(0, at).map((x) => x.response.status).join('-');
    return `${op}-refreshes-the-token-after-${before}-then-${outcome}`.replace(/[^a-z0-9-]/g, '-');
  }
  const retried = exchanges.slice(0, -1).map((x) => x.response.status);
  return `${op}${retried.length ? `-retries-${retried.join('-')}-then` : ''}-${outcome}`.replace(/[^a-z0-9-]/g, '-');
}
