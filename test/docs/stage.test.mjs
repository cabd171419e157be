// The staged documentation spec: samples generated from the spec and its derived extensions
// (never by hand, never written into openapi.yaml), deterministic, with each operation's errors,
// retry and idempotency behaviour and rulebook links in its description.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import YAML from 'yaml';
import { stageDocs } from '../../docs-site/lib/stage.mjs';
import { csharpConstant, csharpProperty, snake, upperSnake } from '../../docs-site/lib/samples/names.mjs';
import { typedValue } from '../../docs-site/lib/typed-value.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const SPEC = path.join(ROOT, 'openapi.yaml');
const sha = (f) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');
const staged = stageDocs(SPEC);
const op = (id) => staged.operations.find((o) => o.model.operationId === id);
const sample = (id, label) => op(id).samples.find((s) => s.label === label).source;
const described = (id) => {
  for (const item of Object.values(staged.doc.paths)) for (const o of Object.values(item)) if (o?.operationId === id) return o;
  return undefined;
};

test('staging leaves openapi.yaml untouched and is deterministic', () => {
  const before = sha(SPEC);
  const again = stageDocs(SPEC);
  assert.equal(sha(SPEC), before);
  assert.equal(JSON.stringify(again.doc), JSON.stringify(staged.doc));
  assert.equal(staged.spec.sha256, before);
  assert.equal(YAML.parse(fs.readFileSync(SPEC, 'utf8')).paths['/templates'].get['x-codeSamples'], undefined, 'no samples in the source spec');
});

