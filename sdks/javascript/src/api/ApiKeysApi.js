// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {requestPage} from '../core/pagination.js';
import {installWaiters} from '../core/polling.js';
import ApiKey from '../model/ApiKey.js';
import ApiKeyCreate from '../model/ApiKeyCreate.js';
import ApiKeyList from '../model/ApiKeyList.js';
import ApiKeyWithSecret from '../model/ApiKeyWithSecret.js';
import Problem from '../model/Problem.js';

/**
 * ApiKeys operations.
 * @module api/ApiKeysApi
 */
export default class ApiKeysApi {
    /**
     * @param {module:ApiClient} [apiClient] client to send requests with; defaults to `ApiClient.instance`
     */
    constructor(apiClient) {
        this.apiClient = apiClient || ApiClient.instance;
    }


    /**
     * Create an API key
     * Creates an API key. The response is the only time the full secret is shown; store it safely.
     * POST /api-keys
     * @param {module:model/ApiKeyCreate} apiKeyCreate 
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.idempotencyKey] A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/ApiKeyWithSecret, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    createApiKeyWithHttpInfo(apiKeyCreate, opts, requestOptions) {
        opts = opts || {};

        if (apiKeyCreate === undefined || apiKeyCreate === null) {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'apiKeyCreate' when calling createApiKey"));
        }

        const pathParams = {
        };
        const queryParams = {
        };
        const headerParams = {
            'Idempotency-Key': opts['idempotencyKey']
        };
        const formParams = {
        };
        const postBody = apiKeyCreate;
        const authNames = ['apiKeyAuth', 'bearerAuth'];
        const contentTypes = ['application/json'];
        const accepts = ['application/json', 'application/problem+json'];
        // R8.4: the model of each server-sent event's data (x-event-schema), if any.
        const eventSchema = ''.split('/').pop() || null;
        // R9.1/R9.4: argument errors name the parameter as the caller spells it.
        const paramNames = {'Idempotency-Key': 'idempotencyKey', };
        const returnType = ApiKeyWithSecret;
        return this.apiClient.callApi(
            '/api-keys', 'POST',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'createApiKey',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Create an API key
     * Same as `createApiKeyWithHttpInfo` but resolves to the decoded body only.
     * @param {module:model/ApiKeyCreate} apiKeyCreate 
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.idempotencyKey] A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/ApiKeyWithSecret>}
     */
    createApiKey(apiKeyCreate, opts, requestOptions) {
        return this.createApiKeyWithHttpInfo(apiKeyCreate, opts, requestOptions).then((result) => result.data);
    }


    /**
     * Get an API key
     * Returns one API key, without its secret.
     * GET /api-keys/{keyId}
     * @param {String} keyId The API key's ID.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/ApiKey, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    getApiKeyWithHttpInfo(keyId, requestOptions) {

        if (keyId === undefined || keyId === null || keyId === '') {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'keyId' when calling getApiKey"));
        }

        const pathParams = {
            'keyId': keyId
        };
        const queryParams = {
        };
        const headerParams = {
        };
        const formParams = {
        };
        const postBody = null;
        const authNames = ['apiKeyAuth', 'bearerAuth'];
        const contentTypes = [];
        const accepts = ['application/json', 'application/problem+json'];
        // R8.4: the model of each server-sent event's data (x-event-schema), if any.
        const eventSchema = ''.split('/').pop() || null;
        // R9.1/R9.4: argument errors name the parameter as the caller spells it.
        const paramNames = {'keyId': 'keyId', };
        const returnType = ApiKey;
        return this.apiClient.callApi(
            '/api-keys/{keyId}', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'getApiKey',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Get an API key
     * Same as `getApiKeyWithHttpInfo` but resolves to the decoded body only.
     * @param {String} keyId The API key's ID.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/ApiKey>}
     */
    getApiKey(keyId, requestOptions) {
        return this.getApiKeyWithHttpInfo(keyId, requestOptions).then((result) => result.data);
    }


