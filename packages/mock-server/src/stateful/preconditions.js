import { hasHeader, headerOf, takesHeader, withHeader } from './headers.js';

/**
 * ETags and `If-Match`: a record's ETag (store.js, values.js etagOf) goes out where the
 * operation documents one; an update or delete whose operation takes `If-Match` goes ahead only
 * when the tag sent is the record's current one (or `*`), else `412 etag_mismatch` and nothing
 * changes.
 */
export function etagged(headers, rec) {
  return hasHeader(headers, 'ETag') ? withHeader(headers, 'ETag', rec.etag) : headers;
}

const takesIfMatch = new WeakMap(); // rawOp -> boolean

/** True when the request may change `rec`; otherwise the 412 has been sent. */
export function ifMatchHolds(env, ctx, pair, rec) {
  let takes = takesIfMatch.get(pair.raw);
  if (takes === undefined) takesIfMatch.set(pair.raw, (takes = takesHeader(pair.raw, 'If-Match')));
  const sent = headerOf(ctx.req, 'if-match');
  if (!takes || sent === undefined) return true;
  const tags = sent.split(',').map((s) => s.trim());
  if (tags.includes('*') || tags.includes(rec.etag)) return true;
  env.answers.problem(ctx, 412, `The resource ${rec.id} changed since ${sent}; its ETag is now ${rec.etag}. Read it again and retry.`);
  return false;
}
