// The spec checker accepts openapi.yaml and names file, JSON pointer and reason for each break.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { checkSpec, formatProblem } from '../../scripts/spec-check/index.mjs';
import { SPEC, mutatedSpec, writeRaw } from './helpers.mjs';

async function problemsOf(file) {
  return (await checkSpec(file)).problems.map(formatProblem);
}

test('openapi.yaml passes every check', async () => {
  const { problems, counts } = await checkSpec(SPEC);
  assert.deepEqual(problems.map(formatProblem), []);
  assert.ok(counts.operations >= 40, `only ${counts.operations} operations`);
  assert.ok(counts.examples >= 100, `only ${counts.examples} examples validated`);
});

test('an example that breaks its schema is reported at its pointer', async () => {
  const file = mutatedSpec((s) => { s.paths['/jobs/{jobId}'].get.responses['200'].content['application/json'].examples.succeededImage.value.progress = 140; });
  const problems = await problemsOf(file);
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /openapi\.yaml#\/paths\/~1jobs~1\{jobId\}\/get\/responses\/200\/content\/application~1json\/examples\/succeededImage\/value: example does not match its schema/);
});

test('a request body example with a wrong discriminator value is reported', async () => {
  const file = mutatedSpec((s) => { s.paths['/backups'].post.requestBody.content['application/json'].example.destination.provider = 'dropbox'; });
  const problems = await problemsOf(file);
  assert.ok(problems.some((p) => p.includes('#/paths/~1backups/post/requestBody/content/application~1json/example: example does not match')), problems.join('\n'));
});

test('a component response example with a bad requestId is reported in components', async () => {
  const file = mutatedSpec((s) => { s.components.responses.NotFound.content['application/problem+json'].example.requestId = 'nope'; });
  const problems = await problemsOf(file);
  assert.ok(problems.some((p) => p.includes('#/components/responses/NotFound/content/application~1problem+json/example: example does not match its schema: /requestId must match pattern')), problems.join('\n'));
});

