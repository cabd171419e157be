// Corpus discovery: which OpenAPI documents the corpus check runs, and which it skips and why.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

const DOC_EXT = /\.(json|ya?ml)$/;

/** Parses a JSON or YAML file; returns null when it is not an object. */
export function readDocument(file) {
  const text = fs.readFileSync(file, 'utf8');
  const doc = file.endsWith('.json') ? JSON.parse(text) : YAML.parse(text, { maxAliasCount: -1 });
  return doc && typeof doc === 'object' ? doc : null;
}

/** The reason a document is not an OpenAPI 3.0.x document, or null when it is one. */
export function notOpenApi30(doc) {
  if (!doc) return 'not a JSON/YAML object';
  if (doc.swagger) return `Swagger ${doc.swagger} (only OpenAPI 3.0.x is in the corpus)`;
  if (typeof doc.openapi !== 'string') return 'no openapi version field';
  if (!/^3\.0\.\d+$/.test(doc.openapi)) return `OpenAPI ${doc.openapi} (only 3.0.x is in the corpus)`;
  return null;
}

/** Deep equality up to whitespace inside strings (YAML block scalars trim differently). */
export function sameContent(a, b) {
  const canon = (v) => JSON.stringify(v, (_, x) => (typeof x === 'string' ? x.replace(/\s+/g, ' ').trim() : x));
  return canon(a) === canon(b);
}

function walk(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/**
 * @readme/oas-examples: every document under 2.0/, 3.0/, 3.1/. The 3.0 folder holds most
 * documents twice (json/ and yaml/); a YAML twin with the same content as its JSON file (up to
 * whitespace inside strings: block scalars) is skipped as a duplicate, one that differs is a
 * document of its own.
 */
export function readmeExamples(root) {
  const docs = [];
  const skipped = [];
  const files = ['2.0', '3.0', '3.1']
    .map((v) => path.join(root, v))
    .filter((d) => fs.existsSync(d))
    .flatMap(walk)
    .filter((f) => DOC_EXT.test(f));
  const parsed = new Map(files.map((f) => [f, readDocument(f)]));
  for (const file of files) {
    const rel = path.relative(root, file);
    const doc = parsed.get(file);
    const reason = notOpenApi30(doc);
    if (reason) {
      skipped.push({ file: rel, reason });
      continue;
    }
    // 3.0/json/schema-types.json -> readme/schema-types; 3.0/yaml/x.yaml -> readme/x.yaml
    const [, format, ...rest] = rel.split(path.sep);
    const stem = rest.join('/').replace(DOC_EXT, '');
    if (format === 'yaml') {
      const twin = path.join(root, '3.0', 'json', ...rest).replace(DOC_EXT, '.json');
      if (parsed.has(twin) && sameContent(parsed.get(twin), doc)) {
        skipped.push({ file: rel, reason: `same document as ${path.relative(root, twin)}` });
        continue;
      }
    }
    docs.push({ name: `readme/${stem}${format === 'yaml' ? '.yaml' : ''}`, file, source: '@readme/oas-examples' });
  }
  return { docs, skipped };
}

/** GitHub's REST description (the OpenAPI 3.0 bundle of api.github.com, ~1,000 operations). */
export function githubRest(root) {
  return { name: 'github/api.github.com', file: path.join(root, 'generated', 'api.github.com.json'), source: '@octokit/openapi' };
}

/**
 * The whole corpus, in a stable order: the project's second document, the feature-focused
 * examples, then GitHub's description (the largest, last).
 */
export function discoverCorpus(repoRoot) {
  const readmeRoot = path.join(repoRoot, 'node_modules', '@readme', 'oas-examples');
  const octokitRoot = path.join(repoRoot, 'node_modules', '@octokit', 'openapi');
  for (const [pkg, dir] of [['@readme/oas-examples', readmeRoot], ['@octokit/openapi', octokitRoot]]) {
    if (!fs.existsSync(dir)) throw new Error(`${pkg} is not installed (${dir}); run npm ci`);
  }
  const readme = readmeExamples(readmeRoot);
  const docs = [
    { name: 'petstore-plus', file: path.join(repoRoot, 'test', 'generators', 'petstore-plus.yaml'), source: 'test/generators' },
    ...readme.docs,
    githubRest(octokitRoot),
  ];
  return { docs, skipped: readme.skipped.map((s) => ({ ...s, file: `@readme/oas-examples/${s.file}` })) };
}

/** Folder-safe form of a document name (readme/openapi-workshop/get -> readme__openapi-workshop__get). */
export function docSlug(name) {
  return name.replace(/[^\w.-]+/g, '__');
}
