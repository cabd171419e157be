import busboy from 'busboy';
import { mediaMatches, essence } from '../http/media-type.js';

/**
 * Parses a buffered multipart/form-data body with busboy into `{ fields, violations, malformed }`: text
 * parts become strings, file parts become their file name (the schema sees `format: binary`
 * strings), repeated names become arrays. File parts are checked against `encoding.contentType`.
 * A body busboy cannot read (truncated, no closing boundary) resolves with `malformed`, the
 * reason, so it is answered 400 like malformed JSON.
 */
export function parseMultipart(headers, body, encoding) {
  return new Promise((resolvePromise) => {
    // busboy can report one failure several times (parser and file stream); answer once.
    let settled = false;
    const resolve = (value) => {
      if (settled) return;
      settled = true;
      resolvePromise(value);
    };
    const fields = Object.create(null);
    const violations = [];
    const add = (name, value) => {
      const prev = fields[name];
      fields[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
    };
    let parser;
    try {
      parser = busboy({ headers, limits: { fields: 1000, parts: 1000 } });
    } catch (err) {
      resolve({ fields, violations: [{ location: 'header', name: 'Content-Type', message: `invalid multipart header: ${err.message}` }], malformed: null });
      return;
    }
    parser.on('field', (name, value) => add(name, value));
    parser.on('file', (name, stream, info) => {
      const allowed = encoding?.[name]?.contentType;
      if (typeof allowed === 'string') {
        const list = allowed.split(',').map((s) => essence(s));
        const actual = essence(info.mimeType);
        if (!list.some((p) => mediaMatches(p, actual))) {
          violations.push({ location: 'body', name: `/${name}`, message: `part content type "${actual}" is not one of: ${list.join(', ')}` });
        }
      }
      add(name, info.filename ?? '');
      // A truncated part errors the file stream too: without a listener that error is thrown.
      stream.on('error', malformed);
      stream.resume();
    });
    const malformed = (err) => resolve({ fields, violations, malformed: err.message });
    parser.on('error', malformed);
    parser.on('close', () => resolve({ fields, violations, malformed: null }));
    parser.end(body);
  });
}