test('an SSE example event whose data breaks the event schema is reported', async () => {
  const file = mutatedSpec((s) => {
    const media = s.paths['/jobs/{jobId}/events'].get.responses['200'].content['text/event-stream'];
    media.example = media.example.replace('"progress":50', '"progress":"half"');
  });
  const problems = await problemsOf(file);
  assert.ok(problems.some((p) => /event 2 does not match #\/components\/schemas\/JobEvent: \/progress must be integer/.test(p)), problems.join('\n'));
});

test('a missing external example file is reported', async () => {
  const file = mutatedSpec((s) => { s.paths['/assets/{assetId}/content'].get.responses['200'].content['image/png'].examples.image.externalValue = 'examples/nope.png'; });
  const problems = await problemsOf(file);
  assert.ok(problems.some((p) => p.includes('/examples/image/externalValue: file examples/nope.png is missing or empty')), problems.join('\n'));
});

test('operation conventions: operationId, tag, summary, security, Idempotency-Key, X-Request-Id', async () => {
  const file = mutatedSpec((s) => {
    s.paths['/templates'].get.operationId = 'Templates_List';
    s.paths['/templates'].post.parameters = [];
    s.paths['/roles'].get.tags = ['roles', 'users'];
    delete s.paths['/users'].get.summary;
    delete s.components.responses.Forbidden.headers['X-Request-Id'];
    delete s.paths['/jobs'].get.security;
    s.paths['/templates'].post.responses['201'].headers.Location.example = '/api/v1/template/tpl_01JD5A1B2C3D4E5F6G7H8J9K0M';
  });
  const problems = (await problemsOf(file)).join('\n');
  assert.match(problems, /#\/paths\/~1templates\/get\/operationId: operationId "Templates_List" is not camelCase verbNoun/);
  assert.match(problems, /#\/paths\/~1templates\/post\/parameters: a creating POST must accept the Idempotency-Key header/);
  assert.match(problems, /#\/paths\/~1roles\/get\/tags: an operation has exactly one tag/);
  assert.match(problems, /#\/paths\/~1users\/get\/summary: summary is missing/);
  assert.match(problems, /#\/components\/responses\/Forbidden\/headers: response 403 does not declare X-Request-Id/);
  assert.match(problems, /#\/paths\/~1jobs\/get\/security: the operation does not declare its security/);
  assert.match(problems, /#\/paths\/~1templates\/post\/responses\/201\/headers\/Location\/example: \/api\/v1\/template\/tpl_\w+ is not the path of any GET operation/);
});

test('x-pagination must name real parameters and response fields', async () => {
  const file = mutatedSpec((s) => {
    s.paths['/jobs'].get['x-pagination'].cursorParam = 'page';
    s.paths['/jobs'].get['x-pagination'].itemsField = 'items';
    delete s.paths['/templates'].get['x-pagination'];
  });
  const problems = (await problemsOf(file)).join('\n');
  assert.match(problems, /#\/paths\/~1jobs\/get\/x-pagination\/cursorParam: no query parameter 'page'/);
  assert.match(problems, /#\/paths\/~1jobs\/get\/x-pagination\/itemsField: the response has no array property 'items'/);
  assert.match(problems, /#\/paths\/~1templates\/get: the response is a \{data, nextCursor\} list but the operation has no x-pagination/);
});

test('x-long-running must name a poll operation and terminal states of the status enum', async () => {
  const file = mutatedSpec((s) => {
    s.paths['/generate/image'].post['x-long-running'].terminalStates = ['succeeded', 'exploded'];
    s.paths['/compliance/reports'].post['x-long-running'].pollOperation = 'getReport';
  });
  const problems = (await problemsOf(file)).join('\n');
  assert.match(problems, /#\/paths\/~1generate~1image\/post\/x-long-running\/terminalStates: exploded not in the 'status' enum of the 202 response/);
  assert.match(problems, /#\/paths\/~1compliance~1reports\/post\/x-long-running\/pollOperation: no operation 'getReport'/);
});

test('the CLI prints file:line for broken YAML, with no stack trace, and exits 1', () => {
  const file = writeRaw('openapi: 3.0.3\ninfo:\n  title: x\n   version: 1\n');
  const run = spawnSync(process.execPath, ['scripts/check-spec.mjs', file], { encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.match(run.stderr, new RegExp(`${file.replaceAll('/', '\\/')}:3:\\d+: YAML syntax error`));
  assert.doesNotMatch(run.stderr, /\n\s+at /);
});

test('the CLI says sound for openapi.yaml', () => {
  const out = execFileSync(process.execPath, ['scripts/check-spec.mjs', SPEC], { encoding: 'utf8' });
  assert.match(out, /is sound \(51 operations/);
});

test('x-sdk-method is on every operation of openapi.yaml, a camelCase identifier, unique per tag', async () => {
  const file = mutatedSpec((s) => {
    delete s.paths['/templates'].get['x-sdk-method'];
    s.paths['/templates'].post['x-sdk-method'] = 'create_template';
    s.paths['/users/{userId}'].get['x-sdk-method'] = 'list';
    s.paths['/jobs'].get['x-sdk-method'] = 7;
  });
  const problems = (await checkSpec(file, { requireSdkMethod: true })).problems.map(formatProblem);
  assert.deepEqual(problems.filter((p) => p.includes('x-sdk-method')).sort(), [
    `${file}#/paths/~1jobs/get/x-sdk-method: 7 is not a camelCase identifier (^[a-z][A-Za-z0-9]*$)`,
    `${file}#/paths/~1templates/get: x-sdk-method is missing (the SDK method name on its tag, e.g. list)`,
    `${file}#/paths/~1templates/post/x-sdk-method: "create_template" is not a camelCase identifier (^[a-z][A-Za-z0-9]*$)`,
    `${file}#/paths/~1users~1{userId}/get/x-sdk-method: 'list' is already the method of listUsers in tag 'users'`,
  ]);
});

test('another document may leave x-sdk-method to the naming rule, but not clash with it', async () => {
  const file = mutatedSpec((s) => {
    for (const item of Object.values(s.paths)) for (const op of Object.values(item)) delete op['x-sdk-method'];
    s.paths['/templates'].post['x-sdk-method'] = 'retrieve'; // getTemplate is `retrieve` by rule
  });
  const problems = (await checkSpec(file)).problems.map(formatProblem);
  const naming = problems.filter((p) => /x-sdk-method|method of/.test(p));
  assert.equal(naming.length, 1, naming.join('\n'));
  assert.equal(naming[0], `${file}#/paths/~1templates~1{templateId}/get: 'retrieve' is already the method of createTemplate in tag 'templates' by the naming rule; give getTemplate an x-sdk-method`);
});

test('a credential-named string property without format: password is reported at its pointer', async () => {
  const file = mutatedSpec((spec) => {
    delete spec.components.schemas.TokenResponse.properties.accessToken.format;
  });
  const problems = await problemsOf(file);
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /openapi\.yaml#\/components\/schemas\/TokenResponse\/properties\/accessToken: 'accessToken' holds a credential: it must say format: password/);
});
