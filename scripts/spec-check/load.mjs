// Reads an OpenAPI document and resolves local references, reporting YAML errors with their line.
import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';

export class SpecLoadError extends Error {}

export async function loadSpec(file) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new SpecLoadError(`${file}: cannot read the file (${err.code ?? err.message})`);
  }
  const { value: spec, error } = parseYaml(text);
  if (error) {
    const where = error.line ? `:${error.line}:${error.col}` : '';
    throw new SpecLoadError(`${file}${where}: YAML syntax error: ${error.message}`);
  }
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
    throw new SpecLoadError(`${file}: the document is not a YAML mapping`);
  }
  return spec;
}

/**
 * Parses YAML text; a syntax error comes back as {line, col, message} (its first line) rather
 * than thrown, so each caller words it with its own file name.
 */
export function parseYaml(text) {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const [first] = doc.errors;
    const pos = first.linePos?.[0];
    return { error: { line: pos?.line, col: pos?.col, message: first.message.split('\n')[0] } };
  }
  return { value: doc.toJS({ maxAliasCount: -1 }) };
}

/** JSON pointer (RFC 6901) for a list of path segments. */
export function pointer(segments) {
  return '#/' + segments.map((s) => String(s).replaceAll('~', '~0').replaceAll('/', '~1')).join('/');
}

/** Follows local `$ref`s; returns undefined for a dangling one. */
export function resolve(spec, node, seen = new Set()) {
  if (!node || typeof node !== 'object' || typeof node.$ref !== 'string') return node;
  if (seen.has(node.$ref)) return undefined;
  seen.add(node.$ref);
  if (!node.$ref.startsWith('#/')) return undefined;
  let target = spec;
  for (const raw of node.$ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    target = target?.[key];
  }
  return resolve(spec, target, seen);
}

export const HTTP_METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options', 'trace'];

/** Every operation with its path, method and merged parameters. */
export function* operations(spec) {
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const op = item?.[method];
      if (!op || typeof op !== 'object') continue;
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => resolve(spec, p) ?? {});
      yield { path, method, op, params, at: ['paths', path, method] };
    }
  }
}

/** Matches a request path (with the server base path) to the spec operation it calls. */
export function operationMatcher(spec) {
  const base = new URL(spec.servers?.[0]?.url ?? 'http://x/').pathname.replace(/\/$/, '');
  const routes = [...operations(spec)].map((o) => ({
    ...o,
    regex: new RegExp('^' + base + o.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+') + '$'),
  }));
  return (method, path) => routes.find((r) => r.method === method.toLowerCase() && r.regex.test(path));
}
