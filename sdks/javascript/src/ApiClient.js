// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

// HTTP layer of the SDK on the platform's fetch (Node 20+: fetch, FormData, Blob, File and
// AbortController are built in, so the package has no runtime dependencies). Errors, retry timing
// and redaction are the hand-written modules in ./core/ (docs/sdk-behavior.md R2, R3, R5).

import {
    APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError, AuthenticationError,
    ResponseValidationError,
} from './core/errors.js';
import {BinaryResponse} from './core/binary.js';
import {SchemeCredentials, INSPECT} from './core/credentials.js';
import {redactHeaders} from './core/redact.js';
import {checkHeaderName, checkHeaderValue, encodePathSegment} from './core/request-encoding.js';
import {connectionError, errorFromResponse, isJsonMime} from './core/response-error.js';
import {SNIFF_LENGTH, uploadContentType} from './core/uploads.js';
import {checkRequestOptions} from './core/request-options.js';
import {backoffDelay, parseRetryAfter, shouldRetry, sleep} from './core/retry-policy.js';
import {EventStream} from './core/sse.js';
import {ResponseValidator, checkValidationMode} from './core/validation.js';
import {SCHEMAS} from './schemas.js';
import {WireDate} from './core/wire-date.js';

export {APIError};

const CLIENT_OPTIONS = ['timeout', 'maxRetries', 'apiKey', 'accessToken', 'refreshToken', 'onTokenRefresh', 'fetch',
    'defaultHeaders', 'validation', 'logger'];
/** One validator for every client: each schema is compiled once per process. */
const VALIDATOR = new ResponseValidator(SCHEMAS);

/** An environment variable where the platform has them (Node), else undefined. */
const env = (name) => globalThis.process?.env?.[name] || undefined;

/**
 * Sends requests for the API classes: builds URLs, applies authentication, encodes bodies
 * and decodes responses into model instances.
 */
