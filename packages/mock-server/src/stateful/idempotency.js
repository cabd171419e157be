import { createHash } from 'node:crypto';
import { headerOf, takesHeader } from './headers.js';
import { writeReply } from './reply.js';

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

const takesKey = new WeakMap(); // rawOp -> boolean

/**
 * The `Idempotency-Key` of a request to an operation that takes one, else undefined. When the
 * key was seen before, the request is answered here (a replay of the first answer with
 * `Idempotent-Replayed: true`, or 409 for another body) and `answered` is true.
 */
const NO_KEY = Object.freeze({ key: undefined, answered: false });

export function idempotentRequest(env, ctx, pair) {
  const key = headerOf(ctx.req, 'idempotency-key');
  if (key === undefined) return NO_KEY;
  let takes = takesKey.get(pair.raw);
  if (takes === undefined) takesKey.set(pair.raw, (takes = takesHeader(pair.raw, 'Idempotency-Key')));
  if (!takes) return NO_KEY;
  const seen = env.idempotency.lookup(pair.op.operationId, key, ctx.body);
  if (seen?.conflict) {
    env.answers.problem(ctx, 409, `Idempotency-Key ${key} was already used with another request body.`, [{ location: 'header', name: 'Idempotency-Key', message: 'was already used with another request body' }]);
    return { key, answered: true };
  }
  if (seen?.replay) {
    writeReply(ctx.res, ctx.req, seen.replay, ctx.requestId, ['Idempotent-Replayed', 'true']);
    return { key, answered: true };
  }
  return { key, answered: false };
}

function digest(body) {
  const text = Buffer.isBuffer(body) ? body : JSON.stringify(body ?? null);
  return createHash('sha256').update(text).digest('hex');
}
