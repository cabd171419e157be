// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {requestPage} from '../core/pagination.js';
import {installWaiters} from '../core/polling.js';
import Asset from '../model/Asset.js';
import Problem from '../model/Problem.js';

/**
 * Assets operations.
 * @module api/AssetsApi
 */
export default class AssetsApi {
    /**
     * @param {module:ApiClient} [apiClient] client to send requests with; defaults to `ApiClient.instance`
     */
    constructor(apiClient) {
        this.apiClient = apiClient || ApiClient.instance;
    }


    /**
     * Download asset content
     * Downloads an asset's bytes. Send `Range: bytes=start-end` for part of it (answered `206` with `Content-Range`); a range outside the content answers `416`. 
     * GET /assets/{assetId}/content
     * @param {String} assetId The asset's ID.
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.range] A single byte range (RFC 9110), for example `bytes=0-1023`.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: File, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    downloadAssetContentWithHttpInfo(assetId, opts, requestOptions) {
        opts = opts || {};

        if (assetId === undefined || assetId === null || assetId === '') {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'assetId' when calling downloadAssetContent"));
        }

        const pathParams = {
            'assetId': assetId
        };
        const queryParams = {
        };
        const headerParams = {
            'Range': opts['range']
        };
        const formParams = {
        };
        const postBody = null;
        const authNames = ['apiKeyAuth', 'bearerAuth'];
        const contentTypes = [];
        const accepts = ['image/png', 'video/mp4', 'application/problem+json'];
        // R8.4: the model of each server-sent event's data (x-event-schema), if any.
        const eventSchema = ''.split('/').pop() || null;
        // R9.1/R9.4: argument errors name the parameter as the caller spells it.
        const paramNames = {'assetId': 'assetId', 'Range': 'range', };
        const returnType = File;
        return this.apiClient.callApi(
            '/assets/{assetId}/content', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'downloadAssetContent',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Download asset content
     * Same as `downloadAssetContentWithHttpInfo` but resolves to the decoded body only.
     * @param {String} assetId The asset's ID.
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.range] A single byte range (RFC 9110), for example `bytes=0-1023`.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<File>}
     */
    downloadAssetContent(assetId, opts, requestOptions) {
        return this.downloadAssetContentWithHttpInfo(assetId, opts, requestOptions).then((result) => result.data);
    }


    /**
     * Get asset metadata
     * Returns an asset's metadata. Download its bytes with `downloadAssetContent`.
     * GET /assets/{assetId}
     * @param {String} assetId The asset's ID.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/Asset, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    getAssetWithHttpInfo(assetId, requestOptions) {

        if (assetId === undefined || assetId === null || assetId === '') {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'assetId' when calling getAsset"));
        }

        const pathParams = {
            'assetId': assetId
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
        const paramNames = {'assetId': 'assetId', };
        const returnType = Asset;
        return this.apiClient.callApi(
            '/assets/{assetId}', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'getAsset',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Get asset metadata
     * Same as `getAssetWithHttpInfo` but resolves to the decoded body only.
     * @param {String} assetId The asset's ID.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/Asset>}
     */
    getAsset(assetId, requestOptions) {
        return this.getAssetWithHttpInfo(assetId, requestOptions).then((result) => result.data);
    }


    /**
     * Upload a reference image
     * Uploads an image (PNG, JPEG or WebP, at most 20 MiB) to guide video generation or as an image-to-image source.
     * POST /assets
     * @param {File} file The image bytes (PNG, JPEG or WebP, at most 20 MiB).
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.idempotencyKey] A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. 
     * @param {String} [opts.description] A free-text description.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/Asset, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    uploadReferenceImageWithHttpInfo(file, opts, requestOptions) {
        opts = opts || {};

        if (file === undefined || file === null) {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'file' when calling uploadReferenceImage"));
        }

        const pathParams = {
        };
        const queryParams = {
        };
        const headerParams = {
            'Idempotency-Key': opts['idempotencyKey']
        };
        const formParams = {
            'file': file,
            'description': opts['description']
        };
        const postBody = null;
        const authNames = ['apiKeyAuth', 'bearerAuth'];
        const contentTypes = ['multipart/form-data'];
        const accepts = ['application/json', 'application/problem+json'];
        // R8.4: the model of each server-sent event's data (x-event-schema), if any.
        const eventSchema = ''.split('/').pop() || null;
        // R9.1/R9.4: argument errors name the parameter as the caller spells it.
        const paramNames = {'Idempotency-Key': 'idempotencyKey', };
        const returnType = Asset;
        return this.apiClient.callApi(
            '/assets', 'POST',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'uploadReferenceImage',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Upload a reference image
     * Same as `uploadReferenceImageWithHttpInfo` but resolves to the decoded body only.
     * @param {File} file The image bytes (PNG, JPEG or WebP, at most 20 MiB).
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.idempotencyKey] A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. 
     * @param {String} [opts.description] A free-text description.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/Asset>}
     */
    uploadReferenceImage(file, opts, requestOptions) {
        return this.uploadReferenceImageWithHttpInfo(file, opts, requestOptions).then((result) => result.data);
    }

}

// R8: a waitFor<Resource> method for each poll operation named by this class's x-long-running
// operations (e.g. getJob -> waitForJob(jobId, {interval, maxInterval, timeout, signal})).
installWaiters(AssetsApi, [
]);

// R13: the result model of each operation whose resource gets GraphQL methods (x-graphql), for
// the payloads of `subscribe` (core/resources.js).
AssetsApi.graphqlResults = {
};
