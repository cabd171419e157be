import { createHash } from 'node:crypto';

/**
 * Idempotency keys of creating requests: the first answer for a key is kept with a digest of the
 * request body; the same key with the same body replays that answer, the same key with another
 * body is a conflict (the caller reused a key by mistake). Keys are per operation.
 */
export function createIdempotencyStore() {
  const seen = new Map();
  return {
    /** `{ replay: reply }`, `{ conflict: true }`, or null for a key not seen yet. */
    lookup(operationId, key, body) {
      const entry = seen.get(`${operationId}\u0000${key}`);
      if (entry === undefined) return null;
      return entry.digest === digest(body) ? { replay: entry.reply } : { conflict: true };
    },
    remember(operationId, key, body, reply) {
      seen.set(`${operationId}\u0000${key}`, { digest: digest(body), reply });
    },
    clear: () => seen.clear(),
  };
}

function digest(body) {
  const text = Buffer.isBuffer(body) ? body : JSON.stringify(body ?? null);
  return createHash('sha256').update(text).digest('hex');
}