    /**
     * List API keys
     * Lists the organisation's API keys, newest first. Secrets are never returned here.
     * GET /api-keys
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.cursor] The `nextCursor` of the previous page; leave out for the first page.
     * @param {Number} [opts.limit] The largest number of items a page holds. (default 20)
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/ApiKeyList, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    listApiKeysWithHttpInfo(opts, requestOptions) {
        opts = opts || {};

        const pathParams = {
        };
        const queryParams = {
            'cursor': opts['cursor'],
            'limit': opts['limit']
        };
        const headerParams = {
        };
        const formParams = {
        };
        const postBody = null;
        const authNames = ['apiKeyAuth', 'bearerAuth'];
        const contentTypes = [];
        const accepts = ['application/json', 'application/problem+json'];
        // R8.4: the model of each server-sent event's data (x-event-schema), if any.
        const eventSchema = ''.split('/').pop() || null;
        // R9.1/R9.4: argument errors name the parameter as the caller spells it.
        const paramNames = {};
        const returnType = ApiKeyList;
        return this.apiClient.callApi(
            '/api-keys', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'listApiKeys',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * List API keys
     * Same as `listApiKeysWithHttpInfo` but resolves to the decoded body only.
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.cursor] The `nextCursor` of the previous page; leave out for the first page.
     * @param {Number} [opts.limit] The largest number of items a page holds.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {PagePromise} the first page (items in <code>data</code>, <code>nextCursor</code>,
     *     <code>hasNextPage()</code>, <code>getNextPage()</code>); iterate it with <code>for await</code>
     *     for every item of every page, fetched lazily
     */
    listApiKeys(opts, requestOptions) {
        // x-pagination (R6): each page is the same call with the cursor parameter replaced.
        const pagination = {itemsField: 'data', nextCursorField: 'nextCursor'};
        const cursorKey = {'cursor': 'cursor', 'limit': 'limit'}['cursor'];
        const first = opts || {};
        return requestPage((cursor) => {
            // Rebinds the `opts` argument for this page; listApiKeysWithHttpInfo reads it synchronously.
            opts = cursor === undefined ? first : {...first, [cursorKey]: cursor};
            return this.listApiKeysWithHttpInfo(opts, requestOptions);
        }, pagination, first[cursorKey]);
    }


    /**
     * Revoke an API key
     * Revokes an API key at once. Requests made with it afterwards fail with 401.
     * DELETE /api-keys/{keyId}
     * @param {String} keyId The API key's ID.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: null, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    revokeApiKeyWithHttpInfo(keyId, requestOptions) {

        if (keyId === undefined || keyId === null || keyId === '') {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'keyId' when calling revokeApiKey"));
        }

        const pathParams = {
            'keyId': keyId
        };
        const queryParams = {
        };
        const headerParams = {
        };
        const formParams = {
        };
        const postBody = null;
        const authNames = ['apiKeyAuth', 'bearerAuth'];
        const contentTypes = [];
        const accepts = ['application/problem+json'];
        // R8.4: the model of each server-sent event's data (x-event-schema), if any.
        const eventSchema = ''.split('/').pop() || null;
        // R9.1/R9.4: argument errors name the parameter as the caller spells it.
        const paramNames = {'keyId': 'keyId', };
        const returnType = null;
        return this.apiClient.callApi(
            '/api-keys/{keyId}', 'DELETE',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'revokeApiKey',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Revoke an API key
     * Same as `revokeApiKeyWithHttpInfo` but resolves to the decoded body only.
     * @param {String} keyId The API key's ID.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<null>}
     */
    revokeApiKey(keyId, requestOptions) {
        return this.revokeApiKeyWithHttpInfo(keyId, requestOptions).then((result) => result.data);
    }

}

// R8: a waitFor<Resource> method for each poll operation named by this class's x-long-running
// operations (e.g. getJob -> waitForJob(jobId, {interval, maxInterval, timeout, signal})).
installWaiters(ApiKeysApi, [
]);

// R13: the result model of each operation whose resource gets GraphQL methods (x-graphql), for
// the payloads of `subscribe` (core/resources.js).
ApiKeysApi.graphqlResults = {
};
