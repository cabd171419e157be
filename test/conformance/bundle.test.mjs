// The bundle is ordered by contract ID, and two contracts may not share an ID.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { duplicateIds, readBundle, writeBundle } from './lib/bundle.mjs';

test('the bundle is written ordered by id, into a folder it creates', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'bundle-')), 'nested/contracts.json');
  writeBundle(file, [{ id: 'templates/b', file: 'b.yaml' }, { id: 'jobs/a', file: 'a.yaml' }]);
  assert.deepEqual(readBundle(file).map((c) => c.id), ['jobs/a', 'templates/b']);
  assert.match(readFileSync(file, 'utf8'), /\n$/);
});

test('contracts sharing an ID are reported with both files', () => {
  const problems = duplicateIds([{ id: 'jobs/a', file: 'test/contracts/jobs/a.yaml' }, { id: 'jobs/b', file: 'x' }, { id: 'jobs/a', file: 'extra/jobs/a.yaml' }]);
  assert.deepEqual(problems, ["extra/jobs/a.yaml: contract ID 'jobs/a' is also used by test/contracts/jobs/a.yaml"]);
});
