import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareExpectation, toExpectation } from './expect.mjs';
import { formatMatrix, matrixJson, totals } from './matrix.mjs';

const cell = (lang, status, step, line) => ({ lang, status, step, line, seconds: 1, steps: [] });
const run = (cells) => matrixJson({ languages: ['python', 'java'], docs: [{ name: 'd', file: 'd.json', generation: { seconds: 2 }, cells }] });

const expected = toExpectation(run({ python: cell('python', 'ok'), java: cell('java', 'fail', 'test-compile', 'cannot find symbol VideoJob') }));

test('the same outcomes match; a new error line in the same step is a note only', () => {
  assert.deepEqual(compareExpectation(expected, run({ python: cell('python', 'ok'), java: cell('java', 'fail', 'test-compile', 'cannot find symbol VideoJob') })), { differences: [], notes: [] });
  const r = compareExpectation(expected, run({ python: cell('python', 'ok'), java: cell('java', 'fail', 'test-compile', 'another symbol') }));
  assert.deepEqual(r.differences, []);
  assert.equal(r.notes.length, 1);
});

test('a regression, an unexpected fix, a changed step and a timeout are all differences', () => {
  const regression = compareExpectation(expected, run({ python: cell('python', 'fail', 'import', 'boom'), java: cell('java', 'fail', 'test-compile', 'x') }));
  assert.match(regression.differences.join('\n'), /d × python: expected ok, got fail:import — boom/);
  const fixed = compareExpectation(expected, run({ python: cell('python', 'ok'), java: cell('java', 'ok') }));
  assert.match(fixed.differences.join('\n'), /d × java: expected fail:test-compile, got ok/);
  const moved = compareExpectation(expected, run({ python: cell('python', 'ok'), java: cell('java', 'fail', 'test', 'x') }));
  assert.equal(moved.differences.length, 1);
  const hung = compareExpectation(expected, run({ python: cell('python', 'ok'), java: cell('java', 'timeout', 'test-compile', 'x') }));
  assert.equal(hung.differences.length, 1);
});

test('a document missing from the run or from the file is a difference', () => {
  const other = matrixJson({ languages: ['python'], docs: [{ name: 'e', cells: { python: cell('python', 'ok') } }] });
  assert.deepEqual(compareExpectation(expected, other).differences.sort(), ['d: expected, but did not run', 'e: ran, but is not in the expectation file']);
});

test('the matrix shows ok or the failing step, numbered first error lines, totals per language', () => {
  const view = {
    languages: ['python', 'java'],
    docs: [{ name: 'd', generation: { seconds: 2.25 }, cells: { python: cell('python', 'ok'), java: cell('java', 'timeout', 'test', 'timed out after 600 s') } }],
    skipped: [{ file: 'a.yaml', reason: 'same document as a.json' }, { file: 'b.json', reason: 'OpenAPI 3.1.0 (only 3.0.x is in the corpus)' }],
  };
  const text = formatMatrix(view);
  assert.match(text, /^d\s+2\.3\s+ok\s+TIMEOUT test \[1\]$/m);
  assert.match(text, /\[1\] d × java {2}test: timed out after 600 s/);
  assert.match(text, /java {8}ok 0 {2}failed 0 {2}timed out 1/);
  assert.match(text, /skipped files: 1 duplicates \(a YAML twin of a JSON document\), 1 OpenAPI 3\.1\.0/);
  assert.deepEqual(totals(view).python, { ok: 1, fail: 0, timeout: 0, refused: 0 });
});

test('a document the generator refuses shows as REFUSED validate with its reason, counted apart', () => {
  const view = {
    languages: ['python', 'java'],
    docs: [{ name: 'r', generation: { seconds: 0.3 }, cells: { python: cell('python', 'refused', 'validate', '/paths/~1a/get/responses must have at least 1 entry'), java: cell('java', 'refused', 'validate', 'same') } }],
  };
  const text = formatMatrix(view);
  assert.match(text, /^r\s+0\.3\s+REFUSED validate \[1\]\s+REFUSED validate \[2\]$/m);
  assert.match(text, /\[1\] r × python {2}validate: \/paths\/~1a\/get\/responses must have at least 1 entry/);
  assert.match(text, /python {6}ok 0 {2}failed 0 {2}refused 1/);
  assert.deepEqual(toExpectation(matrixJson(view)).documents.r, { python: 'refused:validate', java: 'refused:validate' });
});
