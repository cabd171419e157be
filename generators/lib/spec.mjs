import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { UsageError } from './errors.mjs';
import { displayPath } from './paths.mjs';

/**
 * Reads the OpenAPI document and checks what the driver itself relies on (it parses, is
 * OpenAPI 3.0.x, has info.title/info.version and paths). Full validation is validate-spec.mjs's.
 * Returns {file, sha256, version, doc} (doc: the parsed document).
 */
export function loadSpec(file) {
  const shown = displayPath(file);
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const reason = err.code === 'ENOENT' ? 'file not found' : err.code === 'EISDIR' ? 'is a directory' : err.message;
    throw new UsageError(`spec ${shown}: ${reason}`);
  }
  const spec = parse(text, shown);
  const fail = (pointer, reason) => {
    throw new UsageError(`spec ${shown}: ${pointer} ${reason}`);
  };
  if (!spec || typeof spec !== 'object' || Array.isArray(spec)) fail('/', 'must be an object (an OpenAPI document)');
  if (typeof spec.openapi !== 'string') fail('/openapi', 'is missing (only OpenAPI 3.0.x documents are supported)');
  if (!/^3\.0\.\d+$/.test(spec.openapi)) fail('/openapi', `is '${spec.openapi}', expected 3.0.x`);
  if (!spec.info || typeof spec.info !== 'object') fail('/info', 'is missing');
  if (typeof spec.info.title !== 'string' || !spec.info.title) fail('/info/title', 'is missing');
  if (spec.info.version === undefined || spec.info.version === null || spec.info.version === '') {
    fail('/info/version', 'is missing (it becomes every SDK package version)');
  }
  if (!spec.paths || typeof spec.paths !== 'object' || Array.isArray(spec.paths)) fail('/paths', 'must be an object');
  return {
    file,
    sha256: crypto.createHash('sha256').update(text).digest('hex'),
    version: String(spec.info.version),
    doc: spec,
  };
}

/**
 * JSON text is read by JSON.parse: the YAML parser takes 4 s over GitHub's 11 MB description,
 * JSON.parse 0.1 s. The YAML parser still reads everything else (refusing duplicate keys), and
 * JSON that JSON.parse refuses, for an error with line and column. A duplicate key in JSON is
 * not refused: the last one wins, as it does for openapi-generator's Jackson.
 */
function parse(text, shown) {
  if (/^\s*\{/.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      // fall through to the YAML parser's error
    }
  }
  const doc = YAML.parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    const first = doc.errors[0];
    const at = first.linePos?.[0] ? ` (line ${first.linePos[0].line}, column ${first.linePos[0].col})` : '';
    throw new UsageError(`spec ${shown}: not valid YAML/JSON${at}: ${first.message.split('\n')[0].replace(/:$/, '')}`);
  }
  return doc.toJS();
}

/** Whether the document has a `$ref` to another file (a staged copy elsewhere would break it). */
export function hasExternalRefs(node) {
  if (Array.isArray(node)) return node.some(hasExternalRefs);
  if (!node || typeof node !== 'object') return false;
  if (typeof node.$ref === 'string' && !node.$ref.startsWith('#')) return true;
  return Object.values(node).some(hasExternalRefs);
}

/**
 * The file openapi-generator reads: a staged JSON copy in `workDir` carrying the derived
 * extensions (derived-extensions.mjs), or the spec itself when there is nothing to add or it
 * refers to other files.
 */
export function stageSpec(spec, workDir, addExtensions) {
  if (hasExternalRefs(spec.doc) || !addExtensions(spec.doc, displayPath(spec.file))) return spec.file;
  const staged = path.join(workDir, 'openapi.staged.json');
  fs.writeFileSync(staged, JSON.stringify(spec.doc, null, 2));
  return staged;
}
