import { essence } from '../http/media-type.js';

export const GRAPHQL_RESPONSE = 'application/graphql-response+json';
export const JSON_TYPE = 'application/json';
export const EVENT_STREAM = 'text/event-stream';

/**
 * What the client accepts, per GraphQL over HTTP: `application/graphql-response+json` when the
 * Accept header names it (q > 0, and not below application/json's), `application/json` otherwise (also for a missing Accept or a
 * bare wildcard, the legacy clients' default); `sse` when it names `text/event-stream` (GraphQL
 * over SSE, distinct connections).
 */
export function negotiate(accept) {
  const listed = new Map();
  for (const part of String(accept ?? '').split(',')) {
    const type = essence(part);
    if (type === '') continue;
    const q = /;\s*q\s*=\s*([0-9.]+)/i.exec(part);
    listed.set(type, q ? Number(q[1]) : 1);
  }
  const named = (type) => (listed.get(type) ?? 0) > 0;
  const preferred = named(GRAPHQL_RESPONSE) && listed.get(GRAPHQL_RESPONSE) >= (listed.get(JSON_TYPE) ?? 0);
  return { sse: named(EVENT_STREAM), mediaType: preferred ? GRAPHQL_RESPONSE : JSON_TYPE };
}
