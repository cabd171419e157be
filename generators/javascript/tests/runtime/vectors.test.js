// The shared behaviour vectors (test/vectors/*.json) run through the SDK's pure functions: one
// test per case, named "<file> › <case>". A file without a runner here, or a case whose input or
// expected output has a shape its runner does not know, fails; adding a case needs no code.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import util from 'node:util';
import {backoffBounds, backoffDelay, parseRetryAfter, shouldRetry} from '../src/core/retry-policy.js';
import {parseContentRange} from '../src/core/binary.js';
import {Page, shouldFetchNextPage} from '../src/core/pagination.js';
import {checkHeaderValue, encodePathSegment, isValidHeaderValue} from '../src/core/request-encoding.js';
import {redactHeaders, redactText} from '../src/core/redact.js';
import {connectionError, errorFromResponse} from '../src/core/response-error.js';
import {createSseDecoder} from '../src/core/sse.js';
import {graphqlPayloads} from '../src/core/graphql.js';
import {uploadContentType} from '../src/core/uploads.js';
import {APIConnectionError, APIError} from '../src/core/errors.js';
import {checkKeys, loadVectorFiles} from './helpers/vectors.js';

const within1ms = (actual, expected, what) =>
    assert.ok(Math.abs(actual - expected) <= 1, `${what}: expected ${expected} (±1 ms), got ${actual}`);

/** Every message an error exposes: its own, then each cause's, outermost first. */
function messageChain(error) {
    const messages = [];
    for (let e = error; e !== undefined && e !== null; e = e.cause) {
        messages.push(e instanceof Error ? e.message : String(e));
    }
    return messages;
}

/** The SSE events of `bytes` fed as the given chunks. */
function sseEvents(chunks) {
    const decoder = createSseDecoder();
    const events = [];
    for (const chunk of chunks) {
        events.push(...decoder.push(chunk));
    }
    events.push(...decoder.end());
    return events;
}

