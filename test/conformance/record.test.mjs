// The recorder (npm run contracts:record): the committed recordings are what the scenarios
// record now (--check), a recording is deterministic and loads as a valid contract, a differing
// file is kept unless --overwrite, and bad scenarios stop it with file#pointer: reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadContracts } from './lib/contracts.mjs';
import { parseOptions, UsageError } from './record/lib/cli-options.mjs';
import { RecordError, recordScenarios } from './record/lib/record-scenarios.mjs';
import { stableRequestId, toContract, UUID_V4 } from './record/lib/to-contract.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const RECORD = join(ROOT, 'test/conformance/record/record.mjs');
const SPEC = join(ROOT, 'openapi.yaml');
const record = (...args) => spawnSync(process.execPath, [RECORD, ...args], { cwd: ROOT, encoding: 'utf8' });
const scenariosFile = (scenarios) => {
  const file = join(mkdtempSync(join(tmpdir(), 'scenarios-')), 'scenarios.yaml');
  writeFileSync(file, stringify(scenarios));
  return file;
};
const temp = () => mkdtempSync(join(tmpdir(), 'recorded-'));

const TOKEN = {
  id: 'auth/create-token-with-a-password-grant',
  operation: 'createToken',
  summary: 'createToken with a password grant',
  tags: ['auth'],
  client: { auth: 'apiKey' },
  input: { body: { grantType: 'password', username: 'ada@acme.example', password: 'correct-horse-battery-staple' } },
};
const IMAGE = {
  id: 'jobs/create-image',
  operation: 'createImageJob',
  summary: 'createImageJob is accepted',
  tags: ['accepted'],
  client: { auth: 'bearer' },
  input: { body: { prompt: 'A lighthouse at dusk' } },
};

test('--check: every committed recording is what its scenario records now', () => {
  const r = record('--check');
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^contracts:record --check: (\d+) of \1 files match their recording/m);
  assert.doesNotMatch(r.stdout, /^(differs|missing) /m);
});

