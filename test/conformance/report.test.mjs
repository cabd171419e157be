// The conformance report shows every contract for every SDK, failures with their reasons; the
// HTML page leads with the totals and the failures, says what it ran against (spec hash, commit),
// groups contracts by resource, filters to failures, and has a view by rulebook rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { byRule, describeRun, failures, resourceOf, toHtml, toJson, toText } from './lib/report.mjs';

const contracts = [
  { id: 'jobs/get-job', operation: 'getJob', tags: ['errors'], rules: ['R5.2', 'R5.3'], exchanges: [] },
  { id: 'templates/list', operation: 'listTemplates', tags: ['behavior', 'pagination'], rules: ['R6.2', 'R6.1'] },
  { id: 'templates/create-retries', operation: 'createTemplate', tags: ['retry'], rules: ['R3.6', 'R3.10', 'R3.2'] },
  { id: 'health/live', operation: 'getLiveness', tags: ['public'] },
];
const results = {
  python: {
    'jobs/get-job': { status: 'pass' },
    'templates/list': { status: 'fail', reason: 'expected 2 items, got 1 <page>' },
    'templates/create-retries': { status: 'pass' },
    'health/live': { status: 'pass' },
  },
  java: { 'jobs/get-job': { status: 'pass' }, 'templates/create-retries': { status: 'pass' }, 'health/live': { status: 'pass' } },
};
const RUN = { spec: 'openapi.yaml', specSha256: 'ab'.repeat(32), commit: '0123456789abcdef0123456789abcdef01234567', dirty: false };
const report = () => toJson(['python', 'java'], contracts, results, RUN);
const allPass = () => toJson(['python', 'java'], contracts.slice(0, 1), { python: { 'jobs/get-job': { status: 'pass' } }, java: { 'jobs/get-job': { status: 'pass' } } }, RUN);

test('the JSON report has the documented shape and fills in missing results as failures', () => {
  const r = report();
  assert.deepEqual(r.sdks, ['python', 'java']);
  assert.deepEqual(r.run, RUN);
  assert.deepEqual(r.contracts[1], { id: 'templates/list', operation: 'listTemplates', tags: ['behavior', 'pagination'], rules: ['R6.2', 'R6.1'] });
  assert.deepEqual(r.contracts[3].rules, [], 'a contract without rules has an empty list');
  assert.deepEqual(r.results.java['templates/list'], { status: 'fail', reason: 'the driver reported no result' });
  assert.equal(failures(r).length, 2);
});

test('the text matrix marks each cell and lists failures with reasons', () => {
  const text = toText(report());
  assert.match(text, /^jobs\/get-job\s+pass\s+pass/m);
  assert.match(text, /^templates\/list\s+FAIL\s+FAIL/m);
  assert.match(text, /passed: python 3\/4, java 3\/4/);
  assert.match(text, /python templates\/list: expected 2 items, got 1 <page>/);
});

