// The bundle is ordered by contract ID, two contracts may not share an ID, a contract with no
// exchanges gets the mock's stand-in exchange, and each driver's copy names its sessions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { duplicateIds, NOTHING_EXPECTED, readBundle, writeBundle, writeDriverBundle } from './lib/bundle.mjs';

test('the bundle is written ordered by id, into a folder it creates', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'bundle-')), 'nested/contracts.json');
  writeBundle(file, [{ id: 'templates/b', file: 'b.yaml', exchanges: [{}] }, { id: 'jobs/a', file: 'a.yaml', exchanges: [{}] }]);
  assert.deepEqual(readBundle(file).map((c) => c.id), ['jobs/a', 'templates/b']);
  assert.match(readFileSync(file, 'utf8'), /\n$/);
});

test('the mock replays a stand-in for a contract with no exchanges; the driver sees it as loaded, with its baseURL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
  const contracts = [{ id: 'templates/get-empty', exchanges: [], expect: { error: { type: 'ArgumentError' } } }, { id: 'jobs/a', exchanges: [{ request: {} }] }];
  const ordered = writeBundle(join(dir, 'mock.json'), contracts);
  assert.deepEqual(ordered.map((c) => c.exchanges.length), [1, 0], 'what the runner judges keeps no exchanges');
  assert.deepEqual(readBundle(join(dir, 'mock.json'))[1].exchanges, [NOTHING_EXPECTED]);
  writeDriverBundle(join(dir, 'driver.json'), contracts, new Map([['templates/get-empty', { baseURL: 'http://m/_sessions/s1/api/v1' }], ['jobs/a', { baseURL: 'http://m/_sessions/s2/api/v1' }]]));
  const driver = readBundle(join(dir, 'driver.json'));
  assert.deepEqual(driver.map((c) => [c.id, c.baseURL, c.exchanges.length]), [['jobs/a', 'http://m/_sessions/s2/api/v1', 1], ['templates/get-empty', 'http://m/_sessions/s1/api/v1', 0]]);
});

test('contracts sharing an ID are reported with both files', () => {
  const problems = duplicateIds([{ id: 'jobs/a', file: 'test/contracts/jobs/a.yaml' }, { id: 'jobs/b', file: 'x' }, { id: 'jobs/a', file: 'extra/jobs/a.yaml' }]);
  assert.deepEqual(problems, ["extra/jobs/a.yaml: contract ID 'jobs/a' is also used by test/contracts/jobs/a.yaml"]);
});
