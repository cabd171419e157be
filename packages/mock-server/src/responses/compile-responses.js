import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deref } from '../spec/operations.js';
import { SpecError } from '../spec/spec-error.js';
import { toPointer } from '../spec/json-pointer.js';
import { bodyKind, essence } from '../http/media-type.js';
import { sampleFromSchema } from './sample-from-schema.js';
import { problemTemplateFrom } from '../http/problem.js';
import { toPayload, EMPTY_PAYLOAD } from '../http/payload.js';

/**
 * Pre-serialises every documented response of an operation: for each status, each media type
 * and each named example, the body bytes and the header list (less the per-request id), so
 * answering a request is a table lookup plus one write.
 *
 * Returns `{ byStatus: Map<string, Compiled>, defaultSuccess: Compiled|null }` where
 * Compiled = { status, key, headers: string[] (flat name/value), contents: Content[] } and
 * Content = { mediaType, kind, body: Payload, examples: Map<name, Payload> } (see payload.js).
 */
export function compileResponses(op, doc, spec) {
  const byStatus = new Map();
  for (const [key, raw] of Object.entries(op.responses)) {
    const response = deref(doc, raw);
    if (!response || typeof response !== 'object') continue;
    const status = key === 'default' ? null : /^[1-5]XX$/i.test(key) ? Number(key[0]) * 100 : Number(key);
    if (status !== null && !(status >= 100 && status <= 599)) continue;
    const at = [...pointerSegments(op), 'responses', key];
    const contents = Object.entries(response.content ?? {}).map(([mediaType, media]) =>
      compileContent(mediaType, deref(doc, media) ?? {}, doc, spec, [...at, 'content', mediaType]),
    );
    byStatus.set(key.toUpperCase(), {
      status,
      key,
      headers: compileHeaders(response.headers, doc),
      contents,
      problem: problemOf(contents),
    });
  }
  const successes = [...byStatus.values()].filter((r) => r.status >= 200 && r.status < 300).sort((a, b) => a.status - b.status);
  return { byStatus, defaultSuccess: successes[0] ?? null };
}

// The documented problem example of an error response, reused for the mock's own errors.
function problemOf(contents) {
  const json = contents.find((c) => c.kind === 'json' && c.body.length > 0);
  if (!json) return null;
  try {
    return problemTemplateFrom(JSON.parse(String(json.body.data)));
  } catch {
    return null;
  }
}

function pointerSegments(op) {
  return ['paths', op.pathTemplate, op.method.toLowerCase()];
}

function compileContent(mediaType, media, doc, spec, at) {
  const type = essence(mediaType);
  const kind = bodyKind(type);
  const examples = new Map();
  for (const [name, rawExample] of Object.entries(media.examples ?? {})) {
    const example = deref(doc, rawExample) ?? {};
    const where = [...at, 'examples', name];
    if (typeof example.externalValue === 'string') {
      examples.set(name, toPayload(readExternal(example.externalValue, spec, where), kind));
    } else if (example.value !== undefined) {
      examples.set(name, toPayload(serialise(example.value, kind, type), kind, example.value));
    }
  }
  let body;
  if (media.example !== undefined) body = toPayload(serialise(media.example, kind, type), kind, media.example);
  else if (examples.size > 0) body = examples.values().next().value;
  else if (media.schema && kind !== 'binary') {
    const sample = sampleFromSchema(media.schema, doc);
    body = toPayload(serialise(sample, kind, type), kind, sample);
  } else body = EMPTY_PAYLOAD;
  return { mediaType, kind, body, examples };
}

function serialise(value, kind, mediaType) {
  if (kind === 'json') return Buffer.from(JSON.stringify(value));
  if (typeof value === 'string') return Buffer.from(value);
  if (mediaType === 'text/event-stream' && Array.isArray(value)) return Buffer.from(value.map(formatEvent).join(''));
  return Buffer.from(JSON.stringify(value));
}

// An SSE example may be given as a list of `{event, id, data}` objects instead of raw text.
function formatEvent(e) {
  if (typeof e === 'string') return e.endsWith('\n\n') ? e : `${e}\n\n`;
  let out = '';
  if (e?.id !== undefined) out += `id: ${e.id}\n`;
  if (e?.event !== undefined) out += `event: ${e.event}\n`;
  const data = typeof e?.data === 'string' ? e.data : JSON.stringify(e?.data ?? null);
  for (const line of data.split('\n')) out += `data: ${line}\n`;
  return out + '\n';
}

function readExternal(ref, spec, where) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) {
    throw new SpecError(spec.file, toPointer([...where, 'externalValue']), `only file paths relative to the spec are supported, not "${ref}"`);
  }
  const file = path.resolve(spec.dir, ref);
  try {
    return readFileSync(file);
  } catch (err) {
    throw new SpecError(spec.file, toPointer([...where, 'externalValue']), `cannot read example file ${file} (${err.code ?? err.message})`);
  }
}

// Content-Type and Content-Length are the server's; the request id is filled in per request.
const SKIPPED = new Set(['content-type', 'content-length', 'x-request-id']);

function compileHeaders(headers, doc) {
  const flat = [];
  for (const [name, raw] of Object.entries(headers ?? {})) {
    if (SKIPPED.has(name.toLowerCase()) || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) continue;
    const header = deref(doc, raw) ?? {};
    let value = header.example;
    if (value === undefined && header.examples) value = deref(doc, Object.values(header.examples)[0])?.value;
    if (value === undefined && header.schema) value = sampleFromSchema(header.schema, doc);
    if (value === undefined || value === null) continue;
    const text = typeof value === 'string' ? value : Array.isArray(value) ? value.join(',') : String(value);
    // A value Node would refuse to send (control characters) is left out rather than crash a reply.
    if (/[^\t\x20-\x7e\x80-\xff]/.test(text)) continue;
    flat.push(name, text);
  }
  return flat;
}