test('the HTML report colours cells and escapes reasons', () => {
  const html = toHtml(report());
  assert.equal((html.match(/<td class="pass">/g) ?? []).length, 6);
  assert.equal((html.match(/<td class="fail"/g) ?? []).length, 2);
  assert.match(html, /got 1 &#60;page&#62;/);
  assert.doesNotMatch(html, /<page>/);
});

test('the HTML report leads with the totals and every failure, before the matrix', () => {
  const html = toHtml(report());
  const verdict = html.indexOf('id="verdict"');
  const list = html.indexOf('id="failures"');
  const matrix = html.indexOf('id="by-resource"');
  assert.ok(verdict > 0 && verdict < list && list < matrix, 'verdict, then failures, then the matrix');
  assert.match(html, /2 of 8 checks failed \(4 contracts × 2 SDKs\)/);
  const failuresList = html.slice(list, html.indexOf('</ul>', list));
  assert.match(failuresList, /<strong>python<\/strong> <a href="#c-templates\/list">templates\/list<\/a>: expected 2 items, got 1 &#60;page&#62;/);
  assert.match(failuresList, /<strong>java<\/strong> <a href="#c-templates\/list">templates\/list<\/a>: the driver reported no result/);
  assert.match(html, /id="c-templates\/list"/, 'each failure links to its row');
  const ok = toHtml(allPass());
  assert.match(ok, /class="verdict pass" id="verdict">All 2 checks passed: 1 contracts × 2 SDKs/);
  assert.doesNotMatch(ok, /id="failures"/);
});

test('the HTML report names the spec hash and the commit it ran against', () => {
  const html = toHtml(report());
  assert.match(html, new RegExp(`<code id="spec-sha256">${'ab'.repeat(32)}</code>`));
  assert.match(html, /<span id="commit"><code>0123456789abcdef0123456789abcdef01234567<\/code><\/span>/);
  assert.match(toHtml(toJson(['python'], contracts, results, { ...RUN, dirty: true })), /\(with uncommitted changes\)/);
  assert.match(toHtml(toJson(['python'], contracts, results, { spec: 'x.yaml', specSha256: null, commit: null, dirty: null })), /id="spec-sha256">unknown<\/code> · commit <span id="commit">unknown/);
});

test('describeRun hashes the spec file and reads the git commit', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-run-'));
  const spec = path.join(dir, 'openapi.yaml');
  fs.writeFileSync(spec, 'openapi: 3.0.3\n');
  const run = describeRun({ spec });
  assert.equal(run.specSha256, crypto.createHash('sha256').update('openapi: 3.0.3\n').digest('hex'));
  assert.match(run.commit, /^[0-9a-f]{40}$/, 'the repository this test runs in has a HEAD');
  assert.equal(typeof run.dirty, 'boolean');
  const outside = describeRun({ root: dir, spec: path.join(dir, 'missing.yaml') });
  assert.deepEqual([outside.specSha256, outside.commit, outside.dirty], [null, null, null], 'unknown, not guessed');
});

test('contracts are grouped by resource, each group with its per-SDK counts and a status for the filter', () => {
  const html = toHtml(report());
  assert.equal(resourceOf(contracts[1]), 'templates');
  const groups = [...html.matchAll(/<tr class="group" data-status="(\w+)"><th colspan="3" scope="rowgroup">(\w+) <small>(\d+) contracts · ([^<]*)<\/small>/g)].map((m) => m.slice(1));
  assert.deepEqual(groups, [
    ['pass', 'jobs', '1', 'python 1/1 · java 1/1'],
    ['fail', 'templates', '2', 'python 1/2 · java 1/2'],
    ['pass', 'health', '1', 'python 1/1 · java 1/1'],
  ]);
  const rows = [...html.matchAll(/<tr class="contract" id="c-([^"]+)" data-status="(\w+)" data-resource="(\w+)">/g)].map((m) => m.slice(1));
  assert.deepEqual(rows, [
    ['jobs/get-job', 'pass', 'jobs'],
    ['templates/list', 'fail', 'templates'],
    ['templates/create-retries', 'pass', 'templates'],
    ['health/live', 'pass', 'health'],
  ]);
  // The filter hides what passed, by the rows' status, when its checkbox is on.
  assert.match(html, /<input type="checkbox" id="only-failures">/);
  assert.match(html, /body\.only-failures tr\[data-status=pass\]/);
  assert.match(html, /classList\.toggle\('only-failures', only\.checked\)/);
});

test('the rule view counts, per rulebook section and SDK, the citing contracts that pass', () => {
  const rows = byRule(report());
  assert.deepEqual(rows.map((r) => r.id), ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11', 'R12']);
  const r3 = rows.find((r) => r.id === 'R3');
  assert.deepEqual(r3.rules, ['R3.2', 'R3.6', 'R3.10'], 'numeric order, not string order');
  assert.deepEqual(r3.passed, { python: 1, java: 1 });
  const r6 = rows.find((r) => r.id === 'R6');
  assert.deepEqual([r6.contracts.length, r6.passed.python, r6.passed.java], [1, 0, 0]);
  assert.equal(rows.find((r) => r.id === 'R1').contracts.length, 0);
  const html = toHtml(report());
  assert.match(html, /<tr class="rule" data-status="fail" data-rule="R6"><th scope="row">R6 Pagination<br><small>1 contracts · R6\.1, R6\.2<\/small><\/th><td class="rule-fail">0\/1<\/td><td class="rule-fail">0\/1<\/td><\/tr>/);
  assert.match(html, /<tr class="rule" data-status="pass" data-rule="R5">.*<td class="rule-pass">1\/1<\/td><td class="rule-pass">1\/1<\/td><\/tr>/);
  assert.match(html, /<tr class="rule" data-status="none" data-rule="R1"><th scope="row">R1 Authentication<br><small>no contract cites these rules/);
  assert.match(html, /1 contracts cite no rule/);
  assert.match(html, /role="tab" id="tab-rules" aria-controls="view-rules"/);
});