class ApiClient {
    /**
     * @param {string} [basePath] base URL every operation path is appended to; default: the
     *     environment variable SECURE_AI_STUDIO_BASE_URL, else the document's first server
     * @param {Object} [options]
     * @param {number} [options.timeout=60000] milliseconds each attempt may wait for response headers (R2.1)
     * @param {number} [options.maxRetries=2] retries after the first attempt (R3.1)
     * @param {string} [options.apiKey] API key, set on every apiKey scheme (R1.2); default: the
     *     environment variable SECURE_AI_STUDIO_API_KEY when no accessToken is given either
     * @param {string} [options.accessToken] bearer token, set on every bearer/oauth2 scheme (R1.1)
     * @param {string} [options.refreshToken] enables one transparent refresh on 401 (R1.4)
     * @param {function({accessToken: string, refreshToken?: string}): void} [options.onTokenRefresh]
     *     called with the new tokens after a refresh
     * @param {function} [options.fetch] the fetch implementation (default: the platform's)
     * @param {Object} [options.defaultHeaders] headers sent on every request
     * @param {string} [options.validation='warn'] response validation (R7.1): 'strict' raises
     *     ResponseValidationError, 'warn' reports it to <code>logger.warn</code>, 'off' skips it
     * @param  [options.logger=console] receives validation warnings
     */
    constructor(basePath = env('SECURE_AI_STUDIO_BASE_URL') ?? 'https://api.secure-ai-studio.example/api/v1', options = {}) {
        for (const key of Object.keys(options)) {
            if (!CLIENT_OPTIONS.includes(key)) {
                throw new TypeError(`unknown client option '${key}' (expected one of ${CLIENT_OPTIONS.join(', ')})`);
            }
        }
        const {timeout = 60000, maxRetries = 2, accessToken, refreshToken, onTokenRefresh, fetch, defaultHeaders} = options;
        const apiKey = options.apiKey ?? (accessToken === undefined ? env('SECURE_AI_STUDIO_API_KEY') : undefined);
        if (fetch !== undefined && typeof fetch !== 'function') {
            throw new TypeError('fetch must be a function');
        }
        checkValidationMode(options.validation);
        if (options.logger !== undefined && typeof options.logger?.warn !== 'function') {
            throw new TypeError('logger must be an object with a warn(message, error) method');
        }
        /** Response validation mode (R7.1): 'strict', 'warn' or 'off'. */
        this.validation = options.validation ?? 'warn';
        /** Receives validation warnings as <code>warn(message, error)</code>. */
        this.logger = options.logger ?? console;
        /** Checks response bodies against the document's schemas. */
        this.validator = VALIDATOR;
        if (onTokenRefresh !== undefined && typeof onTokenRefresh !== 'function') {
            throw new TypeError('onTokenRefresh must be a function');
        }
        if (typeof timeout !== 'number' || !Number.isFinite(timeout) || timeout < 1) {
            throw new RangeError(`timeout must be a finite number >= 1 (got ${String(timeout)})`);
        }
        if (!Number.isInteger(maxRetries) || maxRetries < 0) {
            throw new RangeError(`maxRetries must be an integer >= 0 (got ${String(maxRetries)})`);
        }
        /** Base URL, without trailing slash. */
        this.basePath = basePath.replace(/\/+$/, '');
        /**
         * Credentials per security scheme of the document; set <code>apiKey</code> or
         * <code>accessToken</code> (a string or a function returning one) on the scheme you use.
         * The secrets never show in console.log, util.inspect or JSON.stringify (R5.5).
         */
        this.authentications = {
            'bearerAuth': new SchemeCredentials({type: 'bearer'}),
            'apiKeyAuth': new SchemeCredentials({type: 'apiKey', in: 'header', name: 'X-API-Key'}),
        };
        for (const auth of Object.values(this.authentications)) {
            if (auth.type === 'apiKey' && apiKey !== undefined) {
                auth.apiKey = apiKey;
            }
            if (auth.type === 'bearer' || auth.type === 'oauth2') {
                auth.accessToken = accessToken ?? auth.accessToken;
                auth.refreshToken = refreshToken ?? auth.refreshToken;
            }
        }
        /** Called with `{accessToken, refreshToken?}` after a transparent token refresh (R1.4). */
        this.onTokenRefresh = onTokenRefresh;
        /** Path of the refresh endpoint (R1.4), appended to the base URL. */
        this.refreshPath = '/auth/refresh';
        /** Headers sent with every request. */
        this.defaultHeaders = {'User-Agent': '@secure-ai-studio/sdk/1.0.0 (JavaScript)'};
        /** Milliseconds each attempt may wait for the response headers (R2.1). */
        this.timeout = timeout;
        /** Retries after the first attempt (R3.1). */
        this.maxRetries = maxRetries;
        if (defaultHeaders !== undefined && (defaultHeaders === null || typeof defaultHeaders !== 'object' || Array.isArray(defaultHeaders))) {
            throw new TypeError('defaultHeaders must be an object of header names to values');
        }
        for (const [name, value] of Object.entries(defaultHeaders ?? {})) {
            // R4.3/R9.4: a header that could never be sent fails here, naming it (the value is not shown).
            checkHeaderName(name, 'defaultHeaders');
            if (value !== undefined && value !== null) {
                checkHeaderValue(String(value), `defaultHeaders['${name}']`);
            }
        }
        Object.assign(this.defaultHeaders, defaultHeaders);
        /** The fetch implementation; replaceable for tests or custom agents. */
        this.fetch = fetch ?? ((...args) => globalThis.fetch(...args));
        /** Waits between attempts (ms); replaceable so tests can record delays instead of sleeping. */
        this.sleep = sleep;
        /** Source of the backoff jitter, uniform in [0, 1). */
        this.random = Math.random;
        /** Clock of waiters (ms); replaceable so tests can move time forward. */
        this.now = Date.now;
    }