test('the call shapes follow each SDK: resource, method, path parameters, params and bodies', () => {
  assert.match(sample('listTemplates', 'TypeScript'), /for await \(const item of client\.templates\.list\(\{ limit: 5 \}\)\)/);
  assert.match(sample('listTemplates', 'Python'), /for item in client\.templates\.list\(limit=5\):/);
  assert.match(sample('listTemplates', 'Python (async)'), /async for item in await client\.templates\.list\(limit=5\):/);
  assert.match(sample('listTemplates', 'JavaScript'), /from '@secure-ai-studio\/sdk'/);
  assert.match(sample('listTemplates', 'Java'), /import io\.secureaistudio\.sdk\.params\.TemplateListParams;[\s\S]*client\.templates\(\)\.list\(TemplateListParams\.builder\(\)\s*\.limit\(5\)\s*\.build\(\)\)/);
  assert.match(sample('listTemplates', 'C#'), /await client\.Templates\.ListAsync\(new TemplateListParams \{ Limit = 5 \}\)/);
  assert.match(sample('listTemplates', 'curl'), /\/templates\?limit=5"/);
  // Path parameter first, then the body, then the required header parameter.
  assert.match(sample('updateTemplate', 'TypeScript'), /client\.templates\.update\('tpl_01JD5A1B2C3D4E5F6G7H8J9K0M', \{[\s\S]*\}, \{ ifMatch: '"v3-5f2b9c"' \}\)/);
  assert.match(sample('updateTemplate', 'Python'), /if_match="\\"v3-5f2b9c\\""/);
  assert.match(sample('updateTemplate', 'C#'), /new TemplateUpdateParams \{ IfMatch = "\\"v3-5f2b9c\\"" \}/);
  assert.match(sample('updateTemplate', 'curl'), /-H 'If-Match: "v3-5f2b9c"'/);
  // A Python keyword parameter is the SDK's var_ name; dates are datetime objects.
  assert.match(sample('getUsageMetrics', 'Python'), /var_from=datetime\.fromisoformat\("2026-11-18T00:00:00\+00:00"\)/);
  // A oneOf body: its discriminator's variant (Java/C# models), `body=` in Python.
  assert.match(sample('createToken', 'Java'), /PasswordGrant\.builder\(\)\s*\.grantType\(PasswordGrant\.GrantTypeEnum\.PASSWORD\)/);
  assert.match(sample('createToken', 'Python'), /client\.auth\.create_token\(\s*body=\{/);
  // Uploads read a file; the idempotency key is the SDKs' own business, curl sends one.
  assert.match(sample('uploadReferenceImage', 'Java'), /AssetUploadParams\.builder\(\)\s*\.file\(Path\.of\("reference\.png"\)\)/);
  assert.match(sample('uploadReferenceImage', 'C#'), /File = FileUpload\.FromFile\("reference\.png"\)/);
  assert.match(sample('createTemplate', 'curl'), /Idempotency-Key: \$\(cat \/proc\/sys\/kernel\/random\/uuid\)/);
  assert.doesNotMatch(sample('createTemplate', 'TypeScript'), /idempotency/i);
  // A long-running call waits with its resource's waiter (x-waiter of the poll operation).
  assert.match(sample('createImageJob', 'TypeScript'), /const done = await client\.jobs\.waitFor\(result\.id\);/);
  assert.match(sample('createComplianceReport', 'Python'), /done = client\.compliance\.wait_for_report\(result\.id\)/);
  assert.match(sample('createBackup', 'Java'), /var done = client\.backups\(\)\.waitFor\(result\.getId\(\)\);/);
  assert.match(sample('createBackup', 'C#'), /var done = await client\.Backups\.WaitForAsync\(result\.Id\);/);
  assert.doesNotMatch(sample('createTemplate', 'TypeScript'), /waitFor/);
  // Public operations send no credentials in curl.
  assert.doesNotMatch(sample('getLiveness', 'curl'), /X-API-Key/);
});

test('each operation description lists its errors with problem codes, retries, idempotency and rules', () => {
  const update = described('updateTemplate').description;
  assert.match(update, /\| 412 \| `etag_mismatch` \|/);
  assert.match(update, /\[R11\.1\]\(rulebook\.html#R11\.1\)/);
  const create = described('createTemplate').description;
  assert.match(create, /\| 429 \| `rate_limited` \|/);
  assert.match(create, /accepts `Idempotency-Key`/);
  assert.match(create, /\[R3\.6\]\(rulebook\.html#R3\.6\)/);
  assert.match(create, /The SDKs retry this POST by themselves after connection errors, timeouts and 429, 500, 503, 409 \(`resource_locked`\)/);
  const revoke = described('revokeToken').description;
  assert.match(revoke, /A POST is retried only when it carries an `Idempotency-Key`/);
  assert.match(revoke, /takes no `Idempotency-Key`/);
  assert.match(described('getLiveness').description, /\[R1\.3\]/);
});

test('the casing rules of the SDKs', () => {
  assert.equal(snake('Last-Event-ID'), 'last_event_id');
  assert.equal(snake('durationSeconds'), 'duration_seconds');
  assert.equal(upperSnake('3d_render'), '_3D_RENDER');
  assert.equal(upperSnake('AES-256-GCM'), 'AES_256_GCM');
  assert.equal(csharpConstant('pixel_art'), 'PixelArt');
  assert.equal(csharpConstant('3d_render'), '_3dRender');
  assert.equal(csharpConstant('AES-256-GCM'), 'AES256GCM');
  assert.equal(csharpProperty('If-Match'), 'IfMatch');
  assert.equal(csharpProperty('retentionDays'), 'RetentionDays');
});

test('an example that does not fit its schema, or a body without an example, is an error naming where', () => {
  const doc = { components: { schemas: { A: { type: 'object', properties: { x: { type: 'string' } } } } } };
  assert.throws(() => typedValue(doc, { $ref: '#/components/schemas/A' }, { y: 1 }, { at: '#/paths/~1a/post/requestBody' }),
    /#\/paths\/~1a\/post\/requestBody: the example has 'y', which A does not declare/);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-stage-'));
  const spec = YAML.parse(fs.readFileSync(SPEC, 'utf8'));
  delete spec.paths['/templates'].post.requestBody.content['application/json'].example;
  delete spec.paths['/templates'].post.requestBody.content['application/json'].examples;
  const file = path.join(dir, 'openapi.yaml');
  fs.writeFileSync(file, YAML.stringify(spec));
  assert.throws(() => stageDocs(file), /#\/paths\/~1templates\/post\/requestBody: application\/json has no example to build the samples from/);
});

test('the site builder names a bad option or a missing spec, before building anything', () => {
  const build = (...args) => spawnSync(process.execPath, [path.join(ROOT, 'docs-site/build.mjs'), ...args], { encoding: 'utf8' });
  const bad = build('--bogus');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /docs:site: Unknown option '--bogus'/);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-site-'));
  const missing = build('--spec', path.join(out, 'nope.yaml'), '--out', path.join(out, 'site'));
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /docs:site: error: spec .*nope\.yaml: file not found/);
  assert.equal(fs.existsSync(path.join(out, 'site')), false);
});

test('a GraphQL operation\'s samples call query with the example\'s document, variables and operation name (R13.1)', () => {
  const document = 'query RecentJobs($limit: Int) { jobs(limit: $limit) { data { id status } nextCursor } }';
  assert.match(sample('executeGraphql', 'TypeScript'), /await client\.graphql\.query\(\n {2}'query RecentJobs\(\$limit: Int\)[^\n]*',\n {2}\{ limit: 1 \},\n {2}\{ operationName: 'RecentJobs' \},\n\);/);
  assert.ok(sample('executeGraphql', 'JavaScript').includes(`client.graphql.query(\n  '${document}'`));
  assert.ok(sample('executeGraphql', 'Python').includes(`client.graphql.query(\n        "${document}",\n        {"limit": 1},\n        operation_name="RecentJobs",\n    )`));
  assert.ok(sample('executeGraphql', 'Python (async)').includes('await client.graphql.query('));
  assert.ok(sample('executeGraphql', 'Java').includes(`client.graphql().query(\n        "${document}",\n        Map.of("limit", 1),\n        "RecentJobs");`));
  assert.ok(!sample('executeGraphql', 'Java').includes('GraphqlRequest'), 'no import of the raw body model');
  assert.ok(sample('executeGraphql', 'C#').includes('await client.Graphql.QueryAsync(\n'));
  assert.ok(sample('executeGraphql', 'C#').includes('new Dictionary<string, object> { { "limit", 1 } },\n                "RecentJobs");'));
  assert.match(sample('executeGraphqlGet', 'TypeScript'), /client\.graphql\.executeGet\(\{ query: /, 'the GET operation is a plain call');
});
