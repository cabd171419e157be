// The public surface's runtime (core/resources.js): how `client.<resource>.<method>(...)`
// arguments become the operation class's, and APIPromise. Spec-independent: the layouts are
// synthetic, and the generated table is checked against whatever operations this SDK has.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {APIPromise, installResources, operationArguments} from '../src/core/resources.js';
import {OPERATIONS} from '../src/operations.js';
import * as internal from '../src/internal.js';

const op = (params, args = params.filter((p) => p.required).map((p) => p.name), extra = {}) => ({resource: 'things', method: 'm', api: 'ThingsApi', args, params, paged: false, waiter: null, ...extra});
const P = (name, where, required = false, wire = name) => ({name, in: where, wire, required});

test('path parameters are positional, then the body, then params, then the per-call options', () => {
    const update = op([P('thingId', 'path', true), P('ifMatch', 'header', true, 'If-Match'), P('thingUpdate', 'body', true, 'ThingUpdate')]);
    const options = {timeout: 5};
    assert.deepEqual(operationArguments(update, ['t_1', {name: 'n'}, {ifMatch: '"v1"'}, options], 'things.update'),
        ['t_1', '"v1"', {name: 'n'}, options]);
    const list = op([P('cursor', 'query'), P('limit', 'query'), P('xTrace', 'header', false, 'X-Trace')]);
    assert.deepEqual(operationArguments(list, [{limit: 5, xTrace: 't'}], 'things.list'), [{limit: 5, xTrace: 't'}, undefined]);
    assert.deepEqual(operationArguments(list, [], 'things.list'), [{}, undefined]);
});

test('an Idempotency-Key header is the per-call option, not a parameter: create(body, options)', () => {
    const create = op([P('thingCreate', 'body', true, 'ThingCreate'), P('idempotencyKey', 'header', false, 'Idempotency-Key')]);
    const options = {idempotencyKey: 'k_1'};
    assert.deepEqual(operationArguments(create, [{name: 'n'}, options], 'things.create'), [{name: 'n'}, {}, options]);
    assert.throws(() => operationArguments(create, [{name: 'n'}, {idempotencyKey: 'k'}, options], 'things.create'), {message: 'things.create: too many arguments (3)'});
});

test('multipart bodies are objects of the form fields, by wire name', () => {
    const upload = op([P('file', 'form', true), P('description', 'form')]);
    const file = new Blob(['x']);
    assert.deepEqual(operationArguments(upload, [{file, description: 'd'}], 'things.upload'), [file, {description: 'd'}, undefined]);
    assert.throws(() => operationArguments(upload, [{file, descripton: 'd'}], 'things.upload'),
        {name: 'TypeError', message: "things.upload: unknown multipart field 'descripton' (expected file, description)"});
    assert.throws(() => operationArguments(upload, ['bytes'], 'things.upload'), {name: 'TypeError', message: /request body must be an object of file, description/});
});

test('bad arguments are TypeErrors naming the method and the argument, before anything is sent', () => {
    const get = op([P('thingId', 'path', true), P('expand', 'query')]);
    const cases = [
        [[], "things.retrieve: missing the path parameter 'thingId' (argument 1)"],
        [[''], "things.retrieve: missing the path parameter 'thingId' (argument 1)"],
        [[{id: 1}], "things.retrieve: the path parameter 'thingId' must be a string (got object)"],
        [['t_1', {expnd: true}], "things.retrieve: unknown parameter 'expnd' (expected expand)"],
        [['t_1', 'expand'], 'things.retrieve: params must be an object of expand'],
        [['t_1', {}, 5000], 'things.retrieve: options must be an object (timeout, maxRetries, signal, headers, idempotencyKey)'],
        [['t_1', {}, {}, {}], 'things.retrieve: too many arguments (4)'],
    ];
    for (const [args, message] of cases) assert.throws(() => operationArguments(get, args, 'things.retrieve'), {name: 'TypeError', message});
});

test('APIPromise: await gives the data, withResponse() {data, response, requestId}, asResponse() the response', async () => {
    const response = new Response('{}', {headers: {'X-Request-Id': 'req_1'}});
    const promise = APIPromise.from(Promise.resolve({data: {id: 'x'}, response, requestId: 'req_1'}));
    assert.ok(promise instanceof Promise);
    assert.deepEqual(await promise, {id: 'x'});
    assert.deepEqual(await promise.withResponse(), {data: {id: 'x'}, response, requestId: 'req_1'});
    assert.equal(await promise.asResponse(), response);
    assert.ok(!(promise.then(() => 1) instanceof APIPromise), 'then() returns a plain Promise');
    const failing = APIPromise.from(Promise.reject(new RangeError('no')));
    await assert.rejects(failing, RangeError);
    await assert.rejects(failing.withResponse(), RangeError);
});

test('resources are built per resource from the table; a resource may not hide a client member', () => {
    class ThingsApi {
        constructor(apiClient) { this.apiClient = apiClient; }
        getThingWithHttpInfo(id, requestOptions) { return Promise.resolve({data: {id, requestOptions}, response: null, requestId: null}); }
    }
    ThingsApi.waiters = {getThing: 'waitForThing'};
    ThingsApi.prototype.waitForThing = function (id, options) { return Promise.resolve({waited: id, options}); };
    const table = {getThing: op([P('thingId', 'path', true)], ['thingId'], {method: 'retrieve', waiter: 'waitFor'})};
    const client = {};
    installResources(client, {}, {ThingsApi}, table);
    assert.deepEqual(Object.keys(client.things).sort(), ['retrieve', 'waitFor']);
    assert.throws(() => installResources({things: 1}, {}, {ThingsApi}, table), {message: "the resource 'things' would hide the client's own 'things'"});
    return Promise.all([
        client.things.retrieve('t_1', {timeout: 9}).then((data) => assert.deepEqual(data, {id: 't_1', requestOptions: {timeout: 9}})),
        client.things.waitFor('t_1', {interval: 1}).then((data) => assert.deepEqual(data, {waited: 't_1', options: {interval: 1}})),
    ]);
});

