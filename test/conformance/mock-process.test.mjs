// Starting and stopping the mock server process (packages/mock-server in contract mode): the
// ready line gives the URL; a server that dies or stays silent is an error carrying its stderr.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMock } from './lib/mock-process.mjs';

const root = new URL('../../', import.meta.url).pathname;
const scratch = () => mkdtempSync(join(tmpdir(), 'mock-'));

test('the URL comes from the ready line, the session API answers, and stop() ends the process', async () => {
  const bundle = join(scratch(), 'contracts.json');
  writeFileSync(bundle, '[]');
  const mock = await startMock({ root, spec: 'openapi.yaml', bundle });
  assert.match(mock.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  const response = await fetch(`${mock.url}/_contracts/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ contract: 'jobs/none' }) });
  assert.equal(response.status, 404);
  await mock.stop();
  await assert.rejects(fetch(`${mock.url}/_contracts/sessions`, { method: 'POST', body: '{}' }));
});

test('a server that exits before it is ready is reported with its stderr', async () => {
  const bundle = join(scratch(), 'missing.json');
  await assert.rejects(startMock({ root, spec: 'openapi.yaml', bundle }),
    (e) => /^the mock server exited \(code 1\) before it was ready:\n.*missing\.json/.test(e.message));
});

test('a server that never prints the ready line is stopped after the timeout', async () => {
  const silent = join(scratch(), 'silent.mjs');
  writeFileSync(silent, 'setInterval(() => {}, 1000);\n');
  await assert.rejects(startMock({ root, spec: 'openapi.yaml', bundle: 'x', bin: silent, readyTimeoutMs: 300 }),
    /printed no 'sais-mock listening on' line within 300 ms/);
});
