import { createHash } from 'node:crypto';
import busboy from 'busboy';

/**
 * Reads a buffered multipart/form-data body with busboy into what a contract records:
 * `{ fields: Map name → text, files: Map name → {sha256, contentType, filename}, error }`.
 * Repeated names keep the last part (a contract names each part once). A body busboy cannot
 * read (truncated, no closing boundary) resolves with `error` set. With `keepBytes`, each file
 * also has its `bytes` (record mode writes them next to the contract).
 */
export function digestMultipart(headers, body, { keepBytes = false } = {}) {
  return new Promise((resolvePromise) => {
    let settled = false;
    const resolve = (value) => {
      if (settled) return;
      settled = true;
      resolvePromise(value);
    };
    const fields = new Map();
    const files = new Map();
    let parser;
    try {
      parser = busboy({ headers, limits: { fields: 1000, parts: 1000 } });
    } catch (err) {
      resolve({ fields, files, error: `not a multipart body: ${err.message}` });
      return;
    }
    // `close` can come before the last file stream has ended; resolve when both are done.
    let pending = 1;
    const settle = () => {
      if (--pending === 0) resolve({ fields, files, error: null });
    };
    const malformed = (err) => resolve({ fields, files, error: `malformed multipart body: ${err.message}` });
    parser.on('field', (name, value) => fields.set(name, value));
    parser.on('file', (name, stream, info) => {
      pending++;
      const hash = createHash('sha256');
      const chunks = keepBytes ? [] : null;
      stream.on('data', (chunk) => {
        hash.update(chunk);
        chunks?.push(chunk);
      });
      // A truncated part errors the file stream too: without a listener that error is thrown.
      stream.on('error', malformed);
      stream.on('end', () => {
        files.set(name, { sha256: hash.digest('hex'), contentType: info.mimeType, filename: info.filename, ...(chunks ? { bytes: Buffer.concat(chunks) } : {}) });
        settle();
      });
    });
    parser.on('error', malformed);
    parser.on('close', settle);
    parser.end(body);
  });
}