test('an x-graphql operation gives its resource query and subscribe: path parameters, then (document, variables?, options?)', async () => {
    const calls = [];
    class ThingsApi {
        constructor(apiClient) { this.apiClient = apiClient; }
        runGraphqlWithHttpInfo(tenantId, body, opts, requestOptions) {
            calls.push({tenantId, body, opts, requestOptions});
            return Promise.resolve({data: {data: {ok: true}}, response: new Response('{}', {headers: {'content-type': 'application/json'}}), requestId: null});
        }
    }
    ThingsApi.graphqlResults = {runGraphql: null};
    const table = {runGraphql: op([P('tenantId', 'path', true), P('xTrace', 'header', false, 'X-Trace'), P('graphqlRequest', 'body', true, 'GraphqlRequest')],
        ['tenantId', 'graphqlRequest'], {method: 'run', graphql: {query: 'query', subscribe: 'subscribe'}})};
    const client = {};
    installResources(client, {validation: 'off'}, {ThingsApi}, table);
    assert.deepEqual(Object.keys(client.things).sort(), ['query', 'run', 'subscribe']);
    assert.deepEqual(await client.things.query('t_1', '{ ok }', {a: 1}, {operationName: 'Q', timeout: 5}), {data: {ok: true}});
    assert.deepEqual(calls.pop(), {tenantId: 't_1', body: {query: '{ ok }', variables: {a: 1}, operationName: 'Q'}, opts: {},
        requestOptions: {timeout: 5, headers: {Accept: 'application/graphql-response+json, application/json;q=0.9'}}});
    // A server that answers JSON to a subscription gives its one result.
    const results = [];
    for await (const result of client.things.subscribe('t_1', 'subscription { ok }', undefined, {headers: {accept: 'text/event-stream;q=1'}})) results.push(result);
    assert.deepEqual(results, [{data: {ok: true}}]);
    assert.deepEqual(calls.pop().requestOptions.headers, {Accept: 'text/event-stream', accept: 'text/event-stream;q=1'}, "the caller's own Accept comes last, so it wins");
    await assert.rejects(client.things.query('', '{ ok }'), {name: 'TypeError', message: "things.query: missing the path parameter 'tenantId' (argument 1)"});
    assert.throws(() => client.things.subscribe('t_1'), {name: 'TypeError', message: /^things\.subscribe: the GraphQL document \(argument 1\)/});
    assert.equal(calls.length, 0);
});

test('the generated table matches the generated operation classes, argument for argument', () => {
    const seen = new Set();
    for (const [id, entry] of Object.entries(OPERATIONS)) {
        const Api = internal[entry.api];
        assert.equal(typeof Api, 'function', `${id}: no operation class ${entry.api}`);
        const method = Api.prototype[`${id}WithHttpInfo`];
        assert.equal(typeof method, 'function', `${id}: ${entry.api} has no ${id}WithHttpInfo`);
        const signature = method.toString().match(/^[\w$]+\s*\(([^)]*)\)/)[1].split(',').map((a) => a.trim()).filter(Boolean);
        const hasOpts = entry.params.some((p) => !entry.args.includes(p.name));
        assert.deepEqual(signature, [...entry.args, ...(hasOpts ? ['opts'] : []), 'requestOptions'], id);
        assert.match(entry.method, /^[a-z][A-Za-z0-9]*$/, `${id}: x-sdk-method`);
        const key = `${entry.resource}.${entry.method}`;
        assert.ok(!seen.has(key), `two operations are ${key}`);
        seen.add(key);
        if (entry.waiter) assert.ok(Api.waiters?.[id], `${id}: x-waiter but no waiter installed on ${entry.api}`);
        if (entry.graphql) {
            assert.ok(id in (Api.graphqlResults ?? {}), `${id}: x-graphql but no result model in ${entry.api}.graphqlResults`);
            for (const name of [entry.graphql.query, entry.graphql.subscribe].filter(Boolean)) {
                const key = `${entry.resource}.${name}`;
                assert.ok(!seen.has(key), `two methods are ${key}`);
                seen.add(key);
            }
        }
    }
});

test('new SecureAIStudio() has every operation of the table as client.<resource>.<method>', () => {
    const client = new internal.SecureAIStudio({apiKey: 'sk_test_surface', baseURL: 'http://127.0.0.1:9/api'});
    for (const [id, entry] of Object.entries(OPERATIONS)) {
        assert.equal(typeof client[entry.resource]?.[entry.method], 'function', `${id}: no client.${entry.resource}.${entry.method}`);
        if (entry.waiter) assert.equal(typeof client[entry.resource][entry.waiter], 'function', `${id}: no client.${entry.resource}.${entry.waiter}`);
        for (const name of [entry.graphql?.query, entry.graphql?.subscribe].filter(Boolean)) {
            assert.equal(typeof client[entry.resource][name], 'function', `${id}: no client.${entry.resource}.${name}`);
        }
    }
});
