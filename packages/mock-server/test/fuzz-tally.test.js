import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tallyReport } from '../fuzz/tally.mjs';

// The fuzz step's verdict rests on these figures; a report shaped like schemathesis 4's NDJSON.
const interaction = (status, contentType) => ({
  request: { method: 'GET', uri: 'http://127.0.0.1:1/api/v1/templates' },
  response: { status_code: status, headers: contentType ? { 'content-type': [contentType] } : {} },
});
const scenario = (interactions, checks) => JSON.stringify({ ScenarioFinished: { recorder: { interactions, checks } } });

describe('fuzz report tally', () => {
  it('counts requests, 5xx, 4xx without problem+json and failed checks', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sais-tally-'));
    const file = path.join(dir, 'report.ndjson');
    writeFileSync(file, [
      JSON.stringify({ Initialize: {} }),
      scenario(
        { a: interaction(200, 'application/json'), b: interaction(422, 'application/problem+json; charset=utf-8'), c: interaction(400, 'text/plain') },
        { a: [{ name: 'not_a_server_error', status: 'success' }], c: [{ name: 'negative_data_rejection', status: 'failure' }, { name: 'negative_data_rejection', status: 'failure' }] },
      ),
      scenario({ d: interaction(503, 'application/problem+json'), e: interaction(404) }, { d: [{ name: 'not_a_server_error', status: 'failure' }] }),
      '',
    ].join('\n'));
    try {
      const f = tallyReport(file);
      assert.equal(f.requests, 5);
      assert.equal(f.serverErrors, 1);
      assert.equal(f.nonProblemRejections, 2);
      assert.deepEqual(Object.fromEntries(f.failuresByCheck), { negative_data_rejection: 1, not_a_server_error: 1 });
      assert.deepEqual(Object.fromEntries(f.byStatus), { 200: 1, 422: 1, 400: 1, 503: 1, 404: 1 });
      assert.equal(f.examples.length, 3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('fuzz report tally with the spec\'s documented media types', () => {
  it('takes a 4xx in a type the spec documents for that operation and status (GraphQL request errors) as documented, nothing else', async () => {
    const { documentedTypes } = await import('../fuzz/documented-types.mjs');
    const documented = documentedTypes(path.resolve(import.meta.dirname, '..', '..', '..', 'openapi.yaml'));
    assert.ok(documented('POST /graphql', 400).has('application/graphql-response+json'));
    const dir = mkdtempSync(path.join(tmpdir(), 'sais-tally-'));
    const file = path.join(dir, 'report.ndjson');
    const labelled = (label, interactions) => JSON.stringify({ ScenarioFinished: { recorder: { label, interactions, checks: {} } } });
    writeFileSync(file, [
      labelled('POST /graphql', { a: interaction(400, 'application/json'), b: interaction(400, 'application/graphql-response+json'), c: interaction(422, 'application/json') }),
      labelled('GET /templates', { d: interaction(400, 'application/json') }),
      '',
    ].join('\n'));
    try {
      const f = tallyReport(file, documented);
      // POST /graphql documents 422 as problem+json only, and GET /templates its 400 too.
      assert.equal(f.nonProblemRejections, 2);
      assert.deepEqual(f.examples.map((e) => e.split(': ')[1]), ['422 with Content-Type "application/json"', '400 with Content-Type "application/json"']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
