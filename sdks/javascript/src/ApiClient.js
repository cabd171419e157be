// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

// HTTP layer of the SDK on the platform's fetch (Node 20+: fetch, FormData, Blob, File and
// AbortController are built in, so the package has no runtime dependencies). Errors, retry timing
// and redaction are the hand-written modules in ./core/ (docs/sdk-behavior.md R2, R3, R5).

import {
    APIConnectionError, APIConnectionTimeoutError, APIError, ResponseValidationError,
} from './core/errors.js';
import {redactText, redactValue} from './core/redact.js';
import {backoffDelay, isRetryableMethod, isRetryableStatus, parseRetryAfter, sleep} from './core/retry-policy.js';

export {APIError};

const JSON_MIME = /^application\/([\w.+-]+\+)?json(\s*;.*)?$/i;

/**
 * Sends requests for the API classes: builds URLs, applies authentication, encodes bodies
 * and decodes responses into model instances.
 */
class ApiClient {
    /**
     * @param {string} [basePath] base URL every operation path is appended to
     * @param {Object} [options]
     * @param {number} [options.timeout=60000] milliseconds each attempt may wait for response headers (R2.1)
     * @param {number} [options.maxRetries=2] retries after the first attempt (R3.1)
     */
    constructor(basePath = 'https://api.secure-ai-studio.example/api/v1', options = {}) {
        const {timeout = 60000, maxRetries = 2} = options;
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
         */
        this.authentications = {
            'bearerAuth': {type: 'bearer'},
            'apiKeyAuth': {type: 'apiKey', in: 'header', name: 'X-API-Key'},
        };
        /** Headers sent with every request. */
        this.defaultHeaders = {'User-Agent': '@secure-ai-studio/sdk/1.0.0 (JavaScript)'};
        /** Milliseconds each attempt may wait for the response headers (R2.1). */
        this.timeout = timeout;
        /** Retries after the first attempt (R3.1). */
        this.maxRetries = maxRetries;
        /** The fetch implementation; replaceable for tests or custom agents. */
        this.fetch = (...args) => globalThis.fetch(...args);
        /** Waits between attempts (ms); replaceable so tests can record delays instead of sleeping. */
        this.sleep = sleep;
        /** Source of the backoff jitter, uniform in [0, 1). */
        this.random = Math.random;
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

    /** basePath (or apiBasePath) + path with <code>{name}</code> placeholders substituted and encoded. */
    buildUrl(path, pathParams, apiBasePath) {
        const base = apiBasePath != null ? apiBasePath.replace(/\/+$/, '') : this.basePath;
        const filled = path.replace(/\{([\w.#-]+)\}/g, (match, key) =>
            Object.prototype.hasOwnProperty.call(pathParams, key) ? encodeURIComponent(this.paramToString(pathParams[key])) : match);
        return base + (filled.startsWith('/') ? filled : '/' + filled);
    }

    isJsonMime(contentType) {
        return contentType != null && JSON_MIME.test(contentType);
    }

    /** JSON if offered, else the first content type. */
    jsonPreferredMime(contentTypes) {
        return contentTypes.find((type) => this.isJsonMime(type)) || contentTypes[0];
    }

    /** Blob/File, Buffer, typed array or ArrayBuffer: sent as a file part. */
    isFileParam(param) {
        return param instanceof Blob || ArrayBuffer.isView(param) || param instanceof ArrayBuffer;
    }

    /** Joins an array parameter as the document's collection format asks. */
    buildCollectionParam(param, collectionFormat) {
        if (param == null) {
            return null;
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

    /** Adds the credentials of the first configured scheme among <code>authNames</code>. */
    applyAuthToRequest(headers, query, authNames) {
        for (const authName of authNames) {
            const auth = this.authentications[authName];
            if (!auth) {
                throw new Error('Unknown authentication scheme: ' + authName);
            }
            const token = typeof auth.accessToken === 'function' ? auth.accessToken() : auth.accessToken;
            if ((auth.type === 'bearer' || auth.type === 'oauth2') && token) {
                headers['Authorization'] = 'Bearer ' + token;
                return;
            }
            if (auth.type === 'basic' && (auth.username || auth.password)) {
                headers['Authorization'] = 'Basic ' + Buffer.from(`${auth.username || ''}:${auth.password || ''}`).toString('base64');
                return;
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
                return;
            }
        }
    }

    /** Encodes form parameters as multipart/form-data (files as file parts). */
    buildMultipart(formParams) {
        const form = new FormData();
        const append = (key, value) => {
            if (value instanceof Blob) {
                form.append(key, value, value.name || key);
            } else if (this.isFileParam(value)) {
                form.append(key, new Blob([value]), key);
            } else {
                form.append(key, this.paramToString(value));
            }
        };
        for (const [key, value] of Object.entries(formParams)) {
            if (value === undefined || value === null) {
                continue;
            }
            if (Array.isArray(value)) {
                value.forEach((item) => append(key, item));
            } else {
                append(key, value);
            }
        }
        return form;
    }

    /**
     * Sends one call (up to <code>maxRetries + 1</code> attempts, docs/sdk-behavior.md R3) and
     * decodes the response.
     * @return {Promise<{data: *, response: Response}>} rejects with an {@link APIError} subclass on
     * non-2xx, {@link APIConnectionError} without a response, {@link ResponseValidationError} on a
     * 2xx JSON body that does not parse
     */
    async callApi(path, httpMethod, pathParams, queryParams, headerParams, formParams, bodyParam,
                  authNames, contentTypes, accepts, returnType, apiBasePath, operationId = path) {
        const query = {};
        const headers = {...this.defaultHeaders};
        this.applyAuthToRequest(headers, query, authNames);
        const url = new URL(this.buildUrl(path, pathParams, apiBasePath));
        for (const [key, value] of Object.entries({...queryParams, ...query})) {
            if (value === undefined || value === null) {
                continue;
            }
            for (const item of Array.isArray(value) ? value : [value]) {
                url.searchParams.append(key, this.paramToString(item));
            }
        }
        for (const [key, value] of Object.entries(headerParams)) {
            if (value !== undefined && value !== null) {
                headers[key] = this.paramToString(value);
            } else if (key.toLowerCase() === 'idempotency-key') {
                // R3.6: the operation declares the header; one fresh key per call, reused by every attempt.
                headers[key] = globalThis.crypto.randomUUID();
            }
        }
        const accept = accepts.length ? accepts.join(', ') : undefined;
        if (accept) {
            headers['Accept'] = accept;
        }

        let body;
        const contentType = this.jsonPreferredMime(contentTypes);
        if (contentType === 'multipart/form-data') {
            body = this.buildMultipart(formParams); // fetch sets the boundary header itself
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

        const init = {method: httpMethod, headers, body};
        const retryableMethod = isRetryableMethod(httpMethod, headers);
        for (let retry = 0; ; retry++) {
            try {
                return await this.attempt(url, init, returnType, operationId);
            } catch (failure) {
                const retryable = failure instanceof APIConnectionError
                    || (failure instanceof APIError && isRetryableStatus(failure.status, failure.code));
                if (!retryable || !retryableMethod || retry >= this.maxRetries) {
                    throw failure;
                }
                const retryAfter = failure instanceof APIError ? parseRetryAfter(failure.headers.get('retry-after')) : undefined;
                await this.sleep(retryAfter ?? backoffDelay(retry + 1, this.random));
            }
        }
    }

    /** One HTTP exchange: the timeout covers the wait for the response headers only (R2.1). */
    async attempt(url, init, returnType, operationId) {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), this.timeout);
        let response;
        try {
            response = await this.fetch(url, {...init, signal: controller.signal});
        } catch (err) {
            throw controller.signal.aborted
                ? new APIConnectionTimeoutError(`Request timed out after ${this.timeout} ms.`, {cause: err})
                : this.connectionError(err);
        } finally {
            clearTimeout(timer);
        }
        let text;
        try {
            if (response.ok && ApiClient.isBinaryType(returnType)) {
                return {data: Buffer.from(await response.arrayBuffer()), response};
            }
            text = await response.text();
        } catch (err) {
            throw this.connectionError(err); // the connection broke while the body was read
        }
        if (!response.ok) {
            throw this.statusError(response, text);
        }
        return {data: this.deserialize(this.parseBody(response, text, operationId), returnType), response};
    }

    /** R5.4: the platform's fetch failure (reset, refused, DNS, TLS) as an APIConnectionError. */
    connectionError(err) {
        const reason = err?.cause?.code ?? err?.cause?.message ?? err?.message;
        return new APIConnectionError(redactText(`Connection error${reason ? `: ${reason}` : '.'}`, this.secrets()), {cause: err});
    }

    /** R5.2/R5.3: the APIError subclass for a non-2xx response; secrets redacted (R5.5). */
    statusError(response, text) {
        let problem;
        if (text && this.isJsonMime(response.headers.get('Content-Type'))) {
            try {
                const parsed = JSON.parse(text);
                problem = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : undefined;
            } catch {
                problem = undefined; // not JSON after all: becomes detail below
            }
        }
        const secrets = this.secrets();
        if (problem) {
            return APIError.generate(response.status, redactValue(problem, secrets), response.headers);
        }
        const detail = text ? redactText(text.slice(0, 500), secrets) : undefined;
        const error = APIError.generate(response.status, undefined, response.headers, APIError.makeMessage(response.status, {detail}));
        error.detail = detail;
        return error;
    }

    /** The configured credentials, for redaction. */
    secrets() {
        const found = [];
        for (const auth of Object.values(this.authentications)) {
            for (const key of ['apiKey', 'accessToken', 'refreshToken', 'password']) {
                const value = typeof auth[key] === 'function' ? auth[key]() : auth[key];
                if (typeof value === 'string') {
                    found.push(value);
                }
            }
        }
        return found;
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
                return ApiClient.parseDate(String(data));
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
                    const value = type.constructFromObject(data);
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
