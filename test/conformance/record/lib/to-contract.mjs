// Turns one recorded scenario (its captured exchanges and the TypeScript client's outcome) into
// a contract in the format of docs/contracts.md. The result is deterministic: keys in a fixed
// order, the mock's random request IDs replaced by IDs derived from the scenario ID, and a
// generated Idempotency-Key recorded as a pattern rather than its random value.
import { createHash } from 'node:crypto';
import { readOutcome } from '../../lib/outcome.mjs';

/** R3.6: a generated key is a lower-case UUID v4. */
export const UUID_V4 = '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$';
const SSE_ACCEPT = '(^|, *)text/event-stream(;|,|$)';
const CREDENTIAL_HEADERS = ['Authorization', 'X-API-Key'];
/** Response headers a contract replays: the ones an SDK reads. */
const REPLAYED_HEADERS = ['Location', 'ETag', 'Retry-After', 'Content-Range'];
const MEDIA_BY_TYPE = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp', 'video/mp4': 'mp4', 'application/pdf': 'pdf' };

/** The stand-in for the n-th (0-based) request ID of a scenario: `req_01JDREC<10 hex><nn>`. */
export function stableRequestId(scenarioId, n) {
  const hash = createHash('sha256').update(scenarioId).digest('hex').slice(0, 10).toUpperCase();
  return `req_01JDREC${hash}${String(n).padStart(2, '0')}`;
}

/** Replaces every string equal to a key of `map` inside `value` (deeply) by its mapped value. */
function replaceStrings(value, map) {
  if (typeof value === 'string') return map.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => replaceStrings(v, map));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceStrings(v, map)]));
  return value;
}

/**
 * @param {object} scenario a checked scenario
 * @param {object[]} exchanges from createRecordingFetch().exchanges()
 * @param {object} outcome from invoke.ts's perform()
 * @param {{bodyFileFor: (extension: string) => string}} files where a binary response body is kept
 *   (returns the repository-relative path to write the bytes to)
 * @returns {{contract: object, bodyFiles: {path: string, bytes: Buffer}[]}}
 */
export function toContract(scenario, exchanges, outcome, { bodyFileFor }) {
  const requestIds = new Map();
  const bodyFiles = [];
  const inputHeaders = new Map(Object.entries(scenario.input?.headers ?? {}).map(([k, v]) => [k.toLowerCase(), [k, v]]));

  const recorded = exchanges.map((exchange, i) => {
    if (!exchange.response) throw new Error(`request ${i + 1} (${exchange.request.method} ${exchange.request.path}) got no response: ${exchange.error ?? 'unknown error'}`);
    const { request, response } = exchange;
    const id = response.headers.get('x-request-id');
    if (id && !requestIds.has(id)) requestIds.set(id, stableRequestId(scenario.id, requestIds.size + 1));
    return {
      request: recordRequest(request, i, exchanges, inputHeaders, response),
      response: recordResponse(response, requestIds, bodyFiles, bodyFileFor),
    };
  });

  const contract = {
    summary: scenario.summary,
    operation: scenario.operation,
    tags: scenario.tags,
    ...(scenario.rules ? { rules: scenario.rules } : {}),
    ...(scenario.client ? { client: ordered(scenario.client, ['auth', 'maxRetries', 'timeoutMs']) } : {}),
    ...(scenario.call && scenario.call !== 'call' ? { call: scenario.call } : {}),
    ...(scenario.input ? { input: ordered(scenario.input, ['path', 'query', 'headers', 'body', 'file']) } : {}),
    exchanges: recorded,
    expect: replaceStrings(expectFrom(outcome), requestIds),
  };
  return { contract, bodyFiles };
}

function recordRequest(request, i, exchanges, inputHeaders, response) {
  const headers = {};
  for (const name of CREDENTIAL_HEADERS) {
    const sent = request.headers.get(name);
    headers[name] = sent === null ? { absent: true } : sent;
  }
  const key = request.headers.get('idempotency-key');
  if (key !== null) {
    const given = inputHeaders.get('idempotency-key');
    if (given) headers['Idempotency-Key'] = given[1];
    else if (i > 0 && exchanges[0].request.headers.get('idempotency-key') === key) headers['Idempotency-Key'] = { sameAs: 0 };
    else headers['Idempotency-Key'] = { pattern: UUID_V4 };
  }
  for (const [lower, [name]] of inputHeaders) {
    if (lower === 'idempotency-key') continue;
    const sent = request.headers.get(lower);
    headers[name] = sent === null ? { absent: true } : sent;
  }
  if (response.contentType.startsWith('text/event-stream')) headers.Accept = { pattern: SSE_ACCEPT };

  return {
    method: request.method,
    path: request.path,
    ...(Object.keys(request.query).length ? { query: request.query } : {}),
    headers,
    ...(request.body !== undefined ? { body: request.body } : {}),
    ...(request.multipart ? { multipart: request.multipart } : {}),
  };
}

function recordResponse(response, requestIds, bodyFiles, bodyFileFor) {
  const headers = {};
  const id = response.headers.get('x-request-id');
  if (id) headers['X-Request-Id'] = requestIds.get(id);
  // Contract mode sends application/json for `body` and text/event-stream for `events` by itself.
  const type = response.contentType;
  const defaultType = response.body !== undefined ? 'application/json' : response.events ? 'text/event-stream' : '';
  if (type && type.split(';')[0].trim() !== defaultType) headers['Content-Type'] = type;
  for (const name of REPLAYED_HEADERS) {
    const value = response.headers.get(name);
    if (value !== null) headers[name] = replaceStrings(value, requestIds);
  }
  const recorded = { status: response.status, headers };
  if (response.body !== undefined) recorded.body = replaceStrings(response.body, requestIds);
  else if (response.events) recorded.events = replaceStrings(response.events, requestIds);
  else if (response.bytes) {
    const path = bodyFileFor(MEDIA_BY_TYPE[type.split(';')[0].trim()] ?? 'bin');
    bodyFiles.push({ path, bytes: response.bytes });
    recorded.bodyFile = path;
  }
  return recorded;
}

function expectFrom(outcome) {
  if (outcome.error) {
    // The neutral error name (RateLimitError, ArgumentError), as every contract states it.
    const { type, status, code, requestId } = readOutcome(outcome).error;
    return { error: { type, ...(status !== undefined ? { status } : {}), ...(code !== undefined ? { code } : {}), ...(requestId !== undefined ? { requestId } : {}) } };
  }
  for (const kind of ['result', 'items', 'events', 'bytes']) if (kind in outcome) return { [kind]: outcome[kind] };
  throw new Error(`the driver reported an outcome of no known kind: ${Object.keys(outcome).join(', ')}`);
}

/** `value` with the listed keys first, in that order, then any others. */
function ordered(value, keys) {
  const out = {};
  for (const k of keys) if (value[k] !== undefined) out[k] = value[k];
  for (const [k, v] of Object.entries(value)) if (!(k in out)) out[k] = v;
  return out;
}
