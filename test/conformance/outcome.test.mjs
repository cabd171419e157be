// Outcome comparison: subset equality on results, exact ids, events, bytes and error fields,
// and a verdict that says whether the outcome or the traffic broke.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { outcomeMismatch, subsetMismatch, verdict } from './lib/outcome.mjs';

test('a result matches when it holds every expected member; extra members are ignored', () => {
  const actual = { id: 'job_1', type: 'image', params: { width: 1024, height: 768, seed: 7 }, extra: true };
  assert.equal(subsetMismatch({ id: 'job_1', params: { width: 1024 } }, actual), null);
  assert.equal(subsetMismatch({ params: { width: 512 } }, actual), '/params/width: expected 512, got 1024');
  assert.equal(subsetMismatch({ missing: null }, actual), '/missing: missing (expected null)');
  assert.equal(subsetMismatch({ tags: ['a'] }, { tags: ['a', 'b'] }), '/tags: expected 1 items, got 2');
  assert.equal(subsetMismatch({ tags: [{ n: 1 }] }, { tags: [{ n: 2 }] }), '/tags/0/n: expected 1, got 2');
  assert.equal(subsetMismatch({ a: { b: 1 } }, { a: 'text' }), '/a: expected an object, got "text"');
  assert.equal(subsetMismatch({ 'a/b': 1 }, { 'a/b': 2 }), '/a~1b: expected 1, got 2');
  // An unknown enum value must come back as the same string.
  assert.equal(subsetMismatch({ status: 'quantum' }, { status: 'quantum' }), null);
});

test('errors compare type, status, code and requestId', () => {
  const expect = { error: { type: 'NotFoundError', status: 404, code: 'not_found', requestId: 'req_1' } };
  const error = { type: 'NotFoundError', status: 404, code: 'not_found', requestId: 'req_1', message: '404 not_found: gone' };
  assert.equal(outcomeMismatch(expect, { error }), null);
  assert.equal(outcomeMismatch(expect, { error: { ...error, requestId: 'req_2' } }), 'error requestId: expected "req_1", got "req_2" (raised NotFoundError)');
  assert.equal(outcomeMismatch(expect, { error: { type: 'APIError', message: 'boom' } }), 'error type: expected "NotFoundError", got "APIError": boom');
  assert.equal(outcomeMismatch(expect, { result: {} }), 'expected NotFoundError, but the call succeeded');
  assert.equal(outcomeMismatch({ result: {} }, { error: { type: 'RateLimitError', message: '429 rate_limited: slow down' } }), 'raised RateLimitError: 429 rate_limited: slow down');
});

test('items, events and bytes are compared exactly', () => {
  assert.equal(outcomeMismatch({ items: ['a', 'b'] }, { items: ['a', 'b'] }), null);
  assert.equal(outcomeMismatch({ items: ['a', 'b'] }, { items: ['a'] }), 'items: expected [a, b], got [a]');
  const events = [{ event: 'job.progress', data: { progress: 50 } }, { event: 'job.completed', data: { progress: 100 } }];
  assert.equal(outcomeMismatch({ events }, { events: events.map((e) => ({ ...e, data: { ...e.data, jobId: 'job_1' } })) }), null);
  assert.equal(outcomeMismatch({ events }, { events: [events[0]] }), 'events: expected 2 (job.progress, job.completed), got 1 (job.progress)');
  assert.equal(outcomeMismatch({ events }, { events: [events[0], { event: 'job.completed', data: { progress: 99 } }] }), 'events/1/data/progress: expected 100, got 99');
  const bytes = { length: 76, sha256: 'aa90' };
  assert.equal(outcomeMismatch({ bytes }, { bytes }), null);
  assert.equal(outcomeMismatch({ bytes }, { bytes: { length: 75, sha256: 'aa90' } }), 'bytes: expected 76 bytes, got 75');
  assert.equal(outcomeMismatch({ bytes }, { bytes: { length: 76, sha256: 'ffff' } }), 'bytes: expected sha256 aa90, got ffff');
});

test('the verdict needs the right outcome and complete, matching traffic, and says which broke', () => {
  const clean = { expected: 2, received: 2, complete: true, mismatches: [] };
  assert.deepEqual(verdict(null, clean), { status: 'pass' });
  assert.deepEqual(verdict('items: expected [a], got []', clean), { status: 'fail', reason: 'outcome: items: expected [a], got []' });
  assert.deepEqual(verdict(null, { ...clean, received: 1, complete: false }), { status: 'fail', reason: 'traffic: sent 1 of 2 recorded requests' });
  assert.deepEqual(verdict(null, { ...clean, mismatches: ['exchange 1: header Idempotency-Key: differs', 'exchange 2: not recorded'] }),
    { status: 'fail', reason: 'traffic: exchange 1: header Idempotency-Key: differs; exchange 2: not recorded' });
});
