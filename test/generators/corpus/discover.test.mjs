import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { docSlug, notOpenApi30, readmeExamples, sameContent } from './discover.mjs';
import { FAST_SUBSET } from './fast-subset.mjs';
import { namesDoc, parseCli, selectDocs, UsageError } from './cli.mjs';

test('only OpenAPI 3.0.x documents are in the corpus', () => {
  assert.equal(notOpenApi30({ openapi: '3.0.3' }), null);
  assert.match(notOpenApi30({ openapi: '3.1.0' }), /3\.1\.0/);
  assert.match(notOpenApi30({ swagger: '2.0' }), /Swagger 2\.0/);
  assert.match(notOpenApi30({ info: {} }), /no openapi version/);
  assert.match(notOpenApi30(null), /not a JSON\/YAML object/);
});

test('@readme/oas-examples layout: 3.0 documents kept, identical YAML twins and other versions skipped', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-discover-'));
  const write = (rel, text) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  write('3.0/json/a.json', JSON.stringify({ openapi: '3.0.3', info: { description: 'x\n' } }));
  write('3.0/yaml/a.yaml', 'openapi: 3.0.3\ninfo:\n  description: x\n'); // same up to whitespace
  write('3.0/json/b.json', JSON.stringify({ openapi: '3.0.0', info: { title: 'b' } }));
  write('3.0/yaml/b.yaml', 'openapi: 3.0.0\ninfo:\n  title: other\n'); // differs: its own document
  write('3.0/json/sub/c.json', JSON.stringify({ openapi: '3.0.1' }));
  write('3.1/json/d.json', JSON.stringify({ openapi: '3.1.0' }));
  write('2.0/json/e.json', JSON.stringify({ swagger: '2.0' }));
  try {
    const { docs, skipped } = readmeExamples(root);
    assert.deepEqual(docs.map((d) => d.name), ['readme/a', 'readme/b', 'readme/sub/c', 'readme/b.yaml']);
    assert.deepEqual(skipped.map((s) => s.file).sort(), ['2.0/json/e.json', '3.0/yaml/a.yaml', '3.1/json/d.json']);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  assert.equal(sameContent({ a: 'x  y\n' }, { a: 'x y' }), true);
  assert.equal(sameContent({ a: 1 }, { a: 2 }), false);
});

test('document selection: --fast, --only-doc (with or without prefix), --skip-doc, unknown names', () => {
  const all = ['petstore-plus', 'readme/discriminators', 'readme/schema-types', 'github/api.github.com'].map((name) => ({ name }));
  const names = (opts) => selectDocs(all, { fast: false, onlyDocs: [], skipDocs: [], ...opts }, ['readme/discriminators', 'readme/schema-types']).map((d) => d.name);
  assert.deepEqual(names({ fast: true }), ['readme/discriminators', 'readme/schema-types']);
  assert.deepEqual(names({ onlyDocs: ['api.github.com'] }), ['github/api.github.com']);
  assert.deepEqual(names({ skipDocs: ['github/api.github.com'] }), ['petstore-plus', 'readme/discriminators', 'readme/schema-types']);
  assert.throws(() => names({ onlyDocs: ['nope'] }), (e) => e instanceof UsageError && /no corpus document is named nope/.test(e.message));
  assert.equal(namesDoc('types', 'readme/schema-types'), false);
  assert.equal(docSlug('readme/openapi-workshop/get'), 'readme__openapi-workshop__get');
});

test('options: --jobs at most 2, languages checked, files resolved from the caller', () => {
  assert.throws(() => parseCli(['--jobs', '3']), /--jobs must be 1 or 2/);
  assert.throws(() => parseCli(['--only-lang', 'go']), /unknown language go/);
  assert.throws(() => parseCli(['--timeout', 'soon']), /--timeout/);
  const o = parseCli(['--only-lang', 'java,python', '--json', 'm.json', '--timeout', '5'], '/x');
  assert.deepEqual(o.languages, ['python', 'java']);
  assert.equal(o.json, '/x/m.json');
  assert.equal(o.timeoutMs, 5000);
});

test('the fast subset has five documents, each saying what it covers', () => {
  assert.equal(FAST_SUBSET.length, 5);
  for (const f of FAST_SUBSET) assert.ok(f.name && f.covers, JSON.stringify(f));
});