    /** String form of a path, query or header value (dates as ISO 8601). */
    paramToString(param) {
        if (param === undefined || param === null) {
            return '';
        }
        if (param instanceof Date) {
            return param.toISOString();
        }
        if (typeof param === 'object') {
            return JSON.stringify(param);
        }
        return String(param);
    }

    /**
     * An operation's own server URL; a relative one (`/v3`) is taken relative to the client's
     * base URL, as OpenAPI takes it relative to where the document is served.
     */
    resolveServer(url) {
        if (/^[a-z][a-z\d+.-]*:/i.test(url)) return url;
        try {
            return new URL(url, this.basePath.replace(/\/*$/, '/')).href;
        } catch {
            return url; // a relative base URL too: nothing to resolve against
        }
    }

    /**
     * basePath (or apiBasePath) + path with <code>{name}</code> placeholders substituted, each
     * value one encoded segment (R9.1: an empty value, `.` and `..` are argument errors).
     */
    buildUrl(path, pathParams, apiBasePath, operationId = path, paramNames = {}) {
        const base = apiBasePath != null ? this.resolveServer(apiBasePath).replace(/\/+$/, '') : this.basePath;
        const filled = path.replace(/\{([\w.#-]+)\}/g, (match, key) =>
            Object.prototype.hasOwnProperty.call(pathParams, key)
                ? encodePathSegment(this.paramToString(pathParams[key]), `${operationId}: path parameter '${paramNames?.[key] ?? key}'`)
                : match);
        return base + (filled.startsWith('/') ? filled : '/' + filled);
    }

    isJsonMime(contentType) {
        return isJsonMime(contentType);
    }

    /** JSON if offered, else the first content type. */
    jsonPreferredMime(contentTypes) {
        return contentTypes.find((type) => this.isJsonMime(type)) || contentTypes[0];
    }

    /** Blob/File, Buffer, typed array or ArrayBuffer: sent as a file part. */
    isFileParam(param) {
        return param instanceof Blob || ArrayBuffer.isView(param) || param instanceof ArrayBuffer;
    }

    /** Joins an array parameter as the document's collection format asks (one value: a list of one). */
    buildCollectionParam(param, collectionFormat) {
        if (param == null) {
            return null;
        }
        if (!Array.isArray(param)) {
            param = [param];
        }
        const separators = {csv: ',', ssv: ' ', tsv: '\t', pipes: '|'};
        if (collectionFormat === 'multi' || collectionFormat === 'passthrough') {
            return collectionFormat === 'multi' ? param.map((p) => this.paramToString(p)) : param;
        }
        if (!(collectionFormat in separators)) {
            throw new Error('Unknown collection format: ' + collectionFormat);
        }
        return param.map((p) => this.paramToString(p)).join(separators[collectionFormat]);
    }

    /**
     * Adds the credentials of the first configured scheme among <code>authNames</code>.
     * @return {Object|undefined} the scheme that was applied
     */
    applyAuthToRequest(headers, query, authNames) {
        for (const authName of authNames) {
            const auth = this.authentications[authName];
            if (!auth) {
                throw new Error('Unknown authentication scheme: ' + authName);
            }
            const token = typeof auth.accessToken === 'function' ? auth.accessToken() : auth.accessToken;
            if ((auth.type === 'bearer' || auth.type === 'oauth2') && token) {
                headers['Authorization'] = 'Bearer ' + token;
                return auth;
            }
            if (auth.type === 'basic' && (auth.username || auth.password)) {
                headers['Authorization'] = 'Basic ' + Buffer.from(`${auth.username || ''}:${auth.password || ''}`).toString('base64');
                return auth;
            }
            if (auth.type === 'apiKey' && auth.apiKey) {
                const value = auth.apiKeyPrefix ? auth.apiKeyPrefix + ' ' + auth.apiKey : auth.apiKey;
                if (auth.in === 'header') {
                    headers[auth.name] = value;
                } else if (auth.in === 'query') {
                    query[auth.name] = value;
                } else {
                    headers['Cookie'] = `${auth.name}=${value}`;
                }
                return auth;
            }
        }
    }

    /**
     * R9.4 for the credentials: an API key or token holding CR/LF/non-ASCII would be refused by
     * fetch as a connection error; it is an argument error, and its value is never shown.
     */
    checkCredentialHeaders(credentials, operationId) {
        for (const [name, value] of Object.entries(credentials)) {
            checkHeaderValue(value, `${operationId}: the configured credential (${name} header)`);
        }
    }

    /**
     * Encodes form parameters as multipart/form-data (files as file parts). R9.3: each file part
     * carries the caller's file name (else `file`) and content type, else one inferred from the
     * name or the bytes; when neither tells, an argument error naming the option, before sending.
     */
    async buildMultipart(formParams, operationId) {
        const form = new FormData();
        const append = async (key, value) => {
            if (value instanceof ReadableStream || typeof value?.pipe === 'function') {
                // R9.3: a retry must re-send the body, which a stream cannot do.
                throw new TypeError(`${operationId}: multipart field '${key}': streams are not accepted; pass a Blob/File, Buffer or Uint8Array`);
            }
            if (this.isFileParam(value)) {
                const blob = value instanceof Blob ? value : new Blob([value]);
                const filename = value instanceof Blob && value.name ? value.name : 'file';
                const head = new Uint8Array(await blob.slice(0, SNIFF_LENGTH).arrayBuffer());
                const type = uploadContentType({filename: value.name || null, bytes: head, contentType: blob.type}, key, operationId);
                form.append(key, type === blob.type ? blob : new Blob([blob], {type}), filename);
            } else {
                form.append(key, this.paramToString(value));
            }
        };
        for (const [key, value] of Object.entries(formParams)) {
            if (value === undefined || value === null) {
                continue;
            }
            for (const item of Array.isArray(value) ? value : [value]) {
                await append(key, item);
            }
        }
        return form;
    }

    /**
     * Sends one call (up to <code>maxRetries + 1</code> attempts, docs/sdk-behavior.md R3, plus one
     * repeat after a transparent token refresh, R1.4) and decodes the response.
     * @param {Object} [requestOptions] per-call options (R2.2, R2.3): timeout, maxRetries, headers,
     *     signal, idempotencyKey, validation
     * @param {string} [eventSchema] model name of each event's data, for text/event-stream answers
     * @param {Object<string, string>} [paramNames] wire name of each path/header parameter -> its
     *     JavaScript argument name, for argument errors (R9.1, R9.4)
     * @return {Promise<{data: *, response: Response, requestId: (string|null)}>} rejects with an
     * {@link APIError} subclass on non-2xx, {@link APIConnectionError} without a response,
     * {@link APIUserAbortError} when cancelled, {@link ResponseValidationError} on a 2xx JSON body
     * that does not parse
     */
    async callApi(path, httpMethod, pathParams, queryParams, headerParams, formParams, bodyParam,
                  authNames, contentTypes, accepts, returnType, apiBasePath, operationId = path, requestOptions, eventSchema, paramNames) {
        const options = checkRequestOptions(requestOptions);
        const query = {};
        const headers = {};
        // R9.4: where each header came from, so a bad value is reported by the name the caller used.
        const origins = {};
        const removeHeader = (name) => {
            for (const existing of Object.keys(headers).filter((key) => key.toLowerCase() === name.toLowerCase())) {
                delete headers[existing];
                delete origins[existing];
            }
        };
        const setHeader = (name, value, origin) => {
            removeHeader(name);
            headers[name] = value;
            origins[name] = origin;
        };
        for (const [key, value] of Object.entries(this.defaultHeaders)) {
            if (value !== undefined && value !== null) {
                setHeader(key, String(value), `default header '${key}'`);
            }
        }
        // Credentials are kept apart so a refresh (R1.4) can replace them; nothing else changes (R3.7).
        let credentials = {};
        let scheme = this.applyAuthToRequest(credentials, query, authNames);
        this.checkCredentialHeaders(credentials, operationId);
        const url = new URL(this.buildUrl(path, pathParams, apiBasePath, operationId, paramNames));
        for (const [key, value] of Object.entries({...queryParams, ...query})) {
            if (value === undefined || value === null) {
                continue;
            }
            for (const item of Array.isArray(value) ? value : [value]) {
                url.searchParams.append(key, this.paramToString(item));
            }
        }
        for (const [key, value] of Object.entries(headerParams)) {
            const origin = `header parameter '${paramNames?.[key] ?? key}' (${key})`;
            if (value !== undefined && value !== null) {
                setHeader(key, this.paramToString(value), origin);
            } else if (key.toLowerCase() === 'idempotency-key') {
                // R3.6: the operation declares the header; one fresh key per call, reused by every attempt.
                setHeader(key, options.idempotencyKey ?? globalThis.crypto.randomUUID(),
                    options.idempotencyKey === undefined ? origin : "request option 'idempotencyKey'");
            }
        }
        if (options.idempotencyKey !== undefined && !Object.keys(headers).some((key) => key.toLowerCase() === 'idempotency-key')) {
            setHeader('Idempotency-Key', options.idempotencyKey, "request option 'idempotencyKey'"); // R3.6: sent as given on any operation
        }
        const accept = accepts.length ? accepts.join(', ') : undefined;
        if (accept) {
            setHeader('Accept', accept, 'Accept');
        }
        for (const [key, value] of Object.entries(options.headers ?? {})) {
            checkHeaderName(key, `${operationId}: request option headers`);
            if (value !== undefined && value !== null) {
                setHeader(key, String(value), `request option headers['${key}']`);
            } else {
                removeHeader(key); // a null per-call header removes a default one
            }
        }
        // R9.4: CR, LF, NUL, other controls and non-ASCII are an argument error before sending,
        // never a header silently dropped or a connection error from the HTTP library.
        for (const [key, value] of Object.entries(headers)) {
            checkHeaderName(key, `${operationId}: ${origins[key]}`);
            checkHeaderValue(value, `${operationId}: ${origins[key]}`);
        }

        let body;
        const contentType = this.jsonPreferredMime(contentTypes);
        if (contentType === 'multipart/form-data') {
            body = await this.buildMultipart(formParams, operationId); // fetch sets the boundary header itself
        } else if (contentType === 'application/x-www-form-urlencoded') {
            const params = new URLSearchParams();
            for (const [key, value] of Object.entries(formParams)) {
                if (value !== undefined && value !== null) {
                    params.append(key, this.paramToString(value));
                }
            }
            body = params;
        } else if (bodyParam !== null && bodyParam !== undefined) {
            if (this.isFileParam(bodyParam)) {
                body = bodyParam;
                headers['Content-Type'] = contentType || 'application/octet-stream';
            } else {
                headers['Content-Type'] = contentType || 'application/json';
                body = this.isJsonMime(headers['Content-Type']) ? JSON.stringify(bodyParam) : String(bodyParam);
            }
        }

        const {signal} = options;
        const timeout = options.timeout ?? this.timeout;
        const maxRetries = options.maxRetries ?? this.maxRetries;
        const validation = options.validation ?? this.validation;
        const hasIdempotencyKey = Object.keys(headers).some((name) => name.toLowerCase() === 'idempotency-key' && headers[name] !== '');
        let refreshed = false;
        for (let retry = 0; ;) {
            if (signal?.aborted) {
                throw new APIUserAbortError('Request was aborted.', {cause: signal.reason}); // R2.3: nothing is sent
            }
            const init = {method: httpMethod, headers: {...headers, ...credentials}, body};
            try {
                return await this.attempt(url, init, returnType, operationId, {timeout, signal, validation, eventSchema});
            } catch (failure) {
                const refreshable = failure instanceof AuthenticationError && scheme !== undefined && !refreshed
                    ? this.refreshableScheme(authNames) : undefined;
                if (refreshable) {
                    // R1.4: one refresh per call; the repeat is not a retry and keeps the retry count.
                    refreshed = true;
                    await this.refreshAccessToken(refreshable, signal);
                    credentials = {};
                    scheme = this.applyAuthToRequest(credentials, query, authNames);
                    this.checkCredentialHeaders(credentials, operationId);
                    continue;
                }
                // R3.1-R3.3: the pure decision of retry-policy.js (test/vectors/retry-decision.json).
                const seen = failure instanceof APIConnectionTimeoutError ? {timeout: true}
                    : failure instanceof APIConnectionError ? {connectionError: true}
                        : failure instanceof APIError ? {status: failure.status, code: failure.code} : undefined;
                if (!seen || !shouldRetry(seen, httpMethod, hasIdempotencyKey, maxRetries - retry)) {
                    throw failure;
                }
                retry++;
                const retryAfter = failure instanceof APIError ? parseRetryAfter(failure.headers.get('retry-after')) : undefined;
                try {
                    await this.sleep(retryAfter ?? backoffDelay(retry, this.random), signal);
                } catch (err) {
                    throw signal?.aborted ? new APIUserAbortError('Request was aborted.', {cause: err}) : err;
                }
            }
        }
    }

    /** The bearer/oauth2 scheme among <code>authNames</code> that holds a refresh token (R1.4). */
    refreshableScheme(authNames) {
        return authNames.map((name) => this.authentications[name])
            .find((auth) => auth && (auth.type === 'bearer' || auth.type === 'oauth2') && auth.refreshToken);
    }

    /**
     * R1.4: exchanges the scheme's refresh token at <code>refreshPath</code> (JSON
     * <code>{refreshToken}</code>, no credentials, no retries), stores the new tokens and tells
     * <code>onTokenRefresh</code>. Concurrent callers share one request (single flight); a failed
     * refresh rejects with that call's error.
     */
    refreshAccessToken(scheme, signal) {
        if (this.refreshing) {
            return this.refreshing;
        }
        const url = new URL(this.basePath + this.refreshPath);
        const init = {
            method: 'POST',
            headers: {...this.defaultHeaders, 'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: JSON.stringify({refreshToken: scheme.refreshToken}),
        };
        this.refreshing = this.attempt(url, init, null, 'refreshToken', {timeout: this.timeout, signal})
            .then(({data, response}) => {
                if (!data || typeof data.accessToken !== 'string' || data.accessToken === '') {
                    throw new ResponseValidationError('refreshToken',
                        [{path: '/accessToken', message: 'the refresh response has no accessToken'}],
                        response.headers.get('x-request-id') ?? undefined);
                }
                scheme.accessToken = data.accessToken;
                const tokens = {accessToken: data.accessToken};
                if (typeof data.refreshToken === 'string' && data.refreshToken !== '') {
                    scheme.refreshToken = data.refreshToken;
                    tokens.refreshToken = data.refreshToken;
                }
                this.onTokenRefresh?.(tokens);
            })
            .finally(() => {
                this.refreshing = undefined;
            });
        return this.refreshing;
    }

    /**
     * One HTTP exchange: the timeout covers the wait for the response headers only (R2.1); the
     * caller's signal cancels it at any point (R2.3). A text/event-stream answer is returned
     * unread as an {@link EventStream} (R8.4, R2.4).
     */
    async attempt(url, init, returnType, operationId, {timeout = this.timeout, signal, validation = this.validation, eventSchema} = {}) {
        const controller = new AbortController();
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            controller.abort();
        }, timeout);
        const onAbort = () => controller.abort(signal.reason);
        signal?.addEventListener('abort', onAbort, {once: true});
        const release = () => signal?.removeEventListener('abort', onAbort);
        const aborted = (err) => new APIUserAbortError('Request was aborted.', {cause: err});
        let response;
        try {
            response = await this.fetch(url, {...init, signal: controller.signal});
        } catch (err) {
            release();
            if (signal?.aborted) {
                throw aborted(err);
            }
            throw timedOut
                ? connectionError(`Request timed out after ${timeout} ms.`, err, this.secrets(), APIConnectionTimeoutError)
                : this.connectionError(err);
        } finally {
            clearTimeout(timer);
        }
        const requestId = response.headers.get('x-request-id') ?? null;
        const check = (data, type) => this.validator.check(data, type, {mode: validation, operationId, requestId, logger: this.logger});
        if (response.ok && /^text\/event-stream\b/i.test(response.headers.get('content-type') ?? '')) {
            // R8.4: each event's data is checked against x-event-schema under R7.
            const validate = eventSchema ? (data) => check(data, eventSchema) : undefined;
            const streamError = (message, cause) => connectionError(message, cause, this.secrets());
            return {data: new EventStream(response, operationId, {onClose: release, signal, validate, connectionError: streamError}), response, requestId};
        }
        if (response.ok && ApiClient.isBinaryType(returnType)) {
            // R9.2: the body stays unread; the caller takes it as bytes or as a stream.
            release();
            return {data: new BinaryResponse(response), response, requestId};
        }
        let text;
        try {
            text = await response.text();
        } catch (err) {
            throw signal?.aborted ? aborted(err) : this.connectionError(err); // the connection broke while the body was read
        } finally {
            release();
        }
        if (!response.ok) {
            throw this.statusError(response, text);
        }
        const data = this.parseBody(response, text, operationId);
        if (data !== null && this.isJsonMime(response.headers.get('Content-Type'))) {
            await check(data, returnType); // R7.1: the data stays as received (R7.3)
        }
        return {data: this.deserialize(data, returnType), response, requestId};
    }

    /**
     * R5.4: the platform's fetch failure (reset, refused, DNS, TLS) as an APIConnectionError;
     * R5.5: its message and every cause are redacted copies (fetch quotes URLs, user-info included).
     */
    connectionError(err) {
        const reason = err?.cause?.code ?? err?.cause?.message ?? err?.message;
        return connectionError(`Connection error${reason ? `: ${reason}` : '.'}`, err, this.secrets());
    }

    /** R5.2/R5.3: the APIError subclass for a non-2xx response; secrets redacted (R5.5). */
    statusError(response, text) {
        return errorFromResponse(response.status, response.headers, text, this.secrets());
    }

    /** The configured credentials, for redaction. */
    secrets() {
        const found = [];
        for (const auth of Object.values(this.authentications)) {
            if (typeof auth?.secretValues === 'function') {
                found.push(...auth.secretValues());
                continue;
            }
            for (const key of ['apiKey', 'accessToken', 'refreshToken', 'password']) { // a scheme replaced by a plain object
                const value = typeof auth?.[key] === 'function' ? auth[key]() : auth?.[key];
                if (typeof value === 'string') {
                    found.push(value);
                }
            }
        }
        return found;
    }

    /**
     * The client as printed (util.inspect, console.log, JSON.stringify, String): settings,
     * default headers (redacted) and schemes with each secret shown as `[REDACTED]` (R5.5).
     */
    toJSON() {
        return {
            basePath: this.basePath,
            timeout: this.timeout,
            maxRetries: this.maxRetries,
            validation: this.validation,
            defaultHeaders: redactHeaders(this.defaultHeaders, this.secrets()),
            authentications: Object.fromEntries(Object.entries(this.authentications).map(([name, auth]) =>
                [name, typeof auth?.toJSON === 'function' ? auth.toJSON() : '[REDACTED]'])),
        };
    }

    [INSPECT](depth, options, inspect) {
        return inspect ? `ApiClient ${inspect(this.toJSON(), options)}` : this.toJSON();
    }

    toString() {
        return `ApiClient ${JSON.stringify(this.toJSON())}`;
    }

    /** Decodes a 2xx body: JSON when declared so (else R7.4), text otherwise. */
    parseBody(response, text, operationId) {
        if (response.status === 204 || response.status === 205 || text === '') {
            return null;
        }
        if (this.isJsonMime(response.headers.get('Content-Type'))) {
            try {
                return JSON.parse(text);
            } catch (err) {
                throw new ResponseValidationError(operationId,
                    [{path: '', message: `the body is not valid JSON (${err.message})`}],
                    response.headers.get('x-request-id') ?? undefined);
            }
        }
        return text;
    }

    /** Converts decoded response data into <code>returnType</code>. */
    deserialize(data, returnType) {
        if (data === null || data === undefined || returnType === null || returnType === undefined) {
            return data ?? null;
        }
        return ApiClient.convertToType(data, returnType);
    }

    static isBinaryType(type) {
        return type === 'Blob' || type === 'File' || (typeof File === 'function' && type === File) || type === Blob;
    }

    /** Parses an ISO 8601 date(-time) or an epoch number. */
    static parseDate(str) {
        return isNaN(str) ? new Date(str) : new Date(+str);
    }

    /**
     * Converts a decoded JSON value to a declared type: 'String', 'Number', 'Integer',
     * 'Boolean', 'Date', 'Blob', a model class, [itemType] or {keyType: valueType}.
     * oneOf models resolve to their concrete subtype (e.g. ImageJob, not the Job wrapper).
     */
    static convertToType(data, type) {
        if (data === null || data === undefined) {
            return data;
        }
        switch (type) {
            case 'Boolean':
                return Boolean(data);
            case 'Integer':
                return parseInt(data, 10);
            case 'Number':
                return parseFloat(data);
            case 'String':
                return String(data);
            case 'Date':
                // R7.3: a Date that re-serialises to the string the server sent.
                return new WireDate(String(data));
            case 'Blob':
            case 'File':
                return data;
            default:
                if (type === Object) {
                    return data;
                }
                if (Array.isArray(type)) {
                    return data.map((item) => ApiClient.convertToType(item, type[0]));
                }
                if (typeof type === 'function' && typeof type.constructFromObject === 'function') {
                    let value;
                    try {
                        value = type.constructFromObject(data);
                    } catch (err) {
                        if (!Array.isArray(type.OneOf)) {
                            throw err;
                        }
                        // R7.3: a variant this version cannot decode (e.g. a new discriminator value)
                        // is returned as received; response validation has reported it (R7.1).
                        return data;
                    }
                    return Array.isArray(type.OneOf) && value && typeof value.getActualInstance === 'function'
                        ? value.getActualInstance()
                        : value;
                }
                if (type && typeof type === 'object') {
                    const valueType = Object.values(type)[0];
                    const result = {};
                    for (const [key, value] of Object.entries(data)) {
                        result[key] = ApiClient.convertToType(value, valueType);
                    }
                    return result;
                }
                return data;
        }
    }

    /** Fills <code>obj</code> (array or map model) from <code>data</code>, converting each item. */
    static constructFromObject(data, obj, itemType) {
        for (const key of Object.keys(data)) {
            obj[key] = ApiClient.convertToType(data[key], itemType);
        }
    }

    /** The document's server URLs, in order. */
    hostSettings() {
        return [
            {url: 'https://api.secure-ai-studio.example/api/v1'},
            {url: 'http://localhost:4010/api/v1'},
        ];
    }

    /** URL of server <code>index</code> from {@link hostSettings}. */
    getBasePathFromSettings(index) {
        const servers = this.hostSettings();
        if (index < 0 || index >= servers.length) {
            throw new Error(`Invalid server index ${index}; the document defines ${servers.length} server(s)`);
        }
        return servers[index].url;
    }
}

/** Separators of array parameters. */
ApiClient.CollectionFormatEnum = {CSV: ',', SSV: ' ', TSV: '\t', PIPES: '|', MULTI: 'multi'};

/** Shared client used by API classes constructed without one. */
ApiClient.instance = new ApiClient();

export default ApiClient;
