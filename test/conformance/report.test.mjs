// The conformance report shows every contract for every SDK, failures with their reasons.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { failures, toHtml, toJson, toText } from './lib/report.mjs';

const contracts = [
  { id: 'jobs/get-job', operation: 'getJob', tags: ['errors'], exchanges: [] },
  { id: 'templates/list', operation: 'listTemplates', tags: ['behavior', 'pagination'] },
];
const results = {
  python: { 'jobs/get-job': { status: 'pass' }, 'templates/list': { status: 'fail', reason: 'expected 2 items, got 1 <page>' } },
  java: { 'jobs/get-job': { status: 'pass' } },
};

test('the JSON report has the documented shape and fills in missing results as failures', () => {
  const report = toJson(['python', 'java'], contracts, results);
  assert.deepEqual(report.sdks, ['python', 'java']);
  assert.deepEqual(report.contracts[1], { id: 'templates/list', operation: 'listTemplates', tags: ['behavior', 'pagination'] });
  assert.deepEqual(report.results.java['templates/list'], { status: 'fail', reason: 'the driver reported no result' });
  assert.equal(failures(report).length, 2);
});

test('the text matrix marks each cell and lists failures with reasons', () => {
  const text = toText(toJson(['python', 'java'], contracts, results));
  assert.match(text, /^jobs\/get-job\s+pass\s+pass/m);
  assert.match(text, /^templates\/list\s+FAIL\s+FAIL/m);
  assert.match(text, /passed: python 1\/2, java 1\/2/);
  assert.match(text, /python templates\/list: expected 2 items, got 1 <page>/);
});

test('the HTML report colours cells and escapes reasons', () => {
  const html = toHtml(toJson(['python', 'java'], contracts, results));
  assert.equal((html.match(/<td class="pass">/g) ?? []).length, 2);
  assert.equal((html.match(/<td class="fail"/g) ?? []).length, 2);
  assert.match(html, /got 1 &#60;page&#62;/);
  assert.doesNotMatch(html, /<page>/);
});