const RUNNERS = {
    'retry-after.json'(input, expected) {
        checkKeys(input, ['value', 'now']);
        checkKeys(expected, ['delayMs'], [], 'expected');
        const now = Date.parse(input.now);
        assert.ok(!Number.isNaN(now), `input.now ${input.now} is not an RFC 3339 instant`);
        const delay = parseRetryAfter(input.value, now) ?? null;
        if (expected.delayMs === null) {
            assert.equal(delay, null);
        } else {
            assert.notEqual(delay, null, `expected ${expected.delayMs} ms, got null (ignored)`);
            within1ms(delay, expected.delayMs, 'delayMs');
        }
    },

    'backoff.json'(input, expected) {
        checkKeys(input, ['retry', 'random']);
        checkKeys(expected, ['delayMs', 'minMs', 'maxMs'], [], 'expected');
        within1ms(backoffDelay(input.retry, () => input.random), expected.delayMs, 'delayMs');
        const {minMs, maxMs} = backoffBounds(input.retry);
        within1ms(minMs, expected.minMs, 'minMs');
        within1ms(maxMs, expected.maxMs, 'maxMs');
    },

    'retry-decision.json'(input, expected) {
        checkKeys(input, ['failure', 'method', 'idempotencyKey', 'retriesLeft']);
        checkKeys(input.failure, [], ['status', 'code', 'connectionError', 'timeout'], 'input.failure');
        checkKeys(expected, ['retry'], [], 'expected');
        assert.equal(shouldRetry(input.failure, input.method, input.idempotencyKey, input.retriesLeft), expected.retry);
    },

    'path-segment.json'(input, expected) {
        checkKeys(input, ['value']);
        checkKeys(expected, [], ['encoded', 'error'], 'expected');
        const where = "getTemplate: path parameter 'templateId'";
        if (expected.error === true) {
            assert.throws(() => encodePathSegment(input.value, where), (err) => err instanceof TypeError && err.message.startsWith(where));
        } else {
            assert.equal(encodePathSegment(input.value, where), expected.encoded);
        }
    },

    'header-value.json'(input, expected) {
        checkKeys(input, ['value']);
        checkKeys(expected, ['valid'], [], 'expected');
        assert.equal(isValidHeaderValue(input.value), expected.valid);
        const where = "updateTemplate: header parameter 'ifMatch' (If-Match)";
        if (expected.valid) {
            checkHeaderValue(input.value, where);
        } else {
            assert.throws(() => checkHeaderValue(input.value, where), (err) => {
                assert.ok(err instanceof TypeError);
                assert.ok(err.message.startsWith(where), err.message);
                return true;
            });
        }
    },

    'error-message.json'(input, expected) {
        checkKeys(input, ['status', 'headers', 'body']);
        checkKeys(expected, ['message'], ['code', 'requestId', 'detail', 'title', 'errors'], 'expected');
        const error = errorFromResponse(input.status, new Headers(input.headers), input.body, []);
        assert.ok(error instanceof APIError);
        assert.equal(error.status, input.status);
        for (const [field, value] of Object.entries(expected)) {
            assert.deepEqual(error[field], value, field);
        }
    },

    'redaction.json'(input, expected) {
        checkKeys(input, ['kind', 'secrets'], ['text', 'headers', 'messages']);
        const shapes = {text: 'text', headers: 'headers', causes: 'messages'};
        const field = shapes[input.kind];
        assert.ok(field, `unknown redaction kind ${JSON.stringify(input.kind)}`);
        checkKeys(input, ['kind', 'secrets', field]);
        checkKeys(expected, [field], [], 'expected');
        if (input.kind === 'text') {
            assert.equal(redactText(input.text, input.secrets), expected.text);
        } else if (input.kind === 'headers') {
            assert.deepEqual(redactHeaders(input.headers, input.secrets), expected.headers);
            // The same through a fetch Headers object, as an APIError keeps them (names lower-cased).
            const lower = Object.fromEntries(Object.entries(expected.headers).map(([k, v]) => [k.toLowerCase(), v]));
            assert.deepEqual(Object.fromEntries(redactHeaders(new Headers(input.headers), input.secrets)), lower);
        } else {
            const [own, ...causes] = input.messages;
            let chain;
            for (const message of causes.reverse()) {
                chain = new Error(message, chain === undefined ? undefined : {cause: chain});
            }
            const error = connectionError(own, chain, input.secrets);
            assert.ok(error instanceof APIConnectionError);
            assert.deepEqual(messageChain(error), expected.messages);
            // Nothing else the error shows (stacks, printed form) keeps a secret either.
            const shown = util.inspect(error, {depth: 10});
            for (const secret of input.secrets.filter((s) => typeof s === 'string' && s.length >= 4)) {
                if (!expected.messages.some((m) => m.includes(secret))) {
                    assert.ok(!shown.includes(secret), 'util.inspect(error) shows a secret');
                }
            }
        }
    },

    'content-range.json'(input, expected) {
        checkKeys(input, ['value']);
        if (expected !== null) {
            checkKeys(expected, ['unit'], ['start', 'end', 'size'], 'expected');
        }
        assert.deepEqual(parseContentRange(input.value), expected);
    },

    'sse.json'(input, expected) {
        checkKeys(input, ['stream']);
        checkKeys(expected, ['events'], [], 'expected');
        for (const event of expected.events) {
            checkKeys(event, ['event', 'data'], ['id'], 'expected event');
        }
        const bytes = new TextEncoder().encode(input.stream);
        assert.deepEqual(sseEvents([bytes]), expected.events, 'one chunk');
        assert.deepEqual(sseEvents([...bytes].map((b) => Uint8Array.of(b))), expected.events, 'one byte at a time');
        for (let at = 0; at <= bytes.length; at++) {
            assert.deepEqual(sseEvents([bytes.subarray(0, at), bytes.subarray(at)]), expected.events, `split at byte ${at}`);
        }
    },

    // The framed messages, then the loop subscribe reads them with (R13.3); payloads compared as JSON.
    async 'graphql-sse.json'(input, expected) {
        checkKeys(input, ['stream']);
        checkKeys(expected, ['payloads'], [], 'expected');
        const bytes = new TextEncoder().encode(input.stream);
        for (const [how, chunks] of [['one chunk', [bytes]], ['one byte at a time', [...bytes].map((b) => Uint8Array.of(b))]]) {
            const payloads = [];
            for await (const payload of graphqlPayloads(sseEvents(chunks), {operationId: 'executeGraphql'})) {
                payloads.push(JSON.parse(JSON.stringify(payload)));
            }
            assert.deepEqual(payloads, expected.payloads, how);
        }
    },

    'pagination.json'(input, expected) {
        checkKeys(input, ['requestCursor', 'response']);
        checkKeys(expected, ['continue'], [], 'expected');
        assert.equal(shouldFetchNextPage(input.requestCursor, input.response), expected.continue);
        // The same decision through a Page, as list methods return it.
        const page = new Page(input.response, undefined, {itemsField: 'data', nextCursorField: 'nextCursor'},
            input.requestCursor ?? undefined, () => assert.fail('nothing is fetched'));
        assert.equal(page.hasNextPage(), expected.continue, 'Page#hasNextPage');
    },

    'upload-content-type.json'(input, expected) {
        checkKeys(input, ['filename', 'bytesHex', 'contentType']);
        checkKeys(expected, [], ['contentType', 'error'], 'expected');
        const file = {filename: input.filename, bytes: Uint8Array.from(Buffer.from(input.bytesHex, 'hex')), contentType: input.contentType};
        if (expected.error) {
            checkKeys(expected.error, ['option'], [], 'expected.error');
            assert.throws(() => uploadContentType(file, expected.error.option, 'uploadReferenceImage'),
                (err) => err instanceof TypeError && err.message.includes(`option '${expected.error.option}'`));
        } else {
            assert.equal(uploadContentType(file, 'file', 'uploadReferenceImage'), expected.contentType);
        }
    },
};

for (const {file, rule, cases} of loadVectorFiles()) {
    describe(`${file} (${rule})`, () => {
        const run = RUNNERS[file];
        if (!run) {
            test(`${file}: no runner`, () => assert.fail(`${file} has no runner in vectors.test.js; add one for its rule`));
            return;
        }
        for (const {name, input, expected} of cases) {
            test(`${file} › ${name}`, () => run(input, expected));
        }
    });
}
