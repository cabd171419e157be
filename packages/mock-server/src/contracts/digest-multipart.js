import { createHash } from 'node:crypto';
import busboy from 'busboy';

/**
 * Reads a buffered multipart/form-data body with busboy into what a contract records:
 * `{ fields: Map name → text, files: Map name → {sha256, contentType, filename}, error }`.
 * Repeated names keep the last part (a contract names each part once).
 */
export function digestMultipart(headers, body) {
  return new Promise((resolve) => {
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
    parser.on('field', (name, value) => fields.set(name, value));
    parser.on('file', (name, stream, info) => {
      pending++;
      const hash = createHash('sha256');
      stream.on('data', (chunk) => hash.update(chunk));
      stream.on('end', () => {
        files.set(name, { sha256: hash.digest('hex'), contentType: info.mimeType, filename: info.filename });
        settle();
      });
    });
    parser.on('error', (err) => resolve({ fields, files, error: `malformed multipart body: ${err.message}` }));
    parser.on('close', settle);
    parser.end(body);
  });
}
