// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
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
     * @return {Promise<{data: module:model/ApiKeyWithSecret, response: Response}>} decoded body and the fetch Response
     */
    createApiKeyWithHttpInfo(apiKeyCreate, opts) {
        opts = opts || {};

        if (apiKeyCreate === undefined || apiKeyCreate === null) {
            return Promise.reject(new Error("Missing the required parameter 'apiKeyCreate' when calling createApiKey"));
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
        const returnType = ApiKeyWithSecret;
        return this.apiClient.callApi(
            '/api-keys', 'POST',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'createApiKey'
        );
    }

    /**
     * Create an API key
     * Same as `createApiKeyWithHttpInfo` but resolves to the decoded body only.
     * @param {module:model/ApiKeyCreate} apiKeyCreate 
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.idempotencyKey] A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. 
     * @return {Promise<module:model/ApiKeyWithSecret>}
     */
    createApiKey(apiKeyCreate, opts) {
        return this.createApiKeyWithHttpInfo(apiKeyCreate, opts).then((result) => result.data);
    }


    /**
     * Get an API key
     * Returns one API key, without its secret.
     * GET /api-keys/{keyId}
     * @param {String} keyId The API key's ID.
     * @return {Promise<{data: module:model/ApiKey, response: Response}>} decoded body and the fetch Response
     */
    getApiKeyWithHttpInfo(keyId) {

        if (keyId === undefined || keyId === null) {
            return Promise.reject(new Error("Missing the required parameter 'keyId' when calling getApiKey"));
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
        const returnType = ApiKey;
        return this.apiClient.callApi(
            '/api-keys/{keyId}', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'getApiKey'
        );
    }

    /**
     * Get an API key
     * Same as `getApiKeyWithHttpInfo` but resolves to the decoded body only.
     * @param {String} keyId The API key's ID.
     * @return {Promise<module:model/ApiKey>}
     */
    getApiKey(keyId) {
        return this.getApiKeyWithHttpInfo(keyId).then((result) => result.data);
    }


    /**
     * List API keys
     * Lists the organisation's API keys, newest first. Secrets are never returned here.
     * GET /api-keys
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.cursor] The `nextCursor` of the previous page; leave out for the first page.
     * @param {Number} [opts.limit] The largest number of items a page holds. (default 20)
     * @return {Promise<{data: module:model/ApiKeyList, response: Response}>} decoded body and the fetch Response
     */
    listApiKeysWithHttpInfo(opts) {
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
        const returnType = ApiKeyList;
        return this.apiClient.callApi(
            '/api-keys', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'listApiKeys'
        );
    }

    /**
     * List API keys
     * Same as `listApiKeysWithHttpInfo` but resolves to the decoded body only.
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.cursor] The `nextCursor` of the previous page; leave out for the first page.
     * @param {Number} [opts.limit] The largest number of items a page holds.
     * @return {Promise<module:model/ApiKeyList>}
     */
    listApiKeys(opts) {
        return this.listApiKeysWithHttpInfo(opts).then((result) => result.data);
    }


    /**
     * Revoke an API key
     * Revokes an API key at once. Requests made with it afterwards fail with 401.
     * DELETE /api-keys/{keyId}
     * @param {String} keyId The API key's ID.
     * @return {Promise<{data: null, response: Response}>} decoded body and the fetch Response
     */
    revokeApiKeyWithHttpInfo(keyId) {

        if (keyId === undefined || keyId === null) {
            return Promise.reject(new Error("Missing the required parameter 'keyId' when calling revokeApiKey"));
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
        const returnType = null;
        return this.apiClient.callApi(
            '/api-keys/{keyId}', 'DELETE',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'revokeApiKey'
        );
    }

    /**
     * Revoke an API key
     * Same as `revokeApiKeyWithHttpInfo` but resolves to the decoded body only.
     * @param {String} keyId The API key's ID.
     * @return {Promise<null>}
     */
    revokeApiKey(keyId) {
        return this.revokeApiKeyWithHttpInfo(keyId).then((result) => result.data);
    }

}
