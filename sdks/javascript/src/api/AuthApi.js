// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {requestPage} from '../core/pagination.js';
import {installWaiters} from '../core/polling.js';
import Principal from '../model/Principal.js';
import Problem from '../model/Problem.js';
import RefreshTokenRequest from '../model/RefreshTokenRequest.js';
import RevokeTokenRequest from '../model/RevokeTokenRequest.js';
import TokenRequest from '../model/TokenRequest.js';
import TokenResponse from '../model/TokenResponse.js';

/**
 * Auth operations.
 * @module api/AuthApi
 */
export default class AuthApi {
    /**
     * @param {module:ApiClient} [apiClient] client to send requests with; defaults to `ApiClient.instance`
     */
    constructor(apiClient) {
        this.apiClient = apiClient || ApiClient.instance;
    }


    /**
     * Issue an access token
     * Exchanges credentials for a short-lived JWT access token and a refresh token. Supports the `password` grant (a user's email and password) and the `client_credentials` grant (a service client's ID and secret). Credentials travel in the body, so this operation takes no other authentication. 
     * POST /auth/token
     * @param {module:model/TokenRequest} tokenRequest 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/TokenResponse, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    createTokenWithHttpInfo(tokenRequest, requestOptions) {

        if (tokenRequest === undefined || tokenRequest === null) {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'tokenRequest' when calling createToken"));
        }

        const pathParams = {
        };
        const queryParams = {
        };
        const headerParams = {
        };
        const formParams = {
        };
        const postBody = tokenRequest;
        const authNames = [];
        const contentTypes = ['application/json'];
        const accepts = ['application/json', 'application/problem+json'];
        // R8.4: the model of each server-sent event's data (x-event-schema), if any.
        const eventSchema = ''.split('/').pop() || null;
        // R9.1/R9.4: argument errors name the parameter as the caller spells it.
        const paramNames = {};
        const returnType = TokenResponse;
        return this.apiClient.callApi(
            '/auth/token', 'POST',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'createToken',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Issue an access token
     * Same as `createTokenWithHttpInfo` but resolves to the decoded body only.
     * @param {module:model/TokenRequest} tokenRequest 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/TokenResponse>}
     */
    createToken(tokenRequest, requestOptions) {
        return this.createTokenWithHttpInfo(tokenRequest, requestOptions).then((result) => result.data);
    }


    /**
     * Get the current principal
     * Returns the user or API key the request is authenticated as, with its roles and effective permissions.
     * GET /auth/me
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/Principal, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    getCurrentPrincipalWithHttpInfo(requestOptions) {

        const pathParams = {
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
        const paramNames = {};
        const returnType = Principal;
        return this.apiClient.callApi(
            '/auth/me', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'getCurrentPrincipal',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Get the current principal
     * Same as `getCurrentPrincipalWithHttpInfo` but resolves to the decoded body only.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/Principal>}
     */
    getCurrentPrincipal(requestOptions) {
        return this.getCurrentPrincipalWithHttpInfo(requestOptions).then((result) => result.data);
    }


    /**
     * Refresh an access token
     * Exchanges a refresh token for a new access token and a new refresh token. Refresh tokens are single use: the old one stops working once this succeeds. 
     * POST /auth/refresh
     * @param {module:model/RefreshTokenRequest} refreshTokenRequest 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/TokenResponse, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    refreshTokenWithHttpInfo(refreshTokenRequest, requestOptions) {

        if (refreshTokenRequest === undefined || refreshTokenRequest === null) {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'refreshTokenRequest' when calling refreshToken"));
        }

        const pathParams = {
        };
        const queryParams = {
        };
        const headerParams = {
        };
        const formParams = {
        };
        const postBody = refreshTokenRequest;
        const authNames = [];
        const contentTypes = ['application/json'];
        const accepts = ['application/json', 'application/problem+json'];
        // R8.4: the model of each server-sent event's data (x-event-schema), if any.
        const eventSchema = ''.split('/').pop() || null;
        // R9.1/R9.4: argument errors name the parameter as the caller spells it.
        const paramNames = {};
        const returnType = TokenResponse;
        return this.apiClient.callApi(
            '/auth/refresh', 'POST',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'refreshToken',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Refresh an access token
     * Same as `refreshTokenWithHttpInfo` but resolves to the decoded body only.
     * @param {module:model/RefreshTokenRequest} refreshTokenRequest 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/TokenResponse>}
     */
    refreshToken(refreshTokenRequest, requestOptions) {
        return this.refreshTokenWithHttpInfo(refreshTokenRequest, requestOptions).then((result) => result.data);
    }


    /**
     * Revoke a token
     * Revokes an access token or a refresh token (RFC 7009 semantics; revoking an unknown token also succeeds).
     * POST /auth/revoke
     * @param {module:model/RevokeTokenRequest} revokeTokenRequest 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: null, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    revokeTokenWithHttpInfo(revokeTokenRequest, requestOptions) {

        if (revokeTokenRequest === undefined || revokeTokenRequest === null) {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'revokeTokenRequest' when calling revokeToken"));
        }

        const pathParams = {
        };
        const queryParams = {
        };
        const headerParams = {
        };
        const formParams = {
        };
        const postBody = revokeTokenRequest;
        const authNames = ['apiKeyAuth', 'bearerAuth'];
        const contentTypes = ['application/json'];
        const accepts = ['application/problem+json'];
        // R8.4: the model of each server-sent event's data (x-event-schema), if any.
        const eventSchema = ''.split('/').pop() || null;
        // R9.1/R9.4: argument errors name the parameter as the caller spells it.
        const paramNames = {};
        const returnType = null;
        return this.apiClient.callApi(
            '/auth/revoke', 'POST',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'revokeToken',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Revoke a token
     * Same as `revokeTokenWithHttpInfo` but resolves to the decoded body only.
     * @param {module:model/RevokeTokenRequest} revokeTokenRequest 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<null>}
     */
    revokeToken(revokeTokenRequest, requestOptions) {
        return this.revokeTokenWithHttpInfo(revokeTokenRequest, requestOptions).then((result) => result.data);
    }

}

// R8: a waitFor<Resource> method for each poll operation named by this class's x-long-running
// operations (e.g. getJob -> waitForJob(jobId, {interval, maxInterval, timeout, signal})).
installWaiters(AuthApi, [
]);

// R13: the result model of each operation whose resource gets GraphQL methods (x-graphql), for
// the payloads of `subscribe` (core/resources.js).
AuthApi.graphqlResults = {
};
