/** Raised when a body is larger than the configured limit; the server answers 413. */
export class BodyTooLargeError extends Error {
  constructor(limit) {
    super(`request body exceeds the limit of ${limit} bytes`);
    this.limit = limit;
  }
}

/**
 * Reads a request body into one Buffer, refusing more than `limit` bytes, then calls
 * `done(err, buffer)` once. A callback rather than a promise: this is on the hot path of every
 * request with a body.
 */
export function readBody(req, limit, done) {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) {
    req.resume();
    done(new BodyTooLargeError(limit));
    return;
  }
  let first = null;
  let chunks = null;
  let size = 0;
  let finished = false;
  req.on('data', (chunk) => {
    if (finished) return;
    size += chunk.length;
    if (size > limit) {
      finished = true;
      done(new BodyTooLargeError(limit));
      return;
    }
    if (first === null) first = chunk;
    else (chunks ??= [first]).push(chunk);
  });
  req.on('end', () => {
    if (finished) return;
    finished = true;
    done(null, chunks !== null ? Buffer.concat(chunks, size) : first ?? EMPTY);
  });
  req.on('error', (err) => {
    if (finished) return;
    finished = true;
    done(err);
  });
}

const EMPTY = Buffer.alloc(0);
