import { checkHeaders, quote } from './header-matchers.js';
import { jsonDifferences, show } from './json-diff.js';
import { essence } from '../http/media-type.js';

/**
 * Compares one request the SDK sent with the recorded request (rules in docs/contracts.md) and
 * returns every difference as a phrase naming the field: method, path, each query parameter,
 * each listed header, the JSON body (by JSON pointer) or each multipart part.
 *
 * @param {object} recorded the prepared `exchange.request`
 * @param {object} sent `{ method, path, search, headers, raw, multipart }` (`multipart` from
 *   digestMultipart when the recording has one)
 * @param {(index, name) => string | undefined | NOT_RECEIVED} earlier header values of earlier exchanges
 */
export function matchRequest(recorded, sent, earlier) {
  const out = [];
  if (sent.method !== recorded.method) out.push(`method: expected ${recorded.method}, got ${sent.method}`);
  if (sent.path !== recorded.path) out.push(`path: expected ${recorded.path}, got ${sent.path}`);
  compareQuery(recorded.query, sent.search, out);
  out.push(...checkHeaders(recorded.headers, sent.headers, earlier));
  if (recorded.multipart !== null) compareMultipart(recorded.multipart, sent, out);
  else if (recorded.hasBody) compareJsonBody(recorded.body, sent, out);
  return out;
}

function compareQuery(expected, search, out) {
  const sent = new Map();
  for (const [name, value] of new URLSearchParams(search)) {
    const list = sent.get(name);
    if (list === undefined) sent.set(name, [value]);
    else list.push(value);
  }
  for (const [name, value] of expected) {
    const got = sent.get(name);
    if (got === undefined) out.push(`query ${name}: expected ${quote(value)}, it was not sent`);
    else if (got.length > 1) out.push(`query ${name}: expected ${quote(value)} once, it was sent ${got.length} times (${got.map(quote).join(', ')})`);
    else if (got[0] !== value) out.push(`query ${name}: expected ${quote(value)}, got ${quote(got[0])}`);
  }
  for (const [name, got] of sent) {
    if (!expected.has(name)) out.push(`query ${name}: not expected, got ${got.map(quote).join(', ')}`);
  }
}

function compareJsonBody(expected, sent, out) {
  if (sent.raw.length === 0) {
    if (expected !== null) out.push(`body: expected ${show(expected)}, no body was sent`);
    return;
  }
  let actual;
  try {
    actual = JSON.parse(sent.raw.toString('utf8'));
  } catch (err) {
    out.push(`body: expected JSON ${show(expected)}, got text that is not JSON (${err.message})`);
    return;
  }
  for (const d of jsonDifferences(expected, actual)) out.push(`body ${d}`);
  const type = essence(sent.headers['content-type']);
  if (type !== 'application/json' && !type.endsWith('+json')) out.push(`header Content-Type: expected a JSON media type for the JSON body, got ${quote(sent.headers['content-type'] ?? '')}`);
}

function compareMultipart(expected, sent, out) {
  const type = essence(sent.headers['content-type']);
  if (type !== 'multipart/form-data') {
    out.push(`body: expected multipart/form-data, got Content-Type ${quote(sent.headers['content-type'] ?? '')}`);
    return;
  }
  const { fields, files, error } = sent.multipart;
  if (error !== null) {
    out.push(`body: ${error}`);
    return;
  }
  for (const [name, value] of expected.fields) {
    const got = fields.get(name);
    if (got === undefined) out.push(`multipart field ${name}: expected ${quote(value)}, it was not sent${files.has(name) ? ' (it was sent as a file part)' : ''}`);
    else if (got !== value) out.push(`multipart field ${name}: expected ${quote(value)}, got ${quote(got)}`);
  }
  for (const [name, value] of fields) if (!expected.fields.has(name)) out.push(`multipart field ${name}: not expected, got ${quote(value)}`);
  for (const [name, want] of expected.files) {
    const got = files.get(name);
    if (got === undefined) {
      out.push(`multipart file ${name}: expected a file part, it was not sent${fields.has(name) ? ' (it was sent as a text field)' : ''}`);
      continue;
    }
    if (got.sha256 !== want.sha256) out.push(`multipart file ${name}: expected content with SHA-256 ${want.sha256}, got ${got.sha256}`);
    if (want.contentType !== null && essence(got.contentType) !== essence(want.contentType)) {
      out.push(`multipart file ${name}: expected Content-Type ${quote(want.contentType)}, got ${quote(got.contentType)}`);
    }
  }
  for (const name of files.keys()) if (!expected.files.has(name)) out.push(`multipart file ${name}: not expected`);
}
