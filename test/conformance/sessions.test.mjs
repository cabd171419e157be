// The traffic half of the verdict against the real mock server (contract mode): the runner opens
// the sessions and reads them back; a request body is compared exactly (a default the caller did
// not set fails the contract), and a contract with no exchanges passes only when nothing is sent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { writeBundle } from './lib/bundle.mjs';
import { startMock } from './lib/mock-process.mjs';
import { trafficMismatch } from './lib/outcome.mjs';
import { openSessions, readSessions } from './lib/sessions.mjs';

const root = new URL('../../', import.meta.url).pathname;
const load = (id) => ({ id, ...parse(readFileSync(join(root, 'test/contracts', `${id}.yaml`), 'utf8')) });
const DEFAULTS = 'jobs/create-image-sends-only-the-fields-the-caller-set';
const NOTHING = 'templates/get-with-an-empty-id-raises-an-argument-error';
const KEY = { 'content-type': 'application/json', 'x-api-key': 'sk_test_contract', 'idempotency-key': '3f1c9a52-7d4e-4b8a-9c21-5e6f7a8b9c0d' };

test('sessions: a body with a default the caller never set, and any request for a no-exchange contract, fail the traffic', async (t) => {
  const contracts = [load(DEFAULTS), load(NOTHING)];
  const bundle = join(mkdtempSync(join(tmpdir(), 'sessions-')), 'contracts.json');
  writeBundle(bundle, contracts);
  const mock = await startMock({ root, spec: 'openapi.yaml', bundle });
  t.after(() => mock.stop());
  const byId = Object.fromEntries(contracts.map((c) => [c.id, c]));
  const judge = async (sessions) => Object.fromEntries([...await readSessions(mock.url, sessions)].map(([id, report]) => [id, trafficMismatch(byId[id], report)]));

  // What a correct SDK sends: exactly the caller's fields, and nothing for the empty ID.
  let sessions = await openSessions(mock.url, contracts);
  const body = { prompt: 'A lighthouse on a basalt cliff at dusk' };
  const sent = await fetch(`${sessions.get(DEFAULTS).baseURL}/generate/image`, { method: 'POST', headers: KEY, body: JSON.stringify(body) });
  assert.equal(sent.status, 202);
  assert.deepEqual(await judge(sessions), { [DEFAULTS]: null, [NOTHING]: null });

  // An SDK adding the spec default "count": 1, and one sending GET /templates/ for getTemplate('').
  sessions = await openSessions(mock.url, contracts);
  await fetch(`${sessions.get(DEFAULTS).baseURL}/generate/image`, { method: 'POST', headers: KEY, body: JSON.stringify({ ...body, count: 1 }) });
  await fetch(`${sessions.get(NOTHING).baseURL}/templates/`, { headers: KEY });
  const verdicts = await judge(sessions);
  assert.equal(verdicts[DEFAULTS], 'exchange 0: body /count: not expected, got 1');
  assert.match(verdicts[NOTHING], /^expected nothing to be sent, but the SDK sent 1 request\(s\) \(exchange 0: .*got \/api\/v1\/templates\/.*\)$/);
});
