// The one verdict (lib/outcome.mjs): neutral error names, subset equality on results, exact ids,
// events and bytes, error fields (message and headers included), the R5.5 secret check on every
// error, the traffic check (nothing sent for a contract with no exchanges), and a reason that
// says whether the outcome or the traffic broke.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CREDENTIALS, neutralErrorType, outcomeMismatch, readOutcome, secretLeak, subsetMismatch, trafficMismatch, verdict } from './lib/outcome.mjs';

const raised = (error) => readOutcome({ error: { message: '', ...error } });

test('a raised class gets one language-neutral name, whatever language raised it', () => {
  assert.equal(neutralErrorType('RateLimitException', ['APIException', 'SecureAIStudioException', 'RuntimeException', 'Exception', 'Throwable']), 'RateLimitError');
  assert.equal(neutralErrorType('NotFoundError', ['APIError', 'SecureAIStudioError', 'Error']), 'NotFoundError');
  assert.equal(neutralErrorType('WaitTimeoutException', ['SecureAIStudioException', 'Exception']), 'WaitTimeoutError');
  // The platforms' argument errors, and anything deriving from them, are ArgumentError.
  for (const [type, ancestors] of [['TypeError', ['Error']], ['RangeError', ['Error']], ['ValueError', ['Exception', 'BaseException']],
    ['TypeError', ['Exception', 'BaseException']], ['IllegalArgumentException', ['RuntimeException', 'Exception', 'Throwable']],
    ['ArgumentException', ['SystemException', 'Exception']], ['ArgumentNullException', ['ArgumentException', 'SystemException', 'Exception']],
    ['InvalidPathParameter', ['ValueError', 'Exception', 'BaseException']]]) {
    assert.equal(neutralErrorType(type, ancestors), 'ArgumentError', `${type} < ${ancestors.join(' < ')}`);
  }
  // An SDK error class keeps its name even when it also derives from a platform argument error.
  assert.equal(neutralErrorType('ResponseValidationError', ['SecureAIStudioError', 'ValueError', 'Exception']), 'ResponseValidationError');
  assert.equal(neutralErrorType('TaskCanceledException', ['OperationCanceledException', 'SystemException', 'Exception']), 'TaskCanceledError');
});

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

test('errors compare the neutral type, status, code and requestId, naming the class the SDK raised', () => {
  const expect = { error: { type: 'NotFoundError', status: 404, code: 'not_found', requestId: 'req_1' } };
  const error = { type: 'NotFoundError', status: 404, code: 'not_found', requestId: 'req_1', message: '404 not_found: gone' };
  assert.equal(outcomeMismatch(expect, raised(error)), null);
  assert.equal(outcomeMismatch(expect, raised({ ...error, type: 'NotFoundException', ancestors: ['APIException'] })), null);
  assert.equal(outcomeMismatch(expect, raised({ ...error, requestId: 'req_2' })), 'error requestId: expected "req_1", got "req_2" (raised NotFoundError)');
  assert.equal(outcomeMismatch(expect, raised({ ...error, type: 'NotFoundException', code: null })), 'error code: expected "not_found", got undefined (raised NotFoundError (NotFoundException))');
  assert.equal(outcomeMismatch(expect, raised({ type: 'APIException', message: 'HTTP 404' })), 'error type: expected "NotFoundError", got "APIError" (APIException): HTTP 404');
  assert.equal(outcomeMismatch(expect, raised({ type: 'APIError', message: 'boom\n  with more' })), 'error type: expected "NotFoundError", got "APIError": boom with more');
  assert.equal(outcomeMismatch(expect, { result: {} }), 'expected NotFoundError, but the call succeeded');
  assert.equal(outcomeMismatch({ result: {} }, raised({ type: 'RateLimitError', message: '429 rate_limited: slow down' })), 'raised RateLimitError: 429 rate_limited: slow down');
  assert.equal(outcomeMismatch({ result: {} }, raised({ type: 'ValueError', ancestors: ['Exception'], message: 'templateId must not be empty' })),
    'raised ArgumentError (ValueError): templateId must not be empty');
  // A reason quotes the first cause and leaves the run's session URL out.
  assert.equal(outcomeMismatch({ result: {} }, raised({ type: 'APIConnectionError', message: 'GET http://127.0.0.1:4010/_sessions/ses_x/api/v1/jobs failed', causes: ['ECONNRESET: socket hang up'] })),
    'raised APIConnectionError: GET /api/v1/jobs failed (cause: ECONNRESET: socket hang up)');
});

