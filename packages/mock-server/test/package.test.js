// What `npm install @secure-ai-studio/mock-server` gets: the CLI, its sources, the README, the
// CHANGELOG and the Apache-2.0 LICENSE the package names (issue 16), nothing of the tests or benches.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

test('the packed package holds the CLI, README, CHANGELOG and LICENSE, and no tests or benches', () => {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, encoding: 'utf8' }));
  const files = packed.files.map((f) => f.path);
  for (const needed of ['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json', 'bin/sais-mock.js']) assert.ok(files.includes(needed), `${needed} is not in the package`);
  assert.deepEqual(files.filter((f) => /^(test|bench|fuzz)\//.test(f)), []);
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  assert.equal(pkg.license, 'Apache-2.0');
  assert.match(readFileSync(path.join(dir, 'LICENSE'), 'utf8'), /Apache License\s+Version 2\.0/);
});
