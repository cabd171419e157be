// Hand-written runtime: GraphQL over HTTP (docs/sdk-behavior.md R13) on top of an operation that
// carries `x-graphql` (a POST taking {query, variables, operationName}). core/resources.js adds
// `query` and `subscribe` to that operation's resource; both send through the operation's own
// generated method, so auth, retries, timeouts and errors are those of any call (R1-R5). The
// body's field names are the GraphQL-over-HTTP protocol's, not one API's.
import {ResponseValidationError} from './errors.js';
import {REQUEST_OPTIONS, checkRequestOptions} from './request-options.js';
import {isJsonMime} from './response-error.js';
import {EventStream, parseEventData} from './sse.js';

/** R13.1: the result as graphql-response+json, plain JSON from a server that has no such type. */
export const QUERY_ACCEPT = 'application/graphql-response+json, application/json;q=0.9';
/** R13.3: GraphQL over SSE (distinct connections mode). */
export const SUBSCRIBE_ACCEPT = 'text/event-stream';

const OPTIONS = ['operationName', ...REQUEST_OPTIONS];
const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
const typeName = (value) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/**
 * The request body and per-call options of `query(document, variables?, options?)` and
 * `subscribe(...)`: the body holds only what the caller gave (R9.5: undefined is left out, null
 * is sent), `options` is `{operationName?, ...requestOptions}`, and `accept` becomes the Accept
 * header unless the caller's own headers set one. Bad arguments are TypeErrors naming `where`.
 * @return {{body: Object, requestOptions: Object}}
 */
export function graphqlRequest(where, accept, document, variables, options) {
    if (typeof document !== 'string' || document === '') {
        throw new TypeError(`${where}: the GraphQL document (argument 1) must be a non-empty string (got ${typeName(document)})`);
    }
    if (variables !== undefined && variables !== null && !isObject(variables)) {
        throw new TypeError(`${where}: variables (argument 2) must be an object of variable names to values (got ${typeName(variables)})`);
    }
    if (options !== undefined && options !== null && !isObject(options)) {
        throw new TypeError(`${where}: options (argument 3) must be an object (${OPTIONS.join(', ')})`);
    }
    const {operationName, ...requestOptions} = options ?? {};
    for (const key of Object.keys(requestOptions)) {
        if (!REQUEST_OPTIONS.includes(key)) {
            throw new TypeError(`${where}: unknown option '${key}' (expected ${OPTIONS.join(', ')})`);
        }
    }
    if (operationName !== undefined && operationName !== null && (typeof operationName !== 'string' || operationName === '')) {
        throw new TypeError(`${where}: operationName must be a non-empty string (got ${typeName(operationName)})`);
    }
    const body = {query: document};
    if (variables !== undefined) body.variables = variables;
    if (operationName !== undefined) body.operationName = operationName;
    checkRequestOptions(requestOptions); // here too, so subscribe's are refused at the call
    // The caller's headers come last: one of their own (any case) replaces this Accept.
    requestOptions.headers = {Accept: accept, ...requestOptions.headers};
    return {body, requestOptions};
}

/**
 * R13.3: the payloads of a GraphQL-over-SSE stream. `messages` are the framed SSE messages
 * (`{event, data}`, data as text, see createSseDecoder), sync or async: each `next` message's
 * data is one payload, given to `decode` (validation and the result model) when there is one;
 * `complete` ends the payloads and nothing after it is read (leaving a `for await` over
 * `messages` closes it); other events are ignored. Data that is not JSON raises
 * ResponseValidationError at path "", as every event stream does (R8.4).
 */
export async function* graphqlPayloads(messages, {operationId, requestId, decode} = {}) {
    for await (const message of messages) {
        if (message.event === 'complete') {
            return;
        }
        if (message.event !== 'next') {
            continue;
        }
        const payload = parseEventData(message.data, operationId, requestId);
        yield decode ? await decode(payload) : payload;
    }
}

/**
 * R13.3: what `subscribe` returns, an async iterator of result payloads (iterate it with
 * `for await`, once). The request is sent on the first `next()`, so a subscription never
 * iterated opens no connection; a non-2xx answer rejects that `next()` with its APIError, before
 * any payload. `return()`, a `break` out of `for await`, or the call's signal closes the
 * connection. `response` and `requestId` are those of the answer once it has come (R10.1).
 */
export class GraphqlSubscription {
    /** The payloads, an async generator over the answer (started by the first next()). */
    #payloads;

    /**
     * @param {function(): Promise<{data: *, response: Response, requestId: (string|null)}>} send
     *     the operation's call with the subscribe Accept header
     * @param {Object} context
     * @param {Object} context.apiClient the transport: its validator, validation mode and logger
     * @param {string} context.operationId
     * @param {*} context.resultType the result model (a model class), or null for plain JSON
     * @param {string} [context.validation] the call's validation mode (R7.1)
     */
    constructor(send, {apiClient, operationId, resultType, validation}) {
        /** The fetch Response of the answer, once the first next() has it (else undefined). */
        this.response = undefined;
        this.#payloads = this.#read(send, apiClient, operationId, resultType, validation);
    }

    /** The X-Request-Id of the answer, or null (also before it has come). */
    get requestId() {
        return this.response?.headers.get('x-request-id') ?? null;
    }

    /** The next payload; the first call sends the request. */
    next() {
        return this.#payloads.next();
    }

    /** Stops the subscription and closes its connection. */
    return(value) {
        return this.#payloads.return(value);
    }

    /** Stops the subscription with `error` (closing its connection) and rejects with it. */
    throw(error) {
        return this.#payloads.throw(error);
    }

    [Symbol.asyncIterator]() {
        return this;
    }

    async* #read(send, apiClient, operationId, resultType, validation) {
        const {data, response, requestId} = await send();
        this.response = response;
        if (data instanceof EventStream) {
            const mode = validation ?? apiClient.validation;
            const decode = async (payload) => {
                await apiClient.validator.check(payload, resultType, {mode, operationId, requestId, logger: apiClient.logger});
                return apiClient.deserialize(payload, resultType);
            };
            yield* graphqlPayloads(data.messages(), {operationId, requestId, decode});
            return;
        }
        const contentType = response.headers.get('content-type');
        if (isJsonMime(contentType)) {
            // A server without GraphQL over SSE answers with the one result (validated and decoded by the call).
            yield data;
            return;
        }
        throw new ResponseValidationError(operationId,
            [{path: '', message: `the answer to a subscription is neither text/event-stream nor JSON (Content-Type ${contentType ?? 'absent'})`}],
            requestId ?? undefined);
    }
}
