// Hand-written runtime: the client's resources (`client.templates.list()`), built from the
// generated operation table (src/operations.js) over the generated operation classes. Every
// method has the same shape, whatever the document:
//   client.<resource>.<method>(...pathParams, body?, params?, options?)
// path parameters positional, in path order; `body` when the operation has a request body (a
// JSON object, or the multipart fields); `params` when it has query or header parameters;
// `options` the per-call options (R2.2: timeout, maxRetries, signal, headers, idempotencyKey,
// validation). Arguments that do not fit are a TypeError naming the method and the argument,
// before anything is sent. An operation with `x-graphql` also gives its resource
//   client.<resource>.query(...pathParams, document, variables?, options?)
//   client.<resource>.subscribe(...pathParams, document, variables?, options?)
// (R13, core/graphql.js; `options` is the per-call options plus `operationName`).
import {GraphqlSubscription, QUERY_ACCEPT, SUBSCRIBE_ACCEPT, graphqlRequest} from './graphql.js';

/**
 * What a non-paginated method returns: a Promise of the decoded body that can also give the
 * raw response (R10). The request starts when the method is called.
 */
export class APIPromise extends Promise {
    // then/catch/finally return plain Promises, not APIPromises built with an executor.
    static get [Symbol.species]() {
        return Promise;
    }

    /** @param {Promise<{data: *, response: Response, requestId: (string|null)}>} raw */
    static from(raw) {
        const promise = new APIPromise((resolve, reject) => raw.then(({data}) => resolve(data), reject));
        Object.defineProperty(promise, 'raw', {value: raw});
        // The caller may read only .withResponse(); the data promise's rejection is then handled.
        promise.catch(() => undefined);
        return promise;
    }

    /** Resolves to `{data, response, requestId}`. */
    withResponse() {
        return this.raw.then(({data, response, requestId}) => ({data, response, requestId}));
    }

    /** Resolves to the fetch Response (its body already read and decoded into `data`). */
    asResponse() {
        return this.raw.then(({response}) => response);
    }
}

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The call's layout, from the operation's parameters. */
function layoutOf(op) {
    const path = op.params.filter((p) => p.in === 'path');
    const named = op.params.filter((p) => (p.in === 'query' || p.in === 'header') && p.wire.toLowerCase() !== 'idempotency-key');
    const body = op.params.find((p) => p.in === 'body');
    const form = op.params.filter((p) => p.in === 'form');
    return {path, named, body, form, hasBody: Boolean(body) || form.length > 0, hasParams: named.length > 0};
}

/** The key a caller uses for a parameter in `params` or a multipart `body`. */
const keyOf = (p) => (p.in === 'header' ? p.name : p.wire);

function checkKeys(object, allowed, what, where) {
    const keys = allowed.map(keyOf);
    for (const key of Object.keys(object)) {
        if (!keys.includes(key)) {
            throw new TypeError(`${where}: unknown ${what} '${key}' (expected ${keys.length ? keys.join(', ') : 'none'})`);
        }
    }
}

/**
 * Splits a resource method's arguments into the generated operation method's arguments:
 * the required ones in order, then `opts` (the optional ones), then the request options.
 */
export function operationArguments(op, args, where) {
    const layout = layoutOf(op);
    const rest = [...args];
    const path = rest.splice(0, layout.path.length);
    for (const [i, p] of layout.path.entries()) {
        const value = path[i];
        if (value === undefined || value === null || value === '') {
            throw new TypeError(`${where}: missing the path parameter '${p.name}' (argument ${i + 1})`);
        }
        if (typeof value !== 'string' && typeof value !== 'number') {
            throw new TypeError(`${where}: the path parameter '${p.name}' must be a string (got ${typeof value})`);
        }
    }
    const body = layout.hasBody ? rest.shift() : undefined;
    const params = layout.hasParams ? rest.shift() : undefined;
    const options = rest.shift();
    if (rest.length) throw new TypeError(`${where}: too many arguments (${args.length})`);
    if (layout.form.length && body !== undefined && body !== null) {
        if (!isObject(body)) throw new TypeError(`${where}: the request body must be an object of ${layout.form.map(keyOf).join(', ')}`);
        checkKeys(body, layout.form, 'multipart field', where);
    }
    if (params !== undefined && params !== null) {
        if (!isObject(params)) throw new TypeError(`${where}: params must be an object of ${layout.named.map(keyOf).join(', ')}`);
        checkKeys(params, layout.named, 'parameter', where);
    }
    if (options !== undefined && options !== null && !isObject(options)) {
        throw new TypeError(`${where}: options must be an object (timeout, maxRetries, signal, headers, idempotencyKey)`);
    }
    const valueOf = (p) => {
        switch (p.in) {
            case 'path': return path[layout.path.indexOf(p)];
            case 'body': return body ?? undefined;
            case 'form': return body?.[p.wire];
            case 'query': case 'header': return params?.[keyOf(p)];
            default: return undefined;
        }
    };
    const required = op.args.map((name) => valueOf(op.params.find((p) => p.name === name)));
    const opts = {};
    for (const p of op.params) {
        if (!op.args.includes(p.name)) {
            const value = valueOf(p);
            if (value !== undefined) opts[p.name] = value;
        }
    }
    const hasOpts = op.params.some((p) => !op.args.includes(p.name));
    return [...required, ...(hasOpts ? [opts] : []), options ?? undefined];
}

