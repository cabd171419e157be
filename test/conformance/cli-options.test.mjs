// The runner's options: defaults, repeatable flags, and a clear UsageError for anything wrong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseOptions, UsageError } from './lib/cli-options.mjs';

test('defaults run all five SDKs on test/contracts only', () => {
  assert.deepEqual(parseOptions([]), {
    sdks: ['typescript', 'javascript', 'python', 'java', 'csharp'], contractDirs: [], json: undefined, html: undefined, allowUncovered: false, help: false,
  });
});

test('--sdk and --contracts repeat; SDKs keep the matrix order', () => {
  const o = parseOptions(['--sdk', 'python', '--sdk', 'typescript', '--sdk', 'python', '--contracts', 'a', '--contracts', 'b', '--json', 'r.json', '--html', 'out/m.html', '--allow-uncovered']);
  assert.equal(o.html, 'out/m.html');
  assert.deepEqual(o.sdks, ['typescript', 'python']);
  assert.deepEqual(o.contractDirs, ['a', 'b']);
  assert.equal(o.json, 'r.json');
  assert.equal(o.allowUncovered, true);
});

test('bad options are UsageErrors naming the option', () => {
  const cases = [
    [['--sdk', 'go'], /--sdk 'go' is not an SDK of this project \(choose from typescript, javascript, python, java, csharp\)/],
    [['--sdks', 'python'], /Unknown option '--sdks'/],
    [['--json'], /Option '--json <value>' argument missing/],
    [['--contracts', ''], /--contracts needs a path/],
    [['extra'], /Unexpected argument 'extra'/],
  ];
  for (const [argv, message] of cases) assert.throws(() => parseOptions(argv), (e) => e instanceof UsageError && message.test(e.message), argv.join(' '));
});