test('a recording is a valid contract: public operation without credentials, generated key as a pattern, 202 with Location', async () => {
  const out = temp();
  const { results } = await recordScenarios({ root: ROOT, scenariosFile: scenariosFile([TOKEN, IMAGE]), outDir: out });
  assert.deepEqual(results.map((r) => r.action), ['wrote', 'wrote']);
  const { contracts, problems } = await loadContracts([out], SPEC);
  assert.deepEqual(problems, []);
  const byId = Object.fromEntries(contracts.map((c) => [c.id, c]));

  const token = byId['auth/create-token-with-a-password-grant'];
  assert.deepEqual(token.exchanges[0].request.headers, { Authorization: { absent: true }, 'X-API-Key': { absent: true } });
  assert.deepEqual(token.exchanges[0].request.body, TOKEN.input.body);
  assert.equal(token.expect.result.tokenType, 'Bearer');

  const image = byId['jobs/create-image'];
  const [{ request, response }] = image.exchanges;
  assert.equal(request.headers.Authorization, 'Bearer eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJjb250cmFjdCJ9.c2lnbmF0dXJl');
  assert.deepEqual(request.headers['X-API-Key'], { absent: true });
  assert.deepEqual(request.headers['Idempotency-Key'], { pattern: UUID_V4 });
  assert.equal(response.status, 202);
  assert.match(response.headers.Location, /^\/api\/v1\/jobs\/job_/);
  assert.equal(response.headers['X-Request-Id'], stableRequestId('jobs/create-image', 1));
  assert.deepEqual(image.expect.result, response.body);
  // The file says where it came from, and nothing in it depends on the time of recording.
  const text = readFileSync(join(out, 'jobs/create-image.yaml'), 'utf8');
  assert.match(text, /^# Recorded by `npm run contracts:record` from .*scenarios\.yaml \(jobs\/create-image\)\./);
});

test('recording again changes nothing; a differing file is kept unless --overwrite; --check reports it', async () => {
  const out = temp();
  const file = scenariosFile([TOKEN]);
  const recordHere = async (options = {}) => {
    const lines = [];
    const { results } = await recordScenarios({ root: ROOT, scenariosFile: file, outDir: out, log: (line) => lines.push(line), ...options });
    return { actions: results.map((r) => r.action), lines };
  };
  assert.deepEqual((await recordHere()).actions, ['wrote']);
  const written = join(out, 'auth/create-token-with-a-password-grant.yaml');
  const first = readFileSync(written, 'utf8');

  assert.deepEqual((await recordHere()).actions, ['unchanged']);
  assert.equal(readFileSync(written, 'utf8'), first);

  writeFileSync(written, first.replace('tokenType: Bearer', 'tokenType: bearer'));
  const kept = await recordHere();
  assert.deepEqual(kept.actions, ['kept']);
  assert.match(kept.lines[0], /^kept \S+create-token-with-a-password-grant\.yaml: differs from the new recording/);
  assert.match(readFileSync(written, 'utf8'), /tokenType: bearer/);

  const check = record('--scenarios', file, '--out', out, '--check');
  assert.equal(check.status, 1);
  assert.match(check.stdout, /^differs \S+create-token-with-a-password-grant\.yaml: .*first difference at line \d+: " +tokenType: bearer" → " +tokenType: Bearer"/m);
  assert.match(check.stdout, /^contracts:record --check: 0 of 1 files match their recording/m);
  assert.match(readFileSync(written, 'utf8'), /tokenType: bearer/);

  assert.deepEqual((await recordHere({ overwrite: true, only: [TOKEN.id] })).actions, ['wrote']);
  assert.equal(readFileSync(written, 'utf8'), first);
});

test('bad scenarios stop the recorder with file#pointer: reason', async () => {
  const bad = [
    { ...TOKEN, operation: 'createTokens' },
    { ...TOKEN, id: 'users/create-token' },
    { ...IMAGE, input: { body: IMAGE.input.body, query: { colour: 'red' } } },
    { ...IMAGE, id: 'jobs/too-big', input: { body: { prompt: 'x', width: 4096 } } },
  ];
  const file = scenariosFile(bad);
  await assert.rejects(recordScenarios({ root: ROOT, scenariosFile: file, outDir: temp() }), (error) => {
    assert.ok(error instanceof RecordError);
    assert.deepEqual(error.problems.map((p) => p.replace(/^\S*scenarios\.yaml/, '')), [
      "#/0/operation: no operation 'createTokens' in openapi.yaml",
      "#/1/id: the contract of createToken belongs in the folder of its tag: 'auth/...', not 'users/...'",
    ]);
    return true;
  });

  await assert.rejects(recordScenarios({ root: ROOT, scenariosFile: scenariosFile(bad.slice(2)), outDir: temp() }), (error) => {
    assert.deepEqual(error.problems.map((p) => p.replace(/^\S*scenarios\.yaml/, '')), [
      '#/0/input: jobs/create-image: input.query.colour is no query parameter of createImageJob',
      '#/1/input: jobs/too-big: spec mode rejected the request (UnprocessableEntityError 422: body /width must be <= 2048); fix the input, or set prefer: code=<status> to record an error on purpose',
    ]);
    return true;
  });

  const format = record('--scenarios', scenariosFile([{ ...TOKEN, colour: 'red', call: 'wait' }]), '--out', temp());
  assert.equal(format.status, 1);
  assert.match(format.stderr, /scenarios\.yaml#\/0: must NOT have additional properties \('colour'\) \(scenario format\)/);
  assert.match(format.stderr, /scenarios\.yaml#\/0\/call: must be equal to one of the allowed values \(call, paginate, events, download, upload\)/);

  const unknown = record('--only', 'auth/no-such-scenario', '--out', temp());
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /--only auth\/no-such-scenario: no scenario has this ID in test\/conformance\/record\/scenarios\.yaml/);
});

test('options: --check and --overwrite exclude each other; empty values are refused', () => {
  assert.throws(() => parseOptions(['--check', '--overwrite']), UsageError);
  assert.throws(() => parseOptions(['--out', '']), /--out needs a value/);
  assert.deepEqual(parseOptions(['--only', 'a/b', '--only', 'a/b']).only, ['a/b']);
  const r = record('--frobnicate');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /usage: npm run contracts:record/);
});

test('to-contract: a caller key is recorded as given, a retry repeats the first key, request IDs are replaced everywhere', () => {
  const headers = (entries) => new Headers(entries);
  const response = (id, body) => ({ status: 503, headers: headers({ 'x-request-id': id, 'content-type': 'application/problem+json' }), contentType: 'application/problem+json', body });
  const problem = (id) => ({ type: 'about:blank', title: 'Service Unavailable', status: 503, code: 'service_unavailable', requestId: id });
  const sent = (key) => ({ method: 'POST', path: '/api/v1/templates', query: {}, headers: headers({ 'x-api-key': 'sk_test_contract', 'idempotency-key': key }), body: { name: 'n' } });
  const exchanges = [
    { request: sent('a0e1c2d3-0000-4000-8000-000000000000'), response: response('req_random1', problem('req_random1')) },
    { request: sent('a0e1c2d3-0000-4000-8000-000000000000'), response: response('req_random2', problem('req_random2')) },
  ];
  const scenario = { id: 'templates/x', operation: 'createTemplate', summary: 's', tags: [] };
  const outcome = { error: { type: 'InternalServerError', status: 503, code: 'service_unavailable', requestId: 'req_random2' } };
  const { contract } = toContract(scenario, exchanges, outcome, { bodyFileFor: () => assert.fail('no binary body here') });
  assert.deepEqual(contract.exchanges[0].request.headers['Idempotency-Key'], { pattern: UUID_V4 });
  assert.deepEqual(contract.exchanges[1].request.headers['Idempotency-Key'], { sameAs: 0 });
  assert.equal(contract.exchanges[1].response.headers['X-Request-Id'], stableRequestId('templates/x', 2));
  assert.equal(contract.exchanges[1].response.body.requestId, stableRequestId('templates/x', 2));
  assert.equal(contract.exchanges[1].response.headers['Content-Type'], 'application/problem+json');
  assert.deepEqual(contract.expect, { error: { type: 'InternalServerError', status: 503, code: 'service_unavailable', requestId: stableRequestId('templates/x', 2) } });

  const given = toContract({ ...scenario, input: { headers: { 'Idempotency-Key': 'a0e1c2d3-0000-4000-8000-000000000000' } } }, exchanges, outcome, {});
  assert.equal(given.contract.exchanges[1].request.headers['Idempotency-Key'], 'a0e1c2d3-0000-4000-8000-000000000000');
  assert.match(stableRequestId('templates/x', 2), /^req_[0-9A-Za-z]{8,40}$/);
});

test('uploads, downloads and event streams are recorded as multipart summaries, body files and events', async () => {
  const out = temp();
  const scenarios = [
    { id: 'assets/upload', operation: 'uploadReferenceImage', summary: 'upload', tags: ['multipart'], client: { auth: 'apiKey' }, call: 'upload', input: { body: { description: 'Storyboard frame 1' }, file: { path: 'examples/assets/sample.png', contentType: 'image/png' } } },
    { id: 'assets/range', operation: 'downloadAssetContent', summary: 'range', tags: ['binary'], client: { auth: 'apiKey' }, call: 'download', input: { path: { assetId: 'ast_01JD8K3N5Q7S9U1W3Y5A7C9E1G' }, headers: { Range: 'bytes=0-9' } } },
    { id: 'jobs/events', operation: 'streamJobEvents', summary: 'events', tags: ['sse'], client: { auth: 'apiKey' }, call: 'events', input: { path: { jobId: 'job_01JD8K2M4P6R8T0V2X4Z6B8D0F' } } },
  ];
  await recordScenarios({ root: ROOT, scenariosFile: scenariosFile(scenarios), outDir: out });
  const { contracts, problems } = await loadContracts([out], SPEC);
  assert.deepEqual(problems, []);
  const byId = Object.fromEntries(contracts.map((c) => [c.id, c]));

  const upload = byId['assets/upload'].exchanges[0].request;
  assert.deepEqual(upload.multipart, {
    fields: { description: 'Storyboard frame 1' },
    files: { file: { sha256: 'aa9071fc3393d52ab3a114e74d8aba11108472809b65d1c35b445f98ce13ef98', contentType: 'image/png' } },
  });

  const range = byId['assets/range'];
  assert.equal(range.exchanges[0].request.headers.Range, 'bytes=0-9');
  assert.equal(range.exchanges[0].response.status, 206);
  assert.equal(range.exchanges[0].response.headers['Content-Range'], 'bytes 0-9/76');
  assert.equal(readFileSync(join(ROOT, range.exchanges[0].response.bodyFile)).length, 10);
  assert.deepEqual(range.expect.bytes, { length: 10, sha256: '3d5ccb0cef4d3fd8b2474faf2038fbbb654c5c4e992aef8df4a48e8a3372d362' });

  const events = byId['jobs/events'];
  assert.deepEqual(events.exchanges[0].request.headers.Accept, { pattern: '(^|, *)text/event-stream(;|,|$)' });
  assert.ok(events.exchanges[0].response.events.length >= 2);
  assert.deepEqual(events.expect.events.map((e) => e.event), events.exchanges[0].response.events.map((e) => e.event));
});

test('a recorded contract whose scenario is gone is reported as orphaned, and fails --check', async () => {
  const out = temp();
  const file = scenariosFile([TOKEN, IMAGE]);
  await recordScenarios({ root: ROOT, scenariosFile: file, outDir: out });
  writeFileSync(file, stringify([IMAGE]));
  const lines = [];
  const { results } = await recordScenarios({ root: ROOT, scenariosFile: file, outDir: out, log: (line) => lines.push(line) });
  assert.deepEqual(results.map((r) => r.action), ['unchanged', 'orphan']);
  assert.match(lines[1], /^orphan \S+auth\/create-token-with-a-password-grant\.yaml: recorded from a scenario that no longer exists/);
  const check = record('--scenarios', file, '--out', out, '--check');
  assert.equal(check.status, 1);
  assert.match(check.stdout, /^orphan /m);
  assert.doesNotMatch(check.stdout, /^unchanged /m);
});