test('expect.error.message is exact text or a pattern; expect.error.headers match by name, any case', () => {
  const error = { type: 'AuthenticationError', status: 401, message: '401 invalid_api_key: The key [REDACTED] is revoked.', headers: { 'WWW-Authenticate': 'ApiKey error="[REDACTED]"' } };
  const exact = { error: { type: 'AuthenticationError', message: '401 invalid_api_key: The key [REDACTED] is revoked.' } };
  assert.equal(outcomeMismatch(exact, raised(error)), null);
  assert.equal(outcomeMismatch(exact, raised({ ...error, message: '401: The key [REDACTED] is revoked.' })),
    'error message: expected "401 invalid_api_key: The key [REDACTED] is revoked.", got "401: The key [REDACTED] is revoked." (raised AuthenticationError)');
  assert.equal(outcomeMismatch(exact, raised({ ...error, message: undefined })), 'error message: expected "401 invalid_api_key: The key [REDACTED] is revoked.", got none (raised AuthenticationError)');
  assert.equal(outcomeMismatch({ error: { type: 'AuthenticationError', message: { pattern: '^401 invalid_api_key: ' } } }, raised(error)), null);
  assert.match(outcomeMismatch({ error: { type: 'AuthenticationError', message: { pattern: '^402 ' } } }, raised(error)), /^error message: expected text matching \/\^402 \/, got "401 invalid_api_key/);
  const headers = (want) => outcomeMismatch({ error: { type: 'AuthenticationError', headers: want } }, raised(error));
  assert.equal(headers({ 'www-authenticate': 'ApiKey error="[REDACTED]"' }), null);
  assert.equal(headers({ 'WWW-Authenticate': { pattern: 'REDACTED' }, 'Retry-After': { absent: true } }), null);
  assert.equal(headers({ 'X-Request-Id': { pattern: '.' } }), 'error header X-Request-Id: expected text matching /./, got none (raised AuthenticationError)');
  // A driver reporting a header as a list of values: joined as one field value.
  assert.equal(outcomeMismatch({ error: { type: 'APIError', headers: { Vary: 'a, b' } } }, raised({ type: 'APIException', headers: { vary: ['a', 'b'] } })), null);
});

test('items, events and bytes are compared exactly; unsupported is its own reason', () => {
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
  assert.equal(outcomeMismatch({ items: [] }, { unsupported: 'the SDK has no auto-pagination yet' }), 'the SDK has no auto-pagination yet');
});

test('a driver report of no known kind, or of two, is a driver problem', () => {
  assert.throws(() => readOutcome({ value: 1 }), /the driver reported an outcome with no known kind/);
  assert.throws(() => readOutcome({ result: 1, items: [] }), /with result and items/);
});

test('R5.5: no credential may appear in anything a raised error reports', () => {
  const clean = raised({ type: 'AuthenticationError', message: '401: key [REDACTED]', headers: { 'www-authenticate': 'x' } });
  assert.equal(secretLeak(clean), null);
  assert.equal(secretLeak({ result: { key: CREDENTIALS.apiKey } }), null, 'results are the caller\'s own data');
  assert.equal(secretLeak(raised({ type: 'APIError', message: `401: key ${CREDENTIALS.apiKey}` })), 'the apiKey appears in the error\'s message (R5.5): "401: key sk_test_contract"');
  assert.match(secretLeak(raised({ type: 'APIError', headers: { 'WWW-Authenticate': `ApiKey key="${CREDENTIALS.apiKey}"` } })), /^the apiKey appears in the error's header www-authenticate \(R5\.5\)/);
  assert.match(secretLeak(raised({ type: 'APIConnectionError', causes: ['ok', `Bearer ${CREDENTIALS.accessToken}`] })), /^the accessToken appears in the error's cause 2 /);
  assert.match(secretLeak(raised({ type: 'APIError', fields: { problem: { detail: CREDENTIALS.refreshToken } } })), /^the refreshToken appears in the error's field problem /);
  // A long field is quoted around the secret, so the reason shows where it sits.
  const long = { type: 'https://docs.secure-ai-studio.example/problems/unauthenticated', title: 'Unauthorized', detail: `The API key ${CREDENTIALS.apiKey} has been revoked.`, code: 'invalid_api_key' };
  assert.equal(secretLeak(raised({ type: 'APIError', fields: { data: long } })),
    'the apiKey appears in the error\'s field data (R5.5): "…orized\\",\\"detail\\":\\"The API key sk_test_contract has been revoked.\\",…"');
});

test('the traffic: complete with no mismatches; a contract with no exchanges wants nothing sent', () => {
  const clean = { expected: 2, received: 2, complete: true, mismatches: [] };
  const two = { exchanges: [{}, {}] };
  assert.equal(trafficMismatch(two, clean), null);
  assert.equal(trafficMismatch(two, { ...clean, received: 1, complete: false }), 'sent 1 of 2 recorded requests');
  assert.equal(trafficMismatch(two, { ...clean, mismatches: ['exchange 1: a', 'exchange 2: b'] }), 'exchange 1: a; exchange 2: b');
  const none = { exchanges: [] };
  // The mock replays a stand-in exchange for such a contract (lib/bundle.mjs): only `received` counts.
  assert.equal(trafficMismatch(none, { expected: 1, received: 0, complete: false, mismatches: [] }), null);
  assert.equal(trafficMismatch(none, { expected: 1, received: 1, complete: true, mismatches: ['exchange 0: path: expected /_no-request-expected, got /api/v1/templates/'] }),
    'expected nothing to be sent, but the SDK sent 1 request(s) (exchange 0: path: expected /_no-request-expected, got /api/v1/templates/)');
});

test('the verdict needs the right outcome, no leak and the right traffic, and says which broke', () => {
  const contract = { exchanges: [{}], expect: { items: ['a'] } };
  const clean = { expected: 1, received: 1, complete: true, mismatches: [] };
  assert.deepEqual(verdict(contract, { outcome: { items: ['a'] } }, clean), { status: 'pass' });
  assert.deepEqual(verdict(contract, { outcome: { items: [] } }, clean), { status: 'fail', reason: 'outcome: items: expected [a], got []' });
  assert.deepEqual(verdict(contract, { outcome: { items: [] }, notes: ['the SDK has no maxRetries option'] }, { ...clean, received: 0, complete: false }),
    { status: 'fail', reason: 'outcome: items: expected [a], got [] | traffic: sent 0 of 1 recorded requests (driver note: the SDK has no maxRetries option)' });
  const failing = { exchanges: [{}], expect: { error: { type: 'APIError' } } };
  assert.deepEqual(verdict(failing, { outcome: { error: { type: 'APIError', message: `x ${CREDENTIALS.apiKey}` } } }, clean),
    { status: 'fail', reason: 'outcome: the apiKey appears in the error\'s message (R5.5): "x sk_test_contract"' });
  assert.deepEqual(verdict(contract, { driverError: 'input.path.jobId is missing' }, clean), { status: 'fail', reason: 'driver: input.path.jobId is missing' });
  assert.deepEqual(verdict(contract, undefined, clean, 'exited with code 1'), { status: 'fail', reason: 'the driver reported no result (it exited with code 1)' });
  assert.deepEqual(verdict(contract, { outcome: { items: ['a'] } }, null), { status: 'fail', reason: 'traffic: the session report could not be read' });
  assert.deepEqual(verdict(contract, { outcome: {} }, clean), { status: 'fail', reason: 'driver: the driver reported an outcome with no known kind (one of error, result, items, events, bytes, unsupported)' });
});

test('a long text that differs late is shown from a little before the difference', () => {
  const want = 'ApiKey realm="secure-ai-studio", error="invalid_key", error_description="the key [REDACTED] is revoked"';
  const got = want.replace('[REDACTED]', 'sk_test_contract');
  assert.equal(outcomeMismatch({ error: { type: 'APIError', headers: { 'WWW-Authenticate': want } } }, raised({ type: 'APIError', headers: { 'www-authenticate': got } })),
    'error header WWW-Authenticate: from character 61: expected "…escription=\\"the key [REDACTED] is revoked\\"", got "…escription=\\"the key sk_test_contract is revoked\\"" (raised APIError)');
});
