import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { deref } from '../spec/operations.js';
import { digestMultipart } from '../contracts/digest-multipart.js';

// File name extensions for the upload types contracts usually carry (else `.bin`).
const EXTENSIONS = { 'image/png': '.png', 'image/jpeg': '.jpg', 'image/webp': '.webp', 'image/gif': '.gif', 'application/pdf': '.pdf', 'video/mp4': '.mp4', 'text/plain': '.txt', 'application/json': '.json' };

/**
 * A recorded multipart upload as a `call: upload` contract holds it (docs/contracts.md): the
 * text parts as `input.body` (typed by the part schema: `2` for an integer part) and as the
 * exchange's `multipart.fields` (text, as sent), the one file part `file` as `input.file`,
 * its bytes written once under `<out>/files/<sha256 prefix><ext>`, and as
 * `multipart.files.file: {sha256, contentType}`. `{ problem }` when the request cannot be one
 * (a contract's upload sends exactly one file part, named `file`).
 */
export async function readUpload({ headers, body, rawOp, doc, out, root }) {
  const digest = await digestMultipart(headers, body, { keepBytes: true });
  if (digest.error !== null) return { problem: digest.error };
  const names = [...digest.files.keys()];
  if (names.length !== 1 || names[0] !== 'file') {
    return { problem: `an upload contract sends one file part named "file"; this request has ${names.length === 0 ? 'none' : names.map((n) => `"${n}"`).join(', ')}` };
  }
  const part = digest.files.get('file');
  const type = part.contentType.split(';')[0].trim().toLowerCase();
  const file = path.join(out, 'files', `${part.sha256.slice(0, 16)}${EXTENSIONS[type] ?? '.bin'}`);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, part.bytes);
  }
  const fields = Object.fromEntries(digest.fields);
  const schema = partSchemas(rawOp, doc);
  const input = {};
  for (const [name, text] of Object.entries(fields)) input[name] = typed(text, deref(doc, schema[name])?.type);
  return {
    input,
    file: { path: path.relative(root, file).split(path.sep).join('/'), contentType: type },
    multipart: { fields, files: { file: { sha256: part.sha256, contentType: type } } },
  };
}

// The properties of the multipart request schema (through $ref and allOf).
function partSchemas(rawOp, doc) {
  const body = deref(doc, rawOp.requestBody);
  const schema = deref(doc, deref(doc, body?.content?.['multipart/form-data'])?.schema);
  const out = {};
  const visit = (s, seen = new Set()) => {
    const x = deref(doc, s);
    if (!x || seen.has(x)) return;
    seen.add(x);
    Object.assign(out, x.properties ?? {});
    for (const part of x.allOf ?? []) visit(part, seen);
  };
  visit(schema);
  return out;
}

function typed(text, type) {
  if ((type === 'integer' || type === 'number') && text !== '' && !Number.isNaN(Number(text))) return Number(text);
  if (type === 'boolean' && /^(true|false)$/.test(text)) return text === 'true';
  return text;
}
