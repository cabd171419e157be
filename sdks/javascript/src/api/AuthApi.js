// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
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
     * @return {Promise<{data: module:model/TokenResponse, response: Response}>} decoded body and the fetch Response
     */
    createTokenWithHttpInfo(tokenRequest) {

        if (tokenRequest === undefined || tokenRequest === null) {
            return Promise.reject(new Error("Missing the required parameter 'tokenRequest' when calling createToken"));
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
        const returnType = TokenResponse;
        return this.apiClient.callApi(
            '/auth/token', 'POST',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'createToken'
        );
    }

    /**
     * Issue an access token
     * Same as `createTokenWithHttpInfo` but resolves to the decoded body only.
     * @param {module:model/TokenRequest} tokenRequest 
     * @return {Promise<module:model/TokenResponse>}
     */
    createToken(tokenRequest) {
        return this.createTokenWithHttpInfo(tokenRequest).then((result) => result.data);
    }


    /**
     * Get the current principal
     * Returns the user or API key the request is authenticated as, with its roles and effective permissions.
     * GET /auth/me
     * @return {Promise<{data: module:model/Principal, response: Response}>} decoded body and the fetch Response
     */
    getCurrentPrincipalWithHttpInfo() {

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
        const returnType = Principal;
        return this.apiClient.callApi(
            '/auth/me', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'getCurrentPrincipal'
        );
    }

    /**
     * Get the current principal
     * Same as `getCurrentPrincipalWithHttpInfo` but resolves to the decoded body only.
     * @return {Promise<module:model/Principal>}
     */
    getCurrentPrincipal() {
        return this.getCurrentPrincipalWithHttpInfo().then((result) => result.data);
    }


    /**
     * Refresh an access token
     * Exchanges a refresh token for a new access token and a new refresh token. Refresh tokens are single use: the old one stops working once this succeeds. 
     * POST /auth/refresh
     * @param {module:model/RefreshTokenRequest} refreshTokenRequest 
     * @return {Promise<{data: module:model/TokenResponse, response: Response}>} decoded body and the fetch Response
     */
    refreshTokenWithHttpInfo(refreshTokenRequest) {

        if (refreshTokenRequest === undefined || refreshTokenRequest === null) {
            return Promise.reject(new Error("Missing the required parameter 'refreshTokenRequest' when calling refreshToken"));
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
        const returnType = TokenResponse;
        return this.apiClient.callApi(
            '/auth/refresh', 'POST',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'refreshToken'
        );
    }

    /**
     * Refresh an access token
     * Same as `refreshTokenWithHttpInfo` but resolves to the decoded body only.
     * @param {module:model/RefreshTokenRequest} refreshTokenRequest 
     * @return {Promise<module:model/TokenResponse>}
     */
    refreshToken(refreshTokenRequest) {
        return this.refreshTokenWithHttpInfo(refreshTokenRequest).then((result) => result.data);
    }


    /**
     * Revoke a token
     * Revokes an access token or a refresh token (RFC 7009 semantics; revoking an unknown token also succeeds).
     * POST /auth/revoke
     * @param {module:model/RevokeTokenRequest} revokeTokenRequest 
     * @return {Promise<{data: null, response: Response}>} decoded body and the fetch Response
     */
    revokeTokenWithHttpInfo(revokeTokenRequest) {

        if (revokeTokenRequest === undefined || revokeTokenRequest === null) {
            return Promise.reject(new Error("Missing the required parameter 'revokeTokenRequest' when calling revokeToken"));
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
        const returnType = null;
        return this.apiClient.callApi(
            '/auth/revoke', 'POST',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'revokeToken'
        );
    }

    /**
     * Revoke a token
     * Same as `revokeTokenWithHttpInfo` but resolves to the decoded body only.
     * @param {module:model/RevokeTokenRequest} revokeTokenRequest 
     * @return {Promise<null>}
     */
    revokeToken(revokeTokenRequest) {
        return this.revokeTokenWithHttpInfo(revokeTokenRequest).then((result) => result.data);
    }

}
