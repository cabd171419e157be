// The generated surface of this SDK, whatever its document: every operation of the table is a
// callable client.<resource>.<method> that sends its HTTP method and path, every model decodes,
// and every generated JSON Schema compiles. Nothing here names one API's operations or models:
// they are read from the generated table (operations.js), internal.js and schemas.js.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import * as internal from '../src/internal.js';
import {OPERATIONS} from '../src/operations.js';
import {SCHEMAS} from '../src/schemas.js';
import {ResponseValidator} from '../src/core/validation.js';

const RUNTIME = new Set(['ApiClient', 'SecureAIStudio', 'APIPromise', 'Page', 'PagePromise', 'EventStream', 'GraphqlSubscription', 'BinaryResponse', 'WireDate', 'byteRange', 'toFile']);
const apiNames = new Set(Object.values(OPERATIONS).map((op) => op.api));
const isError = (value) => typeof value === 'function' && (value === Error || value.prototype instanceof Error);
const models = Object.entries(internal).filter(([name, value]) => !RUNTIME.has(name) && !apiNames.has(name) && !isError(value));

/** Arguments for a call with every required parameter set to a placeholder. */
function argumentsFor(op) {
    const args = op.params.filter((p) => p.in === 'path').map((p) => `p_${p.name}`);
    const form = op.params.filter((p) => p.in === 'form');
    const named = op.params.filter((p) => (p.in === 'query' || p.in === 'header') && p.wire.toLowerCase() !== 'idempotency-key');
    if (form.length) {
        args.push(Object.fromEntries(form.filter((p) => p.required).map((p) => [p.wire, new Blob(['x'], {type: 'text/plain'})])));
    } else if (op.params.some((p) => p.in === 'body')) {
        args.push(op.params.find((p) => p.in === 'body').required ? {} : undefined);
    }
    if (named.length) {
        args.push(Object.fromEntries(named.filter((p) => p.required).map((p) => [p.in === 'header' ? p.name : p.wire, 'x'])));
    }
    return args;
}

test('every operation of the table is client.<resource>.<method> and sends its HTTP method', async () => {
    const sent = [];
    // A recording fetch, not a server: an operation may name its own servers (other hosts).
    const fetch = async (url, init) => {
        sent.push({url: String(url), method: init.method});
        return new Response(null, {status: 204});
    };
    const client = new internal.SecureAIStudio({apiKey: 'sk_surface_fixture', accessToken: undefined, baseURL: 'http://127.0.0.1:9/base', fetch, maxRetries: 0});
    // A document may declare no operation at all (schemas only): then there is nothing to call.
    for (const [id, op] of Object.entries(OPERATIONS)) {
        const method = client[op.resource]?.[op.method];
        assert.equal(typeof method, 'function', `${id}: no client['${op.resource}']['${op.method}']`);
        const before = sent.length;
        await method.apply(client[op.resource], argumentsFor(op)).then(() => undefined, (err) => {
            throw new Error(`${id} (client.${op.resource}.${op.method}) failed: ${err.message}`, {cause: err});
        });
        assert.equal(sent.length, before + 1, `${id}: one request`);
        assert.equal(sent.at(-1).method, op.httpMethod.toUpperCase(), id);
        for (const p of op.params.filter((q) => q.in === 'path')) {
            assert.ok(sent.at(-1).url.includes(`p_${p.name}`), `${id}: path parameter ${p.name} in ${sent.at(-1).url}`);
        }
        if (op.waiter) assert.equal(typeof client[op.resource][op.waiter], 'function', `${id}: waiter ${op.waiter}`);
    }
});

test('every model class decodes an object and keeps unknown properties (a oneOf: as received or its variant)', () => {
    for (const [name, Model] of models) {
        if (typeof Model?.constructFromObject !== 'function') continue; // enums are classes of static values
        if (Array.isArray(Model.OneOf)) {
            // R7.3: a oneOf resolves to its variant, or stays as received when none matches.
            assert.doesNotThrow(() => internal.ApiClient.convertToType({unknownFixtureProperty: 1}, Model), name);
            continue;
        }
        const decoded = Model.constructFromObject({unknownFixtureProperty: 1});
        if (decoded && typeof decoded === 'object') assert.equal(decoded.unknownFixtureProperty, 1, name);
    }
});

test('every generated JSON Schema compiles, and every model has one', async () => {
    const validator = new ResponseValidator(SCHEMAS);
    for (const name of Object.keys(SCHEMAS)) {
        await validator.issues({}, name).catch((err) => {
            throw new Error(`schemas.js '${name}' does not compile: ${err.message}`, {cause: err});
        });
    }
    const missing = models.map(([name]) => name).filter((name) => !(name in SCHEMAS));
    assert.deepEqual(missing, [], 'models without a schema');
});