function define(target, name, value) {
    Object.defineProperty(target, name, {value, enumerable: true, configurable: true, writable: true});
}

/**
 * R13: `query` and `subscribe` (the names x-graphql gives) over the operation `operationId`.
 * Both take the operation's path parameters first, then `(document, variables?, options?)`, and
 * send the operation's own call with the GraphQL body and Accept header. `query` returns an
 * APIPromise of the result (errors of a 2xx result are returned, not raised); `subscribe` a
 * GraphqlSubscription of results (core/graphql.js), its argument errors thrown at once.
 */
function defineGraphql(resource, name, operationId, op, apiClient, apiFor, resultType) {
    const layout = layoutOf(op);
    const arity = layout.path.length;
    const callArguments = (where, accept, args) => {
        if (args.length > arity + 3) throw new TypeError(`${where}: too many arguments (${args.length})`);
        const [document, variables, options] = args.slice(arity);
        const {body, requestOptions} = graphqlRequest(where, accept, document, variables, options);
        const callArgs = operationArguments(op, [...args.slice(0, arity), body, ...(layout.hasParams ? [undefined] : []), requestOptions], where);
        return {callArgs, requestOptions};
    };
    const send = (callArgs) => {
        try {
            return Promise.resolve(apiFor(op)[`${operationId}WithHttpInfo`](...callArgs));
        } catch (err) {
            return Promise.reject(err);
        }
    };
    const query = `${name}.${op.graphql.query}`;
    define(resource, op.graphql.query, (...args) => {
        let callArgs;
        try {
            ({callArgs} = callArguments(query, QUERY_ACCEPT, args));
        } catch (err) {
            return APIPromise.from(Promise.reject(err));
        }
        return APIPromise.from(send(callArgs));
    });
    if (op.graphql.subscribe) {
        const subscribe = `${name}.${op.graphql.subscribe}`;
        define(resource, op.graphql.subscribe, (...args) => {
            const {callArgs, requestOptions} = callArguments(subscribe, SUBSCRIBE_ACCEPT, args);
            return new GraphqlSubscription(() => send(callArgs),
                {apiClient, operationId, resultType, validation: requestOptions.validation});
        });
    }
}

/** One resource: an object with a method per operation of its tag (and a waiter per poll). */
function buildResource(name, ops, apiClient, apis) {
    const resource = {};
    Object.defineProperty(resource, Symbol.toStringTag, {value: `${name} resource`});
    const instances = new Map();
    const apiFor = (op) => {
        if (!instances.has(op.api)) instances.set(op.api, new apis[op.api](apiClient));
        return instances.get(op.api);
    };
    for (const [operationId, op] of ops) {
        const where = `${name}.${op.method}`;
        define(resource, op.method, function (...args) {
            const api = apiFor(op);
            let callArgs;
            try {
                callArgs = operationArguments(op, args, where);
            } catch (err) {
                return op.paged ? Promise.reject(err) : APIPromise.from(Promise.reject(err));
            }
            // x-pagination (R6): the operation class returns a PagePromise (await: the first
            // page; for await: every item of every page).
            if (op.paged) return api[operationId](...callArgs);
            let raw;
            try {
                raw = api[`${operationId}WithHttpInfo`](...callArgs);
            } catch (err) {
                raw = Promise.reject(err);
            }
            return APIPromise.from(Promise.resolve(raw));
        });
        if (op.graphql) {
            defineGraphql(resource, name, operationId, op, apiClient, apiFor, apis[op.api].graphqlResults?.[operationId] ?? null);
        }
        const waiter = apis[op.api].waiters?.[operationId];
        if (op.waiter && waiter) {
            // R8: waitFor(...pathParams, {interval, maxInterval, timeout, signal, requestOptions}).
            const arity = op.params.filter((p) => p.in === 'path').length;
            const waiterWhere = `${name}.${op.waiter}`;
            define(resource, op.waiter, (...args) => {
                let pollArgs;
                try {
                    if (args.length > arity + 1) throw new TypeError(`${waiterWhere}: too many arguments (${args.length})`);
                    pollArgs = operationArguments(op, args.slice(0, arity), waiterWhere).slice(0, -1);
                } catch (err) {
                    return Promise.reject(err);
                }
                return apiFor(op)[waiter](...pollArgs, args[arity]);
            });
        }
    }
    return resource;
}

/**
 * Adds a resource per x-sdk-resource to `client` (non-writable), each with its methods.
 * @param {Object} client the public client
 * @param {Object} apiClient the transport (ApiClient) every operation class sends with
 * @param {Object<string, Function>} apis operation classes by name
 * @param {Object<string, Object>} operations the generated operation table
 */
export function installResources(client, apiClient, apis, operations) {
    const byResource = new Map();
    for (const [id, op] of Object.entries(operations)) {
        if (!byResource.has(op.resource)) byResource.set(op.resource, []);
        byResource.get(op.resource).push([id, op]);
    }
    for (const [name, ops] of byResource) {
        if (name in client) throw new Error(`the resource '${name}' would hide the client's own '${name}'`);
        Object.defineProperty(client, name, {value: buildResource(name, ops, apiClient, apis), enumerable: true});
    }
}
